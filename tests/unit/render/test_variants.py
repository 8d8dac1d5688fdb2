"""Variants from the demo workspace's templates: fields, overrides, links, metrics, located errors."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from studio.errors import TemplateError, ValidationError
from studio.model.campaign import Campaign, Channel
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(Workspace.resolve(default_root()))


def all_channels(doc: dict[str, Any]) -> Campaign:
    doc["channels"] = [c.value for c in Channel]
    return Campaign.model_validate(doc)


def test_one_variant_per_channel_and_locale_primary_first(
    renderer: Renderer, campaign_doc: dict[str, Any]
) -> None:
    variants = renderer.render_variants(all_channels(campaign_doc))
    assert [v.id for v in variants][:2] == ["email/es-ES", "email/en-US"]
    assert len(variants) == len(Channel) * 2  # 11 channels since whatsapp, push, staff and web


def test_choosing_locales_and_channels(renderer: Renderer, campaign: Campaign) -> None:
    variants = renderer.render_variants(campaign, locales=["en-US"], channels=["sms", "email"])
    assert [v.id for v in variants] == ["email/en-US", "sms/en-US"]
    with pytest.raises(ValidationError, match=r"no channel 'post\.facebook'"):
        renderer.render_variants(campaign, channels=["post.facebook"])
    with pytest.raises(ValidationError, match="no locale 'pt-BR'"):
        renderer.render_variants(campaign, locales=["pt-BR"])
    with pytest.raises(ValidationError, match=r"unknown channel 'fax' \(use email, sms, .*, staff, web\)"):
        renderer.render_variants(campaign, channels=["fax"])


def test_email_fields_are_localised(renderer: Renderer, campaign: Campaign) -> None:
    es = renderer.render(campaign, "es-ES", Channel.EMAIL)
    assert es.fields["subject"] == "Tu café de otoño, a 2,50 €"
    assert f"2,50{NBSP}€ (Antes 3,20{NBSP}€)" in es.fields["text"]
    assert "Del 1 de octubre al 31 de octubre" in es.fields["text"]
    assert "• Latte de calabaza" in es.fields["text"]
    en = renderer.render(campaign, "en-US", Channel.EMAIL)
    assert "€2.50 (Was €3.20)" in en.fields["text"]
    assert "October 1 to October 31" in en.fields["text"]
    assert en.links["cta"] == (
        "https://www.cafeaurora.example/otono?utm_source=newsletter&utm_medium=email&utm_campaign=otono-cafe"
    )
    assert es.metrics["subject_length"] == len(es.fields["subject"])


def test_posts_carry_their_channel_link_and_hashtags(
    renderer: Renderer, campaign_doc: dict[str, Any]
) -> None:
    campaign = all_channels(campaign_doc)
    facebook = renderer.render(campaign, "es-ES", Channel.FACEBOOK)
    assert "utm_source=facebook&utm_medium=social" in facebook.fields["text"]
    assert facebook.fields["text"].endswith("#CaféAurora #Otoño")
    assert facebook.metrics["hashtags"] == 2
    instagram = renderer.render(campaign, "es-ES", Channel.INSTAGRAM)
    assert "Pídelo ya: Enlace en la bio" in instagram.fields["text"]
    assert "https://" not in instagram.fields["text"]  # captions carry no clickable links
    assert instagram.metrics["max_hashtags"] == 5


def test_instagram_hashtags_are_capped_by_the_spec(renderer: Renderer, campaign_doc: dict[str, Any]) -> None:
    campaign_doc["hashtags"] = [f"Tag{i}" for i in range(8)]
    instagram = renderer.render(all_channels(campaign_doc), "es-ES", Channel.INSTAGRAM)
    assert instagram.metrics["hashtags"] == 5


def test_signage_fields(renderer: Renderer, campaign: Campaign) -> None:
    poster = renderer.render(campaign, "es-ES", Channel.SIGNAGE)
    assert dict(poster.fields) | {} == {
        "headline": "Tu café de otoño, a 2,50 €",
        "subheadline": "Vuelve el sabor del otoño",
        "price": f"2,50{NBSP}€",
        "was_price": f"Antes 3,20{NBSP}€",
        "code": "Código OTONO25",
        "dates": "Del 1 de octubre al 31 de octubre",
        "cta": "Escanea y pide",
        "disclaimer": "Oferta válida en tiendas adheridas.",
    }
    assert "utm_source=store&utm_medium=signage" in poster.links["cta"]


def test_a_discount_without_price_shows_the_percentage(
    renderer: Renderer, campaign_doc: dict[str, Any]
) -> None:
    for key in ("price", "original_price"):
        campaign_doc["offer"].pop(key)
    poster = renderer.render(Campaign.model_validate(campaign_doc), "es-ES", Channel.SIGNAGE)
    assert poster.fields["price"] == f"-22{NBSP}%"
    assert poster.fields["was_price"] == ""


def test_overrides_replace_the_template_text(renderer: Renderer, campaign_doc: dict[str, Any]) -> None:
    campaign_doc["overrides"] = {"signage": {"en-US": {"headline": "Autumn, in a cup"}}}
    campaign = Campaign.model_validate(campaign_doc)
    poster = renderer.render(campaign, "en-US", Channel.SIGNAGE)
    assert poster.fields["headline"] == "Autumn, in a cup"
    assert poster.overridden == {"headline"}
    assert renderer.render(campaign, "es-ES", Channel.SIGNAGE).overridden == frozenset()


def test_unknown_print_size_and_missing_image_are_refused(
    renderer: Renderer, campaign_doc: dict[str, Any]
) -> None:
    campaign_doc.update(print_sizes=["B0"], hero_image="images/nope.jpg")
    with pytest.raises(ValidationError) as info:
        renderer.render_variants(Campaign.model_validate(campaign_doc))
    assert [str(p) for p in info.value.problems] == [
        "print_sizes[0]: 'B0' is not a print size of this workspace (A4, A3, A2)",
        f"hero_image: images/nope.jpg: no such file in {default_root() / 'assets'}",
    ]


@pytest.fixture
def workspace_copy(tmp_path: Path) -> Workspace:
    for part in ("brand_rules", "templates", "assets"):
        shutil.copytree(default_root() / part, tmp_path / part)
    return Workspace.resolve(tmp_path)


def test_a_broken_template_names_file_and_line(workspace_copy: Workspace, campaign: Campaign) -> None:
    path = workspace_copy.templates / "post" / "facebook.txt.j2"
    path.write_text("{% block text %}\n{{ message.headline }}\n{{ message.nonsense }}\n{% endblock %}\n")
    campaign = campaign.model_copy(update={"channels": [Channel.FACEBOOK]})
    with pytest.raises(TemplateError) as info:
        Renderer(workspace_copy).render_variants(campaign)
    (problem,) = info.value.problems
    assert (problem.file, problem.line) == (path, 3)
    assert "nonsense" in problem.message


def test_template_changes_on_disk_are_picked_up(workspace_copy: Workspace, campaign: Campaign) -> None:
    renderer = Renderer(workspace_copy)
    campaign = campaign.model_copy(update={"channels": [Channel.FACEBOOK]})
    assert renderer.render(campaign, "es-ES", Channel.FACEBOOK).fields["text"].startswith("Tu café")
    path = workspace_copy.templates / "post" / "facebook.txt.j2"
    path.write_text("{% block text %}NUEVO {{ message.headline }}{% endblock %}\n")
    import os

    os.utime(path, (path.stat().st_atime + 5, path.stat().st_mtime + 5))
    from studio import stamps

    stamps.refresh()  # what the GUI's file watcher does; otherwise seen within half a second
    assert renderer.render(campaign, "es-ES", Channel.FACEBOOK).fields["text"].startswith("NUEVO")


def test_sms_is_gsm7_friendly_and_carries_publi_and_opt_out(
    renderer: Renderer, campaign_doc: dict[str, Any]
) -> None:
    campaign_doc["overrides"] = {}
    campaign = Campaign.model_validate(campaign_doc)
    es = renderer.render(campaign, "es-ES", Channel.SMS)
    text = es.fields["text"]
    assert text.startswith("PUBLI Café Aurora: ")
    assert text.endswith("Baja: BAJA al 217217")
    assert NBSP not in text  # Babel's no-break spaces would force UCS-2
    assert es.metrics["non_gsm"] == ["ó"]  # "código": the only character forcing UCS-2
    assert es.metrics["segments"] == 3  # UCS-2: 67 characters a segment
    en = renderer.render(campaign, "en-US", Channel.SMS)
    assert en.fields["text"].startswith("Café Aurora: ")  # PUBLI is Spain's rule, not every locale's
    # en-US has its own opt-out in the brand kit: CTIA's STOP keyword and the rates notice
    assert en.fields["text"].endswith("Reply STOP to opt out. Msg&data rates may apply")


def test_sms_metrics_follow_the_override(renderer: Renderer, campaign: Campaign) -> None:
    sms = renderer.render(campaign, "es-ES", Channel.SMS)
    assert sms.fields["text"] == "PUBLI Café Aurora: tu café a 2,50 € con OTONO25."
    assert sms.overridden == {"text"}
    assert (sms.metrics["encoding"], sms.metrics["units"]) == ("GSM-7", 49)  # € costs two septets
    accented = campaign.model_copy(
        update={
            "overrides": {
                "sms": {
                    "es-ES": campaign.overrides[Channel.SMS]["es-ES"].model_copy(update={"text": "Más café"})
                }
            }
        }
    )
    metrics = renderer.render(accented, "es-ES", Channel.SMS).metrics
    assert (metrics["encoding"], metrics["non_gsm"]) == ("UCS-2", ["á"])


def test_x_metrics(renderer: Renderer, campaign_doc: dict[str, Any]) -> None:
    x = renderer.render(all_channels(campaign_doc), "es-ES", Channel.X)
    assert x.metrics["valid"] is True
    assert x.metrics["weighted_length"] >= len(x.fields["text"]) - 200
