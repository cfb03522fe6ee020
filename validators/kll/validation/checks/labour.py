"""Rules of the labour-market module (model/labour.yaml; ground rules in decision record 0026).

* JobPosting: the application deadline is not before the publication date; the employer should
  carry its organisationsnummer; the county code is the first two digits of the workplace's
  municipality code; the employment type and the working time are codes of the shipped JobTech
  lists of those concept types.
* JobPosting, OccupationOutlook, SkillsDemand: a county code is one of the 21 counties.
* OccupationOutlook: it is issued no later than the end of the period it is about. That the
  demand level names its scale needs no rule of its own: the slot takes only a local scheme
  (accepted_schemes), and a local scheme must give its version (ConceptReference rules).
* SkillsDemand: a count is a whole number and a share lies between 0 and 1; a municipality is one
  of the 290 and lies in the county given with it.
"""

from __future__ import annotations

from decimal import Decimal

from ...artifacts.codelists import load
from ..severity import Severity
from .base import Context, Detail, Hit, check
from ._common import as_date, as_number, as_text, out_of_order

_COUNTS = frozenset({"job-postings", "positions"})


def _county_in_list(obj: dict, ctx: Context):
    code = as_text(obj.get("county_code"))
    if code is not None and code not in load("county"):
        return (Hit("/county_code", Detail(
            "The code is not one of the 21 counties of the shipped list (län, SCB).",
            "Koden är inte något av de 21 länen i den medföljande listan (SCB).")),)
    return None


for _class, _en, _sv in (
    ("JobPosting", "The county code of the job posting is not the code of a Swedish county.", "Platsannonsens länskod är inte koden för ett svenskt län."),
    ("OccupationOutlook", "The county code of the occupation outlook is not the code of a Swedish county.", "Yrkesprognosens länskod är inte koden för ett svenskt län."),
    ("SkillsDemand", "The county code of the statistic is not the code of a Swedish county.", "Statistikuppgiftens länskod är inte koden för ett svenskt län."),
):
    check(f"{_class}.county_code.in-code-list", applies_to=_class, source=f"{_class}.county_code", en=_en, sv=_sv)(_county_in_list)


def _county_mismatch(county: object, municipality: object, pointer: str):
    county, municipality = as_text(county), as_text(municipality)
    if county and municipality and len(municipality) == 4 and municipality[:2] != county:
        return (Hit(pointer, Detail(
            "The first two digits of a municipality code are the code of its county.",
            "De två första siffrorna i en kommunkod är koden för kommunens län.")),)
    return None


# --- JobPosting -----------------------------------------------------------------------------------


@check(
    "JobPosting.application_deadline_of_posting.after-publication",
    applies_to="JobPosting",
    source="JobPosting.application_deadline_of_posting",
    en="The application deadline of the job posting is before its publication date.",
    sv="Platsannonsens sista ansökningsdag ligger före dess publiceringsdatum.",
)
def deadline_after_publication(obj: dict, ctx: Context):
    return out_of_order(obj, "publication_date", "application_deadline_of_posting")


@check(
    "JobPosting.employer.organisation-number",
    applies_to="JobPosting",
    severity=Severity.WARNING,
    source="JobPosting.employer",
    en="The employer of the job posting has no organisation number; an employer is identified by its organisationsnummer.",
    sv="Platsannonsens arbetsgivare saknar organisationsnummer; en arbetsgivare identifieras med sitt organisationsnummer.",
)
def employer_has_organisation_number(obj: dict, ctx: Context):
    employer = ctx.dataset.record(obj.get("employer"), "Organisation")
    if employer is not None and not as_text(employer.get("organisation_number")):
        return (Hit("/employer"),)
    return None


@check(
    "JobPosting.county_code.matches-municipality",
    applies_to="JobPosting",
    source="JobPosting.county_code",
    en="The county code of the job posting is not the county of its workplace's municipality.",
    sv="Platsannonsens länskod är inte länet för arbetsplatsens kommun.",
)
def posting_county_matches(obj: dict, ctx: Context):
    address = obj.get("workplace_address")
    municipality = address.get("municipality_code") if isinstance(address, dict) else None
    return _county_mismatch(obj.get("county_code"), municipality, "/county_code")


