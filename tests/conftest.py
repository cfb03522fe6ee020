"""Shared fixtures: the model loaded once, one fresh generation per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kll import paths
from kll.generation import Generation, generate
from kll.model import load_view

ROOT = paths.repository_root()
MODEL_FILES = sorted(p for p in paths.model_dir().glob("*.yaml") if p.name != "known-gaps.yaml" and not p.name.startswith("emil3"))


@pytest.fixture(scope="session")
def view():
    return load_view(paths.root_schema())


@pytest.fixture(scope="session")
def raw_modules() -> dict[str, dict]:
    """Each model file as plain YAML, keyed by file stem: what the authors wrote, not induced."""
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in MODEL_FILES}


@pytest.fixture(scope="session")
def fresh_generation() -> Generation:
    return generate(paths.root_schema())
