"""The export dialog: chosen campaigns → channel-ready bundles in a folder, with progress and cancel.

The work is :func:`studio.export.export_campaigns` (the same call as ``studio export``), run off the
GUI thread through :func:`studio.gui.tasks.run_task`; progress reaches the dialog on the GUI thread.
Cancel asks the export to stop between campaigns: those finished stay whole, the rest are not
written. The summary lists what was exported, what was refused and why.

The publishing choices are those of ``studio export`` (issue 19): the ESP preset, the scheduler
preset, an SMS audience file and the asset base URL, their defaults from ``publishing:`` in the
brand kit. The audience file is read on the worker, before the export starts, and only handed to
the export (never stored); a file that cannot be used stops the export with its ``file:line``.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSettings, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.app import Studio
from studio.errors import StudioError
from studio.export import ExportOptions, ExportResult, export_campaigns
from studio.export.audience import Audience, read_audience
from studio.export.presets import ESP_PRESETS, SCHEDULERS
from studio.gui.export_blockers import blocked_text
from studio.gui.tasks import Task, run_task
from studio.model.campaign import Channel
from studio.workspace import BrandPublishing, check_base_url

SETTINGS_KEY = "export/folder"


def _remember_folder(folder: str) -> Callable[[object, object], None]:
    def write(_progress: object, _cancel: object) -> None:
        store = _settings()
        store.setValue(SETTINGS_KEY, folder)
        store.sync()

    return write


def _settings() -> QSettings:
    """The GUI's settings file — the same one as ``studio.gui.main_window.settings()`` (under
    STUDIO_HOME when set, so tests stay isolated); not imported from there: the window imports us."""
    home = os.environ.get("STUDIO_HOME")
    if home:
        return QSettings(f"{home}/config/gui.ini", QSettings.Format.IniFormat)
    return QSettings()


def default_folder() -> Path:
    """Where exports go until the user picks a folder: ``Documents/Campaign Studio exports``."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Campaign Studio exports"


#: The presets as people know them (the presets' own labels name their import formats).
ESP_NAMES = {
    "mailchimp": "Mailchimp",
    "brevo": "Brevo",
    "sfmc": "Salesforce Marketing Cloud",
    "mautic": "Mautic",
}
SCHEDULER_NAMES = {"hootsuite": "Hootsuite", "sprout": "Sprout Social", "ayrshare": "Ayrshare"}


