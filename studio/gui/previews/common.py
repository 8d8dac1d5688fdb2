"""Pieces every channel preview uses: the text view, the override editor, counters and tones."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from studio.model.campaign import OVERRIDE_FIELDS, Channel
from studio.model.finding import Finding
from studio.model.variant import Variant
from studio.render.entities import text_entities

#: Counter and finding tones: (on a light background, on a dark one). Readable on both.
_TONES = {
    "error": ("#b3261e", "#ff8a80"),
    "warning": ("#8a5300", "#f4b942"),
    "suggestion": ("#1f5fa8", "#8ab4f8"),
    "ok": ("#2e7d32", "#81c995"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone_color(palette: QPalette, tone: str) -> QColor:
    """The colour of a tone (error, warning, suggestion, ok) that reads on ``palette``'s background."""
    light, dark = _TONES.get(tone, _TONES["suggestion"])
    return QColor(dark if is_dark(palette) else light)


def mixed(palette: QPalette, role: QPalette.ColorRole, other: QPalette.ColorRole, share: float) -> QColor:
    """``role``'s colour with ``share`` of ``other``'s mixed in (a tint that follows the palette)."""
    a, b = palette.color(role), palette.color(other)
    return QColor(
        round(a.red() + (b.red() - a.red()) * share),
        round(a.green() + (b.green() - a.green()) * share),
        round(a.blue() + (b.blue() - a.blue()) * share),
    )


