"""``*.campaign.yaml``: lossless round trip, strict scalars, and errors as ``file:line: field: message``."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from studio.errors import CampaignFileError
from studio.model.campaign import Campaign
from studio.model.files import dumps_campaign, loads_campaign, read_campaign, write_campaign

REPO = Path(__file__).resolve().parents[3]

GOOD = """\
format: 1
key: cafe-de-invierno
brand: Café Aurora
name: Café de invierno
status: draft
primary_locale: es-ES
locales:
  es-ES:
    message:
      headline: Tu café de invierno
      body: |
        Ven a **Café Aurora**.

        - Con leche
        - Solo
      short: "no"
    cta_label: Pídelo
offer:
  price: 4.50
  original_price: 5.00
  valid_from: 2026-12-01T07:00:00+01:00
  valid_until: 2026-12-31T23:59:00+01:00
  applies_in: [stores]
cta:
  url: https://www.cafeaurora.example/invierno
channels: [sms]
"""


def errors_of(text: str, name: str = "c.campaign.yaml") -> list[str]:
    with pytest.raises(CampaignFileError) as info:
        loads_campaign(text, file=Path(name))
    return [str(p) for p in info.value.problems]


def test_numbers_keep_their_digits_and_words_stay_words() -> None:
    campaign = loads_campaign(GOOD.replace('short: "no"', "short: no"))
    assert campaign.offer.price == Decimal("4.50")
    assert str(campaign.offer.price) == "4.50"
    assert campaign.locales["es-ES"].message.short == "no"  # not False: YAML 1.1 booleans are off


def test_round_trip_is_lossless(tmp_path: Path) -> None:
    campaign = loads_campaign(GOOD)
    path = tmp_path / "out.campaign.yaml"
    write_campaign(campaign, path)
    again = read_campaign(path)
    assert again == campaign
    assert dumps_campaign(again) == path.read_text(encoding="utf-8")  # stable text, too
    text = path.read_text(encoding="utf-8")
    assert "price: 4.50" in text
    assert "valid_from: 2026-12-01T07:00:00+01:00" in text  # unquoted, offset kept
    assert "body: |" in text  # Markdown stays readable


def test_round_trip_keeps_hard_text(campaign_doc: dict[str, Any]) -> None:
    hard = 'Línea con "comillas", #almohadilla, : dos puntos\n  sangrada\ttab \nfinal sin salto  '
    campaign_doc["locales"]["es-ES"]["message"]["body"] = hard
    campaign_doc["locales"]["es-ES"]["message"]["short"] = "yes"
    campaign_doc["objective"] = "¡Oferta! ¿Sabías? €, ñ, 🎄 y 中文"
    campaign = Campaign.model_validate(campaign_doc)
    assert loads_campaign(dumps_campaign(campaign)) == campaign


@pytest.mark.parametrize("path", sorted((REPO / "campaigns").glob("*.campaign.yaml")), ids=lambda p: p.name)
def test_demo_campaigns_round_trip(path: Path) -> None:
    campaign = read_campaign(path)
    assert loads_campaign(dumps_campaign(campaign)) == campaign


def test_yaml_syntax_error_names_file_and_line() -> None:
    text = GOOD.replace("  price: 4.50", "  price: [4.50")
    (message,) = errors_of(text)
    assert message.startswith("c.campaign.yaml:20: not valid YAML")


def test_unknown_field_names_its_line_and_suggests() -> None:
    text = GOOD.replace("      short:", "      shrot:")
    assert errors_of(text) == [
        "c.campaign.yaml:9: locales.es-ES.message.short: required",
        "c.campaign.yaml:16: locales.es-ES.message.shrot: unknown field (did you mean 'short'?)",
    ]


def test_missing_field_points_at_its_parent() -> None:
    text = GOOD.replace("      headline: Tu café de invierno\n", "")
    assert errors_of(text) == ["c.campaign.yaml:9: locales.es-ES.message.headline: required"]


def test_bad_value_points_at_its_line() -> None:
    text = GOOD.replace("valid_from: 2026-12-01T07:00:00+01:00", "valid_from: 2026-12-01")
    assert errors_of(text) == [
        "c.campaign.yaml:21: offer.valid_from: "
        "needs a date and time with timezone offset, e.g. 2026-12-01T08:00:00+01:00"
    ]


def test_cross_field_problem_points_at_the_field() -> None:
    text = GOOD.replace("valid_until: 2026-12-31T23:59:00+01:00", "valid_until: 2026-11-30T23:59:00+01:00")
    assert errors_of(text) == ["c.campaign.yaml:22: offer.valid_until: must be after valid_from"]


def test_duplicate_key_is_an_error() -> None:
    text = GOOD.replace("name: Café de invierno\n", "name: Café de invierno\nname: Otro nombre\n")
    assert errors_of(text) == ["c.campaign.yaml:5: name: given twice (first on line 4)"]


def test_unknown_format_is_refused() -> None:
    assert errors_of(GOOD.replace("format: 1", "format: 7")) == [
        "c.campaign.yaml:1: format: format 7 is not supported (this studio reads format 1)"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "c.campaign.yaml: the file is empty"),
        ("- a\n- b\n", "c.campaign.yaml:1: must be a mapping of campaign fields"),
        (
            "a: !!python/object:os.system x\n",
            "c.campaign.yaml:1: a: unsupported YAML tag tag:yaml.org,2002:python/object:os.system",
        ),
    ],
)
def test_not_a_campaign(text: str, expected: str) -> None:
    assert errors_of(text) == [expected]


def test_unreadable_files_are_named(tmp_path: Path) -> None:
    missing = tmp_path / "nope.campaign.yaml"
    with pytest.raises(CampaignFileError, match="no such file"):
        read_campaign(missing)
    latin1 = tmp_path / "latin1.campaign.yaml"
    latin1.write_bytes("name: Café".encode("latin-1"))
    with pytest.raises(CampaignFileError) as info:
        read_campaign(latin1)
    assert str(info.value.problems[0]) == f"{latin1}: not UTF-8 text (byte 9)"


def test_write_is_atomic_and_leaves_no_temporary_files(tmp_path: Path, campaign: Campaign) -> None:
    path = tmp_path / "c.campaign.yaml"
    path.write_text("old content", encoding="utf-8")
    write_campaign(campaign, path)
    assert read_campaign(path) == campaign
    assert [p.name for p in tmp_path.iterdir()] == ["c.campaign.yaml"]
