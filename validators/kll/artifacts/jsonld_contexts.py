"""The well-known JSON-LD contexts, shipped with the package and resolved by URL — never fetched.

A JSON-LD document may name its ``@context`` by URL (the ELM v3 samples name the W3C Verifiable
Credentials context and the EDC application-profile context). kll reads nothing from the network
(promise 8 of the design), so a context named by URL is replaced by the package's own copy of
that document before the JSON-LD is parsed; a URL that is not one of the contexts below is still
refused, naming where in the file it is. The copies and where each came from:
``kll/adapters/standards/elm/PROVENANCE.md``.

    from kll.artifacts.jsonld_contexts import resolve_contexts, UnknownContext
    document = resolve_contexts(document)     # every known context URL replaced by its content
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from .jsonpointer import pointer_token

__all__ = ["KNOWN_CONTEXTS", "UnknownContext", "context_document", "resolve_contexts"]

#: Where the vendored ELM definitions and contexts are (package data).
STANDARDS = Path(__file__).parents[1] / "adapters" / "standards" / "elm"

#: Context URL -> the vendored file (in ``kll/adapters/standards/elm/``) that holds it.
KNOWN_CONTEXTS: dict[str, str] = {
    # W3C Verifiable Credentials Data Model 1.1 and 2.0 (from the npm packages' repositories)
    "https://www.w3.org/2018/credentials/v1": "credentials-v1.jsonld",
    "https://www.w3.org/ns/credentials/v2": "credentials-v2.jsonld",
    # the European Digital Credentials application profile of ELM v3, as the samples name it;
    # data.europa.eu serves the same document over https
    "http://data.europa.eu/snb/model/context/edc-ap": "edc-ap-context.jsonld",
    "https://data.europa.eu/snb/model/context/edc-ap": "edc-ap-context.jsonld",
}


class UnknownContext(Exception):
    """A context named by a URL that is not shipped (or an ``@import``): it would have to be
    fetched, and kll fetches nothing. ``pointer`` is where in the document it is named."""

    def __init__(self, pointer: str) -> None:
        super().__init__(pointer)
        self.pointer = pointer


@lru_cache(maxsize=None)
def _load(filename: str) -> str:
    return (STANDARDS / filename).read_text(encoding="utf-8")


def context_document(url: str) -> Any | None:
    """The ``@context`` value of the shipped document at ``url`` (a fresh copy), or None when
    the URL is not one of ``KNOWN_CONTEXTS``."""
    filename = KNOWN_CONTEXTS.get(url)
    if filename is None:
        return None
    return copy.deepcopy(json.loads(_load(filename))["@context"])


def resolve_contexts(document: Any, pointer: str = "") -> Any:
    """``document`` with every context URL replaced by the shipped context (in place, and
    returned). ``UnknownContext`` for a URL that is not shipped and for ``@import`` (whose value
    is always a document elsewhere)."""
    if isinstance(document, list):
        for position, item in enumerate(document):
            resolve_contexts(item, f"{pointer}/{position}")
    elif isinstance(document, dict):
        for key, value in list(document.items()):
            here = f"{pointer}/{pointer_token(key)}"
            if key == "@import":
                raise UnknownContext(here)
            if key == "@context":
                document[key] = _resolve_context_value(value, here)
            else:
                resolve_contexts(value, here)
    return document


def _resolve_context_value(value: Any, pointer: str) -> Any:
    """One ``@context`` value: a URL, an inline context, or a list of both."""
    if isinstance(value, str):
        resolved = context_document(value)
        if resolved is None:
            raise UnknownContext(pointer)
        return resolved
    if isinstance(value, list):
        return [_resolve_context_value(item, f"{pointer}/{position}") for position, item in enumerate(value)]
    if isinstance(value, dict):
        # an inline context may itself hold scoped contexts or an @import
        resolve_contexts(value, pointer)
    return value
