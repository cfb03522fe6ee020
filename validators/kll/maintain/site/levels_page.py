"""The generated page ``conformance/levels.md``: per profile, what the levels ``core`` and ``full``
demand, and how much of each level an implementation built on each generated artifact can pass.

Every figure comes from the profiles, the cases and the agreement recorded by
``kll conformance results`` (``conformance/results/agreement.json``, read through
:mod:`kll.conformance.levels`); nothing on the page is typed by hand.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ...conformance.agreement import ARTIFACTS
from ...conformance.cases import load_cases
from ...conformance.levels import LevelFigures, agreement_path, level_figures, load_recorded
from ...conformance.profiles import load_profiles
from ...render import markdown as md

__all__ = ["SOURCE", "page_levels"]

#: The page's path under ``docs/``.
SOURCE = "conformance/levels.md"

#: The artifacts as a sentence names them, and as the table's columns do.
NAMES = {
    "en": {"json-schema": "the JSON Schema", "shacl": "the SHACL shapes", "python": "the Python classes", "rules": "the rules stage"},
    "sv": {"json-schema": "JSON Schema", "shacl": "SHACL-formerna", "python": "Python-klasserna", "rules": "regelsteget"},
}
HEADERS = {
    "en": {"json-schema": "JSON Schema", "shacl": "SHACL", "python": "Python classes", "rules": "Rules stage"},
    "sv": {"json-schema": "JSON Schema", "shacl": "SHACL", "python": "Python-klasserna", "rules": "Regelsteget"},
}

TEXT = {
    "en": {
        "title": "Conformance levels",
        "missing": "No agreement is recorded yet: run `kll conformance results`.",
        "intro": (
            "What each level of each profile demands, and how much of it an implementation built on one generated "
            "artifact can pass. A case passes at level `core` when the implementation reaches the expected verdict and "
            "reports exactly the violations the case expects; at level `full` it must also report exactly the warnings the "
            "case expects. A rule counts as expressible by an artifact when, on every case of the suite that fires the rule, "
            "the artifact alone reaches the expected verdict and, for a warning, reports it. JSON Schema and the Python "
            "classes know no severity below invalid, so they express no warning rule. The figures come from the agreement "
            "matrix recorded in `conformance/results/agreement.json` by `kll conformance results`; which artifact misses "
            "what, and why, is in the [known gaps](../reference/known-gaps.md). To run only the cases an implementation "
            "built on some artifacts can pass, give them to the runner: `kll conformance run --artifacts json-schema "
            "--level core` (see the [conformance guide](guide.md))."
        ),
        "level": "Level", "rules": "Rules", "cases": "Cases",
        "cell": "{rules} / {total} rules · {cases} / {all} cases",
        "core": (
            "**`core`** demands {rules} rules (violations) of this profile, judged on {cases} cases: conformant data breaks none of them."
        ),
        "full": (
            "**`full`** adds {warnings} rules (warnings, the SHOULD rules): each case then expects every warning it fires too "
            "— {warned} of the {cases} cases expect at least one warning, which an implementation must report to pass them."
        ),
        "reach": (
            "An implementation built on {artifact} alone can pass {core} of the {cases} cases at `core` and {full} at `full`."
        ),
        "whole": "An implementation built on {artifacts} alone can pass every case of level `{level}`.",
        "none": (
            "No artifact alone passes a whole level: the four side by side (a case rejected when any of them rejects it) reach "
            "{core} of the {cases} cases at `core` and {full} at `full`; the reference validator, which runs them in one "
            "pipeline with its input checks, passes every case. An implementation built on some of them runs the "
            "cases within its reach with `--artifacts`, e.g. `kll conformance run --profile {profile} --artifacts json-schema --level core`."
        ),
        "cannot": "{artifact} cannot express {count} rules of `{level}`",
        "cannot_full": "{artifact} cannot express {count} more rules at `full` (beyond those of `core`)",
        "only": "{artifact} expresses only {count} of the {total} rules of `{level}`",
    },
    "sv": {
        "title": "Nivåer för överensstämmelse",
        "missing": "Ingen överensstämmelse är registrerad än: kör `kll conformance results`.",
        "intro": (
            "Vad varje nivå i varje profil kräver, och hur mycket av den en implementation byggd på en genererad artefakt "
            "kan klara. Ett testfall är godkänt på nivå `core` när implementationen når det förväntade utslaget och "
            "rapporterar exakt de fel som testfallet förväntar; på nivå `full` måste den också rapportera exakt de varningar "
            "som testfallet förväntar. En regel räknas som uttryckbar i en artefakt när artefakten ensam, på varje testfall i "
            "testsviten där regeln slår till, når det förväntade utslaget och, för en varning, rapporterar den. JSON Schema "
            "och Python-klasserna har ingen allvarlighetsgrad under ogiltig, så de uttrycker ingen varningsregel. Siffrorna "
            "kommer från överensstämmelsematrisen som `kll conformance results` registrerar i "
            "`conformance/results/agreement.json`; vilken artefakt som missar vad, och varför, står bland de "
            "[kända luckorna](../reference/known-gaps.md). Vill du köra bara de testfall som en implementation byggd på "
            "vissa artefakter kan klara, ge dem till testriggen: `kll conformance run --artifacts json-schema --level core` "
            "(se [guiden till överensstämmelse](guide.md))."
        ),
        "level": "Nivå", "rules": "Regler", "cases": "Testfall",
        "cell": "{rules} / {total} regler · {cases} / {all} testfall",
        "core": (
            "**`core`** kräver {rules} regler (fel) i denna profil, bedömda på {cases} testfall: data som överensstämmer bryter mot ingen av dem."
        ),
        "full": (
            "**`full`** lägger till {warnings} regler (varningar, BÖR-reglerna): varje testfall förväntar då också varje varning "
            "som slår till — {warned} av de {cases} testfallen förväntar minst en varning, som en implementation måste rapportera för att klara dem."
        ),
        "reach": (
            "En implementation byggd enbart på {artifact} kan klara {core} av de {cases} testfallen på `core` och {full} på `full`."
        ),
        "whole": "En implementation byggd enbart på {artifacts} kan klara varje testfall på nivå `{level}`.",
        "none": (
            "Ingen artefakt ensam klarar en hel nivå: alla fyra sida vid sida (ett testfall avvisas när någon av dem avvisar det) når "
            "{core} av de {cases} testfallen på `core` och {full} på `full`; referensvalideraren, som kör dem i ett flöde "
            "tillsammans med sina kontroller av indata, klarar varje testfall. En implementation byggd på några av dem kör de "
            "testfall den kan nå med `--artifacts`, t.ex. `kll conformance run --profile {profile} --artifacts json-schema --level core`."
        ),
        "cannot": "{artifact} kan inte uttrycka {count} regler på `{level}`",
        "cannot_full": "{artifact} kan inte uttrycka ytterligare {count} regler på `full` (utöver dem på `core`)",
        "only": "{artifact} uttrycker bara {count} av de {total} reglerna på `{level}`",
    },
}


def _collapsed(title: str, rule_ids: tuple[str, ...], rule_link: Callable[[str, str], str]) -> list[str]:
    """A collapsed list (pymdownx.details) of rule links."""
    if not rule_ids:
        return []
    return [f'??? note "{md.html(title)}"', "", "    " + ", ".join(rule_link(SOURCE, rule_id) for rule_id in rule_ids), ""]


def page_levels(root: Path, rule_link: Callable[[str, str], str], lang: str = "en") -> str:
    """The levels page in ``lang``; ``rule_link(source, rule_id)`` links a rule to its page."""
    from ...conformance.levels import reaches

    words, names = TEXT[lang], NAMES[lang]
    out = [f"# {words['title']}", ""]
    if not agreement_path(root).is_file():
        return "\n".join(out + [words["missing"]]) + "\n"
    out += [words["intro"], ""]
    cases, recorded = load_cases(root), load_recorded(root)
    for profile in load_profiles(root).values():
        title = profile.title_sv if lang == "sv" else profile.title_en
        figures: dict[str, LevelFigures] = {
            level: level_figures(profile, level, cases=cases, recorded=recorded) for level in ("core", "full")
        }
        own = [c for c in cases if c.profile == profile.id]
        together = {level: sum(reaches(c, recorded[c.id], ARTIFACTS, level) for c in own) for level in figures}
        core, full = figures["core"], figures["full"]
        out += [f"## {md.text(title)} (`{profile.id}`) {{#{profile.id}}}", "",
                f"| {words['level']} | {words['rules']} | {words['cases']} | " + " | ".join(HEADERS[lang][a] for a in ARTIFACTS) + " |",
                "|---|---:|---:|" + "---|" * len(ARTIFACTS)]
        for level, fig in figures.items():
            cells = [words["cell"].format(rules=len(a.expressible), total=fig.rules, cases=a.cases_reached, all=fig.cases) for a in fig.artifacts]
            out.append(f"| `{level}` | {fig.rules} | {fig.cases} | " + " | ".join(cells) + " |")
        warned = sum(1 for c in own if any(s == "warning" for _r, s in c.expected.findings))
        out += ["", words["core"].format(rules=core.rules, cases=core.cases), "",
                words["full"].format(warnings=full.rules - core.rules, warned=warned, cases=full.cases), ""]
        for index, artifact in enumerate(ARTIFACTS):
            out.append(("- " + words["reach"]).format(artifact=names[artifact], core=core.artifacts[index].cases_reached,
                                                        full=full.artifacts[index].cases_reached, cases=core.cases))
        out.append("")
        for level, fig in figures.items():
            if fig.passable_by:
                out += [words["whole"].format(artifacts=", ".join(names[a] for a in fig.passable_by), level=level), ""]
        if not core.passable_by and not full.passable_by:
            out += [words["none"].format(core=together["core"], full=together["full"], cases=core.cases, profile=profile.id), ""]
        for index, artifact in enumerate(ARTIFACTS):
            name = HEADERS[lang][artifact]
            at_core, at_full = core.artifacts[index], full.artifacts[index]
            if len(at_core.expressible) < len(at_core.inexpressible):  # the shorter list says the same
                for level, fig in (("core", at_core), ("full", at_full)):
                    total = len(fig.expressible) + len(fig.inexpressible)
                    out += _collapsed(words["only"].format(artifact=name, count=len(fig.expressible), total=total, level=level), fig.expressible, rule_link)
                continue
            more = tuple(r for r in at_full.inexpressible if r not in set(at_core.inexpressible))
            out += _collapsed(words["cannot"].format(artifact=name, count=len(at_core.inexpressible), level="core"), at_core.inexpressible, rule_link)
            out += _collapsed(words["cannot_full"].format(artifact=name, count=len(more)), more, rule_link)
    return "\n".join(out) + "\n"
