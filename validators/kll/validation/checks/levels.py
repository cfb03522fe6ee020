"""Rules about framework levels, learning outcomes and credit values.

* SeQF and EQF correspond one to one, so where a record gives both they are equal (Qualification,
  DiplomaSupplement); a level placement decision and the qualification it places carry the same
  SeQF level.
* A level placement decision states learning outcomes in all three categories (knowledge, skills,
  responsibility and autonomy); a qualification placed by Myndigheten för yrkeshögskolan should
  refer to its decision.
* A micro-credential's level not-applicable stands alone.
* Credit values are plausible for their credit system (warnings, see the bounds below), a minimum
  credit value is not larger than the value, a first instalment not larger than the fee, and an
  education that does not lead to a degree names no degrees.
"""

from __future__ import annotations

from decimal import Decimal

from ..severity import Severity
from .base import Context, Detail, Hit, check
from ._common import as_number, items

CATEGORIES = ("knowledge", "skills", "responsibility-and-autonomy")
#: The categories as the Swedish message names them (SeQF's own words).
_CATEGORIES_SV = {"knowledge": "kunskaper", "skills": "färdigheter", "responsibility-and-autonomy": "ansvar och självständighet"}


def _level(value) -> str | None:
    if isinstance(value, bool):
        return None
    return str(value) if isinstance(value, (str, int)) else None


# --- SeQF and EQF -------------------------------------------------------------------------------


def _equal_levels(obj: dict):
    seqf, eqf = _level(obj.get("seqf_level")), _level(obj.get("eqf_level"))
    if seqf is not None and eqf is not None and seqf != eqf:
        yield Hit("/eqf_level", Detail(
            "SeQF levels correspond one to one to EQF levels.", "Nivåerna i SeQF motsvarar nivåerna i EQF en till en."))


@check(
    "Qualification.eqf_level.equals-seqf",
    applies_to="Qualification",
    source="Qualification.eqf_level",
    en="The EQF level of the qualification differs from its SeQF level.",
    sv="Kvalifikationens EQF-nivå skiljer sig från dess SeQF-nivå.",
)
def qualification_levels(obj: dict, ctx: Context):
    yield from _equal_levels(obj)


@check(
    "DiplomaSupplement.eqf_level.equals-seqf",
    applies_to="DiplomaSupplement",
    source="DiplomaSupplement.eqf_level",
    en="The EQF level in the diploma supplement differs from its SeQF level.",
    sv="EQF-nivån i bilagan till examensbeviset skiljer sig från dess SeQF-nivå.",
)
def supplement_levels(obj: dict, ctx: Context):
    yield from _equal_levels(obj)


@check(
    "LevelPlacementDecision.seqf_level.matches-qualification",
    applies_to="LevelPlacementDecision",
    source="LevelPlacementDecision.seqf_level",
    en="The SeQF level of the level placement decision differs from the SeQF level of the qualification it places.",
    sv="SeQF-nivån i beslutet om nivåplacering skiljer sig från SeQF-nivån för den kvalifikation som beslutet gäller.",
)
def decision_matches_qualification(obj: dict, ctx: Context):
    qualification = ctx.dataset.record(obj.get("qualification"), "Qualification")
    if qualification is None:
        return
    decided, carried = _level(obj.get("seqf_level")), _level(qualification.get("seqf_level"))
    if decided is not None and carried is not None and decided != carried:
        yield Hit("/seqf_level", Detail(
            "The referenced qualification carries another SeQF level.", "Den refererade kvalifikationen har en annan nivå i SeQF."))


@check(
    "Qualification.level_placement_decision.recommended-for-route",
    applies_to="Qualification",
    severity=Severity.WARNING,
    source="Qualification.level_placement_decision",
    en="A qualification placed at its level by Myndigheten för yrkeshögskolan should refer to its level placement decision.",
    sv="En kvalifikation som Myndigheten för yrkeshögskolan har nivåplacerat bör hänvisa till sitt beslut om nivåplacering.",
)
def route_needs_decision(obj: dict, ctx: Context):
    if obj.get("level_placement_route") == "myh-decision" and obj.get("level_placement_decision") in (None, ""):
        yield Hit("/level_placement_decision")


# --- learning outcomes --------------------------------------------------------------------------


@check(
    "LevelPlacementDecision.has_learning_outcome.all-categories",
    applies_to="LevelPlacementDecision",
    source="LevelPlacementDecision.has_learning_outcome",
    en="The learning outcomes of a level placement decision must include at least one of each category: knowledge, skills, and responsibility and autonomy.",
    sv="Läranderesultaten i ett beslut om nivåplacering måste omfatta minst ett i varje kategori: kunskaper, färdigheter samt ansvar och självständighet.",
)
def decision_outcome_categories(obj: dict, ctx: Context):
    references = list(items(obj.get("has_learning_outcome")))
    if not references:
        return  # an absent or empty list is the required / cardinality rule's finding
    found: set[str] = set()
    uncategorised = 0
    for _, reference in references:
        # A malformed outcome still counts: its category, if not a valid one, covers nothing.
        outcome = ctx.dataset.record(reference, "LearningOutcome", well_formed_only=False)
        if outcome is None:
            return  # not among the records validated together: coverage cannot be judged
        category = outcome.get("learning_outcome_category")
        if isinstance(category, str) and category in CATEGORIES:
            found.add(category)
        else:
            uncategorised += 1
    missing = [category for category in CATEGORIES if category not in found]
    if missing:
        english = "No learning outcome in: " + ", ".join(missing) + "."
        swedish = "Inget läranderesultat i: " + ", ".join(_CATEGORIES_SV[category] for category in missing) + "."
        if uncategorised:
            english += f" {uncategorised} of the referenced learning outcomes give no category."
            swedish += f" {uncategorised} av de refererade läranderesultaten anger ingen kategori."
        yield Hit("/has_learning_outcome", Detail(english, swedish))


