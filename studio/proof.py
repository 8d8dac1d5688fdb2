"""Proofs: the exported email, sent to a real inbox through the user's own SMTP server.

A proof is the campaign's ``message.eml`` exactly as the export writes it, byte for byte, except
its ``Subject``, which gets a "[PRUEBA] " (Spanish locales) or "[TEST] " prefix (RFC 2047-encoded
like the original), and its ``Date`` and ``Message-ID``, which are those of the moment it is built.
It goes out through the server the user configured (:class:`SmtpSettings`, kept in the studio's
settings file) with the password kept in the operating system's keyring (``keyring``), never in a
file. Every failure a user can meet (no server, refused login, TLS, refused recipient, no keyring)
is a :class:`ProofError` naming the server: the CLI's exit code 2, the GUI's message box.
"""

from __future__ import annotations

import email.policy
import re
import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from email.parser import BytesHeaderParser
from email.utils import parseaddr
from pathlib import PurePosixPath
from typing import Any

from studio.errors import Problem, StudioError
from studio.model.campaign import Campaign, Channel
from studio.render.variants import Renderer

SECURITY = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
#: Where the SMTP password lives in the keyring: this service, user name ``user@host``.
KEYRING_SERVICE = "campaign-studio-smtp"
TIMEOUT = 30.0

_PREFIXES = {"es": "[PRUEBA] "}
_DEFAULT_PREFIX = "[TEST] "


class ProofError(StudioError):
    """A proof cannot be built or sent; the message names the server, the address or the setting."""


def subject_prefix(locale: str) -> str:
    """``"[PRUEBA] "`` for Spanish locales (``es``, ``es-ES``, ``es-419``…), ``"[TEST] "`` otherwise."""
    return _PREFIXES.get(locale.split("-")[0].lower(), _DEFAULT_PREFIX)


# ---------------------------------------------------------------------------------------------
# The message


def build_proof(renderer: Renderer, campaign: Campaign, locale: str, *, now: datetime | None = None) -> bytes:
    """The proof of ``campaign``'s email in ``locale``: the exported ``message.eml`` with a prefixed subject.

    ``now`` dates the message (the real time when not given). Raises :class:`ProofError` when the
    campaign has no email channel or no such locale.
    """
    from studio.render.files import variant_files

    if Channel.EMAIL not in campaign.channels:
        raise ProofError(
            f"{campaign.key} has no email channel: nothing to send",
            problems=[Problem(f"{campaign.key} has no email channel: nothing to send", field="channels")],
        )
    if locale not in campaign.locale_tags:
        message = f"{campaign.key} has no locale {locale} (it has {', '.join(campaign.locale_tags)})"
        raise ProofError(message, problems=[Problem(message, field="--locale")])
    variant = renderer.render(campaign, locale, Channel.EMAIL)
    eml = variant_files(renderer, campaign, variant, now=now)[_EML]
    return with_subject_prefix(eml, subject_prefix(locale))


_EML = PurePosixPath("email/message.eml")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_SUBJECT = re.compile(rb"^Subject:[^\n]*\n(?:[ \t][^\n]*\n)*", re.IGNORECASE | re.MULTILINE)


def with_subject_prefix(eml: bytes, prefix: str) -> bytes:
    """``eml`` with ``prefix`` put before its subject; every other byte stays as it was.

    The new ``Subject`` is folded and encoded (RFC 2047 where it is not ASCII) by the same SMTP
    policy that wrote the message. A message without a subject gets one: the prefix alone.
    """
    end = _HEADER_END.search(eml)
    head = eml[: end.end()] if end else eml
    parsed = BytesHeaderParser(policy=email.policy.default).parsebytes(eml)
    subject = str(parsed.get("Subject", "") or "")
    value = (prefix + subject).strip()
    if value.isascii():
        policy = email.policy.SMTP
        text = policy.header_factory("Subject", value).fold(policy=policy)
    else:
        # the whole subject as RFC 2047 encoded words: the modern policy's folding can drop the
        # space between an encoded word and plain text ("ࠀ ¡" read back as "ࠀ¡")
        from email.header import Header

        text = "Subject: " + Header(value, "utf-8", header_name="Subject").encode(linesep="\n") + "\n"
    newline = b"\r\n" if b"\r\n" in head or not head else b"\n"
    folded = b"".join(line.encode("ascii") + newline for line in text.splitlines())
    match = _SUBJECT.search(head)
    if match is None:
        return folded + eml
    return eml[: match.start()] + folded + eml[match.end() :]


# ---------------------------------------------------------------------------------------------
# Addresses

_DOMAIN_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$", re.IGNORECASE)
_LOCAL_PART = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$")


