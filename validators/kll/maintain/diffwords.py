"""Model changes and the version gate's problems in words, in Swedish and English.

:mod:`kll.maintain.modeldiff` words every change and problem in English for its JSON output and
keeps the facts each is made of (``params``). This module words them for a person in either
language: a change kind in a few words and what it means for data, the detail of one change (its
raw form, such as a URI or a code, kept apart from the words), and the gate's problems, identical
ones (a slot removed without notice from twenty classes) said once with the list of elements.
"""

from __future__ import annotations

from dataclasses import dataclass

from .modeldiff import KINDS, Change, Problem

__all__ = ["Detail", "KIND_LABELS", "counted", "detail", "kind_label", "kind_meaning", "problem_lines", "problem_message"]

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



def counted(n: int, one: str, many: str) -> str:
    """``n`` with the singular or the plural noun: "1 change", "3 changes"."""
    return f"{n} {one if n == 1 else many}"


#: Nouns as (singular, plural) per language, for :func:`counted`.
NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {"change": ("change", "changes"), "group": ("group", "groups"), "problem": ("problem", "problems"),
           "value": ("value", "values"), "class_inherits": ("class that inherits it", "classes that inherit it")},
    "sv": {"change": ("ändring", "ändringar"), "group": ("grupp", "grupper"), "problem": ("problem", "problem"),
           "value": ("värde", "värden"), "class_inherits": ("klass som ärver den", "klasser som ärver den")},
}


def count_of(n: int, noun: str, lang: str) -> str:
    """``n`` and a noun of :data:`NOUNS` in ``lang``."""
    return counted(n, *NOUNS[lang][noun])


# --------------------------------------------------------------------------------------------
# The detail of one change
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Detail:
    """What one change did: its raw form (a URI, a name, a code; None when there is none) apart
    from the words, so that a report can show the raw form as code and only the words translated."""

    raw: str | None
    words: str


#: Details that only repeat the kind ("class added"): a report says nothing more than the kind.
PLAIN_DETAILS = frozenset({
    "class removed", "class added", "slot removed from the class", "optional slot added", "required slot added",
    "enumeration removed", "enumeration added", "permissible value removed", "permissible value added", "type removed",
    "type added", "description changed",
})

_D = {
    "en": {
        "none": "(none)", "class-uri": "the class URI changed", "slot-uri": "the slot URI changed",
        "enum-uri": "the enumeration URI changed", "type-uri": "the type URI changed", "meaning": "the code's meaning (its URI) changed",
        "identifier-slot": "the identifying slot changed", "is-a": "the parent class (is_a) changed",
        "mixins-removed": ("mixin removed", "mixins removed"), "mixins-added": ("mixin added", "mixins added"),
        ("class-made-abstract", "abstract"): "became abstract", ("class-made-abstract", "mixin"): "became a mixin",
        ("class-made-concrete", "abstract"): "is no longer abstract", ("class-made-concrete", "mixin"): "is no longer a mixin",
        ("tree-root-changed", "now"): "became the tree root", ("tree-root-changed", "no-longer"): "is no longer the tree root",
        ("recommended-changed", "now"): "became recommended", ("recommended-changed", "no-longer"): "is no longer recommended",
        ("type-designator-changed", "now"): "now designates the type", ("type-designator-changed", "no-longer"): "no longer designates the type",
        "inlining": "the JSON shape changed", "title": "title {old} → {new}", "quote": "“{}”",
        "tags": ("annotation changed", "annotations changed"),
        "mappings_added": ("mapping added", "mappings added"), "mappings_removed": ("mapping removed", "mappings removed"),
        "deprecated": "deprecated: {text}", "replaced": " (replaced by {name})", "possibly": " (possibly replaced by {name})",
        "withdrawn": "the deprecation was withdrawn",
        "moved": {"text": "text", "replacement": "replacement", "possible replacement": "possible replacement"},
        "base": "the base type changed", "typeof": "the type it derives from (typeof) changed",
    },
    "sv": {
        "none": "(ingen)", "class-uri": "klassens URI ändrades", "slot-uri": "egenskapens URI ändrades",
        "enum-uri": "uppräkningens URI ändrades", "type-uri": "datatypens URI ändrades", "meaning": "värdets betydelse (dess URI) ändrades",
        "identifier-slot": "den identifierande egenskapen ändrades", "is-a": "den överordnade klassen (is_a) ändrades",
        "mixins-removed": ("mixin borttagen", "mixiner borttagna"), "mixins-added": ("mixin tillagd", "mixiner tillagda"),
        ("class-made-abstract", "abstract"): "blev abstrakt", ("class-made-abstract", "mixin"): "blev en mixin",
        ("class-made-concrete", "abstract"): "är inte längre abstrakt", ("class-made-concrete", "mixin"): "är inte längre en mixin",
        ("tree-root-changed", "now"): "blev toppnivåklass (dokumentets rot)", ("tree-root-changed", "no-longer"): "är inte längre toppnivåklass",
        ("recommended-changed", "now"): "blev rekommenderad", ("recommended-changed", "no-longer"): "är inte längre rekommenderad",
        ("type-designator-changed", "now"): "anger nu typen", ("type-designator-changed", "no-longer"): "anger inte längre typen",
        "inlining": "JSON-formen ändrades", "title": "titel {old} → {new}", "quote": "”{}”",
        "tags": ("annotering ändrad", "annoteringar ändrade"),
        "mappings_added": ("mappning tillagd", "mappningar tillagda"), "mappings_removed": ("mappning borttagen", "mappningar borttagna"),
        "deprecated": "utfasad: {text}", "replaced": " (ersätts av {name})", "possibly": " (ersätts kanske av {name})",
        "withdrawn": "utfasningen drogs tillbaka",
        "moved": {"text": "text", "replacement": "ersättare", "possible replacement": "möjlig ersättare"},
        "base": "bastypen ändrades", "typeof": "typen den härleds ur (typeof) ändrades",
    },
}

