"""Screenshots of the studio on a laptop screen: the window at 1280 × 720, in Spanish and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_laptop.py

Runs offscreen on a temporary database seeded with the demo campaigns (clock pinned to Black Friday
week) and writes into docs/screenshots/:

- ``laptop-main-<lang>.png``: the main window with Black Friday open and its previews
- ``laptop-editor-<lang>.png``: the editor scrolled down to the texts per locale
- ``laptop-review-<lang>.png``: the review tab and the problems panel
- ``laptop-export-<lang>.png``: the export dialog over the window
- ``laptop-shortcuts-<lang>.png``: Help › Keyboard shortcuts
- ``email-dark-<lang>.png`` / ``email-images-off-<lang>.png``: the email preview in dark mode and
  with images blocked
- ``checklist-<lang>.png``: the review tab's readiness checklist
- ``translations-<lang>.png``: Review › Translations, primary and translation side by side
- ``revision-diff-<lang>.png``: Review › Compare revisions after an edit
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 720)


def _settle(ms: int = 300) -> None:
    import time

    from PySide6.QtWidgets import QApplication

    from studio.gui import tasks

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)
    tasks.wait_for_all(20_000)
    QApplication.processEvents()


def _save(widget: Any, name: str) -> Path:
    path = OUT / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)} ({widget.width()} × {widget.height()})")
    return path


def _window(shell: Any, language: str) -> Any:
    shell.language = language
    window = shell.open()
    window.resize(*SIZE)
    window.right_tabs.setCurrentWidget(window.previews)
    window.select_campaign("black-friday-2026")
    for _ in range(300):  # the campaign is read off the GUI thread ("Opening …"), then shown
        if window.doc is not None and window.doc.key == "black-friday-2026":
            break
        _settle(100)
    doc = window.doc
    assert doc is not None
    _settle(800)
    for _ in range(100):
        if doc.last_check is not None:
            break
        _settle(100)
    window.previews.show_channel("email")
    _settle(1500)
    return window


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    os.environ["STUDIO_HOME"] = tempfile.mkdtemp(prefix="studio-laptop-")
    os.environ.setdefault("STUDIO_NOW", "2026-11-24T12:00:00+01:00")
    os.environ.pop("STUDIO_DATABASE_URL", None)
    sys.path.insert(0, str(ROOT))

    from studio.app import open_studio
    from studio.gui.app import Shell, make_application

    app = make_application()
    studio = open_studio()
    OUT.mkdir(parents=True, exist_ok=True)
    shell = Shell(app, studio, "en")
    for language in ("es", "en"):
        window = _window(shell, language)
        _save(window, f"laptop-main-{language}.png")

        editor = window.editor
        editor.scroller.ensureWidgetVisible(editor.tabs, 0, 0)
        editor.focus_path(("locales", "es-ES", "message", "body"))
        _settle(300)
        _save(window, f"laptop-editor-{language}.png")

        email = window.previews.tab("email")
        for button, name in ((email.dark_button, "dark"), (email.images_off_button, "images-off")):
            button.setChecked(True)
            _settle(1500)
            _save(window.previews, f"email-{name}-{language}.png")
            button.setChecked(False)
        _settle(800)

        window.right_tabs.setCurrentWidget(window.review)
        _settle(1200)
        doc = window.doc
        if doc is not None and doc.last_check is not None:
            errors = [f for f in doc.last_check.check.findings if f.severity.value == "error"]
            if errors:
                window.problems.select_finding(errors[0])
        _settle(300)
        _save(window, f"laptop-review-{language}.png")
        review = window.review
        review.tabs.setCurrentWidget(review.checklist)
        _settle(600)
        _save(review, f"checklist-{language}.png")

        window.commands.show_translations()
        translations = window.commands.translations_dialog
        translations.locale_box.setCurrentIndex(translations.locale_box.findData("es-MX"))
        translations.table.setCurrentCell(5, 0)  # the disclaimer: missing in es-MX
        _settle(400)
        _save(translations, f"translations-{language}.png")
        translations.close()

        if doc is not None:
            doc.set_value(
                ("locales", "es-ES", "message", "subheadline"), "Café del día + cruasán por solo 2,99 €"
            )
            doc.save()
        window.commands.show_compare()
        compare = window.commands.compare_dialog
        _settle(400)
        _save(compare, f"revision-diff-{language}.png")
        compare.close()

        from studio.gui.export_dialog import ExportDialog

        dialog = ExportDialog(studio, ["black-friday-2026", "navidad-turron-latte"], window)
        dialog.set_destination(str(Path(tempfile.mkdtemp(prefix="studio-laptop-export-")) / "export"))
        dialog.show()
        _settle(400)
        _save(dialog, f"laptop-export-{language}.png")
        dialog.close()

        shortcuts = window.commands.shortcuts_dialog()
        shortcuts.show()
        _settle(300)
        _save(shortcuts, f"laptop-shortcuts-{language}.png")
        shortcuts.close()
        window.close()
    studio.close()


if __name__ == "__main__":
    main()
