"""Hostile text in a campaign is refused at validation, naming the field (and the line in a file).

One-line fields (headlines, labels, names, subjects…) refuse line breaks and control characters:
a line break in the subject used to pass validation and lint, then crash the .eml writer. Fields
that may span lines refuse control characters but keep line breaks and tabs. Long fields have
size limits a real campaign never reaches, so a pasted megabyte is refused before any rendering.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from studio.errors import CampaignFileError, ValidationError
from studio.model.campaign import BODY_MAX, OVERRIDE_TEXT_MAX, Campaign
from studio.model.files import dumps_campaign, loads_campaign
from studio.model.validation import parse_campaign

#: (path in the document, where the value goes) for every one-line text field
ONE_LINE_FIELDS: list[tuple[str, ...]] = [
    ("brand",),
    ("name",),
    ("locales", "es-ES", "message", "headline"),
    ("locales", "es-ES", "message", "subheadline"),
    ("locales", "es-ES", "cta_label"),
    ("locales", "es-ES", "image_alt"),
    ("cta", "url"),
    ("hero_image",),
    ("overrides", "email", "es-ES", "subject"),
    ("overrides", "email", "es-ES", "preheader"),
    ("overrides", "signage", "es-ES", "headline"),
]
MULTI_LINE_FIELDS: list[tuple[str, ...]] = [
    ("objective",),
    ("locales", "es-ES", "message", "body"),
    ("locales", "es-ES", "message", "short"),
    ("locales", "es-ES", "disclaimer"),
    ("overrides", "sms", "es-ES", "text"),
]
LINE_BREAKS = ["\n", "\r", "\r\n", "\x85", "\u2028", "\u2029"]
CONTROLS = ["\x00", "\x07", "\x0b", "\x1b", "\x1f", "\x7f", "\x9b"]


def with_overrides(doc: dict[str, Any]) -> dict[str, Any]:
    doc["overrides"]["email"] = {"es-ES": {"subject": "Asunto", "preheader": "Previa"}}
    doc["overrides"]["signage"] = {"es-ES": {"headline": "Titular"}}
    return doc


def put(doc: dict[str, Any], path: tuple[str, ...], value: str) -> None:
    target = doc
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value


def get(doc: dict[str, Any], path: tuple[str, ...]) -> str:
    target: Any = doc
    for part in path:
        target = target[part]
    return str(target)


def problems(doc: dict[str, Any]) -> list[str]:
    with pytest.raises(ValidationError) as info:
        parse_campaign(doc)
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize("path", ONE_LINE_FIELDS, ids=".".join)
@pytest.mark.parametrize("char", LINE_BREAKS, ids=repr)
def test_one_line_fields_refuse_line_breaks(
    campaign_doc: dict[str, Any], path: tuple[str, ...], char: str
) -> None:
    doc = with_overrides(campaign_doc)
    value = get(doc, path)
    put(doc, path, value[:4] + char + value[4:])
    (problem,) = problems(doc)
    assert problem.startswith(f"{'.'.join(path)}: must be one line: remove a ")
    assert f'after "{value[:4].strip()}"' in problem


@pytest.mark.parametrize("path", ONE_LINE_FIELDS + MULTI_LINE_FIELDS, ids=".".join)
@pytest.mark.parametrize("char", CONTROLS, ids=repr)
def test_every_text_field_refuses_control_characters(
    campaign_doc: dict[str, Any], path: tuple[str, ...], char: str
) -> None:
    doc = with_overrides(campaign_doc)
    put(doc, path, get(doc, path) + char)
    (problem,) = problems(doc)
    assert problem.startswith(f"{'.'.join(path)}: contains an invisible control character")
    assert f"(U+{ord(char):04X})" in problem and problem.endswith("remove it")


@pytest.mark.parametrize("path", MULTI_LINE_FIELDS, ids=".".join)
def test_multi_line_fields_keep_line_breaks_and_tabs(
    campaign_doc: dict[str, Any], path: tuple[str, ...]
) -> None:
    put(campaign_doc, path, "Primera línea\n\tsangrada\n\nOtra 🎄")
    campaign = parse_campaign(campaign_doc)
    assert loads_campaign(dumps_campaign(campaign)) == campaign


@pytest.mark.parametrize("char", ["\r", "\u2028", "\u2029", "\x85"])
def test_multi_line_fields_refuse_unusual_line_breaks(campaign_doc: dict[str, Any], char: str) -> None:
    campaign_doc["locales"]["es-ES"]["message"]["body"] = f"Hola{char}mundo"
    (problem,) = problems(campaign_doc)
    assert problem.startswith("locales.es-ES.message.body: contains a ")
    assert problem.endswith('after "Hola": use a normal line break')


def test_emoji_and_joiners_are_not_control_characters(campaign_doc: dict[str, Any]) -> None:
    headline = "Café 👩\u200d👩\u200d👧 para todos\u00a0ya"  # ZWJ sequences and no-break spaces are text
    campaign_doc["locales"]["es-ES"]["message"]["headline"] = headline
    assert parse_campaign(campaign_doc).locales["es-ES"].message.headline == headline


CAMPAIGN_FILE = """\
format: 1
key: salto-de-linea
brand: Café Aurora
name: Salto de línea
primary_locale: es-ES
locales:
  es-ES:
    message:
      headline: |
        Vuelve el
        Turrón Latte
      body: Ven a Café Aurora.
      short: Vuelve el Turrón Latte.
    cta_label: "Pídelo\\nya"
