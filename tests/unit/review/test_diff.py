"""Revision diff: the fields that changed between two stored revisions, words for text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from studio.errors import NotFoundError
from studio.model.campaign import Campaign
from studio.review.diff import diff_documents, diff_revisions, field_label, word_diff, word_diff_text
from studio.storage.repository import Repository


def test_word_diff_keeps_the_unchanged_words_and_marks_the_rest() -> None:
    ops = word_diff("Tu café a 2,50 € hasta el lunes", "Tu café a 2,90 € hasta el martes")
    assert ops == [
        ("equal", "Tu café a 2,"),
        ("delete", "50"),
        ("insert", "90"),
        ("equal", " € hasta el "),
        ("delete", "lunes"),
        ("insert", "martes"),
    ]
    assert word_diff_text(ops) == "Tu café a 2,[-50-]{+90+} € hasta el [-lunes-]{+martes+}"
    assert "".join(t for op, t in ops if op != "insert") == "Tu café a 2,50 € hasta el lunes"
    assert "".join(t for op, t in ops if op != "delete") == "Tu café a 2,90 € hasta el martes"
    assert word_diff("igual", "igual") == [("equal", "igual")]


@pytest.mark.parametrize(
    ("path", "language", "label"),
    [
        (("locales", "es-ES", "message", "headline"), "en", "Headline (Spanish, Spain)"),
        (("locales", "es-ES", "message", "headline"), "es", "Titular (español, España)"),
        (("offer", "valid_until"), "es", "Válida hasta"),
        (("overrides", "post.x", "es-ES", "text"), "en", "Text (X; Spanish, Spain)"),
        (("assets", 1, "alt"), "en", "alt #2"),
    ],
)
def test_fields_are_named_for_people(path: tuple[str | int, ...], language: str, label: str) -> None:
    assert field_label(path, language) == label


def test_diff_documents_lists_changed_added_and_removed_fields() -> None:
    old: dict[str, Any] = {
        "name": "Otoño",
        "channels": ["email", "sms"],
        "offer": {"promo_code": "OTONO25", "price": "2.50"},
        "locales": {
            "es-ES": {"message": {"headline": "Tu café de otoño a 2,50 €"}, "disclaimer": "Hasta fin"}
        },
    }
    new: dict[str, Any] = {
        "name": "Otoño",
        "channels": ["email", "sms", "signage"],
        "offer": {"promo_code": "OTONO30", "price": "2.50"},
        "locales": {
            "es-ES": {"message": {"headline": "Tu café de otoño a 2,90 €"}, "disclaimer": ""},
            "en-US": {"message": {"headline": "Your autumn coffee"}},
        },
    }
    changes = {c.path: c for c in diff_documents(old, new)}
    assert list(changes) == [
        "channels",
        "offer.promo_code",
        "locales.es-ES.message.headline",
        "locales.es-ES.disclaimer",
        "locales.en-US.message.headline",
    ]
    assert (changes["channels"].change, changes["channels"].words) == ("changed", ())
    assert (changes["offer.promo_code"].old, changes["offer.promo_code"].new) == ("OTONO25", "OTONO30")
    assert changes["offer.promo_code"].words == ()  # one word: old → new
    headline = changes["locales.es-ES.message.headline"]
    assert headline.label == "Headline (Spanish, Spain)"
    assert word_diff_text(headline.words) == "Tu café de otoño a 2,[-50-]{+90+} €"
    assert changes["locales.es-ES.disclaimer"].change == "removed"
    added = changes["locales.en-US.message.headline"]
    assert (added.change, added.old, added.new) == ("added", None, "Your autumn coffee")
    assert diff_documents(new, new) == []


@pytest.fixture
def stored(repo: Repository, campaign: Campaign) -> Iterator[str]:
    key = repo.create(campaign, author="marta").key
    doc = repo.get(key).campaign.to_document()
    doc["locales"]["es-ES"]["message"]["headline"] = "Tu nuevo café de otoño"
    doc["offer"]["promo_code"] = "OTONO30"
    repo.save(Campaign.model_validate(doc), expected_version=1, author="lucia")
    yield key


def test_diff_revisions_of_a_stored_campaign(repo: Repository, stored: str) -> None:
    diff = diff_revisions(repo, stored, 1, 2)
    assert (diff.key, diff.old.number, diff.new.number) == (stored, 1, 2)
    assert [c.path for c in diff.changes] == ["locales.es-ES.message.headline", "offer.promo_code"]
    data = diff.to_json()
    assert data["from"]["revision"] == 1 and data["to"]["revision"] == 2
    assert data["changes"][1] == {
        "path": "offer.promo_code",
        "label": "Promo code",
        "change": "changed",
        "old": "OTONO25",
        "new": "OTONO30",
    }
    assert [c.path for c in diff_revisions(repo, stored, 2, 1).changes] == [c.path for c in diff.changes]
    assert diff_revisions(repo, stored, 2, 2).changes == []
    with pytest.raises(NotFoundError, match="has no revision 9"):
        diff_revisions(repo, stored, 1, 9)
