"""Code-list rules: codes are checked against the lists shipped in ``kll.artifacts.codelists``.

The model carries large classifications as a code plus the scheme it belongs to (core.yaml,
ConceptReference and ConceptSchemeName); these checks close the loop the model describes:

* a code in a scheme with a shipped list (SUN 2020 levels, SUN 2020 fields, Arbetsförmedlingen's
  SSYK 2012, municipalities, counties) must be in that list. SUN level and field codes overlap
  (``522`` is both), so the list is chosen by the scheme and never by the look of the code;
* SCB's SSYK 2012 (``ssyk-2012``) has no shipped list of its own. Arbetsförmedlingen's variant
  (``af-ssyk-2012``) has 400 of SCB's 429 unit groups but all of SCB's 10 major, 46 sub-major and
  147 minor groups (the counts match exactly, and the variant only merges unit groups: SCB's
  "nivå 1"/"nivå 2" manager groups such as 1211 and 1212 become Arbetsförmedlingen's 1210). So a
  level 1–3 code, and the minor group of a unit-group code, are checked strictly (violation), while a
  four-digit code that is missing from Arbetsförmedlingen's list is only a warning: it may be one
  of the 29 SCB groups that the variant does not carry. The reverse gap is accepted and documented:
  a merged Arbetsförmedlingen code such as 1210 passes as ``ssyk-2012`` although SCB does not use it,
  because without SCB's own list the merged codes cannot be told from SCB codes ending in 0
  (1120, 1230, 1380 and 1540 exist in both);
* every municipality code of an address (and of its subclasses, e.g. EducationLocation);
* a scheme whose name carries no version (jobtech-taxonomy, esco) should give scheme_version, and
  a local scheme must (ConceptSchemeName.local: "the scheme version must then name it");
* where the scheme name carries its edition (sun-2020-field → 2020) a scheme version must not
  contradict it;
* concepts (records) are checked against the list of their concept scheme, and the JobTech concept
  id of a listed code must be the one the list gives;
* every mapping of a mapping set takes its subject and object from the set's subject and object
  sources, in their scheme versions (MappingSet description).

No slot of the model holds a bare county code; county codes occur as ConceptReference codes with
scheme ``county`` and as Concept codes of a county scheme, and are checked there.
"""

from __future__ import annotations

from functools import cache

from ...artifacts.codelists import CodeList, load
from ..severity import Severity
from .base import Context, Detail, Hit, check
from ._common import as_text, items, pointer

#: Scheme names (ConceptSchemeName) that have a shipped code list of the same name.
LISTED_SCHEMES = frozenset({"sun-2020-level", "sun-2020-field", "af-ssyk-2012", "municipality", "county"})

#: Schemes whose name carries the edition, and that edition.
EDITION_OF_SCHEME = {
    "ssyk-2012": "2012",
    "af-ssyk-2012": "2012",
    "sun-2020-level": "2020",
    "sun-2020-field": "2020",
    "sun-2000-level": "2000",
    "sun-2000-field": "2000",
    "sni-2007": "2007",
    "isced-2011": "2011",
    "isced-f-2013": "2013",
}

#: Schemes versioned by release, not by a name: the code means nothing without the version.
VERSIONED_SCHEMES = frozenset({"jobtech-taxonomy", "esco", "esco-skill", "esco-occupation"})

_SUN_SIBLING = {"sun-2020-level": ("sun-2020-field", "level"), "sun-2020-field": ("sun-2020-level", "field")}


@cache
def _af_ssyk_prefixes() -> frozenset[str]:
    """The 1-, 2- and 3-digit groups of SSYK 2012 (10 + 46 + 147 = SCB's counts)."""
    return frozenset(code[:n] for code in load("af-ssyk-2012") for n in (1, 2, 3))


def _describe(codes: CodeList) -> Detail:
    return Detail(
        f"the shipped list {codes.title} ({codes.name}, edition {codes.version})",
        f"den medföljande listan {codes.title_sv or codes.title} ({codes.name}, utgåva {codes.version})",
    )


