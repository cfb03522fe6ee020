"""The recorded conformance results of the reference validator: ``conformance/results/reference.json``.

A compact summary — per profile the cases passed and failed, and per artifact how many cases it
judges as expected, with declared or undeclared disagreement — written by
``kll conformance results`` and compared with a fresh run by the tests, so the published results
page always shows the results of this version without running the suite at build time.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Sequence

from .. import __version__
from ..artifacts.paths import repository_root
from .agreement import ARTIFACTS, Judgement, declared_gap
from .runner import CaseResult

__all__ = ["RESULTS_PATH", "results_path", "summarise", "dumps", "timing_path", "timing", "read_timing"]

RESULTS_PATH = Path("conformance") / "results" / "reference.json"


def results_path(root: Path | None = None) -> Path:
    return (root or repository_root()) / RESULTS_PATH


def summarise(results: Sequence[CaseResult], judgements: Sequence[Judgement], *, suite_version: str, level: str = "full") -> dict:
    profiles: dict[str, Counter] = {}
    for result in results:
        counts = profiles.setdefault(result.case.profile, Counter())
        counts["cases"] += 1
        counts["passed" if result.ok else "failed"] += 1
    total = Counter()
    for counts in profiles.values():
        total.update(counts)
    agreement = {}
    for artifact in ARTIFACTS:
        rows = [j for j in judgements if j.artifact == artifact]
        wrong = [j for j in rows if j.agrees is False]
        declared = sum(1 for j in wrong if declared_gap(j))
        agreement[artifact] = {
            "judged": sum(j.agrees is not None for j in rows),
            "agrees": sum(j.agrees is True for j in rows),
            "declared": declared,
            "undeclared": len(wrong) - declared,
            "not_applicable": sum(j.agrees is None for j in rows),
        }

    def plain(counts: Counter) -> dict:
        return {"cases": counts["cases"], "passed": counts["passed"], "failed": counts["failed"]}

    return {
        "implementation": "kll reference validator",
        "implementation_version": __version__,
        "suite_version": suite_version,
        "level": level,
        "profiles": {p: plain(c) for p, c in sorted(profiles.items())},
        "total": plain(total),
        "agreement": agreement,
    }


def dumps(summary: dict) -> str:
    return json.dumps(summary, ensure_ascii=False, indent=2) + "\n"


def timing_path(root: Path | None = None) -> Path:
    """How long the recorded run took, beside the results: kept apart because the results file is
    compared byte for byte with a fresh run, and a duration never repeats exactly."""
    return results_path(root).with_name("reference-timing.json")


def timing(seconds: float, cases: int, suite_version: str) -> str:
    """The timing record of one run of the whole suite by ``kll conformance results``."""
    import os

    record = {"suite_version": suite_version, "cases": cases, "seconds": round(seconds, 1), "cpus": os.cpu_count()}
    return json.dumps(record, indent=2) + "\n"


def read_timing(root: Path | None = None) -> dict | None:
    path = timing_path(root)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None
