"""“Send test”: the email preview's proof dialog — an address, the SMTP server, one click.

What it sends is :func:`studio.proof.build_proof` (the exported ``message.eml`` with a
[PRUEBA]/[TEST] subject), through :func:`studio.proof.send_proof`, on a worker thread via
:func:`studio.gui.tasks.run_task`; the keyring is read and written there too (it may prompt or
block). The server settings are the ones ``studio proof config`` writes; a password typed here
goes to the OS keyring once the server has accepted it, never to a file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.gui.tasks import Task, run_task
from studio.model.campaign import Campaign
from studio.render.variants import Renderer


class SendTestDialog(QDialog):
    """Ask for the address (and, the first time, the server), then send the proof in the background."""

    sent = Signal(str)  # the address

    def __init__(
        self,
        renderer: Renderer,
        campaign: Campaign,
        locale: str,
        *,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        from studio.proof import SECURITY, load_smtp_settings

        super().__init__(parent)
        self.renderer, self.campaign, self.proof_locale = renderer, campaign, locale
        self._pool = pool
        self._task: Task | None = None
        self._sending = False
        self.setWindowTitle(self.tr("Send a test email"))
        smtp = load_smtp_settings()

        intro = QLabel(
            self.tr("The {0} email of “{1}”, exactly as exported, with “{2}” before its subject.").format(
                locale, campaign.name, _prefix(locale).strip()
            )
        )
        intro.setWordWrap(True)
        self.address = QLineEdit(smtp.user if "@" in smtp.user else "")
        self.address.setPlaceholderText(self.tr("you@example.com"))
        self.address.setAccessibleName(self.tr("Send the test to"))
        form = QFormLayout()
        form.addRow(self.tr("&To:"), self.address)

        self.server = QGroupBox(self.tr("Your SMTP server"))
        self.host = QLineEdit(smtp.host)
        self.host.setPlaceholderText("smtp.example.com")
        self.host.setAccessibleName(self.tr("SMTP server"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(smtp.port)
        self.port.setAccessibleName(self.tr("SMTP port"))
        self.security = QComboBox()
        labels = {
            "starttls": self.tr("STARTTLS (port 587)"),
            "ssl": self.tr("SSL/TLS (port 465)"),
            "none": self.tr("None (local relay)"),
        }
        for value in SECURITY:
            self.security.addItem(labels[value], value)
        self.security.setCurrentIndex(SECURITY.index(smtp.security))
        self.security.setAccessibleName(self.tr("Connection security"))
        self.security.currentIndexChanged.connect(self._security_changed)
        self.user = QLineEdit(smtp.user)
        self.user.setAccessibleName(self.tr("SMTP user"))
        self.user.setPlaceholderText(self.tr("empty: no login"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("SMTP password"))
        self.password.setPlaceholderText(self.tr("empty: the one kept in the system keyring"))
        server_form = QFormLayout(self.server)
        server_form.addRow(self.tr("&Server:"), self.host)
        server_form.addRow(self.tr("&Port:"), self.port)
        server_form.addRow(self.tr("S&ecurity:"), self.security)
        server_form.addRow(self.tr("&User:"), self.user)
        server_form.addRow(self.tr("Pass&word:"), self.password)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Sending status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = QPushButton(self.tr("Se&nd test"))
        self.send_button.setDefault(True)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.server)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)  # server replies are long
        self.address.setFocus()

    @property
    def sending(self) -> bool:
        """A proof is on its way (the worker has not answered yet)."""
        return self._sending

    def _security_changed(self) -> None:
        from studio.proof import DEFAULT_PORTS

        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[str(self.security.currentData())])

    def send(self) -> None:
        """Check the address and settings here, then build and send on a worker."""
        from studio.proof import (
            ProofError,
            SmtpSettings,
            build_proof,
            save_smtp_settings,
            send_proof,
            store_password,
            validate_address,
        )

        try:
            address = validate_address(self.address.text())
            smtp = SmtpSettings(
                host=self.host.text().strip(),
                port=self.port.value(),
                security=str(self.security.currentData()),
                user=self.user.text().strip(),
            ).validated()
        except ProofError as exc:
            self._show(exc.message, error=True)
            return
        from studio.proof import load_smtp_settings

        smtp = replace(smtp, sender=load_smtp_settings().sender)
        password = self.password.text() or None
        renderer, campaign, locale = self.renderer, self.campaign, self.proof_locale

        def work(_progress: Any, _cancel: Callable[[], bool]) -> str:
            save_smtp_settings(smtp)
            message = build_proof(renderer, campaign, locale)
            send_proof(message, [address], smtp, password if smtp.user else None)
            if password is not None and smtp.user:  # kept once the server took it
                store_password(smtp, password)
            return address

        self.send_button.setEnabled(False)
        self._sending = True
        self._show(self.tr("Sending to {0} through {1}…").format(address, smtp.server))
        # no parent: closing the dialog must not delete a task whose worker is still running
        self._task = run_task(work, on_done=self._done, on_error=self._failed, pool=self._pool)

    def _done(self, address: Any) -> None:
        self._task, self._sending = None, False
        self.send_button.setEnabled(True)
        self._show(self.tr("Sent to {0}. Check the inbox.").format(address))
        self.sent.emit(str(address))

    def _failed(self, exc: Exception) -> None:
        from studio.errors import StudioError

        self._task, self._sending = None, False
        self.send_button.setEnabled(True)
        text = exc.message if isinstance(exc, StudioError) else str(exc)
        self._show(self.tr("Not sent: {0}").format(text), error=True)

    def _show(self, text: str, *, error: bool = False) -> None:
        from studio.gui.previews.common import set_style, tone_color

        color = tone_color(self.palette(), "error" if error else "ok").name()
        set_style(self.status, f"QLabel {{ color: {color}; }}")
        self.status.setText(text)
        self.status.setAccessibleDescription(text)


def _prefix(locale: str) -> str:
    from studio.proof import subject_prefix

    return subject_prefix(locale)
