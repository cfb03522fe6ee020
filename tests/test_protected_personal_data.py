"""Decision record 0035: no conversion carries the address or contact data of a person with
protected personal data, and the person's marking travels with the person.

The data rules (``*.data_categories.protected-contact-data``) are tested with the other rules in
test_checks.py and test_rule_firing.py; these tests cover the conversions, which the rules do not
see.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from typer.testing import CliRunner

from kll.artifacts import paths
from kll.cli import app

runner = CliRunner()
EXAMPLE = "individual/consent-and-sharing.yaml"
STREET = "Hemliga gatan 1"
MAILBOX = "mailto:skyddad@example.org"


def _protected_example(directory: Path) -> Path:
    """The consent example with its learner marked as having protected personal data."""
    data = yaml.safe_load((paths.examples_dir() / EXAMPLE).read_text(encoding="utf-8"))
    data["persons"][0]["protected_personal_data"] = True
    path = directory / "protected.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _with_address(node, person_id: str) -> None:
    """Gives the person node an ELM contact point and address, as a foreign export might."""
    if isinstance(node, dict):
        if node.get("id") == person_id:
            node["contactPoint"] = {"id": "urn:uuid:0c0c0c0c-0000-4000-8000-000000000001", "type": "ContactPoint",
                                    "emailAddress": {"id": MAILBOX, "type": "Mailbox"}}
            node["location"] = {"id": "urn:uuid:0c0c0c0c-0000-4000-8000-000000000002", "type": "Location",
                                "address": {"id": "urn:uuid:0c0c0c0c-0000-4000-8000-000000000003", "type": "Address",
                                            "fullAddress": {"noLanguage": STREET}}}
        for value in node.values():
            _with_address(value, person_id)
    elif isinstance(node, list):
        for value in node:
            _with_address(value, person_id)


def test_the_marking_survives_a_round_trip_through_elm(tmp_path: Path):
    source = _protected_example(tmp_path)
    exported = runner.invoke(app, ["convert", "--from", "yaml", "--to", "elm", str(source), str(tmp_path / "out.jsonld")])
    assert exported.exit_code == 0, exported.output
    back = runner.invoke(app, ["convert", "--from", "elm", "--to", "yaml", str(tmp_path / "out.jsonld"), str(tmp_path / "back.yaml")])
    assert back.exit_code == 0, back.output
    persons = yaml.safe_load((tmp_path / "back.yaml").read_text(encoding="utf-8"))["persons"]
    assert [p.get("protected_personal_data") for p in persons] == [True]


def test_an_address_in_a_foreign_file_is_neither_converted_nor_echoed(tmp_path: Path):
    source = _protected_example(tmp_path)
    person_id = yaml.safe_load(source.read_text(encoding="utf-8"))["persons"][0]["id"]
    assert runner.invoke(app, ["convert", "--from", "yaml", "--to", "elm", str(source), str(tmp_path / "out.jsonld")]).exit_code == 0
    graph = json.loads((tmp_path / "out.jsonld").read_text(encoding="utf-8"))
    _with_address(graph, person_id)
    (tmp_path / "address.jsonld").write_text(json.dumps(graph), encoding="utf-8")
    result = runner.invoke(app, ["convert", "--from", "elm", "--to", "yaml", str(tmp_path / "address.jsonld"), str(tmp_path / "back.yaml")])
    assert result.exit_code == 0, result.output
    assert "convert.unmapped" in result.output, "the left-out address is reported"
    written = (tmp_path / "back.yaml").read_text(encoding="utf-8")
    for secret in (STREET, MAILBOX, "skyddad@example.org"):
        assert secret not in written
        assert secret not in result.output
