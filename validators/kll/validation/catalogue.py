"""The rule catalogue: every rule a report can name, with its severity, messages and source.

Three kinds of rules, one list:

* **generated** from the model — one SHACL shape per constraint (``generated/shacl/kll.shacl.ttl``),
  also checked by the JSON Schema where JSON Schema can express it;
* **rules stage** — Python checks of what neither JSON Schema nor SHACL can express
  (``kll.validation.checks``);
* **engine** — input that cannot be read, records that cannot be placed, shapes that targeted
  nothing (``ENGINE_RULES`` below).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import yaml

from ..artifacts.paths import generated_dir, profiles_dir
from .report import RULE_DOCS, Stage
from .severity import Severity

__all__ = ["Rule", "catalogue", "cache_dir", "ENGINE_RULES", "STRUCTURAL_KINDS", "hidden_rules"]

#: Kinds of generated rules that the JSON Schema checks too (the others are SHACL only).
STRUCTURAL_KINDS = frozenset({"required", "max-count", "value-type", "pattern", "enum", "range", "language-map", "swedish", "identifier", "closed"})


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    stages: tuple[Stage, ...]
    message_en: str
    message_sv: str
    source: str
    origin: str  # generated | rules | engine
    decision: str | None = None

    @property
    def iri(self) -> str:
        """The rule's identifier (decision record 0004)."""
        return RULE_DOCS + self.id

    @property
    def documentation(self) -> str:
        """Where a reader learns about the rule: its page on the site until the namespace is registered."""
        from .documentation import rule_documentation

        return rule_documentation(self.id, "sv")

    def to_dict(self) -> dict:
        return {
            "id": self.id, "severity": self.severity.value, "stages": [s.value for s in self.stages],
            "message_en": self.message_en, "message_sv": self.message_sv, "source": self.source,
            "origin": self.origin, "decision": self.decision, "iri": self.iri, "documentation": self.documentation,
        }


def _engine(rule_id, stage, en, sv, severity=Severity.VIOLATION, source="input") -> Rule:
    return Rule(rule_id, severity, (stage,), en, sv, source, "engine")


ENGINE_RULES = {
    rule.id: rule
    for rule in (
        _engine("input.syntax", Stage.INPUT, "The file is not well-formed and cannot be read.", "Filen är inte välformad och kan inte läsas."),
        _engine("input.limit", Stage.INPUT, "The input exceeds a safety limit (size, nesting depth, alias expansion, shared nodes, or the length of a number).", "Indata överskrider en säkerhetsgräns (storlek, nästlingsdjup, aliasexpansion, delade noder eller ett tals längd)."),
        _engine("internal.error", Stage.INPUT, "The validator failed on this record; the rest of the input was checked. Report it with the rule and location (never the data).", "Validatorn misslyckades med den här posten; resten av indata kontrollerades. Rapportera felet med regel och plats (aldrig data)."),
        _engine("input.remote-reference", Stage.INPUT, "The file refers to a remote document; nothing is fetched.", "Filen hänvisar till ett fjärrdokument; inget hämtas."),
        _engine("input.not-found", Stage.INPUT, "The file does not exist or cannot be opened.", "Filen finns inte eller kan inte öppnas."),
        _engine("input.format", Stage.INPUT, "The input format is unknown.", "Indataformatet är okänt."),
        _engine("input.empty", Stage.INPUT, "The input holds no records to validate.", "Indata innehåller inga poster att validera."),
        _engine("package.unknown-key", Stage.STRUCTURAL, "The data package has a key that is not one of its lists.", "Datapaketet har en nyckel som inte är en av dess listor.", source="DataPackage"),
        _engine("package.not-a-list", Stage.STRUCTURAL, "A list of the data package is not a JSON array.", "En lista i datapaketet är inte en JSON-array.", source="DataPackage"),
        _engine("package.model-version", Stage.STRUCTURAL, "The data package names a model version that is not this one.", "Datapaketet anger en annan modellversion än den här.", Severity.WARNING, source="DataPackage.conforms_to_model_version"),
        _engine("record.not-an-object", Stage.STRUCTURAL, "A record is not a JSON object.", "En post är inte ett JSON-objekt.", source="Entity"),
        _engine("record.type-unknown", Stage.STRUCTURAL, "The record's type names no class that this place accepts.", "Postens typ anger ingen klass som godtas här.", source="Entity.type"),
        _engine("record.class-unknown", Stage.STRUCTURAL, "The record's class cannot be told: give it a type or name the class with --class.", "Postens klass framgår inte: ange typ i posten eller klassen med --class.", source="Entity.type"),
        _engine("semantic.nothing-targeted", Stage.SEMANTIC, "The SHACL shapes targeted no node: the data holds nothing of a class in the model.", "SHACL-formerna träffade ingen nod: data innehåller inget av någon klass i modellen.", source="DataPackage"),
        _engine("semantic.unknown-class", Stage.SEMANTIC, "A node is typed with a class that is not in the model, so no shape checks it.", "En nod har en typ som inte finns i modellen, så ingen form kontrollerar den.", Severity.WARNING, source="Entity"),
    )
}


