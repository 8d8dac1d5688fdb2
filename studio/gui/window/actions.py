"""The main window's actions, menus and toolbar, and which of them are enabled."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QMessageBox,
    QStyle,
)

from studio.frozen import version_text
from studio.gui.window.workspace import WorkspaceController

if TYPE_CHECKING:
    from studio.gui.main_window import MainWindow


class WindowActions(WorkspaceController):
    """Actions, menus and toolbar (a layer of the main window)."""

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

        self.commands = WindowCommands(cast("MainWindow", self))

    def _retranslate_undo_actions(self) -> None:
        """Undo and Redo keep their prefix inside Qt: from a language switch on, the window sets
        their texts after Qt does, with the prefix in the installed language."""

        def show(action: QAction, prefix: str, what: str) -> None:
            action.setText(f"{prefix} {what}" if what else prefix)

        undo, redo = self.undo_action, self.redo_action
        if not getattr(self, "_undo_texts_followed", False):
            self._undo_texts_followed = True
            group = self.undo_group
            group.undoTextChanged.connect(lambda what: show(undo, self.tr("&Undo"), what))
            group.redoTextChanged.connect(lambda what: show(redo, self.tr("&Redo"), what))
        show(undo, self.tr("&Undo"), self.undo_group.undoText())
        show(redo, self.tr("&Redo"), self.undo_group.redoText())

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

    def _find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _about(self) -> None:
        text = self.tr(
            "Campaign Studio {0}\n\nAuthor one campaign, publish it everywhere, and make sure every channel "
            "tells the same story."
        )
        QMessageBox.about(self, self.tr("About Campaign Studio"), text.format(version_text()))

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
