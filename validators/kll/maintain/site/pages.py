"""The generated pages of the documentation site, as Markdown keyed by their path under ``docs/``.

* ``reference/``: the model — an overview, one page per module (with a Mermaid class diagram),
  class, slot and enumeration, each with Swedish and English labels and definitions, URIs,
  mappings, cardinalities, ranges, the rules that apply and an example from the shipped examples;
  and the known gaps of each generated artifact;
* ``rules/``: the rule catalogue, one anchor per rule ID, grouped by the class it checks, with
  severity, messages, source element, decision record and the conformance cases that fire it;
* ``conformance/results.md``: the reference validator's results per profile and the agreement
  of each artifact, from the committed results file (``kll conformance results``).

Links between generated pages are relative Markdown links, so ``mkdocs build --strict`` checks
every one of them.

Every text that comes from the model, the rule catalogue, the decision records, the registers or
the examples goes into a page through :mod:`kll.render.markdown` (as text, a code span, an IRI or
escaped HTML), so a ``<script>`` in a description is shown as text and never runs.
"""

from __future__ import annotations

import json
import posixpath
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Iterable

import yaml

from ...artifacts.paths import examples_dir, repository_root
from ...render import markdown as md
from .model import Element, SiteModel, site_model

__all__ = ["Pages", "generated_pages", "rule_group", "rule_page", "CARDINALITY_LEGEND"]

CARDINALITY_LEGEND = "1 = required, 1..* = required list, 0..1 = optional, 0..* = optional list; *recommended* = SHOULD (a warning when missing)."
ORIGIN_TITLES = {"generated": "generated from the model", "rules": "rules stage (Python)", "engine": "validator engine"}
MAX_CASES_PER_RULE = 8
MAX_EXAMPLE_LINES = 40

Pages = dict[str, str]


def _rel(source: str, target: str) -> str:
    """A relative link from the page ``source`` to the page ``target`` (both under docs/)."""
    return posixpath.relpath(target, posixpath.dirname(source) or ".")


def _cell(text: Any) -> str:
    """Text from the data, safe inside a Markdown table cell and shown as written: no HTML, no
    link, no emphasis (``[01][0-9](\\.[0-9]+)`` in a rule's message is not a link)."""
    return md.text(text or "")


_text_cell = _cell


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


def rule_group(rule_id: str, source: str, classes: Iterable[str]) -> str:
    """The rules page a rule is listed on: its class, or ``general`` for dataset and engine rules."""
    head = (source or rule_id).split(".")[0]
    return head if head in classes else "general"


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
    decisions: dict[str, tuple[str, str]]  # record URI -> (file name, English title)
    owners: dict[str, list[str]]  # module -> agency aliases
    examples: dict[str, tuple[str, Any]]  # class -> (example file, record)

    def link(self, source: str, name: str, kind: str | None = None) -> str:
        """A link to the page of a class, enumeration or slot, or the name in code if it has none."""
        kind = kind or self.model.link_kind(name)
        target = {"classes": class_page, "enums": enum_page, "slots": slot_page}.get(kind or "")
        return f"[{md.text(name)}]({_rel(source, target(name))})" if target else _code(name)

    def rule_link(self, source: str, rule_id: str) -> str:
        return f"[`{rule_id}`]({_rel(source, rule_page(self.rule_groups[rule_id]))}#{_anchor(rule_id)})"

    def decision_link(self, source: str, uri: str | None) -> str:
        if not uri or uri not in self.decisions:
            return "—"
        name, title = self.decisions[uri]
        # A link title is an attribute: HTML escaping keeps it one; Markdown escapes would show.
        return f"[{name[:4]}]({_rel(source, 'decisions/' + name)} \"{md.html(title)}\")"


# --- building the context ----------------------------------------------------------------------

