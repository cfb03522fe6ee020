"""Rule IDs in the generated JSON Schema: ``x-kll-rules`` on every schema object with a constraint.

LinkML's JSON Schema generator knows nothing of KLL's rule IDs, so an implementer's validator could
say *that* a record breaks the schema but not *which rule*. This post-processing puts the rule ID
beside each constraint, where a validator's error points (its keyword location):

* ``x-kll-rules`` maps a keyword (``pattern``, ``type``, …) to the rule it checks; for ``required``
  it maps each property name to its rule; the extra entry ``array`` names the rule of a list given
  where one value is allowed (``<Class>.<slot>.max-count``), part of the one refinement of the
  algorithm (``ALGORITHM``: a wrongly typed value is read as RDF reads it).
* Shared leaf definitions that carry a slot's rule (the language-tagged texts and the enumerations)
  are inlined in each property, so a constraint's location always names its class and property.
* A value object's property gets ``type: object`` beside its ``$ref``, carrying the slot's rule,
  so a value of the wrong JSON type is named by the slot that holds it; the ``type`` at the top of
  a class definition has no entry (it fails only together with that one, or on a record, which
  the record split names ``record.not-an-object``).

The reference validator's structural stage names its findings by these entries too (one source);
docs/conformance/rule-ids.en.md documents the algorithm for implementers, and tests/test_rule_ids.py
runs the two reference adapters that follow it.
"""

from __future__ import annotations

import copy
from typing import Any

from ...artifacts.modelindex import ModelIndex, SlotInfo

__all__ = ["refine", "RULE_KEYWORDS", "ANNOTATION", "ALGORITHM"]

#: The annotation keyword (an unknown keyword: validators ignore it, ajv once registered).
ANNOTATION = "x-kll-rules"

#: The keywords that can fail and so carry a rule.
RULE_KEYWORDS = frozenset({
    "type", "enum", "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "minItems", "required", "additionalProperties",
})

_RANGE = frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"})

#: The schema's root $comment: the algorithm in short (docs/conformance/rule-ids.en.md in full).
ALGORITHM = (
    "KLL rule IDs: validate each record against $defs/<its class> (a package's list names the class; a record's "
    "type may name a descendant). For each error take the schema object that holds the failing keyword (its "
    "absolute keyword location without the last segment) and read its x-kll-rules: the entry of the keyword, or for "
    "required the entry of each missing property. One refinement, for type and enum errors, reading a wrongly typed "
    "value as RDF does: (a) a JSON array where the object has an 'array' entry gives that entry "
    "(<Class>.<slot>.max-count) instead, and each of its values is validated on its own against the same schema "
    "object, its errors named by this algorithm; (b) any other value also gives the object's pattern entry unless its "
    "text (a number's or boolean's JSON text) matches the pattern, and its minimum/maximum entries unless it is a "
    "number. A null entry: rejected, but no rule has a name for it. A keyword without an entry is always accompanied "
    "by one that has one. In full: docs/conformance/rule-ids.en.md in the KLL repository."
)


def refine(schema: dict, index: ModelIndex, known_rules: frozenset[str]) -> dict:
    """The schema with leaf definitions inlined and ``x-kll-rules`` on every constraint.

    An entry whose rule the catalogue (``known_rules``) lacks is ``null``: the schema rejects such a
    value (a number where any text is allowed) but the specification names no rule for it.
    """
    schema = copy.deepcopy(schema)
    definitions = schema["$defs"]
    leaves = {name: definitions[name] for name, body in definitions.items() if name in index.text_classes or "enum" in body}
    for class_name, body in definitions.items():
        info = index.classes.get(class_name)
        if class_name in leaves or info is None or class_name == index.root:
            continue  # the package is split into records, not validated as one (the root schema)
        rules: dict[str, Any] = {}
        if "required" in body:
            rules["required"] = {name: _required_rule(class_name, name, info.slots.get(name)) for name in body["required"]}
        if body.get("additionalProperties") is False:
            rules["additionalProperties"] = f"{class_name}.closed"
        if rules:
            body[ANNOTATION] = _known(rules, known_rules)
        for slot_name, property_schema in body.get("properties", {}).items():
            slot = info.slots.get(slot_name)
            if slot is None:
                raise ValueError(f"{class_name}.{slot_name}: in the JSON Schema but not in the model index")
            body["properties"][slot_name] = _property(class_name, slot, property_schema, leaves)
            _walk_known(body["properties"][slot_name], known_rules)
    for name in leaves:  # now inlined everywhere they carry a rule
        del definitions[name]
    _check_no_leaf_refs(schema, leaves)
    schema["$comment"] = ALGORITHM
    return schema


