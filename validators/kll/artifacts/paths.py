"""Where the model, the generated artifacts and the examples live.

In a source checkout (the normal case for this repository, installed with ``pip install -e``)
everything is found relative to the repository root. ``KLL_ROOT`` overrides the root, which the
tests use to regenerate into a scratch copy.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["repository_root", "model_dir", "root_schema", "generated_dir", "examples_dir", "example_files", "profiles_dir"]

#: The suffixes of example files (data packages in YAML or JSON).
EXAMPLE_SUFFIXES = {".yaml", ".yml", ".json"}


def repository_root() -> Path:
    """The repository root: ``$KLL_ROOT`` if set, else two levels above the package (``validators/kll``)."""
    override = os.environ.get("KLL_ROOT")
    if override:
        return Path(override).resolve()
    return Path(__file__).resolve().parents[3]


def model_dir(root: Path | None = None) -> Path:
    return (root or repository_root()) / "model"


def root_schema(root: Path | None = None) -> Path:
    """The root LinkML schema, which imports every module."""
    return model_dir(root) / "kll.yaml"


def generated_dir(root: Path | None = None) -> Path:
    return (root or repository_root()) / "generated"


def examples_dir(root: Path | None = None) -> Path:
    return (root or repository_root()) / "examples"


def example_files(root: Path | None = None) -> list[Path]:
    """All example files under ``examples/``, in a stable order."""
    base = examples_dir(root)
    return sorted(p for p in base.rglob("*") if p.suffix in EXAMPLE_SUFFIXES and p.is_file())


def profiles_dir(root: Path | None = None) -> Path:
    """The conformance profiles (``conformance/profiles``)."""
    return (root or repository_root()) / "conformance" / "profiles"