def _decisions(root: Path) -> dict[str, tuple[str, str]]:
    from ...governance.records import decisions_dir, read_record, record_files

    out = {}
    for path in record_files(decisions_dir(root)):
        record = read_record(path)
        if record.uri and record.front_matter:
            out[record.uri] = (path.name, record.title_en or path.stem)
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
    groups = {rule_id: rule_group(rule_id, rule.source, model.classes) for rule_id, rule in rules.items()}
    return _Context(model, rules, groups, _cases_by_rule(), _decisions(root), _owners(root), _examples(model, root))


# --- pages -------------------------------------------------------------------------------------

def _labels_table(element: Element) -> list[str]:
    return [
        "| | English | Svenska |",
        "|---|---|---|",
        f"| Label | {_cell(element.title_en)} | {_cell(element.title_sv) or '—'} |",
        f"| Definition | {_cell(element.description_en) or '—'} | {_cell(element.description_sv) or '—'} |",
    ]


def _mappings(facts: dict[str, Any]) -> list[str]:
    mappings = facts.get("mappings") or {}
    if not mappings:
        return []
    lines = ["", "**Mappings**", ""]
    for kind in ("exact", "close", "related", "narrow", "broad"):
        for iri in mappings.get(kind, []):
            lines.append(f"- {kind}: {md.iri(iri)}")
    return lines


def _cardinality(facts: dict[str, Any]) -> str:
    many = bool(facts.get("multivalued"))
    if facts.get("required"):
        text = "1..*" if many else "1"
    else:
        text = "0..*" if many else "0..1"
    if facts.get("recommended"):
        text += " *recommended*"
    return text


def _range(ctx: _Context, source: str, facts: dict[str, Any]) -> str:
    rng = facts.get("range") or "string"
    text = ctx.link(source, rng)
    if facts.get("pattern"):
        text += f"<br>pattern {md.code(facts['pattern'])}"
    return text


def _rules_table(ctx: _Context, source: str, rule_ids: list[str]) -> list[str]:
    if not rule_ids:
        return ["No rule applies."]
    lines = ["| Rule | Severity | Message | Decision |", "|---|---|---|---|"]
    for rule_id in rule_ids:
        rule = ctx.rules[rule_id]
        lines.append(f"| {ctx.rule_link(source, rule_id)} | {rule.severity.value} | {_text_cell(rule.message_en)} | {ctx.decision_link(source, rule.decision)} |")
    return lines


def _example(ctx: _Context, name: str) -> list[str]:
    if name not in ctx.examples:
        return []
    file, record = ctx.examples[name]
    text = yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100)
    lines = text.rstrip("\n").split("\n")
    if len(lines) > MAX_EXAMPLE_LINES:
        lines = lines[:MAX_EXAMPLE_LINES] + ["# …"]
    # a text in the example that holds a line of backticks must not close the block
    ticks = md.fence(lines)
    return ["", "## Example", "", f"From {md.code(file)}:", "", f"{ticks}yaml", *lines, ticks]


def _class_rules(ctx: _Context, name: str) -> list[str]:
    return sorted(r for r, rule in ctx.rules.items() if (rule.source or "").split(".")[0] == name and ctx.rule_groups[r] == name)


def page_for_class(ctx: _Context, element: Element) -> str:
    source = class_page(element.name)
    facts = element.facts
    out = [f"# {md.text(element.name)}", "", f"*{md.text(element.title_sv or element.title_en)}* · class in module [{md.text(element.module)}]({_rel(source, module_page(element.module))})", ""]
    out += [f"URI: {md.code(facts.get('uri'))}" + (" · abstract" if facts.get("abstract") else ""), ""]
    out += _labels_table(element)
    parents = [ctx.link(source, facts["is_a"])] if facts.get("is_a") else []
    parents += [ctx.link(source, m) for m in facts.get("mixins") or []]
    children = [ctx.link(source, c) for c in ctx.model.children(element.name)]
    if parents or children:
        out.append("")
        if parents:
            out.append(f"**Inherits from:** {', '.join(parents)}  ")
        if children:
            out.append(f"**Specialised by:** {', '.join(children)}")
    out += _mappings(facts)
    slots = facts.get("slots") or {}
    out += ["", "## Slots", "", f"Cardinality: {CARDINALITY_LEGEND}", ""]
    if slots:
        out += ["| Slot | Svenska | Range | Cardinality | Definition |", "|---|---|---|---|---|"]
        for slot, slot_facts in slots.items():
            sv = (slot_facts.get("annotations") or {}).get("title_sv") or ""
            out.append(f"| {ctx.link(source, slot, 'slots')} | {_cell(sv)} | {_range(ctx, source, slot_facts)} | {_cardinality(slot_facts)} | {_cell(slot_facts.get('description'))} |")
    else:
        out.append("No slots.")
    out += ["", "## Rules", ""] + _rules_table(ctx, source, _class_rules(ctx, element.name))
    out += _example(ctx, element.name)
    return "\n".join(out) + "\n"


