"""Placeholder content for a locale added to an existing campaign."""

from __future__ import annotations

import pytest

from studio.model.campaign import LocaleContent
from studio.model.starter import PLACEHOLDERS, starter_locale


@pytest.mark.parametrize(("tag", "language"), [("es-AR", "es"), ("pt_BR", "pt"), ("de-DE", "en")])
def test_a_new_locale_gets_valid_placeholders_in_its_language(tag: str, language: str) -> None:
    content = LocaleContent.model_validate(starter_locale(tag, cta=True))
    assert content.message.headline == PLACEHOLDERS[language]["headline"]
    assert content.cta_label == PLACEHOLDERS[language]["cta_label"]


def test_without_a_call_to_action_there_is_no_button_label() -> None:
    assert starter_locale("es-ES", cta=False)["cta_label"] == ""


def test_an_unknown_tag_is_refused() -> None:
    with pytest.raises(ValueError, match="locale"):
        starter_locale("xx-!!", cta=False)
