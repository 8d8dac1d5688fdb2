"""The WhatsApp preview: the marketing template as a chat bubble (header, body, footer) with its
buttons under it, and a counter of each component against Meta's limits.

The bubble shows the body as WhatsApp does: ``*bold*``, ``_italic_``, ``~strike~`` and
```` ```mono``` ```` formatted (the markers hidden), ``{{1}}`` as a highlighted sample name whose
tooltip says it is the customer's name variable. Under the bubble, the body as written (markers
and variables visible) is the text view the findings underline and select.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio.gui.previews.base import ChannelTab, PreviewEnv
from studio.gui.previews.common import GrowingText, TextView, mixed, set_style
from studio.model.campaign import Campaign, Channel
from studio.model.variant import Variant
from studio.render.messaging import whatsapp_buttons

_VARIABLE = re.compile(r"\{\{\s*(\d+)\s*\}\}")
_MONO = re.compile(r"```(.+?)```", re.S)
#: WhatsApp's markers: one opens before a non-space (not inside a word) and closes after one.
_STYLES = {"*": ("<b>", "</b>"), "_": ("<i>", "</i>"), "~": ("<s>", "</s>")}


def _marker(marker: str) -> re.Pattern[str]:
    m = re.escape(marker)
    return re.compile(rf"(?<![\w{m}]){m}(?=[^\s{m}])([^\n]*?[^\s{m}]|[^\s{m}]){m}(?![\w{m}])")


_MARKERS = {marker: _marker(marker) for marker in _STYLES}


@dataclass(frozen=True)
class Sample:
    """What a ``{{n}}`` variable shows in the preview: a sample value and what the variable is."""

    value: str
    tip: str


def whatsapp_html(text: str, samples: dict[int, Sample], highlight: str) -> str:
    """``text`` as WhatsApp shows it, as Qt rich text: formatting applied, markers hidden, each
    ``{{n}}`` replaced by its sample on a ``highlight`` background with the sample's tooltip."""
    kept: list[str] = []

    def keep(piece: str) -> str:
        kept.append(piece)
        return f"\x00{len(kept) - 1}\x00"

    def mono(match: re.Match[str]) -> str:
        return keep(f'<span style="font-family: monospace">{html.escape(match.group(1))}</span>')

    def variable(match: re.Match[str]) -> str:
        number = int(match.group(1))
        sample = samples.get(number, Sample(f"[{number}]", ""))
        title = f' title="{html.escape(sample.tip)}"' if sample.tip else ""
        value = html.escape(sample.value)
        return keep(f'<span style="background-color: {highlight}"{title}>&#8239;{value}&#8239;</span>')

    body = _MONO.sub(mono, text)
    body = _VARIABLE.sub(variable, body)
    body = html.escape(body, quote=False)
    for marker, (opening, closing) in _STYLES.items():
        replacement = f"{opening}\\1{closing}"
        for _ in range(3):  # nested styles (*_both_*) are applied from the outside in
            body, count = _MARKERS[marker].subn(replacement, body)
            if not count:
                break
    body = re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], body)
    return f'<div style="white-space: pre-wrap">{body}</div>'


class RenderedText(GrowingText):
    """Read-only rich text that grows with its content and shows the tooltip of the span under
    the mouse (a variable's sample says what it stands for)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self._html = ""

    def set_html(self, text: str) -> None:
        if text != self._html:
            self._html = text
            self.setHtml(text)
            self._fit()

    def plain(self) -> str:
        return self.document().toPlainText()

    def tooltip_at(self, position: int) -> str:
        """The tooltip of the character at ``position`` of the document ("" when none)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(position + 1)  # the format of the character before the cursor
        return cursor.charFormat().toolTip()

    def _tip_at(self, pos: QPoint) -> str:
        cursor = self.cursorForPosition(self.viewport().mapFrom(self, pos))
        return self.tooltip_at(max(0, cursor.position() - 1)) or self.tooltip_at(cursor.position())


