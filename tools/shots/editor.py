"""Screenshots of the campaign editor (called by ``make screenshots``; also runnable alone).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shots/editor.py /tmp/shots en es

The demo campaign with planted mistakes (black-friday-2026) with its findings underlined: the fact
sheet (top of the form) and the es-ES texts (the body with the "usted" findings).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

CAMPAIGN = "black-friday-2026"


def dark_palette() -> Any:
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#26272b",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2d2e31",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#3d6fd8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.ToolTipBase: "#2d2e31",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    return p


def screenshot(studio: Any, out_dir: Path, language: str, *, dark: bool = False) -> list[Path]:
    """Build the editor on the demo data and save its PNGs (fact sheet, texts); returns the paths."""
    from PySide6.QtWidgets import QApplication

    from studio import clock
    from studio.gui.app import install_translations, make_application
    from studio.gui.document import CampaignDocument
    from studio.gui.editor import CampaignEditor
    from studio.lint.pipeline import check_campaign
    from studio.render.variants import Renderer

    app = make_application()
    translators = install_translations(app, language)
    old_palette = app.palette()
    if dark:
        app.setPalette(dark_palette())
    doc = CampaignDocument.open(studio, CAMPAIGN, language=language)
    try:
        campaign = studio.repository.get(CAMPAIGN).campaign
        check = check_campaign(Renderer(studio.workspace), campaign, now=clock.now(), language=language)
        editor = CampaignEditor(studio)
        editor.resize(640, 1000)
        editor.set_document(doc)
        editor.show()
        editor.set_findings(check.findings, check.variants)
        QApplication.processEvents()
        out_dir.mkdir(parents=True, exist_ok=True)
        suffix = "-dark" if dark else ""
        paths = [
            out_dir / f"editor-facts-{language}{suffix}.png",
            out_dir / f"editor-texts-{language}{suffix}.png",
        ]
        editor.grab().save(str(paths[0]))
        body = ("locales", "es-ES", "message", "body")
        start = str(doc.value(body)).find("Le esperamos")
        editor.focus_path(body, start, start)
        editor.scroller.verticalScrollBar().setValue(editor.scroller.verticalScrollBar().maximum())
        QApplication.processEvents()
        editor.grab().save(str(paths[1]))
        editor.close()
        editor.deleteLater()
        QApplication.processEvents()
        return paths
    finally:
        doc.close()
        if dark:
            app.setPalette(old_palette)
        for translator in translators:
            app.removeTranslator(translator)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("STUDIO_NOW", "2026-11-24T12:00:00+01:00")
    import tempfile

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root))
    from studio.app import open_studio

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="editor-"))
    languages = sys.argv[2:] or ["en", "es"]
    home = tempfile.mkdtemp(prefix="studio-shots-")
    os.environ["STUDIO_HOME"] = home
    studio = open_studio(database=f"sqlite:///{home}/shots.sqlite3")
    try:
        for language in languages:
            for path in screenshot(studio, out, language):
                print(path)
        for path in screenshot(studio, out, "en", dark=True):
            print(path)
    finally:
        studio.close()


if __name__ == "__main__":
    main()