def validate_address(text: str) -> str:
    """``text`` as a bare address (``ana@example.com``), or :class:`ProofError` saying what is wrong.

    Accepts ``Ana <ana@example.com>``; refuses lists, missing ``@``, bad domains and local parts
    with spaces or quotes (no SMTP server a marketer uses takes those for a test).
    """
    raw = text.strip()
    _name, address = parseaddr(raw)
    bad = ProofError(
        f"{raw!r} is not an email address (like ana@example.com)",
        problems=[Problem(f"{raw!r} is not an email address (like ana@example.com)", field="--to")],
    )
    if not address or "," in raw or address.count("@") != 1 or ("<" not in raw and address != raw):
        raise bad
    local, domain = address.rsplit("@", 1)
    if not _LOCAL_PART.match(local) or ".." in local or local.startswith(".") or local.endswith("."):
        raise bad
    try:
        labels = domain.encode("idna").decode("ascii").split(".")
    except UnicodeError:
        raise bad from None
    if len(labels) < 2 or not all(_DOMAIN_LABEL.match(label) for label in labels):
        raise bad
    return address


# ---------------------------------------------------------------------------------------------
# Settings and the keyring


@dataclass(frozen=True)
class SmtpSettings:
    """The user's SMTP server. ``user`` empty: no login. ``sender``: the envelope sender (MAIL FROM);
    empty means ``user`` when it is an address, else the message's own From."""

    host: str = ""
    port: int = 587
    security: str = "starttls"
    user: str = ""
    sender: str = ""

    @classmethod
    def from_dict(cls, data: Any) -> SmtpSettings:
        """Settings from their JSON form; anything unreadable falls back to the default."""
        if not isinstance(data, dict):
            return cls()
        try:
            port = int(data.get("port", 587))
        except (TypeError, ValueError):
            port = 587
        security = str(data.get("security", "starttls"))
        return cls(
            host=str(data.get("host", "") or ""),
            port=port,
            security=security if security in SECURITY else "starttls",
            user=str(data.get("user", "") or ""),
            sender=str(data.get("sender", "") or ""),
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def server(self) -> str:
        """``host:port``, as messages name the server."""
        return f"{self.host}:{self.port}"

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}"

    def validated(self) -> SmtpSettings:
        """These settings, or :class:`ProofError` saying which one is wrong."""
        if not self.host.strip():
            raise ProofError(
                "no SMTP server is configured: run `studio proof config --host HOST --user USER`"
            )
        if not 0 < self.port < 65536:
            raise ProofError(f"SMTP port {self.port} is not a port (1-65535)")
        if self.security not in SECURITY:
            raise ProofError(f"SMTP security {self.security!r} is not one of {', '.join(SECURITY)}")
        return self


def load_smtp_settings() -> SmtpSettings:
    """The SMTP server saved in the studio's settings (the defaults when none is)."""
    from studio.settings import Settings

    return SmtpSettings.from_dict(Settings.load().smtp)


def save_smtp_settings(smtp: SmtpSettings) -> None:
    """Keep ``smtp`` in the studio's settings file (never the password: see :func:`store_password`)."""
    from studio.settings import Settings

    settings = Settings.load()
    settings.smtp = smtp.to_dict()
    settings.save()


_NO_KEYRING = (
    "no keyring is available to keep the SMTP password: unlock or install the system's "
    "(GNOME Keyring or KWallet through Secret Service, macOS Keychain, Windows Credential Manager), "
    "or name a keyring backend in PYTHON_KEYRING_BACKEND"
)


def _keyring() -> Any:
    """The ``keyring`` module with a usable backend, or :class:`ProofError` saying there is none."""
    try:
        import keyring
        import keyring.backends.fail
        import keyring.errors
    except ImportError as exc:  # pragma: no cover - a dependency; broken installs only
        raise ProofError(f"{_NO_KEYRING} ({exc})") from None
    backend = keyring.get_keyring()
    if isinstance(backend, keyring.backends.fail.Keyring):
        raise ProofError(_NO_KEYRING)
    return keyring


def store_password(smtp: SmtpSettings, password: str) -> None:
    """Keep ``password`` for ``smtp``'s user and host in the OS keyring."""
    keyring = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, smtp.keyring_user, password)
    except keyring.errors.KeyringError as exc:
        raise ProofError(f"the keyring refused to keep the SMTP password: {exc or _NO_KEYRING}") from None


def stored_password(smtp: SmtpSettings) -> str | None:
    """The password kept for ``smtp``'s user and host, or None."""
    keyring = _keyring()
    try:
        password: str | None = keyring.get_password(KEYRING_SERVICE, smtp.keyring_user)
    except keyring.errors.KeyringError as exc:
        raise ProofError(f"the keyring cannot be read: {exc or _NO_KEYRING}") from None
    return password


# ---------------------------------------------------------------------------------------------
# Sending


