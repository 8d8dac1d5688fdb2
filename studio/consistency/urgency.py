"""Urgency claims the claim patterns of :mod:`studio.consistency.claims` do not read, and durations
that are a condition of the product or what it buys, not how long the offer lasts.

Claims (each with the days it promises and how it is measured, as :class:`claims.Claim`):

- a weekend named bare ("Weekend only", "solo fin de semana", "só fim de semana"): three days, four
  when it is a holiday's ("Labor Day weekend sale", "fin de semana de Carnaval");
- a long weekend ("solo este puente", "só neste feriadão", "this long weekend only", "solo el fin
  de semana largo"): four calendar days at most;
- a sale named after a (long) weekend ("ofertas de fin de semana", "promoção de feriadão",
  "weekend sale") or a headline opening on it ("Este puente: 30 %", "Neste feriadão, 30% off");
- "solo esta noche", "tonight only", "solo hasta hoy": one day;
- "only until tomorrow" ("solo hasta mañana", "só até amanhã", "válido hasta mañana", "vale até
  amanhã"): what is left of today and tomorrow, at the clock (the send date);
- "last chance" ("última oportunidad", "última chance", "last chance", "last call", "ends soon"):
  the offer is near its end at the clock, as "últimos días" is — false before the offer starts;
  "último día", "hoje é o último dia": the day of sending is the offer's last;
- the offer said to start today or tomorrow ("Empieza hoy", "Amanhã começa", "Starts tomorrow",
  "a partir de mañana", "a partir de hoy"): held against the send date (:func:`start_claim_wrong`).

"Last chance", "último día", a start and an opening period count only when they stand alone or
their sentence names the offer, and an ending or a start only when its subject, if any, is the
offer: "Last call for summer adventures", "el verano se acaba ya", "your coverage starts
tomorrow", "no lo dejes para el último día" are about something else.

Not claims:

- a duration after a threshold word: "coverage after 12 hours without your bags", "la cobertura
  empieza tras 6 horas de retraso", "reembolso depois de 12 horas" (a condition of the product);
- a whole period the price buys or the product lasts: "patinete o mês inteiro por R$ 64", "all
  month long for $19", "pase con acceso todo el mes" (the pass lasts the month, not the offer).
"""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import regex

