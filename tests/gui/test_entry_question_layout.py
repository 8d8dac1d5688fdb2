"""An ambiguous amount's question keeps the form's columns still at 1280 × 720.

Typing "1.234" in Price asks which reading is meant, with one button per reading. The buttons
were as wide as their words ("1234 (one thousand, two hundred and thirty-four)"), so the offer's
left column widened and the right column's fields (Price before, Discount, Valid until) were
squeezed until their own text was cut ("2/28/2027 11:59 PM" showed without its start). Now the
readings wrap inside the column and nothing else moves.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.gui.entry_fields import AmountField
from studio.gui.main_window import MainWindow

PRICE = ("offer", "price")
RIGHT_COLUMN = (("offer", "original_price"), ("offer", "discount_percent"), ("offer", "valid_until"))


@pytest.fixture
def window(qtbot: QtBot, studio: Studio, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("STUDIO_NO_WEBENGINE", "1")
    win = MainWindow(studio)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    win.select_campaign("black-friday-2026")
    assert win.doc is not None
    return win


def widths(window: MainWindow) -> list[int]:
    out = []
    for path in (PRICE, *RIGHT_COLUMN):
        widget = window.editor.widget_for(path)
        assert isinstance(widget, QLineEdit)
        out.append(widget.width())
    return out


def test_the_question_about_1_234_moves_no_other_field(qtbot: QtBot, window: MainWindow) -> None:
    window.editor.focus_path(PRICE)
    price = window.editor.widget_for(PRICE)
    assert isinstance(price, AmountField)
    qtbot.waitUntil(lambda: price.isVisible() and price.width() > 0)
    before = widths(window)
    price.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(price, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(price, "1.234")
    qtbot.keyClick(price, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: price.first_answer.isVisible() and price.second_answer.isVisible())
    assert "thirty-four" in price.first_answer.text() + price.second_answer.text()
    qtbot.waitUntil(lambda: widths(window) == before, timeout=5000)  # the layout settles unchanged
    column = price.width()
    for button in (price.first_answer, price.second_answer):
        assert button.width() <= column  # inside the column
        needed = button.heightForWidth(button.width())
        assert button.height() >= needed  # every wrapped line shown
    long = next(b for b in (price.first_answer, price.second_answer) if "thirty-four" in b.text())
    assert long.fontMetrics().horizontalAdvance(long.text()) > long.width()  # it wrapped, not widened
