"""The model diff as a forum member reads it: the verdict first, then the changes grouped and worded.

:mod:`kll.maintain.modeldiff` lists every change on every element: a pattern changed on a slot
that twenty classes inherit is twenty changes. This module turns a
:class:`~kll.maintain.modeldiff.Comparison` into a report for people, in Swedish or English:

1. the verdict of the version gate, the bump the changes require and whether the declared version
   satisfies it, and the gate's problems;
2. the changes in :class:`Group` s — identical changes (same kind, same detail) on several classes,
   values or elements shown once with the list of where they occur; for a slot the classes it
   comes from (the members none of whose ancestors is a member) are named;
3. beside each raw form (a pattern, a range, a bound, a code) what it means in words; a pattern
   outside the subset :mod:`kll.maintain.regexwords` explains is said to be "not explained".

The words for kinds, details and the gate's problems are in :mod:`kll.maintain.diffwords`.

Two renderings: plain text for a terminal (every text from the model passed through
:func:`kll.render._common.printable`) and Markdown for a pull-request comment or the site (every
text from the model escaped, raw forms in code). The verdict is the gate's, unchanged: this module
only words it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from ..render import markdown as md
from ..render._common import printable
from .diffwords import KIND_LABELS, count_of, counted, detail, kind_label, kind_meaning, problem_lines
from .modeldiff import BOUNDS, BUMP_RANK, KINDS, Change, Comparison, ancestors, element_facts, ranges_of
from .regexwords import explain_or_none

__all__ = ["Group", "group_changes", "render_text", "render_markdown", "KIND_LABELS", "LANGUAGES"]

LANGUAGES = ("sv", "en")


# --------------------------------------------------------------------------------------------
# Grouping
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Group:
    """Identical changes shown once: the same kind and detail on several elements.

    ``subject`` is what the members share: for a slot the slot's name (the members are the
    classes that have it), for a code its enumeration (the members are the codes), otherwise
    None (the members are the elements themselves).
    """

    kind: str
    #: "slot", "value", "class", "enum" or "type": what the members are.
    level: str
    subject: str | None
    detail: str
    changes: tuple[Change, ...]
    #: For slot changes, the member classes the change comes from: those none of whose
    #: ancestors is also a member (in the new model, or the old one for a removal).
    origins: tuple[str, ...] = ()

    @property
    def members(self) -> list[str]:
        """The names the group lists: classes for a slot, codes for a value, else the elements."""
        return [_member(c) for c in self.changes]

    @property
    def first(self) -> Change:
        """One change of the group; all have the same kind and detail."""
        return self.changes[0]


def _member(change: Change) -> str:
    where = change.where
    if where and where[0] in ("slot", "value"):
        return where[1] if where[0] == "slot" else where[2]
    return change.element


def _key(change: Change) -> tuple:
    where = change.where or ("element", change.element)
    if where[0] == "slot":
        return (change.kind, "slot", where[2], change.detail)
    if where[0] == "value":
        return (change.kind, "value", where[1], change.detail)
    return (change.kind, where[0], None, change.detail)


_SEVERITY = {"major": 0, "minor": 1, "patch": 2}


def group_changes(changes: list[Change], old: dict, new: dict) -> list[Group]:
    """Every change in exactly one group; the most severe groups first, then by kind and subject."""
    buckets: dict[tuple, list[Change]] = {}
    for change in changes:
        buckets.setdefault(_key(change), []).append(change)
    groups = []
    for (kind, level, subject, detail), members in buckets.items():
        members.sort(key=lambda c: _member(c))
        origins: tuple[str, ...] = ()
        if level == "slot":
            snap = old if kind == "slot-removed" else new
            names = {_member(c) for c in members}
            origins = tuple(sorted(n for n in names if not (ancestors(snap, n) & names)))
        groups.append(Group(kind, level, subject, detail, tuple(members), origins))
    order = list(KINDS)
    shown = lambda g: g.first.element if len(g.changes) == 1 else g.subject or g.members[0]  # noqa: E731
    return sorted(groups, key=lambda g: (_SEVERITY[KINDS[g.kind][1]], order.index(g.kind), len(g.changes) == 1, shown(g), g.detail))


def _descendants_among(group: Group, origin: str, snap: dict) -> int:
    return sum(1 for m in group.members if m != origin and origin in ancestors(snap, m))


# --------------------------------------------------------------------------------------------
# Raw forms and words
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Side:
    """One side of a change: the raw form (None when there is nothing) and it in words."""

    raw: str | None
    words: str


_W = {
    "en": {
        "not_explained": "pattern (not explained)", "no_pattern": "no pattern", "type": "the type {}", "class": "the class {}",
        "enum": "a code of the enumeration {}", "other": "{}", "any_of": " or ",
        "minimum_value": "the smallest value allowed is {}", "maximum_value": "the largest value allowed is {}",
        "minimum_cardinality": "at least {}", "maximum_cardinality": "at most {}",
        "no_minimum_value": "no smallest value", "no_maximum_value": "no largest value",
        "no_minimum_cardinality": "no least number of values", "no_maximum_cardinality": "no greatest number of values",
        "optional": "optional: may be left out", "required": "required: must be given",
        "single": "a single value", "multivalued": "a list of values",
        "value_in": "the code {value} of {enum}", "absent": "—",
    },
    "sv": {
        "not_explained": "mönster (inte förklarat)", "no_pattern": "inget mönster", "type": "datatypen {}", "class": "klassen {}",
        "enum": "ett värde ur uppräkningen {}", "other": "{}", "any_of": " eller ",
        "minimum_value": "minsta tillåtna värde är {}", "maximum_value": "största tillåtna värde är {}",
        "minimum_cardinality": "minst {}", "maximum_cardinality": "högst {}",
        "no_minimum_value": "inget minsta värde", "no_maximum_value": "inget största värde",
        "no_minimum_cardinality": "inget minsta antal värden", "no_maximum_cardinality": "inget högsta antal värden",
        "optional": "valfri: får utelämnas", "required": "obligatorisk: måste anges",
        "single": "ett enda värde", "multivalued": "en lista med värden",
        "value_in": "värdet {value} i {enum}", "absent": "—",
    },
}


def _pattern_side(pattern: str | None, lang: str) -> Side:
    if pattern is None:
        return Side(None, _W[lang]["no_pattern"])
    return Side(pattern, explain_or_none(pattern, lang) or _W[lang]["not_explained"])


def _range_words(names: frozenset, snap: dict, lang: str) -> str:
    words = _W[lang]
    shown = []
    for name in sorted(names):
        if name in snap.get("classes", {}):
            shown.append(words["class"].format(name))
        elif name in snap.get("enums", {}):
            shown.append(words["enum"].format(name))
        elif name in snap.get("types", {}):
            shown.append(words["type"].format(name))
        else:
            shown.append(words["other"].format(name))
    return words["any_of"].join(shown)


def _bound_side(bound: str, value, lang: str) -> Side:
    words = _W[lang]
    if value is None:
        return Side(None, words[f"no_{bound}"])
    if bound.endswith("_cardinality") and isinstance(value, int):
        return Side(f"{bound}: {value}", words[bound].format(count_of(value, "value", lang)))
    return Side(f"{bound}: {value}", words[bound].format(value))


def sides(comparison: Comparison, change: Change, lang: str) -> tuple[Side, Side] | None:
    """The before and after of a change whose raw form can be put in words (patterns, ranges,
    bounds, required, multivalued); None for the others, which the kind's meaning explains."""
    old_facts = element_facts(comparison.old.snapshot, change.where) if change.where else None
    new_facts = element_facts(comparison.new.snapshot, change.where) if change.where else None
    if old_facts is None or new_facts is None:
        return None
    kind, words = change.kind, _W[lang]
    if kind.startswith("pattern-"):
        return _pattern_side(old_facts.get("pattern"), lang), _pattern_side(new_facts.get("pattern"), lang)
    if kind.startswith("range-"):
        before, after = ranges_of(old_facts), ranges_of(new_facts)
        return (Side(" | ".join(sorted(before)), _range_words(before, comparison.old.snapshot, lang)),
                Side(" | ".join(sorted(after)), _range_words(after, comparison.new.snapshot, lang)))
    if kind.startswith("bound-"):
        bound = change.detail.split(" ", 1)[0]
        if bound not in BOUNDS:
            return None
        return _bound_side(bound, old_facts.get(bound), lang), _bound_side(bound, new_facts.get(bound), lang)
    if kind in ("slot-made-required", "slot-made-optional"):
        state = lambda facts: "required" if facts.get("required") else "optional"  # noqa: E731
        return (Side(f"required: {str(bool(old_facts.get('required'))).lower()}", words[state(old_facts)]),
                Side(f"required: {str(bool(new_facts.get('required'))).lower()}", words[state(new_facts)]))
    if kind == "multivalued-changed":
        state = lambda facts: "multivalued" if facts.get("multivalued") else "single"  # noqa: E731
        return (Side(f"multivalued: {str(bool(old_facts.get('multivalued'))).lower()}", words[state(old_facts)]),
                Side(f"multivalued: {str(bool(new_facts.get('multivalued'))).lower()}", words[state(new_facts)]))
    return None


