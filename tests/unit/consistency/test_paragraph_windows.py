"""Typing near the breaks of short paragraphs (studio/consistency/memo.py, :func:`by_paragraph`):
every keystroke's reading is the whole text's, and the text around the typed paragraph's breaks is
read in one window, not in one window per paragraph beside it."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import pytest

from studio.consistency import memo
from studio.consistency.claims import _claims
from studio.consistency.money import _mechanics

#: short paragraphs (under the context a break's window holds) in the three languages read
SHORT = {
    "es-ES": ["Hola, Marta.", "Nuevo sabor en carta.", "Pásate por la tienda.", "Un abrazo del equipo."],
    "en-US": ["Hi, Sam.", "A new flavour is here.", "Drop by any store.", "Cheers, the team."],
    "pt-BR": ["Oi, Ana.", "Sabor novo no cardápio.", "Passe na loja.", "Abraços da equipe."],
}
LONG = {
    "es-ES": "Este invierno preparamos bebidas calientes con leche de avena, canela y cacao de comercio "
    "justo, y las servimos en vasos que puedes devolver en cualquier tienda.",
    "en-US": "This winter we brew hot drinks with oat milk, cinnamon and fair-trade cocoa, served in "
    "cups you can bring back to any of our stores for a refund of the deposit.",
    "pt-BR": "Neste inverno preparamos bebidas quentes com leite de aveia, canela e cacau de comércio "
    "justo, servidas em copos que você pode devolver em qualquer loja nossa.",
}
#: what the marketer types into the second short paragraph: a claim or a multi-buy whose words
#: run on into the next paragraph only once the break is reached
TYPED = {
    "es-ES": " Lleva 3 y paga 2, solo hasta el domingo",
    "en-US": " Buy 2, get 1 free, only until Sunday",
    "pt-BR": " Leve 3 e pague 2, só até domingo",
}


def _text(locale: str, typed: str) -> str:
    first, second, third, fourth = SHORT[locale]
    return "\n\n".join([LONG[locale], LONG[locale], first, second + typed, third, fourth, LONG[locale]])


def _counted(read: Callable[..., tuple[Any, ...]]) -> tuple[Callable[..., tuple[Any, ...]], list[str]]:
    """``read`` with a memo of its own that lists every text it had to read."""
    read_texts: list[str] = []

    @cache
    def counted(text: str, *args: object) -> tuple[Any, ...]:
        read_texts.append(text)
        return tuple(read(text, *args))

    return counted, read_texts


@pytest.mark.parametrize("locale", sorted(SHORT))
@pytest.mark.parametrize("reader", [_claims, _mechanics], ids=["claims", "mechanics"])
def test_typing_beside_short_paragraphs_reads_one_window(locale: str, reader: Any) -> None:
    args: tuple[object, ...] = (locale,) if reader is _claims else ()
    read, read_texts = _counted(reader.__wrapped__)
    memo.forget()
    assert memo.by_paragraph(read, _text(locale, ""), *args) == read(_text(locale, ""), *args)
    by_paragraph = 0
    for n in range(1, len(TYPED[locale]) + 1):
        text = _text(locale, TYPED[locale][:n])
        read_texts.clear()
        assert memo.by_paragraph(read, text, *args) == reader.__wrapped__(text, *args), (locale, n)
        if text in read_texts:
            continue  # a reading ran over a break: the whole text was read
        by_paragraph += 1
        # the typed paragraph and one window around it (its breaks and its short neighbours')
        assert len(read_texts) <= 2, (locale, n, read_texts)
    assert by_paragraph >= len(TYPED[locale]) // 2


@pytest.mark.parametrize("locale", sorted(SHORT))
def test_a_reading_over_a_break_in_a_joined_window_reads_the_whole_text(locale: str) -> None:
    """A multi-buy split by a break beside the typed paragraph: the joined window sees it."""
    first, second, third, fourth = SHORT[locale]
    buy, pay = {
        "es-ES": ("Lleva 3", "y paga 2."),
        "en-US": ("Buy 2,", "get 1 free."),
        "pt-BR": ("Leve 3", "e pague 2."),
    }[locale]
    read, _ = _counted(_mechanics.__wrapped__)
    memo.forget()
    before = "\n\n".join([LONG[locale], first, second, third + " " + buy, pay + " " + fourth, LONG[locale]])
    memo.by_paragraph(read, before, *())
    for letter in "xyz":
        second += letter
        text = "\n\n".join([LONG[locale], first, second, third + " " + buy, pay + " " + fourth, LONG[locale]])
        assert memo.by_paragraph(read, text) == _mechanics.__wrapped__(text)
