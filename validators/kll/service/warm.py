"""Imported by the fork server of ``kll.service.isolation`` only: makes its children start warm.

The first validation in a process compiles the JSON Schema validators, loads the SHACL shapes and
the code lists — about three seconds; every later one reuses them. The fork server validates the
shipped examples once, so every request's process is forked with that work already done and
answers a small file in milliseconds. Importing this module anywhere else costs those seconds for
nothing, which is why nothing else does.
"""

from __future__ import annotations

import logging


def _warm() -> None:
    from ..artifacts.paths import example_files
    from ..validation.pipeline import validate

    try:
        validate(example_files(), jobs=1)
    except Exception:  # noqa: BLE001 - warming is an optimisation; a cold child still validates
        logging.getLogger("kll.service").warning("the fork server could not warm the validator")


_warm()
