"""The staff brief preview: the page as shop staff and the contact centre read it (plain text; the
export also writes it as a one-page PDF)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from studio.gui.previews.base import ChannelTab, PreviewEnv
from studio.gui.previews.common import TextView
from studio.model.campaign import Campaign, Channel
from studio.model.variant import Variant


class StaffTab(ChannelTab):
    def __init__(self, env: PreviewEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, Channel.STAFF, parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Brief title"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.content.addWidget(self.title)
        self.text = TextView(self.tr("Staff brief"))
        self.content.addWidget(self.text, 1)

    def views(self) -> dict[str, TextView]:
        return {"text": self.text}

    def update_preview(self, campaign: Campaign, variant: Variant) -> None:
        self.title.setText(variant.fields.get("title", ""))
        text = variant.fields.get("text", "")
        self.text.set_text(text)
        lines = sum(1 for line in text.splitlines() if line.strip())
        self.counter.show_parts(
            [(self.tr("{0} lines").format(lines), "ok")], self.tr("One page (PDF) at export")
        )
