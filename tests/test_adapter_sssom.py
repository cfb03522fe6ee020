"""The SSSOM adapter (kll.adapters.sssom): crosswalk mapping sets as SSSOM TSV through sssom-py.

Round trips are property-tested over generated mapping sets; the fixtures in tests/fixtures/sssom
are a valid crosswalk, the same with one broken mapping, the output of a matching tool with slots
the model has no place for, and a TSV file that is not SSSOM.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st
from strategies import model_object, normalise
from typer.testing import CliRunner

from kll import adapters
from kll.adapters import sssom, sssom_read
from kll.adapters.native import graph_from_package, package_from_graph
from kll.cli import app
from kll.artifacts.modelindex import model_index

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "sssom"
CROSSWALK = ROOT / "examples" / "concepts" / "sun2020-ssyk2012-crosswalk.yaml"
ADAPTER = adapters.get("sssom")
runner = CliRunner()

# --- generated crosswalks ----------------------------------------------------------------------

SCHEMES = ["sun-2020-field", "af-ssyk-2012", "esco", "jobtech-taxonomy", "sni-2007", "local"]
PREDICATES = [f"http://www.w3.org/2004/02/skos/core#{name}" for name in ("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch")]
JUSTIFICATIONS = sorted(model_index().classes["Mapping"].slots["mapping_justification"].values)
_LETTERS = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp"))
#: One line of text without surrounding space (the model's text pattern), no "|" (SSSOM's list separator).
line_text = st.text(alphabet=_LETTERS, min_size=1, max_size=16).map(str.strip).filter(lambda t: t and "|" not in t)
#: A cell of the table may hold line breaks, tabs and quotes: pandas quotes it.
cell_text = st.text(alphabet=st.one_of(_LETTERS, st.sampled_from("\n\t\"")), min_size=1, max_size=16).map(str.strip).filter(bool)
codes = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._/%:#|-]{0,8}", fullmatch=True)
versions = st.from_regex(r"[0-9][0-9.]{0,5}", fullmatch=True)
dates = st.dates().map(lambda d: d.isoformat())


def _reference(draw, scheme: str, version: str) -> dict:
    reference = {"scheme": scheme, "code": draw(codes)}
    if draw(st.booleans()):
        reference["scheme_version"] = version
    if draw(st.booleans()):
        reference["label"] = {"sv": draw(line_text)}
    if draw(st.booleans()):
        # Two namespaces per scheme, e.g. ESCO's skills and occupations: prefixes esco and esco.2.
        namespace = f"http://data.example.org/{scheme}/{draw(st.sampled_from(['skill', 'occupation']))}/"
        reference["concept_iri"] = namespace + quote(reference["code"], safe="-._~!$&'()*+,;=@")
    return reference


@st.composite
def crosswalk_packages(draw) -> dict:
    """A data package of one mapping set, its two concept schemes and the agents it names."""
    index = model_index()
    sides = {side: (draw(st.sampled_from(SCHEMES)), draw(versions)) for side in ("subject", "object")}
    organisations = [{"id": f"https://w3id.org/kll/id/test/org/{n}", "name": {"sv": draw(line_text)}} for n in range(draw(st.integers(1, 3)))]
    persons = [{"id": f"https://orcid.org/0000-0002-1825-009{n}"} for n in range(draw(st.integers(0, 1)))]
    agents = [a["id"] for a in organisations + persons]
    mapping_set: dict = {
        "id": "https://w3id.org/kll/id/test/mapping-set/" + draw(st.from_regex(r"[a-z0-9-]{1,12}", fullmatch=True)),
        "mapping_set_license": draw(st.sampled_from(["http://creativecommons.org/publicdomain/zero/1.0/", "https://creativecommons.org/licenses/by/4.0/"])),
        "subject_source": "https://w3id.org/kll/id/test/scheme/subject",
        "object_source": "https://w3id.org/kll/id/test/scheme/object",
    }
    optional = {
        "title": st.builds(lambda t: {"sv": t}, line_text), "description": st.builds(lambda t: {"sv": t}, line_text),
        "mapping_set_version": versions, "mapping_set_creators": st.lists(st.sampled_from(agents), min_size=1, unique=True),
        "mapping_date": dates, "issued": dates,
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            mapping_set[key] = draw(strategy)
    mappings = []
    for _ in range(draw(st.integers(1, 5))):
        mapping = {
            "mapping_subject": _reference(draw, *sides["subject"]),
            "mapping_predicate": draw(st.sampled_from(PREDICATES)),
            "mapping_object": _reference(draw, *sides["object"]),
            "mapping_justification": draw(st.sampled_from(JUSTIFICATIONS)),
        }
        extra = {
            "confidence": st.floats(0, 1).map(lambda f: round(f, 3)), "mapping_authors": st.lists(st.sampled_from(agents), min_size=1, unique=True),
            "mapping_date": dates, "mapping_comment": cell_text,
        }
        for key, strategy in extra.items():
            if draw(st.booleans()):
                mapping[key] = draw(strategy)
        mappings.append(mapping)
    mapping_set["mappings"] = mappings
    schemes = [
        {"id": mapping_set[f"{side}_source"], "scheme": scheme, "title": {"sv": f"Schema {side}"}, "scheme_version": version}
        for side, (scheme, version) in sides.items()
    ]
    package = {"conforms_to_model_version": index.model_version, "mapping_sets": [mapping_set], "concept_schemes": schemes, "organisations": organisations}
    if persons:
        package["persons"] = persons
    return package


def carried(package: dict) -> dict:
    """What of a crosswalk package SSSOM carries (see the adapter's docstring): the mapping set
    with Swedish texts, its sources' IRI, scheme and version, the agents it names with their
    Swedish names. A reference without a scheme version has its source's (SSSOM's propagation).
    The prefixes a written file declares come back as the set's curie_map: not compared."""
    mapping_set = json.loads(json.dumps(package["mapping_sets"][0]))
    mapping_set.pop("curie_map", None)
    schemes = {s["id"]: s for s in package.get("concept_schemes", [])}
    named = set(mapping_set.get("mapping_set_creators", []))
    for key in ("title", "description"):
        if key in mapping_set:
            mapping_set[key] = {"sv": mapping_set[key]["sv"]}
    for mapping in mapping_set["mappings"]:
        named.update(mapping.get("mapping_authors", []))
        for side in ("subject", "object"):
            reference = mapping[f"mapping_{side}"]
            reference.setdefault("scheme_version", schemes[mapping_set[f"{side}_source"]]["scheme_version"])
            if "label" in reference:
                reference["label"] = {"sv": reference["label"]["sv"]}
    sources = [mapping_set["subject_source"], mapping_set["object_source"]]
    agents = [
        {"id": a["id"], **({"name": {"sv": a["name"]["sv"]}} if "name" in a else {})}
        for a in package.get("organisations", []) + package.get("persons", []) if a["id"] in named
    ]
    return normalise({
        "mapping_sets": [mapping_set],
        "concept_schemes": [{k: schemes[s][k] for k in ("id", "scheme", "scheme_version")} for s in dict.fromkeys(sources)],
        "agents": agents,
    })


