"""People's names for internal ids, in Spanish and in English."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from studio.model import names
from studio.model.campaign import Campaign
from studio.model.finding import Category, Finding, Severity
from studio.review.workflow import ReviewAction, ReviewError, transition
from studio.storage.repository import Repository

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("path", "es", "en"),
    [
        (
            "locales.es-ES.message.body",
            "Texto del mensaje (español, España)",
            "Message text (Spanish, Spain)",
        ),
        (
            "locales.en-US.disclaimer",
            "Texto legal (inglés, Estados Unidos)",
            "Disclaimer (English, United States)",
        ),
        ("offer.valid_until", "Válida hasta", "Valid until"),
        ("text", "Texto", "Text"),
        ("overrides.post.x.es-MX.text", "Texto (X; español, México)", "Text (X; Spanish, Mexico)"),
        (("locales", "es-MX", "cta_label"), "Texto de la llamada a la acción (español, México)", None),
    ],
)
def test_field_paths_are_named_in_the_interface_language(path: str, es: str, en: str | None) -> None:
    assert names.field_name(path, "es") == es
    if en is not None:
        assert names.field_name(path, "en") == en


def test_a_field_without_its_place_and_an_unknown_one() -> None:
    assert names.field_name("locales.es-ES.message.body", "es", with_place=False) == "Texto del mensaje"
    assert names.field_name("brand_new_thing", "en") == "brand new thing"
    assert names.field_name(None, "es") == "—"


def test_locales_channels_severities_statuses() -> None:
    assert names.locale_name("es-MX", "es") == "español (México)"
    assert names.locale_name("en-US", "en") == "English (United States)"
    assert names.locale_name("xx-??", "es") == "xx-??"
    assert names.channel_name("signage", "es") == "Cartelería"
    assert names.channel_name(None, "en") == "Whole campaign"
    assert names.severity_name(Severity.WARNING, "es") == "Aviso"
    assert names.status_name("in_review", "es") == "En revisión"
    assert names.ui("es_MX") == "es" and names.ui("pt") == "en"


def test_rule_titles_come_from_the_rule_files_then_the_studio_then_the_name(tmp_path: Path) -> None:
    titles = names.rule_titles(REPO / "brand_rules")
    assert names.rule_title("CafeAurora.Tuteo", "es", titles) == "Tuteo"
    assert names.rule_title("CafeAurora.Tuteo", "en", titles) == "Informal “tú”"
    assert names.rule_title("Consistency.Translation", "es", titles) == "Traducción incompleta"
    assert names.rule_title("Acme.NoClickHere", "en", titles) == "No click here"
    style = tmp_path / "Acme"
    style.mkdir()
    (style / "Only.yml").write_text("extends: existence\nmessage: x\ntitle: Solo uno\ntokens: [a]\n")
    assert names.rule_title("Acme.Only", "en", names.rule_titles(tmp_path)) == "Solo uno"


def test_history_notes_the_studio_writes_are_translated_and_peoples_words_kept() -> None:
    assert names.event_line("approved", "approved", "es") == "aprobada"
    assert names.event_line("saved", "edited in the studio", "es") == "guardada — editada en el estudio"
    assert (
        names.event_line("exported", "exported revision 6 to /tmp/out", "es")
        == "exportada — revisión 6 exportada a /tmp/out"
    )
    assert (
        names.event_line("changes_requested", "Cambiad el precio", "en")
        == "changes requested — Cambiad el precio"
    )


def test_dates_and_numbers_follow_the_interface_language() -> None:
    assert names.day_text(date(2026, 12, 1), "es") == "1 de diciembre"
    assert names.day_text(date(2026, 12, 1), "en") == "December 1"
    assert names.day_text(date(2026, 12, 1), "en", with_year=True) == "December 1, 2026"
    assert names.money_text(Decimal("2.99"), "EUR", "en") == "€2.99"
    assert names.money_text(Decimal("2.99"), "EUR", "es") == "2,99\xa0€"


def _finding(rule: str, channel: str | None, locale: str | None) -> Finding:
    return Finding(rule, Category.CONSISTENCY, Severity.ERROR, "El precio no coincide.", channel, locale)


def test_a_refused_approval_in_both_languages() -> None:
    params: dict[str, Any] = {
        "key": "bf",
        "name": "Black Friday",
        "action": "approved",
        "findings": [_finding("Consistency.Conflict", "sms", "es-ES")],
    }
    es = names.review_refusal("blocked", params, "es")
    assert es.splitlines() == [
        "No se puede aprobar «Black Friday»: 1 hallazgo de nivel error sin dispensar. "
        "Corrígelos o dispénsalos antes.",
        "• Dato distinto de la ficha (SMS · español (España)): El precio no coincide.",
    ]
    en = names.review_refusal("blocked", {**params, "findings": params["findings"] * 7}, "en")
    assert en.startswith("“Black Friday” cannot be approved: 7 error findings are not waived.")
    assert en.splitlines()[-1] == "… and 2 more"
    wrong = names.review_refusal(
        "wrong_status",
        {"name": "BF", "status": "draft", "action": "approved", "allowed": ["in_review"]},
        "es",
    )
    assert wrong == "No se puede aprobar «BF»: está en estado «borrador» y tiene que estar en revisión."
    assert names.review_refusal("unknown", {}, "es") == ""


def test_a_refused_review_step_carries_its_code_and_parts(repo: Repository, campaign: Campaign) -> None:
    key = repo.create(campaign, author="marta").key
    with pytest.raises(ReviewError) as wrong:
        transition(repo, key, ReviewAction.APPROVE)
    assert wrong.value.code == "wrong_status" and wrong.value.params["status"] == "draft"
    assert names.review_refusal(wrong.value.code, wrong.value.params, "en") == (
        "“Otoño con Café Aurora” cannot be approved: it is draft and must be in review."
    )
    transition(repo, key, ReviewAction.SUBMIT)
    price = _finding("Consistency.Conflict", "sms", "es-ES")
    with pytest.raises(ReviewError, match="cannot be approved: 1 thing blocks it") as blocked:
        transition(repo, key, ReviewAction.APPROVE, blocking=[price])  # the CLI's English message
    assert (blocked.value.code, blocked.value.params["findings"]) == ("blocked", [price])
    assert names.review_refusal(blocked.value.code, blocked.value.params, "es").startswith(
        "No se puede aprobar «Otoño con Café Aurora»: 1 hallazgo de nivel error sin dispensar."
    )


def test_every_rule_the_studio_itself_reports_has_a_title_in_both_languages() -> None:
    """A rule id written in the studio's code (not a brand's YAML) is shown by its title, never by
    its id or its CamelCase name in English inside the Spanish interface."""
    import re
    from pathlib import Path

    import studio
    from studio.model.names import RULE_TITLES

    root = Path(studio.__file__).parent
    ids = {
        found
        for path in root.rglob("*.py")
        for found in re.findall(r"[\"'](?:Consistency|Print)\.[A-Z][A-Za-z]+[\"']", path.read_text("utf-8"))
    }
    ids = {i.strip("\"'") for i in ids}
    assert len(ids) >= 10
    missing = sorted(i for i in ids if set(RULE_TITLES.get(i, {})) < {"es", "en"})
    assert missing == []
