"""The rules stage: checks that JSON Schema and SHACL cannot express.

Each check is a small function registered with ``@check``: it has a rule ID, a severity, a Swedish
and an English message, and the model class it applies to. The engine walks every record, works
out the class of every nested object from the model, and calls the checks of that class (and of
its ancestors) with the object, a JSON Pointer to it and the ``Dataset`` index, which knows every
record of the files validated together. A check yields ``Hit``s; the engine turns them into
findings.

Checks see JSON data (RDF input is mapped back to JSON first), so one implementation serves every
input format.
"""

from __future__ import annotations

# The framework, then every rule module: importing a rule module registers its checks. The order
# is the order the checks run in (the engine imported dataset_rules first).
from .base import INDEXED_CLASSES, Check, Context, Dataset, Hit, IndexedRecord, check, registered
from . import dataset_rules, catalogue, codes, consent, eligibility, governance, identifiers, labour, levels, periods, profile_rules, schemes, validation  # noqa: E402,F401  (registrations)

__all__ = ["Check", "Context", "Hit", "Dataset", "IndexedRecord", "check", "registry", "INDEXED_CLASSES"]


def registry() -> dict[str, Check]:
    """Every registered check by rule ID."""
    return registered()