def code_problem(scheme: str, code: str) -> Detail | None:
    """Why ``code`` is not a code of ``scheme``, or None when it is or cannot be checked."""
    if scheme == "ssyk-2012":
        return _scb_ssyk_problem(code)
    if scheme not in LISTED_SCHEMES:
        return None
    codes = load(scheme)
    if code in codes:
        return None
    if scheme == "af-ssyk-2012" and len(code) < 4 and code in _af_ssyk_prefixes():
        return None  # levels 1-3 of the variant are the code prefixes of its unit groups
    listed = _describe(codes)
    english, swedish = f"The code is not in {listed.en}.", f"Koden finns inte i {listed.sv}."
    if scheme in _SUN_SIBLING:
        sibling, kind = _SUN_SIBLING[scheme]
        if code in load(sibling):
            other_en, other_sv = ("field", "inriktning") if kind == "level" else ("level", "nivå")
            english += f" It is a SUN 2020 {other_en} code: SUN levels and fields are separate schemes ({sibling})."
            swedish += f" Det är en kod för en {other_sv} i SUN 2020: nivåer och inriktningar i SUN är skilda system ({sibling})."
    return Detail(english, swedish)


def _scb_ssyk_problem(code: str) -> Detail | None:
    if not (1 <= len(code) <= 4 and all("0" <= c <= "9" for c in code)):
        return Detail("SSYK 2012 codes are one to four digits.", "Koder i SSYK 2012 har en till fyra siffror.")
    group = code if len(code) < 4 else code[:3]
    if group not in _af_ssyk_prefixes():
        level = {1: "major", 2: "sub-major", 3: "minor"}[len(group)]
        digits = {1: "en", 2: "två", 3: "tre"}[len(group)]
        return Detail(f"SSYK 2012 has no {level} group with this code.", f"SSYK 2012 har ingen grupp med {digits} siffror med den här koden.")
    return None


def ssyk_unconfirmed(scheme: str, code: str) -> Detail | None:
    """For an SCB SSYK unit group that passes the structural check but is missing from the Af list."""
    if scheme != "ssyk-2012" or len(code) != 4 or _scb_ssyk_problem(code) is not None or code in load("af-ssyk-2012"):
        return None
    english = (
        "The unit group is not in Arbetsförmedlingen's SSYK 2012 list (400 of SCB's 429 groups) and could "
        "not be confirmed against SCB's classification, which is not shipped."
    )
    swedish = (
        "Yrkesgruppen finns inte i Arbetsförmedlingens lista över SSYK 2012 (400 av SCB:s 429 grupper) och "
        "kunde inte bekräftas mot SCB:s klassifikation, som inte medföljer."
    )
    if code[0] == "1" and code[:3] + "0" in load("af-ssyk-2012"):
        english += " Arbetsförmedlingen merges SCB's level-1 and level-2 manager groups of this minor group into one."
        swedish += " Arbetsförmedlingen slår ihop SCB:s chefsgrupper på nivå 1 och nivå 2 inom den här yrkesgruppen till en."
    return Detail(english, swedish)


def edition_problem(scheme: str, version: str) -> Detail | None:
    edition = EDITION_OF_SCHEME.get(scheme)
    if edition is None or version == edition:
        return None
    return Detail(f"The scheme {scheme} is the {edition} edition.", f"Begreppssystemet {scheme} är utgåvan från {edition}.")


# --- ConceptReference ---------------------------------------------------------------------------


@check(
    "ConceptReference.code.in-code-list",
    applies_to="ConceptReference",
    source="ConceptReference.code",
    en="The code is not in the code list of its scheme.",
    sv="Koden finns inte i kodlistan för sitt schema.",
)
def concept_reference_code(obj: dict, ctx: Context):
    scheme, code = as_text(obj.get("scheme")), as_text(obj.get("code"))
    if scheme and code:
        problem = code_problem(scheme, code)
        if problem:
            return (Hit("/code", problem),)
    return None


