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
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QItemSelection, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio import __version__
from studio.errors import StudioError
from studio.gui.fit import compact_combo
from studio.gui.keyboard import CampaignTable, next_stop
from studio.settings import Settings

if TYPE_CHECKING:
    from studio.app import Studio
    from studio.gui.campaign_model import CampaignTableModel
    from studio.gui.document import CampaignDocument, Checked
    from studio.gui.editor import CampaignEditor
    from studio.gui.previews import PreviewPane
    from studio.gui.problems import ProblemsPanel
    from studio.gui.review_panel import ReviewPanel
    from studio.model.finding import Finding

SEARCH_DELAY_MS = 200
REVIEW_DELAY_MS = 400


def settings() -> QSettings:
    """The GUI's own settings (window geometry…); under STUDIO_HOME when set, so tests stay isolated."""
    home = os.environ.get("STUDIO_HOME")
    if home:
        return QSettings(f"{home}/config/gui.ini", QSettings.Format.IniFormat)
    return QSettings()


class MainWindow(QMainWindow):
    """One workspace, one open campaign. ``relaunchRequested`` asks the application to rebuild the
    window (another language or workspace): the application owns translators and the studio."""

    relaunchRequested = Signal(object, object)  # language (str | None), workspace folder (str | None)
    #: the campaign list is in place (search, filters, scrolling work; the editor may still load)
    listed = Signal()
    #: the workspace is attached: list, editor and panels are in place (the last campaign opens next)
    attached = Signal()

    studio: Studio
    model: CampaignTableModel
    editor: CampaignEditor
    previews: PreviewPane
    review: ReviewPanel
    problems: ProblemsPanel

    def __init__(self, studio: Studio | None = None, *, language: str = "en") -> None:
        super().__init__()
        self.language = language
        self.doc: CampaignDocument | None = None
        self.is_listed = False
        self.is_attached = False
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

    def attach_panels(self) -> None:
        """The second half of :meth:`attach`: editor, previews, review and problems."""
        from studio.gui import naming
        from studio.gui.editor import CampaignEditor
        from studio.gui.previews import PreviewPane
        from studio.gui.problems import ProblemsPanel
        from studio.gui.review_panel import ReviewPanel

        studio = self.studio
        self.editor = CampaignEditor(studio)
        self.previews = PreviewPane(studio)
        self.review = ReviewPanel(studio, flush=self._flush)
        self.splitter.replaceWidget(1, self.editor)
        self._placeholder.deleteLater()
        self.right_tabs.addTab(self.previews, self.tr("Previews"))
        self.right_tabs.addTab(self.review, self.tr("Review and report"))
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

    def show_load_error(self, message: str) -> None:
        """The workspace or database could not be opened: say why, in the window."""
        self._placeholder.setText(message)
        self.statusBar().showMessage(self.tr("The workspace cannot be opened."))
        self._error(self.tr("The workspace cannot be opened"), message)

    # -- building ---------------------------------------------------------------------------------

    def _build_list(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search campaigns…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search campaigns"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.locale_filter = QComboBox()
        self.locale_filter.setAccessibleName(self.tr("Filter by locale"))
        self.locale_filter.addItem(self.tr("All locales"), None)

        self.table = CampaignTable()
        self.table.openRequested.connect(self._open_selected)
        self.table.setAccessibleName(self.tr("Campaigns"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(
            Qt.TextElideMode.ElideRight
        )  # long names end in "…", whole in the tooltip
        compact_combo(self.status_filter, 5)
        compact_combo(self.locale_filter, 5)

        filters = QVBoxLayout()  # one above the other: each shows its whole text in a narrow list
        filters.setSpacing(max(2, self.fontMetrics().height() // 4))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.locale_filter)
        self.list_pane = QWidget()
        layout = QVBoxLayout(self.list_pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.locale_filter.currentIndexChanged.connect(self.apply_filters)

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

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut if not isinstance(shortcut, str) else QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        key = QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("&New campaign…"),
            self.new_campaign,
            key.New,
            sp.SP_FileIcon,
            self.tr("Create a campaign"),
        )
        self.open_workspace_action = self._action(
            self.tr("&Open workspace…"), self.open_workspace, key.Open, sp.SP_DirOpenIcon
        )
        self.save_action = self._action(self.tr("&Save now"), self.save_now, key.Save, sp.SP_DialogSaveButton)
        self.export_action = self._action(
            self.tr("&Export…"),
            self.export,
            "Ctrl+E",
            sp.SP_DriveFDIcon,
            self.tr("Export channel-ready files"),
        )
        self.export_approved_action = self._action(
            self.tr("Export &approved campaigns…"), self.export_approved
        )
        self.preferences_action = self._action(self.tr("&Preferences…"), self.preferences, key.Preferences)
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, key.Quit)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(key.Undo)
        self.undo_action.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        # every platform binding plus the two the Help lists: Ctrl+Shift+Z and Ctrl+Y both redo
        redo_keys = [k.toString() for k in QKeySequence.keyBindings(key.Redo)] + ["Ctrl+Shift+Z", "Ctrl+Y"]
        self.redo_action.setShortcuts([QKeySequence(k) for k in dict.fromkeys(redo_keys)])
        self.redo_action.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        self.find_action = self._action(self.tr("&Find campaign"), self._find, key.Find)
        self.fix_all_action = self._action(
            self.tr("Apply all &safe fixes"), self.fix_all_safe, "Ctrl+Shift+F", sp.SP_DialogApplyButton
        )
        self.next_problem_action = self._action(self.tr("&Next problem"), self._next_problem, "F8")
        self.previous_problem_action = self._action(
            self.tr("Pre&vious problem"), self._previous_problem, "Shift+F8"
        )
        self.reload_action = self._action(self.tr("&Reload"), self.reload, key.Refresh, sp.SP_BrowserReload)
        self.rules_action = self._action(self.tr("Brand &rules…"), self.show_rules)
        self.reload_kit_action = self._action(self.tr("Reload brand &kit"), self.reload_kit)
        self.about_action = self._action(self.tr("&About Campaign Studio"), self._about)
        self.problems_toggle = self.problems_dock.toggleViewAction()
        self.problems_toggle.setText(self.tr("&Problems panel"))
        self.problems_toggle.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.rules_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        from studio.gui.window_commands import WindowCommands

        self.commands = WindowCommands(self)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_workspace_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent workspace"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_approved_action)
        file_menu.addSeparator()
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.fix_all_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.problems_toggle)
        view_menu.addAction(self.next_problem_action)
        view_menu.addAction(self.previous_problem_action)
        view_menu.addSeparator()
        view_menu.addAction(self.reload_action)
        review_menu = bar.addMenu(self.tr("&Review"))
        kit_menu = bar.addMenu(self.tr("Brand &kit"))
        kit_menu.addAction(self.rules_action)
        kit_menu.addAction(self.reload_kit_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.commands.fill_menus(edit_menu, view_menu, review_menu, help_menu)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.new_action,
            self.undo_action,
            self.redo_action,
            self.fix_all_action,
            self.export_action,
        ):
            toolbar.addAction(action)

    def _after_show(self) -> None:
        self._start_watching()
        last = self._wanted or settings().value("main/campaign")
        self._wanted = None
        if self.doc is None and isinstance(last, str) and self.studio.repository.exists(last):
            self.select_campaign(last)

    # -- the campaign list --------------------------------------------------------------------------

    def _fill_locales(self) -> None:
        self.locale_filter.blockSignals(True)
        current = self.locale_filter.currentData()
        self.locale_filter.clear()
        self.locale_filter.addItem(self.tr("All locales"), None)
        from studio.gui import naming

        for tag in self.studio.repository.locales_in_use():
            self.locale_filter.addItem(naming.locale(tag), tag)
            self.locale_filter.setItemData(self.locale_filter.count() - 1, tag, Qt.ItemDataRole.ToolTipRole)
        index = self.locale_filter.findData(current)
        self.locale_filter.setCurrentIndex(max(index, 0))
        self.locale_filter.blockSignals(False)

    def apply_filters(self) -> None:
        if not self.is_listed:
            return
        self.model.set_filters(
            search=self.search.text(),
            status=self.status_filter.currentData(),
            locale=self.locale_filter.currentData(),
        )
        self._update_count()
        self._reselect()

    def reload(self) -> None:
        self._fill_locales()
        self.apply_filters()

    def _update_count(self) -> None:
        if not self.is_listed:
            return
        self.count_label.setText(self.tr("%n campaign(s)", "", self.model.total))

    def _reselect(self) -> None:
        """Keep the open campaign selected in the list after the list was reloaded."""
        if self.doc is None:
            return
        row = self.model.row_of(self.doc.key)
        self.table.selectionModel().blockSignals(True)
        if row is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(row)
        self.table.selectionModel().blockSignals(False)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows and not self.table.keyboard_moving:  # arrows move; Enter opens (_open_selected)
            self.open_campaign(self.model.summary(rows[0].row()).key)

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows() if self.is_listed else []
        if not rows:
            return
        self.open_campaign(self.model.summary(rows[0].row()).key)
        if self.is_attached and self.doc is not None:
            self.commands.panes.move_to(self.editor)

    def select_campaign(self, key: str) -> None:
        """Select ``key`` in the list (loading pages as needed) and open it."""
        row = self.model.row_of(key)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(key)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        if self.doc is None or self.doc.key != key:
            self.open_campaign(key)

    # -- the open campaign --------------------------------------------------------------------------

    def open_campaign(self, key: str) -> None:
        """Open ``key`` for editing (saving the one open before)."""
        from studio.gui.document import CampaignDocument

        if not self.is_attached:  # chosen while the editor loads: opened as soon as it is there
            self._wanted = key
            return
        if self.doc is not None:
            if self.doc.key == key:
                return
            self._close_document()
        try:
            doc = CampaignDocument.open(self.studio, key, language=self.language, parent=self)
        except StudioError as exc:
            self._error(self.tr("The campaign cannot be opened"), str(exc))
            return
        if doc.recovered and doc.stored_data is not None:
            self._ask_recovery(doc)
        self.doc = doc
        doc.checked.connect(self._checked)
        doc.invalid.connect(self._invalid)
        doc.checkFailed.connect(self._check_failed)
        doc.checkFailed.connect(self.previews.show_error)
        doc.saved.connect(self._saved)
        doc.saveFailed.connect(
            lambda message: self.save_label.setText(self.tr("Not saved: {0}").format(message))
        )
        doc.conflicted.connect(self._conflicted)
        doc.dirtyChanged.connect(self._dirty_changed)
        self.undo_group.addStack(doc.undo_stack)
        self.undo_group.setActiveStack(doc.undo_stack)
        self.editor.set_document(doc)
        self.previews.prepare(_channels(doc.value(("channels",))))
        # remembered on the next turn: writing the settings file is not part of opening the campaign
        QTimer.singleShot(0, lambda: settings().setValue("main/campaign", key))
        if doc.recovered:
            self.save_label.setText(self.tr("Recovered unsaved changes"))
            self.statusBar().showMessage(
                self.tr(
                    "Unsaved changes from your last session were recovered; they are saved as you go on."
                ),
                10_000,
            )
        else:
            self.save_label.setText(self.tr("Saved"))
        self._update_actions()
        doc.check_now()
        if doc.recovered:  # the marketer chose Restore: stored now
            doc.save()

    def _ask_recovery(self, doc: CampaignDocument) -> None:
        """A draft survived a crash: Restore it (kept, saved next) or Discard it (the stored revision)."""
        from studio.gui.recovery import RecoveryBox

        assert doc.stored_data is not None
        box = RecoveryBox(str(doc.stored_data.get("name") or doc.key), doc.stored_data, doc.data, self)
        try:
            choice = self.ask_recovery(box)
        finally:
            box.deleteLater()
        if choice == "discard":
            doc.discard_recovered()

    def ask_recovery(self, box: Any) -> str:
        """Show the Restore/Discard box and return the choice (tests replace this)."""
        box.exec()
        return str(box.choice())

    def _close_document(self, *, clear_panels: bool = True) -> None:
        """Save and close the open campaign; ``clear_panels=False`` when the window itself closes
        (its panels go with it: emptying them first is work nobody sees)."""
        doc = self.doc
        if doc is None:
            return
        self.editor.commit_entries()
        doc.close()
        self.undo_group.removeStack(doc.undo_stack)
        self.doc = None
        self.editor.set_document(None)
        if clear_panels:
            self.previews.clear()
        doc.deleteLater()

    def _flush(self) -> None:
        if self.doc is not None:
            self.editor.commit_entries()
            self.doc.flush()

    def _checked(self, result: Checked) -> None:
        doc = self.doc
        if doc is None:
            return
        check = result.check
        self.editor.set_findings(check.findings, check.variants)
        self.previews.show_check(result.campaign, check)
        self.previews.set_findings(check.findings)
        waivers = result.waivers if result.waivers is not None else self._waivers()  # read with the check
        self.problems.set_findings(check.findings, waivers, check.rule_problems, self._non_waivable())
        self._schedule_review()

    def _non_waivable(self) -> frozenset[str]:
        from studio.review.workflow import DEFAULT_NON_WAIVABLE, non_waivable_rules

        try:
            return non_waivable_rules(self.studio.workspace.brand_rules)
        except StudioError:
            return DEFAULT_NON_WAIVABLE

    def _waivers(self) -> list[Any]:
        if self.doc is None:
            return []
        try:
            return list(self.studio.repository.waivers(self.doc.key, include_revoked=False))
        except StudioError:
            return []

    def _invalid(self, problems: list[Any]) -> None:
        first = problems[0] if problems else None
        if first is not None:
            from studio.gui.editor import problem_text

            self.save_label.setText(self.tr("Not saved: {0}").format(problem_text(first)))

    def _check_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("The campaign cannot be checked: {0}").format(message), 15_000)
        self._error(self.tr("The brand kit has a problem"), message, modal=False)

    def _saved(self, version: int) -> None:
        from studio.gui.ops import run_op

        self.save_label.setText(self.tr("Saved · revision {0}").format(version))
        if self.doc is not None:
            repository, key = self.studio.repository, self.doc.key
            run_op(
                lambda: repository.get(key).summary,
                on_done=self.model.update_summary,
                on_error=lambda _exc: None,  # the list row stays as it was; the save itself went through
                parent=self,
            )
            self._review_tab_shown()  # the review tab, when it is on screen, names the same revision

    def _dirty_changed(self, dirty: bool) -> None:
        if dirty and (self.doc is None or self.doc.conflict is None):
            self.save_label.setText(self.tr("Editing…"))

    def _conflicted(self, exc: Any) -> None:
        from studio.gui.dialogs import ConflictBox

        doc = self.doc
        if doc is None:
            return
        self.save_label.setText(self.tr("Not saved: someone else changed this campaign"))
        box = ConflictBox(exc, str(doc.value(("name",)) or doc.key), self)
        choice = self.ask_conflict(box)
        if choice == "reload":
            doc.reload_theirs()
        elif choice == "keep":
            doc.keep_mine()

    def ask_conflict(self, box: Any) -> str:
        """Show the conflict box and return the choice (tests replace this)."""
        box.exec()
        return str(box.choice())

    def _schedule_review(self) -> None:
        if self.is_attached and self.right_tabs.currentWidget() is self.review:
            self._review_timer.start()

    def _review_tab_shown(self) -> None:
        """The review tab came to the front: its report now (an operation), no typing pause to wait for."""
        if self.is_attached and self.right_tabs.currentWidget() is self.review:
            self._review_timer.stop()
            self._refresh_review()

    def _refresh_review(self) -> None:
        doc = self.doc
        if doc is None or doc.last_check is None:
            return
        self.review.show_campaign(doc.key, doc.last_check.check)

    def _review_changed(self) -> None:
        doc = self.doc
        if doc is None:
            return
        self._show_stored(doc, keep_edits=True)

    def _show_stored(self, doc: CampaignDocument, *, keep_edits: bool) -> None:
        """Read the revision a review step or an export just recorded (an operation) and show it;
        the document emits ``saved``: the label and the list show the new revision."""
        from studio.gui.document import document_of
        from studio.gui.ops import run_op

        repository, key = self.studio.repository, doc.key

        def done(stored: Any) -> None:
            if self.doc is doc and (keep_edits or not doc.dirty):
                doc.take_stored(stored.version, document_of(stored.campaign), keep_edits=keep_edits)

        run_op(
            lambda: repository.get(key),
            on_done=done,
            title=self.tr("The campaign cannot be opened"),
            parent=self,
        )

    def _override_edited(self, channel: str, locale: str, field: str, text: str) -> None:
        if self.doc is not None:
            self.doc.set_value(
                ("overrides", channel, locale, field),
                text,
                label=self.tr("Edit {0}").format(naming_field(("overrides", channel, locale, field))),
            )

    def _override_reset(self, channel: str, locale: str, field: str) -> None:
        """Back to the template's text: drop the field, and the override once nothing is left in it."""
        import copy

        doc = self.doc
        if doc is None:
            return
        data = copy.deepcopy(doc.data)
        overrides = data.get("overrides") or {}
        per_locale = overrides.get(channel) or {}
        override = per_locale.get(locale) or {}
        override.pop(field, None)
        if not any(v is not None for v in override.values()):
            per_locale.pop(locale, None)
        if not per_locale:
            overrides.pop(channel, None)
        place = naming_field(("overrides", channel, locale, field))
        doc.replace(data, label=self.tr("Reset {0} to the template").format(place))

    # -- problems -----------------------------------------------------------------------------------

    def go_to_checklist_item(self, item: Any) -> None:
        """Show where a readiness checklist item is: its finding's words, or its field."""
        if item.finding is not None:
            self.go_to_finding(item.finding)
        elif item.field:
            self.editor.focus_path(tuple(item.field.split(".")))

    def go_to_finding(self, finding: Finding) -> None:
        """Show where ``finding`` is: the field in the editor, or the variant in its preview."""
        from studio.fixes import locate

        doc = self.doc
        if doc is None or doc.last_check is None:
            return
        where = locate(doc.data, finding, doc.last_check.check.variants)
        if where is not None and self.editor.focus_path(where.path, where.start, where.end):
            return
        if finding.channel and finding.locale:
            self.right_tabs.setCurrentWidget(self.previews)
            self.previews.set_locale(finding.locale)
            self.previews.show_channel(finding.channel)
            if finding.span is not None and finding.field:
                self.previews.select_span(
                    finding.channel, finding.locale, finding.field, finding.span.start, finding.span.end
                )

    def apply_fixes(self, findings: list[Finding]) -> None:
        doc = self.doc
        if doc is None:
            return
        unsafe = any(f.fix is not None and f.fix.applicability.value != "safe" for f in findings)
        applied = doc.apply_fixes(
            findings, unsafe=unsafe, label=self.tr("Apply %n fix(es)", "", len(findings))
        )
        left = len(findings) - len(applied)
        message = self.tr("Applied %n fix(es).", "", len(applied))
        if left:
            message += " " + self.tr(
                "%n fix(es) could not be applied: the words come from a template, not from the campaign.",
                "",
                left,
            )
        self.statusBar().showMessage(message, 8000)

    def fix_all_safe(self) -> None:
        doc = self.doc
        if doc is None or doc.last_check is None:
            return
        safe = [
            f
            for f in doc.last_check.check.findings
            if f.fix is not None and f.fix.applicability.value == "safe"
        ]
        self.apply_fixes(safe)

    def waive(self, finding: Finding, reason: str) -> None:
        """Record a waiver as an operation (off the GUI thread); the panel counts it when stored."""
        from studio.gui.ops import run_op
        from studio.review.workflow import waive

        doc = self.doc
        if doc is None:
            return
        doc.flush()
        repository, key, hard = self.studio.repository, doc.key, self._non_waivable()

        def fn() -> list[Any]:
            waive(repository, key, finding, reason, non_waivable=hard)
            return list(repository.waivers(key, include_revoked=False))

        def done(waivers: list[Any]) -> None:
            from studio.gui import naming

            self._refresh_problems(key, waivers)
            self.statusBar().showMessage(self.tr("Waived: {0}").format(naming.rule(finding.rule)), 6000)

        run_op(fn, on_done=done, title=self.tr("The finding cannot be waived"), parent=self)

    def waive_many(self, findings: list[Finding], reason: str) -> None:
        """Waive several findings with one reason, all or nothing (a rule that can never be waived
        refuses the whole batch, saying which), as one operation."""
        from studio.gui.ops import run_op
        from studio.review.workflow import waive_many

        doc = self.doc
        if doc is None:
            return
        doc.flush()
        repository, key, hard = self.studio.repository, doc.key, self._non_waivable()

        def fn() -> list[Any]:
            waive_many(repository, key, findings, reason, non_waivable=hard)
            return list(repository.waivers(key, include_revoked=False))

        def done(waivers: list[Any]) -> None:
            self._refresh_problems(key, waivers)
            self.statusBar().showMessage(self.tr("Waived: %n finding(s)", "", len(findings)), 6000)

        run_op(fn, on_done=done, title=self.tr("The findings cannot be waived"), parent=self)

    def unwaive(self, waiver_id: int) -> None:
        from studio.gui.ops import run_op

        doc = self.doc
        if doc is None:
            return
        repository, key = self.studio.repository, doc.key

        def fn() -> list[Any]:
            repository.revoke_waiver(key, waiver_id)
            return list(repository.waivers(key, include_revoked=False))

        run_op(
            fn,
            on_done=lambda waivers: self._refresh_problems(key, waivers),
            title=self.tr("The waiver cannot be withdrawn"),
            parent=self,
        )

    def _refresh_problems(self, key: str, waivers: list[Any]) -> None:
        doc = self.doc
        if doc is not None and doc.key == key and doc.last_check is not None:
            check = doc.last_check.check
            self.problems.set_findings(check.findings, waivers, check.rule_problems, self._non_waivable())
            self._schedule_review()

    def _show_counts(self, errors: int, warnings: int, suggestions: int) -> None:
        self.counts_label.setText(
            " · ".join(
                [
                    self.tr("%n error(s)", "", errors),
                    self.tr("%n warning(s)", "", warnings),
                    self.tr("%n suggestion(s)", "", suggestions),
                ]
            )
        )

    def _next_problem(self) -> None:
        self.problems.select_next(1)

    def _previous_problem(self) -> None:
        self.problems.select_next(-1)

    # -- commands -----------------------------------------------------------------------------------

    def new_campaign(self) -> None:
        from studio.gui.dialogs import NewCampaignDialog

        dialog = NewCampaignDialog(self)
        if not self.run_dialog(dialog):
            return
        value = dialog.value()
        self.create_campaign(value.name, value.locales, value.channels)

    def create_campaign(self, name: str, locales: list[str], channels: list[str]) -> str | None:
        """Create a starter campaign (an operation), then list it and open it.

        Returns its key when the operation ran inline (tests), else None: it opens when stored."""
        from studio import clock
        from studio.gui.ops import run_op
        from studio.model.starter import starter_campaign

        brand = self.studio.workspace.brand
        repository, now = self.studio.repository, clock.now()
        created: list[str] = []

        def fn() -> Any:
            campaign = starter_campaign(
                name=name,
                brand=brand.name,
                locales=locales,
                channels=channels,
                website=brand.website,
                now=now,
            )
            return repository.create(campaign, note="created in the studio")

        def done(stored: Any) -> None:
            created.append(stored.key)
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.locale_filter.setCurrentIndex(0)
            self._fill_locales()
            self.apply_filters()
            self.select_campaign(stored.key)

        run_op(fn, on_done=done, title=self.tr("The campaign cannot be created"), parent=self)
        return created[0] if created else None  # known at once when operations run inline (tests)

    def save_now(self) -> None:
        if self.doc is not None:
            self.editor.commit_entries()
        if self.doc is not None and self.doc.flush():
            self.statusBar().showMessage(self.tr("Saved."), 3000)

    def _export_dialog(self, keys: list[str]) -> None:
        from studio.gui.export_dialog import ExportDialog

        self._flush()
        dialog = ExportDialog(self.studio, keys, self)
        self.run_dialog(dialog)
        if self.doc is not None and not self.doc.dirty:  # an export records its step: show it
            self._show_stored(self.doc, keep_edits=False)
        self.reload()

    def export(self) -> None:
        if self.doc is None:
            self.export_approved()
            return
        self._export_dialog([self.doc.key])

    def export_approved(self) -> None:
        from studio.model.campaign import CampaignStatus

        self._flush()
        keys = [
            s.key
            for s in self.studio.repository.list_campaigns(status=CampaignStatus.APPROVED, limit=100_000)
        ]
        if not keys:
            QMessageBox.information(self, self.tr("Export"), self.tr("No campaign is approved yet."))
            return
        self._export_dialog(keys)

    def run_dialog(self, dialog: Any) -> bool:
        """Show a modal dialog; True when accepted (tests replace this)."""
        return bool(dialog.exec())

    def show_rules(self) -> None:
        from studio.gui.rules_browser import RulesBrowser

        browser = getattr(self, "_rules_window", None)
        if browser is None:
            browser = RulesBrowser(
                self.studio.workspace, editable=self.studio.repository.can_edit_brand_rules()
            )
            browser.setWindowTitle(self.tr("Brand rules — {0}").format(self.studio.workspace.root.name))
            browser.setWindowFlag(Qt.WindowType.Window, True)
            browser.setParent(self, Qt.WindowType.Window)
            browser.resize(980, 640)
            self._rules_window = browser
        browser.show()
        browser.raise_()
        browser.activateWindow()

    def reload_kit(self, *_parts: Any) -> None:
        """Templates, assets or rules changed on disk: check the open campaign again."""
        browser = getattr(self, "_rules_window", None)
        if browser is not None:
            browser.reload()
        from studio.gui import naming

        naming.set_rule_titles(self.studio.workspace.brand_rules)
        self.previews.refresh()
        if self.doc is not None:
            self.doc.refresh()
        self.statusBar().showMessage(self.tr("Brand kit reloaded."), 4000)

    def _start_watching(self) -> None:
        from studio.gui.kit_watcher import KitWatcher

        if self._watcher is None:
            self._watcher = KitWatcher(self.studio.workspace, self)
            self._watcher.changed.connect(self.reload_kit)

    def open_workspace(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open a brand workspace"), str(self.studio.workspace.root)
        )
        if folder:
            self.switch_workspace(folder)

    def switch_workspace(self, folder: str) -> None:
        from studio.workspace import Workspace

        try:
            Workspace.resolve(folder).check()
        except StudioError as exc:
            self._error(self.tr("This folder is not a brand workspace"), str(exc))
            return
        self.relaunchRequested.emit(self.language, folder)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [w for w in Settings.load().recent_workspaces if w != str(self.studio.workspace.root)]
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No other workspaces yet"))
            empty.setEnabled(False)
        for folder in recent:
            action = self.recent_menu.addAction(folder)
            action.triggered.connect(lambda _checked=False, f=folder: self.switch_workspace(f))

    def preferences(self) -> None:
        from studio.gui.dialogs import Preferences, PreferencesDialog

        stored = Settings.load()
        dialog = PreferencesDialog(Preferences(stored.language, stored.theme, stored.user_name), self)
        if not self.run_dialog(dialog):
            return
        self.apply_preferences(dialog.value())

    def apply_preferences(self, chosen: Any) -> None:
        from studio.gui.app import apply_theme, choose_language

        stored = Settings.load()
        stored.language, stored.theme = chosen.language, chosen.theme
        stored.user_name = chosen.user_name
        stored.save()
        self.show_identity()
        apply_theme(chosen.theme)
        language = choose_language(chosen.language)
        if language != self.language:
            self.relaunchRequested.emit(language, None)

    def _find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _about(self) -> None:
        text = self.tr(
            "Campaign Studio {0}\n\nAuthor one campaign, publish it everywhere, and make sure every channel "
            "tells the same story."
        )
        QMessageBox.about(self, self.tr("About Campaign Studio"), text.format(__version__))

    def _update_actions(self) -> None:
        for action in (
            self.new_action,
            self.open_workspace_action,
            self.export_action,
            self.export_approved_action,
            self.preferences_action,
            self.reload_action,
            self.rules_action,
            self.reload_kit_action,
            self.recent_menu.menuAction(),
        ):
            action.setEnabled(self.is_attached)
        has_doc = self.doc is not None
        for action in (
            self.save_action,
            self.fix_all_action,
            self.next_problem_action,
            self.previous_problem_action,
        ):
            action.setEnabled(has_doc)
        self.commands.update(attached=self.is_attached, has_doc=has_doc)

    def _error(self, title: str, message: str, *, modal: bool = True) -> None:
        if not modal:
            self.statusBar().showMessage(f"{title}: {message}", 15_000)
            return
        self.show_message(QMessageBox.Icon.Warning, title, message)

    def show_message(self, icon: QMessageBox.Icon, title: str, message: str) -> None:
        """A message box (tests replace this to read the message)."""
        box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, self)
        box.exec()

    # -- state ----------------------------------------------------------------------------------------

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
            self.splitter.setSizes([300, 450, 690])

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
        from studio.gui import tasks

        tasks.wait_for_all(5000)
        super().closeEvent(event)


def naming_field(path: tuple[str, ...]) -> str:
    from studio.gui import naming

    return naming.field(path)


def _channels(value: Any) -> list[Any]:
    """The channels a campaign document names (unknown ones skipped: the check reports them)."""
    from studio.model.campaign import Channel

    known = {c.value: c for c in Channel}
    return [known[v] for v in value if isinstance(v, str) and v in known] if isinstance(value, list) else []
