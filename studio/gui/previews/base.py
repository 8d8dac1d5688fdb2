"""One channel's tab: header (badge, “Edit text”), error banner, override editor, preview, counter."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QVBoxLayout, QWidget

from studio.gui.previews.common import Badge, Counter, OverrideEditor, TextView, set_style, tone_color
from studio.gui.renderers import renderer_for
from studio.gui.tasks import Task, run_task
from studio.model.campaign import Campaign, Channel
from studio.model.finding import Finding
from studio.model.variant import Variant
from studio.render.variants import Renderer
from studio.workspace import BrandKit, Workspace


class PreviewEnv:
    """What the tabs render with: the workspace's shared renderer (the check's own, see
    :mod:`studio.gui.renderers`) and the variants the latest check rendered."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        #: the latest check's variants by (channel id, locale): a tab takes them, never renders them again
        self.checked: dict[tuple[str, str], Variant] = {}

    @property
    def renderer(self) -> Renderer:
        return renderer_for(self.workspace)

    @property
    def brand(self) -> BrandKit:
        return self.workspace.brand

    def variant(self, channel: Channel, locale: str) -> Variant | None:
        """The checked variant of ``channel`` in ``locale`` (None when the campaign has no such channel)."""
        return self.checked.get((channel.value, locale))


class ChannelTab(QWidget):
    """Base of the channel previews. Subclasses fill :attr:`content` and override the hooks."""

    overrideEdited = Signal(str, str)  # field, text
    overrideReset = Signal(str)  # field
    overriddenChanged = Signal(bool)
    heavyShown = Signal()  # the heavy part (the email's HTML, the poster) shows the latest variant

    #: Debounce of the heavy work (HTML, poster); 0 for none.
    heavy_delay_ms = 0

    def __init__(self, env: PreviewEnv, channel: Channel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.channel = channel
        self.campaign: Campaign | None = None
        self.variant: Variant | None = None
        self.findings: list[Finding] = []
        self.setAccessibleName(self.tr("{0} preview").format(channel_label(channel)))

        self.badge = Badge(self.tr("Edited by hand"))
        self.badge.setToolTip(self.tr("This text was written by hand: it no longer follows the template"))
        self.badge.hide()
        self.edit_button = QToolButton()
        self.edit_button.setText(self.tr("Edit text"))
        self.edit_button.setCheckable(True)
        self.edit_button.setAccessibleName(
            self.tr("Edit the {0} text by hand").format(channel_label(channel))
        )
        self.edit_button.setToolTip(self.tr("Write this channel's text yourself instead of the template's"))
        self.edit_button.setIcon(
            QIcon.fromTheme(
                "document-edit", self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
            )
        )
        self.edit_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.edit_button.toggled.connect(self._toggle_editor)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        self.header = header
        header.addStretch(1)
        header.addWidget(self.badge)
        header.addWidget(self.edit_button)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Preview problem"))
        self.banner.hide()

        self.editor = OverrideEditor(channel)
        self.editor.hide()
        self.editor.edited.connect(self.overrideEdited)
        self.editor.reset.connect(self.overrideReset)

        self.counter = Counter(self.tr("{0} counters").format(channel_label(channel)))

        self.content = QVBoxLayout()
        self.content.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.editor)
        layout.addLayout(self.content, 1)
        layout.addWidget(self.counter)

        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one at a time; the newest request wins
        self._generation = 0
        self._task: Task | None = None
        self._heavy_pending = False
        self._heavy_timer = QTimer(self)
        self._heavy_timer.setSingleShot(True)
        self._heavy_timer.timeout.connect(self._heavy_now)
        self.heavy_runs = 0  # how many heavy renders started (tests, benchmarks)

    # -- what the pane calls ------------------------------------------------------------------------

    def show_variant(self, campaign: Campaign, variant: Variant | None) -> None:
        self.campaign = campaign
        self.variant = variant
        if variant is None:
            self.badge.hide()
            return
        self.editor.set_variant(variant)
        overridden = bool(variant.overridden)
        if overridden != self.badge.isVisibleTo(self):
            self.badge.setVisible(overridden)
            self.overriddenChanged.emit(overridden)
        self.update_preview(campaign, variant)
        self.schedule_heavy()

    def set_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        for field, view in self.views().items():
            view.set_findings([f for f in findings if f.field == field])

    def select_span(self, field: str, start: int, end: int) -> bool:
        view = self.views().get(field)
        return view.select(start, end) if view is not None else False

    def refresh(self) -> None:
        """Render the heavy part again even if the variant did not change (the brand kit did)."""
        self._shown_key = None
        self.schedule_heavy()

    # -- hooks -------------------------------------------------------------------------------------

    def views(self) -> dict[str, TextView]:
        """The text views by field (for findings and spans)."""
        return {}

    def update_preview(self, campaign: Campaign, variant: Variant) -> None:
        """Update the cheap parts (text, counters) from the variant: must be fast."""

    def heavy_key(self) -> object:
        """What the heavy result depends on; None when there is no heavy part."""
        return None

    def heavy_work(self) -> Callable[[], Any] | None:
        """A plain function (run on a worker) producing the heavy result, or None."""
        return None

    def heavy_done(self, result: Any) -> None:
        """Show a heavy result (GUI thread)."""

    def heavy_failed(self, message: str) -> None:
        self.show_error(message)

    # -- heavy work: debounced, on a worker, newest wins ---------------------------------------------

    def schedule_heavy(self) -> None:
        if self.heavy_key() is None:
            return
        if not self.isVisible():
            self._heavy_pending = True
            return
        self._heavy_pending = False
        self._heavy_timer.start(self.heavy_delay_ms)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._heavy_pending:
            self.schedule_heavy()

    _shown_key: object = None

    def is_current(self) -> bool:
        """The heavy part shows the current variant: nothing is left to render."""
        key = self.heavy_key()
        return key is None or key == self._shown_key

    def _heavy_now(self) -> None:
        key = self.heavy_key()
        if key is None or key == self._shown_key:
            return
        work = self.heavy_work()
        if work is None:
            return
        if self._task is not None:
            self._task.cancel()
        self._generation += 1
        generation = self._generation
        self.heavy_runs += 1

        def run(_progress: Any, cancel: Callable[[], bool]) -> Any:
            if cancel():  # a newer request came while this one waited
                return None
            return work()

        def done(result: Any) -> None:
            if generation != self._generation or result is None:
                return
            self._task = None
            self._shown_key = key
            self.clear_error()
            self.heavy_done(result)
            self.heavyShown.emit()

        def failed(exc: Exception) -> None:
            if generation != self._generation:
                return
            self._task = None
            self._shown_key = None
            self.heavy_failed(str(exc))

        self._task = run_task(run, on_done=done, on_error=failed, pool=self._pool, parent=self)

    # -- errors ------------------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        color = tone_color(self.palette(), "error").name()
        set_style(
            self.banner,
            f"QLabel {{ border: 1px solid {color}; border-radius: 0.3em; padding: 0.3em 0.6em; }}",
        )
        self.banner.setText(message)
        self.banner.setAccessibleDescription(message)
        self.banner.show()

    def clear_error(self) -> None:
        self.banner.hide()
        self.banner.clear()

    @property
    def error(self) -> str:
        return self.banner.text() if not self.banner.isHidden() else ""

    def _toggle_editor(self, on: bool) -> None:
        self.editor.setVisible(on)
        if on and self.editor.editors:
            next(iter(self.editor.editors.values())).setFocus()


def channel_label(channel: Channel) -> str:
    """A channel's name as the interface shows it."""
    from PySide6.QtCore import QCoreApplication

    labels = {
        Channel.EMAIL: QCoreApplication.translate("PreviewChannels", "Email"),
        Channel.SMS: QCoreApplication.translate("PreviewChannels", "SMS"),
        Channel.X: QCoreApplication.translate("PreviewChannels", "X"),
        Channel.INSTAGRAM: QCoreApplication.translate("PreviewChannels", "Instagram"),
        Channel.FACEBOOK: QCoreApplication.translate("PreviewChannels", "Facebook"),
        Channel.LINKEDIN: QCoreApplication.translate("PreviewChannels", "LinkedIn"),
        Channel.SIGNAGE: QCoreApplication.translate("PreviewChannels", "Signage"),
        Channel.WHATSAPP: QCoreApplication.translate("PreviewChannels", "WhatsApp"),
        Channel.PUSH: QCoreApplication.translate("PreviewChannels", "Push"),
        Channel.STAFF: QCoreApplication.translate("PreviewChannels", "Staff brief"),
        Channel.WEB: QCoreApplication.translate("PreviewChannels", "Web"),
    }
    return labels[channel]
