"""A gift bound to the offer's unit: something given with each unit bought, another deal than the
fact sheet's discount or price — unless the fact sheet itself says the thing comes with it.

A sentence gives something with the offer when it says a word of giving ("gratis", "de regalo",
"te lo regalamos", "de cortesía", "por nossa conta", "free", "on us", "thrown in") and it is bound
to the offer in one of two ways:

- it names the offer's unit, or each unit bought ("con cada pedido te regalamos 100 flyers"), after
  "con", "com", "with" ("con cada picada te llevás de regalo la
  mayonesa", "com o banho, o leva e traz fica por nossa conta", "with every tune-up we throw in a
  filter"), the unit being a word of the campaign's headline, body or short copy;
- it states the offer's code, price or discount and adds the gift to it ("$1,880 con AFINA20, con la
  alineación de cortesía", "$119 (reg. $149), plus a free disposal check thrown in", "15 % de
  descuento, y además te llevas el casco gratis");
- it gives it with each unit, whatever the unit is called ("each kit comes with a free strap",
  "cada caja trae una taza de regalo", "cada pote vem com uma colher grátis");
- it gives it to a companion of the buyer: bring a friend, a partner, the couple ("y si venís con tu
  novia, su entrada corre por nuestra cuenta", "bring a buddy and his lesson is free", "o café do
  casal fica por nossa conta") — a two-for-one told in words; not a reward the reader earns by
  referring friends ("indica amigos e ganhe um mês grátis").

Not a gift bound to the offer:

- what the fact sheet (its message or its disclaimer) names itself ("con el pase, el desbloqueo es
  gratis" where the disclaimer says "con desbloqueo grátis"): it is part of the offer;
- a perk of shipping, delivery or parking, a class of people let in free, a gift on a threshold, a
  negated gift ("no es gratis").
"""

from __future__ import annotations

from decimal import Decimal

import regex

