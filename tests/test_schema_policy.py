"""Schema policy: conventions every element of the model keeps (model/CONVENTIONS.md).

Each test lists every offender, so one run shows all that is left to fix.
"""

from __future__ import annotations

import re

import pytest

from kll.maintain.generation.labels import annotation
from kll.maintain.model import has_explicit_uri, is_documented, micro_credential_coverage, own_elements, statistics, MICRO_CREDENTIAL_ELEMENTS

EXPECTED_IMPORTS = {
    "core": set(),
    "concepts": {"core"},
    "offering": {"core", "qualification"},
    "qualification": {"core"},
    "individual": {"qualification"},
    "catalogue": {"core"},
    "governance": {"core", "catalogue"},
    "labour": {"core"},
    "kll": {"core", "concepts", "offering", "qualification", "individual", "catalogue", "governance", "labour"},
}
FORBIDDEN_CONSTRUCTS = {"rules", "any_of", "all_of", "exactly_one_of", "none_of", "equals_expression", "unique_keys"}


def test_every_class_slot_and_enum_has_swedish_and_english_labels_and_definitions(view):
    classes, slots, enums = own_elements(view)
    offenders = [e.name for e in (*classes, *slots, *enums) if not is_documented(e)]
    assert offenders == [], f"missing title / description / title_sv / description_sv: {offenders}"


def test_every_class_and_slot_has_an_explicit_uri(view):
    classes, slots, _ = own_elements(view)
    offenders = [e.name for e in (*classes, *slots) if not has_explicit_uri(e)]
    assert offenders == [], f"no class_uri / slot_uri: {offenders}"


@pytest.mark.parametrize("kind", ["class", "slot"])
def test_uris_are_unique_across_the_model(view, kind):
    classes, slots, _ = own_elements(view)
    elements = classes if kind == "class" else slots
    seen: dict[str, str] = {}
    clashes = []
    for element in elements:
        uri = view.get_uri(element, expand=True)
        if uri in seen:
            clashes.append(f"{seen[uri]} and {element.name} share {uri}")
        seen[uri] = element.name
    assert clashes == []


def test_every_permissible_value_has_a_meaning_and_bilingual_title(view):
    _, _, enums = own_elements(view)
    offenders = [
        f"{enum.name}.{text}"
        for enum in enums
        for text, value in enum.permissible_values.items()
        if not (value.meaning and value.title and annotation(value, "title_sv"))
    ]
    assert offenders == []


def test_naming_conventions(view):
    classes, slots, enums = own_elements(view)
    camel = re.compile(r"^[A-Z][A-Za-z0-9]+$")
    snake = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
    offenders = [c.name for c in (*classes, *enums) if not camel.match(c.name)]
    offenders += [s.name for s in slots if not snake.match(s.name)]
    assert offenders == []


def test_no_element_is_declared_in_two_modules(raw_modules):
    declared: dict[tuple[str, str], str] = {}
    duplicates = []
    for module, schema in raw_modules.items():
        for section in ("classes", "slots", "enums", "types"):
            for name in schema.get(section) or {}:
                key = (section, name)
                if key in declared:
                    duplicates.append(f"{section} {name}: {declared[key]} and {module}")
                declared[key] = module
    assert duplicates == []


def test_modules_import_one_way_as_designed(raw_modules):
    actual = {name: {i for i in schema.get("imports", []) if not i.startswith("linkml:")} for name, schema in raw_modules.items()}
    assert actual == EXPECTED_IMPORTS


def test_model_has_at_least_seven_domain_modules(view):
    assert len(statistics(view).modules) >= 8  # seven domain modules and the root


def test_model_uses_no_construct_the_generators_drop(raw_modules):
    found = []

    def walk(node, where):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in FORBIDDEN_CONSTRUCTS:
                    found.append(f"{where}/{key}")
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, f"{where}[{index}]")

    for module, schema in raw_modules.items():
        walk(schema, module)
    assert found == [], "gen-shacl drops these; implement the rule in the rules stage instead"


def test_patterns_are_anchored_and_use_ascii_classes(view):
    _, slots, _ = own_elements(view)
    offenders = [
        f"{s.name}: {s.pattern}"
        for s in slots
        if s.pattern and (not s.pattern.startswith("^") or not s.pattern.endswith("$") or "\\d" in s.pattern or "\\w" in s.pattern)
    ]
    assert offenders == []


def test_every_entity_class_has_a_place_in_the_data_package(view):
    containers = {s.range for s in view.class_induced_slots("DataPackage") if s.multivalued}
    entities = {
        c.name for c in view.all_classes().values()
        if not c.abstract and "Entity" in view.class_ancestors(c.name) and c.name != "Entity"
    }
    assert entities - containers == set()


