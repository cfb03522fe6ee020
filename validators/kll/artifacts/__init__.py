"""The bottom layer: what the validator reads, and where it finds it.

* :mod:`.paths` — where the model, the generated artifacts and the examples live;
* :mod:`.modelindex` — the shipped model index (classes, slots, ranges) the stages consult;
* :mod:`.generated` — the generated artifacts loaded once per process: the JSON Schema validator
  and the Python classes;
* :mod:`.jsonld_contexts` — the vendored JSON-LD contexts, resolved by URL, never fetched;
* :mod:`.codelists` — the shipped code lists (package data) and their provenance;
* :mod:`.gaps` — the known-gaps register (``model/known-gaps.yaml``): what an artifact does not
  carry, and why (read by the agreement matrix and by generation);
* :mod:`.jsonpointer` — JSON Pointer tokens, shared by every layer that points into a document.

Nothing here imports another folder of the package.
"""
