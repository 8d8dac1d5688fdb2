"""A stretch of time that heads a text or a line: the offer's length.

"Cinco días de panamá: -20 %", "Two weeks of pickup: your bundle for $36", "Dez dias de açaí 🍇",
"Un mes de descuentos!": a count of days, weeks or months that opens its field (or the sentence
after a stop or an emoji), optionally with what it is "of", and stands set apart by a colon,
a bang, a dash, an emoji or the end of the line, names what the copy sells for that long — the
offer. It is held as a claim that the offer lasts that long (``long``, as "for two weeks, 25 %
off" in time_left.py): two weeks said of a three-day offer is wrong.

Not read here: a count inside prose ("durante 3 días de taller", "you have 14 days to return it"),
or one followed by a price ("7 días de spa por 90 €": what the price buys, see urgency.product_time).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled
from studio.consistency.time_left import SMALL_NUMBERS
from studio.prefilter import may_match

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: larger counts in words (SMALL_NUMBERS keeps one to six)
_MORE_NUMBERS = {
    "siete": 7, "seven": 7, "sete": 7, "ocho": 8, "eight": 8, "oito": 8, "nueve": 9, "nine": 9,
    "nove": 9, "diez": 10, "ten": 10, "dez": 10, "quince": 15, "fifteen": 15, "quinze": 15,
}  # fmt: skip
#: the units and their days
_UNITS = {
    "es": {"días": 1, "dias": 1, "semanas": 7, "semana": 7, "meses": 30, "mes": 30},
    "pt": {"dias": 1, "semanas": 7, "semana": 7, "meses": 30, "mês": 30, "mes": 30},
    "en": {"days": 1, "weeks": 7, "week": 7, "months": 30, "month": 30},
}
_ONLY = r"solo|sólo|only|just|só|so|apenas|nomás"
_OF = r"de|del|of|do|da|dos|das"


def _numbers() -> dict[str, int]:
    return {**SMALL_NUMBERS, **_MORE_NUMBERS}


@lru_cache(maxsize=8)
def _pattern(language: str) -> regex.Pattern[str]:
    """A unit of time: the cheap trigger, run over the text (the count before it is read after)."""
    units = sorted(_UNITS[language], key=len, reverse=True)
    return compiled.pattern(rf"(?<!\w)(?P<unit>{'|'.join(units)})(?!\w)", _FLAGS)


@lru_cache(maxsize=1)
def _count_before() -> regex.Pattern[str]:
    words = sorted((w for w in _numbers() if len(w) > 1), key=len, reverse=True)
    return compiled.pattern(
        rf"(?<!\w)(?:(?:{_ONLY})[^\S\n]+)?(?P<n>\d{{1,2}}|{'|'.join(words)})[^\S\n]+\Z", _FLAGS
    )


#: after the unit, what it is "of" (a word or two in lower case: "de panamá", "of pickup", not a
#: name), then a colon, a bang, a dash, an emoji or the end of the line
_TAIL = compiled.pattern(
    rf"(?:[^\S\n]+(?:{_OF})[^\S\n]+\p{{Ll}}[\p{{L}}-]*(?:[^\S\n]+\p{{Ll}}[\p{{L}}-]*)?)?"
    r"(?=[^\S\n]*(?:[:!–—]|\p{So}|\n|\Z))",
    regex.VERSION1,
)
#: what may stand right before the stretch: nothing, a sentence stop, an emoji (a line of a list,
#: "3 meses de garantía", is not read)
_HEAD = compiled.pattern(r"(?:\A|[.!?¡¿]|\p{So}\uFE0F?)[^\S\n]*\Z")


def _at_head(text: str, start: int) -> bool:
    return bool(_HEAD.search(text, max(0, start - 8), start)) if start else True


def head_stretch_claims(text: str, language: str) -> list[tuple[int, int, float, str]]:
    """(start, end, days, "long") of every stretch heading a text or a line (see the module docstring)."""
    if language not in _UNITS:
        return []
    pattern = _pattern(language)
    if not may_match(pattern, text):
        return []
    out: list[tuple[int, int, float, str]] = []
    for u in pattern.finditer(text):
        count = _count_before().search(text, max(0, u.start() - 30), u.start())
        tail = _TAIL.match(text, u.end()) if count else None
        if count is None or tail is None or not _at_head(text, count.start()):
            continue
        raw = count.group("n").casefold()
        n = int(raw) if raw.isdigit() else _numbers().get(raw, 0)
        per = _UNITS[language][u.group("unit").casefold()]
        if n < 1 or (per == 1 and n < 2):
            continue  # "un día": one calendar day, read by the claim patterns
        out.append((count.start(), tail.end(), float(n * per), "long"))
    return out
