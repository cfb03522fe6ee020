"""Rules of validation of prior learning and of study results (individual.yaml, issue 18).

* ValidationOfPriorLearning: it names what it assessed against (a qualification, learning outcomes
  or an occupational standard); every recognised learning outcome is among the outcomes assessed
  against or an outcome of a qualification assessed against (judged only when every qualification
  assessed against is among the records validated together); the validation is not dated after the
  award of its resulting achievement, and that achievement is the same person's; a validation that
  has reached certification should name the achievement it resulted in (warning).
* StudyResult: a grade given on a named Swedish or ECTS scale is a step of that scale.

Details name slots and stages, never the person or the identifiers involved.
"""

from __future__ import annotations

from ..severity import Severity
from .base import Context, Detail, Hit, check
from ._common import as_date, as_text, items, pointer

_ASSESSED_AGAINST = ("assessed_against_qualifications", "assessed_against_outcomes", "occupational_standards")

#: The steps of each grading scale of the GradingScale enumeration, upper-case; ``other`` has none.
SCALE_STEPS = {
    "u-g-vg": frozenset({"U", "G", "VG"}),
    "u-g": frozenset({"U", "G"}),
    "a-f-ects": frozenset({"A", "B", "C", "D", "E", "FX", "F"}),
    "a-f-school": frozenset({"A", "B", "C", "D", "E", "F"}),
    "ig-g-vg": frozenset({"IG", "G", "VG"}),
}


def _references(value) -> set[str]:
    return {v for _, v in items(value) if isinstance(v, str)}


@check(
    "ValidationOfPriorLearning.assessed_against_qualifications.or-outcomes-or-standard",
    applies_to="ValidationOfPriorLearning",
    source="ValidationOfPriorLearning.assessed_against_qualifications",
    en="The validation does not say what it assessed against: give a qualification, learning outcomes or an occupational standard.",
    sv="Valideringen anger inte vad bedömningen gjordes mot: ange en kvalifikation, läranderesultat eller en yrkesstandard.",
)
def assessed_against_present(obj: dict, ctx: Context):
    if not any(list(items(obj.get(slot))) for slot in _ASSESSED_AGAINST):
        return (Hit("/assessed_against_qualifications", Detail(
            "None of assessed_against_qualifications, assessed_against_outcomes and occupational_standards is given.",
            "Ingen av assessed_against_qualifications, assessed_against_outcomes och occupational_standards anges.")),)
    return None


@check(
    "ValidationOfPriorLearning.recognised_learning_outcomes.among-assessed",
    applies_to="ValidationOfPriorLearning",
    source="ValidationOfPriorLearning.recognised_learning_outcomes",
    en="A recognised learning outcome is neither among the learning outcomes assessed against nor a learning outcome of a qualification assessed against.",
    sv="Ett erkänt läranderesultat finns varken bland de läranderesultat som bedömningen gjordes mot eller i en kvalifikation som bedömningen gjordes mot.",
)
def recognised_among_assessed(obj: dict, ctx: Context):
    qualifications = _references(obj.get("assessed_against_qualifications"))
    allowed = _references(obj.get("assessed_against_outcomes"))
    if not qualifications and not allowed:
        return  # assessed against an occupational standard only (or nothing): nothing to compare with
    for identifier in qualifications:
        qualification = ctx.dataset.record(identifier, "Qualification")
        if qualification is None:
            return  # a qualification not validated together: its outcomes are unknown
        allowed |= _references(qualification.get("has_learning_outcome"))
    for index, outcome in items(obj.get("recognised_learning_outcomes")):
        if isinstance(outcome, str) and outcome not in allowed:
            yield Hit(pointer("recognised_learning_outcomes", index))


def _achievement(obj: dict, ctx: Context) -> dict | None:
    return ctx.dataset.record(obj.get("resulting_achievement"), "Achievement")


@check(
    "ValidationOfPriorLearning.validation_date.not-after-achievement",
    applies_to="ValidationOfPriorLearning",
    source="ValidationOfPriorLearning.validation_date",
    en="The validation is dated after the award of the achievement it resulted in.",
    sv="Valideringen är daterad efter tilldelningen av den merit som den resulterade i.",
)
def date_not_after_achievement(obj: dict, ctx: Context):
    achievement, validated = _achievement(obj, ctx), as_date(obj.get("validation_date"))
    if achievement is None or validated is None:
        return None
    awarded = as_date(achievement.get("awarding_date"))
    if awarded is not None and validated > awarded:
        return (Hit("/validation_date", Detail(
            "The date of validation is after the resulting achievement's date of award.",
            "Valideringsdatumet ligger efter datumet då den resulterande meriten tilldelades.")),)
    return None


@check(
    "ValidationOfPriorLearning.resulting_achievement.same-learner",
    applies_to="ValidationOfPriorLearning",
    source="ValidationOfPriorLearning.resulting_achievement",
    en="The resulting achievement was awarded to another person than the one whose learning was validated.",
    sv="Den resulterande meriten tilldelades en annan person än den vars kompetens validerades.",
)
def same_learner(obj: dict, ctx: Context):
    achievement = _achievement(obj, ctx)
    if achievement is None:
        return None
    ours, theirs = obj.get("learner"), achievement.get("learner")
    if isinstance(ours, str) and isinstance(theirs, str) and ours != theirs:
        return (Hit("/resulting_achievement", Detail("The achievement names another learner.", "Meriten anger en annan individ.")),)
    return None


@check(
    "ValidationOfPriorLearning.resulting_achievement.named-at-certification",
    applies_to="ValidationOfPriorLearning",
    severity=Severity.WARNING,
    source="ValidationOfPriorLearning.resulting_achievement",
    en="A validation that has reached certification should name the achievement it resulted in.",
    sv="En validering som har nått certifiering bör ange den merit som den resulterade i.",
)
def named_at_certification(obj: dict, ctx: Context):
    if obj.get("validation_stage") == "certification" and obj.get("resulting_achievement") in (None, ""):
        return (Hit("/resulting_achievement"),)
    return None


@check(
    "StudyResult.grade.in-scale",
    applies_to="StudyResult",
    source="StudyResult.grade",
    en="The grade is not a step of the grading scale given.",
    sv="Betyget är inte ett steg i den angivna betygsskalan.",
)
def grade_in_scale(obj: dict, ctx: Context):
    steps, grade = SCALE_STEPS.get(obj.get("grading_scale")), as_text(obj.get("grade"))
    if steps is not None and grade is not None and grade.upper() not in steps:
        return (Hit("/grade", Detail(
            f"The scale {obj.get('grading_scale')} has the steps {', '.join(sorted(steps))}.",
            f"Skalan {obj.get('grading_scale')} har stegen {', '.join(sorted(steps))}.")),)
    return None
