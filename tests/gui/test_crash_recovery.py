"""A real crash: the studio runs in a child process, the marketer types, the process is killed with
SIGKILL before any revision is saved — and the next open recovers what was typed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

CHILD = r"""
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from studio.gui.app import start

shell = start()
window = shell.window

def type_when_ready():
    doc = window.doc
    if doc is None or doc.last_check is None:
        QTimer.singleShot(20, type_when_ready)
        return
    doc.journaled.connect(lambda: print("JOURNALED", flush=True))
    body = window.editor._pages["es-ES"].fields["body"]
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    QTest.keyClicks(body, " Sin colas ni esperas")
    print("TYPED", flush=True)

def attached():
    window.select_campaign("app-pide-y-recoge")
    type_when_ready()

window.attached.connect(lambda: QTimer.singleShot(0, attached))
shell.app.exec()
"""


def test_killing_the_studio_loses_at_most_the_last_second_of_typing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studio.app import open_studio
    from studio.gui.document import CampaignDocument

    url = f"sqlite:///{tmp_path / 'crash.sqlite3'}"
    env = {
        **os.environ,
        "STUDIO_HOME": str(tmp_path / "home"),
        "STUDIO_DATABASE_URL": url,
        "QT_QPA_PLATFORM": "offscreen",
        "QTWEBENGINE_DISABLE_SANDBOX": "1",
        "STUDIO_NOW": "2026-11-24T12:00:00+01:00",
    }
    with subprocess.Popen(
        [sys.executable, "-c", CHILD], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "TYPED"
            # The power goes as soon as the draft journal holds the words (it trails typing by at
            # most 0.5 s): the child says so when the journal is written.
            assert child.stdout.readline().strip() == "JOURNALED"
        finally:
            child.kill()
            child.wait(timeout=30)
    assert child.returncode == -9

    monkeypatch.setenv("STUDIO_HOME", env["STUDIO_HOME"])  # the same user's drafts
    studio = open_studio(database=url)
    try:
        stored = studio.repository.get("app-pide-y-recoge").campaign.locales["es-ES"].message.body
        assert not stored.endswith("Sin colas ni esperas")  # no revision yet: autosave waits for a pause
        doc = CampaignDocument.open(studio, "app-pide-y-recoge")
        assert doc.recovered
        assert doc.value(("locales", "es-ES", "message", "body")).endswith(" Sin colas ni esperas")
        doc.close()
    finally:
        studio.close()
