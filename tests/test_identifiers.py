"""Swedish identifier checks: form, date and Luhn digit, with properties over generated input."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from kll.validation.identifiers import is_coordination_number, is_organisation_number, is_personal_identity_number, luhn_valid


@pytest.mark.parametrize("number", ["121212-1212", "19121212-1212", "191212121212", "121212+1212"])
def test_published_test_personnummer_is_valid(number):
    assert is_personal_identity_number(number)


@pytest.mark.parametrize(
    "number",
    ["121212-1213", "121232-1212", "19121212+1212", "1212121212", "121212-1212\n", "１２１２１２-１２１２", ""],
)
def test_invalid_personnummer_is_rejected(number):
    assert not is_personal_identity_number(number)


def test_samordningsnummer_adds_sixty_to_the_day():
    assert is_coordination_number("121272-1219")
    assert not is_personal_identity_number("121272-1219")
    assert not is_coordination_number("121212-1212")


@pytest.mark.parametrize("number", ["202100-2114", "212000-2411", "202100-5489"])
def test_valid_organisationsnummer(number):
    assert is_organisation_number(number)


@pytest.mark.parametrize("number", ["202100-2115", "121212-1212", "2021002114x", "20210-2114"])
def test_invalid_organisationsnummer(number):
    assert not is_organisation_number(number)


@given(st.text(alphabet="0123456789", min_size=1, max_size=12))
def test_exactly_one_check_digit_completes_any_prefix(prefix):
    assert sum(luhn_valid(prefix + str(d)) for d in range(10)) == 1


@given(st.text(alphabet="0123456789", min_size=2, max_size=12), st.data())
def test_changing_one_digit_breaks_the_check(number, data):
    if not luhn_valid(number):
        return
    position = data.draw(st.integers(0, len(number) - 1))
    replacement = data.draw(st.sampled_from([d for d in "0123456789" if d != number[position]]))
    assert not luhn_valid(number[:position] + replacement + number[position + 1 :])
