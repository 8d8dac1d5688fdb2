"""Review › Translations: states, side by side, copy from primary, XLIFF out and back — driven with
real key presses and clicks on the real window and a real SQLite store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.gui.main_window import MainWindow
from studio.gui.translations import TranslationsDialog
from studio.model.campaign import TRANSLATABLE_FIELDS

from .test_keyboard import open_campaign

XLIFF = "urn:oasis:names:tc:xliff:document:2.0"


def _dialog(qtbot: QtBot, studio: Studio) -> tuple[MainWindow, TranslationsDialog]:
    win = MainWindow(studio, language="en")
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    open_campaign(qtbot, win, "black-friday-2026")
    qtbot.keyClick(win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget() or _open(win), TranslationsDialog))
    dialog = _open(win)
    assert dialog is not None
    return win, dialog


def _open(win: MainWindow) -> TranslationsDialog | None:
    found = [w for w in win.findChildren(TranslationsDialog) if w.isVisible()]
    return found[0] if found else None


def _state(dialog: TranslationsDialog, field: str) -> str:
    item = dialog.table.item(TRANSLATABLE_FIELDS.index(field), 1)
    return str(item.data(Qt.ItemDataRole.UserRole))


def _choose(dialog: TranslationsDialog, tag: str) -> None:
    dialog.locale_box.setCurrentIndex(dialog.locale_box.findData(tag))


def test_missing_disclaimer_copied_from_primary_is_one_undo_step(qtbot: QtBot, studio: Studio) -> None:
    win, dialog = _dialog(qtbot, studio)
    doc = win.doc
    assert doc is not None
    _choose(dialog, "es-MX")
    assert _state(dialog, "disclaimer") == "missing"  # the demo's planted mistake
    assert "1 missing" in dialog.summary.text()
    dialog.table.setCurrentCell(TRANSLATABLE_FIELDS.index("disclaimer"), 0)
    assert dialog.primary.toPlainText().startswith("Oferta válida del 27 al 30 de noviembre")
    qtbot.mouseClick(dialog.copy_missing_button, Qt.MouseButton.LeftButton)
    primary = doc.value(("locales", "es-ES", "disclaimer"))
    assert doc.value(("locales", "es-MX", "disclaimer")) == primary
    assert _state(dialog, "disclaimer") == "up_to_date"
    assert dialog.translation.toPlainText() == primary  # the side-by-side shows what was copied
    doc.undo_stack.undo()
    assert doc.value(("locales", "es-MX", "disclaimer")) == ""
    assert _state(dialog, "disclaimer") == "missing"


def test_typing_a_translation_and_an_edited_primary_outdates_it(qtbot: QtBot, studio: Studio) -> None:
    win, dialog = _dialog(qtbot, studio)
    doc = win.doc
    assert doc is not None
    _choose(dialog, "en-US")
    dialog.table.setCurrentCell(TRANSLATABLE_FIELDS.index("message.headline"), 0)
    dialog.translation.setFocus()
    dialog.translation.selectAll()
    qtbot.keyClicks(dialog.translation, "Black Friday at Aurora!")
    assert doc.value(("locales", "en-US", "message", "headline")) == "Black Friday at Aurora!"
    assert doc.save()
    assert _state(dialog, "message.headline") == "up_to_date"
    # the primary headline changes and is saved: the English one was written from the old text
    doc.set_value(("locales", "es-ES", "message", "headline"), "Black Friday: desayuno en Café Aurora")
    assert doc.save()
    dialog.refresh()
    assert _state(dialog, "message.headline") == "outdated"
    assert "1 outdated" in dialog.summary.text()


def test_xliff_out_to_a_translator_and_back(
    qtbot: QtBot, studio: Studio, tmp_path: Path, monkeypatch: Any
) -> None:
    win, dialog = _dialog(qtbot, studio)
    doc = win.doc
    assert doc is not None
    _choose(dialog, "en-US")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    path = dialog.export_files()
    assert path is not None and path.parent == tmp_path
    tree = etree.parse(str(path))
    assert tree.getroot().get("trgLang") == "en-US"
    # the translator's tool writes a new target for the headline and marks it final
    unit = next(u for u in tree.iter(f"{{{XLIFF}}}unit") if u.get("id", "").endswith("headline"))
    target = unit.find(f".//{{{XLIFF}}}target")
    assert target is not None
    target.text = "Black Friday, breakfast at Café Aurora"
    unit.find(f".//{{{XLIFF}}}segment").set("state", "final")
    tree.write(str(path), xml_declaration=True, encoding="utf-8")
    assert dialog.import_files([str(path)])
    assert doc.value(("locales", "en-US", "message", "headline")) == "Black Friday, breakfast at Café Aurora"
    doc.undo_stack.undo()
    assert doc.value(("locales", "en-US", "message", "headline")) != "Black Friday, breakfast at Café Aurora"
    # a hostile file changes nothing and says why
    monkeypatch.setattr("studio.gui.translations.QMessageBox.warning", lambda *a, **k: None)
    bad = tmp_path / "bad.xlf"
    bad.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><xliff>&e;</xliff>', encoding="utf-8"
    )
    before = dict(doc.data)
    assert not dialog.import_files([str(bad)])
    assert doc.data == before and "Nothing was imported" in dialog.last_warning
