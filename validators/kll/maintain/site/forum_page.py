"""The generated page ``governance/forum.md``: what the governance forum has before it.

Four sections, each read from the repository when the site is built, so the page cannot drift:

1. the decision records by status and approval track (``docs/decisions/decisions.json``, which
   ``kll governance index`` writes);
2. what waits for a decision: the proposed records, and the conformance cases by status (each
   case file's ``status``, read, never assumed);
3. the model diff in readable form (:mod:`kll.maintain.diffreport`): the working model against
   the newest release snapshot in ``model/releases/``, and the newest release against the one
   before it;
4. the implementations' conformance claims, each with its figures per profile and whether the forum
   has verified it (decision record 0036), read with :mod:`kll.conformance.claims`.

Every text from a record or the model goes into the page escaped (:mod:`kll.render.markdown`).
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

from ...governance.vocabulary import SCOPE_WORDS, STATUS_WORDS, word
from ...render import markdown as md

__all__ = ["SOURCE", "page_forum"]

#: The page's path under ``docs/``.
SOURCE = "governance/forum.md"

#: Statuses in the order a reader follows a record's life.
_STATUS_ORDER = ("proposed", "draft", "accepted", "rejected", "withdrawn", "deprecated", "superseded")
_CASE_STATUS = {"proposed": ("proposed", "föreslagna"), "approved": ("approved", "fastställda")}

TEXT = {
    "en": {
        "title": "The governance forum",
        "intro": ("What the governance forum has before it, generated from the repository when this site is built. How a "
                  "change is proposed and decided is in [How a change is decided]({process}) and in decision record "
                  "[0001]({first}); a record on the ecosystem track is decided by the forum, one on the module track by "
                  "the module's owning agency."),
        "records": "Decision records by status and track",
        "records_intro": "{n} decision records in the [decision log]({index}).",
        "status": "Status", "track": "Track", "all": "all", "record": "Record", "title_col": "Title",
        "waiting": "Waiting for a decision",
        "proposed": "Proposed records ({n})",
        "no_proposed": "No record is proposed.",
        "cases": "Conformance cases by status",
        "cases_intro": ("Each conformance case has a status in its case file: *proposed* until it is approved. "
                        "{n} cases in all. By profile:"),
        "profile": "Profile",
        "diff": "The model diff",
        "diff_intro": ("The changes grouped and put in words by `kll model diff` (the same report as `kll model diff "
                       "--format markdown` gives for a pull request)."),
        "unreleased": "Unreleased: the model against release {version}",
        "release": "The latest release that changed the model: {old} → {new}",
        "no_release": "No release snapshot exists yet in `model/releases/`.",
        "claims": "Implementations' conformance claims",
        "claims_text": ("{n} submitted in `conformance/claims/`. The [conformance results]({results}) show each "
                        "claim's figures per profile, checked when the site is built; [Implementations' claims]({guide}) says "
                        "how an implementer submits one. The forum decides whether a claim is verified (decision record 0036; a verified claim is never called a certification)."),
        "claim_columns": ("Implementation", "Version", "Suite version", "Level",
                          "Profiles: passed / asserted", "Verified ([0036]({record}))"),
        "not_verified": "no",
    },
    "sv": {
        "title": "Förvaltningsforumet",
        "intro": ("Det som ligger på förvaltningsforumets bord, genererat ur förrådet när webbplatsen byggs. Hur en ändring "
                  "föreslås och beslutas står i [Hur en ändring beslutas]({process}) och i beslutsdokument [0001]({first}); ett "
                  "beslutsdokument på ekosystemspåret beslutas av forumet, en på modulspåret av modulens ansvariga myndighet."),
        "records": "Beslutsdokument efter status och beslutsväg",
        "records_intro": "{n} beslutsdokument i [beslutsloggen]({index}).",
        "status": "Status", "track": "Beslutsväg", "all": "alla", "record": "Beslutsdokument", "title_col": "Titel",
        "waiting": "Väntar på beslut",
        "proposed": "Föreslagna beslutsdokument ({n})",
        "no_proposed": "Inget beslutsdokument är föreslaget.",
        "cases": "Testfall efter status",
        "cases_intro": ("Varje testfall har en status i sin testfallsfil: *föreslaget* tills det fastställs. "
                        "{n} testfall totalt. Per profil:"),
        "profile": "Profil",
        "diff": "Modelldiffen",
        "diff_intro": ("Ändringarna grupperade och beskrivna i ord av `kll model diff` (samma rapport som `kll model diff "
                       "--format markdown` ger för en pull request)."),
        "unreleased": "Ej utgivet: modellen mot utgåva {version}",
        "release": "Den senaste utgåvan som ändrade modellen: {old} → {new}",
        "no_release": "Det finns ännu ingen utgåva i `model/releases/`.",
        "claims": "Implementationers anspråk på överensstämmelse",
        "claims_text": ("{n} i `conformance/claims/`. [Resultaten för överensstämmelse]({results}) visar "
                        "varje anspråks siffror per profil, kontrollerade när webbplatsen byggs; [Implementationers anspråk]({guide}) "
                        "beskriver hur en utvecklare lämnar in ett. Forumet avgör om ett anspråk är verifierat (beslutsdokument 0036; ett verifierat anspråk kallas aldrig en certifiering)."),
        "claim_columns": ("Implementation", "Version", "Testsvitens version", "Nivå",
                          "Profiler: godkända / påstådda", "Verifierat ([0036]({record}))"),
        "not_verified": "nej",
    },
}


#: Headings whose text holds a figure (a count, a version) get a fixed anchor in both languages,
#: so a link to the section survives the next record or release.
_FIXED_ANCHORS = {"proposed": "proposed-records", "unreleased": "unreleased-changes", "release": "latest-release-changes"}


def _heading(level: int, lang: str, key: str, **values: object) -> str:
    """A heading; a Swedish one keeps the English page's anchor (``{#english-slug}``)."""
    from markdown.extensions.toc import slugify

    text = md.text(TEXT[lang][key].format(**values))
    anchor = _FIXED_ANCHORS.get(key) or (slugify(TEXT["en"][key].format(**values), "-") if lang == "sv" else "")
    return f"{'#' * level} {text}" + (f" {{#{anchor}}}" if anchor else "")