def parsed(path: Path) -> tuple[dict, Counter]:
    """An SSSOM TSV file's content: its metadata, and its rows as a multiset."""
    scan = sssom_read.scan(path.read_text(encoding="utf-8"), path)
    return scan.metadata, Counter(json.dumps(cells, sort_keys=True) for _, cells in scan.rows)


SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])


@SETTINGS
@given(package=crosswalk_packages())
def test_model_sssom_model_keeps_everything_sssom_carries(package, tmp_path_factory):
    path = tmp_path_factory.mktemp("sssom") / "set.sssom.tsv"
    findings = ADAPTER.write(package, path)
    assert {f.rule for f in findings} <= {"convert.not-representable"}
    back = ADAPTER.read(path)
    assert back.findings == []
    assert carried(back.package) == carried(package)


@SETTINGS
@given(package=crosswalk_packages())
def test_sssom_model_sssom_is_lossless(package, tmp_path_factory):
    """SSSOM TSV → model → SSSOM TSV gives the same metadata and the same rows."""
    folder = tmp_path_factory.mktemp("sssom")
    first, second = folder / "first.sssom.tsv", folder / "second.sssom.tsv"
    ADAPTER.write(package, first)
    imported = ADAPTER.read(first)
    ADAPTER.write(imported.package, second)
    assert parsed(second) == parsed(first)
    assert ADAPTER.read(second).package == imported.package


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_model_turtle_model_for_concept_packages(data):
    """The native Turtle adapter keeps generated concepts-module records as they were."""
    index = model_index()
    package = {"conforms_to_model_version": index.model_version}
    for number, (container, class_name) in enumerate(data.draw(st.lists(st.sampled_from([
        ("concept_schemes", "ConceptScheme"), ("concepts", "Concept"), ("mapping_sets", "MappingSet"), ("concept_annotations", "ConceptAnnotation"),
    ]), min_size=1, max_size=4))):
        record = data.draw(model_object(class_name, index))
        record["id"] = f"https://w3id.org/kll/id/test/{number}"
        package.setdefault(container, []).append(record)
    from rdflib import Graph

    back = package_from_graph(Graph().parse(data=graph_from_package(package).serialize(format="turtle"), format="turtle"))
    assert _numbers_as_values(back) == _numbers_as_values(package)


def _numbers_as_values(package: dict):
    """A package normalised with 0 and 0.0 alike: Turtle gives a float slot's integer back as a
    float, and ``normalise`` orders lists by their JSON text."""
    return normalise(json.loads(json.dumps(package), parse_float=lambda text: int(float(text)) if float(text).is_integer() else float(text)))


# --- generated SSSOM text, in forms the writer never emits --------------------------------------

