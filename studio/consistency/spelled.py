"""Prices written in words: "cuarenta y cuatro euros al mes", "nueve mil trescientos pesos",
"9 mil 300 pesos", "cento e quatro reais", "a hundred and twenty dollars".

Copy states a price in words as often as in figures (in a long email, read aloud, in a headline).
A run of number words (and figures joined to them by "mil"/"thousand") right before a currency's
name (from CLDR, :func:`studio.consistency.money.currency_names`) is that amount in that currency;
the words are read by text2num (Spanish, Portuguese, English). What is no price: "un euro", "a
dollar" (one, the unit itself: "ni un peso", "not a dollar more"), and a run with no number word
(figures are read by the format reader).
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from functools import lru_cache

import regex

from studio import compiled
from studio.consistency.money import PriceText, _fold, _names, resolve_currency

#: the languages text2num reads
_LANGUAGES = ("es", "pt", "en")
#: the most words a price in words takes before its currency ("novecientos noventa y nueve mil …")
_MOST = 12
_TOKEN = compiled.pattern(r"[\p{L}]+(?:-[\p{L}]+)*|\d{1,3}", regex.VERSION1)


@lru_cache(maxsize=4)
def _currency(language: str) -> regex.Pattern[str]:
    # sorted twice: one source text whatever the hash seed, so studio.compiled's store finds it
    names = sorted(sorted({*_names(language), *_names("en")}), key=len, reverse=True)
    return compiled.pattern(
        r"(?<![\p{L}])(?:" + "|".join(regex.escape(n) for n in names) + r")(?![\p{L}])", regex.I
    )


def _value(tokens: list[str], language: str) -> int | None:
    """The number ``tokens`` say (figures spelt out first: "9 mil 300"), or None."""
    if not any(not t.isdigit() for t in tokens):
        return None
    from text_to_num import text2num

    if any(t.isdigit() for t in tokens):  # num2words loads all its languages (≈ 40 ms): only for figures
        from num2words import num2words

        words = [str(num2words(int(t), lang=language)) if t.isdigit() else t.casefold() for t in tokens]
    else:
        words = [t.casefold() for t in tokens]
    try:
        return int(text2num(" ".join(words), language))
    except ValueError:
        return None


def spelled_prices(text: str, locale: str, currency: str | None) -> list[PriceText]:
    """Each price in words in ``text`` (``currency``: the campaign's, see money.resolve_currency)."""
    language = locale.split("-")[0].lower()
    if language not in _LANGUAGES or not any(ch.isalpha() for ch in text):
        return []
    names = {**_names("en"), **_names(language)}
    out: list[PriceText] = []
    for m in _currency(language).finditer(text):
        resolved = resolve_currency(names.get(_fold(m.group()), frozenset()), locale, currency)
        found = _words_before(text, m.start(), language)
        if found is not None and resolved is not None:
            out.append(PriceText(Decimal(found[1]), resolved, found[0], m.end(), "name"))
    return out


def _words_before(text: str, end: int, language: str) -> tuple[int, int] | None:
    """(start, value) of the longest run of number words right before ``end``, or None."""
    before = list(_TOKEN.finditer(text, max(0, end - 120), end))[-_MOST:]
    if not before or text[before[-1].end() : end].strip(" \u00a0"):
        return None  # only spaces between the words and the currency's name
    for i in range(len(before)):
        run = before[i:]
        if any(text[a.end() : b.start()].strip(" \u00a0") for a, b in itertools.pairwise(run)):
            continue  # a comma or another sign inside: not one number
        if len(run) == 2 and run[0].group().isdigit():
            return None  # "28 mil pesos", "$84 mil": the figure reader's
        value = _value([t.group() for t in run], language)
        if value is not None:
            return (run[0].start(), value) if value > 1 else None
    return None


def word_value(words: list[str], language: str) -> int | None:
    """The number ``words`` say in ``language`` (text2num), or None (see :mod:`.said_original`)."""
    return _value(words, language) if language in _LANGUAGES else None
