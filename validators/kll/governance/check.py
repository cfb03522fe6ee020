"""``kll governance check``: every decision record and the agency register, checked.

Three kinds of problems, one list, each with a rule ID:

* what the **model** says about a record's front matter — the front matters and the register are
  validated together as one data package (so unknown keys, required keys, enum values, the dates a
  status needs, the minutes of an accepted ecosystem decision and references between records are
  the model's own rules: ``DecisionRecord.closed``, ``reference.unresolved``, …);
* what only the **decision log** as a whole can tell — ``decision.*`` and ``register.*`` below;
* with ``since``, what **git history** tells — accepted records changed outside the allowed fields,
  records removed or renumbered;
* what the **report** says — every Swedish quotation a record or a guide attributes to the report
  of the assignment occurs in its text, in the section cited (:mod:`kll.governance.quotes`);
* what the **conformance cases** say — a case is ``approved`` only when every record governing it
  is accepted (:mod:`kll.governance.lifecycle`).

Problems are reported as ``file:line: rule: message`` (paths relative to the repository root).
"""

from __future__ import annotations

import fnmatch
import json
import re
import subprocess
import tempfile
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from ..validation.loaders import InputError
from ..artifacts.paths import repository_root
from .records import (
    OPTIONAL_HEADINGS, REQUIRED_HEADINGS, RECORD_FILE, RecordFile, decisions_dir, number_of, read_record,
    record_files, record_uri, translation_path,
)
from .register import Register, codeowners, codeowners_path, read_register, register_path

if TYPE_CHECKING:
    from .lifecycle import CaseStatus

__all__ = ["CHECKS", "GovernanceInputError", "Problem", "CheckResult", "CommandExists", "check_governance", "resolve_confirmation"]

#: Whether the words after ``kll`` (e.g. ``["governance", "check"]``) name a command. The CLI
#: builds one from its command tree (``kll.cli.governance.command_finder``): governance sits below
#: the CLI and never imports it.
CommandExists = Callable[[Sequence[str]], bool]

#: The checker's own rules (the model's rules are in ``kll rules``).
CHECKS: dict[str, str] = {
    "decision.file-name": "A record's file name is NNNN-slug.md: a four-digit number and a lowercase ASCII slug.",
    "decision.front-matter": "A record starts with YAML front matter between '---' lines that reads as a mapping.",
    "decision.number-matches-file": "The record_number and the id of a record match the number in its file name.",
    "decision.number-unique": "No two records have the same number.",
    "decision.supersession-both-sides": "A supersedes B exactly when B is superseded by A.",
    "decision.supersession-cycle": "No record supersedes itself, directly or through others.",
    "decision.retired-by-unaccepted": "Only an accepted record can retire another: a record is superseded only by accepted records.",
    "decision.agency-unknown": "Every agency a record names is in the agency register.",
    "decision.title-heading": "The record's first heading is '# ' followed by its English title.",
    "decision.heading-missing": "The body has every heading of the MADR 4 template.",
    "decision.heading-order": "The template's headings come in the template's order.",
    "decision.link-broken": "Every relative link in a record points to a file that exists.",
    "decision.translation-title": "A record's Swedish translation (NNNN-slug.sv.md) has no front matter and starts with '# ' followed by title.sv.",
    "decision.translation-missing": "Every record has a Swedish translation, NNNN-slug.sv.md beside it (decision record 0038).",
    "decision.translation-sections": "A record's Swedish translation has as many '## ' sections as the record, in the same order.",
    "decision.confirmation-empty": "The Confirmation section names at least one rule, case or check that enforces the decision.",
    "decision.confirmation-unresolved": "Every rule pattern, case and check named in the Confirmation section exists.",
    "decision.ethics-review": "A record that touches the individual module has an 'Ethics and Transparency Review' section.",
    "decision.banner": "A superseded or deprecated record carries the generated banner naming its successor or date, and no other record does.",
    "decision.index-drift": "The decision index and decisions.json equal a fresh generation (kll governance index).",
    "decision.removed": "A record, once committed, is never deleted (it is withdrawn, deprecated or superseded instead).",
    "decision.number-reused": "A record's number and file name never change and are never given to another record.",
    "decision.changed-after-acceptance": "An accepted record changes only in its status (to superseded or deprecated), superseded_by, date_deprecated and last_updated.",
    "decision.quote-not-in-report": "Every Swedish quotation a record (or a guide) attributes to the report occurs in the report's text (governance/sources/), word for word up to word endings.",
    "decision.quote-wrong-section": "Every section cited for a quotation from the report is the section, or a chapter holding the section, where the quotation occurs.",
    "decision.case-approved-unaccepted": "A conformance case is approved only when every decision record governing it is accepted (kll.governance.lifecycle).",
    "register.alias-unique": "Each agency alias appears once in the register.",
    "register.module-owner": "Every module of the model has exactly one owning agency in the register.",
    "register.codeowners-drift": "CODEOWNERS equals a fresh generation from the register (kll governance codeowners).",
}

