"""Review › Translations: each non-primary locale's fields beside the primary text they translate.

A table lists every translatable field with its state (up to date, outdated — the primary text
changed after it was translated —, missing); the selected field shows side by side: the primary
text (read only) and the translation (edited in place, one undo step per field as in the editor).
"Copy from primary" fills the selected field, "Copy missing" every missing field of the locale;
XLIFF 2.0 files go out to translators and come back (``studio.xliff``), each as one undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.gui import naming
from studio.gui.document import CampaignDocument, document_of
from studio.model.campaign import TRANSLATABLE_FIELDS, Campaign

#: a state's background in the table (light tints, readable in both themes' text colours)
_TINTS = {"up_to_date": "#d9f2d9", "outdated": "#fbe7c6", "missing": "#f7d4d4"}


class TranslationsDialog(QDialog):
    """The translations of the open campaign (see the module docstring)."""

    def __init__(self, doc: CampaignDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("Translations"))
        self._updating = False
        self.last_warning = ""
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        locale_label = QLabel(self.tr("&Locale:"))
        self.locale_box = QComboBox()
        locale_label.setBuddy(self.locale_box)
        top.addWidget(locale_label)
        top.addWidget(self.locale_box, 1)
        self.summary = QLabel()
        top.addWidget(self.summary, 2)
        layout.addLayout(top)

        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Translated fields"))
        layout.addWidget(self.table, 1)

        sides = QGridLayout()
        self.primary_label = QLabel()
        self.translation_label = QLabel()
        self.primary = QPlainTextEdit()
        self.primary.setReadOnly(True)
        self.primary.setTabChangesFocus(True)
        self.translation = QPlainTextEdit()
        self.translation.setTabChangesFocus(True)
        self.translation_label.setBuddy(self.translation)
        sides.addWidget(self.primary_label, 0, 0)
        sides.addWidget(self.translation_label, 0, 1)
        sides.addWidget(self.primary, 1, 0)
        sides.addWidget(self.translation, 1, 1)
        layout.addLayout(sides, 1)

        actions = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy from &primary"))
        self.copy_missing_button = QPushButton(self.tr("Copy all &missing"))
        self.export_button = QPushButton(self.tr("&Export XLIFF…"))
        self.import_button = QPushButton(self.tr("&Import XLIFF…"))
        for button in (self.copy_button, self.copy_missing_button, self.export_button, self.import_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.locale_box.currentIndexChanged.connect(lambda _i: self._show_locale())
        self.table.currentCellChanged.connect(lambda *_a: self._show_field())
        self.translation.textChanged.connect(self._typed)
        self.copy_button.clicked.connect(self.copy_field)
        self.copy_missing_button.clicked.connect(self.copy_missing)
        self.export_button.clicked.connect(self.export_files)
        self.import_button.clicked.connect(self.import_files)
        doc.edited.connect(lambda _path: self.refresh())
        self.resize(900, 620)
        self._fill_locales()

    # -- reading ---------------------------------------------------------------------------------

    def campaign(self) -> Campaign | None:
        return self.doc.campaign()

    @property
    def current_locale(self) -> str | None:
        data = self.locale_box.currentData()
        return str(data) if data else None

    @property
    def current_field(self) -> str | None:
        row = self.table.currentRow()
        return TRANSLATABLE_FIELDS[row] if 0 <= row < len(TRANSLATABLE_FIELDS) else None

    def _fill_locales(self) -> None:
        campaign = self.campaign()
        tags = campaign.locale_tags[1:] if campaign is not None else []
        self.locale_box.blockSignals(True)
        self.locale_box.clear()
        for tag in tags:
            self.locale_box.addItem(naming.locale_with_tag(tag), tag)
        self.locale_box.blockSignals(False)
        self._show_locale()

    def state_names(self) -> dict[str, str]:
        return {
            "up_to_date": self.tr("Up to date"),
            "outdated": self.tr("Outdated: the primary text changed"),
            "missing": self.tr("Missing"),
        }

    def _show_locale(self) -> None:
        from studio.translation import field_state

        campaign, locale = self.campaign(), self.current_locale
        has = campaign is not None and locale is not None
        for button in (self.copy_button, self.copy_missing_button, self.export_button, self.import_button):
            button.setEnabled(has)
        self.translation.setEnabled(has)
        if campaign is None or locale is None:
            self.table.setRowCount(0)
            self.summary.setText(
                self.tr("This campaign has one locale: nothing to translate.")
                if campaign is not None
                else self.tr("The campaign has problems to fix before its translations can be shown.")
            )
            return
        row = max(0, self.table.currentRow())
        names = self.state_names()
        self.table.setRowCount(len(TRANSLATABLE_FIELDS))
        counts: dict[str, int] = {}
        for i, name in enumerate(TRANSLATABLE_FIELDS):
            entry = field_state(campaign, locale, name)
            counts[entry.state.value] = counts.get(entry.state.value, 0) + 1
            label = QTableWidgetItem(naming.field(("locales", locale, *name.split(".")), with_place=False))
            state = QTableWidgetItem(names[entry.state.value])
            state.setData(Qt.ItemDataRole.UserRole, entry.state.value)
            for item in (label, state):
                item.setBackground(QColor(_TINTS[entry.state.value]))
                item.setForeground(QColor("#1a1a1a"))
            self.table.setItem(i, 0, label)
            self.table.setItem(i, 1, state)
        self.summary.setText(
            self.tr("{0} up to date · {1} outdated · {2} missing").format(
                counts.get("up_to_date", 0), counts.get("outdated", 0), counts.get("missing", 0)
            )
        )
        self.table.blockSignals(True)  # one read of the document per refresh (a keystroke's too)
        self.table.setCurrentCell(row, 0)
        self.table.blockSignals(False)
        self._show_field(campaign)

    def _show_field(self, campaign: Campaign | None = None) -> None:
        from studio.translation import field_text

        campaign = campaign or self.campaign()
        locale, name = self.current_locale, self.current_field
        if campaign is None or locale is None or name is None:
            return
        primary = campaign.primary_locale
        self.primary_label.setText(self.tr("Primary ({0})").format(naming.locale(primary)))
        self.translation_label.setText(self.tr("&Translation ({0})").format(naming.locale(locale)))
        self._updating = True
        try:
            self.primary.setPlainText(field_text(campaign.locales[primary], name))
            text = field_text(campaign.locales[locale], name)
            if self.translation.toPlainText() != text:
                self.translation.setPlainText(text)
        finally:
            self._updating = False

    def refresh(self) -> None:
        """The document changed (typing here or elsewhere, undo, a fix): show it as it is now."""
        if self._updating:
            return
        self._show_locale()

    # -- writing ---------------------------------------------------------------------------------

    def _typed(self) -> None:
        locale, name = self.current_locale, self.current_field
        if self._updating or locale is None or name is None:
            return
        self._updating = True
        try:
            self.doc.set_value(("locales", locale, *name.split(".")), self.translation.toPlainText())
        finally:
            self._updating = False
        self._show_locale()

    def _replace(self, campaign: Campaign, label: str) -> None:
        self.doc.replace(document_of(campaign), label=label)
        self.doc.check_now()
        self.refresh()

    def copy_field(self) -> None:
        from studio.translation import copy_from_primary

        campaign, locale, name = self.campaign(), self.current_locale, self.current_field
        if campaign is None or locale is None or name is None:
            return
        self._replace(copy_from_primary(campaign, locale, name), self.tr("Copy from primary"))

    def copy_missing(self) -> None:
        from studio.translation import TranslationState, field_state, field_text, with_translations

        campaign, locale = self.campaign(), self.current_locale
        if campaign is None or locale is None:
            return
        primary = campaign.locales[campaign.primary_locale]
        texts = {
            name: (field_text(primary, name), field_text(primary, name))
            for name in TRANSLATABLE_FIELDS
            if field_state(campaign, locale, name).state is TranslationState.MISSING
            and field_text(primary, name).strip()
        }
        if texts:
            self._replace(with_translations(campaign, locale, texts), self.tr("Copy missing translations"))

    def _warn(self, text: str) -> None:
        self.last_warning = text
        QMessageBox.warning(self, self.tr("Translations"), text)

    def export_files(self) -> Path | None:
        """Write the chosen locale's XLIFF 2.0 file into a folder the user picks; its path."""
        from studio.atomic import atomic_write_bytes
        from studio.errors import StudioError
        from studio.xliff import export_xliff, file_name

        campaign, locale = self.campaign(), self.current_locale
        if campaign is None or locale is None:
            return None
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the XLIFF file"))
        if not folder:
            return None
        path = Path(folder) / file_name(campaign, locale)
        try:
            atomic_write_bytes(path, export_xliff(campaign, locale))
        except (OSError, StudioError) as exc:
            self._warn(self.tr("Cannot write {0}: {1}").format(path, exc))
            return None
        self.summary.setText(self.tr("Written: {0}").format(path))
        return path

    def import_files(self, paths: list[str] | None = None) -> bool:
        """Read translators' XLIFF files into the campaign as one undo step; False if refused."""
        from studio.errors import StudioError, ValidationError
        from studio.xliff import import_xliff

        campaign = self.campaign()
        if campaign is None:
            return False
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("XLIFF files from the translators"), "", self.tr("XLIFF (*.xlf *.xliff)")
            )
        if not paths:
            return False
        try:
            result = import_xliff(campaign, [Path(p) for p in paths])
        except ValidationError as exc:
            lines = "\n".join(str(p) for p in exc.problems[:20]) or str(exc)
            self._warn(self.tr("Nothing was imported:\n{0}").format(lines))
            return False
        except StudioError as exc:
            self._warn(self.tr("Nothing was imported: {0}").format(exc))
            return False
        self._replace(result.campaign, self.tr("Import translations"))
        self.summary.setText(self.tr("{0} fields imported").format(len(result.written)))
        return True


def open_translations(doc: CampaignDocument, parent: QWidget | None) -> TranslationsDialog:
    dialog = TranslationsDialog(doc, parent)
    dialog.show()
    return dialog
