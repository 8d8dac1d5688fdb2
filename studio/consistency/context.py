"""Which of the dates and prices a channel states are the offer's.

Long copy states more than the offer: a tasting on the Saturday inside the offer, the day classes
start after it, a street named after a date, the price of the popcorn, the shipping cost, what the
customer saves. A reviewer calls such a date or price wrong only when the copy presents it as the
offer's. Here a stated date or amount that is not the fact sheet's is the offer's (and so in
conflict) when its clause (the words between two sentence stops) speaks of the offer — an offer
word ("oferta", "promo", "descuento", "válido", "offer", "valid", "desconto"…) or another offer
fact (a percentage, a code; for a date also a price; for an amount the original price beside it)
stands in it — and otherwise:

- a date without a role ("el sábado 10") is a day of something else when it falls inside the
  offer window (an event during the offer) or when its field states one end of the offer;
- one end of a range, or a date after "hasta"/"desde", is the offer's when the other end of its
  range is the sheet's ("April 3–11") or, alone, when it falls inside the window ("hasta el 30" in
  an offer to the 31st), else a date of something else once its field states that end of the
  offer ("inscripciones hasta el 15 de enero" beside "hasta el 30 de noviembre");
- an amount is the price of something else (shipping, another product) only in a text longer
  than a post on X whose field states the sheet's price, and when the words just before it do not
  name what the sheet's price is the price of ("latte" in "latte a 3,90 €"); one of n payments
  of the price ("3x de R$ 4,30") is the price; a saving ("ahorra 60 €", "save $40") is
  checked as the original price minus the price; the original price written without a "before"
  word ("antes", "was", "reg.") in a field that does not state the price is the price in conflict.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection, Sequence
from datetime import date
from decimal import Decimal
from functools import lru_cache

import regex

from studio import compiled
from studio.consistency.apart import apart_from_offer, blank_apart
from studio.consistency.asides import bracketed_day
from studio.consistency.below_usual import said_before, states_the_offer
from studio.consistency.cutoff import order_cutoff
from studio.consistency.dates import OWN_END
from studio.consistency.estimates import estimate
from studio.consistency.events import declared_outside, event_day, listed_with, opens_offer
from studio.consistency.facts import DateValue, FactKind, _fold
from studio.consistency.held import drop_held_expiry
from studio.consistency.offer_scope import not_carried, outside_offer_words
from studio.consistency.offer_units import counted_shipping, offer_units, other_count, own_bound
from studio.consistency.pointing import another_things_day
from studio.consistency.price_contrast import contrasted_original
from studio.consistency.rates import hourly_other, per_offer_unit
from studio.consistency.schedule import schedule_day
from studio.consistency.sheet import Seen, Sheet, date_matches
from studio.consistency.slips import price_slip
from studio.consistency.start_verbs import and_ends
from studio.consistency.time_left import DURATION
from studio.consistency.units import one_unit
from studio.consistency.variant_price import bound_to_a_measure
from studio.consistency.weekday_asides import weekday_of_another_thing

#: words that make a clause about the offer (folded: no accents, lower case), per language
_OFFER_WORDS = {
    "es": "oferta ofertas promo promocion promociones descuento descuentos dto codigo cupon rebaja rebajas "
    "rebajado rebajada liquidacion buen_fin hot_sale",
    "en": "offer offers deal deals sale promo promotion discount discounts code coupon black_friday "
    "cyber_monday",
    "pt": "oferta ofertas promo promocao desconto descontos cupom codigo liquidacao",
    "ca": "oferta promo promocio descompte codi",
    "fr": "offre promo promotion remise reduction code",
}
#: words that make a clause state the offer's validity (dates only)
_VALIDITY_WORDS = {
    "es": "valido valida validos validas vigente vigencia vence caduca solo unicamente termina acaba "
    "finaliza ultimo_dia",
    "en": "valid expires expire only ends last_day",
    "pt": "valido valida validos validas vigente vigencia vence so somente apenas termina acaba ultimo_dia",
    "ca": "valid valida acaba darrer_dia",
    "fr": "valable termine dernier_jour",
}
#: words that make a clause state the offer's price (amounts only): "ahora 49 €", "now $39", "Precio: 59 €"
_PRICE_WORDS = {
    "es": "ahora solo unicamente especial promocional precio_:",
    "en": "now only just special price_:",
    "pt": "agora so apenas especial promocional preco_:",
    "ca": "ara nomes especial preu_:",
    "fr": "maintenant seulement special prix_:",
}
#: words before an amount that make it a saving ("ahorra 60 €", "save $40", "economize R$ 70")
_SAVING = compiled.pattern(
    r"\b(?:ahorra|ahorras|ahorre|ahorren|ahorras|ahorrate|ahorrá|ahorro\s+de|ahorrar|te\s+ahorras|"
    r"save|saves|saving|savings\s+of|you\s+save|economize|economiza|economia\s+de|economizar|"
    r"estalvia)\s+(?:(?:un|una|hasta|up\s+to|ate|até|mas\s+de|over|about|around|unos|unas)\s+)?\Z",
    regex.IGNORECASE,
)
#: words after an amount that make it a saving ("$1 off", "0,70 € de descuento", "R$ 3 de desconto")
_SAVING_AFTER = compiled.pattern(
    r"\s*(?:off|de\s+descuento|de\s+desconto|de\s+ahorro|de\s+econom[ií]a|menos|less|de\s+descompte)\b",
    regex.IGNORECASE,
)
#: words before an amount that make it the shipping cost ("el envío a domicilio cuesta $ 9.900",
#: "shipping: $5.99", "frete R$ 15"), not when they say it is free ("envío gratis y latte a 3,50 €")
_SHIPPING = compiled.pattern(
    r"\b(?:envio|envios|shipping|delivery|frete|despacho|portes|gastos\s+de\s+envio)\b"
    r"(?P<between>[^.!?\n\d]{0,30})\Z",
    regex.IGNORECASE,
)
_FREE = compiled.pattern(r"\b(?:gratis|free|gratuit[oa]s?|sin\s+costo|sem\s+custo|incluido|included)\b")
#: words before an amount that make it one of n payments ("3x de R$ 4,30", "3 cuotas sin interés de
#: $ 1.167", "hasta 6 meses sin intereses de $9.99", "4 interest-free payments of $1.13")
_INSTALMENTS = compiled.pattern(
    r"\b(?P<n>\d{1,2})\s*(?:[\w-]+\s+)?(?:x|cuotas?|pagos?|mensualidades|meses|parcelas?|vezes|prestacoes|payments?|"
    r"installments?|instalments?)\b(?:\s+[\w-]+){0,3}?\s+(?:de|of|por|at)\s+\Z",
    regex.IGNORECASE,
)
#: words before an amount that mark it as the price before the offer
_BEFORE = compiled.pattern(
    r"(?:\b(?:antes|era|eran|was|were|reg|regular|before|normal|normalmente|habitual|usual|list|pvp|"
    r"valia|costaba|custava|saia|instead\s+of|en\s+lugar\s+de|en\s+vez\s+de|em\s+vez\s+de|"
    r"original|originally|sin\s+descuento|sem\s+desconto|without)\b|~~)\W{0,3}"
    r"(?:(?:precio|price|preco|valor|of|de|a|por)\W{1,3}){0,2}\Z",
    regex.IGNORECASE,
)


def _unless_offer(m: regex.Match[str]) -> str:
    """The words of an :data:`~studio.consistency.dates.OWN_END` match dropped, unless its noun
    is the offer's ("tu cupón vence")."""
    return m.group(0) if any(_words(lang, False).fullmatch(m.group("noun")) for lang in ("es", "pt")) else " "


