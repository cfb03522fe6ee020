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

Two renderings: plain text for a terminal (every text from the model passed through
:func:`kll.render._common.printable`) and Markdown for a pull-request comment or the site (every
text from the model escaped, raw forms in code). The verdict is the gate's, unchanged: this module
only words it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..render import markdown as md
from ..render._common import printable
from .modeldiff import BOUNDS, KINDS, Change, Comparison, Problem, ancestors, element_facts, ranges_of
from .regexwords import explain_or_none

__all__ = ["Group", "group_changes", "render_text", "render_markdown", "KIND_LABELS", "LANGUAGES"]

LANGUAGES = ("sv", "en")

#: Each change kind in a few words: (English, Swedish).
KIND_LABELS: dict[str, tuple[str, str]] = {
    "class-removed": ("class removed", "klass borttagen"),
    "slot-removed": ("slot removed", "egenskap borttagen"),
    "enum-removed": ("enumeration removed", "uppräkning borttagen"),
    "value-removed": ("code removed", "värde borttaget"),
    "type-removed": ("type removed", "datatyp borttagen"),
    "slot-made-required": ("slot made required", "egenskap blev obligatorisk"),
    "required-slot-added": ("required slot added", "obligatorisk egenskap tillagd"),
    "range-narrowed": ("range narrowed", "värdemängd snävare"),
    "range-changed": ("range changed", "värdemängd ändrad"),
    "multivalued-changed": ("one value or a list changed", "ett värde eller lista ändrat"),
    "inlining-changed": ("JSON shape changed", "JSON-form ändrad"),
    "pattern-added": ("pattern added", "mönster tillagt"),
    "pattern-changed": ("pattern changed", "mönster ändrat"),
    "bound-tightened": ("bound tightened", "gräns skärpt"),
    "identifier-changed": ("identifier changed", "identifierare ändrad"),
    "type-designator-changed": ("type designator changed", "typangivande egenskap ändrad"),
    "class-made-abstract": ("class made abstract", "klass blev abstrakt"),
    "parent-changed": ("parent changed", "överordnad klass ändrad"),
    "tree-root-changed": ("top-level class changed", "toppnivåklass ändrad"),
    "type-changed": ("type changed", "datatyp ändrad"),
    "class-added": ("class added", "klass tillagd"),
    "slot-added": ("optional slot added", "valfri egenskap tillagd"),
    "enum-added": ("enumeration added", "uppräkning tillagd"),
    "value-added": ("code added", "värde tillagt"),
    "type-added": ("type added", "datatyp tillagd"),
    "slot-made-optional": ("slot made optional", "egenskap blev valfri"),
    "range-widened": ("range widened", "värdemängd vidare"),
    "pattern-removed": ("pattern removed", "mönster borttaget"),
    "bound-relaxed": ("bound relaxed", "gräns lättad"),
    "recommended-changed": ("recommendation changed", "rekommendation ändrad"),
    "element-deprecated": ("deprecated", "utfasad"),
    "class-made-concrete": ("class made concrete", "klass blev konkret"),
    "mixin-added": ("mixin added", "mixin tillagd"),
    "description-changed": ("description changed", "beskrivning ändrad"),
    "title-changed": ("title changed", "titel ändrad"),
    "annotation-changed": ("annotation changed", "annotering ändrad"),
    "mapping-changed": ("mapping changed", "mappning ändrad"),
    "deprecation-changed": ("deprecation changed", "utfasning ändrad"),
}

