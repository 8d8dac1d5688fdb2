"""The bundled app's entry point (PyInstaller's script; ``packaging/campaign-studio.spec``).

    campaign-studio                      the desktop studio (as ``studio`` / ``studio gui``)
    campaign-studio COMMAND …            the command line (as ``studio COMMAND …``)
    campaign-studio FILE.campaign.yaml   open a campaign file (what the file manager runs on a double click)
    campaign-studio --smoke-gui [--screenshot PNG] [--campaign KEY] [--language es|en]
                                         start the desktop studio, open a campaign, print when each step
                                         was reached, save a screenshot and quit (the bundle's smoke test
                                         and bench/startup.py --bundle)

It also works from a source checkout (``python packaging/launcher.py …``), which the unit tests use.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

CAMPAIGN_SUFFIX = ".campaign.yaml"


def main(argv: Sequence[str] | None = None) -> int:
    # the export's worker processes are spawned from this same executable: they stop here
    multiprocessing.freeze_support()
    words = list(sys.argv[1:] if argv is None else argv)
    if words[:1] == ["--smoke-gui"]:
        return smoke_gui(words[1:])
    if len(words) == 1 and words[0].endswith(CAMPAIGN_SUFFIX):
        return open_file(Path(words[0]))
    from studio.cli.main import main as cli

    return cli(words)


# -- opening a campaign file from the file manager --------------------------------------------------


#: what the studio says when a file's campaign is stored already (the launcher is outside studio/gui,
#: so its two messages carry their own Spanish and English)
NOTES = {
    "kept": {
        "en": "A campaign with the key “{key}” is already in the studio; it was opened instead of "
        "{name}. To store the file as its new revision, run in a terminal: "
        "campaign-studio campaign import --replace “{path}”",
        "es": "La campaña con la clave «{key}» ya está en el estudio y se ha abierto la guardada en "
        "lugar de {name}. Para guardar el archivo como su nueva revisión, ejecuta en un terminal: "
        "campaign-studio campaign import --replace «{path}»",
    },
    "broken": {
        "en": "{name} cannot be opened: {message}",
        "es": "No se puede abrir {name}: {message}",
    },
}


def import_or_find(path: Path, workspace: str | None = None, database: str | None = None) -> tuple[str, bool]:
    """Store the campaign in ``path`` unless its key is stored already; returns (key, kept), where
    ``kept`` says a different stored campaign with that key was kept.

    A stored campaign is never replaced by a file opened from the file manager: the stored one is
    opened and the user is told (``studio campaign import --replace`` stores a file as a new revision).
    """
    from studio.app import open_studio
    from studio.model.files import read_campaign

    campaign = read_campaign(path)
    studio = open_studio(workspace, database)
    try:
        repo = studio.repository
        if campaign.key and repo.exists(campaign.key):
            return campaign.key, repo.get(campaign.key).campaign != campaign
        return repo.import_campaign(campaign, note=f"opened from {path.name}").key, False
    finally:
        studio.close()


def open_file(path: Path) -> int:
    """The desktop studio with the campaign in ``path`` open (imported first when new)."""
    from studio.errors import StudioError

    try:
        key, kept = import_or_find(path)
        note, fields = ("kept" if kept else ""), {"key": key, "name": path.name, "path": str(path)}
    except StudioError as exc:
        key, note, fields = "", "broken", {"name": path.name, "message": exc.message}
    return _gui(lambda window, language: _open_then(window, key, note, fields, language))


def _open_then(window: Any, key: str, note: str, fields: dict[str, str], language: str) -> None:
    if key:
        window.select_campaign(key)
    if note:
        from PySide6.QtWidgets import QMessageBox  # noqa: TID251 (the bundle's entry drives the window)

        text = NOTES[note].get(language, NOTES[note]["en"]).format(**fields)
        QMessageBox.information(window, "Campaign Studio", text)


def _gui(on_attached: Callable[[Any, str], None]) -> int:
    from PySide6.QtCore import QTimer  # noqa: TID251 (the bundle's entry drives the window)

    from studio.gui.app import start

    shell = start()
    window = shell.window
    assert window is not None
    window.attached.connect(lambda: QTimer.singleShot(0, lambda: on_attached(window, shell.language)))
    code = int(shell.app.exec())
    shell.close()
    return code or shell.exit_code


# -- the smoke test's and the start-up benchmark's run ----------------------------------------------


def _smoke_args(words: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="campaign-studio --smoke-gui")
    parser.add_argument("--screenshot", type=Path)
    parser.add_argument("--campaign", help="key of the campaign to open (default: the first listed)")
    parser.add_argument("--language", choices=["es", "en"], help="interface language (default: the system's)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before giving up")
    return parser.parse_args(list(words))


def _email_shown(window: Any) -> bool:
    """The open campaign is checked and its email preview has loaded."""
    doc = window.doc
    if doc is None or doc.last_check is None:
        return False
    host = getattr(window.previews.tabs_by_channel.get("email"), "host", None)
    return host is None or bool(getattr(host, "loaded", True))


def _email_painted(window: Any) -> bool:
    """The email view shows more than its background (a WebEngine page paints after it loads)."""
    tab = window.previews.tabs_by_channel.get("email")
    view = getattr(getattr(tab, "host", None), "view", None)
    if view is None:
        return True
    image = view.grab().toImage()
    w, h = image.width(), image.height()
    points = {image.pixel(x * w // 8, y * h // 8) for x in range(1, 8) for y in range(1, 8)}
    return len(points) > 2


def smoke_gui(words: Sequence[str]) -> int:
    """Start the desktop studio as ``studio gui`` does, open a campaign with its email preview,
    print ``READY/LISTED/PANELS/CHECKED <unix time>`` as each step is reached, save a screenshot
    of the main window and quit; exit 1 when the campaign is not checked and shown in time."""
    args = _smoke_args(words)

    from PySide6.QtCore import QTimer  # noqa: TID251 (the bundle's entry drives the window)

    from studio.gui.app import start

    def mark(name: str) -> None:
        print(f"{name} {time.time()}", flush=True)

    shell = start(language=args.language)
    app, window = shell.app, shell.window
    assert window is not None
    menus = "|".join(action.text() for action in window.menuBar().actions())
    print(f"LANGUAGE {shell.language} translators={len(shell.translators)} menus={menus}", flush=True)
    deadline = time.monotonic() + args.timeout
    state = {"code": 0}

    def finish(code: int) -> None:
        state["code"] = code
        if args.screenshot is not None:
            window.grab().save(str(args.screenshot))
            print(f"SCREENSHOT {args.screenshot}", flush=True)
        window.close()
        app.quit()

    checked = {"done": False}

    def poll() -> None:
        if not checked["done"] and _email_shown(window):
            checked["done"] = True
            mark("CHECKED")
            host = getattr(window.previews.tabs_by_channel.get("email"), "host", None)
            web = bool(getattr(host, "web_engine", False))
            print(f"EMAIL_VIEW {'webengine' if web else 'text'}", flush=True)
        if checked["done"] and (_email_painted(window) or time.monotonic() > deadline):
            finish(0)
        elif time.monotonic() > deadline:
            print("TIMEOUT the campaign was not checked and shown in time", flush=True)
            finish(1)
        else:
            QTimer.singleShot(20, poll)

    def attached() -> None:
        mark("PANELS")
        key = args.campaign or (window.model.summary(0).key if window.model.rowCount() else None)
        if key is None:
            print("NOCAMPAIGN the list is empty", flush=True)
            finish(1)
            return
        window.select_campaign(key)
        window.right_tabs.setCurrentWidget(window.previews)
        window.previews.show_channel("email")
        poll()

    window.listed.connect(lambda: mark("LISTED"))
    window.attached.connect(lambda: QTimer.singleShot(0, attached))
    QTimer.singleShot(0, lambda: mark("READY"))
    code = int(app.exec())
    shell.close()
    return state["code"] or code or shell.exit_code


if __name__ == "__main__":
    sys.exit(main())
