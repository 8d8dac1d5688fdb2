"""The offer's phase said with no date: it starts, it ends, it is in its final stretch, it runs this
weekend — held against the window at the clock.

Three shapes, in Spanish, Portuguese and English (each a :class:`ClockClaim`):

- a verb of starting in the present, at the head of its clause, whose subject is the offer: an offer
  word ("Arranca la promo") or a capitalised name from the sheet's own message ("Empieza la Semana
  de la Huerta", "Harvest Week kicks off", "Começa a Semana da Horta") — true from the day before the
  start to the day after it, and never on the last day of a longer offer (``starts_now``); with "next
  week" after it ("it starts next week", "empieza la semana que viene"), true when the start falls in
  the coming Monday-to-Sunday week (``starts_next_week``);
- a verb of ending in the present ("Se acaba la Semana de la Huerta", "Harvest Week is ending",
  "Termina a Semana da Horta") or the final stretch of a named offer ("Recta final de la Semana de la
  Huerta", "Final stretch of Harvest Week"): the offer's last stretch (``stretch``: it has started and
  at most its last third, or its last three days, is left);
- a weekend named as the offer's time ("This weekend, Mon 11/29: 10 visits for $69", "Este finde, 30 %
  off", "30% off this weekend", "Neste fim de semana, 30% off"): false when the window touches no
  Saturday or Sunday (``weekend``).

A time after the verb ("empieza el lunes", "ends Sunday", "arranca mañana") is another reading's (a
date, a coming weekday, tomorrow): the claims here have none. A subject that is no offer ("Se acaba
el verano", "Arranca la temporada de lluvias") is no claim.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import regex

from studio import compiled
from studio.consistency.clock import ClockClaim
from studio.consistency.facts import _fold
from studio.prefilter import may_match

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: a verb of starting in the present, after its subject or before it
_STARTS = (
    r"(?:arranca|empieza|comienza|inicia|se\s+inicia|da\s+inicio|abre|come[çc]a|inicia|"
    r"starts|begins|kicks\s+off|is\s+starting|is\s+kicking\s+off)"
)
#: a verb of ending in the present
_ENDS = (
    r"(?:se\s+(?:nos\s+|les\s+|te\s+|os\s+)?(?:acaba|termina|despide|va|cierra|encerra)|termina|acaba|finaliza|"
    r"est[aá]\s+(?:terminando|acabando)|se\s+est[aá]\s+(?:acabando|terminando)|llega\s+a\s+su\s+fin|"
    r"chega\s+ao\s+fim|encerra|"
    r"ends|is\s+ending|is\s+wrapping\s+up|wraps\s+up|is\s+closing|is\s+winding\s+down|winds\s+down)"
)
#: a final stretch, of something named after it
_STRETCH = (
    r"(?:recta\s+final|reta\s+final|tramo\s+final|[úu]ltimo\s+tramo|final\s+stretch|home\s+stretch)"
    r"\s+(?:de|del|da|do|of)"
)
#: "next week" after a verb of starting
_NEXT_WEEK = (
    r"(?:la\s+semana\s+que\s+viene|la\s+pr[oó]xima\s+semana|(?:na\s+)?semana\s+que\s+vem|"
    r"na\s+pr[oó]xima\s+semana|next\s+week)"
)
#: this (or the coming) weekend
_THIS_WEEKEND = (
    r"(?:this|next|este|esta|neste|nesse|este\s+pr[oó]ximo|el\s+pr[oó]ximo|o\s+pr[oó]ximo|no\s+pr[oó]ximo)"
    r"\s+(?:fin\s+de\s+semana|finde|fim\s+de\s+semana|final\s+de\s+semana|weekend|wknd)"
    # "el finde que viene", "o fim de semana que vem"
    r"|(?:el|o)\s+(?:fin\s+de\s+semana|finde|fim\s+de\s+semana|final\s+de\s+semana)\s+que\s+(?:viene|vem)"
)
#: an offer word as a subject
_OFFER_NOUN = compiled.pattern(
    r"\b(?:promo\w*|ofertas?|descuentos?|descontos?|rebajas|liquida\w*|sale|deal|offer|discount|preventa|"
    r"pr[eé]-?venda|presale|pre-sale)\b",
    _FLAGS,
)
#: an offer's figure or code word
_FIGURE = compiled.pattern(
    r"%|[$€£]\s?\d|\d\s?(?:€|reais|pesos|euros)|\b(?:c[oó]digo|code|cupom|cup[oó]n|coupon|off)\b", _FLAGS
)
#: where the subject after a verb stops: a stop, a preposition of place or company, an emoji
_SUBJECT_STOP = compiled.pattern(
    r"[.,;:!?¡¿\n()–—|]|\p{So}|\s-\s|\s(?:en|at|in|em|na|no|con|com|with|por|for|hasta|until|at[eé]|y|and|e)\s",
    _FLAGS,
)
#: a time said after the verb: the claim is another reading's (a date, a day, tomorrow, soon)
_TIME_AFTER = compiled.pattern(
    r"\d|\b(?:hoy|hoje|today|tonight|ma[ñn]ana|amanh[ãa]|tomorrow|pronto|soon|breve|pr[oó]xim\w*|next|"
    r"que\s+viene|que\s+vem|esta\s+noche|esta\s+noite|medianoche|meia-noite|midnight|domingo|lunes|"
    r"martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|segunda|ter[çc]a|quarta|quinta|sexta|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|weekend|finde|fin\s+de\s+semana|fim\s+de\s+semana|"
    r"ayer|ontem|yesterday|(?-i:semana|week)|cuando|when|quando|once|hasta|until|till|at[eé])\b",
    _FLAGS,
)
#: what opens a clause: a stop, a colon, a label, an emoji
_CLAUSE_BREAK = compiled.pattern(r"[.!?:;\n¡¿(]|\p{So}|\s[-–—|]\s")
#: the days a final stretch stands for at least (the window's last third when longer)
STRETCH_DAYS = 3.0
#: most words between a weekend and the offer's figure in its clause
_WEEKEND_REACH = 4


@lru_cache(maxsize=1)
def _shapes() -> tuple[tuple[regex.Pattern[str], str], ...]:
    shapes = (
        (rf"(?:{_THIS_WEEKEND})\s*,?\s+{_ENDS_PLURAL}", "weekend_end"),
        (rf"{_STARTS}\s+{_NEXT_WEEK}", "next_week"),
        (_STARTS, "starts"),
        (_ENDS, "ends"),
        (_STRETCH, "stretch"),
        (_THIS_WEEKEND, "weekend"),
    )
    return tuple(
        (compiled.pattern(rf"(?<!\w)(?:{p})(?!\w){_NOT_A_PHASE if kind in _VERBS else ''}", _FLAGS), kind)
        for p, kind in shapes
    )


#: after a verb, what makes it no phase of the offer: "acaba de llegar", "ends up", "empieza con"
_NOT_A_PHASE = r"(?!\s+(?:de|por|up|with|con|com|by|in|em)\b)"
_VERBS = frozenset({"starts", "ends", "weekend_end"})
#: a verb of ending, singular or plural, its subject a pronoun or after it: "se acaban", "it ends"
_ENDS_PLURAL = (
    r"(?:se\s+(?:nos\s+|les\s+|te\s+|os\s+)?(?:acaba|termina|cierra|encerra|despide)n?|terminan?|acaban?|"
    r"finalizan?|terminam|acabam|encerram|(?:it\s+|they\s+)?(?:ends?|is\s+ending|are\s+ending|wraps?\s+up))"
)


@lru_cache(maxsize=4096)
def phase_claims(text: str, language: str, words: frozenset[str]) -> tuple[ClockClaim, ...]:
    """Every claim of the module docstring in ``text``, read once per text (a keystroke re-reads
    only what changed); ``words`` are the folded words of the sheet's own message (a capitalised
    name among them is the offer's)."""
    if language not in ("es", "pt", "en"):
        return ()
    out: list[ClockClaim] = []
    taken: list[tuple[int, int]] = []
    for pattern, kind in _shapes():
        if not may_match(pattern, text):  # none of the words it needs (studio.prefilter)
            continue
        for m in pattern.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            claim = _READERS[kind](text, m, words)
            if claim is not None:
                out.append(claim)
                taken.append((m.start(), m.end()))
    return tuple(out)


