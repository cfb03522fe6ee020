"""The generated pages of the documentation site, as Markdown keyed by their path under ``docs/``.

* ``reference/``: the model — an overview, one page per module (with a Mermaid class diagram),
  class, slot and enumeration, each with Swedish and English labels and definitions, URIs,
  mappings, cardinalities, ranges, the rules that apply and an example from the shipped examples;
  and the known gaps of each generated artifact;
* ``rules/``: the rule catalogue, one anchor per rule ID, grouped by the class it checks, with
  severity, messages, source element, decision record and the conformance cases that fire it;
* ``conformance/results.md``: the reference validator's results per profile and the agreement
  of each artifact, from the committed results file (``kll conformance results``);
* ``conformance/levels.md``: per profile what the levels demand and which rules and cases each
  artifact reaches (``levels_page``);
* ``governance/forum.md``: what the governance forum has before it — the decision records by status
  and track, what waits for a decision, the model diff in words and the implementations' claims
  (``forum_page``).

Links between generated pages are relative Markdown links, so ``mkdocs build --strict`` checks
every one of them.

Every text that comes from the model, the rule catalogue, the decision records, the registers or
the examples goes into a page through :mod:`kll.render.markdown` (as text, a code span, an IRI or
escaped HTML), so a ``<script>`` in a description is shown as text and never runs.
"""

from __future__ import annotations

import json
import posixpath
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ...artifacts.paths import examples_dir, repository_root
from ...render import markdown as md
from . import forum_page, levels_page
from .model import Element, SiteModel, site_model
from ...validation.documentation import rule_group

__all__ = ["LANGS", "Pages", "generated_pages", "rule_page", "CARDINALITY_LEGEND"]

#: The languages every generated page is written in, Swedish first (the site's default).
LANGS = ("sv", "en")
CARDINALITY_LEGEND = {
    "en": "1 = required, 1..* = required list, 0..1 = optional, 0..* = optional list; *recommended* = SHOULD (a warning when missing).",
    "sv": "1 = obligatorisk, 1..* = obligatorisk lista, 0..1 = valfri, 0..* = valfri lista; *rekommenderad* = BÖR (en varning när den saknas).",
}
ORIGIN_TITLES = {
    "en": {"generated": "generated from the model", "rules": "rules stage (Python)", "engine": "validator engine"},
    "sv": {"generated": "genererad från modellen", "rules": "regelsteget (Python)", "engine": "valideraren själv"},
}
SEVERITIES = {"en": {"violation": "violation", "warning": "warning", "info": "info"},
              "sv": {"violation": "fel", "warning": "varning", "info": "information"}}
STAGES = {"en": {"structural": "structural stage", "semantic": "semantic stage", "rules": "rules stage"},
          "sv": {"structural": "strukturella steget", "semantic": "semantiska steget", "rules": "regelsteget"}}
#: The project's namespace (decision record 0004).
NAMESPACE = "https://w3id.org/kll/"
MAX_CASES_PER_RULE = 8
MAX_EXAMPLE_LINES = 40

#: The words of the pages, per language. A key missing in one language fails the tests.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "label": "Label", "definition": "Definition", "english": "English", "swedish": "Swedish",
        "mappings": "Mappings", "rule": "Rule", "severity": "Severity", "message": "Message", "decision": "Decision record",
        "no_rule": "No rule applies.", "example": "Example", "from": "From", "class_in_module": "class in module",
        "slot_in_module": "slot defined in module", "enum_in_module": "enumeration in module", "abstract": "abstract",
        "inherits": "Inherits from", "specialised": "Specialised by", "slots": "Slots", "slot": "Slot",
        "range": "Range", "cardinality": "Cardinality", "no_slots": "No slots.", "rules": "Rules", "used_by": "Used by",
        "class": "Class", "unused_slot": "No class uses this slot directly; it is a parent of other slots or kept for mappings.",
        "values": "Values", "value": "Value", "meaning": "Meaning", "description": "Description", "no_slot_range": "No slot has this range.",
        "module": "module", "maturity": "maturity", "owned_by": "owned by", "namespace": "Namespace", "imports": "imports",
        "diagram": "Class diagram", "classes": "Classes", "enums": "Enumerations", "name": "Name", "pattern": "pattern",
        "other_language": "Svenska", "other_title": "Swedish label",
    },
    "sv": {
        "label": "Benämning", "definition": "Definition", "english": "Engelska", "swedish": "Svenska",
        "mappings": "Mappningar", "rule": "Regel", "severity": "Allvarlighetsgrad", "message": "Meddelande", "decision": "Beslutsdokument",
        "no_rule": "Ingen regel gäller.", "example": "Exempel", "from": "Från", "class_in_module": "klass i modulen",
        "slot_in_module": "egenskap definierad i modulen", "enum_in_module": "uppräkning i modulen", "abstract": "abstrakt",
        "inherits": "Ärver från", "specialised": "Specialiseras av", "slots": "Egenskaper", "slot": "Egenskap",
        "range": "Värdemängd", "cardinality": "Kardinalitet", "no_slots": "Inga egenskaper.", "rules": "Regler", "used_by": "Används av",
        "class": "Klass", "unused_slot": "Ingen klass använder egenskapen direkt; den är överordnad andra egenskaper eller finns kvar för mappningar.",
        "values": "Värden", "value": "Värde", "meaning": "Betydelse", "description": "Beskrivning", "no_slot_range": "Ingen egenskap har denna värdemängd.",
        "module": "modul", "maturity": "mognadsgrad", "owned_by": "ansvarig myndighet", "namespace": "Namnrymd", "imports": "importerar",
        "diagram": "Klassdiagram", "classes": "Klasser", "enums": "Uppräkningar", "name": "Namn", "pattern": "mönster",
        "other_language": "English", "other_title": "Engelsk benämning",
    },
}

Pages = dict[str, str]


def _w(lang: str, key: str) -> str:
    return WORDS[lang][key]


def localized(path: str, lang: str) -> str:
    """The file a page in ``lang`` is written to: ``rules/Foo.md`` -> ``rules/Foo.sv.md``.
    Links keep the plain name; the i18n plugin resolves them per language."""
    return f"{path.removesuffix('.md')}.{lang}.md"


def _rel(source: str, target: str) -> str:
    """A relative link from the page ``source`` to the page ``target`` (both under docs/)."""
    return posixpath.relpath(target, posixpath.dirname(source) or ".")


def _cell(text: Any) -> str:
    """Text from the data, safe inside a Markdown table cell and shown as written: no HTML, no
    link, no emphasis (``[01][0-9](\\.[0-9]+)`` in a rule's message is not a link)."""
    return md.text(text or "")


_text_cell = _cell


