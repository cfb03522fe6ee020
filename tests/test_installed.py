"""The distribution as a vendor gets it: built (``python -m build``), installed into a fresh virtual
environment in a folder outside the checkout, and used there — with ``KLL_ROOT`` unset, the
checkout on no path, and every socket refused.

pip installs the wheel with its declared dependencies (linkml, rdflib, …) from a folder of wheels
packed from this test run's environment (``distribution.wheelhouse``) and no index, so nothing is
downloaded and a dependency missing from ``pyproject.toml`` fails the install. A ``sitecustomize``
in the fresh environment makes any network connection an error.
"""

from __future__ import annotations

import json
import re
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

import kll
from distribution import NO_NETWORK, ROOT, clean_environment, source_copy, wheelhouse


def kll_model_version() -> str:
    return json.loads((ROOT / "generated" / "index" / "kll.model-index.json").read_text(encoding="utf-8"))["model_version"]

class Installed:
    def __init__(self, work: Path, wheel: Path, venv: Path) -> None:
        self.work, self.wheel, self.venv = work, wheel, venv
        self.env = clean_environment()
        self.env["PATH"] = f"{venv / 'bin'}{os.pathsep}{self.env.get('PATH', '')}"
        self.env["KLL_CACHE_DIR"] = str(work / "cache")

    def run(self, *args: str, timeout: int = 600) -> subprocess.CompletedProcess:
        return subprocess.run(list(args), cwd=self.work, env=self.env, capture_output=True, text=True, timeout=timeout)

    def kll(self, *args: str) -> subprocess.CompletedProcess:
        return self.run(str(self.venv / "bin" / "kll"), *args)

    def python(self, code: str) -> subprocess.CompletedProcess:
        return self.run(str(self.venv / "bin" / "python"), "-c", code)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    work = tmp_path_factory.mktemp("vendor")
    dist = tmp_path_factory.mktemp("dist")
    source = source_copy(tmp_path_factory.mktemp("source"))
    env = clean_environment() | {"PIP_CONFIG_FILE": os.devnull}  # this machine's pip settings play no part
    # sdist first, then the wheel from the sdist: the sdist is shown complete too
    built = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(source)],
        capture_output=True, text=True, timeout=900, env=env,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    [wheel] = dist.glob("kll_validator-*.whl")
    venv = work / "venv"
    base_python = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base_python, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=300, env=env)
    purelib = Path(subprocess.run([str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                  capture_output=True, text=True, check=True, env=env).stdout.strip())
    (purelib / "sitecustomize.py").write_text(NO_NETWORK, encoding="utf-8")
    wheels = wheelhouse(tmp_path_factory.mktemp("wheels"), build=())
    pip = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "--no-index", "--find-links", str(wheels), str(wheel)],
        capture_output=True, text=True, timeout=900, env=env,
    )
    assert pip.returncode == 0 and re.search(r"Successfully installed .*\bkll-validator-", pip.stdout), pip.stdout[-2000:] + pip.stderr[-2000:]
    for example in ("examples/offering/komvux-sundsvall-matematik.yaml", "docs/guides/files/event-ends-before-start.yaml"):
        shutil.copy(ROOT / example, work / Path(example).name)
    return Installed(work, wheel, venv)


def test_the_installed_package_is_imported_from_the_fresh_environment_not_the_checkout(installed):
    # neither the checkout nor its code folder may be on the path
    where = installed.python(
        "import kll, sys, pathlib; print(kll.__file__); "
        "print(any(pathlib.Path(p or '.').resolve() in {pathlib.Path(%r), pathlib.Path(%r)} for p in sys.path))"
        % (str(ROOT), str(ROOT / "validators"))
    )
    assert where.returncode == 0, where.stderr
    module, checkout_on_path = where.stdout.split()
    assert Path(module).is_relative_to(installed.venv) and checkout_on_path == "False"


