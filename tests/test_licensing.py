"""Licensing (decision record 0008): what the record promises and the repository can show today.

Code is EUPL-1.2, the specification CC0 1.0; catalogue metadata must be CC0, open data should name
its licence, translation keys must. The licence texts are the official ones, unaltered: their
SHA-256 is pinned to the SPDX License List's copies (``EUPL-1.2`` and ``CC0-1.0``).
"""

from __future__ import annotations

import hashlib
import tomllib

import yaml
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS

from kll.artifacts import paths
from kll.validation.catalogue import catalogue
from kll.validation.severity import Severity

ROOT = paths.repository_root()
CC0 = "https://creativecommons.org/publicdomain/zero/1.0/"
#: The form DCAT-AP-SE requires for catalogue metadata (http, not https).
CC0_DCAT = "http://creativecommons.org/publicdomain/zero/1.0/"

#: SHA-256 of the texts as taken from the SPDX License List (npm spdx-license-list 6.12.0,
#: licenses/EUPL-1.2.json and licenses/CC0-1.0.json, field licenseText, plus a final newline).
EUPL_SHA256 = "57fb42fbcd0b037ce528ed8f72f1ec095d67bc6825ecf1448ff39be1fe68a4b4"
CC0_SHA256 = "a2010f343487d3f7618affe54f789f5487602331c0a8d03f49e9a7c547cf0499"

EUPL_ARTICLES = (
    "1.Definitions", "2.Scope of the rights granted by the Licence", "3.Communication of the Source Code",
    "4.Limitations on copyright", "5.Obligations of the Licensee", "6.Chain of Authorship",
    "7.Disclaimer of Warranty", "8.Disclaimer of Liability", "9.Additional agreements",
    "10.Acceptance of the Licence", "11.Information to the public", "12.Termination of the Licence",
    "13.Miscellaneous", "14.Jurisdiction", "15.Applicable Law",
)
CC0_SECTIONS = (
    "Statement of Purpose", "1. Copyright and Related Rights.", "2. Waiver.", "3. Public License Fallback.",
    "4. Limitations and Disclaimers.",
)


def _sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pyproject_declares_eupl_1_2():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "EUPL-1.2"


def test_license_file_is_the_full_eupl_1_2_text():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    lines = text.split("\n")
    assert lines[0] == "EUROPEAN UNION PUBLIC LICENCE v. 1.2"
    assert lines[1] == "EUPL © the European Union 2007, 2016"
    assert [article for article in EUPL_ARTICLES if article not in lines] == []
    assert "‘Compatible Licences’ according to Article 5 EUPL are:" in text
    assert "All linguistic versions of this Licence, approved by the European Commission, have identical value." in text
    assert _sha256(ROOT / "LICENSE") == EUPL_SHA256, "LICENSE differs from the official EUPL-1.2 text"


def test_license_cc0_file_is_the_full_cc0_legal_code():
    text = (ROOT / "LICENSE-CC0").read_text(encoding="utf-8")
    assert text.startswith("Creative Commons Legal Code\n\nCC0 1.0 Universal\n")
    assert [section for section in CC0_SECTIONS if section not in text] == []
    assert "No trademark or patent rights held by Affirmer are waived" in text
    assert _sha256(ROOT / "LICENSE-CC0") == CC0_SHA256, "LICENSE-CC0 differs from the official CC0 1.0 legal code"


def test_every_model_module_declares_cc0(raw_modules):
    imported = set(raw_modules["kll"]["imports"]) - {"linkml:types"}
    schemas = {name: module for name, module in raw_modules.items() if name == "kll" or name in imported}
    assert set(schemas) == imported | {"kll"}, "every module the root schema imports is a file of model/"
    assert {name: module.get("license") for name, module in schemas.items()} == {name: CC0 for name in schemas}


def test_generated_ontology_declares_cc0():
    owl = Graph().parse(paths.generated_dir() / "owl" / "kll.owl.ttl")
    licences = {str(value) for value in owl.objects(URIRef("https://w3id.org/kll/model"), DCTERMS.license)}
    assert licences == {CC0}


def test_catalogue_metadata_must_be_cc0(raw_modules):
    catalogue_licence = raw_modules["catalogue"]["classes"]["Catalog"]["slot_usage"]["license"]
    assert catalogue_licence["required"] is True
    assert catalogue_licence["pattern"] == "^" + CC0_DCAT.replace(".", "\\.") + "$"
    rules = catalogue()
    assert rules["Catalog.license.required"].severity is Severity.VIOLATION
    assert rules["Catalog.license.pattern"].severity is Severity.VIOLATION


def test_open_data_licences_are_recommended_and_mapping_set_licences_required():
    rules = catalogue()
    for rule_id in ("Distribution.license.recommended", "DataService.license.recommended"):
        assert rules[rule_id].severity is Severity.WARNING, rule_id
    assert rules["MappingSet.mapping_set_license.required"].severity is Severity.VIOLATION


def test_example_catalogues_and_translation_keys_are_cc0():
    catalogues, mapping_sets = [], []
    for path in sorted((ROOT / "examples").rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            catalogues += data.get("catalogues") or []
            mapping_sets += data.get("mapping_sets") or []
    assert catalogues and mapping_sets, "the examples hold a catalogue and a translation key"
    assert {record["license"] for record in catalogues} == {CC0_DCAT}
    assert {record["mapping_set_license"] for record in mapping_sets} <= {CC0, CC0_DCAT}