def page_for_slot(ctx: _Context, element: Element) -> str:
    source = slot_page(element.name)
    facts = element.facts
    out = [f"# {md.text(element.name)}", "", f"*{md.text(element.title_sv or element.title_en)}* · slot defined in module [{md.text(element.module)}]({_rel(source, module_page(element.module))})", ""]
    out += [f"URI: {md.code(facts.get('uri'))} · range: {ctx.link(source, facts.get('range') or 'string')}", ""]
    out += _labels_table(element)
    out += _mappings(facts)
    users = ctx.model.users(element.name)
    out += ["", "## Used by", ""]
    if users:
        out += ["| Class | Range | Cardinality |", "|---|---|---|"]
        for cls in users:
            used = ctx.model.classes[cls].facts["slots"][element.name]
            out.append(f"| {ctx.link(source, cls)} | {_range(ctx, source, used)} | {_cardinality(used)} |")
    else:
        out.append("No class uses this slot directly; it is a parent of other slots or kept for mappings.")
    rules = sorted(r for r, rule in ctx.rules.items() if (rule.source or "").split(".")[1:2] == [element.name])
    out += ["", "## Rules", ""] + _rules_table(ctx, source, rules)
    return "\n".join(out) + "\n"


def page_for_enum(ctx: _Context, element: Element) -> str:
    source = enum_page(element.name)
    out = [f"# {md.text(element.name)}", "", f"*{md.text(element.title_sv or element.title_en)}* · enumeration in module [{md.text(element.module)}]({_rel(source, module_page(element.module))})", ""]
    out += _labels_table(element)
    values = element.facts.get("permissible_values") or {}
    out += ["", "## Values", "", "| Value | English | Svenska | Meaning | Description |", "|---|---|---|---|---|"]
    for value, facts in values.items():
        sv = (facts.get("annotations") or {}).get("title_sv") or ""
        meaning = facts.get("meaning")
        out.append(f"| {md.code(value)} | {_cell(facts.get('title'))} | {_cell(sv)} | {md.iri(meaning) if meaning else '—'} | {_cell(facts.get('description'))} |")
    users = sorted({(cls, slot) for cls, e in ctx.model.classes.items() for slot, f in (e.facts.get("slots") or {}).items() if f.get("range") == element.name})
    out += ["", "## Used by", ""]
    out += [f"- {ctx.link(source, cls)}.{ctx.link(source, slot, 'slots')}" for cls, slot in users] or ["No slot has this range."]
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


