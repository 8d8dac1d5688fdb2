"""`studio proof` end to end: a real SMTP server on loopback (aiosmtpd) receives the proof.

The server runs in this process's thread (``Controller.start``/``stop`` are synchronous: no
sleeps); the password lives in a small in-memory keyring backend set with ``keyring.set_keyring``.
What the server receives is compared with what ``studio render`` exports as ``message.eml``.
"""

from __future__ import annotations

import email
import email.policy
import io
import re
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Any

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from studio.cli.main import main
from studio.proof import KEYRING_SERVICE, with_subject_prefix
from studio.settings import Settings

if TYPE_CHECKING:
    from tests.conftest import MemoryKeyring

CAMPAIGN = "navidad-turron-latte"
USER, PASSWORD = "ana", "s3cret-pw"


@dataclass
class Mailbox:
    """What the loopback server received, and who logged in how."""

    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address.endswith("@nowhere.example"):
            return "550 5.1.1 no such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        assert isinstance(data, LoginPassword)
        ok = (data.login.decode(), data.password.decode()) == (USER, PASSWORD)
        if ok:
            self.logins.append((mechanism, data.login.decode()))
        return AuthResult(success=ok, handled=False)


def free_port() -> int:
    """A loopback port nobody listens on (bound then closed: connecting to it is refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def server_tls(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost", "127.0.0.1").configure_cert(context)
    return context


@pytest.fixture
def trust_ca(ca: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The client trusts the test CA the way a user's system would: SSL_CERT_FILE."""
    pem = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(pem))
    monkeypatch.setenv("SSL_CERT_FILE", str(pem))


@pytest.fixture
def serve() -> Iterator[Any]:
    started: list[Controller] = []

    def start(mailbox: Mailbox, **smtp: Any) -> int:
        port = free_port()
        controller = Controller(mailbox, hostname="127.0.0.1", port=port, **smtp)
        controller.start()
        started.append(controller)
        return port

    yield start
    for controller in started:
        controller.stop()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def configure(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    host: str,
    port: str,
    security: str,
    *args: str,
) -> str:
    """``studio proof config`` with the password (when asked for) on standard input."""
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code, out, err = run(
        capsys, "proof", "config", "--host", host, "--port", port, "--security", security, *args
    )
    assert (code, err) == (0, ""), err
    return out


def exported_eml(capsys: pytest.CaptureFixture[str], tmp_path: Path, locale: str) -> bytes:
    out = tmp_path / f"render-{locale}"
    code, _, err = run(
        capsys, "render", CAMPAIGN, "--locale", locale, "--channel", "email", "--out", str(out)
    )
    assert code == 0, err
    return (out / locale / "email" / "message.eml").read_bytes()


def parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    assert not message.defects
    return message


REGENERATED = ("Subject", "Date", "Message-ID")


def _boundaries(message: EmailMessage) -> list[str]:
    found = [part.get_boundary() for part in message.walk() if part.is_multipart()]
    assert all(found)
    return [b for b in found if b]


def assert_same_email(received: bytes, exported: bytes, prefix: str) -> None:
    """Parsed alike, every part and header equal but the subject (prefixed), date and message id;
    byte for byte once the random MIME boundaries are named alike."""
    got, want = parse(received), parse(exported)
    # MIME boundaries are drawn at random each time a message is built: name them alike first
    for mine, theirs in zip(_boundaries(got), _boundaries(want), strict=True):
        received = received.replace(mine.encode(), theirs.encode())
    got = parse(received)
    assert got["Subject"] == prefix + want["Subject"]
    assert [(k, v) for k, v in got.items() if k not in REGENERATED] == [
        (k, v) for k, v in want.items() if k not in REGENERATED
    ]
    got_parts, want_parts = list(got.walk()), list(want.walk())
    assert [p.get_content_type() for p in got_parts] == [p.get_content_type() for p in want_parts]
    assert "image/png" in {p.get_content_type() for p in got_parts}
    assert "text/html" in {p.get_content_type() for p in got_parts}
    for got_part, want_part in zip(got_parts[1:], want_parts[1:], strict=True):
        assert got_part.items() == want_part.items()
        if not got_part.is_multipart():
            assert got_part.get_content() == want_part.get_content()
    # and byte for byte: only those three headers' lines differ
    expected = with_subject_prefix(exported, prefix)
    for name in ("Date", "Message-ID"):
        line = re.compile(rb"^" + name.encode() + rb":.*\r\n", re.MULTILINE | re.IGNORECASE)
        found = line.search(received)
        assert found is not None
        expected = line.sub(found.group(0).replace(b"\\", b"\\\\"), expected, count=1)
    assert received == expected


