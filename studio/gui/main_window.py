"""The studio's main window: campaigns on the left, the editor in the middle, previews and review
on the right, problems below — one campaign open at a time, saved as the marketer types.

The window wires parts that know nothing of each other: the campaign list, the editor, the
channel previews, the problems panel, the review panel and the brand kit views all talk to the
open :class:`~studio.gui.document.CampaignDocument` through this class.

Start-up comes in steps so the window is on screen at once: the *frame* (menus, toolbar, list
pane, docks — Qt only, restored to its last geometry) is built and shown while the database and
the brand kit open on a worker thread; :meth:`MainWindow.attach_list` then fills the campaign
list in, and once the editor's modules are loaded (a second worker step)
:meth:`MainWindow.attach_panels` adds the editor, previews, problems and review and reopens the
last campaign. Commands that need the workspace stay disabled until then.
``MainWindow(studio)`` does it all at once (:meth:`MainWindow.attach`).

This module holds the frame and its start-up; the rest is in layers under :mod:`studio.gui.window`:
the campaign list (``list_pane``), the open campaign (``documents``), the workspace's commands
(``workspace``) and the actions and menus (``actions``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

from studio.gui.keyboard import next_stop
from studio.gui.window.actions import WindowActions
from studio.gui.window.base import REVIEW_DELAY_MS, SEARCH_DELAY_MS, settings
from studio.gui.window.documents import _channels, naming_field

if TYPE_CHECKING:
    from studio.app import Studio
    from studio.gui.document import CampaignDocument

__all__ = ["REVIEW_DELAY_MS", "SEARCH_DELAY_MS", "MainWindow", "_channels", "naming_field", "settings"]


class MainWindow(WindowActions):
    """One workspace, one open campaign. ``relaunchRequested`` asks the application to rebuild the
    window (another language or workspace): the application owns translators and the studio."""

    def __init__(self, studio: Studio | None = None, *, language: str = "en") -> None:
        super().__init__()
        self.language = language
        self.doc: CampaignDocument | None = None
        self.is_listed = False
        self.is_attached = False
        self.retranslating = False  # a language switch in place is under way (:meth:`retranslate`)
        self._wanted: str | None = None  # chosen in the list before the editor was in place
        self._watcher: Any = None
        self.setWindowTitle(self.tr("Campaign Studio"))
        self.undo_group = QUndoGroup(self)
        self._build_list()
        self._build_panes()
        self._build_status_bar()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._update_actions()
        self._restore_state()
        if studio is not None:
            self.attach(studio)
        else:
            self.statusBar().showMessage(self.tr("Opening the workspace…"))

    def attach(self, studio: Studio) -> None:
        """Fill the frame in for ``studio``; the last campaign reopens on the next turn of the loop."""
        self.attach_list(studio)
        self.attach_panels()

    def attach_list(self, studio: Studio) -> None:
        """The first half of :meth:`attach`: the campaign list (the editor's modules may still load)."""
        from studio.gui.campaign_model import CampaignTableModel, status_label
        from studio.model.campaign import CampaignStatus

        self.studio = studio
        self.setWindowTitle(self.tr("Campaign Studio — {0}").format(studio.workspace.root.name))
        self.show_identity()
        self.model = CampaignTableModel(studio.repository, self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3, 4):  # locales, channels, runs: on hover and in the editor
            self.table.setColumnHidden(column, True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.status_filter.blockSignals(True)
        for status in CampaignStatus:
            self.status_filter.addItem(status_label(status), status)
        self.status_filter.blockSignals(False)
        self._fill_locales()
        self.is_listed = True
        self.apply_filters()  # what was typed in the search box meanwhile
        self.listed.emit()

    def attach_panels(self, *, stepped: bool = False) -> None:
        """The second half of :meth:`attach`: editor, previews, review and problems — at once, or
        ``stepped``, one per turn of the event loop (the window keeps answering while a language
        switch rebuilds it). The window counts as attached after the last step."""
        steps = [self._attach_editor, self._attach_previews, self._attach_review, self._attach_done]
        if not stepped:
            for step in steps:
                step()
            return
        self._run_steps(steps)

    def _run_steps(self, steps: list[Callable[[], None]]) -> None:
        steps[0]()
        if len(steps) > 1:
            QTimer.singleShot(0, self, lambda: self._run_steps(steps[1:]))

    def _attach_editor(self) -> None:
        from studio.gui.editor import CampaignEditor

        self.editor = CampaignEditor(self.studio)
        self.splitter.replaceWidget(1, self.editor)
        self._placeholder.deleteLater()

    def _attach_previews(self) -> None:
        from studio.gui.previews import PreviewPane

        self.previews = PreviewPane(self.studio)
        self.right_tabs.addTab(self.previews, self.tr("Previews"))

    def _attach_review(self) -> None:
        from studio.gui.review_panel import ReviewPanel

        self.review = ReviewPanel(self.studio, flush=self._flush)
        self.review.buttonsChanged.connect(self.commands.sync_review_steps)
        self.right_tabs.addTab(self.review, self.tr("Review and report"))

    def _attach_done(self) -> None:
        from studio.gui import naming
        from studio.gui.problems import ProblemsPanel

        studio = self.studio
        self.problems = ProblemsPanel()
        naming.set_rule_titles(studio.workspace.brand_rules)
        self.problems_dock.setWidget(self.problems)
        self.editor.currentLocaleChanged.connect(self.previews.set_locale)
        self.previews.overrideEdited.connect(self._override_edited)
        self.previews.overrideReset.connect(self._override_reset)
        self.problems.activated.connect(self.go_to_finding)
        self.problems.fixRequested.connect(self.apply_fixes)
        self.problems.waiveRequested.connect(self.waive)
        self.problems.waiveManyRequested.connect(self.waive_many)
        self.problems.unwaiveRequested.connect(self.unwaive)
        self.problems.countsChanged.connect(self._show_counts)
        self.review.changed.connect(self._review_changed)
        self.review.itemRequested.connect(self.go_to_checklist_item)
        tab = settings().value("main/right-tab")
        if isinstance(tab, (int, str)) and str(tab).isdigit():
            self.right_tabs.setCurrentIndex(int(tab))
        self.right_tabs.currentChanged.connect(lambda _i: self._review_tab_shown())

        from studio.gui import ops

        ops.set_error_handler(lambda title, message: self._error(title or self.tr("Error"), message))
        self.is_attached = True
        self.statusBar().clearMessage()
        self._update_count()
        self._update_actions()
        self.attached.emit()
        QTimer.singleShot(0, self._after_show)

    def retranslate(self, old_language: str, done: Callable[[], None] | None = None) -> None:
        """Show the interface in the installed language (the translators were just swapped), in
        place: the catalogue of ``old_language`` is read on a worker thread, then the frame, the
        editor, the previews, the review and the problems retranslate one per turn of the event
        loop; the open campaign is checked again in the new language (its findings, the report)."""
        from studio.gui.appearance import choose_language
        from studio.gui.naming import ui_language
        from studio.gui.retranslate import Retranslator, load_catalogue
        from studio.gui.tasks import run_task

        self.language = choose_language(ui_language())
        self.retranslating = True

        def finish() -> None:
            self.retranslating = False
            if done is not None:
                done()

        def walk(catalogue: Any) -> None:
            again = Retranslator(catalogue, old_language, self.language)
            steps: list[Callable[[], None]] = [
                lambda: self._retranslate_commands(again),
                lambda: self._retranslate_frame(again),
                self._retranslate_composed,
            ]
            if self.is_attached:
                for pane in (self.editor, self.previews, self.review, self.problems):
                    steps += again.tree_steps(pane)  # a few dozen widgets per turn
                steps.append(self._recheck_in_language)
            steps.append(finish)
            self._run_steps(steps)

        run_task(lambda _progress, _cancel: load_catalogue(old_language), on_done=walk)

    def _retranslate_commands(self, again: Any) -> None:
        """Menus, toolbar and actions."""
        self._retranslate_undo_actions()
        again.tree(self.menuBar())
        for toolbar in self.findChildren(QToolBar):
            again.tree(toolbar)
        for action in self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
            again.action(action)

    def _retranslate_frame(self, again: Any) -> None:
        """Campaign list, docks, status bar, tabs, and dialogs and windows that are open."""
        for part in (self.list_pane, self.statusBar(), self.problems_dock):
            again.tree(part)
        again.widget(self.right_tabs)
        again.widget(self)
        for other in QApplication.topLevelWidgets():
            if other is not self and other.isVisible() and not isinstance(other, QMenu):
                again.tree(other)

    def _retranslate_composed(self) -> None:
        """What the frame composes itself: the title, who is working, statuses, counts."""
        from studio.gui.campaign_model import status_label
        from studio.model.campaign import CampaignStatus

        if not self.is_listed:
            return
        self.setWindowTitle(self.tr("Campaign Studio — {0}").format(self.studio.workspace.root.name))
        self.show_identity()
        for i, status in enumerate(CampaignStatus):
            if i + 1 < self.status_filter.count():
                self.status_filter.setItemText(i + 1, status_label(status))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.model.layoutChanged.emit()
        self._update_count()

    def _recheck_in_language(self) -> None:
        """The open campaign's findings and report, composed again in the new language."""
        doc = self.doc
        if doc is None:
            return
        doc.language = self.language
        from studio.gui.tasks import after_paint

        after_paint(lambda: doc.check_now() if self.doc is doc else None, self)  # the texts show first

    def show_load_error(self, message: str) -> None:
        """The workspace or database could not be opened: say why, in the window."""
        self._placeholder.setText(message)
        self.statusBar().showMessage(self.tr("The workspace cannot be opened."))
        self._error(self.tr("The workspace cannot be opened"), message)

    def _build_panes(self) -> None:
        """The frame: editor, previews and problems are placeholders until :meth:`attach`."""
        self._placeholder = QLabel(self.tr("Opening the workspace…"))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self.right_tabs = QTabWidget()
        self.right_tabs.setAccessibleName(self.tr("Previews and review"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_pane)
        self.splitter.addWidget(self._placeholder)
        self.splitter.addWidget(self.right_tabs)
        self.splitter.setStretchFactor(0, 2)  # room goes mostly to the previews (a tab per channel)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 5)
        # The panes' heights never follow their content (a long SMS, a tall preview made while the
        # window opens): the window keeps fitting a 720 px screen and nothing jumps.
        for pane in (self.list_pane, self.right_tabs):
            pane.setMinimumHeight(self.fontMetrics().height() * 14)
        self.setCentralWidget(self.splitter)

        self.problems_dock = QDockWidget(self.tr("Problems"), self)
        self.problems_dock.setObjectName("problems")
        self.problems_dock.setWidget(QWidget())
        self.problems_dock.setAccessibleName(self.tr("Problems"))
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)

        self._review_timer = QTimer(self)
        self._review_timer.setSingleShot(True)
        self._review_timer.setInterval(REVIEW_DELAY_MS)
        self._review_timer.timeout.connect(self._refresh_review)

    def _build_status_bar(self) -> None:
        self.save_label = QLabel()
        self.save_label.setAccessibleName(self.tr("Save status"))
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(self.tr("Problem counts"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Campaign count"))
        self.identity_label = QLabel()
        self.identity_label.setAccessibleName(self.tr("Who is working"))
        bar = self.statusBar()
        bar.addPermanentWidget(self.identity_label)
        bar.addPermanentWidget(self.save_label)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.count_label)

    def _after_show(self) -> None:
        last = self._wanted or settings().value("main/campaign")
        self._wanted = None
        if self.doc is None and isinstance(last, str) and self.studio.repository.exists(last):
            self.select_campaign(last)
        QTimer.singleShot(0, self, self._start_watching)  # a turn of its own: it reads the kit's files

    def _restore_state(self) -> None:
        store = settings()
        geometry = store.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        state = store.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        else:  # a set height: the dock does not follow its content's changing size hint (no jump)
            height = self.fontMetrics().height() * 14
            self.resizeDocks([self.problems_dock], [height], Qt.Orientation.Vertical)
        splitter = store.value("main/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([330, 450, 660])  # the list: whole campaign names on a laptop

    def save_state(self) -> None:
        store = settings()
        store.setValue("main/geometry", self.saveGeometry())
        store.setValue("main/state", self.saveState())
        store.setValue("main/splitter", self.splitter.saveState())
        if self.doc is not None:
            store.setValue("main/campaign", self.doc.key)
        if self.is_attached:
            store.setValue("main/right-tab", self.right_tabs.currentIndex())
        store.sync()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab walks pane by pane (list, editor, previews or review, problems) whatever order the
        widgets were made in (a locale's page or a channel's preview is made when needed)."""
        if not self.is_attached:
            return super().focusNextPrevChild(next)
        target = next_stop(self, [self.list_pane, self.editor, self.right_tabs, self.problems_dock], next)
        if target is None:
            return super().focusNextPrevChild(next)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self._close_document(clear_panels=False)
        from studio.gui import ops, tasks

        tasks.wait_for_all(5000)
        ops.wait_for_ops(30_000)  # a campaign left a moment ago is stored before the window goes
        super().closeEvent(event)