def _generated_rules(root: Path | None) -> dict[str, Rule]:
    """The rules of the SHACL shapes. Parsing the shapes takes a second or more, so the result is
    kept in a cache file named by a hash of the shapes file (see ``cache_dir``): a changed shapes
    file is parsed again, an unwritable cache is skipped."""
    import hashlib
    import json

    shapes_file = generated_dir(root) / "shacl" / "kll.shacl.ttl"
    content = shapes_file.read_bytes()
    cached = cache_dir() / f"rules-{_CACHE_FORMAT}-{hashlib.sha256(content).hexdigest()[:32]}.json"
    try:
        rows = json.loads(cached.read_text(encoding="utf-8"))
        return {row[0]: Rule(row[0], Severity(row[1]), tuple(Stage(s) for s in row[2]), row[3], row[4], row[5], "generated") for row in rows}
    except (OSError, ValueError, TypeError, KeyError, IndexError):
        pass
    rules = _parse_generated_rules(shapes_file)
    rows = [[r.id, r.severity.value, [s.value for s in r.stages], r.message_en, r.message_sv, r.source] for r in rules.values()]
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        scratch = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
        scratch.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        os.replace(scratch, cached)
    except OSError:
        pass
    return rules


_CACHE_FORMAT = 1


def cache_dir() -> Path:
    """Where derived data is cached: ``$KLL_CACHE_DIR``, else ``$XDG_CACHE_HOME/kll``, else ``~/.cache/kll``."""
    override = os.environ.get("KLL_CACHE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kll"


def _parse_generated_rules(shapes_file: Path) -> dict[str, Rule]:
    from rdflib import Graph, Namespace
    from rdflib.namespace import SH

    from ..artifacts.shapesdata import load as load_shapes_data

    kll = Namespace("https://w3id.org/kll/model/")
    # The plain-data copy of the shapes loads in a tenth of the time of the Turtle (a cold cache:
    # the first run after installing, a CI job without a kept home folder).
    data = shapes_file.with_suffix(".json")
    shapes = load_shapes_data(data) if data.is_file() else Graph().parse(shapes_file)
    severities = {SH.Violation: Severity.VIOLATION, SH.Warning: Severity.WARNING, SH.Info: Severity.INFO}
    rules = {}
    for shape, rule_id in shapes.subject_objects(kll.ruleId):
        messages = {m.language: str(m) for m in shapes.objects(shape, SH.message)}
        identifier = str(rule_id)
        parts = identifier.split(".")
        kind = parts[-1]
        stages = (Stage.STRUCTURAL, Stage.SEMANTIC) if kind in STRUCTURAL_KINDS else (Stage.SEMANTIC,)
        rules[identifier] = Rule(identifier, severities[shapes.value(shape, SH.severity)], stages, messages["en"], messages["sv"], ".".join(parts[:-1]), "generated")
    return rules


@cache
def catalogue(root: Path | None = None) -> dict[str, Rule]:
    """Every rule by ID, sorted by ID."""
    from .checks import registry

    rules = dict(ENGINE_RULES)
    rules.update(_generated_rules(root))
    for check in registry().values():
        if check.rule in rules:
            raise ValueError(f"rule {check.rule} is defined twice")
        rules[check.rule] = Rule(check.rule, check.severity, (Stage.RULES,), check.message_en, check.message_sv, check.source, "rules")
    decisions = _rule_decisions(root)
    return {rule_id: replace(rule, decision=decisions.get(rule_id)) for rule_id, rule in sorted(rules.items())}


def _rule_decisions(root: Path | None) -> dict[str, str]:
    """Each rule's decision record, from the generated decision index (``kll governance index``).

    Absent outside a source checkout: the rules are the same, only the links are missing."""
    import json

    from ..artifacts.paths import repository_root

    path = (root or repository_root()) / "docs" / "decisions" / "decisions.json"
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8")).get("rule_decisions", {})


@cache
def _profile_only_rules() -> dict[str, tuple[str, ...]]:
    """The rules each conformance profile alone turns on (``rules:`` in its YAML), by profile ID."""
    found = {}
    for path in sorted(profiles_dir().glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found[data["id"]] = tuple(data.get("rules") or ())
    return found


def hidden_rules(profile: str | None = None) -> frozenset[str]:
    """The rules that only some profile turns on, except those of ``profile``: what a run with
    that profile (or with none) must not report (``kll.conformance.profiles`` checks the profiles
    themselves)."""
    profiles = _profile_only_rules()
    own = set(profiles.get(profile, ())) if profile is not None else set()
    return frozenset(rule for rules in profiles.values() for rule in rules if rule not in own)