def _iri(value: Any) -> str:
    """An IRI as a link, except one in the project's own namespace while it is unregistered:
    that one leads nowhere yet (record 0004), so it is shown, not linked."""
    from ...validation.documentation import settings

    if str(value).startswith(NAMESPACE) and not settings().w3id_registered:
        return md.code(value)
    return md.iri(value)


def _code(text: str) -> str:
    return md.code(text)


def class_page(name: str) -> str:
    return f"reference/classes/{name}.md"


def slot_page(name: str) -> str:
    return f"reference/slots/{name}.md"


def enum_page(name: str) -> str:
    return f"reference/enums/{name}.md"


def module_page(name: str) -> str:
    return f"reference/modules/{name}.md"


def rule_page(group: str) -> str:
    return f"rules/{group}.md"


def _anchor(rule_id: str) -> str:
    return rule_id


@dataclass
class _Context:
    model: SiteModel
    rules: dict[str, Any]
    rule_groups: dict[str, str]
    cases_by_rule: dict[str, list[str]]
    decisions: dict[str, tuple[str, dict[str, str]]]  # record URI -> (file name, title per language)
    owners: dict[str, list[str]]  # module -> agency aliases
    examples: dict[str, tuple[str, Any]]  # class -> (example file, record)

    def link(self, source: str, name: str, kind: str | None = None) -> str:
        """A link to the page of a class, enumeration or slot, or the name in code if it has none."""
        kind = kind or self.model.link_kind(name)
        target = {"classes": class_page, "enums": enum_page, "slots": slot_page}.get(kind or "")
        return f"[{md.text(name)}]({_rel(source, target(name))})" if target else _code(name)

    def rule_link(self, source: str, rule_id: str) -> str:
        return f"[`{rule_id}`]({_rel(source, rule_page(self.rule_groups[rule_id]))}#{_anchor(rule_id)})"

    def decision_link(self, source: str, uri: str | None, lang: str = "en") -> str:
        if not uri or uri not in self.decisions:
            return "—"
        name, titles = self.decisions[uri]
        title = titles.get(lang) or titles["en"]
        # A link title is an attribute: HTML escaping keeps it one; Markdown escapes would show.
        return f"[{name[:4]}]({_rel(source, 'decisions/' + name)} \"{md.html(title)}\")"


# --- building the context ----------------------------------------------------------------------

def _decisions(root: Path) -> dict[str, tuple[str, dict[str, str]]]:
    from ...governance.records import decisions_dir, read_record, record_files

    out = {}
    for path in record_files(decisions_dir(root)):
        record = read_record(path)
        if record.uri and record.front_matter:
            title = record.front_matter.get("title")
            sv = title.get("sv") if isinstance(title, dict) else None
            en = record.title_en or path.stem
            out[record.uri] = (path.name, {"en": en, "sv": sv or en})
    return out


def _owners(root: Path) -> dict[str, list[str]]:
    from ...governance.register import read_register, register_path

    register = read_register(register_path(root))
    owners: dict[str, list[str]] = defaultdict(list)
    for agency in register.agencies:
        for module in agency.modules:
            owners[module].append(agency.alias)
    return owners


def _cases_by_rule() -> dict[str, list[str]]:
    from ...conformance.cases import load_cases

    out: dict[str, list[str]] = defaultdict(list)
    for case in load_cases():
        for rule, _severity in sorted(case.expected.findings):
            out[rule].append(case.id)
    return out


def _examples(model: SiteModel, root: Path) -> dict[str, tuple[str, Any]]:
    """The first record of each class found in the shipped examples, nested records included."""
    package = model.classes.get("DataPackage")
    lists = {slot: facts.get("range") for slot, facts in (package.facts.get("slots") or {}).items()} if package else {}
    found: dict[str, tuple[str, Any]] = {}

    def walk(class_name: str, record: Any, file: str) -> None:
        if not isinstance(record, dict) or class_name not in model.classes:
            return
        class_name = record.get("type") if record.get("type") in model.classes else class_name
        found.setdefault(class_name, (file, record))
        for slot, facts in (model.classes[class_name].facts.get("slots") or {}).items():
            target = facts.get("range")
            if target in model.classes and slot in record:
                values = record[slot] if isinstance(record[slot], list) else [record[slot]]
                for value in values:
                    walk(target, value, file)

    for path in sorted(examples_dir(root).rglob("*.yaml")):
        if "implementations" in path.parts:
            continue
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(document, dict):
            continue
        for key, value in document.items():
            if key in lists and isinstance(value, list):
                for record in value:
                    walk(lists[key], record, path.relative_to(root).as_posix())
    return found


@cache
def _context(root: Path) -> _Context:
    from ...validation.catalogue import catalogue

    model = site_model()
    rules = catalogue()
    classes = frozenset(model.classes)
    groups = {rule_id: rule_group(rule_id, classes) for rule_id in rules}
    return _Context(model, rules, groups, _cases_by_rule(), _decisions(root), _owners(root), _examples(model, root))


# --- pages -------------------------------------------------------------------------------------

def _labels_table(element: Element, lang: str) -> list[str]:
    """The labels and definitions in both languages, the page's language first."""
    first, second = (("sv", "en") if lang == "sv" else ("en", "sv"))
    return [
        f"| | {_w(lang, 'swedish' if first == 'sv' else 'english')} | {_w(lang, 'swedish' if second == 'sv' else 'english')} |",
        "|---|---|---|",
        f"| {_w(lang, 'label')} | {_cell(_title_in(element, first)) or '—'} | {_cell(_title_in(element, second)) or '—'} |",
        f"| {_w(lang, 'definition')} | {_cell(_description_in(element, first)) or '—'} | {_cell(_description_in(element, second)) or '—'} |",
    ]


def _title_in(element: Element, lang: str) -> str | None:
    """The label written in ``lang`` only (no fallback): the labels table shows what exists."""
    return element.title_sv if lang == "sv" else element.title_en


def _description_in(element: Element, lang: str) -> str:
    return element.description_sv if lang == "sv" else element.description_en


def _mappings(facts: dict[str, Any], lang: str) -> list[str]:
    mappings = facts.get("mappings") or {}
    if not mappings:
        return []
    lines = ["", f"**{_w(lang, 'mappings')}**", ""]
    for kind in ("exact", "close", "related", "narrow", "broad"):
        for iri in mappings.get(kind, []):
            lines.append(f"- {kind}: {_iri(iri)}")
    return lines


def _cardinality(facts: dict[str, Any], lang: str = "en") -> str:
    many = bool(facts.get("multivalued"))
    if facts.get("required"):
        text = "1..*" if many else "1"
    else:
        text = "0..*" if many else "0..1"
    if facts.get("recommended"):
        text += " *recommended*" if lang == "en" else " *rekommenderad*"
    return text