def _clause_head(text: str, start: int) -> str:
    """The words of the clause before ``start``."""
    return _CLAUSE_BREAK.split(text[max(0, start - 80) : start])[-1]


def _names_offer(phrase: str, words: frozenset[str], *, opens: bool = False) -> bool:
    """Whether a subject names the offer: an offer word, or a capitalised word of the sheet's message
    (when the phrase ``opens`` its clause, not its first word: any word is capitalised there)."""
    if _OFFER_NOUN.search(phrase):
        return True
    found = regex.findall(r"\p{L}+", phrase)[1 if opens else 0 :]
    return any(len(w) >= 4 and w[0].isupper() and _fold(w) in words for w in found)


def _subject_after(text: str, end: int) -> tuple[str, int]:
    """The subject after a verb, up to a stop or a preposition, and where it ends."""
    stop = _SUBJECT_STOP.search(text, end, min(len(text), end + 80))
    stop_at = stop.start() if stop else min(len(text), end + 80)
    return text[end:stop_at], stop_at


def _rest_of_sentence(text: str, end: int) -> str:
    """The sentence after ``end``, its figures and codes left out (their digits are no time)."""
    rights = [i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0]
    return _FIGURES.sub(" ", text[end : min(rights) if rights else len(text)])


#: prices, percentages and codes, whose digits say no time
_FIGURES = compiled.pattern(
    r"(?:R\$|US\$|MX\$|[$€£])\s?\d[\d.,]*|\d[\d.,]*\s?(?:%|€|reais|pesos|euros)|(?-i:\b\p{Lu}+\d+\b)", _FLAGS
)


