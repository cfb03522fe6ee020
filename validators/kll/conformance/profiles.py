"""Profiles: one conformance class per ecosystem role.

A profile names the classes it covers and its levels: ``core`` holds the MUST rules (violations)
of those classes, ``full`` adds the SHOULD rules (warnings). A rule belongs to a profile when its
source element is one of the profile's classes, or a value object reachable from them, or it is
an engine or dataset-wide rule (reading input, references, identifiers), which every profile has.

A profile may also list, under ``rules:``, rules that only it turns on: the project's own demands
of its role beyond the standard the model follows (``kll.validation.checks.profile_rules``). Such a rule is
reported only when that profile is chosen: ``hidden_rules(profile)`` (from the rule catalogue,
``kll.validation.catalogue``) names the rules a run must not report, and ``kll.validate.validate(profile=...)`` leaves their findings out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ..artifacts.modelindex import model_index
from ..artifacts.paths import profiles_dir
from ..validation.catalogue import Rule, catalogue, hidden_rules
from ..validation.severity import Severity

__all__ = ["Profile", "load_profiles", "LEVELS", "profiles_dir", "hidden_rules", "limit_to_profile", "shared_rules"]

LEVELS = {"core": frozenset({Severity.VIOLATION}), "full": frozenset({Severity.VIOLATION, Severity.WARNING})}
_SHARED_PREFIXES = ("input.", "package.", "record.", "semantic.", "reference.", "identifier.")


def shared_rules() -> frozenset[str]:
    """The rules every profile checks: reading input, package structure, record classes,
    references and identifiers."""
    return frozenset(rule_id for rule_id in catalogue() if rule_id.startswith(_SHARED_PREFIXES))


@dataclass(frozen=True)
class Profile:
    id: str
    version: str
    title_en: str
    title_sv: str
    description_en: str
    roles: tuple[str, ...]
    classes: tuple[str, ...]
    extra_rules: tuple[str, ...] = ()  # rules only this profile turns on (``rules:``)

    def covered_classes(self) -> frozenset[str]:
        """The profile's classes, their descendants, every value-object class inside them, and the
        concrete ancestors of those (a Fee is a MonetaryAmount)."""
        index = model_index()
        found: set[str] = set()
        stack = [c for c in index.classes if any(index.is_a(c, own) for own in self.classes)]
        while stack:
            name = stack.pop()
            if name in found:
                continue
            found.add(name)
            for slot in index.classes[name].slots.values():
                if slot.kind == "object" and slot.range:
                    stack.extend(c for c in index.classes if index.is_a(c, slot.range))
        ancestors = {a for name in found for a in index.classes[name].ancestors if index.is_record_class(a)}
        return frozenset(found | ancestors)

    def rules(self, level: str = "full") -> dict[str, Rule]:
        """The profile's rules at a level, by ID."""
        severities = LEVELS[level]
        covered = self.covered_classes()
        others = hidden_rules(self.id)
        return {
            rule_id: rule
            for rule_id, rule in catalogue().items()
            if rule.severity in severities and rule_id not in others
            and (rule_id in self.extra_rules or rule_id.startswith(_SHARED_PREFIXES) or rule.source.split(".")[0] in covered)
        }


@cache
def load_profiles(root: Path | None = None) -> dict[str, Profile]:
    """Every profile in ``conformance/profiles``, checked: ids match file names, classes exist."""
    index = model_index()
    profiles = {}
    for path in sorted(profiles_dir(root).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        profile = Profile(
            id=data["id"], version=str(data["version"]), title_en=data["title"]["en"], title_sv=data["title"]["sv"],
            description_en=data["description"]["en"], roles=tuple(data["roles"]), classes=tuple(data["classes"]),
            extra_rules=tuple(data.get("rules") or ()),
        )
        if profile.id != path.stem:
            raise ValueError(f"{path.name}: id {profile.id!r} does not match the file name")
        unknown = [c for c in profile.classes if c not in index.classes]
        if unknown:
            raise ValueError(f"{path.name}: unknown classes {unknown}")
        unknown = [r for r in profile.extra_rules if r not in catalogue()]
        if unknown:
            raise ValueError(f"{path.name}: rules that are in no catalogue {unknown}")
        profiles[profile.id] = profile
    return profiles


def limit_to_profile(report, profile: str, level: str):
    """``report`` with only the findings of ``profile``'s rules at ``level`` (changed in place and
    returned): what ``kll validate --profile`` and the service report. Input errors and conversion
    findings are about the file, not a profile's rules, so they are never hidden."""
    from ..adapters import CONVERSION_RULES
    from ..validation.report import Stage

    rules = load_profiles()[profile].rules(level)
    from ..validation.findings_store import keep_findings

    report.findings = keep_findings(report.findings, lambda f: f.rule in rules or f.stage is Stage.INPUT or f.rule in CONVERSION_RULES)
    return report
