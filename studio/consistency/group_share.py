"""Multi-buys told through a group or a friend brought along, in Spanish, Portuguese and English.

The roles of the numbers, not the words, make these a deal other than a percentage or a price:

- a group of N and K of them not paying, K < N: "si sois tres, uno sale gratis", "si vienen cuatro,
  uno no paga", "a cada 4 alunos, 1 não paga", "em grupos de 5, um vai de graça", "for every four
  climbers, one goes free", "uno de cada tres entra gratis" — not a span of time ("a cada 3 meses,
  1 revisão grátis": a service perk), nor a share of people with no benefit ("9 de cada 10
  repiten"), nor a perk that is no unit ("si sois cuatro, el parking es gratis": no count freed);
- a friend brought or referred, then that friend (named or a pronoun, in the same or the next
  sentence) or the friend's unit paying less or nothing: "Tu amiga paga la mitad", "¿Venís con un
  amigo? Él paga la mitad", "Trouxe uma amiga? Ela não paga", "Indique um amigo e a matrícula dele
  sai de graça", "Bring a friend: they pay half", "your buddy's pass is half price" — not a bonus
  both get ("Refer a friend and you both get a month free": a referral perk, see ``companions``),
  nor a friend's thing at a price ("tu amiga paga 20 €").
"""

from __future__ import annotations

import regex

from studio import compiled
from studio.consistency.mechanics import _COUNT, _FREE, _NOT_A_UNIT, _NUMBER_WORDS, _PAYS_LESS
from studio.prefilter import may_match

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: a group's size follows: "si sois", "si vienen", "a cada", "for every", "em grupos de"
_GROUP = (
    r"(?:(?:si|se|if)\s+(?:(?:ya\s+)?(?:sois|son|somos|vienen|ven[ií]s|vais|van|est[aá]is|forem|vierem|"
    r"vierem\s+em|you(?:['’]re|\s+are)|there\s+are|you\s+come\s+as))|"
    r"(?:come|venham|vengan|venid|vení|venite)(?:\s+(?:en|em|as|in))?|"
    r"(?:a|por|de)\s+cada|for\s+every|(?:en|em|in)\s+(?:grupos?|turmas?|groups?)\s+de|(?:in\s+)?groups\s+of)"
    # "si vienen de a tres", "si son un grupo de cuatro", "if you come as a group of five"
    r"(?:\s+(?:de\s+a|(?:un|um|a)\s+(?:grupo|group|turma)\s+(?:de|of)))?"
)
#: the benefit of the K freed: free, not paying, paying less, told with an optional verb
_BENEFIT = (
    rf"(?:(?:(?:te|le|les|os|lhe|se)\s+)?(?:sale|salen|entra|entran|va|van|viene|vienen|viaja|come|"
    rf"sai|entra|vai|vem|viaja|goes|comes|gets\s+in|rides|climbs|eats|is|es|é|est[aá]|fica)\s+)?"
    rf"(?:{_FREE}|{_PAYS_LESS})"
)
_GROUP_SHARE = compiled.pattern(
    rf"(?<!\w){_GROUP}\s+(?P<n>{_COUNT})(?:\s+(?!{_NOT_A_UNIT}\b|y\b|e\b|and\b)\p{{L}}+)?\s*[,:;—–-]?\s*"
    rf"(?:(?:y|e|and|then)\s+)?(?P<k>{_COUNT}|one)(?:\s+(?:de\s+(?:vosotros|vosotras|ustedes|ellos|ellas)|"
    rf"de\s+voc[eê]s|deles|delas|of\s+(?:you|them)|(?!{_NOT_A_UNIT}\b)\p{{L}}+))?\s+{_BENEFIT}(?!\w)"
    # "uno de cada tres entra gratis": K of every N
    rf"|(?<!\w)(?P<k2>{_COUNT}|one)(?:\s+(?!{_NOT_A_UNIT}\b)\p{{L}}+)?\s+(?:de\s+cada|em\s+cada|in\s+every|out\s+of\s+every)"
    rf"\s+(?P<n2>{_COUNT})(?:\s+(?!{_NOT_A_UNIT}\b)\p{{L}}+)?\s+{_BENEFIT}(?!\w)",
    _FLAGS,
)