def test_plain_send_with_auth_matches_the_export(
    serve: Any,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    mailbox = Mailbox()
    port = serve(mailbox, authenticator=mailbox.authenticate, auth_require_tls=False)
    out = configure(capsys, monkeypatch, "127.0.0.1", str(port), "none", "--user", USER, "--password-stdin")
    assert "password kept in the OS keyring" in out
    assert memory_keyring.passwords == {(KEYRING_SERVICE, f"{USER}@127.0.0.1"): PASSWORD}
    saved = Settings.path().read_text(encoding="utf-8")
    assert PASSWORD not in saved and '"host": "127.0.0.1"' in saved

    code, out, err = run(
        capsys, "proof", "email", CAMPAIGN, "--locale", "es-ES", "--to", "Ana <ana@example.com>"
    )
    assert (code, err) == (0, ""), err
    assert f"to ana@example.com through 127.0.0.1:{port} (none)" in out
    assert mailbox.logins and mailbox.logins[0][1] == USER
    [(sender, rcpts, received)] = mailbox.messages
    assert rcpts == ["ana@example.com"]
    assert sender == parse(received)["From"].addresses[0].addr_spec  # user "ana" is no address
    assert_same_email(received, exported_eml(capsys, tmp_path, "es-ES"), "[PRUEBA] ")
    assert parse(received)["Subject"].startswith("[PRUEBA] ")
    assert b"[PRUEBA]" not in received.split(b"\r\n\r\n", 1)[1]  # the body is untouched


@pytest.mark.parametrize("mechanism", ["LOGIN", "PLAIN"])
def test_starttls_with_each_login_mechanism(
    serve: Any,
    ca: trustme.CA,
    trust_ca: None,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    mechanism: str,
) -> None:
    mailbox = Mailbox()
    other = {"LOGIN": "PLAIN", "PLAIN": "LOGIN"}[mechanism]
    port = serve(
        mailbox,
        authenticator=mailbox.authenticate,
        tls_context=server_tls(ca),
        require_starttls=True,
        auth_exclude_mechanism=[other],
    )
    configure(
        capsys, monkeypatch, "localhost", str(port), "starttls", "--user", USER, "--password-stdin",
        "--sender", "proofs@cafeaurora.example",
    )  # fmt: skip
    code, _, err = run(capsys, "proof", "email", CAMPAIGN, "--locale", "en-US", "--to", "ana@example.com")
    assert (code, err) == (0, ""), err
    assert mailbox.logins == [(mechanism, USER)]
    [(sender, _rcpts, received)] = mailbox.messages
    assert sender == "proofs@cafeaurora.example"
    assert_same_email(received, exported_eml(capsys, tmp_path, "en-US"), "[TEST] ")


def test_implicit_tls(
    serve: Any,
    ca: trustme.CA,
    trust_ca: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    mailbox = Mailbox()
    port = serve(mailbox, ssl_context=server_tls(ca))
    configure(capsys, monkeypatch, "localhost", str(port), "ssl", "--user", "")
    code, _, err = run(capsys, "proof", "email", CAMPAIGN, "--locale", "es-MX", "--to", "ana@example.com")
    assert (code, err) == (0, ""), err
    [(_sender, _rcpts, received)] = mailbox.messages
    assert_same_email(received, exported_eml(capsys, tmp_path, "es-MX"), "[PRUEBA] ")


def test_connection_refused_names_the_server(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()
    configure(capsys, monkeypatch, "127.0.0.1", str(port), "none", "--user", "")
    code, out, err = run(capsys, "proof", "email", CAMPAIGN, "--to", "ana@example.com")
    assert (code, out) == (2, "")
    assert err == (
        f"studio: error: cannot connect to the SMTP server 127.0.0.1:{port}: connection refused "
        "(is the host and port right?)\n"
    )


def test_wrong_password_is_refused(
    serve: Any,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mailbox = Mailbox()
    port = serve(mailbox, authenticator=mailbox.authenticate, auth_require_tls=False)
    configure(capsys, monkeypatch, "127.0.0.1", str(port), "none", "--user", USER, "--password-stdin")
    memory_keyring.set_password(KEYRING_SERVICE, f"{USER}@127.0.0.1", "not-the-password")
    code, out, err = run(capsys, "proof", "email", CAMPAIGN, "--to", "ana@example.com")
    assert (code, out) == (2, "")
    assert err.startswith(f"studio: error: the SMTP server 127.0.0.1:{port} refused the login of ana: 535")
    assert "studio proof config" in err and "Traceback" not in err
    assert mailbox.messages == []


def test_refused_recipient(
    serve: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    mailbox = Mailbox()
    port = serve(mailbox)
    configure(capsys, monkeypatch, "127.0.0.1", str(port), "none", "--user", "")
    code, out, err = run(capsys, "proof", "email", CAMPAIGN, "--to", "ghost@nowhere.example")
    assert (code, out) == (2, "")
    assert err == (
        f"studio: error: the SMTP server 127.0.0.1:{port} refused the recipient "
        "ghost@nowhere.example (550 5.1.1 no such mailbox here)\n"
    )
    assert mailbox.messages == []


def test_untrusted_certificate_is_a_tls_error(
    serve: Any, ca: trustme.CA, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    mailbox = Mailbox()
    port = serve(mailbox, tls_context=server_tls(ca), require_starttls=True)
    configure(capsys, monkeypatch, "localhost", str(port), "starttls", "--user", "")
    code, out, err = run(capsys, "proof", "email", CAMPAIGN, "--to", "ana@example.com")
    assert (code, out) == (2, "")
    assert err.startswith(f"studio: error: TLS with the SMTP server localhost:{port} failed: its certificate")
    assert "not trusted" in err
    assert mailbox.messages == []


def test_starttls_asked_of_a_server_without_it(
    serve: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    port = serve(Mailbox())
    configure(capsys, monkeypatch, "127.0.0.1", str(port), "starttls", "--user", "")
    code, _, err = run(capsys, "proof", "email", CAMPAIGN, "--to", "ana@example.com")
    assert code == 2
    assert f"127.0.0.1:{port} does not support what was asked: it does not offer STARTTLS" in err


def test_no_keyring_backend_is_said_plainly(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        code, out, err = run(
            capsys, "proof", "config", "--host", "smtp.example.com", "--user", USER, "--password-stdin"
        )
    finally:
        keyring.set_keyring(previous)
    assert (code, out) == (2, "")
    assert err.startswith("studio: error: no keyring is available to keep the SMTP password")
    assert "PYTHON_KEYRING_BACKEND" in err
    assert not Settings.path().exists()  # nothing half-configured


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--to", "ana@@example.com"], "--to: 'ana@@example.com' is not an email address"),
        (["--to", "ana@example.com, bob@example.com"], "is not an email address"),
        (["--to", "ana@example.com", "--locale", "fr-FR"], "has no locale fr-FR"),
    ],
)
def test_bad_input_exits_2_before_connecting(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    configure(capsys, monkeypatch, "127.0.0.1", str(free_port()), "none", "--user", "")
    code, out, err = run(capsys, "proof", "email", CAMPAIGN, *args)
    assert (code, out) == (2, "")
    assert message in err and "connect" not in err


def test_unconfigured_server_says_how_to_configure(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "proof", "email", CAMPAIGN, "--to", "ana@example.com")
    assert (code, out) == (2, "")
    assert "studio proof config --host HOST" in err


def test_config_shows_the_settings_without_the_password(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(capsys, monkeypatch, "smtp.example.com", "465", "ssl", "--user", USER, "--password-stdin")
    code, out, _ = run(capsys, "proof", "config")
    assert code == 0
    assert out.splitlines() == [
        "host:     smtp.example.com",
        "port:     465",
        "security: ssl",
        f"user:     {USER}",
        "sender:   (the user, or the message From)",
        "password: kept in the OS keyring",
    ]
    assert PASSWORD not in out


def test_sending_without_a_keyring_or_a_kept_password_says_why(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()  # never reached: the password is missing first
    configure(capsys, monkeypatch, "127.0.0.1", str(port), "none", "--user", USER, "--password-stdin")
    memory_keyring.passwords.clear()
    code, out, err = run(capsys, "proof", "email", CAMPAIGN, "--to", "ana@example.com")
    assert (code, out) == (2, "")
    assert err == (
        f"studio: error: no password is kept for {USER}@127.0.0.1: "
        f"run `studio proof config --user {USER}` to enter it\n"
    )
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the fixture puts the previous one back
    code, out, err = run(capsys, "proof", "email", CAMPAIGN, "--to", "ana@example.com")
    assert (code, out) == (2, "")
    assert err.startswith("studio: error: no keyring is available to keep the SMTP password")


def test_security_brings_its_usual_port_unless_one_was_chosen(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "proof", "config", "--host", "smtp.example.com", "--security", "ssl")[0] == 0
    assert "port:     465" in run(capsys, "proof", "config")[1]
    assert run(capsys, "proof", "config", "--port", "2465")[0] == 0
    assert run(capsys, "proof", "config", "--security", "starttls")[0] == 0
    assert "port:     2465" in run(capsys, "proof", "config")[1]  # a chosen port stays
    code, _, err = run(capsys, "proof", "config", "--port", "0")
    assert code == 2 and "SMTP port 0 is not a port (1-65535)" in err
