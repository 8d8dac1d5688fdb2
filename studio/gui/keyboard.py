"""Keyboard use of the main window: the campaign table, pane cycling (F6), the window's command
shortcuts and the "Keyboard shortcuts" help dialog.

Qt only (the window's frame imports this module before the workspace is loaded). The shortcuts
are plain :class:`QAction` objects owned by the window, so they work wherever the focus is in it,
and the help dialog is built from those same actions: it lists what the keys really do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: Keys that move the current row of a list without meaning "open it".
_NAVIGATION_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
}


class CampaignTable(QTableView):
    """The campaign list. Tab leaves it (no cell-by-cell Tab walk); arrow keys move the selection
    without opening each campaign on the way; Enter asks to open the selected one
    (:attr:`openRequested`). A click or a programmatic selection opens as before."""

    openRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.keyboard_moving = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            self.openRequested.emit()
            event.accept()
            return
        if event.key() in _NAVIGATION_KEYS:
            self.keyboard_moving = True
            try:
                super().keyPressEvent(event)
            finally:
                self.keyboard_moving = False
            return
        super().keyPressEvent(event)


def focusable(widget: QWidget) -> bool:
    """Whether Tab can stop on ``widget`` right now."""
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def next_in_chain(widget: QWidget) -> QWidget | None:
    """``widget.nextInFocusChain()`` without a side effect of PySide6's binding (6.11): it records
    the widget it returns as a Python child of ``widget``, so when ``widget`` was deleted later (an
    editor page, a preview) the Python objects of the returned widget and of all it holds went
    invalid with it — the main window's menus, the previews' buttons ("already deleted").
    The returned widget's true parent is recorded again: ``QObject.setParent`` to the parent it
    already has changes nothing in Qt (it returns at once) and puts PySide's record right."""
    after = widget.nextInFocusChain()
    if after is not None:
        QObject.setParent(after, after.parent())
    return after


def first_focusable(pane: QWidget) -> QWidget | None:
    """The first widget inside ``pane`` that Tab would stop on (in the focus chain's order)."""
    if focusable(pane):
        return pane
    widget = next_in_chain(pane)
    seen: set[int] = set()
    while widget is not None and id(widget) not in seen and widget is not pane:
        seen.add(id(widget))
        if pane.isAncestorOf(widget) and focusable(widget):
            return widget
        widget = next_in_chain(widget)
    return None


def focus_chain(window: QWidget) -> list[QWidget]:
    """The widgets of ``window``'s focus chain, in order (``window`` itself left out)."""
    chain: list[QWidget] = []
    seen = {id(window)}
    widget = next_in_chain(window)
    while widget is not None and id(widget) not in seen:
        seen.add(id(widget))
        chain.append(widget)
        widget = next_in_chain(widget)
    return chain


def tab_stops(window: QWidget, panes: list[QWidget]) -> list[QWidget]:
    """Where Tab stops in ``window`` right now: pane by pane in the order of ``panes`` (each pane in
    its own focus-chain order, what is in no pane last). A compound control (a combo box and its
    line edit, a tab bar and its scroll buttons) is one stop; hidden and disabled ones are skipped."""
    stops = [w for w in focus_chain(window) if focusable(w)]
    ids = {id(w) for w in stops}
    stops = [w for w in stops if id(w.parentWidget()) not in ids]

    def rank(widget: QWidget) -> int:
        for i, pane in enumerate(panes):
            if pane is widget or pane.isAncestorOf(widget):
                return i
        return len(panes)

    return [w for _r, _i, w in sorted(((rank(w), i, w) for i, w in enumerate(stops)), key=lambda t: t[:2])]


def next_stop(window: QWidget, panes: list[QWidget], forward: bool) -> QWidget | None:
    """The stop after (``forward``) or before the one holding the focus, wrapping around."""
    stops = tab_stops(window, panes)
    if not stops:
        return None
    focus = QApplication.focusWidget()
    here: int | None = None
    for i, w in enumerate(stops):  # the stop holding the focus: itself, else its nearest holder
        holds = focus is not None and (w is focus or w.isAncestorOf(focus))
        if holds and (here is None or stops[here].isAncestorOf(w)):
            here = i
    if here is None:
        return stops[0] if forward else stops[-1]
    return stops[(here + (1 if forward else -1)) % len(stops)]


class PaneCycle:
    """F6 / Shift+F6: the focus moves to the next / previous pane, each shown first when needed.

    ``panes`` gives ``(pane, show)`` pairs in order: the widget holding the pane and a function
    that brings it on screen (a tab made current, a dock shown). Each pane remembers where the
    focus last was in it and goes back there.
    """

    def __init__(self, panes: Callable[[], list[tuple[QWidget, Callable[[], None]]]]) -> None:
        self._panes = panes
        self._last: dict[int, QWidget] = {}

    def current(self) -> int:
        """The index of the pane holding the focus (-1 when none does)."""
        focus = QApplication.focusWidget()
        for i, (pane, _show) in enumerate(self._panes()):
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                return i
        return -1

    def move_to(self, pane: QWidget) -> QWidget | None:
        """Focus ``pane`` (where the focus last was in it, else its first control)."""
        for i, (candidate, _show) in enumerate(self._panes()):
            if candidate is pane:
                return self._enter(i)
        return None

    def _enter(self, index: int) -> QWidget | None:
        pane, show = self._panes()[index]
        show()
        target = self._last.get(id(pane))
        if target is None or not pane.isAncestorOf(target) or not focusable(target):
            target = first_focusable(pane)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return target

    def move(self, step: int) -> QWidget | None:
        """Focus the pane ``step`` (1 or -1) away from the current one; the widget focused."""
        panes = self._panes()
        if not panes:
            return None
        here = self.current()
        focus = QApplication.focusWidget()
        if here >= 0 and focus is not None:
            self._last[id(panes[here][0])] = focus
        start = here if here >= 0 else (-1 if step > 0 else 0)
        for n in range(1, len(panes) + 1):
            target = self._enter((start + step * n) % len(panes))
            if target is not None:
                return target
        return None


def shortcut_text(action: QAction) -> str:
    """The action's keys as the platform writes them (``Ctrl+Shift+Y``, several joined by ``, ``)."""
    return ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty()
    )


def action_label(action: QAction) -> str:
    """The action's menu text without its mnemonic marker or trailing ellipsis."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").rstrip(".").strip()


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window, read from its actions (so it never lies)."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [(action_label(a), shortcut_text(a)) for a in actions if shortcut_text(a)]
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        for r, (label, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(label))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        self.table.setWordWrap(False)
        self.table.resizeColumnsToContents()
        columns = sum(self.table.columnWidth(c) for c in range(2))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.rows = rows
        note = QLabel(self.tr("F6 and Shift+F6 move between the panes; Tab and Shift+Tab move within them."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        rows_height = self.table.verticalHeader().defaultSectionSize() * min(len(rows) + 2, 22)
        self.resize(columns + bar + 6 * self.fontMetrics().averageCharWidth(), rows_height + 120)


__all__ = [
    "CampaignTable",
    "PaneCycle",
    "ShortcutsDialog",
    "action_label",
    "first_focusable",
    "shortcut_text",
]
