"""Small helpers shared by the check modules: reading dates, numbers and lists out of JSON data.

Checks run after the structural stage but must never crash on data that failed it: every helper
returns None (or nothing) for a value of the wrong type or form, and the check then stays silent,
leaving the finding to the stage that owns it.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Iterator

from ...artifacts.modelindex import model_index
from .base import Detail, Hit

__all__ = ["as_date", "as_datetime", "as_number", "as_text", "items", "pointer", "before", "out_of_order", "swedish_label", "slot_label"]

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?")


#: Parsed dates and times by their text: the same few hundred dates recur across a large load.
#: Bounded; the values are immutable.
_DATES: dict[str, date | None] = {}
_DATETIMES: dict[str, datetime | None] = {}
_CACHE_LIMIT = 8192
_MISSING = object()


def as_date(value: Any) -> date | None:
    """A calendar date from an ``xsd:date`` string (or a date a YAML loader already made), else None."""
    if isinstance(value, str):
        found = _DATES.get(value, _MISSING)
        if found is _MISSING:
            found = None
            if _DATE.fullmatch(value):
                try:
                    found = date.fromisoformat(value)
                except ValueError:
                    found = None
            if len(_DATES) >= _CACHE_LIMIT:
                _DATES.clear()
            _DATES[value] = found
        return found
    if isinstance(value, datetime):
        return None
    if isinstance(value, date):
        return value
    return None


def as_datetime(value: Any) -> datetime | None:
    """A date and time from an ``xsd:dateTime`` string (or a datetime object), else None."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        found = _DATETIMES.get(value, _MISSING)
        if found is _MISSING:
            found = None
            if _DATETIME.fullmatch(value):
                try:
                    found = datetime.fromisoformat(value.replace("Z", "+00:00"))
                except ValueError:
                    found = None
            if len(_DATETIMES) >= _CACHE_LIMIT:
                _DATETIMES.clear()
            _DATETIMES[value] = found
        return found
    return None


def before(a: datetime, b: datetime) -> bool:
    """Whether ``a`` is strictly before ``b``.

    When only one of them carries a time-zone offset the two are compared as local times (the offset
    is dropped), which is right for the Swedish data this model carries and never raises.
    """
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return a < b


def as_number(value: Any) -> Decimal | None:
    """A JSON number as an exact Decimal; None for booleans, strings and everything else."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def as_text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def items(value: Any) -> Iterator[tuple[int | None, Any]]:
    """The values of a slot with their list index; a single value (not in a list) has index None."""
    if value is None:
        return
    if isinstance(value, list):
        yield from enumerate(value)
    else:
        yield None, value


def pointer(*parts: str | int | None) -> str:
    """A relative JSON Pointer from slot names and list indexes; None parts are skipped."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts if part is not None)


def out_of_order(obj: dict, first: str, last: str, *, strict: bool = False):
    """A hit on ``last`` when both are dates and ``last`` is before (or, strict, not after) ``first``."""
    start, end = as_date(obj.get(first)), as_date(obj.get(last))
    if start is not None and end is not None and (end <= start if strict else end < start):
        return (Hit("/" + last),)
    return None


def swedish_label(class_name: str) -> str:
    """The Swedish label of a class of the model, for a detail that names it (the name itself for a
    class the model does not know)."""
    info = model_index().classes.get(class_name)
    return info.label[1] if info is not None else class_name


def slot_label(class_name: str, slot: str) -> Detail:
    """The (English, Swedish) label of a slot of a class, lower-cased for use inside a sentence, so
    that a detail names the property as the reference pages do (the slot's name when unknown)."""
    info = model_index().classes.get(class_name)
    found = info.slots.get(slot) if info is not None else None
    if found is None:
        return Detail(slot.replace("_", " "), slot.replace("_", " "))
    english, swedish = found.label
    return Detail(english[:1].lower() + english[1:], swedish[:1].lower() + swedish[1:])