def _range(ctx: _Context, source: str, facts: dict[str, Any], lang: str) -> str:
    rng = facts.get("range") or "string"
    text = ctx.link(source, rng)
    if facts.get("pattern"):
        text += f"<br>{_w(lang, 'pattern')} {md.code(facts['pattern'])}"
    return text


def _message(rule: Any, lang: str) -> str:
    return (rule.message_sv if lang == "sv" else rule.message_en) or rule.message_en


def _rules_table(ctx: _Context, source: str, rule_ids: list[str], lang: str) -> list[str]:
    if not rule_ids:
        return [_w(lang, "no_rule")]
    lines = [f"| {_w(lang, 'rule')} | {_w(lang, 'severity')} | {_w(lang, 'message')} | {_w(lang, 'decision')} |", "|---|---|---|---|"]
    for rule_id in rule_ids:
        rule = ctx.rules[rule_id]
        lines.append(f"| {ctx.rule_link(source, rule_id)} | {SEVERITIES[lang][rule.severity.value]} | {_text_cell(_message(rule, lang))} | {ctx.decision_link(source, rule.decision, lang)} |")
    return lines


def _yaml_block(data: Any) -> list[str]:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    lines = text.rstrip("\n").split("\n")
    if len(lines) > MAX_EXAMPLE_LINES:
        lines = lines[:MAX_EXAMPLE_LINES] + ["# …"]
    # a text in the example that holds a line of backticks must not close the block
    ticks = md.fence(lines)
    return [f"{ticks}yaml", *lines, ticks]


def _example(ctx: _Context, name: str, lang: str) -> list[str]:
    if name not in ctx.examples:
        return []
    file, record = ctx.examples[name]
    return ["", f"## {_w(lang, 'example')}", "", f"{_w(lang, 'from')} {md.code(file)}:", "", *_yaml_block(record)]


def _class_rules(ctx: _Context, name: str) -> list[str]:
    return sorted(r for r, rule in ctx.rules.items() if (rule.source or "").split(".")[0] == name)


def _slot_title(slot_facts: dict[str, Any], lang: str) -> str:
    annotations = slot_facts.get("annotations") or {}
    return (annotations.get("title_sv") or slot_facts.get("title") or "") if lang == "sv" else (slot_facts.get("title") or "")


def _slot_description(slot_facts: dict[str, Any], lang: str) -> str:
    annotations = slot_facts.get("annotations") or {}
    return (annotations.get("description_sv") or slot_facts.get("description") or "") if lang == "sv" else (slot_facts.get("description") or "")


def page_for_class(ctx: _Context, element: Element, lang: str = "en") -> str:
    source = class_page(element.name)
    facts = element.facts
    out = [f"# {md.text(element.name)}", "", f"*{md.text(element.title(lang))}* · {_w(lang, 'class_in_module')} [{md.text(element.module)}]({_rel(source, module_page(element.module))})", ""]
    out += [f"URI: {md.code(facts.get('uri'))}" + (f" · {_w(lang, 'abstract')}" if facts.get("abstract") else ""), ""]
    out += _labels_table(element, lang)
    parents = [ctx.link(source, facts["is_a"])] if facts.get("is_a") else []
    parents += [ctx.link(source, m) for m in facts.get("mixins") or []]
    children = [ctx.link(source, c) for c in ctx.model.children(element.name)]
    if parents or children:
        out.append("")
        if parents:
            out.append(f"**{_w(lang, 'inherits')}:** {', '.join(parents)}  ")
        if children:
            out.append(f"**{_w(lang, 'specialised')}:** {', '.join(children)}")
    out += _mappings(facts, lang)
    slots = facts.get("slots") or {}
    out += ["", f"## {_w(lang, 'slots')}", "", f"{_w(lang, 'cardinality')}: {CARDINALITY_LEGEND[lang]}", ""]
    if slots:
        out += [f"| {_w(lang, 'slot')} | {_w(lang, 'other_title') if lang == 'en' else _w(lang, 'label')} | {_w(lang, 'range')} | {_w(lang, 'cardinality')} | {_w(lang, 'definition')} |", "|---|---|---|---|---|"]
        for slot, slot_facts in slots.items():
            label = _slot_title(slot_facts, "sv") if lang == "en" else _slot_title(slot_facts, lang)
            out.append(f"| {ctx.link(source, slot, 'slots')} | {_cell(label)} | {_range(ctx, source, slot_facts, lang)} | {_cardinality(slot_facts, lang)} | {_cell(_slot_description(slot_facts, lang))} |")
    else:
        out.append(_w(lang, "no_slots"))
    out += ["", f"## {_w(lang, 'rules')}", ""] + _rules_table(ctx, source, _class_rules(ctx, element.name), lang)
    out += _example(ctx, element.name, lang)
    return "\n".join(out) + "\n"


def page_for_slot(ctx: _Context, element: Element, lang: str = "en") -> str:
    source = slot_page(element.name)
    facts = element.facts
    out = [f"# {md.text(element.name)}", "", f"*{md.text(element.title(lang))}* · {_w(lang, 'slot_in_module')} [{md.text(element.module)}]({_rel(source, module_page(element.module))})", ""]
    out += [f"URI: {md.code(facts.get('uri'))} · {_w(lang, 'range').lower()}: {ctx.link(source, facts.get('range') or 'string')}", ""]
    out += _labels_table(element, lang)
    out += _mappings(facts, lang)
    users = ctx.model.users(element.name)
    out += ["", f"## {_w(lang, 'used_by')}", ""]
    if users:
        out += [f"| {_w(lang, 'class')} | {_w(lang, 'range')} | {_w(lang, 'cardinality')} |", "|---|---|---|"]
        for cls in users:
            used = ctx.model.classes[cls].facts["slots"][element.name]
            out.append(f"| {ctx.link(source, cls)} | {_range(ctx, source, used, lang)} | {_cardinality(used, lang)} |")
    else:
        out.append(_w(lang, "unused_slot"))
    rules = sorted(r for r, rule in ctx.rules.items() if (rule.source or "").split(".")[1:2] == [element.name])
    out += ["", f"## {_w(lang, 'rules')}", ""] + _rules_table(ctx, source, rules, lang)
    return "\n".join(out) + "\n"


