"""The web preview: the landing block's parts as text (the export writes the HTML snippet and the
display banners from them)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from studio.gui.previews.base import ChannelTab, PreviewEnv
from studio.gui.previews.common import TextView
from studio.model.campaign import Campaign, Channel
from studio.model.variant import Variant


class WebTab(ChannelTab):
    def __init__(self, env: PreviewEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, Channel.WEB, parent)
        self.headline = TextView(self.tr("Headline"))
        self.content.addWidget(self.headline)
        self.rest = QLabel()
        self.rest.setWordWrap(True)
        self.rest.setAccessibleName(self.tr("Landing block"))
        self.content.addWidget(self.rest)
        self.content.addStretch(1)

    def views(self) -> dict[str, TextView]:
        return {"headline": self.headline}

    def update_preview(self, campaign: Campaign, variant: Variant) -> None:
        fields = variant.fields
        self.headline.set_text(fields.get("headline", ""))
        parts = ("subheadline", "price", "was_price", "code", "dates", "cta", "legal")
        self.rest.setText("\n\n".join(fields[p] for p in parts if fields.get(p)))
        sizes = ", ".join(self.env.renderer.specs.web.banners)
        self.counter.show_parts([(self.tr("Banners: {0}").format(sizes), "ok")])