def _records(root: Path) -> list[dict]:
    path = root / "docs" / "decisions" / "decisions.json"
    return json.loads(path.read_text(encoding="utf-8"))["records"] if path.is_file() else []


def _record_link(record: dict, lang: str) -> str:
    """``[0001](../decisions/0001-….md) Title``: the page of the record, titled in ``lang``."""
    name = Path(str(record["file"])).name
    title = record.get("title", {}) or {}
    shown = (title.get(lang) or title.get("en") or "") if isinstance(title, dict) else str(title)
    return f"[{int(record['number']):04d}](../decisions/{name})", md.text(shown)


def _records_section(root: Path, lang: str) -> list[str]:
    words, records = TEXT[lang], _records(root)
    counts = Counter((str(r.get("status")), str(r.get("scope"))) for r in records)
    statuses = [s for s in _STATUS_ORDER if any(k[0] == s for k in counts)] + sorted({k[0] for k in counts} - set(_STATUS_ORDER))
    tracks = sorted({k[1] for k in counts})
    out = [_heading(2, lang, "records"), "", words["records_intro"].format(n=len(records), index="../decisions/index.md"), ""]
    if not records:
        return out
    out += ["| " + " | ".join([words["status"], *(md.text(word(SCOPE_WORDS, t, lang)) for t in tracks), words["all"]]) + " |",
            "|---|" + "---:|" * (len(tracks) + 1)]
    for status in statuses:
        row = [counts[status, t] for t in tracks]
        out.append("| " + " | ".join([md.text(word(STATUS_WORDS, status, lang)), *map(str, row), str(sum(row))]) + " |")
    out += ["", f"| {words['record']} | {words['title_col']} | {words['track']} | {words['status']} |", "|---|---|---|---|"]
    for record in sorted(records, key=lambda r: int(r["number"])):
        link, title = _record_link(record, lang)
        out.append(f"| {link} | {title} | {md.text(word(SCOPE_WORDS, record.get('scope'), lang))} | "
                   f"{md.text(word(STATUS_WORDS, record.get('status'), lang))} |")
    return out + [""]


def _waiting_section(root: Path, lang: str) -> list[str]:
    from ...conformance.cases import load_cases

    words = TEXT[lang]
    proposed = sorted((r for r in _records(root) if r.get("status") == "proposed"), key=lambda r: int(r["number"]))
    out = [_heading(2, lang, "waiting"), "", _heading(3, lang, "proposed", n=len(proposed)), ""]
    if proposed:
        out += [f"- {link} {title}" for link, title in (_record_link(r, lang) for r in proposed)]
    else:
        out.append(words["no_proposed"])
    cases = load_cases(root)
    by_profile = Counter((c.profile, c.status) for c in cases)
    statuses = sorted({c.status for c in cases}, key=lambda s: (s != "proposed", s))
    label = lambda s: _CASE_STATUS.get(s, (s, s))[0 if lang == "en" else 1]  # noqa: E731
    out += ["", _heading(3, lang, "cases"), "", words["cases_intro"].format(n=len(cases)), "",
            "| " + " | ".join([words["profile"], *(md.text(label(s)) for s in statuses), words["all"]]) + " |",
            "|---|" + "---:|" * (len(statuses) + 1)]
    for profile in sorted({c.profile for c in cases}):
        row = [by_profile[profile, s] for s in statuses]
        out.append("| " + " | ".join([md.code(profile), *map(str, row), str(sum(row))]) + " |")
    totals = [sum(by_profile[p, s] for p in {c.profile for c in cases}) for s in statuses]
    out.append("| " + " | ".join([f"**{words['all']}**", *map(str, totals), str(len(cases))]) + " |")
    return out + [""]


