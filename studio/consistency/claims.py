"""Relative-time claims: what copy says about how long the offer lasts.

:func:`find_claims` reads ``solo hoy``, ``solo esta semana``, ``últimos días``, ``48h``, ``this
weekend only``…, each with the number of days it promises, for comparison with the offer window
(:mod:`studio.consistency.date_findings`). CLDR (Babel) gives the words for "today", "this week",
"this month" and the unit patterns for hours and days; what it does not hold ("only", "weekend",
"last days") is a short table per language below.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from studio import compiled
from studio.consistency.bundled_time import bundled_time
from studio.consistency.countdown import countdown
from studio.consistency.counted import counted_from_customer
from studio.consistency.dates import _FLAGS, _wide_days, _words, _words_of
from studio.consistency.ending import OFFER_FIGURE, ending_claims
from studio.consistency.ends_soon import ENDS_SOON_LANGUAGES, ends_soon_claims
from studio.consistency.facts import _alternation, _fold, _language
from studio.consistency.head_stretch import head_stretch_claims
from studio.consistency.paid_time import paid_time
from studio.consistency.party_size import party_size
from studio.consistency.period_left import period_ahead, period_left
from studio.consistency.reader_time import reader_time
from studio.consistency.restricted import restricted_claims
from studio.consistency.time_left import SMALL_NUMBERS, have_left_claims, reader_has_it, tomorrow_is_last
from studio.consistency.urgency import condition_duration, product_time, unaccented, urgency_claims
from studio.consistency.working_days import WORKING_AFTER
from studio.prefilter import may_match

# -- words CLDR does not hold -----------------------------------------------------------------------

#: "only"
_ONLY = {
    "es": ["solo", "sólo", "solamente", "únicamente", "nada más", "nada más que", "exclusivamente", "nomás"],
    "en": ["only", "just"],
    "pt": ["só", "so", "somente", "apenas", "exclusivamente"],  # "so hoje": the accent often dropped
    "ca": ["només", "sols", "únicament"],
    "fr": ["seulement", "uniquement"],
}
#: "only" after the period ("hoy solamente", "today only"); "hoy solo" is too often "hoy, solo 2 €"
_ONLY_AFTER = {
    "es": ["solamente", "únicamente", "nomás", "nada más"],
    "en": ["only"],
    "pt": ["somente", "apenas"],
    "ca": ["només", "únicament"],
    "fr": ["seulement", "uniquement"],
}
_WEEKEND = {
    "es": ["fin de semana", "finde"],
    "en": ["weekend", "wknd", "wkend"],  # SMS and posts shorten it
    "pt": ["fim de semana", "final de semana", "fds"],
    "ca": ["cap de setmana"],
    "fr": ["week-end", "weekend"],
}
#: "this" where CLDR's "this month" does not give every form ("neste fim de semana")
#: "todo el mes", "all month long" (before the period) · "o mês todo" (after it)
_WHOLE_BEFORE = {
    "es": ["todo el", "toda la", "durante todo el", "durante toda la"],
    "en": ["all", "the whole", "the entire", "throughout the"],
    "pt": ["todo o", "toda a", "durante todo o", "durante toda a"],
    "ca": ["tot el", "tota la"],
    "fr": ["tout le", "toute la"],
}
_WHOLE_AFTER = {
    "es": ["entero", "entera", "completo", "completa"],
    "en": ["long"],
    "pt": ["todo", "toda", "inteiro", "inteira"],
    "ca": ["sencer", "sencera"],
    "fr": ["entier", "entière"],
}
_THIS_EXTRA = {
    "es": ["el", "este"],
    "en": ["the"],
    "pt": ["neste", "nesse", "esse", "no"],
    "ca": ["el"],
    "fr": ["le"],
}
#: "last days" / "last hours" (the offer is about to end)
_LAST = {
    "es": (["últimos", "ultimos"], ["últimas", "ultimas"]),
    "en": (["last", "final"], ["last", "final"]),
    "pt": (["últimos", "ultimos"], ["últimas", "ultimas"]),
    "ca": (["últims", "darrers"], ["últimes", "darreres"]),
    "fr": (["derniers"], ["dernières"]),
}
#: "the offer ends today" without "only": "termina hoy", "hoy, mañana ya no", "ends tonight" (after the
#: word for today; "{tomorrow}" stands for CLDR's word for tomorrow)
_ENDS_TODAY = {
    "es": (
        r"(?:termina|acaba|finaliza|vence|se\s+acaba|se\s+termina)\s+(?:hoy|esta\s+noche)",
        r"hoy\s*[,;]?\s*(?:que\s+)?{tomorrow}\s+(?:ya\s+)?(?:no|ser[aá]\s+tarde|es\s+tarde|se\s+acaba)",
        r"hasta\s+esta\s+noche",
    ),
    "en": (
        r"(?:ends|expires|is\s+over|closes)\s+(?:today|tonight)",
        r"today\s*[,;]?\s*(?:gone|over)\s+tomorrow",
        r"(?:today|tonight)\s*[,;]?\s*(?:not|never)\s+tomorrow",
    ),
    "pt": (
        r"(?:termina|acaba|encerra|vence)\s+(?:hoje|esta\s+noite)",
        r"hoje\s*[,;]?\s*{tomorrow}\s+(?:já\s+)?(?:não|nao|é\s+tarde|era)",
        r"até\s+(?:hoje\s+)?(?:à|a)\s+noite",
    ),
    "ca": (r"(?:acaba|finalitza|s'acaba)\s+avui",),
    "fr": (r"(?:se\s+termine|finit|expire)\s+(?:aujourd'hui|ce\s+soir)",),
}
#: verbs of the offer ending ("termina mañana", "ends tomorrow", "encerra amanhã")
_ENDS_VERBS = (
    r"termina|acaba|finaliza|vence|se\s+acaba|se\s+termina|ends|expires|is\s+over|closes|encerra|"
    r"acaba|finalitza|s'acaba|se\s+termine|finit"
)
#: "no solo hoy", "not only today": the opposite of a claim
_NEGATED = r"(?<!\w)(?:no|not|não|nao|ni|pas|non)\s+$"
#: before "últimos días" these make it a past or a recurring statement, not a claim
_LAST_NOT_AFTER = r"(?:en|durante|in|over|during|for|past|nos|nas|nestes|dans|ces|pendant|els)\s+(?:\w+\s+)?$"
#: "el precio más bajo de los últimos 30 días", "menor preço dos últimos 30 dias": the price history
#: the law asks for (Directive 98/6/EC art. 6 bis), a past period
_LAST_PRICE_HISTORY = (
    r"(?:más\s+bajo|mas\s+bajo|mínimo|minimo|lowest|menor|mais\s+baixo|plus\s+bas|més\s+baix)"
    r"\b[^.!?\n]{0,30}$"
)
_LAST_NOT_BEFORE = r"\s+(?:del\s+mes|de\s+cada|of\s+the\s+month|of\s+each|do\s+mês|de\s+cada|du\s+mois)"
#: "quedan 24 horas", "24 hours left": the time left
_LEFT_BEFORE = {
    "es": ["quedan", "queda", "faltan", "falta", "restan", "resta", "termina en", "acaba en"],
    "en": ["ends in", "last"],
    "pt": ["restam", "resta", "faltam", "falta", "termina em", "acaba em"],
    "ca": ["queden", "falten"],
    "fr": ["plus que", "encore"],
}
_LEFT_AFTER = {"en": ["left", "to go", "remaining"], "es": ["restantes"], "pt": ["restantes"]}
#: words that make a duration a service time, not a claim ("envío en 24 h", "open 24 hours")
_NOT_A_CLAIM_BEFORE = (
    r"(?:en|dentro\s+de|antes\s+de|cada|hace|las|abierto|abiertos|entrega|envío|envíos|atención|"
    r"servicio|plazo\s+de|con|in|within|every|open|delivery|shipping|service|ago|em|dentro\s+de|"
    r"até|entrega|aberto|atendimento|a|per|por\s+cada|"
    # how long a service takes ("takes 2 hours", "tarda 3 horas", "leva 2 horas"): no claim
    r"takes|took|tarda|tardan|demora|demoram|lleva|llevan|leva|levam|toma|toman|"
    # a time of day ("das 9h às 12h", "a las 10 h", "from 9h"): no duration
    r"às|as|das|dàs|desde\s+las|hasta\s+las|de\s+las|a\s+partir\s+das|at|from)\s+$"
)
_NOT_A_CLAIM_AFTER = (
    # a rate ("2 horas diarias", "3 hours a day", "4 horas semanales", "2 horas por clase"): a
    # recurring duration of a service, not how long the offer lasts
    r"\s*(?:diari[oa]s?|di[aá]ri[oa]s?|semanal(?:es)?|semanais|mensual(?:es)?|mensais|daily|weekly|monthly|"
    r"(?:al|a\s+la|a|por|per|an?|cada|ao|à|each|every|pela|pelo)\s+(?:d[ií]as?|day|semanas?|week|mes|m[eê]s|month|"
    r"clases?|aulas?|class|sesi[oó]n|sess[aã]o|session|persona|pessoa|person)\b|"
    r"de\s+antelación|in\s+advance|"
    r"de\s+antecedência|antes|before|después|after|depois|/\s*7|x\s*7|"
    r"(?:às|as|a|-|–|to|até|hasta)\s*\d{1,2}\s*h\b)"  # "9h às 12h": a time of day
)
#: the first bound of a range of hours ("24-48", "24 a 48", "24/48", "48 to 72"): what is said
#: before the range ("envío en", "ships in") is said of its last bound too
_RANGE_HEAD = compiled.pattern(r"\d{1,3}\s*(?:h|hs|hrs?)?\s*(?:-|–|/|a|to|até|ate|or|o|ou|y|e)\s*\Z", _FLAGS)
#: an offer in the same sentence makes "48 horas" a claim ("48 h de descuentos", "24 h: -20 %")
_OFFER_WORDS = (
    r"%|€|\$|£|\b(?:descuentos?|dto|oferta|ofertas|promo|promoción|rebajas?|precio|precios|tarifas?|código|cupón|"
    r"discount|off|sale|deal|deals|offer|price|code|coupon|flash|desconto|promoção|preço|cupom|"
    r"descompte|rebaixes|remise|soldes|réduction)\b"
)
_SMALL_NUMBERS = {word: n for word, n in SMALL_NUMBERS.items() if n <= 5}


@dataclass(frozen=True)
class Claim:
    """A claim about how long the offer lasts: the words as written, where, and the days it promises."""

    text: str
    start: int
    end: int
    days: float
    #: how the claim is held against the offer window: "calendar" (calendar days: "solo hoy",
    #: "solo este fin de semana"), "week" (that very Monday-to-Sunday week: "solo esta semana"),
    #: "hours" (a running time: "24 horas"), "end" (the end is near: "últimos días"), "long" (the
    #: offer lasts at least this long: "todo el mes"), "left" (so much of it is left: "quedan 3 días")
    measure: str = "calendar"


#: calendar claims that name their period, by the days they stand for in the claim patterns: "solo
#: esta semana" is false on any day of an offer that runs into the next week. "Este mes" is not
#: held to its calendar month: a month-long offer's "solo este mes" copy goes out in its last month.
_NAMED_PERIODS = {7.0: "week"}


@dataclass(frozen=True)
class _ClaimPattern:
    pattern: regex.Pattern[str]
    days: float | None  # None: read the number of hours or days from the match ("48h")
    about_the_end: bool = False  # "últimos días": not when it speaks of the past ("en los últimos días")
    long: bool = False  # "todo el mes", "all week long": the offer lasts the whole period
    left: bool = False  # "quedan 3 días", "2 days left": what is left of the offer
    ends_today: bool = False  # "se acaba hoy": the end is today, at the clock (time_left.py)


#: the days of a weekday claim: counted from the weekdays it lists ("solo sábado y domingo": 2)
_PER_WEEKDAY = -1.0
#: ... or from the first weekday named to the second ("de viernes a domingo": 3)
_WEEKDAY_SPAN = -2.0


def _span_days(words: str, language: str) -> float | None:
    """The days from the first weekday in ``words`` to the second, both counted (None: not two)."""
    days = _wide_days(language) | _wide_days("en")
    named = [days[w] for w in (_fold(m) for m in _weekdays_pattern(language).findall(words)) if w in days]
    return float((named[1] - named[0]) % 7 + 1) if len(named) == 2 else None


#: the days a whole month stands for in a "long" claim ("todo el mes": the offer lasts at least half of it)
_MONTH_DAYS = 28.0
#: the days "últimos días" / "last days" stand for: a variant that says it is read during the whole
#: offer window, so it fits an offer of a week at most (a nine-day sale is not in its last days on day one)
LAST_DAYS = 7.0


@lru_cache(maxsize=16)
def _claim_patterns(language: str) -> tuple[_ClaimPattern, ...]:
    from babel import Locale

    fields = Locale.parse(language)._data["date_fields"]

    def relative(name: str, offset: int) -> str:
        return str(fields[name]["relative"][offset])

    today, tomorrow = relative("day", 0), relative("day", 1)
    this_week, this_month = relative("week", 0), relative("month", 0)
    this = _words([this_month.split()[0], this_week.split()[0], *_THIS_EXTRA.get(language, [])])
    # "this week", "this month" with every form of the demonstrative: "nesta semana", "neste mês"
    demonstrative = _words(_demonstratives(this_month.split()[0], this_week.split()[0], language=language))
    week_noun, month_noun = this_week.split()[-1], this_month.split()[-1]
    weekend = _words(_WEEKEND.get(language, []) + _WEEKEND["en"])
    weekdays = _weekday_words(language)
    only = _words(_loose(_words_of(_ONLY, language)))
    only_after = _words(_loose(_words_of(_ONLY_AFTER, language)))
    # "solo x hoy" (SMS); "nomás es esta semana", "só é hoje", "is only today" (the copula after "only")
    prep = r"(?:(?:es|é|is|será|sera)\s+)?(?:(?:por|x|durante|for|during|para|pour|per|el|o|on|en|em|in)\s+)?"
    period = [
        (_words([today]), 1.0),
        (_words([tomorrow]), 1.0),
        (rf"{_words([today])}\s+(?:y|and|e|i|et)\s+{_words([tomorrow])}", 2.0),
        (rf"(?:{this})\s+(?:{weekend})", 3.0),
        (rf"(?:{demonstrative})\s+{regex.escape(week_noun)}", 7.0),
        (rf"(?:{demonstrative})\s+{regex.escape(month_noun)}", 31.0),
        # "solo sábado", "solo sábado 16 y domingo 17", "só neste sábado e domingo": one day for
        # each weekday listed
        (
            rf"(?:(?:{this})\s+)?(?:{_words(weekdays)})(?:\s+\d{{1,2}})?(?:\s*(?:,|y|e|i|and|&|et)\s*"
            rf"(?:(?:el|la|o|a|the|le)\s+)?(?:{_words(weekdays)})(?:\s+\d{{1,2}})?)*",
            _PER_WEEKDAY,
        ),
        # "solo de viernes a domingo", "only Friday through Sunday": the days from one to the other
        (
            rf"(?:(?:de|del|from|da|do)\s+)?(?:{_words(weekdays)})\s+(?:a|al|to|through|thru|till|until|até|à|-|–)"
            rf"\s+(?:(?:el|o|the)\s+)?(?:{_words(weekdays)})",
            _WEEKDAY_SPAN,
        ),
    ]
    out: list[_ClaimPattern] = []
    for words, days in period:
        out.append(
            _ClaimPattern(compiled.pattern(rf"(?<!\w)(?:{only})\s+{prep}(?:{words})(?!\w)", _FLAGS), days)
        )
        out.append(
            _ClaimPattern(
                compiled.pattern(rf"(?<!\w)(?:{words})\s*,?\s+(?:{only_after})(?!\w)", _FLAGS), days
            )
        )
    # "todo el mes", "all month long", "o mês todo": the offer lasts the whole period
    whole_before = _words(_words_of(_WHOLE_BEFORE, language))
    whole_after = _words(_words_of(_WHOLE_AFTER, language))
    for noun, days in (
        (_unit_nouns(language, "month", "long"), _MONTH_DAYS),
        (_unit_nouns(language, "week", "long"), 7.0),
        (weekend, 2.0),  # "todo el fin de semana" on a one-day offer
    ):
        out.append(
            _ClaimPattern(
                compiled.pattern(rf"(?<!\w)(?:{whole_before})\s+(?:{noun})(?:\s+long)?(?!\w)", _FLAGS),
                days,
                long=True,
            )
        )
        out.append(
            _ClaimPattern(
                compiled.pattern(rf"(?<!\w)(?:o|a|el|la|the)\s+(?:{noun})\s+(?:{whole_after})(?!\w)", _FLAGS),
                days,
                long=True,
            )
        )
    if (named := _whole_named_month(language)) is not None:
        out.append(_ClaimPattern(named, _MONTH_DAYS, long=True))
    for ends in _ENDS_TODAY.get(language, ()):
        ends = ends.replace("{tomorrow}", _words([tomorrow]))
        out.append(_ClaimPattern(compiled.pattern(rf"(?<!\w)(?:{ends})(?!\w)", _FLAGS), 1.0, ends_today=True))
    # "termina mañana", "ends tomorrow": at most what is left of today and tomorrow, at the clock (in
    # Spanish, Portuguese and English ends_soon.py reads it with its subject, against the calendar)
    if language not in ENDS_SOON_LANGUAGES:
        ends_tomorrow = rf"(?:{_ENDS_VERBS})\s+{_words([tomorrow])}"
        out.append(_ClaimPattern(compiled.pattern(rf"(?<!\w){ends_tomorrow}(?!\w)", _FLAGS), 2.0, left=True))
    # "solo 48 horas", "24 hours only", "quedan 3 días", "one day only"
    units = "|".join(
        (
            _unit_nouns(language, "hour", "short"),
            _unit_nouns(language, "day", "long"),
            _unit_nouns(language, "week", "long"),
        )
    )
    duration = (
        rf"(?P<n>\d{{1,3}}|{_alternation(list(_SMALL_NUMBERS))})[\s\u00a0\u202f-]*(?P<unit>{units})(?!\w)"
    )
    left_before = _words(_loose(_words_of(_LEFT_BEFORE, language)))
    left_after = _words(_words_of(_LEFT_AFTER, language))
    out.append(_ClaimPattern(compiled.pattern(rf"(?<!\w)(?:{only})\s+{prep}{duration}", _FLAGS), None))
    out.append(
        _ClaimPattern(compiled.pattern(rf"(?<![\w,.]){duration}\s*,?\s+(?:{only_after})(?!\w)", _FLAGS), None)
    )
    # "quedan 3 días", "2 days left", "only 2 days left": the time left of the offer at the clock;
    # not a countdown to something else ("quedan 11 días para el Día del Padre")
    countdown = (
        r"(?!\s+(?:para|pra|until|till|before|to)\s+(?:el|la|los|las|o|a|os|as|the)\b"
        # "quedan tres días para el 30 % off", "para la promo": the offer's own time left
        rf"(?!\s+(?:{OFFER_FIGURE}|promo\w*|ofertas?|descuentos?|descontos?|discount|sale|deal|c[oó]digo|code)))"
    )
    out.append(
        _ClaimPattern(
            compiled.pattern(rf"(?<!\w)(?:{left_before})\s+{prep}{duration}{countdown}", _FLAGS),
            None,
            left=True,
        )
    )
    out.append(
        _ClaimPattern(
            compiled.pattern(
                rf"(?<![\w,.])(?:(?:{only})\s+)?{duration}\s*,?\s+(?:{left_after})(?!\w)", _FLAGS
            ),
            None,
            left=True,
        )
    )
    # "últimos días", "last hours", "últimas 24 horas"
    last_days, last_hours = _LAST.get(language, _LAST["en"])
    day_word, hour_word = _unit_nouns(language, "day", "long"), _unit_nouns(language, "hour", "long")
    few = r"(?:(?:few|\d{1,2})\s+)?"
    hour_short = _unit_nouns(language, "hour", "short")
    out.append(
        _ClaimPattern(
            compiled.pattern(rf"(?<!\w)(?:{_words(last_days)})\s+{few}(?:{day_word})(?!\w)", _FLAGS),
            LAST_DAYS,
            True,
        )
    )
    out.append(
        _ClaimPattern(
            # "últimas 48 h", "last 24 hrs", "últimas 12h": a number of hours in CLDR's short units too
            compiled.pattern(
                rf"(?<!\w)(?:{_words(last_hours)})\s+(?:{few}(?:{hour_word})|\d{{1,2}}\s*(?:{hour_short}))(?!\w)",
                _FLAGS,
            ),
            1.0,
            True,
        )
    )
    return tuple(out)


def _loose(words: list[str]) -> list[str]:
    """``words`` and the same without accents ("únicamente" and "unicamente", "nada mas")."""
    return sorted({*words, *(unaccented(w) for w in words)})


#: a whole month named: "todo octubre", "durante todo el mes de mayo", "o mês de julho inteiro",
#: "all of October", "all October long"
_WHOLE_MONTH = {
    "es": (
        r"(?:durante\s+)?todo\s+(?:el\s+mes\s+de\s+)?(?:{m})",
        r"el\s+mes\s+de\s+(?:{m})\s+(?:entero|completo)",
    ),
    "pt": (
        r"(?:durante\s+)?todo\s+(?:o\s+m[eê]s\s+de\s+)?(?:{m})",
        r"o\s+m[eê]s\s+de\s+(?:{m})\s+(?:inteiro|todo)",
    ),
    "en": (r"(?:all\s+of|the\s+whole\s+of|throughout)\s+(?:{m})", r"all\s+(?:{m})\s+long"),
}


def _whole_named_month(language: str) -> regex.Pattern[str] | None:
    from studio.consistency.facts import _calendar

    shapes = _WHOLE_MONTH.get(language)
    if shapes is None:
        return None
    names = [n for n in _calendar(language)[0] if len(n) >= 4]  # "mayo", "july"; not "may" (a verb)
    months = _alternation(names).replace("marco", "mar[cç]o")
    body = "|".join(shape.replace("{m}", months) for shape in shapes)
    return compiled.pattern(rf"(?<!\w)(?:{body})(?!\w)", _FLAGS)


#: prepositions that contract with a demonstrative ("em" + "esta" = "nesta", "de" + "este" = "deste")
_CONTRACTING = {"pt": ("n", "d")}


def _demonstratives(*words: str, language: str) -> list[str]:
    """CLDR's "this" (``este``, ``esta``), its other forms (``esse``, ``essa``: "this" in Brazilian
    speech) and their contractions with a preposition (``nesta``, ``desse``)."""
    forms = set(words)
    if language == "pt":
        forms |= {w.replace("st", "ss", 1) for w in words if w.startswith("est")}
    forms |= {prefix + w for w in list(forms) for prefix in _CONTRACTING.get(language, ())}
    return sorted(forms)


@lru_cache(maxsize=16)
def _weekday_words(language: str) -> list[str]:
    """The weekday names: CLDR's "this Monday"… words and the wide day names."""
    from babel import Locale

    fields = Locale.parse(language)._data["date_fields"]
    words = [str(fields[k]["relative"][0]) for k in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")]
    return words + list(_wide_days(language))


@lru_cache(maxsize=16)
def _weekdays_pattern(language: str) -> regex.Pattern[str]:
    return compiled.pattern(rf"(?<!\w)(?:{_words(_weekday_words(language))})(?!\w)", _FLAGS)


@lru_cache(maxsize=16)
def _hours_pattern(language: str) -> regex.Pattern[str]:
    """A bare duration in hours ("48h", "24 horas"): a claim only next to an offer."""
    hour_word = _unit_nouns(language, "hour", "short")
    return compiled.pattern(rf"(?<![\w,./:])(?P<n>\d{{1,2}})[\s\u00a0\u202f-]*(?:{hour_word})(?!\w)", _FLAGS)


@lru_cache(maxsize=16)
def _per_unit(language: str) -> regex.Pattern[str]:
    """A rate after a duration, from CLDR's "per" unit patterns ("por día", "per week", "/d",
    "/sem."): "2 horas por día" is how long something lasts each day, not the offer."""
    from babel import Locale

    rates: set[str] = set()
    for lang in {language, "en"}:
        patterns = Locale.parse(lang)._data["unit_patterns"]
        for unit in ("duration-day", "duration-week", "duration-month"):
            for width in ("long", "short"):
                per = patterns[unit].get(width, {}).get("per")
                if per and "{0}" in str(per):
                    rates.add(str(per).replace("{0}", "").strip(" \u00a0\u202f"))
    rates.discard("")
    return compiled.pattern(
        rf"\s*(?:{_alternation(sorted(rates | {_fold(r) for r in rates}))})(?!\w)", _FLAGS
    )


@lru_cache(maxsize=32)
def _unit_nouns(language: str, unit: str, widths: str) -> str:
    """``horas|hora`` from CLDR's unit patterns (this language and English); ``short`` adds ``h``."""
    from babel import Locale

    words: set[str] = set()
    for lang in {language, "en"}:
        data = Locale.parse(lang)._data["unit_patterns"][f"duration-{unit}"]
        for width in ("long", "short", "narrow") if widths == "short" else ("long",):
            for key, pattern in data[width].items():
                if key != "per":
                    words.add(str(pattern).replace("{0}", "").strip(" \u00a0\u202f"))
    words.discard("")
    if unit == "hour" and widths == "short":
        words |= {"hs", "hrs"}  # common in Latin American and US copy, not in CLDR
    words |= {_fold(w) for w in words}
    return _alternation(sorted(words))


def whole_months(text: str, locale: str) -> set[int]:
    """The months ``text`` says the offer lasts the whole of ("todo o mês", "todo abril", "all April
    long"): each named month's number, 0 for "the month" unnamed."""
    from studio.consistency.facts import _calendar

    months = _calendar(_language(locale))[0]
    out: set[int] = set()
    for claim in find_claims(text, locale):
        if claim.measure == "long" and claim.days == _MONTH_DAYS:
            named = [
                months[w] for w in (_fold(w) for w in regex.findall(r"\p{L}+", claim.text)) if w in months
            ]
            out.add(named[0] if named else 0)
    return out


def named_month(claim: Claim, locale: str) -> int | None:
    """The month a whole-month claim names ("todo mayo" → 5), None for "todo el mes" or another claim:
    a month the offer does not touch is another time ("Durante todo mayo nos escribieron…")."""
    from studio.consistency.facts import _calendar

    if claim.measure != "long" or claim.days != _MONTH_DAYS:
        return None
    months = _calendar(_language(locale))[0]
    named = [months[w] for w in (_fold(w) for w in regex.findall(r"\p{L}+", claim.text)) if w in months]
    return named[0] if named else None


def find_claims(text: str, locale: str) -> list[Claim]:
    """Every claim in ``text`` about how long the offer lasts, in text order."""
    from studio.consistency.memo import by_paragraph  # a keystroke reads only its paragraph

    return list(by_paragraph(_claims, text, locale))


@lru_cache(maxsize=4096)
def _claims(text: str, locale: str) -> tuple[Claim, ...]:
    """:func:`find_claims`, read once per text (a keystroke re-reads only what changed); where two
    readings overlap the longer wins ("hoy y mañana nomás" over "mañana nomás")."""
    language = _language(locale)
    found: list[Claim] = []
    taken: list[tuple[int, int]] = []
    candidates = [*_pattern_claims(text, language), *urgency_claims(text, language)]
    candidates += ending_claims(text, language)  # ending.py: urgency by structure (claim patterns win ties)
    candidates += ends_soon_claims(text, language)  # ends_soon.py: an end on a coming day, no date
    candidates += restricted_claims(text, language)  # restricted.py: a period bound to "only" or a closing
    candidates += have_left_claims(text, language)  # time_left.py: "aún tienes dos semanas"
    candidates += head_stretch_claims(text, language)  # head_stretch.py: "Dos semanas de descuentos:"
    candidates = [
        c
        for c in candidates
        # what a price buys ("pase todo el mes") or the reader's own stay ("¿Te quedás todo enero?")
        if not (c[3] == "long" and (product_time(text, c[0], c[1]) or reader_time(text, c[0])))
    ]
    # "te queda todo el mes": the period is what is left at the clock (period_left.py); a named month
    # ("aún tenéis todo abril") stays held to its month
    candidates = [(*c[:3], "have_left") if _left_of_period(text, c, locale) else c for c in candidates]
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    for m in _hours_pattern(language).finditer(text):
        before, after = text[max(0, m.start() - 30) : m.start()], text[m.end() : m.end() + 30]
        if (
            regex.search(_NOT_A_CLAIM_BEFORE, before, _FLAGS)
            # "llega en 24-48 horas": what is said before a range is said of its last bound too
            or regex.search(_NOT_A_CLAIM_BEFORE, _RANGE_HEAD.sub("", before), _FLAGS)
            or regex.match(_NOT_A_CLAIM_AFTER, after, _FLAGS)
            or _per_unit(language).match(after)
        ):
            continue
        if not (
            regex.search(_OFFER_WORDS, _sentence(text, m.start(), m.end()), _FLAGS)
            or countdown(text, m.start(), m.end())
        ):
            continue
        if (
            _of_another_thing(text, m.start(), m.end())
            or paid_time(text, m.start(), m.end())
            or party_size(text, m.end())
            or condition_duration(text, m.start())
        ):
            continue
        if 1 <= (hours := int(m.group("n"))) <= 96:
            candidates.append((m.start(), m.end(), hours / 24, "hours"))
    for start, end, days, measure in candidates:
        if counted_from_customer(text, end):
            continue  # "48 horas desde su recepción": each customer's time, not the offer's (counted.py)
        if bundled_time(text, start, end):
            continue  # "$48 for a lane, 2 hours and shoes": what the price buys (bundled_time.py)
        if not any(start < b and a < end for a, b in taken):
            found.append(Claim(text[start:end], start, end, days, measure))
            taken.append((start, end))
    found.sort(key=lambda c: c.start)
    return tuple(found)


def _left_of_period(text: str, c: tuple[int, int, float, str], locale: str) -> bool:
    """Whether a whole-period claim ("todo el mes") is said to be left ("te queda todo el mes") or to
    be what the reader has ("tenés toda la semana", "you have all week": the time from the clock)."""
    return (
        c[3] == "long"
        and (
            period_left(text, c[0])
            or period_ahead(text, c[1])
            or reader_has_it(text, c[0], c[1], _language(locale))
        )
        and named_month(Claim(text[c[0] : c[1]], c[0], c[1], c[2], "long"), locale) is None
    )


def _pattern_claims(text: str, language: str) -> list[tuple[int, int, float, str]]:
    """(start, end, days, measure) of every claim pattern's match in ``text``."""
    out: list[tuple[int, int, float, str]] = []
    for claim in _claim_patterns(language):
        if not may_match(claim.pattern, text):  # none of the words it needs (studio.prefilter)
            continue
        for m in claim.pattern.finditer(text):
            if regex.search(_NEGATED, text[max(0, m.start() - 8) : m.start()], _FLAGS):
                continue  # "no solo hoy, sino todos los días"
            # "in the last 24 hrs" is the past as "en los últimos días" is ("nos quedan" is no "nos últimos")
            last_left = claim.left and m.group().casefold().startswith(("last", "final"))
            if (claim.about_the_end or last_left) and (
                (
                    regex.search(_LAST_NOT_AFTER, text[max(0, m.start() - 30) : m.start()], _FLAGS)
                    and not _in_the_offers_last(text, m.start(), m.end())
                )
                or regex.search(_LAST_PRICE_HISTORY, text[max(0, m.start() - 60) : m.start()], _FLAGS)
                or regex.match(_LAST_NOT_BEFORE, text[m.end() :], _FLAGS)
            ):
                continue
            days = claim.days if claim.days is not None else _duration_days(m)
            if claim.about_the_end and _ONE_LAST_DAY.search(m.group()):
                days = 1.0  # "Last day!" (English "last" has no plural): the offer's last day, not days
            if days == _PER_WEEKDAY:
                days = float(len(_weekdays_pattern(language).findall(m.group())))
            elif days == _WEEKDAY_SPAN:
                days = _span_days(m.group(), language)
            if days:
                measure = _measure(claim, days)
                if days == 1.0 and measure == "end" and tomorrow_is_last(text, m.start()):
                    measure = "ends_tomorrow"  # "Tomorrow: last day" (time_left.py)
                if measure == "left_count" and _fold(m.group("unit")).startswith(("sem", "week")):
                    measure = "left_weeks"  # "faltan dos semanas": counted in whole weeks (time_left.py)
                elif measure == "left_count" and WORKING_AFTER.match(text, m.end()):
                    measure = "left_workdays"  # "quedan cinco días hábiles" (working_days.py)
                out.append((m.start(), m.end(), days, measure))
    return out


#: "estamos en los últimos días", "we're in the last days": the present, not the past
_PRESENT_IN = compiled.pattern(
    r"\b(?:estamos|est[aá]n|est[aá]s?|estou|we['’]?re|we\s+are|you['’]?re|it['’]?s)\s+(?:en\s+(?:los|las)|nos|nas|n[oa]s|"
    r"in\s+(?:the|its|our))\s+\Z",
    _FLAGS,
)
#: "últimos días de la promo", "últimos dias da promoção", "last days of the sale": the offer's
_OF_THE_OFFER = compiled.pattern(
    r"\s+(?:de|del|da|do|of)\s+(?:(?:la|el|a|o|the|our|this|esta|nuestra|nossa|essa)\s+)?"
    r"(?:promo\w*|ofertas?|offer|sale|descuentos?|descontos?|rebajas|liquida\w*|campa\w+)\b",
    _FLAGS,
)


#: a singular day after "last" with no number: "last day", "final day"
_ONE_LAST_DAY = compiled.pattern(r"^(?:last|final)\s+day$", _FLAGS)


def _in_the_offers_last(text: str, start: int, end: int) -> bool:
    """Whether "en los últimos días" / "nos últimos dias" is said in the present ("Estamos nos
    últimos dias") or of the offer ("nos últimos dias da promoção"): a claim, not a past period."""
    return bool(
        _PRESENT_IN.search(text, max(0, start - 30), start)
        or _OF_THE_OFFER.match(text, end)
        or _ITS_LAST.search(text, max(0, start - 30), start)
    )


#: "a $ 96.000 en sus últimos días", "nos seus últimos dias": the last days of what the sentence
#: sells (a possessive, not a past period: "en los últimos días")
_ITS_LAST = compiled.pattern(r"\b(?:en|in|nos|nas)\s+(?:sus|seus|suas|its|their)\s+\Z", _FLAGS)


def _measure(claim: _ClaimPattern, days: float) -> str:
    if claim.ends_today:
        return "ends_today"  # held against the send date (time_left.py)
    if claim.left:
        # "quedan 3 días", "2 weeks left": a count of the time left, neither much more nor much less
        return "left_count" if claim.days is None else "left"
    measure = "long" if claim.long else "end" if claim.about_the_end else "calendar"
    if measure == "calendar" and claim.days in _NAMED_PERIODS:
        return _NAMED_PERIODS[claim.days]  # "esta semana", "este mes": that very week or month
    if claim.days is None:
        return "hours" if days < 3 else "calendar"  # "48 horas", "3 días"
    return measure


def _duration_days(m: regex.Match[str]) -> float | None:
    raw = m.group("n").casefold()
    n = int(raw) if raw.isdigit() else _SMALL_NUMBERS.get(raw)
    if not n:
        return None
    unit = _fold(m.group("unit"))
    is_hours = unit.startswith(("h", "ho", "heure"))
    if unit.startswith(("sem", "week")):
        return 7.0 * n  # "quedan dos semanas", "only 2 weeks left"
    return n / 24 if is_hours else float(n)


#: the noun a duration is said of: "talleres de 3 horas", "aulas de 2 horas", "a 3-hour workshop"
_NOUN_BEFORE = compiled.pattern(r"(?P<noun>\p{L}+(?:[^\S\n]+\p{L}+){0,2}?)\s+(?:de|of)\s+\Z", _FLAGS)
_NOUN_AFTER = compiled.pattern(r"\s+(?P<noun>\p{L}+)", _FLAGS)


def _of_another_thing(text: str, start: int, end: int) -> bool:
    """Whether a bare duration is said of another thing than the offer: the noun it qualifies
    ("cursillos de 2 horas", "a 3-hour class") is no offer word ("oferta de 24 horas", "a
    24-hour sale" are claims)."""
    opening = text.rfind("(", max(0, start - 60), start)
    if opening >= 0 and ")" not in text[opening:start]:  # "el taller del sábado (2 horas, 30 €)"
        said_of = regex.findall(r"\p{L}+", text[max(0, opening - 30) : opening])
        if said_of and not regex.fullmatch(_OFFER_WORDS, said_of[-1], _FLAGS):
            return True
    before = _NOUN_BEFORE.search(text, max(0, start - 40), start)
    after = _NOUN_AFTER.match(text, end) if "-" in text[start:end] else None
    noun = before or after
    # the noun and the words before it in its phrase ("promoção relâmpago de 24 horas")
    return noun is not None and not any(
        regex.fullmatch(_OFFER_WORDS, word, _FLAGS) for word in noun.group("noun").split()
    )


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span (split on . ! ? ¡ ¿ and line breaks)."""
    left = max(text.rfind(ch, 0, start) for ch in ".!?¡¿\n")
    rights = [i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0]
    return text[left + 1 : min(rights) if rights else len(text)]
