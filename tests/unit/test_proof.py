"""The proof's message (subject prefix, bytes kept), addresses and SMTP settings (no server here)."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.model.campaign import Campaign
from studio.proof import (
    ProofError,
    SmtpSettings,
    build_proof,
    load_smtp_settings,
    save_smtp_settings,
    subject_prefix,
    validate_address,
    with_subject_prefix,
)
from studio.render.variants import Renderer
from studio.settings import Settings
from studio.workspace import Workspace


def parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    assert not message.defects
    return message


@pytest.mark.parametrize(
    ("locale", "prefix"),
    [
        ("es-ES", "[PRUEBA] "),
        ("es-MX", "[PRUEBA] "),
        ("es", "[PRUEBA] "),
        ("en-US", "[TEST] "),
        ("ca-ES", "[TEST] "),
    ],
)
def test_subject_prefix(locale: str, prefix: str) -> None:
    assert subject_prefix(locale) == prefix


def test_prefix_is_encoded_and_nothing_else_moves() -> None:
    long_subject = "Tu café de otoño con turrón, a 2,50 € " * 3
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = "Café Aurora <hola@cafeaurora.example>"
    message["Subject"] = long_subject
    message["To"] = "cliente@example.com"
    message.set_content("Subject: not a header\nhola\n")
    original = bytes(message)
    proof = with_subject_prefix(original, "[PRUEBA] ")
    assert parse(proof)["Subject"] == "[PRUEBA] " + long_subject.strip()
    head, body = proof.split(b"\r\n\r\n", 1)
    assert head.isascii() and all(len(line) <= 78 for line in head.split(b"\r\n"))  # RFC 2047, folded
    assert b"=?utf-8?" in head and b"\r\n " in head.split(b"Subject:")[1]  # encoded and folded lines
    assert body == original.split(b"\r\n\r\n", 1)[1]
    untouched = [
        line for line in original.split(b"\r\n\r\n", 1)[0].split(b"\r\n") if line.startswith(b"From")
    ]
    assert untouched[0] in head
    keep = [(k, v) for k, v in parse(original).items() if k != "Subject"]
    assert [(k, v) for k, v in parse(proof).items() if k != "Subject"] == keep


def test_message_without_subject_gets_the_prefix() -> None:
    proof = with_subject_prefix(b"From: a@example.com\r\n\r\nhola\r\n", "[TEST] ")
    assert parse(proof)["Subject"] == "[TEST]"
    assert proof.endswith(b"From: a@example.com\r\n\r\nhola\r\n")


def test_build_proof_is_the_exported_email(campaign: Campaign) -> None:
    from datetime import UTC, datetime
    from pathlib import PurePosixPath

    from studio.model.campaign import Channel
    from studio.render.files import variant_files

    renderer = Renderer(Workspace.resolve(None))
    moment = datetime(2026, 11, 24, 12, tzinfo=UTC)
    proof = parse(build_proof(renderer, campaign, "en-US", now=moment))
    variant = renderer.render(campaign, "en-US", Channel.EMAIL)
    exported = parse(
        variant_files(renderer, campaign, variant, now=moment)[PurePosixPath("email/message.eml")]
    )
    assert proof["Subject"] == "[TEST] " + exported["Subject"]
    assert proof["Date"] == exported["Date"] == "Tue, 24 Nov 2026 12:00:00 +0000"
    html = [p.get_content() for p in proof.walk() if p.get_content_type() == "text/html"]
    assert html == [p.get_content() for p in exported.walk() if p.get_content_type() == "text/html"]


def test_build_proof_refuses_what_the_campaign_lacks(campaign: Campaign) -> None:
    renderer = Renderer(Workspace.resolve(None))
    with pytest.raises(ProofError, match=r"has no locale fr-FR \(it has es-ES, en-US\)"):
        build_proof(renderer, campaign, "fr-FR")
    without_email = campaign.model_copy(
        update={"channels": [c for c in campaign.channels if c.value != "email"]}
    )
    with pytest.raises(ProofError, match="has no email channel"):
        build_proof(renderer, without_email, "es-ES")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ana@example.com", "ana@example.com"),
        ("  Ana López <ana.lopez+pruebas@example.com> ", "ana.lopez+pruebas@example.com"),
        ("ana@españa.es", "ana@españa.es"),
    ],
)
def test_good_addresses(text: str, address: str) -> None:
    assert validate_address(text) == address


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ana",
        "ana@",
        "@example.com",
        "ana@example",
        "ana@@example.com",
        "ana@exa_mple.com",
        "ana@-example.com",
        "ana..lopez@example.com",
        ".ana@example.com",
        "ana@example.com, bob@example.com",
        "ana@example.com junk",
        "ana@example.com\r\nBcc: eve@example.com",
        '"ana lopez"@example.com',
    ],
)
def test_bad_addresses(text: str) -> None:
    with pytest.raises(ProofError, match="is not an email address"):
        validate_address(text)


def test_settings_round_trip_without_password() -> None:
    assert load_smtp_settings() == SmtpSettings()
    smtp = SmtpSettings(
        host="smtp.example.com", port=465, security="ssl", user="ana", sender="ana@example.com"
    )
    save_smtp_settings(smtp)
    assert load_smtp_settings() == smtp
    assert Settings.load().smtp["host"] == "smtp.example.com"
    assert "password" not in Settings.path().read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (None, SmtpSettings()),
        ({"host": "h", "port": "x", "security": "tls"}, SmtpSettings(host="h")),
        (
            {"host": "h", "port": "2525", "security": "none"},
            SmtpSettings(host="h", port=2525, security="none"),
        ),
    ],
)
def test_unreadable_settings_fall_back(data: object, expected: SmtpSettings) -> None:
    assert SmtpSettings.from_dict(data) == expected


@pytest.mark.parametrize(
    ("smtp", "message"),
    [
        (SmtpSettings(), "no SMTP server is configured"),
        (SmtpSettings(host="h", port=70000), "not a port"),
        (SmtpSettings(host="h", security="tls"), "not one of starttls, ssl, none"),
    ],
)
def test_invalid_settings(smtp: SmtpSettings, message: str) -> None:
    with pytest.raises(ProofError, match=message):
        smtp.validated()


@given(
    subject=st.text(
        st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85"),
        max_size=200,
    ),
    prefix=st.sampled_from(["[PRUEBA] ", "[TEST] "]),
)
@settings(max_examples=150, deadline=None)
def test_any_subject_gets_its_prefix_and_nothing_else_changes(subject: str, prefix: str) -> None:
    from studio.render.email import one_line

    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = "hola@cafeaurora.example"
    message["Subject"] = one_line(subject)
    message["Content-Language"] = "es-ES"
    message.set_content("cuerpo\n")
    original = bytes(message)
    proof = with_subject_prefix(original, prefix)
    got, want = parse(proof), parse(original)
    assert " ".join(got["Subject"].split()) == " ".join((prefix + want["Subject"]).split())
    assert [(k, v) for k, v in got.items() if k != "Subject"] == [
        (k, v) for k, v in want.items() if k != "Subject"
    ]
    assert proof.split(b"\r\n\r\n", 1)[1] == original.split(b"\r\n\r\n", 1)[1]
    assert proof.split(b"\r\n\r\n", 1)[0].isascii()
