"""Days of another thing in an offer's copy, told by what the sentence says of them.

Three kinds of day that are no statement of the offer's window, wherever they stand:

* **a named day of the calendar trade** — "na sexta, 26 de novembro, é Black Friday", "el Buen Fin
  (viernes 12 de noviembre)", "Mother's Day is Sunday, May 9": a day listed as that event's, in a
  part of the sentence with no offer fact (percentage, code, the sheet's price), outside the offer's
  window, when the campaign is not itself about that event;
* **another thing's start or last day** — "la cohorte que empieza el 8 de noviembre", "a turma
  começa em 9 de agosto", "la fecha de la mudanza puede ser hasta el 31 de agosto", "tu sesión
  puede ser … hasta el 26 de octubre", "your move can be any day through August 31": a noun
  phrase of its own (not the offer, the campaign, a sale, a booking or a purchase) and, between it
  and the day, a start verb or "hasta"/"até"/"through" and no offer word nor offer fact; the day
  at least :data:`~studio.consistency.starts.FAR` days from the window (else the offer's
  mistyped, as :mod:`.starts` has it); a start not on the day number of one of the offer's ends (a
  slipped month keeps it); a last day after the offer's (whatever its day number: "tu sesión puede
  ser … hasta el 26 de octubre" in an offer to 26 September names the session's own); a heading
  before a colon is no such phrase, nor one before a day fronted from a clause of being or costing,
  when the clause after the day states an offer fact ("Landlords of the North Side: through August
  18 the kit is $49.99", "até 19 de maio ela está 20% mais barata": the offer's end);
* **the day after the offer's last** — "A partir del 31, 120 €", "desde el 19 vuelve a 70 €",
  "from July 19, back to $71.99": when the price returns, not the offer's start.

The offer's own window stated wrong keeps an offer word or fact beside it ("la promo empieza el
6", "el kit está a 49 € hasta el 25"), or no subject at all ("Empieza el 6", "hasta el 25").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

import regex

from studio import compiled
from studio.consistency.events import part_of
from studio.consistency.facts import FactKind, _fold
from studio.consistency.habitual import habitual_day
from studio.consistency.sheet import Seen, Sheet, date_matches
from studio.consistency.starts import FAR

#: named days of the trade calendar (folded) whose date moves from year to year or country to country
#: in ways not worked out here: any day outside the window may be theirs
_MOVING = (
    "buen fin|hot sale|dia sin iva|prime day|cyber day|cyber week|carnaval|semana santa|pascua|easter|"
    "vuelta al cole|back to school|super bowl|dia del nino|dia de los ninos|dia de la nina|labor day"
)
#: named days with a fixed date (month, day) or a weekday rule (month, weekday, nth from 1; -1 last)
_FIXED: dict[str, tuple[int, int]] = {
    "navidad": (12, 25),
    "natal": (12, 25),
    "christmas": (12, 25),
    "nochebuena": (12, 24),
    "nochevieja": (12, 31),
    "ano nuevo": (1, 1),
    "ano novo": (1, 1),
    "new year": (1, 1),
    "dia de reyes": (1, 6),
    "san valentin": (2, 14),
    "dia de los enamorados": (2, 14),
    "valentine day": (2, 14),
    "dia del amor y la amistad": (2, 14),
    "dia dos namorados": (6, 12),
    "halloween": (10, 31),
    "dia de muertos": (11, 2),
    "dia das criancas": (10, 12),
    "dia do consumidor": (3, 15),
    "singles day": (11, 11),
    "independence day": (7, 4),
}
_NTH: dict[str, tuple[tuple[int, int, int], ...]] = {
    # Thanksgiving: the fourth Thursday of November; Black Friday and Cyber Monday after it
    "thanksgiving": ((11, 3, 4),),
    "dia de la madre": ((5, 6, 1), (5, 6, 2), (10, 6, 3)),
    "dia de las madres": ((5, 6, 2),),
    "dia das maes": ((5, 6, 2),),
    "mother day": ((5, 6, 2),),
    "dia del padre": ((6, 6, 3),),
    "dia dos pais": ((8, 6, 2),),
    "father day": ((6, 6, 3),),
}
_NAMED = (
    "|".join(
        [
            _MOVING,
            "black friday|cyber monday|cybermonday|cyber segunda|dia de la madre|dia del padre",
            *_FIXED,
            *_NTH,
        ]
    )
    .replace("mother day", "mother'?s day")
    .replace("father day", "father'?s day")
    .replace("valentine day", "valentine'?s day")
    .replace("new year", "new year'?s")
)
_EVENT_NAME = compiled.pattern(r"\b(?:" + _NAMED.replace(" ", r"[\s-]+") + r")\b")
#: a named observance of any subject, its day not worked out here (so any day outside the window may
#: be its own): "Día Internacional del Café", "Día Mundial de la Bicicleta", "Dia Nacional do Samba",
#: "Día del Maestro", "Dia do Cliente", "International Coffee Day", "World Bicycle Day" — in Spanish
#: and Portuguese "Día"/"Dia", an optional "Internacional/Mundial/Nacional", "de"/"do"/"da" and a
#: capitalised noun; in English "International/World/National", up to three words and "Day". Read on
#: the text as written: a capital is what makes "Día del Cliente" a name and "el día de la entrega" none
_OBSERVANCE = compiled.pattern(
    r"\b(?:D[ií]a\s+(?:(?:Internacional|Mundial|Nacional|Global)\s+)?"
    r"(?:de(?:l|\s+la|\s+las|\s+los)?|d[oa]s?)\s+\p{Lu}\p{L}*"
    r"|(?:International|World|National|Global)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}Day)\b"
)


def _nth(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _event_days(name: str, year: int) -> set[date] | None:
    """The days the named trade day falls on in ``year``; None when they move in ways not known here."""
    key = regex.sub(r"[\s-]+", " ", name).replace("'s", "").replace("'", "")
    if _EVENT_NAME.fullmatch(key) and regex.fullmatch(rf"(?:{_MOVING})", key):
        return None
    thanksgiving = _nth(year, 11, 3, 4)
    if key == "black friday":
        return {thanksgiving + timedelta(days=1)}
    if key in ("cyber monday", "cybermonday", "cyber segunda"):
        return {thanksgiving + timedelta(days=4)}
    if key in _FIXED:
        return {date(year, *_FIXED[key])}
    return {_nth(year, *rule) for rule in _NTH.get(key, ())} or None


#: a noun phrase of its own: a determiner or possessive and its noun (folded)
_PHRASE = compiled.pattern(
    r"\b(?:el|la|los|las|tu|tus|su|sus|vuestra|vuestro|nuestra|nuestro|o|a|os|as|seu|sua|seus|suas|"
    r"nossa|nosso|tua|teu|tuas|teus|the|your|our|its|this|esta|este|essa|esse)\s+(?P<noun>\p{L}{3,})\b"
)
#: nouns that are the offer, a sale, a booking or a purchase, a price, or a piece of the calendar
_OWN = compiled.pattern(
    r"(?:ofert|offer|promo|descuent|descont|discount|rebaj|liquida|sale\b|deal|cupon|cupom|coupon|codig|code|"
    r"campan|campaign|precio|preco|price|tarif|venta|vend|preventa|compr|pedid|purchas|order|buy|shop|reserv|"
    r"book|adquir|contrat|suscri|assin|inscri|matricul|sign|canje|redeem|resgat|vigenc|validez|plazo|"
    r"fecha|data|date|dia|day|semana|week|mes|month|fin|final|ultim|last|lunes|martes|miercoles|jueves|"
    r"viernes|sabado|domingo|segunda|terca|quarta|quinta|sexta|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|hora|hour|noche|night|manana|morning|tarde)\p{L}*"
)
#: words between the phrase and the day that tie the day to the offer after all (folded)
_OFFER_BETWEEN = compiled.pattern(
    r"\b(?:ofert|offer|promo|descuent|descont|discount|rebaj|cupon|cupom|coupon|codig|code|precio|preco|"
    r"price|valid|vigent|aprovech|aproveit|%)\p{L}*|%"
)
#: a start verb or an "until" right before the day, after the phrase (folded)
_LINK = compiled.pattern(
    r"\b(?:empieza|empiezan|comienza|comienzan|inicia|inician|arranca|arrancan|abre|abren|comeca|comecam|"
    r"iniciam|starts?|begins?|opens?|kicks\s+off|hasta|ate|until|till|through|thru)\b"
)
#: "from" words that open the day after the offer's last ("A partir del 31", "desde el 19")
_FROM = compiled.pattern(
    r"(?:a\s+partir\s+d[eo]l?|a\s+partir\s+de|desde|from|starting|a\s+contar\s+d[eo])\W+(?:\p{L}+\W+){0,2}\Z"
)


#: how far before a phrase a percentage or code makes it the thing discounted ("-25 % en el …")
_DISCOUNTED_BEFORE = 12
#: how far before a day its event's name may stand, outside its part of the sentence
_NAME_BEFORE = 25


def _offer_fact_in(s: Seen, seen: Sequence[Seen], first: int, last: int, sheet: Sheet) -> bool:
    prices = {(a, sheet.currency) for a in (sheet.price, sheet.original_price) if a is not None}
    return any(
        o is not s
        and o.field == s.field
        and first <= o.fact.start < last
        and (
            o.fact.kind in (FactKind.PERCENT, FactKind.CODE)
            or (o.fact.kind is FactKind.PRICE and o.fact.value in prices)
        )
        for o in seen
    )


@lru_cache(maxsize=64)
def _campaign_events(name: str) -> frozenset[str]:
    named = {m.group() for m in _EVENT_NAME.finditer(_fold(name))}
    return frozenset(named | {_fold(m.group()) for m in _OBSERVANCE.finditer(name)})


def named_event_day(s: Seen, seen: Sequence[Seen], sheet: Sheet, clause: tuple[int, int]) -> bool:
    """Whether the day ``s`` is listed as a named trade day that is not the campaign's own."""
    days = set(_days(s, sheet))
    # a trade day inside the window is the offer's own ("Black Friday: solo hoy, viernes 28")
    if (
        s.fact.value.role not in (None, "within")
        or not days
        or any(sheet.start <= d <= sheet.end for d in days)
    ):
        return False
    first, last = part_of(s.text, s.fact.start, s.fact.end, clause)
    # its part of the sentence, or right before it: "El Buen Fin (viernes 12 de noviembre)"
    first = max(clause[0], min(first, s.fact.start - _NAME_BEFORE))
    names = {m.group() for m in _EVENT_NAME.finditer(_fold(s.text[first:last]))}
    names |= {
        _fold(m.group())
        for m in _OBSERVANCE.finditer(s.text[first:last])
        if not _OFFER_BETWEEN.search(_fold(m.group())) and not _OWN_BETWEEN.search(_fold(m.group()))
    }
    own = _campaign_events(
        " ".join([sheet.campaign.name, *(c.message.headline for c in sheet.campaign.locales.values())])
    )
    # the event's own day, when it is known ("Black Friday, viernes 28" in 2026 is no Black Friday)
    names = {n for n in names - own if (known := _event_days(n, min(days).year)) is None or known & days}
    return bool(names) and not _offer_fact_in(s, seen, first, last, sheet)