def page_for_enum(ctx: _Context, element: Element, lang: str = "en") -> str:
    source = enum_page(element.name)
    out = [f"# {md.text(element.name)}", "", f"*{md.text(element.title(lang))}* · {_w(lang, 'enum_in_module')} [{md.text(element.module)}]({_rel(source, module_page(element.module))})", ""]
    out += _labels_table(element, lang)
    values = element.facts.get("permissible_values") or {}
    first, second = ("swedish", "english") if lang == "sv" else ("english", "swedish")
    out += ["", f"## {_w(lang, 'values')}", "", f"| {_w(lang, 'value')} | {_w(lang, first)} | {_w(lang, second)} | {_w(lang, 'meaning')} | {_w(lang, 'description')} |", "|---|---|---|---|---|"]
    for value, facts in values.items():
        sv = (facts.get("annotations") or {}).get("title_sv") or ""
        labels = (sv, facts.get("title")) if lang == "sv" else (facts.get("title"), sv)
        description = ((facts.get("annotations") or {}).get("description_sv") or facts.get("description")) if lang == "sv" else facts.get("description")
        meaning = facts.get("meaning")
        out.append(f"| {md.code(value)} | {_cell(labels[0])} | {_cell(labels[1])} | {_iri(meaning) if meaning else '—'} | {_cell(description)} |")
    users = sorted({(cls, slot) for cls, e in ctx.model.classes.items() for slot, f in (e.facts.get("slots") or {}).items() if f.get("range") == element.name})
    out += ["", f"## {_w(lang, 'used_by')}", ""]
    out += [f"- {ctx.link(source, cls)}.{ctx.link(source, slot, 'slots')}" for cls, slot in users] or [_w(lang, "no_slot_range")]
    return "\n".join(out) + "\n"


def _diagram(ctx: _Context, module: str) -> list[str]:
    """A Mermaid class diagram: the module's classes, their parents and the classes their own
    (not inherited) slots point to."""
    classes = sorted(n for n, e in ctx.model.classes.items() if e.module == module)
    if not classes:
        return []
    lines = ["```mermaid", "classDiagram", "  direction LR"]
    for name in classes:
        lines.append(f"  class {name}")
    for name in classes:
        facts = ctx.model.classes[name].facts
        if facts.get("is_a"):
            lines.append(f"  {facts['is_a']} <|-- {name}")
        parent_slots = set((ctx.model.classes[facts['is_a']].facts.get("slots") or {}) if facts.get("is_a") in ctx.model.classes else ())
        for slot, slot_facts in (facts.get("slots") or {}).items():
            target = slot_facts.get("range")
            if slot in parent_slots or target not in ctx.model.classes or target in ("LocalizedText", "LocalizedTextSet"):
                continue
            lines.append(f'  {name} --> "{_cardinality(slot_facts).split()[0]}" {target} : {slot}')
    lines.append("```")
    return lines


def page_for_module(ctx: _Context, module: str, lang: str = "en") -> str:
    source = module_page(module)
    info = ctx.model.modules[module]
    owners = ", ".join(ctx.owners.get(module, [])) or "—"
    title = (info.get("title_sv") or info["title"]) if lang == "sv" else info["title"]
    other_title = info["title"] if lang == "sv" else (info.get("title_sv") or info["title"])
    out = [f"# {md.text(title)}", "", f"*{md.text(other_title)}* · {_w(lang, 'module')} {md.code(module)} · {_w(lang, 'maturity')} **{md.text(info.get('maturity') or '—')}** · {_w(lang, 'owned_by')} **{md.text(owners)}**", ""]
    out += [f"{_w(lang, 'namespace')}: {md.code(info['id'])}" + (f" · {_w(lang, 'imports')} {', '.join(f'[{i}]({_rel(source, module_page(i))})' for i in info['imports'] if i in ctx.model.modules)}" if info["imports"] else ""), ""]
    descriptions = [(_w(lang, "swedish"), info.get("description_sv")), (_w(lang, "english"), info["description"])]
    if lang == "en":
        descriptions.reverse()
    out += [f"| {descriptions[0][0]} | {descriptions[1][0]} |", "|---|---|", f"| {_cell(descriptions[0][1])} | {_cell(descriptions[1][1])} |"]
    diagram = _diagram(ctx, module)
    if diagram:
        out += ["", f"## {_w(lang, 'diagram')}", "", *diagram]
    for key, kind, items in (
        ("classes", "classes", sorted(n for n, e in ctx.model.classes.items() if e.module == module)),
        ("enums", "enums", sorted(n for n, e in ctx.model.enums.items() if e.module == module)),
        ("slots", "slots", sorted(n for n, e in ctx.model.slots.items() if e.module == module)),
    ):
        if not items:
            continue
        collection = {"classes": ctx.model.classes, "enums": ctx.model.enums, "slots": ctx.model.slots}[kind]
        out += ["", f"## {_w(lang, key)}", "", f"| {_w(lang, 'name')} | {_w(lang, 'label')} | {_w(lang, 'definition')} |", "|---|---|---|"]
        for name in items:
            element = collection[name]
            out.append(f"| {ctx.link(source, name, kind)} | {_cell(element.title(lang))} | {_cell(element.description(lang))} |")
    return "\n".join(out) + "\n"


def page_reference_index(ctx: _Context, lang: str = "en") -> str:
    source = "reference/index.md"
    m = ctx.model
    record = _rel(source, "decisions/0003-the-linkml-model-is-normative.md")
    counts = (len(m.classes), len(m.slots), len(m.enums), len(m.modules))
    intro = {
        "en": (f"# Model reference\n\nThe KLL information model, version **{m.version}**, generated from the LinkML model in `model/` "
               f"(decision record [0003]({record})): {counts[0]} classes, {counts[1]} slots and {counts[2]} enumerations in {counts[3]} modules. "
               "Every element has a Swedish and an English label and definition."),
        "sv": (f"# Modellreferens\n\nKLL:s informationsmodell, version **{m.version}**, genererad från LinkML-modellen i `model/` "
               f"(beslutsdokument [0003]({record})): {counts[0]} klasser, {counts[1]} egenskaper och {counts[2]} uppräkningar i {counts[3]} moduler. "
               "Varje element har en svensk och en engelsk benämning och definition."),
    }[lang]
    out = [intro, "", f"## {'Moduler' if lang == 'sv' else 'Modules'}", "", "```mermaid", "flowchart BT"]
    for module in m.modules:
        out.append(f"  {module}[\"{module}\"]")
    for module, info in m.modules.items():
        for imported in info["imports"]:
            if imported in m.modules:
                out.append(f"  {module} --> {imported}")
    head = {"en": "| Module | Swedish | Maturity | Owning agency | Classes | Enumerations |",
            "sv": "| Modul | Engelska | Mognadsgrad | Ansvarig myndighet | Klasser | Uppräkningar |"}[lang]
    out += ["```", "", head, "|---|---|---|---|---:|---:|"]
    for module, info in m.modules.items():
        classes = sum(e.module == module for e in m.classes.values())
        enums = sum(e.module == module for e in m.enums.values())
        title, other = ((info.get("title_sv") or info["title"]), info["title"]) if lang == "sv" else (info["title"], info.get("title_sv"))
        out.append(f"| [{_cell(title)}]({_rel(source, module_page(module))}) | {_cell(other)} | {_cell(info.get('maturity') or '—')} | {_cell(', '.join(ctx.owners.get(module, [])) or '—')} | {classes} | {enums} |")
    for key, kind, collection in (("classes", "classes", m.classes), ("enums", "enums", m.enums), ("slots", "slots", m.slots)):
        out += ["", f"## {_w(lang, key)}", "", f"| {_w(lang, 'name')} | {_w(lang, 'label')} | {_w(lang, 'other_title')} | {_w(lang, 'module').capitalize()} |", "|---|---|---|---|"]
        for name in sorted(collection):
            element = collection[name]
            other = element.title_en if lang == "sv" else element.title_sv
            out.append(f"| {ctx.link(source, name, kind)} | {_cell(element.title(lang))} | {_cell(other) or '—'} | {_cell(element.module)} |")
    return "\n".join(out) + "\n"