#: What each kind means, in Swedish (the English is the third column of modeldiff.KINDS).
_MEANING_SV: dict[str, str] = {
    "class-removed": "en klass finns inte längre",
    "slot-removed": "en klass har inte längre egenskapen (data som använder den underkänns)",
    "enum-removed": "en uppräkning finns inte längre",
    "value-removed": "ett tillåtet värde finns inte längre",
    "type-removed": "en datatyp finns inte längre",
    "slot-made-required": "en valfri egenskap blev obligatorisk",
    "required-slot-added": "en befintlig klass fick en obligatorisk egenskap",
    "range-narrowed": "den nya värdemängden är en underordnad till den gamla",
    "range-changed": "värdemängden ändrades på annat sätt (annan klass, datatyp eller uppräkning)",
    "multivalued-changed": "ett enda värde blev en lista, eller tvärtom",
    "inlining-changed": "JSON-formen ändrades: referens eller inbäddat objekt, lista eller ordlista",
    "pattern-added": "en egenskap eller datatyp fick ett mönster",
    "pattern-changed": "ett mönster ändrades (räknas som skärpt: om ett mönster rymmer ett annat avgörs inte)",
    "bound-tightened": "ett minimum höjdes eller lades till, ett maximum sänktes eller lades till (värde eller antal)",
    "identifier-changed": "en URI för klass, egenskap, datatyp eller uppräkning, ett värdes betydelse eller den identifierande egenskapen ändrades",
    "type-designator-changed": "vilken egenskap som anger typen ändrades",
    "class-made-abstract": "en klass blev abstrakt eller en mixin: den kan inte längre instansieras",
    "parent-changed": "is_a ändrades eller en mixin togs bort",
    "tree-root-changed": "en klass blev eller slutade vara toppnivåklass (dokumentets rot)",
    "type-changed": "en datatyps bas eller typeof ändrades",
    "class-added": "en klass lades till",
    "slot-added": "en befintlig klass fick en valfri egenskap",
    "enum-added": "en uppräkning lades till",
    "value-added": "ett tillåtet värde lades till",
    "type-added": "en datatyp lades till",
    "slot-made-optional": "en obligatorisk egenskap blev valfri",
    "range-widened": "den nya värdemängden är en överordnad till den gamla",
    "pattern-removed": "ett mönster togs bort",
    "bound-relaxed": "ett minimum sänktes eller togs bort, ett maximum höjdes eller togs bort",
    "recommended-changed": "en egenskap blev eller slutade vara rekommenderad (endast varningar)",
    "element-deprecated": "ett element fasades ut (uppsägningstiden börjar)",
    "class-made-concrete": "en abstrakt klass eller mixin kan nu instansieras",
    "mixin-added": "en klass fick en mixin (allt som gällde förut gäller fortfarande)",
    "description-changed": "en beskrivning ändrades",
    "title-changed": "en titel ändrades",
    "annotation-changed": "en annotering (till exempel en svensk etikett) ändrades",
    "mapping-changed": "en exact/close/related/narrow/broad-mappning ändrades",
    "deprecation-changed": "utfasningens text, ersättare eller version ändrades, eller den drogs tillbaka",
}


def kind_label(kind: str, lang: str) -> str:
    """A change kind in a few words."""
    return KIND_LABELS[kind][0 if lang == "en" else 1]


def kind_meaning(kind: str, lang: str) -> str:
    """What a change of this kind means for data."""
    return KINDS[kind][2] if lang == "en" else _MEANING_SV[kind]


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
        return [_member(c) for c in self.changes]

    @property
    def first(self) -> Change:
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
        "minimum_cardinality": "at least {} value(s)", "maximum_cardinality": "at most {} value(s)",
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
        "minimum_cardinality": "minst {} värde(n)", "maximum_cardinality": "högst {} värde(n)",
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
        "ok": "OK — the version gate passes", "failed": "FAILED — the version gate fails ({n} problem(s))",
        "verdict": "Verdict", "required": "Required bump", "declared": "Declared version", "changes": "Changes",
        "required_none": "none (no changes)", "required_zero": "{required} (the largest change needs {highest}; while the major version is 0 it needs {required}, decision record 0010)",
        "declared_unknown": "{old} → {new}: unknown (a version is not X.Y.Z)", "declared_ok": "{old} → {new}, a {actual} bump: enough",
        "declared_short": "{old} → {new}, a {actual} bump: not enough", "declared_none": "{old} → {new}: unchanged",
        "declared_none_short": "{old} → {new}: unchanged, not enough",
        "counts": "{changes} change(s) in {groups} group(s): {breaking} breaking, {minor} additive, {patch} documentation only",
        "problems": "Problems", "no_changes": "No changes.",
        "section": {"major": "Breaking changes", "minor": "Additive changes", "patch": "Documentation changes"},
        "slot_on": "slot {slot} on {n} classes", "values_of": "{n} codes of {enum}",
        "plural": {"class": "{n} classes", "enum": "{n} enumerations", "type": "{n} types"},
        "comes_from": "comes from", "inherited": "{origin} (and {n} class(es) that inherit it)",
        "member_labels": {"slot": "classes", "value": "codes", "class": "classes", "enum": "enumerations", "type": "types"}, "before": "before", "after": "after",
        "change": "change", "means": "what it means", "raw": "Raw", "words": "In words",
    },
    "sv": {
        "title": "Modelldiff {old} → {new}", "old": "gammal", "new": "ny", "no_version": "(ingen version)",
        "ok": "OK — versionskontrollen godkänner", "failed": "UNDERKÄND — versionskontrollen underkänner ({n} problem)",
        "verdict": "Utslag", "required": "Nödvändig versionshöjning", "declared": "Angiven version", "changes": "Ändringar",
        "required_none": "ingen (inga ändringar)", "required_zero": "{required} (den största ändringen kräver {highest}; så länge huvudversionen är 0 krävs {required}, beslutsdokument 0010)",
        "declared_unknown": "{old} → {new}: okänd (en version är inte X.Y.Z)", "declared_ok": "{old} → {new}, en {actual}-höjning: tillräcklig",
        "declared_short": "{old} → {new}, en {actual}-höjning: inte tillräcklig", "declared_none": "{old} → {new}: oförändrad",
        "declared_none_short": "{old} → {new}: oförändrad, inte tillräcklig",
        "counts": "{changes} ändring(ar) i {groups} grupp(er): {breaking} bakåtinkompatibla, {minor} tillägg, {patch} endast dokumentation",
        "problems": "Problem", "no_changes": "Inga ändringar.",
        "section": {"major": "Bakåtinkompatibla ändringar", "minor": "Tillägg", "patch": "Ändringar i dokumentationen"},
        "slot_on": "egenskapen {slot} i {n} klasser", "values_of": "{n} värden i {enum}",
        "plural": {"class": "{n} klasser", "enum": "{n} uppräkningar", "type": "{n} datatyper"},
        "comes_from": "kommer från", "inherited": "{origin} (och {n} klass(er) som ärver den)",
        "member_labels": {"slot": "klasser", "value": "värden", "class": "klasser", "enum": "uppräkningar", "type": "datatyper"}, "before": "före", "after": "efter",
        "change": "ändring", "means": "vad det betyder", "raw": "Rå form", "words": "I ord",
    },
}

