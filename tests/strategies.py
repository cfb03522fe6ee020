"""Hypothesis strategies for model data, shared by the round-trip tests.

``model_object(class_name, index)`` draws JSON values of one class that have the right JSON types
(patterns and rules need not hold); ``normalise`` makes two versions of a record comparable when
one went through RDF, which has no order and no ``type`` key for a list's own class.
"""

from __future__ import annotations

import json

from hypothesis import strategies as st

__all__ = ["model_object", "normalise"]


def normalise(value, keep_type: bool = False):
    """``value`` with lists in a canonical order, empty lists removed (RDF has no empty list) and
    integral floats as integers; ``type`` keys removed too unless ``keep_type`` (a record read back
    from RDF has no ``type`` when it is of its list's own class: strip those first, then keep)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)  # RDF reads "0"^^xsd:decimal back as 0.0: the same number
    if isinstance(value, dict):
        return {k: normalise(v, keep_type) for k, v in value.items() if (keep_type or k != "type") and v != []}
    if isinstance(value, list):
        return sorted((normalise(v, keep_type) for v in value), key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def _value(slot, index, depth):
    """A strategy for valid JSON values of one slot (types right; patterns need not hold)."""
    text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12)
    if slot.kind == "text" and slot.text_set:
        texts = st.lists(text, min_size=1, max_size=3, unique=True)
        single = st.fixed_dictionaries({"sv": texts}, optional={"en": texts})
    elif slot.kind == "text":
        single = st.fixed_dictionaries({"sv": text}, optional={"en": text})
    elif slot.kind == "enum":
        single = st.sampled_from(sorted(slot.values))
    elif slot.kind == "reference":
        single = st.from_regex(r"https://w3id\.org/kll/id/[a-z]{1,8}", fullmatch=True)
    elif slot.kind == "object":
        if depth > 2:
            return None
        single = model_object(slot.range, index, depth + 1)
    elif slot.datatype == "xsd:boolean":
        single = st.booleans()
    elif slot.datatype == "xsd:integer":
        single = st.integers(-10**6, 10**6)
    elif slot.datatype in {"xsd:decimal", "xsd:float", "xsd:double"}:
        single = st.one_of(st.integers(-10**6, 10**6), st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False).map(lambda f: round(f, 3)))
    elif slot.datatype == "xsd:date":
        single = st.dates().map(lambda d: d.isoformat())
    else:
        single = text
    if slot.multivalued:
        # unique by value, as RDF sees it: 0 and 0.0 are one number and would become one triple
        return st.lists(single, min_size=1, max_size=3, unique_by=lambda v: json.dumps(normalise(v), sort_keys=True))
    return single


def model_object(class_name, index, depth=0):
    info = index.classes[class_name]
    required, optional = {}, {}
    for slot in info.slots.values():
        if slot.kind in {"identifier", "type"}:
            continue
        strategy = _value(slot, index, depth)
        if strategy is None:
            continue
        (required if slot.required else optional)[slot.name] = strategy
    return st.fixed_dictionaries(required, optional=optional)