RULE_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "catalogue": "Rule catalogue", "origin": "Origin", "by_class": "By class", "general": "General (input, dataset, engine)",
        "rules_on": "Rules on", "general_rules": "General rules", "check": "The rules that check",
        "general_intro": "Rules about the input, the dataset as a whole and the validator engine.",
        "stages": "Validation stages", "element": "Element", "why": "Why", "fix": "How to fix it", "cases": "Cases that fire it",
        "failing": "Failing example", "passing": "Passing (conformant) example", "more": "more", "and": "and",
        "no_example": "No conformance case gives this rule alone, so no example is shown.",
        "no_fix": "No fix text is written for this rule yet.",
        "patch": "conformance case {case}: the example {base} with this change —",
        "base": "the example {base} as it is, without the change of case {case}, gives no violation.",
        "case": "conformance case {case}:", "contents": "Properties",
        "file": "conformance case {case}: the file {file} —",
        "missing": "conformance case {case}: the path {file}, which names no file.",
        "also": "This example also gives {rule} (a rule of the same property), because {reason}", "property_less": "the class itself",
        "why_text": "required by decision record {record}.", "rule_iri": "Rule IRI",
    },
    "sv": {
        "catalogue": "Regelkatalog", "origin": "Ursprung", "by_class": "Per klass", "general": "Allmänna regler (indata, datamängd, valideraren)",
        "rules_on": "Regler för", "general_rules": "Allmänna regler", "check": "Reglerna som kontrollerar",
        "general_intro": "Regler om indata, datamängden som helhet och valideraren själv.",
        "stages": "Valideringssteg", "element": "Element", "why": "Varför", "fix": "Så rättar du", "cases": "Testfall som ger regeln",
        "failing": "Exempel som bryter mot regeln", "passing": "Exempel i överensstämmelse (inget fel)", "more": "till", "and": "och",
        "no_example": "Inget testfall ger enbart denna regel, så inget exempel visas.",
        "no_fix": "Ingen text om hur regeln rättas är skriven ännu.",
        "patch": "testfallet {case}: exemplet {base} med denna ändring —",
        "base": "exemplet {base} som det är, utan ändringen i testfallet {case}, ger inget fel.",
        "case": "testfallet {case}:", "contents": "Egenskaper",
        "file": "testfallet {case}: filen {file} —",
        "missing": "testfallet {case}: sökvägen {file}, som inte pekar ut någon fil.",
        "also": "Exemplet ger också {rule} (en regel för samma egenskap), eftersom {reason}", "property_less": "klassen själv",
        "why_text": "krävs av beslutsdokument {record}.", "rule_iri": "Regelns IRI",
    },
}
_ADMONITION = {"violation": "failure", "warning": "warning", "info": "info"}


def _r(lang: str, key: str) -> str:
    return RULE_WORDS[lang][key]


def page_rules_index(ctx: _Context, lang: str = "en") -> str:
    source = "rules/index.md"
    by_group: dict[str, list[str]] = defaultdict(list)
    for rule_id, group in ctx.rule_groups.items():
        by_group[group].append(rule_id)
    severities: dict[str, int] = defaultdict(int)
    origins: dict[str, int] = defaultdict(int)
    for rule in ctx.rules.values():
        severities[rule.severity.value] += 1
        origins[rule.origin] += 1
    record = _rel(source, "decisions/0016-every-constraint-has-a-rule-id-and-severity.md")
    intro = {
        "en": (f"{len(ctx.rules)} rules. Every finding of the validator names one of them; conformance cases, "
               f"reports (JSON, SARIF, JUnit, EARL) and these pages use the same IDs (decision record [0016]({record})). "
               "A rule's IRI is `https://w3id.org/kll/rule/<rule ID>`. `kll rules --format json` prints the same catalogue."),
        "sv": (f"{len(ctx.rules)} regler. Varje anmärkning från valideraren anger en av dem; testfall, rapporter "
               f"(JSON, SARIF, JUnit, EARL) och dessa sidor använder samma regel-ID (beslutsdokument [0016]({record})). "
               "En regels IRI är `https://w3id.org/kll/rule/<regel-ID>`. `kll rules --format json` skriver ut samma katalog."),
    }[lang]
    out = [
        f"# {_r(lang, 'catalogue')}", "", intro, "",
        f"| {_w(lang, 'severity')} | {_w(lang, 'rules')} |", "|---|---:|",
        *[f"| {SEVERITIES[lang][s]} | {severities[s]} |" for s in ("violation", "warning", "info") if severities[s]], "",
        f"| {_r(lang, 'origin')} | {_w(lang, 'rules')} |", "|---|---:|",
        *[f"| {ORIGIN_TITLES[lang][o]} | {origins[o]} |" for o in ("generated", "rules", "engine") if origins[o]], "",
        f"## {_r(lang, 'by_class')}", "", f"| {_w(lang, 'class')} | {_w(lang, 'label')} | {_w(lang, 'rules')} |", "|---|---|---:|",
    ]
    for group in sorted(by_group, key=lambda g: (g == "general", g)):
        label = ctx.model.classes[group].title(lang) if group in ctx.model.classes else _r(lang, "general_rules")
        name = group if group != "general" else _r(lang, "general")
        out.append(f"| [{name}]({_rel(source, rule_page(group))}) | {_cell(label)} | {len(by_group[group])} |")
    return "\n".join(out) + "\n"


def _element_link(ctx: _Context, source: str, element: str) -> str:
    parts = element.split(".")
    if parts[0] in ctx.model.classes and len(parts) > 1 and parts[1] in ctx.model.slots:
        return f"{ctx.link(source, parts[0])}.{ctx.link(source, parts[1], 'slots')}"
    if parts[0] in ctx.model.classes:
        return ctx.link(source, parts[0])
    return _code(element or "—")


def _slot_of(ctx: _Context, group: str, rule_id: str) -> str:
    """The heading a rule is listed under on its page: the slot it checks, or the class itself."""
    parts = (ctx.rules[rule_id].source or rule_id).split(".")
    if group == "general":
        return rule_id.split(".")[0]
    return parts[1] if len(parts) > 1 and parts[1] in ctx.model.slots else ""


