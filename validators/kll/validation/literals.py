"""What a number or a URI literal is when kll reads RDF: the XSD lexical forms, under limits.

rdflib computes a literal's value (and normalises its lexical form from it) when the literal is
made, with Python's lenient parsers: ``"1e999999999"^^xsd:decimal`` becomes a Decimal that
normalises to a billion digits, ``"nan"`` a decimal, ``"1_000"`` an integer. ``install_literal_limits``
replaces those parsers, for the whole process, before any graph is parsed (``loaders.read_graph``
and ``rdf_mapping`` call it): a literal outside its datatype's lexical space is then ill-typed,
which SHACL reports as the slot's datatype violation, and no literal costs more than its length.
"""

from __future__ import annotations

import re
from decimal import Decimal

import rdflib.term
from rdflib.namespace import XSD

from .identifiers import is_absolute_iri

__all__ = ["MAX_NUMBER_LENGTH", "install_literal_limits"]

#: The longest lexical form of a number that is read as a number: Python's own limit on converting
#: between integers and text (``sys.get_int_max_str_digits``), so a number read is always one that
#: can be written back.
MAX_NUMBER_LENGTH = 4300

# The XSD lexical spaces (XML Schema 1.1 Part 2, 3.3.3 decimal, 3.3.5 double, 3.4.13 integer),
# ASCII digits only. Python's own parsers are far more lenient ("1_000", "١٢", " 12 ", "1e5" as a
# decimal, "nan" as a decimal) and Decimal turns an exponent into that many digits when rdflib
# normalises the literal: that is the number bomb these forms close.
_INTEGER_FORM = re.compile(r"[+-]?[0-9]+")
_DECIMAL_FORM = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_DOUBLE_FORM = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[Ee][+-]?[0-9]+)?|[+-]?INF|NaN")


def _bounded(form: re.Pattern, convert):
    def parse(lexical: str):
        if not isinstance(lexical, str) or len(lexical) > MAX_NUMBER_LENGTH or form.fullmatch(lexical) is None:
            # rdflib catches this and marks the literal ill-typed; the message is never shown.
            raise ValueError("not in the lexical space of the datatype, or longer than the limit")
        return convert(lexical)
    parse.__name__ = f"bounded_{convert.__name__}"
    return parse


def _any_uri(lexical: str) -> str:
    # The model's URI slots hold absolute IRIs, as their JSON Schema ("format": "uri") demands:
    # a text with a space, an angle bracket, a control character or no scheme is not one.
    if not is_absolute_iri(lexical):
        raise ValueError("not an absolute IRI")
    return lexical


_BOUNDED_PARSERS = {
    XSD.anyURI: _any_uri,
    XSD.integer: _bounded(_INTEGER_FORM, int),
    XSD.decimal: _bounded(_DECIMAL_FORM, Decimal),
    XSD.float: _bounded(_DOUBLE_FORM, float),
    XSD.double: _bounded(_DOUBLE_FORM, float),
}


def install_literal_limits() -> None:
    """Make rdflib read ``xsd:integer``, ``xsd:decimal``, ``xsd:float`` and ``xsd:double`` literals
    by their XSD lexical forms, at most ``MAX_NUMBER_LENGTH`` characters long, and ``xsd:anyURI``
    literals as absolute IRIs (RFC 3987, ``identifiers.is_absolute_iri``); any other literal of
    these datatypes is ill-typed (SHACL's datatype violation). Idempotent.

    rdflib computes a literal's value, and normalises its lexical form from it, when the literal
    is made, so this must be in force before a graph is parsed. It changes rdflib for the whole process, on purpose: every graph kll reads, and every
    engine that judges one, then agrees on what a number is.
    """
    mapping = rdflib.term._toPythonMapping
    for datatype, parse in _BOUNDED_PARSERS.items():
        mapping[datatype] = parse
