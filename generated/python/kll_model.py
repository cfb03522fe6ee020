from __future__ import annotations

import re
import sys
from datetime import (
    date,
    datetime,
    time
)
from decimal import Decimal
from enum import Enum
from typing import (
    Any,
    ClassVar,
    Literal,
    Optional,
    Union
)

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer
)


metamodel_version = "1.12.0"
version = "0.2.3"


class ConfiguredBaseModel(BaseModel):
    model_config = ConfigDict(
        serialize_by_alias = True,
        validate_by_name = True,
        validate_assignment = True,
        validate_default = True,
        extra = "forbid",
        arbitrary_types_allowed = True,
        use_enum_values = True,
        strict = False,
    )





class LinkMLMeta(RootModel):
    root: dict[str, Any] = {}
    model_config = ConfigDict(frozen=True)

    def __getattr__(self, key:str):
        return getattr(self.root, key)

    def __getitem__(self, key:str):
        return self.root[key]

    def __setitem__(self, key:str, value):
        self.root[key] = value

    def __contains__(self, key:str) -> bool:
        return key in self.root


linkml_meta = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                        'value': 'Informationsmodellen för den '
                                                 'sammanhållna datainfrastrukturen '
                                                 'för kompetensförsörjning och '
                                                 'livslångt lärande (KLL): '
                                                 'utbildningsutbud, '
                                                 'kvalifikationer, begrepp och '
                                                 'översättningsnycklar, '
                                                 'individdata med samtycke, '
                                                 'datamängdskataloger och '
                                                 'förvaltning. Rotschemat '
                                                 'importerar alla moduler och '
                                                 'definierar datapaketet som bär '
                                                 'en datamängd.'},
                     'maturity': {'tag': 'maturity', 'value': 'draft'},
                     'title_sv': {'tag': 'title_sv',
                                  'value': 'KLL:s informationsmodell'}},
     'default_prefix': 'kll',
     'default_range': 'string',
     'description': 'The information model of the coherent data infrastructure for '
                    'skills supply and lifelong learning (kompetensförsörjning och '
                    'livslångt lärande, KLL): education offerings, qualifications, '
                    'concepts and crosswalks, individual data with consent, '
                    'dataset catalogues and governance. This root schema imports '
                    'every module and defines the data package that carries a '
                    'dataset.',
     'id': 'https://w3id.org/kll/model',
     'imports': ['linkml:types',
                 'core',
                 'concepts',
                 'offering',
                 'qualification',
                 'individual',
                 'catalogue',
                 'governance',
                 'labour'],
     'in_language': 'en',
     'license': 'https://creativecommons.org/publicdomain/zero/1.0/',
     'name': 'kll',
     'prefixes': {'kll': {'prefix_prefix': 'kll',
                          'prefix_reference': 'https://w3id.org/kll/model/'},
                  'linkml': {'prefix_prefix': 'linkml',
                             'prefix_reference': 'https://w3id.org/linkml/'}},
     'source_file': 'kll.yaml',
     'title': 'KLL information model'} )

class ConceptSchemeName(str, Enum):
    """
    The classifications and vocabularies that concept references may point into, each with its version in the name where the scheme itself is versioned by edition.
    """
    SSYK_2012_LEFT_PARENTHESISSCBRIGHT_PARENTHESIS = "ssyk-2012"
    """
    Statistics Sweden's Swedish Standard Classification of Occupations 2012, 429 unit groups.
    """
    SSYK_2012_ArbetsförmedlingenAPOSTROPHEs_variant = "af-ssyk-2012"
    """
    Arbetsförmedlingen's variant of SSYK 2012 with 400 unit groups (some managers' groups merged).
    """
    SUN_2020_education_levels = "sun-2020-level"
    """
    The level codes (1–3 digits) of Statistics Sweden's Swedish Educational Terminology 2020.
    """
    SUN_2020_fields_of_education = "sun-2020-field"
    """
    The field codes (inriktning, 1–3 digits and a letter) of SUN 2020.
    """
    SUN_2000_education_levels_LEFT_PARENTHESISsupersededRIGHT_PARENTHESIS = "sun-2000-level"
    """
    The level codes of SUN 2000; some codes were reused with other meanings in SUN 2020.
    """
    SUN_2000_fields_of_education_LEFT_PARENTHESISsupersededRIGHT_PARENTHESIS = "sun-2000-field"
    """
    The field codes of SUN 2000; some codes were reused with other meanings in SUN 2020.
    """
    SNI_2007 = "sni-2007"
    """
    Swedish Standard Industrial Classification 2007 (NACE Rev. 2 with a fifth Swedish level).
    """
    ISCED_2011_levels = "isced-2011"
    """
    UNESCO's International Standard Classification of Education 2011, levels 0–8.
    """
    ISCED_F_2013_fields = "isced-f-2013"
    """
    UNESCO's ISCED Fields of Education and Training 2013, e.g. 0613.
    """
    ISCED_1997_fields = "isced-97"
    """
    The subject areas of ISCED 1997, still used in some EMIL records.
    """
    JobTech_Taxonomy = "jobtech-taxonomy"
    """
    Arbetsförmedlingen's occupation and skills taxonomy; versions are integers.
    """
    ESCO_LEFT_PARENTHESISdeprecatedRIGHT_PARENTHESIS = "esco"
    """
    European Skills, Competences, Qualifications and Occupations, versioned (e.g. v1.2.0). Deprecated: it meant the skills pillar but was also used for occupations; use esco-skill for skills and knowledge and esco-occupation for occupations.
    """
    ESCO_skills = "esco-skill"
    """
    The skills and knowledge concepts of ESCO (its skills pillar), versioned (e.g. v1.2.0).
    """
    ESCO_occupations = "esco-occupation"
    """
    The occupations of ESCO (its occupations pillar, without the ISCO groups), versioned (e.g. v1.2.0).
    """
    Higher_education_subject_LEFT_PARENTHESISUHRRIGHT_PARENTHESIS = "uh-subject"
    """
    The subject codes used for higher-education offerings (EMIL3 UH_Subject).
    """
    Upper_secondary_course_codes_LEFT_PARENTHESISSkolverketRIGHT_PARENTHESIS = "gy-course"
    """
    Skolverket's codes of the courses of upper-secondary school and of municipal adult education at upper-secondary level (Gy11, Vux12), e.g. MATMAT02c for Matematik 2c and NAKNAK02 for Naturkunskap 2, as Skolverket's syllabus API (https://api.skolverket.se/syllabus/v1/courses) and UHR's eligibility guidance write them.
    """
    Swedish_municipality_codes = "municipality"
    """
    The four-digit kommunkod assigned by Statistics Sweden to each of the 290 municipalities.
    """
    Swedish_county_codes = "county"
    """
    The two-digit länskod of the 21 counties.
    """
    Local_scheme = "local"
    """
    A scheme local to one publisher; the scheme version must then name it.
    """


class SeqfLevel(str, Enum):
    """
    The eight levels of Sveriges referensram för kvalifikationer, which correspond one to one to the levels of the European Qualifications Framework.
    """
    SeQF_level_1 = "1"
    SeQF_level_2 = "2"
    SeQF_level_3 = "3"
    SeQF_level_4 = "4"
    SeQF_level_5 = "5"
    SeQF_level_6 = "6"
    SeQF_level_7 = "7"
    SeQF_level_8 = "8"


class EqfLevel(str, Enum):
    """
    The eight levels of the European Qualifications Framework (Council Recommendation 2017/C 189/03).
    """
    EQF_level_1 = "1"
    EQF_level_2 = "2"
    EQF_level_3 = "3"
    EQF_level_4 = "4"
    EQF_level_5 = "5"
    EQF_level_6 = "6"
    EQF_level_7 = "7"
    EQF_level_8 = "8"


class LegalBasis(str, Enum):
    """
    The six legal bases for processing personal data in Article 6(1) of the GDPR, shared by consents (individual module) and approved data flows (governance module).
    """
    Consent = "consent"
    """
    The data subject has given consent to the processing (Article 6(1)(a)).
    """
    Contract = "contract"
    """
    The processing is necessary for a contract with the data subject (Article 6(1)(b)).
    """
    Legal_obligation = "legal-obligation"
    """
    The processing is necessary for a legal obligation of the controller (Article 6(1)(c)).
    """
    Vital_interests = "vital-interests"
    """
    The processing is necessary to protect the vital interests of a person (Article 6(1)(d)).
    """
    Public_task = "public-task"
    """
    The processing is necessary for a task in the public interest or in the exercise of official authority (Article 6(1)(e)).
    """
    Legitimate_interests = "legitimate-interests"
    """
    The processing is necessary for the legitimate interests of the controller or a third party (Article 6(1)(f)).
    """


class JobtechConceptType(str, Enum):
    """
    The concept types of Arbetsförmedlingen's JobTech Taxonomy that the ecosystem uses, written as the taxonomy writes them.
    """
    Occupation_name = "occupation-name"
    Occupational_field = "occupation-field"
    Occupation_collection = "occupation-collection"
    Years_of_occupational_experience = "occupation-experience-year"
    Job_title = "job-title"
    Keyword = "keyword"
    SSYK_level_1_LEFT_PARENTHESISmajor_groupRIGHT_PARENTHESIS = "ssyk-level-1"
    SSYK_level_2_LEFT_PARENTHESISsub_major_groupRIGHT_PARENTHESIS = "ssyk-level-2"
    SSYK_level_3_LEFT_PARENTHESISminor_groupRIGHT_PARENTHESIS = "ssyk-level-3"
    SSYK_level_4_LEFT_PARENTHESISunit_groupRIGHT_PARENTHESIS = "ssyk-level-4"
    ISCO_level_1 = "isco-level-1"
    ISCO_level_4 = "isco-level-4"
    Skill = "skill"
    Skill_headline = "skill-headline"
    ESCO_occupation = "esco-occupation"
    ESCO_skill = "esco-skill"
    SUN_education_level_1_digit = "sun-education-level-1"
    SUN_education_level_2_digits = "sun-education-level-2"
    SUN_education_level_3_digits = "sun-education-level-3"
    SUN_field_of_education_level_1 = "sun-education-field-1"
    SUN_field_of_education_level_2 = "sun-education-field-2"
    SUN_field_of_education_level_3 = "sun-education-field-3"
    SUN_field_of_education_level_4 = "sun-education-field-4"
    SNI_level_1_LEFT_PARENTHESISsectionRIGHT_PARENTHESIS = "sni-level-1"
    SNI_level_2_LEFT_PARENTHESISdivisionRIGHT_PARENTHESIS = "sni-level-2"
    Language = "language"
    Language_proficiency_level = "language-level"
    Municipality = "municipality"
    Region_LEFT_PARENTHESIScountyRIGHT_PARENTHESIS = "region"
    Country = "country"
    Continent = "continent"
    Driving_licence = "driving-licence"
    Employment_type = "employment-type"
    Employment_duration = "employment-duration"
    Working_time_extent = "worktime-extent"
    """
    Full time or part time (JobTech's worktime-extent).
    """


class MappingPredicate(str, Enum):
    """
    The SKOS mapping relations that the project's translation keys state; the taxonomy-crosswalk-publisher profile requires a mapping's predicate to be the meaning of one of them. SSSOM itself accepts any predicate.
    """
    Exact_match = "exactMatch"
    """
    Subject and object can be used interchangeably across a wide range of applications.
    """
    Close_match = "closeMatch"
    """
    Subject and object are similar enough to be used interchangeably in some applications.
    """
    Broad_match = "broadMatch"
    """
    The object is broader than the subject.
    """
    Narrow_match = "narrowMatch"
    """
    The object is narrower than the subject.
    """
    Related_match = "relatedMatch"
    """
    Subject and object are associated without either being more general, e.g. an education field and the occupation it prepares for.
    """


class MappingJustification(str, Enum):
    """
    How a mapping was established, as the terms of the Semantic Mapping Vocabulary (SEMAPV) that SSSOM allows for mapping_justification.
    """
    Manual_mapping_curation = "ManualMappingCuration"
    """
    A person established the mapping by hand.
    """
    Mapping_review = "MappingReview"
    """
    A person reviewed and confirmed a mapping established earlier.
    """
    Lexical_matching = "LexicalMatching"
    """
    Labels or other text of subject and object were compared.
    """
    Lexical_similarity_threshold_matching = "LexicalSimilarityThresholdMatching"
    """
    A lexical similarity score of subject and object exceeded a threshold.
    """
    Semantic_similarity_threshold_matching = "SemanticSimilarityThresholdMatching"
    """
    A semantic similarity score, e.g. from embeddings, exceeded a threshold.
    """
    Logical_reasoning = "LogicalReasoning"
    """
    A reasoner inferred the mapping.
    """
    Structural_matching = "StructuralMatching"
    """
    The mapping follows from the structure of the schemes, e.g. their hierarchies.
    """
    Instance_based_matching = "InstanceBasedMatching"
    """
    The mapping follows from data classified with both concepts.
    """
    Background_knowledge_based_matching = "BackgroundKnowledgeBasedMatching"
    """
    The mapping was derived through a third resource, such as another scheme.
    """
    Composite_matching = "CompositeMatching"
    """
    Several matching methods were combined.
    """
    Mapping_chaining = "MappingChaining"
    """
    The mapping was derived by chaining other mappings.
    """
    Mapping_inversion = "MappingInversion"
    """
    The mapping was derived by inverting another mapping.
    """
    Unspecified_matching = "UnspecifiedMatching"
    """
    How the mapping was established is not known.
    """


class SssomVersion(str, Enum):
    """
    The versions of the SSSOM specification a mapping set may follow.
    """
    SSSOM_1FULL_STOP0 = "1.0"
    SSSOM_1FULL_STOP1 = "1.1"


class EntityType(str, Enum):
    """
    The kinds of entity that SSSOM names for the subject, object and predicate of a mapping.
    """
    OWL_class = "owl class"
    OWL_object_property = "owl object property"
    OWL_data_property = "owl data property"
    OWL_annotation_property = "owl annotation property"
    OWL_named_individual = "owl named individual"
    SKOS_concept = "skos concept"
    RDFS_resource = "rdfs resource"
    RDFS_class = "rdfs class"
    RDFS_literal = "rdfs literal"
    """
    The subject or object is a literal string, given by its label only.
    """
    RDFS_datatype = "rdfs datatype"
    RDF_property = "rdf property"
    Composed_entity_expression = "composed entity expression"


class MappingCardinality(str, Enum):
    """
    Whether the subject and the object of a mapping take part in other mappings of the set, as SSSOM counts it.
    """
    One_to_one = "1:1"
    One_to_many = "1:n"
    Many_to_one = "n:1"
    Many_to_many = "n:n"
    One_to_none = "1:0"
    None_to_one = "0:1"
    None_to_none = "0:0"


class AnnotationRole(str, Enum):
    """
    The role that an annotated concept plays in the resource whose text mentions it.
    """
    Prerequisite = "prerequisite"
    """
    The concept is required before starting, e.g. for eligibility.
    """
    Learning_outcome = "learning-outcome"
    """
    The concept is something the learner knows or can do after completion.
    """
    Other = "other"
    """
    The concept is mentioned in another role, e.g. an occupation the education leads to.
    """


class AnnotationMethod(str, Enum):
    """
    Whether an annotation was made by a person or by a program.
    """
    Manual = "manual"
    """
    A person made or confirmed the annotation.
    """
    Automatic = "automatic"
    """
    A program, such as a concept recogniser, made the annotation without review.
    """


class LearningOutcomeCategory(str, Enum):
    """
    The three categories in which the SeQF and the EQF describe learning outcomes. Since SFS 2022:1558 the third Swedish category is "ansvar och självständighet"; older texts call it "kompetenser", which is only an alias of the code responsibility-and-autonomy.
    """
    Knowledge = "knowledge"
    """
    Theoretical or factual knowledge.
    """
    Skills = "skills"
    """
    Cognitive and practical skills.
    """
    Responsibility_and_autonomy = "responsibility-and-autonomy"
    """
    The ability to apply knowledge and skills independently and with responsibility; called "kompetenser" in Swedish texts before SFS 2022:1558.
    """


class ReusabilityLevel(str, Enum):
    """
    The ESCO reusability levels of knowledge and skills.
    """
    Transversal = "transversal"
    """
    Relevant to a broad range of occupations and sectors.
    """
    Cross_sector = "cross-sector"
    """
    Relevant to occupations in several economic sectors.
    """
    Sector_specific = "sector-specific"
    """
    Specific to one economic sector but relevant to several of its occupations.
    """
    Occupation_specific = "occupation-specific"
    """
    Usually applied within one occupation or specialism.
    """


class CreditFramework(str, Enum):
    """
    The credit systems in which qualifications and credentials state their workload: ECTS, the Swedish systems, and notional learning hours for learning outside any credit system. The Swedish codes and meanings are the same as those of the EMIL3 credit systems.
    """
    ECTS_credits = "ects"
    """
    European Credit Transfer and Accumulation System; 60 credits are one year of full-time study.
    """
    Higher_education_credits_LEFT_PARENTHESIShögskolepoängRIGHT_PARENTHESIS = "hp"
    """
    Swedish higher-education credits; 60 hp are one year of full-time study and correspond to 60 ECTS.
    """
    YH_credits_LEFT_PARENTHESISYH_poängRIGHT_PARENTHESIS = "yh"
    """
    Credits of higher vocational education (yrkeshögskolan); 200 YH-poäng are one year of full-time study.
    """
    Upper_secondary_credits_LEFT_PARENTHESISgymnasiepoängRIGHT_PARENTHESIS = "gy"
    """
    Credits of upper-secondary school and municipal adult education at upper-secondary level.
    """
    Adult_education_points_LEFT_PARENTHESISverksamhetspoängRIGHT_PARENTHESIS = "vp"
    """
    Points of municipal adult education; 800 verksamhetspoäng are one year of full-time study.
    """
    Notional_learning_hours = "notional-hours"
    """
    Hours of learning, teaching and self-study, used when no credit system applies.
    """


class LearningSetting(str, Enum):
    """
    Whether learning takes place in the formal education system or outside it.
    """
    Formal_learning = "formal"
    """
    Learning in the formal education system, leading to qualifications regulated by statute.
    """
    Non_formal_learning = "non-formal"
    """
    Organised learning outside the formal education system, e.g. in working life or civil society.
    """


class LevelPlacementRoute(str, Enum):
    """
    The two ways in which a Swedish qualification gets its SeQF level.
    """
    Set_by_the_Government = "government-regulation"
    """
    A qualification of the formal education system, levelled by the Government in the annex to förordning (2015:545).
    """
    Placed_by_Myndigheten_för_yrkeshögskolan = "myh-decision"
    """
    A qualification outside the formal system, placed at a level by a decision of Myndigheten för yrkeshögskolan after an application.
    """


class CredentialLevel(str, Enum):
    """
    The framework levels a micro-credential can state: EQF levels 1 to 8, the cycles of the Qualifications Framework of the European Higher Education Area, or not applicable.
    """
    EQF_level_1 = "eqf-1"
    EQF_level_2 = "eqf-2"
    EQF_level_3 = "eqf-3"
    EQF_level_4 = "eqf-4"
    EQF_level_5 = "eqf-5"
    EQF_level_6 = "eqf-6"
    EQF_level_7 = "eqf-7"
    EQF_level_8 = "eqf-8"
    QF_EHEA_short_cycle = "qf-ehea-short-cycle"
    """
    The short cycle within or linked to the first cycle, corresponding to EQF level 5.
    """
    QF_EHEA_first_cycle = "qf-ehea-first-cycle"
    """
    The first cycle (bachelor level), corresponding to EQF level 6.
    """
    QF_EHEA_second_cycle = "qf-ehea-second-cycle"
    """
    The second cycle (master level), corresponding to EQF level 7.
    """
    QF_EHEA_third_cycle = "qf-ehea-third-cycle"
    """
    The third cycle (doctoral level), corresponding to EQF level 8.
    """
    Not_applicable = "not-applicable"
    """
    No level of a qualifications framework applies to the learning experience.
    """


class AssessmentType(str, Enum):
    """
    Broad types of assessment of learning outcomes.
    """
    Written_examination = "written-examination"
    """
    A written test or exam.
    """
    Oral_examination = "oral-examination"
    """
    An oral test, presentation or interview.
    """
    Practical_test = "practical-test"
    """
    A demonstration of skills in a real or simulated work task.
    """
    Project_or_artefact = "project-or-artefact"
    """
    Assessment of a project, report or other artefact produced by the learner.
    """
    Portfolio = "portfolio"
    """
    Assessment of a collection of the learner's work.
    """
    Continuous_assessment = "continuous-assessment"
    """
    Assessment spread over the learning activity rather than at its end.
    """
    Other = "other"
    """
    Another type of assessment, described in further information.
    """


class ParticipationForm(str, Enum):
    """
    How a learner takes part in a learning activity.
    """
    Online = "online"
    """
    Taking part at a distance over the internet.
    """
    Onsite = "onsite"
    """
    Taking part in person at the provider's premises or a workplace.
    """
    Blended = "blended"
    """
    A combination of online and onsite participation.
    """


class SupervisionVerification(str, Enum):
    """
    Whether an assessment was supervised and whether the learner's identity was verified, after the Europass list of methods of supervision and verification.
    """
    Unsupervised_without_identity_verification = "unsupervised-no-verification"
    """
    The assessment was not supervised and the identity was not verified.
    """
    Supervised_without_identity_verification = "supervised-no-verification"
    """
    The assessment was supervised but the identity was not verified.
    """
    Supervised_online_with_identity_verification = "supervised-online-with-verification"
    """
    The assessment was supervised remotely and the identity was verified.
    """
    Supervised_onsite_with_identity_verification = "supervised-onsite-with-verification"
    """
    The assessment was supervised in person and the identity was verified.
    """


class Stackability(str, Enum):
    """
    Whether a credential stands alone or counts towards another credential.
    """
    Stand_alone = "stand-alone"
    """
    The credential stands on its own and does not count towards another credential.
    """
    Integrated_or_stackable = "stackable"
    """
    The credential can be integrated into or stacked towards another credential.
    """


class ResponsibleBodyType(str, Enum):
    """
    The kinds of responsible body (huvudman) of an education provider (EMIL3 C_Body).
    """
    Municipal = "kommunal"
    """
    A municipality is the responsible body.
    """
    Regional = "region"
    """
    A region is the responsible body.
    """
    State = "statlig"
    """
    The state is the responsible body.
    """
    Independent = "enskild"
    """
    A private body, such as a company, a foundation or an association, is the responsible body.
    """
    Other = "annan"
    """
    Another kind of responsible body.
    """


class SchoolYear(str, Enum):
    """
    The school years 0–10 of the Swedish school system (EMIL3 C_SchoolYear).
    """
    Year_0_LEFT_PARENTHESISpreschool_classRIGHT_PARENTHESIS = "0"
    Year_1 = "1"
    Year_2 = "2"
    Year_3 = "3"
    Year_4 = "4"
    Year_5 = "5"
    Year_6 = "6"
    Year_7 = "7"
    Year_8 = "8"
    Year_9 = "9"
    Year_10_LEFT_PARENTHESISspecial_schoolRIGHT_PARENTHESIS = "10"


class SchoolType(str, Enum):
    """
    The forms of education (skolformer) of EMIL3 (C_SchoolType), all 24 codes of the Susa-navet API 3.0.2. VUX is a collective code for municipal adult education; publishers use the specific VUX codes.
    """
    Other_education = "AU"
    Labour_market_training = "AUB"
    Folk_high_school = "FHS"
    Preschool_class = "FKLASS"
    School_age_educare = "FTH"
    Compulsory_school = "GR"
    Adapted_compulsory_school = "GRAN"
    Upper_secondary_school = "GY"
    Adapted_upper_secondary_school = "GYAN"
    Higher_education = "HS"
    Arts_and_culture_education = "KKU"
    Arts_school_for_children = "KU"
    National_vocational_education = "NY"
    Open_leisure_time_activities = "OPPFTH"
    Sami_school = "SAM"
    Special_school = "SP"
    Study_association = "STF"
    Municipal_adult_education_LEFT_PARENTHESIScollective_codeRIGHT_PARENTHESIS = "VUX"
    Municipal_adult_education_at_basic_level = "VUXGR"
    Adapted_municipal_adult_education_at_basic_level = "VUXGRAN"
    Municipal_adult_education_at_upper_secondary_level = "VUXGY"
    Adapted_municipal_adult_education_at_upper_secondary_level = "VUXGYAN"
    Swedish_for_immigrants = "VUXSFI"
    Higher_vocational_education = "YH"


class EducationConfiguration(str, Enum):
    """
    How an education is put together (EMIL3 C_Configuration).
    """
    Course = "kurs"
    """
    A single course.
    """
    Course_package = "kurspaket"
    """
    A package of courses offered together.
    """
    Programme = "program"
    """
    A programme of study that usually leads to a degree or certificate.
    """


class IscedLevel(str, Enum):
    """
    The levels of UNESCO's International Standard Classification of Education 2011, coded as in EMIL3 (C_EducationLevel). An enumeration rather than a concept reference, because ISCED 2011 has ten fixed level codes that are the same for every provider and change only with a new edition of ISCED, and EMIL3 itself treats them as a closed list. The agency-specific YH_EducationLevel and UH_EducationLevel codes have no published list and are not carried.
    """
    ISCED_01_Early_childhood_educational_development = "ISCED_01"
    ISCED_02_Pre_primary_education = "ISCED_02"
    ISCED_1_Primary_education = "ISCED_1"
    ISCED_2_Lower_secondary_education = "ISCED_2"
    ISCED_3_Upper_secondary_education = "ISCED_3"
    ISCED_4_Post_secondary_non_tertiary_education = "ISCED_4"
    ISCED_5_Short_cycle_tertiary_education = "ISCED_5"
    ISCED_6_BachelorAPOSTROPHEs_or_equivalent_level = "ISCED_6"
    ISCED_7_MasterAPOSTROPHEs_or_equivalent_level = "ISCED_7"
    ISCED_8_Doctoral_or_equivalent_level = "ISCED_8"


class EducationOrientation(str, Enum):
    """
    EMIL3's orientation codes (C_Orientation). The open API description lists the codes 1, 2 and 3 without their meaning, which SS 10700:2024 defines; the model keeps the code unchanged so that records survive a round trip.
    """
    Orientation_code_1 = "1"
    Orientation_code_2 = "2"
    Orientation_code_3 = "3"


class Audience(str, Enum):
    """
    The professional groups that EMIL3 names as target audiences (C_Audience), used for professional development for school staff. The codes are written exactly as in EMIL3.
    """
    School_principals = "rektorer"
    Teachers = "lärare"
    Preschool_teachers = "förskolelärare"
    Vocational_teachers = "yrkeslärare"


class CreditSystem(str, Enum):
    """
    The Swedish credit systems of EMIL3 (C_Credits). Credits in different systems measure workload in different ways and are never converted into each other; converting by length says nothing about level.
    """
    Higher_education_credits_LEFT_PARENTHESIShögskolepoängRIGHT_PARENTHESIS = "hp"
    """
    Credits in higher education; 60 hp is one year of full-time study and one hp equals one ECTS credit.
    """
    Higher_vocational_education_credits_LEFT_PARENTHESISYH_poängRIGHT_PARENTHESIS = "yh"
    """
    Credits in higher vocational education; 200 YH-poäng is one year of full-time study, 5 a week.
    """
    Upper_secondary_credits_LEFT_PARENTHESISgymnasiepoängRIGHT_PARENTHESIS = "gy"
    """
    The points of upper-secondary courses, also used for courses in municipal adult education at upper secondary level, e.g. 100 points.
    """
    Folk_high_school_credits_LEFT_PARENTHESISfupRIGHT_PARENTHESIS = "fup"
    """
    The fup credit system of EMIL3, understood to be the points of folk high school courses; the open API description does not define it.
    """
    Activity_points_LEFT_PARENTHESISverksamhetspoängRIGHT_PARENTHESIS = "vp"
    """
    The points of municipal adult education; 800 verksamhetspoäng is one year of full-time study, 20 a week.
    """
    National_vocational_education_credits_LEFT_PARENTHESISnypRIGHT_PARENTHESIS = "nyp"
    """
    The nyp credit system of EMIL3, understood to be the points of national vocational education (school type NY); the open API description does not define it.
    """


class TimeUnit(str, Enum):
    """
    The units of a time length (EMIL3 C_TimeType).
    """
    Hours = "hours"
    Days = "days"
    Weeks = "weeks"
    Months = "months"
    Years = "years"
    Semesters = "semesters"


class StudentAid(str, Enum):
    """
    Whether an education entitles the learner to student aid from CSN (EMIL3 C_StudentAid). The codes A and B with a number name the category of education that CSN applies, and the suffixes gr and gy mark basic and upper secondary level; the codes are written exactly as in EMIL3, with spaces.
    """
    No_information = "saknas"
    Not_eligible = "nej"
    Eligible = "ja"
    Eligible_category_A_1 = "A 1"
    Eligible_category_A_1_basic_level = "A 1 gr"
    Eligible_category_A_1_upper_secondary_level = "A 1 gy"
    Eligible_category_A_2 = "A 2"
    Eligible_category_A_3 = "A 3"
    Eligible_category_B_1 = "B 1"
    Eligible_category_B_2 = "B 2"


class ExecutionCondition(str, Enum):
    """
    Whether an education event is scheduled with fixed dates, and if not, who sets them (EMIL3 C_ExecutionCondition).
    """
    Established_but_not_scheduled = "0"
    """
    The education is established but no dates are planned.
    """
    Scheduled_with_fixed_dates = "1"
    """
    The event is decided and runs between the given start and end dates.
    """
    Decided_dates_set_by_the_learner = "2"
    """
    The event is decided; start and end are not fixed but set by the learner, e.g. with continuous intake.
    """
    Decided_dates_set_by_the_provider = "3"
    """
    The event is decided; start and end are not fixed but set by the provider.
    """


class TimeOfStudy(str, Enum):
    """
    When teaching takes place (EMIL3 C_TimeOfStudy). The Susa-navet OpenAPI description leaves the code a free string; these six codes are those of the EMIL 2 manual as reported by a Susa-navet client library, and have not been checked against SS 10700:2024.
    """
    Daytime = "dag"
    Afternoons = "eftermiddag"
    Evenings = "kväll"
    Weekends = "veckoslut"
    Mixed_times = "blandat"
    No_fixed_teaching_time = "ingen"


class Semester(str, Enum):
    """
    The two semesters of the Swedish academic year (EMIL3 SemesterType).
    """
    Spring_semester = "vt"
    Autumn_semester = "ht"


class EligibilityKind(str, Enum):
    """
    Whether an entry requirement is the general eligibility of a form of education or a specific one.
    """
    General_eligibility = "general"
    """
    The general eligibility of the form of education (grundläggande behörighet), e.g. for higher education an upper-secondary diploma giving eligibility for higher education.
    """
    Specific_eligibility = "specific"
    """
    A requirement of this education beyond the general one (särskild behörighet; for Yrkeshögskolan särskilda förkunskaper; for a komvux course its prerequisites).
    """


class ModeOfStudy(str, Enum):
    """
    The modes of study that a diploma supplement records.
    """
    Full_time = "full-time"
    """
    Studies at full pace.
    """
    Part_time = "part-time"
    """
    Studies at less than full pace.
    """
    Distance = "distance"
    """
    Studies mainly at a distance from the institution.
    """
    On_campus = "on-campus"
    """
    Studies mainly at the institution's premises.
    """
    Work_based = "work-based"
    """
    Studies with a large part at a workplace.
    """


class DataCategory(str, Enum):
    """
    The categories of personal data that are requested, consented to and shared in the individual-data part of the infrastructure.
    """
    Achievements_and_credentials = "achievements"
    """
    Awarded achievements and the credentials that carry them, including micro-credentials.
    """
    Qualifications = "qualifications"
    """
    Degrees, diplomas and other qualifications held by the person.
    """
    Grades = "grades"
    """
    Grades and results of courses and examinations.
    """
    Education_history = "education-history"
    """
    Enrolments, courses taken and periods of study.
    """
    Diploma_supplements = "diploma-supplements"
    """
    Diploma supplements and similar documents describing a qualification for the holder.
    """
    Skills = "skills"
    """
    Skills and competences recorded for the person, e.g. from validation.
    """
    Employment_history = "employment-history"
    """
    Past and present employments and work experience.
    """
    Jobseeker_registration = "jobseeker-registration"
    """
    Registration as a jobseeker with Arbetsförmedlingen and its dates.
    """
    Identity_data = "identity-data"
    """
    Data that identifies the person, such as name and personal identity number.
    """
    Contact_data = "contact-data"
    """
    Addresses, e-mail addresses and telephone numbers.
    """


class ConsentStatus(str, Enum):
    """
    The states of a consent, after the consent statuses of the Data Privacy Vocabulary.
    """
    Given = "given"
    """
    The person has given the consent and it can be relied on.
    """
    Refused = "refused"
    """
    The person has refused to give the consent.
    """
    Withdrawn = "withdrawn"
    """
    The person has withdrawn the consent, which can no longer be relied on.
    """
    Revoked = "revoked"
    """
    A party other than the person, such as the data holder, has revoked the consent, which can no longer be relied on.
    """
    Expired = "expired"
    """
    The validity period of the consent has ended.
    """


class DataRequestState(str, Enum):
    """
    The states of a data request in the person's wallet, after the open egendata model: received, fetching, available and shared, plus denied when the person says no.
    """
    Received = "received"
    """
    The request has reached the person's wallet and awaits a decision.
    """
    Fetching = "fetching"
    """
    The person has approved fetching, and the data is being requested from the data holder.
    """
    Available = "available"
    """
    The data holder has delivered the data to the wallet; it has not yet been shared.
    """
    Shared = "shared"
    """
    The person has consented and the data has been shared with the requestor.
    """
    Denied = "denied"
    """
    The person has said no to fetching or to sharing the data.
    """


class ValidationStage(str, Enum):
    """
    The four stages of validation of non-formal and informal learning named by the Council Recommendation of 20 December 2012 (2012/C 398/01, point 2): identification, documentation, assessment and certification. The Swedish steps are placed on them as proposed in decision record 0029.
    """
    Identification = "identification"
    """
    The person's learning outcomes are identified, e.g. in a competence mapping (kartläggning, fördjupad kartläggning).
    """
    Documentation = "documentation"
    """
    The person's learning outcomes are documented, e.g. in a portfolio or a competence description.
    """
    Assessment = "assessment"
    """
    The person's learning outcomes are assessed against the standard (bedömning).
    """
    Certification = "certification"
    """
    The result of the assessment is certified, as a qualification, credits towards one, a grade or a certificate (intyg, betyg, erkännande).
    """


class GradingScale(str, Enum):
    """
    Grading scales of Swedish education and the ECTS scale, in which study results are given.
    """
    Fail_pass_pass_with_distinction_LEFT_PARENTHESIShigher_educationRIGHT_PARENTHESIS = "u-g-vg"
    """
    The three-step scale U (underkänd), G (godkänd), VG (väl godkänd) that a higher-education institution may choose under högskoleförordningen (1993:100) 6 kap. 18 §.
    """
    Fail_pass_LEFT_PARENTHESIShigher_educationRIGHT_PARENTHESIS = "u-g"
    """
    The two-step scale U (underkänd), G (godkänd) that a higher-education institution may choose under högskoleförordningen (1993:100) 6 kap. 18 §.
    """
    AEN_DASHF_with_Fx_LEFT_PARENTHESISECTSRIGHT_PARENTHESIS = "a-f-ects"
    """
    The seven-step scale A, B, C, D, E (pass), Fx and F (fail) of the ECTS grading scale, used by some Swedish higher-education institutions.
    """
    AEN_DASHF_LEFT_PARENTHESISschool_systemRIGHT_PARENTHESIS = "a-f-school"
    """
    The scale A, B, C, D, E (pass) and F (fail) of the Swedish school system, including upper-secondary school and municipal adult education (skollagen (2010:800)).
    """
    Fail_pass_pass_with_distinction_LEFT_PARENTHESIShigher_vocational_educationRIGHT_PARENTHESIS = "ig-g-vg"
    """
    The scale IG (icke godkänt), G (godkänt), VG (väl godkänt) of courses in higher vocational education (yrkeshögskolan).
    """
    Other_scale = "other"
    """
    A scale not in this list, e.g. a foreign one; the grade is carried as given and not checked against a scale.
    """


class DataTheme(str, Enum):
    """
    The thirteen themes of the EU data theme vocabulary that DCAT-AP and DCAT-AP-SE use to classify datasets.
    """
    Agriculture_fisheries_forestry_and_food = "AGRI"
    Economy_and_finance = "ECON"
    Education_culture_and_sport = "EDUC"
    Energy = "ENER"
    Environment = "ENVI"
    Government_and_public_sector = "GOVE"
    Health = "HEAL"
    International_issues = "INTR"
    Justice_legal_system_and_public_safety = "JUST"
    Regions_and_cities = "REGI"
    Population_and_society = "SOCI"
    Science_and_technology = "TECH"
    Transport = "TRAN"


class FileFormat(str, Enum):
    """
    Every file type of the EU file type authority table (Publications Office, table version 20220928-0, the shipped code list eu-file-type); the code is the table's own code and the meaning its IRI. DCAT-AP-SE writes the format either as this IRI or as an IANA media type, which the DCAT-AP-SE adapter reads as the file type the table gives for it.
    """
    number_7Z = "7Z"
    AAB = "AAB"
    AAC = "AAC"
    AKN4EU = "AKN4EU"
    AKN4EU_ZIP = "AKN4EU_ZIP"
    APK = "APK"
    APPX = "APPX"
    ARC = "ARC"
    ARCINFO_COV = "ARCINFO_COV"
    ARC_GZ = "ARC_GZ"
    ARJ = "ARJ"
    ATOM = "ATOM"
    AZW = "AZW"
    Binary_data = "BIN"
    """
    Any other binary format; use a media type to say which.
    """
    BITS = "BITS"
    BMP = "BMP"
    BWF = "BWF"
    BZIP2 = "BZIP2"
    CSS = "CSS"
    CSV = "CSV"
    DAPK = "DAPK"
    DBF = "DBF"
    DCR = "DCR"
    DEB = "DEB"
    DGN = "DGN"
    DMG = "DMG"
    DMP = "DMP"
    DOC = "DOC"
    DOCX = "DOCX"
    DTD_SGML = "DTD_SGML"
    DTD_XML = "DTD_XML"
    DWG = "DWG"
    DXF = "DXF"
    E00 = "E00"
    EAR = "EAR"
    ECW = "ECW"
    EPS = "EPS"
    EPUB = "EPUB"
    ETSI_XML = "ETSI_XML"
    EXE = "EXE"
    FMX2 = "FMX2"
    FMX3 = "FMX3"
    FMX4 = "FMX4"
    FMX4_ZIP = "FMX4_ZIP"
    GDB = "GDB"
    GeoJSON = "GEOJSON"
    GEOTIFF = "GEOTIFF"
    GIF = "GIF"
    GML = "GML"
    GMZ = "GMZ"
    GPKG = "GPKG"
    GRID = "GRID"
    GRID_ASCII = "GRID_ASCII"
    GTFS = "GTFS"
    GZIP = "GZIP"
    HDF = "HDF"
    HDT = "HDT"
    HTML = "HTML"
    HTML5 = "HTML5"
    HTML_SIMPL = "HTML_SIMPL"
    ICS = "ICS"
    IMMC_XML = "IMMC_XML"
    INDD = "INDD"
    IPA = "IPA"
    ISO = "ISO"
    ISO_ZIP = "ISO_ZIP"
    JAR = "JAR"
    JATS = "JATS"
    JPEG = "JPEG"
    JPEG2000 = "JPEG2000"
    JS = "JS"
    JSON = "JSON"
    JSON_LD = "JSON_LD"
    KML = "KML"
    KMZ = "KMZ"
    LAS = "LAS"
    LAZ = "LAZ"
    LEG = "LEG"
    LHA = "LHA"
    LPK = "LPK"
    LZIP = "LZIP"
    LZMA = "LZMA"
    LZO = "LZO"
    MAP_PRVW = "MAP_PRVW"
    MAP_SRVC = "MAP_SRVC"
    MBOX = "MBOX"
    MDB = "MDB"
    METS = "METS"
    METS_ZIP = "METS_ZIP"
    MHTML = "MHTML"
    MIF_MID = "MIF_MID"
    MOBI = "MOBI"
    MOP = "MOP"
    MP3 = "MP3"
    MPEG2 = "MPEG2"
    MPEG4 = "MPEG4"
    MPEG4_AVC = "MPEG4_AVC"
    MRSID = "MRSID"
    MSG_HTTP = "MSG_HTTP"
    MSI = "MSI"
    MXD = "MXD"
    N3 = "N3"
    NETCDF = "NETCDF"
    OAPK = "OAPK"
    OCTET = "OCTET"
    ODB = "ODB"
    ODC = "ODC"
    ODF = "ODF"
    ODG = "ODG"
    ODP = "ODP"
    OpenDocument_spreadsheet = "ODS"
    ODT = "ODT"
    OVF = "OVF"
    OWL = "OWL"
    PDF = "PDF"
    PDF1X = "PDF1X"
    PDFA1A = "PDFA1A"
    PDFA1B = "PDFA1B"
    PDFA2A = "PDFA2A"
    PDFA2B = "PDFA2B"
    PDFA3 = "PDFA3"
    PDFUA = "PDFUA"
    PDFX = "PDFX"
    PDFX1A = "PDFX1A"
    PDFX2A = "PDFX2A"
    PDFX4 = "PDFX4"
    PL = "PL"
    PNG = "PNG"
    PPS = "PPS"
    PPSX = "PPSX"
    PPT = "PPT"
    PPTX = "PPTX"
    PS = "PS"
    PSD = "PSD"
    PWP = "PWP"
    QGS = "QGS"
    RAR = "RAR"
    RDF = "RDF"
    RDFA = "RDFA"
    RDF_N_Quads = "RDF_N_QUADS"
    RDF_N_Triples = "RDF_N_TRIPLES"
    RDF_THRIFT = "RDF_THRIFT"
    RDF_TriG = "RDF_TRIG"
    RDF_TRIX = "RDF_TRIX"
    RDF_Turtle = "RDF_TURTLE"
    RDFSOLIDUSXML = "RDF_XML"
    REST = "REST"
    RPM = "RPM"
    RSS = "RSS"
    RTF = "RTF"
    SB3 = "SB3"
    SCHEMA_XML = "SCHEMA_XML"
    SDMX = "SDMX"
    SGML = "SGML"
    SHP = "SHP"
    SKOS_XML = "SKOS_XML"
    SPARQLQ = "SPARQLQ"
    SPARQLQRES = "SPARQLQRES"
    SQL = "SQL"
    STL = "STL"
    SVG = "SVG"
    SWM = "SWM"
    TAB = "TAB"
    TAB_RSTR = "TAB_RSTR"
    TAR = "TAR"
    TAR_GZ = "TAR_GZ"
    TAR_XZ = "TAR_XZ"
    TIFF = "TIFF"
    TIFF_FX = "TIFF_FX"
    TMX = "TMX"
    TSV = "TSV"
    Plain_text = "TXT"
    UNGEN = "UNGEN"
    WAR = "WAR"
    WARC = "WARC"
    WARC_GZ = "WARC_GZ"
    WAV = "WAV"
    WCS_SRVC = "WCS_SRVC"
    WFS_SRVC = "WFS_SRVC"
    WIM = "WIM"
    WMS_SRVC = "WMS_SRVC"
    WORLD = "WORLD"
    XHTML = "XHTML"
    XHTML5 = "XHTML5"
    XHTML_SIMPL = "XHTML_SIMPL"
    XLIFF = "XLIFF"
    Excel_XLS = "XLS"
    XLSB = "XLSB"
    XLSM = "XLSM"
    Excel_XLSX = "XLSX"
    XML = "XML"
    XSLFO = "XSLFO"
    XSLT = "XSLT"
    XYZ = "XYZ"
    XZ = "XZ"
    YAML = "YAML"
    Z = "Z"
    ZIP_archive = "ZIP"


class AccessRights(str, Enum):
    """
    The three access right levels of the EU access right authority table.
    """
    Public = "PUBLIC"
    """
    Anyone can access the resource; registration or an API key anyone can get is allowed.
    """
    Restricted = "RESTRICTED"
    """
    The resource is available only under certain conditions, e.g. payment or an agreement.
    """
    Non_public = "NON_PUBLIC"
    """
    The resource is not publicly accessible, e.g. because it contains personal data.
    """


class PlannedAvailability(str, Enum):
    """
    How long a distribution is planned to stay available, from the EU planned availability table.
    """
    Temporary = "TEMPORARY"
    """
    The distribution may disappear at any time.
    """
    Experimental = "EXPERIMENTAL"
    """
    The distribution is expected to stay available for a year or so.
    """
    Available = "AVAILABLE"
    """
    The distribution is expected to stay available for a few years.
    """
    Stable = "STABLE"
    """
    The distribution is expected to stay available in the long term.
    """


class AgencyAlias(str, Enum):
    """
    The short aliases of the eight agencies that share the assignment on the data infrastructure.
    """
    Arbetsförmedlingen_LEFT_PARENTHESISSwedish_Public_Employment_ServiceRIGHT_PARENTHESIS = "af"
    Skolverket_LEFT_PARENTHESISSwedish_National_Agency_for_EducationRIGHT_PARENTHESIS = "skolverket"
    Myndigheten_för_yrkeshögskolan_LEFT_PARENTHESISSwedish_National_Agency_for_Higher_Vocational_EducationRIGHT_PARENTHESIS = "myh"
    Universitets__och_högskolerådet_LEFT_PARENTHESISSwedish_Council_for_Higher_EducationRIGHT_PARENTHESIS = "uhr"
    Statistiska_centralbyrån_LEFT_PARENTHESISStatistics_SwedenRIGHT_PARENTHESIS = "scb"
    Myndigheten_för_digital_förvaltning_LEFT_PARENTHESISAgency_for_Digital_GovernmentRIGHT_PARENTHESIS = "digg"
    Vetenskapsrådet_LEFT_PARENTHESISSwedish_Research_CouncilRIGHT_PARENTHESIS = "vr"
    Vinnova_LEFT_PARENTHESISSwedenAPOSTROPHEs_Innovation_AgencyRIGHT_PARENTHESIS = "vinnova"


class FlowApprovalStatus(str, Enum):
    """
    Where a data flow stands in the register of data flows and agreements.
    """
    Proposed = "proposed"
    """
    Entered in the register and awaiting approval; no data flows yet.
    """
    Approved = "approved"
    """
    Approved by the parties; the data may flow. The approval date is given.
    """
    Rejected = "rejected"
    """
    Not approved, e.g. because the legal questions could not be settled.
    """
    Suspended = "suspended"
    """
    Approved earlier, but the data does not flow until the flow is reviewed.
    """
    Ended = "ended"
    """
    The flow has ended and no more data flows.
    """


class CostModel(str, Enum):
    """
    How the costs of a data flow are covered: free of charge or at marginal cost, as the Open Data Directive (EU) 2019/1024, Article 6(1), sets for re-use of public sector data; by an agreement among the parties that covers the costs of producing the data (the report, section 5.3: "avtal för att täcka kostnader för dataproduktion"); or by a fee the provider charges under its own fee rules.
    """
    Free_of_charge = "free-of-charge"
    """
    The data is provided without charge (Directive (EU) 2019/1024, Article 6(1), first sentence).
    """
    Marginal_cost = "marginal-cost"
    """
    The provider recovers at most the marginal costs of reproducing, providing and disseminating the data (Directive (EU) 2019/1024, Article 6(1)).
    """
    Cost_sharing_by_agreement = "cost-sharing"
    """
    The parties share the costs of producing the data under an agreement (see Agreement.cost_sharing).
    """
    Fee = "fee"
    """
    The provider charges a fee under the fee rules that apply to it (cost_model_note says which).
    """


class SecrecyResult(str, Enum):
    """
    What a secrecy assessment of a data flow concluded.
    """
    No_secrecy = "no-secrecy"
    """
    No secrecy provision covers the data; it is public.
    """
    Disclosure_permitted = "disclosure-permitted"
    """
    Secrecy covers the data, but a provision permits the disclosure (e.g. a duty to provide data or a provision that breaks secrecy), or the data is disclosed in a form that secrecy does not cover.
    """
    Disclosure_not_permitted = "disclosure-not-permitted"
    """
    Secrecy prevents the disclosure; the flow cannot be approved as proposed.
    """


class DecisionStatus(str, Enum):
    """
    The life-cycle states of a decision record: MADR's states plus draft and withdrawn.
    """
    Draft = "draft"
    """
    Being written; not yet put to the forum.
    """
    Proposed = "proposed"
    """
    Put to the forum for decision.
    """
    Accepted = "accepted"
    """
    Decided and in force; the accepted date is given.
    """
    Rejected = "rejected"
    """
    The forum decided against the proposal; the rejected date is given.
    """
    Withdrawn = "withdrawn"
    """
    The proposer withdrew the proposal before a decision; the withdrawn date is given.
    """
    Deprecated = "deprecated"
    """
    No longer in force and not replaced; the deprecated date is given.
    """
    Superseded = "superseded"
    """
    Replaced in full by a later record, named in superseded_by.
    """


class DecisionScope(str, Enum):
    """
    Whether a decision applies to the whole ecosystem or to particular modules of the model.
    """
    Ecosystem = "ecosystem"
    """
    A ground rule for all participants, e.g. a principle, a process or a shared interface.
    """
    Module = "module"
    """
    A change to one or more modules of the information model.
    """


class ModelModule(str, Enum):
    """
    The modules of the KLL information model.
    """
    Core = "core"
    Concepts_and_crosswalks = "concepts"
    Education_offering = "offering"
    Qualifications = "qualification"
    Individual_data = "individual"
    Dataset_catalogue = "catalogue"
    Governance = "governance"
    Labour_market = "labour"


class InteroperabilityLayer(str, Enum):
    """
    The four layers of interoperability of the European Interoperability Framework that the report uses.
    """
    Legal = "legal"
    """
    Laws, regulations and agreements that allow data to be shared.
    """
    Organisational = "organisational"
    """
    Processes, roles and responsibilities across organisations.
    """
    Semantic = "semantic"
    """
    Shared meaning of data, such as models, concepts and code lists.
    """
    Technical = "technical"
    """
    Interfaces, protocols and infrastructure that move the data.
    """


class ExpectedChange(str, Enum):
    """
    The direction in which demand is expected to move over an outlook's period.
    """
    Increase = "increase"
    Unchanged = "unchanged"
    Decrease = "decrease"


class DemandMeasure(str, Enum):
    """
    What a skills demand statistic counts.
    """
    Job_postings = "job-postings"
    """
    The number of job postings that asked for the concept.
    """
    Positions = "positions"
    """
    The number of positions advertised in postings that asked for the concept.
    """
    Share_of_postings = "share-of-postings"
    """
    The share of all job postings of the period and region that asked for the concept.
    """



class Entity(ConfiguredBaseModel):
    """
    Anything in the model that has an identity of its own and can be referenced by its IRI.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'abstract': True,
         'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Allt i modellen som har en egen '
                                                     'identitet och kan refereras med '
                                                     'sin IRI.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Entitet'}},
         'class_uri': 'kll:Entity',
         'from_schema': 'https://w3id.org/kll/model/core',
         'title': 'Entity'})

    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["Entity"] = Field(default="Entity", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class LocalizedText(ConfiguredBaseModel):
    """
    Text in one or more languages, written as a JSON-LD 1.1 language map keyed by BCP 47 language tag. Swedish is required and English is recommended; in RDF every entry becomes an rdf:langString literal.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Text på ett eller flera språk, '
                                                     'skriven som en språkkarta enligt '
                                                     'JSON-LD 1.1 med BCP '
                                                     '47-språkkoder som nycklar. '
                                                     'Svenska är obligatoriskt och '
                                                     'engelska rekommenderat; i RDF '
                                                     'blir varje post en '
                                                     'rdf:langString-literal.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Språkmärkt text'}},
         'class_uri': 'rdf:langString',
         'from_schema': 'https://w3id.org/kll/model/core',
         'title': 'Localized text'})

    sv: str = Field(default=..., title="Swedish text", description="""The text in Swedish.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Texten på svenska.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Svensk text'}},
         'domain_of': ['LocalizedText', 'LocalizedTextSet'],
         'slot_uri': 'kll:text_sv'} })
    en: Optional[str] = Field(default=None, title="English text", description="""The text in English.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Texten på engelska.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Engelsk text'}},
         'domain_of': ['LocalizedText', 'LocalizedTextSet'],
         'recommended': True,
         'slot_uri': 'kll:text_en'} })

    @field_validator('sv')
    def pattern_sv(cls, v):
        pattern=re.compile(r"^\S([\s\S]*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid sv format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid sv format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('en')
    def pattern_en(cls, v):
        pattern=re.compile(r"^\S([\s\S]*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid en format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid en format: {v}"
            raise ValueError(err_msg)
        return v


class LocalizedTextSet(ConfiguredBaseModel):
    """
    A set of texts in one or more languages, such as keywords or alternative labels, written as a JSON-LD 1.1 language map whose values are lists: {\"sv\": [\"svetsning\", \"svetsare\"], \"en\": [\"welding\"]}. Swedish is required and English recommended; in RDF every text becomes an rdf:langString literal. Texts in different languages are not paired: each language's list is a set of its own.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En mängd texter på ett eller '
                                                     'flera språk, till exempel '
                                                     'nyckelord eller alternativa '
                                                     'benämningar, skriven som en '
                                                     'språkkarta enligt JSON-LD 1.1 '
                                                     'där värdena är listor: {"sv": '
                                                     '["svetsning", "svetsare"], "en": '
                                                     '["welding"]}. Svenska är '
                                                     'obligatoriskt och engelska '
                                                     'rekommenderat; i RDF blir varje '
                                                     'text en rdf:langString-literal. '
                                                     'Texter på olika språk paras inte '
                                                     'ihop: varje språks lista är en '
                                                     'mängd för sig.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Språkmärkta texter'}},
         'class_uri': 'kll:LocalizedTextSet',
         'close_mappings': ['rdf:langString'],
         'from_schema': 'https://w3id.org/kll/model/core',
         'title': 'Localized texts'})

    sv: list[str] = Field(default=..., title="Swedish texts", description="""The texts in Swedish.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Texterna på svenska.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Svenska texter'}},
         'domain_of': ['LocalizedText', 'LocalizedTextSet'],
         'slot_uri': 'kll:texts_sv'} })
    en: Optional[list[str]] = Field(default=None, title="English texts", description="""The texts in English.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Texterna på engelska.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Engelska texter'}},
         'domain_of': ['LocalizedText', 'LocalizedTextSet'],
         'recommended': True,
         'slot_uri': 'kll:texts_en'} })

    @field_validator('sv')
    def pattern_sv(cls, v):
        pattern=re.compile(r"^\S([\s\S]*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid sv format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid sv format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('en')
    def pattern_en(cls, v):
        pattern=re.compile(r"^\S([\s\S]*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid en format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid en format: {v}"
            raise ValueError(err_msg)
        return v


class Agent(Entity):
    """
    A person, organisation or group that acts, publishes, awards or receives.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'abstract': True,
         'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En person, organisation eller '
                                                     'grupp som agerar, publicerar, '
                                                     'utfärdar eller tar emot.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Aktör'}},
         'class_uri': 'foaf:Agent',
         'exact_mappings': ['dcterms:Agent', 'elm:Agent'],
         'from_schema': 'https://w3id.org/kll/model/core',
         'title': 'Agent'})

    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["Agent"] = Field(default="Agent", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Organisation(Agent):
    """
    A legal entity or public body, such as an agency, a municipality, a university or an education company, identified in Sweden by its organisationsnummer.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En juridisk person eller '
                                                     'offentlig aktör, till exempel en '
                                                     'myndighet, en kommun, ett '
                                                     'lärosäte eller ett '
                                                     'utbildningsföretag, som i '
                                                     'Sverige identifieras med sitt '
                                                     'organisationsnummer.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Organisation'}},
         'class_uri': 'org:Organization',
         'close_mappings': ['foaf:Organization'],
         'exact_mappings': ['elm:Organisation', 'schema:Organization'],
         'from_schema': 'https://w3id.org/kll/model/core',
         'slot_usage': {'name': {'name': 'name', 'required': True},
                        'organisation_number': {'name': 'organisation_number',
                                                'recommended': True}},
         'title': 'Organisation'})

    name: LocalizedText = Field(default=..., title="Name", description="""The name by which the agent is known.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet som aktören är känd '
                                                     'under.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Namn'}},
         'close_mappings': ['skos:prefLabel', 'rov:legalName'],
         'domain_of': ['Organisation', 'ResponsibleBody'],
         'exact_mappings': ['schema:name'],
         'slot_uri': 'foaf:name'} })
    organisation_number: Optional[str] = Field(default=None, title="Organisation number", description="""The Swedish organisationsnummer (ten digits, written NNNNNN-NNNN) that identifies a legal entity; the last digit is a Luhn check digit.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det svenska organisationsnumret '
                                                     '(tio siffror, skrivet '
                                                     'NNNNNN-NNNN) som identifierar en '
                                                     'juridisk person; sista siffran '
                                                     'är en kontrollsiffra enligt '
                                                     'Luhn.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Organisationsnummer'}},
         'close_mappings': ['schema:taxID',
                            'emil:educationProvider.organisationNumber'],
         'domain_of': ['Organisation'],
         'recommended': True,
         'related_mappings': ['rov:registration'],
         'slot_uri': 'kll:organisationNumber'} })
    registrations: Optional[list[ForeignIdentifier]] = Field(default=None, title="Registrations abroad", description="""The organisation's legal registrations under other countries' schemes, each with its country; a Swedish organisationsnummer goes in organisation_number.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Organisationens registreringar '
                                                     'som juridisk person enligt andra '
                                                     'länders system, var och en med '
                                                     'sitt land; ett svenskt '
                                                     'organisationsnummer anges i '
                                                     'organisation_number.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Registreringar utomlands'}},
         'close_mappings': ['rov:registration'],
         'domain_of': ['Organisation'],
         'slot_uri': 'kll:registration'} })
    homepage: Optional[str] = Field(default=None, title="Homepage", description="""A web page about the resource, for people to read.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En webbsida om resursen, avsedd '
                                                     'för människor.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Webbsida'}},
         'close_mappings': ['schema:url', 'emil:url'],
         'domain_of': ['Organisation',
                       'ContactPoint',
                       'Qualification',
                       'Education',
                       'EducationEvent',
                       'Catalog',
                       'JobPosting'],
         'slot_uri': 'foaf:homepage'} })
    email: Optional[str] = Field(default=None, title="E-mail address", description="""An e-mail address, without the mailto scheme.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En e-postadress, utan '
                                                     'mailto-schemat.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'E-postadress'}},
         'close_mappings': ['schema:email', 'elm:emailAddress'],
         'domain_of': ['Organisation', 'ContactPoint', 'ApplicationDetails'],
         'slot_uri': 'vcard:hasEmail'} })
    telephone: Optional[str] = Field(default=None, title="Telephone number", description="""A telephone number in international format, e.g. +46 60 19 10 00.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett telefonnummer i '
                                                     'internationellt format, till '
                                                     'exempel +46 60 19 10 00.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Telefonnummer'}},
         'close_mappings': ['schema:telephone', 'elm:phone'],
         'domain_of': ['Organisation', 'ContactPoint'],
         'slot_uri': 'vcard:hasTelephone'} })
    address: Optional[Address] = Field(default=None, title="Address", description="""The postal or visiting address of the agent.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Aktörens post- eller '
                                                     'besöksadress.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Adress'}},
         'close_mappings': ['schema:address'],
         'domain_of': ['Organisation', 'ApplicationDetails'],
         'slot_uri': 'locn:address'} })
    contact_point: Optional[ContactPoint] = Field(default=None, title="Contact point", description="""Where to turn with questions about the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Vart man vänder sig med frågor '
                                                     'om resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kontaktpunkt'}},
         'close_mappings': ['elm:contactPoint'],
         'domain_of': ['Organisation', 'Dataset', 'DataService'],
         'slot_uri': 'dcat:contactPoint'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["Organisation"] = Field(default="Organisation", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('organisation_number')
    def pattern_organisation_number(cls, v):
        pattern=re.compile(r"^[0-9]{6}-[0-9]{4}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid organisation_number format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid organisation_number format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('homepage')
    def pattern_homepage(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid homepage format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid homepage format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('email')
    def pattern_email(cls, v):
        pattern=re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid email format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid email format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('telephone')
    def pattern_telephone(cls, v):
        pattern=re.compile(r"^\+[0-9][0-9 -]{5,19}[0-9]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid telephone format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid telephone format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Person(Agent):
    """
    A natural person, such as a learner or a data subject. Everything about a person is personal data under the GDPR; slots marked personal_data are never echoed in reports unless asked.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fysisk person, till exempel '
                                                     'en studerande eller en '
                                                     'registrerad. Allt om en person '
                                                     'är personuppgifter enligt GDPR; '
                                                     'fält märkta personal_data '
                                                     'återges aldrig i rapporter om '
                                                     'det inte efterfrågas.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Person'}},
         'class_uri': 'foaf:Person',
         'exact_mappings': ['elm:Person', 'schema:Person'],
         'from_schema': 'https://w3id.org/kll/model/core',
         'title': 'Person'})

    given_name: Optional[str] = Field(default=None, title="Given name", description="""The person's given name or names.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Personens förnamn.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Förnamn'}},
         'domain_of': ['Person'],
         'exact_mappings': ['schema:givenName'],
         'slot_uri': 'foaf:givenName'} })
    family_name: Optional[str] = Field(default=None, title="Family name", description="""The person's family name or names.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Personens efternamn.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Efternamn'}},
         'domain_of': ['Person'],
         'exact_mappings': ['schema:familyName'],
         'slot_uri': 'foaf:familyName'} })
    birth_date: Optional[date] = Field(default=None, title="Date of birth", description="""The person's date of birth.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Personens födelsedatum.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Födelsedatum'}},
         'domain_of': ['Person'],
         'exact_mappings': ['elm:dateOfBirth'],
         'slot_uri': 'schema:birthDate'} })
    personal_identity_number: Optional[str] = Field(default=None, title="Personal identity number", description="""The Swedish personnummer or samordningsnummer (day of birth plus 60), written YYMMDD-NNNC (with + from the age of 100), YYYYMMDD-NNNC or YYYYMMDDNNNC; the last digit is a Luhn check digit over the ten-digit form. Personal data: only published test numbers appear in examples.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Svenskt personnummer eller '
                                                     'samordningsnummer (födelsedag '
                                                     'plus 60), skrivet ÅÅMMDD-NNNK '
                                                     '(med + från 100 års ålder), '
                                                     'ÅÅÅÅMMDD-NNNK eller '
                                                     'ÅÅÅÅMMDDNNNK; sista siffran är '
                                                     'en kontrollsiffra enligt Luhn '
                                                     'över den tiosiffriga formen. '
                                                     'Personuppgift: i exempel '
                                                     'förekommer bara publicerade '
                                                     'testnummer.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Personnummer'}},
         'close_mappings': ['elm:nationalId'],
         'domain_of': ['Person'],
         'slot_uri': 'kll:personalIdentityNumber'} })
    national_identifiers: Optional[list[ForeignIdentifier]] = Field(default=None, title="National identifiers issued abroad", description="""The person's national identifiers under other countries' schemes, each with its country; a Swedish personnummer or samordningsnummer goes in personal_identity_number. Personal data.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Personens nationella '
                                                     'identifierare enligt andra '
                                                     'länders system, var och en med '
                                                     'sitt land; ett svenskt '
                                                     'personnummer eller '
                                                     'samordningsnummer anges i '
                                                     'personal_identity_number. '
                                                     'Personuppgift.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Nationella identifierare utfärdade '
                                               'utomlands'}},
         'close_mappings': ['elm:nationalID'],
         'domain_of': ['Person'],
         'slot_uri': 'kll:nationalIdentifier'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["Person"] = Field(default="Person", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('personal_identity_number')
    def pattern_personal_identity_number(cls, v):
        pattern=re.compile(r"^([0-9]{6}[-+]|[0-9]{8}-?)[0-9]{4}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid personal_identity_number format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid personal_identity_number format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class ForeignIdentifier(ConfiguredBaseModel):
    """
    An identifier of a person or organisation issued under another country's scheme (a national identity number, a company registration), carried as issued with the country whose scheme it belongs to. It is never checked as a personnummer or organisationsnummer (decision record 0022).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En identifierare för en person '
                                                     'eller organisation som utfärdats '
                                                     'enligt ett annat lands system '
                                                     '(ett nationellt '
                                                     'identitetsnummer, ett '
                                                     'företagsregistreringsnummer), '
                                                     'återgiven som den utfärdades '
                                                     'tillsammans med det land vars '
                                                     'system den tillhör. Den '
                                                     'kontrolleras aldrig som '
                                                     'personnummer eller '
                                                     'organisationsnummer '
                                                     '(beslutsdokument 0022).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Identifierare utfärdad utomlands'}},
         'class_uri': 'kll:ForeignIdentifier',
         'close_mappings': ['elm:LegalIdentifier', 'adms:Identifier'],
         'from_schema': 'https://w3id.org/kll/model/core',
         'slot_usage': {'identifier_notation': {'name': 'identifier_notation',
                                                'required': True},
                        'issuing_country': {'name': 'issuing_country',
                                            'required': True}},
         'title': 'Identifier issued abroad'})

    identifier_notation: str = Field(default=..., title="Identifier", description="""The identifier as issued, e.g. LA-234218.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Identifieraren som den '
                                                     'utfärdades, till exempel '
                                                     'LA-234218.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'close_mappings': ['skos:notation'],
         'domain_of': ['ForeignIdentifier'],
         'slot_uri': 'kll:identifierNotation'} })
    issuing_country: str = Field(default=..., title="Issuing country", description="""The ISO 3166-1 alpha-2 code of the country whose scheme issued the identifier, e.g. IT.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Koden enligt ISO 3166-1 alfa-2 '
                                                     'för det land vars system '
                                                     'utfärdade identifieraren, till '
                                                     'exempel IT.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utfärdande land'}},
         'close_mappings': ['dcterms:spatial'],
         'domain_of': ['ForeignIdentifier'],
         'slot_uri': 'kll:issuingCountry'} })
    identifier_scheme_name: Optional[str] = Field(default=None, title="Scheme name", description="""The name of the identification scheme, where the issuer gives one.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på '
                                                     'identifieringssystemet, om '
                                                     'utfärdaren anger ett.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Systemets namn'}},
         'close_mappings': ['elm:schemeName'],
         'domain_of': ['ForeignIdentifier'],
         'slot_uri': 'kll:identifierSchemeName'} })

    @field_validator('identifier_notation')
    def pattern_identifier_notation(cls, v):
        pattern=re.compile(r"^\S(.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid identifier_notation format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid identifier_notation format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('issuing_country')
    def pattern_issuing_country(cls, v):
        pattern=re.compile(r"^[A-Z]{2}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid issuing_country format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid issuing_country format: {v}"
            raise ValueError(err_msg)
        return v


class Period(ConfiguredBaseModel):
    """
    An interval of time with a start date and, where known, an end date.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett tidsintervall med startdatum '
                                                     'och, om det är känt, slutdatum.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Period'}},
         'class_uri': 'dcterms:PeriodOfTime',
         'from_schema': 'https://w3id.org/kll/model/core',
         'slot_usage': {'start_date': {'name': 'start_date', 'required': True}},
         'title': 'Period'})

    start_date: date = Field(default=..., title="Start date", description="""The first day of the period.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Periodens första dag.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Startdatum'}},
         'close_mappings': ['schema:startDate'],
         'domain_of': ['Period', 'Execution'],
         'slot_uri': 'dcat:startDate'} })
    end_date: Optional[date] = Field(default=None, title="End date", description="""The last day of the period; it is not before the start date.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Periodens sista dag; den ligger '
                                                     'inte före startdatumet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Slutdatum'}},
         'close_mappings': ['schema:endDate'],
         'domain_of': ['Period', 'Execution'],
         'slot_uri': 'dcat:endDate'} })


class ConceptReference(ConfiguredBaseModel):
    """
    A reference to a concept in a named and versioned classification or vocabulary: the scheme, the code within it and the version of the scheme. Codes are only comparable within one scheme and version.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En referens till ett begrepp i '
                                                     'en namngiven och versionerad '
                                                     'klassifikation eller vokabulär: '
                                                     'schemat, koden i schemat och '
                                                     'schemats version. Koder är bara '
                                                     'jämförbara inom samma schema och '
                                                     'version.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Begreppsreferens'}},
         'class_uri': 'kll:ConceptReference',
         'close_mappings': ['skos:Concept'],
         'from_schema': 'https://w3id.org/kll/model/core',
         'slot_usage': {'code': {'name': 'code', 'required': True},
                        'scheme': {'name': 'scheme', 'required': True},
                        'scheme_version': {'name': 'scheme_version',
                                           'recommended': True}},
         'title': 'Concept reference'})

    scheme: ConceptSchemeName = Field(default=..., title="Scheme", description="""The classification or vocabulary that the code belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den klassifikation eller '
                                                     'vokabulär som koden hör till.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Schema'}},
         'domain_of': ['ConceptReference', 'ConceptScheme'],
         'slot_uri': 'skos:inScheme'} })
    code: str = Field(default=..., title="Code", description="""The code of the concept within its scheme, exactly as the scheme writes it.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Begreppets kod i schemat, '
                                                     'skriven exakt som schemat '
                                                     'skriver den.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kod'}},
         'domain_of': ['ConceptReference', 'Concept'],
         'slot_uri': 'skos:notation'} })
    scheme_version: Optional[str] = Field(default=None, title="Scheme version", description="""The version of the scheme that the code is taken from, e.g. \"2012\", \"2020\", \"v1.2.0\", or the JobTech taxonomy version number.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Versionen av det schema som '
                                                     'koden hämtats ur, till exempel '
                                                     '"2012", "2020", "v1.2.0" eller '
                                                     'versionsnumret för '
                                                     'JobTech-taxonomin.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Schemaversion'}},
         'domain_of': ['ConceptReference', 'ConceptScheme'],
         'recommended': True,
         'slot_uri': 'owl:versionInfo'} })
    concept_iri: Optional[str] = Field(default=None, title="Concept IRI", description="""The IRI of the concept, where the scheme publishes one.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Begreppets IRI, om schemat '
                                                     'publicerar en sådan.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Begreppets IRI'}},
         'close_mappings': ['skos:exactMatch'],
         'domain_of': ['ConceptReference'],
         'slot_uri': 'kll:conceptIri'} })
    label: Optional[LocalizedText] = Field(default=None, title="Label", description="""The preferred human-readable label of a concept.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Begreppets föredragna benämning '
                                                     'för människor.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Benämning'}},
         'domain_of': ['ConceptReference', 'Concept'],
         'slot_uri': 'skos:prefLabel'} })

    @field_validator('code')
    def pattern_code(cls, v):
        pattern=re.compile(r"^[!-~]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid code format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid code format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('scheme_version')
    def pattern_scheme_version(cls, v):
        pattern=re.compile(r"^[!-~]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid scheme_version format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid scheme_version format: {v}"
            raise ValueError(err_msg)
        return v


class Address(ConfiguredBaseModel):
    """
    A postal or visiting address, with the Swedish municipality code where in Sweden.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En post- eller besöksadress, med '
                                                     'kommunkod när adressen ligger i '
                                                     'Sverige.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Adress'}},
         'class_uri': 'locn:Address',
         'exact_mappings': ['elm:Address', 'schema:PostalAddress'],
         'from_schema': 'https://w3id.org/kll/model/core',
         'related_mappings': ['emil:Address'],
         'title': 'Address'})

    street_address: Optional[str] = Field(default=None, title="Street address", description="""The street name and number, or a box address.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Gatunamn och nummer, eller en '
                                                     'boxadress.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Gatuadress'}},
         'close_mappings': ['schema:streetAddress', 'emil:Address.streetAddress'],
         'domain_of': ['Address'],
         'slot_uri': 'locn:thoroughfare'} })
    postal_code: Optional[str] = Field(default=None, title="Postal code", description="""The postal code; in Sweden five digits, usually written NNN NN.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Postnumret; i Sverige fem '
                                                     'siffror, oftast skrivet NNN NN.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Postnummer'}},
         'close_mappings': ['schema:postalCode', 'emil:Address.postalCode'],
         'domain_of': ['Address'],
         'slot_uri': 'locn:postCode'} })
    post_name: Optional[str] = Field(default=None, title="Post town", description="""The name of the post town.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Postortens namn.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Postort'}},
         'close_mappings': ['schema:addressLocality', 'emil:Address.town'],
         'domain_of': ['Address'],
         'slot_uri': 'locn:postName'} })
    municipality_code: Optional[str] = Field(default=None, title="Municipality code", description="""The four-digit Swedish municipality code (kommunkod); the first two digits are the county code (länskod). Checked against the shipped list of the 290 municipalities.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den fyrsiffriga svenska '
                                                     'kommunkoden; de två första '
                                                     'siffrorna är länskoden. '
                                                     'Kontrolleras mot den medföljande '
                                                     'listan över de 290 kommunerna.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kommunkod'}},
         'close_mappings': ['emil:Address.areaCode'],
         'domain_of': ['Address', 'SkillsDemand'],
         'slot_uri': 'kll:municipalityCode'} })
    country_code: Optional[str] = Field(default=None, title="Country code", description="""The ISO 3166-1 alpha-2 code of the country, e.g. SE.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Landets kod enligt ISO 3166-1 '
                                                     'alfa-2, till exempel SE.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Landskod'}},
         'close_mappings': ['schema:addressCountry',
                            'emil:Address.country',
                            'elm:countryCode'],
         'domain_of': ['Address'],
         'slot_uri': 'locn:adminUnitL1'} })

    @field_validator('municipality_code')
    def pattern_municipality_code(cls, v):
        pattern=re.compile(r"^[0-9]{4}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid municipality_code format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid municipality_code format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('country_code')
    def pattern_country_code(cls, v):
        pattern=re.compile(r"^[A-Z]{2}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid country_code format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid country_code format: {v}"
            raise ValueError(err_msg)
        return v


class ContactPoint(ConfiguredBaseModel):
    """
    A way to reach a function or a person, such as an e-mail address or a phone number.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett sätt att nå en funktion '
                                                     'eller person, till exempel en '
                                                     'e-postadress eller ett '
                                                     'telefonnummer.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kontaktpunkt'}},
         'class_uri': 'vcard:Kind',
         'close_mappings': ['elm:ContactPoint'],
         'exact_mappings': ['schema:ContactPoint'],
         'from_schema': 'https://w3id.org/kll/model/core',
         'slot_usage': {'email': {'name': 'email', 'recommended': True}},
         'title': 'Contact point'})

    contact_name: Optional[str] = Field(default=None, title="Contact name", description="""The name of the function or person to contact.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på den funktion eller '
                                                     'person som kan kontaktas.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kontaktnamn'}},
         'domain_of': ['ContactPoint'],
         'slot_uri': 'vcard:fn'} })
    email: Optional[str] = Field(default=None, title="E-mail address", description="""An e-mail address, without the mailto scheme.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En e-postadress, utan '
                                                     'mailto-schemat.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'E-postadress'}},
         'close_mappings': ['schema:email', 'elm:emailAddress'],
         'domain_of': ['Organisation', 'ContactPoint', 'ApplicationDetails'],
         'recommended': True,
         'slot_uri': 'vcard:hasEmail'} })
    telephone: Optional[str] = Field(default=None, title="Telephone number", description="""A telephone number in international format, e.g. +46 60 19 10 00.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett telefonnummer i '
                                                     'internationellt format, till '
                                                     'exempel +46 60 19 10 00.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Telefonnummer'}},
         'close_mappings': ['schema:telephone', 'elm:phone'],
         'domain_of': ['Organisation', 'ContactPoint'],
         'slot_uri': 'vcard:hasTelephone'} })
    homepage: Optional[str] = Field(default=None, title="Homepage", description="""A web page about the resource, for people to read.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En webbsida om resursen, avsedd '
                                                     'för människor.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Webbsida'}},
         'close_mappings': ['schema:url', 'emil:url'],
         'domain_of': ['Organisation',
                       'ContactPoint',
                       'Qualification',
                       'Education',
                       'EducationEvent',
                       'Catalog',
                       'JobPosting'],
         'slot_uri': 'foaf:homepage'} })

    @field_validator('email')
    def pattern_email(cls, v):
        pattern=re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid email format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid email format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('telephone')
    def pattern_telephone(cls, v):
        pattern=re.compile(r"^\+[0-9][0-9 -]{5,19}[0-9]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid telephone format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid telephone format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('homepage')
    def pattern_homepage(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid homepage format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid homepage format: {v}"
            raise ValueError(err_msg)
        return v


class MonetaryAmount(ConfiguredBaseModel):
    """
    An amount of money in a given currency.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett penningbelopp i en viss '
                                                     'valuta.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Belopp'}},
         'class_uri': 'schema:MonetaryAmount',
         'close_mappings': ['elm:PriceDetail'],
         'from_schema': 'https://w3id.org/kll/model/core',
         'slot_usage': {'amount': {'name': 'amount', 'required': True},
                        'currency': {'name': 'currency', 'required': True}},
         'title': 'Monetary amount'})

    amount: Decimal = Field(default=..., title="Amount", description="""The amount of money, not negative.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Penningbeloppet, inte negativt.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Belopp'}},
         'close_mappings': ['emil:educationEvent.fees.totalAmount'],
         'domain_of': ['MonetaryAmount'],
         'slot_uri': 'schema:value'} })
    currency: str = Field(default=..., title="Currency", description="""The ISO 4217 code of the currency, e.g. SEK.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Valutans kod enligt ISO 4217, '
                                                     'till exempel SEK.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Valuta'}},
         'close_mappings': ['emil:educationEvent.fees.currency'],
         'domain_of': ['MonetaryAmount'],
         'slot_uri': 'schema:currency'} })

    @field_validator('currency')
    def pattern_currency(cls, v):
        pattern=re.compile(r"^[A-Z]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid currency format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid currency format: {v}"
            raise ValueError(err_msg)
        return v


class ConceptScheme(Entity):
    """
    One edition of a classification or controlled vocabulary, such as SSYK 2012, SUN 2020, a version of the JobTech Taxonomy or a version of ESCO. Each edition is its own scheme: codes are only comparable within one scheme and version.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En utgåva av en klassifikation '
                                                     'eller kontrollerad vokabulär, '
                                                     'till exempel SSYK 2012, SUN '
                                                     '2020, en version av '
                                                     'JobTech-taxonomin eller en '
                                                     'version av ESCO. Varje utgåva är '
                                                     'ett eget schema: koder är bara '
                                                     'jämförbara inom samma schema och '
                                                     'version.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Begreppssystem'}},
         'class_uri': 'skos:ConceptScheme',
         'from_schema': 'https://w3id.org/kll/model/concepts',
         'slot_usage': {'scheme': {'name': 'scheme', 'required': True},
                        'scheme_publisher': {'name': 'scheme_publisher',
                                             'recommended': True},
                        'scheme_version': {'name': 'scheme_version', 'required': True},
                        'title': {'name': 'title', 'required': True}},
         'title': 'Concept scheme'})

    scheme: ConceptSchemeName = Field(default=..., title="Scheme", description="""The classification or vocabulary that the code belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den klassifikation eller '
                                                     'vokabulär som koden hör till.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Schema'}},
         'domain_of': ['ConceptReference', 'ConceptScheme'],
         'slot_uri': 'skos:inScheme'} })
    title: LocalizedText = Field(default=..., title="Title", description="""The title of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Resursens titel.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Titel'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'MicroCredential',
                       'Education',
                       'EducationEvent',
                       'Achievement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DecisionRecord',
                       'DataFlow',
                       'Agreement',
                       'JobPosting'],
         'exact_mappings': ['schema:name'],
         'slot_uri': 'dcterms:title'} })
    scheme_version: str = Field(default=..., title="Scheme version", description="""The version of the scheme that the code is taken from, e.g. \"2012\", \"2020\", \"v1.2.0\", or the JobTech taxonomy version number.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Versionen av det schema som '
                                                     'koden hämtats ur, till exempel '
                                                     '"2012", "2020", "v1.2.0" eller '
                                                     'versionsnumret för '
                                                     'JobTech-taxonomin.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Schemaversion'}},
         'domain_of': ['ConceptReference', 'ConceptScheme'],
         'slot_uri': 'owl:versionInfo'} })
    scheme_publisher: Optional[str] = Field(default=None, title="Scheme publisher", description="""The organisation that publishes and maintains the concept scheme.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som ger ut och '
                                                     'förvaltar begreppssystemet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Schemats utgivare'}},
         'domain_of': ['ConceptScheme'],
         'exact_mappings': ['dcterms:publisher'],
         'recommended': True,
         'slot_uri': 'kll:schemePublisher'} })
    issued: Optional[date] = Field(default=None, title="Date issued", description="""The date on which the resource was formally issued or published.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då resursen formellt '
                                                     'utfärdades eller publicerades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utfärdandedatum'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Mapping',
                       'MicroCredential',
                       'DiplomaSupplement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'OccupationOutlook'],
         'slot_uri': 'dcterms:issued'} })
    description: Optional[LocalizedText] = Field(default=None, title="Description", description="""A free-text account of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextbeskrivning av '
                                                     'resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beskrivning'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'EligibilityRequirement',
                       'CourseRequirement',
                       'Evidence',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DataFlow',
                       'SecrecyAssessment',
                       'JobPosting'],
         'exact_mappings': ['schema:description'],
         'slot_uri': 'dcterms:description'} })
    scheme_superseded_by: Optional[str] = Field(default=None, title="Scheme superseded by", description="""The later edition of the classification that replaces this one, e.g. SUN 2020 for SUN 2000.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den senare utgåvan av '
                                                     'klassifikationen som ersätter '
                                                     'denna, till exempel SUN 2020 för '
                                                     'SUN 2000.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Schemat ersatt av'}},
         'close_mappings': ['dcterms:isReplacedBy'],
         'domain_of': ['ConceptScheme'],
         'slot_uri': 'kll:schemeSupersededBy'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["ConceptScheme"] = Field(default="ConceptScheme", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('scheme_version')
    def pattern_scheme_version(cls, v):
        pattern=re.compile(r"^[!-~]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid scheme_version format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid scheme_version format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Concept(Entity):
    """
    A unit of meaning in a concept scheme, such as an occupation group, a field of education, a skill or a municipality, with its labels, its place in the hierarchy and its matches to concepts in other schemes. Concepts are never deleted: an outdated concept is marked as deprecated and, where there is one, points to the concept that replaces it.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En betydelseenhet i ett '
                                                     'begreppssystem, till exempel en '
                                                     'yrkesgrupp, en '
                                                     'utbildningsinriktning, en '
                                                     'kompetens eller en kommun, med '
                                                     'sina benämningar, sin plats i '
                                                     'hierarkin och sina matchningar '
                                                     'mot begrepp i andra scheman. '
                                                     'Begrepp tas aldrig bort: ett '
                                                     'inaktuellt begrepp markeras som '
                                                     'avvecklat och pekar, om det '
                                                     'finns ett, på det begrepp som '
                                                     'ersätter det.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Begrepp'}},
         'class_uri': 'skos:Concept',
         'from_schema': 'https://w3id.org/kll/model/concepts',
         'related_mappings': ['esco:MemberConcept', 'esco:Occupation', 'esco:Skill'],
         'slot_usage': {'code': {'name': 'code', 'recommended': True},
                        'concept_scheme': {'name': 'concept_scheme', 'required': True},
                        'label': {'name': 'label', 'required': True}},
         'title': 'Concept'})

    concept_scheme: str = Field(default=..., title="Concept scheme", description="""The concept scheme, in one edition, that the concept belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det begreppssystem, i en viss '
                                                     'utgåva, som begreppet hör till.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Begreppssystem'}},
         'close_mappings': ['skos:inScheme'],
         'domain_of': ['Concept'],
         'slot_uri': 'kll:conceptScheme'} })
    code: Optional[str] = Field(default=None, title="Code", description="""The code of the concept within its scheme, exactly as the scheme writes it.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Begreppets kod i schemat, '
                                                     'skriven exakt som schemat '
                                                     'skriver den.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kod'}},
         'domain_of': ['ConceptReference', 'Concept'],
         'recommended': True,
         'slot_uri': 'skos:notation'} })
    jobtech_concept_id: Optional[str] = Field(default=None, title="JobTech concept id", description="""The identifier of the corresponding concept in Arbetsförmedlingen's JobTech Taxonomy, e.g. Z8ci_bBE_tmx, where there is one.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Identifieraren för motsvarande '
                                                     'begrepp i Arbetsförmedlingens '
                                                     'JobTech-taxonomi, till exempel '
                                                     'Z8ci_bBE_tmx, om det finns ett '
                                                     'sådant.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'JobTech-begreppsid'}},
         'domain_of': ['Concept'],
         'related_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:jobtechConceptId'} })
    jobtech_concept_type: Optional[JobtechConceptType] = Field(default=None, title="JobTech concept type", description="""The type that the JobTech Taxonomy gives the concept, e.g. occupation-name or sun-education-field-4.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den typ som JobTech-taxonomin '
                                                     'ger begreppet, till exempel '
                                                     'occupation-name eller '
                                                     'sun-education-field-4.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'JobTech-begreppstyp'}},
         'domain_of': ['Concept'],
         'slot_uri': 'kll:jobtechConceptType'} })
    label: LocalizedText = Field(default=..., title="Label", description="""The preferred human-readable label of a concept.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Begreppets föredragna benämning '
                                                     'för människor.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Benämning'}},
         'domain_of': ['ConceptReference', 'Concept'],
         'slot_uri': 'skos:prefLabel'} })
    alternative_labels: Optional[LocalizedTextSet] = Field(default=None, title="Alternative labels", description="""Other names for the concept, such as synonyms and common short forms.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Andra namn på begreppet, till '
                                                     'exempel synonymer och vanliga '
                                                     'kortformer.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Alternativa benämningar'}},
         'close_mappings': ['schema:alternateName'],
         'domain_of': ['Concept'],
         'slot_uri': 'skos:altLabel'} })
    hidden_labels: Optional[LocalizedTextSet] = Field(default=None, title="Hidden labels", description="""Strings that should find the concept in search but are not shown, such as common misspellings.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Strängar som ska hitta begreppet '
                                                     'vid sökning men inte visas, till '
                                                     'exempel vanliga felstavningar.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Dolda benämningar'}},
         'domain_of': ['Concept'],
         'slot_uri': 'skos:hiddenLabel'} })
    definition: Optional[LocalizedText] = Field(default=None, title="Definition", description="""A statement of the meaning of the concept.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En beskrivning av begreppets '
                                                     'betydelse.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Definition'}},
         'domain_of': ['Concept'],
         'slot_uri': 'skos:definition'} })
    deprecated: Optional[bool] = Field(default=None, title="Deprecated", description="""Whether the concept is outdated and should no longer be used for new data. A deprecated concept keeps its identifier and remains resolvable.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om begreppet är inaktuellt och '
                                                     'inte längre bör användas för nya '
                                                     'data. Ett avvecklat begrepp '
                                                     'behåller sin identifierare och '
                                                     'går fortfarande att slå upp.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Avvecklat'}},
         'domain_of': ['Concept'],
         'slot_uri': 'owl:deprecated'} })
    replaced_by: Optional[str] = Field(default=None, title="Replaced by", description="""The single concept that replaces a deprecated concept. Only a deprecated concept has one, and it is never the concept itself.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det enda begrepp som ersätter '
                                                     'ett avvecklat begrepp. Bara ett '
                                                     'avvecklat begrepp har ett '
                                                     'sådant, och det är aldrig '
                                                     'begreppet självt.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ersatt av'}},
         'domain_of': ['Concept'],
         'slot_uri': 'dcterms:isReplacedBy'} })
    broader: Optional[list[str]] = Field(default=None, title="Broader concepts", description="""The concepts that are more general than this one, e.g. the occupation group of an occupation name. Narrower concepts are the inverse and are not stored; the hierarchy has no cycles.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De begrepp som är mer generella '
                                                     'än detta, till exempel '
                                                     'yrkesgruppen för en '
                                                     'yrkesbenämning. Underordnade '
                                                     'begrepp är inversen och lagras '
                                                     'inte; hierarkin har inga '
                                                     'cykler.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Överordnade begrepp'}},
         'domain_of': ['Concept'],
         'slot_uri': 'skos:broader'} })
    related_concepts: Optional[list[str]] = Field(default=None, title="Related concepts", description="""Concepts in the same scheme that are associated with this one without being broader or narrower, e.g. a skill that is relevant to an occupation.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Begrepp i samma schema som hör '
                                                     'ihop med detta utan att vara '
                                                     'över- eller underordnade, till '
                                                     'exempel en kompetens som är '
                                                     'relevant för ett yrke.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Relaterade begrepp'}},
         'domain_of': ['Concept'],
         'slot_uri': 'skos:related'} })
    exact_match: Optional[list[str]] = Field(default=None, title="Exact matches", description="""IRIs of concepts in other schemes, such as ESCO, that can be used interchangeably with this one across a wide range of applications.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI:er för begrepp i andra '
                                                     'scheman, till exempel ESCO, som '
                                                     'kan användas i stället för detta '
                                                     'begrepp i ett brett spektrum av '
                                                     'tillämpningar.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Exakta matchningar'}},
         'domain_of': ['Concept'],
         'slot_uri': 'skos:exactMatch'} })
    close_match: Optional[list[str]] = Field(default=None, title="Close matches", description="""IRIs of concepts in other schemes that are similar enough to this one to be used interchangeably in some applications.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI:er för begrepp i andra '
                                                     'scheman som är så lika detta '
                                                     'begrepp att de kan användas i '
                                                     'dess ställe i vissa '
                                                     'tillämpningar.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Nära matchningar'}},
         'domain_of': ['Concept'],
         'slot_uri': 'skos:closeMatch'} })
    broad_match: Optional[list[str]] = Field(default=None, title="Broad matches", description="""IRIs of concepts in other schemes that are broader than this one.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI:er för begrepp i andra '
                                                     'scheman som är bredare än detta '
                                                     'begrepp.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Bredare matchningar'}},
         'domain_of': ['Concept'],
         'slot_uri': 'skos:broadMatch'} })
    narrow_match: Optional[list[str]] = Field(default=None, title="Narrow matches", description="""IRIs of concepts in other schemes that are narrower than this one.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI:er för begrepp i andra '
                                                     'scheman som är smalare än detta '
                                                     'begrepp.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Smalare matchningar'}},
         'domain_of': ['Concept'],
         'slot_uri': 'skos:narrowMatch'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["Concept"] = Field(default="Concept", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('code')
    def pattern_code(cls, v):
        pattern=re.compile(r"^[!-~]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid code format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid code format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('jobtech_concept_id')
    def pattern_jobtech_concept_id(cls, v):
        pattern=re.compile(r"^[0-9A-Za-z]{4}_[0-9A-Za-z]{3}_[0-9A-Za-z]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid jobtech_concept_id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid jobtech_concept_id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('exact_match')
    def pattern_exact_match(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid exact_match format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid exact_match format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('close_match')
    def pattern_close_match(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid close_match format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid close_match format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('broad_match')
    def pattern_broad_match(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid broad_match format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid broad_match format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('narrow_match')
    def pattern_narrow_match(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid narrow_match format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid narrow_match format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class MappingSet(Entity):
    """
    A set of mappings between entities, published as one versioned and licensed whole, as SSSOM defines the mapping set: a translation key (crosswalk) between two concept schemes, or any other SSSOM mapping set with the prefixes of its own domain. The identifier of the set is the SSSOM mapping_set_id. The model holds every slot of SSSOM's mapping set; what the project demands beyond SSSOM of its own translation keys (sources given, concepts of its schemes, SKOS predicates) is the taxonomy-crosswalk-publisher profile's.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En mängd mappningar mellan '
                                                     'entiteter, publicerad som en '
                                                     'versionerad och licensierad '
                                                     'helhet så som SSSOM definierar '
                                                     'uppsättningen mappningar: en '
                                                     'översättningsnyckel mellan två '
                                                     'begreppssystem, eller vilken '
                                                     'annan uppsättning mappningar '
                                                     'enligt SSSOM som helst med '
                                                     'prefixen från sin egen domän. '
                                                     'Mängdens identifierare är '
                                                     'SSSOM:s mapping_set_id. Modellen '
                                                     'rymmer varje fält i SSSOM:s '
                                                     'uppsättning mappningar; det som '
                                                     'projektet kräver av sina egna '
                                                     'översättningsnycklar utöver '
                                                     'SSSOM (angivna källor, begrepp '
                                                     'ur projektets scheman, '
                                                     'SKOS-predikat) hör till profilen '
                                                     'taxonomy-crosswalk-publisher.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Uppsättning mappningar'}},
         'class_uri': 'sssom:MappingSet',
         'close_mappings': ['dcat:Dataset'],
         'from_schema': 'https://w3id.org/kll/model/concepts',
         'slot_usage': {'mapping_set_license': {'name': 'mapping_set_license',
                                                'required': True},
                        'mappings': {'name': 'mappings', 'recommended': True}},
         'title': 'Mapping set'})

    title: Optional[LocalizedText] = Field(default=None, title="Title", description="""The title of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Resursens titel.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Titel'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'MicroCredential',
                       'Education',
                       'EducationEvent',
                       'Achievement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DecisionRecord',
                       'DataFlow',
                       'Agreement',
                       'JobPosting'],
         'exact_mappings': ['schema:name'],
         'slot_uri': 'dcterms:title'} })
    description: Optional[LocalizedText] = Field(default=None, title="Description", description="""A free-text account of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextbeskrivning av '
                                                     'resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beskrivning'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'EligibilityRequirement',
                       'CourseRequirement',
                       'Evidence',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DataFlow',
                       'SecrecyAssessment',
                       'JobPosting'],
         'exact_mappings': ['schema:description'],
         'slot_uri': 'dcterms:description'} })
    sssom_version: Optional[SssomVersion] = Field(default=None, title="SSSOM version", description="""The version of the SSSOM specification that the mapping set follows.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den version av '
                                                     'SSSOM-specifikationen som '
                                                     'uppsättningen mappningar '
                                                     'följer.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'SSSOM-version'}},
         'domain_of': ['MappingSet'],
         'exact_mappings': ['sssom:sssom_version'],
         'slot_uri': 'kll:sssomVersion'} })
    curie_map: Optional[list[PrefixDeclaration]] = Field(default=None, title="CURIE map", description="""The prefixes of the mapping set and the IRIs they stand for (SSSOM curie_map), kept so that a written SSSOM file uses the CURIEs and prefixes that were read.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Uppsättningens prefix och de '
                                                     'IRI:er de står för (SSSOM:s '
                                                     'curie_map), bevarade så att en '
                                                     'skriven SSSOM-fil använder de '
                                                     'CURIE:er och prefix som lästes.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'CURIE-karta'}},
         'domain_of': ['MappingSet'],
         'exact_mappings': ['sssom:curie_map'],
         'slot_uri': 'kll:curieMap'} })
    mapping_set_version: Optional[str] = Field(default=None, title="Mapping set version", description="""The version of the mapping set, e.g. 1.0.0 or a release date such as 2025-06-01.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Uppsättningens version, till '
                                                     'exempel 1.0.0 eller ett '
                                                     'utgivningsdatum som 2025-06-01.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Version av uppsättningen mappningar'}},
         'close_mappings': ['owl:versionInfo', 'dcat:version'],
         'domain_of': ['MappingSet'],
         'exact_mappings': ['sssom:mapping_set_version'],
         'slot_uri': 'kll:mappingSetVersion'} })
    mapping_set_license: str = Field(default=..., title="Mapping set licence", description="""The IRI of the licence under which the mapping set may be used; SSSOM requires it. Mapping sets published by the agencies use CC0 1.0.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI för den licens som '
                                                     'uppsättningen mappningar får '
                                                     'användas under; SSSOM kräver '
                                                     'den. Uppsättning mappningarer '
                                                     'som myndigheterna publicerar '
                                                     'använder CC0 1.0.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Licens för uppsättningen mappningar'}},
         'domain_of': ['MappingSet'],
         'exact_mappings': ['dcterms:license', 'sssom:license'],
         'slot_uri': 'kll:mappingSetLicense'} })
    subject_source: Optional[str] = Field(default=None, title="Subject source", description="""The IRI of the vocabulary or identifier source that the subjects of the set are taken from (SSSOM subject_source). For the project's translation keys it is a ConceptScheme of the data, in one edition, and the taxonomy-crosswalk-publisher profile requires it.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI för den vokabulär eller '
                                                     'identifierarkälla som mängdens '
                                                     'subjekt hämtas ur (SSSOM:s '
                                                     'subject_source). För projektets '
                                                     'översättningsnycklar är det ett '
                                                     'begreppssystem (ConceptScheme) i '
                                                     'data, i en viss utgåva, och '
                                                     'profilen '
                                                     'taxonomy-crosswalk-publisher '
                                                     'kräver den.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Subjektkälla'}},
         'domain_of': ['MappingSet'],
         'exact_mappings': ['sssom:subject_source'],
         'slot_uri': 'kll:subjectSource'} })
    subject_source_version: Optional[str] = Field(default=None, title="Subject source version", description="""The version of the subject source (SSSOM subject_source_version) where the source is not a ConceptScheme of the data, which carries its version itself.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Subjektkällans version (SSSOM:s '
                                                     'subject_source_version) när '
                                                     'källan inte är ett '
                                                     'begreppssystem i data, som '
                                                     'självt bär sin version.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Subjektkällans version'}},
         'domain_of': ['MappingSet'],
         'exact_mappings': ['sssom:subject_source_version'],
         'slot_uri': 'kll:subjectSourceVersion'} })
    object_source: Optional[str] = Field(default=None, title="Object source", description="""The IRI of the vocabulary or identifier source that the objects of the set are taken from (SSSOM object_source); for the project's translation keys a ConceptScheme of the data, required by the taxonomy-crosswalk-publisher profile.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI för den vokabulär eller '
                                                     'identifierarkälla som mängdens '
                                                     'objekt hämtas ur (SSSOM:s '
                                                     'object_source); för projektets '
                                                     'översättningsnycklar ett '
                                                     'begreppssystem (ConceptScheme) i '
                                                     'data, som profilen '
                                                     'taxonomy-crosswalk-publisher '
                                                     'kräver.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Objektkälla'}},
         'domain_of': ['MappingSet'],
         'exact_mappings': ['sssom:object_source'],
         'slot_uri': 'kll:objectSource'} })
    object_source_version: Optional[str] = Field(default=None, title="Object source version", description="""The version of the object source (SSSOM object_source_version) where the source is not a ConceptScheme of the data.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Objektkällans version (SSSOM:s '
                                                     'object_source_version) när '
                                                     'källan inte är ett '
                                                     'begreppssystem i data.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Objektkällans version'}},
         'domain_of': ['MappingSet'],
         'exact_mappings': ['sssom:object_source_version'],
         'slot_uri': 'kll:objectSourceVersion'} })
    mapping_set_creators: Optional[list[str]] = Field(default=None, title="Mapping set creators", description="""The organisations or persons that put the mapping set in its published form; they may differ from the authors of the individual mappings.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De organisationer eller personer '
                                                     'som gett uppsättningen '
                                                     'mappningar dess publicerade '
                                                     'form; de kan skilja sig från '
                                                     'upphovspersonerna till de '
                                                     'enskilda mappningarna.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Skapare av uppsättningen mappningar'}},
         'close_mappings': ['dcterms:creator'],
         'domain_of': ['MappingSet'],
         'exact_mappings': ['sssom:creator_id'],
         'slot_uri': 'kll:mappingSetCreators'} })
    mapping_set_creator_labels: Optional[list[str]] = Field(default=None, title="Mapping set creator labels", description="""The names of the creators of the set as the SSSOM file gives them (creator_label), kept where they cannot be the names of the creators' records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnen på mängdens skapare så '
                                                     'som SSSOM-filen anger dem '
                                                     '(creator_label), bevarade där de '
                                                     'inte kan vara namn i skaparnas '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Namn på skaparna av uppsättningen '
                                               'mappningar'}},
         'domain_of': ['MappingSet'],
         'exact_mappings': ['sssom:creator_label'],
         'slot_uri': 'kll:mappingSetCreatorLabels'} })
    mapping_set_sources: Optional[list[str]] = Field(default=None, title="Mapping set sources", description="""The IRIs of the mapping sets that this set was derived from (SSSOM mapping_set_source).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI:er för de uppsättningar '
                                                     'mappningar som denna mängd '
                                                     'härletts ur (SSSOM:s '
                                                     'mapping_set_source).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Källor till uppsättningen mappningar'}},
         'domain_of': ['MappingSet'],
         'exact_mappings': ['sssom:mapping_set_source'],
         'slot_uri': 'kll:mappingSetSources'} })
    mapping_set_confidence: Optional[float] = Field(default=None, title="Mapping set confidence", description="""The confidence, from 0 to 1, of the creators in the mapping set as a whole (SSSOM mapping_set_confidence).""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Skaparnas säkerhet, från 0 till '
                                                     '1, i uppsättningen mappningar '
                                                     'som helhet (SSSOM:s '
                                                     'mapping_set_confidence).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Säkerhet i uppsättningen mappningar'}},
         'domain_of': ['MappingSet'],
         'exact_mappings': ['sssom:mapping_set_confidence'],
         'slot_uri': 'kll:mappingSetConfidence'} })
    mapping_date: Optional[date] = Field(default=None, title="Mapping date", description="""The date on which the mapping, or the mappings of a set, were asserted; not the date of publication.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då mappningen, eller '
                                                     'en mängds mappningar, '
                                                     'fastställdes; inte '
                                                     'publiceringsdatumet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Mappningsdatum'}},
         'close_mappings': ['dcterms:created'],
         'domain_of': ['MappingSet', 'Mapping'],
         'exact_mappings': ['sssom:mapping_date'],
         'slot_uri': 'kll:mappingDate'} })
    issued: Optional[date] = Field(default=None, title="Date issued", description="""The date on which the resource was formally issued or published.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då resursen formellt '
                                                     'utfärdades eller publicerades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utfärdandedatum'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Mapping',
                       'MicroCredential',
                       'DiplomaSupplement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'OccupationOutlook'],
         'slot_uri': 'dcterms:issued'} })
    mapping_see_also: Optional[list[str]] = Field(default=None, title="See also", description="""IRIs of resources with more about the mapping set or the mapping (SSSOM see_also).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI:er för resurser med mer om '
                                                     'uppsättningen mappningar eller '
                                                     'mappningen (SSSOM:s see_also).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Se även'}},
         'domain_of': ['MappingSet', 'Mapping'],
         'exact_mappings': ['sssom:see_also'],
         'slot_uri': 'rdfs:seeAlso'} })
    issue_tracker: Optional[str] = Field(default=None, title="Issue tracker", description="""The IRI of the issue tracker where problems with the mapping set are reported (SSSOM issue_tracker).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI för den ärendehantering där '
                                                     'problem med uppsättningen '
                                                     'mappningar rapporteras (SSSOM:s '
                                                     'issue_tracker).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ärendehantering'}},
         'domain_of': ['MappingSet'],
         'exact_mappings': ['sssom:issue_tracker'],
         'slot_uri': 'kll:issueTracker'} })
    mapping_other: Optional[str] = Field(default=None, title="Other", description="""Free text of further information about the mapping set or the mapping, as SSSOM's other slot holds it.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Fritext med ytterligare '
                                                     'uppgifter om uppsättningen '
                                                     'mappningar eller mappningen, så '
                                                     'som SSSOM:s fält other håller '
                                                     'den.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Övrigt'}},
         'domain_of': ['MappingSet', 'Mapping'],
         'exact_mappings': ['sssom:other'],
         'slot_uri': 'kll:mappingOther'} })
    mapping_comment: Optional[str] = Field(default=None, title="Comment", description="""A free-text note by the curator or the tool about the mapping or the mapping set.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextanteckning om '
                                                     'mappningen eller uppsättningen '
                                                     'mappningar från den som kurerat '
                                                     'den eller från verktyget.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kommentar'}},
         'domain_of': ['MappingSet', 'Mapping'],
         'exact_mappings': ['sssom:comment'],
         'slot_uri': 'rdfs:comment'} })
    mappings: Optional[list[Mapping]] = Field(default=None, title="Mappings", description="""The mappings that make up the set.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De mappningar som mängden består '
                                                     'av.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Mappningar'}},
         'domain_of': ['MappingSet'],
         'recommended': True,
         'slot_uri': 'sssom:mappings'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["MappingSet"] = Field(default="MappingSet", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('mapping_set_version')
    def pattern_mapping_set_version(cls, v):
        pattern=re.compile(r"^[!-~]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid mapping_set_version format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid mapping_set_version format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('mapping_set_license')
    def pattern_mapping_set_license(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid mapping_set_license format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid mapping_set_license format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('mapping_set_sources')
    def pattern_mapping_set_sources(cls, v):
        pattern=re.compile(r"^(https?|urn):[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid mapping_set_sources format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid mapping_set_sources format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('mapping_see_also')
    def pattern_mapping_see_also(cls, v):
        pattern=re.compile(r"^(https?|urn):[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid mapping_see_also format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid mapping_see_also format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Mapping(ConfiguredBaseModel):
    """
    One statement in a mapping set that a subject entity stands in a relation (the predicate) to an object entity, with the justification for it, the confidence in it, who made and reviewed it and how: every slot of SSSOM's mapping. A negated mapping (SSSOM predicate_modifier Not) states that the relation does not hold. In RDF it is a reified statement (owl:Axiom) about the subject, predicate and object.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett påstående i en uppsättning '
                                                     'mappningar om att en '
                                                     'subjektentitet står i en '
                                                     'relation (predikatet) till en '
                                                     'objektentitet, med motivering, '
                                                     'säkerhet och uppgift om vem som '
                                                     'gjorde och granskade mappningen '
                                                     'och hur: varje fält i SSSOM:s '
                                                     'mappning. En negerad mappning '
                                                     '(predikatmodifierare Not) anger '
                                                     'att relationen inte gäller. I '
                                                     'RDF är det ett reifierat '
                                                     'påstående (owl:Axiom) om '
                                                     'subjekt, predikat och objekt.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Mappning'}},
         'class_uri': 'sssom:Mapping',
         'close_mappings': ['owl:Axiom'],
         'from_schema': 'https://w3id.org/kll/model/concepts',
         'slot_usage': {'mapping_justification': {'name': 'mapping_justification',
                                                  'required': True},
                        'mapping_object': {'name': 'mapping_object', 'required': True},
                        'mapping_predicate': {'name': 'mapping_predicate',
                                              'required': True},
                        'mapping_subject': {'name': 'mapping_subject',
                                            'required': True}},
         'title': 'Mapping'})

    mapping_record_id: Optional[str] = Field(default=None, title="Mapping record identifier", description="""The identifier of the mapping record itself (SSSOM record_id), where the set gives its mappings one.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Identifieraren för själva '
                                                     'mappningsposten (SSSOM:s '
                                                     'record_id), om mängden ger sina '
                                                     'mappningar en.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Mappningspostens identifierare'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:record_id'],
         'slot_uri': 'kll:mappingRecordId'} })
    mapping_subject: MappingEntity = Field(default=..., title="Subject", description="""The entity that the mapping is about (SSSOM subject_id, subject_label, subject_type and the other subject slots).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den entitet som mappningen '
                                                     'gäller (SSSOM:s subject_id, '
                                                     'subject_label, subject_type och '
                                                     'de andra subjektfälten).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Subjekt'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:subject_id'],
         'slot_uri': 'owl:annotatedSource'} })
    mapping_predicate: str = Field(default=..., title="Predicate", description="""The IRI of the relation that holds from the subject to the object. SSSOM accepts any predicate; the project's translation keys use the SKOS mapping relations of the MappingPredicate enumeration (the taxonomy-crosswalk-publisher profile requires it).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI för den relation som gäller '
                                                     'från subjektet till objektet. '
                                                     'SSSOM godtar vilket predikat som '
                                                     'helst; projektets '
                                                     'översättningsnycklar använder '
                                                     'SKOS-relationerna i uppräkningen '
                                                     'MappingPredicate (profilen '
                                                     'taxonomy-crosswalk-publisher '
                                                     'kräver det).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Predikat'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:predicate_id'],
         'slot_uri': 'owl:annotatedProperty'} })
    mapping_predicate_label: Optional[str] = Field(default=None, title="Predicate label", description="""The label of the predicate as the SSSOM file gives it (predicate_label).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Predikatets benämning så som '
                                                     'SSSOM-filen anger den '
                                                     '(predicate_label).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Predikatets benämning'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:predicate_label'],
         'slot_uri': 'kll:mappingPredicateLabel'} })
    mapping_negated: Optional[bool] = Field(default=None, title="Negated", description="""True when the mapping states that the predicate does not hold between subject and object (SSSOM predicate_modifier Not, its only modifier).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Sant när mappningen anger att '
                                                     'predikatet inte gäller mellan '
                                                     'subjekt och objekt (SSSOM:s '
                                                     'predicate_modifier Not, dess '
                                                     'enda modifierare).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Negerad'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:predicate_modifier'],
         'slot_uri': 'kll:mappingNegated'} })
    mapping_predicate_type: Optional[EntityType] = Field(default=None, title="Predicate type", description="""The kind of entity the predicate is, e.g. owl annotation property (SSSOM predicate_type).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Vilket slags entitet predikatet '
                                                     'är, till exempel owl annotation '
                                                     'property (SSSOM:s '
                                                     'predicate_type).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Predikatets typ'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:predicate_type'],
         'slot_uri': 'kll:mappingPredicateType'} })
    mapping_object: MappingEntity = Field(default=..., title="Object", description="""The entity that the subject is mapped to (SSSOM object_id, object_label, object_type and the other object slots).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den entitet som subjektet mappas '
                                                     'till (SSSOM:s object_id, '
                                                     'object_label, object_type och de '
                                                     'andra objektfälten).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Objekt'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:object_id'],
         'slot_uri': 'owl:annotatedTarget'} })
    mapping_justification: MappingJustification = Field(default=..., title="Mapping justification", description="""How the mapping was established, as a term of the Semantic Mapping Vocabulary (SEMAPV).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur mappningen togs fram, '
                                                     'uttryckt med en term ur Semantic '
                                                     'Mapping Vocabulary (SEMAPV).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Mappningens grund'}},
         'domain_of': ['Mapping'],
         'slot_uri': 'sssom:mapping_justification'} })
    confidence: Optional[float] = Field(default=None, title="Confidence", description="""The creator's confidence, from 0 to 1, that the statement is correct; when it is missing, full confidence (1) is assumed.""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Upphovets säkerhet, från 0 till '
                                                     '1, i att påståendet är korrekt; '
                                                     'om uppgiften saknas antas full '
                                                     'säkerhet (1).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Säkerhet'}},
         'domain_of': ['Mapping', 'ConceptAnnotation'],
         'slot_uri': 'sssom:confidence'} })
    mapping_authors: Optional[list[str]] = Field(default=None, title="Mapping authors", description="""The persons or organisations that asserted the mapping.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De personer eller organisationer '
                                                     'som fastställde mappningen.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Mappningens upphov'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:author_id'],
         'slot_uri': 'pav:authoredBy'} })
    mapping_author_labels: Optional[list[str]] = Field(default=None, title="Mapping author labels", description="""The names of the authors of the mapping as the SSSOM file gives them (author_label), kept where they cannot be the names of the authors' records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnen på mappningens upphov så '
                                                     'som SSSOM-filen anger dem '
                                                     '(author_label), bevarade där de '
                                                     'inte kan vara namn i upphovets '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Mappningens upphovs namn'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:author_label'],
         'slot_uri': 'kll:mappingAuthorLabels'} })
    mapping_reviewers: Optional[list[str]] = Field(default=None, title="Mapping reviewers", description="""The persons or organisations that reviewed the mapping (SSSOM reviewer_id).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De personer eller organisationer '
                                                     'som granskade mappningen '
                                                     '(SSSOM:s reviewer_id).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Mappningens granskare'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:reviewer_id'],
         'slot_uri': 'kll:mappingReviewers'} })
    mapping_reviewer_labels: Optional[list[str]] = Field(default=None, title="Mapping reviewer labels", description="""The names of the reviewers as the SSSOM file gives them (reviewer_label), kept where they cannot be the names of the reviewers' records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnen på granskarna så som '
                                                     'SSSOM-filen anger dem '
                                                     '(reviewer_label), bevarade där '
                                                     'de inte kan vara namn i '
                                                     'granskarnas poster.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Mappningens granskares namn'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:reviewer_label'],
         'slot_uri': 'kll:mappingReviewerLabels'} })
    mapping_creators: Optional[list[str]] = Field(default=None, title="Mapping creators", description="""The persons or organisations that created this mapping record, who may differ from its authors (SSSOM creator_id of a mapping).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De personer eller organisationer '
                                                     'som skapade denna mappningspost, '
                                                     'vilka kan skilja sig från dess '
                                                     'upphov (SSSOM:s creator_id för '
                                                     'en mappning).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Mappningens skapare'}},
         'domain_of': ['Mapping'],
         'slot_uri': 'kll:mappingCreators'} })
    mapping_creator_labels: Optional[list[str]] = Field(default=None, title="Mapping creator labels", description="""The names of the creators of the mapping as the SSSOM file gives them (creator_label of a mapping), kept where they cannot be the names of their records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnen på mappningens skapare så '
                                                     'som SSSOM-filen anger dem '
                                                     '(creator_label för en mappning), '
                                                     'bevarade där de inte kan vara '
                                                     'namn i deras poster.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Mappningens skapares namn'}},
         'domain_of': ['Mapping'],
         'slot_uri': 'kll:mappingCreatorLabels'} })
    mapping_license: Optional[str] = Field(default=None, title="Mapping licence", description="""The IRI of the licence of this one mapping, where it differs from the set's (SSSOM license of a mapping).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI för licensen för just denna '
                                                     'mappning, om den skiljer sig '
                                                     'från mängdens (SSSOM:s license '
                                                     'för en mappning).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Mappningens licens'}},
         'domain_of': ['Mapping'],
         'slot_uri': 'kll:mappingLicense'} })
    mapping_provider: Optional[str] = Field(default=None, title="Mapping provider", description="""The IRI of the party that provides the mapping, e.g. the ontology it was taken from (SSSOM mapping_provider).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI för den part som '
                                                     'tillhandahåller mappningen, till '
                                                     'exempel den ontologi den hämtats '
                                                     'ur (SSSOM:s mapping_provider).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Mappningens tillhandahållare'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:mapping_provider'],
         'slot_uri': 'kll:mappingProvider'} })
    mapping_source: Optional[str] = Field(default=None, title="Mapping source", description="""The IRI of the mapping set that the mapping was taken from (SSSOM mapping_source).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI för den uppsättning '
                                                     'mappningar som mappningen '
                                                     'hämtats ur (SSSOM:s '
                                                     'mapping_source).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Mappningens källa'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:mapping_source'],
         'slot_uri': 'kll:mappingSource'} })
    mapping_cardinality: Optional[MappingCardinality] = Field(default=None, title="Mapping cardinality", description="""Whether subject and object take part in other mappings of the set: 1:1, 1:n, n:1, n:n, 1:0, 0:1 or 0:0 (SSSOM mapping_cardinality).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om subjekt och objekt ingår i '
                                                     'andra mappningar i mängden: 1:1, '
                                                     '1:n, n:1, n:n, 1:0, 0:1 eller '
                                                     '0:0 (SSSOM:s '
                                                     'mapping_cardinality).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Mappningens kardinalitet'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:mapping_cardinality'],
         'slot_uri': 'kll:mappingCardinality'} })
    cardinality_scope: Optional[list[str]] = Field(default=None, title="Cardinality scope", description="""The slots whose values delimit the records among which the mapping cardinality is counted (SSSOM cardinality_scope).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De fält vars värden avgränsar de '
                                                     'poster bland vilka mappningens '
                                                     'kardinalitet räknas (SSSOM:s '
                                                     'cardinality_scope).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Kardinalitetens omfång'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:cardinality_scope'],
         'slot_uri': 'kll:cardinalityScope'} })
    mapping_tool: Optional[str] = Field(default=None, title="Mapping tool", description="""The name of the tool that made the mapping (SSSOM mapping_tool).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på det verktyg som gjorde '
                                                     'mappningen (SSSOM:s '
                                                     'mapping_tool).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Mappningsverktyg'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:mapping_tool'],
         'slot_uri': 'kll:mappingTool'} })
    mapping_tool_id: Optional[str] = Field(default=None, title="Mapping tool identifier", description="""The IRI of the tool that made the mapping (SSSOM mapping_tool_id).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI för det verktyg som gjorde '
                                                     'mappningen (SSSOM:s '
                                                     'mapping_tool_id).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Mappningsverktygets identifierare'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:mapping_tool_id'],
         'slot_uri': 'kll:mappingToolId'} })
    mapping_tool_version: Optional[str] = Field(default=None, title="Mapping tool version", description="""The version of the tool that made the mapping (SSSOM mapping_tool_version).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Versionen av det verktyg som '
                                                     'gjorde mappningen (SSSOM:s '
                                                     'mapping_tool_version).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Mappningsverktygets version'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:mapping_tool_version'],
         'slot_uri': 'kll:mappingToolVersion'} })
    mapping_date: Optional[date] = Field(default=None, title="Mapping date", description="""The date on which the mapping, or the mappings of a set, were asserted; not the date of publication.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då mappningen, eller '
                                                     'en mängds mappningar, '
                                                     'fastställdes; inte '
                                                     'publiceringsdatumet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Mappningsdatum'}},
         'close_mappings': ['dcterms:created'],
         'domain_of': ['MappingSet', 'Mapping'],
         'exact_mappings': ['sssom:mapping_date'],
         'slot_uri': 'kll:mappingDate'} })
    issued: Optional[date] = Field(default=None, title="Date issued", description="""The date on which the resource was formally issued or published.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då resursen formellt '
                                                     'utfärdades eller publicerades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utfärdandedatum'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Mapping',
                       'MicroCredential',
                       'DiplomaSupplement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'OccupationOutlook'],
         'slot_uri': 'dcterms:issued'} })
    review_date: Optional[date] = Field(default=None, title="Review date", description="""The date on which the mapping was last reviewed (SSSOM review_date).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då mappningen senast '
                                                     'granskades (SSSOM:s '
                                                     'review_date).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Granskningsdatum'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:review_date'],
         'slot_uri': 'kll:reviewDate'} })
    reviewer_agreement: Optional[float] = Field(default=None, title="Reviewer agreement", description="""How much the reviewer agrees with the mapping, from -1 (confidently disagrees) to 1 (confidently agrees) (SSSOM reviewer_agreement).""", ge=-1, le=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur mycket granskaren instämmer '
                                                     'i mappningen, från -1 (instämmer '
                                                     'säkert inte) till 1 (instämmer '
                                                     'säkert) (SSSOM:s '
                                                     'reviewer_agreement).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Granskarens instämmande'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:reviewer_agreement'],
         'slot_uri': 'kll:reviewerAgreement'} })
    curation_rules: Optional[list[str]] = Field(default=None, title="Curation rules", description="""The IRIs of the curation rules the mapping was made or checked by (SSSOM curation_rule).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI:er för de kureringsregler '
                                                     'som mappningen gjordes eller '
                                                     'kontrollerades enligt (SSSOM:s '
                                                     'curation_rule).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kureringsregler'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:curation_rule'],
         'slot_uri': 'kll:curationRules'} })
    curation_rule_texts: Optional[list[str]] = Field(default=None, title="Curation rule texts", description="""The curation rules the mapping was made or checked by, as text (SSSOM curation_rule_text).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De kureringsregler som '
                                                     'mappningen gjordes eller '
                                                     'kontrollerades enligt, som text '
                                                     '(SSSOM:s curation_rule_text).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Kureringsregler i text'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:curation_rule_text'],
         'slot_uri': 'kll:curationRuleTexts'} })
    match_strings: Optional[list[str]] = Field(default=None, title="Match strings", description="""The strings that were matched between subject and object (SSSOM match_string).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De strängar som matchades mellan '
                                                     'subjekt och objekt (SSSOM:s '
                                                     'match_string).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Matchade strängar'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:match_string'],
         'slot_uri': 'kll:matchStrings'} })
    similarity_score: Optional[float] = Field(default=None, title="Similarity score", description="""The score of the similarity measure between subject and object, from 0 to 1 (SSSOM similarity_score).""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Värdet av likhetsmåttet mellan '
                                                     'subjekt och objekt, från 0 till '
                                                     '1 (SSSOM:s similarity_score).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Likhetsvärde'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:similarity_score'],
         'slot_uri': 'kll:similarityScore'} })
    similarity_measure: Optional[str] = Field(default=None, title="Similarity measure", description="""The measure of similarity that gave the score, e.g. a Jaccard index (SSSOM similarity_measure).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det likhetsmått som gav värdet, '
                                                     'till exempel ett Jaccard-index '
                                                     '(SSSOM:s similarity_measure).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Likhetsmått'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:similarity_measure'],
         'slot_uri': 'kll:similarityMeasure'} })
    mapping_see_also: Optional[list[str]] = Field(default=None, title="See also", description="""IRIs of resources with more about the mapping set or the mapping (SSSOM see_also).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI:er för resurser med mer om '
                                                     'uppsättningen mappningar eller '
                                                     'mappningen (SSSOM:s see_also).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Se även'}},
         'domain_of': ['MappingSet', 'Mapping'],
         'exact_mappings': ['sssom:see_also'],
         'slot_uri': 'rdfs:seeAlso'} })
    issue_tracker_item: Optional[str] = Field(default=None, title="Issue tracker item", description="""The IRI of the issue where the mapping is discussed (SSSOM issue_tracker_item).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI för det ärende där '
                                                     'mappningen diskuteras (SSSOM:s '
                                                     'issue_tracker_item).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ärende'}},
         'domain_of': ['Mapping'],
         'exact_mappings': ['sssom:issue_tracker_item'],
         'slot_uri': 'kll:issueTrackerItem'} })
    mapping_other: Optional[str] = Field(default=None, title="Other", description="""Free text of further information about the mapping set or the mapping, as SSSOM's other slot holds it.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Fritext med ytterligare '
                                                     'uppgifter om uppsättningen '
                                                     'mappningar eller mappningen, så '
                                                     'som SSSOM:s fält other håller '
                                                     'den.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Övrigt'}},
         'domain_of': ['MappingSet', 'Mapping'],
         'exact_mappings': ['sssom:other'],
         'slot_uri': 'kll:mappingOther'} })
    mapping_comment: Optional[str] = Field(default=None, title="Comment", description="""A free-text note by the curator or the tool about the mapping or the mapping set.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextanteckning om '
                                                     'mappningen eller uppsättningen '
                                                     'mappningar från den som kurerat '
                                                     'den eller från verktyget.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kommentar'}},
         'domain_of': ['MappingSet', 'Mapping'],
         'exact_mappings': ['sssom:comment'],
         'slot_uri': 'rdfs:comment'} })

    @field_validator('curation_rules')
    def pattern_curation_rules(cls, v):
        pattern=re.compile(r"^(https?|urn):[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid curation_rules format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid curation_rules format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('mapping_see_also')
    def pattern_mapping_see_also(cls, v):
        pattern=re.compile(r"^(https?|urn):[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid mapping_see_also format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid mapping_see_also format: {v}"
            raise ValueError(err_msg)
        return v


class MappingEntity(ConceptReference):
    """
    The subject or the object of a mapping as SSSOM gives it: an entity of any vocabulary, identified by its IRI (a CURIE in SSSOM/TSV, expanded with the set's prefixes), or a concept of one of the project's schemes given by scheme and code, or a literal (entity type rdfs literal) that is only its label. Neither scheme nor code is required here; the taxonomy-crosswalk-publisher profile demands them of the project's own translation keys.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Subjektet eller objektet i en '
                                                     'mappning så som SSSOM anger det: '
                                                     'en entitet ur vilken vokabulär '
                                                     'som helst, identifierad av sin '
                                                     'IRI (en CURIE i SSSOM/TSV, '
                                                     'expanderad med mängdens prefix), '
                                                     'eller ett begrepp ur något av '
                                                     'projektets scheman angivet med '
                                                     'schema och kod, eller en literal '
                                                     '(entitetstyp rdfs literal) som '
                                                     'bara är sin benämning. Varken '
                                                     'schema eller kod krävs här; '
                                                     'profilen '
                                                     'taxonomy-crosswalk-publisher '
                                                     'kräver dem av projektets egna '
                                                     'översättningsnycklar.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Mappningsentitet'}},
         'class_uri': 'kll:MappingEntity',
         'from_schema': 'https://w3id.org/kll/model/concepts',
         'slot_usage': {'code': {'name': 'code', 'required': False},
                        'label': {'name': 'label', 'recommended': True},
                        'scheme': {'name': 'scheme', 'required': False},
                        'scheme_version': {'name': 'scheme_version',
                                           'recommended': False}},
         'title': 'Mapping entity'})

    entity_type: Optional[EntityType] = Field(default=None, title="Entity type", description="""The kind of entity the subject or object is, e.g. skos concept, owl class or rdfs literal (SSSOM subject_type and object_type).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Vilket slags entitet subjektet '
                                                     'eller objektet är, till exempel '
                                                     'skos concept, owl class eller '
                                                     'rdfs literal (SSSOM:s '
                                                     'subject_type och object_type).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Entitetstyp'}},
         'domain_of': ['MappingEntity'],
         'slot_uri': 'kll:entityType'} })
    entity_category: Optional[str] = Field(default=None, title="Entity category", description="""The category of the subject or object, e.g. a Biolink class (SSSOM subject_category and object_category).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Subjektets eller objektets '
                                                     'kategori, till exempel en '
                                                     'Biolink-klass (SSSOM:s '
                                                     'subject_category och '
                                                     'object_category).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Entitetskategori'}},
         'domain_of': ['MappingEntity'],
         'slot_uri': 'kll:entityCategory'} })
    entity_source: Optional[str] = Field(default=None, title="Entity source", description="""The IRI of the vocabulary this one subject or object is taken from, where it differs from the set's source (SSSOM subject_source and object_source of a mapping).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI för den vokabulär som just '
                                                     'detta subjekt eller objekt '
                                                     'hämtats ur, om den skiljer sig '
                                                     'från mängdens källa (SSSOM:s '
                                                     'subject_source och object_source '
                                                     'för en mappning).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Entitetens källa'}},
         'domain_of': ['MappingEntity'],
         'slot_uri': 'kll:entitySource'} })
    match_fields: Optional[list[str]] = Field(default=None, title="Match fields", description="""The IRIs of the fields of the subject or object that were matched (SSSOM subject_match_field and object_match_field).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI:er för de fält i subjektet '
                                                     'eller objektet som matchades '
                                                     '(SSSOM:s subject_match_field och '
                                                     'object_match_field).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Matchade fält'}},
         'domain_of': ['MappingEntity'],
         'slot_uri': 'kll:matchFields'} })
    preprocessing: Optional[list[str]] = Field(default=None, title="Preprocessing", description="""The IRIs of the preprocessing steps applied to the subject or object before matching (SSSOM subject_preprocessing and object_preprocessing).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI:er för de förbehandlingssteg '
                                                     'som subjektet eller objektet '
                                                     'genomgick före matchningen '
                                                     '(SSSOM:s subject_preprocessing '
                                                     'och object_preprocessing).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Förbehandling'}},
         'domain_of': ['MappingEntity'],
         'slot_uri': 'kll:preprocessing'} })
    scheme: Optional[ConceptSchemeName] = Field(default=None, title="Scheme", description="""The classification or vocabulary that the code belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den klassifikation eller '
                                                     'vokabulär som koden hör till.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Schema'}},
         'domain_of': ['ConceptReference', 'ConceptScheme'],
         'slot_uri': 'skos:inScheme'} })
    code: Optional[str] = Field(default=None, title="Code", description="""The code of the concept within its scheme, exactly as the scheme writes it.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Begreppets kod i schemat, '
                                                     'skriven exakt som schemat '
                                                     'skriver den.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kod'}},
         'domain_of': ['ConceptReference', 'Concept'],
         'slot_uri': 'skos:notation'} })
    scheme_version: Optional[str] = Field(default=None, title="Scheme version", description="""The version of the scheme that the code is taken from, e.g. \"2012\", \"2020\", \"v1.2.0\", or the JobTech taxonomy version number.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Versionen av det schema som '
                                                     'koden hämtats ur, till exempel '
                                                     '"2012", "2020", "v1.2.0" eller '
                                                     'versionsnumret för '
                                                     'JobTech-taxonomin.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Schemaversion'}},
         'domain_of': ['ConceptReference', 'ConceptScheme'],
         'recommended': False,
         'slot_uri': 'owl:versionInfo'} })
    concept_iri: Optional[str] = Field(default=None, title="Concept IRI", description="""The IRI of the concept, where the scheme publishes one.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Begreppets IRI, om schemat '
                                                     'publicerar en sådan.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Begreppets IRI'}},
         'close_mappings': ['skos:exactMatch'],
         'domain_of': ['ConceptReference'],
         'slot_uri': 'kll:conceptIri'} })
    label: Optional[LocalizedText] = Field(default=None, title="Label", description="""The preferred human-readable label of a concept.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Begreppets föredragna benämning '
                                                     'för människor.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Benämning'}},
         'domain_of': ['ConceptReference', 'Concept'],
         'recommended': True,
         'slot_uri': 'skos:prefLabel'} })

    @field_validator('match_fields')
    def pattern_match_fields(cls, v):
        pattern=re.compile(r"^(https?|urn):[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid match_fields format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid match_fields format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('preprocessing')
    def pattern_preprocessing(cls, v):
        pattern=re.compile(r"^(https?|urn):[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid preprocessing format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid preprocessing format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('code')
    def pattern_code(cls, v):
        pattern=re.compile(r"^[!-~]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid code format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid code format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('scheme_version')
    def pattern_scheme_version(cls, v):
        pattern=re.compile(r"^[!-~]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid scheme_version format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid scheme_version format: {v}"
            raise ValueError(err_msg)
        return v


class PrefixDeclaration(ConfiguredBaseModel):
    """
    One entry of a mapping set's curie_map: a prefix name and the IRI it stands for, so that the CURIEs of an SSSOM file expand to IRIs and are written back exactly as they were.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En post i en uppsättning '
                                                     'mappningars curie_map: ett '
                                                     'prefixnamn och den IRI det står '
                                                     'för, så att CURIE:erna i en '
                                                     'SSSOM-fil expanderas till IRI:er '
                                                     'och skrivs tillbaka exakt som de '
                                                     'var.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Prefixdeklaration'}},
         'class_uri': 'sh:PrefixDeclaration',
         'from_schema': 'https://w3id.org/kll/model/concepts',
         'slot_usage': {'prefix_name': {'name': 'prefix_name', 'required': True},
                        'prefix_url': {'name': 'prefix_url', 'required': True}},
         'title': 'Prefix declaration'})

    prefix_name: str = Field(default=..., title="Prefix name", description="""The prefix name of a CURIE, the part before the colon.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Prefixnamnet i en CURIE, delen '
                                                     'före kolonet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Prefixnamn'}},
         'domain_of': ['PrefixDeclaration'],
         'exact_mappings': ['sssom:prefix_name'],
         'slot_uri': 'sh:prefix'} })
    prefix_url: str = Field(default=..., title="Prefix IRI", description="""The IRI that the prefix name stands for; a CURIE expands to it followed by the local part.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den IRI som prefixnamnet står '
                                                     'för; en CURIE expanderas till '
                                                     'den följd av den lokala delen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Prefixets IRI'}},
         'domain_of': ['PrefixDeclaration'],
         'exact_mappings': ['sssom:prefix_url'],
         'slot_uri': 'sh:namespace'} })

    @field_validator('prefix_name')
    def pattern_prefix_name(cls, v):
        pattern=re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid prefix_name format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid prefix_name format: {v}"
            raise ValueError(err_msg)
        return v


class ConceptAnnotation(Entity):
    """
    A statement that a span of characters in one language version of a text property of a resource (for example the Swedish description of an education) expresses a concept, and in what role: as a prerequisite, as a learning outcome or otherwise. Offsets count Unicode code points from zero; the end offset is exclusive.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett påstående om att ett '
                                                     'teckenavsnitt i en språkversion '
                                                     'av en textegenskap hos en resurs '
                                                     '(till exempel den svenska '
                                                     'beskrivningen av en utbildning) '
                                                     'uttrycker ett begrepp, och i '
                                                     'vilken roll: som '
                                                     'förkunskapskrav, som '
                                                     'läranderesultat eller på annat '
                                                     'sätt. Positionerna räknas i '
                                                     'Unicode-kodpunkter från noll; '
                                                     'slutpositionen ingår inte i '
                                                     'avsnittet.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Begreppsannotering'}},
         'class_uri': 'oa:Annotation',
         'close_mappings': ['oa:TextPositionSelector'],
         'from_schema': 'https://w3id.org/kll/model/concepts',
         'slot_usage': {'annotated_concept': {'name': 'annotated_concept',
                                              'required': True},
                        'annotated_language': {'name': 'annotated_language',
                                               'required': True},
                        'annotated_property': {'name': 'annotated_property',
                                               'required': True},
                        'annotated_resource': {'name': 'annotated_resource',
                                               'required': True},
                        'annotated_text': {'name': 'annotated_text',
                                           'recommended': True},
                        'annotation_method': {'name': 'annotation_method',
                                              'recommended': True},
                        'annotation_role': {'name': 'annotation_role',
                                            'required': True},
                        'end_offset': {'name': 'end_offset', 'required': True},
                        'start_offset': {'name': 'start_offset', 'required': True}},
         'title': 'Concept annotation'})

    annotated_resource: str = Field(default=..., title="Annotated resource", description="""The IRI of the resource whose text is annotated, e.g. an education or an education event.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI för den resurs vars text '
                                                     'annoteras, till exempel en '
                                                     'utbildning eller ett '
                                                     'utbildningstillfälle.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Annoterad resurs'}},
         'close_mappings': ['oa:hasSource'],
         'domain_of': ['ConceptAnnotation'],
         'slot_uri': 'oa:hasTarget'} })
    annotated_property: str = Field(default=..., title="Annotated property", description="""The name of the model slot that holds the annotated text in the resource, e.g. description or eligibility.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på den egenskap i '
                                                     'modellen som innehåller den '
                                                     'annoterade texten i resursen, '
                                                     'till exempel description eller '
                                                     'eligibility.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Annoterad egenskap'}},
         'domain_of': ['ConceptAnnotation'],
         'slot_uri': 'kll:annotatedProperty'} })
    annotated_language: str = Field(default=..., title="Annotated language", description="""The BCP 47 language tag of the language version of the text that the offsets refer to, e.g. sv.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'BCP 47-språkkoden för den '
                                                     'språkversion av texten som '
                                                     'positionerna avser, till exempel '
                                                     'sv.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Annoterat språk'}},
         'close_mappings': ['dcterms:language'],
         'domain_of': ['ConceptAnnotation'],
         'slot_uri': 'kll:annotatedLanguage'} })
    start_offset: int = Field(default=..., title="Start offset", description="""The position of the first character of the span, counted from 0.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Positionen för avsnittets första '
                                                     'tecken, räknat från 0.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Startposition'}},
         'domain_of': ['ConceptAnnotation'],
         'slot_uri': 'oa:start'} })
    end_offset: int = Field(default=..., title="End offset", description="""The position just after the last character of the span; it is greater than the start offset.""", ge=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Positionen direkt efter '
                                                     'avsnittets sista tecken; den är '
                                                     'större än startpositionen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Slutposition'}},
         'domain_of': ['ConceptAnnotation'],
         'slot_uri': 'oa:end'} })
    annotated_text: Optional[str] = Field(default=None, title="Annotated text", description="""A copy of the annotated span, so that the annotation can be checked against the text and re-anchored if the text changes.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En kopia av det annoterade '
                                                     'avsnittet, så att annoteringen '
                                                     'kan kontrolleras mot texten och '
                                                     'förankras på nytt om texten '
                                                     'ändras.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Annoterad text'}},
         'domain_of': ['ConceptAnnotation'],
         'recommended': True,
         'slot_uri': 'oa:exact'} })
    annotated_concept: ConceptReference = Field(default=..., title="Annotated concept", description="""The concept that the span of text expresses.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det begrepp som textavsnittet '
                                                     'uttrycker.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Annoterat begrepp'}},
         'domain_of': ['ConceptAnnotation'],
         'slot_uri': 'oa:hasBody'} })
    annotation_role: AnnotationRole = Field(default=..., title="Annotation role", description="""The role the concept plays in the annotated resource, e.g. a prerequisite for admission or a learning outcome of the education.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den roll begreppet har i den '
                                                     'annoterade resursen, till '
                                                     'exempel ett förkunskapskrav för '
                                                     'antagning eller ett '
                                                     'läranderesultat av '
                                                     'utbildningen.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Annoteringens roll'}},
         'domain_of': ['ConceptAnnotation'],
         'slot_uri': 'kll:annotationRole'} })
    confidence: Optional[float] = Field(default=None, title="Confidence", description="""The creator's confidence, from 0 to 1, that the statement is correct; when it is missing, full confidence (1) is assumed.""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Upphovets säkerhet, från 0 till '
                                                     '1, i att påståendet är korrekt; '
                                                     'om uppgiften saknas antas full '
                                                     'säkerhet (1).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Säkerhet'}},
         'domain_of': ['Mapping', 'ConceptAnnotation'],
         'slot_uri': 'sssom:confidence'} })
    annotation_method: Optional[AnnotationMethod] = Field(default=None, title="Annotation method", description="""Whether a person or a program made the annotation.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om annoteringen gjordes av en '
                                                     'person eller av ett program.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Annoteringsmetod'}},
         'domain_of': ['ConceptAnnotation'],
         'recommended': True,
         'slot_uri': 'kll:annotationMethod'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["ConceptAnnotation"] = Field(default="ConceptAnnotation", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('annotated_resource')
    def pattern_annotated_resource(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid annotated_resource format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid annotated_resource format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('annotated_property')
    def pattern_annotated_property(cls, v):
        pattern=re.compile(r"^[a-z][a-z0-9_]*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid annotated_property format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid annotated_property format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('annotated_language')
    def pattern_annotated_language(cls, v):
        pattern=re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid annotated_language format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid annotated_language format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Qualification(Entity):
    """
    The formal outcome of an assessment and validation process in which a competent body establishes that a person has achieved learning outcomes to given standards, such as a degree, a vocational diploma or a certificate from the world of work. A qualification is a specification: the award of it to a person is an Achievement. Where both the SeQF level and the EQF level are given they must be equal, since the two frameworks correspond one to one.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det formella resultatet av en '
                                                     'bedömnings- och '
                                                     'valideringsprocess där en '
                                                     'behörig instans fastställer att '
                                                     'en person har uppnått '
                                                     'läranderesultat enligt givna '
                                                     'krav, till exempel en examen, '
                                                     'ett yrkesbevis eller ett '
                                                     'certifikat från arbetslivet. En '
                                                     'kvalifikation är en '
                                                     'specifikation: när den tilldelas '
                                                     'en person blir det en merit '
                                                     '(Achievement). Om både SeQF-nivå '
                                                     'och EQF-nivå anges måste de vara '
                                                     'lika, eftersom referensramarna '
                                                     'motsvarar varandra ett till '
                                                     'ett.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kvalifikation'}},
         'class_uri': 'elm:Qualification',
         'close_mappings': ['ctdl:Credential', 'esco:Qualification'],
         'from_schema': 'https://w3id.org/kll/model/qualification',
         'related_mappings': ['ob:Achievement',
                              'elm:LearningAchievementSpecification',
                              'emil:educationInfo'],
         'slot_usage': {'awarding_body': {'name': 'awarding_body', 'recommended': True},
                        'description': {'name': 'description', 'recommended': True},
                        'eqf_level': {'name': 'eqf_level', 'recommended': True},
                        'has_learning_outcome': {'name': 'has_learning_outcome',
                                                 'recommended': True},
                        'learning_setting': {'name': 'learning_setting',
                                             'recommended': True},
                        'seqf_level': {'name': 'seqf_level', 'recommended': True},
                        'title': {'name': 'title', 'required': True}},
         'title': 'Qualification'})

    title: LocalizedText = Field(default=..., title="Title", description="""The title of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Resursens titel.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Titel'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'MicroCredential',
                       'Education',
                       'EducationEvent',
                       'Achievement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DecisionRecord',
                       'DataFlow',
                       'Agreement',
                       'JobPosting'],
         'exact_mappings': ['schema:name'],
         'slot_uri': 'dcterms:title'} })
    description: Optional[LocalizedText] = Field(default=None, title="Description", description="""A free-text account of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextbeskrivning av '
                                                     'resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beskrivning'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'EligibilityRequirement',
                       'CourseRequirement',
                       'Evidence',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DataFlow',
                       'SecrecyAssessment',
                       'JobPosting'],
         'exact_mappings': ['schema:description'],
         'recommended': True,
         'slot_uri': 'dcterms:description'} })
    homepage: Optional[str] = Field(default=None, title="Homepage", description="""A web page about the resource, for people to read.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En webbsida om resursen, avsedd '
                                                     'för människor.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Webbsida'}},
         'close_mappings': ['schema:url', 'emil:url'],
         'domain_of': ['Organisation',
                       'ContactPoint',
                       'Qualification',
                       'Education',
                       'EducationEvent',
                       'Catalog',
                       'JobPosting'],
         'slot_uri': 'foaf:homepage'} })
    seqf_level: Optional[SeqfLevel] = Field(default=None, title="SeQF level", description="""The level of the qualification in Sveriges referensram för kvalifikationer (SeQF), set by the Government for qualifications in the formal system and by a level placement decision of Myndigheten för yrkeshögskolan for others.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Kvalifikationens nivå i Sveriges '
                                                     'referensram för kvalifikationer '
                                                     '(SeQF), fastställd av regeringen '
                                                     'för kvalifikationer i det '
                                                     'formella systemet och genom '
                                                     'beslut om nivåplacering av '
                                                     'Myndigheten för yrkeshögskolan '
                                                     'för övriga.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'SeQF-nivå'}},
         'close_mappings': ['emil:educationInfo.qualificationLevel'],
         'domain_of': ['Qualification', 'LevelPlacementDecision', 'DiplomaSupplement'],
         'recommended': True,
         'slot_uri': 'elm:NQFLevel'} })
    eqf_level: Optional[EqfLevel] = Field(default=None, title="EQF level", description="""The level of the qualification in the European Qualifications Framework; for Swedish qualifications it equals the SeQF level.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Kvalifikationens nivå i den '
                                                     'europeiska referensramen för '
                                                     'kvalifikationer; för svenska '
                                                     'kvalifikationer är den lika med '
                                                     'SeQF-nivån.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'EQF-nivå'}},
         'domain_of': ['Qualification', 'DiplomaSupplement'],
         'recommended': True,
         'related_mappings': ['ctdl:audienceLevelType'],
         'slot_uri': 'elm:EQFLevel'} })
    level_placement_route: Optional[LevelPlacementRoute] = Field(default=None, title="Level placement route", description="""How the qualification got its SeQF level: set by the Government for the formal education system, or placed by Myndigheten för yrkeshögskolan after an application. When the route is myh-decision the qualification should refer to its level placement decision.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur kvalifikationen fick sin '
                                                     'SeQF-nivå: fastställd av '
                                                     'regeringen för det formella '
                                                     'utbildningssystemet, eller '
                                                     'placerad av Myndigheten för '
                                                     'yrkeshögskolan efter ansökan. '
                                                     'När vägen är myh-decision bör '
                                                     'kvalifikationen hänvisa till '
                                                     'sitt beslut om nivåplacering.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Väg till nivåplacering'}},
         'domain_of': ['Qualification'],
         'slot_uri': 'kll:levelPlacementRoute'} })
    level_placement_decision: Optional[str] = Field(default=None, title="Level placement decision", description="""The decision of Myndigheten för yrkeshögskolan that placed the qualification at its SeQF level, where there is one.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det beslut av Myndigheten för '
                                                     'yrkeshögskolan som placerade '
                                                     'kvalifikationen på dess '
                                                     'SeQF-nivå, om ett sådant finns.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Beslut om nivåplacering'}},
         'domain_of': ['Qualification'],
         'slot_uri': 'kll:levelPlacementDecision'} })
    has_learning_outcome: Optional[list[str]] = Field(default=None, title="Learning outcomes", description="""The learning outcomes that the qualification, decision, credential or education states, referenced by identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De läranderesultat som '
                                                     'kvalifikationen, beslutet, '
                                                     'meriten eller utbildningen '
                                                     'anger, refererade med '
                                                     'identifierare.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Läranderesultat'}},
         'domain_of': ['Qualification',
                       'LevelPlacementDecision',
                       'MicroCredential',
                       'Education'],
         'recommended': True,
         'related_mappings': ['ob:resultDescription'],
         'slot_uri': 'elm:learningOutcome'} })
    learning_outcome_summary: Optional[LocalizedText] = Field(default=None, title="Learning outcome summary", description="""A free-text summary of all the learning outcomes of the qualification.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En sammanfattning i fritext av '
                                                     'kvalifikationens samtliga '
                                                     'läranderesultat.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Sammanfattning av läranderesultat'}},
         'domain_of': ['Qualification', 'DiplomaSupplement'],
         'slot_uri': 'elm:learningOutcomeSummary'} })
    related_occupations: Optional[list[ConceptReference]] = Field(default=None, title="Related occupations", description="""The occupations that the qualification or learning outcome prepares for, as concept references: SSYK 2012 unit groups (SCB's or Arbetsförmedlingen's variant), JobTech occupation names or ESCO occupations. Guidance services follow this link from an education to the labour market.""", json_schema_extra = { "linkml_meta": {'annotations': {'accepted_jobtech_types': {'tag': 'accepted_jobtech_types',
                                                    'value': 'occupation-name '
                                                             'ssyk-level-4'},
                         'accepted_schemes': {'tag': 'accepted_schemes',
                                              'value': 'ssyk-2012 af-ssyk-2012 '
                                                       'jobtech-taxonomy '
                                                       'esco-occupation local'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'De yrken som kvalifikationen '
                                                     'eller läranderesultatet '
                                                     'förbereder för, som '
                                                     'begreppsreferenser: yrkesgrupper '
                                                     'i SSYK 2012 (SCB:s eller '
                                                     'Arbetsförmedlingens variant), '
                                                     'yrkesbenämningar i '
                                                     'JobTech-taxonomin eller yrken i '
                                                     'ESCO. Vägledningstjänster följer '
                                                     'den här länken från en '
                                                     'utbildning till '
                                                     'arbetsmarknaden.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Relaterade yrken'}},
         'close_mappings': ['schema:occupationalCategory', 'ctdl:occupationType'],
         'domain_of': ['Qualification', 'LearningOutcome'],
         'related_mappings': ['esco:Occupation'],
         'slot_uri': 'kll:relatedOccupation'} })
    related_skills: Optional[list[ConceptReference]] = Field(default=None, title="Related skills", description="""Skills that the learning outcome or qualification corresponds to, such as concepts of type skill in the JobTech Taxonomy or ESCO skills (scheme esco-skill).""", json_schema_extra = { "linkml_meta": {'annotations': {'accepted_jobtech_types': {'tag': 'accepted_jobtech_types',
                                                    'value': 'skill'},
                         'accepted_schemes': {'tag': 'accepted_schemes',
                                              'value': 'jobtech-taxonomy esco-skill '
                                                       'local'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Färdigheter som '
                                                     'läranderesultatet eller '
                                                     'kvalifikationen motsvarar, till '
                                                     'exempel begrepp av typen skill i '
                                                     'JobTech-taxonomin eller '
                                                     'färdigheter i ESCO (schemat '
                                                     'esco-skill).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Relaterade färdigheter'}},
         'domain_of': ['Qualification', 'LearningOutcome'],
         'slot_uri': 'elm:relatedSkill'} })
    qualification_parts: Optional[list[str]] = Field(default=None, title="Qualification parts", description="""Smaller qualifications that are part of this one, such as modules or partial qualifications; each part is itself a qualification referenced by identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Mindre kvalifikationer som ingår '
                                                     'i denna, till exempel moduler '
                                                     'eller delkvalifikationer; varje '
                                                     'del är själv en kvalifikation '
                                                     'som refereras med '
                                                     'identifierare.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Delkvalifikationer'}},
         'close_mappings': ['dcterms:hasPart'],
         'domain_of': ['Qualification'],
         'related_mappings': ['ctdl:hasPart'],
         'slot_uri': 'elm:hasPart'} })
    is_partial_qualification: Optional[bool] = Field(default=None, title="Partial qualification", description="""Whether the qualification is part of a larger qualification rather than a full one.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om kvalifikationen är en del av '
                                                     'en större kvalifikation snarare '
                                                     'än en hel.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Delkvalifikation'}},
         'domain_of': ['Qualification'],
         'slot_uri': 'elm:isPartialQualification'} })
    awarding_body: Optional[list[str]] = Field(default=None, title="Awarding bodies", description="""The organisations that award the qualification or credential; more than one only when several bodies award it jointly.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De organisationer som utfärdar '
                                                     'kvalifikationen eller meriten; '
                                                     'fler än en bara när flera '
                                                     'utfärdar den gemensamt.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Utfärdande organisationer'}},
         'domain_of': ['Qualification', 'MicroCredential'],
         'recommended': True,
         'related_mappings': ['ctdl:ownedBy', 'emil:educationEvent.examiningBodies'],
         'slot_uri': 'elm:awardingBody'} })
    credit_points: Optional[CreditPoints] = Field(default=None, title="Credit points", description="""The credit points assigned to the qualification or achievement in a named credit system.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De poäng som kvalifikationen '
                                                     'eller meriten har i ett angivet '
                                                     'poängsystem.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Poäng för kvalifikation eller merit'}},
         'close_mappings': ['emil:educationInfo.credits', 'ctdl:creditValue'],
         'domain_of': ['Qualification',
                       'Achievement',
                       'DiplomaSupplement',
                       'ValidationOfPriorLearning',
                       'StudyResult'],
         'slot_uri': 'elm:creditPoint'} })
    volume_of_learning: Optional[str] = Field(default=None, title="Volume of learning", description="""The estimated number of hours a learner is expected to spend on the learning, including teaching, practicals and self-study, written as an ISO 8601 duration in whole hours, e.g. PT120H.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det beräknade antal timmar som '
                                                     'en person förväntas lägga på '
                                                     'lärandet, inklusive '
                                                     'undervisning, praktiska moment '
                                                     'och självstudier, skrivet som en '
                                                     'varaktighet enligt ISO 8601 i '
                                                     'hela timmar, till exempel '
                                                     'PT120H.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Beräknad studietid'}},
         'domain_of': ['Qualification'],
         'slot_uri': 'elm:volumeOfLearning'} })
    fields_of_education: Optional[list[ConceptReference]] = Field(default=None, title="Fields of education", description="""The fields of education of the qualification as concepts in a named scheme, preferably SUN 2020 fields (inriktning) and, for European exchange, ISCED-F 2013.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Kvalifikationens '
                                                     'utbildningsinriktningar som '
                                                     'begrepp i ett angivet schema, '
                                                     'helst SUN 2020 (inriktning) och, '
                                                     'för europeiskt utbyte, ISCED-F '
                                                     '2013.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Utbildningsinriktningar'}},
         'close_mappings': ['elm:ISCEDFCode', 'emil:educationInfo.subjects'],
         'domain_of': ['Qualification', 'DiplomaSupplement'],
         'slot_uri': 'elm:educationSubject'} })
    learning_setting: Optional[LearningSetting] = Field(default=None, title="Learning setting", description="""Whether the qualification belongs to the formal education system or is non-formal.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om kvalifikationen hör till det '
                                                     'formella utbildningssystemet '
                                                     'eller är icke-formell.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Lärandemiljö'}},
         'domain_of': ['Qualification'],
         'recommended': True,
         'slot_uri': 'elm:learningSetting'} })
    entry_requirements: Optional[LocalizedText] = Field(default=None, title="Entry requirements", description="""The prerequisites a person must meet to start the learning that leads to the qualification or credential.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De förutsättningar som en person '
                                                     'måste uppfylla för att påbörja '
                                                     'det lärande som leder till '
                                                     'kvalifikationen eller meriten.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Förkunskapskrav'}},
         'close_mappings': ['emil:educationInfo.eligibility'],
         'domain_of': ['Qualification', 'MicroCredential', 'DiplomaSupplement'],
         'related_mappings': ['ctdl:requires'],
         'slot_uri': 'elm:entryRequirement'} })
    last_modified: Optional[datetime ] = Field(default=None, title="Last modified", description="""The date and time the record was last changed.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datum och tid då posten senast '
                                                     'ändrades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Senast ändrad'}},
         'close_mappings': ['emil:lastEdited'],
         'domain_of': ['Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'DataRequest',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'JobPosting',
                       'OccupationOutlook',
                       'SkillsDemand'],
         'slot_uri': 'dcterms:modified'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["Qualification"] = Field(default="Qualification", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('homepage')
    def pattern_homepage(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid homepage format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid homepage format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('volume_of_learning')
    def pattern_volume_of_learning(cls, v):
        pattern=re.compile(r"^PT[0-9]+H$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid volume_of_learning format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid volume_of_learning format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class LearningOutcome(Entity):
    """
    A statement of what a learner knows, understands and is able to do on completion of a learning process, in one of the three categories of the qualifications frameworks: knowledge, skills, or responsibility and autonomy. A learning outcome can be reused by several qualifications and linked to skills in ESCO and the JobTech Taxonomy.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En beskrivning av vad en person '
                                                     'vet, förstår och kan göra efter '
                                                     'avslutat lärande, i någon av '
                                                     'referensramarnas tre kategorier: '
                                                     'kunskaper, färdigheter eller '
                                                     'ansvar och självständighet. Ett '
                                                     'läranderesultat kan återanvändas '
                                                     'av flera kvalifikationer och '
                                                     'kopplas till färdigheter i ESCO '
                                                     'och JobTech-taxonomin.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Läranderesultat'}},
         'class_uri': 'elm:LearningOutcome',
         'close_mappings': ['ob:ResultDescription'],
         'from_schema': 'https://w3id.org/kll/model/qualification',
         'slot_usage': {'learning_outcome_category': {'name': 'learning_outcome_category',
                                                      'recommended': True}},
         'title': 'Learning outcome'})

    outcome_statement: LocalizedText = Field(default=..., title="Outcome statement", description="""The learning outcome as a statement of what the learner knows, understands or can do, e.g. \"Den studerande kan granska en webbplats mot WCAG 2.1 nivå AA\".""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Läranderesultatet formulerat som '
                                                     'vad personen vet, förstår eller '
                                                     'kan göra, till exempel "Den '
                                                     'studerande kan granska en '
                                                     'webbplats mot WCAG 2.1 nivå '
                                                     'AA".'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Formulering'}},
         'close_mappings': ['dcterms:title'],
         'domain_of': ['LearningOutcome'],
         'slot_uri': 'kll:outcomeStatement'} })
    learning_outcome_category: Optional[LearningOutcomeCategory] = Field(default=None, title="Learning outcome category", description="""Which of the three categories of the qualifications frameworks the learning outcome belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Vilken av referensramarnas tre '
                                                     'kategorier läranderesultatet hör '
                                                     'till.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Kategori av läranderesultat'}},
         'close_mappings': ['dcterms:type'],
         'domain_of': ['LearningOutcome'],
         'recommended': True,
         'slot_uri': 'kll:learningOutcomeCategory'} })
    related_esco_skills: Optional[list[ConceptReference]] = Field(default=None, title="Related ESCO skills", description="""ESCO skills or knowledge concepts that the learning outcome corresponds to; the scheme of each reference is esco-skill (the deprecated esco is still accepted, with a warning).""", json_schema_extra = { "linkml_meta": {'annotations': {'accepted_schemes': {'tag': 'accepted_schemes',
                                              'value': 'esco-skill esco'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Färdigheter eller '
                                                     'kunskapsbegrepp i ESCO som '
                                                     'läranderesultatet motsvarar; '
                                                     'schemat för varje referens är '
                                                     'esco-skill (det utfasade esco '
                                                     'godtas fortfarande, med en '
                                                     'varning).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Relaterade ESCO-färdigheter'}},
         'domain_of': ['LearningOutcome'],
         'slot_uri': 'elm:relatedESCOSkill'} })
    related_skills: Optional[list[ConceptReference]] = Field(default=None, title="Related skills", description="""Skills that the learning outcome or qualification corresponds to, such as concepts of type skill in the JobTech Taxonomy or ESCO skills (scheme esco-skill).""", json_schema_extra = { "linkml_meta": {'annotations': {'accepted_jobtech_types': {'tag': 'accepted_jobtech_types',
                                                    'value': 'skill'},
                         'accepted_schemes': {'tag': 'accepted_schemes',
                                              'value': 'jobtech-taxonomy esco-skill '
                                                       'local'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Färdigheter som '
                                                     'läranderesultatet eller '
                                                     'kvalifikationen motsvarar, till '
                                                     'exempel begrepp av typen skill i '
                                                     'JobTech-taxonomin eller '
                                                     'färdigheter i ESCO (schemat '
                                                     'esco-skill).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Relaterade färdigheter'}},
         'domain_of': ['Qualification', 'LearningOutcome'],
         'slot_uri': 'elm:relatedSkill'} })
    related_occupations: Optional[list[ConceptReference]] = Field(default=None, title="Related occupations", description="""The occupations that the qualification or learning outcome prepares for, as concept references: SSYK 2012 unit groups (SCB's or Arbetsförmedlingen's variant), JobTech occupation names or ESCO occupations. Guidance services follow this link from an education to the labour market.""", json_schema_extra = { "linkml_meta": {'annotations': {'accepted_jobtech_types': {'tag': 'accepted_jobtech_types',
                                                    'value': 'occupation-name '
                                                             'ssyk-level-4'},
                         'accepted_schemes': {'tag': 'accepted_schemes',
                                              'value': 'ssyk-2012 af-ssyk-2012 '
                                                       'jobtech-taxonomy '
                                                       'esco-occupation local'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'De yrken som kvalifikationen '
                                                     'eller läranderesultatet '
                                                     'förbereder för, som '
                                                     'begreppsreferenser: yrkesgrupper '
                                                     'i SSYK 2012 (SCB:s eller '
                                                     'Arbetsförmedlingens variant), '
                                                     'yrkesbenämningar i '
                                                     'JobTech-taxonomin eller yrken i '
                                                     'ESCO. Vägledningstjänster följer '
                                                     'den här länken från en '
                                                     'utbildning till '
                                                     'arbetsmarknaden.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Relaterade yrken'}},
         'close_mappings': ['schema:occupationalCategory', 'ctdl:occupationType'],
         'domain_of': ['Qualification', 'LearningOutcome'],
         'related_mappings': ['esco:Occupation'],
         'slot_uri': 'kll:relatedOccupation'} })
    reusability_level: Optional[ReusabilityLevel] = Field(default=None, title="Reusability level", description="""How widely the knowledge or skill of the learning outcome can be used, from transversal to occupation-specific, as in ESCO.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur brett kunskapen eller '
                                                     'färdigheten i läranderesultatet '
                                                     'kan användas, från övergripande '
                                                     'till yrkesspecifik, som i ESCO.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Överförbarhet'}},
         'domain_of': ['LearningOutcome'],
         'slot_uri': 'elm:reusabilityLevel'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["LearningOutcome"] = Field(default="LearningOutcome", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class LevelPlacementDecision(Entity):
    """
    A decision by Myndigheten för yrkeshögskolan, under förordning (2015:545) om referensram för kvalifikationer för livslångt lärande, that places a qualification from outside the formal education system at a level of the SeQF. The decision states the level, the justification, the period of validity and the learning outcomes of the qualification in all three categories. The qualification it concerns must carry the same SeQF level, and the learning outcomes must include at least one of each category.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett beslut av Myndigheten för '
                                                     'yrkeshögskolan, enligt '
                                                     'förordningen (2015:545) om '
                                                     'referensram för kvalifikationer '
                                                     'för livslångt lärande, som '
                                                     'placerar en kvalifikation '
                                                     'utanför det formella '
                                                     'utbildningssystemet på en nivå i '
                                                     'SeQF. Beslutet anger nivån, '
                                                     'motiveringen, giltighetstiden '
                                                     'och kvalifikationens '
                                                     'läranderesultat i alla tre '
                                                     'kategorierna. Den kvalifikation '
                                                     'som beslutet gäller ska ha samma '
                                                     'SeQF-nivå, och läranderesultaten '
                                                     'ska omfatta minst ett resultat i '
                                                     'varje kategori.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Beslut om nivåplacering'}},
         'class_uri': 'kll:LevelPlacementDecision',
         'from_schema': 'https://w3id.org/kll/model/qualification',
         'related_mappings': ['elm:Accreditation'],
         'slot_usage': {'applicant': {'name': 'applicant', 'recommended': True},
                        'case_number': {'name': 'case_number', 'recommended': True},
                        'deciding_body': {'name': 'deciding_body', 'required': True},
                        'decision_date': {'name': 'decision_date', 'required': True},
                        'decision_justification': {'name': 'decision_justification',
                                                   'required': True},
                        'has_learning_outcome': {'description': 'The learning outcomes '
                                                                'of the qualification '
                                                                'as stated in the '
                                                                'decision, with at '
                                                                'least one in each of '
                                                                'the three categories.',
                                                 'minimum_cardinality': 3,
                                                 'name': 'has_learning_outcome',
                                                 'required': True},
                        'qualification': {'description': 'The qualification that the '
                                                         'decision places in the '
                                                         'framework.',
                                          'name': 'qualification',
                                          'required': True},
                        'seqf_level': {'description': 'The SeQF level at which the '
                                                      'decision places the '
                                                      'qualification.',
                                       'name': 'seqf_level',
                                       'required': True},
                        'valid_from': {'description': 'The first day on which the '
                                                      'level placement applies, '
                                                      'usually the decision date.',
                                       'name': 'valid_from',
                                       'required': True},
                        'valid_until': {'description': 'The last day on which the '
                                                       'level placement applies. The '
                                                       '2015 text of the ordinance '
                                                       'made a decision valid for ten '
                                                       'years; the period that applies '
                                                       'is the one stated in the '
                                                       'decision.',
                                        'name': 'valid_until',
                                        'recommended': True}},
         'title': 'Level placement decision'})

    qualification: str = Field(default=..., title="Qualification", description="""The qualification that the decision places in the framework.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den kvalifikation som posten '
                                                     'gäller, refererad med '
                                                     'identifierare.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kvalifikation'}},
         'close_mappings': ['elm:specifiedBy', 'elm:limitQualification'],
         'domain_of': ['LevelPlacementDecision',
                       'MicroCredential',
                       'Achievement',
                       'DiplomaSupplement'],
         'related_mappings': ['ob:achievement'],
         'slot_uri': 'kll:qualification'} })
    seqf_level: SeqfLevel = Field(default=..., title="SeQF level", description="""The SeQF level at which the decision places the qualification.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Kvalifikationens nivå i Sveriges '
                                                     'referensram för kvalifikationer '
                                                     '(SeQF), fastställd av regeringen '
                                                     'för kvalifikationer i det '
                                                     'formella systemet och genom '
                                                     'beslut om nivåplacering av '
                                                     'Myndigheten för yrkeshögskolan '
                                                     'för övriga.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'SeQF-nivå'}},
         'close_mappings': ['emil:educationInfo.qualificationLevel'],
         'domain_of': ['Qualification', 'LevelPlacementDecision', 'DiplomaSupplement'],
         'slot_uri': 'elm:NQFLevel'} })
    decision_date: date = Field(default=..., title="Decision date", description="""The date on which the decision was taken.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då beslutet fattades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beslutsdatum'}},
         'close_mappings': ['dcterms:dateAccepted'],
         'domain_of': ['LevelPlacementDecision'],
         'slot_uri': 'kll:decisionDate'} })
    decision_justification: LocalizedText = Field(default=..., title="Justification", description="""The reasons for the decision: how the learning outcomes of the qualification compare with the level descriptors of the framework.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Skälen för beslutet: hur '
                                                     'kvalifikationens läranderesultat '
                                                     'förhåller sig till '
                                                     'referensramens '
                                                     'nivåbeskrivningar.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Motivering'}},
         'domain_of': ['LevelPlacementDecision'],
         'related_mappings': ['elm:decision'],
         'slot_uri': 'kll:decisionJustification'} })
    valid_from: date = Field(default=..., title="Valid from", description="""The first day on which the level placement applies, usually the decision date.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den första dag då resursen är '
                                                     'giltig.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Giltig från'}},
         'close_mappings': ['cred:validFrom'],
         'domain_of': ['LevelPlacementDecision', 'Consent'],
         'slot_uri': 'schema:validFrom'} })
    valid_until: Optional[date] = Field(default=None, title="Valid until", description="""The last day on which the level placement applies. The 2015 text of the ordinance made a decision valid for ten years; the period that applies is the one stated in the decision.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den sista dag då resursen är '
                                                     'giltig.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Giltig till och med'}},
         'close_mappings': ['cred:validUntil', 'elm:expiryDate'],
         'domain_of': ['LevelPlacementDecision', 'Consent'],
         'recommended': True,
         'slot_uri': 'schema:validThrough'} })
    deciding_body: str = Field(default=..., title="Deciding body", description="""The authority that took the decision; for level placement, Myndigheten för yrkeshögskolan.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den myndighet som fattade '
                                                     'beslutet; för nivåplacering '
                                                     'Myndigheten för yrkeshögskolan.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Beslutande myndighet'}},
         'close_mappings': ['elm:accreditingAgent'],
         'domain_of': ['LevelPlacementDecision'],
         'related_mappings': ['dcterms:creator'],
         'slot_uri': 'kll:decidingBody'} })
    applicant: Optional[str] = Field(default=None, title="Applicant", description="""The organisation that applied for the decision, typically the body that owns and awards the qualification.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som ansökte om '
                                                     'beslutet, oftast den som äger '
                                                     'och utfärdar kvalifikationen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Sökande'}},
         'domain_of': ['LevelPlacementDecision'],
         'recommended': True,
         'slot_uri': 'kll:applicant'} })
    case_number: Optional[str] = Field(default=None, title="Case number", description="""The registration number (diarienummer) of the case at the deciding authority.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ärendets diarienummer hos den '
                                                     'beslutande myndigheten.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Diarienummer'}},
         'close_mappings': ['dcterms:identifier'],
         'domain_of': ['LevelPlacementDecision'],
         'recommended': True,
         'slot_uri': 'kll:caseNumber'} })
    has_learning_outcome: list[str] = Field(default=..., title="Learning outcomes", description="""The learning outcomes of the qualification as stated in the decision, with at least one in each of the three categories.""", min_length=3, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De läranderesultat som '
                                                     'kvalifikationen, beslutet, '
                                                     'meriten eller utbildningen '
                                                     'anger, refererade med '
                                                     'identifierare.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Läranderesultat'}},
         'domain_of': ['Qualification',
                       'LevelPlacementDecision',
                       'MicroCredential',
                       'Education'],
         'related_mappings': ['ob:resultDescription'],
         'slot_uri': 'elm:learningOutcome'} })
    decision_document: Optional[str] = Field(default=None, title="Decision document", description="""A web address where the full decision can be read.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En webbadress där hela beslutet '
                                                     'kan läsas.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beslutsdokument'}},
         'close_mappings': ['elm:supplementaryDocument'],
         'domain_of': ['LevelPlacementDecision'],
         'slot_uri': 'kll:decisionDocument'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["LevelPlacementDecision"] = Field(default="LevelPlacementDecision", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('case_number')
    def pattern_case_number(cls, v):
        pattern=re.compile(r"^\S(.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid case_number format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid case_number format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('decision_document')
    def pattern_decision_document(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid decision_document format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid decision_document format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class MicroCredential(Entity):
    """
    An issued micro-credential: the record of the learning outcomes that one learner has acquired after a short, transparently assessed learning experience, carrying the 11 mandatory and 5 optional elements of Council Recommendation 2022/C 243/02, Annex I. Each element slot is annotated with eu_mc_element. The level element applies \"if applicable\": it is mandatory here and takes the value not-applicable when no framework level applies.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En utfärdad mikromerit: beviset '
                                                     'på de läranderesultat som en '
                                                     'person har uppnått efter en kort '
                                                     'lärandeperiod med transparent '
                                                     'bedömning, med de 11 '
                                                     'obligatoriska och 5 frivilliga '
                                                     'uppgifterna i rådets '
                                                     'rekommendation 2022/C 243/02, '
                                                     'bilaga I. Varje sådant fält är '
                                                     'märkt med eu_mc_element. '
                                                     'Uppgiften om nivå gäller "i '
                                                     'förekommande fall": den är '
                                                     'obligatorisk här och får värdet '
                                                     'not-applicable när ingen nivå i '
                                                     'en referensram är tillämplig.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Mikromerit'}},
         'class_uri': 'kll:MicroCredential',
         'close_mappings': ['elm:EuropeanDigitalCredential', 'elm:LearningAchievement'],
         'from_schema': 'https://w3id.org/kll/model/qualification',
         'related_mappings': ['ob:AchievementCredential', 'ctdl:Credential'],
         'slot_usage': {'assessment_types': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                                'value': 'De '
                                                                                         'sätt '
                                                                                         'på '
                                                                                         'vilka '
                                                                                         'läranderesultaten '
                                                                                         'bedömdes.'},
                                                             'eu_mc_element': {'tag': 'eu_mc_element',
                                                                               'value': 'assessment-type'},
                                                             'title_sv': {'tag': 'title_sv',
                                                                          'value': 'Typer '
                                                                                   'av '
                                                                                   'bedömning'}},
                                             'minimum_cardinality': 1,
                                             'name': 'assessment_types',
                                             'required': True},
                        'awarding_body': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                             'value': 'De '
                                                                                      'organisationer '
                                                                                      'som '
                                                                                      'utfärdar '
                                                                                      'kvalifikationen '
                                                                                      'eller '
                                                                                      'meriten; '
                                                                                      'fler '
                                                                                      'än '
                                                                                      'en '
                                                                                      'bara '
                                                                                      'när '
                                                                                      'flera '
                                                                                      'utfärdar '
                                                                                      'den '
                                                                                      'gemensamt.'},
                                                          'eu_mc_element': {'tag': 'eu_mc_element',
                                                                            'value': 'awarding-body'},
                                                          'title_sv': {'tag': 'title_sv',
                                                                       'value': 'Utfärdande '
                                                                                'organisationer'}},
                                          'minimum_cardinality': 1,
                                          'name': 'awarding_body',
                                          'required': True},
                        'credential_levels': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                                 'value': 'Lärandets '
                                                                                          'nivåer '
                                                                                          'i '
                                                                                          'den '
                                                                                          'europeiska '
                                                                                          'referensramen '
                                                                                          'för '
                                                                                          'kvalifikationer '
                                                                                          'och '
                                                                                          'i '
                                                                                          'referensramen '
                                                                                          'för '
                                                                                          'det '
                                                                                          'europeiska '
                                                                                          'området '
                                                                                          'för '
                                                                                          'högre '
                                                                                          'utbildning, '
                                                                                          'eller '
                                                                                          'not-applicable. '
                                                                                          'Värdet '
                                                                                          'not- '
                                                                                          'applicable '
                                                                                          'kan '
                                                                                          'inte '
                                                                                          'kombineras '
                                                                                          'med '
                                                                                          'något '
                                                                                          'annat '
                                                                                          'värde.'},
                                                              'eu_mc_element': {'tag': 'eu_mc_element',
                                                                                'value': 'level'},
                                                              'title_sv': {'tag': 'title_sv',
                                                                           'value': 'Nivåer'}},
                                              'minimum_cardinality': 1,
                                              'name': 'credential_levels',
                                              'required': True},
                        'entry_requirements': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                                  'value': 'De '
                                                                                           'förutsättningar '
                                                                                           'som '
                                                                                           'en '
                                                                                           'person '
                                                                                           'måste '
                                                                                           'uppfylla '
                                                                                           'för '
                                                                                           'att '
                                                                                           'påbörja '
                                                                                           'det '
                                                                                           'lärande '
                                                                                           'som '
                                                                                           'leder '
                                                                                           'till '
                                                                                           'kvalifikationen '
                                                                                           'eller '
                                                                                           'meriten.'},
                                                               'eu_mc_element': {'tag': 'eu_mc_element',
                                                                                 'value': 'prerequisites'},
                                                               'title_sv': {'tag': 'title_sv',
                                                                            'value': 'Förkunskapskrav'}},
                                               'name': 'entry_requirements'},
                        'further_information': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                                   'value': 'Övrig '
                                                                                            'information '
                                                                                            'om '
                                                                                            'meriten '
                                                                                            'eller '
                                                                                            'dokumentet '
                                                                                            'som '
                                                                                            'är '
                                                                                            'användbar '
                                                                                            'för '
                                                                                            'en '
                                                                                            'läsare.'},
                                                                'eu_mc_element': {'tag': 'eu_mc_element',
                                                                                  'value': 'further-information'},
                                                                'title_sv': {'tag': 'title_sv',
                                                                             'value': 'Ytterligare '
                                                                                      'information'}},
                                                'name': 'further_information'},
                        'grade': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                     'value': 'Det '
                                                                              'betyg '
                                                                              'eller '
                                                                              'resultat '
                                                                              'som '
                                                                              'uppnåddes, '
                                                                              'skrivet '
                                                                              'som '
                                                                              'betygsskalan '
                                                                              'skriver '
                                                                              'det, '
                                                                              'till '
                                                                              'exempel '
                                                                              'VG '
                                                                              'eller '
                                                                              'B.'},
                                                  'eu_mc_element': {'tag': 'eu_mc_element',
                                                                    'value': 'grade'},
                                                  'title_sv': {'tag': 'title_sv',
                                                               'value': 'Betyg'}},
                                  'name': 'grade'},
                        'has_learning_outcome': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                                    'value': 'De '
                                                                                             'läranderesultat '
                                                                                             'som '
                                                                                             'kvalifikationen, '
                                                                                             'beslutet, '
                                                                                             'meriten '
                                                                                             'eller '
                                                                                             'utbildningen '
                                                                                             'anger, '
                                                                                             'refererade '
                                                                                             'med '
                                                                                             'identifierare.'},
                                                                 'eu_mc_element': {'tag': 'eu_mc_element',
                                                                                   'value': 'learning-outcomes'},
                                                                 'title_sv': {'tag': 'title_sv',
                                                                              'value': 'Läranderesultat'}},
                                                 'minimum_cardinality': 1,
                                                 'name': 'has_learning_outcome',
                                                 'required': True},
                        'issued': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                      'value': 'Det '
                                                                               'datum '
                                                                               'då '
                                                                               'mikromeriten '
                                                                               'utfärdades '
                                                                               'till '
                                                                               'individen.'},
                                                   'eu_mc_element': {'tag': 'eu_mc_element',
                                                                     'value': 'date-of-issuing'},
                                                   'title_sv': {'tag': 'title_sv',
                                                                'value': 'Utfärdandedatum'}},
                                   'description': 'The date on which the '
                                                  'micro-credential was issued to the '
                                                  'learner.',
                                   'name': 'issued',
                                   'required': True},
                        'issuer_country': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                              'value': 'Koden '
                                                                                       'enligt '
                                                                                       'ISO '
                                                                                       '3166-1 '
                                                                                       'alfa-2 '
                                                                                       'för '
                                                                                       'det '
                                                                                       'land '
                                                                                       'där '
                                                                                       'den '
                                                                                       'utfärdande '
                                                                                       'organisationen '
                                                                                       'är '
                                                                                       'etablerad, '
                                                                                       'till '
                                                                                       'exempel '
                                                                                       'SE.'},
                                                           'eu_mc_element': {'tag': 'eu_mc_element',
                                                                             'value': 'issuer-country'},
                                                           'title_sv': {'tag': 'title_sv',
                                                                        'value': 'Utfärdarens '
                                                                                 'land'}},
                                           'name': 'issuer_country',
                                           'required': True},
                        'learner': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                       'value': 'Den '
                                                                                'person '
                                                                                'som '
                                                                                'innehar '
                                                                                'meriten, '
                                                                                'intyget '
                                                                                'eller '
                                                                                'dokumentet, '
                                                                                'refererad '
                                                                                'med '
                                                                                'identifierare. '
                                                                                'Personuppgift.'},
                                                    'eu_mc_element': {'tag': 'eu_mc_element',
                                                                      'value': 'learner-identification'},
                                                    'title_sv': {'tag': 'title_sv',
                                                                 'value': 'Innehavare'}},
                                    'name': 'learner',
                                    'required': True},
                        'notional_workload': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                                 'value': 'Den '
                                                                                          'beräknade '
                                                                                          'arbetsbelastning '
                                                                                          'som '
                                                                                          'krävs '
                                                                                          'för '
                                                                                          'att '
                                                                                          'uppnå '
                                                                                          'läranderesultaten, '
                                                                                          'i '
                                                                                          'ECTS-poäng '
                                                                                          'där '
                                                                                          'det '
                                                                                          'är '
                                                                                          'möjligt, '
                                                                                          'annars '
                                                                                          'i '
                                                                                          'ett '
                                                                                          'annat '
                                                                                          'poängsystem '
                                                                                          'eller '
                                                                                          'i '
                                                                                          'beräknade '
                                                                                          'studietimmar.'},
                                                              'eu_mc_element': {'tag': 'eu_mc_element',
                                                                                'value': 'notional-workload'},
                                                              'title_sv': {'tag': 'title_sv',
                                                                           'value': 'Beräknad '
                                                                                    'arbetsbelastning'}},
                                              'name': 'notional_workload',
                                              'required': True},
                        'participation_form': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                                  'value': 'Hur '
                                                                                           'personen '
                                                                                           'deltog '
                                                                                           'i '
                                                                                           'lärandet, '
                                                                                           'på '
                                                                                           'distans, '
                                                                                           'på '
                                                                                           'plats '
                                                                                           'eller '
                                                                                           'i '
                                                                                           'en '
                                                                                           'kombination.'},
                                                               'eu_mc_element': {'tag': 'eu_mc_element',
                                                                                 'value': 'participation-form'},
                                                               'title_sv': {'tag': 'title_sv',
                                                                            'value': 'Deltagarform'}},
                                               'name': 'participation_form',
                                               'required': True},
                        'qualification': {'description': 'The specification of the '
                                                         'learning that the '
                                                         'micro-credential certifies, '
                                                         'where it is recorded as a '
                                                         'qualification; not the '
                                                         'qualification it stacks '
                                                         'towards.',
                                          'name': 'qualification'},
                        'quality_assurance': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                                 'value': 'Den '
                                                                                          'kvalitetssäkring '
                                                                                          'som '
                                                                                          'meriten '
                                                                                          'vilar '
                                                                                          'på, '
                                                                                          'till '
                                                                                          'exempel '
                                                                                          'anordnarens '
                                                                                          'interna '
                                                                                          'kvalitetssystem '
                                                                                          'och '
                                                                                          'den '
                                                                                          'externa '
                                                                                          'granskningen '
                                                                                          'av '
                                                                                          'en '
                                                                                          'namngiven '
                                                                                          'myndighet.'},
                                                              'eu_mc_element': {'tag': 'eu_mc_element',
                                                                                'value': 'quality-assurance'},
                                                              'title_sv': {'tag': 'title_sv',
                                                                           'value': 'Typ '
                                                                                    'av '
                                                                                    'kvalitetssäkring'}},
                                              'name': 'quality_assurance',
                                              'required': True},
                        'stackability': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                            'value': 'Om '
                                                                                     'meriten '
                                                                                     'är '
                                                                                     'fristående '
                                                                                     'eller '
                                                                                     'kan '
                                                                                     'integreras '
                                                                                     'i '
                                                                                     'eller '
                                                                                     'byggas '
                                                                                     'på '
                                                                                     'mot '
                                                                                     'en '
                                                                                     'annan '
                                                                                     'merit; '
                                                                                     'målet '
                                                                                     'anges '
                                                                                     'i '
                                                                                     'stackable_towards.'},
                                                         'eu_mc_element': {'tag': 'eu_mc_element',
                                                                           'value': 'stackability'},
                                                         'title_sv': {'tag': 'title_sv',
                                                                      'value': 'Integrering '
                                                                               'och '
                                                                               'stapelbarhet'}},
                                         'name': 'stackability'},
                        'supervision_verification': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                                        'value': 'Om '
                                                                                                 'bedömningen '
                                                                                                 'var '
                                                                                                 'övervakad '
                                                                                                 'och '
                                                                                                 'om '
                                                                                                 'personens '
                                                                                                 'identitet '
                                                                                                 'kontrollerades.'},
                                                                     'eu_mc_element': {'tag': 'eu_mc_element',
                                                                                       'value': 'supervision-identity-verification'},
                                                                     'title_sv': {'tag': 'title_sv',
                                                                                  'value': 'Övervakning '
                                                                                           'och '
                                                                                           'identitetskontroll'}},
                                                     'name': 'supervision_verification'},
                        'title': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                     'value': 'Resursens '
                                                                              'titel.'},
                                                  'eu_mc_element': {'tag': 'eu_mc_element',
                                                                    'value': 'title'},
                                                  'title_sv': {'tag': 'title_sv',
                                                               'value': 'Titel'}},
                                  'name': 'title',
                                  'required': True}},
         'title': 'Micro-credential'})

    learner: str = Field(default=..., title="Learner", description="""The person who holds the credential, achievement or document, referenced by identifier. Personal data.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den person som innehar meriten, '
                                                     'intyget eller dokumentet, '
                                                     'refererad med identifierare. '
                                                     'Personuppgift.'},
                         'eu_mc_element': {'tag': 'eu_mc_element',
                                           'value': 'learner-identification'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Innehavare'}},
         'domain_of': ['MicroCredential',
                       'Achievement',
                       'DiplomaSupplement',
                       'ValidationOfPriorLearning',
                       'StudyResult'],
         'slot_uri': 'cred:credentialSubject'} })
    title: LocalizedText = Field(default=..., title="Title", description="""The title of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Resursens titel.'},
                         'eu_mc_element': {'tag': 'eu_mc_element', 'value': 'title'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Titel'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'MicroCredential',
                       'Education',
                       'EducationEvent',
                       'Achievement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DecisionRecord',
                       'DataFlow',
                       'Agreement',
                       'JobPosting'],
         'exact_mappings': ['schema:name'],
         'slot_uri': 'dcterms:title'} })
    issuer_country: str = Field(default=..., title="Country of the issuer", description="""The ISO 3166-1 alpha-2 code of the country where the awarding body is established, e.g. SE.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Koden enligt ISO 3166-1 alfa-2 '
                                                     'för det land där den utfärdande '
                                                     'organisationen är etablerad, '
                                                     'till exempel SE.'},
                         'eu_mc_element': {'tag': 'eu_mc_element',
                                           'value': 'issuer-country'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utfärdarens land'}},
         'domain_of': ['MicroCredential'],
         'related_mappings': ['elm:location', 'elm:countryCode'],
         'slot_uri': 'kll:issuerCountry'} })
    awarding_body: list[str] = Field(default=..., title="Awarding bodies", description="""The organisations that award the qualification or credential; more than one only when several bodies award it jointly.""", min_length=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De organisationer som utfärdar '
                                                     'kvalifikationen eller meriten; '
                                                     'fler än en bara när flera '
                                                     'utfärdar den gemensamt.'},
                         'eu_mc_element': {'tag': 'eu_mc_element',
                                           'value': 'awarding-body'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Utfärdande organisationer'}},
         'domain_of': ['Qualification', 'MicroCredential'],
         'related_mappings': ['ctdl:ownedBy', 'emil:educationEvent.examiningBodies'],
         'slot_uri': 'elm:awardingBody'} })
    issued: date = Field(default=..., title="Date issued", description="""The date on which the micro-credential was issued to the learner.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då mikromeriten '
                                                     'utfärdades till individen.'},
                         'eu_mc_element': {'tag': 'eu_mc_element',
                                           'value': 'date-of-issuing'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utfärdandedatum'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Mapping',
                       'MicroCredential',
                       'DiplomaSupplement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'OccupationOutlook'],
         'slot_uri': 'dcterms:issued'} })
    has_learning_outcome: list[str] = Field(default=..., title="Learning outcomes", description="""The learning outcomes that the qualification, decision, credential or education states, referenced by identifier.""", min_length=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De läranderesultat som '
                                                     'kvalifikationen, beslutet, '
                                                     'meriten eller utbildningen '
                                                     'anger, refererade med '
                                                     'identifierare.'},
                         'eu_mc_element': {'tag': 'eu_mc_element',
                                           'value': 'learning-outcomes'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Läranderesultat'}},
         'domain_of': ['Qualification',
                       'LevelPlacementDecision',
                       'MicroCredential',
                       'Education'],
         'related_mappings': ['ob:resultDescription'],
         'slot_uri': 'elm:learningOutcome'} })
    notional_workload: CreditPoints = Field(default=..., title="Notional workload", description="""The notional workload needed to achieve the learning outcomes, in ECTS credits wherever possible, otherwise in another credit system or in notional learning hours.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den beräknade arbetsbelastning '
                                                     'som krävs för att uppnå '
                                                     'läranderesultaten, i ECTS-poäng '
                                                     'där det är möjligt, annars i ett '
                                                     'annat poängsystem eller i '
                                                     'beräknade studietimmar.'},
                         'eu_mc_element': {'tag': 'eu_mc_element',
                                           'value': 'notional-workload'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Beräknad arbetsbelastning'}},
         'close_mappings': ['elm:creditPoint', 'elm:volumeOfLearning'],
         'domain_of': ['MicroCredential'],
         'slot_uri': 'kll:notionalWorkload'} })
    credential_levels: list[CredentialLevel] = Field(default=..., title="Levels", description="""The levels of the learning experience in the European Qualifications Framework and the Qualifications Framework of the European Higher Education Area, or not-applicable. The value not-applicable cannot be combined with any other value.""", min_length=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Lärandets nivåer i den '
                                                     'europeiska referensramen för '
                                                     'kvalifikationer och i '
                                                     'referensramen för det europeiska '
                                                     'området för högre utbildning, '
                                                     'eller not-applicable. Värdet '
                                                     'not- applicable kan inte '
                                                     'kombineras med något annat '
                                                     'värde.'},
                         'eu_mc_element': {'tag': 'eu_mc_element', 'value': 'level'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Nivåer'}},
         'close_mappings': ['elm:EQFLevel', 'elm:NQFLevel'],
         'domain_of': ['MicroCredential'],
         'slot_uri': 'kll:credentialLevel'} })
    national_qualification_levels: Optional[list[str]] = Field(default=None, title="National framework levels", description="""The levels of the learning experience in national qualifications frameworks, each the IRI of the level's concept as the issuer gives it (e.g. a level of the Irish or UK framework from the Europass vocabularies); the Swedish SeQF level of a qualification is seqf_level.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Lärandets nivåer i nationella '
                                                     'referensramar för '
                                                     'kvalifikationer, var och en som '
                                                     'IRI för nivåns begrepp så som '
                                                     'utfärdaren anger det (till '
                                                     'exempel en nivå i den irländska '
                                                     'eller brittiska referensramen ur '
                                                     'Europass vokabulärer); en '
                                                     'kvalifikations svenska SeQF-nivå '
                                                     'är seqf_level.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Nivåer i nationella referensramar'}},
         'close_mappings': ['elm:NQFLevel'],
         'domain_of': ['MicroCredential'],
         'slot_uri': 'kll:nationalQualificationLevel'} })
    assessment_types: list[AssessmentType] = Field(default=..., title="Types of assessment", description="""The ways in which the learning outcomes were assessed.""", min_length=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De sätt på vilka '
                                                     'läranderesultaten bedömdes.'},
                         'eu_mc_element': {'tag': 'eu_mc_element',
                                           'value': 'assessment-type'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Typer av bedömning'}},
         'domain_of': ['MicroCredential', 'ValidationOfPriorLearning'],
         'related_mappings': ['elm:LearningAssessmentSpecification',
                              'ctdl:assessmentMethodType'],
         'slot_uri': 'kll:assessmentType'} })
    participation_form: ParticipationForm = Field(default=..., title="Form of participation", description="""How the learner took part in the learning activity, whether online, onsite or blended.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur personen deltog i lärandet, '
                                                     'på distans, på plats eller i en '
                                                     'kombination.'},
                         'eu_mc_element': {'tag': 'eu_mc_element',
                                           'value': 'participation-form'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Deltagarform'}},
         'close_mappings': ['elm:mode', 'ctdl:learningDeliveryType'],
         'domain_of': ['MicroCredential'],
         'related_mappings': ['emil:educationEvent.distance'],
         'slot_uri': 'kll:participationForm'} })
    quality_assurance: LocalizedText = Field(default=..., title="Type of quality assurance", description="""The quality assurance that underpins the credential, e.g. the provider's internal quality system and the external review by a named authority.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den kvalitetssäkring som meriten '
                                                     'vilar på, till exempel '
                                                     'anordnarens interna '
                                                     'kvalitetssystem och den externa '
                                                     'granskningen av en namngiven '
                                                     'myndighet.'},
                         'eu_mc_element': {'tag': 'eu_mc_element',
                                           'value': 'quality-assurance'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Typ av kvalitetssäkring'}},
         'domain_of': ['MicroCredential'],
         'related_mappings': ['elm:accreditation'],
         'slot_uri': 'kll:qualityAssurance'} })
    entry_requirements: Optional[LocalizedText] = Field(default=None, title="Entry requirements", description="""The prerequisites a person must meet to start the learning that leads to the qualification or credential.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De förutsättningar som en person '
                                                     'måste uppfylla för att påbörja '
                                                     'det lärande som leder till '
                                                     'kvalifikationen eller meriten.'},
                         'eu_mc_element': {'tag': 'eu_mc_element',
                                           'value': 'prerequisites'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Förkunskapskrav'}},
         'close_mappings': ['emil:educationInfo.eligibility'],
         'domain_of': ['Qualification', 'MicroCredential', 'DiplomaSupplement'],
         'related_mappings': ['ctdl:requires'],
         'slot_uri': 'elm:entryRequirement'} })
    supervision_verification: Optional[SupervisionVerification] = Field(default=None, title="Supervision and identity verification", description="""Whether the assessment was supervised and whether the identity of the learner was verified.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om bedömningen var övervakad och '
                                                     'om personens identitet '
                                                     'kontrollerades.'},
                         'eu_mc_element': {'tag': 'eu_mc_element',
                                           'value': 'supervision-identity-verification'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Övervakning och identitetskontroll'}},
         'domain_of': ['MicroCredential'],
         'slot_uri': 'elm:idVerification'} })
    grade: Optional[str] = Field(default=None, title="Grade", description="""The grade or result achieved, written as the grading scheme writes it, e.g. VG or B.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det betyg eller resultat som '
                                                     'uppnåddes, skrivet som '
                                                     'betygsskalan skriver det, till '
                                                     'exempel VG eller B.'},
                         'eu_mc_element': {'tag': 'eu_mc_element', 'value': 'grade'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Betyg'}},
         'domain_of': ['MicroCredential',
                       'Achievement',
                       'DiplomaSupplement',
                       'ValidationOfPriorLearning',
                       'StudyResult'],
         'related_mappings': ['ob:achievedLevel'],
         'slot_uri': 'elm:grade'} })
    stackability: Optional[Stackability] = Field(default=None, title="Integration and stackability", description="""Whether the credential stands alone or can be integrated or stacked towards another credential; the target is given in stackable_towards.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om meriten är fristående eller '
                                                     'kan integreras i eller byggas på '
                                                     'mot en annan merit; målet anges '
                                                     'i stackable_towards.'},
                         'eu_mc_element': {'tag': 'eu_mc_element',
                                           'value': 'stackability'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Integrering och stapelbarhet'}},
         'domain_of': ['MicroCredential'],
         'slot_uri': 'kll:stackability'} })
    further_information: Optional[LocalizedText] = Field(default=None, title="Further information", description="""Any further information about the credential or document that is useful to a reader.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Övrig information om meriten '
                                                     'eller dokumentet som är '
                                                     'användbar för en läsare.'},
                         'eu_mc_element': {'tag': 'eu_mc_element',
                                           'value': 'further-information'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Ytterligare information'}},
         'domain_of': ['MicroCredential', 'DiplomaSupplement'],
         'slot_uri': 'elm:additionalNote'} })
    qualification: Optional[str] = Field(default=None, title="Qualification", description="""The specification of the learning that the micro-credential certifies, where it is recorded as a qualification; not the qualification it stacks towards.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den kvalifikation som posten '
                                                     'gäller, refererad med '
                                                     'identifierare.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kvalifikation'}},
         'close_mappings': ['elm:specifiedBy', 'elm:limitQualification'],
         'domain_of': ['LevelPlacementDecision',
                       'MicroCredential',
                       'Achievement',
                       'DiplomaSupplement'],
         'related_mappings': ['ob:achievement'],
         'slot_uri': 'kll:qualification'} })
    stackable_towards: Optional[list[str]] = Field(default=None, title="Stackable towards", description="""The qualifications that the credential can be integrated into or stacked towards.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De kvalifikationer som meriten '
                                                     'kan integreras i eller byggas på '
                                                     'mot.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kan byggas på mot'}},
         'domain_of': ['MicroCredential'],
         'related_mappings': ['ctdl:isPartOf', 'elm:isPartOf'],
         'slot_uri': 'kll:stackableTowards'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["MicroCredential"] = Field(default="MicroCredential", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('issuer_country')
    def pattern_issuer_country(cls, v):
        pattern=re.compile(r"^[A-Z]{2}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid issuer_country format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid issuer_country format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('national_qualification_levels')
    def pattern_national_qualification_levels(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid national_qualification_levels format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid national_qualification_levels format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('grade')
    def pattern_grade(cls, v):
        pattern=re.compile(r"^\S(.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid grade format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid grade format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class CreditPoints(ConfiguredBaseModel):
    """
    An amount of credit in a named credit system, such as 3 ECTS credits, 300 YH-poäng or 60 notional learning hours. Credit units are not interchangeable, and converting between them by length says nothing about level.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En mängd poäng i ett angivet '
                                                     'poängsystem, till exempel 3 '
                                                     'ECTS-poäng, 300 YH-poäng eller '
                                                     '60 beräknade studietimmar. '
                                                     'Poängenheter är inte utbytbara, '
                                                     'och en omräkning efter längd '
                                                     'säger ingenting om nivå.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Poäng i svenskt eller europeiskt '
                                               'poängsystem'}},
         'class_uri': 'elm:CreditPoint',
         'close_mappings': ['ctdl:ValueProfile'],
         'from_schema': 'https://w3id.org/kll/model/qualification',
         'related_mappings': ['emil:educationInfo.credits'],
         'slot_usage': {'credit_framework': {'name': 'credit_framework',
                                             'required': True},
                        'point_value': {'name': 'point_value', 'required': True}},
         'title': 'Credit points'})

    point_value: Decimal = Field(default=..., title="Points", description="""The number of credit points, not negative, e.g. 7.5.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Antalet poäng, inte negativt, '
                                                     'till exempel 7,5.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Poängvärde'}},
         'close_mappings': ['emil:educationInfo.credits.credits', 'ctdl:creditValue'],
         'domain_of': ['CreditPoints'],
         'slot_uri': 'elm:point'} })
    credit_framework: CreditFramework = Field(default=..., title="Credit framework", description="""The credit system in which the points are expressed, including ECTS and notional learning hours.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det poängsystem som poängen '
                                                     'uttrycks i, inklusive ECTS och '
                                                     'beräknade studietimmar.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Poängsystem'}},
         'close_mappings': ['emil:educationInfo.credits.system', 'ctdl:creditUnitType'],
         'domain_of': ['CreditPoints'],
         'slot_uri': 'elm:framework'} })


class EducationProvider(Organisation):
    """
    An organisation that arranges education, such as a municipality's adult education, a university, a folk high school or an education company, described with its responsible body (huvudman), contact details and visiting addresses. Fields that EMIL3 requires but the model only recommends (contact address, e-mail address, web page, last modified) must be present for a record to be exported to Susa-navet.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En organisation som anordnar '
                                                     'utbildning, till exempel en '
                                                     'kommuns vuxenutbildning, ett '
                                                     'lärosäte, en folkhögskola eller '
                                                     'ett utbildningsföretag, '
                                                     'beskriven med sin huvudman, sina '
                                                     'kontaktuppgifter och sina '
                                                     'besöksadresser. Fält som EMIL3 '
                                                     'kräver men som modellen bara '
                                                     'rekommenderar (kontaktadress, '
                                                     'e-postadress, webbsida, senast '
                                                     'ändrad) måste finnas för att '
                                                     'posten ska kunna exporteras till '
                                                     'Susa-navet.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Utbildningsanordnare'}},
         'class_uri': 'kll:EducationProvider',
         'close_mappings': ['schema:EducationalOrganization'],
         'exact_mappings': ['emil:educationProvider'],
         'from_schema': 'https://w3id.org/kll/model/offering',
         'related_mappings': ['ctdl:CredentialOrganization'],
         'slot_usage': {'address': {'name': 'address', 'recommended': True},
                        'email': {'name': 'email', 'recommended': True},
                        'emil_identifier': {'name': 'emil_identifier',
                                            'pattern': '^p\\.[!-~]+$'},
                        'homepage': {'name': 'homepage', 'recommended': True},
                        'last_modified': {'name': 'last_modified', 'recommended': True},
                        'responsible_body': {'name': 'responsible_body',
                                             'required': True}},
         'title': 'Education provider'})

    emil_identifier: Optional[str] = Field(default=None, title="EMIL identifier", description="""The record's identifier in EMIL3 and Susa-navet, prefixed p. (provider), i. (education) or e. (event) followed by the source and local id, e.g. e.uoh.kth.dd1420.60090.20251. It is kept for round trips; the model's own identifier is the IRI in id.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare i EMIL3 '
                                                     'och Susa-navet, med prefixet p. '
                                                     '(anordnare), i. (utbildning) '
                                                     'eller e. (tillfälle) följt av '
                                                     'källa och lokal id, till exempel '
                                                     'e.uoh.kth.dd1420.60090.20251. '
                                                     'Den behålls för att data ska '
                                                     'kunna föras fram och tillbaka; '
                                                     'modellens egen identifierare är '
                                                     'IRI:n i id.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'EMIL-identifierare'}},
         'close_mappings': ['adms:identifier'],
         'domain_of': ['EducationProvider', 'Education', 'EducationEvent'],
         'related_mappings': ['emil:educationProvider.identifier',
                              'emil:educationInfo.identifier',
                              'emil:educationEvent.identifier'],
         'slot_uri': 'kll:emilIdentifier'} })
    description: Optional[LocalizedText] = Field(default=None, title="Description", description="""A free-text account of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextbeskrivning av '
                                                     'resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beskrivning'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'EligibilityRequirement',
                       'CourseRequirement',
                       'Evidence',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DataFlow',
                       'SecrecyAssessment',
                       'JobPosting'],
         'exact_mappings': ['schema:description'],
         'slot_uri': 'dcterms:description'} })
    responsible_body: ResponsibleBody = Field(default=..., title="Responsible body", description="""The body legally responsible for the provider (huvudman).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den som har det rättsliga '
                                                     'ansvaret för anordnaren '
                                                     '(huvudmannen).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Huvudman'}},
         'domain_of': ['EducationProvider'],
         'exact_mappings': ['emil:educationProvider.responsibleBody'],
         'related_mappings': ['schema:parentOrganization'],
         'slot_uri': 'kll:responsibleBody'} })
    owner_name: Optional[LocalizedText] = Field(default=None, title="Owner", description="""The name of the owner of the provider where it differs from the responsible body, e.g. the group that owns an education company.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på anordnarens ägare när '
                                                     'det skiljer sig från '
                                                     'huvudmannen, till exempel den '
                                                     'koncern som äger ett '
                                                     'utbildningsföretag.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ägare'}},
         'domain_of': ['EducationProvider'],
         'exact_mappings': ['emil:educationProvider.owner'],
         'related_mappings': ['ctdl:ownedBy'],
         'slot_uri': 'kll:ownerName'} })
    visiting_addresses: Optional[list[EducationLocation]] = Field(default=None, title="Visiting addresses", description="""The addresses where the provider receives visitors.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De adresser där anordnaren tar '
                                                     'emot besökare.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Besöksadresser'}},
         'close_mappings': ['schema:location'],
         'domain_of': ['EducationProvider'],
         'exact_mappings': ['emil:educationProvider.visitAddresses'],
         'slot_uri': 'kll:visitingAddress'} })
    phones: Optional[list[ContactPoint]] = Field(default=None, title="Telephone contacts", description="""Telephone numbers of the provider, each with the function it reaches (in contact_name), such as the switchboard or the study and career counsellors.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Anordnarens telefonnummer, vart '
                                                     'och ett med den funktion det går '
                                                     'till (i contact_name), till '
                                                     'exempel växeln eller studie- och '
                                                     'yrkesvägledarna.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Telefonkontakter'}},
         'close_mappings': ['schema:contactPoint'],
         'domain_of': ['EducationProvider'],
         'exact_mappings': ['emil:educationProvider.phones'],
         'slot_uri': 'kll:telephoneContact'} })
    school_years: Optional[list[SchoolYear]] = Field(default=None, title="School years", description="""The school years (0–10) that the provider teaches, where the school type has years.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De årskurser (0–10) som '
                                                     'anordnaren undervisar i, när '
                                                     'skolformen har årskurser.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Årskurser'}},
         'domain_of': ['EducationProvider'],
         'exact_mappings': ['emil:educationProvider.years'],
         'slot_uri': 'kll:schoolYear'} })
    last_modified: Optional[datetime ] = Field(default=None, title="Last modified", description="""The date and time the record was last changed.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datum och tid då posten senast '
                                                     'ändrades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Senast ändrad'}},
         'close_mappings': ['emil:lastEdited'],
         'domain_of': ['Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'DataRequest',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'JobPosting',
                       'OccupationOutlook',
                       'SkillsDemand'],
         'recommended': True,
         'slot_uri': 'dcterms:modified'} })
    expires: Optional[datetime ] = Field(default=None, title="Expires", description="""The date and time after which the record is no longer valid and should be removed from listings, e.g. when an event's application period and teaching have ended.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datum och tid efter vilken '
                                                     'posten inte längre gäller och '
                                                     'bör tas bort ur förteckningar, '
                                                     'till exempel när ett tillfälles '
                                                     'ansökningsperiod och '
                                                     'undervisning är slut.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Upphör att gälla'}},
         'close_mappings': ['ctdl:expirationDate'],
         'domain_of': ['EducationProvider', 'Education', 'EducationEvent'],
         'related_mappings': ['emil:educationEvent.expires',
                              'emil:educationInfo.expires',
                              'emil:educationProvider.expires'],
         'slot_uri': 'schema:expires'} })
    name: LocalizedText = Field(default=..., title="Name", description="""The name by which the agent is known.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet som aktören är känd '
                                                     'under.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Namn'}},
         'close_mappings': ['skos:prefLabel', 'rov:legalName'],
         'domain_of': ['Organisation', 'ResponsibleBody'],
         'exact_mappings': ['schema:name'],
         'slot_uri': 'foaf:name'} })
    organisation_number: Optional[str] = Field(default=None, title="Organisation number", description="""The Swedish organisationsnummer (ten digits, written NNNNNN-NNNN) that identifies a legal entity; the last digit is a Luhn check digit.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det svenska organisationsnumret '
                                                     '(tio siffror, skrivet '
                                                     'NNNNNN-NNNN) som identifierar en '
                                                     'juridisk person; sista siffran '
                                                     'är en kontrollsiffra enligt '
                                                     'Luhn.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Organisationsnummer'}},
         'close_mappings': ['schema:taxID',
                            'emil:educationProvider.organisationNumber'],
         'domain_of': ['Organisation'],
         'recommended': True,
         'related_mappings': ['rov:registration'],
         'slot_uri': 'kll:organisationNumber'} })
    registrations: Optional[list[ForeignIdentifier]] = Field(default=None, title="Registrations abroad", description="""The organisation's legal registrations under other countries' schemes, each with its country; a Swedish organisationsnummer goes in organisation_number.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Organisationens registreringar '
                                                     'som juridisk person enligt andra '
                                                     'länders system, var och en med '
                                                     'sitt land; ett svenskt '
                                                     'organisationsnummer anges i '
                                                     'organisation_number.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Registreringar utomlands'}},
         'close_mappings': ['rov:registration'],
         'domain_of': ['Organisation'],
         'slot_uri': 'kll:registration'} })
    homepage: Optional[str] = Field(default=None, title="Homepage", description="""A web page about the resource, for people to read.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En webbsida om resursen, avsedd '
                                                     'för människor.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Webbsida'}},
         'close_mappings': ['schema:url', 'emil:url'],
         'domain_of': ['Organisation',
                       'ContactPoint',
                       'Qualification',
                       'Education',
                       'EducationEvent',
                       'Catalog',
                       'JobPosting'],
         'recommended': True,
         'slot_uri': 'foaf:homepage'} })
    email: Optional[str] = Field(default=None, title="E-mail address", description="""An e-mail address, without the mailto scheme.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En e-postadress, utan '
                                                     'mailto-schemat.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'E-postadress'}},
         'close_mappings': ['schema:email', 'elm:emailAddress'],
         'domain_of': ['Organisation', 'ContactPoint', 'ApplicationDetails'],
         'recommended': True,
         'slot_uri': 'vcard:hasEmail'} })
    telephone: Optional[str] = Field(default=None, title="Telephone number", description="""A telephone number in international format, e.g. +46 60 19 10 00.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett telefonnummer i '
                                                     'internationellt format, till '
                                                     'exempel +46 60 19 10 00.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Telefonnummer'}},
         'close_mappings': ['schema:telephone', 'elm:phone'],
         'domain_of': ['Organisation', 'ContactPoint'],
         'slot_uri': 'vcard:hasTelephone'} })
    address: Optional[Address] = Field(default=None, title="Address", description="""The postal or visiting address of the agent.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Aktörens post- eller '
                                                     'besöksadress.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Adress'}},
         'close_mappings': ['schema:address'],
         'domain_of': ['Organisation', 'ApplicationDetails'],
         'recommended': True,
         'slot_uri': 'locn:address'} })
    contact_point: Optional[ContactPoint] = Field(default=None, title="Contact point", description="""Where to turn with questions about the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Vart man vänder sig med frågor '
                                                     'om resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kontaktpunkt'}},
         'close_mappings': ['elm:contactPoint'],
         'domain_of': ['Organisation', 'Dataset', 'DataService'],
         'slot_uri': 'dcat:contactPoint'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["EducationProvider"] = Field(default="EducationProvider", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('emil_identifier')
    def pattern_emil_identifier(cls, v):
        pattern=re.compile(r"^p\.[!-~]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid emil_identifier format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid emil_identifier format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('organisation_number')
    def pattern_organisation_number(cls, v):
        pattern=re.compile(r"^[0-9]{6}-[0-9]{4}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid organisation_number format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid organisation_number format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('homepage')
    def pattern_homepage(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid homepage format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid homepage format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('email')
    def pattern_email(cls, v):
        pattern=re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid email format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid email format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('telephone')
    def pattern_telephone(cls, v):
        pattern=re.compile(r"^\+[0-9][0-9 -]{5,19}[0-9]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid telephone format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid telephone format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Education(Entity):
    """
    What is offered, independent of when and where: a course, a course package or a programme with its title, school type, level, credits, subjects, eligibility and whether it leads to a degree. One education has any number of education events. Corresponds to EMIL3 educationInfo and to an ELM learning achievement specification.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det som erbjuds, oberoende av '
                                                     'när och var: en kurs, ett '
                                                     'kurspaket eller ett program med '
                                                     'titel, skolform, nivå, poäng, '
                                                     'ämnen, behörighet och om '
                                                     'utbildningen leder till examen. '
                                                     'En utbildning har ett '
                                                     'godtyckligt antal '
                                                     'utbildningstillfällen. Motsvarar '
                                                     'educationInfo i EMIL3 och en '
                                                     'specifikation av läranderesultat '
                                                     '(LearningAchievementSpecification) '
                                                     'i ELM.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utbildning'}},
         'class_uri': 'kll:Education',
         'close_mappings': ['elm:LearningAchievementSpecification',
                            'schema:Course',
                            'schema:EducationalOccupationalProgram',
                            'ctdl:LearningOpportunityProfile'],
         'exact_mappings': ['emil:educationInfo'],
         'from_schema': 'https://w3id.org/kll/model/offering',
         'related_mappings': ['elm:LearningOpportunity'],
         'slot_usage': {'description': {'name': 'description', 'recommended': True},
                        'emil_identifier': {'name': 'emil_identifier',
                                            'pattern': '^i\\.[!-~]+$'},
                        'last_modified': {'name': 'last_modified', 'required': True},
                        'title': {'name': 'title', 'required': True}},
         'title': 'Education'})

    emil_identifier: Optional[str] = Field(default=None, title="EMIL identifier", description="""The record's identifier in EMIL3 and Susa-navet, prefixed p. (provider), i. (education) or e. (event) followed by the source and local id, e.g. e.uoh.kth.dd1420.60090.20251. It is kept for round trips; the model's own identifier is the IRI in id.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare i EMIL3 '
                                                     'och Susa-navet, med prefixet p. '
                                                     '(anordnare), i. (utbildning) '
                                                     'eller e. (tillfälle) följt av '
                                                     'källa och lokal id, till exempel '
                                                     'e.uoh.kth.dd1420.60090.20251. '
                                                     'Den behålls för att data ska '
                                                     'kunna föras fram och tillbaka; '
                                                     'modellens egen identifierare är '
                                                     'IRI:n i id.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'EMIL-identifierare'}},
         'close_mappings': ['adms:identifier'],
         'domain_of': ['EducationProvider', 'Education', 'EducationEvent'],
         'related_mappings': ['emil:educationProvider.identifier',
                              'emil:educationInfo.identifier',
                              'emil:educationEvent.identifier'],
         'slot_uri': 'kll:emilIdentifier'} })
    education_code: str = Field(default=..., title="Education code", description="""The code that the provider or the national system gives the education, e.g. a course code such as MATMAT01a or a programme code.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den kod som anordnaren eller det '
                                                     'nationella systemet ger '
                                                     'utbildningen, till exempel en '
                                                     'kurskod som MATMAT01a eller en '
                                                     'programkod.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utbildningskod'}},
         'close_mappings': ['schema:courseCode', 'ctdl:codedNotation'],
         'domain_of': ['Education'],
         'exact_mappings': ['emil:educationInfo.code'],
         'slot_uri': 'kll:educationCode'} })
    title: LocalizedText = Field(default=..., title="Title", description="""The title of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Resursens titel.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Titel'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'MicroCredential',
                       'Education',
                       'EducationEvent',
                       'Achievement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DecisionRecord',
                       'DataFlow',
                       'Agreement',
                       'JobPosting'],
         'exact_mappings': ['schema:name'],
         'slot_uri': 'dcterms:title'} })
    description: Optional[LocalizedText] = Field(default=None, title="Description", description="""A free-text account of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextbeskrivning av '
                                                     'resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beskrivning'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'EligibilityRequirement',
                       'CourseRequirement',
                       'Evidence',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DataFlow',
                       'SecrecyAssessment',
                       'JobPosting'],
         'exact_mappings': ['schema:description'],
         'recommended': True,
         'slot_uri': 'dcterms:description'} })
    homepage: Optional[str] = Field(default=None, title="Homepage", description="""A web page about the resource, for people to read.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En webbsida om resursen, avsedd '
                                                     'för människor.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Webbsida'}},
         'close_mappings': ['schema:url', 'emil:url'],
         'domain_of': ['Organisation',
                       'ContactPoint',
                       'Qualification',
                       'Education',
                       'EducationEvent',
                       'Catalog',
                       'JobPosting'],
         'slot_uri': 'foaf:homepage'} })
    school_type: SchoolType = Field(default=..., title="School type", description="""The form of education (skolform) under which the education is given.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den skolform som utbildningen '
                                                     'ges inom.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Skolform'}},
         'domain_of': ['Education'],
         'exact_mappings': ['emil:educationInfo.type'],
         'slot_uri': 'kll:schoolType'} })
    configuration: Optional[EducationConfiguration] = Field(default=None, title="Configuration", description="""Whether the education is a single course, a package of courses or a programme.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om utbildningen är en enstaka '
                                                     'kurs, ett kurspaket eller ett '
                                                     'program.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Upplägg'}},
         'domain_of': ['Education'],
         'exact_mappings': ['emil:educationInfo.configuration'],
         'recommended': True,
         'related_mappings': ['schema:educationalProgramMode'],
         'slot_uri': 'kll:configuration'} })
    education_levels: Optional[list[IscedLevel]] = Field(default=None, title="Education levels (ISCED 2011)", description="""The ISCED 2011 levels of the education; more than one for education that spans levels.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Utbildningens nivåer enligt '
                                                     'ISCED 2011; fler än en för '
                                                     'utbildning som spänner över '
                                                     'flera nivåer.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Utbildningsnivåer (ISCED 2011)'}},
         'close_mappings': ['elm:educationLevel', 'schema:educationalLevel'],
         'domain_of': ['Education'],
         'exact_mappings': ['emil:educationInfo.educationLevels'],
         'slot_uri': 'kll:iscedLevel'} })
    qualification_level: Optional[SeqfLevel] = Field(default=None, title="Qualification level", description="""The SeQF level (equal to the EQF level) of the qualification that the education leads to.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'SeQF-nivån (lika med EQF-nivån) '
                                                     'för den kvalifikation som '
                                                     'utbildningen leder till.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Kvalifikationsnivå'}},
         'close_mappings': ['elm:EQFLevel', 'elm:NQFLevel'],
         'domain_of': ['Education'],
         'exact_mappings': ['emil:educationInfo.qualificationLevel'],
         'slot_uri': 'kll:qualificationLevel'} })
    orientation: Optional[EducationOrientation] = Field(default=None, title="Orientation", description="""The EMIL3 orientation code of the education, kept for round trips.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Utbildningens inriktningskod '
                                                     'enligt EMIL3, som behålls för '
                                                     'att data ska kunna föras fram '
                                                     'och tillbaka.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Inriktning'}},
         'domain_of': ['Education'],
         'exact_mappings': ['emil:educationInfo.orientation'],
         'slot_uri': 'kll:orientation'} })
    target_audience: Optional[Audience] = Field(default=None, title="Target audience", description="""The professional group that the education is meant for, used for professional development for school staff.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den yrkesgrupp som utbildningen '
                                                     'vänder sig till, används för '
                                                     'kompetensutveckling för skolans '
                                                     'personal.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Målgrupp'}},
         'close_mappings': ['elm:targetGroup', 'schema:audience', 'ctdl:audienceType'],
         'domain_of': ['Education'],
         'exact_mappings': ['emil:educationInfo.audience'],
         'slot_uri': 'kll:targetAudience'} })
    subjects: list[ConceptReference] = Field(default=..., title="Subjects", description="""The subjects or fields of the education as codes in named schemes, e.g. a SUN 2020 field (sun-2020-field), an ISCED-F 2013 field (isced-f-2013), an SSYK 2012 unit group for labour-market training or a higher-education subject (uh-subject). At least one is required.""", min_length=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Utbildningens ämnen eller '
                                                     'inriktningar som koder i '
                                                     'namngivna scheman, till exempel '
                                                     'en SUN 2020-inriktning '
                                                     '(sun-2020-field), ett ISCED-F '
                                                     '2013-område (isced-f-2013), en '
                                                     'SSYK 2012-yrkesgrupp för '
                                                     'arbetsmarknadsutbildning eller '
                                                     'ett högskoleämne (uh-subject). '
                                                     'Minst ett krävs.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ämnen'}},
         'close_mappings': ['elm:educationSubject',
                            'elm:ISCEDFCode',
                            'dcterms:subject',
                            'ctdl:subject'],
         'domain_of': ['Education'],
         'exact_mappings': ['emil:educationInfo.subjects'],
         'slot_uri': 'kll:educationSubject'} })
    is_vocational: Optional[bool] = Field(default=None, title="Vocational", description="""Whether the education prepares for a specific occupation.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om utbildningen förbereder för '
                                                     'ett visst yrke.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Yrkesinriktad'}},
         'domain_of': ['Education'],
         'exact_mappings': ['emil:educationInfo.isVocational'],
         'slot_uri': 'kll:isVocational'} })
    leads_to_degree: bool = Field(default=..., title="Leads to a degree", description="""Whether completing the education leads to a degree (examen).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om en fullföljd utbildning leder '
                                                     'till en examen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Leder till examen'}},
         'domain_of': ['Education'],
         'exact_mappings': ['emil:educationInfo.resultIsDegree'],
         'related_mappings': ['schema:educationalCredentialAwarded'],
         'slot_uri': 'kll:leadsToDegree'} })
    degrees: Optional[LocalizedText] = Field(default=None, title="Degrees", description="""The names of the degrees that the education leads to, e.g. Yrkeshögskoleexamen; only given when the education leads to a degree.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnen på de examina som '
                                                     'utbildningen leder till, till '
                                                     'exempel yrkeshögskoleexamen; '
                                                     'anges bara när utbildningen '
                                                     'leder till examen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Examina'}},
         'close_mappings': ['schema:educationalCredentialAwarded'],
         'domain_of': ['Education'],
         'exact_mappings': ['emil:educationInfo.degrees'],
         'slot_uri': 'kll:degreeNames'} })
    leads_to_qualifications: Optional[list[str]] = Field(default=None, title="Leads to qualifications", description="""The qualifications that completing the education leads to, referenced by identifier, such as a yrkeshögskoleexamen in Myndigheten för yrkeshögskolan's qualifications database. Guidance services follow this link, and the qualification's related occupations, from an education to the labour market.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De kvalifikationer som en '
                                                     'fullföljd utbildning leder till, '
                                                     'refererade med identifierare, '
                                                     'till exempel en '
                                                     'yrkeshögskoleexamen i '
                                                     'Myndigheten för yrkeshögskolans '
                                                     'kvalifikationsdatabas. '
                                                     'Vägledningstjänster följer den '
                                                     'här länken, och kvalifikationens '
                                                     'relaterade yrken, från en '
                                                     'utbildning till '
                                                     'arbetsmarknaden.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Leder till kvalifikationer'}},
         'close_mappings': ['schema:educationalCredentialAwarded',
                            'ctdl:isPreparationFor'],
         'domain_of': ['Education'],
         'related_mappings': ['elm:specialisationOf'],
         'slot_uri': 'kll:leadsToQualification'} })
    has_learning_outcome: Optional[list[str]] = Field(default=None, title="Learning outcomes", description="""The learning outcomes that the qualification, decision, credential or education states, referenced by identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De läranderesultat som '
                                                     'kvalifikationen, beslutet, '
                                                     'meriten eller utbildningen '
                                                     'anger, refererade med '
                                                     'identifierare.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Läranderesultat'}},
         'domain_of': ['Qualification',
                       'LevelPlacementDecision',
                       'MicroCredential',
                       'Education'],
         'related_mappings': ['ob:resultDescription'],
         'slot_uri': 'elm:learningOutcome'} })
    credits: Optional[Credits] = Field(default=None, title="Credits", description="""The credit value of the education in its credit system.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Utbildningens omfattning i poäng '
                                                     'i dess poängsystem.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Utbildningens poäng'}},
         'close_mappings': ['elm:creditPoint', 'schema:numberOfCredits'],
         'domain_of': ['Education'],
         'exact_mappings': ['emil:educationInfo.credits'],
         'slot_uri': 'kll:credits'} })
    extent: Optional[TimeLength] = Field(default=None, title="Extent", description="""The nominal length of the education in time, e.g. 2 years or 10 weeks.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Utbildningens nominella längd i '
                                                     'tid, till exempel 2 år eller 10 '
                                                     'veckor.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Omfattning'}},
         'close_mappings': ['elm:volumeOfLearning',
                            'schema:timeRequired',
                            'ctdl:estimatedDuration'],
         'domain_of': ['Education'],
         'exact_mappings': ['emil:educationInfo.extent'],
         'slot_uri': 'kll:extent'} })
    eligibility: Optional[LocalizedText] = Field(default=None, title="Eligibility", description="""The entry requirements that an applicant must meet, as free text.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De behörighetskrav som en '
                                                     'sökande måste uppfylla, som '
                                                     'fritext.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Behörighet'}},
         'close_mappings': ['elm:entryRequirement', 'schema:programPrerequisites'],
         'domain_of': ['Education'],
         'exact_mappings': ['emil:educationInfo.eligibility'],
         'slot_uri': 'kll:eligibility'} })
    eligibility_requirements: Optional[list[EligibilityRequirement]] = Field(default=None, title="Eligibility requirements", description="""The entry requirements of the education in structured form, all of which apply together: the general eligibility and any specific one, with the standardised specific eligibility (områdesbehörighet) and the courses required. Beside the free text in eligibility, which stays the description; EMIL3 has no field for the structure, so an EMIL3 export carries the text only.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Utbildningens behörighetskrav i '
                                                     'strukturerad form, som alla '
                                                     'gäller samtidigt: den '
                                                     'grundläggande behörigheten och '
                                                     'eventuell särskild behörighet, '
                                                     'med områdesbehörighet och de '
                                                     'kurser som krävs. Bredvid '
                                                     'fritexten i eligibility, som '
                                                     'förblir beskrivningen; EMIL3 har '
                                                     'inget fält för strukturen, så en '
                                                     'export till EMIL3 bär bara '
                                                     'texten.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Behörighetskrav'}},
         'close_mappings': ['ctdl:requires', 'elm:entryRequirement'],
         'domain_of': ['Education'],
         'related_mappings': ['schema:programPrerequisites'],
         'slot_uri': 'kll:eligibilityRequirements'} })
    recommended_prior_knowledge: Optional[LocalizedText] = Field(default=None, title="Recommended prior knowledge", description="""Knowledge that is recommended but not required before starting, as free text.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Kunskaper som rekommenderas men '
                                                     'inte krävs inför start, som '
                                                     'fritext.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Rekommenderade förkunskaper'}},
         'domain_of': ['Education'],
         'exact_mappings': ['emil:educationInfo.recommendedPriorKnowledge'],
         'related_mappings': ['schema:coursePrerequisites', 'elm:entryRequirement'],
         'slot_uri': 'kll:recommendedPriorKnowledge'} })
    eligible_for_student_aid: Optional[StudentAid] = Field(default=None, title="Eligible for student aid", description="""Whether, and in which category, the education entitles the learner to student aid from CSN.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om, och i vilken kategori, '
                                                     'utbildningen ger rätt till '
                                                     'studiemedel från CSN.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Rätt till studiemedel'}},
         'close_mappings': ['schema:financialAidEligible'],
         'domain_of': ['Education'],
         'exact_mappings': ['emil:educationInfo.eligibleForStudentAid'],
         'slot_uri': 'kll:eligibleForStudentAid'} })
    labour_market_training_type: Optional[str] = Field(default=None, title="Labour-market training type", description="""Arbetsförmedlingen's type of labour-market training (EMIL3 AUBInfoExtension aubType), as Arbetsförmedlingen writes it; only for school type AUB.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Arbetsförmedlingens typ av '
                                                     'arbetsmarknadsutbildning '
                                                     '(aubType i EMIL3:s '
                                                     'AUBInfoExtension), så som '
                                                     'Arbetsförmedlingen skriver den; '
                                                     'bara för skolformen AUB.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Typ av arbetsmarknadsutbildning'}},
         'domain_of': ['Education'],
         'exact_mappings': ['emil:AUBInfoExtension.aubType'],
         'slot_uri': 'kll:labourMarketTrainingType'} })
    last_modified: datetime  = Field(default=..., title="Last modified", description="""The date and time the record was last changed.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datum och tid då posten senast '
                                                     'ändrades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Senast ändrad'}},
         'close_mappings': ['emil:lastEdited'],
         'domain_of': ['Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'DataRequest',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'JobPosting',
                       'OccupationOutlook',
                       'SkillsDemand'],
         'slot_uri': 'dcterms:modified'} })
    expires: Optional[datetime ] = Field(default=None, title="Expires", description="""The date and time after which the record is no longer valid and should be removed from listings, e.g. when an event's application period and teaching have ended.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datum och tid efter vilken '
                                                     'posten inte längre gäller och '
                                                     'bör tas bort ur förteckningar, '
                                                     'till exempel när ett tillfälles '
                                                     'ansökningsperiod och '
                                                     'undervisning är slut.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Upphör att gälla'}},
         'close_mappings': ['ctdl:expirationDate'],
         'domain_of': ['EducationProvider', 'Education', 'EducationEvent'],
         'related_mappings': ['emil:educationEvent.expires',
                              'emil:educationInfo.expires',
                              'emil:educationProvider.expires'],
         'slot_uri': 'schema:expires'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["Education"] = Field(default="Education", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('emil_identifier')
    def pattern_emil_identifier(cls, v):
        pattern=re.compile(r"^i\.[!-~]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid emil_identifier format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid emil_identifier format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('education_code')
    def pattern_education_code(cls, v):
        pattern=re.compile(r"^\S(.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid education_code format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid education_code format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('homepage')
    def pattern_homepage(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid homepage format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid homepage format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('labour_market_training_type')
    def pattern_labour_market_training_type(cls, v):
        pattern=re.compile(r"^\S(.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid labour_market_training_type format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid labour_market_training_type format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class EducationEvent(Entity):
    """
    A scheduled instance of an education that learners can apply to: who provides it, where and in which languages it is given, when it runs, at what pace and time of day, how to apply and what it costs. Corresponds to EMIL3 educationEvent and to an ELM learning opportunity.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett schemalagt tillfälle av en '
                                                     'utbildning som studerande kan '
                                                     'söka till: vem som anordnar det, '
                                                     'var och på vilka språk det ges, '
                                                     'när det pågår, i vilken '
                                                     'studietakt och på vilken tid på '
                                                     'dygnet, hur man söker och vad '
                                                     'det kostar. Motsvarar '
                                                     'educationEvent i EMIL3 och ett '
                                                     'lärandetillfälle '
                                                     '(LearningOpportunity) i ELM.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Utbildningstillfälle'}},
         'class_uri': 'elm:LearningOpportunity',
         'close_mappings': ['schema:CourseInstance', 'schema:EducationEvent'],
         'exact_mappings': ['emil:educationEvent'],
         'from_schema': 'https://w3id.org/kll/model/offering',
         'slot_usage': {'emil_identifier': {'name': 'emil_identifier',
                                            'pattern': '^e\\.[!-~]+$'},
                        'expires': {'name': 'expires', 'required': True},
                        'last_modified': {'name': 'last_modified', 'required': True}},
         'title': 'Education event'})

    emil_identifier: Optional[str] = Field(default=None, title="EMIL identifier", description="""The record's identifier in EMIL3 and Susa-navet, prefixed p. (provider), i. (education) or e. (event) followed by the source and local id, e.g. e.uoh.kth.dd1420.60090.20251. It is kept for round trips; the model's own identifier is the IRI in id.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare i EMIL3 '
                                                     'och Susa-navet, med prefixet p. '
                                                     '(anordnare), i. (utbildning) '
                                                     'eller e. (tillfälle) följt av '
                                                     'källa och lokal id, till exempel '
                                                     'e.uoh.kth.dd1420.60090.20251. '
                                                     'Den behålls för att data ska '
                                                     'kunna föras fram och tillbaka; '
                                                     'modellens egen identifierare är '
                                                     'IRI:n i id.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'EMIL-identifierare'}},
         'close_mappings': ['adms:identifier'],
         'domain_of': ['EducationProvider', 'Education', 'EducationEvent'],
         'related_mappings': ['emil:educationProvider.identifier',
                              'emil:educationInfo.identifier',
                              'emil:educationEvent.identifier'],
         'slot_uri': 'kll:emilIdentifier'} })
    education: str = Field(default=..., title="Education", description="""The education of which this event is an instance.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den utbildning som det här '
                                                     'tillfället är ett tillfälle av.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utbildning'}},
         'close_mappings': ['elm:learningAchievementSpecification'],
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:educationEvent.education'],
         'slot_uri': 'kll:education'} })
    providers: list[str] = Field(default=..., title="Providers", description="""The providers that arrange the event; at least one.""", min_length=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De anordnare som genomför '
                                                     'tillfället; minst en.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Anordnare'}},
         'close_mappings': ['schema:provider', 'ctdl:offeredBy'],
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:educationEvent.providers'],
         'slot_uri': 'elm:providedBy'} })
    examining_bodies: Optional[list[str]] = Field(default=None, title="Examining bodies", description="""The organisations that examine the learners and issue grades or degrees, where they differ from the providers.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De organisationer som examinerar '
                                                     'de studerande och utfärdar betyg '
                                                     'eller examina, när de inte är '
                                                     'anordnarna.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Examinerande organisationer'}},
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:educationEvent.examiningBodies'],
         'related_mappings': ['elm:awardingBody'],
         'slot_uri': 'kll:examiningBody'} })
    orderers: Optional[list[str]] = Field(default=None, title="Orderers", description="""The organisations that have ordered and pay for the event, e.g. Arbetsförmedlingen for labour-market training or a municipality for contracted education.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De organisationer som har '
                                                     'beställt och betalar tillfället, '
                                                     'till exempel Arbetsförmedlingen '
                                                     'för arbetsmarknadsutbildning '
                                                     'eller en kommun för upphandlad '
                                                     'utbildning.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beställare'}},
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:educationEvent.orderers'],
         'related_mappings': ['schema:funder'],
         'slot_uri': 'kll:orderer'} })
    contractor: Optional[str] = Field(default=None, title="Contractor", description="""The name of the contractor that carries out municipal adult education on behalf of the municipality (entreprenör), as given in EMIL3 KVEventExtension.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på den entreprenör som '
                                                     'genomför kommunal '
                                                     'vuxenutbildning på kommunens '
                                                     'uppdrag, så som det anges i '
                                                     'EMIL3:s KVEventExtension.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utförare'}},
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:KVEventExtension.contractor'],
         'related_mappings': ['schema:provider'],
         'slot_uri': 'kll:contractor'} })
    department_name: Optional[str] = Field(default=None, title="Department", description="""The department or unit of the provider that is responsible for the event.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den institution eller enhet hos '
                                                     'anordnaren som ansvarar för '
                                                     'tillfället.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Institution'}},
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:UHEventExtension.department'],
         'slot_uri': 'kll:departmentName'} })
    title: Optional[LocalizedText] = Field(default=None, title="Title", description="""The title of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Resursens titel.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Titel'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'MicroCredential',
                       'Education',
                       'EducationEvent',
                       'Achievement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DecisionRecord',
                       'DataFlow',
                       'Agreement',
                       'JobPosting'],
         'exact_mappings': ['schema:name'],
         'slot_uri': 'dcterms:title'} })
    description: Optional[LocalizedText] = Field(default=None, title="Description", description="""A free-text account of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextbeskrivning av '
                                                     'resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beskrivning'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'EligibilityRequirement',
                       'CourseRequirement',
                       'Evidence',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DataFlow',
                       'SecrecyAssessment',
                       'JobPosting'],
         'exact_mappings': ['schema:description'],
         'slot_uri': 'dcterms:description'} })
    homepage: Optional[str] = Field(default=None, title="Homepage", description="""A web page about the resource, for people to read.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En webbsida om resursen, avsedd '
                                                     'för människor.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Webbsida'}},
         'close_mappings': ['schema:url', 'emil:url'],
         'domain_of': ['Organisation',
                       'ContactPoint',
                       'Qualification',
                       'Education',
                       'EducationEvent',
                       'Catalog',
                       'JobPosting'],
         'slot_uri': 'foaf:homepage'} })
    locations: Optional[list[EducationLocation]] = Field(default=None, title="Locations", description="""The places where the event is given, each with its municipality code where in Sweden.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De platser där tillfället ges, '
                                                     'var och en med kommunkod när den '
                                                     'ligger i Sverige.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Studieorter'}},
         'close_mappings': ['elm:location', 'schema:location', 'ctdl:availableAt'],
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:educationEvent.locations'],
         'recommended': True,
         'slot_uri': 'kll:eventLocation'} })
    languages_of_instruction: Optional[list[str]] = Field(default=None, title="Languages of instruction", description="""The languages in which the event is taught, as ISO 639-3 codes, e.g. swe, eng.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De språk som undervisningen ges '
                                                     'på, som koder enligt ISO 639-3, '
                                                     'till exempel swe, eng.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Undervisningsspråk'}},
         'close_mappings': ['schema:inLanguage', 'dcterms:language', 'ctdl:inLanguage'],
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:educationEvent.languageOfInstructions'],
         'recommended': True,
         'slot_uri': 'kll:languageOfInstruction'} })
    execution: Execution = Field(default=..., title="Execution", description="""When the event runs, with its execution condition.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'När tillfället genomförs, med '
                                                     'dess genomförandevillkor.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Genomförande'}},
         'close_mappings': ['dcterms:temporal'],
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:educationEvent.execution'],
         'slot_uri': 'kll:execution'} })
    academic_period: Optional[AcademicPeriod] = Field(default=None, title="Academic period", description="""The start of the event in the academic calendar (year, semester, period, weeks).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Tillfällets start i den '
                                                     'akademiska kalendern (år, '
                                                     'termin, läsperiod, veckor).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Studieperiod'}},
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:UHEventExtension.startPeriod'],
         'slot_uri': 'kll:academicPeriod'} })
    is_cancelled: Optional[bool] = Field(default=None, title="Cancelled", description="""Whether the event has been cancelled; a cancelled event stays listed until it expires.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om tillfället har ställts in; '
                                                     'ett inställt tillfälle ligger '
                                                     'kvar tills det upphör att '
                                                     'gälla.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Inställt'}},
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:educationEvent.isCancelled'],
         'related_mappings': ['schema:eventStatus'],
         'slot_uri': 'kll:isCancelled'} })
    time_of_study: Optional[TimeOfStudy] = Field(default=None, title="Time of study", description="""The time of day or week when teaching takes place.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den tid på dygnet eller i veckan '
                                                     'då undervisningen äger rum.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Undervisningstid'}},
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:educationEvent.timeOfStudy'],
         'related_mappings': ['elm:scheduleInformation', 'schema:courseSchedule'],
         'slot_uri': 'kll:timeOfStudy'} })
    pace_of_study: Optional[PaceOfStudy] = Field(default=None, title="Pace of study", description="""The pace of study as a share of full-time study.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Studietakten som andel av '
                                                     'heltidsstudier.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Studietakt'}},
         'close_mappings': ['elm:learningSchedule'],
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:educationEvent.paceOfStudy'],
         'recommended': True,
         'slot_uri': 'kll:paceOfStudy'} })
    distance: Optional[DistanceDetails] = Field(default=None, title="Distance education", description="""The details of distance education; present only when the event is given at a distance.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Uppgifter om distansutbildning; '
                                                     'finns bara när tillfället ges på '
                                                     'distans.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Distansutbildning'}},
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:educationEvent.distance'],
         'related_mappings': ['schema:courseMode', 'elm:mode'],
         'slot_uri': 'kll:distanceEducation'} })
    is_apprenticeship: Optional[bool] = Field(default=None, title="Apprenticeship", description="""Whether the event is given as apprenticeship training, largely at a workplace.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om tillfället ges som '
                                                     'lärlingsutbildning, till stor '
                                                     'del på en arbetsplats.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Lärlingsutbildning'}},
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:educationEvent.isApprenticeship'],
         'slot_uri': 'kll:isApprenticeship'} })
    places: Optional[int] = Field(default=None, title="Places", description="""The number of study places offered.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Antalet utbildningsplatser som '
                                                     'erbjuds.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Antal platser'}},
         'close_mappings': ['schema:maximumAttendeeCapacity'],
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:educationEvent.places'],
         'slot_uri': 'kll:numberOfPlaces'} })
    fees: Optional[list[Fee]] = Field(default=None, title="Fees", description="""The fees that a learner pays; absent when the event is free of charge.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De avgifter som den studerande '
                                                     'betalar; saknas när tillfället '
                                                     'är avgiftsfritt.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Avgifter'}},
         'close_mappings': ['elm:priceDetail', 'schema:offers', 'ctdl:estimatedCost'],
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:educationEvent.fees'],
         'slot_uri': 'kll:fee'} })
    application: Optional[ApplicationDetails] = Field(default=None, title="Application", description="""How and when to apply to the event.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur och när man söker till '
                                                     'tillfället.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ansökan'}},
         'close_mappings': ['elm:admissionProcedure'],
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:educationEvent.application'],
         'recommended': True,
         'slot_uri': 'kll:application'} })
    keywords: Optional[LocalizedTextSet] = Field(default=None, title="Keywords", description="""Words or short phrases that help people find the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ord eller korta fraser som '
                                                     'hjälper människor att hitta '
                                                     'resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Nyckelord'}},
         'close_mappings': ['schema:keywords', 'emil:educationEvent.keywords'],
         'domain_of': ['EducationEvent', 'Dataset'],
         'slot_uri': 'dcat:keyword'} })
    part_of_packages: Optional[list[str]] = Field(default=None, title="Part of packages", description="""The package or programme events that this event is a part of.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De paket- eller '
                                                     'programtillfällen som det här '
                                                     'tillfället ingår i.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ingår i paket'}},
         'close_mappings': ['dcterms:isPartOf'],
         'domain_of': ['EducationEvent'],
         'exact_mappings': ['emil:UHEventExtension.eventPackageReferences'],
         'slot_uri': 'kll:partOfPackage'} })
    last_modified: datetime  = Field(default=..., title="Last modified", description="""The date and time the record was last changed.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datum och tid då posten senast '
                                                     'ändrades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Senast ändrad'}},
         'close_mappings': ['emil:lastEdited'],
         'domain_of': ['Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'DataRequest',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'JobPosting',
                       'OccupationOutlook',
                       'SkillsDemand'],
         'slot_uri': 'dcterms:modified'} })
    expires: datetime  = Field(default=..., title="Expires", description="""The date and time after which the record is no longer valid and should be removed from listings, e.g. when an event's application period and teaching have ended.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datum och tid efter vilken '
                                                     'posten inte längre gäller och '
                                                     'bör tas bort ur förteckningar, '
                                                     'till exempel när ett tillfälles '
                                                     'ansökningsperiod och '
                                                     'undervisning är slut.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Upphör att gälla'}},
         'close_mappings': ['ctdl:expirationDate'],
         'domain_of': ['EducationProvider', 'Education', 'EducationEvent'],
         'related_mappings': ['emil:educationEvent.expires',
                              'emil:educationInfo.expires',
                              'emil:educationProvider.expires'],
         'slot_uri': 'schema:expires'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["EducationEvent"] = Field(default="EducationEvent", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('emil_identifier')
    def pattern_emil_identifier(cls, v):
        pattern=re.compile(r"^e\.[!-~]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid emil_identifier format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid emil_identifier format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('contractor')
    def pattern_contractor(cls, v):
        pattern=re.compile(r"^\S(.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid contractor format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid contractor format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('department_name')
    def pattern_department_name(cls, v):
        pattern=re.compile(r"^\S(.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid department_name format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid department_name format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('homepage')
    def pattern_homepage(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid homepage format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid homepage format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('languages_of_instruction')
    def pattern_languages_of_instruction(cls, v):
        pattern=re.compile(r"^[a-z]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid languages_of_instruction format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid languages_of_instruction format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class ResponsibleBody(ConfiguredBaseModel):
    """
    The body legally responsible for an education provider (huvudman), given by its kind and name, e.g. a municipality for municipal adult education or the state for a university.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den som har det rättsliga '
                                                     'ansvaret för en '
                                                     'utbildningsanordnare '
                                                     '(huvudmannen), angiven med typ '
                                                     'och namn, till exempel en kommun '
                                                     'för kommunal vuxenutbildning '
                                                     'eller staten för ett statligt '
                                                     'lärosäte.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Huvudman'}},
         'class_uri': 'kll:ResponsibleBody',
         'exact_mappings': ['emil:educationProvider.responsibleBody'],
         'from_schema': 'https://w3id.org/kll/model/offering',
         'slot_usage': {'name': {'name': 'name', 'required': True},
                        'responsible_body_type': {'name': 'responsible_body_type',
                                                  'required': True}},
         'title': 'Responsible body'})

    responsible_body_type: ResponsibleBodyType = Field(default=..., title="Type of responsible body", description="""Whether the responsible body is a municipality, a region, the state, a private body or other.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om huvudmannen är en kommun, en '
                                                     'region, staten, en enskild '
                                                     'huvudman eller annan.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ av huvudman'}},
         'domain_of': ['ResponsibleBody'],
         'exact_mappings': ['emil:educationProvider.responsibleBody.type'],
         'slot_uri': 'kll:responsibleBodyType'} })
    name: LocalizedText = Field(default=..., title="Name", description="""The name by which the agent is known.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet som aktören är känd '
                                                     'under.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Namn'}},
         'close_mappings': ['skos:prefLabel', 'rov:legalName'],
         'domain_of': ['Organisation', 'ResponsibleBody'],
         'exact_mappings': ['schema:name'],
         'slot_uri': 'foaf:name'} })


class EducationLocation(Address):
    """
    An address where education is given or where a provider receives visitors: the postal address with its municipality code, and optionally the organisation and department at the address, the name of the study location and its WGS 84 position.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En adress där utbildning ges '
                                                     'eller där en anordnare tar emot '
                                                     'besök: postadressen med '
                                                     'kommunkod och, om det behövs, '
                                                     'organisationen och avdelningen '
                                                     'på adressen, studieortens namn '
                                                     'och dess position i WGS 84.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Studieort och besöksadress'}},
         'class_uri': 'kll:EducationLocation',
         'close_mappings': ['dcterms:Location', 'schema:Place'],
         'from_schema': 'https://w3id.org/kll/model/offering',
         'related_mappings': ['emil:Address'],
         'slot_usage': {'municipality_code': {'name': 'municipality_code',
                                              'recommended': True}},
         'title': 'Education location'})

    address_organisation: Optional[LocalizedText] = Field(default=None, title="Organisation at the address", description="""The name of the organisation at the address, as it is written on the address.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på organisationen på '
                                                     'adressen, så som det skrivs i '
                                                     'adressen.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Organisation på adressen'}},
         'close_mappings': ['vcard:organization-name'],
         'domain_of': ['EducationLocation'],
         'exact_mappings': ['emil:Address.organization'],
         'slot_uri': 'kll:addressOrganisation'} })
    address_department: Optional[LocalizedText] = Field(default=None, title="Department at the address", description="""The department or unit at the address, e.g. Vuxenutbildningen.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Avdelningen eller enheten på '
                                                     'adressen, till exempel '
                                                     'Vuxenutbildningen.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Avdelning på adressen'}},
         'close_mappings': ['vcard:organization-unit'],
         'domain_of': ['EducationLocation'],
         'exact_mappings': ['emil:Address.department'],
         'slot_uri': 'kll:addressDepartment'} })
    study_location_name: Optional[LocalizedText] = Field(default=None, title="Study location name", description="""The name of the study location as learners know it, e.g. a campus or a learning centre.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Studieortens namn så som de '
                                                     'studerande känner den, till '
                                                     'exempel ett campus eller ett '
                                                     'lärcentrum.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Studieortens namn'}},
         'close_mappings': ['locn:geographicName'],
         'domain_of': ['EducationLocation'],
         'exact_mappings': ['emil:Address.studyLocation'],
         'slot_uri': 'kll:studyLocationName'} })
    latitude: Optional[Decimal] = Field(default=None, title="Latitude", description="""The WGS 84 latitude of the location in decimal degrees.""", ge=-90, le=90, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Platsens latitud i WGS 84, i '
                                                     'decimala grader.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Latitud'}},
         'domain_of': ['EducationLocation'],
         'exact_mappings': ['emil:Address.wgs84'],
         'slot_uri': 'schema:latitude'} })
    longitude: Optional[Decimal] = Field(default=None, title="Longitude", description="""The WGS 84 longitude of the location in decimal degrees.""", ge=-180, le=180, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Platsens longitud i WGS 84, i '
                                                     'decimala grader.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Longitud'}},
         'domain_of': ['EducationLocation'],
         'related_mappings': ['emil:Address.wgs84'],
         'slot_uri': 'schema:longitude'} })
    street_address: Optional[str] = Field(default=None, title="Street address", description="""The street name and number, or a box address.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Gatunamn och nummer, eller en '
                                                     'boxadress.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Gatuadress'}},
         'close_mappings': ['schema:streetAddress', 'emil:Address.streetAddress'],
         'domain_of': ['Address'],
         'slot_uri': 'locn:thoroughfare'} })
    postal_code: Optional[str] = Field(default=None, title="Postal code", description="""The postal code; in Sweden five digits, usually written NNN NN.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Postnumret; i Sverige fem '
                                                     'siffror, oftast skrivet NNN NN.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Postnummer'}},
         'close_mappings': ['schema:postalCode', 'emil:Address.postalCode'],
         'domain_of': ['Address'],
         'slot_uri': 'locn:postCode'} })
    post_name: Optional[str] = Field(default=None, title="Post town", description="""The name of the post town.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Postortens namn.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Postort'}},
         'close_mappings': ['schema:addressLocality', 'emil:Address.town'],
         'domain_of': ['Address'],
         'slot_uri': 'locn:postName'} })
    municipality_code: Optional[str] = Field(default=None, title="Municipality code", description="""The four-digit Swedish municipality code (kommunkod); the first two digits are the county code (länskod). Checked against the shipped list of the 290 municipalities.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den fyrsiffriga svenska '
                                                     'kommunkoden; de två första '
                                                     'siffrorna är länskoden. '
                                                     'Kontrolleras mot den medföljande '
                                                     'listan över de 290 kommunerna.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kommunkod'}},
         'close_mappings': ['emil:Address.areaCode'],
         'domain_of': ['Address', 'SkillsDemand'],
         'recommended': True,
         'slot_uri': 'kll:municipalityCode'} })
    country_code: Optional[str] = Field(default=None, title="Country code", description="""The ISO 3166-1 alpha-2 code of the country, e.g. SE.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Landets kod enligt ISO 3166-1 '
                                                     'alfa-2, till exempel SE.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Landskod'}},
         'close_mappings': ['schema:addressCountry',
                            'emil:Address.country',
                            'elm:countryCode'],
         'domain_of': ['Address'],
         'slot_uri': 'locn:adminUnitL1'} })

    @field_validator('municipality_code')
    def pattern_municipality_code(cls, v):
        pattern=re.compile(r"^[0-9]{4}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid municipality_code format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid municipality_code format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('country_code')
    def pattern_country_code(cls, v):
        pattern=re.compile(r"^[A-Z]{2}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid country_code format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid country_code format: {v}"
            raise ValueError(err_msg)
        return v


class Credits(ConfiguredBaseModel):
    """
    The credit value of an education in a named Swedish credit system. Values in different systems are not interchangeable and are never converted into each other.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En utbildnings omfattning i '
                                                     'poäng i ett namngivet svenskt '
                                                     'poängsystem. Poäng i olika '
                                                     'system är inte utbytbara och '
                                                     'räknas aldrig om till varandra.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Poäng i svenskt poängsystem'}},
         'class_uri': 'kll:Credits',
         'close_mappings': ['elm:CreditPoint'],
         'exact_mappings': ['emil:educationInfo.credits'],
         'from_schema': 'https://w3id.org/kll/model/offering',
         'slot_usage': {'credit_system': {'name': 'credit_system', 'required': True},
                        'credit_value': {'name': 'credit_value', 'required': True}},
         'title': 'Credits'})

    credit_system: CreditSystem = Field(default=..., title="Credit system", description="""The credit system in which the credit value is expressed.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det poängsystem som poängen '
                                                     'anges i.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Poängsystem'}},
         'close_mappings': ['elm:framework', 'ctdl:creditUnitType'],
         'domain_of': ['Credits'],
         'exact_mappings': ['emil:educationInfo.credits.system'],
         'slot_uri': 'kll:creditSystem'} })
    credit_value: Decimal = Field(default=..., title="Credit value", description="""The number of credits, not negative, e.g. 7.5.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Antalet poäng, inte negativt, '
                                                     'till exempel 7,5.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Poängvärde'}},
         'close_mappings': ['elm:point', 'ctdl:creditValue'],
         'domain_of': ['Credits'],
         'exact_mappings': ['emil:educationInfo.credits.credits'],
         'slot_uri': 'kll:creditValue'} })
    credit_minimum: Optional[Decimal] = Field(default=None, title="Minimum credits", description="""The smallest number of credits where the credit value is a range, e.g. for a course package that the learner composes; not larger than the credit value.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det lägsta antalet poäng när '
                                                     'poängen är ett intervall, till '
                                                     'exempel för ett kurspaket som '
                                                     'den studerande sätter samman; '
                                                     'inte större än poängvärdet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Lägsta poäng'}},
         'domain_of': ['Credits'],
         'exact_mappings': ['emil:educationInfo.credits.min'],
         'slot_uri': 'kll:creditMinimum'} })


class TimeLength(ConfiguredBaseModel):
    """
    A length of time in whole units, such as 40 weeks or 2 semesters, optionally as a range up to a maximum, with a note.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En tidslängd i hela enheter, '
                                                     'till exempel 40 veckor eller 2 '
                                                     'terminer, eventuellt som ett '
                                                     'intervall upp till ett största '
                                                     'värde, med en kommentar.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Tidslängd'}},
         'class_uri': 'kll:TimeLength',
         'close_mappings': ['schema:Duration'],
         'exact_mappings': ['emil:TimeLength'],
         'from_schema': 'https://w3id.org/kll/model/offering',
         'slot_usage': {'length': {'name': 'length', 'required': True},
                        'time_unit': {'name': 'time_unit', 'required': True}},
         'title': 'Time length'})

    length: int = Field(default=..., title="Length", description="""The length in whole units; the lower bound where a maximum is also given.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Längden i hela enheter; den '
                                                     'undre gränsen när även ett '
                                                     'största värde anges.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Längd'}},
         'domain_of': ['TimeLength'],
         'exact_mappings': ['emil:TimeLength.length'],
         'slot_uri': 'kll:length'} })
    length_max: Optional[int] = Field(default=None, title="Maximum length", description="""The upper bound of the length where it is a range; not smaller than the length.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den övre gränsen för längden när '
                                                     'den är ett intervall; inte '
                                                     'mindre än längden.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Maximal längd'}},
         'domain_of': ['TimeLength'],
         'exact_mappings': ['emil:TimeLength.max'],
         'slot_uri': 'kll:lengthMax'} })
    time_unit: TimeUnit = Field(default=..., title="Time unit", description="""The unit in which the length is given.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den enhet som längden anges i.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Tidsenhet'}},
         'domain_of': ['TimeLength'],
         'exact_mappings': ['emil:TimeLength.unit'],
         'slot_uri': 'kll:timeUnit'} })
    length_note: Optional[LocalizedText] = Field(default=None, title="Note on length", description="""A free-text note on the length, e.g. how it depends on the learner's prior studies.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextkommentar om längden, '
                                                     'till exempel hur den beror på '
                                                     'den studerandes tidigare '
                                                     'studier.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Kommentar om längd'}},
         'domain_of': ['TimeLength'],
         'exact_mappings': ['emil:TimeLength.note'],
         'slot_uri': 'kll:lengthNote'} })


class Execution(ConfiguredBaseModel):
    """
    When an education event runs: the execution condition, and the start and end dates where the condition fixes them. With condition 1 both dates are given and the end date is not before the start date.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'När ett utbildningstillfälle '
                                                     'genomförs: genomförandevillkoret '
                                                     'samt start- och slutdatum när '
                                                     'villkoret bestämmer dem. Med '
                                                     'villkor 1 anges båda datumen och '
                                                     'slutdatumet ligger inte före '
                                                     'startdatumet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Genomförande'}},
         'class_uri': 'kll:Execution',
         'close_mappings': ['dcterms:PeriodOfTime'],
         'exact_mappings': ['emil:educationEvent.execution'],
         'from_schema': 'https://w3id.org/kll/model/offering',
         'slot_usage': {'execution_condition': {'name': 'execution_condition',
                                                'required': True}},
         'title': 'Execution'})

    execution_condition: ExecutionCondition = Field(default=..., title="Execution condition", description="""Whether the event is scheduled with fixed dates, and if not, who sets them.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om tillfället är planerat med '
                                                     'fasta datum, och om inte, vem '
                                                     'som bestämmer dem.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Genomförandevillkor'}},
         'domain_of': ['Execution'],
         'exact_mappings': ['emil:educationEvent.execution.condition'],
         'slot_uri': 'kll:executionCondition'} })
    start_date: Optional[date] = Field(default=None, title="Start date", description="""The first day of the period.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Periodens första dag.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Startdatum'}},
         'close_mappings': ['schema:startDate'],
         'domain_of': ['Period', 'Execution'],
         'slot_uri': 'dcat:startDate'} })
    end_date: Optional[date] = Field(default=None, title="End date", description="""The last day of the period; it is not before the start date.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Periodens sista dag; den ligger '
                                                     'inte före startdatumet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Slutdatum'}},
         'close_mappings': ['schema:endDate'],
         'domain_of': ['Period', 'Execution'],
         'slot_uri': 'dcat:endDate'} })


class AcademicPeriod(ConfiguredBaseModel):
    """
    The start of an education event in the academic calendar used by universities and higher vocational education: year, semester, study period and start and end weeks.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett utbildningstillfälles start '
                                                     'i den akademiska kalender som '
                                                     'lärosäten och yrkeshögskolan '
                                                     'använder: år, termin, läsperiod '
                                                     'samt start- och slutvecka.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Studieperiod'}},
         'class_uri': 'kll:AcademicPeriod',
         'exact_mappings': ['emil:UHEventExtension.startPeriod'],
         'from_schema': 'https://w3id.org/kll/model/offering',
         'slot_usage': {'period_year': {'name': 'period_year', 'required': True}},
         'title': 'Academic period'})

    period_year: str = Field(default=..., title="Year", description="""The calendar year of the academic period, four digits.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Studieperiodens kalenderår, fyra '
                                                     'siffror.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'År'}},
         'domain_of': ['AcademicPeriod'],
         'exact_mappings': ['emil:UHEventExtension.startPeriod.period.year'],
         'slot_uri': 'kll:periodYear'} })
    semester: Optional[Semester] = Field(default=None, title="Semester", description="""The semester in which the event starts, spring (vt) or autumn (ht).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den termin då tillfället '
                                                     'startar, vårtermin (vt) eller '
                                                     'hösttermin (ht).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Termin'}},
         'domain_of': ['AcademicPeriod'],
         'exact_mappings': ['emil:UHEventExtension.startPeriod.period.semester'],
         'slot_uri': 'kll:semester'} })
    period_number: Optional[int] = Field(default=None, title="Study period number", description="""The number of the study period (läsperiod) within the year, 1–5.""", ge=1, le=5, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Läsperiodens nummer inom året, '
                                                     '1–5.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Läsperiod'}},
         'domain_of': ['AcademicPeriod'],
         'exact_mappings': ['emil:UHEventExtension.startPeriod.period.periodNumber'],
         'slot_uri': 'kll:periodNumber'} })
    start_week: Optional[int] = Field(default=None, title="Start week", description="""The ISO 8601 week number in which the event starts.""", ge=1, le=53, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Veckonumret enligt ISO 8601 för '
                                                     'den vecka då tillfället '
                                                     'startar.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Startvecka'}},
         'domain_of': ['AcademicPeriod'],
         'exact_mappings': ['emil:UHEventExtension.startPeriod.week'],
         'slot_uri': 'kll:startWeek'} })
    end_week: Optional[int] = Field(default=None, title="End week", description="""The ISO 8601 week number in which the event ends.""", ge=1, le=53, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Veckonumret enligt ISO 8601 för '
                                                     'den vecka då tillfället slutar.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Slutvecka'}},
         'domain_of': ['AcademicPeriod'],
         'exact_mappings': ['emil:UHEventExtension.stopWeek'],
         'slot_uri': 'kll:endWeek'} })

    @field_validator('period_year')
    def pattern_period_year(cls, v):
        pattern=re.compile(r"^[0-9]{4}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid period_year format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid period_year format: {v}"
            raise ValueError(err_msg)
        return v


class PaceOfStudy(ConfiguredBaseModel):
    """
    How much of full-time study an education event takes: a percentage of full time, whether the learner sets the pace individually, and a note. At least one of percentage and individual pace is given.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur stor del av heltidsstudier '
                                                     'ett utbildningstillfälle '
                                                     'motsvarar: procent av heltid, om '
                                                     'den studerande bestämmer takten '
                                                     'individuellt, och en kommentar. '
                                                     'Minst ett av procentsatsen och '
                                                     'individuell takt anges.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Studietakt'}},
         'class_uri': 'kll:PaceOfStudy',
         'exact_mappings': ['emil:educationEvent.paceOfStudy'],
         'from_schema': 'https://w3id.org/kll/model/offering',
         'related_mappings': ['elm:learningSchedule'],
         'title': 'Pace of study'})

    pace_percentage: Optional[int] = Field(default=None, title="Percentage of full time", description="""The pace as a whole percentage of full-time study, 1–100 (100 = full time).""", ge=1, le=100, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Studietakten i hela procent av '
                                                     'heltidsstudier, 1–100 (100 = '
                                                     'heltid).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Procent av heltid'}},
         'domain_of': ['PaceOfStudy'],
         'exact_mappings': ['emil:educationEvent.paceOfStudy.percentage'],
         'slot_uri': 'kll:pacePercentage'} })
    individual_pace: Optional[bool] = Field(default=None, title="Individual pace", description="""Whether the learner sets the pace individually.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om den studerande bestämmer '
                                                     'studietakten individuellt.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Individuell studietakt'}},
         'domain_of': ['PaceOfStudy'],
         'exact_mappings': ['emil:educationEvent.paceOfStudy.individual'],
         'slot_uri': 'kll:individualPace'} })
    pace_note: Optional[LocalizedText] = Field(default=None, title="Note on pace", description="""A free-text note on the pace of study.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextkommentar om '
                                                     'studietakten.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Kommentar om studietakt'}},
         'domain_of': ['PaceOfStudy'],
         'exact_mappings': ['emil:educationEvent.paceOfStudy.note'],
         'slot_uri': 'kll:paceNote'} })


class DistanceDetails(ConfiguredBaseModel):
    """
    The details of an education event given as distance education: how many sessions are mandatory or optional, on site or remote, and a description. The presence of this object marks the event as distance education.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Uppgifter om ett '
                                                     'utbildningstillfälle som ges på '
                                                     'distans: hur många träffar som '
                                                     'är obligatoriska eller '
                                                     'frivilliga, på plats eller på '
                                                     'distans, och en beskrivning. Att '
                                                     'objektet finns anger att '
                                                     'tillfället ges som '
                                                     'distansutbildning.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Distansuppgifter'}},
         'class_uri': 'kll:DistanceDetails',
         'exact_mappings': ['emil:educationEvent.distance'],
         'from_schema': 'https://w3id.org/kll/model/offering',
         'related_mappings': ['schema:courseMode'],
         'title': 'Distance education details'})

    mandatory_sessions: Optional[int] = Field(default=None, title="Mandatory on-site sessions", description="""The number of mandatory sessions on site.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Antalet obligatoriska träffar på '
                                                     'plats.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Obligatoriska träffar på plats'}},
         'domain_of': ['DistanceDetails'],
         'exact_mappings': ['emil:educationEvent.distance.noOfMandatorySessions'],
         'slot_uri': 'kll:mandatorySessions'} })
    optional_sessions: Optional[int] = Field(default=None, title="Optional on-site sessions", description="""The number of optional sessions on site.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Antalet frivilliga träffar på '
                                                     'plats.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Frivilliga träffar på plats'}},
         'domain_of': ['DistanceDetails'],
         'exact_mappings': ['emil:educationEvent.distance.noOfOptionalSessions'],
         'slot_uri': 'kll:optionalSessions'} })
    mandatory_remote_sessions: Optional[int] = Field(default=None, title="Mandatory remote sessions", description="""The number of mandatory sessions held online at a set time.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Antalet obligatoriska träffar '
                                                     'som hålls på nätet vid en '
                                                     'bestämd tid.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Obligatoriska distansträffar'}},
         'domain_of': ['DistanceDetails'],
         'exact_mappings': ['emil:educationEvent.distance.noOfMandatoryRemoteSessions'],
         'slot_uri': 'kll:mandatoryRemoteSessions'} })
    optional_remote_sessions: Optional[int] = Field(default=None, title="Optional remote sessions", description="""The number of optional sessions held online at a set time.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Antalet frivilliga träffar som '
                                                     'hålls på nätet vid en bestämd '
                                                     'tid.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Frivilliga distansträffar'}},
         'domain_of': ['DistanceDetails'],
         'exact_mappings': ['emil:educationEvent.distance.noOfOptionalRemoteSessions'],
         'slot_uri': 'kll:optionalRemoteSessions'} })
    distance_description: Optional[LocalizedText] = Field(default=None, title="Description of distance education", description="""A free-text description of how the distance education is organised.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextbeskrivning av hur '
                                                     'distansutbildningen är upplagd.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Beskrivning av distansupplägg'}},
         'domain_of': ['DistanceDetails'],
         'exact_mappings': ['emil:educationEvent.distance.description'],
         'slot_uri': 'kll:distanceDescription'} })


class ApplicationDetails(ConfiguredBaseModel):
    """
    How and when to apply to an education event: the application code, instructions, where to apply (web page, e-mail or postal address), the application period and whether applications are taken continuously. The last application date is not before the first.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur och när man söker till ett '
                                                     'utbildningstillfälle: '
                                                     'anmälningskod, instruktioner, '
                                                     'var man söker (webbsida, e-post '
                                                     'eller postadress), '
                                                     'ansökningsperioden och om '
                                                     'ansökan tas emot löpande. Sista '
                                                     'ansökningsdag ligger inte före '
                                                     'första.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Ansökningsuppgifter'}},
         'class_uri': 'kll:ApplicationDetails',
         'close_mappings': ['elm:admissionProcedure'],
         'exact_mappings': ['emil:educationEvent.application'],
         'from_schema': 'https://w3id.org/kll/model/offering',
         'title': 'Application details'})

    application_code: Optional[str] = Field(default=None, title="Application code", description="""The code under which applicants apply, e.g. an anmälningskod at antagning.se.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den kod som sökande söker under, '
                                                     'till exempel en anmälningskod på '
                                                     'antagning.se.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Anmälningskod'}},
         'domain_of': ['ApplicationDetails'],
         'exact_mappings': ['emil:educationEvent.application.code'],
         'slot_uri': 'kll:applicationCode'} })
    application_instruction: Optional[LocalizedText] = Field(default=None, title="Application instructions", description="""Free-text instructions on how to apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Fritextinstruktioner om hur man '
                                                     'söker.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Ansökningsinstruktioner'}},
         'domain_of': ['ApplicationDetails'],
         'exact_mappings': ['emil:educationEvent.application.instruction'],
         'slot_uri': 'kll:applicationInstruction'} })
    application_url: Optional[str] = Field(default=None, title="Application web page", description="""The web page where applicants apply.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den webbsida där man söker.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ansökningssida'}},
         'close_mappings': ['schema:url'],
         'domain_of': ['ApplicationDetails'],
         'exact_mappings': ['emil:educationEvent.application.url'],
         'slot_uri': 'kll:applicationUrl'} })
    application_start_date: Optional[date] = Field(default=None, title="First application date", description="""The first day on which applications are accepted.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den första dag då ansökningar '
                                                     'tas emot.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Första ansökningsdag'}},
         'domain_of': ['ApplicationDetails'],
         'exact_mappings': ['emil:educationEvent.application.first'],
         'slot_uri': 'schema:applicationStartDate'} })
    application_deadline: Optional[date] = Field(default=None, title="Last application date", description="""The last day on which applications are accepted; not before the first application date.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den sista dag då ansökningar tas '
                                                     'emot; ligger inte före första '
                                                     'ansökningsdag.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Sista ansökningsdag'}},
         'close_mappings': ['elm:applicationDeadline',
                            'emil:UHEventExtension.applicationDetails.closeDate'],
         'domain_of': ['ApplicationDetails'],
         'exact_mappings': ['emil:educationEvent.application.last'],
         'slot_uri': 'schema:applicationDeadline'} })
    continuous_application: Optional[bool] = Field(default=None, title="Continuous application", description="""Whether applications are taken continuously, with no last application date.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om ansökningar tas emot löpande, '
                                                     'utan sista ansökningsdag.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Löpande ansökan'}},
         'domain_of': ['ApplicationDetails'],
         'exact_mappings': ['emil:educationEvent.application.continuous'],
         'slot_uri': 'kll:continuousApplication'} })
    email: Optional[str] = Field(default=None, title="E-mail address", description="""An e-mail address, without the mailto scheme.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En e-postadress, utan '
                                                     'mailto-schemat.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'E-postadress'}},
         'close_mappings': ['schema:email', 'elm:emailAddress'],
         'domain_of': ['Organisation', 'ContactPoint', 'ApplicationDetails'],
         'slot_uri': 'vcard:hasEmail'} })
    address: Optional[Address] = Field(default=None, title="Address", description="""The postal or visiting address of the agent.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Aktörens post- eller '
                                                     'besöksadress.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Adress'}},
         'close_mappings': ['schema:address'],
         'domain_of': ['Organisation', 'ApplicationDetails'],
         'slot_uri': 'locn:address'} })

    @field_validator('application_code')
    def pattern_application_code(cls, v):
        pattern=re.compile(r"^\S(.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid application_code format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid application_code format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('application_url')
    def pattern_application_url(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid application_url format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid application_url format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('email')
    def pattern_email(cls, v):
        pattern=re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid email format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid email format: {v}"
            raise ValueError(err_msg)
        return v


class Fee(MonetaryAmount):
    """
    A fee that a learner pays for an education event: the total amount and currency, an optional first instalment, and the condition under which the fee applies (e.g. only for applicants from outside the EU/EEA and Switzerland).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En avgift som den studerande '
                                                     'betalar för ett '
                                                     'utbildningstillfälle: '
                                                     'totalbelopp och valuta, '
                                                     'eventuellt första delbetalning, '
                                                     'och villkoret för när avgiften '
                                                     'gäller (till exempel bara för '
                                                     'sökande utanför EU/EES och '
                                                     'Schweiz).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Avgift'}},
         'class_uri': 'kll:Fee',
         'close_mappings': ['elm:PriceDetail', 'schema:PriceSpecification'],
         'exact_mappings': ['emil:educationEvent.fees'],
         'from_schema': 'https://w3id.org/kll/model/offering',
         'title': 'Fee'})

    first_installment: Optional[Decimal] = Field(default=None, title="First instalment", description="""The amount of the first instalment, in the fee's currency; not larger than the total amount.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Beloppet för den första '
                                                     'delbetalningen, i avgiftens '
                                                     'valuta; inte större än '
                                                     'totalbeloppet.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Första delbetalning'}},
         'domain_of': ['Fee'],
         'exact_mappings': ['emil:educationEvent.fees.firstInstallment'],
         'slot_uri': 'kll:firstInstallment'} })
    fee_condition: Optional[LocalizedText] = Field(default=None, title="Fee condition", description="""The condition under which the fee applies, as free text.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Villkoret för när avgiften '
                                                     'gäller, som fritext.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Villkor för avgift'}},
         'domain_of': ['Fee'],
         'exact_mappings': ['emil:educationEvent.fees.condition'],
         'slot_uri': 'kll:feeCondition'} })
    amount: Decimal = Field(default=..., title="Amount", description="""The amount of money, not negative.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Penningbeloppet, inte negativt.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Belopp'}},
         'close_mappings': ['emil:educationEvent.fees.totalAmount'],
         'domain_of': ['MonetaryAmount'],
         'slot_uri': 'schema:value'} })
    currency: str = Field(default=..., title="Currency", description="""The ISO 4217 code of the currency, e.g. SEK.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Valutans kod enligt ISO 4217, '
                                                     'till exempel SEK.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Valuta'}},
         'close_mappings': ['emil:educationEvent.fees.currency'],
         'domain_of': ['MonetaryAmount'],
         'slot_uri': 'schema:currency'} })

    @field_validator('currency')
    def pattern_currency(cls, v):
        pattern=re.compile(r"^[A-Z]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid currency format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid currency format: {v}"
            raise ValueError(err_msg)
        return v


class EligibilityRequirement(ConfiguredBaseModel):
    """
    One entry requirement of an education in structured form: whether it is the general eligibility of the form of education (grundläggande behörighet) or a specific one (särskild behörighet; for Yrkeshögskolan also särskilda förkunskaper, for komvux the prerequisites of a course), for higher education the standardised specific eligibility it names (områdesbehörighet, e.g. A14), and the upper-secondary courses it requires with their minimum grade. An education's requirements all apply together. The report asks for exactly this: \"Information om behörighet är central och behöver kompletteras\" (section 4.1.2, Statens skolverk). The free text in Education.eligibility stays the description that EMIL3 carries; this structure is beside it.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett behörighetskrav för en '
                                                     'utbildning i strukturerad form: '
                                                     'om det är skolformens '
                                                     'grundläggande behörighet eller '
                                                     'ett särskilt krav (särskild '
                                                     'behörighet; för yrkeshögskolan '
                                                     'även särskilda förkunskaper, för '
                                                     'komvux en kurs förkunskapskrav), '
                                                     'för högskoleutbildning den '
                                                     'standardiserade särskilda '
                                                     'behörighet som kravet anger '
                                                     '(områdesbehörighet, till exempel '
                                                     'A14), och de gymnasiekurser som '
                                                     'krävs med lägsta betyg. En '
                                                     'utbildnings alla krav gäller '
                                                     'samtidigt. Rapporten efterfrågar '
                                                     'just detta: "Information om '
                                                     'behörighet är central och '
                                                     'behöver kompletteras" (avsnitt '
                                                     '4.1.2, Statens skolverk). '
                                                     'Fritexten i '
                                                     'Education.eligibility förblir '
                                                     'den beskrivning som EMIL3 bär; '
                                                     'strukturen ligger bredvid den.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Behörighetskrav'}},
         'class_uri': 'kll:EligibilityRequirement',
         'close_mappings': ['ctdl:ConditionProfile'],
         'from_schema': 'https://w3id.org/kll/model/offering',
         'related_mappings': ['elm:entryRequirement'],
         'slot_usage': {'eligibility_kind': {'name': 'eligibility_kind',
                                             'required': True}},
         'title': 'Eligibility requirement'})

    eligibility_kind: EligibilityKind = Field(default=..., title="Kind of eligibility", description="""Whether the requirement is the general eligibility of the form of education or a specific one.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om kravet är skolformens '
                                                     'grundläggande behörighet eller '
                                                     'en särskild behörighet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ av behörighet'}},
         'domain_of': ['EligibilityRequirement'],
         'slot_uri': 'kll:eligibilityKind'} })
    eligibility_area: Optional[ConceptReference] = Field(default=None, title="Standardised specific eligibility", description="""For higher education, the standardised specific eligibility that the requirement names (områdesbehörighet, written A1, A6b, A14 …; 1–17 for the older upper-secondary grades), as a concept reference in a local scheme whose version names the list, e.g. uhr-omradesbehorigheter-gy11. No code list is shipped: the complete list with its course sets could not be taken from a citable source exactly, and UHR's admission service antagning.se states that the term is not used from the admission to the summer courses of 2022 on; universities still name the areas in their entry requirements.""", json_schema_extra = { "linkml_meta": {'annotations': {'accepted_schemes': {'tag': 'accepted_schemes',
                                              'value': 'local'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'För högskoleutbildning den '
                                                     'standardiserade särskilda '
                                                     'behörighet som kravet anger '
                                                     '(områdesbehörighet, skriven A1, '
                                                     'A6b, A14 …; 1–17 för äldre '
                                                     'gymnasiebetyg), som '
                                                     'begreppsreferens i ett lokalt '
                                                     'schema vars version namnger '
                                                     'listan, till exempel '
                                                     'uhr-omradesbehorigheter-gy11. '
                                                     'Ingen kodlista medföljer: den '
                                                     'fullständiga listan med '
                                                     'kursuppsättningar gick inte att '
                                                     'hämta exakt ur en källa som kan '
                                                     'anges, och UHR:s '
                                                     'antagningstjänst antagning.se '
                                                     'anger att begreppet inte används '
                                                     'från och med antagningen till '
                                                     'sommarkurser 2022; lärosätena '
                                                     'anger ändå områdena i sina '
                                                     'behörighetskrav.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Områdesbehörighet'}},
         'domain_of': ['EligibilityRequirement'],
         'related_mappings': ['ctdl:requires'],
         'slot_uri': 'kll:eligibilityArea'} })
    course_requirements: Optional[list[CourseRequirement]] = Field(default=None, title="Course requirements", description="""The upper-secondary courses that the requirement asks for, each with its lowest grade; all apply together.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De gymnasiekurser som kravet '
                                                     'efterfrågar, var och en med '
                                                     'lägsta betyg; alla gäller '
                                                     'samtidigt.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kurskrav'}},
         'domain_of': ['EligibilityRequirement'],
         'related_mappings': ['schema:coursePrerequisites'],
         'slot_uri': 'kll:courseRequirements'} })
    description: Optional[LocalizedText] = Field(default=None, title="Description", description="""A free-text account of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextbeskrivning av '
                                                     'resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beskrivning'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'EligibilityRequirement',
                       'CourseRequirement',
                       'Evidence',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DataFlow',
                       'SecrecyAssessment',
                       'JobPosting'],
         'exact_mappings': ['schema:description'],
         'slot_uri': 'dcterms:description'} })


class CourseRequirement(ConfiguredBaseModel):
    """
    An upper-secondary course that an eligibility requirement asks for, with the lowest grade that meets it. The courses listed are alternatives: any one of them meets the requirement (Matematik 2a, 2b or 2c). A combination that replaces a course (Samhällskunskap 1a1 + 1a2 for 1b) is said in the description.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En gymnasiekurs som ett '
                                                     'behörighetskrav efterfrågar, med '
                                                     'det lägsta betyg som uppfyller '
                                                     'kravet. Kurserna i listan är '
                                                     'alternativ: vilken som helst av '
                                                     'dem uppfyller kravet (Matematik '
                                                     '2a, 2b eller 2c). En kombination '
                                                     'som ersätter en kurs '
                                                     '(Samhällskunskap 1a1 + 1a2 i '
                                                     'stället för 1b) anges i '
                                                     'beskrivningen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kurskrav'}},
         'class_uri': 'kll:CourseRequirement',
         'close_mappings': ['ctdl:ConditionProfile'],
         'from_schema': 'https://w3id.org/kll/model/offering',
         'related_mappings': ['schema:coursePrerequisites'],
         'slot_usage': {'courses': {'name': 'courses', 'required': True}},
         'title': 'Course requirement'})

    courses: list[ConceptReference] = Field(default=..., title="Courses", description="""The course, or the alternative courses any one of which meets the requirement, by Skolverket's course code (scheme gy-course, e.g. MATMAT02c) or a local scheme.""", json_schema_extra = { "linkml_meta": {'annotations': {'accepted_schemes': {'tag': 'accepted_schemes',
                                              'value': 'gy-course local'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Kursen, eller de alternativa '
                                                     'kurser av vilka vilken som helst '
                                                     'uppfyller kravet, med '
                                                     'Skolverkets kurskod (schemat '
                                                     'gy-course, till exempel '
                                                     'MATMAT02c) eller ett lokalt '
                                                     'schema.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kurser'}},
         'domain_of': ['CourseRequirement'],
         'related_mappings': ['schema:coursePrerequisites'],
         'slot_uri': 'kll:requiredCourse'} })
    minimum_grade: Optional[str] = Field(default=None, title="Minimum grade", description="""The lowest grade in the course that meets the requirement, as the grading scale writes it; for a course of Skolverket's course codes one of the passing grades A–E (E is the lowest). Absent where knowledge equivalent to the course suffices without a grade.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det lägsta betyg i kursen som '
                                                     'uppfyller kravet, så som '
                                                     'betygsskalan skriver det; för en '
                                                     'kurs med Skolverkets kurskod ett '
                                                     'av de godkända betygen A–E (E är '
                                                     'lägst). Saknas där kunskaper '
                                                     'motsvarande kursen räcker utan '
                                                     'betyg.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Lägsta betyg'}},
         'domain_of': ['CourseRequirement'],
         'slot_uri': 'kll:minimumGrade'} })
    description: Optional[LocalizedText] = Field(default=None, title="Description", description="""A free-text account of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextbeskrivning av '
                                                     'resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beskrivning'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'EligibilityRequirement',
                       'CourseRequirement',
                       'Evidence',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DataFlow',
                       'SecrecyAssessment',
                       'JobPosting'],
         'exact_mappings': ['schema:description'],
         'slot_uri': 'dcterms:description'} })

    @field_validator('minimum_grade')
    def pattern_minimum_grade(cls, v):
        pattern=re.compile(r"^[!-~]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid minimum_grade format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid minimum_grade format: {v}"
            raise ValueError(err_msg)
        return v


class Achievement(Entity):
    """
    The award of a qualification, or of a recognised set of learning outcomes, to one person by an issuer on a given date, as carried in a verifiable credential such as a European Digital Credential or an Open Badge. Personal data.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Tilldelningen av en '
                                                     'kvalifikation, eller av en '
                                                     'erkänd uppsättning '
                                                     'läranderesultat, till en person '
                                                     'av en utfärdare vid ett visst '
                                                     'datum, så som den bärs i ett '
                                                     'verifierbart intyg, till exempel '
                                                     'ett europeiskt digitalt intyg '
                                                     'eller en Open Badge. '
                                                     'Personuppgift.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Merit'}},
         'class_uri': 'elm:LearningAchievement',
         'close_mappings': ['ob:AchievementSubject'],
         'from_schema': 'https://w3id.org/kll/model/individual',
         'related_mappings': ['ob:Achievement',
                              'ob:AchievementCredential',
                              'cred:VerifiableCredential'],
         'slot_usage': {'awarding_date': {'name': 'awarding_date', 'required': True},
                        'credit_points': {'description': 'The credit points that the '
                                                         'learner received for the '
                                                         'achievement.',
                                          'name': 'credit_points'},
                        'issuer': {'name': 'issuer', 'required': True},
                        'learner': {'description': 'The person to whom the achievement '
                                                   'was awarded.',
                                    'name': 'learner',
                                    'required': True},
                        'qualification': {'description': 'The qualification that the '
                                                         'achievement awards.',
                                          'name': 'qualification',
                                          'recommended': True},
                        'title': {'description': 'The title of the achievement as '
                                                 'shown to people, usually the title '
                                                 'of the qualification.',
                                  'name': 'title',
                                  'recommended': True}},
         'title': 'Achievement'})

    title: Optional[LocalizedText] = Field(default=None, title="Title", description="""The title of the achievement as shown to people, usually the title of the qualification.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Resursens titel.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Titel'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'MicroCredential',
                       'Education',
                       'EducationEvent',
                       'Achievement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DecisionRecord',
                       'DataFlow',
                       'Agreement',
                       'JobPosting'],
         'exact_mappings': ['schema:name'],
         'recommended': True,
         'slot_uri': 'dcterms:title'} })
    learner: str = Field(default=..., title="Learner", description="""The person to whom the achievement was awarded.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den person som innehar meriten, '
                                                     'intyget eller dokumentet, '
                                                     'refererad med identifierare. '
                                                     'Personuppgift.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Innehavare'}},
         'domain_of': ['MicroCredential',
                       'Achievement',
                       'DiplomaSupplement',
                       'ValidationOfPriorLearning',
                       'StudyResult'],
         'slot_uri': 'cred:credentialSubject'} })
    issuer: str = Field(default=..., title="Issuer", description="""The organisation that issued the achievement, credential or document.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som utfärdade '
                                                     'meriten, intyget eller '
                                                     'dokumentet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utfärdare'}},
         'domain_of': ['Achievement', 'DiplomaSupplement', 'StudyResult'],
         'related_mappings': ['elm:awardedBy'],
         'slot_uri': 'cred:issuer'} })
    qualification: Optional[str] = Field(default=None, title="Qualification", description="""The qualification that the achievement awards.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den kvalifikation som posten '
                                                     'gäller, refererad med '
                                                     'identifierare.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kvalifikation'}},
         'close_mappings': ['elm:specifiedBy', 'elm:limitQualification'],
         'domain_of': ['LevelPlacementDecision',
                       'MicroCredential',
                       'Achievement',
                       'DiplomaSupplement'],
         'recommended': True,
         'related_mappings': ['ob:achievement'],
         'slot_uri': 'kll:qualification'} })
    awarding_date: date = Field(default=..., title="Date of award", description="""The date on which the achievement was awarded to the learner.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då meriten tilldelades '
                                                     'personen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Tilldelningsdatum'}},
         'close_mappings': ['dcterms:issued', 'ob:awardedDate'],
         'domain_of': ['Achievement'],
         'slot_uri': 'elm:awardingDate'} })
    grade: Optional[str] = Field(default=None, title="Grade", description="""The grade or result achieved, written as the grading scheme writes it, e.g. VG or B.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det betyg eller resultat som '
                                                     'uppnåddes, skrivet som '
                                                     'betygsskalan skriver det, till '
                                                     'exempel VG eller B.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Betyg'}},
         'domain_of': ['MicroCredential',
                       'Achievement',
                       'DiplomaSupplement',
                       'ValidationOfPriorLearning',
                       'StudyResult'],
         'related_mappings': ['ob:achievedLevel'],
         'slot_uri': 'elm:grade'} })
    credit_points: Optional[CreditPoints] = Field(default=None, title="Credit points", description="""The credit points that the learner received for the achievement.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De poäng som kvalifikationen '
                                                     'eller meriten har i ett angivet '
                                                     'poängsystem.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Poäng för kvalifikation eller merit'}},
         'close_mappings': ['emil:educationInfo.credits', 'ctdl:creditValue'],
         'domain_of': ['Qualification',
                       'Achievement',
                       'DiplomaSupplement',
                       'ValidationOfPriorLearning',
                       'StudyResult'],
         'slot_uri': 'elm:creditPoint'} })
    evidence: Optional[list[Evidence]] = Field(default=None, title="Evidence", description="""Material that supports the achievement.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Material som styrker meriten.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Underlag'}},
         'domain_of': ['Achievement'],
         'slot_uri': 'cred:evidence'} })
    credential_id: Optional[str] = Field(default=None, title="Credential identifier", description="""The identifier of the verifiable credential (for example a European Digital Credential or an Open Badge) that carries the achievement.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Identifieraren för det '
                                                     'verifierbara intyg (till exempel '
                                                     'ett europeiskt digitalt intyg '
                                                     'eller en Open Badge) som bär '
                                                     'meriten.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Intygets identifierare'}},
         'domain_of': ['Achievement'],
         'related_mappings': ['cred:VerifiableCredential'],
         'slot_uri': 'kll:credentialId'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["Achievement"] = Field(default="Achievement", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('grade')
    def pattern_grade(cls, v):
        pattern=re.compile(r"^\S(.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid grade format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid grade format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('credential_id')
    def pattern_credential_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid credential_id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid credential_id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Evidence(ConfiguredBaseModel):
    """
    A pointer to material that supports an achievement, such as a verification page for a certificate or a piece of the learner's work.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En hänvisning till material som '
                                                     'styrker en merit, till exempel '
                                                     'en kontrollsida för ett intyg '
                                                     'eller ett arbete som personen '
                                                     'har gjort.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Underlag'}},
         'class_uri': 'elm:Evidence',
         'close_mappings': ['ob:Evidence'],
         'from_schema': 'https://w3id.org/kll/model/individual',
         'slot_usage': {'description': {'description': 'What the evidence shows.',
                                        'name': 'description'},
                        'evidence_url': {'name': 'evidence_url', 'required': True}},
         'title': 'Evidence'})

    evidence_url: str = Field(default=..., title="Evidence address", description="""The web address of the evidence.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Underlagets webbadress.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Underlagets adress'}},
         'domain_of': ['Evidence'],
         'slot_uri': 'schema:url'} })
    description: Optional[LocalizedText] = Field(default=None, title="Description", description="""What the evidence shows.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextbeskrivning av '
                                                     'resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beskrivning'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'EligibilityRequirement',
                       'CourseRequirement',
                       'Evidence',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DataFlow',
                       'SecrecyAssessment',
                       'JobPosting'],
         'exact_mappings': ['schema:description'],
         'slot_uri': 'dcterms:description'} })

    @field_validator('evidence_url')
    def pattern_evidence_url(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid evidence_url format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid evidence_url format: {v}"
            raise ValueError(err_msg)
        return v


class DiplomaSupplement(Entity):
    """
    The Europass Diploma Supplement (bilaga till examensbevis) that a higher-education institution issues with a degree certificate, with the fields of its main sections: the holder, the qualification, its level and length, the contents and results, its function, additional information, the certification and the national education system. Personal data.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Europass-bilagan till '
                                                     'examensbevis (Diploma '
                                                     'Supplement) som ett lärosäte '
                                                     'utfärdar tillsammans med '
                                                     'examensbeviset, med fälten i '
                                                     'dess huvudavsnitt: innehavaren, '
                                                     'kvalifikationen, dess nivå och '
                                                     'omfattning, innehåll och '
                                                     'resultat, dess funktion, övrig '
                                                     'information, intygandet och det '
                                                     'nationella utbildningssystemet. '
                                                     'Personuppgift.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Bilaga till examensbevis'}},
         'class_uri': 'kll:DiplomaSupplement',
         'close_mappings': ['elm:EuropeanDigitalCredential'],
         'from_schema': 'https://w3id.org/kll/model/individual',
         'slot_usage': {'component_achievements': {'description': 'The courses and '
                                                                  'their individual '
                                                                  'grades or credits '
                                                                  '(section 4.3).',
                                                   'name': 'component_achievements'},
                        'credit_points': {'description': 'The official length of the '
                                                         'programme in credits '
                                                         '(section 3.2).',
                                          'name': 'credit_points',
                                          'recommended': True},
                        'entry_requirements': {'description': 'The access requirements '
                                                              'of the programme '
                                                              '(section 3.3).',
                                               'name': 'entry_requirements'},
                        'eqf_level': {'description': 'The level of the qualification '
                                                     'in the EQF (section 3.1).',
                                      'name': 'eqf_level'},
                        'fields_of_education': {'description': 'The main fields of '
                                                               'study of the '
                                                               'qualification (section '
                                                               '2.2).',
                                                'name': 'fields_of_education',
                                                'recommended': True},
                        'further_information': {'description': 'Additional information '
                                                               "about the holder's "
                                                               'studies (section 6.1).',
                                                'name': 'further_information'},
                        'grade': {'description': 'The overall classification of the '
                                                 'qualification, where the system has '
                                                 'one (section 4.5).',
                                  'name': 'grade'},
                        'grading_scheme': {'name': 'grading_scheme',
                                           'recommended': True},
                        'instruction_and_examination_languages': {'name': 'instruction_and_examination_languages',
                                                                  'recommended': True},
                        'issued': {'description': 'The date of certification of the '
                                                  'supplement (section 7.1).',
                                   'name': 'issued',
                                   'required': True},
                        'issuer': {'description': 'The institution that awarded the '
                                                  'qualification and issues the '
                                                  'supplement (section 2.3).',
                                   'name': 'issuer',
                                   'required': True},
                        'learner': {'description': 'The holder of the qualification '
                                                   '(section 1 of the supplement).',
                                    'name': 'learner',
                                    'required': True},
                        'learning_outcome_summary': {'description': 'The programme '
                                                                    'learning outcomes '
                                                                    '(section 4.2).',
                                                     'name': 'learning_outcome_summary',
                                                     'recommended': True},
                        'modes_of_study': {'name': 'modes_of_study',
                                           'recommended': True},
                        'qualification': {'description': 'The qualification that the '
                                                         'supplement describes '
                                                         '(section 2.1).',
                                          'name': 'qualification',
                                          'required': True},
                        'seqf_level': {'description': 'The level of the qualification '
                                                      'in the SeQF (section 3.1).',
                                       'name': 'seqf_level',
                                       'recommended': True}},
         'title': 'Diploma supplement'})

    learner: str = Field(default=..., title="Learner", description="""The holder of the qualification (section 1 of the supplement).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den person som innehar meriten, '
                                                     'intyget eller dokumentet, '
                                                     'refererad med identifierare. '
                                                     'Personuppgift.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Innehavare'}},
         'domain_of': ['MicroCredential',
                       'Achievement',
                       'DiplomaSupplement',
                       'ValidationOfPriorLearning',
                       'StudyResult'],
         'slot_uri': 'cred:credentialSubject'} })
    qualification: str = Field(default=..., title="Qualification", description="""The qualification that the supplement describes (section 2.1).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den kvalifikation som posten '
                                                     'gäller, refererad med '
                                                     'identifierare.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kvalifikation'}},
         'close_mappings': ['elm:specifiedBy', 'elm:limitQualification'],
         'domain_of': ['LevelPlacementDecision',
                       'MicroCredential',
                       'Achievement',
                       'DiplomaSupplement'],
         'related_mappings': ['ob:achievement'],
         'slot_uri': 'kll:qualification'} })
    title_conferred: Optional[LocalizedText] = Field(default=None, title="Title conferred", description="""The title that the qualification confers on the holder, e.g. \"Filosofie kandidatexamen\" (section 2.1 of the supplement).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den titel som kvalifikationen '
                                                     'ger innehavaren, till exempel '
                                                     '"Filosofie kandidatexamen" '
                                                     '(avsnitt 2.1 i bilagan).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Examensbenämning'}},
         'domain_of': ['DiplomaSupplement'],
         'slot_uri': 'kll:titleConferred'} })
    fields_of_education: Optional[list[ConceptReference]] = Field(default=None, title="Fields of education", description="""The main fields of study of the qualification (section 2.2).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Kvalifikationens '
                                                     'utbildningsinriktningar som '
                                                     'begrepp i ett angivet schema, '
                                                     'helst SUN 2020 (inriktning) och, '
                                                     'för europeiskt utbyte, ISCED-F '
                                                     '2013.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Utbildningsinriktningar'}},
         'close_mappings': ['elm:ISCEDFCode', 'emil:educationInfo.subjects'],
         'domain_of': ['Qualification', 'DiplomaSupplement'],
         'recommended': True,
         'slot_uri': 'elm:educationSubject'} })
    issuer: str = Field(default=..., title="Issuer", description="""The institution that awarded the qualification and issues the supplement (section 2.3).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som utfärdade '
                                                     'meriten, intyget eller '
                                                     'dokumentet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utfärdare'}},
         'domain_of': ['Achievement', 'DiplomaSupplement', 'StudyResult'],
         'related_mappings': ['elm:awardedBy'],
         'slot_uri': 'cred:issuer'} })
    administering_institution: Optional[str] = Field(default=None, title="Institution administering studies", description="""The institution that administered the studies, when it is not the awarding institution (section 2.4 of the supplement).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det lärosäte som gav '
                                                     'utbildningen, om det inte är det '
                                                     'utfärdande lärosätet (avsnitt '
                                                     '2.4 i bilagan).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Lärosäte som gav utbildningen'}},
         'domain_of': ['DiplomaSupplement'],
         'related_mappings': ['elm:providedBy'],
         'slot_uri': 'kll:administeringInstitution'} })
    instruction_and_examination_languages: Optional[list[str]] = Field(default=None, title="Languages of instruction and examination", description="""The ISO 639-3 codes of the languages of instruction and examination, e.g. swe, eng (section 2.5 of the supplement).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Koder enligt ISO 639-3 för '
                                                     'undervisnings- och '
                                                     'examinationsspråken, till '
                                                     'exempel swe, eng (avsnitt 2.5 i '
                                                     'bilagan).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Undervisnings- och examinationsspråk'}},
         'close_mappings': ['emil:educationEvent.languageOfInstructions'],
         'domain_of': ['DiplomaSupplement'],
         'recommended': True,
         'related_mappings': ['dcterms:language'],
         'slot_uri': 'kll:instructionLanguage'} })
    seqf_level: Optional[SeqfLevel] = Field(default=None, title="SeQF level", description="""The level of the qualification in the SeQF (section 3.1).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Kvalifikationens nivå i Sveriges '
                                                     'referensram för kvalifikationer '
                                                     '(SeQF), fastställd av regeringen '
                                                     'för kvalifikationer i det '
                                                     'formella systemet och genom '
                                                     'beslut om nivåplacering av '
                                                     'Myndigheten för yrkeshögskolan '
                                                     'för övriga.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'SeQF-nivå'}},
         'close_mappings': ['emil:educationInfo.qualificationLevel'],
         'domain_of': ['Qualification', 'LevelPlacementDecision', 'DiplomaSupplement'],
         'recommended': True,
         'slot_uri': 'elm:NQFLevel'} })
    eqf_level: Optional[EqfLevel] = Field(default=None, title="EQF level", description="""The level of the qualification in the EQF (section 3.1).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Kvalifikationens nivå i den '
                                                     'europeiska referensramen för '
                                                     'kvalifikationer; för svenska '
                                                     'kvalifikationer är den lika med '
                                                     'SeQF-nivån.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'EQF-nivå'}},
         'domain_of': ['Qualification', 'DiplomaSupplement'],
         'related_mappings': ['ctdl:audienceLevelType'],
         'slot_uri': 'elm:EQFLevel'} })
    credit_points: Optional[CreditPoints] = Field(default=None, title="Credit points", description="""The official length of the programme in credits (section 3.2).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De poäng som kvalifikationen '
                                                     'eller meriten har i ett angivet '
                                                     'poängsystem.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Poäng för kvalifikation eller merit'}},
         'close_mappings': ['emil:educationInfo.credits', 'ctdl:creditValue'],
         'domain_of': ['Qualification',
                       'Achievement',
                       'DiplomaSupplement',
                       'ValidationOfPriorLearning',
                       'StudyResult'],
         'recommended': True,
         'slot_uri': 'elm:creditPoint'} })
    official_programme_length: Optional[str] = Field(default=None, title="Official length of programme", description="""The official length of the programme in years, months, weeks or days of full-time study, written as an ISO 8601 duration, e.g. P3Y (section 3.2 of the supplement).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Utbildningens nominella längd i '
                                                     'år, månader, veckor eller dagar '
                                                     'av heltidsstudier, skriven som '
                                                     'en varaktighet enligt ISO 8601, '
                                                     'till exempel P3Y (avsnitt 3.2 i '
                                                     'bilagan).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Utbildningens nominella längd'}},
         'domain_of': ['DiplomaSupplement'],
         'related_mappings': ['elm:duration'],
         'slot_uri': 'kll:officialProgrammeLength'} })
    entry_requirements: Optional[LocalizedText] = Field(default=None, title="Entry requirements", description="""The access requirements of the programme (section 3.3).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De förutsättningar som en person '
                                                     'måste uppfylla för att påbörja '
                                                     'det lärande som leder till '
                                                     'kvalifikationen eller meriten.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Förkunskapskrav'}},
         'close_mappings': ['emil:educationInfo.eligibility'],
         'domain_of': ['Qualification', 'MicroCredential', 'DiplomaSupplement'],
         'related_mappings': ['ctdl:requires'],
         'slot_uri': 'elm:entryRequirement'} })
    modes_of_study: Optional[list[ModeOfStudy]] = Field(default=None, title="Modes of study", description="""How the holder studied, e.g. full time and at a distance (section 4.1 of the supplement).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur innehavaren studerade, till '
                                                     'exempel på heltid och på distans '
                                                     '(avsnitt 4.1 i bilagan).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Studieformer'}},
         'domain_of': ['DiplomaSupplement'],
         'recommended': True,
         'related_mappings': ['elm:mode', 'emil:educationEvent.paceOfStudy'],
         'slot_uri': 'kll:modeOfStudy'} })
    learning_outcome_summary: Optional[LocalizedText] = Field(default=None, title="Learning outcome summary", description="""The programme learning outcomes (section 4.2).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En sammanfattning i fritext av '
                                                     'kvalifikationens samtliga '
                                                     'läranderesultat.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Sammanfattning av läranderesultat'}},
         'domain_of': ['Qualification', 'DiplomaSupplement'],
         'recommended': True,
         'slot_uri': 'elm:learningOutcomeSummary'} })
    component_achievements: Optional[list[str]] = Field(default=None, title="Component achievements", description="""The courses and their individual grades or credits (section 4.3).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De mindre meriter, till exempel '
                                                     'godkända kurser, som ingår i '
                                                     'denna.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ingående meriter'}},
         'close_mappings': ['elm:hasPart'],
         'domain_of': ['DiplomaSupplement'],
         'slot_uri': 'kll:componentAchievement'} })
    grading_scheme: Optional[LocalizedText] = Field(default=None, title="Grading scheme", description="""The grading scheme and grade distribution guidance that apply, e.g. U, G, VG (section 4.4 of the supplement).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den betygsskala och vägledning '
                                                     'om betygsfördelning som gäller, '
                                                     'till exempel U, G, VG (avsnitt '
                                                     '4.4 i bilagan).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Betygsskala'}},
         'close_mappings': ['elm:gradingScheme'],
         'domain_of': ['DiplomaSupplement'],
         'recommended': True,
         'slot_uri': 'kll:gradingScheme'} })
    grade: Optional[str] = Field(default=None, title="Grade", description="""The overall classification of the qualification, where the system has one (section 4.5).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det betyg eller resultat som '
                                                     'uppnåddes, skrivet som '
                                                     'betygsskalan skriver det, till '
                                                     'exempel VG eller B.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Betyg'}},
         'domain_of': ['MicroCredential',
                       'Achievement',
                       'DiplomaSupplement',
                       'ValidationOfPriorLearning',
                       'StudyResult'],
         'related_mappings': ['ob:achievedLevel'],
         'slot_uri': 'elm:grade'} })
    access_to_further_study: Optional[LocalizedText] = Field(default=None, title="Access to further study", description="""The further studies that the qualification gives access to (section 5.1 of the supplement).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De vidare studier som '
                                                     'kvalifikationen ger behörighet '
                                                     'till (avsnitt 5.1 i bilagan).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Behörighet till vidare studier'}},
         'domain_of': ['DiplomaSupplement'],
         'related_mappings': ['elm:entitlesTo'],
         'slot_uri': 'kll:accessToFurtherStudy'} })
    professional_status: Optional[LocalizedText] = Field(default=None, title="Professional status", description="""The access to a regulated profession that the qualification gives, if any (section 5.2 of the supplement).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den behörighet till ett reglerat '
                                                     'yrke som kvalifikationen ger, om '
                                                     'någon (avsnitt 5.2 i bilagan).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Yrkesbehörighet'}},
         'domain_of': ['DiplomaSupplement'],
         'related_mappings': ['elm:LearningEntitlementSpecification'],
         'slot_uri': 'kll:professionalStatus'} })
    further_information: Optional[LocalizedText] = Field(default=None, title="Further information", description="""Additional information about the holder's studies (section 6.1).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Övrig information om meriten '
                                                     'eller dokumentet som är '
                                                     'användbar för en läsare.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Ytterligare information'}},
         'domain_of': ['MicroCredential', 'DiplomaSupplement'],
         'slot_uri': 'elm:additionalNote'} })
    issued: date = Field(default=..., title="Date issued", description="""The date of certification of the supplement (section 7.1).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då resursen formellt '
                                                     'utfärdades eller publicerades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utfärdandedatum'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Mapping',
                       'MicroCredential',
                       'DiplomaSupplement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'OccupationOutlook'],
         'slot_uri': 'dcterms:issued'} })
    education_system_note: Optional[LocalizedText] = Field(default=None, title="National education system", description="""A description of the national higher-education system (section 8 of the supplement).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En beskrivning av det nationella '
                                                     'systemet för högre utbildning '
                                                     '(avsnitt 8 i bilagan).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Det nationella utbildningssystemet'}},
         'domain_of': ['DiplomaSupplement'],
         'slot_uri': 'elm:educationalSystemNote'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["DiplomaSupplement"] = Field(default="DiplomaSupplement", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('instruction_and_examination_languages')
    def pattern_instruction_and_examination_languages(cls, v):
        pattern=re.compile(r"^[a-z]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid instruction_and_examination_languages format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid instruction_and_examination_languages format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('official_programme_length')
    def pattern_official_programme_length(cls, v):
        pattern=re.compile(r"^P([0-9]+(Y|M|W|D))+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid official_programme_length format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid official_programme_length format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('grade')
    def pattern_grade(cls, v):
        pattern=re.compile(r"^\S(.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid grade format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid grade format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Consent(Entity):
    """
    A person's consent that named categories of data about them may be shared by a data holder with a named recipient for a stated purpose, on a stated legal basis, during a stated period. A consent can be revoked; when its status is withdrawn or revoked the time of revocation must be given, and it never authorises sharing after that time. Personal data.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En persons samtycke till att '
                                                     'angivna kategorier av uppgifter '
                                                     'om personen får delas av en '
                                                     'datahållare med en angiven '
                                                     'mottagare för ett angivet '
                                                     'ändamål, på en angiven rättslig '
                                                     'grund och under en angiven '
                                                     'period. Ett samtycke kan '
                                                     'återkallas; när statusen är '
                                                     'withdrawn eller revoked ska '
                                                     'tidpunkten för återkallelsen '
                                                     'anges, och samtycket tillåter '
                                                     'aldrig delning efter den '
                                                     'tidpunkten. Personuppgift.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Samtycke'}},
         'class_uri': 'dpv:Consent',
         'from_schema': 'https://w3id.org/kll/model/individual',
         'related_mappings': ['dpv:ConsentRecord'],
         'slot_usage': {'consent_status': {'name': 'consent_status', 'required': True},
                        'data_categories': {'description': 'The categories of data '
                                                           'that the consent covers.',
                                            'minimum_cardinality': 1,
                                            'name': 'data_categories',
                                            'required': True},
                        'data_holder': {'description': 'The organisation that holds '
                                                       'the data and shares it under '
                                                       'the consent.',
                                        'name': 'data_holder',
                                        'recommended': True},
                        'data_subject': {'description': 'The person who gives the '
                                                        'consent and whom the data is '
                                                        'about.',
                                         'name': 'data_subject',
                                         'required': True},
                        'given_at': {'name': 'given_at', 'recommended': True},
                        'legal_basis': {'name': 'legal_basis', 'required': True},
                        'purpose': {'description': 'The purpose for which the '
                                                   'recipient may use the data.',
                                    'name': 'purpose',
                                    'required': True},
                        'recipient': {'description': 'The organisation that may '
                                                     'receive the data under the '
                                                     'consent.',
                                      'name': 'recipient',
                                      'required': True},
                        'valid_from': {'description': 'The first day on which the '
                                                      'consent authorises sharing.',
                                       'name': 'valid_from',
                                       'required': True},
                        'valid_until': {'description': 'The last day on which the '
                                                       'consent authorises sharing; '
                                                       'without it the consent applies '
                                                       'until it is revoked.',
                                        'name': 'valid_until',
                                        'recommended': True}},
         'title': 'Consent'})

    data_subject: str = Field(default=..., title="Data subject", description="""The person who gives the consent and whom the data is about.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den person som uppgifterna '
                                                     'gäller, refererad med '
                                                     'identifierare. Personuppgift.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Registrerad'}},
         'domain_of': ['Consent', 'DataRequest', 'SharingReceipt'],
         'slot_uri': 'dpv:hasDataSubject'} })
    data_categories: list[DataCategory] = Field(default=..., title="Data categories", description="""The categories of data that the consent covers.""", min_length=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De kategorier av personuppgifter '
                                                     'som berörs.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Uppgiftskategorier'}},
         'domain_of': ['Consent', 'DataRequest', 'SharingReceipt'],
         'slot_uri': 'dpv:hasPersonalData'} })
    recipient: str = Field(default=..., title="Recipient", description="""The organisation that may receive the data under the consent.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som uppgifterna '
                                                     'lämnas ut till.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Mottagare'}},
         'domain_of': ['Consent', 'SharingReceipt'],
         'slot_uri': 'dpv:hasRecipient'} })
    purpose: LocalizedText = Field(default=..., title="Purpose", description="""The purpose for which the recipient may use the data.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det ändamål som uppgifterna '
                                                     'behandlas för, med ord som '
                                                     'personen kan förstå.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ändamål'}},
         'domain_of': ['Consent', 'DataRequest'],
         'slot_uri': 'dpv:hasPurpose'} })
    legal_basis: LegalBasis = Field(default=..., title="Legal basis", description="""The legal basis under Article 6(1) of the GDPR for the processing that the consent supports. The consent is the condition of the sharing, not necessarily its legal basis: an agency as data holder normally processes under Article 6(1)(c) or (e), and the person's approval then works as a waiver of secrecy (offentlighets- och sekretesslagen 12 kap. 2 §); consent (Article 6(1)(a)) is the basis only where the processing rests on it.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den rättsliga grunden enligt '
                                                     'artikel 6.1 i '
                                                     'dataskyddsförordningen för den '
                                                     'behandling som samtycket avser. '
                                                     'Samtycket är villkoret för '
                                                     'delningen, inte nödvändigtvis '
                                                     'dess rättsliga grund: en '
                                                     'myndighet som datahållare '
                                                     'behandlar normalt uppgifterna '
                                                     'enligt artikel 6.1 c eller e, '
                                                     'och personens godkännande '
                                                     'innebär då att sekretessen '
                                                     'efterges (offentlighets- och '
                                                     'sekretesslagen 12 kap. 2 §); '
                                                     'samtycke (artikel 6.1 a) är '
                                                     'grunden bara när behandlingen '
                                                     'vilar på det.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Rättslig grund'}},
         'domain_of': ['Consent'],
         'slot_uri': 'dpv:hasLegalBasis'} })
    valid_from: date = Field(default=..., title="Valid from", description="""The first day on which the consent authorises sharing.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den första dag då resursen är '
                                                     'giltig.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Giltig från'}},
         'close_mappings': ['cred:validFrom'],
         'domain_of': ['LevelPlacementDecision', 'Consent'],
         'slot_uri': 'schema:validFrom'} })
    valid_until: Optional[date] = Field(default=None, title="Valid until", description="""The last day on which the consent authorises sharing; without it the consent applies until it is revoked.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den sista dag då resursen är '
                                                     'giltig.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Giltig till och med'}},
         'close_mappings': ['cred:validUntil', 'elm:expiryDate'],
         'domain_of': ['LevelPlacementDecision', 'Consent'],
         'recommended': True,
         'slot_uri': 'schema:validThrough'} })
    consent_status: ConsentStatus = Field(default=..., title="Consent status", description="""The current state of the consent.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Samtyckets aktuella status.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Samtyckets status'}},
         'domain_of': ['Consent'],
         'slot_uri': 'dpv:hasConsentStatus'} })
    given_at: Optional[datetime ] = Field(default=None, title="Given at", description="""The date and time at which the person gave or refused the consent.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datum och tid då personen '
                                                     'lämnade eller avböjde '
                                                     'samtycket.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Lämnat'}},
         'domain_of': ['Consent'],
         'recommended': True,
         'related_mappings': ['prov:generatedAtTime'],
         'slot_uri': 'kll:consentGivenAt'} })
    revoked_at: Optional[datetime ] = Field(default=None, title="Revoked at", description="""The date and time at which the consent was withdrawn by the person or revoked by another party; required when the status is withdrawn or revoked, and absent otherwise.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datum och tid då samtycket '
                                                     'återkallades av personen eller '
                                                     'av någon annan; krävs när '
                                                     'statusen är withdrawn eller '
                                                     'revoked och anges inte annars.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Återkallat'}},
         'close_mappings': ['prov:invalidatedAtTime'],
         'domain_of': ['Consent'],
         'slot_uri': 'kll:consentRevokedAt'} })
    data_holder: Optional[str] = Field(default=None, title="Data holder", description="""The organisation that holds the data and shares it under the consent.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som har '
                                                     'uppgifterna om personen och '
                                                     'lämnar ut dem, i egenskap av '
                                                     'personuppgiftsansvarig för '
                                                     'utlämnandet (dataleverantören i '
                                                     'byggblocket Min profil).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Datahållare'}},
         'close_mappings': ['dpv:hasDataController'],
         'domain_of': ['Consent', 'DataRequest', 'SharingReceipt'],
         'recommended': True,
         'slot_uri': 'kll:dataHolder'} })
    consent_notice: Optional[LocalizedText] = Field(default=None, title="Consent notice", description="""The text that the person was shown and agreed to when giving the consent.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den text som personen fick se '
                                                     'och godkände när samtycket '
                                                     'lämnades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Samtyckestext'}},
         'domain_of': ['Consent'],
         'related_mappings': ['dpv:ConsentNotice'],
         'slot_uri': 'kll:consentNotice'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["Consent"] = Field(default="Consent", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class DataRequest(Entity):
    """
    A request, made on behalf of a recipient and handled in the person's wallet, to fetch named categories of data about the person from a data holder and share them with the requestor. Its state moves from received through fetching and available to shared, or to denied if the person says no. A request in state shared must refer to the consent that authorised the sharing. Personal data.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En förfrågan, gjord för en '
                                                     'mottagares räkning och hanterad '
                                                     'i personens plånbok, om att '
                                                     'hämta angivna kategorier av '
                                                     'uppgifter om personen från en '
                                                     'datahållare och dela dem med den '
                                                     'som frågar. Statusen går från '
                                                     'received via fetching och '
                                                     'available till shared, eller '
                                                     'till denied om personen säger '
                                                     'nej. En förfrågan med status '
                                                     'shared ska hänvisa till det '
                                                     'samtycke som tillät delningen. '
                                                     'Personuppgift.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Dataförfrågan'}},
         'class_uri': 'kll:DataRequest',
         'from_schema': 'https://w3id.org/kll/model/individual',
         'slot_usage': {'consent': {'description': 'The consent that authorises '
                                                   'sharing the requested data, once '
                                                   'given.',
                                    'name': 'consent'},
                        'created': {'name': 'created', 'required': True},
                        'data_categories': {'description': 'The categories of data '
                                                           'requested.',
                                            'minimum_cardinality': 1,
                                            'name': 'data_categories',
                                            'required': True},
                        'data_holder': {'description': 'The organisation from which '
                                                       'the data is requested.',
                                        'name': 'data_holder',
                                        'required': True},
                        'data_subject': {'description': 'The person whom the requested '
                                                        'data is about.',
                                         'name': 'data_subject',
                                         'required': True},
                        'purpose': {'description': 'The purpose for which the '
                                                   'requestor asks for the data.',
                                    'name': 'purpose',
                                    'required': True},
                        'request_state': {'name': 'request_state', 'required': True},
                        'requestor': {'name': 'requestor', 'required': True}},
         'title': 'Data request'})

    requestor: str = Field(default=..., title="Requestor", description="""The organisation that asks for the data and will receive it if the person consents.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som begär '
                                                     'uppgifterna och tar emot dem om '
                                                     'personen samtycker.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Begärande part'}},
         'domain_of': ['DataRequest'],
         'related_mappings': ['dpv:hasRecipient'],
         'slot_uri': 'kll:requestor'} })
    data_holder: str = Field(default=..., title="Data holder", description="""The organisation from which the data is requested.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som har '
                                                     'uppgifterna om personen och '
                                                     'lämnar ut dem, i egenskap av '
                                                     'personuppgiftsansvarig för '
                                                     'utlämnandet (dataleverantören i '
                                                     'byggblocket Min profil).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Datahållare'}},
         'close_mappings': ['dpv:hasDataController'],
         'domain_of': ['Consent', 'DataRequest', 'SharingReceipt'],
         'slot_uri': 'kll:dataHolder'} })
    data_subject: str = Field(default=..., title="Data subject", description="""The person whom the requested data is about.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den person som uppgifterna '
                                                     'gäller, refererad med '
                                                     'identifierare. Personuppgift.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Registrerad'}},
         'domain_of': ['Consent', 'DataRequest', 'SharingReceipt'],
         'slot_uri': 'dpv:hasDataSubject'} })
    data_categories: list[DataCategory] = Field(default=..., title="Data categories", description="""The categories of data requested.""", min_length=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De kategorier av personuppgifter '
                                                     'som berörs.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Uppgiftskategorier'}},
         'domain_of': ['Consent', 'DataRequest', 'SharingReceipt'],
         'slot_uri': 'dpv:hasPersonalData'} })
    document_type: Optional[str] = Field(default=None, title="Document type", description="""The type of document or credential requested, as an identifier agreed between requestor and data holder, e.g. an IRI naming a credential type.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den typ av dokument eller intyg '
                                                     'som begärs, som en identifierare '
                                                     'som den begärande parten och '
                                                     'datahållaren har kommit överens '
                                                     'om, till exempel en IRI som '
                                                     'namnger en intygstyp.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Dokumenttyp'}},
         'domain_of': ['DataRequest'],
         'related_mappings': ['dcterms:type'],
         'slot_uri': 'kll:documentType'} })
    purpose: LocalizedText = Field(default=..., title="Purpose", description="""The purpose for which the requestor asks for the data.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det ändamål som uppgifterna '
                                                     'behandlas för, med ord som '
                                                     'personen kan förstå.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ändamål'}},
         'domain_of': ['Consent', 'DataRequest'],
         'slot_uri': 'dpv:hasPurpose'} })
    return_url: Optional[str] = Field(default=None, title="Return address", description="""The web address to which the person is sent back when the request has been handled.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den webbadress som personen '
                                                     'skickas tillbaka till när '
                                                     'förfrågan har hanterats.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Returadress'}},
         'domain_of': ['DataRequest'],
         'slot_uri': 'kll:returnUrl'} })
    created: datetime  = Field(default=..., title="Created", description="""The date and time at which the record was created.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datum och tid då posten '
                                                     'skapades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Skapad'}},
         'domain_of': ['DataRequest'],
         'slot_uri': 'dcterms:created'} })
    request_state: DataRequestState = Field(default=..., title="Request state", description="""The state the data request is in.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den status som dataförfrågan '
                                                     'har.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Förfrågans status'}},
         'domain_of': ['DataRequest'],
         'slot_uri': 'kll:requestState'} })
    consent: Optional[str] = Field(default=None, title="Consent", description="""The consent that authorises sharing the requested data, once given.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det samtycke som ger stöd för '
                                                     'behandlingen, refererat med '
                                                     'identifierare.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Samtycke'}},
         'domain_of': ['DataRequest', 'SharingReceipt'],
         'slot_uri': 'kll:consent'} })
    last_modified: Optional[datetime ] = Field(default=None, title="Last modified", description="""The date and time the record was last changed.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datum och tid då posten senast '
                                                     'ändrades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Senast ändrad'}},
         'close_mappings': ['emil:lastEdited'],
         'domain_of': ['Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'DataRequest',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'JobPosting',
                       'OccupationOutlook',
                       'SkillsDemand'],
         'slot_uri': 'dcterms:modified'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["DataRequest"] = Field(default="DataRequest", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('document_type')
    def pattern_document_type(cls, v):
        pattern=re.compile(r"^[!-~]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid document_type format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid document_type format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('return_url')
    def pattern_return_url(cls, v):
        pattern=re.compile(r"^https://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid return_url format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid return_url format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class SharingReceipt(Entity):
    """
    The traceable record of one transfer of data about a person from a data holder to a recipient. The transfer must be covered by the consent it refers to: the time of sharing lies within the consent's validity and before any revocation, the shared categories are among the consented ones, and the recipient and data subject are those of the consent. Personal data.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den spårbara registreringen av '
                                                     'en överföring av uppgifter om en '
                                                     'person från en datahållare till '
                                                     'en mottagare. Överföringen måste '
                                                     'täckas av det samtycke som '
                                                     'kvittot hänvisar till: '
                                                     'tidpunkten för delningen ligger '
                                                     'inom samtyckets giltighetstid '
                                                     'och före en eventuell '
                                                     'återkallelse, de delade '
                                                     'kategorierna ingår i de '
                                                     'samtyckta, och mottagare och '
                                                     'registrerad är samtyckets. '
                                                     'Personuppgift.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Delningskvitto'}},
         'class_uri': 'kll:SharingReceipt',
         'from_schema': 'https://w3id.org/kll/model/individual',
         'related_mappings': ['prov:Activity', 'dpv:ConsentRecord'],
         'slot_usage': {'consent': {'description': 'The consent that authorised the '
                                                   'transfer.',
                                    'name': 'consent',
                                    'required': True},
                        'data_categories': {'description': 'The categories of data '
                                                           'that were shared.',
                                            'minimum_cardinality': 1,
                                            'name': 'data_categories',
                                            'required': True},
                        'data_holder': {'description': 'The organisation that sent the '
                                                       'data.',
                                        'name': 'data_holder',
                                        'required': True},
                        'data_request': {'name': 'data_request', 'recommended': True},
                        'data_subject': {'description': 'The person whom the shared '
                                                        'data is about.',
                                         'name': 'data_subject',
                                         'required': True},
                        'recipient': {'description': 'The organisation that received '
                                                     'the data.',
                                      'name': 'recipient',
                                      'required': True},
                        'shared_at': {'name': 'shared_at', 'required': True}},
         'title': 'Sharing receipt'})

    consent: str = Field(default=..., title="Consent", description="""The consent that authorised the transfer.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det samtycke som ger stöd för '
                                                     'behandlingen, refererat med '
                                                     'identifierare.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Samtycke'}},
         'domain_of': ['DataRequest', 'SharingReceipt'],
         'slot_uri': 'kll:consent'} })
    data_request: Optional[str] = Field(default=None, title="Data request", description="""The data request that the transfer answers, referenced by identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den dataförfrågan som '
                                                     'överföringen besvarar, refererad '
                                                     'med identifierare.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Dataförfrågan'}},
         'domain_of': ['SharingReceipt'],
         'recommended': True,
         'slot_uri': 'kll:dataRequest'} })
    data_holder: str = Field(default=..., title="Data holder", description="""The organisation that sent the data.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som har '
                                                     'uppgifterna om personen och '
                                                     'lämnar ut dem, i egenskap av '
                                                     'personuppgiftsansvarig för '
                                                     'utlämnandet (dataleverantören i '
                                                     'byggblocket Min profil).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Datahållare'}},
         'close_mappings': ['dpv:hasDataController'],
         'domain_of': ['Consent', 'DataRequest', 'SharingReceipt'],
         'slot_uri': 'kll:dataHolder'} })
    recipient: str = Field(default=..., title="Recipient", description="""The organisation that received the data.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som uppgifterna '
                                                     'lämnas ut till.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Mottagare'}},
         'domain_of': ['Consent', 'SharingReceipt'],
         'slot_uri': 'dpv:hasRecipient'} })
    data_subject: str = Field(default=..., title="Data subject", description="""The person whom the shared data is about.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den person som uppgifterna '
                                                     'gäller, refererad med '
                                                     'identifierare. Personuppgift.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Registrerad'}},
         'domain_of': ['Consent', 'DataRequest', 'SharingReceipt'],
         'slot_uri': 'dpv:hasDataSubject'} })
    data_categories: list[DataCategory] = Field(default=..., title="Data categories", description="""The categories of data that were shared.""", min_length=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De kategorier av personuppgifter '
                                                     'som berörs.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Uppgiftskategorier'}},
         'domain_of': ['Consent', 'DataRequest', 'SharingReceipt'],
         'slot_uri': 'dpv:hasPersonalData'} })
    shared_at: datetime  = Field(default=..., title="Shared at", description="""The date and time at which the data was made available to the recipient.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datum och tid då uppgifterna '
                                                     'gjordes tillgängliga för '
                                                     'mottagaren.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Delad'}},
         'close_mappings': ['prov:atTime'],
         'domain_of': ['SharingReceipt'],
         'slot_uri': 'kll:sharedAt'} })
    payload_digest: Optional[str] = Field(default=None, title="Payload digest", description="""A SHA-256 digest of the data that was transferred, written sha256: followed by 64 lower-case hexadecimal digits, so that the transfer can be verified without keeping a copy.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En SHA-256-kontrollsumma av de '
                                                     'överförda uppgifterna, skriven '
                                                     'sha256: följt av 64 hexadecimala '
                                                     'siffror med gemener, så att '
                                                     'överföringen kan kontrolleras '
                                                     'utan att en kopia sparas.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kontrollsumma'}},
         'domain_of': ['SharingReceipt'],
         'slot_uri': 'kll:payloadDigest'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["SharingReceipt"] = Field(default="SharingReceipt", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('payload_digest')
    def pattern_payload_digest(cls, v):
        pattern=re.compile(r"^sha256:[0-9a-f]{64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid payload_digest format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid payload_digest format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class ValidationOfPriorLearning(Entity):
    """
    The validation of a person's prior learning (validering av reell kompetens): what the person knows and can do, however it was learnt, is identified, documented, assessed and certified against a qualification, learning outcomes or an occupational standard by an assessing organisation. The record gives the stage the validation has reached, and its outcome: the learning outcomes recognised, the credits or grade where given, and the resulting achievement. Personal data.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Valideringen av en persons '
                                                     'reella kompetens: det personen '
                                                     'kan, oavsett hur det har lärts, '
                                                     'identifieras, dokumenteras, '
                                                     'bedöms och certifieras mot en '
                                                     'kvalifikation, läranderesultat '
                                                     'eller en yrkesstandard av en '
                                                     'bedömande organisation. Posten '
                                                     'anger vilket steg valideringen '
                                                     'har nått och dess resultat: de '
                                                     'läranderesultat som erkänts, '
                                                     'poäng eller betyg där sådana '
                                                     'ges, och den merit som blev '
                                                     'följden. Personuppgift.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Validering av reell kompetens'}},
         'class_uri': 'kll:ValidationOfPriorLearning',
         'close_mappings': ['elm:LearningAssessment'],
         'from_schema': 'https://w3id.org/kll/model/individual',
         'related_mappings': ['elm:Claim'],
         'slot_usage': {'assessing_organisation': {'name': 'assessing_organisation',
                                                   'required': True},
                        'assessment_types': {'description': 'The ways in which the '
                                                            "person's learning was "
                                                            'assessed.',
                                             'name': 'assessment_types'},
                        'credit_points': {'description': 'The credit points that the '
                                                         'validation recognised, where '
                                                         'it gives credit.',
                                          'name': 'credit_points'},
                        'grade': {'description': 'The grade that the validation gave, '
                                                 'where it gives one, e.g. G after a '
                                                 'validation in komvux.',
                                  'name': 'grade'},
                        'learner': {'description': 'The person whose prior learning is '
                                                   'validated.',
                                    'name': 'learner',
                                    'required': True},
                        'validation_date': {'name': 'validation_date',
                                            'required': True},
                        'validation_stage': {'name': 'validation_stage',
                                             'required': True}},
         'title': 'Validation of prior learning'})

    learner: str = Field(default=..., title="Learner", description="""The person whose prior learning is validated.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den person som innehar meriten, '
                                                     'intyget eller dokumentet, '
                                                     'refererad med identifierare. '
                                                     'Personuppgift.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Innehavare'}},
         'domain_of': ['MicroCredential',
                       'Achievement',
                       'DiplomaSupplement',
                       'ValidationOfPriorLearning',
                       'StudyResult'],
         'slot_uri': 'cred:credentialSubject'} })
    assessed_against_qualifications: Optional[list[str]] = Field(default=None, title="Assessed against qualifications", description="""The qualifications whose requirements the person's learning was assessed against, referenced by identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De kvalifikationer vars krav '
                                                     'personens kunnande bedömdes mot, '
                                                     'refererade med identifierare.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Bedömd mot kvalifikationer'}},
         'domain_of': ['ValidationOfPriorLearning'],
         'related_mappings': ['elm:specifiedBy'],
         'slot_uri': 'kll:assessedAgainstQualification'} })
    assessed_against_outcomes: Optional[list[str]] = Field(default=None, title="Assessed against learning outcomes", description="""The learning outcomes that the person's learning was assessed against, referenced by identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De läranderesultat som personens '
                                                     'kunnande bedömdes mot, '
                                                     'refererade med identifierare.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Bedömd mot läranderesultat'}},
         'domain_of': ['ValidationOfPriorLearning'],
         'related_mappings': ['elm:learningOutcome'],
         'slot_uri': 'kll:assessedAgainstOutcome'} })
    occupational_standards: Optional[list[ConceptReference]] = Field(default=None, title="Occupational standards", description="""The occupational or branch standards that the person's learning was assessed against, as concept references: a standard of an industry's validation model in a local scheme, or an ESCO or SSYK occupation where the standard is the occupation itself.""", json_schema_extra = { "linkml_meta": {'annotations': {'accepted_schemes': {'tag': 'accepted_schemes',
                                              'value': 'local esco-occupation '
                                                       'ssyk-2012 af-ssyk-2012'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'De yrkes- eller '
                                                     'branschstandarder som personens '
                                                     'kunnande bedömdes mot, som '
                                                     'begreppsreferenser: en standard '
                                                     'i en branschs valideringsmodell '
                                                     'i ett lokalt schema, eller ett '
                                                     'yrke i ESCO eller SSYK där '
                                                     'standarden är yrket självt.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Yrkesstandarder'}},
         'domain_of': ['ValidationOfPriorLearning'],
         'related_mappings': ['esco:Occupation'],
         'slot_uri': 'kll:occupationalStandard'} })
    assessing_organisation: str = Field(default=..., title="Assessing organisation", description="""The organisation that carries out the validation and assesses the person's learning, e.g. a komvux, a YH provider, a university or a branch organisation.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som genomför '
                                                     'valideringen och bedömer '
                                                     'personens kunnande, till exempel '
                                                     'en komvux, en anordnare av '
                                                     'yrkeshögskoleutbildning, ett '
                                                     'lärosäte eller en '
                                                     'branschorganisation.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Bedömande organisation'}},
         'domain_of': ['ValidationOfPriorLearning'],
         'slot_uri': 'elm:assessedBy'} })
    validation_method: Optional[LocalizedText] = Field(default=None, title="Validation method", description="""How the validation was carried out, in words, e.g. an interview, a practical test at a workplace and a review of certificates.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur valideringen genomfördes, i '
                                                     'ord, till exempel en intervju, '
                                                     'ett praktiskt prov på en '
                                                     'arbetsplats och en granskning av '
                                                     'intyg.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Valideringsmetod'}},
         'domain_of': ['ValidationOfPriorLearning'],
         'related_mappings': ['elm:LearningAssessmentSpecification'],
         'slot_uri': 'kll:validationMethod'} })
    assessment_types: Optional[list[AssessmentType]] = Field(default=None, title="Types of assessment", description="""The ways in which the person's learning was assessed.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De sätt på vilka '
                                                     'läranderesultaten bedömdes.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Typer av bedömning'}},
         'domain_of': ['MicroCredential', 'ValidationOfPriorLearning'],
         'related_mappings': ['elm:LearningAssessmentSpecification',
                              'ctdl:assessmentMethodType'],
         'slot_uri': 'kll:assessmentType'} })
    validation_stage: ValidationStage = Field(default=..., title="Stage reached", description="""The last stage of the validation process that has been completed.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det senaste steget i '
                                                     'valideringsprocessen som har '
                                                     'genomförts.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Uppnått steg'}},
         'domain_of': ['ValidationOfPriorLearning'],
         'related_mappings': ['elm:assessmentStatus'],
         'slot_uri': 'kll:validationStage'} })
    validation_date: date = Field(default=..., title="Date of validation", description="""The date on which the stage reached was completed, e.g. the date of the assessment decision.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då det uppnådda steget '
                                                     'genomfördes, till exempel '
                                                     'datumet för bedömningsbeslutet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Valideringsdatum'}},
         'domain_of': ['ValidationOfPriorLearning'],
         'related_mappings': ['dcterms:date'],
         'slot_uri': 'kll:validationDate'} })
    recognised_learning_outcomes: Optional[list[str]] = Field(default=None, title="Recognised learning outcomes", description="""The learning outcomes that the validation found the person to have achieved, referenced by identifier; each is among those assessed against, or a learning outcome of a qualification assessed against.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De läranderesultat som '
                                                     'valideringen fann att personen '
                                                     'har uppnått, refererade med '
                                                     'identifierare; vart och ett '
                                                     'finns bland dem som bedömningen '
                                                     'gjordes mot, eller är ett '
                                                     'läranderesultat i en '
                                                     'kvalifikation som bedömningen '
                                                     'gjordes mot.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Erkända läranderesultat'}},
         'domain_of': ['ValidationOfPriorLearning'],
         'related_mappings': ['elm:proves', 'elm:learningOutcome'],
         'slot_uri': 'kll:recognisedLearningOutcome'} })
    credit_points: Optional[CreditPoints] = Field(default=None, title="Credit points", description="""The credit points that the validation recognised, where it gives credit.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De poäng som kvalifikationen '
                                                     'eller meriten har i ett angivet '
                                                     'poängsystem.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Poäng för kvalifikation eller merit'}},
         'close_mappings': ['emil:educationInfo.credits', 'ctdl:creditValue'],
         'domain_of': ['Qualification',
                       'Achievement',
                       'DiplomaSupplement',
                       'ValidationOfPriorLearning',
                       'StudyResult'],
         'slot_uri': 'elm:creditPoint'} })
    grade: Optional[str] = Field(default=None, title="Grade", description="""The grade that the validation gave, where it gives one, e.g. G after a validation in komvux.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det betyg eller resultat som '
                                                     'uppnåddes, skrivet som '
                                                     'betygsskalan skriver det, till '
                                                     'exempel VG eller B.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Betyg'}},
         'domain_of': ['MicroCredential',
                       'Achievement',
                       'DiplomaSupplement',
                       'ValidationOfPriorLearning',
                       'StudyResult'],
         'related_mappings': ['ob:achievedLevel'],
         'slot_uri': 'elm:grade'} })
    resulting_achievement: Optional[str] = Field(default=None, title="Resulting achievement", description="""The achievement, such as a certificate, a grade in a course or a full qualification, awarded to the person as a result of the validation, referenced by identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den merit, till exempel ett '
                                                     'intyg, ett betyg i en kurs eller '
                                                     'en hel kvalifikation, som '
                                                     'personen tilldelades till följd '
                                                     'av valideringen, refererad med '
                                                     'identifierare.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Resulterande merit'}},
         'close_mappings': ['elm:proves'],
         'domain_of': ['ValidationOfPriorLearning'],
         'slot_uri': 'kll:resultingAchievement'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["ValidationOfPriorLearning"] = Field(default="ValidationOfPriorLearning", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('grade')
    def pattern_grade(cls, v):
        pattern=re.compile(r"^\S(.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid grade format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid grade format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class StudyResult(Entity):
    """
    One result of a person in a course or module, as a student records system (such as Ladok) or a grade database (such as BEDA) records it and as an ELMO learner report of EMREX carries it: the course by title and code, the institution, the credits, the grade and its grading scale, and the date. Personal data.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett resultat för en person i en '
                                                     'kurs eller modul, så som ett '
                                                     'studiedokumentationssystem (till '
                                                     'exempel Ladok) eller en '
                                                     'betygsdatabas (till exempel '
                                                     'BEDA) registrerar det och så som '
                                                     'en ELMO-rapport i EMREX bär det: '
                                                     'kursen med benämning och kod, '
                                                     'lärosätet eller anordnaren, '
                                                     'poängen, betyget och dess '
                                                     'betygsskala samt datumet. '
                                                     'Personuppgift.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Studieresultat'}},
         'class_uri': 'kll:StudyResult',
         'close_mappings': ['elm:LearningAchievement'],
         'from_schema': 'https://w3id.org/kll/model/individual',
         'related_mappings': ['elm:LearningAssessment'],
         'slot_usage': {'course_code': {'name': 'course_code', 'recommended': True},
                        'course_title': {'name': 'course_title', 'required': True},
                        'credit_points': {'description': 'The credits of the course or '
                                                         'module that the result '
                                                         'concerns.',
                                          'name': 'credit_points',
                                          'recommended': True},
                        'grade': {'description': 'The grade achieved, written as the '
                                                 'grading scale writes it, e.g. VG, B '
                                                 'or G.',
                                  'name': 'grade',
                                  'required': True},
                        'grading_scale': {'name': 'grading_scale', 'recommended': True},
                        'issuer': {'description': 'The institution or education '
                                                  'provider that awarded the result '
                                                  'and records it.',
                                   'name': 'issuer',
                                   'required': True},
                        'learner': {'description': 'The person whose result it is.',
                                    'name': 'learner',
                                    'required': True},
                        'result_date': {'name': 'result_date', 'required': True}},
         'title': 'Study result'})

    learner: str = Field(default=..., title="Learner", description="""The person whose result it is.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den person som innehar meriten, '
                                                     'intyget eller dokumentet, '
                                                     'refererad med identifierare. '
                                                     'Personuppgift.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Innehavare'}},
         'domain_of': ['MicroCredential',
                       'Achievement',
                       'DiplomaSupplement',
                       'ValidationOfPriorLearning',
                       'StudyResult'],
         'slot_uri': 'cred:credentialSubject'} })
    course_title: LocalizedText = Field(default=..., title="Course title", description="""The title of the course or module that the result concerns.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Benämningen på den kurs eller '
                                                     'modul som resultatet gäller.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kursbenämning'}},
         'domain_of': ['StudyResult'],
         'related_mappings': ['dcterms:title', 'emil:educationInfo.title'],
         'slot_uri': 'kll:courseTitle'} })
    course_code: Optional[ConceptReference] = Field(default=None, title="Course code", description="""The code of the course or module, as a concept reference in the scheme of the institution or system that issues it (a local scheme, e.g. the course codes of one university in Ladok).""", json_schema_extra = { "linkml_meta": {'annotations': {'accepted_schemes': {'tag': 'accepted_schemes',
                                              'value': 'local'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Kursens eller modulens kod, som '
                                                     'en begreppsreferens i schemat '
                                                     'hos det lärosäte eller system '
                                                     'som ger ut den (ett lokalt '
                                                     'schema, till exempel ett '
                                                     'lärosätes kurskoder i Ladok).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kurskod'}},
         'domain_of': ['StudyResult'],
         'recommended': True,
         'related_mappings': ['emil:educationInfo.code', 'schema:courseCode'],
         'slot_uri': 'kll:courseCode'} })
    issuer: str = Field(default=..., title="Issuer", description="""The institution or education provider that awarded the result and records it.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som utfärdade '
                                                     'meriten, intyget eller '
                                                     'dokumentet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utfärdare'}},
         'domain_of': ['Achievement', 'DiplomaSupplement', 'StudyResult'],
         'related_mappings': ['elm:awardedBy'],
         'slot_uri': 'cred:issuer'} })
    credit_points: Optional[CreditPoints] = Field(default=None, title="Credit points", description="""The credits of the course or module that the result concerns.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De poäng som kvalifikationen '
                                                     'eller meriten har i ett angivet '
                                                     'poängsystem.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Poäng för kvalifikation eller merit'}},
         'close_mappings': ['emil:educationInfo.credits', 'ctdl:creditValue'],
         'domain_of': ['Qualification',
                       'Achievement',
                       'DiplomaSupplement',
                       'ValidationOfPriorLearning',
                       'StudyResult'],
         'recommended': True,
         'slot_uri': 'elm:creditPoint'} })
    grade: str = Field(default=..., title="Grade", description="""The grade achieved, written as the grading scale writes it, e.g. VG, B or G.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det betyg eller resultat som '
                                                     'uppnåddes, skrivet som '
                                                     'betygsskalan skriver det, till '
                                                     'exempel VG eller B.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Betyg'}},
         'domain_of': ['MicroCredential',
                       'Achievement',
                       'DiplomaSupplement',
                       'ValidationOfPriorLearning',
                       'StudyResult'],
         'related_mappings': ['ob:achievedLevel'],
         'slot_uri': 'elm:grade'} })
    grading_scale: Optional[GradingScale] = Field(default=None, title="Grading scale", description="""The grading scale that the grade belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den betygsskala som betyget hör '
                                                     'till.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Betygsskala'}},
         'domain_of': ['StudyResult'],
         'recommended': True,
         'related_mappings': ['elm:GradingScheme'],
         'slot_uri': 'kll:gradingScale'} })
    result_date: date = Field(default=..., title="Date of result", description="""The date on which the result was decided, e.g. the examination date registered in Ladok.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då resultatet '
                                                     'beslutades, till exempel '
                                                     'examinationsdatumet som '
                                                     'registrerats i Ladok.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Resultatdatum'}},
         'domain_of': ['StudyResult'],
         'related_mappings': ['elm:awardingDate', 'dcterms:date'],
         'slot_uri': 'kll:resultDate'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["StudyResult"] = Field(default="StudyResult", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('grade')
    def pattern_grade(cls, v):
        pattern=re.compile(r"^\S(.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid grade format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid grade format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Catalog(Entity):
    """
    A curated collection of dataset and data service descriptions published by one organisation and harvested by Sveriges dataportal. DCAT-AP-SE requires the catalogue licence to be CC0 1.0.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En sammanställd samling '
                                                     'beskrivningar av datamängder och '
                                                     'datatjänster som en organisation '
                                                     'publicerar och som Sveriges '
                                                     'dataportal skördar. DCAT-AP-SE '
                                                     'kräver att katalogens licens är '
                                                     'CC0 1.0.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Katalog'}},
         'class_uri': 'dcat:Catalog',
         'exact_mappings': ['schema:DataCatalog'],
         'from_schema': 'https://w3id.org/kll/model/catalogue',
         'slot_usage': {'catalogue_datasets': {'name': 'catalogue_datasets',
                                               'required': True},
                        'catalogue_language': {'name': 'catalogue_language',
                                               'recommended': True},
                        'description': {'name': 'description', 'required': True},
                        'homepage': {'name': 'homepage', 'recommended': True},
                        'issued': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                      'value': 'Datum '
                                                                               'för '
                                                                               'formell '
                                                                               'utgivning, '
                                                                               'så som '
                                                                               'DCAT-AP-SE '
                                                                               '3.0.1 '
                                                                               'tar '
                                                                               'emot '
                                                                               'det: '
                                                                               'ett '
                                                                               'datum '
                                                                               '(2020-01-01), '
                                                                               'ett '
                                                                               'datum '
                                                                               'med '
                                                                               'klockslag '
                                                                               'med '
                                                                               'eller '
                                                                               'utan '
                                                                               'tidszon '
                                                                               '(2020-01-01T12:00:00+01:00) '
                                                                               'eller '
                                                                               'ett år '
                                                                               '(2020), '
                                                                               'skrivet '
                                                                               'med '
                                                                               'XSD-datatypen '
                                                                               'för '
                                                                               'sin '
                                                                               'form '
                                                                               '(xsd:date, '
                                                                               'xsd:dateTime, '
                                                                               'xsd:gYear).'},
                                                   'title_sv': {'tag': 'title_sv',
                                                                'value': 'Utfärdandedatum'}},
                                   'description': 'The date of formal issuance, as '
                                                  'DCAT-AP-SE 3.0.1 takes it: a date '
                                                  '(2020-01-01), a date and time with '
                                                  'or without a time zone '
                                                  '(2020-01-01T12:00:00+01:00) or a '
                                                  'year (2020), written with the XSD '
                                                  'datatype of its form (xsd:date, '
                                                  'xsd:dateTime, xsd:gYear).',
                                   'name': 'issued',
                                   'range': 'date_time_or_year',
                                   'recommended': True},
                        'last_modified': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                             'value': 'Senaste '
                                                                                      'ändringsdatum, '
                                                                                      'så '
                                                                                      'som '
                                                                                      'DCAT-AP-SE '
                                                                                      '3.0.1 '
                                                                                      'tar '
                                                                                      'emot '
                                                                                      'det: '
                                                                                      'ett '
                                                                                      'datum, '
                                                                                      'ett '
                                                                                      'datum '
                                                                                      'med '
                                                                                      'klockslag '
                                                                                      'med '
                                                                                      'eller '
                                                                                      'utan '
                                                                                      'tidszon '
                                                                                      'eller '
                                                                                      'ett '
                                                                                      'år, '
                                                                                      'skrivet '
                                                                                      'med '
                                                                                      'XSD-datatypen '
                                                                                      'för '
                                                                                      'sin '
                                                                                      'form.'},
                                                          'title_sv': {'tag': 'title_sv',
                                                                       'value': 'Senast '
                                                                                'ändrad'}},
                                          'description': 'The most recent date of '
                                                         'change, as DCAT-AP-SE 3.0.1 '
                                                         'takes it: a date, a date and '
                                                         'time with or without a time '
                                                         'zone, or a year, written '
                                                         'with the XSD datatype of its '
                                                         'form.',
                                          'name': 'last_modified',
                                          'range': 'date_time_or_year',
                                          'recommended': True},
                        'license': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                       'value': 'Licensen '
                                                                                'för '
                                                                                'katalogens '
                                                                                'metadata; '
                                                                                'DCAT-AP-SE '
                                                                                'kräver '
                                                                                'exakt '
                                                                                'http://creativecommons.org/publicdomain/zero/1.0/ '
                                                                                '(CC0 '
                                                                                '1.0).'},
                                                    'title_sv': {'tag': 'title_sv',
                                                                 'value': 'Licens'}},
                                    'description': 'The licence of the catalogue '
                                                   'metadata; DCAT-AP-SE requires '
                                                   'exactly '
                                                   'http://creativecommons.org/publicdomain/zero/1.0/ '
                                                   '(CC0 1.0).',
                                    'name': 'license',
                                    'pattern': '^http://creativecommons\\.org/publicdomain/zero/1\\.0/$',
                                    'required': True,
                                    'title': 'Licence'},
                        'publisher': {'name': 'publisher', 'required': True},
                        'theme_taxonomy': {'name': 'theme_taxonomy',
                                           'recommended': True},
                        'title': {'name': 'title', 'required': True}},
         'title': 'Catalogue'})

    title: LocalizedText = Field(default=..., title="Title", description="""The title of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Resursens titel.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Titel'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'MicroCredential',
                       'Education',
                       'EducationEvent',
                       'Achievement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DecisionRecord',
                       'DataFlow',
                       'Agreement',
                       'JobPosting'],
         'exact_mappings': ['schema:name'],
         'slot_uri': 'dcterms:title'} })
    description: LocalizedText = Field(default=..., title="Description", description="""A free-text account of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextbeskrivning av '
                                                     'resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beskrivning'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'EligibilityRequirement',
                       'CourseRequirement',
                       'Evidence',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DataFlow',
                       'SecrecyAssessment',
                       'JobPosting'],
         'exact_mappings': ['schema:description'],
         'slot_uri': 'dcterms:description'} })
    publisher: str = Field(default=..., title="Publisher", description="""The organisation responsible for making the resource available.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som ansvarar '
                                                     'för att göra resursen '
                                                     'tillgänglig.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utgivare'}},
         'domain_of': ['Catalog', 'Dataset', 'DataService'],
         'exact_mappings': ['schema:publisher'],
         'slot_uri': 'dcterms:publisher'} })
    license: str = Field(default=..., title="Licence", description="""The licence of the catalogue metadata; DCAT-AP-SE requires exactly http://creativecommons.org/publicdomain/zero/1.0/ (CC0 1.0).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Licensen för katalogens '
                                                     'metadata; DCAT-AP-SE kräver '
                                                     'exakt '
                                                     'http://creativecommons.org/publicdomain/zero/1.0/ '
                                                     '(CC0 1.0).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Licens'}},
         'domain_of': ['Catalog', 'Distribution', 'DataService'],
         'exact_mappings': ['schema:license'],
         'slot_uri': 'dcterms:license'} })
    catalogue_datasets: list[str] = Field(default=..., title="Datasets", description="""The datasets described in the catalogue; DCAT-AP-SE requires at least one.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De datamängder som beskrivs i '
                                                     'katalogen; DCAT-AP-SE kräver '
                                                     'minst en.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Datamängder'}},
         'domain_of': ['Catalog'],
         'exact_mappings': ['schema:dataset'],
         'slot_uri': 'dcat:dataset'} })
    catalogue_services: Optional[list[str]] = Field(default=None, title="Data services", description="""The data services described in the catalogue.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De datatjänster som beskrivs i '
                                                     'katalogen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Datatjänster'}},
         'domain_of': ['Catalog'],
         'slot_uri': 'dcat:service'} })
    homepage: Optional[str] = Field(default=None, title="Homepage", description="""A web page about the resource, for people to read.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En webbsida om resursen, avsedd '
                                                     'för människor.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Webbsida'}},
         'close_mappings': ['schema:url', 'emil:url'],
         'domain_of': ['Organisation',
                       'ContactPoint',
                       'Qualification',
                       'Education',
                       'EducationEvent',
                       'Catalog',
                       'JobPosting'],
         'recommended': True,
         'slot_uri': 'foaf:homepage'} })
    issued: Optional[str] = Field(default=None, title="Date issued", description="""The date of formal issuance, as DCAT-AP-SE 3.0.1 takes it: a date (2020-01-01), a date and time with or without a time zone (2020-01-01T12:00:00+01:00) or a year (2020), written with the XSD datatype of its form (xsd:date, xsd:dateTime, xsd:gYear).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datum för formell utgivning, så '
                                                     'som DCAT-AP-SE 3.0.1 tar emot '
                                                     'det: ett datum (2020-01-01), ett '
                                                     'datum med klockslag med eller '
                                                     'utan tidszon '
                                                     '(2020-01-01T12:00:00+01:00) '
                                                     'eller ett år (2020), skrivet med '
                                                     'XSD-datatypen för sin form '
                                                     '(xsd:date, xsd:dateTime, '
                                                     'xsd:gYear).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utfärdandedatum'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Mapping',
                       'MicroCredential',
                       'DiplomaSupplement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'OccupationOutlook'],
         'recommended': True,
         'slot_uri': 'dcterms:issued'} })
    last_modified: Optional[str] = Field(default=None, title="Last modified", description="""The most recent date of change, as DCAT-AP-SE 3.0.1 takes it: a date, a date and time with or without a time zone, or a year, written with the XSD datatype of its form.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Senaste ändringsdatum, så som '
                                                     'DCAT-AP-SE 3.0.1 tar emot det: '
                                                     'ett datum, ett datum med '
                                                     'klockslag med eller utan tidszon '
                                                     'eller ett år, skrivet med '
                                                     'XSD-datatypen för sin form.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Senast ändrad'}},
         'close_mappings': ['emil:lastEdited'],
         'domain_of': ['Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'DataRequest',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'JobPosting',
                       'OccupationOutlook',
                       'SkillsDemand'],
         'recommended': True,
         'slot_uri': 'dcterms:modified'} })
    catalogue_language: Optional[list[str]] = Field(default=None, title="Language", description="""The languages of the metadata or data, as IRIs of the EU language authority table, e.g. http://publications.europa.eu/resource/authority/language/SWE.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Språken i metadata eller data, '
                                                     'som IRI:er ur EU:s språktabell, '
                                                     'till exempel '
                                                     'http://publications.europa.eu/resource/authority/language/SWE.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Språk'}},
         'close_mappings': ['schema:inLanguage'],
         'domain_of': ['Catalog', 'Dataset'],
         'recommended': True,
         'slot_uri': 'dcterms:language'} })
    theme_taxonomy: Optional[list[str]] = Field(default=None, title="Theme taxonomy", description="""The vocabularies used to classify the catalogue's datasets, e.g. the EU data theme vocabulary http://publications.europa.eu/resource/authority/data-theme.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De vokabulärer som används för '
                                                     'att klassificera katalogens '
                                                     'datamängder, till exempel EU:s '
                                                     'vokabulär för datateman '
                                                     'http://publications.europa.eu/resource/authority/data-theme.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Temataxonomi'}},
         'domain_of': ['Catalog'],
         'recommended': True,
         'slot_uri': 'dcat:themeTaxonomy'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["Catalog"] = Field(default="Catalog", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('license')
    def pattern_license(cls, v):
        pattern=re.compile(r"^http://creativecommons\.org/publicdomain/zero/1\.0/$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid license format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid license format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('homepage')
    def pattern_homepage(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid homepage format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid homepage format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('catalogue_language')
    def pattern_catalogue_language(cls, v):
        pattern=re.compile(r"^http://publications\.europa\.eu/resource/authority/language/[A-Z]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid catalogue_language format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid catalogue_language format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('theme_taxonomy')
    def pattern_theme_taxonomy(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid theme_taxonomy format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid theme_taxonomy format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Dataset(Entity):
    """
    A collection of data published or curated by one organisation and available for access or download in one or more distributions, such as the education offerings in Susa-navet.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En samling data som en '
                                                     'organisation publicerar eller '
                                                     'förvaltar och som finns att '
                                                     'komma åt eller ladda ned i en '
                                                     'eller flera distributioner, till '
                                                     'exempel utbildningsutbudet i '
                                                     'Susa-navet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Datamängd'}},
         'class_uri': 'dcat:Dataset',
         'exact_mappings': ['schema:Dataset'],
         'from_schema': 'https://w3id.org/kll/model/catalogue',
         'slot_usage': {'access_rights': {'name': 'access_rights', 'recommended': True},
                        'contact_point': {'name': 'contact_point', 'recommended': True},
                        'data_theme': {'name': 'data_theme', 'recommended': True},
                        'dataset_distributions': {'name': 'dataset_distributions',
                                                  'recommended': True},
                        'description': {'name': 'description', 'required': True},
                        'issued': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                      'value': 'Datum '
                                                                               'för '
                                                                               'formell '
                                                                               'utgivning, '
                                                                               'så som '
                                                                               'DCAT-AP-SE '
                                                                               '3.0.1 '
                                                                               'tar '
                                                                               'emot '
                                                                               'det: '
                                                                               'ett '
                                                                               'datum '
                                                                               '(2020-01-01), '
                                                                               'ett '
                                                                               'datum '
                                                                               'med '
                                                                               'klockslag '
                                                                               'med '
                                                                               'eller '
                                                                               'utan '
                                                                               'tidszon '
                                                                               '(2020-01-01T12:00:00+01:00) '
                                                                               'eller '
                                                                               'ett år '
                                                                               '(2020), '
                                                                               'skrivet '
                                                                               'med '
                                                                               'XSD-datatypen '
                                                                               'för '
                                                                               'sin '
                                                                               'form '
                                                                               '(xsd:date, '
                                                                               'xsd:dateTime, '
                                                                               'xsd:gYear).'},
                                                   'title_sv': {'tag': 'title_sv',
                                                                'value': 'Utfärdandedatum'}},
                                   'description': 'The date of formal issuance, as '
                                                  'DCAT-AP-SE 3.0.1 takes it: a date '
                                                  '(2020-01-01), a date and time with '
                                                  'or without a time zone '
                                                  '(2020-01-01T12:00:00+01:00) or a '
                                                  'year (2020), written with the XSD '
                                                  'datatype of its form (xsd:date, '
                                                  'xsd:dateTime, xsd:gYear).',
                                   'name': 'issued',
                                   'range': 'date_time_or_year',
                                   'recommended': True},
                        'keywords': {'name': 'keywords', 'recommended': True},
                        'last_modified': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                             'value': 'Senaste '
                                                                                      'ändringsdatum, '
                                                                                      'så '
                                                                                      'som '
                                                                                      'DCAT-AP-SE '
                                                                                      '3.0.1 '
                                                                                      'tar '
                                                                                      'emot '
                                                                                      'det: '
                                                                                      'ett '
                                                                                      'datum, '
                                                                                      'ett '
                                                                                      'datum '
                                                                                      'med '
                                                                                      'klockslag '
                                                                                      'med '
                                                                                      'eller '
                                                                                      'utan '
                                                                                      'tidszon '
                                                                                      'eller '
                                                                                      'ett '
                                                                                      'år, '
                                                                                      'skrivet '
                                                                                      'med '
                                                                                      'XSD-datatypen '
                                                                                      'för '
                                                                                      'sin '
                                                                                      'form.'},
                                                          'title_sv': {'tag': 'title_sv',
                                                                       'value': 'Senast '
                                                                                'ändrad'}},
                                          'description': 'The most recent date of '
                                                         'change, as DCAT-AP-SE 3.0.1 '
                                                         'takes it: a date, a date and '
                                                         'time with or without a time '
                                                         'zone, or a year, written '
                                                         'with the XSD datatype of its '
                                                         'form.',
                                          'name': 'last_modified',
                                          'range': 'date_time_or_year'},
                        'publisher': {'name': 'publisher', 'required': True},
                        'spatial_coverage': {'name': 'spatial_coverage',
                                             'recommended': True},
                        'temporal_coverage': {'name': 'temporal_coverage',
                                              'recommended': True},
                        'title': {'name': 'title', 'required': True}},
         'title': 'Dataset'})

    title: LocalizedText = Field(default=..., title="Title", description="""The title of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Resursens titel.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Titel'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'MicroCredential',
                       'Education',
                       'EducationEvent',
                       'Achievement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DecisionRecord',
                       'DataFlow',
                       'Agreement',
                       'JobPosting'],
         'exact_mappings': ['schema:name'],
         'slot_uri': 'dcterms:title'} })
    description: LocalizedText = Field(default=..., title="Description", description="""A free-text account of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextbeskrivning av '
                                                     'resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beskrivning'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'EligibilityRequirement',
                       'CourseRequirement',
                       'Evidence',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DataFlow',
                       'SecrecyAssessment',
                       'JobPosting'],
         'exact_mappings': ['schema:description'],
         'slot_uri': 'dcterms:description'} })
    publisher: str = Field(default=..., title="Publisher", description="""The organisation responsible for making the resource available.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som ansvarar '
                                                     'för att göra resursen '
                                                     'tillgänglig.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utgivare'}},
         'domain_of': ['Catalog', 'Dataset', 'DataService'],
         'exact_mappings': ['schema:publisher'],
         'slot_uri': 'dcterms:publisher'} })
    contact_point: Optional[ContactPoint] = Field(default=None, title="Contact point", description="""Where to turn with questions about the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Vart man vänder sig med frågor '
                                                     'om resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kontaktpunkt'}},
         'close_mappings': ['elm:contactPoint'],
         'domain_of': ['Organisation', 'Dataset', 'DataService'],
         'recommended': True,
         'slot_uri': 'dcat:contactPoint'} })
    keywords: Optional[LocalizedTextSet] = Field(default=None, title="Keywords", description="""Words or short phrases that help people find the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ord eller korta fraser som '
                                                     'hjälper människor att hitta '
                                                     'resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Nyckelord'}},
         'close_mappings': ['schema:keywords', 'emil:educationEvent.keywords'],
         'domain_of': ['EducationEvent', 'Dataset'],
         'recommended': True,
         'slot_uri': 'dcat:keyword'} })
    data_theme: Optional[list[DataTheme]] = Field(default=None, title="Theme", description="""The EU data themes that the dataset belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De EU-datateman som datamängden '
                                                     'hör till.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kategori'}},
         'domain_of': ['Dataset'],
         'recommended': True,
         'slot_uri': 'dcat:theme'} })
    dataset_distributions: Optional[list[str]] = Field(default=None, title="Distributions", description="""The available forms of the dataset.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datamängdens tillgängliga '
                                                     'former.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Distributioner'}},
         'domain_of': ['Dataset'],
         'exact_mappings': ['schema:distribution'],
         'recommended': True,
         'slot_uri': 'dcat:distribution'} })
    access_rights: Optional[AccessRights] = Field(default=None, title="Access rights", description="""Whether the resource is public, restricted or not public.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om resursen är offentlig, '
                                                     'begränsad eller inte offentlig.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Åtkomsträttigheter'}},
         'close_mappings': ['schema:conditionsOfAccess'],
         'domain_of': ['Dataset', 'DataService'],
         'recommended': True,
         'slot_uri': 'dcterms:accessRights'} })
    temporal_coverage: Optional[Period] = Field(default=None, title="Temporal coverage", description="""The period of time that the data covers.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den tidsperiod som data '
                                                     'omfattar.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Tidsperiod'}},
         'domain_of': ['Dataset'],
         'exact_mappings': ['schema:temporalCoverage'],
         'recommended': True,
         'slot_uri': 'dcterms:temporal'} })
    spatial_coverage: Optional[list[str]] = Field(default=None, title="Geographical coverage", description="""IRIs of the geographical areas that the data covers, e.g. http://publications.europa.eu/resource/authority/country/SWE for Sweden.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI:er för de geografiska '
                                                     'områden som data omfattar, till '
                                                     'exempel '
                                                     'http://publications.europa.eu/resource/authority/country/SWE '
                                                     'för Sverige.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Geografiskt område'}},
         'domain_of': ['Dataset'],
         'exact_mappings': ['schema:spatialCoverage'],
         'recommended': True,
         'slot_uri': 'dcterms:spatial'} })
    issued: Optional[str] = Field(default=None, title="Date issued", description="""The date of formal issuance, as DCAT-AP-SE 3.0.1 takes it: a date (2020-01-01), a date and time with or without a time zone (2020-01-01T12:00:00+01:00) or a year (2020), written with the XSD datatype of its form (xsd:date, xsd:dateTime, xsd:gYear).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datum för formell utgivning, så '
                                                     'som DCAT-AP-SE 3.0.1 tar emot '
                                                     'det: ett datum (2020-01-01), ett '
                                                     'datum med klockslag med eller '
                                                     'utan tidszon '
                                                     '(2020-01-01T12:00:00+01:00) '
                                                     'eller ett år (2020), skrivet med '
                                                     'XSD-datatypen för sin form '
                                                     '(xsd:date, xsd:dateTime, '
                                                     'xsd:gYear).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utfärdandedatum'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Mapping',
                       'MicroCredential',
                       'DiplomaSupplement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'OccupationOutlook'],
         'recommended': True,
         'slot_uri': 'dcterms:issued'} })
    last_modified: Optional[str] = Field(default=None, title="Last modified", description="""The most recent date of change, as DCAT-AP-SE 3.0.1 takes it: a date, a date and time with or without a time zone, or a year, written with the XSD datatype of its form.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Senaste ändringsdatum, så som '
                                                     'DCAT-AP-SE 3.0.1 tar emot det: '
                                                     'ett datum, ett datum med '
                                                     'klockslag med eller utan tidszon '
                                                     'eller ett år, skrivet med '
                                                     'XSD-datatypen för sin form.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Senast ändrad'}},
         'close_mappings': ['emil:lastEdited'],
         'domain_of': ['Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'DataRequest',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'JobPosting',
                       'OccupationOutlook',
                       'SkillsDemand'],
         'slot_uri': 'dcterms:modified'} })
    catalogue_language: Optional[list[str]] = Field(default=None, title="Language", description="""The languages of the metadata or data, as IRIs of the EU language authority table, e.g. http://publications.europa.eu/resource/authority/language/SWE.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Språken i metadata eller data, '
                                                     'som IRI:er ur EU:s språktabell, '
                                                     'till exempel '
                                                     'http://publications.europa.eu/resource/authority/language/SWE.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Språk'}},
         'close_mappings': ['schema:inLanguage'],
         'domain_of': ['Catalog', 'Dataset'],
         'slot_uri': 'dcterms:language'} })
    conforms_to_standard: Optional[list[str]] = Field(default=None, title="Conforms to", description="""IRIs of the standards or specifications that the data follows, e.g. the KLL information model or EMIL (SS 10700).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI:er för de standarder eller '
                                                     'specifikationer som data följer, '
                                                     'till exempel KLL:s '
                                                     'informationsmodell eller EMIL '
                                                     '(SS 10700).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Följer standard'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'dcterms:conformsTo'} })
    landing_page: Optional[str] = Field(default=None, title="Landing page", description="""A web page that gives access to the dataset and information about it, for people to read.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En webbsida för människor som '
                                                     'ger åtkomst till datamängden och '
                                                     'information om den.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Landningssida'}},
         'close_mappings': ['schema:url'],
         'domain_of': ['Dataset'],
         'slot_uri': 'dcat:landingPage'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["Dataset"] = Field(default="Dataset", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('spatial_coverage')
    def pattern_spatial_coverage(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid spatial_coverage format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid spatial_coverage format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('catalogue_language')
    def pattern_catalogue_language(cls, v):
        pattern=re.compile(r"^http://publications\.europa\.eu/resource/authority/language/[A-Z]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid catalogue_language format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid catalogue_language format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('conforms_to_standard')
    def pattern_conforms_to_standard(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to_standard format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to_standard format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('landing_page')
    def pattern_landing_page(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid landing_page format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid landing_page format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Distribution(Entity):
    """
    One available form of a dataset, such as a downloadable file or an API response in a given format, with the address where it can be reached.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En tillgänglig form av en '
                                                     'datamängd, till exempel en '
                                                     'nedladdningsbar fil eller ett '
                                                     'API-svar i ett visst format, med '
                                                     'adressen där den kan nås.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Distribution'}},
         'class_uri': 'dcat:Distribution',
         'close_mappings': ['schema:DataDownload'],
         'from_schema': 'https://w3id.org/kll/model/catalogue',
         'slot_usage': {'access_url': {'name': 'access_url', 'required': True},
                        'availability': {'name': 'availability', 'recommended': True},
                        'description': {'name': 'description', 'recommended': True},
                        'file_format': {'name': 'file_format', 'required': True},
                        'issued': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                      'value': 'Datum '
                                                                               'för '
                                                                               'formell '
                                                                               'utgivning, '
                                                                               'så som '
                                                                               'DCAT-AP-SE '
                                                                               '3.0.1 '
                                                                               'tar '
                                                                               'emot '
                                                                               'det: '
                                                                               'ett '
                                                                               'datum '
                                                                               '(2020-01-01), '
                                                                               'ett '
                                                                               'datum '
                                                                               'med '
                                                                               'klockslag '
                                                                               'med '
                                                                               'eller '
                                                                               'utan '
                                                                               'tidszon '
                                                                               '(2020-01-01T12:00:00+01:00) '
                                                                               'eller '
                                                                               'ett år '
                                                                               '(2020), '
                                                                               'skrivet '
                                                                               'med '
                                                                               'XSD-datatypen '
                                                                               'för '
                                                                               'sin '
                                                                               'form '
                                                                               '(xsd:date, '
                                                                               'xsd:dateTime, '
                                                                               'xsd:gYear).'},
                                                   'title_sv': {'tag': 'title_sv',
                                                                'value': 'Utfärdandedatum'}},
                                   'description': 'The date of formal issuance, as '
                                                  'DCAT-AP-SE 3.0.1 takes it: a date '
                                                  '(2020-01-01), a date and time with '
                                                  'or without a time zone '
                                                  '(2020-01-01T12:00:00+01:00) or a '
                                                  'year (2020), written with the XSD '
                                                  'datatype of its form (xsd:date, '
                                                  'xsd:dateTime, xsd:gYear).',
                                   'name': 'issued',
                                   'range': 'date_time_or_year'},
                        'last_modified': {'annotations': {'description_sv': {'tag': 'description_sv',
                                                                             'value': 'Senaste '
                                                                                      'ändringsdatum, '
                                                                                      'så '
                                                                                      'som '
                                                                                      'DCAT-AP-SE '
                                                                                      '3.0.1 '
                                                                                      'tar '
                                                                                      'emot '
                                                                                      'det: '
                                                                                      'ett '
                                                                                      'datum, '
                                                                                      'ett '
                                                                                      'datum '
                                                                                      'med '
                                                                                      'klockslag '
                                                                                      'med '
                                                                                      'eller '
                                                                                      'utan '
                                                                                      'tidszon '
                                                                                      'eller '
                                                                                      'ett '
                                                                                      'år, '
                                                                                      'skrivet '
                                                                                      'med '
                                                                                      'XSD-datatypen '
                                                                                      'för '
                                                                                      'sin '
                                                                                      'form.'},
                                                          'title_sv': {'tag': 'title_sv',
                                                                       'value': 'Senast '
                                                                                'ändrad'}},
                                          'description': 'The most recent date of '
                                                         'change, as DCAT-AP-SE 3.0.1 '
                                                         'takes it: a date, a date and '
                                                         'time with or without a time '
                                                         'zone, or a year, written '
                                                         'with the XSD datatype of its '
                                                         'form.',
                                          'name': 'last_modified',
                                          'range': 'date_time_or_year'},
                        'license': {'name': 'license', 'recommended': True},
                        'media_type': {'name': 'media_type', 'recommended': True}},
         'title': 'Distribution'})

    access_url: str = Field(default=..., title="Access URL", description="""A URL that gives access to the distribution, such as an API endpoint or a download page.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En webbadress som ger åtkomst '
                                                     'till distributionen, till '
                                                     'exempel en API-ändpunkt eller en '
                                                     'nedladdningssida.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Åtkomstadress'}},
         'domain_of': ['Distribution'],
         'slot_uri': 'dcat:accessURL'} })
    download_url: Optional[str] = Field(default=None, title="Download URL", description="""A URL of a file that contains the distribution in its format.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En webbadress till en fil som '
                                                     'innehåller distributionen i dess '
                                                     'format.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Nedladdningsadress'}},
         'domain_of': ['Distribution'],
         'exact_mappings': ['schema:contentUrl'],
         'slot_uri': 'dcat:downloadURL'} })
    file_format: FileFormat = Field(default=..., title="Format", description="""The file format of the distribution, from the EU file type authority table.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Distributionens filformat, ur '
                                                     'EU:s tabell över filtyper.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Format'}},
         'close_mappings': ['schema:encodingFormat'],
         'domain_of': ['Distribution'],
         'slot_uri': 'dcterms:format'} })
    media_type: Optional[str] = Field(default=None, title="Media type", description="""The media type of the distribution, e.g. application/json: any type of IANA's registry (the shipped list iana-media-type) or of DCAT-AP-SE's own pick lists (text/csv+zip, application/x-shapefile …), with at most one parameter as DCAT-AP-SE allows (text/csv; charset=utf-8); the names follow RFC 6838.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Distributionens mediatyp, till '
                                                     'exempel application/json: varje '
                                                     'typ i IANA:s register (den '
                                                     'medföljande listan '
                                                     'iana-media-type) eller i '
                                                     'DCAT-AP-SE:s egna vallistor '
                                                     '(text/csv+zip, '
                                                     'application/x-shapefile …), med '
                                                     'högst en parameter som '
                                                     'DCAT-AP-SE tillåter (text/csv; '
                                                     'charset=utf-8); namnen följer '
                                                     'RFC 6838.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Mediatyp'}},
         'close_mappings': ['schema:encodingFormat'],
         'domain_of': ['Distribution'],
         'recommended': True,
         'slot_uri': 'dcat:mediaType'} })
    license: Optional[str] = Field(default=None, title="Licence", description="""The IRI of the licence under which the resource may be used, e.g. http://creativecommons.org/publicdomain/zero/1.0/ or http://creativecommons.org/licenses/by/4.0/.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI för den licens som resursen '
                                                     'får användas under, till exempel '
                                                     'http://creativecommons.org/publicdomain/zero/1.0/ '
                                                     'eller '
                                                     'http://creativecommons.org/licenses/by/4.0/.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Licens'}},
         'domain_of': ['Catalog', 'Distribution', 'DataService'],
         'exact_mappings': ['schema:license'],
         'recommended': True,
         'slot_uri': 'dcterms:license'} })
    title: Optional[LocalizedText] = Field(default=None, title="Title", description="""The title of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Resursens titel.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Titel'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'MicroCredential',
                       'Education',
                       'EducationEvent',
                       'Achievement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DecisionRecord',
                       'DataFlow',
                       'Agreement',
                       'JobPosting'],
         'exact_mappings': ['schema:name'],
         'slot_uri': 'dcterms:title'} })
    description: Optional[LocalizedText] = Field(default=None, title="Description", description="""A free-text account of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextbeskrivning av '
                                                     'resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beskrivning'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'EligibilityRequirement',
                       'CourseRequirement',
                       'Evidence',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DataFlow',
                       'SecrecyAssessment',
                       'JobPosting'],
         'exact_mappings': ['schema:description'],
         'recommended': True,
         'slot_uri': 'dcterms:description'} })
    access_service: Optional[str] = Field(default=None, title="Access service", description="""The data service that gives access to the distribution.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den datatjänst som ger åtkomst '
                                                     'till distributionen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Åtkomsttjänst'}},
         'domain_of': ['Distribution'],
         'slot_uri': 'dcat:accessService'} })
    availability: Optional[PlannedAvailability] = Field(default=None, title="Availability", description="""How long the distribution is planned to stay available.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur länge distributionen '
                                                     'planeras att vara tillgänglig.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Tillgänglighet'}},
         'domain_of': ['Distribution'],
         'recommended': True,
         'slot_uri': 'dcatap:availability'} })
    issued: Optional[str] = Field(default=None, title="Date issued", description="""The date of formal issuance, as DCAT-AP-SE 3.0.1 takes it: a date (2020-01-01), a date and time with or without a time zone (2020-01-01T12:00:00+01:00) or a year (2020), written with the XSD datatype of its form (xsd:date, xsd:dateTime, xsd:gYear).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datum för formell utgivning, så '
                                                     'som DCAT-AP-SE 3.0.1 tar emot '
                                                     'det: ett datum (2020-01-01), ett '
                                                     'datum med klockslag med eller '
                                                     'utan tidszon '
                                                     '(2020-01-01T12:00:00+01:00) '
                                                     'eller ett år (2020), skrivet med '
                                                     'XSD-datatypen för sin form '
                                                     '(xsd:date, xsd:dateTime, '
                                                     'xsd:gYear).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utfärdandedatum'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Mapping',
                       'MicroCredential',
                       'DiplomaSupplement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'OccupationOutlook'],
         'slot_uri': 'dcterms:issued'} })
    last_modified: Optional[str] = Field(default=None, title="Last modified", description="""The most recent date of change, as DCAT-AP-SE 3.0.1 takes it: a date, a date and time with or without a time zone, or a year, written with the XSD datatype of its form.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Senaste ändringsdatum, så som '
                                                     'DCAT-AP-SE 3.0.1 tar emot det: '
                                                     'ett datum, ett datum med '
                                                     'klockslag med eller utan tidszon '
                                                     'eller ett år, skrivet med '
                                                     'XSD-datatypen för sin form.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Senast ändrad'}},
         'close_mappings': ['emil:lastEdited'],
         'domain_of': ['Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'DataRequest',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'JobPosting',
                       'OccupationOutlook',
                       'SkillsDemand'],
         'slot_uri': 'dcterms:modified'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["Distribution"] = Field(default="Distribution", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('access_url')
    def pattern_access_url(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid access_url format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid access_url format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('download_url')
    def pattern_download_url(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid download_url format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid download_url format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('media_type')
    def pattern_media_type(cls, v):
        pattern=re.compile(r"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}( *; *[A-Za-z0-9_.-]+=[A-Za-z0-9_.-]+)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid media_type format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid media_type format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('license')
    def pattern_license(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid license format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid license format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class DataService(Entity):
    """
    An operation or collection of operations, typically a web API, that gives access to one or more datasets, such as the EMIL3 API of Susa-navet.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En operation eller samling '
                                                     'operationer, oftast ett '
                                                     'webb-API, som ger åtkomst till '
                                                     'en eller flera datamängder, till '
                                                     'exempel Susa-navets EMIL3-API.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Datatjänst'}},
         'class_uri': 'dcat:DataService',
         'close_mappings': ['schema:WebAPI'],
         'from_schema': 'https://w3id.org/kll/model/catalogue',
         'slot_usage': {'access_rights': {'name': 'access_rights', 'recommended': True},
                        'endpoint_description': {'name': 'endpoint_description',
                                                 'recommended': True},
                        'endpoint_url': {'name': 'endpoint_url', 'required': True},
                        'license': {'name': 'license', 'recommended': True},
                        'serves_dataset': {'name': 'serves_dataset',
                                           'recommended': True},
                        'title': {'name': 'title', 'required': True}},
         'title': 'Data service'})

    title: LocalizedText = Field(default=..., title="Title", description="""The title of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Resursens titel.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Titel'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'MicroCredential',
                       'Education',
                       'EducationEvent',
                       'Achievement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DecisionRecord',
                       'DataFlow',
                       'Agreement',
                       'JobPosting'],
         'exact_mappings': ['schema:name'],
         'slot_uri': 'dcterms:title'} })
    endpoint_url: str = Field(default=..., title="Endpoint URL", description="""The root location or primary endpoint of the service.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Tjänstens rotadress eller '
                                                     'primära ändpunkt.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ändpunktsadress'}},
         'domain_of': ['DataService'],
         'slot_uri': 'dcat:endpointURL'} })
    endpoint_description: Optional[list[str]] = Field(default=None, title="Endpoint description", description="""URLs of machine-readable descriptions of the service's operations, e.g. an OpenAPI document.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Webbadresser till maskinläsbara '
                                                     'beskrivningar av tjänstens '
                                                     'operationer, till exempel ett '
                                                     'OpenAPI-dokument.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Ändpunktsbeskrivning'}},
         'domain_of': ['DataService'],
         'recommended': True,
         'slot_uri': 'dcat:endpointDescription'} })
    serves_dataset: Optional[list[str]] = Field(default=None, title="Serves dataset", description="""The datasets that the data service gives access to.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De datamängder som datatjänsten '
                                                     'ger åtkomst till.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Tillhandahåller datamängd'}},
         'domain_of': ['DataService'],
         'recommended': True,
         'slot_uri': 'dcat:servesDataset'} })
    description: Optional[LocalizedText] = Field(default=None, title="Description", description="""A free-text account of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextbeskrivning av '
                                                     'resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beskrivning'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'EligibilityRequirement',
                       'CourseRequirement',
                       'Evidence',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DataFlow',
                       'SecrecyAssessment',
                       'JobPosting'],
         'exact_mappings': ['schema:description'],
         'slot_uri': 'dcterms:description'} })
    publisher: Optional[str] = Field(default=None, title="Publisher", description="""The organisation responsible for making the resource available.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som ansvarar '
                                                     'för att göra resursen '
                                                     'tillgänglig.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utgivare'}},
         'domain_of': ['Catalog', 'Dataset', 'DataService'],
         'exact_mappings': ['schema:publisher'],
         'slot_uri': 'dcterms:publisher'} })
    contact_point: Optional[ContactPoint] = Field(default=None, title="Contact point", description="""Where to turn with questions about the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Vart man vänder sig med frågor '
                                                     'om resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kontaktpunkt'}},
         'close_mappings': ['elm:contactPoint'],
         'domain_of': ['Organisation', 'Dataset', 'DataService'],
         'slot_uri': 'dcat:contactPoint'} })
    license: Optional[str] = Field(default=None, title="Licence", description="""The IRI of the licence under which the resource may be used, e.g. http://creativecommons.org/publicdomain/zero/1.0/ or http://creativecommons.org/licenses/by/4.0/.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI för den licens som resursen '
                                                     'får användas under, till exempel '
                                                     'http://creativecommons.org/publicdomain/zero/1.0/ '
                                                     'eller '
                                                     'http://creativecommons.org/licenses/by/4.0/.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Licens'}},
         'domain_of': ['Catalog', 'Distribution', 'DataService'],
         'exact_mappings': ['schema:license'],
         'recommended': True,
         'slot_uri': 'dcterms:license'} })
    access_rights: Optional[AccessRights] = Field(default=None, title="Access rights", description="""Whether the resource is public, restricted or not public.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om resursen är offentlig, '
                                                     'begränsad eller inte offentlig.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Åtkomsträttigheter'}},
         'close_mappings': ['schema:conditionsOfAccess'],
         'domain_of': ['Dataset', 'DataService'],
         'recommended': True,
         'slot_uri': 'dcterms:accessRights'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["DataService"] = Field(default="DataService", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('endpoint_url')
    def pattern_endpoint_url(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid endpoint_url format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid endpoint_url format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('endpoint_description')
    def pattern_endpoint_description(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid endpoint_description format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid endpoint_description format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('license')
    def pattern_license(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid license format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid license format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Agency(Organisation):
    """
    A government agency that takes part in governing the data infrastructure, as listed in the agency register, with its short alias, its responsibilities and the model modules it owns.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En statlig myndighet som deltar '
                                                     'i förvaltningen av '
                                                     'datainfrastrukturen, så som den '
                                                     'står i myndighetsregistret, med '
                                                     'sitt korta alias, sitt ansvar '
                                                     'och de modellmoduler den äger.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Myndighet'}},
         'class_uri': 'kll:Agency',
         'close_mappings': ['org:Organization'],
         'exact_mappings': ['schema:GovernmentOrganization'],
         'from_schema': 'https://w3id.org/kll/model/governance',
         'slot_usage': {'agency_alias': {'name': 'agency_alias', 'required': True},
                        'agency_role': {'name': 'agency_role', 'recommended': True}},
         'title': 'Agency'})

    agency_alias: AgencyAlias = Field(default=..., title="Agency alias", description="""The short, stable alias by which decision records and tooling refer to the agency.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det korta, stabila alias som '
                                                     'beslutsdokument och verktyg '
                                                     'använder för att hänvisa till '
                                                     'myndigheten.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Myndighetsalias'}},
         'close_mappings': ['schema:alternateName'],
         'domain_of': ['Agency'],
         'slot_uri': 'kll:agencyAlias'} })
    agency_role: Optional[LocalizedText] = Field(default=None, title="Role in the ecosystem", description="""What the agency is responsible for or contributes in the data infrastructure.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Vad myndigheten ansvarar för '
                                                     'eller bidrar med i '
                                                     'datainfrastrukturen.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Roll i ekosystemet'}},
         'close_mappings': ['org:purpose'],
         'domain_of': ['Agency'],
         'recommended': True,
         'slot_uri': 'kll:agencyRole'} })
    joined_date: Optional[date] = Field(default=None, title="Joined on", description="""The date from which the agency takes part in governing the infrastructure.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum från vilket '
                                                     'myndigheten deltar i '
                                                     'förvaltningen av '
                                                     'infrastrukturen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ansluten från'}},
         'close_mappings': ['org:memberDuring'],
         'domain_of': ['Agency'],
         'slot_uri': 'kll:joinedDate'} })
    owned_modules: Optional[list[ModelModule]] = Field(default=None, title="Owned modules", description="""The modules of the information model that the agency is responsible for maintaining.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De moduler i '
                                                     'informationsmodellen som '
                                                     'myndigheten ansvarar för att '
                                                     'förvalta.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ägda moduler'}},
         'domain_of': ['Agency'],
         'slot_uri': 'kll:ownedModules'} })
    data_flow_register: Optional[str] = Field(default=None, title="Register of data flows", description="""The register of data flows and agreements in which the flows that the agency provides or receives are approved (decision record 0028).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det register över dataflöden och '
                                                     'avtal där de flöden som '
                                                     'myndigheten lämnar eller tar '
                                                     'emot godkänns (beslutsdokument '
                                                     '0028).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Register över dataflöden'}},
         'domain_of': ['Agency'],
         'related_mappings': ['dcat:catalog'],
         'slot_uri': 'kll:dataFlowRegister'} })
    name: LocalizedText = Field(default=..., title="Name", description="""The name by which the agent is known.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet som aktören är känd '
                                                     'under.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Namn'}},
         'close_mappings': ['skos:prefLabel', 'rov:legalName'],
         'domain_of': ['Organisation', 'ResponsibleBody'],
         'exact_mappings': ['schema:name'],
         'slot_uri': 'foaf:name'} })
    organisation_number: Optional[str] = Field(default=None, title="Organisation number", description="""The Swedish organisationsnummer (ten digits, written NNNNNN-NNNN) that identifies a legal entity; the last digit is a Luhn check digit.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det svenska organisationsnumret '
                                                     '(tio siffror, skrivet '
                                                     'NNNNNN-NNNN) som identifierar en '
                                                     'juridisk person; sista siffran '
                                                     'är en kontrollsiffra enligt '
                                                     'Luhn.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Organisationsnummer'}},
         'close_mappings': ['schema:taxID',
                            'emil:educationProvider.organisationNumber'],
         'domain_of': ['Organisation'],
         'recommended': True,
         'related_mappings': ['rov:registration'],
         'slot_uri': 'kll:organisationNumber'} })
    registrations: Optional[list[ForeignIdentifier]] = Field(default=None, title="Registrations abroad", description="""The organisation's legal registrations under other countries' schemes, each with its country; a Swedish organisationsnummer goes in organisation_number.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Organisationens registreringar '
                                                     'som juridisk person enligt andra '
                                                     'länders system, var och en med '
                                                     'sitt land; ett svenskt '
                                                     'organisationsnummer anges i '
                                                     'organisation_number.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Registreringar utomlands'}},
         'close_mappings': ['rov:registration'],
         'domain_of': ['Organisation'],
         'slot_uri': 'kll:registration'} })
    homepage: Optional[str] = Field(default=None, title="Homepage", description="""A web page about the resource, for people to read.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En webbsida om resursen, avsedd '
                                                     'för människor.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Webbsida'}},
         'close_mappings': ['schema:url', 'emil:url'],
         'domain_of': ['Organisation',
                       'ContactPoint',
                       'Qualification',
                       'Education',
                       'EducationEvent',
                       'Catalog',
                       'JobPosting'],
         'slot_uri': 'foaf:homepage'} })
    email: Optional[str] = Field(default=None, title="E-mail address", description="""An e-mail address, without the mailto scheme.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En e-postadress, utan '
                                                     'mailto-schemat.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'E-postadress'}},
         'close_mappings': ['schema:email', 'elm:emailAddress'],
         'domain_of': ['Organisation', 'ContactPoint', 'ApplicationDetails'],
         'slot_uri': 'vcard:hasEmail'} })
    telephone: Optional[str] = Field(default=None, title="Telephone number", description="""A telephone number in international format, e.g. +46 60 19 10 00.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett telefonnummer i '
                                                     'internationellt format, till '
                                                     'exempel +46 60 19 10 00.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Telefonnummer'}},
         'close_mappings': ['schema:telephone', 'elm:phone'],
         'domain_of': ['Organisation', 'ContactPoint'],
         'slot_uri': 'vcard:hasTelephone'} })
    address: Optional[Address] = Field(default=None, title="Address", description="""The postal or visiting address of the agent.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Aktörens post- eller '
                                                     'besöksadress.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Adress'}},
         'close_mappings': ['schema:address'],
         'domain_of': ['Organisation', 'ApplicationDetails'],
         'slot_uri': 'locn:address'} })
    contact_point: Optional[ContactPoint] = Field(default=None, title="Contact point", description="""Where to turn with questions about the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Vart man vänder sig med frågor '
                                                     'om resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kontaktpunkt'}},
         'close_mappings': ['elm:contactPoint'],
         'domain_of': ['Organisation', 'Dataset', 'DataService'],
         'slot_uri': 'dcat:contactPoint'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["Agency"] = Field(default="Agency", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('data_flow_register')
    def pattern_data_flow_register(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid data_flow_register format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid data_flow_register format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('organisation_number')
    def pattern_organisation_number(cls, v):
        pattern=re.compile(r"^[0-9]{6}-[0-9]{4}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid organisation_number format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid organisation_number format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('homepage')
    def pattern_homepage(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid homepage format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid homepage format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('email')
    def pattern_email(cls, v):
        pattern=re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid email format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid email format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('telephone')
    def pattern_telephone(cls, v):
        pattern=re.compile(r"^\+[0-9][0-9 -]{5,19}[0-9]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid telephone format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid telephone format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class DecisionRecord(Entity):
    """
    The YAML front matter of a decision record in MADR 4 format, extended for the ecosystem: a ground rule, interface or model change that the governance forum has proposed or decided, with its status history, who took part and what it affects. The record number equals the number in the file name.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'YAML-huvudet i ett '
                                                     'beslutsdokument i MADR 4-format, '
                                                     'utökat för ekosystemet: en '
                                                     'spelregel, ett gränssnitt eller '
                                                     'en modelländring som '
                                                     'förvaltningsforumet har '
                                                     'föreslagit eller beslutat, med '
                                                     'statushistorik, vilka som '
                                                     'deltagit och vad beslutet '
                                                     'påverkar. Postens nummer är '
                                                     'detsamma som numret i '
                                                     'filnamnet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beslutsdokument'}},
         'class_uri': 'kll:DecisionRecord',
         'close_mappings': ['prov:Activity'],
         'from_schema': 'https://w3id.org/kll/model/governance',
         'related_mappings': ['schema:Legislation'],
         'slot_usage': {'date_created': {'name': 'date_created', 'required': True},
                        'decision_makers': {'name': 'decision_makers',
                                            'recommended': True},
                        'decision_scope': {'name': 'decision_scope', 'required': True},
                        'decision_status': {'name': 'decision_status',
                                            'required': True},
                        'interoperability_layers': {'name': 'interoperability_layers',
                                                    'recommended': True},
                        'last_updated': {'name': 'last_updated', 'required': True},
                        'owning_agency': {'name': 'owning_agency', 'required': True},
                        'record_number': {'name': 'record_number', 'required': True},
                        'title': {'name': 'title', 'required': True}},
         'title': 'Decision record'})

    record_number: int = Field(default=..., title="Record number", description="""The sequence number of the decision record, equal to the number in its file name (e.g. 7 for 0007-use-sssom-for-crosswalks.md) and unique in the decision log.""", ge=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Beslutsdokumentets löpnummer, '
                                                     'detsamma som numret i filnamnet '
                                                     '(till exempel 7 för '
                                                     '0007-use-sssom-for-crosswalks.md) '
                                                     'och unikt i beslutsloggen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Löpnummer'}},
         'close_mappings': ['dcterms:identifier'],
         'domain_of': ['DecisionRecord'],
         'slot_uri': 'kll:recordNumber'} })
    title: LocalizedText = Field(default=..., title="Title", description="""The title of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Resursens titel.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Titel'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'MicroCredential',
                       'Education',
                       'EducationEvent',
                       'Achievement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DecisionRecord',
                       'DataFlow',
                       'Agreement',
                       'JobPosting'],
         'exact_mappings': ['schema:name'],
         'slot_uri': 'dcterms:title'} })
    decision_status: DecisionStatus = Field(default=..., title="Status", description="""Where the decision record stands. Depending on the status, the matching date (accepted, rejected, deprecated, withdrawn) or the superseding record must be given.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Var beslutsdokumentet befinner '
                                                     'sig. Beroende på status ska '
                                                     'motsvarande datum (beslutad, '
                                                     'avslagen, avvecklad, återkallad) '
                                                     'eller den ersättande posten '
                                                     'anges.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Status'}},
         'close_mappings': ['schema:creativeWorkStatus'],
         'domain_of': ['DecisionRecord'],
         'slot_uri': 'kll:decisionStatus'} })
    date_created: date = Field(default=..., title="Date created", description="""The date on which the decision record was first drafted.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då beslutsdokumentet '
                                                     'först skrevs.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Skapad'}},
         'close_mappings': ['dcterms:created', 'schema:dateCreated'],
         'domain_of': ['DecisionRecord'],
         'slot_uri': 'kll:dateCreated'} })
    last_updated: date = Field(default=..., title="Last updated", description="""The date on which the record was last materially changed (MADR's date); it is not before any other date in the record.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då posten senast '
                                                     'ändrades i sak (MADR:s date); '
                                                     'det ligger inte före något annat '
                                                     'datum i posten.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Senast uppdaterad'}},
         'close_mappings': ['dcterms:modified', 'schema:dateModified'],
         'domain_of': ['DecisionRecord'],
         'slot_uri': 'kll:lastUpdated'} })
    date_accepted: Optional[date] = Field(default=None, title="Date accepted", description="""The date on which the governance forum accepted the decision.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då förvaltningsforumet '
                                                     'fattade beslutet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beslutad'}},
         'close_mappings': ['dcterms:dateAccepted'],
         'domain_of': ['DecisionRecord'],
         'slot_uri': 'kll:dateAccepted'} })
    date_rejected: Optional[date] = Field(default=None, title="Date rejected", description="""The date on which the governance forum rejected the proposal.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då förvaltningsforumet '
                                                     'avslog förslaget.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Avslagen'}},
         'domain_of': ['DecisionRecord'],
         'slot_uri': 'kll:dateRejected'} })
    date_deprecated: Optional[date] = Field(default=None, title="Date deprecated", description="""The date from which the decision no longer applies, without being replaced by another record.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum från vilket beslutet '
                                                     'inte längre gäller, utan att ha '
                                                     'ersatts av någon annan post.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Avvecklad'}},
         'domain_of': ['DecisionRecord'],
         'slot_uri': 'kll:dateDeprecated'} })
    date_withdrawn: Optional[date] = Field(default=None, title="Date withdrawn", description="""The date on which the proposer withdrew the proposal before a decision was taken.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då förslagsställaren '
                                                     'drog tillbaka förslaget innan '
                                                     'beslut fattades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Återkallad'}},
         'domain_of': ['DecisionRecord'],
         'slot_uri': 'kll:dateWithdrawn'} })
    decision_makers: Optional[list[AgencyAlias]] = Field(default=None, title="Decision makers", description="""The agencies that take the decision (MADR's decision-makers).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De myndigheter som fattar '
                                                     'beslutet (MADR:s '
                                                     'decision-makers).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beslutsfattare'}},
         'domain_of': ['DecisionRecord'],
         'recommended': True,
         'slot_uri': 'kll:decisionMakers'} })
    consulted: Optional[list[AgencyAlias]] = Field(default=None, title="Consulted", description="""The agencies whose opinions are sought, in two-way communication (MADR's consulted).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De myndigheter vars synpunkter '
                                                     'inhämtas, i dialog (MADR:s '
                                                     'consulted).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Rådfrågade'}},
         'domain_of': ['DecisionRecord'],
         'slot_uri': 'kll:consulted'} })
    informed: Optional[list[AgencyAlias]] = Field(default=None, title="Informed", description="""The agencies that are kept up to date, in one-way communication (MADR's informed).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De myndigheter som hålls '
                                                     'informerade, i '
                                                     'envägskommunikation (MADR:s '
                                                     'informed).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Informerade'}},
         'domain_of': ['DecisionRecord'],
         'slot_uri': 'kll:informed'} })
    decision_scope: DecisionScope = Field(default=..., title="Scope", description="""Whether the decision concerns the whole ecosystem or particular modules of the model.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om beslutet gäller hela '
                                                     'ekosystemet eller vissa moduler '
                                                     'i modellen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Omfattning'}},
         'domain_of': ['DecisionRecord'],
         'slot_uri': 'kll:decisionScope'} })
    owning_agency: AgencyAlias = Field(default=..., title="Owning agency", description="""The agency that drafts the record and follows it up.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den myndighet som skriver '
                                                     'beslutsdokumentet och följer upp '
                                                     'den.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ägande myndighet'}},
         'domain_of': ['DecisionRecord'],
         'slot_uri': 'kll:owningAgency'} })
    model_modules: Optional[list[ModelModule]] = Field(default=None, title="Modules", description="""The modules of the information model that the decision affects; at least one when the scope is module.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De moduler i '
                                                     'informationsmodellen som '
                                                     'beslutet påverkar; minst en när '
                                                     'omfattningen är modul.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Moduler'}},
         'domain_of': ['DecisionRecord'],
         'slot_uri': 'kll:modelModules'} })
    interoperability_layers: Optional[list[InteroperabilityLayer]] = Field(default=None, title="Interoperability layers", description="""The layers of interoperability, in the sense of the European Interoperability Framework, that the decision addresses.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De nivåer av interoperabilitet, '
                                                     'i den mening som det europeiska '
                                                     'interoperabilitetsramverket ger, '
                                                     'som beslutet gäller.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Interoperabilitetsnivåer'}},
         'domain_of': ['DecisionRecord'],
         'recommended': True,
         'slot_uri': 'kll:interoperabilityLayers'} })
    supersedes: Optional[list[str]] = Field(default=None, title="Supersedes", description="""The earlier decision records that this record replaces in full.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De tidigare beslutsdokument som '
                                                     'denna post ersätter helt.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ersätter'}},
         'close_mappings': ['dcterms:replaces'],
         'domain_of': ['DecisionRecord'],
         'slot_uri': 'kll:supersedes'} })
    superseded_by: Optional[list[str]] = Field(default=None, title="Superseded by", description="""The later decision records that replace this record in full; given exactly when the status is superseded.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De senare beslutsdokument som '
                                                     'ersätter denna post helt; anges '
                                                     'just när status är ersatt.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ersatt av'}},
         'close_mappings': ['dcterms:isReplacedBy'],
         'domain_of': ['DecisionRecord'],
         'slot_uri': 'kll:supersededBy'} })
    amends: Optional[list[str]] = Field(default=None, title="Amends", description="""The earlier decision records that this record changes in part, without replacing them.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De tidigare beslutsdokument som '
                                                     'denna post ändrar delvis, utan '
                                                     'att ersätta dem.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ändrar'}},
         'close_mappings': ['dcterms:relation'],
         'domain_of': ['DecisionRecord'],
         'slot_uri': 'kll:amends'} })
    resolution: Optional[str] = Field(default=None, title="Resolution", description="""The URL of the minutes of the forum meeting at which the decision was taken.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Webbadressen till protokollet '
                                                     'från det forumsmöte där beslutet '
                                                     'fattades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Protokoll'}},
         'close_mappings': ['prov:wasGeneratedBy'],
         'domain_of': ['DecisionRecord'],
         'slot_uri': 'kll:resolution'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["DecisionRecord"] = Field(default="DecisionRecord", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('resolution')
    def pattern_resolution(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid resolution format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid resolution format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class DataFlow(Entity):
    """
    A recurring transfer of a dataset from one party to another, as entered in the register of data flows and agreements (decision record 0028): who provides what to whom, for which purpose, on which legal basis, with which secrecy assessment and cost model, and where its approval stands. A flow with personal data is approved only once its legal basis and secrecy assessment are recorded.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En återkommande överföring av en '
                                                     'datamängd från en part till en '
                                                     'annan, så som den står i '
                                                     'registret över dataflöden och '
                                                     'avtal (beslutsdokument 0028): '
                                                     'vem som lämnar vad till vem, för '
                                                     'vilket ändamål, på vilken '
                                                     'rättslig grund, med vilken '
                                                     'sekretessbedömning och '
                                                     'kostnadsmodell, och var '
                                                     'godkännandet står. Ett flöde med '
                                                     'personuppgifter godkänns först '
                                                     'när dess rättsliga grund och '
                                                     'sekretessbedömning är '
                                                     'dokumenterade.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Dataflöde'}},
         'class_uri': 'kll:DataFlow',
         'from_schema': 'https://w3id.org/kll/model/governance',
         'related_mappings': ['dpv:Transfer', 'prov:Activity'],
         'slot_usage': {'approval_status': {'name': 'approval_status',
                                            'required': True},
                        'contains_personal_data': {'name': 'contains_personal_data',
                                                   'required': True},
                        'cost_model': {'name': 'cost_model', 'recommended': True},
                        'flow_datasets': {'name': 'flow_datasets', 'required': True},
                        'flow_purpose': {'name': 'flow_purpose', 'required': True},
                        'providing_party': {'name': 'providing_party',
                                            'required': True},
                        'receiving_party': {'name': 'receiving_party',
                                            'required': True},
                        'review_due_date': {'name': 'review_due_date',
                                            'recommended': True},
                        'title': {'name': 'title', 'required': True}},
         'title': 'Data flow'})

    title: LocalizedText = Field(default=..., title="Title", description="""The title of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Resursens titel.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Titel'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'MicroCredential',
                       'Education',
                       'EducationEvent',
                       'Achievement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DecisionRecord',
                       'DataFlow',
                       'Agreement',
                       'JobPosting'],
         'exact_mappings': ['schema:name'],
         'slot_uri': 'dcterms:title'} })
    description: Optional[LocalizedText] = Field(default=None, title="Description", description="""A free-text account of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextbeskrivning av '
                                                     'resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beskrivning'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'EligibilityRequirement',
                       'CourseRequirement',
                       'Evidence',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DataFlow',
                       'SecrecyAssessment',
                       'JobPosting'],
         'exact_mappings': ['schema:description'],
         'slot_uri': 'dcterms:description'} })
    providing_party: str = Field(default=..., title="Providing party", description="""The organisation that provides the data: an agency of the agency register (by its IRI) or another organisation, identified by its organisationsnummer.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som lämnar '
                                                     'uppgifterna: en myndighet i '
                                                     'myndighetsregistret (med sin '
                                                     'IRI) eller en annan '
                                                     'organisation, identifierad med '
                                                     'sitt organisationsnummer.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Lämnande part'}},
         'domain_of': ['DataFlow'],
         'related_mappings': ['dpv:hasDataSource', 'prov:wasAttributedTo'],
         'slot_uri': 'kll:providingParty'} })
    receiving_party: str = Field(default=..., title="Receiving party", description="""The organisation that receives the data: an agency of the agency register (by its IRI) or another organisation, identified by its organisationsnummer.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som tar emot '
                                                     'uppgifterna: en myndighet i '
                                                     'myndighetsregistret (med sin '
                                                     'IRI) eller en annan '
                                                     'organisation, identifierad med '
                                                     'sitt organisationsnummer.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Mottagande part'}},
         'close_mappings': ['dpv:hasRecipient'],
         'domain_of': ['DataFlow'],
         'slot_uri': 'kll:receivingParty'} })
    flow_datasets: list[str] = Field(default=..., title="Datasets", description="""The datasets, as described in a DCAT catalogue (catalogue module), whose data the flow carries.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De datamängder, så som de '
                                                     'beskrivs i en DCAT-katalog '
                                                     '(katalogmodulen), vars uppgifter '
                                                     'flödet för över.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Datamängder'}},
         'domain_of': ['DataFlow'],
         'related_mappings': ['dcterms:references'],
         'slot_uri': 'kll:flowDatasets'} })
    flow_data_services: Optional[list[str]] = Field(default=None, title="Data services", description="""The data services (catalogue module), such as APIs, through which the flow is delivered.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De datatjänster '
                                                     '(katalogmodulen), till exempel '
                                                     'API:er, som flödet levereras '
                                                     'genom.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Datatjänster'}},
         'domain_of': ['DataFlow'],
         'related_mappings': ['dcat:accessService'],
         'slot_uri': 'kll:flowDataServices'} })
    flow_purpose: LocalizedText = Field(default=..., title="Purpose", description="""What the receiving party uses the data for.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Vad den mottagande parten '
                                                     'använder uppgifterna till.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Ändamål'}},
         'close_mappings': ['dpv:hasPurpose'],
         'domain_of': ['DataFlow'],
         'slot_uri': 'kll:flowPurpose'} })
    contains_personal_data: bool = Field(default=..., title="Contains personal data", description="""Whether the data of the flow includes personal data in the sense of the GDPR.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om uppgifterna i flödet '
                                                     'innehåller personuppgifter i '
                                                     'dataskyddsförordningens mening.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Innehåller personuppgifter'}},
         'domain_of': ['DataFlow'],
         'related_mappings': ['dpv:hasPersonalData'],
         'slot_uri': 'kll:containsPersonalData'} })
    statutory_basis: Optional[list[StatuteReference]] = Field(default=None, title="Statutory basis", description="""The provisions of Swedish statutes on which the flow rests, such as a duty to provide data or the task that the receiving party performs; an approved flow with personal data has at least one.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De bestämmelser i svenska '
                                                     'författningar som flödet vilar '
                                                     'på, till exempel en '
                                                     'uppgiftsskyldighet eller den '
                                                     'uppgift som den mottagande '
                                                     'parten utför; ett godkänt flöde '
                                                     'med personuppgifter har minst '
                                                     'en.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Författningsstöd'}},
         'domain_of': ['DataFlow'],
         'related_mappings': ['dpv:hasLegalBasis', 'eli:based_on'],
         'slot_uri': 'kll:statutoryBasis'} })
    gdpr_legal_basis: Optional[list[LegalBasis]] = Field(default=None, title="Legal basis under the GDPR", description="""The legal bases under Article 6(1) of the GDPR on which the receiving party processes the personal data of the flow; an approved flow with personal data has at least one.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De rättsliga grunder enligt '
                                                     'artikel 6.1 i '
                                                     'dataskyddsförordningen som den '
                                                     'mottagande parten behandlar '
                                                     'flödets personuppgifter på; ett '
                                                     'godkänt flöde med '
                                                     'personuppgifter har minst en.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Rättslig grund enligt '
                                               'dataskyddsförordningen'}},
         'close_mappings': ['dpv:hasLegalBasis'],
         'domain_of': ['DataFlow'],
         'slot_uri': 'kll:gdprLegalBasis'} })
    secrecy_assessment: Optional[SecrecyAssessment] = Field(default=None, title="Secrecy assessment", description="""The assessment of secrecy under the Public Access to Information and Secrecy Act (2009:400) made before the flow is approved; an approved flow with personal data has one.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den sekretessbedömning enligt '
                                                     'offentlighets- och '
                                                     'sekretesslagen (2009:400) som '
                                                     'görs innan flödet godkänns; ett '
                                                     'godkänt flöde med '
                                                     'personuppgifter har en.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Sekretessbedömning'}},
         'domain_of': ['DataFlow'],
         'slot_uri': 'kll:secrecyAssessment'} })
    cost_model: Optional[CostModel] = Field(default=None, title="Cost model", description="""How the costs of producing and providing the data of the flow are covered.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur kostnaderna för att ta fram '
                                                     'och tillhandahålla flödets '
                                                     'uppgifter täcks.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kostnadsmodell'}},
         'domain_of': ['DataFlow'],
         'recommended': True,
         'slot_uri': 'kll:costModel'} })
    cost_model_note: Optional[LocalizedText] = Field(default=None, title="Cost model note", description="""The cost model in words, e.g. the fee or the share of each party.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Kostnadsmodellen i ord, till '
                                                     'exempel avgiften eller varje '
                                                     'parts andel.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Kommentar om kostnadsmodell'}},
         'domain_of': ['DataFlow'],
         'slot_uri': 'kll:costModelNote'} })
    approval_status: FlowApprovalStatus = Field(default=..., title="Approval status", description="""Where the flow stands in the register; an approved flow gives its approval date.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Var flödet står i registret; ett '
                                                     'godkänt flöde anger sitt '
                                                     'godkännandedatum.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Godkännandestatus'}},
         'close_mappings': ['adms:status'],
         'domain_of': ['DataFlow'],
         'slot_uri': 'kll:approvalStatus'} })
    approval_date: Optional[date] = Field(default=None, title="Approval date", description="""The date on which the flow was approved.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då flödet godkändes.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Godkännandedatum'}},
         'close_mappings': ['dcterms:dateAccepted'],
         'domain_of': ['DataFlow'],
         'slot_uri': 'kll:approvalDate'} })
    review_due_date: Optional[date] = Field(default=None, title="Review due", description="""The date by which the flow, its legal basis and its secrecy assessment are to be reviewed again; a date that has passed (judged against the validator's reference date) is a warning.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då flödet, dess '
                                                     'rättsliga grund och dess '
                                                     'sekretessbedömning senast ska '
                                                     'omprövas; ett datum som '
                                                     'passerats (bedömt mot '
                                                     'validerarens referensdatum) ger '
                                                     'en varning.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Omprövas senast'}},
         'domain_of': ['DataFlow'],
         'recommended': True,
         'slot_uri': 'kll:reviewDueDate'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["DataFlow"] = Field(default="DataFlow", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Agreement(Entity):
    """
    A written agreement between the parties to one or more data flows: who signed it and when, for how long it is valid, how the costs of producing and providing the data are shared, and where the signed document is kept.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett skriftligt avtal mellan '
                                                     'parterna i ett eller flera '
                                                     'dataflöden: vilka som '
                                                     'undertecknat det och när, hur '
                                                     'länge det gäller, hur '
                                                     'kostnaderna för att ta fram och '
                                                     'tillhandahålla data delas och '
                                                     'var det undertecknade dokumentet '
                                                     'finns.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Avtal'}},
         'class_uri': 'kll:Agreement',
         'close_mappings': ['dpv:DataSharingAgreement'],
         'from_schema': 'https://w3id.org/kll/model/governance',
         'related_mappings': ['prov:Entity'],
         'slot_usage': {'agreement_parties': {'name': 'agreement_parties',
                                              'required': True},
                        'agreement_validity': {'name': 'agreement_validity',
                                               'recommended': True},
                        'covers_flows': {'name': 'covers_flows', 'required': True},
                        'signed_date': {'name': 'signed_date', 'recommended': True},
                        'title': {'name': 'title', 'required': True}},
         'title': 'Agreement'})

    title: LocalizedText = Field(default=..., title="Title", description="""The title of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Resursens titel.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Titel'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'MicroCredential',
                       'Education',
                       'EducationEvent',
                       'Achievement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DecisionRecord',
                       'DataFlow',
                       'Agreement',
                       'JobPosting'],
         'exact_mappings': ['schema:name'],
         'slot_uri': 'dcterms:title'} })
    agreement_parties: list[str] = Field(default=..., title="Parties", description="""The organisations that are parties to the agreement.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De organisationer som är parter '
                                                     'i avtalet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Parter'}},
         'close_mappings': ['dpv:hasEntity'],
         'domain_of': ['Agreement'],
         'slot_uri': 'kll:agreementParties'} })
    covers_flows: list[str] = Field(default=..., title="Data flows covered", description="""The data flows of the register that the agreement covers.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De dataflöden i registret som '
                                                     'avtalet omfattar.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Dataflöden som omfattas'}},
         'domain_of': ['Agreement'],
         'slot_uri': 'kll:coversFlows'} })
    signed_date: Optional[date] = Field(default=None, title="Signed on", description="""The date on which the last party signed the agreement.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då den sista parten '
                                                     'undertecknade avtalet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Undertecknat'}},
         'close_mappings': ['dcterms:dateAccepted'],
         'domain_of': ['Agreement'],
         'recommended': True,
         'slot_uri': 'kll:signedDate'} })
    agreement_validity: Optional[Period] = Field(default=None, title="Validity period", description="""The period during which the agreement is in force.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den period då avtalet gäller.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Giltighetstid'}},
         'close_mappings': ['dcterms:valid'],
         'domain_of': ['Agreement'],
         'recommended': True,
         'slot_uri': 'kll:agreementValidity'} })
    cost_sharing: Optional[LocalizedText] = Field(default=None, title="Cost sharing", description="""How the parties share the costs of producing and providing the data, in words.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur parterna delar kostnaderna '
                                                     'för att ta fram och '
                                                     'tillhandahålla uppgifterna, i '
                                                     'ord.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Kostnadsfördelning'}},
         'domain_of': ['Agreement'],
         'slot_uri': 'kll:costSharing'} })
    agreement_document: Optional[str] = Field(default=None, title="Agreement document", description="""The URL of the signed agreement, or of its entry in the registry (diarium) of a party.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Webbadressen till det '
                                                     'undertecknade avtalet, eller '
                                                     'till dess post i en parts '
                                                     'diarium.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Avtalsdokument'}},
         'close_mappings': ['foaf:page'],
         'domain_of': ['Agreement'],
         'slot_uri': 'kll:agreementDocument'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["Agreement"] = Field(default="Agreement", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('agreement_document')
    def pattern_agreement_document(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid agreement_document format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid agreement_document format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class StatuteReference(ConfiguredBaseModel):
    """
    A reference to a provision of a Swedish statute by its number in the Swedish Code of Statutes (SFS), e.g. 2009:400 for the Public Access to Information and Secrecy Act, and where the reference is to a part of it, the chapter, section and paragraph, as in \"24 kap. 8 § offentlighets- och sekretesslagen (2009:400)\".
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En hänvisning till en '
                                                     'bestämmelse i en svensk '
                                                     'författning med dess nummer i '
                                                     'Svensk författningssamling '
                                                     '(SFS), till exempel 2009:400 för '
                                                     'offentlighets- och '
                                                     'sekretesslagen, och när '
                                                     'hänvisningen gäller en del av '
                                                     'den, kapitel, paragraf och '
                                                     'stycke, som i "24 kap. 8 § '
                                                     'offentlighets- och '
                                                     'sekretesslagen (2009:400)".'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Författningshänvisning'}},
         'class_uri': 'kll:StatuteReference',
         'close_mappings': ['eli:LegalResourceSubdivision'],
         'from_schema': 'https://w3id.org/kll/model/governance',
         'related_mappings': ['schema:Legislation'],
         'slot_usage': {'sfs_number': {'name': 'sfs_number', 'required': True}},
         'title': 'Statute reference'})

    sfs_number: str = Field(default=..., title="SFS number", description="""The number of the statute in the Swedish Code of Statutes (SFS), year and serial number, e.g. 2009:400.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Författningens nummer i Svensk '
                                                     'författningssamling (SFS), år '
                                                     'och löpnummer, till exempel '
                                                     '2009:400.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'SFS-nummer'}},
         'close_mappings': ['eli:id_local'],
         'domain_of': ['StatuteReference'],
         'slot_uri': 'kll:sfsNumber'} })
    statute_chapter: Optional[str] = Field(default=None, title="Chapter", description="""The chapter (kapitel) of the statute, as numbered in it, e.g. 24 or 2 a.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Författningens kapitel, numrerat '
                                                     'som i författningen, till '
                                                     'exempel 24 eller 2 a.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kapitel'}},
         'domain_of': ['StatuteReference'],
         'slot_uri': 'kll:statuteChapter'} })
    statute_section: Optional[str] = Field(default=None, title="Section", description="""The section (paragraf, §) of the statute or of its chapter, as numbered in it, e.g. 8 or 5 b.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Författningens eller kapitlets '
                                                     'paragraf, numrerad som i '
                                                     'författningen, till exempel 8 '
                                                     'eller 5 b.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Paragraf'}},
         'domain_of': ['StatuteReference'],
         'slot_uri': 'kll:statuteSection'} })
    statute_paragraph: Optional[int] = Field(default=None, title="Paragraph", description="""The paragraph (stycke) of the section, counted from 1.""", ge=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paragrafens stycke, räknat från '
                                                     '1.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Stycke'}},
         'domain_of': ['StatuteReference'],
         'slot_uri': 'kll:statuteParagraph'} })
    statute_title: Optional[str] = Field(default=None, title="Statute title", description="""The title of the statute as published in SFS, e.g. Offentlighets- och sekretesslag.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Författningens rubrik så som den '
                                                     'publicerats i SFS, till exempel '
                                                     'Offentlighets- och '
                                                     'sekretesslag.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Författningens rubrik'}},
         'close_mappings': ['eli:title'],
         'domain_of': ['StatuteReference'],
         'slot_uri': 'kll:statuteTitle'} })

    @field_validator('sfs_number')
    def pattern_sfs_number(cls, v):
        pattern=re.compile(r"^[0-9]{4}:[0-9]{1,4}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid sfs_number format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid sfs_number format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('statute_chapter')
    def pattern_statute_chapter(cls, v):
        pattern=re.compile(r"^[1-9][0-9]*( [a-z])?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid statute_chapter format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid statute_chapter format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('statute_section')
    def pattern_statute_section(cls, v):
        pattern=re.compile(r"^[1-9][0-9]*( [a-z])?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid statute_section format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid statute_section format: {v}"
            raise ValueError(err_msg)
        return v


class SecrecyAssessment(ConfiguredBaseModel):
    """
    The parties' assessment of whether the data of a flow is covered by secrecy under the Public Access to Information and Secrecy Act (offentlighets- och sekretesslagen, 2009:400) and whether the secrecy prevents the disclosure: the reasoning, the result and the provisions relied on.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Parternas bedömning av om '
                                                     'uppgifterna i ett flöde omfattas '
                                                     'av sekretess enligt '
                                                     'offentlighets- och '
                                                     'sekretesslagen (2009:400) och om '
                                                     'sekretessen hindrar utlämnandet: '
                                                     'resonemanget, resultatet och de '
                                                     'bestämmelser som bedömningen '
                                                     'stöder sig på.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Sekretessbedömning'}},
         'class_uri': 'kll:SecrecyAssessment',
         'from_schema': 'https://w3id.org/kll/model/governance',
         'slot_usage': {'description': {'name': 'description', 'required': True},
                        'secrecy_result': {'name': 'secrecy_result', 'required': True}},
         'title': 'Secrecy assessment'})

    description: LocalizedText = Field(default=..., title="Description", description="""A free-text account of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextbeskrivning av '
                                                     'resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beskrivning'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'EligibilityRequirement',
                       'CourseRequirement',
                       'Evidence',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DataFlow',
                       'SecrecyAssessment',
                       'JobPosting'],
         'exact_mappings': ['schema:description'],
         'slot_uri': 'dcterms:description'} })
    secrecy_result: SecrecyResult = Field(default=..., title="Result", description="""What the secrecy assessment concluded.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Vad sekretessbedömningen kom '
                                                     'fram till.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Resultat'}},
         'domain_of': ['SecrecyAssessment'],
         'slot_uri': 'kll:secrecyResult'} })
    secrecy_provisions: Optional[list[StatuteReference]] = Field(default=None, title="Provisions", description="""The provisions of the Public Access to Information and Secrecy Act (2009:400), or of another statute, that the assessment relies on: secrecy provisions and those that break secrecy.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'De bestämmelser i offentlighets- '
                                                     'och sekretesslagen (2009:400), '
                                                     'eller i en annan författning, '
                                                     'som bedömningen stöder sig på: '
                                                     'sekretessbestämmelser och '
                                                     'sekretessbrytande bestämmelser.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Bestämmelser'}},
         'domain_of': ['SecrecyAssessment'],
         'slot_uri': 'kll:secrecyProvisions'} })
    assessment_date: Optional[date] = Field(default=None, title="Assessment date", description="""The date on which the assessment was made.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då bedömningen '
                                                     'gjordes.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Bedömningsdatum'}},
         'close_mappings': ['dcterms:date'],
         'domain_of': ['SecrecyAssessment'],
         'slot_uri': 'kll:assessmentDate'} })


class JobPosting(Entity):
    """
    An advertisement for one or more open positions with one employer, as published in Arbetsförmedlingen's job-ad data (Platsbanken, JobTech): the ad's own identifier and source, its headline and text, the occupation, the required and meriting skills as concept references, the employer, the workplace, the number of positions, the employment type and working time, and the publication date and application deadline. Concepts found in the ad text by an enrichment service are concept annotations whose annotated resource is the posting.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En annons om en eller flera '
                                                     'lediga tjänster hos en '
                                                     'arbetsgivare, som den publiceras '
                                                     'i Arbetsförmedlingens annonsdata '
                                                     '(Platsbanken, JobTech): '
                                                     'annonsens egen identifierare och '
                                                     'källa, rubrik och text, yrket, '
                                                     'krav- och meriterande '
                                                     'kompetenser som '
                                                     'begreppsreferenser, '
                                                     'arbetsgivaren, arbetsplatsen, '
                                                     'antalet tjänster, '
                                                     'anställningsform och arbetstid '
                                                     'samt publiceringsdatum och sista '
                                                     'ansökningsdag. Begrepp som en '
                                                     'berikningstjänst hittar i '
                                                     'annonstexten är '
                                                     'begreppsannoteringar vars '
                                                     'annoterade resurs är annonsen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Platsannons'}},
         'class_uri': 'schema:JobPosting',
         'from_schema': 'https://w3id.org/kll/model/labour',
         'slot_usage': {'application_deadline_of_posting': {'name': 'application_deadline_of_posting',
                                                            'recommended': True},
                        'county_code': {'name': 'county_code', 'recommended': True},
                        'description': {'name': 'description', 'recommended': True},
                        'employer': {'name': 'employer', 'required': True},
                        'employment_type': {'name': 'employment_type',
                                            'recommended': True},
                        'number_of_positions': {'name': 'number_of_positions',
                                                'recommended': True},
                        'occupation': {'name': 'occupation', 'required': True},
                        'posting_identifier': {'name': 'posting_identifier',
                                               'required': True},
                        'posting_source': {'name': 'posting_source',
                                           'recommended': True},
                        'publication_date': {'name': 'publication_date',
                                             'required': True},
                        'title': {'name': 'title', 'required': True},
                        'workplace_address': {'name': 'workplace_address',
                                              'recommended': True}},
         'title': 'Job posting'})

    posting_identifier: str = Field(default=..., title="Posting identifier", description="""The identifier that the ad has in the system it was published in, e.g. the ad id in Arbetsförmedlingen's job-ad data, written as that system writes it.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den identifierare som annonsen '
                                                     'har i det system där den '
                                                     'publicerades, till exempel '
                                                     'annons-id i Arbetsförmedlingens '
                                                     'annonsdata, skriven som systemet '
                                                     'skriver den.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Annonsens identifierare'}},
         'close_mappings': ['schema:identifier'],
         'domain_of': ['JobPosting'],
         'slot_uri': 'kll:postingIdentifier'} })
    posting_source: Optional[str] = Field(default=None, title="Posting source", description="""The IRI of the dataset or service that the ad was taken from, such as Arbetsförmedlingen's job-ad stream or an employer's career site.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI för den datamängd eller '
                                                     'tjänst som annonsen hämtades '
                                                     'från, till exempel '
                                                     'Arbetsförmedlingens annonsström '
                                                     'eller en arbetsgivares '
                                                     'karriärsida.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Annonsens källa'}},
         'close_mappings': ['dcterms:source'],
         'domain_of': ['JobPosting'],
         'recommended': True,
         'slot_uri': 'kll:postingSource'} })
    title: LocalizedText = Field(default=..., title="Title", description="""The title of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Resursens titel.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Titel'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'MicroCredential',
                       'Education',
                       'EducationEvent',
                       'Achievement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DecisionRecord',
                       'DataFlow',
                       'Agreement',
                       'JobPosting'],
         'exact_mappings': ['schema:name'],
         'slot_uri': 'dcterms:title'} })
    description: Optional[LocalizedText] = Field(default=None, title="Description", description="""A free-text account of the resource.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En fritextbeskrivning av '
                                                     'resursen.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beskrivning'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'EligibilityRequirement',
                       'CourseRequirement',
                       'Evidence',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'DataService',
                       'DataFlow',
                       'SecrecyAssessment',
                       'JobPosting'],
         'exact_mappings': ['schema:description'],
         'recommended': True,
         'slot_uri': 'dcterms:description'} })
    homepage: Optional[str] = Field(default=None, title="Homepage", description="""A web page about the resource, for people to read.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En webbsida om resursen, avsedd '
                                                     'för människor.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Webbsida'}},
         'close_mappings': ['schema:url', 'emil:url'],
         'domain_of': ['Organisation',
                       'ContactPoint',
                       'Qualification',
                       'Education',
                       'EducationEvent',
                       'Catalog',
                       'JobPosting'],
         'slot_uri': 'foaf:homepage'} })
    occupation: ConceptReference = Field(default=..., title="Occupation", description="""The occupation that the resource is about, as a concept reference: an SSYK 2012 unit group (SCB's or Arbetsförmedlingen's variant), a JobTech occupation name or an ESCO occupation.""", json_schema_extra = { "linkml_meta": {'annotations': {'accepted_jobtech_types': {'tag': 'accepted_jobtech_types',
                                                    'value': 'occupation-name '
                                                             'ssyk-level-4'},
                         'accepted_schemes': {'tag': 'accepted_schemes',
                                              'value': 'ssyk-2012 af-ssyk-2012 '
                                                       'jobtech-taxonomy '
                                                       'esco-occupation local'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Det yrke som resursen handlar '
                                                     'om, som begreppsreferens: en '
                                                     'yrkesgrupp i SSYK 2012 (SCB:s '
                                                     'eller Arbetsförmedlingens '
                                                     'variant), en yrkesbenämning i '
                                                     'JobTech-taxonomin eller ett yrke '
                                                     'i ESCO.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Yrke'}},
         'domain_of': ['JobPosting', 'OccupationOutlook'],
         'related_mappings': ['esco:Occupation'],
         'slot_uri': 'schema:occupationalCategory'} })
    required_skills: Optional[list[ConceptReference]] = Field(default=None, title="Required skills", description="""The skills that the employer requires of an applicant, as concept references, such as JobTech concepts of type skill (the ad's must-have skills).""", json_schema_extra = { "linkml_meta": {'annotations': {'accepted_jobtech_types': {'tag': 'accepted_jobtech_types',
                                                    'value': 'skill'},
                         'accepted_schemes': {'tag': 'accepted_schemes',
                                              'value': 'jobtech-taxonomy esco-skill '
                                                       'local'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'De kompetenser som arbetsgivaren '
                                                     'kräver av en sökande, som '
                                                     'begreppsreferenser, till exempel '
                                                     'begrepp av typen skill i '
                                                     'JobTech-taxonomin (annonsens '
                                                     'skallkrav).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Krav på kompetenser'}},
         'close_mappings': ['schema:skills'],
         'domain_of': ['JobPosting'],
         'related_mappings': ['esco:hasEssentialSkill'],
         'slot_uri': 'kll:requiredSkill'} })
    meriting_skills: Optional[list[ConceptReference]] = Field(default=None, title="Meriting skills", description="""The skills that count in an applicant's favour without being required, as concept references (the ad's nice-to-have skills).""", json_schema_extra = { "linkml_meta": {'annotations': {'accepted_jobtech_types': {'tag': 'accepted_jobtech_types',
                                                    'value': 'skill'},
                         'accepted_schemes': {'tag': 'accepted_schemes',
                                              'value': 'jobtech-taxonomy esco-skill '
                                                       'local'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'De kompetenser som räknas '
                                                     'sökanden till godo utan att vara '
                                                     'krav, som begreppsreferenser '
                                                     '(annonsens meriterande '
                                                     'kompetenser).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Meriterande kompetenser'}},
         'domain_of': ['JobPosting'],
         'related_mappings': ['schema:skills', 'esco:hasOptionalSkill'],
         'slot_uri': 'kll:meritingSkill'} })
    employer: str = Field(default=..., title="Employer", description="""The organisation that hires, referenced by identifier; it should carry its organisationsnummer.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som anställer, '
                                                     'refererad med identifierare; den '
                                                     'bör ha sitt '
                                                     'organisationsnummer.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Arbetsgivare'}},
         'domain_of': ['JobPosting'],
         'slot_uri': 'schema:hiringOrganization'} })
    workplace_address: Optional[Address] = Field(default=None, title="Workplace address", description="""Where the work is carried out, with the municipality code when the workplace is in Sweden.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Var arbetet utförs, med '
                                                     'kommunkod när arbetsplatsen '
                                                     'ligger i Sverige.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Arbetsplatsens adress'}},
         'close_mappings': ['schema:jobLocation'],
         'domain_of': ['JobPosting'],
         'recommended': True,
         'slot_uri': 'kll:workplaceAddress'} })
    county_code: Optional[str] = Field(default=None, title="County code", description="""The two-digit Swedish county code (länskod) of the region the resource is about, e.g. 22 for Västernorrlands län; for a workplace it equals the first two digits of its municipality code.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den tvåsiffriga svenska '
                                                     'länskoden för den region som '
                                                     'resursen handlar om, till '
                                                     'exempel 22 för Västernorrlands '
                                                     'län; för en arbetsplats är den '
                                                     'lika med de två första siffrorna '
                                                     'i dess kommunkod.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Länskod'}},
         'domain_of': ['JobPosting', 'OccupationOutlook', 'SkillsDemand'],
         'recommended': True,
         'related_mappings': ['dcterms:spatial'],
         'slot_uri': 'kll:countyCode'} })
    number_of_positions: Optional[int] = Field(default=None, title="Number of positions", description="""The number of positions that the ad seeks to fill, at least one.""", ge=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Antalet tjänster som annonsen '
                                                     'söker att tillsätta, minst en.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Antal tjänster'}},
         'domain_of': ['JobPosting'],
         'recommended': True,
         'slot_uri': 'schema:totalJobOpenings'} })
    employment_type: Optional[ConceptReference] = Field(default=None, title="Employment type", description="""The form of employment, as a concept of type employment-type in the JobTech Taxonomy (for example an ordinary employment or a seasonal one).""", json_schema_extra = { "linkml_meta": {'annotations': {'accepted_jobtech_types': {'tag': 'accepted_jobtech_types',
                                                    'value': 'employment-type'},
                         'accepted_schemes': {'tag': 'accepted_schemes',
                                              'value': 'jobtech-taxonomy'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Anställningsformen, som ett '
                                                     'begrepp av typen employment-type '
                                                     'i JobTech-taxonomin (till '
                                                     'exempel en vanlig anställning '
                                                     'eller en säsongsanställning).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Anställningsform'}},
         'domain_of': ['JobPosting'],
         'recommended': True,
         'slot_uri': 'schema:employmentType'} })
    working_time: Optional[ConceptReference] = Field(default=None, title="Working time", description="""The extent of the working time, as a concept of type worktime-extent in the JobTech Taxonomy (full time or part time).""", json_schema_extra = { "linkml_meta": {'annotations': {'accepted_jobtech_types': {'tag': 'accepted_jobtech_types',
                                                    'value': 'worktime-extent'},
                         'accepted_schemes': {'tag': 'accepted_schemes',
                                              'value': 'jobtech-taxonomy'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Arbetstidens omfattning, som ett '
                                                     'begrepp av typen worktime-extent '
                                                     'i JobTech-taxonomin (heltid '
                                                     'eller deltid).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Arbetstid'}},
         'domain_of': ['JobPosting'],
         'related_mappings': ['schema:workHours'],
         'slot_uri': 'kll:workingTime'} })
    publication_date: date = Field(default=..., title="Publication date", description="""The day on which the ad was first published.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den dag då annonsen först '
                                                     'publicerades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Publiceringsdatum'}},
         'domain_of': ['JobPosting'],
         'slot_uri': 'schema:datePosted'} })
    application_deadline_of_posting: Optional[date] = Field(default=None, title="Application deadline", description="""The last day on which applications are accepted; it is not before the publication date.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den sista dag då ansökningar tas '
                                                     'emot; den ligger inte före '
                                                     'publiceringsdatumet.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Sista ansökningsdag'}},
         'close_mappings': ['schema:validThrough'],
         'domain_of': ['JobPosting'],
         'recommended': True,
         'slot_uri': 'kll:applicationDeadlineOfPosting'} })
    last_modified: Optional[datetime ] = Field(default=None, title="Last modified", description="""The date and time the record was last changed.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datum och tid då posten senast '
                                                     'ändrades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Senast ändrad'}},
         'close_mappings': ['emil:lastEdited'],
         'domain_of': ['Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'DataRequest',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'JobPosting',
                       'OccupationOutlook',
                       'SkillsDemand'],
         'slot_uri': 'dcterms:modified'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["JobPosting"] = Field(default="JobPosting", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('posting_identifier')
    def pattern_posting_identifier(cls, v):
        pattern=re.compile(r"^[!-~]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid posting_identifier format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid posting_identifier format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('posting_source')
    def pattern_posting_source(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid posting_source format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid posting_source format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('homepage')
    def pattern_homepage(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid homepage format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid homepage format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('county_code')
    def pattern_county_code(cls, v):
        pattern=re.compile(r"^[0-9]{2}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid county_code format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid county_code format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class OccupationOutlook(Entity):
    """
    An assessment of the demand for one occupation in one county, or in Sweden as a whole when no county is given, over a stated period, by one publisher and method: the kind of statement that Arbetsförmedlingen's occupational forecasts publish. The demand level is a code on a stated scale; the expected change says whether demand is expected to grow, stay or fall.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En bedömning av efterfrågan på '
                                                     'ett yrke i ett län, eller i hela '
                                                     'Sverige när inget län anges, '
                                                     'under en angiven period, av en '
                                                     'utgivare och med en metod: den '
                                                     'sortens uppgift som '
                                                     'Arbetsförmedlingens '
                                                     'yrkesprognoser publicerar. '
                                                     'Efterfrågenivån är en kod på en '
                                                     'angiven skala; den förväntade '
                                                     'förändringen anger om '
                                                     'efterfrågan väntas öka, vara '
                                                     'oförändrad eller minska.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Yrkesprognos'}},
         'class_uri': 'kll:OccupationOutlook',
         'close_mappings': ['qb:Observation'],
         'from_schema': 'https://w3id.org/kll/model/labour',
         'slot_usage': {'demand_level': {'name': 'demand_level', 'required': True},
                        'expected_change': {'name': 'expected_change',
                                            'recommended': True},
                        'issued': {'name': 'issued', 'required': True},
                        'method_description': {'name': 'method_description',
                                               'recommended': True},
                        'occupation': {'name': 'occupation', 'required': True},
                        'outlook_period': {'name': 'outlook_period', 'required': True},
                        'outlook_publisher': {'name': 'outlook_publisher',
                                              'required': True}},
         'title': 'Occupation outlook'})

    occupation: ConceptReference = Field(default=..., title="Occupation", description="""The occupation that the resource is about, as a concept reference: an SSYK 2012 unit group (SCB's or Arbetsförmedlingen's variant), a JobTech occupation name or an ESCO occupation.""", json_schema_extra = { "linkml_meta": {'annotations': {'accepted_jobtech_types': {'tag': 'accepted_jobtech_types',
                                                    'value': 'occupation-name '
                                                             'ssyk-level-4'},
                         'accepted_schemes': {'tag': 'accepted_schemes',
                                              'value': 'ssyk-2012 af-ssyk-2012 '
                                                       'jobtech-taxonomy '
                                                       'esco-occupation local'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Det yrke som resursen handlar '
                                                     'om, som begreppsreferens: en '
                                                     'yrkesgrupp i SSYK 2012 (SCB:s '
                                                     'eller Arbetsförmedlingens '
                                                     'variant), en yrkesbenämning i '
                                                     'JobTech-taxonomin eller ett yrke '
                                                     'i ESCO.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Yrke'}},
         'domain_of': ['JobPosting', 'OccupationOutlook'],
         'related_mappings': ['esco:Occupation'],
         'slot_uri': 'schema:occupationalCategory'} })
    county_code: Optional[str] = Field(default=None, title="County code", description="""The two-digit Swedish county code (länskod) of the region the resource is about, e.g. 22 for Västernorrlands län; for a workplace it equals the first two digits of its municipality code.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den tvåsiffriga svenska '
                                                     'länskoden för den region som '
                                                     'resursen handlar om, till '
                                                     'exempel 22 för Västernorrlands '
                                                     'län; för en arbetsplats är den '
                                                     'lika med de två första siffrorna '
                                                     'i dess kommunkod.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Länskod'}},
         'domain_of': ['JobPosting', 'OccupationOutlook', 'SkillsDemand'],
         'related_mappings': ['dcterms:spatial'],
         'slot_uri': 'kll:countyCode'} })
    outlook_period: Period = Field(default=..., title="Outlook period", description="""The period that the assessment is about, e.g. one year or five years ahead.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den period som bedömningen '
                                                     'gäller, till exempel ett eller '
                                                     'fem år framåt.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Prognosperiod'}},
         'close_mappings': ['dcterms:temporal'],
         'domain_of': ['OccupationOutlook'],
         'slot_uri': 'kll:outlookPeriod'} })
    issued: date = Field(default=..., title="Date issued", description="""The date on which the resource was formally issued or published.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det datum då resursen formellt '
                                                     'utfärdades eller publicerades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utfärdandedatum'}},
         'domain_of': ['ConceptScheme',
                       'MappingSet',
                       'Mapping',
                       'MicroCredential',
                       'DiplomaSupplement',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'OccupationOutlook'],
         'slot_uri': 'dcterms:issued'} })
    demand_level: ConceptReference = Field(default=..., title="Demand level", description="""The level of demand for the occupation as a code on a stated scale, such as the publisher's own scale of job prospects; the scheme version names the scale and its edition.""", json_schema_extra = { "linkml_meta": {'annotations': {'accepted_schemes': {'tag': 'accepted_schemes',
                                              'value': 'local'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Efterfrågan på yrket som en kod '
                                                     'på en angiven skala, till '
                                                     'exempel utgivarens egen skala '
                                                     'för jobbmöjligheter; '
                                                     'schemaversionen anger skalan och '
                                                     'dess utgåva.'},
                         'no_standard_term': {'tag': 'no_standard_term',
                                              'value': 'ELM, ESCO and schema.org have '
                                                       'no term for a level of labour '
                                                       'demand; SDMX leaves the '
                                                       "measure to the publisher's "
                                                       'code list.'},
                         'no_standard_term_sv': {'tag': 'no_standard_term_sv',
                                                 'value': 'ELM, ESCO och schema.org '
                                                          'har ingen term för en nivå '
                                                          'av efterfrågan på '
                                                          'arbetskraft; SDMX överlåter '
                                                          'måttet åt utgivarens '
                                                          'kodlista.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Efterfrågenivå'}},
         'domain_of': ['OccupationOutlook'],
         'slot_uri': 'kll:demandLevel'} })
    expected_change: Optional[ExpectedChange] = Field(default=None, title="Expected change", description="""Whether demand is expected to increase, stay unchanged or decrease over the period.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Om efterfrågan väntas öka, vara '
                                                     'oförändrad eller minska under '
                                                     'perioden.'},
                         'no_standard_term': {'tag': 'no_standard_term',
                                              'value': 'No standard term states the '
                                                       'expected direction of demand.'},
                         'no_standard_term_sv': {'tag': 'no_standard_term_sv',
                                                 'value': 'Ingen standardterm anger '
                                                          'efterfrågans förväntade '
                                                          'riktning.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Förväntad förändring'}},
         'domain_of': ['OccupationOutlook'],
         'recommended': True,
         'slot_uri': 'kll:expectedChange'} })
    demand_index: Optional[Decimal] = Field(default=None, title="Demand index", description="""A numeric index of demand where the publisher gives one, on the publisher's scale; it complements the demand level and does not replace it.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett numeriskt index för '
                                                     'efterfrågan när utgivaren anger '
                                                     'ett, på utgivarens skala; det '
                                                     'kompletterar efterfrågenivån och '
                                                     'ersätter den inte.'},
                         'no_standard_term': {'tag': 'no_standard_term',
                                              'value': 'No standard term for a '
                                                       "publisher's numeric demand "
                                                       'index.'},
                         'no_standard_term_sv': {'tag': 'no_standard_term_sv',
                                                 'value': 'Ingen standardterm för en '
                                                          'utgivares numeriska '
                                                          'efterfrågeindex.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Efterfrågeindex'}},
         'domain_of': ['OccupationOutlook'],
         'slot_uri': 'kll:demandIndex'} })
    outlook_publisher: str = Field(default=..., title="Publisher", description="""The organisation that publishes the outlook or statistic, referenced by identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som ger ut '
                                                     'prognosen eller statistiken, '
                                                     'refererad med identifierare.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utgivare'}},
         'close_mappings': ['dcterms:publisher'],
         'domain_of': ['OccupationOutlook', 'SkillsDemand'],
         'slot_uri': 'kll:outlookPublisher'} })
    method_description: Optional[LocalizedText] = Field(default=None, title="Method", description="""How the outlook or statistic was produced, in words, or where the method is described.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur prognosen eller statistiken '
                                                     'togs fram, i ord, eller var '
                                                     'metoden beskrivs.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Metod'}},
         'domain_of': ['OccupationOutlook', 'SkillsDemand'],
         'recommended': True,
         'related_mappings': ['prov:wasGeneratedBy'],
         'slot_uri': 'kll:methodDescription'} })
    source_dataset: Optional[str] = Field(default=None, title="Source dataset", description="""The IRI of the dataset that the outlook or statistic is published in or computed from.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI för den datamängd som '
                                                     'prognosen eller statistiken '
                                                     'publiceras i eller beräknas ur.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Källdatamängd'}},
         'close_mappings': ['dcterms:source'],
         'domain_of': ['OccupationOutlook', 'SkillsDemand'],
         'slot_uri': 'kll:sourceDataset'} })
    last_modified: Optional[datetime ] = Field(default=None, title="Last modified", description="""The date and time the record was last changed.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datum och tid då posten senast '
                                                     'ändrades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Senast ändrad'}},
         'close_mappings': ['emil:lastEdited'],
         'domain_of': ['Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'DataRequest',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'JobPosting',
                       'OccupationOutlook',
                       'SkillsDemand'],
         'slot_uri': 'dcterms:modified'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["OccupationOutlook"] = Field(default="OccupationOutlook", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('county_code')
    def pattern_county_code(cls, v):
        pattern=re.compile(r"^[0-9]{2}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid county_code format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid county_code format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('source_dataset')
    def pattern_source_dataset(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid source_dataset format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid source_dataset format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class SkillsDemand(Entity):
    """
    One published statistic of demand: how many job postings or positions asked for a skill or an occupation in a period, in a county or municipality or in Sweden as a whole, or what share of all postings did. Aggregates only: nothing in it identifies an employer or a person. When several concepts are given, the value counts postings that asked for any of them.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En publicerad statistikuppgift '
                                                     'om efterfrågan: hur många '
                                                     'platsannonser eller tjänster som '
                                                     'efterfrågade en kompetens eller '
                                                     'ett yrke under en period, i ett '
                                                     'län, en kommun eller hela '
                                                     'Sverige, eller hur stor andel av '
                                                     'alla annonser som gjorde det. '
                                                     'Bara aggregat: inget i uppgiften '
                                                     'identifierar en arbetsgivare '
                                                     'eller en person. När flera '
                                                     'begrepp anges räknar värdet '
                                                     'annonser som efterfrågade något '
                                                     'av dem.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Efterfrågan på kompetens'}},
         'class_uri': 'kll:SkillsDemand',
         'close_mappings': ['qb:Observation'],
         'from_schema': 'https://w3id.org/kll/model/labour',
         'slot_usage': {'demand_measure': {'name': 'demand_measure', 'required': True},
                        'demanded_concepts': {'minimum_cardinality': 1,
                                              'name': 'demanded_concepts',
                                              'required': True},
                        'method_description': {'name': 'method_description',
                                               'recommended': True},
                        'observation_value': {'name': 'observation_value',
                                              'required': True},
                        'outlook_publisher': {'name': 'outlook_publisher',
                                              'required': True},
                        'statistics_period': {'name': 'statistics_period',
                                              'required': True}},
         'title': 'Skills demand'})

    demanded_concepts: list[ConceptReference] = Field(default=..., title="Demanded concepts", description="""The skill or occupation that the statistic counts demand for, as concept references; several concepts mean that the value counts demand for any of them.""", min_length=1, json_schema_extra = { "linkml_meta": {'annotations': {'accepted_jobtech_types': {'tag': 'accepted_jobtech_types',
                                                    'value': 'occupation-name '
                                                             'ssyk-level-4 skill'},
                         'accepted_schemes': {'tag': 'accepted_schemes',
                                              'value': 'ssyk-2012 af-ssyk-2012 '
                                                       'jobtech-taxonomy '
                                                       'esco-occupation esco-skill '
                                                       'local'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Den kompetens eller det yrke som '
                                                     'statistiken räknar efterfrågan '
                                                     'på, som begreppsreferenser; '
                                                     'flera begrepp betyder att värdet '
                                                     'räknar efterfrågan på något av '
                                                     'dem.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Efterfrågade begrepp'}},
         'domain_of': ['SkillsDemand'],
         'related_mappings': ['schema:skills', 'schema:occupationalCategory'],
         'slot_uri': 'kll:demandedConcept'} })
    statistics_period: Period = Field(default=..., title="Statistics period", description="""The period that the statistic counts.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den period som statistiken '
                                                     'räknar.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Statistikperiod'}},
         'close_mappings': ['dcterms:temporal'],
         'domain_of': ['SkillsDemand'],
         'slot_uri': 'kll:statisticsPeriod'} })
    county_code: Optional[str] = Field(default=None, title="County code", description="""The two-digit Swedish county code (länskod) of the region the resource is about, e.g. 22 for Västernorrlands län; for a workplace it equals the first two digits of its municipality code.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den tvåsiffriga svenska '
                                                     'länskoden för den region som '
                                                     'resursen handlar om, till '
                                                     'exempel 22 för Västernorrlands '
                                                     'län; för en arbetsplats är den '
                                                     'lika med de två första siffrorna '
                                                     'i dess kommunkod.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Länskod'}},
         'domain_of': ['JobPosting', 'OccupationOutlook', 'SkillsDemand'],
         'related_mappings': ['dcterms:spatial'],
         'slot_uri': 'kll:countyCode'} })
    municipality_code: Optional[str] = Field(default=None, title="Municipality code", description="""The four-digit Swedish municipality code (kommunkod); the first two digits are the county code (länskod). Checked against the shipped list of the 290 municipalities.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den fyrsiffriga svenska '
                                                     'kommunkoden; de två första '
                                                     'siffrorna är länskoden. '
                                                     'Kontrolleras mot den medföljande '
                                                     'listan över de 290 kommunerna.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kommunkod'}},
         'close_mappings': ['emil:Address.areaCode'],
         'domain_of': ['Address', 'SkillsDemand'],
         'slot_uri': 'kll:municipalityCode'} })
    demand_measure: DemandMeasure = Field(default=..., title="Measure", description="""What the value counts or gives the share of.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Vad värdet räknar eller anger '
                                                     'andelen av.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Mått'}},
         'domain_of': ['SkillsDemand'],
         'related_mappings': ['qb:measureType'],
         'slot_uri': 'kll:demandMeasure'} })
    observation_value: Decimal = Field(default=..., title="Value", description="""The value of the statistic: a whole number for a count, a share between 0 and 1 for a share.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Statistikuppgiftens värde: ett '
                                                     'heltal för ett antal, en andel '
                                                     'mellan 0 och 1 för en andel.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Värde'}},
         'domain_of': ['SkillsDemand'],
         'related_mappings': ['sdmx-measure:obsValue'],
         'slot_uri': 'kll:observationValue'} })
    population_count: Optional[int] = Field(default=None, title="Population count", description="""The number that a share is taken of, or the total the count belongs to: all job postings of the period and region.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Det antal som en andel räknas '
                                                     'av, eller den totalsumma som '
                                                     'antalet hör till: alla '
                                                     'platsannonser under perioden i '
                                                     'regionen.'},
                         'no_standard_term': {'tag': 'no_standard_term',
                                              'value': 'No standard term for the total '
                                                       'a count or share of postings '
                                                       'is taken of.'},
                         'no_standard_term_sv': {'tag': 'no_standard_term_sv',
                                                 'value': 'Ingen standardterm för den '
                                                          'totalsumma som ett antal '
                                                          'eller en andel annonser '
                                                          'räknas av.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Totalantal'}},
         'domain_of': ['SkillsDemand'],
         'slot_uri': 'kll:populationCount'} })
    outlook_publisher: str = Field(default=..., title="Publisher", description="""The organisation that publishes the outlook or statistic, referenced by identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation som ger ut '
                                                     'prognosen eller statistiken, '
                                                     'refererad med identifierare.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utgivare'}},
         'close_mappings': ['dcterms:publisher'],
         'domain_of': ['OccupationOutlook', 'SkillsDemand'],
         'slot_uri': 'kll:outlookPublisher'} })
    method_description: Optional[LocalizedText] = Field(default=None, title="Method", description="""How the outlook or statistic was produced, in words, or where the method is described.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur prognosen eller statistiken '
                                                     'togs fram, i ord, eller var '
                                                     'metoden beskrivs.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Metod'}},
         'domain_of': ['OccupationOutlook', 'SkillsDemand'],
         'recommended': True,
         'related_mappings': ['prov:wasGeneratedBy'],
         'slot_uri': 'kll:methodDescription'} })
    source_dataset: Optional[str] = Field(default=None, title="Source dataset", description="""The IRI of the dataset that the outlook or statistic is published in or computed from.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'IRI för den datamängd som '
                                                     'prognosen eller statistiken '
                                                     'publiceras i eller beräknas ur.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Källdatamängd'}},
         'close_mappings': ['dcterms:source'],
         'domain_of': ['OccupationOutlook', 'SkillsDemand'],
         'slot_uri': 'kll:sourceDataset'} })
    last_modified: Optional[datetime ] = Field(default=None, title="Last modified", description="""The date and time the record was last changed.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Datum och tid då posten senast '
                                                     'ändrades.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Senast ändrad'}},
         'close_mappings': ['emil:lastEdited'],
         'domain_of': ['Qualification',
                       'EducationProvider',
                       'Education',
                       'EducationEvent',
                       'DataRequest',
                       'Catalog',
                       'Dataset',
                       'Distribution',
                       'JobPosting',
                       'OccupationOutlook',
                       'SkillsDemand'],
         'slot_uri': 'dcterms:modified'} })
    id: str = Field(default=..., title="Identifier", description="""The persistent, globally unique IRI of the entity. It is never reused for another entity.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Entitetens beständiga och '
                                                     'globalt unika IRI. Den '
                                                     'återanvänds aldrig för en annan '
                                                     'entitet.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Identifierare'}},
         'domain_of': ['Entity'],
         'exact_mappings': ['dcterms:identifier'],
         'slot_uri': 'kll:id'} })
    type: Literal["SkillsDemand"] = Field(default="SkillsDemand", title="Type", description="""The name of the entity's class. Optional where the position in a data package already implies it; needed in streams of mixed records.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Namnet på entitetens klass. '
                                                     'Frivilligt där positionen i ett '
                                                     'datapaket redan anger den; '
                                                     'behövs i strömmar av blandade '
                                                     'poster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Typ'}},
         'designates_type': True,
         'domain_of': ['Entity'],
         'slot_uri': 'rdf:type'} })

    @field_validator('county_code')
    def pattern_county_code(cls, v):
        pattern=re.compile(r"^[0-9]{2}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid county_code format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid county_code format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('municipality_code')
    def pattern_municipality_code(cls, v):
        pattern=re.compile(r"^[0-9]{4}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid municipality_code format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid municipality_code format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('source_dataset')
    def pattern_source_dataset(cls, v):
        pattern=re.compile(r"^https?://[^\s]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid source_dataset format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid source_dataset format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(https?://|urn:)[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class DataPackage(ConfiguredBaseModel):
    """
    A set of records exchanged together, grouped by class. References between records are by identifier; every record in a package can be checked on its own or together with the rest.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'En mängd poster som utbyts '
                                                     'tillsammans, grupperade per '
                                                     'klass. Poster refererar till '
                                                     'varandra med identifierare; '
                                                     'varje post i ett paket kan '
                                                     'kontrolleras för sig eller '
                                                     'tillsammans med resten.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Datapaket'}},
         'class_uri': 'kll:DataPackage',
         'from_schema': 'https://w3id.org/kll/model',
         'title': 'Data package',
         'tree_root': True})

    conforms_to_model_version: Optional[str] = Field(default=None, title="Model version", description="""The version of this model that the package was written against, e.g. 0.1.0.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Den version av modellen som '
                                                     'paketet skrevs mot, till exempel '
                                                     '0.1.0.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Modellversion'}},
         'domain_of': ['DataPackage'],
         'recommended': True,
         'slot_uri': 'kll:conformsToModelVersion'} })
    organisations: Optional[list[Union[Organisation,EducationProvider,Agency]]] = Field(default=None, title="Organisations", description="""The organisations in the package that are not of a more specific class.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets organisationer som inte '
                                                     'hör till en mer specifik klass.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Organisationer'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:organisations'} })
    persons: Optional[list[Person]] = Field(default=None, title="Persons", description="""The persons in the package. Personal data.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets personer. '
                                                     'Personuppgifter.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Personer'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:persons'} })
    education_providers: Optional[list[EducationProvider]] = Field(default=None, title="Education providers", description="""The education providers in the package (EMIL3 educationProvider records).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets utbildningsanordnare '
                                                     '(poster av typen '
                                                     'educationProvider i EMIL3).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Utbildningsanordnare'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:educationProviders'} })
    educations: Optional[list[Education]] = Field(default=None, title="Educations", description="""The educations in the package (EMIL3 educationInfo records).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets utbildningar (poster av '
                                                     'typen educationInfo i EMIL3).'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Utbildningar'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:educations'} })
    education_events: Optional[list[EducationEvent]] = Field(default=None, title="Education events", description="""The education events in the package (EMIL3 educationEvent records).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets utbildningstillfällen '
                                                     '(poster av typen educationEvent '
                                                     'i EMIL3).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Utbildningstillfällen'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:educationEvents'} })
    qualifications: Optional[list[Qualification]] = Field(default=None, title="Qualifications", description="""The qualifications in the package.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets kvalifikationer.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kvalifikationer'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:qualifications'} })
    learning_outcomes: Optional[list[LearningOutcome]] = Field(default=None, title="Learning outcomes", description="""The learning outcomes in the package.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets läranderesultat.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Läranderesultat'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:learningOutcomes'} })
    level_placement_decisions: Optional[list[LevelPlacementDecision]] = Field(default=None, title="Level placement decisions", description="""The level placement decisions in the package.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets beslut om '
                                                     'nivåplacering.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Beslut om nivåplacering'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:levelPlacementDecisions'} })
    micro_credentials: Optional[list[MicroCredential]] = Field(default=None, title="Micro-credentials", description="""The issued micro-credentials in the package. Personal data.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets utfärdade mikromeriter. '
                                                     'Personuppgifter.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Mikromeriter'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:microCredentials'} })
    achievements: Optional[list[Achievement]] = Field(default=None, title="Achievements", description="""The achievements in the package. Personal data.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets meriter. '
                                                     'Personuppgifter.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Meriter'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:achievements'} })
    diploma_supplements: Optional[list[DiplomaSupplement]] = Field(default=None, title="Diploma supplements", description="""The diploma supplements in the package. Personal data.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets bilagor till '
                                                     'examensbevis. Personuppgifter.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Bilagor till examensbevis'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:diplomaSupplements'} })
    consents: Optional[list[Consent]] = Field(default=None, title="Consents", description="""The consents in the package. Personal data.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets samtycken. '
                                                     'Personuppgifter.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Samtycken'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:consents'} })
    data_requests: Optional[list[DataRequest]] = Field(default=None, title="Data requests", description="""The data requests in the package. Personal data.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets dataförfrågningar. '
                                                     'Personuppgifter.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Dataförfrågningar'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:dataRequests'} })
    sharing_receipts: Optional[list[SharingReceipt]] = Field(default=None, title="Sharing receipts", description="""The sharing receipts in the package. Personal data.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets delningskvitton. '
                                                     'Personuppgifter.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Delningskvitton'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:sharingReceipts'} })
    validations_of_prior_learning: Optional[list[ValidationOfPriorLearning]] = Field(default=None, title="Validations of prior learning", description="""The validations of prior learning in the package. Personal data.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets valideringar av reell '
                                                     'kompetens. Personuppgifter.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Valideringar av reell kompetens'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:validationsOfPriorLearning'} })
    study_results: Optional[list[StudyResult]] = Field(default=None, title="Study results", description="""The study results in the package. Personal data.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets studieresultat. '
                                                     'Personuppgifter.'},
                         'personal_data': {'tag': 'personal_data', 'value': 'true'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Studieresultat'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:studyResults'} })
    concept_schemes: Optional[list[ConceptScheme]] = Field(default=None, title="Concept schemes", description="""The concept schemes in the package.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets begreppssystem.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Begreppssystemn'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:conceptSchemes'} })
    concepts: Optional[list[Concept]] = Field(default=None, title="Concepts", description="""The concepts in the package.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets begrepp.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Begrepp'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:concepts'} })
    mapping_sets: Optional[list[MappingSet]] = Field(default=None, title="Mapping sets", description="""The crosswalk mapping sets in the package.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets uppsättningar '
                                                     'mappningar '
                                                     '(översättningsnycklar).'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Uppsättningar mappningar'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:mappingSets'} })
    concept_annotations: Optional[list[ConceptAnnotation]] = Field(default=None, title="Concept annotations", description="""The concept annotations of texts in the package.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets begreppsannoteringar av '
                                                     'texter.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Begreppsannoteringar'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:conceptAnnotations'} })
    catalogues: Optional[list[Catalog]] = Field(default=None, title="Catalogues", description="""The dataset catalogues in the package.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets datamängdskataloger.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Kataloger'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:catalogues'} })
    datasets: Optional[list[Dataset]] = Field(default=None, title="Datasets", description="""The dataset descriptions in the package.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets beskrivningar av '
                                                     'datamängder.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Datamängder'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:datasets'} })
    distributions: Optional[list[Distribution]] = Field(default=None, title="Distributions", description="""The distributions of datasets in the package.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets distributioner av '
                                                     'datamängder.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Distributioner'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:distributions'} })
    data_services: Optional[list[DataService]] = Field(default=None, title="Data services", description="""The data services in the package.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets datatjänster.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Datatjänster'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:dataServices'} })
    agencies: Optional[list[Agency]] = Field(default=None, title="Agencies", description="""The agencies of the agency register in the package.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets myndigheter ur '
                                                     'myndighetsregistret.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Myndigheter'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:agencies'} })
    decision_records: Optional[list[DecisionRecord]] = Field(default=None, title="Decision records", description="""The decision records in the package.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets beslutsdokument.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Beslutsdokument'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:decisionRecords'} })
    data_flows: Optional[list[DataFlow]] = Field(default=None, title="Data flows", description="""The data flows of the register of data flows and agreements in the package.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets dataflöden ur registret '
                                                     'över dataflöden och avtal.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Dataflöden'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:dataFlows'} })
    agreements: Optional[list[Agreement]] = Field(default=None, title="Agreements", description="""The agreements covering data flows in the package.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets avtal som omfattar '
                                                     'dataflöden.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Avtal'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:agreements'} })
    job_postings: Optional[list[JobPosting]] = Field(default=None, title="Job postings", description="""The job postings in the package.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets platsannonser.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Platsannonser'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:jobPostings'} })
    occupation_outlooks: Optional[list[OccupationOutlook]] = Field(default=None, title="Occupation outlooks", description="""The occupation outlooks in the package.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets yrkesprognoser.'},
                         'title_sv': {'tag': 'title_sv', 'value': 'Yrkesprognoser'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:occupationOutlooks'} })
    skills_demands: Optional[list[SkillsDemand]] = Field(default=None, title="Skills demand statistics", description="""The skills demand statistics in the package.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_sv': {'tag': 'description_sv',
                                            'value': 'Paketets statistikuppgifter om '
                                                     'efterfrågan på kompetens.'},
                         'title_sv': {'tag': 'title_sv',
                                      'value': 'Statistik över efterfrågan på '
                                               'kompetens'}},
         'domain_of': ['DataPackage'],
         'slot_uri': 'kll:skillsDemands'} })

    @field_validator('conforms_to_model_version')
    def pattern_conforms_to_model_version(cls, v):
        pattern=re.compile(r"^[0-9]+\.[0-9]+\.[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid conforms_to_model_version format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid conforms_to_model_version format: {v}"
            raise ValueError(err_msg)
        return v


# Model rebuild
# see https://pydantic-docs.helpmanual.io/usage/models/#rebuilding-a-model
Entity.model_rebuild()
LocalizedText.model_rebuild()
LocalizedTextSet.model_rebuild()
Agent.model_rebuild()
Organisation.model_rebuild()
Person.model_rebuild()
ForeignIdentifier.model_rebuild()
Period.model_rebuild()
ConceptReference.model_rebuild()
Address.model_rebuild()
ContactPoint.model_rebuild()
MonetaryAmount.model_rebuild()
ConceptScheme.model_rebuild()
Concept.model_rebuild()
MappingSet.model_rebuild()
Mapping.model_rebuild()
MappingEntity.model_rebuild()
PrefixDeclaration.model_rebuild()
ConceptAnnotation.model_rebuild()
Qualification.model_rebuild()
LearningOutcome.model_rebuild()
LevelPlacementDecision.model_rebuild()
MicroCredential.model_rebuild()
CreditPoints.model_rebuild()
EducationProvider.model_rebuild()
Education.model_rebuild()
EducationEvent.model_rebuild()
ResponsibleBody.model_rebuild()
EducationLocation.model_rebuild()
Credits.model_rebuild()
TimeLength.model_rebuild()
Execution.model_rebuild()
AcademicPeriod.model_rebuild()
PaceOfStudy.model_rebuild()
DistanceDetails.model_rebuild()
ApplicationDetails.model_rebuild()
Fee.model_rebuild()
EligibilityRequirement.model_rebuild()
CourseRequirement.model_rebuild()
Achievement.model_rebuild()
Evidence.model_rebuild()
DiplomaSupplement.model_rebuild()
Consent.model_rebuild()
DataRequest.model_rebuild()
SharingReceipt.model_rebuild()
ValidationOfPriorLearning.model_rebuild()
StudyResult.model_rebuild()
Catalog.model_rebuild()
Dataset.model_rebuild()
Distribution.model_rebuild()
DataService.model_rebuild()
Agency.model_rebuild()
DecisionRecord.model_rebuild()
DataFlow.model_rebuild()
Agreement.model_rebuild()
StatuteReference.model_rebuild()
SecrecyAssessment.model_rebuild()
JobPosting.model_rebuild()
OccupationOutlook.model_rebuild()
SkillsDemand.model_rebuild()
DataPackage.model_rebuild()
