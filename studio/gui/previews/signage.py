"""The signage preview: the poster as the print shop gets it, drawn at a preview resolution on a
worker (debounced, newest wins) for the chosen print size, scaled to fit the pane."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from studio.gui.fit import compact_combo
from studio.gui.previews.base import ChannelTab, PreviewEnv
from studio.gui.previews.common import field_label, mixed
from studio.model.campaign import Campaign, Channel
from studio.model.variant import Variant

POSTER_DELAY_MS = 500


class PosterView(QWidget):
    """A pixmap scaled to fit, centred, with a hairline edge (or a message while there is none);
    at actual size (``set_zoomed``) it is drawn pixel for pixel and its scroll area scrolls."""

    zoomToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixmap = QPixmap()
        self.message = ""
        self.zoomed = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(120, 170))
        self.setToolTip(self.tr("Double-click: actual size / fit"))

    def set_zoomed(self, zoomed: bool) -> None:
        self.zoomed = zoomed
        self._fit_minimum()
        self.update()

    def _fit_minimum(self) -> None:
        if self.zoomed and not self.pixmap.isNull():
            ratio = self.devicePixelRatioF()
            self.setMinimumSize(
                QSize(round(self.pixmap.width() / ratio) + 4, round(self.pixmap.height() / ratio) + 4)
            )
        else:
            self.setMinimumSize(QSize(120, 170))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.zoomToggled.emit(not self.zoomed)
        event.accept()

    def sizeHint(self) -> QSize:
        return QSize(320, 450)

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.pixmap = pixmap
        self._fit_minimum()
        self.update()

    def set_message(self, message: str) -> None:
        self.message = message
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        if self.pixmap.isNull():
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect(), flags, self.message)
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self.zoomed:  # pixel for pixel (on a high-DPI screen, one image pixel per device pixel)
            ratio = self.devicePixelRatioF()
            size = QSize(round(self.pixmap.width() / ratio), round(self.pixmap.height() / ratio))
        else:
            size = QSize(self.pixmap.width(), self.pixmap.height()).scaled(
                self.size() - QSize(4, 4), Qt.AspectRatioMode.KeepAspectRatio
            )
        x = (self.width() - size.width()) / 2
        y = (self.height() - size.height()) / 2
        target = QRectF(x, y, size.width(), size.height())
        painter.drawPixmap(target, self.pixmap, QRectF(self.pixmap.rect()))
        painter.setPen(mixed(palette, QPalette.ColorRole.Window, QPalette.ColorRole.Text, 0.3))
        painter.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5))


class SignageTab(ChannelTab):
    heavy_delay_ms = POSTER_DELAY_MS

    def __init__(self, env: PreviewEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, Channel.SIGNAGE, parent)
        self.size_label = QLabel(self.tr("Print size:"))
        self.sizes = QComboBox()
        self.sizes.setAccessibleName(self.tr("Print size"))
        compact_combo(self.sizes, 3)
        self.size_label.setBuddy(self.sizes)
        self.sizes.currentIndexChanged.connect(lambda _i: self._size_changed())
        self.poster = PosterView()
        self.poster.setAccessibleName(self.tr("Poster"))
        self.poster.set_message(self.tr("Drawing the poster…"))
        self.zoom_button = QToolButton()
        self.zoom_button.setText(self.tr("Actual size"))
        self.zoom_button.setCheckable(True)
        self.zoom_button.setAccessibleName(self.tr("Show the poster at actual size"))
        self.zoom_button.setToolTip(
            self.tr("Pixel for pixel, to read the small print (double-click the poster)")
        )
        self.zoom_button.toggled.connect(self.poster.set_zoomed)
        self.poster.zoomToggled.connect(self.zoom_button.setChecked)
        picker = QHBoxLayout()  # its own row: the header stays narrow enough for a laptop screen
        picker.setContentsMargins(0, 0, 0, 0)
        picker.addWidget(self.size_label)
        picker.addWidget(self.sizes)
        picker.addWidget(self.zoom_button)
        picker.addStretch(1)
        self.content.addLayout(picker)
        self.poster_scroll = QScrollArea()
        self.poster_scroll.setWidgetResizable(True)
        self.poster_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.poster_scroll.setWidget(self.poster)
        self.poster_scroll.setAccessibleName(self.tr("Poster"))
        self.content.addWidget(self.poster_scroll, 1)
        self.spot = QLabel()
        self.spot.setWordWrap(True)
        self.spot.setAccessibleName(self.tr("Highlighted words"))
        self.spot.hide()
        self.content.addWidget(self.spot)
        self.image_size: tuple[int, int] | None = None

    @property
    def print_size(self) -> str:
        return str(self.sizes.currentData() or "")

    def set_print_size(self, size: str) -> None:
        index = self.sizes.findData(size)
        if index >= 0:
            self.sizes.setCurrentIndex(index)

    def _size_changed(self) -> None:
        self._update_counter()
        self.schedule_heavy()

    def update_preview(self, campaign: Campaign, variant: Variant) -> None:
        sizes = list(campaign.print_sizes)
        current = [str(self.sizes.itemData(i)) for i in range(self.sizes.count())]
        if sizes != current:
            keep = self.print_size
            self.sizes.blockSignals(True)
            self.sizes.clear()
            for size in sizes:
                self.sizes.addItem(size, size)
            self.sizes.blockSignals(False)
            self.set_print_size(keep if keep in sizes else (sizes[0] if sizes else ""))
        self.sizes.setEnabled(len(sizes) > 1)
        self._update_counter()

    def _update_counter(self) -> None:
        try:
            signage = self.env.renderer.specs.signage
        except Exception:  # the specs file is broken: the check reports it
            return
        size = self.print_size
        paper = signage.sizes.get(size)
        if paper is None:
            self.counter.show_parts([])
            return
        from studio.render.signage import PREVIEW_DPI

        self.counter.show_parts(
            [
                (
                    self.tr("{0}: {1} × {2} mm + {3} mm bleed").format(
                        size, f"{paper.width_mm:g}", f"{paper.height_mm:g}", f"{signage.bleed_mm:g}"
                    ),
                    "ok",
                ),
                (self.tr("printed at {0} DPI").format(signage.dpi), "ok"),
            ],
            self.tr("Preview drawn at {0} DPI: the print file has the same layout, sharper.").format(
                PREVIEW_DPI
            ),
        )

    def select_span(self, field: str, start: int, end: int) -> bool:
        variant = self.variant
        if variant is None or field not in variant.fields:
            return False
        words = variant.fields[field][start:end]
        self.spot.setText(
            self.tr("On the poster ({0}): «{1}»").format(field_label(field, self.channel), words)
        )
        self.spot.show()
        return True

    def heavy_key(self) -> object:
        campaign, variant = self.campaign, self.variant
        if campaign is None or variant is None or not self.print_size:
            return None
        from studio.stamps import files_stamp

        fields, links = tuple(variant.fields.items()), tuple(variant.links.items())
        kit = files_stamp([self.env.workspace.assets])  # fonts, logo, images
        return (self.print_size, fields, links, campaign.hero_image, kit)

    def heavy_work(self) -> Callable[[], Any] | None:
        campaign, variant, size = self.campaign, self.variant, self.print_size
        if campaign is None or variant is None or not size:
            return None
        workspace, specs = self.env.workspace, self.env.renderer.specs
        hero = campaign.hero_image

        def work() -> tuple[bytes, int, int]:
            from studio.render.signage import PREVIEW_DPI, compose_poster

            image = compose_poster(variant, workspace, specs, size, hero_image=hero, dpi=PREVIEW_DPI)
            rgb = image.convert("RGB")
            return rgb.tobytes("raw", "RGB"), rgb.width, rgb.height

        return work

    def heavy_done(self, result: Any) -> None:
        data, width, height = result
        image = QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
        self.image_size = (width, height)
        self.poster.set_pixmap(QPixmap.fromImage(image))

    def heavy_failed(self, message: str) -> None:
        self.show_error(self.tr("The poster cannot be drawn: {0}").format(message))
        self.poster.set_pixmap(QPixmap())
        self.poster.set_message(self.tr("No poster: see the message above."))
