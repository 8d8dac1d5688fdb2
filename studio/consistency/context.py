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
- an amount: see :mod:`.amount_roles`, which reads the amounts with this module's clauses
  (:func:`clause_of`, :func:`in_offer_clause`).
"""

from __future__ import annotations

import calendar
from collections.abc import Collection, Sequence
from datetime import date
from functools import lru_cache

import regex

from studio import compiled
from studio.consistency.apart import blank_apart
from studio.consistency.asides import bracketed_day
from studio.consistency.cutoff import order_cutoff
from studio.consistency.dates import OWN_END
from studio.consistency.events import declared_outside, event_day, listed_with, opens_offer
from studio.consistency.facts import DateValue, FactKind, _fold
from studio.consistency.held import drop_held_expiry
from studio.consistency.offer_scope import outside_offer_words
from studio.consistency.pointing import another_things_day
from studio.consistency.schedule import schedule_day
from studio.consistency.sheet import Seen, Sheet, date_matches
from studio.consistency.start_verbs import and_ends
from studio.consistency.time_left import DURATION
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


#: a clause that says what it speaks of is not in the offer: a negation, a verb of taking part and
#: an offer word ("no entran en la promoción", "not included in the sale", "não participam da promoção")
_NOT_IN_OFFER = compiled.pattern(
    r"\b(?:no|not|nao|n't|ni)\s+(?:(?:se|le|les|lhes)\s+)?(?:entra|entran|aplica|aplican|participa|participan|"
    r"participam|entram|incluye|incluyen|inclui|incluem|incluido|incluidos|incluida|incluidas|included|include|"
    r"includes|apply|applies|count|counts|part|cuenta|cuentan|valen|vale|forma|forman|tienen|tiene|have|has)\b"
    r"(?P<after>(?:\s+\S+){1,5})"
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
