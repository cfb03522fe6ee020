"""Rules about the order of dates and positions, and the dates a decision record's status needs.

* Period, Execution: the end date is not before the start date (core.yaml end_date; Execution).
* Execution with condition 1 (fixed dates) gives both dates (Execution description).
* LevelPlacementDecision, Consent: valid_until is not before valid_from.
* ConceptAnnotation: the end offset is greater than the start offset, and the copied text is as
  long as the span (offsets count Unicode code points, end exclusive).
* ApplicationDetails: the last application date is not before the first; EducationEvent: the
  application period lies on or before the start of the event (known-gaps GAP-SHACL-CROSS-FIELD).
* TimeLength: the maximum length is not smaller than the length.
* DecisionRecord: the date matching the status is given (accepted, rejected, deprecated,
  withdrawn), superseded_by is given exactly when the status is superseded, last_updated is not
  before any other date of the record, and a module-scoped record names its modules.
"""

from __future__ import annotations

from .base import Context, Detail, Hit, check
from ._common import as_date, as_number, as_text, items, out_of_order, slot_label


# --- end on or after start ----------------------------------------------------------------------


@check(
    "Period.end_date.after-start",
    applies_to="Period",
    source="Period.end_date",
    en="The end date of the period is before its start date.",
    sv="Periodens slutdatum ligger före dess startdatum.",
)
def period_order(obj: dict, ctx: Context):
    return out_of_order(obj, "start_date", "end_date")


@check(
    "Execution.end_date.after-start",
    applies_to="Execution",
    source="Execution.end_date",
    en="The end date of the education event is before its start date.",
    sv="Utbildningstillfällets slutdatum ligger före dess startdatum.",
)
def execution_order(obj: dict, ctx: Context):
    return out_of_order(obj, "start_date", "end_date")


def _missing(label: Detail) -> Detail:
    return Detail(f"The {label.en} is missing.", f"{label.sv[:1].upper()}{label.sv[1:]} saknas.")


@check(
    "Execution.execution_condition.fixed-dates",
    applies_to="Execution",
    source="Execution.execution_condition",
    en="An education event scheduled with fixed dates (execution condition 1) must give both its start date and its end date.",
    sv="Ett utbildningstillfälle med fasta datum (genomförandevillkor 1) måste ange både startdatum och slutdatum.",
)
def execution_fixed_dates(obj: dict, ctx: Context):
    if obj.get("execution_condition") == "1":
        return [Hit("/" + slot, _missing(slot_label("Execution", slot))) for slot in ("start_date", "end_date") if obj.get(slot) is None]
    return None


@check(
    "LevelPlacementDecision.valid_until.after-valid-from",
    applies_to="LevelPlacementDecision",
    source="LevelPlacementDecision.valid_until",
    en="The level placement decision is valid until a date before the date it is valid from.",
    sv="Beslutet om nivåplacering gäller till ett datum som ligger före det datum då det börjar gälla.",
)
def decision_validity(obj: dict, ctx: Context):
    return out_of_order(obj, "valid_from", "valid_until")


@check(
    "Consent.valid_until.after-valid-from",
    applies_to="Consent",
    source="Consent.valid_until",
    en="The consent is valid until a date before the date it is valid from.",
    sv="Samtycket gäller till ett datum som ligger före det datum då det börjar gälla.",
)
def consent_validity(obj: dict, ctx: Context):
    return out_of_order(obj, "valid_from", "valid_until")


# --- text spans ---------------------------------------------------------------------------------


def _offsets(obj: dict):
    start, end = as_number(obj.get("start_offset")), as_number(obj.get("end_offset"))
    return (start, end) if start is not None and end is not None else (None, None)


@check(
    "ConceptAnnotation.end_offset.after-start",
    applies_to="ConceptAnnotation",
    source="ConceptAnnotation.end_offset",
    en="The end offset of the annotated span must be greater than its start offset.",
    sv="Slutpositionen för det annoterade avsnittet måste vara större än startpositionen.",
)
def annotation_offsets(obj: dict, ctx: Context):
    start, end = _offsets(obj)
    if start is not None and end <= start:
        yield Hit("/end_offset")


