"""Translation states: fingerprints of the primary text, copy from primary, stamping on save."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.errors import CampaignFileError, StudioError
from studio.model.campaign import TRANSLATABLE_FIELDS, Campaign, CampaignStatus
from studio.model.files import dumps_campaign, loads_campaign
from studio.storage.repository import Repository
from studio.translation import (
    TranslationState,
    copy_from_primary,
    field_state,
    fingerprint,
    locale_states,
    pending_translations,
    translation_states,
)

UP, OUT, MISSING = TranslationState.UP_TO_DATE, TranslationState.OUTDATED, TranslationState.MISSING


def states(campaign: Campaign, locale: str = "en-US") -> dict[str, TranslationState]:
    return {e.field: e.state for e in translation_states(campaign) if e.locale == locale}


def with_primary(campaign: Campaign, **message: str) -> Campaign:
    doc = campaign.to_document()
    doc["locales"]["es-ES"]["message"].update(message)
    return Campaign.from_document(doc)


def with_text(campaign: Campaign, locale: str, field: str, text: str) -> Campaign:
    doc = campaign.to_document()
    node = doc["locales"][locale]
    *parents, last = field.split(".")
    for part in parents:
        node = node[part]
    node[last] = text
    return Campaign.from_document(doc)


def test_a_campaign_without_fingerprints_reads_as_up_to_date_except_what_is_missing(
    campaign: Campaign,
) -> None:
    # en-US has no subheadline and no image alt text although the primary has them
    assert states(campaign) == {
        "message.headline": UP,
        "message.subheadline": MISSING,
        "message.body": UP,
        "message.short": UP,
        "cta_label": UP,
        "disclaimer": UP,
        "image_alt": MISSING,
    }
    assert not any(e.known for e in translation_states(campaign))
    assert locale_states(campaign) == {"en-US": {UP: 5, OUT: 0, MISSING: 2}}
    pending = pending_translations(campaign)
    assert [(e.path, e.explanation) for e in pending] == [
        ("locales.en-US.message.subheadline", "not translated yet"),
        ("locales.en-US.image_alt", "not translated yet"),
    ]


def test_a_field_empty_in_both_locales_has_no_state(campaign_doc: dict[str, Any]) -> None:
    campaign_doc["locales"]["es-ES"]["image_alt"] = ""
    assert "image_alt" not in states(Campaign.model_validate(campaign_doc))


def test_the_starter_placeholder_counts_as_missing(campaign_doc: dict[str, Any]) -> None:
    campaign_doc["locales"]["en-US"]["message"]["headline"] = "Write the headline here"
    assert states(Campaign.model_validate(campaign_doc))["message.headline"] is MISSING


def test_copy_from_primary_one_field_then_a_primary_edit_outdates_it(campaign: Campaign) -> None:
    copied = copy_from_primary(campaign, "en-US", "image_alt")
    entry = field_state(copied, "en-US", "image_alt")
    assert (entry.state, entry.known, entry.text) == (UP, True, "Taza de latte sobre una mesa de madera")
    assert states(copied)["message.subheadline"] is MISSING  # the other fields are untouched
    assert copied.locales["en-US"].message.headline == "Your autumn coffee, €2.50"
    edited = copied.model_copy(
        update={
            "locales": {
                **copied.locales,
                "es-ES": copied.locales["es-ES"].model_copy(update={"image_alt": "Otra foto"}),
            }
        }
    )
    assert states(edited)["image_alt"] is OUT


def test_copy_from_primary_every_field(campaign: Campaign) -> None:
    copied = copy_from_primary(campaign, "en_us")  # tags are normalised
    assert states(copied) == dict.fromkeys(TRANSLATABLE_FIELDS, UP)
    assert copied.locales["en-US"].message == campaign.locales["es-ES"].message
    assert set(copied.locales["en-US"].translated_from) == set(TRANSLATABLE_FIELDS)


@pytest.mark.parametrize(
    ("locale", "field", "message"),
    [
        ("es-ES", None, "es-ES is the primary locale"),
        ("fr-FR", None, "fr-FR is not among the campaign's locales (es-ES, en-US)"),
        ("en-US", "message.title", "unknown field 'message.title'"),
        ("xx_!", None, "is not a BCP 47 locale tag"),
    ],
)
def test_copy_refuses_what_cannot_be_copied(
    campaign: Campaign, locale: str, field: str | None, message: str
) -> None:
    with pytest.raises(StudioError, match=message.replace("(", r"\(").replace(")", r"\)")):
        copy_from_primary(campaign, locale, field)


def test_whitespace_and_line_ends_do_not_outdate(campaign: Campaign) -> None:
    copied = copy_from_primary(campaign, "en-US", "message.body")
    body = campaign.locales["es-ES"].message.body
    assert states(with_primary(copied, body=body.replace("\n", "  \n") + "\n\n"))["message.body"] is UP
    assert states(with_primary(copied, body=body.replace("Café", "Cafe")))["message.body"] is OUT
    assert fingerprint("Cafe\u0301") == fingerprint("Café")  # NFC: the same text typed two ways


def test_saving_records_where_translations_come_from(repo: Repository, campaign: Campaign) -> None:
    stored = repo.create(campaign)
    assert not any(e.known for e in translation_states(stored.campaign))  # nothing known yet
    # the translator edits the English headline: it is now written from the current Spanish one
    saved = repo.save(
        with_text(stored.campaign, "en-US", "message.headline", "Autumn coffee, €2.50"), expected_version=1
    )
    assert field_state(saved.campaign, "en-US", "message.headline").known
    assert states(saved.campaign)["message.headline"] is UP
    # the marketer edits the Spanish headline and body: both translations are outdated now, the
    # body one although it had no fingerprint (it was written from the body as it was before)
    saved = repo.save(
        with_primary(saved.campaign, headline="Tu café de otoño, ahora a 2,40 €", body="Ven ya."),
        expected_version=2,
    )
    assert states(saved.campaign)["message.headline"] is OUT
    assert states(saved.campaign)["message.body"] is OUT
    assert states(saved.campaign)["message.short"] is UP  # untouched primary: still unknown, up to date
    assert repo.get("otono-cafe").campaign == saved.campaign  # what the save returned is what is stored
    # the translator updates the headline: up to date again
    saved = repo.save(
        with_text(saved.campaign, "en-US", "message.headline", "Autumn coffee, now €2.40"), expected_version=3
    )
    assert states(saved.campaign)["message.headline"] is UP
    assert states(saved.campaign)["message.body"] is OUT


def test_the_stored_fingerprints_win_over_those_an_editor_loaded(
    repo: Repository, campaign: Campaign
) -> None:
    """An editor keeps the document it loaded: its fingerprints may predate the last save's."""
    stored = repo.create(copy_from_primary(campaign, "en-US", "image_alt"))
    loaded = stored.campaign  # what the editor holds: image_alt recorded from the first Spanish alt
    saved = repo.save(with_text(loaded, "es-ES", "image_alt", "Una taza nueva"), expected_version=1)
    assert states(saved.campaign)["image_alt"] is OUT
    # the editor (still holding its loaded fingerprints) translates the alt text, then edits the name
    doc = with_text(loaded, "es-ES", "image_alt", "Una taza nueva")
    doc = with_text(doc, "en-US", "image_alt", "A new cup")
    saved = repo.save(doc, expected_version=2)
    assert states(saved.campaign)["image_alt"] is UP
    saved = repo.save(doc.model_copy(update={"name": "Otoño 2"}), expected_version=3)
    assert states(saved.campaign)["image_alt"] is UP
    # the primary changes again: outdated again
    edited = repo.save(
        with_text(saved.campaign, "es-ES", "image_alt", "Otra taza").model_copy(update={"name": "Otoño 3"}),
        expected_version=4,
    )
    assert states(edited.campaign)["image_alt"] is OUT
    again = repo.save(loaded.model_copy(update={"name": "Otoño 4"}), expected_version=5)  # old texts back
    assert states(again.campaign)["image_alt"] is UP  # the restored alt text counts as written now


