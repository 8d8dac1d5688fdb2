"""The email channel under hostile or oversized input.

- The .eml writer never raises on a stray control character (defence in depth behind validation):
  a template whose subject spans lines, or a subject with NUL/U+2028, gives a one-line header.
- Gmail clipping is measured on what the export writes: every email variant carries
  ``html_bytes`` (not only when a preview asked for HTML), equal to the bigger of the exported
  ``index.html`` and the HTML part of ``message.eml``.
"""

from __future__ import annotations

import email
import email.policy
import shutil
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from studio.lint.pipeline import check_campaign
from studio.model.campaign import Campaign, Channel
from studio.model.variant import Variant
from studio.render.email import build_eml
from studio.render.files import variant_files
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root

NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(Workspace.resolve(default_root()))


def parse(raw: bytes) -> email.message.EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def html_part_bytes(raw: bytes) -> int:
    part = parse(raw).get_body(("html",))
    assert part is not None
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return len(payload)


def test_eml_of_a_normal_campaign_parses_with_the_stdlib_parser(
    renderer: Renderer, campaign: Campaign
) -> None:
    variant = renderer.render(campaign, "es-ES", Channel.EMAIL)
    files = variant_files(renderer, campaign, variant, now=NOW)
    message = parse(files[PurePosixPath("email/message.eml")])
    assert message.defects == []
    assert message["Subject"] == "Tu café de otoño, a 2,50 €"
    assert message.get_body(("plain",)) is not None and message.get_body(("html",)) is not None
    assert all(not part.defects for part in message.walk())


@pytest.mark.parametrize(
    "breaker", ["\n", "\r\n", "\x00", "\x0b", "\x85", "\u2028", "\u2029", "\x1c"], ids=repr
)
def test_eml_headers_never_raise_on_control_characters(renderer: Renderer, breaker: str) -> None:
    # before: ValueError "Header values may not contain linefeed or carriage return characters"
    variant = Variant(
        Channel.EMAIL,
        "es-ES",
        {"subject": f"Black Friday{breaker}Bcc: todos@example.com", "text": "Hola"},
    )
    raw = build_eml(variant, "<p>Hola</p>", brand=renderer.workspace.brand, date=NOW)
    message = parse(raw)
    assert message["Subject"] == "Black Friday Bcc: todos@example.com"  # one header, nothing injected
    assert message["Bcc"] is None
    assert b"\x00" not in raw.split(b"\r\n\r\n", 1)[0]


def test_a_template_subject_spanning_lines_is_one_line_in_variant_and_eml(
    tmp_path: Path, campaign: Campaign
) -> None:
    # a brand's template can put a line break in the subject block; validation cannot see it
    for part in ("brand_rules", "templates", "assets"):
        shutil.copytree(default_root() / part, tmp_path / part)
    template = tmp_path / "templates" / "email" / "email.txt.j2"
    text = template.read_text(encoding="utf-8")
    template.write_text(
        text.replace(
            "{% block subject %}{{ message.headline }}{% endblock %}",
            "{% block subject %}{{ message.headline }}\n\n— {{ brand.name }}{% endblock %}",
        ),
        encoding="utf-8",
    )
    renderer = Renderer(Workspace.resolve(tmp_path))
    variant = renderer.render(campaign, "es-ES", Channel.EMAIL)
    assert variant.fields["subject"] == "Tu café de otoño, a 2,50 € — Café Aurora"
    assert variant.metrics["subject_length"] == len(variant.fields["subject"])
    files = variant_files(renderer, campaign, variant, now=NOW)
    assert parse(files[PurePosixPath("email/message.eml")])["Subject"] == variant.fields["subject"]


def test_html_bytes_is_measured_without_asking_for_html(renderer: Renderer, campaign: Campaign) -> None:
    # before: only html=True (previews, render) measured it, so lint never saw the clipping limit
    variant = renderer.render(campaign, "es-ES", Channel.EMAIL)
    assert variant.html is None
    assert 0 < variant.metrics["html_bytes"] < variant.metrics["html_clip_bytes"] == 102_000


def test_html_bytes_is_what_the_export_writes(renderer: Renderer, campaign: Campaign) -> None:
    for locale in campaign.locale_tags:
        variant = renderer.render(campaign, locale, Channel.EMAIL)
        files = variant_files(renderer, campaign, variant, now=NOW)
        page = len(files[PurePosixPath("email/index.html")])
        in_eml = html_part_bytes(files[PurePosixPath("email/message.eml")])
        assert variant.metrics["html_bytes"] == max(page, in_eml)


def store_list(doc: dict[str, Any], stores: int) -> Campaign:
    """A marketer lists every store, one bold number a paragraph: short text, heavy HTML."""
    body = "Encuentra tu Café Aurora:\n\n" + "\n\n".join(f"**{i}**" for i in range(1, stores + 1))
    doc["locales"]["es-ES"]["message"]["body"] = body
    return Campaign.model_validate(doc)


def test_an_email_over_gmails_limit_is_an_error_finding(
    renderer: Renderer, campaign_doc: dict[str, Any]
) -> None:
    campaign = store_list(campaign_doc, 2100)  # about 19,900 characters: within the body limit
    check = check_campaign(renderer, campaign, now=NOW)
    (clipping,) = [f for f in check.findings if f.rule == "Studio.EmailClipping"]
    assert (clipping.severity.value, clipping.channel, clipping.locale) == ("error", "email", "es-ES")
    variant = next(v for v in check.variants if v.id == "email/es-ES")
    files = variant_files(renderer, campaign, variant, now=NOW)
    exported = max(
        len(files[PurePosixPath("email/index.html")]),
        html_part_bytes(files[PurePosixPath("email/message.eml")]),
    )
    assert variant.metrics["html_bytes"] == exported > 102_000
    assert f"pesa {exported} bytes" in clipping.message


def test_a_broken_email_template_is_a_finding_not_a_stopped_check(tmp_path: Path, campaign: Campaign) -> None:
    # measuring the exported HTML must not turn one broken MJML template into no checks at all
    for part in ("brand_rules", "templates", "assets"):
        shutil.copytree(default_root() / part, tmp_path / part)
    template = tmp_path / "templates" / "email" / "email.mjml.j2"
    template.write_text("<mjml><mj-body><mj-section>", encoding="utf-8")
    check = check_campaign(Renderer(Workspace.resolve(tmp_path)), campaign, now=NOW)
    assert {v.channel.value for v in check.variants} == {"email", "sms", "post.x", "signage"}
    clipping = [f for f in check.findings if f.rule == "Studio.EmailClipping"]
    assert sorted((f.severity.value, f.locale) for f in clipping) == [("error", "en-US"), ("error", "es-ES")]
    assert all(
        f.message.startswith(f"no se puede comprobar: {template}") for f in clipping
    )  # es: the default