@cache
def _current_snapshot(root: Path) -> dict:
    """The working model's snapshot, built once per build (SchemaView takes seconds)."""
    from ...artifacts import paths
    from ..modeldiff import snapshot_of_schema

    return snapshot_of_schema(paths.root_schema(root))


def _diff_section(root: Path, lang: str) -> list[str]:
    from ..diffreport import render_markdown
    from ..modeldiff import Source, compare, load_snapshot_file, release_snapshots

    words = TEXT[lang]
    out = [_heading(2, lang, "diff"), "", words["diff_intro"], ""]
    releases = release_snapshots(root)
    if not releases:
        return out + [words["no_release"], ""]
    newest = releases[-1]
    latest = Source(f"model/releases/{newest.name}", load_snapshot_file(newest))
    out += [_heading(3, lang, "unreleased", version=latest.version), "",
            *_demoted(render_markdown(compare(latest, Source("model/", _current_snapshot(root))), lang, level=3, anchors="unreleased"))]
    # The newest release that changed the model: a release may only have moved the version.
    for older, newer in reversed(list(zip(releases, releases[1:]))):
        pair = compare(Source(f"model/releases/{older.name}", load_snapshot_file(older)),
                       Source(f"model/releases/{newer.name}", load_snapshot_file(newer)))
        if pair.changes:
            out += [_heading(3, lang, "release", old=pair.old.version, new=pair.new.version), "",
                    *_demoted(render_markdown(pair, lang, level=3, anchors="release"))]
            break
    return out


def _demoted(report: str) -> list[str]:
    """The report without its own title line: the section heading above says what is compared.

    The report is rendered from the level of that heading (3), so its sections (4) follow it
    without a skipped level."""
    lines = report.rstrip("\n").split("\n")
    return lines[2:] + [""] if lines and lines[0].startswith("#") else lines + [""]


#: Record 0036: the forum verifies a claim by peer review; until it has, a claim is the
#: implementation's own statement. No claim file records a verification, so none is shown verified.
_RECORD_0036 = "../decisions/0036-the-forum-approves-cases-with-their-records-and-verifies-claims-by-peer-review.md"


def _claims(root: Path) -> tuple:
    """The valid claims, checked once per state of the folder (``check_claims_once``)."""
    from ...conformance.claims import check_claims_once

    return check_claims_once(root).claims


def _claims_section(root: Path, lang: str) -> list[str]:
    from ...conformance.claims import claim_paths

    words, paths = TEXT[lang], claim_paths(root)
    # the site build refuses an invalid claim, so every file counted here is a row of the table
    singular = len(paths) == 1
    if lang == "sv":
        n = f"{len(paths)} anspråk är " + ("inlämnat" if singular else "inlämnade")
    else:
        n = f"{len(paths)} claim is" if singular else f"{len(paths)} claims are"
    text = words["claims_text"].format(n=n, results="../conformance/results.md#implementations-claims",
                                       guide="../conformance/claims.md")
    out = [_heading(2, lang, "claims"), "", text, ""]
    claims = _claims(root)
    if not claims:
        return out
    out += ["| " + " | ".join(words["claim_columns"]).format(record=_RECORD_0036) + " |", "|---|---|---|---|---|---|"]
    for claim in claims:
        figures = "; ".join(f"{md.code(f.profile)} {f.passed} / {f.total}" for f in claim.profiles)
        out.append(f"| {md.text(claim.name)} | {md.text(claim.version)} | {md.text(claim.suite_version)} | {md.text(claim.level)} | "
                   f"{figures} | {words['not_verified']} |")
    return out + [""]


def page_forum(root: Path, lang: str = "en") -> str:
    """The forum's page in ``lang`` (sv or en)."""
    words = TEXT[lang]
    out = [f"# {words['title']}", "",
           words["intro"].format(process="../guides/change-process.md", first=_first_record(root)), ""]
    out += _records_section(root, lang) + _waiting_section(root, lang) + _diff_section(root, lang) + _claims_section(root, lang)
    return "\n".join(out).rstrip("\n") + "\n"


def _first_record(root: Path) -> str:
    found = [r for r in _records(root) if int(r.get("number", 0)) == 1]
    return f"../decisions/{Path(str(found[0]['file'])).name}" if found else "../decisions/index.md"