from studio import compiled
from studio.consistency.facts import FactKind, _fold, extract_facts
from studio.consistency.offer_gifts import _GROUP, _NEGATED, _PERK, _THRESHOLD
from studio.consistency.sheet import Sheet
from studio.prefilter import may_match

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: said after the thing given: "X gratis", "X de cortesía", "X fica por nossa conta", "X on us"
_AFTER = (
    r"gratis|gratuit[oa]s?|gr[aá]tis|de\s+regalo|de\s+obsequio|de\s+cortes[ií]a|sin\s+costo|sin\s+cargo|"
    r"(?:por|a|de)\s+(?:cuenta\s+(?:nuestra|de\s+la\s+casa)|nuestra\s+cuenta)|de\s+gra[çc]a|de\s+presente|"
    r"de\s+brinde|sem\s+custo|por\s+(?:nossa\s+conta|conta\s+da\s+casa)|free|for\s+free|on\s+us|on\s+the\s+house|"
    r"at\s+no\s+(?:extra\s+)?(?:charge|cost)|thrown\s+in"
)
#: said before the thing given: "te regalamos X", "te llevás de regalo X", "we'll throw in X", "a free X"
_BEFORE = (
    r"(?:(?:te|les|os|le|lhe|lhes)\s+(?:(?:lo|la|los|las|o|a)\s+)?)?(?:regalamos|obsequiamos)|"
    r"(?:(?:te|se)\s+)?llev[aá]s\s+de\s+regalo|ll[eé]vate\s+de\s+regalo|"
    r"(?:we\s*(?:'ll|\s+will)?\s+|we're\s+)?throw(?:ing)?\s+in|complimentary|(?<=\b(?:a|an|plus)\s+)free"
)
_GIFT = compiled.pattern(rf"(?<![\w-])(?:(?P<after>{_AFTER})|(?P<before>{_BEFORE}))(?![\w-])", _FLAGS)
#: a sentence: up to a stop, a question or exclamation mark, a colon or semicolon before a space, a line
_SENTENCE = compiled.pattern(r"[^.!?;\n]+(?:[.!?;](?=\s|$)|\n|$)|[^\n]+?(?=\n|$)", _FLAGS)
#: with the offer's unit: "con cada picada", "com o banho", "with every tune-up"
_WITH = compiled.pattern(
    r"(?<!\w)(?:con|com|with|junto\s+con)\s+(?:(?:cada|every|each|el|la|los|las|o|a|os|as|the|tu|tus|your|su|sus|"
    r"seu|sua)\s+)+(?P<unit>\p{L}+)",
    _FLAGS,
)
#: with each unit bought, whatever it is called: "con cada pedido", "com cada caixa", "with every order"
_EVERY = compiled.pattern(r"\b(?:cada|every|each)\b", _FLAGS)
#: a unit the gift is counted by, anywhere in the sentence and in either order: a preposition, "each",
#: maybe a count, the unit ("por cada mesa te regalamos…", "…de regalo para cada kit", "a free cap for
#: every 2 helmets", "em cada compra")
_PER_UNIT = compiled.pattern(
    r"(?<![\w-])(?:con|com|with|por|para|pra|a|en|em|per|for|on|in|de)\s+(?:cada|every|each)\s+(?:\d+\s+)?"
    r"(?P<unit>\p{L}+)(?:[^\S\n]+(?P<next>\p{L}+))?",
    _FLAGS,
)
#: what a gift counted "per each" of is no unit bought: a span of time ("cada semana", "every day"), a
#: friend referred, a reader ("each of you"), the offer's own words ("por cada compra de $500" is a
#: threshold, read apart)
_NOT_UNITS = frozenset(
    str.split(
        "dia dias semana semanas mes meses ano anos vez veces vezes hora horas noche noches manana tarde "
        "finde fin temporada lunes martes miercoles jueves viernes sabado domingo segunda terca quarta "
        "quinta sexta noite manha fim day days week weeks month months year years time times hour hours "
        "night nights morning weekend season monday tuesday wednesday thursday friday saturday sunday "
        "uno una one of um"
    )
)
#: the beginnings of a friend, a referral or an invitation: a reward earned, not a unit bought ("a cada 3
#: indicações", "por cada amiga que invites", "for every friend you refer")
_REFERRAL = ("amig", "referi", "referr", "refer", "invit", "indica", "convid", "friend", "recomend")
#: adding a gift to what was just said: ", con la alineación de cortesía", "plus a free check", "y
#: además te llevas el casco gratis"
_ADDING = compiled.pattern(
    r"(?:,|\b(?:y|e|and))\s+(?:(?:adem[aá]s|also|ainda)\s+)?(?:con|com|with|plus|(?:te|se)\s+llev[aá]s|"
    r"ll[eé]vate|you\s+get|get|leve|ganhe|ganha|recib[ií]s|recibes|recibe)\b",
    _FLAGS,
)
_WORD = compiled.pattern(r"\p{L}+")
#: each unit given something: "every kit comes with", "cada caja trae", "cada pote vem com" (not
#: "includes", which lists what the unit is: "every rental includes a second driver at no cost")
_EACH_UNIT = compiled.pattern(
    r"(?<!\w)(?:cada|every|each)\s+[\p{L}\d-]+(?:\s+\p{L}+)?\s+(?:comes?\s+with|gets?|"
    r"vienen?\s+con|traen?|llevan?|vem\s+com|v[eê]m\s+com|ganha|leva)\b",
    _FLAGS,
)
#: a companion of the buyer: a friend, a partner, the couple
_COMPANION = compiled.pattern(
    r"\b(?:amig[oa]s?|acompa[ñn]antes?|pareja|novi[oa]s?|casal|namorad[oa]s?|parceir[oa]s?|friends?|"
    r"buddy|buddies|partners?|plus-one|spouse|date\s+night)\b",
    _FLAGS,
)
#: a stop inside a long sentence: a full stop, "!", "?", ";" or ":" before a space
_STOP = compiled.pattern(r"[.!?;:](?=\s)")
#: a reward earned (by referring friends): "gana", "ganhe", "earn", "win"
_EARNED = compiled.pattern(r"\b(?:gan[aáeoh]\p{L}*|earn\p{L}*|win|wins|winning|acumul\p{L}*)\b", _FLAGS)
#: "feel free": no gift
_FEEL = compiled.pattern(r"\bfeel\s+\Z", _FLAGS)
#: as always, not this offer's: "la entrega continúa gratis", "as always", "como siempre"
_ALWAYS = compiled.pattern(
    r"\b(?:contin[uú]a\w*|sigue\w*|segue\w*|still|como\s+siempre|como\s+sempre|as\s+always|de\s+siempre)\b",
    _FLAGS,
)
#: getting in free with the offer's unit is its use, not a gift: "con el pase, tú entras gratis"
_ACCESS = compiled.pattern(
    r"\b(?:entr(?:as|ás|a|an|amos|áis|e|en|ar|am|amos)|ingres\p{L}*|acced\p{L}*|viaj\p{L}*|enters?|rides?|"
    r"get\s+in|gets\s+in|go\s+in)\s+\Z",
    _FLAGS,
)
#: words of the discount and its code, never the offer's unit: "con el código", "com o cupom"
_OFFER_WORDS = frozenset(
    str.split(
        "codigo code cupom cupon cupones coupon descuento desconto discount precio preco price promo "
        "promocion"
    )
)
#: short or grammatical words that name nothing given
_SKIP = frozenset(
    str.split(
        "el la los las lo un una unos unas the a an o os as um uma tu tus su sus your our de del do da "
        "dos das of y e and con com with te les os le lhe se nos we you que para por pela pelo cada every "
        "each todo toda also ademas ainda tambien plus fica queda sale sai corre va vai es is are gets get "
        "llevas lleva free gratis regalo cortesia cuenta conta nuestra nossa casa house throw thrown"
    )
)


