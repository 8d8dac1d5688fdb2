"""Binding controls to document paths: a row (label, control, problem line) per field, the
binding that shows a path's value and writes edits back, and the small controls built that way."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from studio.app import Studio
from studio.gui.document import CampaignDocument
from studio.gui.editor.widgets import Counter, TextField, _problem_color
from studio.gui.entry_fields import AmountField, DateTimeField, EntryField
from studio.gui.layered_tr import translate_in_mro
from studio.model.campaign import Channel

Path = tuple[str, ...]

PRINT_SIZES = ("A4", "A3", "A2")
UNPUBLISHED = ("draft", "in_review")  # statuses whose start in the past is a warning


# -- bindings ---------------------------------------------------------------------------------------------


class Binding:
    """One control bound to one document path (plus paths whose change also refreshes it)."""

    def __init__(
        self,
        path: Path,
        widget: QWidget,
        show: Callable[[Any], None],
        *,
        depends: Sequence[Path] = (),
        message: QLabel | None = None,
        focus: Callable[[int | None, int | None], None] | None = None,
    ) -> None:
        self.path = path
        self.widget = widget
        self.show = show
        self.depends = tuple(depends)
        self.message = message
        self.focus = focus
        self.problem = ""

    def affected_by(self, changed: Path) -> bool:
        for path in (self.path, *self.depends):
            n = min(len(path), len(changed))
            if path[:n] == changed[:n]:
                return True
        return False


class EditorBase(QWidget):
    """The editor's shared state (set by :class:`~studio.gui.editor.CampaignEditor`'s ``__init__``)."""

    studio: Studio
    doc: CampaignDocument | None
    gap: int
    form_layout: QVBoxLayout
    _bindings: list[Binding]
    _by_path: dict[Path, Binding]
    _text_fields: dict[Path, TextField]
    _updating: bool
    sizes_row: QWidget
    size_boxes: dict[str, QCheckBox]

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Translated in the context of the layer whose code says it (:mod:`studio.gui.layered_tr`)."""
        return translate_in_mro(self, source, disambiguation, n)

    def _locale_tags(self) -> list[str]:
        if self.doc is None:
            return []
        locales = self.doc.value(("locales",))
        tags = list(locales.keys()) if isinstance(locales, dict) else []
        primary = self.doc.value(("primary_locale",))
        return [primary, *(t for t in tags if t != primary)] if primary in tags else tags


