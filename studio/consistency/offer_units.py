"""The offer's counted unit: what the fact sheet's own copy counts ("20 envíos en bici por $1,190",
"5 knives sharpened for $30", "Pacote com 3 lavagens"), read by the roles of the numbers.

A count in the campaign's headline, body or short copy, followed by the noun it counts, names what
the offer sells. Three readings depend on it:
- a word of shipping or delivery that is counted ("paquete de 20 envíos por $1,290", "diez entregas a
  $95", "3 deliveries for $40") is the thing bought, not the shipping's cost: the amount after it is
  the offer's price, checked as such (:func:`counted_shipping`);
- a bound before an amount whose number and noun are the offer's own ("we'll sharpen up to 5 kitchen
  knives for $35" where the sheet sells 5 knives) caps the offer itself, it is no other size of the
  product (:func:`own_bound`; "For dogs over 50 lbs, the bath is $65" keeps its own size);
- giving more of that unit ("te regalamos 10 envíos más", "we'll add 2 more knives free", "ganhe
  mais 2 lavagens") is a gift with purchase, another deal than the sheet's (:func:`more_units`).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled
from studio.consistency.facts import _fold
from studio.consistency.sheet import Sheet

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: small counts written out (folded), in the three languages
_NUMBERS = {
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "doce": 12, "quince": 15, "veinte": 20, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "dois": 2, "duas": 2,
    "quatro": 4, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "doze": 12, "quinze": 15, "vinte": 20,
}  # fmt: skip
_COUNT = r"(?:\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"

#: a count and up to two words after it (the noun it counts, maybe after an adjective)
_COUNTED = compiled.pattern(rf"(?<![\d.,:/])\b(?P<n>{_COUNT})\s+(?P<words>\p{{L}}+(?:\s+\p{{L}}+)?)", _FLAGS)

#: a word of shipping or delivery (folded), as :data:`amount_roles._SHIPPING` reads it, with the count
#: that may come before it ("20 envios", "paquete de 20 envios")
_SHIPPING_WORD = compiled.pattern(
    rf"(?:\b(?P<n>{_COUNT})\s+(?:\p{{L}}+\s+)?)?\b(?:envios?|entregas?|shipments?|deliveries|delivery|shipping|"
    r"fretes?|despachos?|portes)\b",
    _FLAGS,
)

#: a comparative bound, a number and what it counts (folded): "up to 5 kitchen knives", "hasta 20 envios"
_BOUND = compiled.pattern(
    rf"\b(?:up\s+to|hasta|ate|max(?:imo)?\s+de|no\s+more\s+than)\s+(?P<n>{_COUNT})\s+"
    r"(?P<words>\p{L}+(?:\s+\p{L}+){0,2})",
    _FLAGS,
)

#: a word of giving, then a count and the unit, then "more" ("te regalamos 10 envíos más", "we'll add
#: 2 more knives free", "ganhe mais 2 lavagens de brinde")
_GIVE = (
    r"(?:regal\p{L}*|obsequi\p{L}*|te\s+damos|les\s+damos|os\s+damos|damos|te\s+llev[aá]s|llevate|ll[eé]vate"
    r"|ganh[ae]\p{L}*|give|gives|giving|add|adds|we'll\s+add|we\s+add|throw\s+in|get|gets|you\s+get"
    r"|leve|leva|levam|suma\p{L}*|sum[aá]s)"
)
_MORE = compiled.pattern(
    rf"\b{_GIVE}\s+(?:(?:mais|more|otr[oa]s|outr[oa]s|extra)\s+)?(?P<n>{_COUNT})\s+(?:(?:mais|more|extra)\s+)?"
    r"(?P<words>\p{L}+(?:\s+\p{L}+){0,2})",
    _FLAGS,
)
#: what makes the units given on top: "más", "extra", "adicionales", "de regalo", "free", "de brinde"
_ON_TOP = compiled.pattern(
    r"\b(?:mas|mais|more|extra|extras|adicionales|adicionais|additional|de\s+regalo|de\s+brinde|gratis|free"
    r"|de\s+graca|on\s+us|on\s+the\s+house|por\s+nuestra\s+cuenta|por\s+nossa\s+conta)\b",
    _FLAGS,
)


def _value(raw: str) -> int:
    return int(raw) if raw.isdigit() else _NUMBERS.get(raw.lower(), 0)


def _stem(word: str) -> str:
    return word.lower().rstrip("s")[:6]


@lru_cache(maxsize=64)
def _units_of(copy: str) -> frozenset[tuple[int, str]]:
    from studio.consistency.memo import by_paragraph  # a keystroke reads only its paragraph

    return frozenset((n, stem) for _, _, n, stem in by_paragraph(_counted, copy))


@lru_cache(maxsize=1024)
def _counted(text: str) -> tuple[tuple[int, int, int, str], ...]:
    """Each count and noun of ``text`` (start, end in the folded text, count, stem), in text order."""
    out = []
    for m in _COUNTED.finditer(_fold(text)):
        for word in m.group("words").split():
            if len(word) > 2:
                out.append((m.start(), m.end(), _value(m.group("n")), _stem(word)))
    return tuple(out)


def offer_units(sheet: Sheet, locale: str) -> frozenset[tuple[int, str]]:
    """(count, stem of the noun) the sheet's headline, body and short copy count in ``locale``."""
    content = sheet.campaign.locales.get(locale) or sheet.campaign.locales.get(sheet.campaign.primary_locale)
    if content is None:
        return frozenset()
    message = content.message
    return _units_of(f"{message.headline}\n{message.body}\n{message.short}")