def _verb_claim(text: str, m: regex.Match[str], words: frozenset[str]) -> tuple[int, int, str] | None:
    """The span of a verb of starting or ending whose subject (before it, opening the clause; or after
    it, the verb opening the clause) is the offer, and when it says ("now", or "today" / "tomorrow"
    right after the verb); None with another time after it."""
    when = _WHEN.match(text, m.end())
    said = "now" if when is None else ("today" if when.group("today") else "tomorrow")
    after = m.end() if when is None else when.end()
    head = _ALREADY.sub("", _clause_head(text, m.start()))  # "Ya llegó …", "Finally, Harvest Week is here"
    if when is None and _TODAY_BEFORE.fullmatch(head):  # "Hoy arranca el aniversario": today, before it
        subject, end = _subject_after(text, after)
        if not (_names_offer(subject, words) or _sheet_noun(subject, words)) or _TIME_AFTER.search(subject):
            return None
        return (
            None
            if _TIME_AFTER.search(_rest_of_sentence(text, end))
            else (m.start() - len(head.lstrip()), end, "today")
        )
    if regex.search(r"\p{L}", head):  # a subject before the verb: a few words, the offer's
        if len(regex.findall(r"\p{L}+", head)) > 5 or not _names_offer(head, words, opens=True):
            return None
        if regex.search(r"\b(?:no|not|n[aã]o|nunca|never|if|si|se|when|cuando|quando)\b", head, _FLAGS):
            return None
        if _TIME_AFTER.search(_rest_of_sentence(text, after)):
            return None
        return m.start() - len(head.lstrip()), after, said
    subject, end = _subject_after(text, after)
    if not _names_offer(subject, words) or _TIME_AFTER.search(subject):
        return None
    if _TIME_AFTER.search(_rest_of_sentence(text, end)):
        return None
    return m.start(), end, said


#: "already", "finally" at the end of a clause's head: no subject
_ALREADY = compiled.pattern(
    r"(?:(?<!\w)(?:ya|j[aá]|already|now|ahora|agora|finally|por\s+fin|al\s+fin|enfim|finalmente)[\s,]*)+\Z",
    _FLAGS,
)
#: "today" or "tomorrow" right after a verb: "Harvest Week starts today", "Arranca mañana la Semana"
_WHEN = compiled.pattern(
    r"[^\S\n]+(?:(?P<today>hoy|hoje|today|tonight|esta\s+noche|esta\s+noite)|ma[ñn]ana|amanh[ãa]|tomorrow)(?!\w)",
    _FLAGS,
)


#: "today" heading a clause before its verb ("Hoy arranca …", "Today kicks off …")
_TODAY_BEFORE = compiled.pattern(r"[\s\"'«“]*(?:hoy|hoje|today)[\s,]*", _FLAGS)
#: a determiner before the noun a verb's subject opens with
_DETERMINED = compiled.pattern(
    r"[^\S\n]*(?:el|la|los|las|o|a|os|as|the|our|nuestro|nuestra|nosso|nossa)[^\S\n]+(?P<noun>\p{L}{4,})",
    _FLAGS,
)


def _sheet_noun(subject: str, words: frozenset[str]) -> bool:
    """Whether a subject opens with a determiner and a noun of the sheet's own message, in lower case
    ("el aniversario" when the headline says "Aniversario Tinajero")."""
    m = _DETERMINED.match(subject)
    return m is not None and _fold(m.group("noun")) in words


def _weekend_end(text: str, m: regex.Match[str], words: frozenset[str]) -> ClockClaim | None:
    """ "Este finde se acaban", "This weekend it ends": the offer's end said as the coming weekend,
    the weekend opening its clause, the verb's subject none, a pronoun or the offer."""
    if regex.search(r"\p{L}", _ALREADY.sub("", _clause_head(text, m.start()))):
        return None
    subject, end = _subject_after(text, m.end())
    if _TIME_AFTER.search(subject) or (regex.search(r"\p{L}", subject) and not _names_offer(subject, words)):
        return None
    return ClockClaim(m.start(), end, 2.0, "ends_this_weekend")


