"""The email preview's “Send test…”: typed into the dialog, sent to a real SMTP server on loopback.

aiosmtpd's ``Controller`` runs the server in a thread of this process (start/stop synchronous);
the GUI's tasks run inline (tests/gui/conftest.py), so the message has arrived when the click returns.
"""

from __future__ import annotations

import email
import email.policy
import re
import socket
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel
from pytestqt.qtbot import QtBot

from studio import clock
from studio.app import Studio
from studio.findings import check_campaign
from studio.gui.app import install_translations
from studio.gui.previews import PreviewPane
from studio.gui.previews.email import EmailTab
from studio.gui.previews.proof import SendTestDialog
from studio.proof import KEYRING_SERVICE
from studio.render.variants import Renderer
from studio.settings import Settings

if TYPE_CHECKING:
    from tests.conftest import MemoryKeyring


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address.endswith("@nowhere.example"):
            return "550 5.1.1 no such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope.content)
        return "250 OK"

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        assert isinstance(data, LoginPassword)
        return AuthResult(success=(data.login, data.password) == (b"ana", b"s3cret"), handled=False)


@pytest.fixture(autouse=True)
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUDIO_NO_WEBENGINE", "1")
    monkeypatch.setattr(EmailTab, "heavy_delay_ms", 0)


@pytest.fixture
def server() -> Iterator[tuple[Mailbox, int]]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    mailbox = Mailbox()
    controller = Controller(
        mailbox, hostname="127.0.0.1", port=port, authenticator=mailbox.authenticate, auth_require_tls=False
    )
    controller.start()
    yield mailbox, port
    controller.stop()


def open_dialog(qtbot: QtBot, studio: Studio) -> tuple[EmailTab, SendTestDialog]:
    pane = PreviewPane(studio)
    qtbot.addWidget(pane)
    campaign = studio.repository.get("navidad-turron-latte").campaign
    pane.show_check(campaign, check_campaign(Renderer(studio.workspace), campaign, now=clock.now()))
    pane.show()
    tab = pane.tab("email")
    assert isinstance(tab, EmailTab)
    assert tab.send_test_button.isVisible()
    qtbot.mouseClick(tab.send_test_button, Qt.MouseButton.LeftButton)
    dialog = tab.send_test_dialog
    assert isinstance(dialog, SendTestDialog) and dialog.isVisible()
    return tab, dialog


def type_into(widget: Any, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    QTest.keyClicks(widget, text)


def fill_server(dialog: SendTestDialog, port: int, *, user: str = "ana", password: str = "s3cret") -> None:
    type_into(dialog.host, "127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    type_into(dialog.port, str(port))
    type_into(dialog.user, user)
    type_into(dialog.password, password)


def test_send_test_delivers_the_proof(
    qtbot: QtBot, studio: Studio, server: tuple[Mailbox, int], memory_keyring: MemoryKeyring
) -> None:
    mailbox, port = server
    tab, dialog = open_dialog(qtbot, studio)
    type_into(dialog.address, "ana@example.com")
    fill_server(dialog, port)
    assert dialog.port.value() == port
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Sent to ana@example.com. Check the inbox."
    assert not dialog.sending and dialog.send_button.isEnabled()
    [received] = mailbox.messages
    message = email.message_from_bytes(received, policy=email.policy.default)
    assert tab.variant is not None
    prefix = "[PRUEBA] " if tab.variant.locale.startswith("es") else "[TEST] "
    assert message["Subject"] == prefix + tab.variant.fields["subject"]
    assert memory_keyring.passwords == {(KEYRING_SERVICE, "ana@127.0.0.1"): "s3cret"}
    saved = Settings.path().read_text(encoding="utf-8")
    assert '"host": "127.0.0.1"' in saved and "s3cret" not in saved
    # opened again: the server is remembered, the password is not shown
    qtbot.mouseClick(tab.send_test_button, Qt.MouseButton.LeftButton)
    again = tab.send_test_dialog
    assert isinstance(again, SendTestDialog) and again is not dialog
    assert (again.host.text(), again.port.value(), again.user.text()) == ("127.0.0.1", port, "ana")
    assert again.password.text() == "" and again.security.currentData() == "none"


def test_a_bad_address_is_refused_in_the_dialog(
    qtbot: QtBot, studio: Studio, server: tuple[Mailbox, int], memory_keyring: MemoryKeyring
) -> None:
    mailbox, port = server
    _tab, dialog = open_dialog(qtbot, studio)
    type_into(dialog.address, "ana@")
    fill_server(dialog, port)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert "is not an email address" in dialog.status.text()
    assert mailbox.messages == [] and memory_keyring.passwords == {}


@pytest.mark.parametrize(
    ("address", "password", "message"),
    [
        ("ghost@nowhere.example", "s3cret", "refused the recipient ghost@nowhere.example (550 5.1.1"),
        ("ana@example.com", "wrong", "refused the login of ana: 535"),
    ],
)
def test_server_errors_show_in_the_dialog(
    qtbot: QtBot,
    studio: Studio,
    server: tuple[Mailbox, int],
    memory_keyring: MemoryKeyring,
    address: str,
    password: str,
    message: str,
) -> None:
    mailbox, port = server
    _tab, dialog = open_dialog(qtbot, studio)
    type_into(dialog.address, address)
    fill_server(dialog, port, password=password)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    text = dialog.status.text()
    assert text.startswith(f"Not sent: the SMTP server 127.0.0.1:{port} ")
    assert message in text
    assert dialog.send_button.isEnabled() and dialog.isVisible()
    assert mailbox.messages == []
    assert memory_keyring.passwords == {}  # a password the server refused is not kept


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_alt_letter_of_the_dialog_is_its_own(
    qtbot: QtBot, qapp: QApplication, studio: Studio, language: str
) -> None:
    """Alt+letter reaches one field each, in both languages, and the dialog's words are translated."""
    translators = install_translations(qapp, language) if language == "es" else []
    try:
        campaign = studio.repository.get("navidad-turron-latte").campaign
        dialog = SendTestDialog(Renderer(studio.workspace), campaign, "es-ES")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
        texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
        texts += [box.title() for box in dialog.findChildren(QGroupBox)]
        letters = [m for m in map(_mnemonic, texts) if m]
        assert len(letters) >= 7 and len(letters) == len(set(letters)), texts
        assert (
            "Enviar un email de prueba" if language == "es" else "Send a test email"
        ) == dialog.windowTitle()
        for letter, field in (("p" if language == "en" else "r", dialog.port), ("u", dialog.user)):
            dialog.address.setFocus()
            QTest.keyClick(dialog, letter, Qt.KeyboardModifier.AltModifier)
            assert field.hasFocus() or field.isAncestorOf(QApplication.focusWidget())
    finally:
        for translator in translators:  # the autouse fixture's English ones stay
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