#: an end verb and the thing that ends after it ("vence el plazo para renovar", "termina la
#: inscripción", "closes the registration"): its end is no statement of the offer's validity unless
#: that thing is the offer ("termina la promo") (folded text)
_ENDS_SUBJECT = compiled.pattern(
    r"\b(?:vence|vencen|caduca|caducan|expira|expiran|termina|terminan|acaba|acaban|finaliza|finalizan|cierra|"
    r"cierran|encerra|encerram|ends|expires|closes)\s+(?:el|la|los|las|tu|tus|su|sus|the|your|o|a|os|as|seu|sua)\s+"
    r"(?P<noun>\p{L}+)"
)
#: a text this short (an SMS, a post on X, a subject) has no room for other prices: each is the offer's
SHORT = 280
#: a sentence stop (not an abbreviation's dot: "(reg. $159.99)", "Av. 5"), a line break or an emoji
#: (social copy ends its clauses with them: "… ☕ Y el sábado")
_CLAUSE_END = compiled.pattern(
    r"(?<!\b(?:reg|aprox|approx|av|avda|dto|dcto|desc|núm|num|nº|st|sr|sra|dr|vs|ca|min|max|máx|mín|tel|"
    r"ref|incl|ej|pág|pag|p|[ap]\.\s?m|hrs?|hs|h))\.(?=\s|$)|[!?;](?=\s|$)|\n|\p{So}",  # "11:59 p.m. on"
    regex.IGNORECASE,
)


#: English offer words that are common words of another language: "sale" is "costs" in Spanish
#: ("la despensa familiar sale en $899")
_HOMOGRAPHS = {"es": frozenset({"sale"})}


@lru_cache(maxsize=16)
def _words(language: str, dates: bool) -> regex.Pattern[str]:
    more = _VALIDITY_WORDS if dates else _PRICE_WORDS
    words = [
        w
        for table in (_OFFER_WORDS, more)
        for w in table.get(language, "").split() + table["en"].split()
        if w not in _HOMOGRAPHS.get(language, ())
    ]
    # sorted twice: one source text whatever the hash seed, so studio.compiled's store finds it
    alternation = "|".join(w.replace("_", r"\s*") for w in sorted(sorted(set(words)), key=len, reverse=True))
    return compiled.pattern(rf"\b(?:{alternation})(?!\w)")


def clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: from the last sentence stop before it to the next after."""
    first = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        first = m.end()
    after = _CLAUSE_END.search(text, end)
    return first, after.start() if after else len(text)


def in_offer_clause(s: Seen, seen: Sequence[Seen], locale: str, prices: Collection[object] = ()) -> bool:
    """Whether the clause ``s`` stands in speaks of the offer (see the module docstring);
    ``prices`` are the price facts' values that make it the offer's (the sheet's price and original
    price beside a date; the original price beside an amount: "$129.99 instead of $159.99")."""
    first, last = clause_of(s.text, s.fact.start, s.fact.end)
    words = OWN_END.sub(_unless_offer, _fold(s.text[first : s.fact.start] + " " + s.text[s.fact.end : last]))
    # "(ya sin descuento)", "fuera de la promo": a negated offer word is no offer word
    words = _NOT_IN_OFFER.sub(" ", _NO_DISCOUNT.sub(" ", _ENDS_SUBJECT.sub(_unless_offer, words)))
    words = blank_apart(words)  # "(165 € por persona, aparte de esta oferta)": another thing's (apart.py)
    words = drop_held_expiry(words)  # "the Range Card expires…": the card's own expiry (held.py)
    words = outside_offer_words(words, s.fact.kind is FactKind.DATE)  # "solo el perfil … cuesta"
    if _words(locale.split("-")[0].lower(), s.fact.kind is FactKind.DATE).search(words):
        return True
    return any(
        o.field == s.field
        and first <= o.fact.start < last
        and (
            o.fact.kind in (FactKind.PERCENT, FactKind.CODE)
            or (o.fact.kind is FactKind.PRICE and o.fact.value in prices)
        )
        for o in seen
        if o is not s
    )


@lru_cache(maxsize=16)
def _offer_nouns(locale: str) -> regex.Pattern[str]:
    language = locale.split("-")[0].lower()
    words = set(_OFFER_WORDS.get(language, "").split()) | set(_OFFER_WORDS["en"].split())
    words -= _HOMOGRAPHS.get(language, frozenset())
    return compiled.pattern(r"\b(?:" + "|".join(w.replace("_", r"\s*") for w in sorted(words)) + r")\b")


def _event(s: Seen, seen: Sequence[Seen], locale: str) -> bool:
    """Whether a date in a clause about the offer is an event's day (see :mod:`.events`)."""
    clause = clause_of(s.text, s.fact.start, s.fact.end)
    return event_day(s, seen, clause, _words(locale.split("-")[0].lower(), True))


def _cutoff(s: Seen, seen: Sequence[Seen], locale: str, offer: Collection[object]) -> bool:
    """Whether a date inside the window is a day to order by (see :mod:`.cutoff`)."""
    clause = clause_of(s.text, s.fact.start, s.fact.end)
    return order_cutoff(s, seen, clause, _words(locale.split("-")[0].lower(), True), offer)


def _dates_of(value: DateValue, sheet: Sheet) -> list[date]:
    if not 1 <= value.month <= 12 or not value.day:
        return []
    years = {value.year} if value.year else {sheet.start.year, sheet.end.year}
    return [
        date(y, value.month, value.day)
        for y in sorted(years)
        if value.day <= calendar.monthrange(y, value.month)[1]
    ]


def _inside(value: DateValue, sheet: Sheet) -> bool:
    return any(sheet.start <= d <= sheet.end for d in _dates_of(value, sheet))


def _offer_date(value: DateValue, sheet: Sheet) -> bool:
    return date_matches(value, sheet.start) or date_matches(value, sheet.end)


def _partners(a: Seen, b: Seen) -> bool:
    """Whether two dates are the two ends of one range (read together by find_dates): a start and
    the end after it, a few words apart in one clause ("October 4 through March 31")."""
    if a.field != b.field or {a.fact.value.role, b.fact.value.role} != {"start", "end"}:
        return False
    start, end = (a, b) if a.fact.value.role == "start" else (b, a)
    if start.fact.end <= end.fact.start and and_ends(start.text, start.fact.end, end.fact.start):
        return True  # "empezó el 12 de julio y cierra el domingo 1 de agosto" (start_verbs.py)
    return start.fact.start <= end.fact.start <= start.fact.end + 12 and not _CLAUSE_END.search(
        start.text, start.fact.start, end.fact.end
    )


def _listed(a: Seen, b: Seen) -> bool:
    """Whether two days are listed together ("sábado 18 y domingo 19"): the first's span is the
    whole list, so it holds the second's."""
    return (
        a is not b
        and a.field == b.field
        and a.fact.value.role == b.fact.value.role == "within"
        and (a.fact.start <= b.fact.start < a.fact.end or b.fact.start <= a.fact.start < b.fact.end)
    )


def _second_window(s: Seen, dates: Sequence[Seen], sheet: Sheet, whole: Collection[str]) -> bool:
    """Whether ``s`` is an end of a whole range wholly outside the offer window, in a field that
    states both of the offer's ends: a second window ("reserva del 3 al 16/05 y viaja del 1 de
    junio al 31 de agosto"), not the offer's stated wrong."""
    partners = [o for o in dates if _partners(s, o)]
    return (
        s.field in whole
        and bool(partners)
        and not any(_inside(o.fact.value, sheet) or _offer_date(o.fact.value, sheet) for o in [s, *partners])
    )


