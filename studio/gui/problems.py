"""The problems panel: every finding of the open campaign, like an IDE's problems view.

Rows come from a table model that is refreshed in place when the same findings come back after a
re-check (selection and scroll stay put while the marketer types); filters (severity, channel,
locale, text, waived) live in a proxy. The panel never changes the campaign itself: it asks the
window through signals (jump to the finding, apply fixes, waive, unwaive).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.errors import Problem
from studio.gui import naming
from studio.gui.dialogs import channel_label
from studio.model.finding import Applicability, Finding, Severity
from studio.review.counts import FindingCounts, active_waivers, finding_counts, waiver_for
from studio.review.workflow import DEFAULT_NON_WAIVABLE, fingerprint
from studio.storage.repository import Waiver

SEVERITY, CHANNEL, LOCALE, FIELD, RULE, MESSAGE = range(6)
SortRole = Qt.ItemDataRole.UserRole + 1
FindingRole = Qt.ItemDataRole.UserRole + 2

_ORDER = (Severity.ERROR, Severity.WARNING, Severity.SUGGESTION)


def severity_label(severity: Severity) -> str:
    return {
        Severity.ERROR: QCoreApplication.translate("Severity", "Error"),
        Severity.WARNING: QCoreApplication.translate("Severity", "Warning"),
        Severity.SUGGESTION: QCoreApplication.translate("Severity", "Suggestion"),
    }[severity]


def _severity_icon(widget: QWidget, severity: Severity) -> Any:
    pixmap = {
        Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
        Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        Severity.SUGGESTION: QStyle.StandardPixmap.SP_MessageBoxInformation,
    }[severity]
    return widget.style().standardIcon(pixmap)


def _key(finding: Finding) -> tuple[str, int]:
    """A finding's identity across re-checks: its fingerprint and where its words start."""
    return fingerprint(finding), finding.span.start if finding.span else -1


def is_safe(finding: Finding) -> bool:
    return finding.fix is not None and finding.fix.applicability is Applicability.SAFE


class FindingsModel(QAbstractTableModel):
    """(finding, waiver or None) rows; the same findings again update the rows in place."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        self.rows: list[tuple[Finding, Waiver | None]] = []
        self._headers: list[str] = []
        self.retranslate()
        self._icons = {s: _severity_icon(owner, s) for s in _ORDER}

    def replace(self, rows: list[tuple[Finding, Waiver | None]]) -> bool:
        """Show ``rows``; True when the model was reset (different findings), False when updated."""
        same = len(rows) == len(self.rows) and all(
            _key(a[0]) == _key(b[0]) for a, b in zip(rows, self.rows, strict=True)
        )
        if same:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, MESSAGE))
            return False
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()
        return True

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def retranslate(self) -> None:
        """The column titles in the installed language (built here only)."""
        self._headers = [
            self.tr("Severity"),
            self.tr("Channel"),
            self.tr("Locale"),
            self.tr("Field"),
            self.tr("Rule"),
            self.tr("Message"),
        ]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        finding, waiver = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(finding, waiver, column)
        if role == SortRole:
            if column == SEVERITY:
                return finding.severity.rank
            return self._text(finding, waiver, column)
        if role == FindingRole:
            return finding
        if role == Qt.ItemDataRole.DecorationRole and column == SEVERITY:
            return self._icons[finding.severity]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(finding, waiver)
        if role == Qt.ItemDataRole.ForegroundRole and waiver is not None:
            return self._owner.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and waiver is not None:
            font = QFont(self._owner.font())
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(finding, waiver, column)
        return None

    def _text(self, finding: Finding, waiver: Waiver | None, column: int) -> str:
        if column == SEVERITY:
            return severity_label(finding.severity)
        if column == CHANNEL:
            return channel_label(finding.channel) if finding.channel else self.tr("Whole campaign")
        if column == LOCALE:
            return naming.locale(finding.locale)
        if column == FIELD:
            return naming.field(finding.field, with_place=False)
        if column == RULE:
            return naming.rule(finding.rule)
        if waiver is not None:
            return self.tr("{0} (waived by {1}: {2})").format(
                finding.message, waiver.actor, waiver.justification
            )
        return finding.message

    def _tooltip(self, finding: Finding, waiver: Waiver | None) -> str:
        lines = [finding.message]
        lines.append(self.tr("Rule: {0} ({1})").format(naming.rule(finding.rule), finding.rule))
        if finding.field:
            lines.append(self.tr("Field: {0}").format(naming.field(finding.field)))
        if finding.match:
            lines.append(self.tr("Words: «{0}»").format(finding.match))
        if finding.fix is not None:
            title = finding.fix.title or self.tr("Replace")
            kind = self.tr("safe fix") if is_safe(finding) else self.tr("fix to review")
            lines.append(self.tr("{0} ({1}): «{2}»").format(title, kind, finding.fix.replacement))
        if waiver is not None:
            lines.append(self.tr("Waived by {0}: {1}").format(waiver.actor, waiver.justification))
        return "\n".join(lines)


class FindingsFilter(QSortFilterProxyModel):
    """Severity toggles, channel, locale, words and whether waived findings show."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.severities: set[Severity] = set(_ORDER)
        self.channel: str | None = None  # None: every channel; "": the whole-campaign findings
        self.locale: str | None = None
        self.text = ""
        self.show_waived = True
        self.setSortRole(SortRole)

    def refresh(self) -> None:
        self.beginFilterChange()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, FindingsModel)
        finding, waiver = model.rows[source_row]
        if finding.severity not in self.severities:
            return False
        if waiver is not None and not self.show_waived:
            return False
        if self.channel is not None and (finding.channel or "") != self.channel:
            return False
        if self.locale is not None and (finding.locale or "") != self.locale:
            return False
        if self.text:
            words = " ".join(
                (
                    finding.message,
                    finding.rule,
                    naming.rule(finding.rule),
                    finding.match,
                    finding.field or "",
                    naming.field(finding.field) if finding.field else "",
                    finding.channel or "",
                    channel_label(finding.channel) if finding.channel else "",
                    naming.locale(finding.locale) if finding.locale else "",
                )
            ).casefold()
            return self.text.casefold() in words
        return True