#: a friend, a mate: the person brought along
_FRIEND = (
    r"(?:amig[oa]s?|amigue|friends?|buddy|buddies|pal|mate|compañer[oa]|compa|colega|parcer[oa]|cuate|"
    r"hermanit[oa]|herman[oa]|irm[aã]o?|prim[oa]|parça|brother|sister|sis|bro|"
    # whoever comes along: "tu pareja paga la mitad", "seu acompanhante paga meia", "your plus-one pays half"
    r"pareja|acompa[ñn]ante|acompanhante|parceir[oa]|partner|companion|plus-one|novi[oa]|namorad[oa])"
)
_YOUR = r"(?:tu|su|your|sua|seu|vuestr[oa]|o\s+seu|a\s+sua)"
#: bringing or referring a person: "trae", "traé", "trouxe", "indique", "bring", "refer"
_BRING = (
    r"(?:tra(?:e|é|és|es|en|iga|igas|igan|jiste|je|jo)|trajeres|traz(?:er|e|em)?|trouxe(?:r|rem)?|"
    r"ven[ií]s\s+con|ven[ií]\s+con|vienes\s+con|ven\s+con|vem\s+com|venha\s+com|vier\s+com|come\s+with|"
    r"indi(?:que|ca|cá|car|cou|carem)|recomiend(?:a|as|e)|refer[ií]s?|refi(?:ere|eras|era)|"
    r"bring(?:s|ing)?|brought|refer(?:s|ring)?|invit(?:a|á|e|as|ás|es))"
)
#: who pays less: the friend or a pronoun for them
_WHO = rf"(?:{_YOUR}\s+{_FRIEND}|(?:el|la|o|a|the|that|this)\s+{_FRIEND}|[ée]l|ella|ele|ela|he|she|they)"
#: the friend's own unit: "la matrícula de él", "a matrícula dele", "their pass", "su entrada"
_THEIRS = (
    r"(?:(?:el|la|o|a|the)\s+\p{L}+\s+(?:de\s+[ée]l|de\s+ella|dele|dela|del\s+amig[oa]|do\s+amig[oa]|da\s+amiga|de\s+tu\s+amig[oa])"
    r"|(?:his|her|their|your\s+friend['’]s|tu\s+amig[oa]\s+y\s+su)\s+\p{L}+)"
)
#: a friend named, then that friend paying less or nothing: "tu amiga paga la mitad", "your friend goes free"
_FRIEND_PAYS = compiled.pattern(
    rf"(?<!\w){_YOUR}\s+{_FRIEND}(?:['’]s\s+\p{{L}}+)?(?:\s+(?:tambi[eé]n|tamb[eé]m|also|too))?\s+{_BENEFIT}(?!\w)",
    _FLAGS,
)
#: bringing one, then (within the sentence or the next) the one brought or their unit paying less
_BROUGHT_PAYS = compiled.pattern(
    rf"(?<!\w){_BRING}\s+(?:a\s+|com\s+)?(?:un|una|um|uma|a|one|1)\s+{_FRIEND}\b"
    rf"(?P<rest>[^.!?\n]{{0,60}}?[.!?…:—–-]?\s*(?:¿|¡)?(?:(?:y|e|and|then|pues|ent[aã]o)\s+)?)"
    rf"(?:{_WHO}|{_THEIRS})(?:\s+(?:tambi[eé]n|tamb[eé]m|also|too))?\s+{_BENEFIT}(?!\w)",
    _FLAGS,
)
#: what every reading ends in: free, not paying, paying less (its words are a cheap test first)
_ANY_BENEFIT = compiled.pattern(rf"(?:{_FREE}|{_PAYS_LESS})", _FLAGS)
#: a perk that is no unit: delivery, shipping, parking
_PERK = compiled.pattern(
    r"\b(?:env[ií]os?|entregas?|fretes?|shipping|delivery|domicilio|despacho|estacionamientos?|parking|"
    r"estacionamentos?|parqueaderos?|wi-?fi|caf[eé]|coffee|bebida|drink)\b",
    _FLAGS,
)


def _count(word: str | None) -> int:
    if not word:
        return 0
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.casefold(), 0)


def group_shares(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of each multi-buy told through a group or a friend in ``text``."""
    if not may_match(_ANY_BENEFIT, text):  # no word of being free or paying less (studio.prefilter)
        return []
    out: list[tuple[int, int, str]] = []
    for m in _GROUP_SHARE.finditer(text) if may_match(_GROUP_SHARE, text) else ():
        n, k = _count(m.group("n") or m.group("n2")), _count(m.group("k") or m.group("k2"))
        if 0 < k < n and not _PERK.search(m.group()):
            out.append((m.start(), m.end(), m.group()))
    for pattern in (_FRIEND_PAYS, _BROUGHT_PAYS):
        if not may_match(pattern, text):  # none of the words it needs (studio.prefilter)
            continue
        for m in pattern.finditer(text):
            if not _PERK.search(m.group()) and not any(a < m.end() and m.start() < b for a, b, _ in out):
                out.append((m.start(), m.end(), m.group()))
    return out
