#!/usr/bin/env python3
"""A deliberately wrong KLL implementation, to show what the harness and its reports make of one.

It speaks the harness's command protocol (docs/conformance/protocol.en.md) but judges nothing: every
case is "conformant" with no findings — a validator that accepts everything. So it fails every
case that expects a violation or a warning. Options make it misbehave in the ways the harness must
survive; each takes a case id and may be repeated:

    --crash-on ID       exit with status 3 (and a message on standard error) when sent that case
    --hang-on ID        never answer that case (the harness times out, kills and restarts it)
    --garbage-on ID     answer that case with a line that is not JSON
    --wrong-seq-on ID   answer that case with another seq
    --silent            never answer the start request
    --not-ready         answer the start request without "ready": true

    python examples/implementations/wrong.py --crash-on offering-event-ends-before-it-starts
"""

from __future__ import annotations

import argparse
import json
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser(description="A deliberately wrong KLL implementation.")
    for option in ("--crash-on", "--hang-on", "--garbage-on", "--wrong-seq-on"):
        parser.add_argument(option, action="append", default=[], metavar="ID")
    parser.add_argument("--silent", action="store_true")
    parser.add_argument("--not-ready", action="store_true")
    options = parser.parse_args()

    def say(reply: dict) -> None:
        print(json.dumps(reply), flush=True)

    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        command = request.get("cmd")
        if command == "start":
            if options.silent:
                continue
            say({
                "ready": not options.not_ready,
                "implementation": {"name": "accepts everything", "version": "0.0.1"},
                "capabilities": {"formats": ["json", "yaml", "jsonl", "turtle", "jsonld"]},
            })
        elif command == "run":
            case, seq = request["case"], request["seq"]
            if case["id"] in options.crash_on:
                print(f"wrong.py: giving up on {case['id']}", file=sys.stderr, flush=True)
                return 3
            if case["id"] in options.hang_on:
                time.sleep(3600)
            if case["id"] in options.garbage_on:
                print("everything is fine, probably", flush=True)
                continue
            say({"seq": seq + 1000 if case["id"] in options.wrong_seq_on else seq, "verdict": "conformant", "findings": []})
        elif command == "stop":
            return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
