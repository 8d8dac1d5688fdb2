"""The studio without a mouse: Tab walks every pane and dialog and comes back, F6 cycles the panes,
the campaign list opens with Enter, and every command shortcut does its job from anywhere.

Real key presses throughout (QTest through pytest-qt), on the real window and a real SQLite file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.gui.keyboard import tab_stops
from studio.gui.main_window import MainWindow
from studio.model.campaign import CampaignStatus
from studio.model.finding import Applicability, Fix

MAX_PRESSES = 300
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def plain_email(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUDIO_NO_WEBENGINE", "1")  # the plain view: same widgets, faster


@pytest.fixture
def window(qtbot: QtBot, studio: Studio) -> Iterator[MainWindow]:
    win = MainWindow(studio)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    yield win
    rules = getattr(win, "_rules_window", None)
    if rules is not None:
        rules.close()


def open_campaign(qtbot: QtBot, win: MainWindow, key: str) -> None:
    win.select_campaign(key)
    doc = win.doc
    assert doc is not None and doc.key == key
    doc.check_now()
    qtbot.waitUntil(lambda: doc.last_check is not None, timeout=10_000)


def document(window: MainWindow) -> Any:
    """The open document (a function: what a key press changes, mypy does not narrow)."""
    return window.doc


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), key, modifiers)


def tab_walk(qtbot: QtBot, start: QWidget, backwards: bool = False) -> list[QWidget]:
    """Press Tab (Shift+Tab) from ``start`` until the focus is back on it; the widgets visited."""
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    assert focus() is start
    visited: list[QWidget] = []
    for _ in range(MAX_PRESSES):
        if backwards:
            press(qtbot, Qt.Key.Key_Backtab, SHIFT)
        else:
            press(qtbot, Qt.Key.Key_Tab)
        visited.append(focus())
        if focus() is start:
            return visited
    names = [w.accessibleName() or type(w).__name__ for w in visited[-12:]]
    raise AssertionError(f"Tab never came back to the start; last stops: {names}")


def inside(pane: QWidget, widgets: list[QWidget]) -> bool:
    return any(w is pane or pane.isAncestorOf(w) for w in widgets)


# -- the main window ------------------------------------------------------------------------------


def test_tab_visits_every_pane_and_comes_back(qtbot: QtBot, window: MainWindow) -> None:
    open_campaign(qtbot, window, "black-friday-2026")
    window.right_tabs.setCurrentWidget(window.previews)
    forward = tab_walk(qtbot, window.search)
    for pane in (window.list_pane, window.editor, window.previews, window.problems):
        assert inside(pane, forward), pane.accessibleName()
    assert window.editor.name_field in forward and window.problems.view in forward
    assert window.doc is not None and window.doc.key == "black-friday-2026"  # Tab opened nothing
    # the editor's fields come after the list and before the previews, the problems last
    order = [i for i, w in enumerate(forward) if w is window.table or w is window.editor.name_field]
    assert order == sorted(order) and forward.index(window.table) < forward.index(window.editor.name_field)
    backward = tab_walk(qtbot, window.search, backwards=True)
    assert {id(w) for w in backward} == {id(w) for w in forward}

    window.right_tabs.setCurrentWidget(window.review)
    qtbot.waitUntil(lambda: window.review.key == "black-friday-2026", timeout=10_000)
    with_review = tab_walk(qtbot, window.search)
    assert inside(window.review, with_review) and window.review.submit_button in with_review


def test_walking_the_focus_chain_leaves_the_window_whole_when_a_widget_goes(
    qtbot: QtBot, window: MainWindow
) -> None:
    """PySide6 records the widget ``nextInFocusChain()`` returns as a child of the one asked: once
    that one was deleted (an editor page, a preview), the window's menus went invalid with it
    ("already deleted" on the next campaign opened). The walk keeps PySide's record right."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from studio.gui.keyboard import focus_chain

    open_campaign(qtbot, window, "black-friday-2026")
    last = QLabel("made last: last in the focus chain, its next is the window", window)
    last.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    chain = focus_chain(window)
    assert chain[-1] is last
    assert tab_stops(window, [window.list_pane, window.editor, window.right_tabs, window.problems_dock])
    last.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert shiboken6.isValid(window.recent_menu) and shiboken6.isValid(window.menuBar())
    window.select_campaign("navidad-turron-latte")  # reads the menus (the actions' states)
    assert window.doc is not None and window.doc.key == "navidad-turron-latte"
    assert window.recent_menu.menuAction().isEnabled()


