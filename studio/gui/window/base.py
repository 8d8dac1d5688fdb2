"""What the main window's layers share: its signals, the parts they reach, the GUI settings file.

The window is built in layers, each a module a newcomer can read alone: :mod:`.list_pane` (the
campaign list), :mod:`.documents` (the open campaign: checks, saving, problems, review),
:mod:`.workspace` (export, brand kit, workspace, preferences), :mod:`.actions` (menus, toolbar,
shortcuts) and :mod:`studio.gui.main_window` (the frame, start-up in steps, state).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QWidget,
)

from studio.errors import StudioError
from studio.gui.keyboard import CampaignTable
from studio.gui.layered_tr import translate_in_mro

if TYPE_CHECKING:
    from studio.app import Studio
    from studio.gui.campaign_model import CampaignTableModel
    from studio.gui.document import CampaignDocument
    from studio.gui.editor import CampaignEditor
    from studio.gui.previews import PreviewPane
    from studio.gui.problems import ProblemsPanel
    from studio.gui.review_panel import ReviewPanel


SEARCH_DELAY_MS = 200
REVIEW_DELAY_MS = 400


def settings() -> QSettings:
    """The GUI's own settings (window geometry…); under STUDIO_HOME when set, so tests stay isolated."""
    home = os.environ.get("STUDIO_HOME")
    if home:
        return QSettings(f"{home}/config/gui.ini", QSettings.Format.IniFormat)
    return QSettings()


def remember(key: str, value: object) -> None:
    """Write a GUI setting on a worker thread: the settings file is synced to disk, which can take
    a while on a busy disk, and opening a campaign need not wait for it (closing the window waits)."""
    from studio.gui.tasks import run_task

    def write(_progress: object, _cancel: object) -> None:
        store = settings()
        store.setValue(key, value)
        store.sync()

    run_task(write, on_error=lambda _exc: None)  # a setting not remembered is no error to show


class WindowBase(QMainWindow):
    """The main window's shared state and signals (see :class:`~studio.gui.main_window.MainWindow`)."""

    relaunchRequested = Signal(object, object)  # language (str | None), workspace folder (str | None)
    #: the campaign list is in place (search, filters, scrolling work; the editor may still load)
    listed = Signal()
    #: the workspace is attached: list, editor and panels are in place (the last campaign opens next)
    attached = Signal()
    #: a campaign is open in the editor, its document in :attr:`doc` (opening reads it off the GUI
    #: thread: :attr:`opening` names it meanwhile)
    campaignOpened = Signal(str)

    studio: Studio
    model: CampaignTableModel
    editor: CampaignEditor
    previews: PreviewPane
    review: ReviewPanel

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Translated in the context of the layer whose code says it (:mod:`studio.gui.layered_tr`)."""
        return translate_in_mro(self, source, disambiguation, n)

    problems: ProblemsPanel

    language: str
    doc: CampaignDocument | None
    is_listed: bool
    is_attached: bool
    _wanted: str | None
    #: the campaign being read to be opened (no document yet: the editor says so), else None
    opening: str | None = None
    _watcher: Any
    undo_group: QUndoGroup
    commands: Any
    search: QLineEdit
    status_filter: QComboBox
    locale_filter: QComboBox
    table: CampaignTable
    list_pane: QWidget
    right_tabs: QTabWidget
    splitter: QSplitter
    problems_dock: QDockWidget
    save_label: QLabel
    counts_label: QLabel
    count_label: QLabel
    identity_label: QLabel
    _review_timer: QTimer
    _search_timer: QTimer
    recent_menu: QMenu

    def open_campaign(self, key: str) -> None:
        raise NotImplementedError  # the document layer

    def _update_actions(self) -> None:
        raise NotImplementedError  # the actions layer

    def _error(self, title: str, message: str, *, modal: bool = True) -> None:
        if not modal:
            self.statusBar().showMessage(f"{title}: {message}", 15_000)
            return
        self.show_message(QMessageBox.Icon.Warning, title, message)

    def show_message(self, icon: QMessageBox.Icon, title: str, message: str) -> None:
        """A message box (tests replace this to read the message)."""
        box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, self)
        box.exec()

    def run_dialog(self, dialog: Any) -> bool:
        """Show a modal dialog; True when accepted (tests replace this)."""
        return bool(dialog.exec())

    def show_identity(self) -> None:
        """Who the history and the audit log record for this window's work (team login and role, or
        the name on this computer)."""
        from studio.identity import current_identity
        from studio.model.names import identity_text

        try:
            who = current_identity(self.studio.repository)
        except StudioError:  # a database that cannot say leaves the label empty: the window still works
            self.identity_label.clear()
            return
        self.identity_label.setText(identity_text(who, self.language))
        self.identity_label.setToolTip(
            self.tr("The history and the audit log record your work under this name")
        )