from studio import compiled
from studio.consistency.time_left import ends_today_wrong, offer_figure, set_apart, tomorrow_is_last
from studio.prefilter import may_match

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: a weekend (singular: "fines de semana" recur)
_WEEKEND = {
    "es": ["fin de semana", "finde"],
    "en": ["weekend", "wknd", "wkend"],
    "pt": ["fim de semana", "final de semana", "fds"],
}
#: a long weekend, around a public holiday
_LONG_WEEKEND = {
    "es": [
        "puente",
        "fin de semana largo",
        "finde largo",
        "fin de semana festivo",
        "megapuente",
        "acueducto",
    ],
    "en": ["long weekend", "holiday weekend", "three-day weekend", "3-day weekend"],
    "pt": ["feriadão", "feriadao", "feriado prolongado", "fim de semana prolongado", "emenda de feriado"],
}
_ONLY_BEFORE = {
    "es": ["solo", "sólo", "solamente", "únicamente", "nada más", "exclusivamente", "nomás"],
    "en": ["only", "just"],
    "pt": ["só", "so", "somente", "apenas", "exclusivamente"],
}
_ONLY_AFTER = {
    "es": ["solamente", "únicamente", "nomás", "nada más"],
    "en": ["only"],
    "pt": ["somente", "apenas"],
}
#: "this", "the", "during the" before a (long) weekend
_THIS = {
    "es": ["este", "el", "durante el", "durante este", "por el", "por este", "en el", "en este"],
    "en": ["this", "the", "this coming", "for the", "for this", "during the", "over the"],
    "pt": ["este", "esse", "neste", "nesse", "no", "o", "durante o", "durante este", "nesse próximo"],
}
_UNTIL = {
    "es": ["hasta", "hasta el día de"],
    "en": ["until", "till", "through", "thru"],
    "pt": ["até", "ate"],
}
_TONIGHT = {"es": ["esta noche"], "en": ["tonight"], "pt": ["esta noite", "hoje à noite", "hoje a noite"]}
#: tomorrow, and its short forms in quick copy ("tmrw", "mñn", "amnh")
_TOMORROW = {
    "es": ["mañana", "manana", "mñn", "mñna"],
    "en": ["tomorrow", "tmrw", "tmw", "2morrow", "2moro"],
    "pt": ["amanhã", "amanha", "amnh", "amnhã"],
}
_TODAY = {
    "es": ["hoy", "esta noche"],
    "en": ["today", "tonight"],
    "pt": ["hoje", "hoje à noite", "esta noite"],
}
#: "last chance" (the offer is about to end)
_LAST_CHANCE = {
    "es": [
        "última oportunidad",
        "ultima oportunidad",
        "última llamada",
        "ultima llamada",
        "se acaba ya",
        "se termina ya",
        "está por terminar",
        "esta por terminar",
        "a punto de terminar",
        "a punto de acabar",
        "termina pronto",
        "acaba pronto",
        "ahora o nunca",
        "ahora o nunca más",
    ],
    "en": [
        "last chance",
        "final chance",
        "last call",
        "ends soon",
        "ending soon",
        "almost over",
        "final hours",
        "now or never",
    ],
    "pt": [
        "última chance",
        "ultima chance",
        "última oportunidade",
        "ultima oportunidade",
        "está acabando",
        "esta acabando",
        "quase acabando",
        "acaba logo",
        "termina logo",
        "agora ou nunca",
        "agora ou nunca mais",
    ],
}
#: "the last day" (singular: "últimos días" is read by the claim patterns)
_LAST_DAY = {
    "es": ["último día", "ultimo dia", "último dia"],
    "en": ["final day"],
    "pt": ["último dia", "ultimo dia"],
}
#: the package an offer sells, which names the offer as its noun does: "el último día del pack",
#: "Último fim de semana do pacote", "the bundle ends tonight" (a commercial bundle, not a thing)
PACKAGE = r"(?:packs?|bonos?|combos?|paquetes?|pacotes?|kits?|bundles?|abonos?)"
#: "el último día de la feria", "o último dia do mês": the last day of something else
_NOT_OF_ANOTHER = (
    r"(?!\s+(?:de|del|do|da|of)\s+(?!(?:la\s+|el\s+|a\s+|o\s+|the\s+|our\s+|nuestra\s+|nossa\s+)?"
    rf"(?:promo\w*|ofertas?|offer|sale|descuentos?|descontos?|rebajas|liquida\w*|campa\w*|{PACKAGE}\b|"
    # its figure: "último día del 10 %", "last day of 20% off", "último dia dos R$ 180"
    r"(?:(?:un|um|a)\s+)?[-−–]?\d{1,3}(?:[.,]\d+)?\s?%|(?:R\$|US\$|MX\$|[$€£])\s?\d)))"
)
#: a sale named after its period: "ofertas de fin de semana", "weekend sale"
_SALE_BEFORE = {
    "es": ["oferta", "ofertas", "promo", "promoción", "promociones", "descuento", "descuentos", "rebajas"],
    "en": [],
    "pt": ["oferta", "ofertas", "promo", "promoção", "promoções", "desconto", "descontos", "liquidação"],
}
_SALE_AFTER = {
    "es": [],
    "en": ["sale", "deal", "deals", "offer", "offers", "promo", "special", "specials", "discount"],
    "pt": [],
}
_PREPOSITIONS = r"de|del|do|da|para\s+el|para\s+o|por\s+el|no|en\s+el|de\s+este|deste|desse"
#: the "last chance" phrases that are a verb: their subject, if any, must be the offer
_ENDING_VERB = compiled.pattern(
    r"(?:se\s+acaba|se\s+termina|est[aá]\s+por|a\s+punto|termina|acaba|ends|ending|almost|est[aá]\s+acabando|"
    r"quase)\b",
    _FLAGS,
)
#: an offer word as the subject: "la promo termina pronto", "Sale ends soon", "a oferta está acabando"
_OFFER_SUBJECT = compiled.pattern(
    r"\b(?:promo\w*|ofertas?|offers?|deals?|sale|descuentos?|descontos?|discounts?|rebajas|liquida\w*|"
    r"precios?|preços?|prices?|c[oó]digo|code|cupom|cup[oó]n|coupon|campa\w+|it|this|esto|isso|isto|off|"
    # with its complements: "la promo de primavera", "the sale of the year"
    rf"{PACKAGE}|(?<=\d\s?)%)(?:\s+(?:de|del|da|do|of)\s+(?:(?:la|el|a|o|the)\s+)?\p{{L}}+){{0,2}}\W*\Z",
    _FLAGS,
)