def page_for_module(ctx: _Context, module: str) -> str:
    source = module_page(module)
    info = ctx.model.modules[module]
    owners = ", ".join(ctx.owners.get(module, [])) or "—"
    out = [f"# {md.text(info['title'])}", "", f"*{md.text(info.get('title_sv') or info['title'])}* · module {md.code(module)} · maturity **{md.text(info.get('maturity') or 'unset')}** · owned by **{md.text(owners)}**", ""]
    out += [f"Namespace: {md.code(info['id'])}" + (f" · imports {', '.join(f'[{i}]({_rel(source, module_page(i))})' for i in info['imports'] if i in ctx.model.modules)}" if info["imports"] else ""), ""]
    out += ["| English | Svenska |", "|---|---|", f"| {_cell(info['description'])} | {_cell(info.get('description_sv'))} |"]
    diagram = _diagram(ctx, module)
    if diagram:
        out += ["", "## Class diagram", "", *diagram]
    for title, kind, items in (
        ("Classes", "classes", sorted(n for n, e in ctx.model.classes.items() if e.module == module)),
        ("Enumerations", "enums", sorted(n for n, e in ctx.model.enums.items() if e.module == module)),
        ("Slots", "slots", sorted(n for n, e in ctx.model.slots.items() if e.module == module)),
    ):
        if not items:
            continue
        collection = {"classes": ctx.model.classes, "enums": ctx.model.enums, "slots": ctx.model.slots}[kind]
        out += ["", f"## {title}", "", "| Name | Svenska | Definition |", "|---|---|---|"]
        for name in items:
            element = collection[name]
            out.append(f"| {ctx.link(source, name, kind)} | {_cell(element.title_sv)} | {_cell(element.description_en)} |")
    return "\n".join(out) + "\n"


def page_reference_index(ctx: _Context) -> str:
    source = "reference/index.md"
    m = ctx.model
    out = [
        "# Model reference", "",
        f"The KLL information model, version **{m.version}**, generated from the LinkML model in `model/` "
        f"(decision record [0003]({_rel(source, 'decisions/0003-the-linkml-model-is-normative.md')})): "
        f"{len(m.classes)} classes, {len(m.slots)} slots and {len(m.enums)} enumerations in {len(m.modules)} modules. "
        "Every element has a Swedish and an English label and definition.", "",
        "## Modules", "",
        "```mermaid", "flowchart BT",
    ]
    for module, info in m.modules.items():
        out.append(f"  {module}[\"{module}\"]")
    for module, info in m.modules.items():
        for imported in info["imports"]:
            if imported in m.modules:
                out.append(f"  {module} --> {imported}")
    out += ["```", "", "| Module | Svenska | Maturity | Owner | Classes | Enumerations |", "|---|---|---|---|---:|---:|"]
    for module, info in m.modules.items():
        classes = sum(e.module == module for e in m.classes.values())
        enums = sum(e.module == module for e in m.enums.values())
        out.append(f"| [{_cell(info['title'])}]({_rel(source, module_page(module))}) | {_cell(info.get('title_sv'))} | {_cell(info.get('maturity') or '—')} | {_cell(', '.join(ctx.owners.get(module, [])) or '—')} | {classes} | {enums} |")
    for title, kind, collection in (("Classes", "classes", m.classes), ("Enumerations", "enums", m.enums), ("Slots", "slots", m.slots)):
        out += ["", f"## {title}", "", "| Name | Svenska | Module |", "|---|---|---|"]
        for name in sorted(collection):
            element = collection[name]
            out.append(f"| {ctx.link(source, name, kind)} | {_cell(element.title_sv)} | {_cell(element.module)} |")
    return "\n".join(out) + "\n"


def page_rules_index(ctx: _Context) -> str:
    source = "rules/index.md"
    by_group: dict[str, list[str]] = defaultdict(list)
    for rule_id, group in ctx.rule_groups.items():
        by_group[group].append(rule_id)
    severities = defaultdict(int)
    origins = defaultdict(int)
    for rule in ctx.rules.values():
        severities[rule.severity.value] += 1
        origins[rule.origin] += 1
    out = [
        "# Rule catalogue", "",
        f"{len(ctx.rules)} rules. Every finding of the validator names one of them; conformance cases, "
        "reports (JSON, SARIF, JUnit, EARL) and these pages use the same IDs "
        f"(decision record [0016]({_rel(source, 'decisions/0016-every-constraint-has-a-rule-id-and-severity.md')})). "
        "A rule's IRI is `https://w3id.org/kll/rule/<rule ID>`. `kll rules --format json` prints the same catalogue.", "",
        "| Severity | Rules |", "|---|---:|", *[f"| {s} | {severities[s]} |" for s in ("violation", "warning", "info") if severities[s]], "",
        "| Origin | Rules |", "|---|---:|", *[f"| {ORIGIN_TITLES[o]} | {origins[o]} |" for o in ("generated", "rules", "engine") if origins[o]], "",
        "## By class", "", "| Class | Svenska | Rules |", "|---|---|---:|",
    ]
    for group in sorted(by_group, key=lambda g: (g == "general", g)):
        sv = ctx.model.classes[group].title_sv if group in ctx.model.classes else "allmänna regler"
        label = group if group != "general" else "General (input, dataset, engine)"
        out.append(f"| [{label}]({_rel(source, rule_page(group))}) | {_cell(sv)} | {len(by_group[group])} |")
    return "\n".join(out) + "\n"