@check(
    "ConceptAnnotation.annotated_text.matches-offsets",
    applies_to="ConceptAnnotation",
    source="ConceptAnnotation.annotated_text",
    en="The annotated text is not as long as the span between the offsets, counted in Unicode code points.",
    sv="Den annoterade texten är inte lika lång som avsnittet mellan positionerna, räknat i Unicode-kodpunkter.",
)
def annotation_text_length(obj: dict, ctx: Context):
    start, end = _offsets(obj)
    text = as_text(obj.get("annotated_text"))
    if text is None or start is None or end <= start:
        return
    span = int(end - start)
    if len(text) != span:
        # Says how the lengths differ, never what the text is.
        utf16 = len(text.encode("utf-16-le")) // 2
        hint = Detail(" The offsets look like UTF-16 code units.", " Positionerna ser ut att vara räknade i UTF-16-kodenheter.") if utf16 == span else Detail("", "")
        yield Hit("/annotated_text", Detail(
            f"The text has {len(text)} code points; the span has {span}.{hint.en}",
            f"Texten har {len(text)} kodpunkter; avsnittet har {span}.{hint.sv}"))


# --- application period -------------------------------------------------------------------------


@check(
    "ApplicationDetails.application_deadline.after-start",
    applies_to="ApplicationDetails",
    source="ApplicationDetails.application_deadline",
    en="The last application date is before the first application date.",
    sv="Sista ansökningsdag ligger före första ansökningsdag.",
)
def application_order(obj: dict, ctx: Context):
    return out_of_order(obj, "application_start_date", "application_deadline")


@check(
    "EducationEvent.application.before-start",
    applies_to="EducationEvent",
    source="EducationEvent.application",
    en="The application period must open and close on or before the start date of the education event.",
    sv="Ansökningsperioden måste börja och sluta senast på utbildningstillfällets startdag.",
)
def application_before_start(obj: dict, ctx: Context):
    execution, application = obj.get("execution"), obj.get("application")
    if not isinstance(execution, dict) or not isinstance(application, dict):
        return None
    start = as_date(execution.get("start_date"))
    if start is None:
        return None
    hits = []
    for slot in ("application_start_date", "application_deadline"):
        day = as_date(application.get(slot))
        if day is not None and day > start:
            label = slot_label("ApplicationDetails", slot)
            hits.append(Hit("/application/" + slot, Detail(
                f"The {label.en} is after the start date.", f"{label.sv[:1].upper()}{label.sv[1:]} ligger efter startdatumet.")))
    return hits


# --- lengths ------------------------------------------------------------------------------------


@check(
    "TimeLength.length_max.not-below-length",
    applies_to="TimeLength",
    source="TimeLength.length_max",
    en="The maximum length is smaller than the length.",
    sv="Den maximala längden är mindre än längden.",
)
def length_range(obj: dict, ctx: Context):
    low, high = as_number(obj.get("length")), as_number(obj.get("length_max"))
    if low is not None and high is not None and high < low:
        yield Hit("/length_max")


# --- decision records ---------------------------------------------------------------------------

_STATUS_DATES = {
    "accepted": (
        "date_accepted",
        "A decision record with status accepted must give the date on which it was accepted.",
        "Ett antaget beslutsdokument måste ange datumet då det antogs.",
    ),
    "rejected": (
        "date_rejected",
        "A decision record with status rejected must give the date on which it was rejected.",
        "Ett avslaget beslutsdokument måste ange datumet då det avslogs.",
    ),
    "deprecated": (
        "date_deprecated",
        "A decision record with status deprecated must give the date from which it no longer applies.",
        "Ett utfasat beslutsdokument måste ange datumet från vilket det inte längre gäller.",
    ),
    "withdrawn": (
        "date_withdrawn",
        "A decision record with status withdrawn must give the date on which it was withdrawn.",
        "Ett återkallat beslutsdokument måste ange datumet då det återkallades.",
    ),
}