class EditorBindings(EditorBase):
    """Rows and bindings (the building blocks of the sections)."""

    def _row(
        self,
        layout: QVBoxLayout | QGridLayout,
        label: str,
        widget: QWidget,
        *,
        extra: QWidget | None = None,
        cell: tuple[int, int] | None = None,
    ) -> QLabel:
        """Label above control, an optional counter on the label's line, a problem line under it."""
        box = QVBoxLayout()
        box.setSpacing(max(2, self.gap // 3))
        top = QHBoxLayout()
        caption = QLabel(label)
        # the Alt letter goes to the control: a label ignores a buddy that takes no focus itself (a
        # container), whatever its focus proxy
        caption.setBuddy(widget.focusProxy() or widget)
        top.addWidget(caption)
        top.addStretch(1)
        if extra is not None:
            top.addWidget(extra)
        box.addLayout(top)
        box.addWidget(widget)
        message = QLabel()
        message.setWordWrap(True)
        message.setStyleSheet(f"color: {_problem_color(self.palette()).name()};")
        message.hide()
        box.addWidget(message)
        widget.setAccessibleName(caption.text().replace("&", ""))
        widget.setProperty("problemLabel", message)
        if isinstance(layout, QGridLayout):
            assert cell is not None
            layout.addLayout(box, *cell)
        else:
            layout.addLayout(box)
        return message

    def _bind(self, path: Path, widget: QWidget, show: Callable[[Any], None], **kwargs: Any) -> Binding:
        message = widget.property("problemLabel")
        binding = Binding(
            path, widget, show, message=message if isinstance(message, QLabel) else None, **kwargs
        )
        self._bindings.append(binding)
        self._by_path[path] = binding
        return binding

    def _write(self, path: Path, value: Any, *, merge: bool = True) -> None:
        if self._updating or self.doc is None:
            return
        self.doc.set_value(path, value, merge=merge)

    def _stack(self) -> Any:
        return self.doc.undo_stack if self.doc is not None else None

    def text_row(
        self,
        layout: QVBoxLayout | QGridLayout,
        path: Path,
        label: str,
        *,
        single_line: bool,
        lines: int = 4,
        limit: int | None = None,
        empty: Any = "",
        to_doc: Callable[[str], Any] | None = None,
        from_doc: Callable[[Any], str] | None = None,
        cell: tuple[int, int] | None = None,
    ) -> TextField:
        field = TextField(single_line=single_line, lines=lines)
        field.undo_stack = self._stack
        counter = Counter(limit) if limit else None
        self._row(layout, label, field, extra=counter, cell=cell)

        def show(value: Any) -> None:
            text = from_doc(value) if from_doc else ("" if value is None else str(value))
            field.show_text(text)
            if counter is not None:
                counter.show_count(len(text))

        def changed() -> None:
            text = field.toPlainText()
            if counter is not None:
                counter.show_count(len(text))
            value = to_doc(text) if to_doc else (text if text or empty == "" else empty)
            self._write(path, value)

        field.textChanged.connect(changed)

        def focus(start: int | None, end: int | None) -> None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            if start is not None:
                length = len(field.toPlainText())
                cursor = field.textCursor()
                cursor.setPosition(min(start, length))
                cursor.setPosition(
                    min(end if end is not None else start, length), QTextCursor.MoveMode.KeepAnchor
                )
                field.setTextCursor(cursor)
                field.ensureCursorVisible()

        self._bind(path, field, show, focus=focus)
        self._text_fields[path] = field
        return field

    def _amount_row(
        self, grid: QGridLayout, path: Path, label: str, cell: tuple[int, int], digits: int | None = -1
    ) -> AmountField:
        field = AmountField(
            locales=self._locale_tags,
            currency=lambda: self.doc.value(("offer", "currency")) if self.doc is not None else None,
            digits=self._currency_digits if digits is not None else None,
            percent=digits is None,
        )
        self._entry_row(grid, path, label, cell, field)
        return field

    def _entry_row(
        self, grid: QGridLayout, path: Path, label: str, cell: tuple[int, int], field: EntryField
    ) -> None:
        """An :mod:`~studio.gui.entry_fields` field: one undo step per committed entry."""
        field.undo_stack = self._stack
        self._row(grid, label, field.container, cell=cell)
        field.setAccessibleName(field.container.accessibleName())
        field.setProperty("problemLabel", field.container.property("problemLabel"))
        caption = label.replace("&", "")
        field.committed.connect(
            lambda value: (
                self.doc.set_value(path, value, label=caption, merge=False)
                if self.doc is not None and not self._updating
                else None
            )
        )

        def focus(_start: int | None, _end: int | None) -> None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()

        self._bind(path, field, field.show_value, focus=focus, depends=field.depends)

    def _currency_digits(self) -> int:
        from babel.numbers import get_currency_precision

        code = self.doc.value(("offer", "currency")) if self.doc is not None else "EUR"
        try:
            return int(get_currency_precision(code or "EUR"))
        except Exception:  # an unknown code is reported by validation
            return 2

    def _date_row(self, grid: QGridLayout, path: Path, label: str, cell: tuple[int, int]) -> DateTimeField:
        other = ("offer", "valid_from") if path[-1] == "valid_until" else ("offer", "valid_until")
        field = DateTimeField(
            role="end" if path[-1] == "valid_until" else "start",
            zone=self._zone,
            locales=self._locale_tags,
            other=lambda: self.doc.value(other) if self.doc is not None else None,
            max_days=self._max_offer_days,
            unpublished=lambda: self.doc is not None and self.doc.value(("status",)) in UNPUBLISHED,
        )
        field.depends = [("timezone",), ("status",), other]
        self._entry_row(grid, path, label, cell, field)
        return field

    def _max_offer_days(self) -> int:
        from studio.consistency.window import max_offer_days

        return max_offer_days(self.studio.workspace.brand_rules)

    def _zone(self) -> str:
        zone = self.doc.value(("timezone",)) if self.doc is not None else None
        try:
            ZoneInfo(zone or "")
        except (ValueError, ZoneInfoNotFoundError):
            return "UTC"
        return str(zone)

    def _check_group(
        self, layout: QHBoxLayout | QGridLayout, path: Path, names: dict[Any, str], columns: int = 0
    ) -> dict[str, QCheckBox]:
        boxes: dict[str, QCheckBox] = {}
        for i, (value, name) in enumerate(names.items()):
            box = QCheckBox(name)
            box.setAccessibleName(name)
            box.toggled.connect(lambda _on, p=path, b=boxes: self._checks_toggled(p, b))
            if isinstance(layout, QGridLayout):
                layout.addWidget(box, i // columns, i % columns)
            else:
                layout.addWidget(box)
            boxes[str(value)] = box
        if isinstance(layout, QHBoxLayout):
            layout.addStretch(1)
        return boxes

    def _checks_toggled(self, path: Path, boxes: dict[str, QCheckBox]) -> None:
        if self._updating or self.doc is None:
            return
        current = self.doc.value(path) or []
        chosen = [value for value, box in boxes.items() if box.isChecked()]
        kept = [v for v in current if v not in boxes]  # values this editor does not offer stay
        self._write(path, [*chosen, *kept], merge=False)
        if path == ("channels",):
            self.sizes_row.setVisible(Channel.SIGNAGE.value in chosen)

    def _show_checks(self, boxes: dict[str, QCheckBox], value: Any) -> None:
        chosen = set(value or [])
        for key, box in boxes.items():
            if box.isChecked() != (key in chosen):
                box.setChecked(key in chosen)

    def _sizes_toggled(self) -> None:
        if self._updating or self.doc is None:
            return
        current = list(self.doc.value(("print_sizes",)) or [])
        chosen = [s for s in PRINT_SIZES if self.size_boxes[s].isChecked()]
        others = [s for s in current if s not in PRINT_SIZES]
        self._write(("print_sizes",), [*chosen, *others], merge=False)

    def _show_sizes(self, value: Any) -> None:
        self._show_checks(self.size_boxes, value)

    def _show_combo_text(self, combo: QComboBox, value: Any) -> None:
        text = "" if value is None else str(value)
        if combo.currentText() != text:
            combo.setCurrentText(text)
