"""The validation pipeline, in the order data flows through it.

:mod:`.loaders` (read the input safely) → :mod:`.structural` (JSON Schema) → :mod:`.rdf_mapping`
(JSON ↔ RDF) → :mod:`.fastshacl` / :mod:`.semantic` (SHACL on the compiled shapes) →
:mod:`.checks` (the rules stage) → :mod:`.report` (findings). Beside them: :mod:`.severity`,
:mod:`.identifiers` (Luhn and the Swedish identity numbers), :mod:`.catalogue` (the rule
catalogue), :mod:`.engine` (the stages over records in memory, and the chunk API),
:mod:`.parallel` (the engine in worker processes) and :mod:`.pipeline` (``validate``: files in,
one report out).

The public API is :mod:`kll.validate`; this package uses only :mod:`kll.artifacts`.
"""