#: a purpose phrase: "para volar", "para alojarse", "for stays", "for pickups", "pra viajar" (folded)
_PURPOSE = compiled.pattern(
    r"\b(?:para|pra|for|per|pour)\s+(?:(?:el|la|los|las|o|a|os|as|the|su|tu|your|sua|seu|sus|tus)\s+)?"
    r"(?P<word>\p{L}+)"
)
#: what is bought: a window "para compras", "for bookings", "para reservar" is the offer's own
_PURCHASE = compiled.pattern(
    r"(?:compr|pedid|purchas|order|buy|shop|reserv|book|adquir|contrat|suscri|assin|inscri|matricul|sign|"
    r"canje|redeem|resgat)\p{L}*"
)


def _condition_window(s: Seen, dates: Sequence[Seen], sheet: Sheet, locale: str) -> bool:
    """Whether ``s`` is a date (or an end of a range) of a second window the offer sets as a
    condition — when to travel, stay or use what was bought — not the offer's own window stated
    wrong: it states none of the offer's values (no end on the offer's days, none inside the
    window, no day number of the offer's ends: a mistyped window keeps them), lies after the
    offer's end, and stands in a condition: after a purpose phrase ("para volar del 1 de julio al
    15 de agosto", "for stays through May 31") with no offer word between, or in the legal text in
    a clause without one. (The caller checks that the variant states the offer's ends elsewhere.)"""
    group = [s, *(o for o in dates if _partners(s, o))]
    days = {sheet.start.day, sheet.end.day}
    if any(
        _offer_date(o.fact.value, sheet)
        or _inside(o.fact.value, sheet)
        or o.fact.value.day in days
        or not all(d > sheet.end for d in _dates_of(o.fact.value, sheet))
        for o in group
    ):
        return False
    first, last = clause_of(s.text, s.fact.start, s.fact.end)
    head, tail = min(o.fact.start for o in group), max(o.fact.end for o in group)
    before, after = _fold(s.text[first:head]), _fold(s.text[tail:last])
    offer_words = _words(locale.split("-")[0].lower(), True)
    purpose = next(iter(reversed(list(_PURPOSE.finditer(before)))), None)  # the last before the date
    if purpose is not None and DURATION.match(before, purpose.start("word")):
        purpose = None  # "running for six weeks through April 18": how long, not what for
    if purpose is not None and not _PURCHASE.fullmatch(purpose.group("word")):
        # no offer word nor percentage between the purpose and the date, nor after it in the clause
        # ("Para ti, del 5 al 9 de abril: 30 % en todo" is the offer's window)
        return not offer_words.search(before[purpose.start() :] + " " + after) and "%" not in after
    return _in_legal_text(s, sheet, locale) and not in_offer_clause(s, dates, locale)


def _in_legal_text(s: Seen, sheet: Sheet, locale: str) -> bool:
    content = sheet.campaign.locales.get(locale)
    legal = content.disclaimer.strip() if content else ""
    at = s.text.find(legal) if legal else -1
    return at >= 0 and at <= s.fact.start and s.fact.end <= at + len(legal)


