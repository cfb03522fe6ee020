"""The words of the decision log in both languages: statuses, tracks, interoperability layers and
the labels of a record's metadata, so that the index and the site's record pages say the same thing
in Swedish and in English (the binding Swedish terms of docs/design/issue-19.md)."""

from __future__ import annotations

__all__ = ["FIELD_LABELS", "LAYER_WORDS", "SCOPE_WORDS", "STATUS_WORDS", "word"]

#: decision_status -> (English, Swedish).
STATUS_WORDS: dict[str, tuple[str, str]] = {
    "accepted": ("accepted", "antaget"), "proposed": ("proposed", "föreslaget"),
    "draft": ("draft", "utkast"), "superseded": ("superseded", "ersatt"),
    "deprecated": ("deprecated", "utfasat"), "rejected": ("rejected", "avslaget"),
    "withdrawn": ("withdrawn", "tillbakadraget"),
}
#: decision_scope -> the approval track, (English, Swedish).
SCOPE_WORDS: dict[str, tuple[str, str]] = {
    "ecosystem": ("ecosystem", "ekosystemspåret"), "module": ("module", "modulspåret"),
}
#: The European Interoperability Framework's layers, (English, Swedish).
LAYER_WORDS: dict[str, tuple[str, str]] = {
    "legal": ("legal", "rättslig"), "organisational": ("organisational", "organisatorisk"),
    "semantic": ("semantic", "semantisk"), "technical": ("technical", "teknisk"),
}
#: Front-matter key -> the label of its row on the record's page, (English, Swedish).
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "decision_status": ("Status", "Status"), "decision_scope": ("Scope", "Beslutsväg"),
    "owning_agency": ("Owning agency", "Ansvarig myndighet"),
    "decision_makers": ("Decision makers", "Beslutsfattare"), "consulted": ("Consulted", "Rådfrågade"),
    "informed": ("Informed", "Informerade"), "model_modules": ("Modules", "Moduler"),
    "interoperability_layers": ("Interoperability layers", "Interoperabilitetsnivåer"),
    "date_created": ("Created", "Skapat"), "last_updated": ("Last updated", "Senast ändrat"),
    "date_accepted": ("Accepted", "Antaget"), "date_rejected": ("Rejected", "Avslaget"),
    "date_withdrawn": ("Withdrawn", "Tillbakadraget"), "date_deprecated": ("Deprecated", "Utfasat"),
    "supersedes": ("Supersedes", "Ersätter"), "superseded_by": ("Superseded by", "Ersatt av"),
    "amends": ("Amends", "Ändrar"), "resolution": ("Resolution", "Beslut"),
}


def word(table: dict[str, tuple[str, str]], key: object, language: str) -> str:
    """The word for ``key`` in ``language`` (``en`` or ``sv``); a value outside the table is shown as
    it is, since the checker reports it and the page must still build."""
    pair = table.get(str(key))
    if pair is None:
        return str(key)
    return pair[1] if language == "sv" else pair[0]
