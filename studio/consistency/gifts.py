"""Multi-buy offers told as a gift or a shared bill: shapes neither the fixed forms
(``money._MECHANICS``), the grammar (:mod:`mechanics`) nor the paraphrases (:mod:`paraphrase`) read.

"Free" is said many ways beyond "gratis": "por nuestra cuenta", "corre de nuestra cuenta", "va por
cuenta nuestra", "a cuenta de la casa", "por nossa conta", "on us", "on the house", "te la
regalamos", "a medio precio". With it, the structures:

- a later unit free or cheaper, with up to four words between ("the second one's first month is
  on us", "la segunda hidratação é por nossa conta", "el segundo mantenimiento va por cuenta
  nuestra", "la segunda mudanza les sale a medio precio", "la tercera te la regalamos");
- one in every N free ("de cada diez cubiertos, uno corre de nuestra cuenta", "for every ten
  guests, one eats free", "a cada dez, um sai de graça");
- a group paying for fewer ("dos amigos que se inscriban juntos pagan un solo programa", "las
  empresas que inscriban a tres colaboradores pagan solo dos cupos", "four friends pay for three");
- paying M and given K more ("pagás 9 y te regalamos 3", "pay 2 and we give you 1", "pague 3 e
  ganhe 1 de presente");
- one bought and another thing got free ("buy a sweep, get the inspection free", "compra una
  sesión y llévate el retoque gratis") — not a perk of delivery or shipping;
- someone else joining "too" and their unit going free, in a new clause ("si se tatúa también, su
  sesión corre por nuestra cuenta", "y si sacáis también el de los abuelos, ese os sale gratis",
  "if your friend books too, theirs is free") — not a service ("si ya tienes otra, también la
  revisamos sin costo").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled
from studio.prefilter import may_match

_FLAGS = regex.IGNORECASE | regex.VERSION1

_NUMBERS = {
    "un": 1, "una": 1, "uno": 1, "one": 1, "um": 1, "uma": 1, "dos": 2, "two": 2, "dois": 2, "duas": 2,
    "tres": 3, "three": 3, "três": 3, "cuatro": 4, "four": 4, "quatro": 4, "cinco": 5, "five": 5,
    "seis": 6, "six": 6, "siete": 7, "seven": 7, "sete": 7, "ocho": 8, "eight": 8, "oito": 8,
    "nueve": 9, "nine": 9, "nove": 9, "diez": 10, "ten": 10, "dez": 10, "doce": 12, "twelve": 12, "doze": 12,
}  # fmt: skip
_COUNT = r"(?:\d{1,2}|" + "|".join(sorted(_NUMBERS, key=lambda w: (-len(w), w))) + ")"
_OURS = r"(?:nuestra|nossa|de\s+la\s+casa|da\s+casa|del\s+local|de\s+la\s+marca)"
_FREE = (
    r"(?:gratis|gr[áa]tis|free|de\s+regalo|de\s+presente|de\s+brinde|de\s+cortes[ií]a|on\s+us|on\s+the\s+house|"
    r"cortes[ií]a\s+de\s+la\s+casa|cortesia\s+da\s+casa|invita\s+la\s+casa|"
    r"sin\s+costo|sin\s+cargo|sem\s+custo|de\s+gra[çc]a|"
    rf"(?:por|de|a)\s+{_OURS}\s+(?:cuenta|conta)|(?:por|a|de)\s+(?:cuenta|conta)\s+{_OURS}|"
    r"(?:por|a)\s+cuenta\s+nuestra|"
    r"(?:a|al|por|pela|pelo|at|for)\s+(?:medio\s+precio|mitad\s+de\s+precio|la\s+mitad|metade(?:\s+do\s+pre[çc]o|(?!\s+d[oa]s?\b))|half\s+price)|"
    r"half[-\s]price|(?:te|se|les|os|lhe|lhes)\s+(?:la|lo|las|los|a|o)\s+(?:regal\w+|damos|obsequi\w+|presente\w*))"
)
_ORDINAL = (
    r"(?:segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|terceir[oa]|quart[oa]|second|third|fourth|fifth"
    r"|(?<![\d.,])[2-6](?:da|do|ra|ro|er|ta|to|nd|rd|th|\.?[ºª°]))"
)
#: the Nth of a span of time or a series is a day or an episode, not a unit bought
_NOT_A_UNIT = (
    r"(?:d[ií]as?|days?|semanas?|weeks?|horas?|hours?|vez|veces|time|años?|anos?|years?|piso|floor|andar)"
)
#: a perk, not a unit of the offer
_PERK = (
    r"(?:env[ií]o|shipping|delivery|entrega|frete|instala\w+|installation|estacionamiento|parking|estacionamento|"
    r"wifi|wi-fi|caf[eé]|coffee|bebida|drink|postre|dessert)"
)
_WORDS = rf"(?:[^\S\n]+(?!{_PERK}\b)[\p{{L}}'’]+){{0,4}}?"
_PAY = r"(?:pag(?:a|á|as|ás|an|am|ue|uen|uem|ando)|pay(?:s|ing)?(?:\s+for)?)"
_ONLY = r"(?:(?:solo|sólo|só|apenas|only|just|nom[aá]s)\s+)?"
_NOT_AMOUNT = (
    r"(?!\s*(?:[%€$£]|[.,]\d|\d|pesos?\b|euros?\b|reais|d[oó]lar(?:es)?\b|dollars?\b|mil\b|cuotas|parcelas|vezes|"
    r"veces|payments|pagos|meses|months|mes(?:es)?\b))"
)
#: the other person's unit, as the subject of a new clause: "su sesión", "ese", "theirs", "o dele"
_THEIRS = (
    r"(?:su|sus|ese|esa|esos|esas|el\s+suyo|la\s+suya|theirs|their|his|hers|her|seu|sua|esse|essa|"
    r"o\s+dele|a\s+dela|o\s+deles|el\s+de\s+(?:ellos|ellas|él|ella))"
)
_ALSO = r"(?:tambi[eé]n|tamb[eé]m|too|as\s+well|also)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern[str], ...]:
    nth_free = (
        rf"(?<![\w.,]){_ORDINAL}(?:[^\S\n]+(?!{_NOT_A_UNIT}\b)[\p{{L}}'’]+)?{_WORDS}[^\S\n]+{_FREE}(?!\w)"
        rf"(?!\s+{_PERK})"
    )
    every_n = (
        rf"(?:de|por|en|for|a|em)\s+cada\s+(?P<n>{_COUNT})(?:\s+\p{{L}}+)?\s*,?\s+(?P<m>{_COUNT}){_WORDS}\s+{_FREE}(?!\w)"
        rf"|for\s+every\s+(?P<n2>{_COUNT})(?:\s+\p{{L}}+)?\s*,?\s+(?P<m2>{_COUNT}){_WORDS}\s+{_FREE}(?!\w)"
    )
    group_pays = (
        rf"(?<![\w.,])(?P<n3>{_COUNT})\s+(?!{_NOT_A_UNIT}\b)\p{{L}}+(?:[^\S\n]+(?!{_PAY}\b)[\p{{L}}]+){{0,6}}?[^\S\n]+"
        rf"{_PAY}\s+{_ONLY}(?:(?P<one>un\s+sol[oa]|una\s+sola|um\s+s[oó]|uma\s+s[oó]|just\s+one|only\s+one)|(?P<m3>{_COUNT}))"
        rf"{_NOT_AMOUNT}(?!\w)"
    )
    pay_given = (
        rf"(?<!\w){_PAY}\s+{_ONLY}(?P<m4>{_COUNT}){_NOT_AMOUNT}(?:\s+\p{{L}}+)?\s*,?\s+(?:y|e|and)\s+"
        rf"(?:(?:te|les|os|le|lhe|lhes|we)\s+)?(?:regal\w+|damos|obsequi\w+|give\s+you|ganh\w+|gan[aá]s?)\s+"
        rf"(?:(?:otr[oa]s|outr[oa]s|m[aá]s|mais|another)\s+)?(?P<k4>{_COUNT}){_NOT_AMOUNT}(?!\w)"
    )
    buy_one_get = (
        r"(?<!\w)(?:buy|book|order|compr(?:a|á|e|ás|as)|contrat(?:a|á|e))\s+(?:a|an|one|un|una|um|uma|1)\s+\p{L}+"
        r"(?:\s+\p{L}+)?\s*,?\s+(?:(?:and|y|e)\s+)?(?:get|take|ll[eé]vate|llevate|leve|ganhe|recib[ií]s?|recibe)\s+"
        rf"(?:the|a|an|el|la|o|a|um|uma|un|una|your|tu|seu|sua)\s+(?!{_PERK}\b)\p{{L}}+(?:\s+\p{{L}}+)?\s+{_FREE}(?!\w)"
    )
    also_free = (
        rf"(?<!\w)(?:si|if|se)\s+[^.!?\n]{{0,60}}?\b{_ALSO}\b[^.!?\n]{{0,40}}?,\s+{_THEIRS}\s+"
        rf"(?:(?!{_PERK}\b)[\p{{L}}'’]+\s+){{0,4}}?{_FREE}(?!\w)"
        rf"(?!\s+{_PERK})"
    )
    shapes = (nth_free, every_n, group_pays, pay_given, buy_one_get, also_free)
    return tuple(compiled.pattern(p, _FLAGS) for p in shapes)


def _count(raw: str | None) -> int:
    if raw is None:
        return 0
    return int(raw) if raw.isdigit() else _NUMBERS.get(raw.casefold(), 0)


def read_gifts(text: str) -> list[tuple[int, int, str]]:
    """Multi-buy offers told as a gift or a shared bill in ``text``: (start, end, words)."""
    out: list[tuple[int, int, str]] = []
    for pattern in _patterns():
        if not may_match(pattern, text):  # none of the words it needs (studio.prefilter)
            continue
        for m in pattern.finditer(text):
            g = m.groupdict()
            n = g.get("n") or g.get("n2") or g.get("n3")
            paid = 1 if g.get("one") else _count(g.get("m") or g.get("m2") or g.get("m3"))
            if n is not None and not 0 < paid < _count(n):
                continue  # "tres amigos pagan tres": no multi-buy
            if g.get("m4") is not None and not _count(g.get("k4")):
                continue
            out.append((m.start(), m.end(), m.group()))
    return out
