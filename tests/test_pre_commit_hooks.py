"""The pre-commit hooks as a data producer uses them: another repository names this one by
``repo:``/``rev:``, ``pre-commit install`` installs the hook, and ``git commit`` runs it.

pre-commit installs the hook's package into an environment of its own with pip, from this
repository's source at ``rev``. Nothing may be downloaded, so pip is pointed at a folder of wheels
packed from this test run's own dependencies (``distribution.wheelhouse``) and told to use no
index: the hook environment then holds exactly what ``pyproject.toml`` declares.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from distribution import ROOT, clean_environment, source_copy, wheelhouse

HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))

#: A module-track decision record of a producer's own decision log, owned by Skolverket.
RECORD = ROOT / "tests/fixtures/decision-log/0001-exports-are-checked-before-they-are-published.md"


class Producer:
    """A data producer's git repository that uses this repository's hooks."""

    def __init__(self, path: Path, env: dict[str, str]) -> None:
        self.path, self.env = path, env

    def run(self, *args: str, timeout: int = 1200) -> subprocess.CompletedProcess:
        return subprocess.run(list(args), cwd=self.path, env=self.env, capture_output=True, text=True, timeout=timeout)

    def git(self, *args: str) -> subprocess.CompletedProcess:
        return self.run("git", *args)

    def commit(self, source: Path | str, name: str, message: str) -> subprocess.CompletedProcess:
        target = self.path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(source, Path):
            shutil.copyfile(source, target)
        else:
            target.write_text(source, encoding="utf-8")
        assert self.git("add", name).returncode == 0
        result = self.git("commit", "-m", message)
        # git's hook prints on standard error, git itself on standard output: read them as one
        return subprocess.CompletedProcess(result.args, result.returncode, result.stdout + result.stderr, "")


def _git_environment(home: Path) -> dict[str, str]:
    env = clean_environment()
    env.update({
        "HOME": str(home), "GIT_CONFIG_GLOBAL": str(home / "gitconfig"), "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Producer", "GIT_AUTHOR_EMAIL": "producer@example.org",
        "GIT_COMMITTER_NAME": "Producer", "GIT_COMMITTER_EMAIL": "producer@example.org",
    })
    return env


@pytest.fixture(scope="module")
def producer(tmp_path_factory) -> Producer:
    home = tmp_path_factory.mktemp("home")
    env = _git_environment(home)
    # this repository as a producer's pre-commit clones it: a git repository at a revision
    hooks_repo = source_copy(tmp_path_factory.mktemp("kll-hooks"))
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "the specification"]):
        subprocess.run(["git", *args], cwd=hooks_repo, env=env, check=True, capture_output=True)
    revision = subprocess.run(["git", "rev-parse", "HEAD"], cwd=hooks_repo, env=env, check=True, capture_output=True, text=True).stdout.strip()

    env.update({
        "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-cache")),
        "PIP_NO_INDEX": "1",
        "PIP_CONFIG_FILE": os.devnull,  # this machine's pip settings play no part
        "PIP_FIND_LINKS": str(wheelhouse(tmp_path_factory.mktemp("wheels"))),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
    })
    config = {"repos": [{"repo": str(hooks_repo), "rev": revision, "hooks": [
        {"id": "kll-validate", "files": r"^data/.*\.(json|jsonl|ya?ml|ttl|jsonld)$"},  # as the guide recommends
        {"id": "kll-decision-records"},
    ]}]}
    repository = tmp_path_factory.mktemp("producer")
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=repository, env=env, check=True)
    (repository / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    installed = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repository, env=env, capture_output=True, text=True, timeout=120)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert (repository / ".git" / "hooks" / "pre-commit").is_file()
    made = Producer(repository, env)
    first = made.commit(yaml.safe_dump(config, sort_keys=False), ".pre-commit-config.yaml", "use the KLL hooks")
    assert first.returncode == 0, first.stdout[-3000:]
    return made


def test_the_hooks_file_declares_the_data_and_the_decision_record_hooks():
    by_id = {hook["id"]: hook for hook in HOOKS}
    assert {"kll-validate", "kll-validate-dcat", "kll-validate-elm", "kll-validate-emil3", "kll-validate-sssom", "kll-decision-records"} == set(by_id)
    assert all(hook["language"] == "python" and hook["entry"].startswith("kll ") for hook in HOOKS)
    for source in ("dcat", "elm", "emil3", "sssom"):
        assert by_id[f"kll-validate-{source}"]["entry"] == f"kll validate --from {source}"
    assert by_id["kll-decision-records"]["pass_filenames"] is False


def test_a_valid_data_file_is_committed(producer):
    # a README beside the data is no data file: the recommended files pattern keeps it from the hook
    assert producer.commit("# Exports\n", "data/README.md", "a readme beside the data").returncode == 0
    result = producer.commit(ROOT / "examples/offering/komvux-sundsvall-matematik.yaml", "data/komvux.yaml", "a valid offering")
    assert result.returncode == 0, result.stdout[-3000:]
    assert "KLL data (kll validate)" in result.stdout and "Passed" in result.stdout


def test_an_invalid_data_file_is_refused_naming_the_rule(producer):
    result = producer.commit(ROOT / "docs/guides/files/event-ends-before-start.yaml", "data/event.yaml", "an event that ends before it starts")
    assert result.returncode != 0
    assert "Failed" in result.stdout and "Execution.end_date.after-start" in result.stdout
    assert "event" not in producer.git("log", "--format=%s").stdout
    producer.git("rm", "-q", "--cached", "data/event.yaml")


def test_a_decision_record_is_checked_against_the_ecosystem_register(producer):
    folder = "docs/decisions/0001-exports-are-checked-before-they-are-published.md"
    text = RECORD.read_text(encoding="utf-8")
    wrong = producer.commit(text.replace("owning_agency: skolverket", "owning_agency: nobody"), folder, "a record owned by an unknown agency")
    assert wrong.returncode != 0
    assert "DecisionRecord.owning_agency.enum" in wrong.stdout
    # every record exists in Swedish too (decision record 0038): its translation goes in the same commit
    swedish = folder.replace(".md", ".sv.md")
    shutil.copyfile(RECORD.with_name(RECORD.name.replace(".md", ".sv.md")), producer.path / swedish)
    assert producer.git("add", swedish).returncode == 0
    right = producer.commit(text, folder, "a record owned by Skolverket")
    assert right.returncode == 0, right.stdout[-3000:]
    assert "KLL decision records (kll governance check)" in right.stdout and "Passed" in right.stdout
