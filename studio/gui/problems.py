"""The problems panel: every finding of the open campaign, like an IDE's problems view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio.errors import Problem
from studio.gui.dialogs import channel_label
from studio.model.finding import Finding, Severity
from studio.review.workflow import fingerprint

Index = QModelIndex | QPersistentModelIndex


def severity_label(severity: Severity) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        Severity.ERROR: QCoreApplication.translate("Severity", "Error"),
        Severity.WARNING: QCoreApplication.translate("Severity", "Warning"),
        Severity.SUGGESTION: QCoreApplication.translate("Severity", "Suggestion"),
    }[severity]


class FindingsModel(QAbstractTableModel):
    COLUMNS = ("severity", "channel", "locale", "field", "rule", "message")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Finding, Any]] = []  # finding, waiver or None

    def set_rows(self, rows: list[tuple[Finding, Any]]) -> None:
        if [(f, w and w.id) for f, w in rows] == [(f, w and w.id) for f, w in self.rows]:
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Severity"),
            self.tr("Channel"),
            self.tr("Locale"),
            self.tr("Field"),
            self.tr("Rule"),
            self.tr("Message"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding, waiver = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "severity":
                return severity_label(finding.severity)
            if column == "channel":
                return channel_label(finding.channel) if finding.channel else "—"
            if column == "locale":
                return finding.locale or "—"
            if column == "field":
                return finding.field or "—"
            if column == "rule":
                return finding.rule
            text = finding.message
            if waiver is not None:
                text = self.tr("[waived: {0}] {1}").format(waiver.justification, text)
            return text
        if role == Qt.ItemDataRole.UserRole:
            return (finding.severity.rank, index.row()) if column == "severity" else None
        if role == Qt.ItemDataRole.DecorationRole and column == "severity":
            from PySide6.QtWidgets import QApplication

            icons = {
                Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
                Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
                Severity.SUGGESTION: QStyle.StandardPixmap.SP_MessageBoxInformation,
            }
            return QApplication.style().standardIcon(icons[finding.severity])
        if role == Qt.ItemDataRole.ForegroundRole and waiver is not None:
            return QColor(128, 128, 128)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{finding.rule}: {finding.message}"
            if finding.match:
                tip += "\n«" + finding.match + "»"
            if finding.fix is not None:
                tip += "\n→ «" + finding.fix.replacement + "» (" + finding.fix.applicability.value + ")"
            return tip
        return None


class ProblemsPanel(QWidget):
    """Findings with filters; activate to jump, apply safe fixes, waive with a reason."""

    activated = Signal(object)
    fixRequested = Signal(list)
    waiveRequested = Signal(object, str)
    unwaiveRequested = Signal(int)
    countsChanged = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._waivers: dict[str, Any] = {}
        self._counts = (0, 0, 0)
        self.model = FindingsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.severity_boxes: dict[Severity, QCheckBox] = {}
        filters = QHBoxLayout()
        for severity in (Severity.ERROR, Severity.WARNING, Severity.SUGGESTION):
            box = QCheckBox()
            box.setChecked(True)
            box.setAccessibleName(severity_label(severity))
            box.toggled.connect(self._refilter)
            self.severity_boxes[severity] = box
            filters.addWidget(box)
        self.channel_filter = QComboBox()
        self.channel_filter.setAccessibleName(self.tr("Filter problems by channel"))
        self.channel_filter.currentIndexChanged.connect(self._refilter)
        self.locale_filter = QComboBox()
        self.locale_filter.setAccessibleName(self.tr("Filter problems by locale"))
        self.locale_filter.currentIndexChanged.connect(self._refilter)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Filter problems…"))
        self.text_filter.setAccessibleName(self.tr("Filter problems by text"))
        self.text_filter.textChanged.connect(self._refilter)
        self.show_waived = QCheckBox(self.tr("Show waived"))
        self.show_waived.setAccessibleName(self.tr("Show waived problems"))
        self.show_waived.toggled.connect(self._refilter)
        for widget in (self.channel_filter, self.locale_filter):
            filters.addWidget(widget)
        filters.addWidget(self.text_filter, 1)
        filters.addWidget(self.show_waived)
        self.fix_button = QPushButton(self.tr("Apply fix"))
        self.fix_button.setAccessibleName(self.tr("Apply the fix of the selected problem"))
        self.fix_button.clicked.connect(self._fix_selected)
        self.fix_all_button = QPushButton(self.tr("Fix all safe"))
        self.fix_all_button.setAccessibleName(self.tr("Apply every safe fix shown"))
        self.fix_all_button.clicked.connect(self._fix_all)
        self.waive_button = QPushButton(self.tr("Waive…"))
        self.waive_button.setAccessibleName(self.tr("Waive the selected problem with a reason"))
        self.waive_button.clicked.connect(self._waive_selected)
        self.unwaive_button = QPushButton(self.tr("Unwaive"))
        self.unwaive_button.setAccessibleName(self.tr("Withdraw the waiver of the selected problem"))
        self.unwaive_button.clicked.connect(self._unwaive_selected)
        for button in (self.fix_button, self.fix_all_button, self.waive_button, self.unwaive_button):
            filters.addWidget(button)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Problems"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self._emit_activated(index))
        self.table.doubleClicked.connect(lambda index: self._emit_activated(index))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence("F8"), self, lambda: self.select_next(1))
        QShortcut(QKeySequence("Shift+F8"), self, lambda: self.select_next(-1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self._update_buttons()
        self._update_labels()

    # -- data -------------------------------------------------------------------------------------

    def set_findings(
        self, findings: list[Finding], waivers: list[Any], rule_problems: list[Problem] | None = None
    ) -> None:
        self._findings = list(findings)
        self._waivers = {w.fingerprint: w for w in waivers if getattr(w, "active", True)}
        rule_problems = rule_problems or []
        if rule_problems:
            self.banner.setText(
                self.tr("%n rule file(s) have errors: ", "", len(rule_problems))
                + "; ".join(str(p) for p in rule_problems[:3])
            )
            self.banner.show()
        else:
            self.banner.hide()
        self._fill_combo(
            self.channel_filter, self.tr("All channels"), sorted({f.channel for f in findings if f.channel})
        )
        self._fill_combo(
            self.locale_filter, self.tr("All locales"), sorted({f.locale for f in findings if f.locale})
        )
        self._refilter()
        counts = [0, 0, 0]
        for f in self._findings:
            if fingerprint(f) not in self._waivers:
                counts[{Severity.ERROR: 0, Severity.WARNING: 1, Severity.SUGGESTION: 2}[f.severity]] += 1
        self._counts = (counts[0], counts[1], counts[2])
        self._update_labels()
        self.countsChanged.emit(*self._counts)

    def counts(self) -> tuple[int, int, int]:
        return self._counts

    def _fill_combo(self, combo: QComboBox, everything: str, values: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value in values:
            combo.addItem(channel_label(value) if combo is self.channel_filter else value, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _refilter(self) -> None:
        selected = self.selected()
        wanted = {s for s, box in self.severity_boxes.items() if box.isChecked()}
        channel, locale = self.channel_filter.currentData(), self.locale_filter.currentData()
        text = self.text_filter.text().strip().lower()
        rows = []
        for f in self._findings:
            waiver = self._waivers.get(fingerprint(f))
            if f.severity not in wanted or (waiver is not None and not self.show_waived.isChecked()):
                continue
            if (channel and f.channel != channel) or (locale and f.locale != locale):
                continue
            if text and text not in f"{f.rule} {f.message} {f.match}".lower():
                continue
            rows.append((f, waiver))
        self.model.set_rows(rows)
        if selected is not None:
            self._select_finding(selected)
        self._update_buttons()

    def _update_labels(self) -> None:
        errors, warnings, suggestions = self._counts
        self.severity_boxes[Severity.ERROR].setText(self.tr("Errors: {0}").format(errors))
        self.severity_boxes[Severity.WARNING].setText(self.tr("Warnings: {0}").format(warnings))
        self.severity_boxes[Severity.SUGGESTION].setText(self.tr("Suggestions: {0}").format(suggestions))

    # -- selection and actions ----------------------------------------------------------------------

    def visible(self) -> list[Finding]:
        return [
            self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()][0]
            for r in range(self.proxy.rowCount())
        ]

    def selected(self) -> Finding | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()][0]

    def _select_finding(self, finding: Finding) -> None:
        for r in range(self.proxy.rowCount()):
            if self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()][0] == finding:
                self.table.selectRow(r)
                return

    def select_next(self, step: int) -> None:
        count = self.proxy.rowCount()
        if not count:
            return
        rows = self.table.selectionModel().selectedRows()
        row = (rows[0].row() + step) % count if rows else (0 if step > 0 else count - 1)
        self.table.selectRow(row)
        self._emit_activated(self.proxy.index(row, 0))

    def _emit_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.model.rows[self.proxy.mapToSource(index).row()][0])

    def _update_buttons(self) -> None:
        finding = self.selected()
        waived = finding is not None and fingerprint(finding) in self._waivers
        self.fix_button.setEnabled(
            finding is not None and finding.fix is not None and finding.fix.applicability.value == "safe"
        )
        self.fix_all_button.setEnabled(
            any(f.fix and f.fix.applicability.value == "safe" for f in self.visible())
        )
        self.waive_button.setEnabled(finding is not None and not waived)
        self.unwaive_button.setEnabled(waived)

    def _fix_selected(self) -> None:
        finding = self.selected()
        if finding is not None and finding.fix is not None and finding.fix.applicability.value == "safe":
            self.fixRequested.emit([finding])

    def _fix_all(self) -> None:
        safe = [f for f in self.visible() if f.fix is not None and f.fix.applicability.value == "safe"]
        if safe:
            self.fixRequested.emit(safe)

    def ask_reason(self, finding: Finding) -> str | None:
        """The waiver's reason from the user; None when cancelled (tests replace this)."""
        text, ok = QInputDialog.getText(
            self, self.tr("Waive a problem"), self.tr("Why is “{0}” acceptable here?").format(finding.rule)
        )
        return text if ok else None

    def _waive_selected(self) -> None:
        finding = self.selected()
        if finding is None:
            return
        reason = self.ask_reason(finding)
        if reason is not None and reason.strip():
            self.waiveRequested.emit(finding, reason.strip())

    def _unwaive_selected(self) -> None:
        finding = self.selected()
        waiver = self._waivers.get(fingerprint(finding)) if finding is not None else None
        if waiver is not None:
            self.unwaiveRequested.emit(int(waiver.id))