class AudienceRefused(StudioError):
    """The audience file cannot be used: its ``file:line`` message, and the rows it skipped."""

    def __init__(self, message: str, skipped: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.skipped = skipped


def load_audience(file: Path) -> Audience:
    """The recipients of ``file`` (as ``studio export --audience``); :class:`AudienceRefused` when the
    file cannot be read or no row can be used."""
    try:
        audience = read_audience(file)
    except StudioError as exc:
        raise AudienceRefused(exc.message) from None
    if not audience.recipients:
        raise AudienceRefused(
            f"{file}: no recipient can be used (every row was skipped)", skipped=audience.skipped
        )
    return audience


def run_export(
    studio: Studio, keys: list[str], options: ExportOptions, progress: Any, cancel: Any
) -> ExportResult:
    """The dialog's one call into the export engine (on the worker thread)."""
    return export_campaigns(studio, keys, options, progress=progress, cancel=cancel)


_SKIPPED = re.compile(r"(?P<file>.*):(?P<line>\d+): skipped: (?P<why>.*)", re.S)


class ExportDialog(QDialog):
    """Export ``keys`` to a folder: channels, locales, zip/overwrite/force; progress, cancel, summary."""

    #: the export finished (or was cancelled, or failed) and the summary shows it
    exportFinished = Signal()
    #: progress as it reached the dialog (done, total) — for tests and the window's status bar
    progressed = Signal(int, int)

    def __init__(self, studio: Studio, keys: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.keys = list(dict.fromkeys(keys))
        self.task: Task | None = None
        self._active = False
        self._cancel = threading.Event()
        self.export_result: ExportResult | None = None
        self.jobs = 1 if len(self.keys) < 4 else max(1, min(4, (os.cpu_count() or 2) - 1))
        self._out: Path | None = None
        self.setWindowTitle(self.tr("Export campaigns"))
        self.setModal(True)
        self.names: dict[str, str] = {}
        channels: list[str] = []
        locales: list[str] = []
        self.load_problem = ""
        #: the open campaign's readiness checklist when the window knows it (see set_checklist)
        self.checklist: Any = None
        for key in self.keys:
            try:
                stored = self.studio.repository.get(key)
            except StudioError as exc:
                self.load_problem = exc.message
                continue
            self.names[key] = stored.summary.name
            channels += stored.summary.channels
            locales += stored.summary.locales
        order = [c.value for c in Channel]
        self.channel_ids = sorted(set(channels), key=lambda c: order.index(c) if c in order else len(order))
        self.locale_ids = list(dict.fromkeys(locales))
        self._build()
        self._update_buttons()

    # -- building ---------------------------------------------------------------------------------

    def _channel_label(self, channel: str) -> str:
        labels = {
            "email": self.tr("Email"),
            "sms": self.tr("SMS"),
            "post.x": self.tr("X"),
            "post.instagram": self.tr("Instagram"),
            "post.facebook": self.tr("Facebook"),
            "post.linkedin": self.tr("LinkedIn"),
            "signage": self.tr("Signage"),
            "whatsapp": self.tr("WhatsApp"),
            "push": self.tr("Push notification"),
            "staff": self.tr("Staff brief"),
            "web": self.tr("Web"),
        }
        return labels.get(channel, channel)

    def _build(self) -> None:
        count = len(self.keys)
        self.heading = QLabel(self.tr("Export %n campaign(s) as channel-ready files:", "", count))
        self.heading.setWordWrap(True)
        names = ", ".join(self.names.get(k, k) for k in self.keys)
        self.campaigns_label = QLabel(names)
        self.campaigns_label.setWordWrap(True)
        self.campaigns_label.setAccessibleName(self.tr("Campaigns to export"))
        font = self.campaigns_label.font()
        font.setBold(True)
        self.campaigns_label.setFont(font)

        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Destination folder"))
        remembered = _settings().value(SETTINGS_KEY, "")
        self.folder.setText(str(remembered) if remembered else str(default_folder()))
        self.folder.textChanged.connect(self._update_buttons)
        self.browse = QPushButton(self.tr("&Choose…"))
        self.browse.setAccessibleName(self.tr("Choose the destination folder"))
        self.browse.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon))
        self.browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)

        self.channel_boxes: dict[str, QCheckBox] = {}
        channels_group = QGroupBox(self.tr("Channels"))
        grid = QGridLayout(channels_group)
        for i, channel in enumerate(self.channel_ids):
            box = QCheckBox(self._channel_label(channel))
            box.setChecked(True)
            box.setAccessibleName(self.tr("Export channel {0}").format(self._channel_label(channel)))
            box.toggled.connect(self._update_buttons)
            grid.addWidget(box, i // 4, i % 4)
            self.channel_boxes[channel] = box
        self.locale_boxes: dict[str, QCheckBox] = {}
        locales_group = QGroupBox(self.tr("Locales"))
        grid = QGridLayout(locales_group)
        for i, tag in enumerate(self.locale_ids):
            box = QCheckBox(_locale_name(tag))
            box.setChecked(True)
            box.setAccessibleName(self.tr("Export locale {0}").format(tag))
            box.toggled.connect(self._update_buttons)
            grid.addWidget(box, i // 3, i % 3)
            self.locale_boxes[tag] = box

        options = QGroupBox(self.tr("Options"))
        self.zip_box = QCheckBox(self.tr("One &zip file per campaign"))
        self.zip_box.setAccessibleName(self.tr("Zip each campaign"))
        self.zip_box.toggled.connect(self._update_buttons)
        self.overwrite_box = QCheckBox(self.tr("&Replace earlier exports in the folder"))
        self.overwrite_box.setAccessibleName(self.tr("Replace earlier exports"))
        self.overwrite_box.toggled.connect(self._update_buttons)
        self.force_box = QCheckBox(
            self.tr("&Force: export campaigns with error findings that are not waived")
        )
        self.force_box.setAccessibleName(self.tr("Force the export"))
        self.force_box.setToolTip(
            self.tr(
                "Without this, a campaign with error findings that are not waived is refused. "
                "A forced export records your reason in its manifest and the audit log."
            )
        )
        self.force_box.toggled.connect(self._force_toggled)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for forcing the export"))
        self.reason.setPlaceholderText(self.tr("Why may these findings go out? (required)"))
        self.reason.setEnabled(False)
        self.reason.textChanged.connect(self._update_buttons)
        option_layout = QFormLayout(options)
        option_layout.addRow(self.zip_box)
        option_layout.addRow(self.overwrite_box)
        option_layout.addRow(self.force_box)
        option_layout.addRow(self.tr("Reason:"), self.reason)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("What is missing before exporting"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setRange(0, max(1, len(self.keys)))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))
        self.summary = QTreeWidget()
        self.summary.setAccessibleName(self.tr("Export summary"))
        self.summary.setHeaderLabels([self.tr("Campaign"), self.tr("Result")])
        self.summary.setRootIsDecorated(True)
        self.summary.setWordWrap(True)
        self.summary.hide()

        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setAccessibleName(self.tr("Start the export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.open_button.setAccessibleName(self.tr("Open the destination folder"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_folder)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)

        self.form = QWidget()
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        destination = QFormLayout()
        destination.addRow(self.tr("&Destination:"), folder_row)
        label = destination.labelForField(folder_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.folder)
        form_layout.addLayout(destination)
        pickers = QHBoxLayout()
        pickers.addWidget(channels_group, 3)
        pickers.addWidget(locales_group, 2)
        form_layout.addLayout(pickers)
        form_layout.addWidget(options)
        form_layout.addWidget(self._build_publishing())

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.campaigns_label)
        layout.addWidget(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.summary, 100)
        layout.addStretch(1)  # takes the room while there is no summary
        layout.addLayout(buttons)
        if self.load_problem:
            self._set_status(self.load_problem, error=True)

    def _kit_publishing(self) -> BrandPublishing:
        try:
            return self.studio.workspace.brand.publishing
        except StudioError:  # a broken brand kit: the export refuses each campaign with its reason
            return BrandPublishing()

    def _build_publishing(self) -> QGroupBox:
        """ESP, scheduler, SMS audience and asset base URL, as the brand kit's ``publishing:`` sets them."""
        kit = self._kit_publishing()
        group = QGroupBox(self.tr("Publishing"))
        layout = QFormLayout(group)

        def row(text: str, field: QWidget, buddy: QWidget) -> None:
            label = QLabel(text)
            label.setBuddy(buddy)
            layout.addRow(label, field)

        self.esp_combo = QComboBox()
        self.esp_combo.setAccessibleName(self.tr("Email service provider"))
        self.esp_combo.setToolTip(
            self.tr("The unsubscribe link in the email is written as this provider's merge tag.")
        )
        self.esp_combo.addItem(self.tr("None (the brand's unsubscribe address)"), "")
        for name in ESP_PRESETS:
            self.esp_combo.addItem(ESP_NAMES.get(name, ESP_PRESETS[name].label), name)
        self.esp_combo.setCurrentIndex(max(0, self.esp_combo.findData(kit.esp.strip().lower())))
        row(self.tr("Email &provider:"), self.esp_combo, self.esp_combo)

        self.scheduler_combo = QComboBox()
        self.scheduler_combo.setAccessibleName(self.tr("Social media scheduler"))
        self.scheduler_combo.setToolTip(
            self.tr("Also write this scheduler's bulk-import files beside the schedule sheet.")
        )
        self.scheduler_combo.addItem(self.tr("None"), "")
        for name in SCHEDULERS:
            self.scheduler_combo.addItem(SCHEDULER_NAMES.get(name, SCHEDULERS[name].label), name)
        self.scheduler_combo.setCurrentIndex(
            max(0, self.scheduler_combo.findData(kit.scheduler.strip().lower()))
        )
        row(self.tr("Social &scheduler:"), self.scheduler_combo, self.scheduler_combo)

        self.audience = QLineEdit()
        self.audience.setAccessibleName(self.tr("SMS audience file"))
        self.audience.setPlaceholderText(self.tr("Optional: a CSV with phone, locale and name columns"))
        self.audience.setToolTip(
            self.tr(
                "One SMS per recipient in the gateway's import file. The file is only read for "
                "this export: it is never stored."
            )
        )
        self.audience.setClearButtonEnabled(True)
        self.audience.textChanged.connect(self._audience_changed)
        self.audience_browse = QPushButton(self.tr("Choose f&ile…"))
        self.audience_browse.setAccessibleName(self.tr("Choose the SMS audience file"))
        self.audience_browse.clicked.connect(self._choose_audience)
        self.audience_picker: QFileDialog | None = None
        audience_row = QHBoxLayout()
        audience_row.addWidget(self.audience, 1)
        audience_row.addWidget(self.audience_browse)
        self.audience_error = QLabel()
        self.audience_error.setWordWrap(True)
        self.audience_error.setAccessibleName(self.tr("What is wrong with the audience file"))
        self.audience_error.hide()
        audience_box = QVBoxLayout()
        audience_box.addLayout(audience_row)
        audience_box.addWidget(self.audience_error)
        audience_field = QWidget()
        audience_field.setLayout(audience_box)
        audience_box.setContentsMargins(0, 0, 0, 0)
        row(self.tr("SMS a&udience:"), audience_field, self.audience)
        audience_field.setEnabled("sms" in self.channel_ids)  # none of the campaigns has an SMS: no use

        self.base_url = QLineEdit(kit.asset_base_url)
        self.base_url.setAccessibleName(self.tr("Asset base URL"))
        self.base_url.setPlaceholderText(self.tr("Empty: images by relative path"))
        self.base_url.setToolTip(
            self.tr(
                "The public address the export folder is uploaded to, such as "
                "https://cdn.example.com/campaigns: the email and the scheduler files name images by "
                "absolute URL."
            )
        )
        self.base_url.textChanged.connect(self._update_buttons)
        self.base_url_error = QLabel()
        self.base_url_error.setWordWrap(True)
        self.base_url_error.setAccessibleName(self.tr("What is wrong with the asset base URL"))
        self.base_url_error.hide()
        base_box = QVBoxLayout()
        base_box.setContentsMargins(0, 0, 0, 0)
        base_box.addWidget(self.base_url)
        base_box.addWidget(self.base_url_error)
        base_field = QWidget()
        base_field.setLayout(base_box)
        row(self.tr("Asset &base URL:"), base_field, self.base_url)
        return group

    def _error_style(self) -> str:
        from studio.gui.rules_browser import error_colors

        color, _tint = error_colors(self.palette())
        return f"QLabel {{ color: {color.name()}; }}"

    def _show_field_error(self, label: QLabel, field: QLineEdit, text: str) -> None:
        label.setText(text)
        label.setStyleSheet(self._error_style() if text else "")
        label.setVisible(bool(text))
        field.setAccessibleDescription(text)

    def base_url_problem(self) -> str:
        """Why the asset base URL cannot be used ("" when it can, or is empty)."""
        try:
            check_base_url(self.base_url.text())
        except ValueError:
            return self.tr(
                "Not a public base URL: write one such as https://cdn.example.com/campaigns "
                "(no query, no spaces), or leave it empty."
            )
        return ""

    def _choose_audience(self) -> None:
        """A file picker (window-modal, not blocking): the chosen file goes into the field."""
        current = self.audience_file()
        start = str(current.parent if current is not None else Path.home())
        picker = QFileDialog(self, self.tr("SMS audience file"), start)
        picker.setNameFilters([self.tr("CSV files (*.csv)"), self.tr("All files (*)")])
        picker.setFileMode(QFileDialog.FileMode.ExistingFile)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.fileSelected.connect(self.audience.setText)
        self.audience_picker = picker
        picker.open()

    def _audience_changed(self, _text: str) -> None:
        self._show_field_error(self.audience_error, self.audience, "")
        self._update_buttons()

    def audience_file(self) -> Path | None:
        text = self.audience.text().strip()
        return Path(text).expanduser() if text else None

    # -- state ------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._active

    def selected_channels(self) -> list[str]:
        return [c for c, box in self.channel_boxes.items() if box.isChecked()]

    def selected_locales(self) -> list[str]:
        return [t for t, box in self.locale_boxes.items() if box.isChecked()]

    def options(self) -> ExportOptions:
        """The export as the form describes it (``None`` narrows nothing when everything is ticked)."""
        channels = self.selected_channels()
        locales = self.selected_locales()
        language = "es" if QLocale().language() == QLocale.Language.Spanish else "en"
        return ExportOptions(
            out=Path(self.folder.text().strip()).expanduser(),
            channels=None if len(channels) == len(self.channel_boxes) else channels,
            locales=None if len(locales) == len(self.locale_boxes) else locales,
            zip=self.zip_box.isChecked(),
            jobs=self.jobs,
            overwrite=self.overwrite_box.isChecked(),
            force_reason=self.reason.text().strip() if self.force_box.isChecked() else None,
            language=language,
            asset_base_url=check_base_url(self.base_url.text()) if not self.base_url_problem() else None,
            esp=str(self.esp_combo.currentData() or ""),
            scheduler=str(self.scheduler_combo.currentData() or ""),
        )

    def set_checklist(self, ready: Any) -> None:
        """The one exported campaign's readiness checklist (the review tab's): Export off while it
        blocks, with the reasons (:mod:`studio.gui.export_blockers`); the engine asks it again."""
        self.checklist = ready if ready is not None and len(self.keys) == 1 else None
        self._update_buttons()

    def _missing(self) -> str:
        if not self.names:
            return self.tr("None of these campaigns can be read.")
        blocked = blocked_text(self.checklist, self.force_box.isChecked())
        if blocked:
            return blocked
        if not self.folder.text().strip():
            return self.tr("Choose a destination folder.")
        if not self.selected_channels():
            return self.tr("Tick at least one channel.")
        if not self.selected_locales():
            return self.tr("Tick at least one locale.")
        if self.force_box.isChecked() and not self.reason.text().strip():
            return self.tr("A forced export needs a reason: say why the findings may go out.")
        if self.base_url_problem():
            return self.tr("Correct the asset base URL or leave it empty.")
        if self.audience_file() is not None and "sms" not in self.selected_channels():
            return self.tr("The SMS audience goes with the SMS channel: tick SMS or clear the audience file.")
        return ""

    def _update_buttons(self, *_args: object) -> None:
        missing = "" if self.running else self._missing()
        self.hint.setText(missing)
        self.hint.setVisible(bool(missing))
        self.export_button.setEnabled(not self.running and not missing)
        self.export_button.setToolTip(missing)
        self.form.setEnabled(not self.running)
        self._show_field_error(self.base_url_error, self.base_url, self.base_url_problem())

    def _force_toggled(self, checked: bool) -> None:
        self.reason.setEnabled(checked)
        if checked:
            self.reason.setFocus()
        self._update_buttons()

    def set_destination(self, folder: str | Path) -> None:
        """Export into ``folder`` (as if typed into the destination box)."""
        self.folder.setText(str(folder))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(self._error_style() if error else "")

    # -- running ----------------------------------------------------------------------------------

    def start(self) -> bool:
        """Start the export as the form says; False (and why, in the status line) when it cannot."""
        if self.running or self._missing():
            return False
        options = self.options()
        earlier = self._earlier_exports(options)
        if earlier:
            self._set_status(
                self.tr(
                    "Earlier exports of %n campaign(s) are in this folder. Tick “Replace earlier "
                    "exports” or choose another folder.",
                    "",
                    len(earlier),
                ),
                error=True,
            )
            return False
        folder = self.folder.text().strip()
        run_task(
            _remember_folder(folder), on_error=lambda _exc: None
        )  # the file is synced off the GUI thread
        self._out = options.out
        self.export_result = None
        self.summary.clear()
        self.summary.hide()
        self.open_button.setEnabled(False)
        self.progress.setRange(0, len(self.names))
        self.progress.setValue(0)
        self.progress.show()
        self._set_status(self.tr("Starting the export…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setEnabled(True)
        keys = [k for k in self.keys if k in self.names]
        studio = self.studio
        stop = self._cancel = threading.Event()
        audience_file = self.audience_file()
        self._show_field_error(self.audience_error, self.audience, "")

        def work(progress: Any, cancel: Any) -> ExportResult:
            chosen = options
            if audience_file is not None:  # read here, off the GUI thread; handed on, never stored
                chosen = replace(options, audience=load_audience(audience_file))
            return run_export(studio, keys, chosen, progress, lambda: stop.is_set() or cancel())

        self._active = True
        self._update_buttons()
        # No parent: if the dialog goes first, the task still lives until it ends (run_task keeps it).
        task = run_task(work, on_done=self._done, on_error=self._failed, on_progress=self._progressed)
        self.task = task if self._active else None  # a synchronous run (tests) is over already
        return True

    def _earlier_exports(self, options: ExportOptions) -> list[str]:
        if options.overwrite or not options.out.is_dir():
            return []
        from studio.export.names import unique_names

        keys = [k for k in self.keys if k in self.names]
        suffix = ".zip" if options.zip else ""
        return [
            k
            for k, name in zip(keys, unique_names(keys), strict=True)
            if (options.out / f"{name}{suffix}").exists()
        ]

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        keys = [k for k in self.keys if k in self.names]
        if self._cancel.is_set():
            self._set_status(self.tr("Cancelling: the campaign being exported is finished or dropped…"))
        elif done < total and done < len(keys):
            name = self.names[keys[done]]
            self._set_status(self.tr("Exporting “{0}” ({1} of {2})…").format(name, done + 1, total))
        else:
            self._set_status(self.tr("Finishing…"))
        self.progressed.emit(done, total)

    def cancel_export(self) -> None:
        """Ask the running export to stop after the campaign in hand (the dialog stays responsive)."""
        if not self.running:
            return
        self._cancel.set()
        if self.task is not None:
            self.task.cancel()
        self.cancel_button.setEnabled(False)
        self._set_status(self.tr("Cancelling: the campaign being exported is finished or dropped…"))

    def _cancel_clicked(self) -> None:
        if self.running:
            self.cancel_export()
        else:
            self.reject()

    def _finish(self) -> None:
        self._active = False
        self.task = None
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setEnabled(True)
        self._update_buttons()
        self.exportFinished.emit()

    def _failed(self, error: Exception) -> None:
        message = error.message if isinstance(error, StudioError) else str(error)
        if isinstance(error, OSError):
            message = self.tr("The files cannot be written: {0}").format(error.strerror or error)
        if isinstance(error, AudienceRefused):
            self._show_field_error(self.audience_error, self.audience, message)
            self.summary.clear()
            for line in error.skipped:
                self._add_warning(line)
            if error.skipped:
                self.summary.show()
            self.progress.hide()
            message = self.tr("the SMS audience file cannot be used: {0}").format(message)
        self._set_status(self.tr("The export did not run: {0}").format(message), error=True)
        self._finish()

    def _add_warning(self, warning: str) -> None:
        """One warning of the export; a skipped audience row as its line number and why."""
        item = QTreeWidgetItem([self.tr("Warning"), warning])
        match = _SKIPPED.fullmatch(warning)
        if match:
            item.setText(0, self.tr("SMS audience"))
            item.setText(
                1,
                self.tr("Line {0} of {1} skipped: {2}").format(
                    match["line"], Path(match["file"]).name, match["why"]
                ),
            )
        item.setToolTip(1, warning)
        item.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.summary.addTopLevelItem(item)

    def _done(self, result: ExportResult) -> None:
        self.export_result = result
        exported = dict(result.exported)
        refused = dict(result.refused)
        self.summary.clear()
        style = self.style()
        ok_icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        refused_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        skipped_icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogCancelButton)
        for key in self.keys:
            name = self.names.get(key, key)
            item = QTreeWidgetItem([name])
            item.setToolTip(0, key)
            if key in exported:
                forced = key in result.forced
                where = exported[key].name + ("" if exported[key].suffix == ".zip" else "/")
                text = self.tr("Exported (forced): {0}") if forced else self.tr("Exported: {0}")
                item.setText(1, text.format(where))
                item.setData(1, Qt.ItemDataRole.UserRole, str(exported[key]))
                item.setIcon(0, ok_icon)
            elif key in refused:
                reasons = refused[key]
                item.setText(1, self.tr("Refused: {0}").format(self._reason(reasons[0] if reasons else "")))
                item.setIcon(0, refused_icon)
                for reason in reasons[1:]:
                    child = QTreeWidgetItem(["", _finding_line(reason)])
                    child.setToolTip(1, reason)
                    item.addChild(child)
            else:
                item.setText(
                    1, self.tr("Not exported (cancelled)") if result.cancelled else self.tr("Not exported")
                )
                item.setIcon(0, skipped_icon)
            item.setToolTip(1, str(exported[key]) if key in exported else item.text(1))
            self.summary.addTopLevelItem(item)
        for warning in result.warnings:
            self._add_warning(warning)
        self.summary.expandAll()
        self.summary.resizeColumnToContents(0)
        self.summary.show()
        parts = [self.tr("%n exported", "", len(result.exported))]
        if result.refused:
            parts.append(self.tr("%n refused", "", len(result.refused)))
        text = ", ".join(parts) + "."
        if result.cancelled:
            text = self.tr("Cancelled: {0}").format(text)
        elif result.refused:
            text += " " + self.tr("A refused campaign wrote nothing; see why below.")
        self._set_status(text)
        if not result.cancelled:
            self.progress.setValue(self.progress.maximum())
        self.open_button.setEnabled(bool(result.exported) and self._out is not None and self._out.is_dir())
        self._finish()

    def _reason(self, reason: str) -> str:
        """The engine's summary of a refusal, in the interface language where it is a known one."""
        match = re.match(r"(\d+) error findings are not waived", reason)
        if match:
            return self.tr(
                "%n error finding(s) not waived. Fix or waive them, or tick Force and give a reason.",
                "",
                int(match.group(1)),
            )
        match = re.match(r"(\d+) error findings cannot be waived or forced", reason)
        if match:
            return self.tr(
                "%n error finding(s) that cannot be waived or forced: fix the text.",
                "",
                int(match.group(1)),
            )
        return reason

    def open_folder(self) -> None:
        if self._out is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._out)))

    # -- closing ----------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc or Cancel while exporting cancels the export; the dialog closes once it is stopped."""
        if self.running:
            self.cancel_export()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel_export()
            event.ignore()
            return
        super().closeEvent(event)


def _locale_name(tag: str) -> str:
    """``es-MX`` → ``español (México) · es-MX`` in the interface language."""
    from studio.gui.naming import locale_with_tag

    return locale_with_tag(tag)


_FINDING_LINE = re.compile(
    r"(?P<rule>\w+\.\w+) \((?P<channel>[^/()]*)/(?P<locale>[^)]*)\): (?P<message>.*)", re.S
)


def _finding_line(reason: str) -> str:
    """The engine's ``Rule.Id (channel/locale): message`` as people read it: the rule's title, the
    channel's and the locale's names (the line as written stays in the tooltip)."""
    from studio.gui import naming

    match = _FINDING_LINE.fullmatch(reason)
    if match is None:
        return reason
    channel, locale = match["channel"].strip("-"), match["locale"].strip("-")
    place = " · ".join(
        x for x in (naming.channel(channel) if channel else "", naming.locale(locale) if locale else "") if x
    )
    return f"{naming.rule(match['rule'])} ({place}): {match['message']}"