_REASONS_SV = {
    "not-deprecated": "det är inte utfasat i {old}",
    "no-deprecated-in": "det är utfasat i {old} men saknar annoteringen deprecated_in",
    "deprecated-in-not-semver": "deprecated_in {announced} är inte en semantisk version",
    "deprecated-in-later": "deprecated_in {announced} är senare än den gamla versionen {old}",
}


def problem_message(problem: Problem, lang: str) -> str:
    """The gate's message for a problem in ``lang`` (the English is the gate's own)."""
    p = problem.params
    if lang == "en" or not p:
        return problem.message
    code = problem.code
    if code == "version-not-semver":
        return f"den {'gamla' if p['side'] == 'old' else 'nya'} versionen {p['version']} är inte en semantisk version X.Y.Z"
    if code == "version-decreased":
        return f"versionen gick bakåt: {p['old']} → {p['new']}"
    if code == "version-unchanged":
        return f"{p['count']} ändring(ar) men versionen är fortfarande {p['version']}: höj den till minst {p['next']}"
    if code == "bump-too-small":
        listed = ", ".join(f"{kind} {element}" for kind, element in p["changes"][:5])
        if len(p["changes"]) > 5:
            listed += f" och {len(p['changes']) - 5} till"
        return f"{listed} kräver en {p['required']}-höjning ({p['old']} → {p['next']}), men {p['old']} → {p['new']} är en {p['actual']}-höjning"
    if code == "module-version-mismatch":
        return f"modulen {p['module']} har version {p['module_version'] or '(ingen)'}, modellen har {p['version']}"
    if code == "removal-without-notice":
        reason = _REASONS_SV[p["reason"]].format(**p)
        return (f"{p['element']} togs bort utan förvarning: {reason}; fasa ut det först (deprecated, med ersättaren angiven, "
                "och annoteringen deprecated_in) och ta bort det i en senare bakåtinkompatibel utgåva")
    if code == "deprecation-without-version":
        if p["announced"] is None:
            return f"{p['element']} är utfasat utan annoteringen deprecated_in: lägg till deprecated_in: {p['version']}"
        return f"{p['element']} har deprecated_in {p['announced']}, men förvarningen börjar i {p['version']}"
    return problem.message


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


def head(comparison: Comparison, groups: list[Group], lang: str) -> Head:
    """The verdict, the required bump and whether the declared version satisfies it."""
    from .modeldiff import BUMP_RANK

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
    counts = v["counts"].format(changes=len(comparison.changes), groups=len(groups), breaking=levels.count("major"),
                                minor=levels.count("minor"), patch=levels.count("patch"))
    return Head(
        title=v["title"].format(old=old_v, new=new_v), old=comparison.old.label, new=comparison.new.label,
        verdict=v["ok"] if gate.ok else v["failed"].format(n=len(gate.problems)), required=required,
        declared=declared.format(old=old_v, new=new_v, actual=actual), counts=counts,
        problems=[(p.code, problem_message(p, lang)) for p in gate.problems],
    )