def other_dates(seen: Sequence[Seen], sheet: Sheet, locale: str) -> set[int]:
    """The ``id`` of every stated date that is not the sheet's and is about something else."""
    # listed days ("sábado 16 y domingo 17") state the offer's ends as well as a range does
    dates = [s for s in seen if s.fact.kind is FactKind.DATE]
    prices = {(a, sheet.currency) for a in (sheet.price, sheet.original_price) if a is not None}
    starts = {s.field for s in dates if date_matches(s.fact.value, sheet.start)}
    ends = {s.field for s in dates if date_matches(s.fact.value, sheet.end)}
    stated = bool(starts or ends)  # the variant states the offer's window (one end at least) somewhere
    # "the forecast says no rain until Thursday": a bare weekday end of something else (weekday_asides.py)
    out: set[int] = {
        id(s)
        for s in dates
        if weekday_of_another_thing(
            s,
            seen,
            sheet,
            lambda d: in_offer_clause(d, seen, locale, prices),
            clause_of(s.text, s.fact.start, s.fact.end),
        )
    }
    for s in (d for d in dates if id(d) not in out):
        value: DateValue = s.fact.value
        if stated and _condition_window(s, dates, sheet, locale):
            out.add(id(s))  # "para volar del 1 de julio al 15 de agosto": a window of its own
            continue
        if _offer_date(value, sheet):
            continue
        if (
            value.role in (None, "within")
            and _inside(value, sheet)
            and any(
                (_offer_date(o.fact.value, sheet) or _inside(o.fact.value, sheet))
                and listed_with(s, o, locale)
                for o in dates
            )
        ):
            out.add(id(s))  # "Sábado 14, domingo 15 y lunes festivo 16 de agosto": a day of the offer
            continue
        if schedule_day(
            s, seen, clause_of(s.text, s.fact.start, s.fact.end), _words(locale[:2].lower(), True)
        ):
            out.add(id(s))  # "no feriado de 7 de setembro o ateliê abre só das 14h às 18h": the shop's hours
            continue
        if (
            _inside(value, sheet)
            and (
                _cutoff(s, seen, locale, {*prices, sheet.discount})  # "encargadlo antes del jueves 29"
                or (s.field in starts | ends and bracketed_day(s, seen, _words(locale[:2], True)))
            )
        ):
            out.add(id(s))  # a day to order by; "(el viernes 22 cerramos por San Vicente)", a note
            continue
        if in_offer_clause(s, seen, locale, prices) and not (
            _second_window(s, dates, sheet, starts & ends)
            or _event(s, seen, locale)
            or declared_outside(s, seen, clause_of(s.text, s.fact.start, s.fact.end))
        ):
            continue
        if opens_offer(s, clause_of(s.text, s.fact.start, s.fact.end)[1], _offer_nouns(locale)):
            continue  # "amanhã, segunda-feira, 13 de setembro, começa a nossa campanha": its start
        if value.role == "within" and any(
            _listed(s, o) and (_offer_date(o.fact.value, sheet) or _inside(o.fact.value, sheet))
            for o in dates
        ):
            excused = False  # listed beside a day of the offer: one of the offer's days, stated wrong
        elif value.role in (None, "within"):
            # a day inside the window is a day of the offer; another, once the field states an
            # end of the offer, a day of something else
            excused = _inside(value, sheet) or s.field in starts | ends or another_things_day(s, seen, locale)
        elif any(_partners(s, o) and _offer_date(o.fact.value, sheet) for o in dates):
            excused = False  # a range with one end right is the offer's range ("April 3–11")
        elif not (partners := [o for o in dates if _partners(s, o)]) and _inside(value, sheet):
            # "hasta el 30" inside an offer that runs to the 31st: another end; "desde el lunes 9
            # sumamos una clase" in a clause not about the offer, once the field states its start:
            # something else starting during the offer
            excused = value.role == "start" and s.field in starts
        elif partners and not any(_inside(o.fact.value, sheet) for o in [s, *partners]):
            excused = s.field in starts | ends  # a range of something else: a job, a course
        else:  # one end of a range, or after "hasta"/"desde": once the field states that end
            excused = s.field in (starts if value.role == "start" else ends) or another_things_day(
                s, seen, locale
            )
        if excused:
            out.add(id(s))
    return out


def other_amounts(seen: Sequence[Seen], sheet: Sheet, locale: str) -> tuple[set[int], set[int]]:
    """(savings, other amounts): the ``id`` of every stated price that is a saving (checked as the
    original minus the price by :func:`wrong_saving`) or the price of something else."""
    amounts = (sheet.price, sheet.original_price, sheet.campaign.offer.lowest_price_30d)
    offer = {(a, sheet.currency) for a in amounts if a is not None}
    # fields that state the price, or (long copy) the original marked as such (below_usual.py)
    right = {s.field for s in seen if s.fact.kind is FactKind.PRICE and states_the_offer(s, sheet)}
    # what the offer's price is the price of: the words before it ("latte de temporada a 3,90 €")
    phrases = [
        _phrase_before(s)
        for s in seen
        if s.fact.kind is FactKind.PRICE and s.fact.value == (sheet.price, sheet.currency)
    ]
    product = {w for phrase in phrases for w in phrase}
    savings: set[int] = set()
    others: set[int] = _parts(seen, offer)
    for s in seen:
        if s.fact.kind is not FactKind.PRICE or s.fact.value in offer or id(s) in others:
            continue
        before = _fold(s.text[max(0, s.fact.start - 30) : s.fact.start])
        if _SAVING.search(before) or _SAVING_AFTER.match(s.text, s.fact.end):
            if (
                len(s.text) > SHORT
                and _aside(s, seen, sheet, locale, right)
                and _far_from_saving(s.fact.value[0], sheet)
            ):
                others.add(id(s))  # "members report saving about $90 a month on gas": something else's
            else:
                savings.add(id(s))
        elif contrasted_original(s, seen, sheet):  # "$48.000, cuando por separado te salen $60.000"
            continue
        elif (
            _PER_UNIT.match(s.text, s.fact.end)
            and any(_one_of(s.fact.value[0], n, sheet) for n in range(2, 32))
            and not per_offer_unit(s, sheet)  # rates.py: "$ 2.800 por mes" on an offer per month
        ):
            others.add(id(s))  # "14 € por día", "$63 a night": the price spread over its days
        elif (n := _INSTALMENTS.search(before)) and _one_of(s.fact.value[0], int(n.group("n")), sheet):
            others.add(id(s))  # one of n payments of the price
        elif (
            (ship := _SHIPPING.search(before))
            and not _FREE.search(ship.group("between"))
            and not counted_shipping(s.text[max(0, s.fact.start - 60) : s.fact.start])  # "20 envíos por"
        ):
            others.add(id(s))  # the shipping cost
        elif _bracketed_aside(s, seen, sheet, locale, right, product):
            others.add(id(s))  # "sin cuota de alta (normalmente 30 €)": another thing's amount
        elif _single_unit(s, seen, sheet, locale):
            others.add(id(s))  # "a single wash is $18" beside a membership's price: one unit's
        elif s.field in right and estimate(before):
            others.add(id(s))  # "paga unos $ 420.000 al mes de luz": an estimate, never the price
        elif _BEFORE.search(before):
            continue  # "instead of $59.99": the original price, stated wrong
        elif s.field in right and (
            _outside_offer(s, locale, offer_units(sheet, locale))
            or (len(s.text) > SHORT and hourly_other(s, sheet))  # "$ 3.500 la hora" (rates.py)
        ):
            others.add(id(s))  # "el de 50 GB está en $ 59.900, aunque no entra en la promoción"
        elif _aside(s, seen, sheet, locale, right) and not (
            _words_before(s) & product
            and not _sibling(_phrase_before(s), phrases)
            and _near_price(s.fact.value[0], sheet)
        ):
            others.add(id(s))
    return savings, others