class WhatsAppTab(ChannelTab):
    def __init__(self, env: PreviewEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, Channel.WHATSAPP, parent)
        self.bubble = QFrame()
        self.bubble.setObjectName("bubble")
        self.bubble.setAccessibleName(self.tr("Message bubble"))
        self.header_label = QLabel()
        self.header_label.setWordWrap(True)
        self.header_label.setAccessibleName(self.tr("Header"))
        self._header_style = ""
        self.body = RenderedText(self.tr("Message as WhatsApp shows it"))
        self.footer_label = QLabel()
        self.footer_label.setWordWrap(True)
        self.footer_label.setAccessibleName(self.tr("Footer"))
        inner = QVBoxLayout(self.bubble)
        inner.addWidget(self.header_label)
        inner.addWidget(self.body)
        inner.addWidget(self.footer_label)
        self.buttons_box = QVBoxLayout()
        self.buttons_box.setSpacing(2)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.bubble)
        column.addLayout(self.buttons_box)
        self.source_label = QLabel(self.tr("As written (formatting marks and variables):"))
        self.text = TextView(self.tr("Message text"))
        self.source_label.setBuddy(self.text)
        column.addSpacing(12)
        column.addWidget(self.source_label)
        column.addWidget(self.text)
        column.addStretch(1)
        holder = QWidget()  # scrolls inside the pane: a long template does not squeeze the bubble
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(column, 4)
        row.addStretch(1)
        self.bubble_scroll = QScrollArea()
        self.bubble_scroll.setWidgetResizable(True)
        self.bubble_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.bubble_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.bubble_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bubble_scroll.setWidget(holder)
        self.content.addWidget(self.bubble_scroll, 1)

    def views(self) -> dict[str, TextView]:
        return {"text": self.text}

    def select_span(self, field: str, start: int, end: int) -> bool:
        found = super().select_span(field, start, end)
        if found:  # the text as written is under the bubble: scroll it into view
            self.bubble_scroll.ensureWidgetVisible(self.text)
        return found

    def samples(self) -> dict[int, Sample]:
        return {
            1: Sample(
                self.tr("Laura"),
                self.tr(
                    "{{1}}: the customer's first name. WhatsApp fills it in for each customer when "
                    "the message is sent; “{0}” is a sample."
                ).format(self.tr("Laura")),
            )
        }

    def _style(self) -> str:
        palette = self.palette()
        bubble = mixed(palette, QPalette.ColorRole.Base, QPalette.ColorRole.Text, 0.06).name()
        line = mixed(palette, QPalette.ColorRole.Base, QPalette.ColorRole.Text, 0.18).name()
        image = mixed(palette, QPalette.ColorRole.Base, QPalette.ColorRole.Text, 0.14).name()
        quiet = palette.color(QPalette.ColorRole.PlaceholderText).name()
        link = palette.color(QPalette.ColorRole.Link).name()
        set_style(
            self.header_label, f"QLabel {{ background: {image}; color: {quiet}; padding: 2.5em 0.5em; }}"
        )
        set_style(self.footer_label, f"QLabel {{ color: {quiet}; }}")
        set_style(
            self.bubble,
            f"QFrame#bubble {{ background: {bubble}; border: 1px solid {line}; border-radius: 8px; }}",
        )
        return (
            f"QLabel {{ background: {bubble}; color: {link}; border: 1px solid {line}; border-radius: 8px;"
            " padding: 0.45em; }"
        )

    def update_preview(self, campaign: Campaign, variant: Variant) -> None:
        button_style = self._style()
        highlight = mixed(self.palette(), QPalette.ColorRole.Base, QPalette.ColorRole.Highlight, 0.30).name()
        header = variant.fields.get("header", "")
        image = not header and bool(campaign.hero_image)
        self.header_label.setText(header or (self.tr("Image: the campaign's hero image") if image else ""))
        # a text header is bold in the bubble's colours; the hero image a grey box saying so
        set_style(self.header_label, "QLabel { font-weight: bold; }" if header else self._header_style)
        self.header_label.setMinimumHeight(0 if header else 4 * self.fontMetrics().height())
        self.header_label.setAlignment(Qt.AlignmentFlag.AlignLeft if header else Qt.AlignmentFlag.AlignCenter)
        self.header_label.setVisible(bool(header) or image)
        body = variant.fields.get("text", "")
        self.body.set_html(whatsapp_html(body, self.samples(), highlight))
        self.text.set_text(body)
        self.footer_label.setText(variant.fields.get("footer", ""))
        while self.buttons_box.count():
            item = self.buttons_box.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
        for button in whatsapp_buttons(variant.fields):
            shown = QLabel(("↗ " if button.get("type") == "URL" else "↩ ") + button["text"])
            shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
            shown.setStyleSheet(button_style)
            shown.setAccessibleName(self.tr("Button: {0}").format(button["text"]))
            self.buttons_box.addWidget(shown)
        self._count(variant)

    def _count(self, variant: Variant) -> None:
        m = variant.metrics
        parts = []
        for label, value, limit in (
            (self.tr("header"), "header_length", "header_max"),
            (self.tr("body"), "body_length", "body_max"),
            (self.tr("footer"), "footer_length", "footer_max"),
        ):
            length, most = int(m.get(value, 0)), int(m.get(limit, 0))
            parts.append(
                (self.tr("{0}: {1} / {2}").format(label, length, most), "error" if length > most else "ok")
            )
        buttons, most_buttons = int(m.get("buttons", 0)), int(m.get("max_buttons", 0))
        parts.append((self.tr("%n button(s)", "", buttons), "error" if buttons > most_buttons else "ok"))
        note = "; ".join(str(p) for p in m.get("problems") or [])
        self.counter.show_parts(parts, note)
