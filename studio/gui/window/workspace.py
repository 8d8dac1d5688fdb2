"""The workspace's commands: export, the brand rules and kit, another workspace, preferences."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from studio.errors import StudioError
from studio.gui.window.documents import DocumentController
from studio.settings import Settings


class WorkspaceController(DocumentController):
    """Export, brand kit, workspace and preferences (a layer of the main window)."""

    def _export_dialog(self, keys: list[str]) -> None:
        from studio.gui.export_dialog import ExportDialog

        self._flush()
        dialog = ExportDialog(self.studio, keys, self)
        review = getattr(self, "review", None)
        if (
            review is not None
            and self.doc is not None
            and keys == [self.doc.key]
            and review.key == self.doc.key
        ):
            dialog.set_checklist(review.readiness)  # Export off with the reasons while it blocks
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
        from studio.gui.appearance import apply_theme, choose_language

        stored = Settings.load()
        stored.language, stored.theme = chosen.language, chosen.theme
        stored.user_name = chosen.user_name
        stored.save()
        self.show_identity()
        apply_theme(chosen.theme)
        language = choose_language(chosen.language)
        if language != self.language:
            self.relaunchRequested.emit(language, None)