#: Front-matter keys an accepted record may still change, and the statuses it may move to.
MUTABLE_AFTER_ACCEPTANCE = frozenset({"decision_status", "superseded_by", "date_deprecated", "last_updated"})
STATUSES_AFTER_ACCEPTANCE = frozenset({"accepted", "superseded", "deprecated"})
RETIRED = frozenset({"superseded", "deprecated"})
AGENCY_KEYS = ("decision_makers", "consulted", "informed", "owning_agency")
REFERENCE_KEYS = ("supersedes", "superseded_by", "amends")


class GovernanceInputError(Exception):
    """The check cannot run at all (missing folder or register, unknown git revision): exit 2.

    ``message_sv`` is the Swedish message, where the check gives one (``--lang sv``)."""

    def __init__(self, message: str, message_sv: str = "") -> None:
        super().__init__(message)
        self.message_sv = message_sv


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    rule: str
    message: str
    severity: str = "error"  # error | warning | info
    message_sv: str = ""  # the Swedish message, where the check gives one

    def __str__(self) -> str:
        tag = "" if self.severity == "error" else f"{self.severity}: "
        return f"{self.file}:{self.line}: {tag}{self.rule}: {self.message}"


@dataclass
class CheckResult:
    records: list[RecordFile]
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": len(self.records), "errors": len(self.errors),
            "warnings": sum(p.severity == "warning" for p in self.problems),
            "problems": [asdict(p) for p in self.problems],
        }


def check_governance(
    root: Path | None = None, *, since: str | None = None, generated: bool = True, command_exists: CommandExists | None = None,
) -> CheckResult:
    """Check every record in ``docs/decisions/`` and the agency register.

    ``root`` may be another repository laid out the same way; without its own
    ``governance/agencies.yaml`` its records are judged against the ecosystem's register.

    ``since`` names a git revision: accepted records must then have changed only in the allowed
    fields since it, and no record may have been removed or renumbered. ``generated`` also checks
    that the index, ``decisions.json`` and ``CODEOWNERS`` are up to date. ``command_exists``
    looks up the ``kll …`` commands a Confirmation names (``kll governance check`` passes its own
    command tree); without it those entries are not checked.
    """
    root = (root or repository_root()).resolve()
    folder = decisions_dir(root)
    if not folder.is_dir():
        raise GovernanceInputError(f"no decision records folder at {folder}")
    register_file = register_path(root)
    if not register_file.is_file() and root != repository_root().resolve():
        # another repository's decision log, judged against the ecosystem's register
        register_file = register_path(repository_root())
    if not register_file.is_file():
        raise GovernanceInputError(f"no agency register at {register_path(root)}")
    try:
        register = read_register(register_file)
    except InputError as error:
        raise GovernanceInputError(f"{_relative(register_file, root)}: the agency register cannot be read: {error.detail_in()}") from None

    records = [read_record(path) for path in record_files(folder)]
    checker = _Checker(root, records, register, command_exists)
    checker.run()
    if generated:
        checker.generated_files()
    if since is not None:
        checker.history(since)
    checker.problems.sort()
    return CheckResult(records, checker.problems)


def resolve_confirmation(
    kind: str, value: str, rule_ids: Iterable[str], case_ids: Iterable[str], root: Path, command_exists: CommandExists | None = None,
) -> list[str] | None:
    """What a confirmation entry names: the matching rule or case IDs, or ``[value]`` for a check
    that exists; ``None`` when it names nothing that exists. A ``kll …`` command is looked up with
    ``command_exists`` (see ``check_governance``)."""
    if kind == "rules":
        matches = fnmatch.filter(rule_ids, value)
        return sorted(matches) or None
    if kind == "cases":
        matches = fnmatch.filter(case_ids, value)
        return sorted(matches) or None
    return [value] if _check_exists(value, root, command_exists) else None


