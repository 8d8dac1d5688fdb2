"""A price off the brand's format is a warning only when a customer could misread it."""

from __future__ import annotations

import pytest

from studio.consistency.money import misreadable


@pytest.mark.parametrize(
    ("written", "expected", "currency", "misread"),
    [
        ("EUR3.90", "3,90\u00a0€", "EUR", True),  # another decimal mark
        ("€3,90", "3,90\u00a0€", "EUR", True),  # the sign on the other side
        ("89,999 ARS", "$89.999,00", "ARS", True),  # the decimal mark used for thousands
        ("1,299.50 €", "1.299,50\u00a0€", "EUR", True),
        ("3,90 EUR", "3,90\u00a0€", "EUR", False),  # the ISO code: off-brand but clear
        ("MXN 59.90", "$59.90", "MXN", False),
        ("MX$59.90", "$59.90", "MXN", False),
        ("ARS 89.999", "$89.999,00", "ARS", False),
        ("1 299,50 €", "1.299,50\u00a0€", "EUR", False),  # a space groups thousands anywhere
    ],
)
def test_misreadable_prices(written: str, expected: str, currency: str, misread: bool) -> None:
    assert misreadable(written, expected, currency) is misread
