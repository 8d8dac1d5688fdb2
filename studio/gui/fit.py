"""Small layout helpers that keep the window usable on a laptop screen (1280 × 720 and up).

Qt only: the window's frame uses them before the workspace is loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QStyle


def compact_combo(combo: QComboBox, chars: int = 10) -> QComboBox:
    """Let ``combo`` be as narrow as ``chars`` characters (its longest item no longer sets the
    window's minimum width); the popup still shows items whole and the box shows its text in a tooltip."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    QApplication.sendEvent(combo, QEvent(QEvent.Type.StyleChange))  # forget a minimum measured before
    view = combo.view()
    if view is not None:
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
    combo.currentTextChanged.connect(combo.setToolTip)
    return combo


class FitWidth(QObject):
    """Keep a vertical-only scroll area at least as wide as its content's minimum: the content is
    never cut and no horizontal scroll bar appears (the window's minimum width includes it)."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = area.widget()
        assert content is not None
        content.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        content = self.area.widget()
        if content is None:
            return
        bar = self.area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = self.area.frameWidth() * 2
        width = content.minimumSizeHint().width() + bar + frame
        if self.area.minimumWidth() != width:
            self.area.setMinimumWidth(width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return False
