"""WhatsApp templates and push notifications: limits at their boundaries, deep links, payloads
written by the export and parsed back, and `studio measure --channel whatsapp|push`."""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import pytest

from studio.cli.main import main
from studio.model.campaign import Campaign, Channel
from studio.render.files import variant_files
from studio.render.messaging import (
    deep_link,
    format_problems,
    measure_push,
    measure_whatsapp,
    template_language,
    template_name,
    variable_problems,
)
from studio.render.specs import ChannelSpecs, load_specs
from studio.render.variants import Renderer
from studio.workspace import BrandApp, Workspace, default_root

REPO = default_root()
NOW = datetime(2026, 9, 24, tzinfo=UTC)  # before the fixture offer starts


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(Workspace.resolve(REPO))


@pytest.fixture(scope="module")
def specs() -> ChannelSpecs:
    return load_specs(REPO / "templates")


def messaging_campaign(doc: dict[str, Any], **changes: Any) -> Campaign:
    doc = {**doc, "channels": ["sms", "whatsapp", "push"], **changes}
    return Campaign.model_validate(doc)


# -- WhatsApp limits, each at its boundary ------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "metric", "limit"),
    [("header", "header_length", 60), ("text", "body_length", 1024), ("footer", "footer_length", 60)],
)
def test_whatsapp_component_lengths_at_the_limit(
    specs: ChannelSpecs, field: str, metric: str, limit: int
) -> None:
    body = {"text": "Hola"} if field != "text" else {}
    at = measure_whatsapp({**body, field: "a" * limit}, specs.whatsapp)
    over = measure_whatsapp({**body, field: "a" * (limit + 1)}, specs.whatsapp)
    assert at[metric] == limit and at["valid"] is True
    assert over[metric] == limit + 1 and over["valid"] is False


def test_whatsapp_counts_code_points_after_nfc(specs: ChannelSpecs) -> None:
    decomposed = "e\u0301" * 60  # 120 code points as typed, 60 once composed
    assert measure_whatsapp({"text": "x", "header": decomposed}, specs.whatsapp)["header_length"] == 60


def test_whatsapp_buttons_at_the_limit(specs: ChannelSpecs) -> None:
    ten = {"text": "Hola", "button": "b" * 25, "quick_reply": "\n".join(f"Opción {i}" for i in range(9))}
    at = measure_whatsapp(ten, specs.whatsapp)
    assert (at["buttons"], at["button_length"], at["valid"]) == (10, 25, True)
    eleven = measure_whatsapp({**ten, "quick_reply": ten["quick_reply"] + "\nUna más"}, specs.whatsapp)
    assert eleven["buttons"] == 11 and eleven["valid"] is False
    long_label = measure_whatsapp({**ten, "button": "b" * 26}, specs.whatsapp)
    assert long_label["button_length"] == 26 and long_label["valid"] is False


@pytest.mark.parametrize(
    ("body", "problems"),
    [
        ("Hola {{1}}, tu café", 0),
        ("Hola {{1}} y {{2}}: tu café", 0),
        ("{{1}}, tu café", 1),  # starts with a variable
        ("Tu café, {{1}}", 1),  # ends with one
        ("Hola {{1}}{{2}} tu café", 1),  # side by side
        ("Hola {{2}}, tu café", 1),  # not numbered from 1
        ("Hola {{nombre}}, tu café", 1),  # not {{n}}
    ],
)
def test_whatsapp_variables_as_meta_accepts_them(body: str, problems: int) -> None:
    assert len(variable_problems(body)) == problems


@pytest.mark.parametrize(
    ("line", "problems"),
    [
        ("*3,90 €* hasta el lunes", 0),
        ("_en tiendas_ y *app*", 0),
        ("*3,90 € hasta el lunes", 1),
        ("2*3 = 6", 0),
    ],
)
def test_whatsapp_formatting_markers_pair_up(line: str, problems: int) -> None:
    assert len(format_problems(line)) == problems


def test_whatsapp_formatting_is_refused_in_header_and_footer(specs: ChannelSpecs) -> None:
    metrics = measure_whatsapp({"text": "Hola", "header": "*Oferta*"}, specs.whatsapp)
    assert metrics["format_errors"] == 1 and metrics["valid"] is False