def _check_exists(value: str, root: Path, command_exists: CommandExists | None) -> bool:
    if value.startswith("kll ") or value == "kll":
        return command_exists is None or command_exists(value.split()[1:])
    path, _, name = value.partition("::")
    target = root / path
    if not target.exists() or ".." in Path(path).parts:
        return False
    if not name:
        return True
    if not target.is_file():
        return False
    pattern = re.compile(rf"^\s*(?:async\s+def|def|class)\s+{re.escape(name.split('[')[0])}\b", re.MULTILINE)
    return bool(pattern.search(target.read_text(encoding="utf-8")))


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)


class _Checker:
    def __init__(self, root: Path, records: list[RecordFile], register: Register, command_exists: CommandExists | None = None) -> None:
        self.root = root
        self.command_exists = command_exists
        self.records = records
        self.register = register
        self.problems: list[Problem] = []
        self.by_number: dict[int, RecordFile] = {}
        self.model_pointers: dict[str, set[str]] = defaultdict(set)

    def add(self, record_or_path: RecordFile | Path, line: int, rule: str, message: str, severity: str = "error", message_sv: str = "") -> None:
        path = record_or_path.path if isinstance(record_or_path, RecordFile) else record_or_path
        self.problems.append(Problem(_relative(path, self.root), line, rule, message, severity, message_sv))

    # --- the whole run ----------------------------------------------------------------------

    def run(self) -> None:
        readable = []
        for record in self.records:
            if record.number is None:
                self.add(record, 1, "decision.file-name", f"'{record.name}' is not named NNNN-slug.md (four digits, a lowercase ASCII slug with hyphens).")
            if record.front_matter_error:
                line, message = record.front_matter_error
                self.add(record, line, "decision.front-matter", message[0].upper() + message[1:] + ".")
            else:
                readable.append(record)
        self.model(readable)
        self.numbers(readable)
        self.register_rules()
        for record in readable:
            self.agencies(record)
            self.supersession(record)
        self.cycles(readable)
        for record in self.records:
            self.body(record)
        self.quotations()
        self.case_lifecycle()

    # --- the model ----------------------------------------------------------------------------

    def model(self, records: list[RecordFile]) -> None:
        """Validate every front matter and the register as one data package with the model."""
        from ..artifacts.modelindex import model_index
        from ..validation.pipeline import validate

        package = {
            "conforms_to_model_version": model_index().model_version,
            "decision_records": [r.front_matter for r in records],
            "agencies": self.register.data.get("agencies") or [],
        }
        with tempfile.TemporaryDirectory() as scratch:
            path = Path(scratch) / "decision-log.json"
            path.write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
            # The structural and rules stages express every constraint on a front matter; the SHACL
            # stage would only repeat them, at the cost of loading the shapes graph.
            report = validate([path], stages=("structural", "rules"))
        register_lines = _register_lines(self.register)
        for finding in report.findings:
            pointer = finding.location.pointer or ""
            message = finding.message_en + (f" {finding.detail}" if finding.detail else "")
            severity = {"violation": "error"}.get(finding.severity.value, finding.severity.value)
            match = re.match(r"^/(decision_records|agencies)/(\d+)(.*)$", pointer)
            if match and match[1] == "decision_records":
                record = records[int(match[2])]
                self.model_pointers[record.name].add(match[3])
                self.add(record, record.line_of(match[3]), finding.rule, message, severity)
            elif match:
                line = register_lines.get(int(match[2]), 1)
                self.add(self.register.path, line, finding.rule, message, severity)
            elif finding.rule != "package.model-version":
                self.add(self.register.path, 1, finding.rule, message, severity)

    # --- numbering ------------------------------------------------------------------------------

    def numbers(self, records: list[RecordFile]) -> None:
        for record in records:
            if record.number is None:
                continue
            declared = record.value("record_number")
            if isinstance(declared, int) and declared != record.number:
                self.add(record, record.line_of("/record_number"), "decision.number-matches-file",
                         f"record_number is {declared} but the file name says {record.number:04d}.")
            identifier = record.value("id")
            if isinstance(identifier, str) and identifier != record.uri:
                self.add(record, record.line_of("/id"), "decision.number-matches-file",
                         f"id is {identifier} but the file name makes it {record.uri}.")
            other = self.by_number.get(record.number)
            if other is not None:
                self.add(record, 1, "decision.number-unique", f"number {record.number:04d} is also used by {other.name}; numbers are never shared or reused.")
            else:
                self.by_number[record.number] = record

    # --- the register ---------------------------------------------------------------------------

    def register_rules(self) -> None:
        seen: dict[str, int] = {}
        for agency in self.register.agencies:
            if agency.alias in seen:
                self.add(self.register.path, agency.line, "register.alias-unique", f"agency alias '{agency.alias}' is listed twice (also on line {seen[agency.alias]}).")
            seen.setdefault(agency.alias, agency.line)
        from .register import MODULE_PATHS

        for module in MODULE_PATHS:
            owners = self.register.owners(module)
            if not owners:
                self.add(self.register.path, 1, "register.module-owner", f"no agency owns the module '{module}': add it to one agency's owned_modules.")
            elif len(owners) > 1:
                line = next(a.line for a in self.register.agencies if a.alias == owners[1])
                self.add(self.register.path, line, "register.module-owner",
                         f"the module '{module}' is owned by {', '.join(owners)}; each module has exactly one owning agency (decision record 0002).")

    def agencies(self, record: RecordFile) -> None:
        flagged = self.model_pointers.get(record.name, set())
        for key in AGENCY_KEYS:
            value = record.value(key)
            values = value if isinstance(value, list) else [value] if value is not None else []
            for position, alias in enumerate(values):
                pointer = f"/{key}/{position}" if isinstance(value, list) else f"/{key}"
                if not isinstance(alias, str) or f"/{key}" in flagged or pointer in flagged:
                    continue  # the model already reports a value that is not an agency alias
                if alias not in self.register.aliases:
                    self.add(record, record.line_of(pointer), "decision.agency-unknown",
                             f"{key} names '{alias}', which is not an agency in governance/agencies.yaml.")

    # --- supersession ---------------------------------------------------------------------------

    def _targets(self, record: RecordFile, key: str) -> list[tuple[int, RecordFile]]:
        value = record.value(key)
        out = []
        for position, uri in enumerate(value if isinstance(value, list) else []):
            number = number_of(uri)
            if number is not None and number in self.by_number:
                out.append((position, self.by_number[number]))
        return out

    def supersession(self, record: RecordFile) -> None:
        if record.number is None or self.by_number.get(record.number) is not record:
            return
        for position, older in self._targets(record, "supersedes"):
            if record.uri not in (older.value("superseded_by") or []):
                self.add(record, record.line_of(f"/supersedes/{position}"), "decision.supersession-both-sides",
                         f"this record supersedes {older.name}, but that record does not name this one in superseded_by.")
        for position, newer in self._targets(record, "superseded_by"):
            if record.uri not in (newer.value("supersedes") or []):
                self.add(record, record.line_of(f"/superseded_by/{position}"), "decision.supersession-both-sides",
                         f"this record is superseded by {newer.name}, but that record does not name this one in supersedes.")
            if newer.value("decision_status") != "accepted":
                self.add(record, record.line_of(f"/superseded_by/{position}"), "decision.retired-by-unaccepted",
                         f"{newer.name} has status {newer.value('decision_status')}; only an accepted record can retire another.")

    def cycles(self, records: list[RecordFile]) -> None:
        edges: dict[int, set[int]] = defaultdict(set)
        for record in records:
            if record.number is None:
                continue
            for _, older in self._targets(record, "supersedes"):
                edges[record.number].add(older.number)
            for _, newer in self._targets(record, "superseded_by"):
                edges[newer.number].add(record.number)
        reported: set[frozenset[int]] = set()
        for start in sorted(edges):
            path = self._cycle_from(start, edges)
            if path and frozenset(path) not in reported:
                reported.add(frozenset(path))
                record = self.by_number[start]
                chain = " → ".join(f"{n:04d}" for n in path + [start])
                self.add(record, record.line_of("/supersedes") if record.value("supersedes") else record.line_of("/superseded_by"),
                         "decision.supersession-cycle", f"supersession runs in a circle: {chain}.")

    @staticmethod
    def _cycle_from(start: int, edges: dict[int, set[int]]) -> list[int] | None:
        stack = [(start, [start])]
        seen = set()
        while stack:
            node, path = stack.pop()
            for following in sorted(edges.get(node, ())):
                if following == start:
                    return path
                if following not in seen:
                    seen.add(following)
                    stack.append((following, path + [following]))
        return None

    # --- the body -------------------------------------------------------------------------------

    def body(self, record: RecordFile) -> None:
        if record.front_matter_error and record.front_matter_error[1].startswith("the front matter is not closed"):
            return
        titles = [h for h in record.headings if h.level == 1]
        title = record.title_en
        if not titles or record.headings[0].level != 1:
            self.add(record, record.body_line, "decision.title-heading", "the body does not start with a '# ' heading holding the English title.")
        elif title is not None and titles[0].text != title:
            self.add(record, titles[0].line, "decision.title-heading", f"the heading '{titles[0].text}' differs from title.en '{title}'.")
        self.headings(record)
        self.links(record)
        self.confirmation(record)
        self.translation(record)
        modules = record.value("model_modules") or []
        if isinstance(modules, list) and "individual" in modules:
            section = record.section("Ethics and Transparency Review")
            if section is None or not record.text.split("\n")[section[0]:section[1] - 1] or not "".join(record.text.split("\n")[section[0]:section[1] - 1]).strip():
                self.add(record, record.body_line, "decision.ethics-review",
                         "the record touches the individual module but has no '## Ethics and Transparency Review' section (decision record 0015).")
        self.banner(record)

    def headings(self, record: RecordFile) -> None:
        found = [(h.level, h.text, h.line) for h in record.headings if (h.level, h.text) in REQUIRED_HEADINGS]
        present = {(level, text) for level, text, _ in found}
        for level, text in REQUIRED_HEADINGS:
            if (level, text) not in present:
                self.add(record, record.body_line, "decision.heading-missing", f"the body has no '{'#' * level} {text}' heading (MADR 4 template).")
        order = [REQUIRED_HEADINGS.index((level, text)) for level, text, _ in found]
        for (previous, current), (_, text, line) in zip(zip(order, order[1:]), found[1:]):
            if current < previous:
                self.add(record, line, "decision.heading-order", f"'{text}' comes after a heading that the template puts after it.")
                break
        options = record.section("Pros and Cons of the Options")
        if options and not any(h.level == 3 and options[0] < h.line < options[1] for h in record.headings):
            self.add(record, options[0], "decision.heading-missing", "'Pros and Cons of the Options' has no '### <option>' heading.")

    def links(self, record: RecordFile) -> None:
        for link in record.links:
            target = link.target
            if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE) or target.startswith("#"):
                continue
            path = target.split("#", 1)[0].split("?", 1)[0]
            if not _link_exists(record.path.parent, path):
                self.add(record, link.line, "decision.link-broken", f"the link '{target}' points to nothing.")

    def translation(self, record: RecordFile) -> None:
        """The Swedish translation exists (every text a person reads is in Swedish and English,
        record 0038) and follows the record: the front matter stays in the English record (one set
        of metadata), the title is title.sv and the sections are the record's sections, so that a
        reader can move between the two section by section."""
        path = translation_path(record.path)
        if not path.is_file():
            title_line = record.headings[0].line if record.headings else 1
            self.add(record, title_line, "decision.translation-missing", f"the record has no Swedish translation {path.name}; every record exists in Swedish and English (decision record 0038).",
                     message_sv=f"beslutsdokumentet saknar svensk översättning {path.name}; varje beslutsdokument finns på svenska och engelska (beslutsdokument 0038).")
            return
        translated = read_record(path)
        title_sv = (record.value("title") or {}).get("sv") if isinstance(record.value("title"), dict) else None
        if not translated.front_matter_error:
            self.add(path, 1, "decision.translation-title", "the translation has front matter; the metadata is kept in the English record only.",
                     message_sv="översättningen har metadata i början; metadata finns bara i det engelska beslutsdokumentet.")
        first = translated.headings[0] if translated.headings else None
        if first is None or first.level != 1 or (title_sv is not None and first.text != title_sv):
            self.add(path, first.line if first else 1, "decision.translation-title", "the translation does not start with '# ' followed by the record's title.sv.",
                     message_sv="översättningen börjar inte med '# ' följt av beslutsdokumentets title.sv.")
        sections, translated_sections = [h for h in record.headings if h.level == 2], [h for h in translated.headings if h.level == 2]
        if len(sections) != len(translated_sections):
            self.add(path, translated_sections[0].line if translated_sections else 1, "decision.translation-sections",
                     f"the translation has {len(translated_sections)} '## ' sections and the record {len(sections)}.",
                     message_sv=f"översättningen har {len(translated_sections)} avsnitt med '## ' och beslutsdokumentet {len(sections)}.")
        for link in translated.links:
            if re.match(r"^[a-z][a-z0-9+.-]*:", link.target, re.IGNORECASE) or link.target.startswith("#"):
                continue
            if not _link_exists(path.parent, link.target.split("#", 1)[0].split("?", 1)[0]):
                self.add(path, link.line, "decision.link-broken", f"the link '{link.target}' points to nothing.",
                         message_sv=f"länken '{link.target}' pekar inte på något.")

    def confirmation(self, record: RecordFile) -> None:
        section = record.section("Confirmation")
        if section is None:
            return  # reported as a missing heading
        if not record.references:
            self.add(record, section[0], "decision.confirmation-empty",
                     "the Confirmation section names no rule, case or check: add '- Rules: `…`', '- Cases: `…`' or '- Checks: `…`'.")
        # Rules, cases and checks belong to the toolchain, which may check a decision log elsewhere.
        toolchain = repository_root()
        rule_ids, case_ids = _rule_ids(), _case_ids(toolchain)
        for reference in record.references:
            if resolve_confirmation(reference.kind, reference.value, rule_ids, case_ids, toolchain, self.command_exists) is None:
                what = {"rules": "matches no rule in `kll rules`", "cases": "matches no conformance case",
                        "checks": "names no file, test or kll command that exists"}[reference.kind]
                self.add(record, reference.line, "decision.confirmation-unresolved", f"'{reference.value}' {what}.")

    # --- quotations from the report ------------------------------------------------------------

    def quotations(self) -> None:
        """Every Swedish quotation the records and the guides attribute to the report occurs in
        it, in the section cited (see :mod:`kll.governance.quotes`)."""
        from .quotes import load_report, quotations, report_path

        path = report_path(self.root)
        if not path.is_file():
            path = report_path(repository_root())  # another repository's log: the ecosystem's copy
        if not path.is_file():
            raise GovernanceInputError(f"no report text at {report_path(self.root)}: the quotation check needs it")
        report = load_report(path.resolve())
        texts: list[tuple[Path, str, int]] = []
        for record in self.records:
            if record.front_matter_error and record.front_matter_error[1].startswith("the front matter is not closed"):
                continue
            lines = record.text.split("\n")
            texts.append((record.path, "\n".join(lines[record.body_line - 1:]), record.body_line))
        for pattern in QUOTING_DOCUMENTS:
            for guide in sorted(self.root.glob(pattern)):
                texts.append((guide, guide.read_text(encoding="utf-8"), 1))
        for path, text, first_line in texts:
            for quotation in quotations(text, first_line, swedish_text=path.name.endswith(".sv.md")):
                shown = quotation.text if len(quotation.text) <= 70 else quotation.text[:67] + "..."
                found = report.find(quotation.text)
                if not found:
                    self.add(path, quotation.line, "decision.quote-not-in-report",
                             f"the quotation \"{shown}\" does not occur in the report ({_relative(report.path, self.root) if report.path else 'report'}); quote it word for word.",
                             message_sv=f"citatet \"{shown}\" förekommer inte i rapporten; citera rapporten ordagrant.")
                    continue
                where = sorted({s for occurrence in found for s in occurrence.sections}, key=_section_key)
                if quotation.sections and not any(s == c or s.startswith(c + ".") for s in where for c in quotation.sections):
                    cited = ", ".join(quotation.sections)
                    self.add(path, quotation.line, "decision.quote-wrong-section",
                             f"the quotation \"{shown}\" is cited as section {cited} but occurs in section {', '.join(where) or '(before section 1)'} of the report.",
                             message_sv=f"citatet \"{shown}\" anges höra till avsnitt {cited} men står i avsnitt {', '.join(where) or '(före avsnitt 1)'} i rapporten.")

    # --- the conformance cases' lifecycle ------------------------------------------------------

    def case_lifecycle(self) -> None:
        """Every approved case of the repository's suite has only accepted records governing it
        (see :mod:`kll.governance.lifecycle` for which records govern a case)."""
        import yaml

        from ..artifacts.paths import profiles_dir
        from ..conformance.cases import cases_dir
        from ..conformance.profiles import load_profiles, shared_rules
        from .index import rule_decisions
        from .lifecycle import CaseFileUnreadable, governance_of, read_case_statuses

        try:
            approved = [case for case in read_case_statuses(cases_dir(self.root)) if case.status == "approved"]
        except CaseFileUnreadable as error:
            where = _relative(error.path, self.root) + (f":{error.line}" if error.line else "")
            raise GovernanceInputError(
                f"{where}: {error.reason('en')}, so the cases' lifecycle cannot be checked",
                f"{where}: {error.reason('sv')}, så testfallens livscykel kan inte kontrolleras") from None
        if not approved:
            return
        readable = [r for r in self.records if r.front_matter is not None and r.number is not None]
        rule_ids = _rule_ids()
        rule_records = {rule: number_of(uri) for rule, uri in rule_decisions(readable, rule_ids).items()}
        statuses = {r.number: r.value("decision_status") for r in readable}
        try:
            # a log without profiles of its own is judged with the ecosystem's, as with the register
            profiles = load_profiles(self.root if profiles_dir(self.root).is_dir() else None)
        except (ValueError, KeyError, TypeError, AttributeError, yaml.YAMLError):
            where = _relative(profiles_dir(self.root), self.root)
            raise GovernanceInputError(
                f"{where}: a conformance profile cannot be read, so the cases' lifecycle cannot be checked",
                f"{where}: en profil kan inte läsas, så testfallens livscykel kan inte kontrolleras") from None
        by_profile: dict[str, list[str] | None] = {}

        def profile_rules(profile: str) -> list[str] | None:
            if profile not in by_profile:
                by_profile[profile] = list(profiles[profile].rules("full")) if profile in profiles else None
            return by_profile[profile]

        shared = shared_rules()
        for case in approved:
            governing = governance_of(case, rule_records=rule_records, shared=shared, profile_rules=profile_rules, known_rules=rule_ids)
            pending = sorted(n for n in governing.records if statuses.get(n) != "accepted")
            if pending or governing.rules_without_record or governing.unknown_profile:
                english, swedish = _lifecycle_messages(
                    case, [(n, statuses.get(n)) for n in pending], sorted(governing.rules_without_record),
                    unknown_profile=governing.unknown_profile)
                self.add(case.path, case.line, "decision.case-approved-unaccepted", english, message_sv=swedish)

    def banner(self, record: RecordFile) -> None:
        from .index import banner_problem

        problem = banner_problem(record, self.by_number)
        if problem:
            self.add(record, problem[0], "decision.banner", problem[1])

    # --- generated files ------------------------------------------------------------------------

    def generated_files(self) -> None:
        from .index import index_outputs

        if any(p.rule in ("decision.front-matter", "decision.file-name", "decision.number-unique") for p in self.problems):
            return  # an index of an unreadable log would only repeat those problems
        for path, text in index_outputs(self.root, self.records).items():
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                self.add(path, 1, "decision.index-drift", f"{_relative(path, self.root)} is out of date: run `kll governance index`.")
        path = codeowners_path(self.root)
        if not path.is_file() or path.read_text(encoding="utf-8") != codeowners(self.register):
            self.add(path, 1, "register.codeowners-drift", f"{_relative(path, self.root)} is out of date: run `kll governance codeowners`.")

    # --- history --------------------------------------------------------------------------------

    def history(self, revision: str) -> None:
        folder = _relative(decisions_dir(self.root), self.root)
        listing = _git(self.root, "ls-tree", "--name-only", f"{revision}:{folder}")
        names = [n for n in listing.splitlines() if RECORD_FILE.match(n)]
        current = {r.name: r for r in self.records}
        by_number = {r.number: r for r in self.records if r.number is not None}
        for name in names:
            number = int(name[:4])
            if name not in current:
                now = by_number.get(number)
                if now is None:
                    self.add(decisions_dir(self.root) / name, 1, "decision.removed",
                             f"{name} existed at {revision} and has been deleted; withdraw, deprecate or supersede a record instead.")
                else:
                    self.add(now, 1, "decision.number-reused", f"number {number:04d} was {name} at {revision}; record numbers and file names never change.")
                continue
            old_text = _git(self.root, "show", f"{revision}:{folder}/{name}")
            self.compare(current[name], old_text, revision)

    def compare(self, record: RecordFile, old_text: str, revision: str) -> None:
        with tempfile.TemporaryDirectory() as scratch:
            path = Path(scratch) / record.name
            path.write_text(old_text, encoding="utf-8")
            old = read_record(path)
        if old.front_matter is None or old.value("decision_status") != "accepted" or record.front_matter is None:
            return
        for key in sorted(set(old.front_matter) | set(record.front_matter)):
            if key in MUTABLE_AFTER_ACCEPTANCE or old.front_matter.get(key) == record.front_matter.get(key):
                continue
            self.add(record, record.line_of(f"/{key}"), "decision.changed-after-acceptance",
                     f"'{key}' changed since {revision}, when the record was already accepted; write a new record that amends or supersedes it.")
        status = record.value("decision_status")
        if status not in STATUSES_AFTER_ACCEPTANCE:
            self.add(record, record.line_of("/decision_status"), "decision.changed-after-acceptance",
                     f"an accepted record can only become superseded or deprecated, not {status}.")
        from .index import strip_banner

        before, after = strip_banner(_body_text(old)).split("\n"), strip_banner(_body_text(record)).split("\n")
        if before != after:
            first = next((i for i, (a, b) in enumerate(zip(before, after)) if a != b), min(len(before), len(after)))
            line = _body_line(record, after[first]) if first < len(after) else record.body_line
            self.add(record, line, "decision.changed-after-acceptance",
                     f"the body changed since {revision}, when the record was already accepted; write a new record that amends or supersedes it.")


