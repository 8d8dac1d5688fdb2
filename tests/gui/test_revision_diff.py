"""Review › Compare revisions on a real SQLite store: two saved revisions, the fields that differ,
word by word, named for people in the interface's language."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.gui.main_window import MainWindow
from studio.gui.revision_diff import RevisionDiffDialog

KEY = "black-friday-2026"


def test_two_revisions_side_by_side(qtbot: QtBot, studio: Studio) -> None:
    win = MainWindow(studio, language="en")
    qtbot.addWidget(win)
    win.show()
    win.select_campaign(KEY)
    doc = win.doc
    assert doc is not None
    doc.set_value(("locales", "es-ES", "message", "subheadline"), "Café del día + cruasán por solo 2,99 €")
    doc.set_value(("offer", "promo_code"), "BF2026")
    assert doc.save(), (doc.problems, doc.conflict)
    win.commands.compare.trigger()
    dialog = win.commands.compare_dialog
    assert isinstance(dialog, RevisionDiffDialog) and dialog.isVisible()
    labels = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert dialog.summary.text() == "2 fields differ"
    assert any("Subheadline" in label for label in labels), labels
    code_row = next(r for r, label in enumerate(labels) if "code" in label.lower())
    assert (dialog.table.item(code_row, 1).text(), dialog.table.item(code_row, 2).text()) == (
        "BF26",
        "BF2026",
    )
    text_row = next(r for r, label in enumerate(labels) if "Subheadline" in label)
    after = dialog.table.cellWidget(text_row, 2)
    assert isinstance(after, QLabel) and "underline" in after.text() and "solo" in after.text()
    # the same revision on both sides: nothing differs
    dialog.new_box.setCurrentIndex(dialog.new_box.findData(dialog.old_box.currentData()))
    assert dialog.summary.text() == "Same content." and dialog.table.rowCount() == 0
