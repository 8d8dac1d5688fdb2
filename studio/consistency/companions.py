"""Multi-buys told through people, in Spanish, Portuguese and English: another deal than a
percentage or a price, as "2x1" is.

- Bringing people as the condition of something free or not paid, in the same sentence: a group
  ("Si traes a dos amigos, tu clase te sale gratis", "Se trouxer dois amigos, a sua aula sai de
  graça", "If you bring two friends, your lesson is free") or one person for the customer's own
  unit ("Bring a friend and yours is on us") — not one person for a bonus both get ("Refer a friend
  and you both get one month free": a referral perk).
- A companion's unit free: "el chequeo de tu acompañante no te cuesta nada", "la cena de tu pareja
  corre por nuestra cuenta", "a entrada do seu acompanhante sai de graça", "your partner's ticket
  comes free", "your plus-one eats free"; whoever comes along paying less or nothing ("quien te
  acompañe paga solo la mitad", "quem vier com você não paga", "whoever comes with you pays half").

Not: a perk of shipping or parking ("si traes a dos amigos, el parking es gratis"), people with no
count ("si traes a tus hijos": a class let in, see ``offer_gifts``), a companion's unit at a price
or nothing free in the sentence ("Se trouxer dois amigos, avise na recepção").
"""

from __future__ import annotations

import regex