def test_a_save_that_only_carries_stale_fingerprints_adds_no_revision(
    repo: Repository, campaign: Campaign
) -> None:
    stored = repo.create(campaign)
    saved = repo.save(with_text(stored.campaign, "en-US", "cta_label", "Order today"), expected_version=1)
    assert saved.campaign.locales["en-US"].translated_from  # recorded by the save
    again = repo.save(with_text(stored.campaign, "en-US", "cta_label", "Order today"), expected_version=2)
    assert again.version == 2  # the editor's document without the fingerprint is the same campaign
    assert len(repo.history("otono-cafe")) == 2


def test_a_new_primary_locale_forgets_every_fingerprint(repo: Repository, campaign: Campaign) -> None:
    stored = repo.create(copy_from_primary(campaign, "en-US"))
    assert stored.campaign.locales["en-US"].translated_from
    saved = repo.save(stored.campaign.model_copy(update={"primary_locale": "en-US"}), expected_version=1)
    assert all(not c.translated_from for c in saved.campaign.locales.values())
    assert states(saved.campaign, "es-ES")["message.headline"] is UP


def test_a_status_change_records_nothing(repo: Repository, campaign: Campaign) -> None:
    stored = repo.create(campaign)
    submitted = repo.save(
        stored.campaign.model_copy(update={"status": CampaignStatus.IN_REVIEW}),
        expected_version=1,
        action="submitted",
    )
    assert submitted.campaign.locales == campaign.locales


def test_old_files_without_fingerprints_read_and_write_as_before(campaign: Campaign) -> None:
    text = dumps_campaign(campaign)
    assert "translated_from" not in text
    assert loads_campaign(text) == campaign


def test_a_bad_fingerprint_is_reported_at_its_line(campaign: Campaign) -> None:
    text = dumps_campaign(copy_from_primary(campaign, "en-US", "cta_label"))
    bad = text.replace(fingerprint("Pídelo ya"), "not-a-fingerprint")
    with pytest.raises(CampaignFileError) as info:
        loads_campaign(bad)
    (problem,) = info.value.problems
    assert problem.field == "locales.en-US.translated_from"
    assert "is not a fingerprint" in problem.message
    assert bad.splitlines()[problem.line - 1].strip() == "translated_from:"  # type: ignore[operator]


one_line = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40
).filter(lambda t: t.strip())


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(
    headline=one_line,
    fields=st.lists(st.sampled_from(TRANSLATABLE_FIELDS), unique=True),
    edit_primary=st.booleans(),
)
def test_fingerprints_round_trip_through_the_campaign_file(
    campaign: Campaign, headline: str, fields: list[str], edit_primary: bool
) -> None:
    translated = with_text(campaign, "en-US", "message.headline", headline)
    for field in fields:
        translated = copy_from_primary(translated, "en-US", field)
    if edit_primary:
        translated = with_primary(translated, headline=headline + " (nuevo)")
    again = loads_campaign(dumps_campaign(translated))
    assert again == translated
    assert translation_states(again) == translation_states(translated)
    assert dumps_campaign(again) == dumps_campaign(translated)
