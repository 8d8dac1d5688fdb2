"""The email preview: an inbox line (sender, subject, preheader) over the real HTML, at desktop or
mobile width, or the plain-text part. The HTML shows in Qt WebEngine, created when first needed
(it is slow to start); without WebEngine (or with ``STUDIO_NO_WEBENGINE=1``) in a QTextBrowser."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.gui.previews.base import ChannelTab, PreviewEnv
from studio.gui.previews.common import Band, TextView, mixed, set_style
from studio.model.campaign import Campaign, Channel
from studio.model.variant import Variant

#: Width of the email in each view mode, in CSS pixels.
WIDTHS = {"desktop": 700, "mobile": 375}
#: none: the HTML follows each check at once (the check already waits for a pause in typing, and
#: a newer request cancels a render still waiting); the preview shows ≤ 300 ms after the last key
HTML_DELAY_MS = 0
_ZERO_FONT = re.compile(r"font-size:\s*0(?:px)?\b")


def web_engine_wanted() -> bool:
    return os.environ.get("STUDIO_NO_WEBENGINE", "") not in ("1", "true", "yes")


class _HtmlHost(QWidget):
    """Holds the HTML view at the chosen email width, centred, scaled down when the pane is narrower
    (no layout: a fixed-width child would force its width on the whole window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: QWidget | None = None
        self.web_engine = False
        self.width_px = WIDTHS["desktop"]
        self.html = ""
        self.base = QUrl()
        self.on_first_show: Callable[[], None] | None = None
        self.loaded = False  # the last HTML finished loading (WebEngine loads asynchronously)

    def ensure_view(self) -> QWidget:
        if self.view is not None:
            return self.view
        view: QWidget | None = None
        if web_engine_wanted():
            try:
                view = _web_view(self)
                self.web_engine = True
                view.loadFinished.connect(self._load_finished)  # type: ignore[attr-defined]
            except ImportError:
                view = None
        if view is None:
            browser = QTextBrowser(self)
            browser.setOpenLinks(False)
            view = browser
        view.setAccessibleName(self.tr("Email as customers see it"))
        self.view = view
        view.show()
        self._place()
        return view

    def set_html(self, html: str, base: QUrl) -> None:
        self.html, self.base = html, base
        view = self.ensure_view()
        self.loaded = False
        if self.web_engine:
            view.setHtml(html, base)  # type: ignore[attr-defined]
        else:
            assert isinstance(view, QTextBrowser)
            view.document().setBaseUrl(base)
            # MJML's inline-block trick sets font-size:0 on wrappers; Qt's rich text warns about it
            view.setHtml(_ZERO_FONT.sub("font-size:1px", html))
            self.loaded = True

    def _load_finished(self, ok: bool) -> None:
        self.loaded = bool(ok)

    def set_width(self, width: int) -> None:
        self.width_px = width
        self._place()

    def _place(self) -> None:
        if self.view is None:
            return
        available = max(1, self.width())
        width = min(self.width_px, available)
        self.view.setGeometry((available - width) // 2, 0, width, self.height())
        if self.web_engine:
            self.view.setZoomFactor(max(0.25, width / self.width_px))  # type: ignore[attr-defined]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.on_first_show is not None:
            callback, self.on_first_show = self.on_first_show, None
            callback()


def _web_view(parent: QWidget) -> QWidget:
    """A QWebEngineView that stays on the email: links are not followed inside the preview."""
    from PySide6.QtWebEngineCore import QWebEnginePage
    from PySide6.QtWebEngineWidgets import QWebEngineView

    class Page(QWebEnginePage):
        def acceptNavigationRequest(
            self, url: QUrl | str, navigation: QWebEnginePage.NavigationType, main_frame: bool
        ) -> bool:
            return navigation != QWebEnginePage.NavigationType.NavigationTypeLinkClicked

    view = QWebEngineView(parent)
    view.setPage(Page(view))
    return view


class EmailTab(ChannelTab):
    heavy_delay_ms = HTML_DELAY_MS

    def __init__(self, env: PreviewEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, Channel.EMAIL, parent)
        self.html = ""
        self.html_bytes: int | None = None

        inbox = QFrame()
        inbox.setObjectName("inbox")
        inbox.setAccessibleName(self.tr("Inbox line"))
        self._inbox = inbox
        self.sender_label = QLabel()
        self.sender_label.setAccessibleName(self.tr("Sender"))
        bold = QFont(self.font())
        bold.setBold(True)
        self.sender_label.setFont(bold)
        self.subject = TextView(self.tr("Subject"), entities=False)
        self.subject.setFont(bold)
        self.preheader = TextView(self.tr("Preheader"), entities=False)
        box = QVBoxLayout(inbox)
        box.setSpacing(0)
        box.addWidget(self.sender_label)
        box.addWidget(self.subject)
        box.addWidget(self.preheader)
        self.content.addWidget(inbox)

        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QToolButton] = {}
        modes = QHBoxLayout()
        modes.setSpacing(0)
        for mode, label, tip in (
            ("desktop", self.tr("Desktop"), self.tr("The email at 700 pixels wide, as on a computer")),
            ("mobile", self.tr("Mobile"), self.tr("The email at 375 pixels wide, as on a phone")),
            ("text", self.tr("Plain text"), self.tr("The plain-text part, for clients that show no HTML")),
        ):
            button = QToolButton()
            button.setText(label)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Show the email: {0}").format(label))
            button.setToolTip(tip)
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            modes.addWidget(button)
            button.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
        self.header.insertLayout(0, modes)
        # how the email looks in two conditions a marketer checks before sending (Litmus-style),
        # behind one menu button so the header stays narrow on a laptop screen
        self.looks_button = QToolButton()
        self.looks_button.setText(self.tr("Looks"))
        self.looks_button.setAccessibleName(self.tr("How the email looks in other clients"))
        self.looks_button.setToolTip(self.tr("Dark mode and blocked images, as many inboxes show the email"))
        self.looks_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        looks = QMenu(self.looks_button)
        self.dark_button = looks.addAction(self.tr("Dark mode"))
        self.dark_button.setToolTip(
            self.tr("The email as a client in dark mode shows it (Apple Mail, Outlook.com, the Gmail app)")
        )
        self.images_off_button = looks.addAction(self.tr("Images off"))
        self.images_off_button.setToolTip(
            self.tr("The email as a client that blocks images shows it: each image is its alternative text")
        )
        looks.setToolTipsVisible(True)
        for action in (self.dark_button, self.images_off_button):
            action.setCheckable(True)
            action.toggled.connect(self._looks_changed)
        self.looks_button.setMenu(looks)
        self.send_test_button = QToolButton()
        self.send_test_button.setText(self.tr("Send test…"))
        self.send_test_button.setAccessibleName(self.tr("Send a test of this email to an inbox"))
        self.send_test_button.setToolTip(
            self.tr("Send this email, as exported, to your own inbox through your SMTP server")
        )
        self.send_test_button.clicked.connect(self.open_send_test)
        # a row of its own under the inbox line: the header keeps the width a laptop screen has
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.looks_button)
        tools.addWidget(self.send_test_button)
        tools.addStretch(1)
        self.content.addLayout(tools)
        self.send_test_dialog: QDialog | None = None

        self.host = _HtmlHost()
        self.host.on_first_show = self.schedule_heavy
        self.plain = TextView(self.tr("Plain-text version"))
        plain_scroll = QScrollArea()
        plain_scroll.setWidgetResizable(True)
        plain_scroll.setFrameShape(QFrame.Shape.NoFrame)
        plain_scroll.setWidget(self.plain)
        plain_scroll.setAccessibleName(self.tr("Plain-text version"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.host)
        self.stack.addWidget(plain_scroll)
        self.content.addWidget(self.stack, 1)
        self.mode = ""
        self.set_mode("desktop")

    def set_mode(self, mode: str) -> None:
        """``desktop``, ``mobile`` (the HTML at that width) or ``text`` (the plain-text part)."""
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        if mode == "text":
            self.stack.setCurrentIndex(1)
            return
        self.stack.setCurrentIndex(0)
        self.host.set_width(WIDTHS[mode])

    def open_send_test(self) -> QDialog | None:
        """The “Send test” dialog for the email shown (unsaved edits included); None before one is."""
        if self.campaign is None or self.variant is None:
            return None
        from studio.gui.previews.proof import SendTestDialog

        previous = self.send_test_dialog
        if isinstance(previous, SendTestDialog) and not previous.sending:
            previous.deleteLater()  # one sending in the background keeps its dialog until it ends
        dialog = SendTestDialog(
            self.env.renderer, self.campaign, self.variant.locale, pool=self._pool, parent=self
        )
        dialog.open()
        self.send_test_dialog = dialog
        return dialog

    # -- hooks -------------------------------------------------------------------------------------

    def views(self) -> dict[str, TextView]:
        return {"subject": self.subject, "preheader": self.preheader, "text": self.plain}

    def select_span(self, field: str, start: int, end: int) -> bool:
        if field == "text":
            self.set_mode("text")
        return super().select_span(field, start, end)

    def update_preview(self, campaign: Campaign, variant: Variant) -> None:
        palette = self.palette()
        tint = mixed(palette, QPalette.ColorRole.Base, QPalette.ColorRole.Text, 0.04).name()
        line = mixed(palette, QPalette.ColorRole.Base, QPalette.ColorRole.Text, 0.18).name()
        set_style(
            self._inbox,
            f"QFrame#inbox {{ background: {tint}; border: 1px solid {line}; border-radius: 0.4em; }}",
        )
        brand = self.env.brand.email
        self.sender_label.setText(f"{brand.from_name} <{brand.from_address}>")
        m = variant.metrics
        for view, field, visible in (
            (self.subject, "subject", int(m.get("subject_visible", 0))),
            (self.preheader, "preheader", int(m.get("preheader_visible", 0))),
        ):
            text = variant.fields.get(field, "")
            view.set_text(text)
            cut = visible and len(text) > visible
            view.set_bands(
                [Band(visible, len(text), "dim", self.tr("Cut off in most inboxes"))] if cut else []
            )
        set_style(
            self.preheader, "QTextBrowser { background: transparent; color: palette(placeholder-text); }"
        )
        self.plain.set_text(variant.fields.get("text", ""))
        self._update_counter()

    def _update_counter(self) -> None:
        variant = self.variant
        if variant is None:
            return
        m = variant.metrics
        parts: list[tuple[str, str]] = []
        subject, visible = m.get("subject_length", 0), m.get("subject_visible", 0)
        parts.append(
            (
                self.tr("Subject: {0} / {1} characters visible").format(subject, visible),
                "warning" if visible and subject > visible else "ok",
            )
        )
        pre, pre_visible = m.get("preheader_length", 0), m.get("preheader_visible", 0)
        parts.append(
            (
                self.tr("Preheader: {0} / {1}").format(pre, pre_visible),
                "warning" if pre_visible and pre > pre_visible else "ok",
            )
        )
        note = ""
        if self.html_bytes is not None:
            clip = self.env.renderer.specs.email.html_clip_bytes
            kb = self.html_bytes / 1000
            parts.append(
                (
                    self.tr("HTML: {0} KB of {1} KB").format(f"{kb:.0f}", f"{clip / 1000:.0f}"),
                    "error" if self.html_bytes > clip else "ok",
                )
            )
            if self.html_bytes > clip:
                note = self.tr("Gmail clips emails above {0} KB: shorten the body.").format(
                    f"{clip / 1000:.0f}"
                )
        if not note and visible and subject > visible:
            note = self.tr("Inboxes cut the subject after about {0} characters.").format(visible)
        self.counter.show_parts(parts, note)

    def heavy_key(self) -> object:
        campaign, variant = self.campaign, self.variant
        if campaign is None or variant is None:
            return None
        from studio.stamps import files_stamp

        workspace = self.env.workspace
        return (
            files_stamp([workspace.templates]),  # an edited MJML template shows at once
            files_stamp([workspace.assets], "brand.yaml"),
            variant.locale,
            tuple(variant.fields.items()),
            campaign.model_dump_json(exclude={"locales", "overrides"}),
            campaign.locales[variant.locale].model_dump_json(),
        )

    def heavy_work(self) -> Callable[[], Any] | None:
        campaign, variant = self.campaign, self.variant
        if campaign is None or variant is None:
            return None
        renderer, locale = self.env.renderer, variant.locale

        def work() -> str:
            from studio.gui.check_process import email_html

            return email_html(renderer, campaign, locale)  # in the check process, else here

        return work

    def schedule_heavy(self) -> None:
        if self.host.isVisible() or not self.isVisible():
            super().schedule_heavy()
        else:  # the plain-text view is showing: render the HTML once the marketer switches back
            self._heavy_pending = True
            self.host.on_first_show = self.schedule_heavy

    def heavy_done(self, result: Any) -> None:
        self.html = str(result)
        # the exported HTML's size, as the check measured it (this preview's file:// paths differ)
        measured = self.variant.metrics.get("html_bytes") if self.variant is not None else None
        self.html_bytes = measured if isinstance(measured, int) else len(self.html.encode("utf-8"))
        self._show_html()
        self._update_counter()

    def shown_html(self) -> str:
        """The HTML as the preview shows it: dark mode and images off applied when chosen."""
        from studio.render.email_views import dark_mode_html, images_off_html

        html = self.html
        if self.images_off_button.isChecked():
            html = images_off_html(html)
        if self.dark_button.isChecked():
            html = dark_mode_html(html)
        return html

    def _looks_changed(self) -> None:
        chosen = [a.text() for a in (self.dark_button, self.images_off_button) if a.isChecked()]
        self.looks_button.setText(" · ".join(chosen) if chosen else self.tr("Looks"))
        self._show_html()

    def _show_html(self) -> None:
        if not self.html:
            return
        base = QUrl.fromLocalFile(str(self.env.workspace.assets.resolve()) + "/")
        self.host.set_html(self.shown_html(), base)

    def heavy_failed(self, message: str) -> None:
        self.show_error(self.tr("The email cannot be shown: {0}").format(message))
