"""The push preview: the notification as iOS and Android show it, each cut where that view cuts
it (the truncation points are data, templates/channels.yaml), and the deep link it opens."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from studio.gui.previews.base import ChannelTab, PreviewEnv
from studio.gui.previews.common import TextView
from studio.model.campaign import Campaign, Channel
from studio.model.variant import Variant
from studio.render.messaging import push_truncations


def _cut(text: str, visible: int) -> str:
    return text if len(text) <= visible else text[: max(visible - 1, 0)].rstrip() + "…"


class PushTab(ChannelTab):
    def __init__(self, env: PreviewEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, Channel.PUSH, parent)
        self.text = TextView(self.tr("Notification text"))
        self.content.addWidget(self.text)
        self.views_box = QVBoxLayout()
        self.content.addLayout(self.views_box)
        self.link_label = QLabel()
        self.link_label.setWordWrap(True)
        self.link_label.setAccessibleName(self.tr("Deep link"))
        self.content.addWidget(self.link_label)
        self.content.addStretch(1)
        self.cards: dict[str, TextView] = {}

    def views(self) -> dict[str, TextView]:
        return {"text": self.text}

    def _names(self) -> dict[str, str]:
        return {
            "ios_lock_screen": self.tr("iPhone lock screen"),
            "ios_banner": self.tr("iPhone banner"),
            "android_collapsed": self.tr("Android shade, collapsed"),
            "android_expanded": self.tr("Android shade, expanded"),
        }

    def update_preview(self, campaign: Campaign, variant: Variant) -> None:
        title = variant.fields.get("title", "")
        body = variant.fields.get("text", "")
        self.text.set_text(body)
        names = self._names()
        for view, (title_max, body_max) in push_truncations(self.env.renderer.specs.push).items():
            card = self.cards.get(view)
            if card is None:
                frame = QFrame()
                frame.setFrameShape(QFrame.Shape.StyledPanel)
                box = QVBoxLayout(frame)
                box.addWidget(QLabel(names[view]))
                card = TextView(names[view])  # the campaign's copy, cut where this view cuts it
                box.addWidget(card)
                self.cards[view] = card
                self.views_box.addWidget(frame)
            card.set_text(f"{_cut(title, title_max)}\n{_cut(body, body_max)}")
        link = variant.links.get("deep_link", "")
        self.link_label.setText(self.tr("Opens: {0}").format(link) if link else "")
        m = variant.metrics
        truncated = [names[v] for v, cut in (m.get("truncated") or {}).items() if cut and v in names]
        parts = [
            (
                self.tr("title {0} / {1}").format(m.get("title_length", 0), m.get("title_visible", 0)),
                "warning" if int(m.get("title_length", 0)) > int(m.get("title_visible", 0)) else "ok",
            ),
            (
                self.tr("text {0} / {1}").format(m.get("body_length", 0), m.get("body_visible", 0)),
                "warning" if int(m.get("body_length", 0)) > int(m.get("body_visible", 0)) else "ok",
            ),
        ]
        note = self.tr("Cut in: {0}").format(", ".join(truncated)) if truncated else ""
        self.counter.show_parts(parts, note)