def page_rules_group(ctx: _Context, group: str, rule_ids: list[str]) -> str:
    source = rule_page(group)
    title = f"Rules on {group}" if group != "general" else "General rules"
    out = [f"# {title}", ""]
    if group in ctx.model.classes:
        out += [f"The rules that check {ctx.link(source, group)} (*{md.text(ctx.model.classes[group].title_sv)}*).", ""]
    else:
        out += ["Rules about the input, the dataset as a whole and the validator engine.", ""]
    for rule_id in sorted(rule_ids):
        rule = ctx.rules[rule_id]
        element = rule.source or ""
        parts = element.split(".")
        if parts[0] in ctx.model.classes and len(parts) > 1 and parts[1] in ctx.model.slots:
            element_link = f"{ctx.link(source, parts[0])}.{ctx.link(source, parts[1], 'slots')}"
        elif parts[0] in ctx.model.classes:
            element_link = ctx.link(source, parts[0])
        else:
            element_link = _code(element or "—")
        cases = ctx.cases_by_rule.get(rule_id, [])
        shown = ", ".join(md.code(c) for c in cases[:MAX_CASES_PER_RULE]) + (f" and {len(cases) - MAX_CASES_PER_RULE} more" if len(cases) > MAX_CASES_PER_RULE else "")
        out += [
            f'<h2 id="{md.html(_anchor(rule_id))}"><code>{md.html(rule_id)}</code></h2>', "",
            f"| | |", "|---|---|",
            f"| Severity | **{rule.severity.value}** |",
            f"| Stages | {', '.join(s.value for s in rule.stages)} ({ORIGIN_TITLES[rule.origin]}) |",
            f"| Message (en) | {_text_cell(rule.message_en)} |",
            f"| Meddelande (sv) | {_text_cell(rule.message_sv)} |",
            f"| Element | {element_link} |",
            f"| Decision | {ctx.decision_link(source, rule.decision)} |",
            f"| Cases that fire it | {shown or '—'} |",
            "",
        ]
    return "\n".join(out) + "\n"


def page_known_gaps(root: Path) -> str:
    data = yaml.safe_load((root / "model" / "known-gaps.yaml").read_text(encoding="utf-8"))
    gaps = data.get("gaps") or []
    out = [
        "# Known gaps of the generated artifacts", "",
        "What each generated artifact cannot express, why, and which stage checks it instead "
        "(decision record [0017](../decisions/0017-validation-in-layers-with-declared-gaps.md)). "
        "The register is `model/known-gaps.yaml`; the tests fail on any disagreement between an "
        "artifact and a conformance case that is not declared here.", "",
    ]
    by_artifact: dict[str, list[dict]] = defaultdict(list)
    for gap in gaps:
        by_artifact[gap.get("artifact", "other")].append(gap)
    names = {"jsonschema": "JSON Schema", "shacl": "SHACL", "python": "Python classes (pydantic)", "jsonld": "JSON-LD context", "owl": "OWL", "rules": "Rules stage"}
    for artifact in sorted(by_artifact):
        out += [f"## {names.get(artifact, artifact)}", ""]
        for gap in by_artifact[artifact]:
            out += [f'<h3 id="{md.html(gap["id"])}"><code>{md.html(gap["id"])}</code> — {md.html(gap.get("construct"))}</h3>', "",
                    f"**Status:** {_cell(gap.get('status', '—'))}", "", _cell(gap.get("description")), ""]
            if gap.get("resolution"):
                out += [f"**Resolution:** {_cell(gap['resolution'])}", ""]
    disagreements = data.get("disagreements") or []
    if disagreements:
        out += ["## Declared disagreements", "", "Selectors of conformance-case verdicts that an artifact is known to get wrong, each tied to a gap above.", "",
                "| Gap | Artifact | Direction | Selector |", "|---|---|---|---|"]
        for entry in disagreements:
            selector = ", ".join(f"{k}: {v}" for k, v in entry.items() if k not in ("gap", "artifact", "direction"))
            out.append(f"| [{_cell(entry.get('gap'))}](#{md.html(entry.get('gap'))}) | {_cell(entry.get('artifact'))} | {_cell(entry.get('direction'))} | {_cell(selector)} |")
    return "\n".join(out) + "\n"