class ReasonDialog(QDialog):
    """Why a finding is accepted on purpose: a reason is required."""

    def __init__(
        self, finding: Finding, parent: QWidget | None = None, *, more: Sequence[Finding] = ()
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Waive a finding") if not more else self.tr("Waive findings"))
        shown = [finding, *more]
        lines = [
            self.tr("<b>{0}</b> — {1}").format(html.escape(naming.rule(f.rule)), html.escape(f.message))
            + (f"<br>«{html.escape(f.match)}»" if f.match and not more else "")
            for f in shown[:8]
        ]
        if len(shown) > 8:
            lines.append(self.tr("… and {0} more").format(len(shown) - 8))
        intro = self.tr("One reason for these {0} findings:").format(len(shown)) + "<br>" if more else ""
        about = QLabel(intro + "<br>".join(lines))
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.RichText)
        about.setToolTip(finding.rule)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason for the waiver"))
        self.reason.setTabChangesFocus(True)  # Tab moves on to the buttons (a reason has no tabs)
        self.reason.setPlaceholderText(self.tr("Why is this acceptable here? (shown in the report)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Waive"))
        ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda: ok.setEnabled(bool(self.value())))
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(QLabel(self.tr("Reason (required):")))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)

    def value(self) -> str:
        return self.reason.toPlainText().strip()


def _run(dialog: QDialog) -> int:
    return int(dialog.exec())


