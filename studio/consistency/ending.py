"""Urgency by structure: claims about the offer's end or length that no fixed phrase lists.

Three shapes, in Spanish, Portuguese and English (each a (start, end, days, measure) claim, held
against the window and the send date by :func:`date_findings.claim_contradicts`):

- the offer ends at a time of today: an ending verb or noun next to "today", "tonight",
  "midnight" or "in N hours" ("Cierra esta medianoche", "Hoy cerramos:", "Esta noche se cierra el
  20 %", "Midnight deadline", "Vale só até meia-noite", "la promo se va en 24 horas", "te quedan
  horas para el -20 %") — what is left at the clock is a day at most (``left``);
- the offer is in its last stretch: "last" and a period or a call ("último fin de semana", "la
  última tarde para reservar", "Última chamada:", "final weekend", "Recta final", "home stretch"),
  or the offer's end told with a reflexive verb and no date ("Se termina la promo.", "Se nos acaba
  la promo", "a promoção está no fim") — the offer's last days (``end``);
- the offer's whole length in words: a period and a closing word ("Una semana y chau", "Este finde
  y se acabó", "three days and it's gone"), a period and "only" ("por siete días nada más"), the
  offer said to last a period ("dura solo un fin de semana", "lasts just two days", "a one-day
  deal") or a headline opening on a period and a verb ("Un día para animarte", "Tres días para
  aprovechar", "48 hours to save") — so many calendar days (``calendar``; hours as ``hours``).

A store's hours are not the offer's ("Hoy cerramos a las 14 h"): an ending verb counts when its
clause stands alone or names the offer (an offer word, a percentage, an amount, a sign-up: "la
inscripción", "las reservas"), and not when a clock time follows it.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled
from studio.consistency.facts import _fold
from studio.consistency.time_left import SMALL_NUMBERS
from studio.consistency.time_named import of_a_noun
from studio.consistency.urgency import LAST_CHANCE_DAYS, PACKAGE, WEEKEND_DAYS, clause_before
from studio.prefilter import may_match

_FLAGS = regex.IGNORECASE | regex.VERSION1

_NUMBERS = {
    **SMALL_NUMBERS,
    "siete": 7, "seven": 7, "sete": 7, "ocho": 8, "eight": 8, "oito": 8,
    "diez": 10, "ten": 10, "dez": 10, "catorce": 14, "fourteen": 14, "quatorze": 14, "catorze": 14,
}  # fmt: skip
_NUMBER = r"(?:\d{1,3}|" + "|".join(sorted(_NUMBERS, key=lambda w: (-len(w), w))) + ")"
#: period nouns → days
_PERIODS = (
    (r"fin(?:es)?\s+de\s+semana|finde|fim\s+de\s+semana|final\s+de\s+semana|weekends?", WEEKEND_DAYS),
    (r"d[ií]as?|days?", 1.0),
    (r"semanas?|weeks?", 7.0),
    (r"horas?|hours?|hrs?|h", 1 / 24),
    (r"noches?|noites?|nights?|tardes?|afternoons?|evenings?", 1.0),
)
_PERIOD = "|".join(f"(?:{p})" for p, _ in _PERIODS)

#: "today", "tonight", "midnight", "in 24 hours": a time of the day of sending
_NEAR = (
    r"(?:hoy(?:\s+a\s+la\s+medianoche|\s+mismo)?|esta\s+(?:misma\s+)?noche|esta\s+medianoche|a\s+la\s+medianoche|"
    r"medianoche|hoje(?:\s+(?:à|a)\s+meia-noite)?|esta\s+noite|hoje\s+(?:à|a)\s+noite|(?:à|a)\s+meia-noite|"
    r"meia-noite|today|tonight|at\s+midnight|midnight|"
    r"(?:en|in|em|dentro\s+de)\s+(?:(?:solo|sólo|just|only|apenas)\s+)?\d{1,2}\s*(?:horas|hours|hrs|h))"
)
#: verbs and nouns of an ending
_END = (
    r"(?:se\s+(?:nos\s+|les\s+|te\s+|os\s+)?(?:cierra|acaba|termina|va|van|vence|cierran|acaban|terminan)|"
    r"cierra|cerramos|cierran|termina|terminamos|acaba|acabamos|finaliza|vence|expira|"
    r"ends|closes|expires|is\s+over|deadline|ends\s+at|"
    r"encerra|encerramos|fecha|fechamos|acaba|termina|vence|expira|sai\s+do\s+ar)(?!\s+(?:de|por)\b)"
)
#: a farewell or a lowered shutter said of the offer: "nos despedimos de la oferta", "hoje a Cesta se
#: despede", "hoy bajamos la cortina de la promo", "wraps up", "says goodbye"
_FAREWELL = (
    r"(?:(?:(?:nos|se|te)\s+)?desped(?:imos|ide|imos|e)|se\s+despede|nos\s+despedimos|bajamos\s+la\s+cortina|"
    r"baja\s+la\s+cortina|wraps?\s+up|winds?\s+down|says?\s+goodbye|bids?\s+farewell)"
)
_UNTIL = (
    r"(?:(?:v[aá]lid[oa]|vale|good|available|disponible|dispon[ií]vel)\s+)?"
    r"(?:(?:solo|sólo|só|only|just|apenas)\s+)?(?:hasta|até|ate|until|till)"
)
#: "te quedan horas", "only hours left", "restam poucas horas"
_HOURS_LEFT = (
    r"(?:te\s+|os\s+|les\s+|nos\s+|lhe\s+)?(?:quedan|restan|restam|faltam|faltan|sobran)\s+"
    r"(?:(?:s[oó]lo|pocas|apenas|poucas|unas|umas|s[oó])\s+){0,2}horas"
    r"|(?:(?:only|just|mere)\s+)?(?:a\s+few\s+)?hours\s+(?:left|to\s+go|remaining)"
)
#: "quedan pocos días", "restam poucos dias", "only a few days left": the offer's last days
_DAYS_LEFT = (
    r"(?:te\s+|os\s+|les\s+|nos\s+|lhe\s+)?(?:quedan|restan|restam|faltam|faltan)\s+"
    r"(?:(?:s[oó]lo|apenas|s[oó])\s+)?(?:pocos|poucos|unos\s+pocos|uns\s+poucos)\s+d[ií]as"
    r"|(?:(?:only|just)\s+)?(?:a\s+)?few\s+(?:more\s+)?days\s+(?:left|to\s+go|remaining)"
)
#: the days "quedan pocos días" stands for: the offer's last week, as "últimos días"
FEW_DAYS = 7.0
#: a purpose after the time left, an infinitive: "te quedan unas horas para decidirte", "restam
#: poucas horas para garantir", "just hours left to save" — the customer's time to take the offer
#: (not a countdown to an event: "quedan horas para la final", "hours left to Christmas")
_TO_ACT = compiled.pattern(
    r"\s+(?:(?:para|pra)\s+(?!{s})\p{L}+(?:ar|er|ir|or)(?:te|se|lo|la|los|las|nos|os|le|les|me)?"
    r"|to\s+(?!{s})(?-i:(?!(?:the|a|an|our|your|its|this|that|my|his|her|their)\b)\p{Ll}+))\b".replace(
        # a start is a countdown to it, not the time left of the offer: "faltan horas para abrir"
        "{s}",
        r"(?:abr|empez|comenz|arranc|inici|inaugur|lanz|estren|come[çc]|open|start|begin|launch|kick)\p{L}*\b",
    ),
    _FLAGS,
)
#: what the customer does with a period that opens a headline: a verb ("Tres días para aprovechar",
#: "48 hours to save", "Dois dias pra garantir") — an infinitive in Spanish and Portuguese, a bare
#: verb after "to" in English; not a quantity or a noun, which make the period the product's length
#: ("2 horas para hasta 8 personas", "3 noches para dos", "3 nights to two guests"), nor the time the
#: customer has for something else (a return, a payment)
_NOT_PURPOSE = (
    r"(?:devol|return|refund|cambi|troca|trocar|exchange|cancel|pag|pay|recorda|remember|lembra|celebra|"
    r"olvida|forget)\p{L}*"
)
_PURPOSE = (
    rf"(?:(?:para|pra)\s+(?!{_NOT_PURPOSE})\p{{L}}+(?:ar|er|ir|[íi]r|or|ôr)"
    rf"(?:te|se|lo|la|los|las|nos|os|le|les|me)?"
    rf"|to\s+(?!{_NOT_PURPOSE})(?!{_NUMBER}\b|(?:the|a|an|our|your|its|this|that|my|his|her|their|all|every)\b)"
    rf"(?-i:\p{{Ll}}+))"
)
#: "last" and a period or a call
_LAST = r"(?:[úu]ltim[oa]s?|last|final)"
_LAST_OF = (
    r"(?:fin\s+de\s+semana|finde|fim\s+de\s+semana|final\s+de\s+semana|weekend|semana|week|"
    r"tarde|noche|noite|night|afternoon|evening|llamada|chamada|call)"
)
_STRETCH = r"(?:recta\s+final|reta\s+final|tramo\s+final|final\s+stretch|home\s+stretch|[úu]ltimo\s+tramo)"
#: an offer word as the subject of a reflexive ending ("Se termina la promo")
_OFFER_NOUN = (
    r"(?:promo\w*|ofertas?|descuentos?|descontos?|rebajas|liquida\w*|sale|deal|offer|discount|"
    r"inscripci[oó]n(?:es)?|inscri[çc][õo]es|reservas|matr[ií]culas?|preventa|pr[eé]-?venda|"
    rf"{PACKAGE})"
)
_DET = r"(?:(?:la|el|las|los|a|o|as|os|the|our|this|esta|este|nuestra|nuestro|nossa|nosso)\s+)"
_CLOSING = (
    r"(?:y\s+(?:chau|chao|adi[oó]s|se\s+(?:nos\s+)?(?:acab[oó]|termin[oó]|acaba|termina|va|cierra|fue)|listo|fin|"
    r"ya\s+est[aá]|(?:no|nada)\s+m[aá]s(?![^\S\n]+\p{L})|ni\s+(?:un|una|uno)\s+m[aá]s)|"
    r"e\s+(?:tchau|acab(?:ou|a)|termina|j[aá]\s+era|fim|pronto|(?:mais\s+nada|nada\s+mais)(?![^\S\n]+\p{L}))|"
    r"and\s+(?:done|gone|that'?s\s+(?:it|all)|it'?s\s+(?:gone|over)|it\s+ends|out|no\s+more(?![^\S\n]+\p{L})))"
)
#: a named day: "hoy", "esta noche", "hoje", "tonight" (with its closing, the offer lasts that day)
_NAMED_DAY = r"(?:hoy|esta\s+noche|hoje(?:\s+(?:à|a)\s+noite)?|esta\s+noite|today|tonight)"
_ONLY = r"(?:nada\s+m[aá]s|nom[aá]s|solamente|[úu]nicamente|only|apenas|somente|no\s+m[aá]s)"
_LASTS = r"(?:dura(?:r[aá])?|lasts?|will\s+last|runs?\s+for)"
_ONLY_BEFORE = r"(?:(?:solo|sólo|solamente|só|apenas|only|just|nada\s+m[aá]s\s+que)\s+)"
#: a clock time after an ending verb: a store's hours, not the offer's end
_CLOCK_AFTER = compiled.pattern(
    r"\s*(?:a\s+las|at|às|as|a\s+partir\s+de\s+las)?\s*\d{1,2}(?:[:.h]\d{2}|\s*h\b|\s*(?:am|pm)\b)", _FLAGS
)
_OFFER_IN_CLAUSE = compiled.pattern(
    rf"%|[$€£]|\d|\b{_OFFER_NOUN}\b|\b(?:c[oó]digo|code|cupom|cup[oó]n|precio|pre[çc]o|price|off)\b", _FLAGS
)
#: a discount or an amount after "of": "último finde del 20 % off", "last day of 20% off", "a última
#: semana dos R$ 180" name the offer by its figure
OFFER_FIGURE = (
    r"(?:(?:un|um|a)\s+)?(?:[-−–]?\d{1,3}(?:[.,]\d+)?\s?%|(?:R\$|US\$|MX\$|[$€£])\s?\d|"
    r"\d+(?:[.,]\d+)?\s?(?:€|euros?|pesos|reais))"
)
_OF_ANOTHER = compiled.pattern(
    rf"\s+(?:de|del|do|da|dos|das|of)\s+"
    # an English noun takes its modifier before it: "of the summer bundle"
    rf"(?!(?:la\s+|el\s+|a\s+|o\s+|os\s+|the\s+|our\s+)?(?:\p{{Ll}}+\s+)?(?:{_OFFER_NOUN}|{OFFER_FIGURE}))",
    _FLAGS,
)
#: "of" a product sold at the offer's figure: "última semana do arranjo com 50%", "último día del kit
#: a $ 1.349", "last week of the bouquet at 30% off": the offer's product, so the offer's last week
_PRODUCT_AT_FIGURE = compiled.pattern(
    rf"\s+(?:de|del|do|da|dos|das|of)\s+(?:(?:la|el|los|las|a|o|os|as|the|our|nuestr[oa]s?|noss[oa]s?|tus?|seus?|suas?|your)\s+)?"
    rf"(?P<noun>\p{{L}}+)(?:\s+\p{{L}}+){{0,2}}?\s+(?:con|com|a|al|por|at|with|for|in)\s+(?:(?:solo|s[oó]lo|s[oó]|only|just|"
    rf"apenas|el|o|um|un|a)\s+)?{OFFER_FIGURE}",
    _FLAGS,
)


def _product_at_figure(text: str, end: int) -> bool:
    """Whether "of" after a last stretch names a product sold at the offer's figure, not a month,
    another period or an event ("el último finde de octubre con 20 %" is October's, "la última semana
    de clases con 20 %" the classes')."""
    from studio.consistency.events import _EVENT  # classes, shows: a time of their own

    m = _PRODUCT_AT_FIGURE.match(text, end)
    if m is None:
        return False
    noun = _fold(m.group("noun"))
    return noun not in _period_words() and not _EVENT.fullmatch(noun)


@lru_cache(maxsize=1)
def _period_words() -> frozenset[str]:
    """Month names (CLDR, es/pt/en) and words of a period: what a last week "of" may be of."""
    from babel.dates import get_month_names

    months = {
        _fold(name)
        for lang in ("es", "pt", "en")
        for width in ("wide", "abbreviated")
        for name in get_month_names(width, locale=lang).values()
    }
    periods = "mes mês mes month ano año year verano verao summer invierno inverno winter temporada season"
    return frozenset(months | {_fold(w) for w in periods.split()})


#: opening hours before "hasta medianoche": "Hoy abrimos hasta medianoche" is the shop's time
_OPENING_HOURS = compiled.pattern(
    r"\b(?:abr\w+|abiert\w+|open\w*|abert\w+|atend\w+|horario|hours|servimos|serving)\W+(?:\p{L}+\W+){0,2}\Z",
    _FLAGS,
)
_NEGATION = compiled.pattern(r"(?:\bno|\bnot|\bn[aã]o|\bnunca|\bnever)\s+(?:\p{L}+\s+){0,2}\Z", _FLAGS)


def _days_of(period: str) -> float:
    for pattern, days in _PERIODS:
        if regex.fullmatch(pattern, period, _FLAGS):
            return days
    return 1.0


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.get(word.casefold(), 0)


@lru_cache(maxsize=1)
def _shapes() -> tuple[tuple[regex.Pattern[str], str], ...]:
    """(pattern, kind) of every shape read here."""
    shapes = [
        # the offer ends today: "Cierra esta medianoche", "Hoy cerramos", "Midnight deadline"
        (
            rf"{_END}\s+(?:\p{{L}}+\s+){{0,3}}?{_NEAR}|{_NEAR}(?:\s*,)?\s+(?:\p{{L}}+\s+){{0,2}}?{_END}",
            "today",
        ),
        (
            rf"{_FAREWELL}\s+(?:[\p{{L}}\d%]+\s+){{0,5}}?{_NEAR}|{_NEAR}(?:\s*,)?\s+(?:\p{{L}}+\s+){{0,4}}?{_FAREWELL}",
            "today",
        ),
        (
            rf"{_UNTIL}\s+(?:(?:hoy|hoje|today)\s+)?(?:(?:a|à)\s+(?:la\s+)?)?(?:medianoche|meia-noite|midnight)",
            "today",
        ),
        (_HOURS_LEFT, "hours_left"),
        (_DAYS_LEFT, "days_left"),
        # the last stretch: "último fin de semana", "Última chamada", "Recta final"
        (rf"{_LAST}\s+{_LAST_OF}|{_STRETCH}", "last"),
        # "Hoy es la última noche", "Tonight's your last shot", "Hoje é a última chance": the day of
        # sending said to be the last of something — the offer's, unless "of" another thing follows
        (
            rf"{_NAMED_DAY}(?:['’]s|\s+(?:es|is|é|e))\s+(?:(?:el|la|o|a|the|your|our|tu|su|seu|sua|nuestra|nuestro|nossa|nosso)\s+)?"
            rf"{_LAST}\s+\p{{L}}+",
            "last_today",
        ),
        (
            rf"se\s+(?:nos\s+|les\s+|te\s+|os\s+)?(?:termina|acaba|va|cierra|vence)\s+{_DET}?"
            rf"(?:{_OFFER_NOUN}|{OFFER_FIGURE})",
            "reflexive",
        ),
        # the offer's length in words: "Una semana y chau", "por siete días nada más", "dura solo un finde"
        (rf"(?P<n>{_NUMBER})\s*(?P<p>{_PERIOD})\s*,?\s+{_CLOSING}", "closing"),
        (rf"(?:este|esta|this|neste|nesta|este)\s+(?P<p>{_PERIOD})\s*,?\s+{_CLOSING}", "closing"),
        # "Hoy y no más:", "Por hoy y se acaba", "Hoje e pronto", "Today and that's it": one day
        (rf"(?:(?:por|for|just|only|s[oó]lo|s[oó]|apenas)\s+)?{_NAMED_DAY}\s*,?\s+{_CLOSING}", "day"),
        (
            rf"(?:(?:por|durante|for|during|por\s+apenas)\s+)?(?P<n>{_NUMBER})\s+(?P<p>{_PERIOD})\s*,?\s+{_ONLY}\b",
            "length",
        ),
        (rf"{_LASTS}\s+{_ONLY_BEFORE}?(?P<n>{_NUMBER})\s+(?P<p>{_PERIOD})", "lasts"),
        (
            rf"(?P<n>{_NUMBER})-(?P<p>day|week|hour|weekend|night)\s+(?:deal|sale|offer|promo|special|discount|event)",
            "length",
        ),
        (
            rf"(?:^|(?<=[.!?¡¿\n:]\s*))(?:{_ONLY_BEFORE})?(?P<n>{_NUMBER})\s+(?P<p>{_PERIOD})\s+{_PURPOSE}",
            "opening",
        ),
    ]
    return tuple((compiled.pattern(rf"(?<!\w)(?:{p})(?!\w)", _FLAGS), kind) for p, kind in shapes)


def ending_claims(text: str, language: str) -> list[tuple[int, int, float, str]]:
    """(start, end, days, measure) of every claim of the shapes above in ``text``."""
    del language  # the shapes hold the three languages at once (a text may mix them)
    out: list[tuple[int, int, float, str]] = []
    for pattern, kind in _shapes():
        if not may_match(pattern, text):  # none of the words it needs (studio.prefilter)
            continue
        for m in pattern.finditer(text):
            claim = _claim(text, m, kind)
            if claim is not None:
                out.append(claim)
    return out


def _claim(text: str, m: regex.Match[str], kind: str) -> tuple[int, int, float, str] | None:
    if _NEGATION.search(text, max(0, m.start() - 30), m.start()):
        return None  # "no es la última llamada", "the sale does not end tonight"
    if kind in _READERS:
        return _READERS[kind](text, m)
    if kind == "closing" and not _opens_clause(text, m.start()):
        return None  # "La clase dura 2 horas y se acaba a las 12": another thing's length
    if kind == "lasts" and not _lasting_offer(text, m):
        return None  # "El espectáculo dura 2 horas", "Dura 2 h 15 min": another thing's running time
    if kind == "opening" and not (
        _OFFER_IN_CLAUSE.search(_sentence(text, m.start(), m.end())) or not text[: m.start()].strip()
    ):
        return None  # "Tres días para aprovechar" opens a field or names the offer; prose is another time
    count = _count(m.group("n")) if m.groupdict().get("n") else 1
    if not count:
        return None
    days = _spanned(count, m.group("p"))
    if m.group("p").casefold() in ("h",) and not m.groupdict().get("n"):
        return None
    if not _of_the_offer(text, m.start(), m.end(), loose=True):
        return None
    return m.start(), m.end(), days, "hours" if days < 1 else "calendar"


def _today(text: str, m: regex.Match[str]) -> tuple[int, int, float, str] | None:
    if (
        _CLOCK_AFTER.match(text, m.end())
        or _OPENING_HOURS.search(text, max(0, m.start() - 30), m.start())
        or not (_of_the_offer(text, m.start(), m.end()) or _closes_a_season(text, m))
    ):
        return None  # "Hoy cerramos a las 14 h": the store's hours
    return m.start(), m.end(), 1.0, "left"


#: what an ending verb may close that is no offer: a place, its doors, a meal, the hours of a day
_PLACE = (
    r"(?:tienda|local|cocina|oficina|taller|bar|restaurante?|terraza|caja|puertas?|sal[oó]n|bodega|"
    r"loja|escrit[oó]rio|cozinha|portas?|caixa|store|shop|office|kitchen|doors?|restaurant|patio|"
    r"cafeter[ií]a|caf[eé]|cafe|pista|piscina|pool|playa|praia|beach|calle|rua|street|road|ruta)"
)
#: "Hoy cerramos la temporada de visitas", "Hoy se cierra la Suscripción", "Tonight closes the
#: season": an ending verb at the head of its clause with its object or subject named after it
_CLOSES_WHAT = compiled.pattern(
    rf"[^\S\n]+(?:la|el|las|los|a|o|as|os|the|our|nuestra|nuestro|nossa|nosso)[^\S\n]+(?!{_PLACE}\b)\p{{L}}+",
    _FLAGS,
)


def _closes_a_season(text: str, m: regex.Match[str]) -> bool:
    """Whether "today" and an ending verb open their clause and close a named thing that is no place
    (a season, a sign-up, the product): the offer's last day, not the store's hours."""
    return (
        not regex.search(r"\p{L}", clause_before(text, m.start()))
        and regex.match(rf"(?:{_NEAR})\b", m.group(), _FLAGS) is not None
        and _CLOSES_WHAT.match(text, m.end()) is not None
    )


def _hours_left(text: str, m: regex.Match[str]) -> tuple[int, int, float, str] | None:
    if _TO_ACT.match(text, m.end()) or _STANDS_ALONE.match(text, m.end()):
        return m.start(), m.end(), 1.0, "left"  # "te quedan unas horas para decidirte", "just hours left!"
    if _COUNTDOWN.match(text, m.end()):
        return None  # "quedan horas para la final": a countdown to another thing
    return _today(text, m)


def _days_left(text: str, m: regex.Match[str]) -> tuple[int, int, float, str] | None:
    claim = _hours_left(text, m)
    return None if claim is None else (m.start(), m.end(), FEW_DAYS, "end")


#: a countdown to something else than the offer: "para la final", "until the party", "pra o Carnaval"
_COUNTDOWN = compiled.pattern(
    rf"\s+(?:para|pra|until|till|to|before|antes\s+de)\s+(?:(?:el|la|los|las|o|a|os|as|the|our)\s+|(?-i:\p{{Lu}}))"
    rf"(?!{_OFFER_NOUN}|{OFFER_FIGURE})",
    _FLAGS,
)


def _last(text: str, m: regex.Match[str]) -> tuple[int, int, float, str] | None:
    stretch = regex.fullmatch(_STRETCH, m.group(), _FLAGS)  # "Recta final del abono": the offer's
    if not stretch and _OF_ANOTHER.match(text, m.end()) and not _product_at_figure(text, m.end()):
        return None  # "el último fin de semana de octubre": a weekend of another thing
    if stretch and _common_noun_after(text, m.end()) and not _product_at_figure(text, m.end()):
        return None  # "Reta final da obra", "the final stretch of the marathon": another thing's
    if _LEFT_FOR.search(text, max(0, m.start() - 20), m.start()):
        return None  # "mejor no dejarlo para la última semana": a time to do a thing, not the offer's
    if not _of_the_offer(text, m.start(), m.end()):
        return None  # "Last weekend we opened": another time
    if not stretch and of_a_noun(text, m.start()):
        return None  # "los turnos del último finde vuelan": that weekend named as a time (time_named.py)
    words = m.group().casefold()
    days = (
        1.0
        if regex.search(r"tarde|noche|noite|night|afternoon|evening", words)
        else (
            7.0
            # "final week" is a week; "fin de semana", "finde", "fim de semana", "final de semana" a weekend
            if regex.search(r"semana\b|week\b", words)
            and not regex.search(r"\bfin(?:de|\s+de)\b|\bfim\s+de\b|\bfinal\s+de\b", words)
            else WEEKEND_DAYS
            if regex.search(r"semana|weekend", words)
            else LAST_CHANCE_DAYS
        )
    )
    if not stretch and days == 7.0:
        return m.start(), m.end(), days, "last_week"  # "última semana": date_findings.last_week_wrong
    return m.start(), m.end(), days, "stretch" if stretch else "end"


#: "of" and a noun in lower case after a final stretch: a common noun, not the offer's name
_OF_COMMON = compiled.pattern(
    r"\s+(?:de|del|do|da|dos|das|of)\s+(?:(?:la|el|los|las|a|o|os|as|the|this|that|esta|este|essa|esse)\s+)?"
    r"(?-i:\p{Ll}+)",
    _FLAGS,
)


def _common_noun_after(text: str, end: int) -> bool:
    """Whether a final stretch is "of" a common noun that is no offer word ("da obra", "of the
    marathon"); a name ("de la Semana del Padre") or an offer word ("del abono") is the offer's."""
    if not (_OF_ANOTHER.match(text, end) and _OF_COMMON.match(text, end)):
        return False
    phrase = regex.split(r"[.,;:!?\n]", text[end : end + 50])[0]  # "de la semana de descuentos": the offer's
    return not (
        _OFFER_IN_CLAUSE.search(phrase) or regex.search(r"\bcampa\p{L}+|(?-i:\p{Lu})", phrase, _FLAGS)
    )


def stretch_holds(days: float, window: float, left: float) -> bool:
    """Whether "the final stretch" ("recta final", "reta final", "home stretch") is true with
    ``left`` days of a ``window`` to run: a loose end-phase, so once the offer has run and no more
    than its last third (or its last ``days``, on a short offer) is left."""
    return window - left > 0 and 0 <= left <= max(days, window / 3)


#: "para la última semana", "until the last week": a time an action is left for or lasts until
_LEFT_FOR = compiled.pattern(
    r"\b(?:para|pra|for|until|till|hasta|at[eé])\s+(?:(?:la|el|a|o|the)\s+)?\Z", _FLAGS
)


_TOMORROW_BEFORE = compiled.pattern(r"\b(?:ma[ñn]ana|amanh[ãa]|tomorrow)\s*,?\s+\Z", _FLAGS)


def _reflexive(text: str, m: regex.Match[str]) -> tuple[int, int, float, str] | None:
    if _TOMORROW_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # "Mañana se acaba la promo": its last day is tomorrow (ends_soon.py)
    rest = text[m.end() : m.end() + 40]
    if regex.match(r"[^.!?\n:]{0,30}?(?:\d|\b(?:el|on|em|no|en)\s+\p{L})", rest, _FLAGS):
        return None  # "se termina la promo el domingo": a date, not urgency
    return m.start(), m.end(), LAST_CHANCE_DAYS, "end"


#: a label or a bullet before a headline's words: "PUBLI - Hoy y no más", "🔥 Hoy y listo"
_LABEL_BREAK = compiled.pattern(r"[–—|·•\p{So}]|\s-\s")


#: words that may open a clause before its period: "Solo este finde, y se acabó", "Durante 48 horas y ni
#: una más", "Por hoy y nada más"
_OPENERS = compiled.pattern(
    r"(?:\b(?:s[oó]lo|solamente|s[oó]|only|just|apenas|por|durante|for|during|nada\s+m[aá]s\s+que)\s+)*\Z",
    _FLAGS,
)


def _opens_clause(text: str, start: int) -> bool:
    """Whether ``start`` opens its clause: after a stop, a colon, a label ("PUBLI - ", "🔥") or only
    "solo", "por", "durante"… — the period is what the copy says, not a length inside a sentence."""
    head = _LABEL_BREAK.split(clause_before(text, start))[-1]
    return not regex.search(r"\p{L}", _OPENERS.sub("", head))


def _day(text: str, m: regex.Match[str]) -> tuple[int, int, float, str] | None:
    if not _opens_clause(text, m.start()):
        return None  # "Pide hoy y listo": how easy it is to order, not how long the offer lasts
    return m.start(), m.end(), 1.0, "calendar"


def _last_today(text: str, m: regex.Match[str]) -> tuple[int, int, float, str] | None:
    if _OF_ANOTHER.match(text, m.end()) or not _opens_clause(text, m.start()):
        return None  # "Hoy es el último día de la feria": another thing's last day
    return m.start(), m.end(), 1.0, "end"


_READERS = {
    "last_today": _last_today,
    "today": _today,
    "hours_left": _hours_left,
    "days_left": _days_left,
    "last": _last,
    "reflexive": _reflexive,
    "day": _day,
}


def _spanned(count: int, period: str) -> float:
    """Calendar days ``count`` periods may touch: "una semana" is a week of copy, "del 23 al 30"
    (eight calendar days); "two weekends" run from one weekend to the next (ten days)."""
    days = _days_of(period)
    if days == WEEKEND_DAYS and count > 1:
        return (count - 1) * 7 + WEEKEND_DAYS
    return count * days + (1 if days == 7.0 else 0)


_NAMED_SALE = r"black\s+friday|cyber\s+monday|hot\s+sale|buen\s+fin"
#: a running time in hours and minutes ("dura 2 h 15 min", "lasts 2 hours and 20 minutes")
_AND_MINUTES = compiled.pattern(r"\s*(?:y|and|e)?\s*\d{1,2}\s*(?:min|minutos|minutes|mins)\b", _FLAGS)


def _lasting_offer(text: str, m: regex.Match[str]) -> bool:
    """Whether "dura …"/"lasts …" is said of the offer: an offer word before the verb in its clause,
    or the verb opening the clause with "solo"/"only" ("Dura solo un finde")."""
    if _AND_MINUTES.match(text, m.end()):
        return False
    clause = clause_before(text, m.start())
    if regex.search(
        rf"\b{_OFFER_NOUN}\b|black\s+friday|cyber\s+monday|hot\s+sale|buen\s+fin", clause, _FLAGS
    ):
        return True
    return not regex.search(r"\p{L}", clause) and bool(regex.search(_ONLY_BEFORE, m.group(), _FLAGS))


#: what ends a claim on its own: a stop, a colon, a dash, the end of the line
_STANDS_ALONE = compiled.pattern(r"[^\S\n]*(?:[:!.…—–-]|\n|\Z)")


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(ch, 0, start) for ch in ".!?\n¡¿")
    rights = [i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0]
    return text[left + 1 : min(rights) if rights else len(text)]


def _of_the_offer(text: str, start: int, end: int, *, loose: bool = False) -> bool:
    """Whether a claim stands alone at the head of its clause or its sentence names the offer."""
    if _OFFER_IN_CLAUSE.search(_sentence(text, start, end)):
        return True
    head = not regex.search(r"\p{L}", clause_before(text, start))
    alone = bool(regex.match(r"[^\S\n]*(?:[:!.…—–-]|\n|\Z)", text[end : end + 3]))
    return head and (alone or loose)