def clause_before(text: str, start: int) -> str:
    """The words of ``start``'s clause before it (at most 60 characters back)."""
    # an emoji ends a clause in social copy ("… la misma hora 💁‍♀️ Mañana arranca")
    return regex.split(r"[.!?:;\n¡¿]|\p{So}", text[max(0, start - 60) : start])[-1]


def _other_subject(text: str, start: int) -> bool:
    """Whether words of the same clause before ``start`` name something else than the offer as
    the subject of its end ("el verano se acaba ya"); none at all ("Termina pronto: …") is the offer."""
    clause = clause_before(text, start)
    if not regex.search(r"\p{L}", clause) or offer_figure(clause):
        return False  # nothing, or the offer's figure: "Two weeks of $48 bowling start tomorrow"
    return not _OFFER_SUBJECT.search(clause.rstrip())


#: what may stand before "último día" for it to be a claim: nothing in its clause, or "hoy es el",
#: "hoje é o", "today is the", "es el"
_OPENS_LAST_DAY = compiled.pattern(
    r"(?:^|[.!?:;¡¿\n(]|\p{So})[\s\"'«“]*(?:(?:(?:hoy|hoje|today|ya|j[aá]|mañana|amanh[aã]|tomorrow)\s+)?"
    r"(?:es|é|e|is|será|sera|will\s+be)\s+(?:(?:el|o|the|nuestro|nosso|our|tu|seu|your)\s+)?"
    # "hoy último día", "Hoje, último dia", "Today: final day" (the verb left out, as in headlines and SMS)
    r"|(?:hoy|hoje|today|tonight|esta\s+noche|esta\s+noite|(?<!(?:la|esta|una|de|por)\s)ma[ñn]ana|amanh[aã]|tomorrow)"
    r"\s*[,:–—-]?\s+(?:(?:el|o|the|es\s+el|é\s+o)\s+)?)?\Z",
    _FLAGS,
)
#: verbs of starting, "from" words, validity words
_STARTS = {
    "es": [
        "empieza",
        "comienza",
        "arranca",
        "inicia",
        "se inicia",
        "abre",
        "empiezan",
        "comienzan",
        "arrancan",
    ],
    "en": ["starts", "begins", "kicks off", "launches", "opens", "start", "begin"],
    "pt": ["começa", "comeca", "inicia", "abre", "começam", "começou"],
}
_SINCE = {
    "es": ["a partir de", "desde"],
    "en": ["starting", "from", "beginning"],
    "pt": ["a partir de", "desde"],
}
_VALID = {
    "es": ["válido", "válida", "valido", "valida", "vigente", "disponible"],
    "en": ["valid", "good", "available"],
    "pt": ["válido", "válida", "valido", "valida", "vale", "disponível", "disponivel"],
}
#: "mañana" after an article or a demonstrative is the morning ("por la mañana", "esta mañana")
_MORNING = compiled.pattern(r"\b(?:la|esta|cada|una|toda\s+la|(?<!partir\s)de)\s+ma[ñn]ana\b", _FLAGS)
_START_MEASURES = ("starts_today", "starts_tomorrow", "from_today")
#: an offer named in the sentence: a percentage, a currency sign, an offer word
_OFFER_IN_SENTENCE = compiled.pattern(
    r"%|[$€£]|\b(?:descuentos?|desconto|discount|off|ofertas?|offers?|deals?|sale|promo\w*|precios?|preços?|"
    r"prices?|c[oó]digo|code|cup[oó]n|cupom|coupon|rebajas?|liquida\w*|temporada|campa\w+)\b",
    _FLAGS,
)