#: Documents besides the records whose quotations from the report are checked (relative to the root).
QUOTING_DOCUMENTS = ("docs/guides/*.md", "docs/index.*.md", "docs/decisions/[0-9][0-9][0-9][0-9]-*.sv.md")


def _lifecycle_messages(case: CaseStatus, pending: list[tuple[int, Any]], unrecorded: list[str], *,
                        unknown_profile: bool = False) -> tuple[str, str]:
    """The English and the Swedish message for a case approved too early.
    Only IDs, record numbers and statuses are named: a status outside the model's list (which
    the model check reports) is said as "not accepted"; a case without a valid ID is named by its
    place in the file."""
    from .vocabulary import STATUS_WORDS

    named = (f"the case '{case.id}'", f"testfallet '{case.id}'") if case.id else (
        f"the case at position {case.position} of the file", f"testfallet på plats {case.position} i filen")

    def status(value: Any, language: int) -> str:
        return STATUS_WORDS[value][language] if isinstance(value, str) and value in STATUS_WORDS else ("not accepted", "inte antaget")[language]

    def rules(language: int) -> str:
        shown = ", ".join(unrecorded[:5]) + ((" and {} more", " och {} till")[language].format(len(unrecorded) - 5) if len(unrecorded) > 5 else "")
        return (f"; the rules {shown} have no accepted or proposed decision record",
                f"; reglerna {shown} har inget antaget eller föreslaget beslutsdokument")[language]

    en_records = ", ".join(f"{n:04d} ({status(s, 0)})" for n, s in pending)
    sv_records = ", ".join(f"{n:04d} ({status(s, 1)})" for n, s in pending)
    profile = ("; its profile is not a profile of the suite, so the records of the rules it checks cannot be known",
               "; dess profil är ingen profil i testsviten, så beslutsdokumenten för reglerna den kontrollerar kan inte bestämmas")
    en = (f"{named[0]} has status approved, but not every decision record governing it is accepted"
          + (f": {en_records}" if pending else "") + (rules(0) if unrecorded else "") + (profile[0] if unknown_profile else "")
          + ". A case is approved only once the forum has accepted every record governing it (decision records 0012 and 0030); set its status to proposed.")
    sv = (f"{named[1]} har status approved, men inte alla beslutsdokument som styr det är antagna"
          + (f": {sv_records}" if pending else "") + (rules(1) if unrecorded else "") + (profile[1] if unknown_profile else "")
          + ". Ett testfall fastställs (approved) först när forumet har antagit varje beslutsdokument som styr det (beslutsdokument 0012 och 0030); sätt dess status till proposed.")
    return en, sv