# --------------------------------------------------------------------------------------------
# The verdict and the gate's problems, worded
# --------------------------------------------------------------------------------------------

_V = {
    "en": {
        "title": "Model diff {old} → {new}", "old": "old", "new": "new", "no_version": "(no version)",
        "ok": "OK — the version gate passes", "failed": "FAILED — the version gate fails ({n})",
        "verdict": "Verdict", "required": "Required bump", "declared": "Declared version", "changes": "Changes",
        "required_none": "none (no changes)", "required_zero": "{required} (the largest change needs {highest}; while the major version is 0 it needs {required}, decision record 0010)",
        "declared_unknown": "{old} → {new}: unknown (a version is not X.Y.Z)", "declared_ok": "{old} → {new}, a {actual} bump: enough",
        "declared_short": "{old} → {new}, a {actual} bump: not enough", "declared_none": "{old} → {new}: unchanged",
        "declared_none_short": "{old} → {new}: unchanged, not enough",
        "counts": "{changes} in {groups}: {breaking} breaking, {minor} additive, {patch} documentation only",
        "problems": "Problems", "no_changes": "No changes.",
        "section": {"major": "Breaking changes", "minor": "Additive changes", "patch": "Documentation changes"},
        "slot_on": "slot {slot} on {n} classes", "values_of": "{n} codes of {enum}",
        "plural": {"class": "{n} classes", "enum": "{n} enumerations", "type": "{n} types"},
        "comes_from": "comes from", "inherited": "{origin} (and {n})",
        "member_labels": {"slot": "classes", "value": "codes", "class": "classes", "enum": "enumerations", "type": "types"}, "before": "before", "after": "after",
        "change": "change", "means": "what it means", "raw": "Raw", "words": "In words",
    },
    "sv": {
        "title": "Modelldiff {old} → {new}", "old": "gammal", "new": "ny", "no_version": "(ingen version)",
        "ok": "OK — versionskontrollen godkänner", "failed": "UNDERKÄND — versionskontrollen underkänner ({n})",
        "verdict": "Utslag", "required": "Nödvändig versionshöjning", "declared": "Angiven version", "changes": "Ändringar",
        "required_none": "ingen (inga ändringar)", "required_zero": "{required} (den största ändringen kräver {highest}; så länge huvudversionen är 0 krävs {required}, beslutsdokument 0010)",
        "declared_unknown": "{old} → {new}: okänd (en version är inte X.Y.Z)", "declared_ok": "{old} → {new}, en {actual}-höjning: tillräcklig",
        "declared_short": "{old} → {new}, en {actual}-höjning: inte tillräcklig", "declared_none": "{old} → {new}: oförändrad",
        "declared_none_short": "{old} → {new}: oförändrad, inte tillräcklig",
        "counts": "{changes} i {groups}: {breaking}, {minor} tillägg, {patch} endast dokumentation",
        "problems": "Problem", "no_changes": "Inga ändringar.",
        "section": {"major": "Bakåtinkompatibla ändringar", "minor": "Tillägg", "patch": "Ändringar i dokumentationen"},
        "slot_on": "egenskapen {slot} i {n} klasser", "values_of": "{n} värden i {enum}",
        "plural": {"class": "{n} klasser", "enum": "{n} uppräkningar", "type": "{n} datatyper"},
        "comes_from": "kommer från", "inherited": "{origin} (och {n})",
        "member_labels": {"slot": "klasser", "value": "värden", "class": "klasser", "enum": "uppräkningar", "type": "datatyper"}, "before": "före", "after": "efter",
        "change": "ändring", "means": "vad det betyder", "raw": "Rå form", "words": "I ord",
    },
}

