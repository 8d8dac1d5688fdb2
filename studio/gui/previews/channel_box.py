"""The preview pane's channels as tabs while they fit, as a "Channel:" list when they do not.

Nine channels (email, SMS, four networks, signage, WhatsApp, push) do not fit as tabs in the
preview pane of a 1280×720 window; tabs behind scroll arrows hide channels. When the tab bar would
need more room than the pane has, it is hidden and a combo box beside the locale picker lists the
same tabs (text, icon, tooltip) and switches them; the tab widget stays the one source of truth, so
Ctrl+Tab, F7 and code that selects a tab work either way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QLabel, QTabWidget


class ChannelSwitcher(QObject):
    """Keeps ``combo`` (with its ``label``) in step with ``tabs`` and shows whichever fits."""

    def __init__(self, tabs: QTabWidget, label: QLabel, combo: QComboBox) -> None:
        super().__init__(tabs)
        self.tabs, self.label, self.combo = tabs, label, combo
        self._filling = False
        tabs.installEventFilter(self)
        tabs.currentChanged.connect(self._tab_changed)
        combo.currentIndexChanged.connect(self._picked)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tabs and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._choose()
        return False

    def refresh(self) -> None:
        """The list mirrors the tabs (call after tabs are added, removed, renamed or given icons)."""
        self._filling = True
        try:
            self.combo.clear()
            for i in range(self.tabs.count()):
                self.combo.addItem(self.tabs.tabIcon(i), self.tabs.tabText(i))
                self.combo.setItemData(i, self.tabs.tabToolTip(i), 3)  # Qt.ToolTipRole
            self.combo.setCurrentIndex(self.tabs.currentIndex())
        finally:
            self._filling = False
        self._choose()

    def tabs_fit(self) -> bool:
        bar = self.tabs.tabBar()
        need = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        return need <= self.tabs.width()

    def _choose(self) -> None:
        fit = self.tabs.count() <= 1 or self.tabs_fit()
        self.tabs.tabBar().setVisible(fit)
        self.label.setVisible(not fit)
        self.combo.setVisible(not fit)

    def _tab_changed(self, index: int) -> None:
        if self.combo.currentIndex() != index:
            self._filling = True
            try:
                self.combo.setCurrentIndex(index)
            finally:
                self._filling = False

    def _picked(self, index: int) -> None:
        if not self._filling and index >= 0 and index != self.tabs.currentIndex():
            self.tabs.setCurrentIndex(index)