offer:
  valid_from: 2026-12-01T07:00:00+01:00
  valid_until: 2026-12-31T23:59:00+01:00
  applies_in: [stores]
cta:
  url: https://www.cafeaurora.example/navidad
channels: [email]
overrides:
  email:
    es-ES:
      subject: "Black Friday\\r\\nBcc: todos@example.com"
"""


def test_line_breaks_in_a_campaign_file_name_file_line_and_field() -> None:
    # a YAML literal block, an escaped "\n" and an escaped "\r\n" (a header injection attempt)
    with pytest.raises(CampaignFileError) as info:
        loads_campaign(CAMPAIGN_FILE, file=Path("c.campaign.yaml"))
    assert [str(p) for p in info.value.problems] == [
        "c.campaign.yaml:9: locales.es-ES.message.headline: "
        'must be one line: remove a line break after "Vuelve el"',
        'c.campaign.yaml:14: locales.es-ES.cta_label: must be one line: remove a line break after "Pídelo"',
        "c.campaign.yaml:25: overrides.email.es-ES.subject: "
        'must be one line: remove a carriage return after "Black Friday"',
    ]


def test_a_10_mb_body_is_refused_by_its_size(campaign_doc: dict[str, Any]) -> None:
    # the length is checked before anything reads the text (the GUI editor validates this way too)
    campaign_doc["locales"]["es-ES"]["message"]["body"] = "Espresso y turrón de verdad. " * 350_000
    assert problems(campaign_doc) == [f"locales.es-ES.message.body: too long: {BODY_MAX} characters at most"]


def test_an_oversized_body_in_a_file_names_file_line_and_field() -> None:
    body = "\n\n".join(["        Un párrafo normal de la oferta de Navidad."] * 500)
    text = CAMPAIGN_FILE.replace("      body: Ven a Café Aurora.\n", f"      body: |\n{body}\n")
    text = text.replace(
        "      headline: |\n        Vuelve el\n        Turrón Latte\n", "      headline: Hola\n"
    )
    text = text.replace('"Pídelo\\nya"', "Pídelo").replace("\\r\\nBcc: todos@example.com", "")
    with pytest.raises(CampaignFileError) as info:
        loads_campaign(text, file=Path("c.campaign.yaml"))
    assert [str(p) for p in info.value.problems] == [
        f"c.campaign.yaml:10: locales.es-ES.message.body: too long: {BODY_MAX} characters at most"
    ]


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("locales", "es-ES", "message", "body"), "x" * (BODY_MAX + 1), f"too long: {BODY_MAX} characters"),
        (("overrides", "sms", "es-ES", "text"), "x" * (OVERRIDE_TEXT_MAX + 1), "too long: 65000 characters"),
        (("overrides", "email", "es-ES", "subject"), "x" * 301, "too long: 300 characters"),
        (("cta", "url"), "https://www.cafeaurora.example/" + "x" * 2000, "too long: 2000 characters"),
        (("hero_image",), "images/" + "x" * 300 + ".jpg", "too long: 255 characters"),
    ],
    ids=lambda v: ".".join(v) if isinstance(v, tuple) else "",
)
def test_long_fields_have_size_limits(
    campaign_doc: dict[str, Any], path: tuple[str, ...], value: str, expected: str
) -> None:
    doc = with_overrides(campaign_doc)
    put(doc, path, value)
    (problem,) = problems(doc)
    assert problem.startswith(f"{'.'.join(path)}: {expected} at most")


def test_a_body_at_the_limit_is_fine(campaign_doc: dict[str, Any]) -> None:
    campaign_doc["locales"]["es-ES"]["message"]["body"] = ("Un párrafo de texto normal.\n\n" * 800)[:BODY_MAX]
    assert len(parse_campaign(campaign_doc).locales["es-ES"].message.body) == BODY_MAX


def test_lists_have_size_limits(campaign_doc: dict[str, Any]) -> None:
    campaign_doc["hashtags"] = [f"Tag{i}" for i in range(31)]
    campaign_doc["print_sizes"] = [f"S{i}" for i in range(11)]
    assert problems(campaign_doc) == [
        "hashtags: 31 hashtags: 30 at most",
        "print_sizes: 11 sizes: 10 at most",
    ]
    campaign_doc["hashtags"], campaign_doc["print_sizes"] = ["x" * 101], ["A3"]
    assert problems(campaign_doc) == ["hashtags[0]: too long: 100 characters at most"]


def test_a_stored_document_breaking_the_schema_is_a_studio_error(campaign_doc: dict[str, Any]) -> None:
    # a revision stored before the rules were tightened says what to change, never a pydantic traceback
    campaign_doc["locales"]["es-ES"]["message"]["headline"] = "Vuelve\nel café"
    with pytest.raises(ValidationError) as info:
        Campaign.from_document(campaign_doc)
    assert "otono-cafe" in info.value.message
    assert [p.field for p in info.value.problems] == ["locales.es-ES.message.headline"]