_KLL_SCHEME = "https://w3id.org/kll/vocab/scheme/{}/"
#: scheme -> (CURIE prefixes for its concepts, their namespace, source IRI, version, codes, labels).
_RAW_SCHEMES = {
    "sun-2020-field": (["sun-2020-field", "SUN2020"], _KLL_SCHEME.format("sun-2020-field"), "https://w3id.org/kll/id/scb/scheme/sun-2020-field", "2020",
                       st.from_regex(r"7[0-9]{2}[a-z]", fullmatch=True), ["Sjuksköterskeutbildning, grundutbildning", "Röntgensjuksköterskeutbildning", "Specialistsjuksköterskeutbildning, anestesisjukvård"]),
    "af-ssyk-2012": (["af-ssyk-2012", "SSYK2012"], _KLL_SCHEME.format("af-ssyk-2012"), "https://w3id.org/kll/id/af/scheme/ssyk-2012", "2012",
                     st.from_regex(r"2[0-9]{3}", fullmatch=True), ["Grundutbildade sjuksköterskor", "Anestesisjuksköterskor", "Röntgensjuksköterskor"]),
    "sni-2007": (["sni-2007", "SNI2007"], _KLL_SCHEME.format("sni-2007"), "https://w3id.org/kll/id/scb/scheme/sni-2007", "2007",
                 st.from_regex(r"86[0-9]{3}", fullmatch=True), ["Sluten somatisk specialistsjukvård", "Primärvård", "Tandläkarverksamhet"]),
    "esco": (["esco"], "http://data.europa.eu/esco/occupation/", "https://w3id.org/kll/id/eu/scheme/esco", "1.1.1",
             st.uuids().map(str), ["sjuksköterska", "röntgensjuksköterska", "anestesisjuksköterska"]),
    "jobtech-taxonomy": (["jobtech-taxonomy"], "https://data.jobtechdev.se/taxonomy/concept/", "https://w3id.org/kll/id/af/scheme/jobtech-taxonomy", "22",
                         st.from_regex(r"[A-Za-z0-9]{4}_[A-Za-z0-9]{3}_[A-Za-z0-9]{3}", fullmatch=True), ["Sjuksköterska, grundutbildad", "Röntgensjuksköterska"]),
}
#: Agents by CURIE, with the Swedish name a label gives them ("" for a person: no label).
_RAW_AGENTS = {"kllid:agency/af": "Arbetsförmedlingen", "kllid:agency/scb": "Statistiska centralbyrån", "kllid:agency/uhr": "Universitets- och högskolerådet", "orcid:0000-0002-1825-0097": ""}
_RAW_COMMENTS = ["Väntar på manuell granskning.", "Granskad av AF, 2026-03.", "Bred matchning; se även närliggande yrken.", "Endast specialistutbildning: ej grundnivå"]
_SSSOM_BUILTINS = {"skos": "http://www.w3.org/2004/02/skos/core#", "semapv": "https://w3id.org/semapv/vocab/", "orcid": "https://orcid.org/"}
_LICENSES = ["http://creativecommons.org/publicdomain/zero/1.0/", "https://creativecommons.org/licenses/by/4.0/"]


def _as_curie(draw, iri: str) -> str:
    """A kllid IRI as itself or as its kllid: CURIE."""
    return iri.replace("https://w3id.org/kll/id/", "kllid:") if draw(st.booleans()) else iri