def _link_exists(folder: Path, target: str) -> bool:
    """Whether a relative link resolves: the site links ``name.md`` and shows ``name.sv.md`` or
    ``name.en.md`` in the page's language, so any of the three is the target."""
    resolved = (folder / target).resolve()
    if resolved.exists() or not target.endswith(".md"):
        return resolved.exists()
    stem = resolved.with_suffix("")
    return any(stem.with_name(f"{stem.name}.{language}.md").exists() for language in ("sv", "en"))


def _section_key(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split("."))


def _body_line(record: RecordFile, text: str) -> int:
    lines = record.text.split("\n")
    return next((i + 1 for i in range(record.body_line - 1, len(lines)) if lines[i] == text), record.body_line)


def _body_text(record: RecordFile) -> str:
    return "\n".join(record.text.split("\n")[record.body_line - 1:]).strip()


def _register_lines(register: Register) -> dict[int, int]:
    return {position: agency.line for position, agency in enumerate(register.agencies)}


def _git(root: Path, *args: str) -> str:
    try:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=False)
    except OSError as error:
        raise GovernanceInputError(f"git cannot be run: {error}") from None
    if result.returncode != 0:
        raise GovernanceInputError(f"git {' '.join(args)}: {result.stderr.strip() or 'failed'}")
    return result.stdout


@cache
def _rule_ids() -> list[str]:
    from ..validation.catalogue import catalogue

    return list(catalogue())


@cache
def _case_ids(root: Path) -> list[str]:
    from ..conformance.cases import load_cases

    return [case.id for case in load_cases(root)]
