"""XLIFF 2.0 out and back: valid against the OASIS schema, read by translate-toolkit, bad files refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from translate.storage import xliff2

from studio.errors import StudioError, ValidationError
from studio.model.campaign import TRANSLATABLE_FIELDS, Campaign
from studio.model.files import read_campaign
from studio.translation import (
    TranslationState,
    copy_from_primary,
    field_text,
    fingerprint,
    translation_states,
)
from studio.xliff import MAX_FILE_BYTES, NS, export_xliff, import_xliff

REPO = Path(__file__).resolve().parents[2]
SCHEMA_DIR = REPO / "tests" / "data" / "xliff"
UP, OUT, MISSING = TranslationState.UP_TO_DATE, TranslationState.OUTDATED, TranslationState.MISSING
DEMOS = sorted((REPO / "campaigns").glob("*.campaign.yaml"))


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "xliff_core_2.0.xsd"), parser))


def states(campaign: Campaign, locale: str = "en-US") -> dict[str, TranslationState]:
    return {e.field: e.state for e in translation_states(campaign) if e.locale == locale}


def write(tmp_path: Path, data: bytes | str, name: str = "t.en-US.xlf") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def problems(campaign: Campaign, *paths: Path) -> list[str]:
    with pytest.raises(StudioError) as info:
        import_xliff(campaign, list(paths))
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize("path", DEMOS, ids=lambda p: p.name)
def test_every_exported_file_is_valid_xliff_2(path: Path, schema: etree.XMLSchema) -> None:
    campaign = read_campaign(path)
    assert campaign.locale_tags[1:], "a demo campaign with translations"
    for locale in campaign.locale_tags[1:]:
        document = etree.fromstring(export_xliff(campaign, locale))
        assert schema.validate(document), schema.error_log
        assert (document.get("srcLang"), document.get("trgLang")) == (campaign.primary_locale, locale)


def test_units_states_and_notes(campaign: Campaign, schema: etree.XMLSchema) -> None:
    campaign = copy_from_primary(campaign, "en-US", "cta_label")
    root = etree.fromstring(export_xliff(campaign, "en-US"))
    assert schema.validate(root), schema.error_log
    units = {u.get("id"): u for u in root.iter(f"{{{NS}}}unit")}
    assert list(units) == list(TRANSLATABLE_FIELDS)
    segment = {name: u.find(f"{{{NS}}}segment") for name, u in units.items()}
    assert segment["cta_label"].get("state") == "final"
    assert segment["image_alt"].get("state") == "initial"
    assert segment["image_alt"].find(f"{{{NS}}}target") is None
    notes = [n.text for n in units["message.headline"].iter(f"{{{NS}}}note")]
    assert "160 characters at most" in notes


def test_a_primary_edit_exports_as_translated_and_stays_outdated_until_confirmed(
    campaign: Campaign, tmp_path: Path
) -> None:
    copied = copy_from_primary(campaign, "en-US")
    doc = copied.to_document()
    doc["locales"]["es-ES"]["cta_label"] = "Pídelo hoy"
    edited = Campaign.from_document(doc)
    assert states(edited)["cta_label"] is OUT
    data = export_xliff(edited, "en-US")
    root = etree.fromstring(data)
    unit = next(u for u in root.iter(f"{{{NS}}}unit") if u.get("id") == "cta_label")
    assert unit.find(f"{{{NS}}}segment").get("state") == "translated"
    # the translator sends the file back untouched: nothing changes, still outdated
    result = import_xliff(edited, [write(tmp_path, data)])
    assert result.campaign == edited
    assert states(result.campaign)["cta_label"] is OUT
    # the translator confirms the same text is right for the new source: up to date
    unit.find(f"{{{NS}}}segment").set("state", "final")
    confirmed = import_xliff(edited, [write(tmp_path, etree.tostring(root))]).campaign
    assert states(confirmed)["cta_label"] is UP
    assert confirmed.locales["en-US"].cta_label == "Pídelo ya"
    assert confirmed.locales["en-US"].translated_from["cta_label"] == fingerprint("Pídelo hoy")


def translate_with_toolkit(data: bytes, targets: dict[str, str]) -> bytes:
    """What a translator's tool does: parse, set targets, mark them approved, save."""
    store = xliff2.Xliff2File.parsestring(data)
    for unit in store.getunits():
        if unit.getid() in targets:
            unit.target = targets[unit.getid()]
            unit.markapproved(True)
    out: bytes = bytes(store)
    return out


