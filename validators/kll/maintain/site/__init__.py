"""The documentation site's generated pages (decision record 0018: generated at build time).

:mod:`.pages` turns the model, the rule catalogue, the conformance cases and results, the decision
log and the agency register into Markdown pages; :mod:`.mkdocs_hooks` hands them to MkDocs. Nothing
here is written to ``docs/``: the pages exist only in the built site, so they cannot drift.
"""