def _envelope_sender(smtp: SmtpSettings, message: bytes) -> str:
    if smtp.sender:
        return smtp.sender
    if "@" in smtp.user:
        return smtp.user
    parsed = BytesHeaderParser(policy=email.policy.default).parsebytes(message)
    return parseaddr(str(parsed.get("From", "")))[1]


def _reply(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {' '.join(words.split())}".strip()


def send_proof(
    message: bytes,
    recipients: Sequence[str],
    smtp: SmtpSettings,
    password: str | None = None,
    *,
    timeout: float = TIMEOUT,
    context: ssl.SSLContext | None = None,
) -> None:
    """Send ``message`` (bytes as built, unchanged) to ``recipients`` through ``smtp``.

    Logs in when ``smtp.user`` is set (``password`` given, else the keyring's). TLS verifies the
    server's certificate against the system's trust store (``SSL_CERT_FILE`` adds one), or
    ``context`` when given. Every failure is a :class:`ProofError` naming the server.
    """
    smtp = smtp.validated()
    addresses = [validate_address(r) for r in recipients]
    if not addresses:
        raise ProofError("no recipient: say who gets the proof (--to ADDRESS)")
    if smtp.user and password is None:
        password = stored_password(smtp)
        if password is None:
            raise ProofError(
                f"no password is kept for {smtp.keyring_user}: run `studio proof config --user {smtp.user}` "
                "to enter it"
            )
    tls = context or ssl.create_default_context()
    where = f"the SMTP server {smtp.server}"
    try:
        _deliver(message, addresses, smtp, password, timeout, tls)
    except smtplib.SMTPAuthenticationError as exc:
        raise ProofError(
            f"{where} refused the login of {smtp.user}: {_reply(exc.smtp_code, exc.smtp_error)} "
            "(check the user, and the password with `studio proof config`)"
        ) from None
    except smtplib.SMTPRecipientsRefused as exc:
        refused = "; ".join(f"{addr} ({_reply(code, text)})" for addr, (code, text) in exc.recipients.items())
        raise ProofError(f"{where} refused the recipient {refused}") from None
    except smtplib.SMTPSenderRefused as exc:
        raise ProofError(
            f"{where} refused the sender {exc.sender}: {_reply(exc.smtp_code, exc.smtp_error)} "
            "(set the sender with `studio proof config --sender ADDRESS`)"
        ) from None
    except smtplib.SMTPNotSupportedError as exc:
        raise ProofError(f"{where} does not support what was asked: {exc}") from None
    except smtplib.SMTPResponseException as exc:
        raise ProofError(f"{where} refused the message: {_reply(exc.smtp_code, exc.smtp_error)}") from None
    except smtplib.SMTPServerDisconnected as exc:
        raise ProofError(
            f"{where} closed the connection ({exc or 'no reason given'}); is the security "
            f"({smtp.security}) the one it expects on port {smtp.port}?"
        ) from None
    except smtplib.SMTPException as exc:
        raise ProofError(f"{where} failed: {exc}") from None
    except ssl.SSLCertVerificationError as exc:
        raise ProofError(
            f"TLS with {where} failed: its certificate is not trusted ({exc.verify_message or exc.reason})"
        ) from None
    except ssl.SSLError as exc:
        raise ProofError(
            f"TLS with {where} failed ({exc.reason or exc}); is the security ({smtp.security}) "
            f"the one it expects on port {smtp.port}?"
        ) from None
    except socket.gaierror:
        raise ProofError(f"cannot find {where}: no such host {smtp.host!r}") from None
    except ConnectionRefusedError:
        raise ProofError(
            f"cannot connect to {where}: connection refused (is the host and port right?)"
        ) from None
    except TimeoutError:
        raise ProofError(f"{where} did not answer within {timeout:g} s") from None
    except OSError as exc:
        raise ProofError(f"cannot reach {where}: {exc.strerror or exc}") from None


def _deliver(
    message: bytes,
    addresses: list[str],
    smtp: SmtpSettings,
    password: str | None,
    timeout: float,
    tls: ssl.SSLContext,
) -> None:
    client: smtplib.SMTP
    if smtp.security == "ssl":
        client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=timeout, context=tls)
    else:
        client = smtplib.SMTP(smtp.host, smtp.port, timeout=timeout)
    with client:
        client.ehlo()
        if smtp.security == "starttls":
            if not client.has_extn("starttls"):
                raise smtplib.SMTPNotSupportedError("it does not offer STARTTLS")
            client.starttls(context=tls)
            client.ehlo()
        if smtp.user:
            client.login(smtp.user, password or "")
        refused = client.sendmail(_envelope_sender(smtp, message), addresses, message)
        if refused:  # some recipients accepted, others not
            raise smtplib.SMTPRecipientsRefused(refused)
