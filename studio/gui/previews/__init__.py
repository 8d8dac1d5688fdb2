"""Live channel previews: one tab per channel the campaign uses, updated on every check.

:meth:`PreviewPane.show_check` is called on the GUI thread after each (debounced) re-check while
the marketer types; it only updates texts and counters. The email's HTML and the poster are
rendered on workers (debounced, the newest request wins) and only for the tab on screen. A tab's
“Edit text” turns on editors for the variant's override fields: typing emits
:attr:`PreviewPane.overrideEdited`, “Reset to template” :attr:`PreviewPane.overrideReset`; the
owner of the campaign document applies them and the next check shows the result.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.app import Studio
from studio.findings import CampaignCheck
from studio.gui.fit import compact_combo
from studio.gui.previews.base import ChannelTab, PreviewEnv, channel_label
from studio.gui.previews.channel_box import ChannelSwitcher
from studio.gui.previews.common import set_style, tone_color
from studio.model.campaign import Campaign, Channel
from studio.model.finding import Finding, Severity
from studio.model.variant import Variant

__all__ = ["PreviewPane"]


def _make_tab(env: PreviewEnv, channel: Channel) -> ChannelTab:
    if channel is Channel.EMAIL:
        from studio.gui.previews.email import EmailTab

        return EmailTab(env)
    if channel is Channel.SMS:
        from studio.gui.previews.sms import SmsTab

        return SmsTab(env)
    if channel in (Channel.WHATSAPP, Channel.PUSH):  # channels20: the messaging channels' tabs
        from studio.gui.previews.push import PushTab
        from studio.gui.previews.whatsapp import WhatsAppTab

        return WhatsAppTab(env) if channel is Channel.WHATSAPP else PushTab(env)
    if channel in (Channel.STAFF, Channel.WEB):  # web20: the staff brief's and the web's text tabs
        from studio.gui.previews.staff import StaffTab
        from studio.gui.previews.web import WebTab

        return StaffTab(env) if channel is Channel.STAFF else WebTab(env)
    if channel is Channel.SIGNAGE:
        from studio.gui.previews.signage import SignageTab

        return SignageTab(env)
    from studio.gui.previews.posts import PostTab

    return PostTab(env, channel)


class PreviewPane(QWidget):
    """The channel previews of the open campaign, in one locale at a time."""

    overrideEdited = Signal(str, str, str, str)  # channel id, locale, field, new text
    overrideReset = Signal(str, str, str)  # channel id, locale, field (back to the template's text)
    localeChanged = Signal(str)
    #: the texts and counters of every tab show the latest check (the email's HTML follows: each
    #: tab's ``heavyShown``); the tab in front is updated at once, the others one per turn after
    refreshed = Signal()

    def __init__(self, studio: Studio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.env = PreviewEnv(studio.workspace)
        self.setAccessibleName(self.tr("Channel previews"))
        self.campaign: Campaign | None = None
        self.current_locale = ""
        self.tabs_by_channel: dict[str, ChannelTab] = {}
        self._variants: dict[tuple[str, str], Variant] = {}
        self._findings: list[Finding] = []
        self._tab_levels: dict[str, str] = {}
        self._pending: list[Channel] = []
        self._deferred: list[Channel] | None = None  # a check waiting for its tabs to be prepared
        self._stale: list[str] = []  # tabs behind the check shown, updated one per turn

        top = self._top_row()

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Preview problem"))
        self.banner.hide()

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Channels"))
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.channels = ChannelSwitcher(self.tabs, self.channel_label, self.channel_box)
        self.tabs.currentChanged.connect(lambda _i: self.catch_up(self.tabs.currentWidget()))
        self.placeholder = QLabel(self.tr("Open a campaign to preview its channels."))
        self.placeholder.setAccessibleName(self.tr("No campaign"))
        self.placeholder.setWordWrap(True)
        set_style(self.placeholder, "color: palette(placeholder-text);")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.tabs)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self._show_locales([])

    def _top_row(self) -> QHBoxLayout:
        """The locale picker, and the channel list shown when the channel tabs do not fit."""
        self.locale_label = QLabel(self.tr("Locale:"))
        self.locales = QComboBox()
        self.locales.setAccessibleName(self.tr("Locale of the previews"))
        self.locales.setToolTip(self.tr("Which locale's texts the previews show"))
        compact_combo(self.locales, 10)
        self.locale_label.setBuddy(self.locales)
        self.locales.currentIndexChanged.connect(self._locale_picked)
        self.channel_label = QLabel(self.tr("Cha&nnel:"))
        self.channel_box = QComboBox()
        self.channel_box.setAccessibleName(self.tr("Channel of the preview"))
        self.channel_box.setToolTip(self.tr("Which channel the preview shows (Ctrl+Tab, F7)"))
        self.channel_label.setBuddy(self.channel_box)
        top = QHBoxLayout()
        top.addWidget(self.locale_label)
        top.addWidget(self.locales)
        top.addSpacing(12)
        top.addWidget(self.channel_label)
        top.addWidget(self.channel_box)
        top.addStretch(1)
        return top

    # -- the interface the main window uses -----------------------------------------------------------

    def show_check(self, campaign: Campaign, check: CampaignCheck) -> None:
        """Show the variants of a fresh check (GUI thread, fast: texts and counters only).

        When tabs it needs are still being prepared (:meth:`prepare`), the check is shown once they
        are, a tab per turn of the event loop, rather than building them all now; :meth:`tab`
        finishes at once."""
        self.campaign = campaign
        self._variants = {(v.channel.value, v.locale): v for v in check.variants}
        self.env.checked = self._variants  # the tabs take the check's variants, never render them again
        self.clear_error()
        self._show_locales(campaign.locale_tags)
        channels = list(campaign.channels)
        missing = [c for c in channels if c.value not in self.tabs_by_channel]
        if missing and self._pending:
            self._pending = [*self._pending, *(c for c in missing if c not in self._pending)]
            self._deferred = channels
            return
        self._show_channels(channels)

    def _show_channels(self, channels: list[Channel]) -> None:
        self._deferred = None
        self._sync_tabs(channels)
        self.stack.setCurrentWidget(self.tabs)
        self._refresh()

    def prepare(self, channels: list[Channel]) -> None:
        """Build the tabs ``channels`` will need ahead, one per turn of the event loop: a campaign
        just opened is still being checked, and its previews are ready when the check arrives
        instead of being built all at once then (the window keeps answering meanwhile)."""
        self._pending = [c for c in channels if c.value not in self.tabs_by_channel]
        if self._pending:
            QTimer.singleShot(0, self, self._prepare_next)

    def _prepare_next(self) -> None:
        if self._pending:
            self._prepare(self._pending.pop(0))
        if self._pending:
            QTimer.singleShot(0, self, self._prepare_next)
        elif self._deferred is not None:
            self._show_channels(self._deferred)

    def _prepare(self, channel: Channel) -> None:
        if channel.value not in self.tabs_by_channel:
            tab = self._new_tab(channel)
            tab.setParent(self)  # deleted with the pane; hidden until the tab widget shows it
            tab.hide()

    def _finish(self) -> None:
        """Build what is still pending and show a deferred check now, every tab updated."""
        while self._pending:
            self._prepare(self._pending.pop(0))
        if self._deferred is not None:
            self._show_channels(self._deferred)
        self.catch_up()

    def set_locale(self, locale: str) -> None:
        """Show ``locale``'s variants (emits :attr:`localeChanged` when it changes)."""
        if locale == self.current_locale:
            return
        self.current_locale = locale
        index = self.locales.findData(locale)
        if index >= 0 and index != self.locales.currentIndex():
            self.locales.blockSignals(True)
            self.locales.setCurrentIndex(index)
            self.locales.blockSignals(False)
        self._refresh()
        self.localeChanged.emit(locale)

    def show_channel(self, channel: str) -> None:
        """Bring ``channel``'s tab (a channel id such as ``sms``) to the front."""
        self._finish()
        tab = self.tabs_by_channel.get(channel)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    def select_span(self, channel: str, locale: str, field: str, start: int, end: int) -> None:
        """Show the variant and select ``[start, end)`` (code points) of ``field`` in its rendered text."""
        self.set_locale(locale)
        self.show_channel(channel)  # finishes a deferred check
        tab = self.tabs_by_channel.get(channel)
        if tab is not None:
            tab.select_span(field, start, end)

    def set_findings(self, findings: list[Finding]) -> None:
        """Underline the findings' spans in the previews and mark the tabs that have problems."""
        self._findings = list(findings)
        self._show_findings()

    def refresh(self) -> None:
        """Render the email and the poster again (the brand kit changed on disk)."""
        for tab in self.tabs_by_channel.values():
            tab.refresh()

    def show_error(self, message: str) -> None:
        """Say why the previews cannot be updated (e.g. a broken template); the last ones stay."""
        color = tone_color(self.palette(), "error").name()
        set_style(
            self.banner,
            f"QLabel {{ border: 1px solid {color}; border-radius: 0.3em; padding: 0.3em 0.6em; }}",
        )
        text = self.tr("The previews cannot be updated: {0}").format(message)
        self.banner.setText(text)
        self.banner.setAccessibleDescription(text)
        self.banner.show()

    def clear_error(self) -> None:
        self.banner.hide()
        self.banner.clear()

    def clear(self) -> None:
        """No campaign open. The tabs are kept (hidden, children of the pane, deleted with it) for
        the next campaign: its channels' tabs are not built again."""
        self.campaign = None
        self._variants = {}
        self.env.checked = {}
        self._findings = []
        self._pending = []
        self._deferred = None
        self._stale = []
        self.clear_error()
        self.stack.setCurrentWidget(self.placeholder)
        self._show_locales([])

    def retranslate(self) -> None:
        """After a language switch: the rendered previews again (dates and labels the channels
        render follow the interface language)."""
        self.refresh()

    def tab(self, channel: str) -> ChannelTab:
        self._finish()
        return self.tabs_by_channel[channel]

    @property
    def up_to_date(self) -> bool:
        """Every tab shows the latest check (none is waiting for its turn)."""
        return not self._stale and not self._pending and self._deferred is None

    # -- inside -------------------------------------------------------------------------------------

    def _show_locales(self, tags: list[str]) -> None:
        current = [str(self.locales.itemData(i)) for i in range(self.locales.count())]
        if tags != current:
            self.locales.blockSignals(True)
            self.locales.clear()
            from studio.gui.naming import locale_with_tag

            for tag in tags:
                self.locales.addItem(locale_with_tag(tag), tag)
            self.locales.blockSignals(False)
            self._fit_locales()
        self.locales.setEnabled(bool(tags))
        if tags and self.current_locale not in tags:
            self.set_locale(tags[0])
        elif self.current_locale:
            index = self.locales.findData(self.current_locale)
            self.locales.blockSignals(True)
            self.locales.setCurrentIndex(index)
            self.locales.blockSignals(False)

    def _fit_locales(self) -> None:
        """As wide as its longest name (``Spanish (Spain) · es-ES`` whole at 1280 × 720), never
        narrower than 10 characters; the room beside it stays empty."""
        metrics = self.locales.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.locales.itemText(i)) for i in range(self.locales.count())),
            default=0,
        )
        x = max(1, metrics.horizontalAdvance("x"))
        self.locales.setMinimumContentsLength(max(10, min(-(-widest // x) + 1, 48)))

    def _locale_picked(self, index: int) -> None:
        tag = self.locales.itemData(index)
        if tag:
            self.set_locale(str(tag))

    def _sync_tabs(self, channels: list[Channel]) -> None:
        """Tabs for ``channels`` in that order; existing tabs are kept, never rebuilt."""
        wanted = [c.value for c in channels]
        shown = [self.tabs.widget(i) for i in range(self.tabs.count())]
        if wanted == [t.channel.value for t in shown if isinstance(t, ChannelTab)]:
            return
        current = self.tabs.currentWidget()
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for channel_id, tab in list(self.tabs_by_channel.items()):
            if channel_id not in wanted:
                del self.tabs_by_channel[channel_id]
                tab.deleteLater()
        for channel in channels:
            tab = self.tabs_by_channel.get(channel.value) or self._new_tab(channel)
            self.tabs.addTab(tab, channel_label(channel))
            self._tab_levels.pop(channel.value, None)
            self._title(channel.value)
        if current is not None and self.tabs.indexOf(current) >= 0:
            self.tabs.setCurrentWidget(current)
        self.tabs.blockSignals(False)
        self.channels.refresh()

    def _new_tab(self, channel: Channel) -> ChannelTab:
        tab = _make_tab(self.env, channel)
        tab.overrideEdited.connect(
            lambda field, text, c=channel.value: self.overrideEdited.emit(c, self.current_locale, field, text)
        )
        tab.overrideReset.connect(
            lambda field, c=channel.value: self.overrideReset.emit(c, self.current_locale, field)
        )
        tab.overriddenChanged.connect(lambda _on, c=channel.value: self._title(c))
        self.tabs_by_channel[channel.value] = tab
        return tab

    def _title(self, channel_id: str) -> None:
        tab = self.tabs_by_channel.get(channel_id)
        if tab is None:
            return
        index = self.tabs.indexOf(tab)
        if index < 0:
            return
        title = channel_label(tab.channel)
        tip = title
        variant = self._variants.get((channel_id, self.current_locale)) if self.campaign else tab.variant
        if variant is not None and variant.overridden:
            title += " ✎"
            tip = self.tr("{0}: edited by hand").format(channel_label(tab.channel))
        if self.tabs.tabText(index) != title:
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, tip)
            self.channels.refresh()

    def _refresh(self) -> None:
        """Show the check in the tab in front now and in the others one per turn of the event loop
        (a dozen channels updated at once stopped the window); :meth:`tab`, :meth:`show_channel`
        and bringing a tab to the front update it at once."""
        if self.campaign is None:
            return
        front = self.tabs.currentWidget()
        self._stale = [c for c, tab in self.tabs_by_channel.items() if tab is not front]
        for channel_id, tab in self.tabs_by_channel.items():
            if tab is front:
                self._refresh_tab(channel_id)
            else:
                self._title(channel_id)  # titles and problem marks for every tab now
        self._show_findings()
        if self._stale:
            QTimer.singleShot(0, self, self._refresh_next)
        else:
            self.refreshed.emit()

    def _refresh_tab(self, channel_id: str) -> None:
        tab = self.tabs_by_channel.get(channel_id)
        if tab is None or self.campaign is None:
            return
        tab.show_variant(self.campaign, self._variants.get((channel_id, self.current_locale)))
        self._title(channel_id)
        tab.set_findings(self._findings_of(channel_id))

    def _refresh_next(self) -> None:
        if not self._stale:
            return
        self._refresh_tab(self._stale.pop(0))
        if self._stale:
            QTimer.singleShot(0, self, self._refresh_next)
        else:
            self.refreshed.emit()

    def catch_up(self, only: QWidget | None = None) -> None:
        """Update now the tabs still waiting for their turn (``only``: that one)."""
        for channel_id in list(self._stale):
            if only is None or self.tabs_by_channel.get(channel_id) is only:
                self._stale.remove(channel_id)
                self._refresh_tab(channel_id)
                if not self._stale:
                    self.refreshed.emit()

    def _findings_of(self, channel_id: str) -> list[Finding]:
        return [f for f in self._findings if f.channel == channel_id and f.locale == self.current_locale]

    def _show_findings(self) -> None:
        for channel_id, tab in self.tabs_by_channel.items():
            mine = self._findings_of(channel_id)
            if channel_id not in self._stale:  # a tab waiting for its turn takes them then
                tab.set_findings(mine)
            worst = max((f.severity.rank for f in mine), default=-1)
            level = (
                "error"
                if worst >= Severity.ERROR.rank
                else "warning"
                if worst >= Severity.WARNING.rank
                else ""
            )
            index = self.tabs.indexOf(tab)
            if index >= 0 and self._tab_levels.get(channel_id) != level:
                self._tab_levels[channel_id] = level
                self.tabs.setTabIcon(index, self._level_icon(level))
                self.channels.refresh()

    def _level_icon(self, level: str) -> QIcon:
        pixmap = {
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
        }.get(level)
        return self.style().standardIcon(pixmap) if pixmap is not None else QIcon()