def set_style(widget: QWidget, sheet: str) -> None:
    """Set a style sheet only when it changes (setting one restyles the widget: slow)."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def u16(text: str, index: int) -> int:
    """A code-point offset into ``text`` as Qt counts it (UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le", "surrogatepass")) // 2


def quoted_chars(chars: Iterable[str]) -> str:
    """Characters as a marketer can read them: ‘á’, ‘’’, U+00A0 for an invisible one."""
    shown = []
    for char in chars:
        if char.isprintable() and not char.isspace():
            shown.append(f"‘{char}’")
        else:
            shown.append(f"U+{ord(char):04X}")
    return ", ".join(shown)


@dataclass(frozen=True)
class Band:
    """A stretch of text shown differently: ``tint`` (a segment) or ``dim`` (folded away)."""

    start: int
    end: int
    kind: str
    tip: str = ""


class GrowingText(QTextBrowser):
    """Read-only text without a frame or scroll bars that grows with its content and shows, as a
    tooltip, what :meth:`_tip_at` says of the point under the mouse."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        self.document().setDocumentMargin(0)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def _fit(self) -> None:
        margins = self.contentsMargins()
        height = math.ceil(self.document().size().height()) + margins.top() + margins.bottom()
        if height != self.height():
            self.setFixedHeight(max(height, self.fontMetrics().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self._tip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _tip_at(self, pos: QPoint) -> str:
        return ""


class TextView(GrowingText):
    """Read-only rendered text: grows with its content, styles links and hashtags, underlines
    findings (with their message as tooltip) and can select a span a finding points at."""

    def __init__(self, name: str, parent: QWidget | None = None, *, entities: bool = True) -> None:
        super().__init__(name, parent)
        self._entities = entities
        self._text: str | None = None
        self._findings: list[Finding] = []
        self._bands: list[Band] = []
        self._selected: tuple[int, int] | None = None

    # -- content ----------------------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text or ""

    def set_text(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self._selected = None
        self.setPlainText(text)
        if self._entities:
            link = QTextCharFormat()
            link.setForeground(self.window().palette().color(QPalette.ColorRole.Link))
            cursor = QTextCursor(self.document())
            for entity in text_entities(text):
                cursor.setPosition(u16(text, entity.start))
                cursor.setPosition(u16(text, entity.end), QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(link)
        self._decorate()
        self._fit()

    def set_findings(self, findings: list[Finding]) -> None:
        spanned = [f for f in findings if f.span is not None]
        if spanned != self._findings:
            self._findings = spanned
            self._decorate()

    def set_bands(self, bands: list[Band]) -> None:
        if bands != self._bands:
            self._bands = bands
            self._decorate()

    def select(self, start: int, end: int) -> bool:
        """Select and highlight ``text[start:end]``; False when the span is not in the text."""
        text = self.text
        if not 0 <= start <= end <= len(text):
            return False
        self._selected = (start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(u16(text, start))
        cursor.setPosition(u16(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self._decorate()
        return True

    def selected_text(self) -> str:
        return self.textCursor().selectedText()

    def _cursor(self, start: int, end: int) -> QTextCursor:
        text = self.text
        cursor = QTextCursor(self.document())
        cursor.setPosition(u16(text, min(start, len(text))))
        cursor.setPosition(u16(text, min(end, len(text))), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _decorate(self) -> None:
        palette = self.window().palette()  # own Base is transparent (stylesheet)
        selections: list[QTextEdit.ExtraSelection] = []
        for band in self._bands:
            if band.kind not in ("dim", "tint"):
                continue
            extra = QTextEdit.ExtraSelection()
            extra.cursor = self._cursor(band.start, band.end)
            fmt = QTextCharFormat()
            if band.kind == "dim":
                fmt.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
            else:
                fmt.setBackground(mixed(palette, QPalette.ColorRole.Base, QPalette.ColorRole.Highlight, 0.12))
            extra.format = fmt
            selections.append(extra)
        for finding in self._findings:
            assert finding.span is not None
            extra = QTextEdit.ExtraSelection()
            extra.cursor = self._cursor(finding.span.start, finding.span.end)
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(tone_color(palette, finding.severity.value))
            extra.format = fmt
            selections.append(extra)
        if self._selected is not None:
            extra = QTextEdit.ExtraSelection()
            extra.cursor = self._cursor(*self._selected)
            fmt = QTextCharFormat()
            fmt.setBackground(palette.color(QPalette.ColorRole.Highlight))
            fmt.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
            extra.format = fmt
            selections.append(extra)
        self.setExtraSelections(selections)

    # -- tooltips ----------------------------------------------------------------------------------

    def _tip_at(self, pos: QPoint) -> str:
        position = self.cursorForPosition(self.viewport().mapFrom(self, pos)).position()
        text = self.text
        tips = [
            f.message
            for f in self._findings
            if f.span is not None and u16(text, f.span.start) <= position <= u16(text, f.span.end)
        ]
        tips += [b.tip for b in self._bands if b.tip and u16(text, b.start) <= position < u16(text, b.end)]
        return "\n".join(tips)


class Badge(QLabel):
    """A small rounded tag (“Edited by hand”) in the palette's highlight colours."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAccessibleName(text)
        self.setStyleSheet(
            "QLabel { background: palette(highlight); color: palette(highlighted-text);"
            " border-radius: 0.5em; padding: 0.1em 0.6em; }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)


class Counter(QLabel):
    """A line of channel numbers, coloured by how close they are to the limit; read aloud as text."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tone = "ok"
        self.plain = ""

    def show_parts(self, parts: list[tuple[str, str]], note: str = "") -> None:
        """``parts`` are (text, tone) pairs joined with “·”; ``note`` is a second, quieter line."""
        import html

        palette = self.palette()
        shown = []
        worst = "ok"
        order = ["ok", "suggestion", "warning", "error"]
        for text, tone in parts:
            if tone in ("warning", "error"):
                color = tone_color(palette, tone).name()
                shown.append(f'<span style="color:{color}; font-weight:bold">{html.escape(text)}</span>')
            else:
                shown.append(html.escape(text))
            if order.index(tone if tone in order else "ok") > order.index(worst):
                worst = tone
        body = " · ".join(shown)
        if note:
            quiet = palette.color(QPalette.ColorRole.PlaceholderText).name()
            body += f'<br><span style="color:{quiet}">{html.escape(note)}</span>'
        self.tone = worst
        self.plain = ". ".join([*(t for t, _ in parts), *([note] if note else [])])
        self.setText(body)
        self.setAccessibleDescription(self.plain)
        self.setToolTip(self.plain)


class OverrideEditor(QWidget):
    """Editors for a variant's override fields, each with “Edited by hand” and “Reset to template”.

    Hidden until “Edit text”: its controls are built when first shown or asked for (a preview tab
    is made in a few milliseconds; most are never edited by hand)."""

    edited = Signal(str, str)  # field, text
    reset = Signal(str)  # field

    #: Visible lines of each field's editor.
    LINES: ClassVar[dict[str, int]] = {"subject": 2, "preheader": 2, "headline": 2, "text": 6}

    def __init__(self, channel: Channel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = channel
        self.setAccessibleName(self.tr("Hand-edited texts"))
        self._editors: dict[str, QPlainTextEdit] = {}
        self._reset_buttons: dict[str, QPushButton] = {}
        self._badges: dict[str, Badge] = {}
        self._overridden: frozenset[str] = frozenset()
        self._variant: Variant | None = None
        self._built = False

    @property
    def editors(self) -> dict[str, QPlainTextEdit]:
        self._build()
        return self._editors

    @property
    def reset_buttons(self) -> dict[str, QPushButton]:
        self._build()
        return self._reset_buttons

    @property
    def badges(self) -> dict[str, Badge]:
        self._build()
        return self._badges

    def setVisible(self, visible: bool) -> None:
        if visible:
            self._build()  # before showing: controls made while shown would appear a turn later
        super().setVisible(visible)

    def _build(self) -> None:
        if self._built:
            return
        self._built = True
        channel = self.channel
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for field in OVERRIDE_FIELDS[channel]:
            label = QLabel(field_label(field, channel))
            badge = Badge(self.tr("Edited by hand"))
            reset = QPushButton(self.tr("Reset to template"))
            reset.setAccessibleName(self.tr("Reset {0} to the template's text").format(label.text()))
            reset.setToolTip(self.tr("Drop your text and use the template's again"))
            reset.setEnabled(False)
            reset.clicked.connect(lambda _c=False, f=field: self.reset.emit(f))
            row = QHBoxLayout()
            row.addWidget(label)
            row.addWidget(badge)
            row.addStretch(1)
            row.addWidget(reset)
            editor = QPlainTextEdit()
            editor.setAccessibleName(self.tr("Edit {0}").format(label.text()))
            editor.setTabChangesFocus(True)
            lines = self.LINES.get(field, 4) if channel is Channel.EMAIL or field != "text" else 4
            editor.setFixedHeight(
                editor.fontMetrics().lineSpacing() * lines
                + round(2 * editor.document().documentMargin())
                + editor.frameWidth() * 2
                + 4
            )
            editor.textChanged.connect(lambda f=field: self._changed(f))
            label.setBuddy(editor)
            layout.addLayout(row)
            layout.addWidget(editor)
            self._editors[field] = editor
            self._reset_buttons[field] = reset
            self._badges[field] = badge
            badge.hide()
        if self._variant is not None:
            self.set_variant(self._variant)

    def set_variant(self, variant: Variant) -> None:
        """Show the variant's texts (never over what the marketer is typing) and override state."""
        self._overridden = variant.overridden
        self._variant = variant
        if not self._built:
            return
        for field, editor in self._editors.items():
            text = variant.fields.get(field, "")
            if not editor.hasFocus() and editor.toPlainText() != text:
                editor.blockSignals(True)
                editor.setPlainText(text)
                editor.blockSignals(False)
            overridden = field in variant.overridden
            self.reset_buttons[field].setEnabled(overridden)
            self.badges[field].setVisible(
                overridden and len(self.editors) > 1
            )  # else the tab's badge says it

    def _changed(self, field: str) -> None:
        text = self.editors[field].toPlainText()
        if text.strip():
            self.edited.emit(field, text)
        elif field in self._overridden:  # an empty override is not allowed: back to the template
            self.reset.emit(field)


def field_label(field: str, channel: Channel) -> str:
    """A field's name as the interface says it."""
    labels = {
        "subject": QCoreApplication.translate("PreviewFields", "Subject"),
        "preheader": QCoreApplication.translate("PreviewFields", "Preheader"),
        "headline": QCoreApplication.translate("PreviewFields", "Headline"),
        "subheadline": QCoreApplication.translate("PreviewFields", "Subheadline"),
        "price": QCoreApplication.translate("PreviewFields", "Price"),
        "was_price": QCoreApplication.translate("PreviewFields", "Old price"),
        "code": QCoreApplication.translate("PreviewFields", "Promo code"),
        "dates": QCoreApplication.translate("PreviewFields", "Dates"),
        "cta": QCoreApplication.translate("PreviewFields", "Call to action"),
        "disclaimer": QCoreApplication.translate("PreviewFields", "Disclaimer"),
        "text": QCoreApplication.translate("PreviewFields", "Plain-text version")
        if channel is Channel.EMAIL
        else QCoreApplication.translate("PreviewFields", "Text"),
    }
    return labels.get(field, field)
