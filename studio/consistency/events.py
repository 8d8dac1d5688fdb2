"""Days of something else inside an offer's copy: an event's day, a day listed with the offer's.

Copy that states the offer often names other days in the same sentence: "Vení el sábado 4 al
taller de compost y llevate el bolsón con TRANQUERA20", "First box $29.99 with FORK25, and on
Saturday the 23rd, come meet adoptable dogs". The sentence speaks of the offer, the day does not:
it belongs to the event named in its own part of the sentence. That part runs from the last comma
or coordinator before the day to the next coordinator ("y", "e", "and", a semicolon, a bracket)
after it; it is an event's when it names an event (a workshop, a show, a class, a meeting) or a
time of day ("de 10 a 12", "a las 19 h", "7 p. m.") and holds no offer word or offer fact.

A day without a month listed beside the offer's days ("Sábado 14, domingo 15 y lunes festivo 16
de agosto") is one of the offer's days, as the listed days the date reader joins are.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from studio import compiled
from studio.consistency.facts import FactKind, _calendar, _fold
from studio.consistency.sheet import Seen

#: what opens the part of a sentence a day stands in (before it); not the colon of a time ("23:59 h")
_OPENS = compiled.pattern(r",|;|(?<!\d):(?!\d)|\(|\)|\s(?:y|e|and|but|pero|mas|i)\s", regex.IGNORECASE)
#: what closes it (after it): a coordinator or a bracket, not a comma ("on Saturday the 23rd, come meet")
_CLOSES = compiled.pattern(r";|\(|\)|\s(?:y|e|and|but|pero|i)\s|,\s*(?:y|e|and|but|pero)\s", regex.IGNORECASE)

#: nouns (and a few verbs) of events, folded, per language; a word matches when it starts with one
_EVENTS = str.split(
    # es
    "taller talleres clase clases charla charlas curso cursos feria ferias mercado concierto show funcion "
    "evento fiesta visita visitas recorrido degustacion cata encuentro reunion jornada festival club "
    "presentacion estreno maraton torneo partido desfile caminata excursion conferencia seminario webinar "
    "inauguracion asamblea cumpleanos picnic ensayo obra misa kermes cena almuerzo brunch desayuno "
    "sorteo entrega retiro cierr cerrad baile bailes milonga "
    # en
    "workshop class talk fair market concert event party tasting tour meetup meet festival seminar "
    "webinar parade game match premiere clinic adoption lecture rehearsal screening dinner giveaway "
    "delivery pickup closed evening afternoon morning tonight "
    # pt
    "oficina aula palestra feira concerto festa passeio encontro roda apresentacao estreia sarau jantar "
    "sorteio fechad baile bailes"
)
# sorted twice: one source text whatever the hash seed, so studio.compiled's store finds it
_EVENT = compiled.pattern(
    r"\b(?:" + "|".join(sorted(sorted(set(_EVENTS)), key=len, reverse=True)) + r")\p{L}*"
)
#: a time of day or a span of hours: "de 10 a 12", "a las 19 h", "das 9h às 19h", "from 6 to 9 p.m."
_HOURS = compiled.pattern(
    r"\b(?:de|desde|das|from|entre)\s+(?:las\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:h|hs|am|pm|a\.\s?m\.|p\.\s?m\.)?\s+"
    r"(?:a|al|hasta|as|às|to|y|e|and)\s+(?:las\s+)?\d{1,2}(?![\d/.-]\d)"
    r"|\b(?:a\s+las|a\s+la|at|as|às)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:h|hs|am|pm|a\.\s?m\.|p\.\s?m\.|horas)?(?!\w)"
    r"|\b\d{1,2}\s*(?:h|hs)\b"
    r"|\b(?:por|a|de|en|à|a)\s+la\s+(?:tarde|noche|manana|mañana)\b|\b(?:à|a|de)\s+(?:tarde|noite|manh[ãa])\b",
    regex.IGNORECASE,
)
#: what may stand between a day and the next one in a list: a comma or "y"/"and", and the next
#: day's weekday with an adjective ("y lunes festivo")
_LIST_GAP = compiled.pattern(
    r"\s*(?:,|·|/)?\s*(?:(?:y|e|and|&|i)\s+)?(?:(?:el|la|o|a|the|on)\s+)?(?:(?P<weekday>\p{L}+(?:-feira)?)\.?(?:\s+\p{L}+)?,?\s+)?",
    regex.IGNORECASE,
)


def part_of(text: str, start: int, end: int, clause: tuple[int, int]) -> tuple[int, int]:
    """The part of its clause a fact at ``text[start:end]`` stands in (see the module docstring)."""
    first, last = clause
    opening = first
    for m in _OPENS.finditer(text, first, start):
        opening = m.end()
    closing = _CLOSES.search(text, end, last)
    return opening, closing.start() if closing else last


def event_day(
    s: Seen, seen: Sequence[Seen], clause: tuple[int, int], offer_words: regex.Pattern[str]
) -> bool:
    """Whether the day ``s`` (in its ``clause``) is an event's day: the part of the clause it
    stands in names an event or a time of day, with no offer word nor offer fact."""
    if s.fact.value.role not in (None, "within"):
        return False
    first, last = part_of(s.text, s.fact.start, s.fact.end, clause)
    words = _fold(s.text[first : s.fact.start] + " " + s.text[s.fact.end : last])
    if offer_words.search(words) or "%" in words:
        return False
    if offer_fact_in(s, seen, first, last):
        return False
    times = any(
        o.field == s.field and o.fact.kind is FactKind.TIME and first <= o.fact.start < last for o in seen
    )
    return times or bool(_EVENT.search(words) or _HOURS.search(s.text, first, last))


#: a remark that what the sentence speaks of lies outside the offer: "(ahí ya sin promo)", "(o
#: cruzeiro já estará fora da promoção)", "(not part of the club offer)" (folded text)
_OUTSIDE = compiled.pattern(
    r"\b(?:sin|sem|without|fuera\s+de|fora\s+d[aeo]s?|outside(?:\s+of)?|not\s+part\s+of|no\s+part\s+of|"
    r"no\s+(?:entra|entran|aplica|vale)\s+(?:en|para)|nao\s+(?:entra|entram|vale)\s+(?:n[ao]|para)|excluded\s+from)\s+"
    r"(?:(?:la|el|a|o|the|this|esta|este|essa|esse|nuestra|nossa|our)\s+)?(?:\p{L}+\s+)?"
    r"(?:promo\w*|ofertas?|offers?|descuentos?|descontos?|sale|deal)\b"
)


def declared_outside(s: Seen, seen: Sequence[Seen], clause: tuple[int, int]) -> bool:
    """Whether the day ``s`` (in its ``clause``) stands in a part of the sentence with no offer fact
    and the rest of the sentence says what it speaks of is outside the offer: "y el sábado 23
    celebramos once años (ya sin promo)", "Na sexta, 26, é Black Friday (fora da promoção)"."""
    if s.fact.value.role not in (None, "within"):
        return False
    first, last = part_of(s.text, s.fact.start, s.fact.end, clause)
    if offer_fact_in(s, seen, first, last):
        return False
    return bool(_OUTSIDE.search(_fold(s.text[s.fact.end : clause[1]])))