#: a clause that says what it speaks of is not in the offer: a negation, a verb of taking part and
#: an offer word ("no entran en la promoción", "not included in the sale", "não participam da promoção")
_NOT_IN_OFFER = compiled.pattern(
    r"\b(?:no|not|nao|n't|ni)\s+(?:(?:se|le|les|lhes)\s+)?(?:entra|entran|aplica|aplican|participa|participan|"
    r"participam|entram|incluye|incluyen|inclui|incluem|incluido|incluidos|incluida|incluidas|included|include|"
    r"includes|apply|applies|count|counts|part|cuenta|cuentan|valen|vale|forma|forman|tienen|tiene|have|has)\b"
    r"(?P<after>(?:\s+\S+){1,5})"
)


def _single_unit(s: Seen, seen: Sequence[Seen], sheet: Sheet, locale: str) -> bool:
    """Whether an amount outside the offer's clauses is the price of one unit on its own (see
    :mod:`.units`): "la clase suelta sigue a 32 €" beside a pack's price."""
    if in_offer_clause(s, seen, locale, {(sheet.original_price, sheet.currency)}):
        return False
    phrases = [
        _fold(o.text[clause_of(o.text, o.fact.start, o.fact.end)[0] : o.fact.start])
        for o in seen
        if o.fact.kind is FactKind.PRICE and o.fact.value == (sheet.price, sheet.currency)
    ]
    return one_unit(_fold(s.text[clause_of(s.text, s.fact.start, s.fact.end)[0] : s.fact.start]), phrases)


def _outside_offer(s: Seen, locale: str, units: frozenset[tuple[int, str]] = frozenset()) -> bool:
    """Whether the clause of an amount says it is not in the offer (see :data:`_NOT_IN_OFFER`)."""
    first, last = clause_of(s.text, s.fact.start, s.fact.end)
    language = locale.split("-")[0].lower()
    offer = set(_OFFER_WORDS.get(language, "").split()) | set(_OFFER_WORDS["en"].split())
    clause = _fold(s.text[first:last])
    return (
        bool(_NO_DISCOUNT.search(clause))
        or apart_from_offer(clause)  # "aparte de esta promo", "esa promo va aparte" (apart.py)
        or any(
            w.strip(".,:;") in offer for m in _NOT_IN_OFFER.finditer(clause) for w in m.group("after").split()
        )
        or not_carried(clause)  # "precios de temporada que no llevan el código"
        or (
            len(s.text) > SHORT
            and bound_to_a_measure(before := _fold(s.text[first : s.fact.start]))
            and not own_bound(before, units)  # "up to 5 knives for $35": the offer's own count
        )  # "acima de 25 kg"
        # "la serenata de 3 canciones" where the sheet sells 5: another size (offer_units.py)
        or (len(s.text) > SHORT and other_count(_fold(s.text[first : s.fact.start]), units))
    )


#: an amount's clause saying it has no discount: "sem desconto nesta campanha", "sin descuento en
#: esta promo", "not discounted", "no discount this time", "a precio normal" (folded text)
_NO_DISCOUNT = compiled.pattern(
    r"\b(?:sem\s+desconto|sin\s+descuento|no\s+(?:tiene|lleva)\s+descuento|nao\s+tem\s+desconto|"
    r"not\s+discounted|no\s+discount|without\s+(?:a|any)\s+discount|full\s+price|a\s+precio\s+(?:normal|completo)|"
    r"(?:a|pelo)\s+preco\s+(?:normal|cheio)|"
    # outside the offer: "fuera de la promo", "fora da promoção", "outside the sale"
    r"(?:fuera|fora|outside|excluidos?|excluidas?|excluded)\s+(?:de\s+|d[aoe]l?\s+|of\s+|from\s+)?"
    r"(?:(?:la|el|a|o|the|esta|este|essa|esse|this)\s+)?(?:promo\w*|ofertas?|descuentos?|descontos?|sale|offer|deal|campa\w+))\b"
)