def _required_rule(class_name: str, slot_name: str, slot: SlotInfo | None) -> str:
    if slot is not None and slot.kind == "identifier":
        return f"{class_name}.identifier"
    return f"{class_name}.{slot_name}.required"


def _slot_rule(class_name: str, slot: SlotInfo, keyword: str) -> str:
    """The rule of a failing keyword in a slot's schema (not a text slot's: see ``_text``)."""
    if slot.kind == "identifier":
        return f"{class_name}.identifier"
    if slot.kind == "type":
        return "record.type-unknown"
    prefix = f"{class_name}.{slot.name}"
    if slot.kind == "enum":  # any wrong value of a code slot, whatever its JSON type
        return f"{prefix}.enum"
    if keyword == "minItems":
        return f"{prefix}.required"
    if keyword in {"pattern", "enum"}:
        return f"{prefix}.{keyword}"
    if keyword in _RANGE:
        return f"{prefix}.range"
    return f"{prefix}.value-type"


def _annotate(node: dict, rule_of) -> None:
    """``x-kll-rules`` on ``node`` and the schema objects inside it (items, properties)."""
    rules = {keyword: rule_of(keyword) for keyword in sorted(RULE_KEYWORDS & set(node)) if keyword != "required"}
    if "required" in node:
        rules["required"] = {name: rule_of(("required", name)) for name in node["required"]}
    if rules:
        node[ANNOTATION] = rules
    if isinstance(node.get("items"), dict):
        _annotate(node["items"], rule_of)
    for inner in node.get("properties", {}).values():
        _annotate(inner, rule_of)


def _property(class_name: str, slot: SlotInfo, node: dict, leaves: dict[str, dict]) -> dict:
    """A property's schema: leaves inlined, every constraint annotated with the slot's rules."""
    node = dict(node)
    target = node.get("items", node) if node.get("type") == "array" else node
    reference = target.get("$ref", "").removeprefix("#/$defs/")
    if reference in leaves:
        leaf = copy.deepcopy(leaves[reference])
        for key in ("title", "description"):  # the property's own words, not the leaf's
            leaf.pop(key, None)
        inlined = {**leaf, **{k: v for k, v in target.items() if k != "$ref"}}
        if target is node:
            node = inlined
        else:
            node["items"] = inlined
    elif reference:  # a value object: its wrong JSON type is the slot's error
        object_node = {**target, "type": "object"}
        if target is node:
            node = object_node
        else:
            node["items"] = object_node
    if slot.kind == "text":
        _annotate(node, lambda keyword: _text_rule(class_name, slot.name, keyword))
        return node
    _annotate(node, lambda keyword: _slot_rule(class_name, slot, keyword))
    if not slot.multivalued and slot.kind not in {"identifier", "type"} and ANNOTATION in node:
        node[ANNOTATION]["array"] = f"{class_name}.{slot.name}.max-count"
    return node


def _text_rule(class_name: str, slot_name: str, keyword) -> str:
    """Language-tagged text: a missing Swedish text is ``.swedish``, anything else ``.language-map``."""
    if keyword == ("required", "sv"):
        return f"{class_name}.{slot_name}.swedish"
    return f"{class_name}.{slot_name}.language-map"


def _known(rules: dict, known_rules: frozenset[str]) -> dict:
    return {k: (_known(v, known_rules) if isinstance(v, dict) else _known_rule(v, known_rules)) for k, v in rules.items()}


def _known_rule(rule: str, known_rules: frozenset[str]) -> str | None:
    """``rule`` when the catalogue has it. A text slot with a pattern has no value-type rule: SHACL
    reads a value of another JSON type (a number, a non-URI) by its lexical form, which the
    pattern rejects, so the pattern's rule names it in both artifacts. Otherwise None."""
    if rule in known_rules:
        return rule
    if rule.endswith(".value-type") and rule.removesuffix(".value-type") + ".pattern" in known_rules:
        return rule.removesuffix(".value-type") + ".pattern"
    return None


def _walk_known(node: Any, known_rules: frozenset[str]) -> None:
    if isinstance(node, dict):
        if ANNOTATION in node:
            node[ANNOTATION] = _known(node[ANNOTATION], known_rules)
        for key, value in node.items():
            if key != ANNOTATION:
                _walk_known(value, known_rules)


def _check_no_leaf_refs(node: Any, leaves: dict[str, dict]) -> None:
    if isinstance(node, dict):
        reference = node.get("$ref", "")
        if reference.removeprefix("#/$defs/") in leaves:
            raise ValueError(f"{reference} is left uninlined")
        for value in node.values():
            _check_no_leaf_refs(value, leaves)
    elif isinstance(node, list):
        for value in node:
            _check_no_leaf_refs(value, leaves)