def _subject(group: Group, lang: str) -> str:
    v, n = _V[lang], len(group.changes)
    if n == 1:
        return group.first.element
    if group.level == "slot":
        return v["slot_on"].format(slot=group.subject, n=n)
    if group.level == "value":
        return v["values_of"].format(enum=group.subject, n=n)
    return v["plural"].get(group.level, "{n}").format(n=n)


#: Details that only repeat the kind ("class added"): the text report leaves them out.
_PLAIN_DETAILS = frozenset({
    "class removed", "class added", "slot removed from the class", "optional slot added", "required slot added",
    "enumeration removed", "enumeration added", "permissible value removed", "permissible value added", "type removed",
    "type added", "description changed",
})


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


def _title_suffix(comparison: Comparison, group: Group, lang: str) -> str:
    title = _titled_members(comparison, group, lang)[0][1]
    return f" ({title})" if title else ""


def member_labels(comparison: Comparison, group: Group, lang: str) -> list[str]:
    """The members as plain text: a code with its title, ``esco-skill (ESCO skills)``."""
    return [f"{m} ({t})" if t else m for m, t in _titled_members(comparison, group, lang)]


def _origins(comparison: Comparison, group: Group, lang: str) -> list[str]:
    """Where a slot change comes from, when it is inherited: "Resource (and 19 classes …)"."""
    if group.level != "slot" or len(group.origins) == len(group.changes):
        return []
    snap = comparison.old.snapshot if group.kind == "slot-removed" else comparison.new.snapshot
    shown = []
    for origin in group.origins:
        below = _descendants_among(group, origin, snap)
        shown.append(_V[lang]["inherited"].format(origin=origin, n=below) if below else origin)
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
    subject = _subject(group, lang)
    if len(group.changes) == 1 and group.level == "value":
        subject = f"{group.first.element}{_title_suffix(comparison, group, lang)}"
    lines = [f"  * {kind_label(group.kind, lang)}: {printable(subject)}"]
    origins = _origins(comparison, group, lang)
    if origins:
        lines.append(f"      {v['comes_from']}: {printable(', '.join(origins))}")
    if len(group.changes) > 1:
        label = v["member_labels"][group.level]
        lines.append(f"      {label}: {printable(', '.join(member_labels(comparison, group, lang)))}")
    pair = sides(comparison, group.first, lang)
    if pair is None and group.detail not in _PLAIN_DETAILS:
        lines.append(f"      {v['change']}: {printable(group.detail)}")
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
    subject = _subject(group, lang)
    if len(group.changes) == 1:
        title = _titled_members(comparison, group, lang)[0][1]
        subject = md.code(subject) + (f" ({md.text(title)})" if title else "")
    elif group.level == "slot":
        subject = v["slot_on"].format(slot=md.code(group.subject), n=len(group.changes))
    elif group.level == "value":
        subject = v["values_of"].format(enum=md.code(group.subject), n=len(group.changes))
    else:
        subject = md.text(subject)
    out = [f"{h} {md.text(kind_label(group.kind, lang).capitalize())}: {subject}{ids(group.kind, group.subject or group.first.element)}", ""]
    origins = _origins(comparison, group, lang)
    if origins:
        out += [f"{v['comes_from'].capitalize()}: {md.text(', '.join(origins))}.", ""]
    if len(group.changes) > 1:
        label = v["member_labels"][group.level]
        shown = [md.code(m) + (f" ({md.text(t)})" if t else "") for m, t in _titled_members(comparison, group, lang)]
        out += [f"{label.capitalize()}: " + ", ".join(shown), ""]
    out += [f"| | {v['raw']} | {v['words']} |", "|---|---|---|"]
    pair = sides(comparison, group.first, lang)
    if pair is None:
        out.append(f"| {v['change'].capitalize()} | {_raw_cell(group.detail)} | {md.text(kind_meaning(group.kind, lang))} |")
    else:
        for label, side in ((v["before"], pair[0]), (v["after"], pair[1])):
            out.append(f"| {label.capitalize()} | {_raw_cell(side.raw)} | {md.text(side.words)} |")
        out.append(f"| {v['means'].capitalize()} | | {md.text(kind_meaning(group.kind, lang))} |")
    return out + [""]
