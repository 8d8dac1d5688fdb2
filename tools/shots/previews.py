"""Screenshots of the channel previews (called by ``make screenshots``; also runnable alone).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shots/previews.py /tmp/shots en

Every tab of the preview pane on the demo campaign with planted mistakes (black-friday-2026),
with its findings underlined, in the given language.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

CAMPAIGN = "black-friday-2026"


def _wait(app: Any, until: Any, timeout_ms: int = 10_000) -> None:
    from PySide6.QtCore import QDeadlineTimer, QThread

    deadline = QDeadlineTimer(timeout_ms)
    while not until() and not deadline.hasExpired():
        app.processEvents()
        QThread.msleep(20)
    app.processEvents()


def screenshot(studio: Any, out_dir: Path, language: str, *, dark: bool = False) -> list[Path]:
    """Build the preview pane on the demo data and save one PNG per channel tab; returns the paths."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from studio import clock
    from studio.gui.app import install_translations, make_application
    from studio.gui.previews import PreviewPane
    from studio.lint.pipeline import check_campaign
    from studio.render.variants import Renderer

    app = make_application()
    translators = install_translations(app, language)
    old_palette = app.palette()
    if dark:
        app.setPalette(dark_palette())
    try:
        campaign = studio.repository.get(CAMPAIGN).campaign
        check = check_campaign(Renderer(studio.workspace), campaign, now=clock.now(), language=language)
        pane = PreviewPane(studio)
        pane.resize(760, 900)
        pane.show()
        pane.show_check(campaign, check)
        pane.set_findings(check.findings)
        out_dir.mkdir(parents=True, exist_ok=True)
        suffix = "-dark" if dark else ""
        paths: list[Path] = []
        for channel in [c.value for c in campaign.channels]:
            pane.show_channel(channel)
            tab: Any = pane.tab(channel)
            if channel == "sms":
                tab.edit_button.setChecked(True)
            _wait(app, lambda t=tab: getattr(t, "_shown_key", None) is not None or t.heavy_key() is None)
            if channel == "email" and getattr(tab.host, "web_engine", False):
                _wait(app, lambda t=tab: getattr(t.host, "loaded", False), 5000)
            QApplication.processEvents()
            path = out_dir / f"previews-{channel.replace('.', '-')}-{language}{suffix}.png"
            pane.grab().save(str(path))
            paths.append(path)
        pane.close()
        pane.deleteLater()  # now, not at exit: WebEngine must go before its profile
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        return paths
    finally:
        if dark:
            app.setPalette(old_palette)
        for translator in translators:
            app.removeTranslator(translator)


def dark_palette() -> Any:
    """A dark palette like a desktop's dark theme (to check the previews follow it)."""
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1e1e1e"),
        (roles.AlternateBase, "#2f2f2f"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.Highlight, "#3d6fb4"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#8ab4f8"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.ToolTipBase, "#353535"),
        (roles.ToolTipText, "#e6e6e6"),
        (roles.Mid, "#444444"),
        (roles.Midlight, "#3a3a3a"),
        (roles.Dark, "#1a1a1a"),
        (roles.Light, "#505050"),
    ):
        p.setColor(role, QColor(color))
    return p


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("STUDIO_NOW", "2026-11-24T12:00:00+01:00")
    import tempfile

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root))
    from studio.app import open_studio

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="previews-"))
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