@check(
    "ConceptReference.code.ssyk-unconfirmed",
    applies_to="ConceptReference",
    severity=Severity.WARNING,
    source="ConceptReference.code",
    en="The SSYK 2012 unit group could not be confirmed, because it is missing from the shipped list of Arbetsförmedlingen's variant.",
    sv="Yrkesgruppen i SSYK 2012 kunde inte bekräftas, eftersom den saknas i den medföljande listan över Arbetsförmedlingens variant.",
)
def concept_reference_ssyk(obj: dict, ctx: Context):
    scheme, code = as_text(obj.get("scheme")), as_text(obj.get("code"))
    if scheme and code:
        detail = ssyk_unconfirmed(scheme, code)
        if detail:
            return (Hit("/code", detail),)
    return None


@check(
    "ConceptReference.scheme_version.versioned-scheme",
    applies_to="ConceptReference",
    severity=Severity.WARNING,
    source="ConceptReference.scheme_version",
    en="A reference into the JobTech Taxonomy or ESCO should give the version of the scheme, since their codes change between releases.",
    sv="En referens till JobTech-taxonomin eller ESCO bör ange schemats version, eftersom koderna ändras mellan utgåvorna.",
)
def versioned_scheme(obj: dict, ctx: Context):
    if obj.get("scheme") in VERSIONED_SCHEMES and obj.get("scheme_version") in (None, ""):
        return (Hit("/scheme_version", Detail(
            f"The scheme {obj['scheme']} is versioned by release.", f"Begreppssystemet {obj['scheme']} versioneras per utgåva.")),)
    return None


@check(
    "ConceptReference.scheme_version.local-scheme",
    applies_to="ConceptReference",
    source="ConceptReference.scheme_version",
    en="A reference into a local scheme must name that scheme in its scheme version.",
    sv="En referens till ett lokalt schema måste ange schemats namn i schemaversionen.",
)
def local_scheme(obj: dict, ctx: Context):
    if obj.get("scheme") == "local" and obj.get("scheme_version") in (None, ""):
        return (Hit("/scheme_version"),)
    return None


@check(
    "ConceptReference.scheme_version.matches-edition",
    applies_to="ConceptReference",
    severity=Severity.WARNING,
    source="ConceptReference.scheme_version",
    en="The scheme version contradicts the edition named by the scheme.",
    sv="Schemaversionen motsäger den utgåva som schemats namn anger.",
)
def reference_edition(obj: dict, ctx: Context):
    scheme, version = as_text(obj.get("scheme")), as_text(obj.get("scheme_version"))
    if scheme and version:
        problem = edition_problem(scheme, version)
        if problem:
            return (Hit("/scheme_version", problem),)
    return None


# --- Address ------------------------------------------------------------------------------------


@check(
    "Address.municipality_code.in-code-list",
    applies_to="Address",
    source="Address.municipality_code",
    en="The municipality code is not the code of a Swedish municipality.",
    sv="Kommunkoden är inte koden för en svensk kommun.",
)
def municipality_code(obj: dict, ctx: Context):
    code = as_text(obj.get("municipality_code"))
    if code is not None and code not in load("municipality"):
        listed = _describe(load("municipality"))
        return (Hit("/municipality_code", Detail(f"The code is not in {listed.en}.", f"Koden finns inte i {listed.sv}.")),)
    return None


# --- Concept and ConceptScheme ------------------------------------------------------------------


def _scheme_of(obj: dict, ctx: Context) -> dict | None:
    return ctx.dataset.record(obj.get("concept_scheme"), "ConceptScheme")


@check(
    "Concept.code.in-code-list",
    applies_to="Concept",
    source="Concept.code",
    en="The concept's code is not in the code list of its concept scheme.",
    sv="Begreppets kod finns inte i kodlistan för dess begreppssystem.",
)
def concept_code(obj: dict, ctx: Context):
    code, scheme = as_text(obj.get("code")), _scheme_of(obj, ctx)
    if code and scheme and as_text(scheme.get("scheme")):
        problem = code_problem(scheme["scheme"], code)
        if problem:
            yield Hit("/code", problem)


@check(
    "Concept.code.ssyk-unconfirmed",
    applies_to="Concept",
    severity=Severity.WARNING,
    source="Concept.code",
    en="The concept's SSYK 2012 unit group could not be confirmed, because it is missing from the shipped list of Arbetsförmedlingen's variant.",
    sv="Begreppets yrkesgrupp i SSYK 2012 kunde inte bekräftas, eftersom den saknas i den medföljande listan över Arbetsförmedlingens variant.",
)
def concept_ssyk(obj: dict, ctx: Context):
    code, scheme = as_text(obj.get("code")), _scheme_of(obj, ctx)
    if code and scheme and as_text(scheme.get("scheme")):
        detail = ssyk_unconfirmed(scheme["scheme"], code)
        if detail:
            yield Hit("/code", detail)