def listed_with(s: Seen, o: Seen, locale: str) -> bool:
    """Whether the day ``s`` stands in a list right before or after the day ``o`` ("Sábado 14,
    domingo 15 y lunes festivo 16 de agosto"): only a separator and a weekday between them."""
    if s.field != o.field or s is o:
        return False
    a, b = (s, o) if s.fact.end <= o.fact.start else (o, s)
    if a.fact.end > b.fact.start:
        return False
    gap = _LIST_GAP.fullmatch(a.text, a.fact.end, b.fact.start)
    if gap is None:
        return False
    weekday = gap.group("weekday")
    days = _calendar(locale.split("-")[0].lower())[1]
    return weekday is None or _fold(weekday).removesuffix("-feira") in days


#: right after a date, a start verb and what starts, up to a few words on: "13 de setembro, começa a
#: nossa campanha", "el lunes 13 arranca la promo", "Monday the 13th, our sale kicks off" (folded)
_OPENS_AFTER = compiled.pattern(
    r"\W{0,3}(?P<subject>(?:\p{L}+\s+){0,3}?)(?:comienza|comienzan|empieza|empiezan|arranca|arrancan|inicia|inician|"
    r"comeca|comecam|inicia|iniciam|starts|start|begins|begin|kicks\s+off|opens)\b(?P<what>(?:\W+\p{L}+){0,4})"
)
#: what an offer is called as the subject of its start (besides the offer words); not "temporada",
#: "week": "el sábado 6 empieza la temporada de teatro" is another thing's start
_CAMPAIGN = frozenset({"campana", "campanha", "campanya", "campaign", "campagne"})


#: right after a date, "we" open or start selling: "El lunes 18 de enero abrimos las altas de la
#: Tarifa Serena", "em 5 de julho abrimos as reservas", "on July 5 we open bookings" — a verb of
#: opening or starting in the first person plural and what is opened (folded); "abrimos en horario
#: normal", "abrimos la sucursal" open a shop, not the offer (no word of buying nor of the offer)
_WE_OPEN = compiled.pattern(
    r"\W{0,3}(?:abrimos|empezamos|comenzamos|arrancamos|lanzamos|estrenamos|iniciamos|comecamos|lancamos"
    r"|we\s+(?:open|start|launch|kick\s+off))\b(?P<what>(?:\W+\p{L}+){1,6})"
)


def opens_offer(s: Seen, last: int, offer_words: regex.Pattern[str]) -> bool:
    """Whether the date ``s`` is followed, in its clause (to ``last``), by the start of the offer:
    a start verb whose subject names the offer or the campaign, or "we" open its sale."""
    m = _OPENS_AFTER.match(_fold(s.text[s.fact.end : last]))
    if m is None:
        return _we_open(_fold(s.text[s.fact.end : last]), offer_words)
    what = m.group("subject") + " " + m.group("what")
    return bool(offer_words.search(what)) or any(w in _CAMPAIGN for w in regex.findall(r"\p{L}+", what))


def offer_fact_in(s: Seen, seen: Sequence[Seen], first: int, last: int) -> bool:
    """Whether another fact of ``s``'s field between ``first`` and ``last`` is an offer's: a
    percentage, a code or a price."""
    return any(
        o is not s
        and o.field == s.field
        and first <= o.fact.start < last
        and o.fact.kind in (FactKind.PERCENT, FactKind.CODE, FactKind.PRICE)
        for o in seen
    )


def _we_open(after: str, offer_words: regex.Pattern[str]) -> bool:
    """Whether the folded words ``after`` a date say "we" open the offer's sale (see :data:`_WE_OPEN`)."""
    from studio.consistency.starts import buying_word  # starts.py builds on this module

    m = _WE_OPEN.match(after)
    return m is not None and (bool(offer_words.search(m.group("what"))) or buying_word(m.group("what")))