def test_micro_credential_requires_all_eleven_mandatory_annex_i_elements(view):
    coverage = micro_credential_coverage(view)
    assert coverage.mandatory_required() == list(MICRO_CREDENTIAL_ELEMENTS["mandatory"])


def test_micro_credential_has_all_five_optional_annex_i_elements(view):
    coverage = micro_credential_coverage(view)
    assert coverage.optional_present() == list(MICRO_CREDENTIAL_ELEMENTS["optional"])
    assert not set(coverage.required) & set(MICRO_CREDENTIAL_ELEMENTS["optional"])


def test_personal_data_is_marked(view):
    marked = {s.name for s in view.all_slots().values() if annotation(s, "personal_data") == "true"}
    assert {"personal_identity_number", "given_name", "family_name", "birth_date"} <= marked


def test_learning_outcome_categories_use_the_current_third_category(view):
    values = set(view.get_enum("LearningOutcomeCategory").permissible_values)
    assert values == {"knowledge", "skills", "responsibility-and-autonomy"}


def test_model_version_is_semver_and_namespace_is_persistent(view):
    assert re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", str(view.schema.version))
    assert view.schema.id == "https://w3id.org/kll/model"


#: Elements of issue 17 (the labour module and the links from education to work) that must align
#: with ELM, ESCO, schema.org or another standard where a term exists (model/CONVENTIONS.md).
ALIGNED_ELEMENTS = {("slot", "leads_to_qualifications"), ("slot", "related_occupations")}
MAPPING_KINDS = ("exact_mappings", "close_mappings", "related_mappings", "narrow_mappings", "broad_mappings")


def test_labour_and_education_to_work_elements_name_a_standard_term_or_say_why_none_fits(view):
    """A class or slot of the labour module, or a link from education to work, either has an IRI
    of a standard, or a mapping to one, or says in both languages why no standard term fits."""
    elements = [("class", c) for c in view.all_classes().values()] + [("slot", s) for s in view.all_slots().values()]
    offenders = []
    for kind, element in elements:
        if not (element.from_schema == "https://w3id.org/kll/model/labour" or (kind, element.name) in ALIGNED_ELEMENTS):
            continue
        own_iri = view.get_uri(element, expand=True).startswith("https://w3id.org/kll/")
        mapped = any(getattr(element, key) for key in MAPPING_KINDS)
        explained = annotation(element, "no_standard_term") and annotation(element, "no_standard_term_sv")
        if own_iri and not mapped and not explained:
            offenders.append(f"{kind} {element.name}")
    assert offenders == []


def _unlabelled_in_swedish(view) -> list[str]:
    """Every element a person reads a label of that has no Swedish one: classes, slots, enums,
    permissible values, and each class's induced slots (a ``slot_usage`` with its own annotations
    replaces the slot's, so its ``title_sv`` must be repeated there)."""
    classes, slots, enums = own_elements(view)
    missing = [f"{kind} {e.name}" for kind, group in (("class", classes), ("slot", slots), ("enum", enums))
               for e in group if not annotation(e, "title_sv")]
    missing += [f"permissible value {enum.name}.{text}" for enum in enums
                for text, value in enum.permissible_values.items() if not annotation(value, "title_sv")]
    for cls in classes:
        for slot in view.class_induced_slots(cls.name):
            for tag in ("title_sv", "description_sv"):
                if not annotation(slot, tag):
                    missing.append(f"slot_usage {cls.name}.{slot.name} ({tag})")
    return missing


def test_every_element_a_person_reads_has_a_swedish_label(view):
    missing = _unlabelled_in_swedish(view)
    assert missing == [], (
        f"{len(missing)} element(s) without Swedish (model/CONVENTIONS.md, 'Every element'); their rule "
        "messages and reference pages would show English in Swedish: " + "; ".join(missing))


@pytest.mark.parametrize("kind", ["class", "enum"])
def test_no_two_classes_or_enumerations_share_a_swedish_label(view, kind):
    classes, _, enums = own_elements(view)
    seen: dict[str, str] = {}
    clashes = []
    for element in classes if kind == "class" else enums:
        swedish = annotation(element, "title_sv")
        if swedish in seen:
            clashes.append(f"{seen[swedish]} and {element.name} are both '{swedish}'")
        seen[swedish] = element.name
    assert clashes == [], "a reader cannot tell these apart in Swedish: " + "; ".join(clashes)