#: what a price's unit between it and its brackets may be: "por pessoa", "al mes", "per month", "/mes"
_UNIT_GAP = compiled.pattern(
    r"\s*(?:por|per|al|a|ao|/|each|cada)\s*\p{L}+(?:\s+\p{L}+)?\s*", regex.IGNORECASE
)


def _bracketed_aside(
    s: Seen, seen: Sequence[Seen], sheet: Sheet, locale: str, right: Collection[str], product: Collection[str]
) -> bool:
    """Whether an amount stands in brackets about another thing: in long copy whose field states
    the price, the brackets follow no price ("49 € (antes 70 €)" speaks of the price) and hold no
    offer word or fact, and the words before it do not name the offer's product near its price."""
    if len(s.text) <= SHORT or s.field not in right:
        return False
    opening = s.text.rfind("(", 0, s.fact.start)
    closing = s.text.find(")", s.fact.end)
    if opening < 0 or closing < 0 or ")" in s.text[opening : s.fact.start] or "\n" in s.text[opening:closing]:
        return False
    if any(
        o.field == s.field
        and o.fact.kind is FactKind.PRICE
        and opening - o.fact.end >= 0
        and (opening - o.fact.end <= 3 or _UNIT_GAP.fullmatch(s.text, o.fact.end, opening))
        for o in seen
    ):
        return False  # the brackets qualify a price ("R$ 3.192,00 por pessoa (o preço normal é …)")
    inside = blank_apart(_fold(s.text[opening + 1 : s.fact.start] + " " + s.text[s.fact.end : closing]))
    if _words(locale.split("-")[0].lower(), False).search(inside) or any(
        o is not s and o.field == s.field and opening < o.fact.start < closing for o in seen
    ):
        return False
    return not (_words_before(s) & set(product) and _near_price(s.fact.value[0], sheet))


def _aside(s: Seen, seen: Sequence[Seen], sheet: Sheet, locale: str, right: Collection[str]) -> bool:
    """Whether an amount stands aside from the offer: in a field that states the price, in a
    clause that does not speak of the offer; in a short text (a post, where a wrong price has no
    room to hide) only when it is far from the offer's price and no slip of its digits: "un curso
    presencial cuesta en promedio $2,800 al mes" beside "Premium anual a $1,199"."""
    if s.field not in right or in_offer_clause(s, seen, locale, {(sheet.original_price, sheet.currency)}):
        return False
    if len(s.text) > SHORT or _amount_range(s, seen):
        return True  # a spread of prices ("entre $ 14.000 y $ 22.000") is no one thing's price
    if _INSTALMENTS.search(_fold(s.text[max(0, s.fact.start - 30) : s.fact.start])):
        return False  # "3x de R$ 4,90": one of n payments of the price, checked as such
    return not (_near_price(s.fact.value[0], sheet) or price_slip(s.fact.value[0], sheet))


#: what joins the two ends of a range of amounts: "entre $ 14.000 y $ 22.000", "de 18 a 42 €",
#: "from $20 to $35", "de R$ 90 a R$ 140"
_AMOUNT_RANGE = compiled.pattern(r"\s*(?:y|e|and|a|al|to|hasta|ate|até|-|–|—)\s*", regex.IGNORECASE)


def _amount_range(s: Seen, seen: Sequence[Seen]) -> bool:
    """Whether an amount is one end of a range of amounts (another joined to it by "y", "a", "to")."""
    return any(
        o is not s
        and o.field == s.field
        and o.fact.kind is FactKind.PRICE
        and (
            (o.fact.start >= s.fact.end and _AMOUNT_RANGE.fullmatch(s.text, s.fact.end, o.fact.start))
            or (s.fact.start >= o.fact.end and _AMOUNT_RANGE.fullmatch(s.text, o.fact.end, s.fact.start))
        )
        for o in seen
    )


#: a rate after an amount: "por día", "al día", "la noche", "per day", "a night", "por pessoa"
_PER_UNIT = compiled.pattern(
    r"\s*(?:/|por|al|a\s+la|la|el|per|a|an|each|cada|pela|por\s+cada)\s*"
    r"(?:d[ií]as?|dia|noches?|noite|night|day|semanas?|semana|week|persona|pessoa|person|head|"
    r"hora|hour|clase|class|sesi[oó]n|sess[aã]o|session|entrada|ticket|mes|m[eê]s|month)\b",
    regex.IGNORECASE,
)


def _parts(seen: Sequence[Seen], offer: Collection[object]) -> set[int]:
    """The ``id`` of amounts that add up to one of the offer's, listed right before or after it
    ("xampu (R$ 54,90), condicionador (R$ 54,90) e máscara (R$ 76,10) dão R$ 185,90"): its parts."""
    out: set[int] = set()
    fields = {s.field for s in seen}
    for name in fields:
        amounts = sorted(
            (s for s in seen if s.field == name and s.fact.kind is FactKind.PRICE), key=lambda s: s.fact.start
        )
        for i, whole in enumerate(amounts):
            if whole.fact.value not in offer:
                continue
            for run in (amounts[:i][::-1], amounts[i + 1 :]):
                total, taken = Decimal(0), []
                for part in run:
                    if part.fact.value in offer or part.fact.value[1] != whole.fact.value[1]:
                        break
                    total += part.fact.value[0]
                    taken.append(id(part))
                    if len(taken) >= 2 and total == whole.fact.value[0]:
                        out.update(taken)
                        break
    return out