def test_round_trip_through_translate_toolkit(
    campaign: Campaign, tmp_path: Path, schema: etree.XMLSchema
) -> None:
    data = export_xliff(campaign, "en-US")
    store = xliff2.Xliff2File.parsestring(data)
    assert (store.getsourcelanguage(), store.gettargetlanguage()) == ("es-ES", "en-US")
    assert {u.getid(): u.source for u in store.getunits()} == {
        f: field_text(campaign.locales["es-ES"], f) for f in TRANSLATABLE_FIELDS
    }
    targets = {
        "message.subheadline": "The taste of autumn is back",
        "message.body": "Come to **Café Aurora**.\n\n- Pumpkin latte\n  - with cinnamon\n- Chai\n",
        "image_alt": "Latte cup on a wooden table",
    }
    translated = translate_with_toolkit(data, targets)
    assert schema.validate(etree.fromstring(translated)), schema.error_log
    result = import_xliff(campaign, [write(tmp_path, translated)])
    en = result.campaign.locales["en-US"]
    assert {f: field_text(en, f) for f in targets} == targets
    assert states(result.campaign) == dict.fromkeys(TRANSLATABLE_FIELDS, UP)
    # the untouched units were final: their source is recorded as what they translate
    assert {(name, state) for _, _, name, state in result.written} == {(n, UP) for n in TRANSLATABLE_FIELDS}
    again = import_xliff(result.campaign, [write(tmp_path, translated)])
    assert (again.campaign, again.written) == (result.campaign, [])  # importing twice changes nothing
    # the rest of the campaign is untouched
    assert result.campaign.locales["es-ES"] == campaign.locales["es-ES"]
    assert en.message.headline == campaign.locales["en-US"].message.headline


def test_a_translation_of_an_older_primary_stays_outdated(campaign: Campaign, tmp_path: Path) -> None:
    data = export_xliff(campaign, "en-US")
    doc = campaign.to_document()
    doc["locales"]["es-ES"]["message"]["subheadline"] = "Llega el otoño"  # edited after the export
    edited = Campaign.from_document(doc)
    translated = translate_with_toolkit(data, {"message.subheadline": "The taste of autumn is back"})
    result = import_xliff(edited, [write(tmp_path, translated)])
    assert result.campaign.locales["en-US"].message.subheadline == "The taste of autumn is back"
    assert states(result.campaign)["message.subheadline"] is OUT


one_line = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Co"), blacklist_characters="\ufffe\uffff"),
    min_size=1,
    max_size=60,
).filter(lambda t: t.strip() == t and t)
multi_line = st.lists(one_line, min_size=1, max_size=4).map("\n".join)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(headline=one_line, body=multi_line, alt=one_line)
def test_any_text_survives_the_round_trip(
    campaign: Campaign, tmp_path: Path, headline: str, body: str, alt: str
) -> None:
    targets = {"message.headline": headline, "message.body": body, "image_alt": alt}
    translated = translate_with_toolkit(export_xliff(campaign, "en-US"), targets)
    en = import_xliff(campaign, [write(tmp_path, translated)]).campaign.locales["en-US"]
    assert {f: field_text(en, f) for f in targets} == targets


def exported(campaign: Campaign) -> str:
    return export_xliff(campaign, "en-US").decode()


def test_malformed_xml_names_the_line(campaign: Campaign, tmp_path: Path) -> None:
    text = exported(campaign).replace("</source>", "</sorce>", 2)
    path = write(tmp_path, text)
    line = text.splitlines().index(next(x for x in text.splitlines() if "</sorce>" in x)) + 1
    assert problems(campaign, path) == [
        f"{path}:{line}: not well-formed XML: Opening and ending tag mismatch: source line {line} and sorce"
    ]


