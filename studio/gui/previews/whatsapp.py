"""The WhatsApp preview: the marketing template as a chat bubble (header, body, footer) with its
buttons under it, and a counter of each component against Meta's limits."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studio.gui.previews.base import ChannelTab, PreviewEnv
from studio.gui.previews.common import TextView, mixed, set_style
from studio.model.campaign import Campaign, Channel
from studio.model.variant import Variant
from studio.render.messaging import whatsapp_buttons


class WhatsAppTab(ChannelTab):
    def __init__(self, env: PreviewEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, Channel.WHATSAPP, parent)
        self.bubble = QFrame()
        self.bubble.setObjectName("bubble")
        self.bubble.setAccessibleName(self.tr("Message bubble"))
        self.header_label = QLabel()
        self.header_label.setWordWrap(True)
        self.header_label.setAccessibleName(self.tr("Header"))
        self.text = TextView(self.tr("Message text"))
        self.footer_label = QLabel()
        self.footer_label.setWordWrap(True)
        self.footer_label.setAccessibleName(self.tr("Footer"))
        set_style(self.footer_label, "color: palette(placeholder-text);")
        inner = QVBoxLayout(self.bubble)
        inner.addWidget(self.header_label)
        inner.addWidget(self.text)
        inner.addWidget(self.footer_label)
        self.buttons_box = QVBoxLayout()
        column = QVBoxLayout()
        column.addWidget(self.bubble)
        column.addLayout(self.buttons_box)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(column, 4)
        row.addStretch(1)
        self.content.addLayout(row, 1)

    def views(self) -> dict[str, TextView]:
        return {"text": self.text}

    def update_preview(self, campaign: Campaign, variant: Variant) -> None:
        palette = self.palette()
        bubble = mixed(palette, QPalette.ColorRole.Base, QPalette.ColorRole.Text, 0.10).name()
        set_style(self.bubble, f"QFrame#bubble {{ background: {bubble}; border-radius: 0.8em; }}")
        header = variant.fields.get("header", "")
        if header:
            self.header_label.setText(header)
        elif campaign.hero_image:
            self.header_label.setText(self.tr("[Image: the campaign's hero image]"))
        self.header_label.setVisible(bool(header) or bool(campaign.hero_image))
        self.text.set_text(variant.fields.get("text", ""))
        self.footer_label.setText(variant.fields.get("footer", ""))
        while self.buttons_box.count():
            item = self.buttons_box.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
        for button in whatsapp_buttons(variant.fields):
            shown = QPushButton(button["text"])
            shown.setEnabled(False)
            shown.setAccessibleName(self.tr("Button: {0}").format(button["text"]))
            self.buttons_box.addWidget(shown)
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