def page_results(root: Path) -> str:
    path = root / "conformance" / "results" / "reference.json"
    out = ["# Conformance results", ""]
    if not path.is_file():
        return "\n".join(out + ["No results recorded yet: run `kll conformance results`."]) + "\n"
    data = json.loads(path.read_text(encoding="utf-8"))
    out += [
        f"The reference validator (`kll` {data['implementation_version']}) against the conformance suite "
        f"{data['suite_version']}, at level {data['level']}. These results are recorded by "
        "`kll conformance results` into `conformance/results/reference.json` and checked against a fresh "
        "run by the tests, so they are the results of this version.", "",
        "## Reference validator, per profile", "",
        "| Profile | Cases | Passed | Failed | Pass % |", "|---|---:|---:|---:|---:|",
    ]
    for profile, counts in data["profiles"].items():
        pct = f"{100 * counts['passed'] // counts['cases']} %" if counts["cases"] else "–"
        out.append(f"| `{profile}` | {counts['cases']} | {counts['passed']} | {counts['failed']} | {pct} |")
    total = data["total"]
    out += [f"| **all** | {total['cases']} | {total['passed']} | {total['failed']} | {100 * total['passed'] // max(total['cases'], 1)} % |", ""]
    out += [
        "## Agreement matrix", "",
        "Each case judged separately by each generated artifact and by the rules stage: does the artifact alone "
        "reach the expected verdict? A disagreement is either declared in the [known gaps](../reference/known-gaps.md) "
        "register (with its reason) or fails the tests.", "",
        "| Artifact | Cases judged | Agrees | Declared gap | Undeclared | Not applicable |", "|---|---:|---:|---:|---:|---:|",
    ]
    for artifact, counts in data["agreement"].items():
        out.append(f"| {artifact} | {counts['judged']} | {counts['agrees']} | {counts['declared']} | {counts['undeclared']} | {counts['not_applicable']} |")
    return "\n".join(out) + "\n"


def generated_pages(root: Path | None = None) -> Pages:
    """Every generated page, by its path under ``docs/``."""
    root = (root or repository_root()).resolve()
    ctx = _context(root)
    pages: Pages = {"reference/index.md": page_reference_index(ctx)}
    for module in ctx.model.modules:
        pages[module_page(module)] = page_for_module(ctx, module)
    for element in ctx.model.classes.values():
        pages[class_page(element.name)] = page_for_class(ctx, element)
    for element in ctx.model.slots.values():
        pages[slot_page(element.name)] = page_for_slot(ctx, element)
    for element in ctx.model.enums.values():
        pages[enum_page(element.name)] = page_for_enum(ctx, element)
    pages["reference/known-gaps.md"] = page_known_gaps(root)
    pages["rules/index.md"] = page_rules_index(ctx)
    groups: dict[str, list[str]] = defaultdict(list)
    for rule_id, group in ctx.rule_groups.items():
        groups[group].append(rule_id)
    for group, rule_ids in groups.items():
        pages[rule_page(group)] = page_rules_group(ctx, group, rule_ids)
    pages["conformance/results.md"] = page_results(root)
    return pages
