"""Opening a campaign never makes the window wait for the database: the campaign left is stored as
an operation, the one chosen is read as an operation, and meanwhile the editor says what it is
opening and takes no edits. Background threads for real here (not the inline mode of the other GUI
tests); every wait is for a signal or a condition, on a real SQLite file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.drafts import load_draft
from studio.gui import ops, tasks
from studio.gui.document import CampaignDocument, check_pool
from studio.gui.main_window import MainWindow
from studio.model.validation import parse_campaign

BODY = ("locales", "es-ES", "message", "body")


def settle_threads() -> None:
    assert ops.wait_for_ops(30_000)
    assert check_pool().waitForDone(30_000)
    assert tasks.wait_for_all(30_000)


@pytest.fixture
def background_tasks() -> Iterator[None]:
    tasks.set_synchronous(False)
    yield
    settle_threads()
    tasks.set_synchronous(True)


@pytest.fixture
def window(qtbot: QtBot, studio: Studio, background_tasks: None) -> Iterator[MainWindow]:
    win = MainWindow(studio)
    qtbot.addWidget(win)
    win.show()
    yield win
    settle_threads()
    win.close()
    ops.set_error_handler(None)


def reads_on_gui_thread(studio: Studio, monkeypatch: pytest.MonkeyPatch, *names: str) -> list[str]:
    """The repository methods ``names`` called on the GUI thread from now on, in order."""
    import threading

    on_gui: list[str] = []
    for name in names:
        method = getattr(studio.repository, name)

        def watched(*args: object, _method: object = method, _name: str = name, **kwargs: object) -> object:
            if threading.current_thread() is threading.main_thread():
                on_gui.append(_name)
            return _method(*args, **kwargs)  # type: ignore[operator]

        monkeypatch.setattr(studio.repository, name, watched)
    return on_gui


def opening(window: MainWindow) -> str | None:
    """The campaign being read (a function: what a wait changes, mypy does not narrow)."""
    return window.opening


def document(window: MainWindow) -> CampaignDocument | None:
    return window.doc


def open_and_wait(qtbot: QtBot, window: MainWindow, key: str) -> CampaignDocument:
    """Choose ``key`` in the list and wait until its document is in the editor."""
    window.select_campaign(key)
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.key == key, timeout=30_000)
    assert window.doc is not None
    return window.doc


def test_the_editor_says_what_it_opens_and_takes_no_edits_until_it_is_read(
    qtbot: QtBot, window: MainWindow
) -> None:
    with qtbot.waitSignal(window.campaignOpened, timeout=30_000) as opened:
        window.select_campaign("black-friday-2026")
        assert opening(window) == "black-friday-2026" and window.doc is None  # read off the GUI thread
        assert window.editor.stack.currentWidget() is window.editor.empty
        assert window.editor.empty.text() == "Opening “Black Friday 2026”…"
        assert not window.save_action.isEnabled() and not window.fix_all_action.isEnabled()
        assert not window.undo_action.isEnabled()
    assert opened.args == ["black-friday-2026"]
    doc = document(window)
    assert doc is not None and doc.key == "black-friday-2026" and opening(window) is None
    assert window.editor.stack.currentWidget() is window.editor.scroller
    assert window.editor.name_field.text() == "Black Friday 2026"
    assert window.save_action.isEnabled()
    qtbot.waitUntil(lambda: doc.last_check is not None, timeout=30_000)  # then checked on a worker


def test_switching_campaign_stores_the_edits_without_waiting_and_drops_the_draft(
    qtbot: QtBot, window: MainWindow, studio: Studio
) -> None:
    doc = open_and_wait(qtbot, window, "navidad-turron-latte")
    version = doc.version
    with qtbot.waitSignal(doc.journaled, timeout=30_000):
        doc.set_value(BODY, "Turrón latte, solo en diciembre.")
    assert load_draft("navidad-turron-latte") is not None
    window.select_campaign("black-friday-2026")
    assert document(window) is None and opening(window) == "black-friday-2026"
    qtbot.waitUntil(lambda: window.doc is not None, timeout=30_000)
    assert ops.wait_for_ops(30_000)
    stored = studio.repository.get("navidad-turron-latte")
    assert stored.version == version + 1
    assert stored.campaign.locales["es-ES"].message.body == "Turrón latte, solo en diciembre."
    assert load_draft("navidad-turron-latte") is None  # stored: the draft went
    again = open_and_wait(qtbot, window, "navidad-turron-latte")  # read after the save: no recovery
    assert not again.recovered and again.value(BODY) == "Turrón latte, solo en diciembre."


def test_edits_that_cannot_be_stored_on_switching_stay_as_a_draft_offered_back(
    qtbot: QtBot, window: MainWindow, studio: Studio
) -> None:
    shown: list[tuple[str, str]] = []
    doc = open_and_wait(qtbot, window, "navidad-turron-latte")
    ops.set_error_handler(lambda title, message: shown.append((title, message)))
    theirs = studio.repository.get("navidad-turron-latte")
    other = parse_campaign({**theirs.campaign.model_dump(mode="json"), "objective": "Suyo"})
    studio.repository.save(other, expected_version=theirs.version, author="ana")  # someone else saved
    doc.set_value(("objective",), "Mío")
    window.select_campaign("black-friday-2026")
    qtbot.waitUntil(lambda: window.doc is not None and bool(shown), timeout=30_000)
    assert shown[0][0] == "The campaign you left was not saved: its changes are kept as a draft"
    assert studio.repository.get("navidad-turron-latte").campaign.objective == "Suyo"  # nothing overwritten
    draft = load_draft("navidad-turron-latte")
    assert draft is not None and draft.document["objective"] == "Mío"
    asked: list[object] = []

    def discard(box: object) -> str:
        asked.append(box)
        return "discard"

    window.ask_recovery = discard  # type: ignore[method-assign]
    again = open_and_wait(qtbot, window, "navidad-turron-latte")
    assert len(asked) == 1 and again.value(("objective",)) == "Suyo"


def test_changes_not_valid_yet_are_said_when_left_and_come_back_without_the_crash_question(
    qtbot: QtBot, window: MainWindow, studio: Studio
) -> None:
    """Leaving a campaign whose discount no longer matches its prices said nothing, and opening it
    again asked the crash-recovery question ("changes from your last session…") in the same session."""
    doc = open_and_wait(qtbot, window, "black-friday-2026")  # 2,99 € from 4,20 €: 29 %
    doc.set_value(("offer", "discount_percent"), 50)
    assert doc.campaign() is None  # cannot be stored as it is
    window.select_campaign("navidad-turron-latte")
    said = window.statusBar().currentMessage()
    assert said.startswith(
        "“Black Friday 2026” is not saved yet (Discount (%): 50 % does not match the prices"
    )
    assert said.endswith("your changes are kept and come back when you open it again.")
    qtbot.waitUntil(
        lambda: window.doc is not None and window.doc.key == "navidad-turron-latte", timeout=30_000
    )
    settle_threads()
    assert str(studio.repository.get("black-friday-2026").campaign.offer.discount_percent) == "29"
    asked: list[object] = []

    def ask(box: object) -> str:
        asked.append(box)
        return "discard"

    window.ask_recovery = ask  # type: ignore[method-assign]
    again = open_and_wait(qtbot, window, "black-friday-2026")
    assert asked == []  # no crash question for changes left a moment ago
    assert again.value(("offer", "discount_percent")) == 50
    assert window.statusBar().currentMessage() == (
        "Your changes to “Black Friday 2026” are back: it is saved once they are valid."
    )
    assert window.save_label.text().startswith("Not saved: Discount (%): 50 % does not match")


def test_only_the_last_campaign_chosen_opens(qtbot: QtBot, window: MainWindow) -> None:
    opened: list[str] = []
    window.campaignOpened.connect(opened.append)
    window.select_campaign("black-friday-2026")
    window.select_campaign("app-pide-y-recoge")  # chosen before the first was read
    assert window.opening == "app-pide-y-recoge"
    qtbot.waitUntil(lambda: window.doc is not None, timeout=30_000)
    settle_threads()
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.last_check is not None, timeout=30_000)
    assert opened == ["app-pide-y-recoge"]
    assert window.doc is not None and window.doc.key == "app-pide-y-recoge"
    assert window.table.selectionModel().selectedRows()[0].row() == window.model.row_of("app-pide-y-recoge")


def test_a_campaign_that_cannot_be_read_is_reported_and_the_editor_is_empty(
    qtbot: QtBot, window: MainWindow
) -> None:
    errors: list[tuple[str, str]] = []

    def error(title: str, message: str, *, modal: bool = True) -> None:
        errors.append((title, message))

    window._error = error  # type: ignore[method-assign]
    window.open_campaign("no-such-campaign")
    qtbot.waitUntil(lambda: bool(errors), timeout=30_000)
    assert errors[0][0] == "The campaign cannot be opened" and "no-such-campaign" in errors[0][1]
    assert opening(window) is None and window.doc is None
    assert window.editor.empty.text() == "Select or create a campaign"


def test_a_document_closed_without_waiting_lets_its_check_finish_alone(qtbot: QtBot, studio: Studio) -> None:
    tasks.set_synchronous(False)
    try:
        doc = CampaignDocument.open(studio, "black-friday-2026")
        checked: list[object] = []
        doc.checked.connect(checked.append)
        doc.check_now()
        doc.close(wait=False)  # returns while the check may still run
        doc.deleteLater()
        assert check_pool().waitForDone(30_000)
        QCoreApplication.sendPostedEvents()  # what the check sent, and the deletion: nobody listens
        QCoreApplication.processEvents()
        assert checked == []
    finally:
        settle_threads()
        tasks.set_synchronous(True)


def test_the_hero_picture_is_read_on_a_worker_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A photo is decoded off the GUI thread (a big one took 100+ ms there), then kept."""
    import threading

    from studio.gui import images

    reads: list[tuple[str, bool]] = []
    scaled, square = images.read_scaled, images.read_square

    def read_scaled(file: Path, size: QSize) -> QImage:
        reads.append(("thumbnail", threading.current_thread() is threading.main_thread()))
        return scaled(file, size)

    def read_square(file: Path, side: int) -> QImage:
        reads.append(("square", threading.current_thread() is threading.main_thread()))
        return square(file, side)

    monkeypatch.setattr(images, "read_scaled", read_scaled)
    monkeypatch.setattr(images, "read_square", read_square)
    monkeypatch.setattr(images, "_IMAGES", {})
    window.previews.show_channel("post.instagram")
    doc = open_and_wait(qtbot, window, "black-friday-2026")
    assert doc.value(("hero_image",))
    thumb = window.editor.hero_thumb
    qtbot.waitUntil(lambda: thumb.pixmap() is not None and not thumb.pixmap().isNull(), timeout=30_000)
    assert ("thumbnail", False) in reads and all(not on_gui for _what, on_gui in reads)
    open_and_wait(qtbot, window, "app-pide-y-recoge")
    before = len(reads)
    open_and_wait(qtbot, window, "black-friday-2026")  # read before: shown at once, not read again
    assert not thumb.pixmap().isNull()
    assert [what for what, _ in reads[before:]].count("thumbnail") == 0