def test_whatsapp_limit_rules_fire_past_the_limit_only(
    renderer: Renderer, campaign_doc: dict[str, Any]
) -> None:
    from studio.lint.pipeline import check_campaign

    def rules_for(body: str) -> set[str]:
        campaign = messaging_campaign(campaign_doc, overrides={"whatsapp": {"es-ES": {"text": body}}})
        found = check_campaign(renderer, campaign, now=NOW).findings
        return {f.rule for f in found if f.channel == "whatsapp" and f.locale == "es-ES"}

    base = "Hola {{1}}, tu café de otoño a 2,50 € con el código OTONO25, hasta el 31 de octubre. "
    assert "Studio.WhatsAppBody" not in rules_for(base + "x" * (1024 - len(base)))
    assert "Studio.WhatsAppBody" in rules_for(base + "x" * (1025 - len(base)))
    assert "Studio.WhatsAppVariables" in rules_for("{{1}} " + base)


# -- push ---------------------------------------------------------------------------------------


def test_push_truncation_points_at_their_boundaries(specs: ChannelSpecs) -> None:
    at = measure_push({"title": "t" * 50, "text": "b" * 178}, specs.push)
    assert at["truncated"]["ios_lock_screen"] is False
    assert at["truncated"]["android_collapsed"] is True  # one line of about 45 characters
    over = measure_push({"title": "t" * 51, "text": "b" * 178}, specs.push)
    assert over["truncated"]["ios_lock_screen"] is True and over["truncated"]["android_expanded"] is False
    body_over = measure_push({"title": "t", "text": "b" * 179}, specs.push)
    assert body_over["truncated"]["ios_lock_screen"] is True
    assert (at["title_visible"], at["body_visible"]) == (50, 178)


def test_push_payload_limit(renderer: Renderer, campaign_doc: dict[str, Any]) -> None:
    from studio.lint.pipeline import check_campaign

    def rules_for(body: str) -> tuple[set[str], Mapping[str, Any]]:
        campaign = messaging_campaign(campaign_doc, overrides={"push": {"es-ES": {"text": body}}})
        check = check_campaign(renderer, campaign, now=NOW)
        variant = next(v for v in check.variants if v.id == "push/es-ES")
        return {
            f.rule for f in check.findings if f.channel == "push" and f.locale == "es-ES"
        }, variant.metrics

    rules, metrics = rules_for("Tu café de otoño a 2,50 € con OTONO25 hasta el 31 de octubre.")
    assert not rules & {"Studio.PushPayloadApns", "Studio.PushPayloadFcm", "Studio.PushBody"}
    overhead = metrics["apns_bytes"] - len(
        "Tu café de otoño a 2,50 € con OTONO25 hasta el 31 de octubre.".encode()
    )
    filler = "Tu café de otoño a 2,50 € con OTONO25 hasta el 31 de octubre. "
    rules, metrics = rules_for(filler + "x" * (4096 - overhead - len(filler.encode()) + 1))
    assert metrics["apns_bytes"] == 4097
    assert {"Studio.PushPayloadApns", "Studio.PushPayloadFcm", "Studio.PushBody"} <= rules


def test_deep_link_keeps_the_campaign_path(renderer: Renderer) -> None:
    brand = renderer.workspace.brand
    url = "https://www.cafeaurora.example/navidad?utm_source=app&utm_medium=push"
    scheme = deep_link(url, brand)
    assert scheme == "cafeaurora://www.cafeaurora.example/navidad?utm_source=app&utm_medium=push"
    universal = brand.model_copy(update={"app": BrandApp(scheme="cafeaurora", universal_links=True)})
    assert deep_link(url, universal) == url
    assert deep_link(url, brand.model_copy(update={"app": None})) == url
    assert deep_link(None, brand) is None


# -- export, parsed back ----------------------------------------------------------------------


def test_whatsapp_export_is_a_template_creation_call(
    renderer: Renderer, campaign_doc: dict[str, Any]
) -> None:
    campaign = messaging_campaign(campaign_doc)
    variant = renderer.render(campaign, "es-ES", Channel.WHATSAPP)
    files = variant_files(renderer, campaign, variant)
    template = json.loads(files[PurePosixPath("whatsapp/template.json")])
    assert template["name"] == "otono_cafe" and template["language"] == "es_ES"
    assert template["category"] == "MARKETING"
    kinds = [c["type"] for c in template["components"]]
    assert kinds == ["HEADER", "BODY", "FOOTER", "BUTTONS"]
    header, body, footer, buttons = template["components"]
    assert header["format"] == "IMAGE" and header["example"]["header_handle"] == ["upload:header.jpg"]
    assert PurePosixPath("whatsapp/header.jpg") in files
    assert body["text"].startswith("¡Hola, {{1}}!") and body["example"] == {"body_text": [["Lucía"]]}
    assert "*2,50\u00a0€*" in body["text"] and "OTONO25" in body["text"]
    assert footer["text"] == "Café Aurora · Responde BAJA para no recibir más"
    assert [b["type"] for b in buttons["buttons"]] == ["QUICK_REPLY", "URL"]
    url = buttons["buttons"][1]["url"]
    assert urlsplit(url).path == "/otono" and "utm_source=whatsapp" in url
    proof = files[PurePosixPath("whatsapp/proof.txt")].decode()
    assert "[image: header.jpg]" in proof and "[ Pídelo ya ] → https://" in proof


