"""Hostile and careless input to the loaders and the foreign readers (issue 15): every input gives a
finding at its location (never its value) instead of an abort, and is read in bounded work.

Large inputs are generated here, not stored. No test measures wall-clock time: the limits bound the
work by construction, and each test checks that crossing a limit gives its finding.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings, strategies as st
from typer.testing import CliRunner

from kll.artifacts import paths
from kll.cli import app
from kll.validation import loaders
from kll.validation.loaders import InputError, MAX_NUMBER_DIGITS, json_lines, parse_json, parse_yaml

runner = CliRunner()
ROOT = paths.repository_root()
KTH = ROOT / "examples" / "offering" / "hs-kth-programmeringsteknik.yaml"
#: A value that must never be echoed: it stands for personal data in the input.
SECRET = "199001011234"


def _validate(*args: str | Path) -> tuple[int, dict]:
    result = runner.invoke(app, ["validate", "--format", "json", *map(str, args)])
    assert "Traceback" not in result.output
    return result.exit_code, json.loads(result.output)


def _rules(report: dict) -> list[str]:
    return [finding["rule"] for finding in report["findings"]]


def _provider(number: int, **extra: object) -> dict:
    return {"type": "EducationProvider", "id": f"https://w3id.org/kll/id/x/p{number}", "name": {"sv": "Anordnare"}, **extra}


# --- 1. YAML scalars follow the JSON data model ----------------------------------------------------


@pytest.mark.parametrize("written", ["2025-02-30", "1990-01-01", "2026-02-01 08:00:00"])
def test_an_unquoted_yaml_date_is_a_finding_on_the_record_not_an_abort(tmp_path: Path, written: str) -> None:
    text = KTH.read_text(encoding="utf-8").replace('last_modified: "2026-02-01T08:00:00+01:00"', f"last_modified: {written}", 1)
    path = tmp_path / "dates.yaml"
    path.write_text(text, encoding="utf-8")
    code, report = _validate(path)
    assert code == 1
    assert report["records"] > 0
    [finding] = [f for f in report["findings"] if f["rule"] == "EducationProvider.last_modified.value-type"]
    assert finding["location"]["pointer"] == "/education_providers/0/last_modified"


def test_an_unquoted_yaml_date_where_a_date_is_expected_is_read_as_the_string_written(tmp_path: Path) -> None:
    text = KTH.read_text(encoding="utf-8").replace('start_date: "2026-08-31"', "start_date: 2026-08-31", 1)
    assert text != KTH.read_text(encoding="utf-8")
    path = tmp_path / "date.yaml"
    path.write_text(text, encoding="utf-8")
    code, report = _validate(path)
    assert code == 0, report["findings"]


def test_a_yaml_integer_key_is_read_as_its_text_and_reported_as_an_unknown_property(tmp_path: Path) -> None:
    text = KTH.read_text(encoding="utf-8").replace("    emil_identifier: p.uoh.kth\n", "    emil_identifier: p.uoh.kth\n    1: x\n", 1)
    path = tmp_path / "key.yaml"
    path.write_text(text, encoding="utf-8")
    code, report = _validate(path)
    assert code == 1
    assert [f["location"]["pointer"] for f in report["findings"] if f["rule"] == "EducationProvider.closed"] == ["/education_providers/0/1"]


def test_yaml_scalars_match_json() -> None:
    assert parse_yaml("a: 2025-02-30\nb: 1990-01-01T10:00:00Z\n1: x\ntrue: y\nnull: z\nc: [1, 1.5, yes, ~]\n") == {
        "a": "2025-02-30", "b": "1990-01-01T10:00:00Z", "1": "x", "true": "y", "null": "z", "c": [1, 1.5, True, None],
    }
    assert parse_yaml("base: &b {p: 1, q: 1}\nmerged: {<<: *b, q: 2}\n") == {"base": {"p": 1, "q": 1}, "merged": {"p": 1, "q": 2}}


@pytest.mark.parametrize("text", ["- !!binary aGVsbG8=\n", "- !!set {a: null}\n", "- !custom x\n", "? [a, b]\n: c\n", "a: *nowhere\n", "- .nan\n", "- .inf\n"])
def test_yaml_with_no_json_counterpart_is_a_syntax_finding_with_a_line(text: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_yaml("ok: 1\n" + text)
    assert raised.value.rule == "input.syntax"
    assert raised.value.line == 2


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4), max_leaves=20))
@settings(max_examples=200, deadline=None)
def test_yaml_written_from_json_data_reads_as_pyyaml_reads_it(value: object) -> None:
    # Compared with PyYAML rather than with the value: its emitter and parser fold some Unicode
    # line breaks (U+0085) on the way, which is no concern of the loaders.
    text = yaml.safe_dump(value, allow_unicode=True)
    assert parse_yaml(text) == yaml.load(text, Loader=yaml.CSafeLoader)


# --- 2. YAML limits: aliases counted apart from values as written; size before parsing --------------


def test_a_plain_yaml_package_of_80000_records_is_read(tmp_path: Path) -> None:
    lines = ["education_providers:"]
    for number in range(80_000):
        # 15 values a record: 1.2 million in all, past the old limit that counted every value.
        lines.append(f"  - id: https://w3id.org/kll/id/x/p{number}\n    homepage: https://example.org/{number}\n    email: a{number}@example.org\n    name:\n      sv: Anordnare {number}\n      en: Provider {number}")
    document = parse_yaml("\n".join(lines) + "\n")
    assert len(document["education_providers"]) == 80_000


def test_yaml_alias_expansion_is_limited_apart_from_plain_values() -> None:
    # Ten levels of ten aliases: 10^10 values once expanded, from a few hundred bytes.
    lines = ["l0: &l0 [a, a, a, a, a, a, a, a, a, a]"] + [f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 10) + "]" for n in range(1, 10)]
    with pytest.raises(InputError) as raised:
        parse_yaml("\n".join(lines) + "\n")
    assert (raised.value.rule, raised.value.detail.en) == ("input.limit", f"YAML aliases expand to more than {loaders.MAX_YAML_ALIAS_NODES:,} values")
    assert raised.value.detail.sv.startswith("YAML-alias växer till fler än")
    assert raised.value.line is not None
    # A few aliases of a small mapping are ordinary YAML.
    assert parse_yaml("a: &a {x: 1}\nb: [*a, *a, *a]\n")["b"] == [{"x": 1}] * 3


def test_a_yaml_file_with_more_values_than_the_limit_is_refused_as_it_is_read(monkeypatch) -> None:
    monkeypatch.setattr(loaders, "MAX_YAML_NODES", 1000)
    with pytest.raises(InputError) as raised:
        parse_yaml("[" + ", ".join(["1"] * 2000) + "]\n")
    assert raised.value.rule == "input.limit"
    assert parse_yaml("[" + ", ".join(["1"] * 998) + "]\n") == [1] * 998


def test_a_yaml_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(loaders, "MAX_YAML_BYTES", 1 << 20)
    path = tmp_path / "big.yaml"
    path.write_text("[" + ", ".join(["1"] * (1 << 20)) + "]\n")
    code, report = _validate(path)
    assert code == 2
    assert _rules(report) == ["input.limit"]
    assert "MiB" in report["findings"][0]["detail"]


def test_yaml_aliases_cannot_hide_nesting_past_the_depth_limit() -> None:
    text = "a: &a " + "[" * 40 + "x" + "]" * 40 + "\n" + "b: " + "[" * 30 + "*a" + "]" * 30 + "\n"
    with pytest.raises(InputError) as raised:
        parse_yaml(text)
    assert raised.value.rule == "input.limit"
    assert raised.value.line == 2


# --- 3. numbers under limits: a finding on the line, the other lines validated ----------------------


def test_a_4301_digit_integer_on_one_line_of_json_lines_is_a_finding_and_the_rest_is_validated(tmp_path: Path) -> None:
    lines = [json.dumps(_provider(n)) for n in range(200)]
    lines[120] = json.dumps(_provider(120))[:-1] + ', "x": ' + "9" * 4301 + "}"
    path = tmp_path / "big-integer.jsonl"
    path.write_text("\n".join(lines) + "\n")
    code, report = _validate(path, "--jobs", "1")
    assert code != 0
    [finding] = [f for f in report["findings"] if f["rule"].startswith("input.")]
    assert (finding["rule"], finding["location"]["line"]) == ("input.limit", 121)
    assert report["records"] == 199
    assert "9999" not in json.dumps(report)


def test_one_unreadable_line_among_readable_ones_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "one-bad-line.jsonl"
    path.write_text(json.dumps(_provider(1)) + "\n" + '{"x": 1e999999}\n')
    code, _ = _validate(path, "--jobs", "1")
    assert code == 1


@pytest.mark.parametrize("number", ["1e999999", "-1e400", "9" * (MAX_NUMBER_DIGITS + 1), "0." + "0" * MAX_NUMBER_DIGITS + "1"])
def test_a_number_past_the_limits_is_an_input_limit_finding_with_its_place_in_json_and_json_lines(number: str) -> None:
    text = '{"text": "1e999999 inside a string",\n "n": [1, ' + number + "]}"
    with pytest.raises(InputError) as raised:
        parse_json(text)
    assert (raised.value.rule, raised.value.line, raised.value.column) == ("input.limit", 2, 11)
    assert number not in str(raised.value) + "".join(raised.value.detail or ())
    [(line, error)] = list(json_lines(b'{"a": 1}\n' + text.replace("\n", "").encode() + b"\n\n", 7))[1:]
    assert (line, error.rule, error.line) == (8, "input.limit", 8)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(constant: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_json('{"n": ' + constant + "}")
    assert raised.value.rule == "input.syntax"


@pytest.mark.parametrize("number", ["1.0e+999999", "9" * (MAX_NUMBER_DIGITS + 1)])
def test_a_number_past_the_limits_in_yaml_is_an_input_limit_finding_with_its_line(number: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_yaml(f"a: 1\nb: {number}\n")
    assert (raised.value.rule, raised.value.line) == ("input.limit", 2)


def test_a_big_number_in_a_json_file_is_a_finding_not_an_abort(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps(_provider(1))[:-1] + ', "x": ' + "9" * 4301 + "}")
    code, report = _validate(path)
    assert code == 2
    assert _rules(report) == ["input.limit"]
    assert report["findings"][0]["location"]["line"] == 1


def test_ordinary_numbers_still_read() -> None:
    assert parse_json("[1, -2, 1.5e10, 1e-99999, 123456789012345678901234567890]") == [1, -2, 1.5e10, 0.0, 123456789012345678901234567890]


# --- 5. --jobs capped at the cores ------------------------------------------------------------------


def test_more_jobs_than_cores_start_one_worker_per_core(tmp_path: Path, monkeypatch) -> None:
    from kll.validation import parallel

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert parallel.available_cores() == 2
    started: list[int] = []
    original = parallel.ProcessPoolExecutor

    def counting(workers: int, *args, **kwargs):
        started.append(workers)
        return original(workers, *args, **kwargs)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", counting)
    monkeypatch.setattr(loaders, "CHUNK_BYTES", 4096)  # several chunks, so workers are used
    path = tmp_path / "providers.jsonl"
    path.write_text("".join(json.dumps(_provider(n)) + "\n" for n in range(300)))
    code, report = _validate(path, "--jobs", "16", "--stages", "structural")
    assert started == [1]  # two workers on two cores: this process and one started process
    assert report["records"] == 300


# --- 4. SSSOM: header depth and the number of columns -----------------------------------------------

SSSOM = ROOT / "tests" / "fixtures" / "sssom" / "crosswalk.sssom.tsv"


def _sssom_with(tmp_path: Path, *, metadata_line: str | None = None, extra_columns: int = 0) -> Path:
    lines = SSSOM.read_text(encoding="utf-8").split("\n")
    header = next(number for number, line in enumerate(lines) if not line.startswith("#"))
    if extra_columns:
        lines[header] += "".join(f"\textra_{n}" for n in range(extra_columns))
    if metadata_line is not None:
        lines.insert(header, metadata_line)
    path = tmp_path / "hostile.sssom.tsv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_50000_deep_sssom_header_is_an_input_limit_finding(tmp_path: Path) -> None:
    path = _sssom_with(tmp_path, metadata_line="# comment: " + "[" * 50_000 + "]" * 50_000)
    code, report = _validate("--from", "sssom", path)
    assert code == 2
    assert _rules(report) == ["input.limit"]


def test_sssom_with_a_million_columns_is_an_input_limit_finding_before_sssom_py_reads_it(tmp_path: Path, monkeypatch) -> None:
    import kll.adapters.sssom as sssom

    def never(*args, **kwargs):
        raise AssertionError("sssom-py was given the file")

    monkeypatch.setattr(sssom, "parse_with_sssom_py", never)
    path = _sssom_with(tmp_path, extra_columns=1_000_000)
    code, report = _validate("--from", "sssom", path)
    assert code == 2
    assert _rules(report) == ["input.limit"]
    assert "columns" in report["findings"][0]["detail"]


def test_sssom_within_the_limits_is_still_read(tmp_path: Path) -> None:
    path = _sssom_with(tmp_path, metadata_line="# comment: " + "[" * 10 + "]" * 10)
    code, report = _validate("--from", "sssom", path)
    assert "input.limit" not in _rules(report)
    assert report["records"] > 0


# --- 6. EMIL3 HTML text in linear time ----------------------------------------------------------------

EMIL3 = ROOT / "tests" / "fixtures" / "emil3" / "export.json"
HTML_DESCRIPTION = "<p>Grundläggande programmering i <b>Python</b>: datatyper, styrstrukturer, funktioner och klasser.</p>"


def _emil3_with_description(tmp_path: Path, html: str) -> Path:
    text = EMIL3.read_text(encoding="utf-8")
    assert json.dumps(HTML_DESCRIPTION, ensure_ascii=False) in text
    path = tmp_path / "hostile-emil3.json"
    path.write_text(text.replace(json.dumps(HTML_DESCRIPTION, ensure_ascii=False), json.dumps(html, ensure_ascii=False)), encoding="utf-8")
    return path


def test_74_kb_of_unclosed_tags_in_emil3_html_is_read_as_text(tmp_path: Path, monkeypatch) -> None:
    from html.parser import HTMLParser

    from kll.adapters.emil3_values import html_to_text

    # The quadratic path of html.parser: a '<' that opens a construct with no '>' after it. The
    # text handed to the parser has none left, so the parser never takes that path.
    fed: list[str] = []
    original = HTMLParser.feed
    monkeypatch.setattr(HTMLParser, "feed", lambda self, data: (fed.append(data), original(self, data))[1])
    hostile = "<a " * 24_700
    assert html_to_text(hostile) == hostile.strip()
    assert all("<" not in data[data.rfind(">") + 1:] for data in fed)
    code, report = _validate("--from", "emil3", _emil3_with_description(tmp_path, hostile))
    assert code in (0, 1)
    assert report["records"] > 0


@pytest.mark.parametrize("html", ["<![" * 1000, "<p>a</p><![<![", "1 < 2 <a &amp; b"])
def test_malformed_emil3_html_gives_text_not_an_exception(html: str) -> None:
    from kll.adapters.emil3_values import html_to_text

    assert isinstance(html_to_text(html), str)


def test_emil3_html_that_is_well_formed_reads_as_before() -> None:
    from kll.adapters.emil3_values import html_to_text

    assert html_to_text(HTML_DESCRIPTION) == "Grundläggande programmering i Python: datatyper, styrstrukturer, funktioner och klasser."
    assert html_to_text("<ul><li>a &amp; b</li><li>c</li></ul> 1 < 2") == "- a & b\n\n- c\n\n1 < 2"


def test_emil3_output_is_private_and_never_follows_a_link(tmp_path: Path) -> None:
    from kll import adapters

    package = adapters.get("emil3").read(EMIL3).package
    target = tmp_path / "out.json"
    adapters.get("emil3").write(package, target)
    assert target.stat().st_mode & 0o777 == 0o600
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text("untouched")
    link = tmp_path / "link.json"
    link.symlink_to(elsewhere)
    with pytest.raises(Exception):
        adapters.get("emil3").write(package, link)
    assert elsewhere.read_text() == "untouched"


# --- 7. JSON-LD: a protected term redefined -----------------------------------------------------------


def _jsonld(tmp_path: Path, second: dict) -> Path:
    document = {
        "@context": [{"@protected": True, "schema": "http://schema.org/", "name": "schema:name"}, second],
        "@id": "https://w3id.org/kll/id/x/thing", "name": SECRET,
    }
    path = tmp_path / "protected.jsonld"
    path.write_text(json.dumps(document))
    return path


def test_a_protected_term_redefinition_in_json_ld_is_a_syntax_finding(tmp_path: Path) -> None:
    code, report = _validate(_jsonld(tmp_path, {"name": "http://example.org/other-name"}))
    assert code == 2
    assert _rules(report) == ["input.syntax"]
    assert "protected term redefinition" in report["findings"][0]["detail"]
    assert SECRET not in json.dumps(report)


def test_a_protected_term_defined_again_the_same_way_is_not_a_redefinition(tmp_path: Path) -> None:
    _, report = _validate(_jsonld(tmp_path, {"name": {"@id": "schema:name"}, "other": "http://example.org/other"}))
    assert "input.syntax" not in _rules(report)


def test_a_property_scoped_context_may_override_a_protected_term() -> None:
    from kll.validation.loaders import check_protected_terms

    check_protected_terms({
        "@context": {"@protected": True, "name": "http://schema.org/name", "knows": {"@id": "http://schema.org/knows", "@context": {"name": "http://example.org/n"}}},
        "knows": {"name": "x"},
    })
    with pytest.raises(InputError):
        check_protected_terms({"@context": {"@protected": True, "name": "http://schema.org/name"}, "knows": {"@context": None}})