def _nouns(units: frozenset[tuple[int, str]]) -> set[str]:
    return {noun for _, noun in units}


def counted_shipping(before: str) -> bool:
    """Whether the last word of shipping in ``before`` (the text before an amount) is counted: "20
    envíos por", "diez entregas a" — the thing bought, not the shipping's cost."""
    found = list(_SHIPPING_WORD.finditer(_fold(before)))
    return bool(found) and found[-1].group("n") is not None


def own_bound(before: str, units: frozenset[tuple[int, str]]) -> bool:
    """Whether a bound in ``before`` (folded words of an amount's clause before it) is the offer's own
    count and noun ("up to 5 kitchen knives" where the sheet sells 5 knives)."""
    for m in _BOUND.finditer(before):
        n = _value(m.group("n"))
        if any((n, _stem(w)) in units for w in m.group("words").split()):
            return True
    return False


def more_units(text: str, sheet: Sheet, locale: str) -> list[tuple[int, int, str]]:
    """More of the offer's unit given on top: "te regalamos 10 envíos más" where the sheet sells 20
    envíos — a gift with purchase (start, end, words)."""
    nouns = frozenset(_nouns(offer_units(sheet, locale)))
    if not nouns:
        return []
    if any(len(_fold(ch)) != 1 for ch in set(text)):  # folded as a whole (see _more)
        return list(_more(text, nouns))
    from studio.consistency.memo import by_paragraph  # a keystroke reads only its paragraph

    # each letter folds to one: a paragraph's folding is the whole text's, cut at the same place
    return list(by_paragraph(_more, text, nouns))


@lru_cache(maxsize=1024)
def _more(text: str, nouns: frozenset[str]) -> tuple[tuple[int, int, str], ...]:
    folded = _fold(text)
    if len(folded) != len(text):  # a letter that folds to two ("ß"): spans would drift
        folded = text.lower()
    out = []
    for m in _MORE.finditer(folded):
        words = m.group("words").split()
        if not any(_stem(w) in nouns for w in words) or not _ON_TOP.search(folded, m.start(), m.end() + 20):
            continue
        end = m.end()
        for w in reversed(list(regex.finditer(r"\p{L}+", folded[m.start("words") : m.end()]))):
            if _stem(w.group()) in nouns:  # the match ends at the unit, or at "más" right after it
                end = m.start("words") + w.end()
                after = _ON_TOP.match(folded, end + 1) if folded[end : end + 1] == " " else None
                end = after.end() if after else end
                break
        out.append((m.start(), end, text[m.start() : end]))
    return tuple(out)


def other_count(before: str, units: frozenset[tuple[int, str]]) -> bool:
    """Whether ``before`` (folded words of an amount's clause before it) counts the offer's own noun
    with another number: "la serenata normal de 3 canciones vale" where the sheet sells 5 canciones,
    "the 6-pack costs" beside a 12-pack — another size of the product, priced on its own."""
    nouns = _nouns(units)
    for m in _COUNTED.finditer(before):
        word, n = m.group("words").split()[0], _value(m.group("n"))
        # the noun right after its count, in the plural a count of two or more asks for (no date's
        # "4 through", no "17 de"): "3 canciones", "6 cervezas", "2 pratos", "4 lessons"
        if n >= 2 and word.endswith("s") and _stem(word) in nouns and (n, _stem(word)) not in units:
            return True
    return False
