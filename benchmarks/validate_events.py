"""Benchmark: validate education events streamed from JSON Lines, and report speed and memory.

    python benchmarks/validate_events.py                 # 100,000 events, structural + rules
    python benchmarks/validate_events.py --events 20000 --semantic-sample 2000

Generates a seeded, realistic dataset — providers and educations in one file, events in another,
about 1 % of the events broken in known ways — then, in one process:

1. parses every line with ``json.loads`` (the floor: no validator can read faster);
2. validates all events with the structural (JSON Schema) and rules stages, streamed;
3. validates a sample with the semantic (SHACL) stage, which is reported separately because
   pyshacl is two to three orders of magnitude slower than the other stages;

and prints records/s, the ratio to the parsing floor, and the peak resident memory, and checks that
exactly the broken events were flagged, with the rule IDs the breakage should give.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from kll.codelists import load
from kll.validate import validate

INJECTED = {
    "end-before-start": "Execution.end_date.after-start",
    "bad-municipality": "Address.municipality_code.in-code-list",
    "impossible-date": "Execution.start_date.value-type",
    "unknown-provider": "reference.unresolved",
}


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def generate(directory: Path, events: int, seed: int) -> tuple[Path, Path, dict[int, str]]:
    rng = random.Random(seed)
    municipalities = sorted(load("municipality"))
    fields = sorted(c for c in load("sun-2020-field") if len(c) == 4)
    providers = [f"https://w3id.org/kll/id/bench/provider/{i}" for i in range(200)]
    educations = [f"https://w3id.org/kll/id/bench/education/{i}" for i in range(2000)]
    catalogue = directory / "catalogue.jsonl"
    with catalogue.open("w", encoding="utf-8") as out:
        for i, identifier in enumerate(providers):
            out.write(json.dumps({
                "type": "EducationProvider", "id": identifier, "name": {"sv": f"Utbildningsanordnare {i}", "en": f"Provider {i}"},
                "homepage": f"https://anordnare{i}.example.se", "email": f"info@anordnare{i}.example.se",
                "responsible_body": {"responsible_body_type": rng.choice(["kommunal", "region", "statlig", "enskild"]), "name": {"sv": "Huvudman", "en": "Responsible body"}},
                "organisation_number": "212000-2411", "address": {"street_address": "Storgatan 1", "postal_code": "852 30", "post_name": "Sundsvall", "municipality_code": "2281", "country_code": "SE"},
                "last_modified": "2026-01-15T09:00:00+01:00",
            }, ensure_ascii=False) + "\n")
        for i, identifier in enumerate(educations):
            out.write(json.dumps({
                "type": "Education", "id": identifier, "education_code": f"KURS{i:05d}", "configuration": "kurs",
                "description": {"sv": f"Beskrivning av kurs {i}.", "en": f"Description of course {i}."}, "title": {"sv": f"Kurs {i}", "en": f"Course {i}"},
                "school_type": rng.choice(["VUXGY", "YH", "HS", "AUB"]), "leads_to_degree": False,
                "subjects": [{"scheme": "sun-2020-field", "code": rng.choice(fields), "scheme_version": "2020"}],
                "credits": {"credit_system": "hp", "credit_value": rng.choice([7.5, 15, 30])},
                "last_modified": "2026-01-15T09:00:00+01:00",
            }, ensure_ascii=False) + "\n")
    broken: dict[int, str] = {}
    path = directory / "events.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(events):
            start = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            event = {
                "type": "EducationEvent", "id": f"https://w3id.org/kll/id/bench/event/{i}",
                "education": rng.choice(educations), "providers": [rng.choice(providers)],
                "execution": {"execution_condition": "1", "start_date": start, "end_date": start.replace("2026", "2027", 1)},
                "locations": [{"municipality_code": rng.choice(municipalities), "country_code": "SE"}],
                "languages_of_instruction": ["swe"], "pace_of_study": {"pace_percentage": rng.choice([25, 50, 100])},
                "last_modified": "2026-02-01T08:00:00+01:00", "expires": "2027-02-01T00:00:00+01:00",
            }
            if rng.random() < 0.01:
                kind = rng.choice(sorted(INJECTED))
                broken[i] = kind
                if kind == "end-before-start":
                    event["execution"]["end_date"] = start.replace("2026", "2025", 1)
                elif kind == "bad-municipality":
                    event["locations"][0]["municipality_code"] = "9999"
                elif kind == "impossible-date":
                    event["execution"]["start_date"] = "2026-02-30"
                else:
                    event["providers"] = ["https://w3id.org/kll/id/bench/provider/missing"]
            out.write(json.dumps(event, ensure_ascii=False) + "\n")
    return catalogue, path, broken


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--semantic-sample", type=int, default=1_000, help="events validated with SHACL too (0: none)")
    parser.add_argument("--seed", type=int, default=20261127)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch)
        catalogue, events, broken = generate(directory, args.events, args.seed)
        baseline_rss = peak_rss_mb()

        started = time.perf_counter()
        with events.open(encoding="utf-8") as handle:
            parsed = sum(1 for line in handle if json.loads(line))
        floor = parsed / (time.perf_counter() - started)

        started = time.perf_counter()
        report = validate([catalogue, events], stages=["structural", "rules"])
        elapsed = time.perf_counter() - started
        rate = report.records / elapsed
        peak = peak_rss_mb()

        flagged: dict[int, set[str]] = {}
        for finding in report.findings:
            if finding.severity.value == "violation" and finding.location.file == str(events):
                flagged.setdefault(finding.location.record, set()).add(finding.rule)
        expected = {i: {INJECTED[kind]} for i, kind in broken.items()}
        exact = flagged == expected

        print(f"dataset: {args.events:,} events + 2,200 providers/educations, {len(broken)} events broken (seed {args.seed})")
        print(f"parse floor (json.loads):        {floor:>12,.0f} records/s")
        print(f"structural + rules, streamed:    {rate:>12,.0f} records/s   ({floor / rate:.1f}x the floor)   {elapsed:.1f} s")
        print(f"peak RSS:                        {peak:>12,.0f} MB          (after generating the data: {baseline_rss:,.0f} MB)")
        print(f"flagged exactly the broken events with the expected rules: {'yes' if exact else 'NO'}")
        if not exact:
            missing = sorted(set(expected) - set(flagged))[:5]
            extra = sorted(set(flagged) - set(expected))[:5]
            wrong = [(i, flagged[i], expected[i]) for i in sorted(set(flagged) & set(expected)) if flagged[i] != expected[i]][:5]
            print(f"  missed {missing}, unexpected {extra}, wrong rules {wrong}")

        if args.semantic_sample:
            sample = directory / "sample.jsonl"
            with events.open(encoding="utf-8") as source, sample.open("w", encoding="utf-8") as out:
                for _, line in zip(range(args.semantic_sample), source):
                    out.write(line)
            started = time.perf_counter()
            semantic = validate([catalogue, sample], stages=["semantic"])
            elapsed = time.perf_counter() - started
            print(f"semantic (pyshacl), {args.semantic_sample:,}-event sample: {semantic.records / elapsed:>8,.0f} records/s   {elapsed:.1f} s")
        return 0 if exact else 1


if __name__ == "__main__":
    sys.exit(main())