def start_of_the_offer(text: str, start: int, end: int) -> bool:
    """Whether a start claim at ``text[start:end]`` stands alone at the head of its clause ("Empieza
    hoy:"; not "están en el horno desde hoy.") or its sentence names the offer ("A partir de
    mañana, el pase cuesta R$ 64")."""
    left = max(text.rfind(ch, 0, start) for ch in ".!?\n")
    rights = [i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0]
    sentence = text[left + 1 : min(rights) if rights else len(text)]
    if _ANAPHORA.fullmatch(clause_before(text, start)):
        # "That's 20% off. It starts tomorrow.": the pronoun stands for the sentence before's offer
        before = max(text.rfind(ch, 0, left) for ch in ".!?\n") if left > 0 else left
        return bool(_OFFER_IN_SENTENCE.search(f"{text[before + 1 : max(left, 0)]} {sentence}"))
    # "Starts tomorrow morning.", "Empieza mañana a las 9.": a part of the day or a clock time may follow
    after = day_part.end() if (day_part := _DAY_PART.match(text, end)) else end
    if _STARTS_VERB.search(text[start:end]) and (
        _other_subject(text, start) or _other_subject_after(text, after)
    ):
        return False  # "your coverage starts tomorrow", "mañana empieza el invierno": another thing starts
    opens = not regex.search(r"\p{L}", clause_before(text, start))
    return (opens and bool(_STANDS_ALONE.match(text, after))) or bool(_OFFER_IN_SENTENCE.search(sentence))


#: a part of the day or a clock time after "tomorrow" / "today": "morning", "at 9 am", "por la
#: mañana", "en la tarde", "a las 10", "de manhã", "à noite", "às 9h"
_DAY_PART = compiled.pattern(
    r"[^\S\n]*,?[^\S\n]+(?:(?:in\s+the\s+|this\s+|first\s+thing\s+in\s+the\s+)?"
    r"(?:morning|afternoon|evening|night|noon|midnight)"
    r"|(?:por|en|a|de|pela|na|à|a\s+la|de\s+la)[^\S\n]+(?:la[^\S\n]+|a[^\S\n]+)?"
    r"(?:ma[ñn]ana|tarde|noche|madrugada|manh[ãa]|noite|mediod[ií]a|meio-dia)"
    r"|(?:at|a\s+las?|[àa]s?|desde\s+las?|from)[^\S\n]+\d{1,2}(?:[:.h]\d{2})?(?:[^\S\n]*(?:[ap]\.?m\.?|h|hs))?)"
    r"(?!\w)",
    _FLAGS,
)


#: a subject pronoun alone before a start claim ("It starts tomorrow", "Isso começa amanhã"): it
#: refers back to the sentence before
_ANAPHORA = compiled.pattern(
    r"[\s\"'«“]*(?:it|this|that|it\s+all|all\s+of\s+it|everything|esto|eso|todo\s+esto|isso|isto|tudo\s+isso)[^\S\n]+",
    _FLAGS,
)
#: a verb of starting in a claim (not "a partir de", "desde", "from")
_STARTS_VERB = compiled.pattern(
    r"\b(?:empiez\w*|comienz\w*|arranc\w*|inicia\w*|abre|starts?|begins?|kicks|launches|opens|come[çc]\w*)\b",
    _FLAGS,
)
#: what follows a verb of starting: a determiner and a noun, the noun an offer word or not
_SUBJECT_AFTER = compiled.pattern(
    r"[^\S\n]+(?:(?:la|el|los|las|o|a|os|as|the|our|your|nuestra|nuestro|nossa|nosso|tu|su|sua|seu)[^\S\n]+)"
    r"(?P<noun>\p{L}+)",
    _FLAGS,
)