#: words around a price that do not name what it is the price of
_NOT_PRODUCT = frozenset(
    {
        "precio",
        "precios",
        "cuesta",
        "cuestan",
        "costaba",
        "ahora",
        "solo",
        "desde",
        "hasta",
        "antes",
        "para",
        "este",
        "esta",
        "estos",
        "estas",
        "todo",
        "toda",
        "todos",
        "todas",
        "nuestro",
        "nuestra",
        "nuestros",
        "cada",
        "unos",
        "unas",
        "tiene",
        "tienen",
        "queda",
        "quedan",
        "sale",
        "salen",
        "estan",
        "price",
        "prices",
        "cost",
        "costs",
        "just",
        "only",
        "from",
        "with",
        "this",
        "that",
        "these",
        "your",
        "our",
        "each",
        "every",
        "still",
        "were",
        "been",
        "preco",
        "precos",
        "custa",
        "custam",
        "agora",
        "apenas",
        "com",
        "esse",
        "essa",
        "nosso",
        "nossa",
        "fica",
        "ficam",
        "euros",
        "pesos",
        "reais",
        "dolares",
        "dollars",
    }
)


def _words_before(s: Seen) -> set[str]:
    """The words of the few before a price that may name what it is the price of ("latte de temporada")."""
    return set(_phrase_before(s))


def _phrase_before(s: Seen) -> list[str]:
    """:func:`_words_before` in text order."""
    first, _ = clause_of(s.text, s.fact.start, s.fact.end)
    words = regex.findall(r"\p{L}{4,}", _fold(s.text[max(first, s.fact.start - 40) : s.fact.start]))
    return [w for w in words[-4:] if w not in _NOT_PRODUCT]


def _sibling(words: Sequence[str], phrases: Sequence[Sequence[str]]) -> bool:
    """Whether the words before an amount name a sibling of the offer's product: a word they share
    followed by another modifier on each side ("la despensa familiar … $899" beside "la despensa
    básica … $449"); "la despensa (básica) te sale en $499" names the offer's own."""
    named = {w for phrase in phrases for w in phrase}
    for i, word in enumerate(words[:-1]):
        if words[i + 1] in named:
            continue  # the next word names the offer's product too
        for phrase in phrases:
            at = phrase.index(word) if word in phrase else -1
            if 0 <= at < len(phrase) - 1 and phrase[at + 1] not in words:
                return True
    return False


def _far_from_saving(amount: Decimal, sheet: Sheet) -> bool:
    """Whether ``amount`` is far from the offer's saving (under half or over twice it): the saving
    of something else, not the offer's mistyped."""
    if sheet.price is None or sheet.original_price is None:
        return True
    saving = sheet.original_price - sheet.price
    return amount * 2 < saving or amount > saving * 2


def _near_price(amount: Decimal, sheet: Sheet) -> bool:
    """Whether ``amount`` could be the offer's price mistyped: between half the price and half as
    much again as the original price (a pack of twelve or a coffee maker is something else)."""
    if sheet.price is None:
        return False
    top = sheet.original_price if sheet.original_price is not None else sheet.price
    return sheet.price / 2 <= amount <= top * Decimal("1.5")


def _one_of(amount: Decimal, n: int, sheet: Sheet) -> bool:
    """Whether ``amount`` is one of ``n`` equal payments of the price (or the original price), to
    the last digit written each way (rounding: "3 cuotas de $ 1.167" for $ 3.500)."""
    if n < 2:
        return False
    exponent = amount.as_tuple().exponent
    unit = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    totals = [a for a in (sheet.price, sheet.original_price) if a is not None]
    return any(abs(amount * n - total) <= unit * n for total in totals)


def wrong_saving(s: Seen, sheet: Sheet) -> bool:
    """Whether a saving is not the original price minus the price (when the sheet has both)."""
    if sheet.price is None or sheet.original_price is None:
        return False
    amount, currency = s.fact.value
    return bool(currency != sheet.currency or Decimal(amount) != sheet.original_price - sheet.price)


def unmarked_originals(seen: Sequence[Seen], sheet: Sheet) -> set[int]:
    """The ``id`` of the original price stated as the price: without a "before" word, in a field
    that does not state the price ("Seis botellas por 72.900 pesos" when the offer is 54.900)."""
    if sheet.original_price is None or sheet.price is None:
        return set()
    priced = {
        s.field
        for s in seen
        if s.fact.kind is FactKind.PRICE and s.fact.value == (sheet.price, sheet.currency)
    }
    return {
        id(s)
        for s in seen
        if s.fact.kind is FactKind.PRICE
        and s.fact.value == (sheet.original_price, sheet.currency)
        and s.field not in priced
        and s.field != "was_price"  # the poster's box for the original price
        and not said_before(s)  # "antes $1,070", "los $1,070 de siempre"
    }