#: A case's example as a YAML block, by (case ID, part): both languages' rule pages show it.
_CASE_BLOCKS: dict[tuple[str, str], list[str]] = {}


def _case_yaml(case: Any, part: str) -> list[str]:
    """``_yaml_block`` of a case's document (``part`` "document") or a patch case's operations."""
    key = (case.id, part)
    found = _CASE_BLOCKS.get(key)
    if found is None:
        found = _CASE_BLOCKS[key] = _yaml_block(case.data["operations"] if part == "operations" else case.document())
    return found


def _examples_block(ctx: _Context, rule: Any, lang: str) -> list[str]:
    from .rulehelp import NO_EXAMPLE, accompanying, examples

    found = examples(rule)
    if found.failing is None:
        return [f"*{md.text((NO_EXAMPLE.get(rule.id) or {}).get(lang) or _r(lang, 'no_example'))}*"]
    case = found.failing
    out = [f"**{_r(lang, 'failing')}** — "]
    if case.kind == "patch":
        out[0] += _r(lang, "patch").format(case=md.code(case.id), base=md.code(case.data["base"]))
        out += ["", *_case_yaml(case, "operations")]
    elif case.kind == "file":
        caption, *block = _file_block(case, lang)
        out[0] += caption
        out += block
    else:
        out[0] += _r(lang, "case").format(case=md.code(case.id))
        out += ["", *_case_yaml(case, "document")]
    for other in found.also:
        reason = accompanying(rule.id, other)[lang]
        out += ["", _r(lang, "also").format(rule=md.code(other), reason=md.text(reason))]
    if found.passing_case is not None:
        out += [""]
        if found.passing_is_base:
            out.append(f"**{_r(lang, 'passing')}** — " + _r(lang, "base").format(base=md.code(case.data["base"]), case=md.code(case.id)))
        else:
            out += [f"**{_r(lang, 'passing')}** — " + _r(lang, "case").format(case=md.code(found.passing_case.id)), "", *_case_yaml(found.passing_case, "document")]
    return out


#: The code block language of an input file, by its extension.
_FILE_LANGUAGES = {".json": "json", ".jsonld": "json", ".jsonl": "json", ".yaml": "yaml", ".yml": "yaml", ".ttl": "turtle", ".rdf": "xml"}


def _file_block(case: Any, lang: str) -> list[str]:
    """A file case's input as it is read: its whole text, or the path when it names no file."""
    from .rulehelp import file_text

    path = Path(case.data)
    shown = md.code(path.relative_to(repository_root()).as_posix() if path.is_relative_to(repository_root()) else path.name)
    text = file_text(case)
    if text is None:
        return [_r(lang, "missing").format(case=md.code(case.id), file=shown)]
    lines = text.rstrip("\n").split("\n")
    ticks = md.fence(lines)
    return [_r(lang, "file").format(case=md.code(case.id), file=shown), "", f"{ticks}{_FILE_LANGUAGES.get(path.suffix, 'text')}", *lines, ticks]


def _rule_block(ctx: _Context, source: str, rule_id: str, lang: str) -> list[str]:
    """One rule as a collapsible block: what (its message), why, how to fix it, and its examples."""
    from .rulehelp import fix_text

    rule = ctx.rules[rule_id]
    cases = ctx.cases_by_rule.get(rule_id, [])
    shown = ", ".join(md.code(c) for c in cases[:MAX_CASES_PER_RULE])
    if len(cases) > MAX_CASES_PER_RULE:
        shown += f" {_r(lang, 'and')} {len(cases) - MAX_CASES_PER_RULE} {_r(lang, 'more')}"
    why = _r(lang, "why_text").format(record=ctx.decision_link(source, rule.decision, lang)) if rule.decision else "—"
    title = f"{rule_id} — {_message(rule, lang)}".replace('"', "'")
    body = [
        f"- **{_w(lang, 'severity')}:** {SEVERITIES[lang][rule.severity.value]}",
        f"- **{_r(lang, 'stages')}:** {', '.join(STAGES[lang].get(s.value, s.value) for s in rule.stages)} ({ORIGIN_TITLES[lang][rule.origin]})",
        f"- **{_w(lang, 'message')}:** {_text_cell(_message(rule, lang))}",
        f"- **{_r(lang, 'element')}:** {_element_link(ctx, source, rule.source or '')}",
        f"- **{_r(lang, 'why')}:** {why}",
        f"- **{_r(lang, 'fix')}:** {md.text(fix_text(rule, lang) or _r(lang, 'no_fix'))}",
        f"- **{_r(lang, 'cases')}:** {shown or '—'}",
        f"- **{_r(lang, 'rule_iri')}:** {md.code(rule.iri)}",
        "", *_examples_block(ctx, rule, lang),
    ]
    return [f'<a id="{md.html(_anchor(rule_id))}"></a>', "", f'??? {_ADMONITION[rule.severity.value]} "{md.text(title)}"', "",
            *[("    " + line) if line else "" for line in body], ""]


def page_rules_group(ctx: _Context, group: str, rule_ids: list[str], lang: str = "en") -> str:
    """A class's rules, by the slot they check, each rule a collapsed block, with a contents line."""
    source = rule_page(group)
    title = f"{_r(lang, 'rules_on')} {group}" if group != "general" else _r(lang, "general_rules")
    out = [f"# {title}", ""]
    if group in ctx.model.classes:
        element = ctx.model.classes[group]
        other = element.title_en if lang == "sv" else element.title_sv
        out += [f"{_r(lang, 'check')} {ctx.link(source, group)} (*{md.text(element.title(lang))}*; *{md.text(other or '—')}*).", ""]
    else:
        out += [_r(lang, "general_intro"), ""]
    by_slot: dict[str, list[str]] = defaultdict(list)
    for rule_id in sorted(rule_ids):
        by_slot[_slot_of(ctx, group, rule_id)].append(rule_id)
    headings = {slot: slot or _r(lang, "property_less") for slot in by_slot}
    order = sorted(by_slot, key=lambda s: (s != "", s))
    out += [f"**{_r(lang, 'contents')}:** " + " · ".join(f"[{md.text(headings[s])}](#{_section_id(s)}) ({len(by_slot[s])})" for s in order), ""]
    for slot in order:
        out += [f'<h2 id="{_section_id(slot)}">{md.html(headings[slot])}</h2>', ""]
        for rule_id in by_slot[slot]:
            out += _rule_block(ctx, source, rule_id, lang)
    return "\n".join(out) + "\n"


def _section_id(slot: str) -> str:
    # Rule IDs are anchors too: a section's ID must not be one (a rule ID always has a dot).
    return f"section-{slot or 'class'}"