def _other_subject_after(text: str, end: int) -> bool:
    """Whether a start verb ending at ``end`` is followed by its subject, a noun that is no offer
    word ("mañana empieza el invierno"; "hoy arranca la promo" is the offer)."""
    m = _SUBJECT_AFTER.match(text, end)
    if m is None or _OFFER_IN_SENTENCE.fullmatch(m.group("noun")):
        return False
    # a capitalised name with a price or a discount in its sentence is the offer's product:
    # "Mañana arranca el Paquete Cabina a $890", "Amanhã começa o Pacote Verão com 20%"
    return not (m.group("noun")[0].isupper() and _FIGURE_AFTER.match(text, m.end()))


#: a price or a percentage later in the same sentence
_FIGURE_AFTER = compiled.pattern(r"[^.!?\n]{0,80}?(?:%|[$€£]\s?\d|\d\s?(?:€|reais|pesos|euros))", _FLAGS)


def start_claim_wrong(measure: str, now: datetime, first: datetime, last: datetime, zone: str) -> bool:
    """Whether "empieza hoy" (``starts_today``), "empieza mañana" / "a partir de mañana"
    (``starts_tomorrow``) or "a partir de hoy" (``from_today``) is false at the send date ``now``
    for an offer from ``first`` to ``last`` (calendar days in the campaign's time ``zone``)."""
    tz = ZoneInfo(zone)
    day, start, end = now.astimezone(tz).date(), first.astimezone(tz).date(), last.astimezone(tz).date()
    if measure == "starts_today":
        return day != start
    if measure == "starts_tomorrow":
        return day + timedelta(days=1) != start
    if measure == "ends_today":  # claims.py: "se acaba hoy", "ends today" (time_left.py)
        return ends_today_wrong(day, start, end)
    if measure == "ends_tomorrow":  # ends_soon.py: "se acaba mañana", "ends tomorrow"
        return day + timedelta(days=1) != end
    if measure.startswith("starts_on_"):  # "Arranca el lunes": the coming Monday (or today's, a week on)
        coming = day + timedelta(days=(int(measure.removeprefix("starts_on_")) - day.weekday()) % 7)
        return start not in (coming, coming + timedelta(days=7) if coming == day else coming)
    return not start <= day <= end  # "a partir de hoy": the offer runs today


#: "no es la última oportunidad", "not your last chance"
_NEGATION_BEFORE = compiled.pattern(
    r"(?:\bno|\bnot|\bnão|\bnao|\bnunca|\bnever|\bni)\s+(?:\p{L}+\s+){0,2}\Z", _FLAGS
)
#: the calendar days a weekend and a long weekend (Friday to Monday) stand for
WEEKEND_DAYS, LONG_WEEKEND_DAYS = 3.0, 4.0
#: a holiday's name right before "weekend": "Labor Day weekend", "Memorial Day weekend", "Easter
#: weekend", "fin de semana de Carnaval" is read after (not here)
_HOLIDAY_BEFORE = compiled.pattern(
    r"(?:\b(?:day|day's|holiday|festivo|feriado)|\b\p{Lu}\p{L}+(?:'s)?)[^\S\n]+\Z", regex.VERSION1
)
_HOLIDAY_AFTER = compiled.pattern(
    r"[^\S\n]+(?:de|del|do|da|of)[^\S\n]+(?:(?:la|el|a|o|the)[^\S\n]+)?\p{Lu}", regex.VERSION1
)
#: the days a "last chance" claim stands for: the offer's last three days at most
LAST_CHANCE_DAYS = 3.0


def _alt(words: list[str]) -> str:
    """The words as an alternation, each also without its accents ("ultimo dia", "unicamente",
    "nada mas": SMS and quick posts often drop them)."""
    words = [*words, *(unaccented(w) for w in words)]
    escaped = {regex.escape(w).replace(r"\ ", " ").replace(" ", r"\s+") for w in words}
    return "|".join(sorted(escaped, key=lambda w: (-len(w), w)))


def unaccented(word: str) -> str:
    """``word`` without its accents ("último" → "ultimo", "mañana" → "manana")."""
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def _of(table: dict[str, list[str]], language: str) -> list[str]:
    return table.get(language, []) + (table["en"] if language != "en" else [])


