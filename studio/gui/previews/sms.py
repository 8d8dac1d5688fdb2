"""The SMS preview: the message in a phone-style bubble, its segments tinted, and a live counter
that says the encoding, the segments and, for UCS-2, which characters caused it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from studio.gui.previews.base import ChannelTab, PreviewEnv
from studio.gui.previews.common import Band, TextView, mixed, quoted_chars, set_style
from studio.model.campaign import Campaign, Channel
from studio.model.variant import Variant
from studio.render.sms import GSM7_CONCATENATED, GSM7_SINGLE, UCS2_CONCATENATED, UCS2_SINGLE, split_sms


class SmsTab(ChannelTab):
    def __init__(self, env: PreviewEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, Channel.SMS, parent)
        self.phone = QFrame()
        self.phone.setObjectName("phone")
        self.phone.setAccessibleName(self.tr("Phone"))
        self.sender_label = QLabel()
        self.sender_label.setAccessibleName(self.tr("Sender"))
        set_style(self.sender_label, "color: palette(placeholder-text);")
        self.bubble = QFrame()
        self.bubble.setObjectName("bubble")
        self.bubble.setAccessibleName(self.tr("Message bubble"))
        self.text = TextView(self.tr("Message text"))
        inner = QVBoxLayout(self.bubble)
        inner.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.bubble, 4)
        row.addStretch(1)
        phone = QVBoxLayout(self.phone)
        phone.addWidget(self.sender_label)
        phone.addLayout(row)
        holder = QWidget()  # the phone scrolls inside the pane: a long SMS does not set the window's height
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.phone)
        column.addStretch(1)
        self.phone_scroll = QScrollArea()
        self.phone_scroll.setWidgetResizable(True)
        self.phone_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.phone_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.phone_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.phone_scroll.setWidget(holder)
        self.content.addWidget(self.phone_scroll, 1)

    def views(self) -> dict[str, TextView]:
        return {"text": self.text}

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.bubble.setMaximumWidth(max(200, round(self.width() * 0.8)))

    def _style(self) -> None:
        palette = self.palette()
        screen = mixed(palette, QPalette.ColorRole.Base, QPalette.ColorRole.Window, 0.5).name()
        bubble = mixed(palette, QPalette.ColorRole.Base, QPalette.ColorRole.Text, 0.13).name()
        set_style(self.phone, f"QFrame#phone {{ background: {screen}; border-radius: 0.8em; }}")
        set_style(
            self.bubble,
            f"QFrame#bubble {{ background: {bubble}; border-radius: 1.1em;"
            " border-bottom-left-radius: 0.2em; }",
        )

    def update_preview(self, campaign: Campaign, variant: Variant) -> None:
        self._style()
        self.sender_label.setText(self.tr("Text message from {0}").format(self.env.brand.sms.sender_id))
        text = variant.fields.get("text", "")
        self.text.set_text(text)
        m = variant.metrics
        segments = int(m.get("segments", 0))
        bands: list[Band] = []
        if segments > 1:
            start = 0
            for number, part in enumerate(split_sms(text), 1):
                tip = self.tr("Segment {0} of {1}").format(number, segments)
                if number % 2 == 0:
                    bands.append(Band(start, start + len(part), "tint", tip))
                else:
                    bands.append(Band(start, start + len(part), "", tip))
                start += len(part)
        self.text.set_bands(bands)
        self.counter.show_parts(*self.counter_parts(m))

    def counter_parts(self, metrics: Mapping[str, Any]) -> tuple[list[tuple[str, str]], str]:
        """The counter's parts and note for SMS metrics (encoding, segments, units, limit)."""
        encoding = str(metrics.get("encoding", "GSM-7"))
        segments = int(metrics.get("segments", 0))
        units = int(metrics.get("units", 0))
        left = int(metrics.get("units_left", 0))
        limit = int(metrics.get("max_segments", 0) or 0)
        if limit and segments > limit:
            tone = "error"
        elif limit and segments == limit:
            tone = "warning"
        else:
            tone = "ok"
        parts = [
            (encoding, "warning" if encoding == "UCS-2" else "ok"),
            (self.tr("%n segment(s)", "", segments), tone),
            (self.tr("%n character(s)", "", units), "ok"),
            (self.tr("{0} left in this segment").format(left), "ok"),
        ]
        non_gsm = [str(c) for c in metrics.get("non_gsm") or []]
        if encoding == "UCS-2":
            note = self.tr(
                "Not in the GSM-7 alphabet: {0}. That makes the whole message UCS-2: {1} characters a "
                "segment instead of {2} ({3} instead of {4} for a single message)."
            ).format(quoted_chars(non_gsm), UCS2_CONCATENATED, GSM7_CONCATENATED, UCS2_SINGLE, GSM7_SINGLE)
        else:
            note = self.tr(
                "GSM-7: {0} characters in a single message, {1} a segment when longer; {2} count twice."
            ).format(GSM7_SINGLE, GSM7_CONCATENATED, "€ [ ] { } ~ ^ | \\")
        if segments > 1:
            note += " " + self.tr("Every other segment is tinted in the bubble.")
        if limit and segments > limit:
            note = self.tr("Over the brand's limit of %n segment(s).", "", limit) + " " + note
        return parts, note
