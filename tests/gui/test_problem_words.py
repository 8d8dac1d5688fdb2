"""The model's validation problems are said in the interface language, under the field and in the
status bar: typing a price that no longer matches the discount in the Spanish studio said
"Sin guardar: Descuento (%): 29 % does not match the prices 4.20 → 3.90 (7 %)", and an end date
before the start said "must be after valid_from" (an internal field id) in both languages.

Real keystrokes into the real window (Black Friday: 2,99 € from 4,20 €, 29 %; 27–30 Nov 2026).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.gui.app import install_translations
from studio.gui.main_window import MainWindow

PRICE = ("offer", "price")
DISCOUNT = ("offer", "discount_percent")
UNTIL = ("offer", "valid_until")


@pytest.fixture(params=["es", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    if request.param == "en":
        yield "en"
        return
    translators = install_translations(qapp, "es")
    yield "es"
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translations(qapp, "en")


@pytest.fixture
def window(qtbot: QtBot, studio: Studio, language: str, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("STUDIO_NO_WEBENGINE", "1")
    win = MainWindow(studio, language=language)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    win.select_campaign("black-friday-2026")
    assert win.doc is not None and win.doc.key == "black-friday-2026"
    return win


def type_in(qtbot: QtBot, window: MainWindow, path: tuple[str, ...], text: str) -> None:
    field = window.editor.widget_for(path)
    assert isinstance(field, QLineEdit)
    window.editor.focus_path(path)
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_a_discount_that_no_longer_matches_is_said_in_the_interface_language(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    type_in(qtbot, window, PRICE, "3,90" if language == "es" else "3.90")
    assert window.doc is not None
    qtbot.waitUntil(lambda: bool(window.editor.problem_text(DISCOUNT)), timeout=10_000)
    under_field = window.editor.problem_text(DISCOUNT)
    status = window.save_label.text()
    if language == "es":
        assert under_field == "29 % no cuadra con los precios 4,20 → 3,90 (7 %)"
        assert status == "Sin guardar: Descuento (%): 29 % no cuadra con los precios 4,20 → 3,90 (7 %)"
    else:
        assert under_field == "29 % does not match the prices 4.20 → 3.90 (7 %)"
        assert status.endswith("Discount (%): 29 % does not match the prices 4.20 → 3.90 (7 %)")


def test_an_end_before_the_start_names_no_internal_field(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    type_in(qtbot, window, UNTIL, "20/11/2026" if language == "es" else "11/20/2026")
    qtbot.waitUntil(lambda: bool(window.editor.problem_text(UNTIL)), timeout=10_000)
    said = window.editor.problem_text(UNTIL) + " " + window.save_label.text()
    assert "valid_from" not in said
    wanted = (
        "tiene que ser posterior a la fecha de inicio" if language == "es" else "must be after the start date"
    )
    assert window.editor.problem_text(UNTIL) == wanted
    assert wanted in window.save_label.text()
