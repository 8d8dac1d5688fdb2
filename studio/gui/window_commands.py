"""The main window's keyboard commands: review steps, problem actions, previews, panes, help.

Each command is a :class:`QAction` of the window (so its shortcut works wherever the focus is in
the window) placed in a menu; :class:`WindowCommands` holds them and what they do. Qt only: the
window's frame builds them before the workspace is loaded; they are enabled once it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from studio.gui.keyboard import PaneCycle, ShortcutsDialog

if TYPE_CHECKING:
    from studio.gui.main_window import MainWindow


class WindowCommands(QObject):
    """The actions F6, review, problems, previews and help add to ``window``'s menus."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panes = PaneCycle(self._pane_list)
        self.next_pane = self._action(self.tr("Next p&ane"), lambda: self.panes.move(1), "F6")
        self.previous_pane = self._action(self.tr("Previous pan&e"), lambda: self.panes.move(-1), "Shift+F6")
        self.desktop = self._action(
            self.tr("Email at &desktop width"), lambda: self.email_mode("desktop"), "Ctrl+Shift+D"
        )
        self.mobile = self._action(
            self.tr("Email at &mobile width"), lambda: self.email_mode("mobile"), "Ctrl+Shift+P"
        )
        self.next_preview = self._action(self.tr("Nex&t preview"), lambda: self.step_preview(1), "F7")
        self.previous_preview = self._action(
            self.tr("Prev&ious preview"), lambda: self.step_preview(-1), "Shift+F7"
        )
        self.submit = self._action(
            self.tr("&Submit for review"), lambda: self.review_step("submitted"), "Ctrl+Shift+Return"
        )
        self.approve = self._action(self.tr("&Approve"), lambda: self.review_step("approved"), "Ctrl+Shift+Y")
        self.request_changes = self._action(
            self.tr("Request &changes…"), lambda: self.review_step("changes_requested"), "Ctrl+Shift+N"
        )
        self.open_report = self._action(self.tr("&Open full report"), self.show_report, "Ctrl+Shift+O")
        self.translations = self._action(self.tr("&Translations…"), self.show_translations, "Ctrl+Shift+T")
        self.compare = self._action(self.tr("Compare &revisions…"), self.show_compare, None)
        self.apply_fix = self._action(self.tr("Apply the selected fi&x"), self.fix_selected, "Ctrl+.")
        self.waive = self._action(
            self.tr("&Waive the selected problem…"), self.waive_selected, "Ctrl+Shift+W"
        )
        self.edit_text = self._action(
            self.tr("Edit the &text of the selected problem"), self.edit_selected, "F2"
        )
        self.shortcuts = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, None)
        self.shortcuts.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])
        self.workspace_actions = [self.next_pane, self.previous_pane]
        self.document_actions = [
            self.desktop,
            self.mobile,
            self.next_preview,
            self.previous_preview,
            self.submit,
            self.approve,
            self.request_changes,
            self.open_report,
            self.translations,
            self.compare,
            self.apply_fix,
            self.waive,
            self.edit_text,
        ]
        self.update(attached=False, has_doc=False)

    def _action(self, text: str, slot: Any, shortcut: str | None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- placing and state ----------------------------------------------------------------------

    def fill_menus(self, edit: QMenu, view: QMenu, review: QMenu, help_menu: QMenu) -> None:
        edit.addSeparator()
        for action in (self.apply_fix, self.waive, self.edit_text):
            edit.addAction(action)
        view.addSeparator()
        for action in (self.next_pane, self.previous_pane):
            view.addAction(action)
        view.addSeparator()
        for action in (self.desktop, self.mobile, self.next_preview, self.previous_preview):
            view.addAction(action)
        for action in (self.submit, self.approve, self.request_changes):
            review.addAction(action)
        review.setToolTipsVisible(True)  # why Approve is off: the checklist's blockers
        review.addSeparator()
        review.addAction(self.open_report)
        review.addAction(self.translations)
        review.addAction(self.compare)
        help_menu.insertAction(help_menu.actions()[0] if help_menu.actions() else None, self.shortcuts)  # type: ignore[arg-type]
        if len(help_menu.actions()) > 1:
            help_menu.insertSeparator(help_menu.actions()[1])

    def update(self, *, attached: bool, has_doc: bool) -> None:
        for action in self.workspace_actions:
            action.setEnabled(True)
        for action in self.document_actions:
            action.setEnabled(attached and has_doc)
        self.sync_review_steps()

    def sync_review_steps(self) -> None:
        """Submit, Approve and Request changes as the review tab's buttons have them for the open
        campaign: off with the reason (the checklist's blockers) in the tooltip, so the shortcut and
        the menu do not offer what the button refuses. Before the review tab has read the campaign,
        they stay on (the step itself is refused with its reasons)."""
        w = self.window
        attached, doc = bool(getattr(w, "is_attached", False)), getattr(w, "doc", None)
        review = getattr(w, "review", None) if attached else None
        known = review is not None and doc is not None and review.key == doc.key
        for action, button in (
            (self.submit, getattr(review, "submit_button", None)),
            (self.approve, getattr(review, "approve_button", None)),
            (self.request_changes, getattr(review, "reject_button", None)),
        ):
            on = attached and doc is not None
            tip = ""
            if known and button is not None:
                on = on and button.isEnabled()
                tip = button.toolTip()
            action.setEnabled(on)
            action.setToolTip(tip or action.text().replace("&", ""))

    def all_actions(self) -> list[QAction]:
        """Every action of the window with a shortcut, in menu order (the help dialog's rows)."""
        seen: list[QAction] = []
        for menu_action in self.window.menuBar().actions():
            menu = menu_action.menu()
            if isinstance(menu, QMenu):
                for action in _walk(menu):
                    if action not in seen and not action.shortcut().isEmpty():
                        seen.append(action)
        return seen

    # -- panes -----------------------------------------------------------------------------------

    def _pane_list(self) -> list[tuple[QWidget, Any]]:
        w = self.window
        panes: list[tuple[QWidget, Any]] = [(w.list_pane, lambda: None)]
        if not w.is_attached:
            return panes
        right = w.right_tabs

        def show_problems() -> None:
            w.problems_dock.show()
            w.problems_dock.raise_()

        panes += [
            (w.editor, lambda: None),
            (w.previews, lambda: right.setCurrentWidget(w.previews)),
            (w.problems, show_problems),
            (w.review, lambda: right.setCurrentWidget(w.review)),
        ]
        return panes

    # -- previews --------------------------------------------------------------------------------

    def email_mode(self, mode: str) -> None:
        w = self.window
        w.right_tabs.setCurrentWidget(w.previews)
        w.previews.show_channel("email")
        tab = w.previews.tabs_by_channel.get("email")
        if tab is None:
            w.statusBar().showMessage(self.tr("This campaign has no email."), 4000)
            return
        tab.set_mode(mode)  # type: ignore[attr-defined]

    def step_preview(self, step: int) -> None:
        w = self.window
        w.right_tabs.setCurrentWidget(w.previews)
        tabs = w.previews.tabs
        if tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    # -- review ----------------------------------------------------------------------------------

    def _review_ready(self) -> bool:
        """The review panel shows the open campaign (its report built when it was not yet)."""
        w = self.window
        doc = w.doc
        if doc is None:
            return False
        if w.review.key != doc.key or w.review.last_report is None:
            if doc.last_check is None:
                doc.check_now()
            if doc.last_check is None:
                return False
            w.review.show_campaign(doc.key, doc.last_check.check)
        return True

    def review_step(self, action: str) -> None:
        w = self.window
        if w.doc is None:
            return
        w.review.key = w.doc.key
        if w.review.perform(action):
            w.right_tabs.setCurrentWidget(w.review)
            w._refresh_review()

    def show_report(self) -> None:
        if self._review_ready():
            self.window.review.open_report()

    def show_compare(self) -> None:
        from studio.gui.revision_diff import RevisionDiffDialog

        doc = self.window.doc
        if doc is None:
            return
        doc.flush()
        self.compare_dialog = RevisionDiffDialog(
            self.window.studio, doc.key, self.window.language, self.window
        )
        self.compare_dialog.show()

    def show_translations(self) -> None:
        from studio.gui.translations import open_translations

        doc = self.window.doc
        if doc is not None:
            self.translations_dialog = open_translations(doc, self.window)

    # -- problems ------------------------------------------------------------------------------

    def _selected_problem(self) -> Any:
        finding = self.window.problems.selected()
        if finding is None:
            self.window.statusBar().showMessage(
                self.tr("Select a problem first (F8 selects the next)."), 5000
            )
        return finding

    def fix_selected(self) -> None:
        if self._selected_problem() is not None:
            self.window.problems.apply_fix()

    def waive_selected(self) -> None:
        if self._selected_problem() is not None:
            self.window.problems.waive_selected()

    def edit_selected(self) -> None:
        """Focus the words of the selected problem: the editor's field, or the preview's text editor
        when the words come from a channel's own text."""
        w = self.window
        finding = self._selected_problem()
        if finding is None:
            return
        w.go_to_finding(finding)
        focus = w.focusWidget()
        if focus is not None and w.editor.isAncestorOf(focus):
            return
        tab = w.previews.tabs_by_channel.get(finding.channel or "")
        if tab is not None:
            tab.edit_button.setChecked(True)
            editor = tab.editor.editors.get(finding.field or "")
            if editor is not None:
                editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- help ------------------------------------------------------------------------------------

    def shortcuts_dialog(self) -> ShortcutsDialog:
        return ShortcutsDialog(self.all_actions(), self.window)

    def show_shortcuts(self) -> None:
        dialog = self.shortcuts_dialog()
        self.window.run_dialog(dialog)
        dialog.deleteLater()


def _walk(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += _walk(sub)
        elif not action.isSeparator():
            found.append(action)
    return found
