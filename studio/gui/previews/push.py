"""The push preview: the notification as iOS and Android show it, each cut where that view cuts
it (the truncation points are data, templates/channels.yaml), and the deep link it opens.

Each view is a notification card (the app's name, the title in bold, the text) under the view's
name; the cards scroll inside the pane so none is squeezed at 1280×720. Above them, the text as
written is the view the findings underline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from studio.gui.previews.base import ChannelTab, PreviewEnv
from studio.gui.previews.common import TextView, mixed, set_style
from studio.model.campaign import Campaign, Channel
from studio.model.variant import Variant
from studio.render.messaging import push_truncations


def _cut(text: str, visible: int) -> str:
    return text if len(text) <= visible else text[: max(visible - 1, 0)].rstrip() + "…"


def _bold_first_line(view: TextView) -> None:
    """The title (the first line of a card) in bold, as both platforms show it."""
    cursor = QTextCursor(view.document())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    cursor.mergeCharFormat(bold)


class PushTab(ChannelTab):
    def __init__(self, env: PreviewEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, Channel.PUSH, parent)
        holder = QWidget()  # scrolls inside the pane: four cards do not fit a 720-pixel window
        self.column = QVBoxLayout(holder)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.source_label = QLabel(self.tr("Notification text as written:"))
        self.text = TextView(self.tr("Notification text"))
        self.source_label.setBuddy(self.text)
        self.column.addWidget(self.source_label)
        self.column.addWidget(self.text)
        self.views_box = QVBoxLayout()
        self.views_box.setSpacing(4)
        self.column.addLayout(self.views_box)
        self.link_label = QLabel()
        self.link_label.setWordWrap(True)
        self.link_label.setAccessibleName(self.tr("Deep link"))
        self.link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(self.link_label)
        self.column.addStretch(1)
        self.cards_scroll = QScrollArea()
        self.cards_scroll.setWidgetResizable(True)
        self.cards_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cards_scroll.setWidget(holder)
        self.content.addWidget(self.cards_scroll, 1)
        self.cards: dict[str, TextView] = {}
        self.frames: dict[str, QFrame] = {}
        self.app_labels: dict[str, QLabel] = {}

    def views(self) -> dict[str, TextView]:
        return {"text": self.text}

    def select_span(self, field: str, start: int, end: int) -> bool:
        found = super().select_span(field, start, end)
        if found:
            self.cards_scroll.ensureWidgetVisible(self.text)
        return found

    def _names(self) -> dict[str, str]:
        return {
            "ios_lock_screen": self.tr("iPhone lock screen"),
            "ios_banner": self.tr("iPhone banner"),
            "android_collapsed": self.tr("Android shade, collapsed"),
            "android_expanded": self.tr("Android shade, expanded"),
        }

    def _card(self, view: str, name: str) -> TextView:
        caption = QLabel(name)
        set_style(caption, "QLabel { color: palette(placeholder-text); }")
        frame = QFrame()
        frame.setObjectName("card")
        frame.setAccessibleName(self.tr("Notification on {0}").format(name))
        box = QVBoxLayout(frame)
        box.setSpacing(2)
        app = QLabel()
        set_style(app, "QLabel { color: palette(placeholder-text); }")
        box.addWidget(app)
        card = TextView(name)  # the campaign's copy, cut where this view cuts it
        box.addWidget(card)
        self.views_box.addSpacing(6)
        self.views_box.addWidget(caption)
        self.views_box.addWidget(frame)
        self.cards[view], self.frames[view], self.app_labels[view] = card, frame, app
        return card

    def update_preview(self, campaign: Campaign, variant: Variant) -> None:
        title = variant.fields.get("title", "")
        body = variant.fields.get("text", "")
        self.text.set_text(body)
        names = self._names()
        palette = self.palette()
        tint = mixed(palette, QPalette.ColorRole.Base, QPalette.ColorRole.Text, 0.07).name()
        line = mixed(palette, QPalette.ColorRole.Base, QPalette.ColorRole.Text, 0.18).name()
        sheet = f"QFrame#card {{ background: {tint}; border: 1px solid {line}; border-radius: 10px; }}"
        app = self.env.brand.name
        for view, (title_max, body_max) in push_truncations(self.env.renderer.specs.push).items():
            card = self.cards.get(view) or self._card(view, names[view])
            set_style(self.frames[view], sheet)
            self.app_labels[view].setText(self.tr("{0} · now").format(app) if app else self.tr("now"))
            card.set_text(f"{_cut(title, title_max)}\n{_cut(body, body_max)}")
            _bold_first_line(card)
        link = variant.links.get("deep_link", "")
        self.link_label.setText(self.tr("Opens: {0}").format(link) if link else "")
        self._count(variant, names)

    def _count(self, variant: Variant, names: dict[str, str]) -> None:
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