def test_whatsapp_text_header_without_a_hero_image(renderer: Renderer, campaign_doc: dict[str, Any]) -> None:
    campaign = messaging_campaign(campaign_doc, hero_image=None)
    variant = renderer.render(campaign, "en-US", Channel.WHATSAPP)
    template = json.loads(variant_files(renderer, campaign, variant)[PurePosixPath("whatsapp/template.json")])
    assert template["language"] == "en_US"
    assert template["components"][0] == {
        "type": "HEADER",
        "format": "TEXT",
        "text": "Your autumn coffee, €2.50",
    }


def test_push_export_is_apns_and_fcm_json(renderer: Renderer, campaign_doc: dict[str, Any]) -> None:
    campaign = messaging_campaign(campaign_doc)
    variant = renderer.render(campaign, "es-ES", Channel.PUSH)
    files = variant_files(renderer, campaign, variant)
    apns = json.loads(files[PurePosixPath("push/apns.json")])
    fcm = json.loads(files[PurePosixPath("push/fcm.json")])
    assert apns["aps"]["alert"] == {"title": variant.fields["title"], "body": variant.fields["text"]}
    assert fcm["message"]["notification"] == apns["aps"]["alert"]
    assert fcm["message"]["data"]["deep_link"] == apns["deep_link"]
    link = urlsplit(apns["deep_link"])
    web = urlsplit(variant.links["cta"])
    assert (link.scheme, link.netloc, link.path) == ("cafeaurora", web.netloc, web.path)
    assert "utm_medium=push" in link.query
    assert variant.metrics["apns_bytes"] == len(
        json.dumps(apns, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    )
    assert "ios_lock_screen (title 50, body 178):" in files[PurePosixPath("push/proof.txt")].decode()


def test_template_names_and_languages() -> None:
    assert template_name("Navidad-Turrón latte") == "navidad_turr_n_latte"
    assert template_language("es-MX", ["es", "es_MX"]) == "es_MX"
    assert template_language("ca-ES", ["ca", "es_ES"]) == "ca"


# -- studio measure -----------------------------------------------------------------------------


def _measure(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], channel: str, texts: Any
) -> tuple[int, Any]:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(texts)))
    code = main(["measure", "--channel", channel])
    out, _err = capsys.readouterr()
    return code, json.loads(out) if code == 0 else out


def test_measure_whatsapp(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _measure(
        monkeypatch, capsys, "whatsapp", ["Hola {{1}}, *hoy*", "a" * 1024, "a" * 1025, "x *roto"]
    )
    assert code == 0
    assert out == [
        {"length": 17, "valid": True, "variables": [1], "format_errors": 0},
        {"length": 1024, "valid": True, "variables": [], "format_errors": 0},
        {"length": 1025, "valid": False, "variables": [], "format_errors": 0},
        {"length": 7, "valid": False, "variables": [], "format_errors": 1},
    ]


def test_measure_push(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _measure(monkeypatch, capsys, "push", ["a" * 45, "a" * 46])
    assert code == 0
    assert [o["length"] for o in out] == [45, 46]
    assert [o["truncated"]["android_collapsed"] for o in out] == [False, True]
    assert all(o["valid"] for o in out)


def test_measure_refuses_what_is_not_a_list_of_strings(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("[1]"))
    assert main(["measure", "--channel", "push"]) == 2
    assert "expected a JSON array of strings" in capsys.readouterr().err


def test_the_report_has_whatsapp_and_push_columns(renderer: Renderer) -> None:
    from studio.consistency.checks import load_consistency_config
    from studio.lint.pipeline import check_campaign
    from studio.model.files import read_campaign
    from studio.report.model import build_report
    from studio.report.writers import render_html

    campaign = read_campaign(REPO / "campaigns" / "navidad-turron-latte.campaign.yaml")
    when = datetime(2026, 11, 24, tzinfo=UTC)
    check = check_campaign(renderer, campaign, now=when)
    report = build_report(
        campaign,
        check,
        config=load_consistency_config(renderer.workspace.brand_rules),
        waivers=[],
        events=[],
        generated_at=when,
    )
    assert report.channel_ids[-4:] == [
        "whatsapp",
        "push",
        "staff",
        "web",
    ]  # the demo has the staff brief and web last
    assert "whatsapp" in report.matrix["price"] and "push" in report.matrix["valid_until"]
    html = render_html(report, renderer.workspace.templates, language="es")
    assert "WhatsApp" in html and "Notificación push" in html