def _jobtech_list_member(obj: dict, slot: str, list_name: str):
    reference = obj.get(slot)
    if not isinstance(reference, dict) or as_text(reference.get("scheme")) != "jobtech-taxonomy":
        return None
    code = as_text(reference.get("code"))
    codes = load(list_name)
    if code is not None and code not in codes:
        return (Hit(f"/{slot}/code", Detail(
            f"The code is not in {codes.title} ({codes.name}, taxonomy version {codes.version}).",
            f"Koden finns inte i {codes.title_sv or codes.title} ({codes.name}, taxonomiversion {codes.version}).")),)
    return None


@check(
    "JobPosting.employment_type.in-code-list",
    applies_to="JobPosting",
    source="JobPosting.employment_type",
    en="The employment type is not a JobTech concept of type employment-type.",
    sv="Anställningsformen är inte ett JobTech-begrepp av typen employment-type.",
)
def employment_type_listed(obj: dict, ctx: Context):
    return _jobtech_list_member(obj, "employment_type", "jobtech-employment-type")


@check(
    "JobPosting.working_time.in-code-list",
    applies_to="JobPosting",
    source="JobPosting.working_time",
    en="The working time is not a JobTech concept of type worktime-extent.",
    sv="Arbetstiden är inte ett JobTech-begrepp av typen worktime-extent.",
)
def working_time_listed(obj: dict, ctx: Context):
    return _jobtech_list_member(obj, "working_time", "jobtech-worktime-extent")


# --- OccupationOutlook ----------------------------------------------------------------------------


@check(
    "OccupationOutlook.issued.not-after-period",
    applies_to="OccupationOutlook",
    source="OccupationOutlook.issued",
    en="The occupation outlook is issued after the end of the period it is about: it is then an outcome, not an outlook.",
    sv="Yrkesprognosen är utgiven efter slutet av den period den gäller: den är då ett utfall, inte en prognos.",
)
def issued_not_after_period(obj: dict, ctx: Context):
    period = obj.get("outlook_period")
    end = as_date(period.get("end_date")) if isinstance(period, dict) else None
    issued = as_date(obj.get("issued"))
    if issued is not None and end is not None and issued > end:
        return (Hit("/issued"),)
    return None


# --- SkillsDemand ---------------------------------------------------------------------------------


@check(
    "SkillsDemand.observation_value.fits-measure",
    applies_to="SkillsDemand",
    source="SkillsDemand.observation_value",
    en="The value does not fit its measure: a count is a whole number, a share lies between 0 and 1.",
    sv="Värdet passar inte sitt mått: ett antal är ett heltal, en andel ligger mellan 0 och 1.",
)
def value_fits_measure(obj: dict, ctx: Context):
    measure, value = as_text(obj.get("demand_measure")), as_number(obj.get("observation_value"))
    if value is None or measure is None:
        return None
    number = Decimal(str(value))
    if measure in _COUNTS and number != number.to_integral_value():
        return (Hit("/observation_value", Detail(
            "A count of job postings or positions is a whole number.", "Ett antal platsannonser eller tjänster är ett heltal.")),)
    if measure == "share-of-postings" and number > 1:
        return (Hit("/observation_value", Detail(
            "A share of postings lies between 0 and 1.", "En andel av platsannonserna ligger mellan 0 och 1.")),)
    return None


@check(
    "SkillsDemand.municipality_code.in-code-list",
    applies_to="SkillsDemand",
    source="SkillsDemand.municipality_code",
    en="The municipality code of the statistic is not the code of a Swedish municipality.",
    sv="Statistikuppgiftens kommunkod är inte koden för en svensk kommun.",
)
def demand_municipality_listed(obj: dict, ctx: Context):
    code = as_text(obj.get("municipality_code"))
    if code is not None and code not in load("municipality"):
        return (Hit("/municipality_code", Detail(
            "The code is not one of the 290 municipalities of the shipped list (SCB).",
            "Koden är inte någon av de 290 kommunerna i den medföljande listan (SCB).")),)
    return None


@check(
    "SkillsDemand.county_code.matches-municipality",
    applies_to="SkillsDemand",
    source="SkillsDemand.county_code",
    en="The county code of the statistic is not the county of its municipality.",
    sv="Statistikuppgiftens länskod är inte länet för dess kommun.",
)
def demand_county_matches(obj: dict, ctx: Context):
    return _county_mismatch(obj.get("county_code"), obj.get("municipality_code"), "/county_code")
