"""Amounts told with the currency's name in the diminutive: "749 pesitos", "20 euritos", "5
dolarcitos", "90 reaizinhos". Spanish and Portuguese make a diminutive of any noun, the currency's
too, and colloquial copy uses it for a price that feels small; it is still that currency.

The forms are built from CLDR's name of the campaign's currency in the copy's language (its head
noun, singular and plural: "peso" / "pesos", "euro", "dólar", "real" / "reais"), by the languages'
own rules, not from a list of words: a noun ending in a vowel drops it before "-ito", "-illo",
"-ico" ("pes-ito", "eur-illo"), one ending in a consonant takes "-cito" ("dolar-cito"); Portuguese
"-inho" after a vowel dropped ("eur-inho") and "-zinho" after a consonant or a plural's stem
("real-zinho", "reai-zinhos"). Only the campaign's own currency, as slang_amounts.py does: "2
pesinhos" in Portuguese copy priced in reais is a weight, not an amount.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled
from studio.consistency.money import PriceText

#: suffixes of the diminutive after a dropped final vowel, and after a consonant (or a plural's stem)
_AFTER_VOWEL = {"es": r"(?:it|ill|ic)[oa]s?", "pt": r"inh[oa]s?"}
_AFTER_CONSONANT = {"es": r"c(?:it|ill)[oa]s?|it[oa]s?", "pt": r"zinh[oa]s?"}
_ACCENTED = {"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uú]"}


def _fold(word: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _letters(stem: str) -> str:
    return "".join(_ACCENTED.get(ch, regex.escape(ch)) for ch in stem)


@lru_cache(maxsize=32)
def _pattern(language: str, currency: str) -> regex.Pattern[str] | None:
    """The diminutives of ``currency``'s name in ``language`` after an amount, or None."""
    from babel.numbers import get_currency_name

    if language not in _AFTER_VOWEL:
        return None
    forms: set[str] = set()
    for count in (1, 2):
        name = get_currency_name(currency, count, locale=language)
        if name == currency or not name:
            continue
        head = _fold(name.split()[0])
        if head.endswith("s") and count == 2 and language == "es":
            continue  # "pesos", "euros", "dólares": the singular gives the stem
        if head.endswith("s"):  # "reais" → "reai-zinhos"
            forms.add(_letters(head[:-1]) + f"(?:{_AFTER_CONSONANT[language]})")
        elif head[-1] in "aeo":
            forms.add(_letters(head[:-1]) + f"(?:{_AFTER_VOWEL[language]})")
        else:
            forms.add(_letters(head) + f"(?:{_AFTER_CONSONANT[language]})")
    if not forms:
        return None
    words = "|".join(sorted(forms))
    return compiled.pattern(
        r"(?<![\w.,$])(?P<amount>\d{1,3}(?:[.,\u00a0]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
        rf"[ \u00a0]?(?P<word>{words})(?!\w)",
        regex.IGNORECASE | regex.VERSION1,
    )


def diminutive_prices(text: str, locale: str, currency: str | None) -> list[PriceText]:
    """Each amount in ``text`` followed by a diminutive of the campaign's ``currency``'s name."""
    from studio.consistency.facts import parse_amount

    language = locale.split("-")[0].lower()
    if currency is None or not any(s in text for s in ("it", "ll", "ic", "nh", "IT", "LL", "IC", "NH")):
        return []  # the cheap trigger: every diminutive suffix has one of these
    pattern = _pattern(language, currency)
    if pattern is None:
        return []
    out: list[PriceText] = []
    for m in pattern.finditer(text):
        amount = parse_amount(m.group("amount"), locale)
        if amount is not None:
            out.append(PriceText(amount, currency, m.start(), m.end(), "name"))
    return out