def test_the_campaign_list_moves_with_arrows_and_opens_with_enter(qtbot: QtBot, window: MainWindow) -> None:
    open_campaign(qtbot, window, "black-friday-2026")
    window.table.setFocus()
    first = window.table.currentIndex().row()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    row = window.table.selectionModel().selectedRows()[0].row()
    assert row != first
    assert window.doc is not None and window.doc.key == "black-friday-2026"  # arrows do not open
    wanted = window.model.summary(row).key
    press(qtbot, Qt.Key.Key_Return)
    assert window.doc is not None and window.doc.key == wanted
    assert window.editor.isAncestorOf(focus())  # Enter puts the focus in the editor


def test_enter_opens_the_row_the_list_shows_focused_before_anything_is_selected(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A fresh start, nothing open: Tab into the list puts the focus frame on the first row
    without selecting it; Enter opens that row (it did nothing: only a selected row opened)."""
    assert window.doc is None and not window.table.selectionModel().selectedRows()
    window.search.setFocus(Qt.FocusReason.OtherFocusReason)
    for _ in range(MAX_PRESSES):
        if focus() is window.table:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert focus() is window.table
    press(qtbot, Qt.Key.Key_Home)
    current = window.table.currentIndex().row()
    assert current == 0 and not window.table.selectionModel().selectedRows()  # focus frame only
    wanted = window.model.summary(current).key
    press(qtbot, Qt.Key.Key_Return)
    opened = document(window)
    assert opened is not None and opened.key == wanted
    assert [i.row() for i in window.table.selectionModel().selectedRows()] == [current]
    assert window.editor.isAncestorOf(focus())


def test_f6_cycles_the_panes_both_ways(qtbot: QtBot, window: MainWindow) -> None:
    open_campaign(qtbot, window, "black-friday-2026")
    window.search.setFocus()
    panes = [window.list_pane, window.editor, window.previews, window.problems, window.review]

    def pane_of(widget: QWidget) -> int:
        return next(i for i, p in enumerate(panes) if p.isAncestorOf(widget))

    seen = []
    for _ in range(5):
        press(qtbot, Qt.Key.Key_F6)
        seen.append(pane_of(focus()))
    assert seen == [1, 2, 3, 4, 0]
    seen = []
    for _ in range(5):
        press(qtbot, Qt.Key.Key_F6, SHIFT)
        seen.append(pane_of(focus()))
    assert seen == [4, 3, 2, 1, 0]
    assert window.commands.next_pane in window.commands.all_actions()  # in the View menu


# -- dialogs ------------------------------------------------------------------------------------------


def _dialogs(window: MainWindow, studio: Studio) -> Iterator[tuple[str, QWidget]]:
    from studio.errors import ConflictError
    from studio.gui.dialogs import ConflictBox, NewCampaignDialog, Preferences, PreferencesDialog
    from studio.gui.editor import AssetPickerDialog, LocaleChooserDialog
    from studio.gui.export_dialog import ExportDialog
    from studio.gui.problems import ReasonDialog
    from studio.gui.rules_browser import RulesBrowser

    doc = window.doc
    assert doc is not None and doc.last_check is not None
    finding = doc.last_check.check.findings[0]
    yield "new campaign", NewCampaignDialog(window)
    yield "preferences", PreferencesDialog(Preferences(None, "system"), window)
    yield "waive", ReasonDialog(finding, window)
    yield "export", ExportDialog(studio, ["black-friday-2026"], window)
    yield "add locale", LocaleChooserDialog(["es-ES"], window)
    yield "hero image", AssetPickerDialog(studio.workspace.assets, None, window)
    yield (
        "conflict",
        ConflictBox(ConflictError("x", current_version=3, expected_version=2), "Black Friday", window),
    )
    yield "shortcuts", window.commands.shortcuts_dialog()
    yield "request changes", window.review.comment_dialog()
    yield "brand rules", RulesBrowser(studio.workspace)
    first = doc.last_check.check.findings[0]
    unsafe = replace(first, fix=Fix("2,99 €", Applicability.UNSAFE, "Use the sheet's price"))
    yield "review fix", window.problems.unsafe_fix_box(unsafe)


def test_tab_walks_every_dialog_and_comes_back(qtbot: QtBot, window: MainWindow, studio: Studio) -> None:
    open_campaign(qtbot, window, "black-friday-2026")
    for name, dialog in _dialogs(window, studio):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        stops = tab_stops(dialog, [])
        assert stops, name
        visited = tab_walk(qtbot, stops[0])
        missed = [w.accessibleName() or type(w).__name__ for w in stops if w not in visited]
        assert not missed, f"{name}: Tab never reaches {missed}"
        dialog.close()


def test_reason_boxes_take_tab_as_a_move_not_a_character(qtbot: QtBot, window: MainWindow) -> None:
    from studio.gui.problems import ReasonDialog

    open_campaign(qtbot, window, "black-friday-2026")
    doc = window.doc
    assert doc is not None and doc.last_check is not None
    for dialog, box in (
        (d := ReasonDialog(doc.last_check.check.findings[0], window), d.reason),
        (c := window.review.comment_dialog(), c.findChildren(QPlainTextEdit)[0]),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        box.setFocus()
        qtbot.keyClicks(box, "Texto del socio")
        press(qtbot, Qt.Key.Key_Tab)
        assert focus() is not box and "\t" not in box.toPlainText()
        dialog.close()


# -- shortcuts ----------------------------------------------------------------------------------------


def test_no_two_actions_share_a_key(window: MainWindow) -> None:
    keys: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text:
                assert text not in keys, f"{text}: {keys.get(text)} and {action.text()}"
                keys[text] = action.text()
    for wanted in ("F2", "Ctrl+.", "Ctrl+Shift+W", "Ctrl+Shift+Return", "Ctrl+Shift+Y", "Ctrl+Shift+N",
                   "Ctrl+Shift+D", "Ctrl+Shift+P", "F7", "Shift+F7", "Ctrl+Shift+O", "Ctrl+Shift+B",
                   "F6", "Shift+F6", "F1", "Ctrl+/"):  # fmt: skip
        assert wanted in keys, wanted


def _editor_focus(window: MainWindow) -> None:
    window.editor.name_field.setFocus()
    assert focus() is window.editor.name_field


def test_problem_shortcuts_fix_waive_and_edit(qtbot: QtBot, window: MainWindow, studio: Studio) -> None:
    open_campaign(qtbot, window, "black-friday-2026")
    doc = window.doc
    assert doc is not None and doc.last_check is not None
    findings = doc.last_check.check.findings
    # F2: to the words of the selected problem, from the campaign list
    tuteo = next(f for f in findings if f.rule == "CafeAurora.Tuteo")
    window.problems.select_finding(tuteo)
    window.table.setFocus()
    press(qtbot, Qt.Key.Key_F2)
    body = window.editor._pages["es-ES"].fields["body"]
    assert focus() is body and body.textCursor().selectedText() == tuteo.match
    # Ctrl+.: the selected problem's safe fix, from the editor
    safe = next(f for f in findings if f.fix is not None and f.fix.applicability.value == "safe")
    before = doc.data
    window.problems.select_finding(safe)
    _editor_focus(window)
    press(qtbot, Qt.Key.Key_Period, CTRL)
    assert doc.data != before
    # Ctrl+Shift+W: waive the selected problem (the reason typed into the real dialog)
    qtbot.waitUntil(
        lambda: doc.last_check is not None and doc.last_check.check.findings != findings, timeout=10_000
    )
    doc.check_now()
    qtbot.waitUntil(lambda: doc.last_check is not None, timeout=10_000)
    target = next(f for f in doc.last_check.check.findings if f.severity.value == "error")
    window.problems.select_finding(target)

    def fill(dialog: QDialog) -> int:
        qtbot.keyClicks(dialog.reason, "Aceptado por legal")  # type: ignore[attr-defined]
        return int(QDialog.DialogCode.Accepted)

    window.problems.run_dialog = fill
    _editor_focus(window)
    press(qtbot, Qt.Key.Key_W, CTRL | SHIFT)
    assert [w.justification for w in studio.repository.waivers("black-friday-2026")] == ["Aceptado por legal"]


def test_review_shortcuts_submit_request_changes_approve(
    qtbot: QtBot, window: MainWindow, studio: Studio
) -> None:
    def status(key: str) -> CampaignStatus:
        return studio.repository.get(key).campaign.status

    open_campaign(qtbot, window, "black-friday-2026")
    _editor_focus(window)
    press(qtbot, Qt.Key.Key_Return, CTRL | SHIFT)
    assert status("black-friday-2026") is CampaignStatus.IN_REVIEW
    window.review.ask_comment = lambda: "Falta el texto legal"  # type: ignore[method-assign]
    _editor_focus(window)
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    assert status("black-friday-2026") is CampaignStatus.DRAFT

    open_campaign(qtbot, window, "app-pide-y-recoge")
    if status("app-pide-y-recoge") is CampaignStatus.DRAFT:
        _editor_focus(window)
        press(qtbot, Qt.Key.Key_Return, CTRL | SHIFT)
    window.table.setFocus()
    press(qtbot, Qt.Key.Key_Y, CTRL | SHIFT)
    assert status("app-pide-y-recoge") is CampaignStatus.APPROVED


def test_approve_in_the_menu_and_its_shortcut_follow_the_checklist(
    qtbot: QtBot, window: MainWindow, studio: Studio
) -> None:
    """The review tab's Approve button was off with the checklist's blockers, while Review › Approve
    and Ctrl+Shift+Y stayed on and answered with a refusal box."""
    refusals: list[str] = []
    window.review.show_error = refusals.append  # type: ignore[method-assign]
    open_campaign(qtbot, window, "black-friday-2026")
    _editor_focus(window)
    press(qtbot, Qt.Key.Key_Return, CTRL | SHIFT)  # submitted: an approval is what comes next
    assert window.right_tabs.currentWidget() is window.review  # the step brought the review tab forward
    qtbot.waitUntil(lambda: window.review.readiness is not None, timeout=10_000)
    assert window.review.readiness is not None and not window.review.readiness.ready  # 7 errors
    assert not window.review.approve_button.isEnabled()
    approve = window.commands.approve
    assert not approve.isEnabled()
    assert approve.toolTip().startswith("Approval is blocked by")
    assert approve.toolTip() == window.review.approve_button.toolTip()
    _editor_focus(window)
    press(qtbot, Qt.Key.Key_Y, CTRL | SHIFT)
    assert refusals == []  # nothing offered, nothing refused
    assert studio.repository.get("black-friday-2026").campaign.status is CampaignStatus.IN_REVIEW
    assert window.commands.request_changes.isEnabled()  # what the panel allows stays on


def test_preview_report_rules_and_help_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    open_campaign(qtbot, window, "black-friday-2026")
    _editor_focus(window)
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    email = window.previews.tab("email")
    assert window.right_tabs.currentWidget() is window.previews
    assert window.previews.tabs.currentWidget() is email and email.mode == "mobile"  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_D, CTRL | SHIFT)
    assert email.mode == "desktop"  # type: ignore[attr-defined]
    tabs = window.previews.tabs
    start = tabs.currentIndex()
    press(qtbot, Qt.Key.Key_F7)
    assert tabs.currentIndex() == (start + 1) % tabs.count()
    press(qtbot, Qt.Key.Key_F7, SHIFT)
    press(qtbot, Qt.Key.Key_F7, SHIFT)
    assert tabs.currentIndex() == (start - 1) % tabs.count()

    opened: list[QUrl] = []
    window.review.open_url = opened.append  # type: ignore[method-assign]
    _editor_focus(window)
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    assert len(opened) == 1 and Path(opened[0].toLocalFile()).read_text(encoding="utf-8").startswith("<!")

    press(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    assert window._rules_window.isVisible()
    window._rules_window.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)

    shown: list[Any] = []

    def run(dialog: Any) -> bool:
        shown.append(dict(dialog.rows))
        return False

    window.run_dialog = run  # type: ignore[method-assign]
    _editor_focus(window)
    press(qtbot, Qt.Key.Key_F1)
    press(qtbot, Qt.Key.Key_Slash, CTRL)
    assert len(shown) == 2
    rows = shown[0]
    assert rows["Approve"] == QKeySequence("Ctrl+Shift+Y").toString(QKeySequence.SequenceFormat.NativeText)
    assert rows["Apply the selected fix"] == QKeySequence("Ctrl+.").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert "Next pane" in rows and "Keyboard shortcuts" in rows and "Undo" in rows


# -- mnemonics ----------------------------------------------------------------------------------------


def mnemonic(text: str) -> str | None:
    """The letter ``&x`` makes Alt+x in ``text`` (``&&`` is a plain ampersand)."""
    i = 0
    while (i := text.find("&", i)) >= 0 and i + 1 < len(text):
        if text[i + 1] == "&":
            i += 2
            continue
        return text[i + 1].lower()
    return None


def window_mnemonics(top: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every visible menu title, buddy label, button, group box and tab of ``top``."""
    found: list[tuple[str, str]] = []
    texts: list[str] = []
    if isinstance(top, QMainWindow):
        texts += [a.text() for a in top.menuBar().actions() if a.isVisible()]
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            found.append((letter, text))
    return found


def clashes(found: list[tuple[str, str]]) -> list[str]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in found:
        by_letter.setdefault(letter, []).append(text)
    return [f"Alt+{k.upper()}: {' / '.join(v)}" for k, v in sorted(by_letter.items()) if len(v) > 1]


def menu_clashes(window: QMainWindow) -> list[str]:
    problems: list[str] = []

    def walk(menu: QMenu) -> None:
        found = [(m, a.text()) for a in menu.actions() if a.isVisible() and (m := mnemonic(a.text()))]
        problems.extend(f"{menu.title()}: {c}" for c in clashes(found))
        for action in menu.actions():
            if isinstance(sub := action.menu(), QMenu):
                walk(sub)

    for action in window.menuBar().actions():
        if isinstance(menu := action.menu(), QMenu):
            walk(menu)
    return problems


@pytest.fixture(params=["en", "es"])
def ui_language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    from studio.gui.app import install_translations

    translators = install_translations(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translations(qapp, "en")  # the default locale back (the conftest's translators stay)


def test_mnemonics_are_unique_per_window_and_dialog(qtbot: QtBot, studio: Studio, ui_language: str) -> None:
    win = MainWindow(studio, language=ui_language)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    open_campaign(qtbot, win, "black-friday-2026")
    signage = win.editor.channel_boxes["signage"]
    if not signage.isChecked():
        signage.click()  # every row of the editor on screen, print sizes too
    assert win.editor.sizes_row.isVisible()
    problems = menu_clashes(win)
    for tab in (win.previews, win.review):
        win.right_tabs.setCurrentWidget(tab)
        found = window_mnemonics(win)
        assert len(found) > 10
        problems += [f"main window: {c}" for c in clashes(found)]
    for name, dialog in _dialogs(win, studio):
        qtbot.addWidget(dialog)
        dialog.show()
        problems += [f"{name}: {c}" for c in clashes(window_mnemonics(dialog))]
        dialog.close()
    assert not problems, f"{ui_language}:\n" + "\n".join(problems)
    rows = dict(win.commands.shortcuts_dialog().rows)  # the help lists the keys in the UI language
    assert ("Aprobar" if ui_language == "es" else "Approve") in rows


def test_alt_letters_reach_their_fields(qtbot: QtBot, studio: Studio, ui_language: str) -> None:
    win = MainWindow(studio, language=ui_language)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    open_campaign(qtbot, win, "black-friday-2026")
    editor = win.editor
    letters = {  # what each language's labels promise
        "es": {
            Qt.Key.Key_P: editor.price_field,
            Qt.Key.Key_D: editor.valid_from_edit,
            Qt.Key.Key_Z: editor.timezone_combo,
        },
        "en": {
            Qt.Key.Key_P: editor.price_field,
            Qt.Key.Key_I: editor.valid_from_edit,
            Qt.Key.Key_Z: editor.timezone_combo,
        },
    }[ui_language]
    for key, field in letters.items():
        win.search.setFocus()
        press(qtbot, key, Qt.KeyboardModifier.AltModifier)
        assert focus() is field or field.isAncestorOf(focus()), (key, focus())
