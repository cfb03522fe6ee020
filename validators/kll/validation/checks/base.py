"""The framework of the rules stage: ``@check``, the registry, and what a check sees.

The rule modules beside this one register their checks with ``@check``; the package imports them
all, so ``registry()`` in :mod:`kll.validation.checks` holds every check.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from ..report import Detail
from ..severity import Severity

__all__ = [
    "Check", "Context", "Detail", "Hit", "Dataset", "IndexedRecord", "check", "registered", "INDEXED_CLASSES", "reference_date",
    "parse_reference_date", "using_reference_date",
]

#: The day against which rules about dates judge "has passed" (e.g. a review date), so that the
#: verdict on a file does not change by itself from one day to the next. ``validate`` sets it for
#: the run (``--reference-date``, default today) and the report names it; worker processes get
#: it from their initializer.
_REFERENCE_DATE: ContextVar[date | None] = ContextVar("kll_reference_date", default=None)


def _today() -> date:
    return date.today()


def reference_date() -> date:
    """The reference date of the run: the one set with ``using_reference_date``, else today."""
    return _REFERENCE_DATE.get() or _today()


def parse_reference_date(value: "date | str | None") -> date:
    """A reference date from a ``date``, a ``YYYY-MM-DD`` string or None (today); raises
    ``ValueError`` for anything else."""
    if value is None:
        return _today()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) == 10:
        return date.fromisoformat(value)
    raise ValueError(f"{value!r} is not a date in the form YYYY-MM-DD")


@contextmanager
def using_reference_date(value: "date | str | None"):
    """Run the enclosed validation against ``value`` as the reference date."""
    token = _REFERENCE_DATE.set(parse_reference_date(value))
    try:
        yield _REFERENCE_DATE.get()
    finally:
        _REFERENCE_DATE.reset(token)


@dataclass(frozen=True)
class Hit:
    """One problem found by a check: where (relative to the object checked) and an optional note.

    ``pointer`` is appended to the object's JSON Pointer, e.g. ``"/end_date"``. ``detail`` is a
    ``Detail(en, sv)`` so that the report reads it in its own language (a plain string only for a
    note without words, such as a code); it must not contain personal data.
    """

    pointer: str = ""
    detail: Detail | str | None = None


@dataclass(frozen=True)
class Check:
    rule: str
    severity: Severity
    applies_to: str
    message_en: str
    message_sv: str
    source: str
    function: Callable[[dict, "Context"], Iterable[Hit]] = field(compare=False, repr=False)

    def __call__(self, obj: dict, context: "Context") -> Iterator[Hit]:
        yield from self.function(obj, context) or ()


class Context(NamedTuple):
    """What a check may know besides the object: its class, where it is, and the whole dataset.

    Immutable; a named tuple because the engine makes one for every object it checks."""

    class_name: str
    pointer: str
    dataset: "Dataset"

    @property
    def reference_date(self) -> date:
        """The day against which the run judges dates (``kll validate --reference-date``)."""
        return reference_date()


_REGISTRY: dict[str, Check] = {}


def check(rule: str, *, applies_to: str, severity: Severity = Severity.VIOLATION, en: str, sv: str, source: str | None = None):
    """Register a check. ``source`` names the model element it guards, e.g. ``Period.end_date``."""

    def register(function):
        if rule in _REGISTRY:
            raise ValueError(f"rule {rule} registered twice")
        _REGISTRY[rule] = Check(rule, severity, applies_to, en, sv, source or applies_to, function)
        return function

    return register


def registered() -> dict[str, Check]:
    """The checks registered so far by rule ID (``kll.validation.checks.registry`` has them all)."""
    return dict(_REGISTRY)


#: Classes whose whole records the index keeps, because checks of other records read them.
#: Keep this set to what checks read through ``Dataset.record``: every class here is held in memory
#: in full for the whole run (education events, the bulk of national loads, are not).
INDEXED_CLASSES = frozenset({"Consent", "Concept", "ConceptScheme", "Qualification", "LearningOutcome", "Organisation", "Achievement", "Person"})


@dataclass
class IndexedRecord:
    class_name: str
    file: str
    record: int
    pointer: str
    data: dict | None  # kept only for INDEXED_CLASSES
    well_formed: bool | None = None  # decided on first read


@dataclass
class Dataset:
    """Every record of the files validated together, by identifier.

    ``duplicates`` lists identifiers defined more than once, with every place they occur.
    """

    by_id: dict[str, IndexedRecord] = field(default_factory=dict)
    duplicates: dict[str, list[IndexedRecord]] = field(default_factory=dict)
    #: is_a(sub, sup): whether class ``sub`` is ``sup`` or one of its descendants.
    is_a: Callable[[str, str], bool] = lambda sub, sup: sub == sup
    #: reference_slots(class): (slot, range class, multivalued) for every slot that refers to
    #: another record by identifier.
    reference_slots: Callable[[str], list[tuple[str, str, bool]]] = lambda class_name: []
    #: well_formed(record, class): whether the record passes the JSON Schema. Checks only read
    #: well-formed records of others; a malformed one is reported where it is.
    well_formed: Callable[[dict, str], bool] = lambda record, class_name: True

    #: What checks derive from the whole dataset once per run (e.g. JobTech concept types).
    memo: dict = field(default_factory=dict)

    def records_of(self, class_name: str) -> Iterator[dict]:
        """Every well-formed whole record of an indexed class or its descendants."""
        for identifier, entry in list(self.by_id.items()):
            if entry.data is not None and self.is_a(entry.class_name, class_name):
                data = self.record(identifier, class_name)
                if data is not None:
                    yield data

    def add(self, identifier: str, entry: IndexedRecord) -> None:
        if identifier in self.by_id:
            self.duplicates.setdefault(identifier, [self.by_id[identifier]]).append(entry)
            return
        self.by_id[identifier] = entry

    def get(self, identifier: Any) -> IndexedRecord | None:
        return self.by_id.get(identifier) if isinstance(identifier, str) else None

    def record(self, identifier: Any, class_name: str | None = None, *, well_formed_only: bool = True) -> dict | None:
        """The full record of an indexed class, or None when unknown, of another class, or (unless
        ``well_formed_only`` is false, for checks that guard every value they read) malformed."""
        entry = self.get(identifier)
        if entry is None or entry.data is None:
            return None
        if class_name is not None and not self.is_a(entry.class_name, class_name):
            return None
        if not well_formed_only:
            return entry.data
        if entry.well_formed is None:
            entry.well_formed = self.well_formed(entry.data, entry.class_name)
        return entry.data if entry.well_formed else None