def _starts(text: str, m: regex.Match[str], words: frozenset[str]) -> ClockClaim | None:
    claim = _verb_claim(text, m, words)
    if claim is None:
        return None
    start, end, said = claim
    return ClockClaim(
        start, end, 1.0, {"now": "starts_now", "today": "starts_today"}.get(said, "starts_tomorrow")
    )


def _next_week(text: str, m: regex.Match[str], words: frozenset[str]) -> ClockClaim | None:
    """ "It starts next week", "La Semana de la Huerta empieza la semana que viene": a subject that is
    a pronoun or the offer, or none, at the head of its clause."""
    head = _clause_head(text, m.start())
    if regex.search(r"\b(?:no|not|n[aã]o|never|nunca|if|si|when|cuando|quando)\b", head, _FLAGS):
        return None
    pronoun = regex.fullmatch(
        r"[\s\W]*(?:(?:heads\s+up|ojo|atenci[oó]n|aten[çc][aã]o)\W+)?(?:it|this|esto|isso|isto)?\s*",
        head,
        _FLAGS,
    )
    if pronoun is None and not _names_offer(head, words, opens=True):
        return None
    return ClockClaim(m.start(), m.end(), 7.0, "starts_next_week")


def _ends(text: str, m: regex.Match[str], words: frozenset[str]) -> ClockClaim | None:
    claim = _verb_claim(text, m, words)
    if claim is None:
        return None
    start, end, said = claim
    if said == "now":
        return ClockClaim(start, end, STRETCH_DAYS, "stretch")
    return ClockClaim(start, end, 1.0, "ends_today" if said == "today" else "ends_tomorrow")


def _stretch(text: str, m: regex.Match[str], words: frozenset[str]) -> ClockClaim | None:
    """ "Recta final de la Semana de la Huerta": the stretch of a named offer."""
    subject, end = _subject_after(text, m.end())
    if not _names_offer(subject, words) or _TIME_AFTER.search(subject):
        return None
    return ClockClaim(m.start(), end, STRETCH_DAYS, "stretch")


def _weekend(text: str, m: regex.Match[str], words: frozenset[str]) -> ClockClaim | None:
    """A weekend bound to the offer's figure in its clause: a few words at most between them and no
    verb of another thing ("This weekend we host a tasting")."""
    del words
    clause_end = regex.search(r"[.;!?\n]", text[m.end() :])
    after = text[m.end() : m.end() + clause_end.start() if clause_end else len(text)]
    before = regex.split(r"[.;!?\n:]", text[: m.start()])[-1]
    figure_after = _FIGURE.search(after)
    if figure_after is not None and _few_words(after[: figure_after.start()]):
        return ClockClaim(m.start(), m.end(), 2.0, "weekend")
    figure_before = list(_FIGURE.finditer(before))
    if figure_before and _few_words(before[figure_before[-1].end() :]):
        return ClockClaim(m.start(), m.end(), 2.0, "weekend")
    return None


def _few_words(between: str) -> bool:
    """Whether the words between a weekend and a figure are few and no pronoun subject of a verb."""
    found = regex.findall(r"\p{L}+", between)
    pronouns = r"we|you|they|i|nosotros|ustedes|vosotros|n[oó]s|voc[eê]s?|eles|vamos"
    return len(found) <= _WEEKEND_REACH and not any(regex.fullmatch(pronouns, w, _FLAGS) for w in found)


_READERS = {
    "weekend_end": _weekend_end,
    "next_week": _next_week,
    "starts": _starts,
    "ends": _ends,
    "stretch": _stretch,
    "weekend": _weekend,
}


def phase_wrong(measure: str, now: datetime, first: datetime, last: datetime, zone: str) -> bool | None:
    """Whether a claim read here is false at ``now`` for an offer from ``first`` to ``last`` (calendar
    days in ``zone``); None for a measure held elsewhere (``stretch``: date_findings.claim_contradicts)."""
    tz = ZoneInfo(zone)
    day, start, end = now.astimezone(tz).date(), first.astimezone(tz).date(), last.astimezone(tz).date()
    if measure == "starts_now":
        return not start - timedelta(days=1) <= day <= start + timedelta(days=1) or (start < day == end)
    if measure == "starts_next_week":
        return start.isocalendar()[:2] != (day + timedelta(days=7)).isocalendar()[:2]
    if measure == "weekend":
        return not _has_weekend_day(start, end)
    if measure == "ends_this_weekend":  # false when the offer ends on a weekday before that weekend
        saturday = (
            day + timedelta(days=(5 - day.weekday()) % 7) if day.weekday() < 6 else day - timedelta(days=1)
        )
        return end < saturday - timedelta(days=1)
    return None


def _has_weekend_day(start: date, end: date) -> bool:
    days = (end - start).days + 1
    return days >= 7 or any((start + timedelta(days=i)).weekday() >= 5 for i in range(days))
