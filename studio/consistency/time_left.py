"""Claims that are true or false only at the clock: what is left of the offer and when it ends.

What such a claim says is held against what is true at the send date (days left, the day it ends),
not against the window's length:

- "Se acaba hoy", "termina hoy", "ends today", "acaba hoje" (``ends_today``): the offer's last day
  is today, true on that day of an offer of any length (:func:`ends_today_wrong`);
- "mañana es el último día", "amanhã é o último dia", "tomorrow is the final day": the last day is
  tomorrow, held as ``ends_tomorrow`` (:func:`urgency.start_claim_wrong`);
- a count in weeks of the time left ("faltan dos semanas", "ainda faltam duas semanas", "2 weeks
  left"): rounded to whole weeks, so half a week either way (:func:`weeks_left_wrong`);
- the time the reader still has ("aún tienes dos semanas", "você ainda tem 3 dias", "you still have
  two weeks", "tienen 5 días para aprovechar"): a count of the time left (:func:`have_left_claims`);
  "aún tienes toda la semana", "ainda dá tempo o mês todo": at least half that period is left;
- the offer said to run for a stretch ("durante dos semanas sigue la promo", "por três dias, 20%
  off", "for two weeks, 25% off"): the offer lasts that long (``long``, :func:`lasting_claims`).

Not claims: what the reader has to do another thing ("tienes 30 días para devolverlo", "you have 14
days to return it"), a stretch said of a product ("durante 3 días de taller", "for 2 weeks after
purchase").
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import regex

from studio import compiled

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: "still" before a verb of having ("aún tienes", "ainda tem", "still have")
_STILL = {
    "es": r"a[uú]n|todav[ií]a|toda(?:v[ií]a)?\s+a[uú]n",
    "pt": r"ainda",
    "en": r"still",
}
#: the reader has: "tienes", "tienen", "tenés", "têm", "you have", "you've got"
_HAVE = {
    "es": r"tienes|tienen|ten[eé]s|tiene|tenemos|hay",
    "pt": r"tem|t[eê]m|tens|temos|h[aá]",
    "en": r"(?:you|we)(?:\s+(?:still\s+)?(?:have|got)|['’]ve\s+(?:still\s+)?got)|have|got",
}
#: the reader has it without "still" when a verb of taking the offer follows ("tienes dos semanas
#: para aprovechar", "you have two weeks to grab it")
_HAVE_BARE = {
    "es": r"tienes|tienen|ten[eé]s|ten[eé]is",
    "pt": r"voc[eê]s?\s+t[eê]m|tens",
    "en": r"you(?:\s+have|['’]ve\s+got)",  # "you've": the contraction has no space
}
_TO_TAKE = {
    "es": (
        r"para\s+(?:aprovechar|canjear|usar\s+(?:el|tu|su)\s+c[oó]digo|pedir|agendar|reservar|apartar|"
        r"comprar|decidir\w*|usar(?:lo|la|los|las)?)"
    ),
    "pt": r"(?:para|pra)\s+(?:decidir|aproveitar|"
    r"garantir|usar\s+o\s+cupom|agendar|reservar|comprar|se\s+matricular|us[aá]-l[oa]s?|usar)",
    "en": r"to\s+(?:decide|make\s+up\s+your\s+mind|"
    r"take\s+advantage|grab|claim|save|use\s+(?:the|your)\s+code|book|shop|redeem|use\s+(?:it|them))",
}
#: using what the offer sells ("para usarlo", "pra usá-lo", "to use it"): taking the offer, unless the
#: copy has the reader buy it first ("compra hoy y tienes 30 días para usarlo": what it bought keeps)
#: or counts the time from a purchase ("para usarlo desde la compra")
_TO_USE = compiled.pattern(
    r"(?:para|pra)\s+us(?:ar(?:lo|la|los|las)?|[aá]-l[oa]s?)|to\s+use\s+(?:it|them)(?!\w)", _FLAGS
)
_USE_COUNTED_FROM = compiled.pattern(
    r"\s+(?:desde|a\s+partir|despu[eé]s|tras|ap[oó]s|depois|after|from|within)\b", _FLAGS
)
_BOUGHT_BEFORE = compiled.pattern(
    r"\b(?:compr\w*|adquier\w*|adquir\w*|buy|bought|purchas\w*|get\s+it)\b", _FLAGS
)
#: small counts in words, one to six (Spanish, Portuguese, English): the table the claim readers share
#: (claims.py keeps one to five, ending.py adds larger ones)
SMALL_NUMBERS = {
    "un": 1, "una": 1, "uno": 1, "one": 1, "a": 1, "um": 1, "uma": 1, "dos": 2, "two": 2, "dois": 2,
    "duas": 2, "tres": 3, "three": 3, "três": 3, "cuatro": 4, "four": 4, "quatro": 4, "cinco": 5,
    "five": 5, "seis": 6, "six": 6,
}  # fmt: skip
_UNITS = {
    "es": (r"d[ií]as?", r"semanas?"),
    "pt": (r"dias?", r"semanas?"),
    "en": (r"days?", r"weeks?"),
}
#: a count said whole, before its unit ("two full weeks") or after it ("dos semanas enteras")
_WHOLE_BEFORE = r"(?:full|whole|entire|complete)"
_WHOLE_AFTER = r"(?:enter[oa]s|complet[oa]s|inteir[oa]s|cheios|cheias)"
#: a whole week still ahead: "toda la semana", "a semana toda", "all week", "the whole week"
_WHOLE_WEEK = {
    "es": r"toda\s+la\s+semana|la\s+semana\s+(?:entera|completa)",
    "pt": r"toda\s+a\s+semana|a\s+semana\s+(?:toda|inteira)",
    "en": r"all\s+week(?:\s+long)?|the\s+(?:whole|entire)\s+week",
}
#: time ahead: "dos semanas por delante", "duas semanas pela frente", "two weeks ahead of you"
_AHEAD = {
    "es": r"por\s+delante",
    "pt": r"pela\s+frente|por\s+diante",
    "en": r"ahead\s+of\s+(?:you|us)|still\s+ahead",
}
#: a count and a unit of time after "for"/"por" ("for six weeks", "por 3 días"): how long, not a purpose
DURATION = compiled.pattern(
    r"(?:\d+[^\S\n]*-?[^\S\n]*|\p{L}+(?:[^\S\n]+|-))(?:d[ií]as?|days?|semanas?|weeks?|mes(?:es)?|months?|"
    r"m[eê]s(?:es)?|horas?|hours?|a[ñn]os?|anos?|years?)\b"
)
#: "durante", "por", "for" before a stretch of days or weeks
_FOR = {"es": r"durante", "pt": r"durante|por", "en": r"for"}
#: after the stretch, what makes it another thing's: "durante 3 días de taller", "for 2 weeks after"
_NOT_THE_OFFERS = (
    r"\s*(?:de\s+(?!descuento|ofertas?|promo)\p{L}|do\s|da\s|of\s|after|from|desde|tras|despu[eé]s|"
    r"depois|ap[oó]s|a\s+partir|seguid[oa]s|consecutiv|straight|in\s+a\s+row|antes|before)"
)
#: what may stand before a stretch at the head of its clause: "Te contamos que durante dos semanas"
_OPENERS = frozenset({"que", "y", "e", "and", "so", "então", "entonces", "pues"})
#: an offer word, a price or a percentage in the sentence
_OFFER = compiled.pattern(
    r"%|[$€£]\s?\d|\d\s?(?:€|reais|pesos|euros)|\b(?:descuentos?|desconto|discount|off|ofertas?|offers?|deals?|"
    r"sale|promo\w*|precios?|preços?|prices?|c[oó]digo|code|cup[oó]n|cupom|coupon|rebajas?|liquida\w*)\b",
    _FLAGS,
)


def ends_today_wrong(day: date, start: date, end: date) -> bool:
    """Whether "se acaba hoy" / "ends today" is false at the send date ``day`` for an offer from
    ``start`` to ``end``: true on its last day; before a one-day offer starts, its copy is read on
    that day (as "solo hoy" is)."""
    return not (day == end or (day < start and start == end))


def weeks_left_wrong(days: float, left: float) -> bool:
    """Whether a count of weeks left ("faltan dos semanas") is false with ``left`` days to run (the
    whole window before the start): counted in whole weeks, half a week more is still that count,
    and much less (below half of it) is not."""
    return not days - days / 2 <= left <= days + 3.5


def have_left_wrong(days: float, left: float) -> bool:
    """Whether "aún tienes toda la semana" is false: less than half the period is left."""
    return left < days / 2


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else SMALL_NUMBERS.get(word.casefold())


@lru_cache(maxsize=8)
def _shapes(language: str) -> tuple[regex.Pattern[str], ...]:
    words = [w for w in SMALL_NUMBERS if w != "a" or language == "en"]  # "a semana": an article
    numbers = r"\d{1,2}|" + "|".join(sorted(words, key=len, reverse=True))
    day_unit, week_unit = _UNITS[language]
    # "two full weeks", "dos semanas enteras", "duas semanas inteiras": the count said whole
    count = (
        rf"(?P<n>{numbers})[^\S\n]+(?:{_WHOLE_BEFORE}[^\S\n]+)?(?:(?P<d>{day_unit})|(?P<w>{week_unit}))(?!\w)"
        rf"(?P<wa>[^\S\n]+{_WHOLE_AFTER}(?!\w))?"
    )
    still, have, bare = _STILL[language], _HAVE[language], _HAVE_BARE[language]
    return (
        # "aún tienes dos semanas", "ainda faltam duas semanas", "you still have 3 days"
        compiled.pattern(
            rf"(?<!\w)(?:(?:{still})[^\S\n]+(?:{have})|(?:{have})[^\S\n]+(?:{still}))[^\S\n]+"
            rf"(?:(?P<whole>{_WHOLE_WEEK[language]})|(?:{count}))(?!\w)",
            _FLAGS,
        ),
        # "tienes dos semanas para aprovechar", "you have 5 days to grab it"
        compiled.pattern(rf"(?<!\w)(?:{bare})[^\S\n]+{count}[^\S\n]+(?:{_TO_TAKE[language]})(?!\w)", _FLAGS),
        # "durante dos semanas sigue la promo", "for two weeks, 25% off"
        compiled.pattern(rf"(?<!\w)(?P<for>{_FOR[language]})[^\S\n]+{count}", _FLAGS),
        # "tenés toda la semana", "you have all week", "você tem a semana toda": the reader's whole week
        compiled.pattern(rf"(?<!\w)(?:{bare})[^\S\n]+(?P<had>{_WHOLE_WEEK[language]})(?!\w)", _FLAGS),
        # "tienes dos semanas, con un 25 %", "dos semanas por delante", "two weeks ahead of you": the time
        # the reader has, in a sentence that names the offer
        compiled.pattern(
            rf"(?<!\w)(?:(?P<bare>{bare})[^\S\n]+{count}|{count}[^\S\n]+(?P<ahead>{_AHEAD[language]}))(?!\w)",
            _FLAGS,
        ),
    )


def have_left_claims(text: str, language: str) -> list[tuple[int, int, float, str]]:
    """(start, end, days, measure) of the claims of the module docstring in ``text``."""
    if language not in _STILL:
        return []
    out: list[tuple[int, int, float, str]] = []
    for pattern in _shapes(language):
        for m in pattern.finditer(text):
            if m.groupdict().get("whole"):
                out.append((m.start(), m.end(), 7.0, "have_left"))
                continue
            if m.groupdict().get("had"):
                if reader_has_it(
                    text, m.start("had"), m.end(), language
                ):  # not a question, nor for another thing
                    out.append((m.start(), m.end(), 7.0, "have_left"))
                continue
            n = _number(m.group("n"))
            if not n:
                continue
            days = float(n * 7 if m.group("w") else n)
            if m.groupdict().get("for"):
                if n < 2 or _stretch_of_another_thing(text, m.start(), m.end()):
                    continue
                out.append((m.start(), m.end(), days, "long"))
                continue
            if m.groupdict().get("ahead"):
                if regex.match(_NOT_THE_OFFERS, text[m.end() :], _FLAGS):
                    continue  # "dos semanas por delante de obras"
            # after "dos semanas enteras", what follows "semanas" ("… de Julho do Barista", the offer
            # named) is read as it is without the word
            elif _time_for_another_thing(text, m.start("wa") if m.group("wa") else m.end(), language):
                continue  # "aún tienes 30 días de prueba", "you still have 14 days to return it"
            if _use_of_a_purchase(text, m.start(), m.end()):
                continue  # "compra hoy y tienes 30 días para usarlo": what was bought keeps
            if (
                (m.groupdict().get("bare") or m.groupdict().get("ahead"))
                and not _OFFER.search(_sentence_of(text, m.start(), m.end()))
                and not _whole_sentence(text, m.start(), m.end())
            ):
                continue  # "tienes dos semanas de vacaciones": no offer in its sentence
            out.append((m.start(), m.end(), days, "left_weeks" if m.group("w") else "left_count"))
    return out


#: what may stand around a sentence that is only the time the reader has: a stop, an emoji, a line break
_SENTENCE_EDGE_BEFORE = compiled.pattern(r"(?:\A|[.!…\n]|\p{So})[\s\p{So}]*\Z", _FLAGS)
_SENTENCE_EDGE_AFTER = compiled.pattern(r"[^\S\n]*(?:[.!…]|\n|\Z)")


def _whole_sentence(text: str, start: int, end: int) -> bool:
    """Whether the time the reader has is its own sentence ("You've got 3 days.", "Tenés cinco
    días."): in promotional copy, the time left to take the offer."""
    return bool(_SENTENCE_EDGE_BEFORE.search(text[max(0, start - 20) : start] or "") or start == 0) and bool(
        _SENTENCE_EDGE_AFTER.match(text, end)
    )


def _use_of_a_purchase(text: str, start: int, end: int) -> bool:
    """Whether the time the reader has (``text[start:end]``) is to use what was bought, counted from
    the purchase: a verb of buying before it in its sentence, or a reckoning after the use verb."""
    use = _TO_USE.search(text, start, min(len(text), end + 40))
    if use is None or regex.search(r"[.!?\n]", text[start : use.start()]):
        return False
    before = text[max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1 : start]
    return bool(_USE_COUNTED_FROM.match(text, use.end()) or _BOUGHT_BEFORE.search(before))


def _sentence_of(text: str, start: int, end: int) -> str:
    left = max(text.rfind(ch, 0, start) for ch in ".!?\n")
    rights = [i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0]
    return text[left + 1 : min(rights) if rights else len(text)]


def _time_for_another_thing(text: str, end: int, language: str) -> bool:
    """Whether the time the reader has, ending at ``end``, is for another thing: a noun after it
    ("30 días de prueba") or a purpose that is not taking the offer ("para devolverlo")."""
    if regex.match(_NOT_THE_OFFERS, text[end:], _FLAGS):
        return True
    purpose = regex.match(r"[^\S\n]+(?:para|pra|to)\b", text[end:], _FLAGS)
    return purpose is not None and not regex.match(rf"[^\S\n]+(?:{_TO_TAKE[language]})", text[end:], _FLAGS)


def reader_has_it(text: str, start: int, end: int, language: str) -> bool:
    """Whether the period at ``start``-``end`` ("todo marzo") is what the reader has, to take the
    offer or with no purpose said: "(aún) tienes todo marzo (para pedir)", "tenés todo diciembre";
    not a time for another thing ("para devolverlo", "todo diciembre de clases") nor a question
    ("¿Tienes todo junio libre?")."""
    if language not in _HAVE_BARE:
        return False
    have = rf"(?<!\w)(?:(?:{_STILL[language]})[^\S\n]+)?(?:{_HAVE_BARE[language]})[^\S\n]+\Z"
    if not regex.search(have, text[max(0, start - 40) : start], _FLAGS):
        return False
    sentence_before = regex.split(r"[.!?\n]", text[:start])[-1]
    sentence_after = regex.split(r"[.!\n]", text[end:])[0]
    if "¿" in sentence_before or "?" in sentence_after:
        return False  # a question asks, it does not promise
    return not _time_for_another_thing(text, end, language)


def _stretch_of_another_thing(text: str, start: int, end: int) -> bool:
    """Whether "durante dos semanas" is said of another thing than the offer: a noun or a reckoning
    after it ("durante 3 días de taller", "for 2 weeks after purchase"), words before it in its clause
    (what the product does: "desbloqueia de graça por 30 dias"), or no offer in its sentence."""
    if regex.match(_NOT_THE_OFFERS, text[end:], _FLAGS):
        return True
    clause = regex.split(r"[.!?:;,(\n¡¿]", text[max(0, start - 60) : start])[-1]
    words = [w.casefold() for w in regex.findall(r"\p{L}+", clause)]
    if words and words[-1] not in _OPENERS:
        return True
    left = max(text.rfind(ch, 0, start) for ch in ".!?\n")
    rights = [i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0]
    return not _OFFER.search(text[left + 1 : min(rights) if rights else len(text)])


#: a price or a percentage: the offer's figure names the offer ("$48 family bowling starts tomorrow")
_FIGURE = compiled.pattern(
    r"\d\s?%|(?:R\$|US\$|MX\$|[$€£])\s?\d|\d\s?(?:€|reais|pesos|euros|d[oó]lares)\b", _FLAGS
)
#: "mañana es el", "amanhã é o", "tomorrow is the" right before "último día"
_TOMORROW_IS = compiled.pattern(
    r"(?<!\w)(?<!(?:la|esta|una|de|por|cada)\s)(?:ma[ñn]ana|amanh[ãa]|tomorrow)[^\S\n]*[,:–—-]?[^\S\n]+"
    # the verb may be left out, as in headlines and SMS ("Mañana, último día")
    r"(?:(?:es|é|e|is|será|sera|will\s+be|['’]s)[^\S\n]+)?(?:(?:el|o|the|nuestro|nosso|our|tu|seu|your)[^\S\n]+)?\Z",
    _FLAGS,
)


#: words that open another subject after the figure: "30% off today and your coverage starts"
_OTHER_SUBJECT = frozenset(
    {
        "y",
        "e",
        "and",
        "your",
        "tu",
        "tus",
        "su",
        "sus",
        "seu",
        "sua",
        "our",
        "nuestro",
        "nuestra",
        "nosso",
        "nossa",
    }
)


def offer_figure(clause: str) -> bool:
    """Whether the subject ending ``clause`` holds the offer's price or percentage ("2 weeks of $48
    family bowling" before "starts tomorrow"): the figure a few words before its end, no other
    subject opened after it ("30% off today and your coverage")."""
    figures = list(_FIGURE.finditer(clause))
    if not figures:
        return False
    after = [w.casefold() for w in regex.findall(r"\p{L}+", clause[figures[-1].end() :])]
    return len(after) <= 4 and not _OTHER_SUBJECT.intersection(after)


def tomorrow_is_last(text: str, start: int) -> bool:
    """Whether "último día" at ``start`` follows "mañana es el" ("Mañana es el último día")."""
    return bool(_TOMORROW_IS.search(text, max(0, start - 30), start))


#: a phrase set apart by commas: a comma before it (not after a weekday, a date or "el"/"o") and a
#: comma, a stop or the end of the line after it
_COMMA_BEFORE = compiled.pattern(r"(?<!\b\d{1,2}|/\d{1,4}|\b(?:el|la|o|a|the|de|do|da)),[^\S\n]*\Z", _FLAGS)
_SET_APART_AFTER = compiled.pattern(r"[^\S\n]*(?:[,.!;:…]|\n|\Z)")


def set_apart(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands set apart by commas in a list of the offer's terms
    ("Cupom X, último dia, válido até 30/9"), not after a day it names ("el sábado, último día")."""
    if not (_COMMA_BEFORE.search(text, max(0, start - 12), start) and _SET_APART_AFTER.match(text, end)):
        return False
    before = regex.findall(r"\p{L}+", text[max(0, start - 30) : start])
    return not (before and _weekday_or_tomorrow(before[-1]))


def _weekday_or_tomorrow(word: str) -> bool:
    folded = word.casefold()
    return folded in _day_words() or folded in _NEAR_DAYS


#: "tomorrow" and "today": a day named, as a weekday is
_NEAR_DAYS = frozenset({"mañana", "manana", "amanhã", "amanha", "tomorrow", "hoy", "hoje", "today"})


@lru_cache(maxsize=1)
def _day_words() -> frozenset[str]:
    from babel.dates import get_day_names

    names = {
        name.casefold()
        for lang in ("es", "pt", "en")
        for width in ("wide", "abbreviated")
        for name in get_day_names(width, locale=lang).values()
    }
    return frozenset(names | {n.split("-")[0] for n in names})  # "sexta-feira": "sexta"