def test_version_names_the_package_the_model_and_the_installed_data(installed):
    result = installed.kll("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"kll {kll.__version__}", f"model {kll_model_version()} (installed package)"]


def test_validate_an_example_exits_0_and_a_broken_file_exits_1_naming_the_rule(installed):
    good = installed.kll("validate", "komvux-sundsvall-matematik.yaml")
    assert good.returncode == 0, good.stdout[-2000:] + good.stderr[-2000:]
    broken = installed.kll("validate", "--format", "json", "event-ends-before-start.yaml")
    assert broken.returncode == 1, broken.stderr
    report = json.loads(broken.stdout)
    assert (report["kll_version"], report["model_version"]) == (kll.__version__, kll_model_version())
    assert "Execution.end_date.after-start" in {f["rule"] for f in report["findings"] if f["severity"] == "violation"}


def test_the_rule_catalogue_and_a_conformance_profile_run_from_the_installed_data(installed):
    rules = installed.kll("rules", "--format", "json")
    assert rules.returncode == 0, rules.stderr
    assert len(json.loads(rules.stdout)) > 1000
    suite = installed.kll("conformance", "run", "--profile", "qualification-register", "--level", "core")
    assert suite.returncode == 0, suite.stdout[-2000:] + suite.stderr[-2000:]
    assert "71 of 71 cases passed (100 %)" in suite.stdout


def test_convert_and_validate_json_ld_with_the_shipped_context_only(installed):
    converted = installed.kll("convert", "--from", "yaml", "--to", "jsonld", "komvux-sundsvall-matematik.yaml", "komvux.jsonld")
    assert converted.returncode == 0, converted.stderr
    validated = installed.kll("validate", "komvux.jsonld")
    assert validated.returncode == 0, validated.stdout[-2000:] + validated.stderr[-2000:]
    assert "network" not in validated.stderr


def test_a_maintainers_command_refuses_to_run_without_a_checkout(installed):
    result = installed.kll("generate", "--check")
    assert result.returncode == 2
    assert "needs a checkout of its repository" in result.stderr and "Traceback" not in result.stderr


def test_a_decision_log_elsewhere_is_checked_with_the_shipped_register(installed):
    log = installed.work / "agency-log"
    (log / "docs" / "decisions").mkdir(parents=True)
    record = ROOT / "tests/fixtures/decision-log/0001-exports-are-checked-before-they-are-published.md"
    shutil.copy(record, log / "docs" / "decisions" / record.name)
    translation = record.with_name(record.name.replace(".md", ".sv.md"))  # decision record 0038
    shutil.copy(translation, log / "docs" / "decisions" / translation.name)
    checked = installed.kll("governance", "check", "--root", str(log), "--no-generated")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "1 decision records: 0 errors" in checked.stderr
    wrong = log / "docs" / "decisions" / record.name
    wrong.write_text(record.read_text(encoding="utf-8").replace("owning_agency: skolverket", "owning_agency: nobody"), encoding="utf-8")
    refused = installed.kll("governance", "check", "--root", str(log), "--no-generated")
    assert refused.returncode == 1 and "DecisionRecord.owning_agency.enum" in refused.stdout
    # the ecosystem's own log is the checkout's business
    without_root = installed.kll("governance", "check")
    assert without_root.returncode == 2 and "needs a checkout" in without_root.stderr


def test_the_python_api_works_outside_the_checkout(installed):
    result = installed.python(
        "from kll.validate import validate\n"
        "report = validate(['komvux-sundsvall-matematik.yaml'])\n"
        "print(report.conformant, report.records)"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "4"]


def test_the_installed_validator_reads_the_shipped_shapes_data_not_the_turtle(installed):
    """The fast start (issue 21) holds outside a checkout: the SHACL stage runs on the plain-data
    shapes the wheel carries, so rdflib's Turtle parser is never loaded, nor pyshacl."""
    result = installed.python(
        "import sys\n"
        "from kll.validate import validate\n"
        "report = validate(['komvux-sundsvall-matematik.yaml'])\n"
        "print(report.conformant, report.records, report.counts['warning'] > 0)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('rdflib.plugins.parsers', 'pyshacl'))))"
    )
    assert result.returncode == 0, result.stderr
    verdict, loaded = result.stdout.splitlines()
    assert verdict.split() == ["True", "4", "True"]
    assert loaded == "[]"


def test_the_wheel_carries_exactly_the_committed_artifacts(installed):
    committed = {path.relative_to(ROOT / "generated").as_posix(): path.read_bytes() for path in (ROOT / "generated").rglob("*") if path.is_file()}
    with zipfile.ZipFile(installed.wheel) as wheel:
        shipped = {
            name.removeprefix("kll/_data/generated/"): wheel.read(name)
            for name in wheel.namelist() if name.startswith("kll/_data/generated/") and not name.endswith("/")
        }
        assert "py.typed" in {Path(name).name for name in wheel.namelist()}
        assert "kll/_data/docs/decisions/decisions.json" in wheel.namelist()
        assert "kll/_data/governance/sources/report-n2021-01915-2022.txt" in wheel.namelist()
    assert shipped.keys() == committed.keys()
    assert all(shipped[name] == committed[name] for name in committed)


def test_the_package_list_is_every_folder_with_an_init_file():
    configured = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    code = {
        ".".join(path.parent.relative_to(ROOT / "validators").parts)
        for path in (ROOT / "validators" / "kll").rglob("__init__.py")
    }
    assert {name for name in configured if not name.startswith("kll._data")} == code


def test_a_checkout_reads_its_working_tree_and_says_so():
    from typer.testing import CliRunner

    from kll.artifacts.paths import data_source, installed_data
    from kll.cli import app

    assert installed_data() is None or os.environ.get("KLL_ROOT")
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and "working tree" in result.output and data_source().startswith("working tree")