# --- micro-credential level ---------------------------------------------------------------------


@check(
    "MicroCredential.credential_levels.not-applicable-alone",
    applies_to="MicroCredential",
    source="MicroCredential.credential_levels",
    en="The level not-applicable cannot be combined with any other level.",
    sv="Nivån not-applicable kan inte kombineras med någon annan nivå.",
)
def not_applicable_alone(obj: dict, ctx: Context):
    levels = [value for _, value in items(obj.get("credential_levels"))]
    if "not-applicable" in levels and len(levels) > 1:
        yield Hit("/credential_levels/" + str(levels.index("not-applicable")))


# --- credit values ------------------------------------------------------------------------------
#
# Bounds per credit system, from the credit notes of the domain brief (DOMAIN.md §2) and the
# descriptions of CreditSystem and CreditFramework. They catch slips such as a value given in the
# wrong system or with a stray digit, not rare real cases, so they are warnings.
#
# hp / ects: 60 hp is one year of full-time study and 1 hp equals 1 ECTS credit. The longest Swedish
#   programmes are 300 hp (five-year professional degrees) and 360 hp (the six-year medical
#   programme), so more than 400 is not one education. Full-time study earns 1.5 hp a week and
#   credits are set in half credits (7.5, 15, 22.5), so an hp value is a multiple of 0.5. ECTS values
#   from other countries are not held to that step.
# yh: 200 YH-poäng is one year of full-time study (5 a week); YH programmes run for up to two or three
#   years (400-600), so more than 1000 (five years) is not one education.
# gy: courses have 50-200 gymnasiepoäng and a national upper-secondary programme 2500; 3000 leaves
#   room for extended programmes.
# vp: 800 verksamhetspoäng is one year of full-time municipal adult education (20 a week); an
#   education measured in vp is a course or a package of courses, so more than 1600 (two years)
#   is not plausible.
# notional-hours: an ECTS credit is 25-30 hours of work, so 400 credits are at most 12000 hours.
# fup, nyp: the open EMIL3 API description does not define them; only a positive value is expected.

_UPPER_BOUND = {
    "hp": Decimal(400),
    "ects": Decimal(400),
    "yh": Decimal(1000),
    "gy": Decimal(3000),
    "vp": Decimal(1600),
    "notional-hours": Decimal(12000),
}
_STEP = {"hp": Decimal("0.5")}


def credit_problem(system, value) -> Detail | None:
    """Why ``value`` is implausible in credit ``system``, or None."""
    number = as_number(value)
    if number is None or not isinstance(system, str):
        return None
    if number <= 0:
        return Detail("A credit value is expected to be greater than zero.", "Ett poängvärde förväntas vara större än noll.")
    bound = _UPPER_BOUND.get(system)
    if bound is not None and number > bound:
        return Detail(
            f"More than {bound} {system} is more than any single education in this credit system.",
            f"Mer än {bound} {system} är mer än någon enskild utbildning i det här poängsystemet.",
        )
    step = _STEP.get(system)
    if step is not None and number % step != 0:
        return Detail(f"Values in {system} are given in steps of {step}.", f"Värden i {system} anges i steg om {str(step).replace('.', ',')}.")
    return None


@check(
    "Credits.credit_value.plausible",
    applies_to="Credits",
    severity=Severity.WARNING,
    source="Credits.credit_value",
    en="The credit value is not plausible for its credit system.",
    sv="Poängvärdet är inte rimligt för sitt poängsystem.",
)
def credits_plausible(obj: dict, ctx: Context):
    problem = credit_problem(obj.get("credit_system"), obj.get("credit_value"))
    if problem:
        return (Hit("/credit_value", problem),)
    return None


@check(
    "CreditPoints.point_value.plausible",
    applies_to="CreditPoints",
    severity=Severity.WARNING,
    source="CreditPoints.point_value",
    en="The number of credit points is not plausible for its credit framework.",
    sv="Poängvärdet är inte rimligt för sitt poängsystem.",
)
def credit_points_plausible(obj: dict, ctx: Context):
    problem = credit_problem(obj.get("credit_framework"), obj.get("point_value"))
    if problem:
        yield Hit("/point_value", problem)


@check(
    "Credits.credit_minimum.not-above-value",
    applies_to="Credits",
    source="Credits.credit_minimum",
    en="The minimum credit value is larger than the credit value.",
    sv="Det lägsta poängvärdet är större än poängvärdet.",
)
def credit_minimum(obj: dict, ctx: Context):
    low, value = as_number(obj.get("credit_minimum")), as_number(obj.get("credit_value"))
    if low is not None and value is not None and low > value:
        return (Hit("/credit_minimum"),)
    return None


@check(
    "Fee.first_installment.not-above-amount",
    applies_to="Fee",
    source="Fee.first_installment",
    en="The first instalment is larger than the total amount of the fee.",
    sv="Den första delbetalningen är större än avgiftens totalbelopp.",
)
def first_installment(obj: dict, ctx: Context):
    first, total = as_number(obj.get("first_installment")), as_number(obj.get("amount"))
    if first is not None and total is not None and first > total:
        yield Hit("/first_installment")


@check(
    "Education.degrees.only-when-degree",
    applies_to="Education",
    source="Education.degrees",
    en="An education that does not lead to a degree must not name degrees.",
    sv="En utbildning som inte leder till examen får inte ange examina.",
)
def degrees_only_with_degree(obj: dict, ctx: Context):
    if obj.get("leads_to_degree") is False and obj.get("degrees") not in (None, {}, ""):
        return (Hit("/degrees"),)
    return None