@lru_cache(maxsize=16)
def _patterns(language: str) -> tuple[tuple[regex.Pattern[str], float, str], ...]:
    """(pattern, days, measure) of every urgency claim read here, for ``language``."""
    only, only_after = _alt(_of(_ONLY_BEFORE, language)), _alt(_of(_ONLY_AFTER, language))
    this = _alt(_of(_THIS, language))
    weekend, long_weekend = _alt(_of(_WEEKEND, language)), _alt(_of(_LONG_WEEKEND, language))
    until, tomorrow, today = (_alt(_of(t, language)) for t in (_UNTIL, _TOMORROW, _TODAY))
    sale_before, sale_after = _alt(_of(_SALE_BEFORE, language)), _alt(_of(_SALE_AFTER, language))
    starts, since, valid = (_alt(_of(t, language)) for t in (_STARTS, _SINCE, _VALID))
    tonight = _alt(_of(_TONIGHT, language))
    shapes: list[tuple[str, float, str]] = [
        # "Weekend only", "solo fin de semana", "só fim de semana" (the claim patterns need "this")
        (rf"(?:{only})\s+(?:{weekend})(?!\s+(?:largo|prolongado))", WEEKEND_DAYS, "calendar"),
        # "weekend only", "Fin de semana, nada más", "weekend-only deal" (hyphenated before its noun)
        (rf"(?:{weekend})(?:\s*[,:]?\s+|-)(?:{only_after})", WEEKEND_DAYS, "calendar"),
        # "solo este puente", "só neste feriadão", "this long weekend only"
        (rf"(?:{only})\s+(?:(?:{this})\s+)?(?:{long_weekend})", LONG_WEEKEND_DAYS, "calendar"),
        (rf"(?:(?:{this})\s+)?(?:{long_weekend})\s*[,:]?\s+(?:{only_after})", LONG_WEEKEND_DAYS, "calendar"),
        # "solo hasta mañana", "só até amanhã", "only until tomorrow": left of today and tomorrow
        (rf"(?:{only})\s+(?:{until})\s+(?:{tomorrow})", 2.0, "left"),
        (rf"(?:{until})\s+(?:{tomorrow})\s*,?\s+(?:{only_after})", 2.0, "left"),
        # "solo hasta hoy", "only until tonight": today; "solo esta noche", "tonight only"
        (rf"(?:{only})\s+(?:{until})\s+(?:{today})", 1.0, "calendar"),
        (rf"(?:{only})\s+(?:por\s+|for\s+)?(?:{tonight})", 1.0, "calendar"),
        (rf"(?:{tonight})\s*,?\s+(?:{only_after})", 1.0, "calendar"),
        # "última oportunidad", "last chance": the offer's last days
        (_alt(_of(_LAST_CHANCE, language)), LAST_CHANCE_DAYS, "end"),
        # "último día", "hoje é o último dia": the day of sending is the offer's last
        (rf"(?:{_alt(_of(_LAST_DAY, language))}){_NOT_OF_ANOTHER}", 1.0, "last_day"),
        # "ofertas de fin de semana", "promoção de feriadão", "long weekend sale": a sale named after it
        (
            rf"(?:{sale_before})\s+(?:{_PREPOSITIONS})\s+(?:{weekend})(?!\s+(?:largo|prolongado))",
            WEEKEND_DAYS,
            "opening",
        ),
        (rf"(?:{sale_before})\s+(?:{_PREPOSITIONS})\s+(?:{long_weekend})", LONG_WEEKEND_DAYS, "opening"),
        (rf"(?:{weekend})\s+(?:{sale_after})", WEEKEND_DAYS, "opening"),
        (rf"(?:{long_weekend})\s+(?:{sale_after})", LONG_WEEKEND_DAYS, "opening"),
        # "Empieza hoy", "Amanhã começa", "Starts tomorrow", "a partir de hoy": against the send date
        (rf"(?:{starts})\s+(?:{today})|(?:{today})\s+(?:{starts})", 1.0, "starts_today"),
        (rf"(?:{starts})\s+(?:{tomorrow})|(?:{tomorrow})\s+(?:{starts})", 1.0, "starts_tomorrow"),
        (rf"(?:{since})\s+(?:{tomorrow})", 1.0, "starts_tomorrow"),
        (rf"(?:{since})\s+(?:{today})(?!['’]\w)", 1.0, "from_today"),
        # "válido hasta mañana", "vale até amanhã", "good through tomorrow": what is left of two days
        (rf"(?:{valid})\s+(?:(?:{only})\s+)?(?:{until})\s+(?:{tomorrow})", 2.0, "left"),
        # a headline opening on the period: "Este puente: 30 %", "Neste feriadão, 30% off"
        (
            rf"(?:^|(?<=[.!?¡¿\n]\s*))(?:{this})\s+(?:{long_weekend})(?=\s*[:,–—-])",
            LONG_WEEKEND_DAYS,
            "opening",
        ),
        (rf"(?:^|(?<=[.!?¡¿\n]\s*))(?:{this})\s+(?:{weekend})(?=\s*[:–—-])", WEEKEND_DAYS, "opening"),
    ]
    return tuple((compiled.pattern(rf"(?<!\w)(?:{p})(?!\w)", _FLAGS), d, m) for p, d, m in shapes)