def page_known_gaps(root: Path, lang: str = "en") -> str:
    data = yaml.safe_load((root / "model" / "known-gaps.yaml").read_text(encoding="utf-8"))
    gaps = data.get("gaps") or []
    record = "../decisions/0017-validation-in-layers-with-declared-gaps.md"
    out = {
        "en": ["# Known gaps of the generated artifacts", "",
               "What each generated artifact cannot express, why, and which stage checks it instead "
               f"(decision record [0017]({record})). The register is `model/known-gaps.yaml`; the tests fail on any "
               "disagreement between an artifact and a conformance case that is not declared here.", ""],
        "sv": ["# Kända luckor i de genererade artefakterna", "",
               "Vad varje genererad artefakt inte kan uttrycka, varför, och vilket valideringssteg som kontrollerar det i stället "
               f"(beslutsdokument [0017]({record})). Registret är `model/known-gaps.yaml`; testerna fallerar vid varje "
               "oenighet mellan en artefakt och ett testfall som inte är deklarerad här. Luckornas beskrivningar är skrivna på engelska.", ""],
    }[lang]
    by_artifact: dict[str, list[dict]] = defaultdict(list)
    for gap in gaps:
        by_artifact[gap.get("artifact", "other")].append(gap)
    names = {"jsonschema": "JSON Schema", "shacl": "SHACL", "python": "Python (pydantic)", "jsonld": "JSON-LD", "owl": "OWL",
             "rules": "Rules stage" if lang == "en" else "Regelsteget"}
    status, resolution = ("Status", "Resolution") if lang == "en" else ("Status", "Lösning")
    for artifact in sorted(by_artifact):
        out += [f"## {names.get(artifact, artifact)}", ""]
        for gap in by_artifact[artifact]:
            out += [f'<h3 id="{md.html(gap["id"])}"><code>{md.html(gap["id"])}</code> — {md.html(gap.get("construct"))}</h3>', "",
                    f"**{status}:** {_cell(gap.get('status', '—'))}", "", _cell(gap.get("description")), ""]
            if gap.get("resolution"):
                out += [f"**{resolution}:** {_cell(gap['resolution'])}", ""]
    disagreements = data.get("disagreements") or []
    if disagreements:
        out += {
            "en": ["## Declared disagreements", "", "Selectors of conformance-case verdicts that an artifact is known to get wrong, each tied to a gap above.", "",
                   "| Gap | Artifact | Direction | Selector |", "|---|---|---|---|"],
            "sv": ["## Deklarerade oenigheter", "", "Urval av testfallsutslag som en artefakt veterligen bedömer fel, vart och ett knutet till en lucka ovan.", "",
                   "| Lucka | Artefakt | Riktning | Urval |", "|---|---|---|---|"],
        }[lang]
        for entry in disagreements:
            selector = ", ".join(f"{k}: {v}" for k, v in entry.items() if k not in ("gap", "artifact", "direction"))
            out.append(f"| [{_cell(entry.get('gap'))}](#{md.html(entry.get('gap'))}) | {_cell(entry.get('artifact'))} | {_cell(entry.get('direction'))} | {_cell(selector)} |")
    return "\n".join(out) + "\n"


class InvalidClaims(ValueError):
    """A submitted claim (``conformance/claims/``) is invalid: the site is not built with it."""


def _checked_claims(root: Path):
    """The claims, checked once per state of the folder (``check_claims_once``)."""
    from ...conformance.claims import check_claims_once

    return check_claims_once(root)


def claims_section(root: Path, lang: str = "en") -> list[str]:
    """The results page's section on implementers' claims: a table per submitted EARL report.
    Raises ``InvalidClaims`` (naming each file and what is wrong) when one is invalid, so the site
    build fails. Every text from a report is escaped for Markdown and HTML."""
    import html

    from ...conformance.reports import markdown_text, plain_text

    sv = lang == "sv"
    checked = _checked_claims(root)
    if not checked.valid:
        raise InvalidClaims("invalid claims in conformance/claims/ (run `kll conformance claims`):\n"
                            + "\n".join(plain_text(f.message("en"), 2000) for f in checked.findings))
    guide = "claims.md"
    if sv:
        out = ["## Implementationers anspråk {#implementations-claims}", "",
               "Varje utvecklare kan lämna in sin implementations EARL-rapport från `kll conformance run --earl` till mappen "
               f"`conformance/claims/` ([så här]({guide})). Rapporterna kontrolleras när webbplatsen byggs: de ska gälla exakt en "
               "implementation och en version av testsviten, och varje testfall ska finnas i sviten. Siffrorna är "
               "implementationens egna; om ett anspråk är verifierat avgör förvaltningsforumet, inte verktyget (beslutsdokument 0036; ett verifierat anspråk kallas aldrig en certifiering).", ""]
    else:
        out = ["## Implementations' claims", "",
               "Any implementer can submit their implementation's EARL report from `kll conformance run --earl` to the folder "
               f"`conformance/claims/` ([how]({guide})). The reports are checked when the site is built: each is about exactly one "
               "implementation and one version of the conformance suite, and every case it names is a case of the suite. The figures "
               "are the implementation's own; whether a claim is verified is the governance forum's decision, not the tool's (decision record 0036; a verified claim is never called a certification).", ""]
    if not checked.claims:
        out += ["Inga anspråk har lämnats in än." if sv else "No claims have been submitted yet.", ""]
        return out
    for claim in checked.claims:
        name, version = markdown_text(claim.name, 300), markdown_text(claim.version, 100)
        shown = f'<a href="{html.escape(claim.homepage, quote=True)}">{name}</a>' if claim.homepage else name
        file_name = claim.file.rsplit("/", 1)[-1]  # a plain name: check_claim refuses any other
        date = markdown_text(claim.date) if claim.date else ("anges inte" if sv else "not stated")
        if sv:
            out += [f"### {name} {version}", "",
                    f"Implementation: {shown} · version {version} · testsvit {markdown_text(claim.suite_version, 100)} · nivå {claim.level} · "
                    f"datum: {date} · [den inlämnade rapporten](claims/{file_name})", ""]
        else:
            out += [f"### {name} {version}", "",
                    f"Implementation: {shown} · version {version} · suite {markdown_text(claim.suite_version, 100)} · level {claim.level} · "
                    f"date: {date} · [the submitted report](claims/{file_name})", ""]
        if not claim.cases_checked:
            out += ["Testfallen i en äldre version av sviten kontrolleras inte; profilerna är rapportens egna." if sv
                    else "The cases of an older suite version are not checked; the profiles are the report's own.", ""]
        out += ["| Profil | Godkända / påstådda | Andel | Underkända | Hoppade över | Fel vid körning |" if sv
                else "| Profile | Passed / asserted | Pass % | Failed | Skipped | Errored |", "|---|---:|---:|---:|---:|---:|"]
        for figures in claim.profiles:
            asserted = f"{figures.passed} / {figures.total}"
            if figures.suite_cases is not None and figures.total < figures.suite_cases:
                asserted += f" ({'av' if sv else 'of'} {figures.suite_cases} {'i sviten' if sv else 'in the suite'})"
            percent = "–" if figures.percent is None else f"{figures.percent} %"
            profile = markdown_text(figures.profile, 200).replace("|", "\\|")
            out.append(f"| {profile} | {asserted} | {percent} | {figures.failed} | {figures.skipped} | {figures.errored} |")
        out.append("")
    return out