def _days(s: Seen, sheet: Sheet) -> list[date]:
    value = s.fact.value
    years = {value.year} if value.year else {sheet.start.year, sheet.end.year}
    out = []
    for year in sorted(years):
        try:
            out.append(date(year, value.month, value.day))
        except ValueError:
            continue
    return out


def _far(day: date, sheet: Sheet) -> bool:
    return (sheet.start - day).days >= FAR or (day - sheet.end).days >= FAR


def another_things_day(s: Seen, seen: Sequence[Seen], sheet: Sheet, clause: tuple[int, int]) -> bool:
    """Whether the day ``s`` is another thing's start or last day (see the module docstring)."""
    value = s.fact.value
    days = _days(s, sheet)
    if not days or not all(_far(d, sheet) for d in days):
        return False  # a day a few days off the window: the offer's, mistyped
    if value.role != "end" and value.day in (sheet.start.day, sheet.end.day):
        return False  # a start on the day number of one of its ends: the offer's, its month slipped
    if value.role == "end" and not all(d > sheet.end for d in days):
        return False
    before = _fold(s.text[clause[0] : s.fact.start])
    phrases = [m for m in _PHRASE.finditer(before) if not _OWN.match(m.group("noun"))]
    if not phrases:
        return False
    phrase = phrases[-1]
    between = before[phrase.end() :]
    if _OFFER_BETWEEN.search(between) or not _LINK.search(between):
        return False
    if value.role not in ("end", "start") and not _LINK.search(between[-30:]):
        return False
    fronted = ":" in between or _FRONTED.match(_fold(s.text[s.fact.end : clause[1]]))
    if (
        fronted
        and _UNTIL_BEFORE.search(between)
        and _offer_fact_in(s, seen, s.fact.end, min(clause[1], s.fact.end + _FRONT_REACH), sheet)
    ):
        return False  # "Landlords: through Feb 17 the kit is $76", "até 19 de maio ela está 20% mais barata"
    # from just before the phrase: "-25 % en el forfait de 3 días hasta el 31/01" names the thing discounted
    at = clause[0] + max(0, phrase.start() - _DISCOUNTED_BEFORE)
    return not _offer_fact_in(s, seen, at, s.fact.end, sheet) and not _OWN_BETWEEN.search(between)