@dataclass(frozen=True)
class Head:
    """The verdict block, each line already worded (not yet escaped)."""

    title: str
    old: str
    new: str
    verdict: str
    required: str
    declared: str
    counts: str
    problems: list[tuple[str, str]]


def _breaking(n: int, lang: str) -> str:
    # The Swedish adjective agrees in number; the English one does not change.
    return str(n) if lang == "en" else counted(n, "bakåtinkompatibel", "bakåtinkompatibla")


def head(comparison: Comparison, groups: list[Group], lang: str) -> Head:
    """The verdict, the required bump and whether the declared version satisfies it."""
    v, gate = _V[lang], comparison.gate
    old_v, new_v = comparison.old.version or v["no_version"], comparison.new.version or v["no_version"]
    if not comparison.changes:
        required = v["required_none"]
    elif gate.required_bump != gate.highest_change:
        required = v["required_zero"].format(required=gate.required_bump, highest=gate.highest_change)
    else:
        required = gate.required_bump
    actual = gate.actual_bump
    if actual is None:
        declared = v["declared_unknown"]
    elif actual == "none":
        declared = v["declared_none_short"] if comparison.changes else v["declared_none"]
    elif BUMP_RANK[actual] >= BUMP_RANK[gate.required_bump]:
        declared = v["declared_ok"]
    else:
        declared = v["declared_short"]
    levels = [KINDS[g.kind][1] for g in groups]
    counts = v["counts"].format(changes=count_of(len(comparison.changes), "change", lang), groups=count_of(len(groups), "group", lang),
                                breaking=_breaking(levels.count("major"), lang),
                                minor=levels.count("minor"), patch=levels.count("patch"))
    return Head(
        title=v["title"].format(old=old_v, new=new_v), old=comparison.old.label, new=comparison.new.label,
        verdict=v["ok"] if gate.ok else v["failed"].format(n=count_of(len(gate.problems), "problem", lang)), required=required,
        declared=declared.format(old=old_v, new=new_v, actual=actual), counts=counts,
        problems=problem_lines(gate.problems, lang),
    )