class ProblemsPanel(QWidget):
    """The open campaign's findings with filters, fixes and waivers."""

    activated = Signal(object)
    fixRequested = Signal(list)
    waiveRequested = Signal(object, str)
    waiveManyRequested = Signal(list, str)  # several findings, one reason
    unwaiveRequested = Signal(int)
    countsChanged = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Problems"))
        #: runs a modal dialog and returns its result (tests replace it to fill the dialog)
        self.run_dialog: Callable[[QDialog], int] = _run
        self._counts: tuple[int, int, int] | None = None
        self._totals = FindingCounts()
        self._sized = False

        self.model = FindingsModel(self)
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(self.model)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Rule file errors"))
        self.banner.setFrameShape(QLabel.Shape.StyledPanel)
        self.banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.banner.setAutoFillBackground(True)
        self.banner.setContentsMargins(6, 4, 6, 4)
        self.banner.hide()

        self.severity_buttons: dict[Severity, QToolButton] = {}
        bar = QHBoxLayout()
        for severity in _ORDER:
            button = QToolButton()
            button.setCheckable(True)
            button.setChecked(True)
            button.setIcon(_severity_icon(self, severity))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.toggled.connect(self._filters_changed)
            self.severity_buttons[severity] = button
            bar.addWidget(button)
        self.channel_box = QComboBox()
        self.channel_box.setAccessibleName(self.tr("Filter by channel"))
        self.channel_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.locale_box = QComboBox()
        self.locale_box.setAccessibleName(self.tr("Filter by locale"))
        self.locale_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill_combo(self.channel_box, [], self.tr("All channels"), self._channel_text)
        self._fill_combo(self.locale_box, [], self.tr("All locales"), naming.locale)
        self.channel_box.currentIndexChanged.connect(self._filters_changed)
        self.locale_box.currentIndexChanged.connect(self._filters_changed)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search problems"))
        self.search.setPlaceholderText(self.tr("Filter (words, rule…)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filters_changed)
        self.show_waived = QCheckBox(self.tr("Show waived"))
        self.show_waived.setAccessibleName(self.tr("Show waived findings"))
        self.show_waived.setChecked(True)
        self.show_waived.toggled.connect(self._filters_changed)
        bar.addWidget(self.channel_box)
        bar.addWidget(self.locale_box)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_waived)

        self.fix_button = self._button(self.tr("Apply fix"), self.apply_fix)
        self.fix_all_button = self._button(self.tr("Fix all safe"), self.fix_all_safe)
        self.waive_button = self._button(self.tr("Waive…"), self.waive_selected)
        self.unwaive_button = self._button(self.tr("Unwaive"), self.unwaive_selected)
        self.copy_button = self._button(self.tr("Copy"), self.copy_selected)
        actions = QHBoxLayout()
        for button in (
            self.fix_button,
            self.fix_all_button,
            self.waive_button,
            self.unwaive_button,
            self.copy_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.shown_label = QLabel()
        self.shown_label.setAccessibleName(self.tr("Problems shown"))
        actions.addWidget(self.shown_label)

        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Problems list"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(SEVERITY, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        self.view.verticalHeader().setDefaultSectionSize(metrics.height() + metrics.height() // 2)
        widest = {
            SEVERITY: max(metrics.horizontalAdvance(severity_label(s)) for s in _ORDER)
            + metrics.height() * 2,
            CHANNEL: metrics.horizontalAdvance(self.tr("Whole campaign")) + metrics.height(),
            LOCALE: metrics.horizontalAdvance(naming.locale("es-MX")) + metrics.height(),
            FIELD: metrics.averageCharWidth() * 16,
            RULE: metrics.averageCharWidth() * 28,
        }
        for column, width in widest.items():
            header.resizeSection(column, width)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(self._activate_index)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.installEventFilter(self)

        self.empty = QLabel(self.tr("No problems found."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("No problems"))
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(actions)
        self._update_severity_texts()
        self._update_buttons()

    # -- public --------------------------------------------------------------------------------

    def set_findings(
        self,
        findings: list[Finding],
        waivers: list[Waiver],
        rule_problems: list[Problem] | None = None,
        non_waivable: Collection[str] = DEFAULT_NON_WAIVABLE,
        *,
        campaign: str | None = None,
    ) -> None:
        """Show the findings of the latest check; selection and scroll stay when they come back
        (of the same ``campaign``: another one's start at the top).

        Counts (the filter buttons, :meth:`counts`, :attr:`countsChanged`) are
        :func:`~studio.review.counts.finding_counts` of the same findings and waivers."""
        active = active_waivers(waivers)
        rows = [(f, waiver_for(f, active, non_waivable)) for f in findings]
        # another campaign's findings start at the top, nothing selected (not where the last was left)
        fresh = campaign is not None and campaign != self._campaign
        if campaign is not None:
            self._campaign = campaign
        selected = set() if fresh else {_key(f) for f in self.selected_findings()}
        current = None if fresh else self._current_finding()
        current_key = _key(current) if current is not None else None
        scroll = 0 if fresh else self.view.verticalScrollBar().value()
        if self.model.replace(rows):
            if not self._sized and rows:
                self._sized = True
                self.view.resizeColumnToContents(SEVERITY)
            self._restore_selection(selected, current_key)
            self.view.verticalScrollBar().setValue(scroll)
        elif fresh:
            self.view.clearSelection()
            self.view.verticalScrollBar().setValue(0)
        self._update_combos(findings)
        self._show_rule_problems(rule_problems or [])
        self._totals = finding_counts(findings, waivers, non_waivable)
        self._update_severity_texts()
        self._after_filter()
        self._counts = (self._totals.errors, self._totals.warnings, self._totals.suggestions)
        self.countsChanged.emit(*self._counts)  # every time: the window (and the bench) wait for it

    #: the campaign whose findings are shown (None: not said)
    _campaign: str | None = None

    def counts(self) -> tuple[int, int, int]:
        """Errors, warnings and suggestions that no waiver covers."""
        return self._counts or (0, 0, 0)

    def visible_findings(self) -> list[Finding]:
        return [self._finding_at(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount())]

    def visible(self) -> list[Finding]:
        """The findings the filters let through, in the order shown."""
        return self.visible_findings()

    def selected(self) -> Finding | None:
        """The first selected finding."""
        chosen = self.selected_findings()
        return chosen[0] if chosen else None

    def selected_findings(self) -> list[Finding]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self._finding_at(self.proxy.index(r, 0)) for r in rows]

    def select_finding(self, finding: Finding) -> bool:
        for r in range(self.proxy.rowCount()):
            if _key(self._finding_at(self.proxy.index(r, 0))) == _key(finding):
                self._select_row(r)
                return True
        return False

    def select_next(self, step: int = 1) -> None:
        """Select the next (``step`` 1) or previous (-1) problem, wrapping around, and activate it."""
        count = self.proxy.rowCount()
        if not count:
            return
        current = self.view.currentIndex()
        start = 0 if step > 0 else count - 1
        row = (current.row() + step) % count if current.isValid() else start
        self._select_row(row)
        self.activated.emit(self._finding_at(self.proxy.index(row, 0)))

    # -- actions -------------------------------------------------------------------------------

    def apply_fix(self) -> None:
        selected = [f for f in self.selected_findings() if f.fix is not None]
        safe = [f for f in selected if is_safe(f)]
        if safe:
            self.fixRequested.emit(safe)
            return
        if len(selected) == 1 and self._confirm_unsafe(selected[0]):
            self.fixRequested.emit(selected)

    def fix_all_safe(self) -> None:
        rows = [self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in range(self.proxy.rowCount())]
        safe = [
            self.model.rows[r][0]
            for r in rows
            if self.model.rows[r][1] is None and is_safe(self.model.rows[r][0])
        ]
        if safe:
            self.fixRequested.emit(safe)

    def waive_selected(self) -> None:
        """Waive the selected findings not yet waived, with one reason (one or many)."""
        chosen = self._unwaived_selection()
        if not chosen:
            return
        dialog = ReasonDialog(chosen[0], self, more=chosen[1:])
        try:
            if self.run_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.value():
                if len(chosen) == 1:
                    self.waiveRequested.emit(chosen[0], dialog.value())
                else:
                    self.waiveManyRequested.emit(chosen, dialog.value())
        finally:
            dialog.deleteLater()

    def unwaive_selected(self) -> None:
        for waiver in self._selected_waivers():
            self.unwaiveRequested.emit(waiver.id)

    def copy_selected(self) -> None:
        lines = []
        for finding in self.selected_findings() or self.visible_findings():
            place = " · ".join(
                x
                for x in (
                    channel_label(finding.channel) if finding.channel else "",
                    naming.locale(finding.locale) if finding.locale else "",
                    naming.field(finding.field, with_place=False) if finding.field else "",
                )
                if x
            )
            rule = f"{naming.rule(finding.rule)} ({finding.rule})"
            lines.append("\t".join((severity_label(finding.severity), rule, place, finding.message)))
        QGuiApplication.clipboard().setText("\n".join(lines))

    # -- internals -----------------------------------------------------------------------------

    def _button(self, text: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(slot)
        return button

    def _channel_text(self, channel: str) -> str:
        return channel_label(channel) if channel else self.tr("Whole campaign")

    def _fill_combo(
        self, box: QComboBox, values: list[str], everything: str, label: Callable[[str], str]
    ) -> None:
        wanted = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for value in values:
            box.addItem(label(value), value)
        index = box.findData(wanted) if wanted is not None else 0
        box.setCurrentIndex(max(0, index))
        box.blockSignals(False)

    def _update_combos(self, findings: list[Finding]) -> None:
        channels = sorted({f.channel or "" for f in findings})
        locales = sorted({f.locale or "" for f in findings} - {""})
        if channels != [self.channel_box.itemData(i) for i in range(1, self.channel_box.count())]:
            self._fill_combo(self.channel_box, channels, self.tr("All channels"), self._channel_text)
        if locales != [self.locale_box.itemData(i) for i in range(1, self.locale_box.count())]:
            self._fill_combo(self.locale_box, locales, self.tr("All locales"), naming.locale)
        self._apply_filters()

    def _show_rule_problems(self, problems: list[Problem]) -> None:
        if not problems:
            self.banner.hide()
            return
        files = sorted({p.file.name if p.file else p.message for p in problems})
        text = self.tr("%n rule file(s) not applied in full: ", "", len(files)) + ", ".join(files[:4])
        if len(files) > 4:
            text += " …"
        self.banner.setText(text)
        self.banner.setToolTip("\n".join(str(p) for p in problems))
        self.banner.show()

    def _update_severity_texts(self) -> None:
        names = {
            Severity.ERROR: self.tr("Errors ({0})"),
            Severity.WARNING: self.tr("Warnings ({0})"),
            Severity.SUGGESTION: self.tr("Suggestions ({0})"),
        }
        for severity in _ORDER:
            button = self.severity_buttons[severity]
            button.setText(names[severity].format(self._totals.of(severity)))  # waived left out
            button.setAccessibleName(self.tr("Show {0}").format(button.text()))

    def _apply_filters(self) -> None:
        self.proxy.severities = {s for s, b in self.severity_buttons.items() if b.isChecked()}
        self.proxy.channel = self.channel_box.currentData()
        self.proxy.locale = self.locale_box.currentData()
        self.proxy.text = self.search.text().strip()
        self.proxy.show_waived = self.show_waived.isChecked()
        self.proxy.refresh()

    def _filters_changed(self, *_: object) -> None:
        self._apply_filters()
        self._after_filter()

    def _after_filter(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.view.setVisible(shown > 0)
        self.empty.setVisible(shown == 0)
        self.empty.setText(
            self.tr("No problems found.") if total == 0 else self.tr("No problems match the filters.")
        )
        self.shown_label.setText(self.tr("%n shown", "", shown) if shown != total else "")
        self._update_buttons()

    def _finding_at(self, index: QModelIndex) -> Finding:
        finding = index.data(FindingRole)
        assert isinstance(finding, Finding)
        return finding

    def _current_finding(self) -> Finding | None:
        index = self.view.currentIndex()
        return self._finding_at(index.siblingAtColumn(0)) if index.isValid() else None

    def _select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _restore_selection(self, selected: set[tuple[str, int]], current: tuple[str, int] | None) -> None:
        model = self.view.selectionModel()
        rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            key = _key(self._finding_at(index))
            if key == current:
                model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            if key in selected:
                model.select(index, rows)

    def _selected_rows(self) -> list[tuple[Finding, Waiver | None]]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()] for r in rows]

    def _selected_waivers(self) -> list[Waiver]:
        return [w for _f, w in self._selected_rows() if w is not None]

    def _single_unwaived(self) -> Finding | None:
        rows = self._unwaived_selection()
        return rows[0] if len(rows) == 1 else None

    def _unwaived_selection(self) -> list[Finding]:
        return [f for f, w in self._selected_rows() if w is None]

    def _update_buttons(self) -> None:
        selected = [f for f, _w in self._selected_rows()]
        fixable = [f for f in selected if f.fix is not None]
        safe = [f for f in fixable if is_safe(f)]
        if safe or not fixable:
            self.fix_button.setText(self.tr("Apply fix"))
            self.fix_button.setEnabled(bool(safe))
        else:
            self.fix_button.setText(self.tr("Review fix…"))
            self.fix_button.setEnabled(len(fixable) == 1)
        self.fix_button.setAccessibleName(self.fix_button.text())
        self.fix_all_button.setEnabled(
            any(
                w is None and is_safe(f)
                for f, w in (
                    self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
                    for r in range(self.proxy.rowCount())
                )
            )
        )
        self.waive_button.setEnabled(bool(self._unwaived_selection()))
        self.unwaive_button.setEnabled(bool(self._selected_waivers()))
        self.copy_button.setEnabled(self.proxy.rowCount() > 0)

    def _confirm_unsafe(self, finding: Finding) -> bool:
        box = self.unsafe_fix_box(finding)
        try:
            return self.run_dialog(box) == QMessageBox.StandardButton.Apply
        finally:
            box.deleteLater()

    def unsafe_fix_box(self, finding: Finding) -> QMessageBox:
        """The question asked before a fix that needs a look is applied."""
        assert finding.fix is not None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Review fix"))
        box.setText(
            self.tr("This fix needs a look before it is applied. Replace «{0}» with «{1}»?").format(
                finding.match, finding.fix.replacement
            )
        )
        box.setInformativeText(finding.fix.title or finding.message)
        box.setStandardButtons(QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box

    def _activate_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self._finding_at(index.siblingAtColumn(0)))

    def _context_menu(self, position: Any) -> None:
        menu = self._build_menu()
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _build_menu(self) -> QMenu:
        menu = QMenu(self)
        for button in (
            self.fix_button,
            self.fix_all_button,
            self.waive_button,
            self.unwaive_button,
            self.copy_button,
        ):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_F8:
                if event.type() == QEvent.Type.KeyPress:
                    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                    self.select_next(-1 if shift else 1)
                event.accept()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.type() == QEvent.Type.KeyPress:
                self._activate_index(self.view.currentIndex())
                return True
        return super().eventFilter(watched, event)