#: a clause opening right after the day: a subject (a pronoun, or up to four words) and a verb of
#: being or costing ("até 19 de maio ela está 20% mais barata", "through Feb 17 our tune-up is $76",
#: "hasta el 18 el kit queda en $449"): the day is fronted from that clause (folded text)
_FRONTED = compiled.pattern(
    r"\s*,?\s*(?:\p{L}+\s+){0,4}?(?:esta|estan|es|son|queda|quedan|sale|salen|cuesta|cuestan|vale|valen|"
    r"fica|ficam|sai|saem|custa|custam|is|are|costs?|stays?|drops?|runs?)\b"
)
#: "until" right before the day (an article between): the day ends what the clause after it says
#: ("que empieza el 8 de noviembre, la inscripción cuesta…" starts another thing)
_UNTIL_BEFORE = compiled.pattern(r"\b(?:hasta|ate|until|till|through|thru)\s+(?:(?:el|la|o|a|the|dia)\s+)?\Z")
#: how far after the day the offer fact of its fronted clause may stand
_FRONT_REACH = 80
#: an offer, sale or purchase noun between the phrase and the day ("tu sesión … con la promo hasta")
_OWN_BETWEEN = compiled.pattern(r"\b(?:ofert|offer|promo|campan|campaign|venta|preventa|sale\b|deal)\p{L}*")


