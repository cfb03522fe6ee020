"""Maintainers' tooling: what keeps the model, the artifacts and the site in step.

* :mod:`.generation` — generate ``generated/`` from the LinkML model (``kll generate``);
* :mod:`.modeldiff` — snapshots and the version gate (``kll model snapshot/diff``);
* :mod:`.model` — model statistics (``kll stats``);
* :mod:`.examples` — check the shipped examples (``kll examples``);
* :mod:`.site` — the generated pages of the documentation site (the mkdocs hook).
"""