from studio import compiled
from studio.consistency.mechanics import _COUNT, _FREE, _NUMBER_WORDS, _PAYS_LESS

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: verbs of bringing or referring people (si/if/se clauses and commands)
_BRING = (
    r"(?:tra(?:es|és|e|é|en|igas|igan|iga|jeras|jeran)|trajeres|traz(?:er|e|em)|trouxer(?:em)?|"
    r"bring|refer|invit(?:as|ás|an|a|e|es|á)|convid(?:ar|a|e|em|arem)|recomiend(?:as|a|an)|recomend(?:ás|ar|arem))"
)
#: what is not paid: "no lo paga", "no la pagan", "não paga", "pays nothing"
_UNPAID = (
    r"no\s+(?:(?:lo|la|los|las|te|se)\s+)?pag(?:a|as|ás|an|amos)\b|n[aã]o\s+(?:(?:o|a|os|as)\s+)?pag(?:a|am)\b|"
    r"pays?\s+nothing|(?:te|les|os|lhe)\s+(?:lo\s+|la\s+)?regal(?:amos|o)\b|corre(?:n)?\s+por\s+nuestra\s+cuenta"
)
_BENEFIT = rf"(?:{_FREE}|{_UNPAID})(?!\w)"
#: bringing a count of people, then a benefit in the rest of the sentence
_REFERRAL = compiled.pattern(
    rf"(?<!\w)(?:(?:si|if|se|quem|quien|when|cuando)\s+(?:(?:me|nos|you)\s+)?)?{_BRING}\s+(?:a\s+|com\s+)?"
    rf"(?P<n>{_COUNT}|un[oa]?|um|uma|an?)(?!\s+(?:tus|sus|tu|su|los|las|seus|suas|your|the|my|mis)\b)"
    rf"\s+\p{{L}}+(?:\s+\p{{L}}+)?\b(?P<rest>[^.!?;:\n]{{0,70}}?){_BENEFIT}",
    _FLAGS,
)
_COMPANION = (
    r"(?:acompa[ñn]ante|acompanhante|pareja|parceir[oa]|partner|companion|plus-one|date|guest|invitad[oa]|"
    r"convidad[oa])"
)
_YOUR = r"(?:tu|su|your|sua|seu|vuestr[oa])"
#: a companion's unit, then a benefit in its clause
_COMPANIONS = compiled.pattern(
    rf"(?<!\w)(?:(?:de|del|do|da|of)\s+{_YOUR}\s+{_COMPANION}|{_YOUR}\s+{_COMPANION}(?:['’]s)?)\b"
    rf"[^.!?;:,\n]{{0,40}}?{_BENEFIT}",
    _FLAGS,
)
#: whoever comes along, then a benefit or paying less: "quien te acompañe paga solo la mitad", "quem
#: vier com você não paga", "whoever comes with you pays half"
_WHO_COMES = compiled.pattern(
    rf"(?<!\w)(?:quien(?:es)?|quem|whoever|(?:the\s+)?(?:friend|one|person)\s+who)\s+"
    rf"(?:(?:te|le|lo|la|les|os|lhe)\s+acompa(?:ñ|n|nh)\p{{L}}*|vengan?\s+contigo|vier(?:em)?\s+com\s+voc[eê]|"
    rf"comes?\s+(?:along\s+)?with\s+you|joins?\s+you)\b[^.!?;:\n]{{0,30}}?(?:{_BENEFIT}|{_PAYS_LESS}|pays\s+half)",
    _FLAGS,
)
#: the friend's own unit: "their set", "su entrada", "el suyo", "o dele"
_THEIRS = r"(?:their|his|her|su|sus|(?:el|la|los|las)\s+suy[oa]s?|(?:o|a|os|as)\s+(?:del[ae]s?|seus?|suas?))"
#: paying less than the whole: half, a percentage off, free
_REDUCED = (
    rf"(?:{_PAYS_LESS}|half[\s-]+(?:off|price)|(?:al|a|at|com|con|por)\s+(?:(?:un|el|o)\s+)?\d{{1,2}}\s?%|"
    rf"\d{{1,2}}\s?%\s*(?:off|de\s+descuento|de\s+desconto|menos)|a\s+(?:mitad|medio)\s+(?:de\s+)?precio|"
    rf"pela\s+metade|(?:{_FREE})(?!\w))"
)
#: one person brought (not referred: a referral perk), and their own unit for less: "Bring a friend and
#: their ticket is half price", "Traé a una amiga y la suya sale a mitad de precio"
_FRIENDS_UNIT = compiled.pattern(
    r"(?<!\w)(?:tra(?:es|és|e|é|en|igas|igan|iga|gam|ga)|traz(?:er|e|em)|trouxer(?:em)?|bring)\s+(?:a\s+|com\s+)?"
    r"(?:un[oa]?|um|uma|an?|one)\s+\p{L}+(?:\s+\p{L}+)?\s+(?:y|e|and)\s+"
    rf"{_THEIRS}\b[^.!?;:\n]{{0,30}}?{_REDUCED}",
    _FLAGS,
)
#: a perk of delivery, shipping or parking: not a multi-buy
_PERK = compiled.pattern(
    r"\b(?:env[ií]os?|entregas?|fretes?|shipping|delivery|domicilio|despacho|estacionamientos?|parking|"
    r"estacionamentos?|parqueaderos?|wi-?fi)\b",
    _FLAGS,
)
#: no people-word at all can hold these: a cheap test before the patterns
_TRIGGER = compiled.pattern(
    r"tra[eéijyg]|traz|troux|bring|refer|invit|convid|recom|acompa|pareja|parceir|partner|companion|plus-one|"
    r"guest|date|invitad|contigo|com\s+voc|with\s+you|joins?\s+you",
    _FLAGS,
)


def people_mechanics(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of every multi-buy told through people in ``text``."""
    if not _TRIGGER.search(text):
        return []
    out: list[tuple[int, int, str]] = []
    for pattern in (_REFERRAL, _COMPANIONS, _WHO_COMES, _FRIENDS_UNIT):
        for m in pattern.finditer(text):
            if _PERK.search(text, m.start(), min(len(text), m.end() + 25)):
                continue  # "si traes a dos amigos, el parking es gratis": a perk
            if pattern is _REFERRAL and _count(m.group("n")) < 2 and not _YOURS.search(m.group("rest")):
                continue  # "Refer a friend and you both get one month free": a referral perk
            out.append((m.start(), m.end(), m.group()))
    return out


#: the customer's own unit: "tu clase", "yours", "a sua aula"
_YOURS = compiled.pattern(r"\b(?:tu|su|your|yours|sua|seu|vuestr[oa])\b", _FLAGS)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.casefold(), 1)