@st.composite
def raw_sssom_texts(draw) -> str:
    """An SSSOM TSV file as a person or another tool writes it: metadata keys and columns in any
    order, sources, types and licence on the rows (beside or instead of the set's), versions on
    some rows only, prefixes that are not the scheme's name."""
    subject_scheme, object_scheme = draw(st.lists(st.sampled_from(sorted(_RAW_SCHEMES)), min_size=2, max_size=2, unique=True))
    sides = {"subject": _RAW_SCHEMES[subject_scheme], "object": _RAW_SCHEMES[object_scheme]}
    prefix = {side: draw(st.sampled_from(spec[0])) for side, spec in sides.items()}
    curie_map = {prefix[side]: spec[1] for side, spec in sides.items()} | {"kllid": "https://w3id.org/kll/id/"}
    license_ = draw(st.sampled_from(_LICENSES))
    meta: dict = {
        "mapping_set_id": "https://w3id.org/kll/id/af/mapping-set/" + draw(st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)),
        "license": license_,
        "mapping_set_title": draw(st.sampled_from(["Översättningsnyckel SUN 2020 inriktning till SSYK 2012, omvårdnad", "Yrken och utbildningar: vård", "Matchning ESCO–SSYK"])),
    }
    optional = {
        "mapping_set_version": st.sampled_from(["1.0.0", "2", "2026-03"]), "mapping_set_description": st.sampled_from(["Framtagen av Arbetsförmedlingen.", "Manuellt granskad: 2026."]),
        "mapping_date": dates, "publication_date": dates,
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            meta[key] = draw(strategy)
    creators = draw(st.lists(st.sampled_from(sorted(_RAW_AGENTS)), max_size=3, unique=True))
    if creators:
        meta["creator_id"] = creators
        if draw(st.booleans()):
            meta["creator_label"] = [_RAW_AGENTS[c] for c in creators]
    # Where the set's sources, entity types and versions are given: the metadata, the rows or both.
    placement = {f"{side}_{slot}": draw(st.sampled_from(["set", "rows", "both"])) for side in sides for slot in ("source", "type")}
    versions = {side: draw(st.sampled_from(["set", "rows", "some rows", "none"])) for side in sides}
    for side, spec in sides.items():
        if placement[f"{side}_source"] != "rows":
            meta[f"{side}_source"] = _as_curie(draw, spec[2])
        if placement[f"{side}_type"] != "rows":
            meta[f"{side}_type"] = "skos concept"
        if versions[side] == "set":
            meta[f"{side}_source_version"] = spec[3]
    if any(c.startswith("orcid:") for c in creators) or draw(st.booleans()):
        curie_map["orcid"] = "https://orcid.org/"
    rows = []
    triples = draw(st.lists(
        st.tuples(sides["subject"][4], st.sampled_from([p.rsplit("#", 1)[1] for p in PREDICATES]), sides["object"][4]), min_size=1, max_size=6, unique=True,
    ))
    for subject_code, predicate, object_code in triples:
        row = {
            "subject_id": f"{prefix['subject']}:{subject_code}", "predicate_id": f"skos:{predicate}",
            "object_id": f"{prefix['object']}:{object_code}", "mapping_justification": f"semapv:{draw(st.sampled_from(JUSTIFICATIONS))}",
        }
        for side, spec in sides.items():
            if draw(st.booleans()):
                row[f"{side}_label"] = draw(st.sampled_from(spec[5]))
            if placement[f"{side}_source"] != "set":
                row[f"{side}_source"] = _as_curie(draw, spec[2])
            if placement[f"{side}_type"] != "set":
                row[f"{side}_type"] = "skos concept"
            if versions[side] == "rows" or (versions[side] == "some rows" and draw(st.booleans())):
                row[f"{side}_source_version"] = spec[3]
        if draw(st.booleans()):
            row["license"] = license_  # the set's, repeated on the row
        authors = draw(st.lists(st.sampled_from(sorted(_RAW_AGENTS)), max_size=2, unique=True))
        if authors:
            row["author_id"] = "|".join(authors)
            if draw(st.booleans()):
                row["author_label"] = "|".join(_RAW_AGENTS[a] for a in authors)
        extra = {"mapping_date": dates, "confidence": st.sampled_from(["0.95", "0.85", "1", "0.5", "0.333", "0"]), "comment": st.sampled_from(_RAW_COMMENTS)}
        for key, strategy in extra.items():
            if draw(st.booleans()):
                row[key] = draw(strategy)
        rows.append(row)
    keys = draw(st.permutations(list(meta)))
    block = yaml.safe_dump({"curie_map": curie_map, **{k: meta[k] for k in keys}}, allow_unicode=True, sort_keys=False, width=10_000)
    columns = draw(st.permutations(sorted({c for row in rows for c in row})))
    table = ["\t".join(columns)] + ["\t".join(row.get(c, "") for c in columns) for row in rows]
    return "".join(f"# {line}\n" for line in block.splitlines()) + "\n".join(table) + "\n"


def sssom_content(path: Path) -> tuple[dict, dict]:
    """What an SSSOM file says of the slots the adapter maps, with CURIEs expanded, row values
    given on the set propagated to the rows (a version only where no row gives one), and agents'
    names gathered from creator_label and author_label: the set's slots, and each mapping's by
    (subject, predicate, object)."""
    scan = sssom_read.scan(path.read_text(encoding="utf-8"), path)
    meta = scan.metadata
    prefixes = {**_SSSOM_BUILTINS, **(meta.get("curie_map") or {})}

    def expand(value: str) -> str:
        head, _, local = value.partition(":")
        return prefixes[head] + local if "://" not in value and head in prefixes else value

    rows = [cells for _, cells in scan.rows]
    names: dict = {}

    def name(ids, labels) -> None:
        for identifier, label in zip(ids, labels or [""] * len(ids)):
            if label:
                assert names.setdefault(expand(identifier), label) == label
    creators = meta.get("creator_id") or []
    name(creators, meta.get("creator_label"))
    the_set = {key: str(meta[key]) for key in ("mapping_set_id", "mapping_set_version", "mapping_set_title", "mapping_set_description", "mapping_date", "publication_date") if key in meta}
    the_set["license"] = expand(meta["license"])
    the_set["creator_id"] = [expand(c) for c in creators]
    mappings = {}
    for cells in rows:
        key = tuple(expand(cells[c]) for c in ("subject_id", "predicate_id", "object_id"))
        mapping = {c: cells.get(c) for c in ("subject_label", "object_label", "mapping_date", "comment")}
        mapping["mapping_justification"] = expand(cells["mapping_justification"])
        mapping["confidence"] = float(cells["confidence"]) if "confidence" in cells else None
        authors = cells.get("author_id", "").split("|") if cells.get("author_id") else []
        mapping["author_id"] = [expand(a) for a in authors]
        name(authors, cells["author_label"].split("|") if "author_label" in cells else None)
        for side in ("subject", "object"):
            for column in (f"{side}_source", f"{side}_type", "license"):
                value = cells.get(column, meta.get(column))
                mapping[column] = expand(str(value)) if value is not None else None
            column = f"{side}_source_version"
            mapping[column] = cells.get(column) if any(column in c for c in rows) else (str(meta[column]) if column in meta else None)
        assert key not in mappings
        mappings[key] = mapping
    the_set["agent_names"] = names
    return the_set, mappings


@SETTINGS
@given(text=raw_sssom_texts())
def test_sssom_text_model_sssom_keeps_every_mapped_slot(text, tmp_path_factory):
    """Raw SSSOM TSV → model → SSSOM TSV: every slot the adapter maps keeps its value, and a file
    of mapped slots only is read without findings."""
    folder = tmp_path_factory.mktemp("sssom")
    original, written = folder / "raw.sssom.tsv", folder / "written.sssom.tsv"
    original.write_text(text, encoding="utf-8")
    imported = ADAPTER.read(original)
    assert imported.findings == []
    assert {f.rule for f in ADAPTER.write(imported.package, written)} <= {"convert.not-representable"}
    (before_set, before), (after_set, after) = sssom_content(original), sssom_content(written)
    assert {key: after_set.get(key) for key in before_set} == before_set
    assert after == before
    # The model holds the codes and the propagated versions, not just text the writer copies back.
    for mapping, expected in zip(imported.package["mapping_sets"][0]["mappings"], before.values(), strict=True):
        assert mapping["mapping_predicate"] in PREDICATES and mapping["mapping_justification"] in JUSTIFICATIONS
        for side in ("subject", "object"):
            assert mapping[f"mapping_{side}"].get("scheme_version") == expected[f"{side}_source_version"]
    assert ADAPTER.read(written).findings == []


# --- the example and the fixtures --------------------------------------------------------------


def test_the_example_crosswalk_converts_to_sssom_and_back(tmp_path):
    original = adapters.get("yaml").read(CROSSWALK).package
    path = tmp_path / "crosswalk.sssom.tsv"
    findings = ADAPTER.write(original, path)
    back = ADAPTER.read(path)
    assert back.findings == []
    assert carried(back.package) == carried(original)
    # What SSSOM cannot carry is reported, each located in the package: the English texts, the
    # concepts and annotations, the sources' and agents' other slots.
    lost = {(f.location.pointer, f.location.record_id) for f in findings}
    assert ("/mapping_sets/0/title", original["mapping_sets"][0]["id"]) in lost
    assert ("/concepts/0", original["concepts"][0]["id"]) in lost
    assert {f.rule for f in findings} == {"convert.not-representable"}
    assert all(f.detail and "Sjuksköterske" not in f.detail for f in findings)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # pandas 3 on sssom-py's own code
def test_the_written_file_is_sssom_that_sssom_py_reads(tmp_path):
    from sssom.parsers import parse_sssom_table

    path = tmp_path / "crosswalk.sssom.tsv"
    ADAPTER.write(adapters.get("yaml").read(CROSSWALK).package, path)
    msdf = parse_sssom_table(path)
    assert len(msdf.df) == 3
    assert set(msdf.df["predicate_id"]) == {"skos:relatedMatch"}
    assert msdf.metadata["mapping_set_id"] == "https://w3id.org/kll/id/af/mapping-set/sun-2020-field-to-af-ssyk-2012"
    assert msdf.converter.expand("sun-2020-field:723a") == "https://w3id.org/kll/vocab/scheme/sun-2020-field/723a"


def test_a_valid_sssom_file_validates():
    result = runner.invoke(app, ["validate", "--from", "sssom", str(FIXTURES / "crosswalk.sssom.tsv")])
    assert result.exit_code == 0, result.output
    assert "0 violations" in result.output


def _subject_from_another_scheme(tmp_path: Path) -> Path:
    text = (FIXTURES / "crosswalk.sssom.tsv").read_text(encoding="utf-8")
    text = text.replace("#   kllid:", "#   sun-2000-field: https://w3id.org/kll/vocab/scheme/sun-2000-field/\n#   kllid:", 1)
    path = tmp_path / "another-scheme.sssom.tsv"
    path.write_text(text.replace("sun-2020-field:725f", "sun-2000-field:725f"), encoding="utf-8")
    return path


@pytest.mark.parametrize("case, line, column, rule", [
    ("confidence", 23, "confidence", "Mapping.confidence.range"),
    ("scheme", 25, "subject_id", "MappingSet.mappings.subject-in-source"),
])
def test_a_broken_mapping_is_named_by_line_and_rule(case, line, column, rule, tmp_path):
    path = FIXTURES / "broken-confidence.sssom.tsv" if case == "confidence" else _subject_from_another_scheme(tmp_path)
    result = runner.invoke(app, ["validate", "--from", "sssom", "--format", "json", str(path)])
    assert result.exit_code == 1, result.output
    violations = [f for f in json.loads(result.stdout)["findings"] if f["severity"] == "violation"]
    assert [f["rule"] for f in violations] == [rule]
    location = violations[0]["location"]
    header = (FIXTURES / "crosswalk.sssom.tsv").read_text(encoding="utf-8").split("\n")[20].split("\t")
    assert location["file"] == str(path) and location["line"] == line
    assert location["pointer"] == f"/{column}" and location["column"] == header.index(column) + 1
    assert "skos:relatedMatch" in location["record_id"]
    text = runner.invoke(app, ["validate", "--from", "sssom", str(path)]).output
    assert f"line {line}, column {header.index(column) + 1}" in text and rule in text


def test_a_file_that_is_not_sssom_exits_2_with_a_clear_message():
    result = runner.invoke(app, ["validate", "--from", "sssom", str(FIXTURES / "not-sssom.tsv")])
    assert result.exit_code == 2, result.output
    assert "not an SSSOM TSV file" in result.output
    assert "predicate_id" in result.output and "subject_id" in result.output


@pytest.mark.parametrize("text, message", [
    ("# : [\nsubject_id\tpredicate_id\tobject_id\n", "is not YAML"),
    ("# - a list\nsubject_id\tpredicate_id\tobject_id\n", "not a YAML mapping"),
    ("# mapping_set_id: x\n", "no table"),
    ("subject_id\tpredicate_id\tobject_id\tsubject_id\n", "names a column twice"),
    ("subject_id\tpredicate_id\tobject_id\na\tb\tc\td\n", "more cells than the header"),
    ("# mapping_date: 2025-13-40\nsubject_id\tpredicate_id\tobject_id\n", "sssom-py cannot read it"),
])
def test_unreadable_sssom_raises_a_conversion_error(text, message, tmp_path):
    path = tmp_path / "bad.sssom.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(adapters.ConversionError, match=message):
        ADAPTER.read(path)


def test_invalid_utf8_is_a_conversion_error(tmp_path):
    path = tmp_path / "latin1.sssom.tsv"
    path.write_bytes("subject_id\tpredicate_id\tobject_id\nå\tb\tc\n".encode("latin-1"))
    with pytest.raises(adapters.ConversionError, match="UTF-8"):
        ADAPTER.read(path)


# --- convert.unmapped --------------------------------------------------------------------------


def test_only_keys_that_are_no_slot_of_sssom_are_reported_at_their_line():
    """Every slot of SSSOM has a place in the model; a key SSSOM does not define is discarded
    (as SSSOM/TSV readers must) and reported at its line — neither its value nor its name, which
    the file made up and may be anything."""
    imported = ADAPTER.read(FIXTURES / "tool-output.sssom.tsv")
    found = {(f.rule, f.location.line, f.location.column, f.location.record_id, f.location.pointer) for f in imported.findings}
    set_id = "https://w3id.org/kll/id/af/mapping-set/tool-output"
    assert found == {("convert.unmapped", 14, None, set_id, None)}
    [finding] = imported.findings
    assert "not a slot of SSSOM" in finding.detail
    assert "batch run" not in finding.detail and "local_note" not in finding.detail


def test_sssom_slots_beyond_the_translation_key_are_carried():
    """Record identifiers, reviewers, the set's propagated tool and negation are the model's."""
    imported = ADAPTER.read(FIXTURES / "tool-output.sssom.tsv")
    mapping_set = imported.package["mapping_sets"][0]
    first, negated = mapping_set["mappings"]
    assert mapping_set["sssom_version"] == "1.1"
    assert first["mapping_record_id"] == "https://w3id.org/kll/id/af/mapping/1" and "mapping_negated" not in first
    assert first["mapping_tool"] == negated["mapping_tool"] == "https://example.org/matcher"  # SSSOM's propagation
    assert negated["mapping_negated"] is True and negated["mapping_reviewers"] == ["https://orcid.org/0000-0001-5109-3700"]
    assert imported.locate("/mapping_sets/0/mappings/1/mapping_negated").column == 4


def test_a_negated_mapping_is_kept_negated_not_read_as_holding(tmp_path):
    imported = ADAPTER.read(FIXTURES / "tool-output.sssom.tsv")
    mappings = imported.package["mapping_sets"][0]["mappings"]
    assert [(m["mapping_subject"]["code"], m.get("mapping_negated", False)) for m in mappings] == [("723a", False), ("725f", True)]
    assert imported.locate("/mapping_sets/0/mappings/0/confidence").line == 16
    written = tmp_path / "negated.sssom.tsv"
    ADAPTER.write(imported.package, written)
    header, *rows = written.read_text(encoding="utf-8").split("\n# ")[-1].split("\n")[1:3]
    assert "predicate_modifier" in header.split("\t")
    assert ADAPTER.read(written).package["mapping_sets"][0]["mappings"][1]["mapping_negated"] is True


def test_a_file_of_the_mapped_slots_only_reports_nothing():
    imported = ADAPTER.read(FIXTURES / "crosswalk.sssom.tsv")
    assert imported.findings == []
    assert [m["mapping_subject"]["scheme_version"] for m in imported.package["mapping_sets"][0]["mappings"]] == ["2020"] * 3


@pytest.mark.parametrize("column, same, other, slot, expected", [
    ("object_type", "skos concept", "owl class", ("mapping_object", "entity_type"), "owl class"),
    ("subject_source", "kllid:scb/scheme/sun-2020-field", "kllid:scb/scheme/sun-2000-field", ("mapping_subject", "entity_source"), "https://w3id.org/kll/id/scb/scheme/sun-2000-field"),
    ("license", "http://creativecommons.org/publicdomain/zero/1.0/", "https://creativecommons.org/licenses/by/4.0/", ("mapping_license",), "https://creativecommons.org/licenses/by/4.0/"),
])
def test_row_values_that_differ_from_the_set_are_the_mappings_own(column, same, other, slot, expected, tmp_path):
    """SSSOM lets a mapping give its own source, type or licence: the model keeps it on the mapping."""
    lines = (FIXTURES / "crosswalk.sssom.tsv").read_text(encoding="utf-8").rstrip("\n").split("\n")
    for number, value in ((20, column), (21, same), (22, other), (23, same)):
        lines[number] += f"\t{value}"
    path = tmp_path / "rows.sssom.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    imported = ADAPTER.read(path)
    if column == "object_type":
        # The set gives object_type too: since some rows give their own, SSSOM does not propagate
        # the set's value, and the model keeps entity types on the mappings only: reported.
        assert [(f.rule, f.location.pointer) for f in imported.findings] == [("convert.unmapped", "/object_type")]
    else:
        assert imported.findings == []
    mapping = imported.package["mapping_sets"][0]["mappings"][1]
    value = mapping
    for key in slot:
        value = value[key]
    assert value == expected


@pytest.mark.parametrize("line, key, value, kind", [
    (6, "mapping_set_title", "{sv: Titel, en: Title}", "mapping"),
    (13, "subject_source", "{a: 1}", "mapping"),
    (5, "mapping_set_version", "[secret, text]", "list"),
    (14, "subject_source_version", "[secret]", "list"),
    (18, "mapping_date", "{secret: 1}", "mapping"),
])
def test_metadata_of_the_wrong_yaml_type_is_reported_not_carried_as_text(line, key, value, kind, tmp_path):
    """A YAML mapping or list where SSSOM has one value is reported by its slot, never carried
    (nor located) as Python repr text."""
    lines = (FIXTURES / "crosswalk.sssom.tsv").read_text(encoding="utf-8").split("\n")
    assert lines[line].startswith(f"# {key}:")
    lines[line] = f"# {key}: {value}"
    path = tmp_path / "typed.sssom.tsv"
    path.write_text("\n".join(lines), encoding="utf-8")
    imported = ADAPTER.read(path)
    assert [(f.rule, f.location.line, f.location.pointer) for f in imported.findings] == [("convert.unmapped", line + 1, f"/{key}")]
    finding = imported.findings[0]
    assert key in finding.detail and kind in finding.detail and "secret" not in finding.detail and "Titel" not in finding.detail
    assert finding.location.record_id == "https://w3id.org/kll/id/af/mapping-set/sun-2020-field-to-af-ssyk-2012-nursing"
    text = json.dumps(imported.package, default=str)
    assert "{'" not in text and "['" not in text and "secret" not in text and "Titel" not in text


def test_a_creator_list_of_mappings_is_reported_not_carried(tmp_path):
    text = (FIXTURES / "crosswalk.sssom.tsv").read_text(encoding="utf-8").replace("#   - kllid:agency/af\n", "#   - {secret: 1}\n", 1)
    path = tmp_path / "creators.sssom.tsv"
    path.write_text(text, encoding="utf-8")
    imported = ADAPTER.read(path)
    assert [(f.rule, f.location.line, f.location.pointer) for f in imported.findings] == [("convert.unmapped", 9, "/creator_id")]
    assert "secret" not in json.dumps(imported.package, default=str) + imported.findings[0].detail


def _strict_json(text: str):
    def refuse(constant):
        raise ValueError(f"not JSON: {constant}")
    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("confidence", ["nan", "inf", "-inf", "NaN", "Infinity"])
def test_a_confidence_that_is_no_number_is_reported_and_written_as_valid_json(confidence, tmp_path):
    lines = (FIXTURES / "crosswalk.sssom.tsv").read_text(encoding="utf-8").split("\n")
    lines[21] = lines[21].replace("\t0.95\t", f"\t{confidence}\t")
    path, out = tmp_path / "nan.sssom.tsv", tmp_path / "nan.json"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = runner.invoke(app, ["convert", "--from", "sssom", "--to", "json", str(path), str(out)])
    assert result.exit_code == 0, result.output
    package = _strict_json(out.read_text(encoding="utf-8"))
    assert package["mapping_sets"][0]["mappings"][0]["confidence"] == confidence
    result = runner.invoke(app, ["validate", "--from", "sssom", str(path)])
    assert "Mapping.confidence.value-type" in result.output


# --- convert.not-representable -----------------------------------------------------------------


def _minimal_package() -> dict:
    package = adapters.get("sssom").read(FIXTURES / "crosswalk.sssom.tsv").package
    for scheme in package["concept_schemes"]:
        scheme.pop("title")
    return package


def test_a_package_sssom_carries_whole_is_written_without_findings(tmp_path):
    assert ADAPTER.write(_minimal_package(), tmp_path / "out.sssom.tsv") == []


def test_what_sssom_cannot_carry_is_reported_where_it_is_in_the_package(tmp_path):
    package = _minimal_package()
    package["mapping_sets"][0]["title"]["en"] = "Crosswalk, nursing"
    package["mapping_sets"][0]["mappings"][1]["mapping_subject"]["concept_iri"] = "https://example.org/other"
    package["mapping_sets"].append({**package["mapping_sets"][0], "id": "https://w3id.org/kll/id/test/second"})
    findings = ADAPTER.write(package, tmp_path / "out.sssom.tsv")
    assert {(f.rule, f.location.pointer, f.location.record_id) for f in findings} == {
        ("convert.not-representable", "/mapping_sets/0/title", package["mapping_sets"][0]["id"]),
        ("convert.not-representable", "/mapping_sets/0/mappings/1/mapping_subject/concept_iri", package["mapping_sets"][0]["id"]),
        ("convert.not-representable", "/mapping_sets/1", "https://w3id.org/kll/id/test/second"),
    }
    assert all("Crosswalk" not in f.detail for f in findings)


def test_a_text_with_line_breaks_in_the_metadata_is_reported(tmp_path):
    package = _minimal_package()
    package["mapping_sets"][0]["description"] = {"sv": "Första stycket.\n\nAndra stycket."}
    findings = ADAPTER.write(package, tmp_path / "out.sssom.tsv")
    assert [(f.rule, f.location.pointer) for f in findings] == [("convert.not-representable", "/mapping_sets/0/description")]


def test_a_package_without_a_mapping_set_cannot_be_written(tmp_path):
    with pytest.raises(adapters.ConversionError, match="no mapping set"):
        ADAPTER.write({"conforms_to_model_version": "0.4.0"}, tmp_path / "out.sssom.tsv")


def test_concept_iris_in_two_namespaces_of_one_scheme_get_two_prefixes(tmp_path):
    package = _minimal_package()
    mappings = package["mapping_sets"][0]["mappings"]
    for mapping, namespace in zip(mappings, ["http://a.example/x/", "http://a.example/y/", None]):
        if namespace:
            mapping["mapping_object"]["concept_iri"] = namespace + mapping["mapping_object"]["code"]
    path = tmp_path / "out.sssom.tsv"
    assert ADAPTER.write(package, path) == []
    metadata, _ = parsed(path)
    assert {"af-ssyk-2012", "af-ssyk-2012.2", "af-ssyk-2012.3"} <= set(metadata["curie_map"])
    assert carried(ADAPTER.read(path).package) == carried(package)


# --- sssom-py: offline, and the table of slots -------------------------------------------------


def test_sssom_py_reads_and_writes_without_the_network(tmp_path):
    script = textwrap.dedent(f"""
        import socket
        def refuse(*args, **kwargs):
            raise SystemExit("network access: " + repr(args[1:] if len(args) > 1 else args))
        socket.socket.connect = socket.socket.connect_ex = refuse
        socket.create_connection = socket.getaddrinfo = refuse
        from pathlib import Path
        from kll import adapters
        adapter = adapters.get("sssom")
        imported = adapter.read(Path({str(FIXTURES / 'crosswalk.sssom.tsv')!r}))
        adapter.write(imported.package, Path({str(tmp_path / 'out.sssom.tsv')!r}))
        print("offline ok")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "offline ok" in result.stdout


def test_the_mapping_table_lists_every_slot_of_sssom():
    from sssom.constants import SSSOMSchemaView

    schema = SSSOMSchemaView()
    listed = [row.element for row in ADAPTER.mapping()]
    assert len(listed) == len(set(listed))
    expected = {f"mapping_set.{slot}" for slot in schema.mapping_set_slots} | {f"mapping.{slot}" for slot in schema.mapping_slots}
    assert set(listed) == expected
    for row in ADAPTER.mapping():
        assert (row.status == "mapped" and row.model is not None) or (row.status == "unmapped" and row.reason) or row.element.endswith(("curie_map", "sssom_version")), row


def test_mapping_coverage_of_sssom_and_dcat_exits_0():
    result = runner.invoke(app, ["mapping", "coverage", "sssom", "dcat"])
    assert result.exit_code == 0, result.output


def test_the_example_as_sssom_validates_like_the_example(tmp_path):
    """Converting the example to SSSOM and validating it --from sssom finds no violation."""
    path = tmp_path / "crosswalk.sssom.tsv"
    assert runner.invoke(app, ["convert", "--from", "yaml", "--to", "sssom", str(CROSSWALK), str(path)]).exit_code == 0
    result = runner.invoke(app, ["validate", "--from", "sssom", str(path)])
    assert result.exit_code == 0, result.output


def test_scheme_titles_come_from_the_model():
    titles = sssom_read._scheme_titles()
    assert titles["sun-2020-field"]["en"] == "SUN 2020 fields of education"
    assert set(titles) == set(model_index().classes["ConceptReference"].slots["scheme"].values)
    assert yaml.safe_load((ROOT / "model" / "core.yaml").read_text(encoding="utf-8"))["enums"]["ConceptSchemeName"]