def case_status_lines(lang: str = "en") -> list[str]:
    """How many cases are proposed and how many approved, and what approval waits for: the suite
    runs every case, but a case is normative only once the forum has accepted every decision record
    governing it (``kll governance check`` holds the cases to that)."""
    from ...conformance.cases import load_cases

    statuses = Counter(case.status for case in load_cases())
    proposed, approved = statuses.get("proposed", 0), statuses.get("approved", 0)
    r12, r30 = "../decisions/0012-conformant-means-zero-violations-in-a-profile.md", "../decisions/0030-the-forum-decides-by-consensus-then-qualified-majority-with-appeal-to-the-gd-forum.md"
    if lang == "sv":
        return [f"Testfallens status: {proposed} föreslagna (`proposed`), {approved} fastställda (`approved`). Ett testfall fastställs "
                f"först när förvaltningsforumet har antagit varje beslutsdokument som styr det ([0012]({r12}), [0030]({r30})); "
                "så länge de beslutsdokumenten bara är föreslagna är testfallen det också. Körningen omfattar varje testfall, "
                "vilken status det än har.", ""]
    return [f"The cases' status: {proposed} proposed, {approved} approved. A case is approved only once the governance forum "
            f"has accepted every decision record governing it ([0012]({r12}), [0030]({r30})); while those records are only "
            "proposed, so are the cases. The run covers every case, whatever its status.", ""]


def page_results(root: Path, lang: str = "en") -> str:
    path = root / "conformance" / "results" / "reference.json"
    sv = lang == "sv"
    out = ["# " + ("Resultat för överensstämmelse" if sv else "Conformance results"), ""]
    if not path.is_file():
        out += ["Inga resultat är registrerade än: kör `kll conformance results`." if sv else "No results recorded yet: run `kll conformance results`.", ""]
        return "\n".join(out + claims_section(root, lang)).rstrip() + "\n"
    data = json.loads(path.read_text(encoding="utf-8"))
    version, suite, level = data["implementation_version"], data["suite_version"], data["level"]
    if sv:
        out += [f"Referensvalideraren (`kll` {version}) mot testsviten {suite}, på nivå {level}. Resultaten registreras av "
                "`kll conformance results` i `conformance/results/reference.json` och jämförs med en ny körning i testerna, "
                "så de är resultaten för denna version.", "", "## Referensvalideraren, per profil", "",
                "| Profil | Testfall | Godkända | Underkända | Andel godkända |", "|---|---:|---:|---:|---:|"]
    else:
        out += [f"The reference validator (`kll` {version}) against the conformance suite {suite}, at level {level}. "
                "These results are recorded by `kll conformance results` into `conformance/results/reference.json` and checked "
                "against a fresh run by the tests, so they are the results of this version.", "", "## Reference validator, per profile", "",
                "| Profile | Cases | Passed | Failed | Pass % |", "|---|---:|---:|---:|---:|"]
    out[-4:-4] = case_status_lines(lang)
    for profile, counts in data["profiles"].items():
        pct = f"{100 * counts['passed'] // counts['cases']} %" if counts["cases"] else "–"
        out.append(f"| `{profile}` | {counts['cases']} | {counts['passed']} | {counts['failed']} | {pct} |")
    total = data["total"]
    out += [f"| **{'alla' if sv else 'all'}** | {total['cases']} | {total['passed']} | {total['failed']} | {100 * total['passed'] // max(total['cases'], 1)} % |", ""]
    gaps = "../reference/known-gaps.md"
    if sv:
        out += ["## Överensstämmelse mellan artefakterna", "",
                "Varje testfall bedöms för sig av varje genererad artefakt och av regelsteget: når artefakten ensam det förväntade "
                f"utslaget? En oenighet är antingen deklarerad i registret över [kända luckor]({gaps}) (med skäl) eller får testerna att fallera.", "",
                "| Artefakt | Bedömda testfall | Överens | Deklarerad lucka | Odeklarerad | Ej tillämplig |", "|---|---:|---:|---:|---:|---:|"]
    else:
        out += ["## Agreement matrix", "",
                "Each case judged separately by each generated artifact and by the rules stage: does the artifact alone "
                f"reach the expected verdict? A disagreement is either declared in the [known gaps]({gaps}) register (with its reason) or fails the tests.", "",
                "| Artifact | Cases judged | Agrees | Declared gap | Undeclared | Not applicable |", "|---|---:|---:|---:|---:|---:|"]
    for artifact, counts in data["agreement"].items():
        out.append(f"| {artifact} | {counts['judged']} | {counts['agrees']} | {counts['declared']} | {counts['undeclared']} | {counts['not_applicable']} |")
    out.append("")
    return "\n".join(out + claims_section(root, lang)).rstrip() + "\n"


def generated_pages(root: Path | None = None) -> Pages:
    """Every generated page, by its path under ``docs/``, once per language (``….sv.md``, ``….en.md``)."""
    root = (root or repository_root()).resolve()
    ctx = _context(root)
    groups: dict[str, list[str]] = defaultdict(list)
    for rule_id, group in ctx.rule_groups.items():
        groups[group].append(rule_id)
    pages: Pages = {}
    for lang in LANGS:
        plain: Pages = {"reference/index.md": page_reference_index(ctx, lang)}
        for module in ctx.model.modules:
            plain[module_page(module)] = page_for_module(ctx, module, lang)
        for element in ctx.model.classes.values():
            plain[class_page(element.name)] = page_for_class(ctx, element, lang)
        for element in ctx.model.slots.values():
            plain[slot_page(element.name)] = page_for_slot(ctx, element, lang)
        for element in ctx.model.enums.values():
            plain[enum_page(element.name)] = page_for_enum(ctx, element, lang)
        plain["reference/known-gaps.md"] = page_known_gaps(root, lang)
        plain["rules/index.md"] = page_rules_index(ctx, lang)
        for group, rule_ids in groups.items():
            plain[rule_page(group)] = page_rules_group(ctx, group, rule_ids, lang)
        plain["conformance/results.md"] = page_results(root, lang)
        plain[levels_page.SOURCE] = levels_page.page_levels(root, ctx.rule_link, lang)
        plain[forum_page.SOURCE] = forum_page.page_forum(root, lang)
        pages.update({localized(path, lang): text for path, text in plain.items()})
    return pages