def _status_date_check(status: str):
    slot, en, sv = _STATUS_DATES[status]

    @check(f"DecisionRecord.{slot}.required-for-status", applies_to="DecisionRecord", source=f"DecisionRecord.{slot}", en=en, sv=sv)
    def status_date(obj: dict, ctx: Context):
        if obj.get("decision_status") == status and obj.get(slot) in (None, ""):
            yield Hit("/" + slot)

    status_date.__name__ = f"{slot}_required_for_status"
    return status_date


for _status in _STATUS_DATES:
    _status_date_check(_status)


def _has_values(value) -> bool:
    return value not in (None, "", [])


@check(
    "DecisionRecord.superseded_by.required-for-status",
    applies_to="DecisionRecord",
    source="DecisionRecord.superseded_by",
    en="A superseded decision record must name the records that supersede it.",
    sv="Ett ersatt beslutsdokument måste ange de dokument som ersätter det.",
)
def superseded_needs_successor(obj: dict, ctx: Context):
    if obj.get("decision_status") == "superseded" and not _has_values(obj.get("superseded_by")):
        yield Hit("/superseded_by")


@check(
    "DecisionRecord.superseded_by.only-when-superseded",
    applies_to="DecisionRecord",
    source="DecisionRecord.superseded_by",
    en="Only a decision record with status superseded may name records that supersede it.",
    sv="Bara ett beslutsdokument med status ersatt får ange dokument som ersätter det.",
)
def successor_needs_superseded(obj: dict, ctx: Context):
    status = obj.get("decision_status")
    if status is not None and status != "superseded" and _has_values(obj.get("superseded_by")):
        yield Hit("/superseded_by")


_RECORD_DATES = ("date_created", "date_accepted", "date_rejected", "date_deprecated", "date_withdrawn")


@check(
    "DecisionRecord.last_updated.not-before-other-dates",
    applies_to="DecisionRecord",
    source="DecisionRecord.last_updated",
    en="The date the decision record was last updated is before another date in the record.",
    sv="Datumet då beslutsdokumentet senast uppdaterades ligger före ett annat datum i det.",
)
def last_updated_latest(obj: dict, ctx: Context):
    updated = as_date(obj.get("last_updated"))
    if updated is None:
        return
    later = [slot for slot in _RECORD_DATES if (day := as_date(obj.get(slot))) is not None and day > updated]
    if later:
        labels = [slot_label("DecisionRecord", slot) for slot in later]
        yield Hit("/last_updated", Detail(
            "It is before: " + ", ".join(label.en for label in labels) + ".",
            "Det ligger före: " + ", ".join(label.sv for label in labels) + "."))


@check(
    "DecisionRecord.model_modules.required-for-scope",
    applies_to="DecisionRecord",
    source="DecisionRecord.model_modules",
    en="A decision record whose scope is module must name at least one module of the model.",
    sv="Ett beslutsdokument med omfattningen modul måste ange minst en modul i modellen.",
)
def modules_for_module_scope(obj: dict, ctx: Context):
    if obj.get("decision_scope") == "module" and not any(True for _ in items(obj.get("model_modules"))):
        yield Hit("/model_modules")


@check(
    "DecisionRecord.resolution.required-for-accepted-ecosystem",
    applies_to="DecisionRecord",
    source="DecisionRecord.resolution",
    en="An accepted ecosystem decision must link to the minutes of the forum meeting that took it.",
    sv="Ett beslutat ekosystembeslut måste länka till protokollet från det forumsmöte där det fattades.",
)
def resolution_for_accepted_ecosystem(obj: dict, ctx: Context):
    if obj.get("decision_status") == "accepted" and obj.get("decision_scope") == "ecosystem" and obj.get("resolution") in (None, ""):
        yield Hit("/resolution")
