"""Rules of the register of data flows and agreements (model/governance.yaml; decision record 0028).

* An approved data flow with personal data names its legal basis (a statute reference and the
  GDPR article) and the secrecy assessment made before approval: the report (section 5.3) has the
  legal questions answered "innan klartecken kan ges till föreslagna informationsflöden".
* An approved flow gives the date it was approved.
* A review date that has passed is a warning. "Passed" is judged against the run's reference date
  (``kll validate --reference-date``, default today, named in every report), never against the
  clock alone, so the verdict on a file does not change by itself.
"""

from __future__ import annotations

from ..severity import Severity
from .base import Context, Detail, Hit, check
from ._common import as_date

#: The states in which data flows (or may flow again), so that an overdue review matters.
_LIVE = frozenset({"approved", "suspended"})


def _empty(value) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _approved_with_personal_data(obj: dict) -> bool:
    return obj.get("approval_status") == "approved" and obj.get("contains_personal_data") is True


@check(
    "DataFlow.statutory_basis.required-for-personal-data",
    applies_to="DataFlow",
    source="DataFlow.statutory_basis",
    en="The approved data flow carries personal data but does not name its legal basis: a statute reference and the legal basis under Article 6(1) of the GDPR.",
    sv="Det godkända dataflödet innehåller personuppgifter men anger inte sin rättsliga grund: en författningshänvisning och den rättsliga grunden enligt artikel 6.1 i dataskyddsförordningen.",
)
def legal_basis_for_personal_data(obj: dict, ctx: Context):
    if not _approved_with_personal_data(obj):
        return None
    return [Hit(f"/{slot}", detail) for slot, detail in (
        ("statutory_basis", Detail("No statute reference is given.", "Ingen författningshänvisning anges.")),
        ("gdpr_legal_basis", Detail(
            "No legal basis under Article 6(1) of the GDPR is given.", "Ingen rättslig grund enligt artikel 6.1 i dataskyddsförordningen anges.")),
    ) if _empty(obj.get(slot))]


@check(
    "DataFlow.secrecy_assessment.required-for-personal-data",
    applies_to="DataFlow",
    source="DataFlow.secrecy_assessment",
    en="The approved data flow carries personal data but has no secrecy assessment.",
    sv="Det godkända dataflödet innehåller personuppgifter men saknar sekretessbedömning.",
)
def secrecy_assessment_for_personal_data(obj: dict, ctx: Context):
    if _approved_with_personal_data(obj) and _empty(obj.get("secrecy_assessment")):
        return (Hit("/secrecy_assessment"),)
    return None


@check(
    "DataFlow.approval_date.required-when-approved",
    applies_to="DataFlow",
    source="DataFlow.approval_date",
    en="The data flow is approved but does not give the date it was approved.",
    sv="Dataflödet är godkänt men anger inte när det godkändes.",
)
def approval_date_when_approved(obj: dict, ctx: Context):
    if obj.get("approval_status") == "approved" and _empty(obj.get("approval_date")):
        return (Hit("/approval_date"),)
    return None


@check(
    "DataFlow.review_due_date.passed",
    applies_to="DataFlow",
    severity=Severity.WARNING,
    source="DataFlow.review_due_date",
    en="The review date of the data flow has passed (judged against the reference date of the report).",
    sv="Dataflödets omprövningsdatum har passerats (bedömt mot rapportens referensdatum).",
)
def review_date_passed(obj: dict, ctx: Context):
    if obj.get("approval_status") not in _LIVE:
        return None
    due = as_date(obj.get("review_due_date"))
    if due is not None and due < ctx.reference_date:
        return (Hit("/review_due_date", Detail(
            f"The review was due on {due.isoformat()}; the reference date is {ctx.reference_date.isoformat()}.",
            f"Översynen skulle ha gjorts senast {due.isoformat()}; referensdatumet är {ctx.reference_date.isoformat()}.")),)
    return None