@check(
    "Concept.jobtech_concept_id.matches-code",
    applies_to="Concept",
    severity=Severity.WARNING,
    source="Concept.jobtech_concept_id",
    en="The JobTech concept id is not the one that the shipped code list gives for the concept's code.",
    sv="JobTech-begreppsid:t är inte det som den medföljande kodlistan anger för begreppets kod.",
)
def concept_jobtech_id(obj: dict, ctx: Context):
    code, given, scheme = as_text(obj.get("code")), as_text(obj.get("jobtech_concept_id")), _scheme_of(obj, ctx)
    if not (code and given and scheme) or scheme.get("scheme") not in LISTED_SCHEMES:
        return
    codes = load(scheme["scheme"])
    expected = codes[code].columns.get("jobtech_concept_id") if code in codes else None
    if expected and expected != given:
        listed = _describe(codes)
        yield Hit("/jobtech_concept_id", Detail(
            f"{listed.en[0].upper()}{listed.en[1:]} gives another concept id for this code.",
            f"{listed.sv[0].upper()}{listed.sv[1:]} anger ett annat begrepps-id för den här koden."))


@check(
    "ConceptScheme.scheme_version.matches-edition",
    applies_to="ConceptScheme",
    severity=Severity.WARNING,
    source="ConceptScheme.scheme_version",
    en="The scheme version contradicts the edition named by the scheme.",
    sv="Schemaversionen motsäger den utgåva som schemats namn anger.",
)
def scheme_edition(obj: dict, ctx: Context):
    scheme, version = as_text(obj.get("scheme")), as_text(obj.get("scheme_version"))
    if scheme and version:
        problem = edition_problem(scheme, version)
        if problem:
            yield Hit("/scheme_version", problem)


# --- MappingSet ---------------------------------------------------------------------------------


def _mapping_side(obj: dict, ctx: Context, source_slot: str, side_slot: str):
    source = ctx.dataset.record(obj.get(source_slot), "ConceptScheme")
    if source is None:
        return
    label_en, label_sv = {"subject_source": ("subject source", "subjektkällan"), "object_source": ("object source", "objektkällan")}[source_slot]
    for index, mapping in items(obj.get("mappings")):
        reference = mapping.get(side_slot) if isinstance(mapping, dict) else None
        if not isinstance(reference, dict):
            continue
        if reference.get("scheme") != source.get("scheme"):
            yield Hit(pointer("mappings", index, side_slot, "scheme"), Detail(f"The {label_en} is another scheme.", f"{label_sv.capitalize()} är ett annat begreppssystem."))
        elif reference.get("scheme_version") not in (None, source.get("scheme_version")):
            yield Hit(pointer("mappings", index, side_slot, "scheme_version"), Detail(
                f"The {label_en} is another version of the scheme.", f"{label_sv.capitalize()} är en annan version av begreppssystemet."))


@check(
    "MappingSet.mappings.subject-in-source",
    applies_to="MappingSet",
    source="MappingSet.subject_source",
    en="A mapping's subject is not taken from the subject source of the mapping set, in its scheme version.",
    sv="En mappnings subjekt är inte hämtat ur subjektkällan för uppsättningen mappningar, i källans version.",
)
def mapping_subjects(obj: dict, ctx: Context):
    yield from _mapping_side(obj, ctx, "subject_source", "mapping_subject")


@check(
    "MappingSet.mappings.object-in-source",
    applies_to="MappingSet",
    source="MappingSet.object_source",
    en="A mapping's object is not taken from the object source of the mapping set, in its scheme version.",
    sv="En mappnings objekt är inte hämtat ur objektkällan för uppsättningen mappningar, i källans version.",
)
def mapping_objects(obj: dict, ctx: Context):
    yield from _mapping_side(obj, ctx, "object_source", "mapping_object")
