"""Social post previews (X, Instagram, Facebook, LinkedIn): a mock-up of the post as the network
shows it (brand avatar and handle, links and hashtags styled, Instagram's square image) and the
network's counters (X's weighted length, caption length, hashtags, the “See more” fold)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from studio.errors import StudioError
from studio.gui.previews.base import ChannelTab, PreviewEnv, channel_label
from studio.gui.previews.common import Band, TextView, mixed, set_style
from studio.model.campaign import Campaign, Channel
from studio.model.variant import Variant

_NETWORK_KEYS = {
    Channel.X: "x",
    Channel.INSTAGRAM: "instagram",
    Channel.FACEBOOK: "facebook",
    Channel.LINKEDIN: "linkedin",
}


#: the side of the feed picture as decoded for the preview (the pane is narrower than this)
HERO_PREVIEW_PX = 720


def _square_image_later(path: Path, side: int, done: Callable[[QImage], None]) -> None:
    """``path`` cropped to a centred square of ``side`` pixels (decoded at a reduced size), read on
    a worker thread the first time (:mod:`studio.gui.images`); ``done(image)`` on the GUI thread
    (at once when it was read before)."""
    from studio.gui import images

    key = ("square", str(path), path.stat().st_mtime_ns, side)
    images.decode_later(key, lambda: images.read_square(path, side), done)


def _round_avatar(image: QImage, side: int, ratio: float) -> QPixmap:
    px = round(side * ratio)
    out = QPixmap(px, px)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    clip = QPainterPath()
    clip.addEllipse(QRectF(0, 0, px, px))
    painter.setClipPath(clip)
    painter.fillRect(0, 0, px, px, Qt.GlobalColor.white)
    painter.drawImage(QRectF(0, 0, px, px), image)
    painter.end()
    out.setDevicePixelRatio(ratio)
    return out


class SquareImage(QLabel):
    """An image shown as a square across the whole width (a feed picture)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.setPixmap(QPixmap())  # a new picture: scale it even at the same width
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        side = max(1, self.width())
        if self.height() != side:
            self.setFixedHeight(side)
        if self.image.isNull():
            return
        ratio = self.devicePixelRatioF()
        current = self.pixmap()
        if current is not None and not current.isNull() and current.width() == round(side * ratio):
            return
        scaled = self.image.scaled(
            round(side * ratio),
            round(side * ratio),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        pixmap = QPixmap.fromImage(scaled)
        pixmap.setDevicePixelRatio(ratio)
        self.setPixmap(pixmap)


class PostTab(ChannelTab):
    #: Instagram's image is the one the export writes (hero, logo, headline, price, disclaimer),
    #: composed on a worker once typing pauses; the hero alone shows meanwhile
    heavy_delay_ms = 350

    def __init__(self, env: PreviewEnv, channel: Channel, parent: QWidget | None = None) -> None:
        super().__init__(env, channel, parent)
        self.card = QFrame()
        self.card.setObjectName("card")
        self.card.setAccessibleName(self.tr("{0} post").format(channel_label(channel)))
        self.avatar = QLabel()
        self.avatar.setAccessibleName(self.tr("Brand avatar"))
        self.name = QLabel()
        self.name.setAccessibleName(self.tr("Brand name"))
        bold = QFont(self.font())
        bold.setBold(True)
        self.name.setFont(bold)
        self.handle = QLabel()
        self.handle.setAccessibleName(self.tr("Account"))
        set_style(self.handle, "color: palette(placeholder-text);")
        who = QVBoxLayout()
        who.setSpacing(0)
        who.addWidget(self.name)
        who.addWidget(self.handle)
        head = QHBoxLayout()
        head.addWidget(self.avatar)
        head.addLayout(who, 1)
        self.image = SquareImage()
        self.image.setAccessibleName(self.tr("Post image"))
        self.image.hide()
        self.text = TextView(self.tr("Post text"))
        card = QVBoxLayout(self.card)
        card.addLayout(head)
        if channel is Channel.INSTAGRAM:  # the picture first, the caption under it
            card.addWidget(self.image)
        card.addWidget(self.text)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 100)
        row.addStretch(1)
        column.addLayout(row)
        self.card.setMaximumWidth(self.fontMetrics().height() * 32)  # a feed column, in text units
        self.card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        scroll.setAccessibleName(self.tr("{0} post").format(channel_label(channel)))
        self.content.addWidget(scroll, 1)
        self._hero: str | None = None
        self._hero_image = QImage()
        self.composed = QImage()  # Instagram: the composed image, once drawn

    def views(self) -> dict[str, TextView]:
        return {"text": self.text}

    def _style(self) -> None:
        palette = self.palette()
        line = mixed(palette, QPalette.ColorRole.Base, QPalette.ColorRole.Text, 0.16).name()
        base = palette.color(QPalette.ColorRole.Base).name()
        set_style(
            self.card,
            f"QFrame#card {{ background: {base}; border: 1px solid {line}; border-radius: 0.6em; }}",
        )

    def _set_avatar(self) -> None:
        if self.avatar.pixmap() is not None and not self.avatar.pixmap().isNull():
            return
        side, avatar, ratio = round(self.fontMetrics().height() * 2.6), self.avatar, self.devicePixelRatioF()

        def show(image: QImage) -> None:
            if not image.isNull() and shiboken6.isValid(avatar):
                avatar.setPixmap(_round_avatar(image, side, ratio))

        try:
            path = self.env.workspace.asset(self.env.brand.logo.mark)
            _square_image_later(path, side * 3, show)
        except (StudioError, OSError):
            return

    def _set_image(self, campaign: Campaign) -> None:
        hero = campaign.hero_image if self.channel is Channel.INSTAGRAM else None
        if hero == self._hero or (self.channel is Channel.INSTAGRAM and not self.composed.isNull()):
            self._hero = hero
            return  # the composed image is shown; the next one replaces it when ready
        self._hero = hero
        self.image.setVisible(hero is not None)
        if hero is None:
            return
        image = self.image

        def show(decoded: QImage) -> None:  # read on a worker the first time: a photo can be big
            if shiboken6.isValid(image) and self._hero == hero and self.composed.isNull():
                self._hero_image = decoded
                image.set_image(decoded)

        try:
            path = self.env.workspace.asset(hero)
            image.set_image(QImage())  # until it is read
            # decoded at the size a preview shows (the export draws its own image, at the spec's size)
            _square_image_later(path, HERO_PREVIEW_PX, show)
        except (StudioError, OSError) as exc:
            self._hero_image = QImage()
            self.image.setText(str(exc))

    def heavy_key(self) -> object:
        campaign, variant = self.campaign, self.variant
        if self.channel is not Channel.INSTAGRAM or campaign is None or variant is None:
            return None
        from studio.stamps import files_stamp

        kit = files_stamp([self.env.workspace.assets, self.env.workspace.templates])
        return (variant.locale, campaign.model_dump_json(), kit)

    def heavy_work(self) -> Callable[[], Any] | None:
        campaign, variant = self.campaign, self.variant
        if campaign is None or variant is None:
            return None
        renderer, locale = self.env.renderer, variant.locale
        checked = self.env.variant(Channel.SIGNAGE, locale)  # the check's, when the campaign has signage

        def work() -> tuple[bytes, int, int]:
            from studio.render.signage import compose_instagram

            # what the export draws from; rendered only when the campaign has no poster of its own
            texts = checked or renderer.render(campaign, locale, Channel.SIGNAGE)
            image = compose_instagram(
                texts.fields,
                renderer.workspace,
                size=renderer.specs.instagram_size(),
                hero_image=campaign.hero_image,
            )
            rgb = image.convert("RGB")
            return rgb.tobytes("raw", "RGB"), rgb.width, rgb.height

        return work

    def heavy_done(self, result: Any) -> None:
        data, width, height = result
        self.composed = QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
        self.image.setToolTip(self.tr("The image the export writes as instagram.png"))
        self.image.show()
        self.image.set_image(self.composed)

    def heavy_failed(self, message: str) -> None:
        self.show_error(self.tr("The Instagram image cannot be drawn: {0}").format(message))

    def update_preview(self, campaign: Campaign, variant: Variant) -> None:
        self._style()
        self._set_avatar()
        self._set_image(campaign)
        brand = self.env.brand
        self.name.setText(brand.name)
        handle = brand.social.get(_NETWORK_KEYS[self.channel], "")
        self.handle.setText(handle)
        self.handle.setVisible(bool(handle))
        text = variant.fields.get("text", "")
        self.text.set_text(text)
        m = variant.metrics
        parts: list[tuple[str, str]] = []
        note = ""
        bands: list[Band] = []
        if self.channel is Channel.X:
            length, limit = int(m.get("weighted_length", 0)), int(m.get("max_length", 280))
            tone = "error" if length > limit or not m.get("valid", True) else "ok"
            if tone == "ok" and length > limit * 0.9:
                tone = "warning"
            parts.append((self.tr("{0} / {1} characters").format(length, limit), tone))
            note = self.tr("Weighted as X counts: every link is 23 characters, an emoji 2.")
            if length > limit:
                note = self.tr("%n character(s) over X's limit.", "", length - limit) + " " + note
        else:
            length, limit = int(m.get("length", 0)), int(m.get("max_length", 0))
            parts.append(
                (
                    self.tr("{0} / {1} characters").format(
                        QLocale().toString(length), QLocale().toString(limit)
                    ),
                    "error" if limit and length > limit else "ok",
                )
            )
            tags, max_tags = int(m.get("hashtags", 0)), m.get("max_hashtags")
            if max_tags:
                parts.append(
                    (
                        self.tr("{0} / {1} hashtags").format(tags, max_tags),
                        "error" if tags > int(max_tags) else "ok",
                    )
                )
            else:
                parts.append((self.tr("%n hashtag(s)", "", tags), "ok"))
            visible = self.env.renderer.specs.post(self.channel).visible_length
            if visible and length > visible:
                note = self.tr(
                    "Past {0} characters the feed folds the text behind “See more” (greyed here)."
                ).format(visible)
                bands.append(Band(visible, len(text), "dim", self.tr("Behind “See more” in the feed")))
            if max_tags and tags > int(max_tags):
                note = self.tr("{0} allows at most {1} hashtags a post.").format(
                    channel_label(self.channel), max_tags
                )
        self.text.set_bands(bands)
        self.counter.show_parts(parts, note)