def test_a_new_campaign_is_stored_listed_and_read_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, studio: Studio, monkeypatch: pytest.MonkeyPatch
) -> None:

    window.search.setText("turron")
    # as a person types: the debounced search runs once its delay has passed and its read is back
    qtbot.waitUntil(
        lambda: not window._search_timer.isActive() and window.model.rowCount() == 1, timeout=30_000
    )
    on_gui = reads_on_gui_thread(
        studio, monkeypatch, "create", "get", "count_campaigns", "list_campaigns", "locales_in_use"
    )
    window.create_campaign("Desayunos de prueba", ["es-ES"], ["email", "sms"])
    qtbot.waitUntil(
        lambda: window.doc is not None and window.doc.value(("name",)) == "Desayunos de prueba",
        timeout=30_000,
    )
    assert on_gui == []
    assert window.search.text() == "" and window.model.rowCount() == 4
    assert window.count_label.text() == "4 campaigns"
    assert window.doc is not None
    rows = window.table.selectionModel().selectedRows()
    assert [window.model.summary(r.row()).key for r in rows] == [window.doc.key]


def test_closing_the_window_right_after_switching_stores_the_campaign_left(
    qtbot: QtBot, studio: Studio, background_tasks: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    window = MainWindow(studio)
    qtbot.addWidget(window)
    window.show()
    doc = open_and_wait(qtbot, window, "navidad-turron-latte")
    order: list[str] = []
    closing = threading.Event()  # the save is held until the window is closing
    save, wait_for_all = studio.repository.save, tasks.wait_for_all

    def held_save(*args: Any, **kwargs: Any) -> Any:
        assert closing.wait(30)
        stored = save(*args, **kwargs)
        order.append("stored")
        return stored

    def closing_now(timeout_ms: int = 30_000) -> bool:
        closing.set()
        return wait_for_all(timeout_ms)

    monkeypatch.setattr(studio.repository, "save", held_save)
    monkeypatch.setattr(tasks, "wait_for_all", closing_now)
    doc.set_value(BODY, "Turrón latte, hasta el 6 de enero.")
    window.select_campaign("black-friday-2026")  # its save is an operation nobody waits for…
    window.close()  # …but the window does before it goes
    order.append("closed")
    assert order == ["stored", "closed"]
    stored = studio.repository.get("navidad-turron-latte")
    assert stored.campaign.locales["es-ES"].message.body == "Turrón latte, hasta el 6 de enero."
    settle_threads()
    assert load_draft("navidad-turron-latte") is None


def test_searching_and_filtering_read_the_list_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, studio: Studio, monkeypatch: pytest.MonkeyPatch
) -> None:

    from studio.model.campaign import CampaignStatus

    on_gui = reads_on_gui_thread(studio, monkeypatch, "count_campaigns", "list_campaigns")
    qtbot.keyClicks(window.search, "navidad")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=30_000)
    assert window.count_label.text() == "1 campaign"
    # a status chosen while the search was being read: only the newest answer is shown
    window.search.clear()
    window.status_filter.setCurrentIndex(window.status_filter.findData(CampaignStatus.APPROVED))
    qtbot.waitUntil(
        lambda: (
            not window._search_timer.isActive()
            and [window.model.summary(r).name for r in range(window.model.rowCount())]
            == ["Navidad 2026 · Turrón Latte"]
        ),
        timeout=30_000,
    )
    assert tasks.wait_for_all(30_000)
    QCoreApplication.processEvents()
    assert [window.model.summary(r).name for r in range(window.model.rowCount())] == [
        "Navidad 2026 · Turrón Latte"
    ]
    assert on_gui == []
