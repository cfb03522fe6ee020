"""Where the specification lives that the tool reads at run time: the model, the generated
artifacts, the conformance suites, the examples they build on and the decision index.

Three places, first match wins:

1. ``$KLL_ROOT``, a folder laid out like the repository (the tests regenerate into a scratch copy);
2. the installed package: the wheel and the sdist carry one copy of those folders in
   ``kll/_data/`` (``pyproject.toml`` maps them there), found through ``importlib.resources``;
3. the checkout the package was imported from (an editable install, ``make setup``): its working
   tree, so a maintainer always validates against what they are editing.

Maintainers' commands that write (``kll generate``, ``kll model snapshot``, ``kll governance
index``) need a checkout; ``checkout_root()`` says whether there is one.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

__all__ = [
    "repository_root", "checkout_root", "installed_data", "data_source", "model_dir", "root_schema",
    "generated_dir", "examples_dir", "example_files", "profiles_dir",
]

#: The suffixes of example files (data packages in YAML or JSON).
EXAMPLE_SUFFIXES = {".yaml", ".yml", ".json"}


def installed_data() -> Path | None:
    """The specification shipped inside the installed package (``kll/_data``), or None in a checkout."""
    shipped = resources.files("kll").joinpath("_data")
    return Path(str(shipped)) if shipped.is_dir() else None


def checkout_root() -> Path | None:
    """The repository checkout this package runs from (or ``$KLL_ROOT``), or None when installed
    from a wheel: the folder that holds ``model/`` and ``generated/`` two levels above the package."""
    override = os.environ.get("KLL_ROOT")
    if override:
        return Path(override).resolve()
    candidate = Path(__file__).resolve().parents[3]
    return candidate if (candidate / "model" / "kll.yaml").is_file() and (candidate / "generated").is_dir() else None


def repository_root() -> Path:
    """The folder laid out like the repository that everything is read from: ``$KLL_ROOT``, else
    the installed package's data, else the checkout."""
    override = os.environ.get("KLL_ROOT")
    if override:
        return Path(override).resolve()
    return installed_data() or Path(__file__).resolve().parents[3]


def data_source() -> str:
    """Where the specification is read from, for ``kll --version``: ``KLL_ROOT <path>``,
    ``installed package`` or ``working tree <path>``."""
    if os.environ.get("KLL_ROOT"):
        return f"KLL_ROOT {repository_root()}"
    if installed_data() is not None:
        return "installed package"
    return f"working tree {repository_root()}"


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
    """All example files under ``examples/``, in a stable order. ``examples/implementations`` holds
    example implementations (code, and the ajv adapter's package.json), not example data."""
    base = examples_dir(root)
    return sorted(
        p for p in base.rglob("*")
        if p.suffix in EXAMPLE_SUFFIXES and p.is_file() and p.relative_to(base).parts[0] != "implementations"
    )


def profiles_dir(root: Path | None = None) -> Path:
    """The conformance profiles (``conformance/profiles``)."""
    return (root or repository_root()) / "conformance" / "profiles"