def _titled_members(comparison: Comparison, group: Group, lang: str) -> list[tuple[str, str | None]]:
    """The members with the title of a code in ``lang`` (the Swedish one is the ``title_sv``
    annotation), from the new model, or the old one for a removal."""
    if group.level != "value":
        return [(m, None) for m in group.members]
    found = []
    for change in group.changes:
        facts = element_facts(comparison.new.snapshot, change.where) or element_facts(comparison.old.snapshot, change.where) or {}
        title = facts.get("annotations", {}).get("title_sv") if lang == "sv" else None
        found.append((_member(change), title if isinstance(title, str) else facts.get("title")))
    return found


#: How a renderer shows a name from the model (as code) and a text from the model.
Show = Callable[[str], str]


def _subject(comparison: Comparison, group: Group, lang: str, code: Show, text: Show) -> str:
    """What a group is about: one element (a code with its title), "slot code on 20 classes",
    "3 codes of Level", "4 classes"; names shown by ``code``, other text by ``text``."""
    v, n = _V[lang], len(group.changes)
    if n == 1:
        title = _titled_members(comparison, group, lang)[0][1]
        return code(group.first.element) + (f" ({text(title)})" if title else "")
    if group.level == "slot":
        return v["slot_on"].format(slot=code(group.subject), n=n)
    if group.level == "value":
        return v["values_of"].format(enum=code(group.subject), n=n)
    return text(v["plural"].get(group.level, "{n}").format(n=n))


def _members(comparison: Comparison, group: Group, lang: str, code: Show, text: Show) -> str:
    """The members, a code with its title: ``esco-skill (ESCO skills), …``."""
    return ", ".join(code(m) + (f" ({text(t)})" if t else "") for m, t in _titled_members(comparison, group, lang))


