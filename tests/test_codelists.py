"""The shipped code lists: complete, with provenance, and kept apart by scheme."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kll.cli import app
from kll.artifacts.codelists import load, names

# Lists read from the code-list repositories each code names its own source; the two vocabularies
# of DCAT-AP-SE (the EU file types, IANA's media types) are shipped whole from one published file.
PER_CODE_SOURCE = {"sun-2020-level": 71, "sun-2020-field": 531, "af-ssyk-2012": 400, "municipality": 290, "county": 21}
WHOLE_LIST = {"eu-file-type": 198, "iana-media-type": 2136}
# JobTech taxonomy value sets: the code is the concept id itself, so each row's source starts there.
JOBTECH = {"jobtech-employment-type": 5, "jobtech-worktime-extent": 3}
EXPECTED = PER_CODE_SOURCE | WHOLE_LIST | JOBTECH


@pytest.mark.parametrize(("name", "count"), sorted(PER_CODE_SOURCE.items()))
def test_code_list_has_expected_size_source_and_version(name, count):
    codes = load(name)
    assert len(codes) == count
    assert codes.version and codes.source.startswith("github:") and codes.publisher
    assert all(code.columns["source"].startswith(("github:", '"github:', "code+concept")) for code in codes.codes.values())


@pytest.mark.parametrize(("name", "count"), sorted(WHOLE_LIST.items()))
def test_a_vocabulary_shipped_whole_has_its_size_source_version_and_publisher(name, count):
    codes = load(name)
    assert len(codes) == count
    assert codes.version and codes.source.startswith(("github:", "npm:")) and codes.publisher


@pytest.mark.parametrize(("name", "count"), sorted(JOBTECH.items()))
def test_jobtech_value_set_has_expected_size_source_and_version(name, count):
    codes = load(name)
    assert len(codes) == count
    assert codes.scheme == "jobtech-taxonomy" and codes.version and codes.source.startswith("github:") and codes.publisher
    assert all(code.columns["source"].startswith("code (= concept id)") for code in codes.codes.values())
    assert all(len(code) == 12 and code[4] == code[8] == "_" for code in codes)


def test_jobtech_employment_types_keep_both_labels_and_flag_the_deprecated_one():
    types = load("jobtech-employment-type")
    assert types["PFZr_Syz_cUq"].label_sv == "Tillsvidareanställning, inklusive provanställning"
    assert types["PFZr_Syz_cUq"].columns["label_sv_ei"] == "Vanlig anställning"
    assert [code for code in types if types[code].columns["deprecated"] == "true"] == ["9Wuo_2Yb_36E"]
    assert load("jobtech-worktime-extent")["6YE1_gAC_R2G"].label_sv == "Heltid"


def test_every_shipped_list_is_known():
    assert sorted(names()) == sorted(EXPECTED)


def test_af_ssyk_is_labelled_as_arbetsformedlingens_variant():
    codes = load("af-ssyk-2012")
    assert "Arbetsförmedlingen" in codes.title and "429" in " ".join(codes.caveats)
    assert all(len(code) == 4 for code in codes)


def test_municipality_codes_start_with_their_county_code():
    counties = load("county")
    municipalities = load("municipality")
    assert load("municipality")["2281"].label_sv == "Sundsvall"
    assert all(code[:2] in counties and municipalities[code].columns["lan_code"] == code[:2] for code in municipalities)


def test_sun_level_and_field_codes_overlap_so_the_scheme_must_be_kept():
    levels, fields = load("sun-2020-level"), load("sun-2020-field")
    assert "522" in levels and "522" in fields
    assert levels["522"].label_sv != fields["522"].label_sv


def test_sun_field_level_four_codes_end_in_a_letter():
    fields = load("sun-2020-field")
    level_four = [code for code in fields if fields[code].columns["level"] == "4"]
    assert len(level_four) == 377 and all(code[:3].isdigit() and code[3].isalpha() for code in level_four)


def test_unknown_list_names_the_known_ones():
    with pytest.raises(KeyError, match="known: sun-2020-level"):
        load("sun-2000")


def test_codelists_command_prints_every_list():
    result = CliRunner().invoke(app, ["codelists"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for name, count in EXPECTED.items():
        assert name in result.output and str(count) in result.output
