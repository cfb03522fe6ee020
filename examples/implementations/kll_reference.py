#!/usr/bin/env python3
"""The reference validator (``kll.validate``) behind the harness's command protocol.

    from kll.conformance.harness import CommandImplementation
    from kll.conformance.runner import run_suite

    with CommandImplementation([sys.executable, "examples/implementations/kll_reference.py"]) as reference:
        results = run_suite(reference)

Reads one JSON request per line on standard input, writes one JSON reply per line on standard
output (docs/conformance/protocol.en.md). It does what ``ReferenceImplementation`` does in process,
so a run through the harness must grade exactly as the in-process run does.
"""

from __future__ import annotations

import base64
import json
import sys
import tempfile
from pathlib import Path

from kll import __version__
from kll.conformance.profiles import load_profiles
from kll.validation.loaders import FORMATS
from kll.validate import validate

SUFFIXES = {"json": ".json", "yaml": ".yaml", "jsonl": ".jsonl", "turtle": ".ttl", "jsonld": ".jsonld"}


def start_reply() -> dict:
    return {
        "ready": True,
        "version": 1,
        "implementation": {"name": "kll reference validator", "version": __version__},
        "capabilities": {"formats": list(FORMATS), "profiles": sorted(load_profiles())},
    }


def input_path(case: dict, scratch: Path) -> Path:
    """The case's input as a file: written into ``scratch`` for record and package cases, used where
    it is for file cases (this adapter shares the harness's file system). No file name is taken
    from the case: an id such as ``../x`` must not place a file outside ``scratch``."""
    if case["kind"] == "file":
        path = Path(case["data"])
        if path.is_file() or "content_base64" not in case:
            return path
        # A client on another machine: the file's bytes came with the request.
        copy = scratch / f"input{path.suffix if path.suffix[1:].isalnum() else ''}"
        copy.write_bytes(base64.b64decode(case["content_base64"], validate=True))
        return copy
    path = scratch / "input.json"
    path.write_text(json.dumps(case["data"], ensure_ascii=False), encoding="utf-8")
    return path


def validate_input(path: Path, case: dict) -> dict:
    """The run reply (without ``seq``) for the case's input at ``path``."""
    report = validate(
        [path],
        class_name=case["class"] if case["kind"] == "record" else None,
        stages=case.get("stages", ("structural", "semantic", "rules")),
        reference_date=case.get("reference_date"),
    )
    return {
        "verdict": "conformant" if report.conformant else "not-conformant",
        "findings": [{"rule": f.rule, "severity": f.severity.value} for f in report.findings],
    }


def run_case(case: dict) -> dict:
    """The run reply (without ``seq``) for one case object."""
    with tempfile.TemporaryDirectory(prefix="kll-reference-") as scratch:
        return validate_input(input_path(case, Path(scratch)), case)


def main() -> int:
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        command = request.get("cmd")
        if command == "start":
            reply = start_reply()
        elif command == "run":
            try:
                reply = {"seq": request["seq"], **run_case(request["case"])}
            except Exception as error:  # say so, rather than die: the harness grades it as errored
                # The type only: an exception's text may quote the case's data.
                reply = {"seq": request["seq"], "errored": f"the validator failed on the case ({type(error).__name__})"}
        elif command == "stop":
            return 0
        else:
            continue
        sys.stdout.write(json.dumps(reply, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
