"""Review and report inside the studio: the consistency report, the review steps and the history."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio import clock
from studio.app import Studio
from studio.errors import StudioError
from studio.findings import CampaignCheck
from studio.gui.campaign_model import status_label
from studio.gui.formatting import short_datetime
from studio.model.campaign import CampaignStatus


class ReviewPanel(QWidget):
    """Score, fact × channel matrix and findings (the report), review buttons, audit history."""

    changed = Signal()

    def __init__(
        self, studio: Studio, *, flush: Callable[[], None] = lambda: None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.studio = studio
        self._flush = flush
        self.key: str | None = None
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Review status"))
        self.submit_button = QPushButton(self.tr("Submit for review"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.reject_button = QPushButton(self.tr("Request changes…"))
        for button, action in (
            (self.submit_button, "submitted"),
            (self.approve_button, "approved"),
            (self.reject_button, "changes_requested"),
        ):
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _c=False, a=action: self.perform(a))
        self.report = QTextBrowser()
        self.report.setAccessibleName(self.tr("Consistency report"))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Review history"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.submit_button, self.approve_button, self.reject_button):
            buttons.addWidget(button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.report)
        split.addWidget(self.history)
        split.setSizes([600, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self._update_buttons(None)

    def show_campaign(self, key: str, check: CampaignCheck) -> None:
        from studio.consistency.checks import load_consistency_config
        from studio.report.model import build_report
        from studio.report.writers import render_html

        self.key = key
        repo = self.studio.repository
        try:
            stored = repo.get(key)
            report = build_report(
                stored.campaign,
                check,
                config=load_consistency_config(self.studio.workspace.brand_rules),
                waivers=repo.waivers(key, include_revoked=True),
                events=repo.events(key),
                generated_at=clock.now(),
                revision=stored.version,
            )
            language = "es" if self.tr("Approve") != "Approve" else "en"
            self.report.setHtml(render_html(report, self.studio.workspace.templates, language=language))
        except StudioError as exc:
            self.report.setPlainText(str(exc))
            return
        self.status.setText(
            self.tr("Status: {0} · revision {1}").format(status_label(stored.campaign.status), stored.version)
        )
        self.history.clear()
        for event in reversed(repo.events(key)):
            line = f"{short_datetime(event.at)} · {event.actor} · {event.action}"
            if event.comment:
                line += f" — {event.comment}"
            self.history.addItem(line)
        self._update_buttons(stored.campaign.status)

    def _update_buttons(self, status: CampaignStatus | None) -> None:
        can_approve = True
        can = getattr(self.studio.repository, "can_approve", None)
        if callable(can):
            can_approve = bool(can())
        self.submit_button.setEnabled(status is CampaignStatus.DRAFT)
        self.approve_button.setEnabled(status is CampaignStatus.IN_REVIEW and can_approve)
        self.reject_button.setEnabled(status in (CampaignStatus.IN_REVIEW, CampaignStatus.APPROVED))

    def ask_comment(self) -> str | None:
        """What to change (required for a request); None when cancelled. Tests replace this."""
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Request changes"), self.tr("What should change?")
        )
        return text if ok else None

    def show_error(self, message: str) -> None:
        """Tests replace this to read the message."""
        QMessageBox.warning(self, self.tr("The review step was refused"), message)

    def perform(self, action_name: str, comment: str = "") -> bool:
        """Take a review step on the open campaign (the same calls as ``studio review``)."""
        from studio.findings import check_campaign
        from studio.render.variants import Renderer
        from studio.review.workflow import ReviewAction, transition, unwaived_errors

        if self.key is None:
            return False
        action = ReviewAction(action_name)
        if action is ReviewAction.REJECT and not comment:
            asked = self.ask_comment()
            if asked is None:
                return False
            comment = asked
        self._flush()
        repo = self.studio.repository
        try:
            blocking: list[Any] = []
            if action is ReviewAction.APPROVE:
                stored = repo.get(self.key)
                found = check_campaign(Renderer(self.studio.workspace), stored.campaign, now=clock.now())
                blocking = unwaived_errors(found.findings, repo.waivers(stored.key))
            transition(repo, self.key, action, comment=comment, blocking=blocking)
        except StudioError as exc:
            self.show_error(str(exc))
            return False
        self.changed.emit()
        return True