def _origins(comparison: Comparison, group: Group, lang: str) -> list[str]:
    """Where a slot change comes from, when it is inherited: "Resource (and 19 classes …)"."""
    if group.level != "slot" or len(group.origins) == len(group.changes):
        return []
    snap = comparison.old.snapshot if group.kind == "slot-removed" else comparison.new.snapshot
    shown = []
    for origin in group.origins:
        below = _descendants_among(group, origin, snap)
        shown.append(_V[lang]["inherited"].format(origin=origin, n=count_of(below, "class_inherits", lang)) if below else origin)
    return shown


# --------------------------------------------------------------------------------------------
# Plain text
# --------------------------------------------------------------------------------------------


def render_text(comparison: Comparison, lang: str = "en") -> str:
    """The report for a terminal: the verdict, then each group with its raw forms and words.

    Every text from the model (names, patterns, labels in a detail) goes through ``printable``,
    so a control character in it is shown as an escape and cannot act on the terminal.
    """
    v = _V[lang]
    groups = group_changes(comparison.changes, comparison.old.snapshot, comparison.new.snapshot)
    top = head(comparison, groups, lang)
    out = [printable(top.title), f"  {v['old']}: {printable(top.old)}", f"  {v['new']}: {printable(top.new)}",
           f"{v['verdict']}: {top.verdict}", f"{v['required']}: {top.required}", f"{v['declared']}: {printable(top.declared)}",
           f"{v['changes']}: {top.counts}"]
    if top.problems:
        out.append(f"{v['problems']}:")
        out += [f"  - {code}: {printable(message)}" for code, message in top.problems]
    if not groups:
        out += ["", v["no_changes"]]
    for level in ("major", "minor", "patch"):
        chosen = [g for g in groups if KINDS[g.kind][1] == level]
        if not chosen:
            continue
        out += ["", f"{v['section'][level]} ({len(chosen)}):"]
        for group in chosen:
            out += _text_group(comparison, group, lang)
    return "\n".join(out) + "\n"


def _text_group(comparison: Comparison, group: Group, lang: str) -> list[str]:
    v = _V[lang]
    lines = [f"  * {kind_label(group.kind, lang)}: {_subject(comparison, group, lang, printable, printable)}"]
    origins = _origins(comparison, group, lang)
    if origins:
        lines.append(f"      {v['comes_from']}: {printable(', '.join(origins))}")
    if len(group.changes) > 1:
        lines.append(f"      {v['member_labels'][group.level]}: {_members(comparison, group, lang, printable, printable)}")
    pair = sides(comparison, group.first, lang)
    said = detail(group.first, lang) if pair is None else None
    if said is not None:
        raw = f" ({printable(said.raw)})" if said.raw is not None else ""
        lines.append(f"      {v['change']}: {printable(said.words)}{raw}")
    elif pair is not None:
        width = max(len(v["before"]), len(v["after"])) + 1
        for label, side in ((v["before"], pair[0]), (v["after"], pair[1])):
            lines.append(f"      {label + ':':<{width}} {printable(side.raw) if side.raw is not None else '—'}")
            lines.append(f"      {'':<{width}} {printable(side.words)}")
    lines.append(f"      {v['means']}: {kind_meaning(group.kind, lang)}")
    return lines


# --------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------


def _raw_cell(text: str | None) -> str:
    """A raw form inside a table cell, shown literally.

    A Markdown code span does not do here: GitHub splits a table row at a ``|`` even inside a code
    span, and Python-Markdown (the site) shows the ``\\|`` that would prevent it. So an HTML code
    element with every character that is not a letter, digit or space written as a numeric
    character reference: neither renderer can read markup, a cell border or a tag in it."""
    if text is None:
        return "—"
    return "<code>" + "".join(c if (c.isalnum() and c.isascii()) or c == " " else f"&#{ord(c)};" for c in text) + "</code>"


