"""Rules on the structured eligibility of an education (Education.eligibility_requirements, issue 18).

The report calls eligibility information central and asks for it to be completed ("Information om
behörighet är central och behöver kompletteras", section 4.1.2). The structure lies beside the free
text in ``eligibility``; these rules keep it meaningful:

* a specific eligibility states what it requires: a standardised specific eligibility
  (områdesbehörighet), a course requirement or at least a description;
* a minimum grade in a course of Skolverket's course codes (scheme ``gy-course``) is one of the
  passing grades A–E;
* a specific eligibility of a higher-education programme or course (school type HS) names its
  områdesbehörighet or its courses, which the admission rules of higher education always state
  (a warning: a description alone is not wrong, but it leaves a reader to parse text).
"""

from __future__ import annotations

from ..severity import Severity
from .base import Context, Detail, Hit, check
from ._common import as_text, items

#: The passing grades of the upper-secondary grading scale (A highest, E lowest passing grade).
PASSING_GRADES = frozenset("ABCDE")


def _has(value) -> bool:
    return value not in (None, "", [], {})


def _states_requirement(requirement: dict) -> bool:
    return _has(requirement.get("eligibility_area")) or _has(requirement.get("course_requirements"))


@check(
    "EligibilityRequirement.eligibility_kind.specific-states-requirement",
    applies_to="EligibilityRequirement",
    source="EligibilityRequirement.eligibility_kind",
    en="A specific eligibility requirement states nothing: give its områdesbehörighet, its courses or a description.",
    sv="Ett krav på särskild behörighet anger ingenting: ange områdesbehörighet, kurser eller en beskrivning.",
)
def specific_states_requirement(obj: dict, ctx: Context):
    if obj.get("eligibility_kind") == "specific" and not _states_requirement(obj) and not _has(obj.get("description")):
        return (Hit("/eligibility_kind"),)
    return None


@check(
    "CourseRequirement.minimum_grade.grade-scale",
    applies_to="CourseRequirement",
    source="CourseRequirement.minimum_grade",
    en="The minimum grade of an upper-secondary course is not a passing grade of its scale (A–E).",
    sv="Lägsta betyg för en gymnasiekurs är inte ett godkänt betyg i betygsskalan (A–E).",
)
def minimum_grade_on_scale(obj: dict, ctx: Context):
    grade = as_text(obj.get("minimum_grade"))
    if grade is None:
        return None
    upper_secondary = any(
        isinstance(course, dict) and course.get("scheme") == "gy-course" for _, course in items(obj.get("courses"))
    )
    if upper_secondary and grade not in PASSING_GRADES:
        return (Hit("/minimum_grade", Detail(
            "Skolverket's courses are graded A–F; the passing grades are A, B, C, D and E.",
            "Skolverkets kurser betygssätts A–F; godkända betyg är A, B, C, D och E.")),)
    return None


@check(
    "Education.eligibility_requirements.higher-education-specific",
    applies_to="Education",
    severity=Severity.WARNING,
    source="Education.eligibility_requirements",
    en="A specific eligibility of a higher education gives neither its områdesbehörighet nor its courses.",
    sv="En särskild behörighet för en högskoleutbildning anger varken områdesbehörighet eller kurser.",
)
def higher_education_specific(obj: dict, ctx: Context):
    if obj.get("school_type") != "HS":
        return None
    hits = []
    for index, requirement in items(obj.get("eligibility_requirements")):
        if isinstance(requirement, dict) and requirement.get("eligibility_kind") == "specific" and not _states_requirement(requirement):
            hits.append(Hit("/eligibility_requirements" + ("" if index is None else f"/{index}")))
    return hits
