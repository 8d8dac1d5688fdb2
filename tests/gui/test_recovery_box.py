"""The crash-recovery box says what a draft changes in the interface language: days and moments as
the rest of the interface writes them, amounts with its decimal mark, fields, channels and
languages by their names — never an ISO date, an English decimal in Spanish, or an internal path.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

STORED: dict[str, Any] = {
    "name": "Rebajas",
    "channels": ["email"],
    "offer": {"price": "2.99", "valid_from": "2026-12-06T22:14:03+01:00", "valid_until": "2026-12-20"},
    "locales": {"es-ES": {"message": {"body": "Hola"}}},
}
DRAFT: dict[str, Any] = {
    "name": "Rebajas",
    "channels": ["email", "post.x"],
    "offer": {"price": "3.90", "valid_from": "2026-12-07T08:00:00+01:00", "valid_until": "2027-01-06"},
    "locales": {"es-ES": {"message": {"body": "Hola!"}}},
}

EXPECTED = {
    "es": [
        "Canales: Email → Email, X",
        "Precio: 2,99 → 3,90",
        "Válida desde: 6 dic 2026, 22:14 → 7 dic 2026, 8:00",
        "Válida hasta: 20 dic 2026 → 6 ene 2027",
        "Cuerpo (español, España): Hola → Hola!",
    ],
    "en": [
        "Channels: Email → Email, X",
        "Price: 2.99 → 3.90",
        "Valid from: Dec 6, 2026, 10:14\u202fPM → Dec 7, 2026, 8:00\u202fAM",
        "Valid until: Dec 20, 2026 → Jan 6, 2027",
        "Body (Spanish, Spain): Hola → Hola!",
    ],
}
#: what must never show: an ISO day or moment, a locale tag, a channel id, a field path
LEAKS = re.compile(r"\d{4}-\d{2}-\d{2}|\bes-ES\b|post\.x|offer\.|locales\.|valid_from|original_price")


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    from studio.gui.app import install_translations

    wanted = str(request.param)
    translators = install_translations(qapp, wanted)
    yield wanted
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.mark.parametrize("language", ["es", "en"], indirect=True)
def test_the_recovery_box_says_days_amounts_and_fields_in_the_interface_language(
    qtbot: QtBot, language: str
) -> None:
    from studio.gui.recovery import RecoveryBox

    box = RecoveryBox("Rebajas", STORED, DRAFT)
    qtbot.addWidget(box)
    shown = box.informativeText().splitlines()
    assert shown == EXPECTED[language]
    assert not [line for line in shown if LEAKS.search(line)]
    if language == "es":
        assert not re.search(r"\d\.\d", box.informativeText())  # no English decimals in Spanish
    else:
        assert not re.search(r"\d,\d\d\b|dic|ene|Cuerpo|Precio", box.informativeText())

    # the real box, shown and answered with the mouse: Discard is the choice, nothing else
    with qtbot.waitSignal(box.finished):
        box.open()
        qtbot.waitExposed(box)
        qtbot.mouseClick(box.discard_button, Qt.MouseButton.LeftButton)
    assert box.choice() == "discard"


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_values_that_are_not_days_or_amounts_stay_as_written(qtbot: QtBot, language: str) -> None:
    from studio.gui.recovery import moment_text, value_text

    assert moment_text("2026-02-30") is None  # not a day
    assert moment_text("Abre el 2026-12-06 a las 8") is None  # a text that holds a date
    assert value_text("Envío 2.99 gratis", "body") == "Envío 2.99 gratis"  # words are never reformatted
    assert value_text("3.90", "price") == "3,90"
    assert value_text("abc", "price") == "abc"
    assert value_text("NaN", "price") == "NaN"
    assert value_text("es-MX", "primary_locale") == "español (México)"