def render_markdown(comparison: Comparison, lang: str = "en", level: int = 2, anchors: str | None = None) -> str:
    """The report as Markdown for a pull-request comment or a site page, headings from ``level``.

    Every text from the model is escaped (:mod:`kll.render.markdown`); raw forms are in code.
    With ``anchors`` (a prefix, for the site) every heading gets an explicit ID made of English
    words, the same in both languages and unique on the page: ``{#prefix-breaking-changes}``.
    GitHub shows such an attribute list as text, so a pull-request comment is made without.
    """
    v, h = _V[lang], "#" * level
    ids = _Anchors(anchors)
    groups = group_changes(comparison.changes, comparison.old.snapshot, comparison.new.snapshot)
    top = head(comparison, groups, lang)
    out = [f"{h} {md.text(top.title)}{ids('model-diff')}", "", f"**{v['verdict']}: {md.text(top.verdict)}**", "", "| | |", "|---|---|",
           f"| {v['required']} | {md.text(top.required)} |", f"| {v['declared']} | {md.text(top.declared)} |",
           f"| {v['changes']} | {md.text(top.counts)} |", f"| {v['old'].capitalize()} | {md.code(top.old)} |",
           f"| {v['new'].capitalize()} | {md.code(top.new)} |", ""]
    if top.problems:
        out += [f"{h}# {v['problems']}{ids('problems')}", ""]
        out += [f"- {md.code(code)}: {md.text(message)}" for code, message in top.problems]
        out.append("")
    if not groups:
        out += [v["no_changes"], ""]
    for severity in ("major", "minor", "patch"):
        chosen = [g for g in groups if KINDS[g.kind][1] == severity]
        if not chosen:
            continue
        out += [f"{h}# {v['section'][severity]} ({len(chosen)}){ids(_SECTION_IDS[severity])}", ""]
        for group in chosen:
            out += _markdown_group(comparison, group, lang, h + "##", ids)
    return "\n".join(out).rstrip("\n") + "\n"


_SECTION_IDS = {"major": "breaking-changes", "minor": "additive-changes", "patch": "documentation-changes"}


class _Anchors:
    """Explicit heading IDs from English words, unique on the page; none without a prefix."""

    def __init__(self, prefix: str | None) -> None:
        self.prefix, self.seen = prefix, Counter()

    def __call__(self, *words: str) -> str:
        if self.prefix is None:
            return ""
        slug = re.sub(r"[^a-z0-9]+", "-", "-".join((self.prefix, *words)).lower()).strip("-")
        self.seen[slug] += 1
        return f" {{#{slug}}}" if self.seen[slug] == 1 else f" {{#{slug}-{self.seen[slug]}}}"


def _markdown_group(comparison: Comparison, group: Group, lang: str, h: str, ids: _Anchors) -> list[str]:
    v = _V[lang]
    subject = _subject(comparison, group, lang, md.code, md.text)
    out = [f"{h} {md.text(kind_label(group.kind, lang).capitalize())}: {subject}{ids(group.kind, group.subject or group.first.element)}", ""]
    origins = _origins(comparison, group, lang)
    if origins:
        out += [f"{v['comes_from'].capitalize()}: {md.text(', '.join(origins))}.", ""]
    if len(group.changes) > 1:
        out += [f"{v['member_labels'][group.level].capitalize()}: {_members(comparison, group, lang, md.code, md.text)}", ""]
    # (label, raw form or None, words): a table only when some row has a raw form to set beside
    # its words; otherwise an empty "raw form" column on every row says nothing.
    rows: list[tuple[str, str | None, str]] = []
    pair = sides(comparison, group.first, lang)
    if pair is None:
        said = detail(group.first, lang)
        if said is not None:
            rows.append((v["change"], None if said.raw is None else _raw_cell(said.raw), said.words))
    else:
        rows += [(label, _raw_cell(side.raw), side.words) for label, side in ((v["before"], pair[0]), (v["after"], pair[1]))]
    if any(raw is not None for _, raw, _ in rows):
        out += [f"| | {v['raw']} | {v['words']} |", "|---|---|---|"]
        out += [f"| {label.capitalize()} | {raw or ''} | {md.text(words)} |" for label, raw, words in rows]
        out.append("")
    else:
        for label, _, words in rows:
            out += [_sentence(label, words), ""]
    # What the kind means has no raw form: a sentence below the rows, in tables and without.
    out.append(_sentence(v["means"], kind_meaning(group.kind, lang)))
    return out + [""]


def _sentence(label: str, words: str) -> str:
    """``Label: words.`` as a paragraph of its own (no second full stop after one in the words)."""
    end = "" if words.rstrip().endswith((".", "!", "?")) else "."
    return f"{label.capitalize()}: {md.text(words)}{end}"
