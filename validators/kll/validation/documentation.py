"""The address a report gives for a rule: the rule's page on the documentation site until the
w3id namespace is registered, then the rule's IRI (which redirects to that page).

The rule's IRI stays its identifier either way (decision record 0004); only the link a reader
follows changes. Settings: ``documentation.yaml`` beside this module, and the environment variable
``KLL_DOCS_BASE_URL`` (the site's address), which overrides the shipped ``site_url``.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import yaml

__all__ = ["RULE_IRI_BASE", "DocumentationSettings", "rule_group", "rule_page_path", "rule_documentation", "settings"]

RULE_IRI_BASE = "https://w3id.org/kll/rule/"
ENVIRONMENT = "KLL_DOCS_BASE_URL"


class DocumentationSettings:
    """The shipped settings, with the environment's site address applied."""

    def __init__(self, w3id_registered: bool, site_url: str) -> None:
        self.w3id_registered = w3id_registered
        self.site_url = site_url if not site_url or site_url.endswith("/") else site_url + "/"


def _settings_path() -> Path:
    return Path(__file__).with_name("documentation.yaml")


@cache
def _shipped() -> tuple[bool, str]:
    data = yaml.safe_load(_settings_path().read_text(encoding="utf-8")) or {}
    return bool(data.get("w3id_registered")), str(data.get("site_url") or "")


def settings() -> DocumentationSettings:
    registered, site_url = _shipped()
    return DocumentationSettings(registered, os.environ.get(ENVIRONMENT, "") or site_url)


def rule_group(rule_id: str, classes) -> str:
    """The rules page a rule is listed on: the class its ID starts with, or ``general`` for the
    input, dataset and engine rules (``input.*``, ``reference.*`` …). Taken from the ID alone, so
    that a redirect rule can compute a rule's page from its IRI (w3id/kll/.htaccess)."""
    head = rule_id.split(".")[0]
    return head if head in classes else "general"


@cache
def _class_names() -> frozenset[str]:
    from ..artifacts.modelindex import model_index

    return frozenset(model_index().classes)


def rule_page_path(rule_id: str, language: str = "sv") -> str:
    """The rule's place on the site, relative to the site's root: Swedish at the root, English
    under ``en/`` (the site's language layout), one directory per page."""
    prefix = "en/" if language == "en" else ""
    return f"{prefix}rules/{rule_group(rule_id, _class_names())}/#{rule_id}"


def rule_documentation(rule_id: str, language: str = "sv") -> str:
    """Where a reader of a report learns about the rule: its IRI once registered, else its page."""
    current = settings()
    if current.w3id_registered:
        return RULE_IRI_BASE + rule_id
    return current.site_url + rule_page_path(rule_id, language)