_URI_FORMS = ("class-uri", "slot-uri", "enum-uri", "type-uri", "meaning", "identifier-slot", "is-a", "inlining", "base", "typeof")


def _arrow(old: object, new: object) -> str:
    return f"{'—' if old is None else old} → {'—' if new is None else new}"


def detail(change: Change, lang: str) -> Detail | None:
    """The detail of ``change`` in ``lang``; None when the kind already says it all."""
    if change.detail in PLAIN_DETAILS:
        return None
    words, p = _D[lang], change.params
    form = p.get("form")
    if form in _URI_FORMS:
        return Detail(_arrow(p["old"], p["new"]), words[form])
    if form in ("mixins-removed", "mixins-added"):
        return Detail(", ".join(p["names"]), counted(len(p["names"]), *words[form]))
    if form == "tags":
        return Detail(", ".join(p["names"]), counted(len(p["names"]), *words["tags"]))
    if (change.kind, form) in words:
        return Detail(None, words[change.kind, form])
    if form == "title":
        quoted = lambda title: words["quote"].format(title) if title else words["none"]  # noqa: E731
        return Detail(None, words["title"].format(old=quoted(p["old"]), new=quoted(p["new"])))
    if form == "mappings":
        parts = [counted(p[key], *words[f"mappings_{key}"]) for key in ("added", "removed") if p[key]]
        return Detail(change.detail, "; ".join(parts))
    if form == "deprecated":
        shown = words["deprecated"].format(text=p["text"])
        if p["replacement"]:
            shown += words["replaced"].format(name=p["replacement"])
        elif p["possible"]:
            shown += words["possibly"].format(name=p["possible"])
        return Detail(None, shown)
    if form == "withdrawn":
        return Detail(None, words["withdrawn"])
    if form == "moved":
        labels = words["moved"]
        return Detail(None, "; ".join(f"{labels.get(label, label)} {_arrow(old, new)}" for label, old, new in p["moved"]))
    if form == "bound":
        return Detail(f"{p['bound']}: {_arrow(p['old'], p['new'])}", kind_label(change.kind, lang))
    if form in ("pattern", "range"):
        return Detail(_arrow(p["old"], p["new"]), kind_label(change.kind, lang))
    # A change whose before and after a report shows from the model itself (required, a list).
    return Detail(None, kind_label(change.kind, lang))


# --------------------------------------------------------------------------------------------
# The gate's problems
# --------------------------------------------------------------------------------------------

#: Why a removal had no valid notice: (one element, several elements) per language.
_REASONS = {
    "en": {
        "not-deprecated": ("it is not deprecated in {old}", "they are not deprecated in {old}"),
        "no-deprecated-in": ("it is deprecated in {old} but has no deprecated_in annotation",
                             "they are deprecated in {old} but have no deprecated_in annotation"),
        "deprecated-in-not-semver": ("deprecated_in {announced} is not a semantic version",) * 2,
        "deprecated-in-later": ("deprecated_in {announced} is later than the old version {old}",) * 2,
    },
    "sv": {
        "not-deprecated": ("det är inte utfasat i {old}", "de är inte utfasade i {old}"),
        "no-deprecated-in": ("det är utfasat i {old} men saknar annoteringen deprecated_in",
                             "de är utfasade i {old} men saknar annoteringen deprecated_in"),
        "deprecated-in-not-semver": ("deprecated_in {announced} är inte en semantisk version",) * 2,
        "deprecated-in-later": ("deprecated_in {announced} är senare än den gamla versionen {old}",) * 2,
    },
}

