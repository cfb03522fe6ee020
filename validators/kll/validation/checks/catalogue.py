"""Catalogue rules: what a DCAT catalogue must say about a restricted service (catalogue.yaml).

A data service that is not public carries data that only some may read; its endpoint is reached
over HTTPS, so that neither the caller's credentials nor the data cross the network in the clear
(decision record 0031). A public service is left to the pattern of ``endpoint_url``, which allows
``http`` for the services that still serve open data without TLS.

Details name the slot, never the URL.
"""

from __future__ import annotations

from .base import Context, Hit, check

NOT_PUBLIC = frozenset({"RESTRICTED", "NON_PUBLIC"})


@check(
    "DataService.endpoint_url.https-when-not-public",
    applies_to="DataService",
    source="DataService.endpoint_url",
    en="A data service whose access rights are restricted or non-public must have an https endpoint URL.",
    sv="En datatjänst med begränsade eller ej offentliga åtkomsträttigheter måste ha en slutpunkts-URL med https.",
)
def https_when_not_public(obj: dict, ctx: Context):
    url = obj.get("endpoint_url")
    if obj.get("access_rights") in NOT_PUBLIC and isinstance(url, str) and not url.lower().startswith("https://"):
        yield Hit("/endpoint_url")