def bound_gifts(text: str, sheet: Sheet, locale: str) -> list[tuple[int, int, str]]:
    """Gifts bound to the offer's unit in ``text`` (see the module docstring): (start, end, words)."""
    if not may_match(_GIFT, text) or not _GIFT.search(text):  # a word of giving (studio.prefilter)
        return []
    content = sheet.campaign.locales.get(locale)
    if content is None:
        return []
    message = content.message
    units = _stems(f"{message.headline} {message.body} {message.short}")
    said = units | _stems(f"{content.disclaimer} {content.cta_label}")
    out: list[tuple[int, int, str]] = []
    for s in _SENTENCE.finditer(text):
        first, last = s.start(), s.end()
        gift = _GIFT.search(text, first, last)
        if gift is None or _THRESHOLD.search(text, first, last):
            continue
        near = text[first : min(last, gift.end() + 25)]
        if (
            _PERK.search(near)
            or _GROUP.search(near)
            or _ALWAYS.search(near)
            or _NEGATED.search(text, max(first, gift.start() - 25), gift.start())
            or _ACCESS.search(text, max(first, gift.start() - 30), gift.start())
        ):
            continue
        bound = any(
            (_stem(m.group("unit")) in units or _EVERY.search(m.group()) is not None)
            and _fold(m.group("unit")) not in _OFFER_WORDS
            for m in _WITH.finditer(text, first, gift.start())
        )
        if not bound and _ADDING.search(text, first, gift.start()):
            bound = _states_offer(text[first:last], sheet, locale)
        bound = bound or _each_or_companion(text, first, last, gift) or _per_unit(text, first, last)
        if not bound:
            continue
        given = _given(text, first, last, gift)
        if given and given <= said:
            continue  # "con el pase, el desbloqueo es gratis": the sheet says it comes with it
        out.append((s.start(), s.end(), text[first:last].strip()))
    return out


def _each_or_companion(text: str, first: int, last: int, gift: regex.Match[str]) -> bool:
    """Whether the sentence gives the gift with each unit or to the buyer's companion."""
    if _FEEL.search(text, max(first, gift.start() - 6), gift.start()):
        return False
    if _EACH_UNIT.search(text, first, gift.start()):
        return True
    # the companion in the gift's own stretch: from the last stop before it to the next one after
    head = max(
        (m.end() for m in _STOP.finditer(text, max(first, gift.start() - 60), gift.start())), default=None
    )
    head = max(first, gift.start() - 60) if head is None else head
    tail = _STOP.search(text, gift.end(), min(last, gift.end() + 40))
    end = tail.start() if tail else min(last, gift.end() + 40)
    companion = _COMPANION.search(text, head, end)
    # a reward earned by bringing friends goes to the reader, not to them ("indica amigos y gana …")
    return companion is not None and not _EARNED.search(text, head, gift.start())


def _per_unit(text: str, first: int, last: int) -> bool:
    """Whether the sentence counts its gift by a unit bought, before or after the gift ("por cada
    lámpara te regalamos la pantalla", "la pantalla de regalo por cada lámpara")."""
    for m in _PER_UNIT.finditer(text, first, last):
        # the unit, or the word after a count in words ("for every three friends")
        words = [_fold(w) for w in (m.group("unit"), m.group("next")) if w]
        if not any(_not_a_unit(w) for w in words):
            return True
    return False


def _not_a_unit(word: str) -> bool:
    singular = {word, word.removesuffix("s"), word.removesuffix("es")}
    return bool(singular & (_NOT_UNITS | _OFFER_WORDS)) or word.startswith(_REFERRAL)


def _stem(word: str) -> str:
    return _fold(word)[:5]


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text) if len(w) >= 4 and _fold(w) not in _SKIP}


def _given(text: str, first: int, last: int, gift: regex.Match[str]) -> set[str]:
    """The stems of what is given: up to four words before a word said after the thing ("el casco
    y el SOAT gratis"), up to four after a word said before it ("te regalamos la mayonesa")."""
    if gift.group("before"):
        words = _WORD.findall(text[gift.end() : last])[:5]
    else:
        words = _WORD.findall(text[max(first, gift.start() - 60) : gift.start()])[-5:]
    return {_stem(w) for w in words if len(w) >= 4 and _fold(w) not in _SKIP | _OFFER_WORDS}


def _states_offer(sentence: str, sheet: Sheet, locale: str) -> bool:
    """Whether ``sentence`` states the offer's code, price (or the price it replaces) or discount."""
    for fact in extract_facts(sentence, locale, codes=sheet.codes, currency=sheet.currency):
        if fact.kind is FactKind.CODE and sheet.code and str(fact.value).upper() == sheet.code:
            return True
        if fact.kind is FactKind.PRICE and fact.value in (
            (sheet.price, sheet.currency),
            (sheet.original_price, sheet.currency),
        ):
            return True
        if (
            fact.kind is FactKind.PERCENT
            and sheet.discount is not None
            and abs(fact.value - sheet.discount) < Decimal("0.5")
        ):
            return True
    return False