def day_after_end(s: Seen, seen: Sequence[Seen], sheet: Sheet, clause: tuple[int, int]) -> bool:
    """Whether ``s`` opens the day after the offer's last ("A partir del 31, 120 €"), in a part of
    the sentence with no percentage nor code."""
    after = sheet.end + timedelta(days=1)
    value = s.fact.value
    if (value.month, value.day) != (after.month, after.day) or value.year not in (None, after.year):
        return False
    if value.role != "start" and not _FROM.search(_fold(s.text[max(0, s.fact.start - 30) : s.fact.start])):
        return False
    first, last = part_of(s.text, s.fact.start, s.fact.end, clause)
    return not any(
        o.field == s.field
        and first <= o.fact.start < last
        and o.fact.kind in (FactKind.PERCENT, FactKind.CODE)
        for o in seen
    )


def other_things_day(s: Seen, seen: Sequence[Seen], sheet: Sheet, clause: tuple[int, int]) -> bool:
    """Whether the day ``s`` (not one of the offer's ends) is another thing's (module docstring)."""
    if s.fact.kind is not FactKind.DATE or not s.fact.value.day or not 1 <= s.fact.value.month <= 12:
        return False
    return (
        named_event_day(s, seen, sheet, clause)
        or day_after_end(s, seen, sheet, clause)
        or another_things_day(s, seen, sheet, clause)
        or habitual_day(s, seen, clause)  # "suele ser el 25 de junio": a habit (habitual.py)
    )


def other_things(seen: Sequence[Seen], sheet: Sheet) -> set[int]:
    """The ``id`` of every stated date, none of the offer's ends, that is another thing's day."""
    from studio.consistency.context import clause_of

    return {
        id(s)
        for s in seen
        if s.fact.kind is FactKind.DATE
        and not date_matches(s.fact.value, sheet.start)
        and not date_matches(s.fact.value, sheet.end)
        and other_things_day(s, seen, sheet, clause_of(s.text, s.fact.start, s.fact.end))
    }
