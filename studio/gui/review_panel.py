"""Review and report inside the studio: score, fact × channel matrix, the report, review steps, history.

The review steps are the CLI's (:func:`studio.review.steps.review_step`): what the buttons do is
exactly what ``studio review submit|approve|reject`` does.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from html import escape as html_escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio import clock
from studio.app import Studio
from studio.errors import StudioError
from studio.findings import CampaignCheck
from studio.gui import naming
from studio.gui.campaign_model import status_label
from studio.gui.dialogs import channel_label
from studio.gui.formatting import short_datetime
from studio.model.campaign import CampaignStatus
from studio.review.workflow import TRANSITIONS, ReviewAction

#: cell state → tint laid over the table's base colour (readable on light and dark palettes)
_TINTS = {
    "present": QColor(46, 160, 67, 60),
    "missing": QColor(210, 153, 34, 90),
    "conflict": QColor(218, 54, 51, 90),
    "waived": QColor(128, 128, 128, 70),
}


def _place(item: Any) -> str:
    """`` — SMS · English (United States)``: where a checklist line is, when it is in one channel
    or locale (the same mismatch in four channels read as four identical lines)."""
    parts = [naming.channel(item.channel)] if item.channel else []
    if item.locale:
        parts.append(naming.locale(item.locale))
    return f" — {' · '.join(parts)}" if parts else ""


class ReviewPanel(QWidget):
    """Score, fact × channel matrix and findings (the report), review buttons, audit history."""

    changed = Signal()
    #: the review steps' buttons were enabled or disabled (the window's Review menu follows them)
    buttonsChanged = Signal()
    #: the report of the latest :meth:`show_campaign` is on screen (or why it cannot be)
    shown = Signal()
    #: the marketer asked to go to a checklist item's place (a ReadinessItem)
    itemRequested = Signal(object)

    def __init__(
        self, studio: Studio, *, flush: Callable[[], None] = lambda: None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Review and report"))
        self.studio = studio
        self._flush = flush
        self.key: str | None = None
        self.last_report: Any = None
        self._request = 0
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Review status"))
        self.score = QLabel()
        self.score.setAccessibleName(self.tr("Consistency score"))
        font = self.score.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.score.setFont(font)
        self.submit_button = QPushButton(self.tr("Submit for review"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.reject_button = QPushButton(self.tr("Request changes…"))
        for button, action in (
            (self.submit_button, "submitted"),
            (self.approve_button, "approved"),
            (self.reject_button, "changes_requested"),
        ):
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _c=False, a=action: self.perform(a))
        self.open_button = QPushButton(self.tr("Open full report"))
        self.open_button.setAccessibleName(self.tr("Open the full report in the browser"))
        self.open_button.clicked.connect(self.open_report)
        self.save_button = QPushButton(self.tr("Save report as…"))
        self.save_button.setAccessibleName(self.tr("Save the report as HTML or PDF"))
        self.save_button.clicked.connect(self.save_report)

        self.matrix_model = QStandardItemModel(self)
        self.matrix = QTableView()
        self.matrix.setAccessibleName(self.tr("Facts by channel and locale"))
        self.matrix.setTabKeyNavigation(False)
        self.matrix.setModel(self.matrix_model)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Compact cells (the whole value is in the tooltip): every channel × locale fits at a glance.
        header = self.matrix.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(self.fontMetrics().horizontalAdvance("M") * 11)
        self.matrix.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix.setWordWrap(False)
        self.legend = QLabel(
            self.tr("✓ found · ✗ missing · ≠ does not match the fact sheet · — not needed in that channel")
        )
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Legend of the matrix"))
        matrix_page = QWidget()
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        matrix_layout.addWidget(self.matrix, 1)
        matrix_layout.addWidget(self.legend)
        # The report page as a browser shows it (QtWebEngine, made when the tab is first shown);
        # a plain rich-text view where WebEngine is missing.
        self.report_page = QWidget()
        self.report_page.setAccessibleName(self.tr("Consistency report"))
        QVBoxLayout(self.report_page).setContentsMargins(0, 0, 0, 0)
        self.report: Any = None  # the view, once made
        self._report_html = ""
        self._report_shown: str | None = None  # the HTML the view holds (not loaded again)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Review history"))
        # the readiness checklist: what blocks approval and export, grouped; Enter or a double
        # click goes to the item's field
        self.checklist = QListWidget()
        self.checklist.setAccessibleName(self.tr("Readiness checklist"))
        self.checklist.setWordWrap(True)
        self.checklist.itemActivated.connect(self._go_to_item)
        self.readiness: Any = None
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Report sections"))
        self.tabs.addTab(self.checklist, self.tr("Checklist"))
        self.tabs.addTab(matrix_page, self.tr("Facts × channels"))
        self.tabs.addTab(self.report_page, self.tr("Report"))
        self.tabs.currentChanged.connect(lambda _i: self._show_report_html())
        self.tabs.addTab(self.history, self.tr("History"))

        top = QHBoxLayout()
        top.addWidget(self.score)
        top.addWidget(self.status, 1)
        self.status.setWordWrap(True)
        steps = QHBoxLayout()  # a row of their own: the pane stays narrow enough for a laptop screen
        for button in (self.submit_button, self.approve_button, self.reject_button):
            steps.addWidget(button)
        steps.addStretch(1)
        files = QHBoxLayout()
        files.addStretch(1)
        files.addWidget(self.open_button)
        files.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(steps)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(files)
        self._update_buttons(None)

    # -- showing -----------------------------------------------------------------------------------

    def _language(self) -> str:
        return "es" if self.tr("Approve") != "Approve" else "en"

    def show_campaign(self, key: str, check: CampaignCheck) -> None:
        """Read the campaign's revision, waivers and history and build the report (an operation,
        off the GUI thread), then show it; :attr:`shown` says when. The newest request wins."""
        from studio.gui.ops import message_of, run_op

        self.key = key
        self._request += 1
        request = self._request
        studio, language, now = self.studio, self._language(), clock.now()

        def fn() -> tuple[tuple[Any, Any, list[Any], str, Any], bool]:
            # who is signed in is read here too (a settings file, the OS login): not on the GUI thread
            return _build(studio, key, check, language, now), _may_approve(studio)

        def done(result: tuple[tuple[Any, Any, list[Any], str, Any], bool]) -> None:
            if request == self._request:
                self._may_approve = result[1]
                self._show(*result[0])

        def failed(exc: Exception) -> None:
            if request != self._request:
                return
            self.last_report = None
            self._set_report_html(f"<p>{html_escape(message_of(exc))}</p>")
            self.score.setText("—")
            self._update_buttons(None)
            self.shown.emit()

        run_op(fn, on_done=done, on_error=failed, parent=self)

    def _show(self, stored: Any, report: Any, events: list[Any], html: str, ready: Any = None) -> None:
        self.last_report = report
        self.readiness = ready
        self._show_checklist(ready)
        self._set_report_html(html)
        self.score.setText(self.tr("{0}/100").format(report.score))
        self.score.setToolTip(self.tr("Consistency score (see “How it is computed” in the report)"))
        status = self.tr("Status: {0} · revision {1}").format(
            status_label(stored.campaign.status), stored.version
        )
        if ready is not None and not ready.ready:
            status += " · " + self.tr("%n item(s) block approval and export", "", len(ready.blocking))
        self.status.setText(status)
        self._show_matrix(report, stored.campaign.locale_tags)
        self.history.clear()
        for event in reversed(events):
            line = f"{short_datetime(event.at)} · {event.actor} · {naming.event(event.action, event.comment)}"
            self.history.addItem(line)
        self._update_buttons(stored.campaign.status)
        self.shown.emit()

    def _show_checklist(self, ready: Any) -> None:
        from PySide6.QtWidgets import QListWidgetItem

        self.checklist.clear()
        if ready is None:
            return
        if ready.ready:
            self.checklist.addItem(self.tr("✓ Nothing blocks approval or export."))
        for blocking, heading in (
            (True, self.tr("Blocks approval and export")),
            (False, self.tr("Worth a look (does not block)")),
        ):
            groups = ready.groups(blocking=blocking)
            if not groups:
                continue
            title = QListWidgetItem(heading)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            self.checklist.addItem(title)
            for group, items in groups.items():
                for item in items:
                    mark = "✗" if blocking else "!"
                    line = QListWidgetItem(f"{mark} {item.title}{_place(item)}: {item.message}")
                    line.setToolTip(naming.field(item.field) if item.field else group)
                    line.setData(Qt.ItemDataRole.UserRole, item)
                    self.checklist.addItem(line)
        count = len(ready.blocking)
        self.tabs.setTabText(
            self.tabs.indexOf(self.checklist),
            self.tr("Checklist ({0})").format(count) if count else self.tr("Checklist"),
        )

    def _go_to_item(self, line: Any) -> None:
        item = line.data(Qt.ItemDataRole.UserRole)
        if item is not None:
            self.itemRequested.emit(item)

    def _set_report_html(self, html: str) -> None:
        self._report_html = html
        self._show_report_html()

    def _show_report_html(self) -> None:
        if self.tabs.currentWidget() is not self.report_page:
            return  # drawn when the tab is shown
        if self._report_shown == self._report_html:
            return  # switching back to the tab: the page is there already
        self._report_view().setHtml(self._report_html)  # a QWebEngineView or a QTextBrowser
        self._report_shown = self._report_html

    def _report_view(self) -> Any:
        if self.report is not None:
            return self.report
        from studio.gui.previews.email import _web_view, web_engine_wanted

        view: QWidget | None = None
        if web_engine_wanted():
            try:
                view = _web_view(self.report_page)  # links are not followed inside
            except ImportError:
                view = None
        if view is None:
            view = QTextBrowser()
        view.setAccessibleName(self.tr("Consistency report"))
        layout = self.report_page.layout()
        assert layout is not None
        layout.addWidget(view)
        self.report = view
        return view

    def _show_matrix(self, report: Any, locales: list[str]) -> None:
        from studio.report.writers import FACT_LABELS

        facts = FACT_LABELS[self._language()]
        columns: list[tuple[str, str]] = []
        for row in report.matrix.values():
            for channel, locales in row.items():
                for locale in locales:
                    if (channel, locale) not in columns:
                        columns.append((channel, locale))
        order = {c: i for i, c in enumerate(report.channel_ids)}
        rank = {tag: i for i, tag in enumerate(locales)}  # the campaign's own order: main locale first
        columns.sort(key=lambda c: (order.get(c[0], 99), rank.get(c[1], 99), c[1]))
        model = self.matrix_model
        model.clear()
        model.setHorizontalHeaderLabels([f"{channel_label(c)}\n{naming.locale(loc)}" for c, loc in columns])
        for c, (channel, loc) in enumerate(columns):
            # through the model, never horizontalHeaderItem(): PySide keeps that item's wrapper after
            # clear() deletes it, and a later object at the same address came back as a QStandardItem
            model.setHeaderData(
                c,
                Qt.Orientation.Horizontal,
                f"{channel_label(channel)} · {naming.locale(loc)}",
                Qt.ItemDataRole.ToolTipRole,
            )
        model.setVerticalHeaderLabels([facts.get(name, name) for name in report.matrix])
        states = {
            "present": self.tr("found"),
            "missing": self.tr("missing"),
            "conflict": self.tr("conflict"),
            "absent": self.tr("not needed"),
        }
        for r, row in enumerate(report.matrix.values()):
            for c, (channel, locale) in enumerate(columns):
                cell = row.get(channel, {}).get(locale)
                item = QStandardItem()
                if cell is None or cell.state == "absent":
                    item.setText("—")
                    item.setToolTip(states["absent"])
                else:
                    shown = ", ".join(cell.shown)
                    mark = {"present": "✓", "missing": "✗", "conflict": "≠"}[cell.state]
                    waived = bool(getattr(cell, "waived", False))  # accepted on purpose: grey, not red
                    state = states[cell.state] + (" · " + self.tr("waived") if waived else "")
                    item.setText(f"{mark} {shown}" if shown else f"{mark} {state}")
                    item.setBackground(_TINTS["waived" if waived else cell.state])
                    item.setToolTip(
                        f"{channel_label(channel)} · {naming.locale(locale)}: {state}"
                        + (f" — «{shown}»" if shown else "")
                    )
                item.setData(cell.shown_state if cell is not None else "absent", 256)
                model.setItem(r, c, item)
        # each column as wide as its header and values need (no "glish (United State"), within reason:
        # the matrix scrolls sideways, a cell's whole text is in its tooltip
        self.matrix.resizeColumnsToContents()
        widest = self.fontMetrics().horizontalAdvance("M") * 16
        for c in range(model.columnCount()):
            self.matrix.setColumnWidth(c, min(self.matrix.columnWidth(c), widest))

    #: whether the signed-in person may sign off, read with the report (None: not read yet)
    _may_approve: bool | None = None

    def _can_approve(self) -> bool:
        """Whether the signed-in person may sign off (a brand manager in team mode)."""
        if self._may_approve is not None:
            return self._may_approve
        return _may_approve(self.studio)

    def _update_buttons(self, status: CampaignStatus | None) -> None:
        def allowed(action: ReviewAction) -> bool:
            return status is not None and status in TRANSITIONS[action][0]

        self.submit_button.setEnabled(allowed(ReviewAction.SUBMIT))
        ready = self.readiness
        blocked = ready is not None and not ready.ready
        self.approve_button.setEnabled(allowed(ReviewAction.APPROVE) and self._can_approve() and not blocked)
        # why Approve is off, where the button is: the checklist's count and its first lines
        if blocked:
            lines = [f"• {i.title}: {i.message}" for i in ready.blocking[:6]]
            more = len(ready.blocking) - len(lines)
            tip = self.tr("Approval is blocked by {0} item(s) of the checklist:").format(len(ready.blocking))
            self.approve_button.setToolTip(
                "\n".join([tip, *lines, *([self.tr("… and {0} more").format(more)] if more > 0 else [])])
            )
        else:
            self.approve_button.setToolTip("")
        self.reject_button.setEnabled(allowed(ReviewAction.REJECT))
        self.open_button.setEnabled(self.last_report is not None)
        self.save_button.setEnabled(self.last_report is not None)
        self.buttonsChanged.emit()

    # -- hooks (tests replace them) ----------------------------------------------------------------

    def ask_comment(self) -> str | None:
        """What to change (required for a request); None when cancelled. Tests replace this."""
        dialog = self.comment_dialog()
        try:
            return dialog.textValue() if dialog.exec() else None
        finally:
            dialog.deleteLater()

    def comment_dialog(self) -> QInputDialog:
        """The "what should change" box: several lines, Tab moves on to the buttons."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Request changes"))
        dialog.setLabelText(self.tr("What should change?"))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        for edit in dialog.findChildren(QPlainTextEdit):
            edit.setTabChangesFocus(True)
        return dialog

    def show_error(self, message: str) -> None:
        """Say why a step was refused, in a message box (tests replace :meth:`run_dialog` to read it)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The review step was refused"),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        try:
            self.run_dialog(box)
        finally:
            box.deleteLater()

    def run_dialog(self, dialog: QMessageBox) -> int:
        """Show a modal dialog (tests replace this)."""
        return int(dialog.exec())

    def open_url(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)

    def ask_save_path(self) -> Path | None:
        name = f"{self.key or 'report'}-report.html"
        path, _kind = QFileDialog.getSaveFileName(
            self, self.tr("Save report as"), name, self.tr("HTML page (*.html);;PDF document (*.pdf)")
        )
        return Path(path) if path else None

    # -- actions -----------------------------------------------------------------------------------

    def perform(self, action_name: str, comment: str = "") -> bool:
        """Take a review step on the open campaign (the same call as ``studio review``), as an
        operation: :attr:`changed` once it is recorded, the refusal shown otherwise."""
        from studio.gui.ops import message_of, run_op
        from studio.review.steps import review_step

        if self.key is None:
            return False
        action = ReviewAction(action_name)
        if action is ReviewAction.REJECT and not comment:
            asked = self.ask_comment()
            if asked is None:
                return False
            comment = asked
        self._flush()
        studio, key, now, language = self.studio, self.key, clock.now(), self._language()
        outcome: list[bool] = []

        def done(_result: object) -> None:
            outcome.append(True)
            self.changed.emit()

        def failed(exc: Exception) -> None:
            outcome.append(False)
            self.show_error(self.refusal_text(exc) if isinstance(exc, StudioError) else message_of(exc))

        run_op(
            lambda: review_step(studio, key, action, now=now, comment=comment, language=language),
            on_done=done,
            on_error=failed,
            parent=self,
        )
        return outcome[0] if outcome else True  # inline (tests): the outcome; else it has started

    def refusal_text(self, exc: StudioError) -> str:
        """A refused step in the interface language (the error's English message when it is not a
        refusal the studio knows how to say)."""
        return naming.error_text(exc)

    def open_report(self) -> Path | None:
        """Write the HTML report into the studio's data folder (``reports/``, one page per campaign,
        replaced each time: nothing piles up in the temporary folder) and open it in the browser."""
        from studio.report.writers import write_report
        from studio.settings import data_dir

        if self.last_report is None:
            return None
        folder = data_dir() / "reports"
        path = folder / f"{self.key or 'report'}.html"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write_report(
                self.last_report,
                path,
                format="html",
                templates=self.studio.workspace.templates,
                language=self._language(),
            )
        except (StudioError, OSError) as exc:
            self.show_error(str(exc))
            return None
        self.open_url(QUrl.fromLocalFile(str(path)))
        return path

    def save_report(self) -> Path | None:
        """Save the report where the user says, as HTML or PDF (by the file's extension)."""
        from studio.report.writers import write_report

        if self.last_report is None:
            return None
        path = self.ask_save_path()
        if path is None:
            return None
        kind = "pdf" if path.suffix.lower() == ".pdf" else "html"
        if path.suffix.lower() not in (".pdf", ".html", ".htm"):
            path = path.with_suffix(".html")
        try:
            write_report(
                self.last_report,
                path,
                format=kind,
                templates=self.studio.workspace.templates,
                language=self._language(),
            )
        except (StudioError, OSError) as exc:
            self.show_error(str(exc))
            return None
        return path


def _build(
    studio: Studio, key: str, check: CampaignCheck, language: str, now: Any
) -> tuple[Any, Any, list[Any], str, Any]:
    """The report of ``key``, what the panel shows with it and the readiness checklist (operations
    thread: no widgets). The database is read here; the report is assembled and written in the
    check process (:mod:`studio.gui.check_process`), else here."""
    from studio.gui import check_process
    from studio.gui.review_build import Records, report_parts

    repo = studio.repository
    stored = repo.get(key)
    events = repo.events(key)
    records = Records(events, repo.waivers(key, include_revoked=True), repo.waivers(key))
    request = ("report", stored.campaign, check, stored.version, records, language, now)
    process = check_process.current(studio.workspace)
    parts: tuple[Any, str, Any] | None = None
    if process is not None:
        with contextlib.suppress(check_process.ChildGone):
            parts = process.call(request)
    if parts is None:
        parts = report_parts(studio.workspace, stored.campaign, check, stored.version, records, language, now)
    report, html, ready = parts
    return stored, report, events, html, ready


def _may_approve(studio: Any) -> bool:
    """Whether the signed-in person may sign off (a brand manager in team mode); any thread."""
    can = getattr(studio.repository, "can_approve", None)
    return bool(can()) if callable(can) else True