#: how the shapes read here are held against the window (see :func:`claims.claim_contradicts`)
_MEASURES = {"opening": "calendar", "last_day": "left"}


def urgency_claims(text: str, language: str) -> list[tuple[int, int, float, str]]:
    """(start, end, days, measure) of every urgency claim in ``text`` (see the module docstring)."""
    out: list[tuple[int, int, float, str]] = []
    for pattern, days, measure in _patterns(language):
        if not may_match(pattern, text):  # none of the words it needs (studio.prefilter)
            continue
        for m in pattern.finditer(text):
            if _NEGATION_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "no es la última oportunidad"
            if measure == "last_day" and not (
                _OPENS_LAST_DAY.search(text, max(0, m.start() - 40), m.start())
                or set_apart(text, m.start(), m.end())  # "Cupom X, último dia, válido até 30/9"
            ):
                continue  # "los pedidos llegan el último día", "no lo dejes para el último día": prose
            if measure in ("end", "left", "last_day", "opening") and not _about_the_offer(text, m.end()):
                continue  # "Last call for summer adventures": the end of something else
            if measure in _START_MEASURES and not start_of_the_offer(text, m.start(), m.end()):
                continue  # "a partir de mañana abrimos a las 9": another thing starts
            if _MORNING.search(text, max(0, m.start() - 12), m.end()):
                continue  # "por la mañana abre la tienda": the morning, not tomorrow
            if _ENDING_VERB.match(m.group()) and _other_subject(text, m.start()):
                continue  # "el verano se acaba ya", "summer is almost over": another thing ends
            said = days
            if days == WEEKEND_DAYS and measure != "end" and _holiday_weekend(text, m.start(), m.end()):
                said = LONG_WEEKEND_DAYS  # "Labor Day weekend sale": a holiday's long weekend
            if measure == "last_day" and tomorrow_is_last(text, m.start()):
                if _VERBLESS_ASIDE.match(text, m.end()) and not _COPULA.search(
                    text, max(0, m.start() - 20), m.start()
                ):
                    continue  # "Mañana, último día, cerramos a las 14": a day named, not the offer's end
                measure = "ends_tomorrow"  # "Mañana es el último día": the last day is tomorrow
            out.append((m.start(), m.end(), said, _MEASURES.get(measure, measure)))
    return out


#: a comma after "último día" said without a verb: an aside about the day ("Mañana, último día, …")
_VERBLESS_ASIDE = compiled.pattern(r"[^\S\n]*,")
_COPULA = compiled.pattern(r"\b(?:es|é|e|is|será|sera|be|['’]s)\b", _FLAGS)