#: The problems about one element, each as (one element, several elements): ``{elements}`` is the
#: list of the elements with the same problem for the same reason.
_P = {
    "en": {
        "removal-without-notice": (
            "{elements} was removed without notice: {reason}; deprecate it first (deprecated, with the replacement named, "
            "and annotation deprecated_in) and remove it in a later breaking release",
            "{elements} were removed without notice: {reason}; deprecate them first (deprecated, with the replacement "
            "named, and annotation deprecated_in) and remove them in a later breaking release"),
        "no-version": ("{elements} is deprecated without a deprecated_in annotation: add deprecated_in: {version}",
                       "{elements} are deprecated without a deprecated_in annotation: add deprecated_in: {version}"),
        "wrong-version": ("{elements} has deprecated_in {announced}, but the notice starts in {version}",
                          "{elements} have deprecated_in {announced}, but the notice starts in {version}"),
    },
    "sv": {
        "removal-without-notice": (
            "{elements} togs bort utan förvarning: {reason}; fasa ut det först (deprecated, med ersättaren angiven, "
            "och annoteringen deprecated_in) och ta bort det i en senare bakåtinkompatibel utgåva",
            "{elements} togs bort utan förvarning: {reason}; fasa ut dem först (deprecated, med ersättaren angiven, "
            "och annoteringen deprecated_in) och ta bort dem i en senare bakåtinkompatibel utgåva"),
        "no-version": ("{elements} är utfasat utan annoteringen deprecated_in: lägg till deprecated_in: {version}",
                       "{elements} är utfasade utan annoteringen deprecated_in: lägg till deprecated_in: {version}"),
        "wrong-version": ("{elements} har deprecated_in {announced}, men förvarningen börjar i {version}",
                          "{elements} har deprecated_in {announced}, men förvarningen börjar i {version}"),
    },
}

_PER_ELEMENT = ("removal-without-notice", "deprecation-without-version")


def problem_lines(problems: list[Problem], lang: str) -> list[tuple[str, str]]:
    """The gate's problems as (code, message) in ``lang``, in the gate's order; the problems of
    one code about several elements for the same reason are one line listing the elements."""
    groups: dict[tuple, list[Problem]] = {}
    for problem in problems:
        key: tuple = (id(problem),)
        if problem.code in _PER_ELEMENT and problem.params:
            key = (problem.code, *sorted((k, repr(v)) for k, v in problem.params.items() if k != "element"))
        groups.setdefault(key, []).append(problem)
    return [(same[0].code, _message(same, lang)) for same in groups.values()]


def problem_message(problem: Problem, lang: str) -> str:
    """The gate's message for one problem in ``lang``."""
    return _message([problem], lang)


def _message(same: list[Problem], lang: str) -> str:
    """The message for problems that differ only in their element."""
    first, many = same[0], int(len(same) > 1)
    p = first.params
    if not p:
        return first.message
    code, sv = first.code, lang == "sv"
    if code in _PER_ELEMENT:
        elements = ", ".join(problem.params["element"] for problem in same)
        if code == "removal-without-notice":
            reason = _REASONS[lang][p["reason"]][many].format(**p)
            return _P[lang][code][many].format(elements=elements, reason=reason)
        form = "no-version" if p["announced"] is None else "wrong-version"
        return _P[lang][form][many].format(elements=elements, **{k: v for k, v in p.items() if k != "element"})
    if code == "version-not-semver":
        side = ("gamla" if p["side"] == "old" else "nya") if sv else p["side"]
        return (f"den {side} versionen {p['version']} är inte en semantisk version X.Y.Z" if sv
                else f"the {side} version {p['version']} is not a semantic version X.Y.Z")
    if code == "version-decreased":
        return f"versionen gick bakåt: {p['old']} → {p['new']}" if sv else f"the version went backwards: {p['old']} → {p['new']}"
    if code == "version-unchanged":
        changes = count_of(p["count"], "change", lang)
        return (f"{changes} men versionen är fortfarande {p['version']}: höj den till minst {p['next']}" if sv
                else f"{changes} but the version is still {p['version']}: bump it to at least {p['next']}")
    if code == "bump-too-small":
        # The kind in words, not its code: the code is English and the JSON output carries it.
        listed = ", ".join(f"{element} ({kind_label(kind, lang)})" for kind, element in p["changes"][:5])
        if len(p["changes"]) > 5:
            listed += f" {'och' if sv else 'and'} {len(p['changes']) - 5} {'till' if sv else 'more'}"
        if sv:
            return f"{listed} kräver en {p['required']}-höjning ({p['old']} → {p['next']}), men {p['old']} → {p['new']} är en {p['actual']}-höjning"
        needs = "needs" if len(p["changes"]) == 1 else "need"
        return f"{listed} {needs} a {p['required']} bump ({p['old']} → {p['next']}), but {p['old']} → {p['new']} is a {p['actual']} bump"
    if code == "module-version-mismatch":
        if sv:
            return f"modulen {p['module']} har version {p['module_version'] or '(ingen)'}, modellen har {p['version']}"
        return f"module {p['module']} has version {p['module_version'] or '(none)'}, the model has {p['version']}"
    return first.message
