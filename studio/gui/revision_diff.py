"""Review › Compare revisions: any two stored revisions of the open campaign side by side.

Two pickers (the older and the newer revision, each with its date, author and note) and a table of
the fields that differ, named for people: the old and the new value, and for prose the words
taken out (red, struck through) and put in (green, underlined) — ``studio.review.diff``, as
``studio campaign diff`` prints it.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.app import Studio
from studio.gui.formatting import short_datetime


def words_html(words: Any) -> str:
    """A word diff as rich text: deletions struck through in red, insertions underlined in green."""
    out = []
    for op, text in words:
        escaped = html.escape(text)
        if op == "delete":
            out.append(f'<span style="color:#b3261e;text-decoration:line-through">{escaped}</span>')
        elif op == "insert":
            out.append(f'<span style="color:#1b6e20;text-decoration:underline">{escaped}</span>')
        else:
            out.append(escaped)
    return "".join(out)


class RevisionDiffDialog(QDialog):
    """The fields that differ between two revisions of a stored campaign (see the module docstring)."""

    def __init__(self, studio: Studio, key: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio, self.key, self.language = studio, key, language
        self.setWindowTitle(self.tr("Compare revisions"))
        layout = QVBoxLayout(self)
        pickers = QHBoxLayout()
        old_label = QLabel(self.tr("&From:"))
        self.old_box = QComboBox()
        old_label.setBuddy(self.old_box)
        new_label = QLabel(self.tr("&To:"))
        self.new_box = QComboBox()
        new_label.setBuddy(self.new_box)
        for widget in (old_label, self.old_box, new_label, self.new_box):
            pickers.addWidget(widget)
        pickers.setStretch(1, 1)
        pickers.setStretch(3, 1)
        layout.addLayout(pickers)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Fields that differ"))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(960, 600)

        history = studio.repository.history(key)
        for box in (self.old_box, self.new_box):
            for info in history:
                box.addItem(
                    self.tr("Revision {0} · {1} · {2}").format(
                        info.number, short_datetime(info.created_at), info.author
                    ),
                    info.number,
                )
        numbers = sorted(info.number for info in history)
        if numbers:
            self.old_box.setCurrentIndex(
                self.old_box.findData(numbers[-2] if len(numbers) > 1 else numbers[0])
            )
            self.new_box.setCurrentIndex(self.new_box.findData(numbers[-1]))
        self.old_box.currentIndexChanged.connect(lambda _i: self.compare())
        self.new_box.currentIndexChanged.connect(lambda _i: self.compare())
        self.compare()

    def compare(self) -> None:
        from studio.review.diff import diff_revisions, shown

        old, new = self.old_box.currentData(), self.new_box.currentData()
        self.table.setRowCount(0)
        if old is None or new is None:
            self.summary.setText(self.tr("This campaign has no revisions yet."))
            return
        diff = diff_revisions(self.studio.repository, self.key, int(old), int(new), language=self.language)
        self.summary.setText(
            self.tr("%n field(s) differ", "", len(diff.changes)) if diff.changes else self.tr("Same content.")
        )
        self.table.setRowCount(len(diff.changes))
        for row, change in enumerate(diff.changes):
            self.table.setItem(row, 0, QTableWidgetItem(change.label))
            if change.words:
                for column, side in ((1, "delete"), (2, "insert")):
                    kept = [(op, text) for op, text in change.words if op in ("equal", side)]
                    label = QLabel(words_html(kept))
                    label.setWordWrap(True)
                    label.setTextFormat(Qt.TextFormat.RichText)
                    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                    self.table.setCellWidget(row, column, label)
            else:
                for column, value in ((1, change.old), (2, change.new)):
                    text = shown(value)
                    text = {"(empty)": self.tr("(empty)"), "yes": self.tr("yes"), "no": self.tr("no")}.get(
                        text, text
                    )
                    self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.changes = diff.changes
