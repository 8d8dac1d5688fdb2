"""Screenshots of the studio's main views in English and Spanish (``make screenshots``).

Runs offscreen on a temporary database seeded with the workspace's demo campaigns (clock pinned
to Black Friday week) and writes PNGs into docs/screenshots/:

- ``studio-<preview>-<lang>.png``: the main window on Black Friday with each channel preview
- ``problems-<lang>.png``: the problems panel; ``report-panel-<lang>.png``: review and report
- ``rules-<lang>.png``: the brand rules browser; ``export-<lang>.png``: the export dialog after a run
- ``main-window-dark-es.png``: the main window in the dark scheme
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PREVIEWS = ("email", "sms", "post.instagram", "post.x", "signage")


def _email_shown(window: Any) -> bool:
    """The open campaign is checked and its email preview has finished loading its HTML."""
    tab = window.previews.tabs_by_channel.get("email")
    checked = window.doc is not None and window.doc.last_check is not None
    return checked and tab is not None and bool(tab.host.loaded)


def _until(app: object, done: Callable[[], bool], timeout_s: float = 30) -> None:
    import time

    deadline = time.monotonic() + timeout_s
    while not done() and time.monotonic() < deadline:
        _settle(app, 100)
    _settle(app, 300)  # let the last paint land


def _settle(app: object, ms: int = 300) -> None:
    import time

    from PySide6.QtWidgets import QApplication

    from studio.gui import tasks

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)
    tasks.wait_for_all(20_000)
    QApplication.processEvents()


def _save(widget: object, name: str) -> Path:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    path = OUT / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")
    return path


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    os.environ["STUDIO_HOME"] = tempfile.mkdtemp(prefix="studio-shots-")
    os.environ.setdefault("STUDIO_NOW", "2026-11-24T12:00:00+01:00")
    os.environ.pop("STUDIO_DATABASE_URL", None)
    sys.path.insert(0, str(ROOT))

    from studio.app import open_studio
    from studio.gui.app import Shell, make_application

    app = make_application()
    studio = open_studio()
    OUT.mkdir(parents=True, exist_ok=True)
    shell = Shell(app, studio, "en")
    for language in ("en", "es"):
        shell.language = language
        window = shell.open()
        window.resize(1600, 1000)
        window.right_tabs.setCurrentWidget(window.previews)  # not the tab the last run ended on
        window.select_campaign("black-friday-2026")
        _settle(app, 800)
        _until(app, lambda w=window: _email_shown(w))
        if language == "en":
            _save(window, "main-window-en.png")
        else:
            _save(window, "main-window-es.png")
        doc = window.doc
        assert doc is not None
        for channel in PREVIEWS:
            window.right_tabs.setCurrentWidget(window.previews)
            window.previews.set_locale("es-ES")
            window.previews.show_channel(channel)
            _settle(app, 2500 if channel in ("email", "signage", "post.instagram") else 300)
            _save(window, f"studio-{channel.replace('post.', '')}-{language}.png")
        _save(window.problems_dock, f"problems-{language}.png")
        window.right_tabs.setCurrentWidget(window.review)
        _settle(app, 900)
        _save(window, f"report-panel-{language}.png")
        window.show_rules()
        window._rules_window.select_rule("CafeAurora.Tuteo")  # the details pane filled in
        _settle(app, 300)
        _save(window._rules_window, f"rules-{language}.png")
        window._rules_window.close()
        from studio.gui.export_dialog import ExportDialog

        dialog = ExportDialog(studio, ["black-friday-2026", "navidad-turron-latte"], window)
        dialog.set_destination(str(Path(tempfile.mkdtemp(prefix="studio-shots-export-")) / "export"))
        dialog.show()
        dialog.start()
        import time

        deadline = time.monotonic() + 120
        while dialog.running and time.monotonic() < deadline:
            _settle(app, 200)
        _save(dialog, f"export-{language}.png")
        dialog.close()
        window.close()
    from studio.gui.app import apply_theme

    apply_theme("dark")
    shell.language = "es"
    window = shell.open()
    window.resize(1600, 1000)
    window.right_tabs.setCurrentWidget(window.previews)
    window.select_campaign("navidad-turron-latte")
    _settle(app, 800)
    _until(app, lambda w=window: _email_shown(w))
    _save(window, "main-window-dark-es.png")
    window.close()
    apply_theme("system")
    studio.close()


if __name__ == "__main__":
    main()
