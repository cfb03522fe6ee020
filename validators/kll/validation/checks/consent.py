"""Consent rules: every sharing event is traceable to a valid consent (individual.yaml).

A sharing receipt must be covered by the consent it refers to: the time of sharing lies within the
consent's validity period, after it was given and before any revocation; the status is not
refused; the shared categories are among the consented ones; and the recipient, data subject and
(where the consent names one) data holder are those of the consent. Each way of failing has its own
rule ID. A receipt whose consent is not among the records validated together is left to
``reference.unresolved``.

No data request, consent or sharing receipt carries the contact data of a person with protected
personal data (decision record 0035). A data request in state shared refers to its consent; a
consent has a time of revocation exactly when its status is withdrawn or revoked, and was not
revoked before it was given; and it is not to be disposed of before the last day on which it
authorises sharing (decision record 0034).

Details name slots and categories, never the person or the identifiers involved.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from .base import Context, Detail, Hit, check
from ._common import as_date, as_datetime, before, items, pointer

REVOKED_STATUSES = frozenset({"withdrawn", "revoked"})
_CODE = re.compile(r"[a-z]+(-[a-z]+)*")
SWEDEN = ZoneInfo("Europe/Stockholm")


def _consent(obj: dict, ctx: Context) -> dict | None:
    return ctx.dataset.record(obj.get("consent"), "Consent")


@check(
    "SharingReceipt.consent.not-active",
    applies_to="SharingReceipt",
    source="SharingReceipt.shared_at",
    en="The data was shared outside the validity period of the consent or before the consent was given.",
    sv="Uppgifterna delades utanför samtyckets giltighetstid eller innan samtycket hade lämnats.",
)
def consent_active(obj: dict, ctx: Context):
    consent, shared = _consent(obj, ctx), as_datetime(obj.get("shared_at"))
    if consent is None or shared is None:
        return
    # Validity dates are Swedish calendar days: an instant is judged by the day it falls on in
    # Sweden, however its offset is written (a naive time is taken as Swedish local time).
    day = shared.astimezone(SWEDEN).date() if shared.tzinfo is not None else shared.date()
    valid_from, valid_until = as_date(consent.get("valid_from")), as_date(consent.get("valid_until"))
    given = as_datetime(consent.get("given_at"))
    if valid_from is not None and day < valid_from:
        yield Hit("/shared_at", Detail(
            "The sharing is before the first day of the consent's validity.", "Delningen är före samtyckets första giltighetsdag."))
    elif valid_until is not None and day > valid_until:
        yield Hit("/shared_at", Detail(
            "The sharing is after the last day of the consent's validity.", "Delningen är efter samtyckets sista giltighetsdag."))
    elif given is not None and before(shared, given):
        yield Hit("/shared_at", Detail(
            "The sharing is before the time at which the consent was given.", "Delningen är före tidpunkten då samtycket lämnades."))


@check(
    "SharingReceipt.consent.refused",
    applies_to="SharingReceipt",
    source="SharingReceipt.consent",
    en="The consent that the sharing refers to was refused.",
    sv="Det samtycke som delningen hänvisar till har avböjts.",
)
def consent_refused(obj: dict, ctx: Context):
    consent = _consent(obj, ctx)
    if consent is not None and consent.get("consent_status") == "refused":
        yield Hit("/consent")


@check(
    "SharingReceipt.consent.revoked",
    applies_to="SharingReceipt",
    source="SharingReceipt.shared_at",
    en="The data was shared after the consent had been withdrawn or revoked.",
    sv="Uppgifterna delades efter att samtycket hade återkallats.",
)
def consent_revoked(obj: dict, ctx: Context):
    consent, shared = _consent(obj, ctx), as_datetime(obj.get("shared_at"))
    if consent is None or shared is None:
        return
    revoked = as_datetime(consent.get("revoked_at"))
    if revoked is not None:
        if not before(shared, revoked):
            yield Hit("/shared_at", Detail(
                "The sharing is at or after the time of revocation.", "Delningen är vid eller efter tidpunkten för återkallelsen."))
    elif consent.get("consent_status") in REVOKED_STATUSES:
        yield Hit("/shared_at", Detail(
            "The consent is withdrawn or revoked without a time of revocation, so the sharing cannot be shown to precede it.",
            "Samtycket är återkallat utan tidpunkt för återkallelsen, så det går inte att visa att delningen skedde före den."))


@check(
    "SharingReceipt.consent.category-not-covered",
    applies_to="SharingReceipt",
    source="SharingReceipt.data_categories",
    en="A shared data category is not among the categories the consent covers.",
    sv="En delad uppgiftskategori ingår inte i de kategorier som samtycket omfattar.",
)
def consent_categories(obj: dict, ctx: Context):
    consent = _consent(obj, ctx)
    if consent is None:
        return
    covered = {value for _, value in items(consent.get("data_categories")) if isinstance(value, str)}
    for index, category in items(obj.get("data_categories")):
        if isinstance(category, str) and category not in covered:
            # The category is echoed only when it has the form of a DataCategory code.
            coded = _CODE.fullmatch(category)
            yield Hit(pointer("data_categories", index), Detail(
                f"The consent does not cover {category if coded else 'this category'}.",
                f"Samtycket omfattar inte {'kategorin ' + category if coded else 'den här kategorin'}."))


#: The parties a receipt and its consent must agree on, in English and Swedish (the model's labels).
_PARTIES = {"recipient": ("recipient", "mottagare"), "data_subject": ("data subject", "registrerad"), "data_holder": ("data holder", "datahållare")}


def _same_party(slot: str):
    def compare(obj: dict, ctx: Context):
        consent = _consent(obj, ctx)
        if consent is None:
            return
        ours, theirs = obj.get(slot), consent.get(slot)
        if isinstance(ours, str) and isinstance(theirs, str) and ours != theirs:
            english, swedish = _PARTIES[slot]
            yield Hit("/" + slot, Detail(f"The consent names another {english}.", f"Samtycket anger en annan {swedish}."))

    compare.__name__ = f"same_{slot}"
    return compare


check(
    "SharingReceipt.consent.recipient-mismatch",
    applies_to="SharingReceipt",
    source="SharingReceipt.recipient",
    en="The recipient of the sharing is not the recipient named in the consent.",
    sv="Mottagaren av delningen är inte den mottagare som samtycket anger.",
)(_same_party("recipient"))

check(
    "SharingReceipt.consent.data-subject-mismatch",
    applies_to="SharingReceipt",
    source="SharingReceipt.data_subject",
    en="The person the shared data is about is not the data subject of the consent.",
    sv="Den person som de delade uppgifterna gäller är inte den registrerade i samtycket.",
)(_same_party("data_subject"))

check(
    "SharingReceipt.consent.data-holder-mismatch",
    applies_to="SharingReceipt",
    source="SharingReceipt.data_holder",
    en="The organisation that shared the data is not the data holder named in the consent.",
    sv="Den organisation som delade uppgifterna är inte den datahållare som samtycket anger.",
)(_same_party("data_holder"))


@check(
    "DataRequest.consent.required-when-shared",
    applies_to="DataRequest",
    source="DataRequest.consent",
    en="A data request in state shared must refer to the consent that authorised the sharing.",
    sv="En dataförfrågan med status shared måste hänvisa till det samtycke som tillät delningen.",
)
def shared_request_consent(obj: dict, ctx: Context):
    if obj.get("request_state") == "shared" and obj.get("consent") in (None, ""):
        yield Hit("/consent")


@check(
    "Consent.revoked_at.required-when-revoked",
    applies_to="Consent",
    source="Consent.revoked_at",
    en="A withdrawn or revoked consent must give the time at which it was withdrawn or revoked.",
    sv="Ett återkallat samtycke måste ange tidpunkten för återkallelsen.",
)
def revoked_needs_time(obj: dict, ctx: Context):
    if obj.get("consent_status") in REVOKED_STATUSES and obj.get("revoked_at") in (None, ""):
        yield Hit("/revoked_at")


@check(
    "Consent.revoked_at.only-when-revoked",
    applies_to="Consent",
    source="Consent.revoked_at",
    en="Only a consent with status withdrawn or revoked may give a time of revocation.",
    sv="Bara ett samtycke med status withdrawn eller revoked får ange en tidpunkt för återkallelse.",
)
def time_needs_revoked(obj: dict, ctx: Context):
    status = obj.get("consent_status")
    if status is not None and status not in REVOKED_STATUSES and obj.get("revoked_at") not in (None, ""):
        yield Hit("/revoked_at")


@check(
    "Consent.revoked_at.after-given",
    applies_to="Consent",
    source="Consent.revoked_at",
    en="The consent was revoked before it was given.",
    sv="Samtycket återkallades innan det lämnades.",
)
def revoked_after_given(obj: dict, ctx: Context):
    given, revoked = as_datetime(obj.get("given_at")), as_datetime(obj.get("revoked_at"))
    if given is not None and revoked is not None and before(revoked, given):
        yield Hit("/revoked_at")


@check(
    "Consent.retained_until.before-valid-until",
    applies_to="Consent",
    source="Consent.retained_until",
    en="The consent is to be disposed of before the last day on which it authorises sharing.",
    sv="Samtycket ska gallras före den sista dag då det tillåter delning.",
)
def retained_through_validity(obj: dict, ctx: Context):
    # A consent thrown away while it still authorises sharing leaves every later transfer unprovable
    # (GDPR Article 7(1)); decision record 0034 asks that it be kept at least that long.
    retained, valid_until = as_date(obj.get("retained_until")), as_date(obj.get("valid_until"))
    if retained is not None and valid_until is not None and retained < valid_until:
        yield Hit("/retained_until")


#: The data category that holds addresses, e-mail addresses and telephone numbers (individual.yaml).
CONTACT_DATA = "contact-data"


def _protected_contact_data(obj: dict, ctx: Context):
    """Hits for ``contact-data`` among the categories when the data subject, a Person validated
    together with the record, has protected personal data (decision record 0035). The detail
    names the category only: whether a person is protected is itself not to be repeated."""
    person = ctx.dataset.record(obj.get("data_subject"), "Person")
    if person is None or person.get("protected_personal_data") is not True:
        return
    for index, category in items(obj.get("data_categories")):
        if category == CONTACT_DATA:
            yield Hit(pointer("data_categories", index))


check(
    "DataRequest.data_categories.protected-contact-data",
    applies_to="DataRequest",
    source="DataRequest.data_categories",
    en="A data request asks for contact data of a person with protected personal data.",
    sv="En dataförfrågan begär kontaktuppgifter om en person med skyddade personuppgifter.",
)(_protected_contact_data)

check(
    "Consent.data_categories.protected-contact-data",
    applies_to="Consent",
    source="Consent.data_categories",
    en="A consent covers contact data of a person with protected personal data.",
    sv="Ett samtycke omfattar kontaktuppgifter om en person med skyddade personuppgifter.",
)(_protected_contact_data)

check(
    "SharingReceipt.data_categories.protected-contact-data",
    applies_to="SharingReceipt",
    source="SharingReceipt.data_categories",
    en="Contact data of a person with protected personal data was shared.",
    sv="Kontaktuppgifter om en person med skyddade personuppgifter har delats.",
)(_protected_contact_data)