def _holiday_weekend(text: str, start: int, end: int) -> bool:
    """Whether the weekend at ``text[start:end]`` is a holiday's: "Labor Day weekend sale",
    "Ofertas de fin de semana de Carnaval", "promoção de fim de semana da Páscoa"."""
    return bool(_HOLIDAY_BEFORE.search(text, max(0, start - 30), start) or _HOLIDAY_AFTER.match(text, end))


#: what ends a "last chance" claim on its own: a colon, a bang, a dash, the end of the line
_STANDS_ALONE = compiled.pattern(r"[^\S\n]*(?:[:!.…—–-]|\n|\Z)")
#: the rest of its sentence names the offer: an offer word, a percentage, an amount, a code word
_OFFER_AFTER = compiled.pattern(
    r"[^.!?\n]{0,60}?(?:%|[$€£]|\d|\b(?:descuentos?|desconto|discount|off|oferta|ofertas?|offer|deal|sale|"
    rf"promo\w*|precios?|preços?|prices?|c[oó]digo|code|cup[oó]n|cupom|rebajas?|liquida\w*|{PACKAGE})\b)",
    _FLAGS,
)


def _about_the_offer(text: str, end: int) -> bool:
    """Whether a "last chance" claim ending at ``end`` stands alone ("Last chance: 25 % off") or
    the rest of its sentence names the offer ("última oportunidad para el 30 % de descuento")."""
    return bool(_STANDS_ALONE.match(text, end) or _OFFER_AFTER.match(text, end))


#: a threshold before a duration: "after 12 hours", "tras 6 horas", "depois de 12 horas", "a partir
#: de 6 horas", "more than 6 hours", "al menos 12 horas"
_THRESHOLD = compiled.pattern(
    r"(?:\bafter|\bstarting\s+after|\bbeyond|\bmore\s+than|\bover|\bat\s+least|\blonger\s+than|\bexceeding|"
    r"\btras|\bdespu[eé]s\s+de|\bpasadas|\bluego\s+de|\bm[aá]s\s+de|\bal\s+menos|\bpor\s+lo\s+menos|"
    r"\bsuperior(?:es)?\s+a|\bdepois\s+de|\bap[oó]s|\bpassadas|\bmais\s+de|\bpelo\s+menos|\bacima\s+de|"
    r"\ba\s+partir\s+de|\bm[ií]nimo\s+de|\bminimum\s+of)\s+\Z",
    _FLAGS,
)


def condition_duration(text: str, start: int) -> bool:
    """Whether the duration starting at ``start`` follows a threshold word: a condition of the
    product ("delay coverage starts after 6 hours"), not how long the offer lasts."""
    return bool(_THRESHOLD.search(text, max(0, start - 30), start))


#: an amount right after a whole period: "o mês inteiro por R$ 64", "all month long for $19"
_PRICE_AFTER = compiled.pattern(
    r"\s*,?\s*(?:por|for|pelo|pela|a|at|de|para)\s+(?:(?:solo|sólo|só|so|apenas|only|just|nomás)\s+)?"
    r"(?:R\$|US\$|MX\$|COP|ARS|MXN|BRL|USD|EUR|[$€£])?\s*\d",
    _FLAGS,
)
#: a product that lasts the period, right before it: "pase con acceso todo el mes", "unlimited rides
#: all month long", "plano válido o mês todo"
_PRODUCT_BEFORE = compiled.pattern(
    r"\b(?:pase|passe|pass|plan|plano|acceso|acesso|access|cobertura|coverage|membres[ií]a|membership|"
    r"assinatura|suscripci[oó]n|subscription|abono|ilimitad[oa]s?|unlimited|viajes|viagens|rides|"
    r"corridas|uso|use|válid[oa]|valid[oa]?)\s+(?:\p{L}+\s+)?\Z",
    _FLAGS,
)


def product_time(text: str, start: int, end: int) -> bool:
    """Whether the whole period at ``text[start:end]`` ("o mês inteiro", "todo el mes") is what a
    price buys or how long a product lasts, not the offer's time (see the module docstring)."""
    return bool(_PRICE_AFTER.match(text, end)) or bool(
        _PRODUCT_BEFORE.search(text, max(0, start - 40), start)
    )
