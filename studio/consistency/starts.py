"""Days on which something else starts or happens: the classes, the season, a premiere, a draw.

An offer that sells what comes later names when it comes: "Classes start Sept 7", "Your new
language starts Sept 7", "la temporada abre el sábado 19 de junio", "o curso começa em 5 de
julho", "El sorteo es el 30 de junio". Such a day is not the offer's start or end, stated wrong: it
is another thing's. A date outside the offer window is such a day when the part of its sentence
(see :func:`studio.consistency.events.part_of`) holds no offer word nor offer fact (a percentage, a
price, a code) nor a word of buying ("preventa", "inscripción", "enrollment", "reservas": the
offer's own start) and

- names an event or what is sold for later (a class, a course, the season, a premiere, a draw, a
  delivery), on a day after the offer's end (what the offer sells comes later) or at least
  :data:`FAR` days before its start; an end ("el curso termina el 27 de agosto") at least
  :data:`FAR` days from the window; or
- says that something named starts or arrives (a start verb with a subject of its own: "Your new
  language starts Sept 7", "A primeira cesta chega em 5 de julho") on a day at least :data:`FAR`
  days from the window (a start a few days off is the offer's start mistyped).

In both, the day is not the offer's start or end day number (a slipped month keeps it: "13 de
julio" for "13 de junio"); the end of a range whose start is such a day is one too.

Once such a day is set aside, a channel that must carry the offer's dates and states only it is
reported as lacking them (the offer's end is *missing*, not in conflict with the classes' start).
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date

import regex

from studio import compiled
from studio.consistency.events import _EVENT, offer_fact_in, part_of
from studio.consistency.facts import DateValue, FactKind, _fold
from studio.consistency.sheet import Seen, Sheet

#: how far from the window a day must be for a start of something named to be another thing's
FAR = 8

#: events and what is sold for later (folded stems), besides those of :mod:`.events`
_LATER = compiled.pattern(
    r"\b(?:temporadas?|seasons?|semestres?|semesters?|trimestres?|term|cuatrimestres?|cursadas?|ciclos?|"
    r"lecciones|lessons?|aulas|courses?|estrenos?|estrena|premieres?|opening|apertura|abertura|inauguracao|"
    r"sorteos?|sorteios?|draw|entregas?|delivery|deliveries|envios?|shipping|ships|viajes?|viage[mn]s?|trips?|"
    r"salidas?|partidas?|departures?|vuelos?|voos?|flights?|check-in|checkin|torneos?|tournaments?|"
    r"campeonatos?|leagues?|obras?|shows?|giras?|tours?|funcion|sesion|sesiones|sessao|sessoes|sessions?|"
    r"retiros?|retreats?|camps?|campamentos?|acampamentos?|colonias?)\b"
    # verbs of delivering, drawing, premiering: "te lo enviamos el 5", "winners drawn July 9"
    r"|\b(?:entreg|envi[aoe]|despach|sorte|estren|inaugur|shipped|delivers|delivered|drawn|drawing)\p{L}*"
    # verbs of picking up what was bought: "la retirás desde el martes 17", "pick it up from the 3rd"
    r"|\b(?:retir[aáe]|recog[eií]|pick(?:ed|s)?\s+(?:it\s+|them\s+)?up|pickup|collect)\p{L}*"
)
#: start and arrival verbs (folded): "starts", "empieza", "arrancan", "começa", "abre", "opens",
#: "kicks off", "llega", "arrives", "ships"
_START = compiled.pattern(
    r"\b(?:empieza|empiezan|comienza|comienzan|arranca|arrancan|inicia|inician|abre|abren|estrena|estrenan|"
    r"comeca|comecam|iniciam|abrem|estreia|estreiam|starts?|begins?|opens?|kicks?\s+off|launch(?:es)?|"
    r"comenca|comencen|commence|llega|llegan|arrives?|chega|chegam|ships?|departs?|parte|parten|partem)\b"
)
#: words of buying: the offer's own start ("la preventa arranca", "enrollment opens")
_BUYING = compiled.pattern(
    r"\b(?:preventa|pre-?venta|pre-?sale|presale|pre-?venda|venta|ventas|venda|vendas|sale|sales|"
    r"inscripci\p{L}*|inscrip\p{L}*|inscri\p{L}*|matricula\p{L}*|enrol\p{L}*|registration|sign-?ups?|reserva\p{L}*|"
    r"booking\p{L}*|compra\p{L}*|purchase\p{L}*|orders?|pedidos?|precio\p{L}*|preco\p{L}*|price\p{L}*|"
    r"tarifa\p{L}*|tuition|cuota\p{L}*|mensalidade\p{L}*|abono|pase|pass|passe|ticket\p{L}*|entradas?|"
    r"ingressos?|assinatura\p{L}*|suscrip\p{L}*|subscription\p{L}*)\b"
)
#: words that state a validity (folded): "válido hasta", "vigente", "valid through", "only" — an
#: end verb ("termina", "ends") is not one: "el curso termina el 30 de julio" is the course's
_VALIDITY = compiled.pattern(
    r"\b(?:valid[oa]s?|valid|vigente|vigencia|vence|vencen|caduca|caducan|expira|expiran|expires?|solo|"
    r"unicamente|somente|apenas|only|ultimo\s+dia|last\s+day)\b"
)
#: a coordinator that opens the part of a sentence a date stands in: its subject is the sentence's
_COORDINATED = compiled.pattern(r"\s(?:y|e|and|i)\s+\Z", regex.IGNORECASE)
#: words that are no subject of their own (folded): articles, possessives, pronouns, fillers
_EMPTY = frozenset(
    str.split(
        """
        el la los las lo un una the a an o os as um uma tu tus su sus your our my nuestro nuestra
        nuestros nuestras nosso nossa seu sua seus suas mi mis meu minha y e and de del do da of en
        em on in it this that esto eso isso aqui ya ja now ahora agora que who we you vos voce
        nosotros nos
        """
    )
)
_WORD = compiled.pattern(r"\p{L}+")


def other_starts(seen: Sequence[Seen], sheet: Sheet, locale: str) -> set[int]:
    """The ``id`` of every stated date that is another thing's start or day (see the module
    docstring)."""
    from studio.consistency.context import _offer_nouns, _partners, clause_of

    offer_nouns = _offer_nouns(locale)
    out: set[int] = set()
    dates = [s for s in seen if s.fact.kind is FactKind.DATE and 0 < s.fact.value.month < 13]
    for s in dates:
        value = s.fact.value
        gap = _gap(value, sheet)
        if gap is None or abs(gap) < 1 or value.day in (sheet.start.day, sheet.end.day):
            continue
        clause = clause_of(s.text, s.fact.start, s.fact.end)
        first, last = part_of(s.text, s.fact.start, s.fact.end, clause)
        if _COORDINATED.search(s.text, max(clause[0], first - 6), first):
            first = clause[0]  # "El curso empieza el 5 y termina el 30": the subject is the clause's
        before, after = _fold(s.text[first : s.fact.start]), _fold(s.text[s.fact.end : last])
        words = f"{before} {after}"
        if offer_nouns.search(words) or _VALIDITY.search(words) or _BUYING.search(words):
            continue
        if offer_fact_in(s, seen, first, last):
            continue
        event = bool(_EVENT.search(words) or _LATER.search(words))
        if value.role == "end":  # "el curso termina el 27 de agosto": far from the window only
            other = event and abs(gap) >= FAR
        else:  # after the offer: what it sells comes later; before it, only far from the window
            other = (event and (gap > 0 or gap <= -FAR)) or (abs(gap) >= FAR and _named_start(before, after))
        if other:
            out.add(id(s))
    # the end of a range whose start is another thing's ("las clases van del 5 de julio al 27 de agosto")
    out |= {id(o) for s in dates if id(s) in out for o in dates if _partners(s, o)}
    return out


def _gap(value: DateValue, sheet: Sheet) -> int | None:
    """How many days the date lies after the offer's end (positive) or before its start (negative),
    0 inside the window, in the year nearest the window; None for a day the month does not have."""
    years = [value.year] if value.year else sorted({sheet.start.year, sheet.end.year})
    gaps = []
    for y in years:
        if not 1 <= value.day <= calendar.monthrange(y, value.month)[1]:
            continue
        day = date(y, value.month, value.day)
        gaps.append((day - sheet.end).days if day > sheet.end else min((day - sheet.start).days, 0))
    return min(gaps, key=abs) if gaps else None


def _named_start(before: str, after: str) -> bool:
    """Whether a start verb next to the date has a subject of its own: "Your new language starts
    Sept 7" (before the date), "el 7 de septiembre empiezan las clases" (after it)."""
    if verb := _START.search(before):
        subject = before[: verb.start()]
    elif verb := _START.search(after):
        subject = after[verb.end() :]
    else:
        return False
    return any(w not in _EMPTY and len(w) >= 3 for w in _WORD.findall(subject))


def buying_word(words: str) -> bool:
    """Whether the folded ``words`` hold a word of buying ("reservas", "inscripciones", "tarifa")."""
    return bool(_BUYING.search(words))