XXE = """<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="es-ES" trgLang="en-US">
 <file id="otono-cafe"><unit id="message.headline"><segment state="final">
  <source>x</source><target>&secret;</target></segment></unit></file></xliff>
"""

LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">\n'
        for i in range(1, 10)
    )
    + ']>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" '
    'srcLang="es-ES" trgLang="en-US">'
    '<file id="otono-cafe"><unit id="message.headline"><segment><source>&lol9;</source>'
    "<target>&lol9;</target></segment></unit></file></xliff>\n"
)


@pytest.mark.parametrize("text", [XXE, LAUGHS], ids=["xxe", "billion-laughs"])
def test_entities_are_refused_before_parsing(campaign: Campaign, tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text)
    assert problems(campaign, path) == [f"{path}:2: a DOCTYPE or ENTITY declaration is not allowed in XLIFF"]


def test_a_doctype_hidden_in_utf16_is_refused_too(campaign: Campaign, tmp_path: Path) -> None:
    text = XXE.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')
    path = write(tmp_path, text.encode("utf-16"))
    # the byte scan cannot see it; the parser's own record of the DTD is checked, nothing resolved
    assert problems(campaign, path) == [f"{path}:1: a DOCTYPE or ENTITY declaration is not allowed in XLIFF"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('id="image_alt"', 'id="image_title"'), "unknown unit id 'image_title'"),
        (
            ('srcLang="es-ES"', 'srcLang="es-MX"'),
            "srcLang is es-MX but the campaign's primary locale is es-ES",
        ),
        (
            ('trgLang="en-US"', 'trgLang="fr-FR"'),
            "trgLang fr-FR is not a translated locale of the campaign (en-US)",
        ),
        (('trgLang="en-US"', 'trgLang="es-ES"'), "trgLang es-ES is not a translated locale of the campaign"),
        (('trgLang="en-US"', 'trgLang="klingon!"'), "trgLang: 'klingon!' is not a BCP 47 locale tag"),
        (('version="2.0"', 'version="1.2"'), "XLIFF version '1.2': this studio reads XLIFF 2.x"),
        (
            ('<file id="otono-cafe"', '<file id="navidad"'),
            "this file is for campaign 'navidad', not 'otono-cafe'",
        ),
    ],
)
def test_a_wrong_file_is_refused_naming_its_line(
    campaign: Campaign, tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    text = exported(campaign)
    assert change[0] in text
    bad = text.replace(change[0], change[1])
    path = write(tmp_path, bad)
    line = next(i for i, x in enumerate(bad.splitlines(), 1) if change[1] in x)
    (message,) = problems(campaign, path)
    assert message.startswith(f"{path}:{line}: {expected}")


def test_a_unit_given_twice_is_refused(campaign: Campaign, tmp_path: Path) -> None:
    text = exported(campaign).replace('id="image_alt"', 'id="disclaimer"')
    path = write(tmp_path, text)
    (message,) = problems(campaign, path)
    assert "unit 'disclaimer' given twice (first on line" in message


def test_a_translation_that_breaks_the_schema_names_the_unit(campaign: Campaign, tmp_path: Path) -> None:
    data = translate_with_toolkit(
        export_xliff(campaign, "en-US"),
        {"message.headline": "Autumn\ncoffee", "cta_label": "x" * 81},
    )
    path = write(tmp_path, data)
    text = data.decode()
    line_of = {
        n: next(i for i, x in enumerate(text.splitlines(), 1) if f'id="{n}"' in x)
        for n in TRANSLATABLE_FIELDS
    }
    assert sorted(problems(campaign, path)) == sorted(
        [
            f"{path}:{line_of['message.headline']}: message.headline: "
            'must be one line: remove a line break after "Autumn"',
            f"{path}:{line_of['cta_label']}: cta_label: too long: 80 characters at most",
        ]
    )


def test_inline_codes_are_refused(campaign: Campaign, tmp_path: Path) -> None:
    text = exported(campaign).replace("<target>Order now</target>", '<target>Order <ph id="1"/>now</target>')
    path = write(tmp_path, text)
    (message,) = problems(campaign, path)
    assert "<ph> is not supported in campaign text (plain text only)" in message


def test_nothing_is_applied_when_one_file_is_bad(campaign_doc: dict[str, Any], tmp_path: Path) -> None:
    campaign_doc["locales"]["fr-FR"] = campaign_doc["locales"]["en-US"]
    campaign = Campaign.model_validate(campaign_doc)
    good = write(
        tmp_path,
        translate_with_toolkit(export_xliff(campaign, "en-US"), {"image_alt": "A cup"}),
        "a.en-US.xlf",
    )
    bad = write(
        tmp_path, export_xliff(campaign, "fr-FR").replace(b'id="image_alt"', b'id="nope"'), "b.fr-FR.xlf"
    )
    with pytest.raises(ValidationError) as info:
        import_xliff(campaign, [good, bad])
    assert [p.file for p in info.value.problems] == [bad]
    assert import_xliff(campaign, [good]).campaign.locales["en-US"].image_alt == "A cup"


def test_too_large_and_missing_files(campaign: Campaign, tmp_path: Path) -> None:
    big = write(tmp_path, b" " * (MAX_FILE_BYTES + 1))
    assert problems(campaign, big) == [
        f"{big}: the file is 4096 KB; the studio reads XLIFF files of at most 4 MB"
    ]
    assert problems(campaign, tmp_path / "gone.xlf") == [f"{tmp_path / 'gone.xlf'}: no such file"]


def test_a_character_xml_cannot_carry_is_named_on_export(
    campaign_doc: dict[str, Any], tmp_path: Path
) -> None:
    campaign_doc["locales"]["en-US"]["cta_label"] = "Order\ufffe now"
    with pytest.raises(StudioError, match="en-US cta_label: contains U\\+FFFE, a character XLIFF"):
        export_xliff(Campaign.model_validate(campaign_doc), "en-US")


def test_what_translation_tools_do_to_a_unit_is_read_back(campaign: Campaign, tmp_path: Path) -> None:
    """Resegmented text, whitespace kept apart as <ignorable>, annotations and escaped code points."""
    text = exported(campaign)
    body = campaign.locales["es-ES"].message.body
    first, rest = body.split("\n\n", 1)
    old_segment = text[text.index("<segment", text.index('id="message.body"')) :]
    old_segment = old_segment[: old_segment.index("</segment>") + len("</segment>")]
    new_segments = (
        f'<segment state="final"><source>{first}</source><target>Come to <mrk id="m1" type="term">'
        f"Café Aurora</mrk>.</target></segment>"
        "<ignorable><source>\n\n</source><target>\n\n</target></ignorable>"
        f'<segment id="s2" state="final"><source>{rest}</source>'
        '<target>- Pumpkin<cp hex="0009"/>latte\n- Chai\n</target></segment>'
    )
    path = write(tmp_path, text.replace(old_segment, new_segments))
    result = import_xliff(campaign, [path])
    assert (
        result.campaign.locales["en-US"].message.body == "Come to Café Aurora.\n\n- Pumpkin\tlatte\n- Chai\n"
    )
    assert states(result.campaign)["message.body"] is UP  # the joined sources are the primary body


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_damaged_file_is_an_error_never_a_crash(
    campaign: Campaign, tmp_path: Path, data: st.DataObject
) -> None:
    original = export_xliff(campaign, "en-US")
    start = data.draw(st.integers(0, len(original) - 1))
    end = data.draw(st.integers(start, min(len(original), start + 40)))
    junk = data.draw(st.binary(max_size=20))
    path = write(tmp_path, original[:start] + junk + original[end:])
    try:
        import_xliff(campaign, [path])
    except StudioError as exc:
        assert exc.problems and all(p.file == path for p in exc.problems)
