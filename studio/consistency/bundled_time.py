"""A duration listed among the things a price buys: "$48 for a lane, 2 hours and shoes", "el bono
incluye 3 horas de pista, bolos y refresco", "por R$ 90,00 você leva uma quadra, 2 horas de jogo e
as raquetes", "is $48 per lane for up to 6 people, 2 hours, shoes included".

The hours are one item of the bundle sold (how long the lane, the court, the room is the
customer's), not how long the offer lasts: no claim. The reading is grammatical, not a list of
phrasings: the duration is a whole member of a coordination ("A, B and C", "A, B y C", "A, B e C",
"A plus B"), each member next to it is a thing (words with no amount, percentage, offer word or
time word), and the list is what is sold: it follows an amount and "for" / "por" / "pelo" (a few
words between: "$48 per lane for …"), or an inclusion verb ("includes", "incluye", "inclui",
"trae", "with", "con", "com"), or an amount closes the clause after it ("…, 2 hours of laser tag
plus pizza, $25"). A duration with "only" or "left" after it ("24 hours only", "48 h left") is no
bare member, so it stays the offer's time; so does one whose neighbour is an offer ("24 horas y un
20 % de descuento").
"""

from __future__ import annotations

import regex

from studio import compiled

_FLAGS = regex.IGNORECASE | regex.VERSION1

_AMOUNT = (
    r"(?:(?:R\$|US\$|MX\$|COP|ARS|MXN|BRL|USD|EUR|[$€£])[\s\u00a0\u202f]*\d[\d.,\u00a0\u202f]*"
    r"|\d[\d.,]*[\s\u00a0\u202f]*(?:€|euros?|pesos|reais|dólares|dolares|dollars|EUR|USD|MXN|ARS|COP|BRL)(?!\w))"
)
_AMOUNT_RE = compiled.pattern(_AMOUNT, _FLAGS)
#: what opens the list of what is sold: an amount and "for" a few words on ("$48 per lane for"),
#: "for" and an amount ("Por 76 € tienes"), or a verb of inclusion ("includes", "incluye", "with")
_HEAD = compiled.pattern(
    rf"(?:(?P<paid>{_AMOUNT}(?:[^\S\n]+[\p{{L}}'’]+){{0,3}}?[^\S\n]+(?:for|por|pelo|pela))"
    rf"|\b(?:for|por|pelo|pela)[^\S\n]+{_AMOUNT}"
    r"|\b(?:includes?|including|included|comes\s+with|incluye|incluyen|incluido|incluida|inclui|incluem|"
    r"incluso|inclusa|trae|traen|traz|trazem|vem\s+com|viene\s+con|with|con|com))[^\S\n]+",
    _FLAGS,
)
#: a separator of list members
_SEPARATOR = compiled.pattern(r"[^\S\n]*[,+&][^\S\n]*|[^\S\n]+(?:and|plus|y|e|más|mais)[^\S\n]+", _FLAGS)
#: the end of a clause: a sentence mark (not a decimal point), a colon, a bracket or a line break
_CLAUSE_END = compiled.pattern(r"[!?;:()\n]|\.(?!\d)")
#: what makes a member no thing sold: a figure of money or a share, an offer, a time, "only", "left"
_NOT_A_THING = compiled.pattern(
    r"%|\p{Sc}|\b(?:"
    r"descuentos?|descontos?|discounts?|off|ofertas?|offers?|deals?|sale|promo\w*|rebajas?|c[oó]digo|codes?|"
    r"cupom|cup[oó]n|coupon|"
    r"horas?|hours?|hrs?|h|minutos?|minutes?|mins?|d[ií]as?|days?|semanas?|weeks?|mes|meses|m[eê]s|months?|"
    r"finde|weekend|hoy|hoje|today|tonight|ma[ñn]ana|amanh[aã]|tomorrow|noches?|noites?|nights?|"
    r"only|solo|sólo|só|nomás|left|quedan|faltam|restan|restantes|remaining|ends?|termina|acaba)\b",
    _FLAGS,
)
#: what may follow the duration inside its member: "of bowling", "de pista", "de jogo", "on the lake"
_COMPLEMENT = compiled.pattern(r"[^\S\n]+(?:of|de|do|da|on|en|em|in)[^\S\n]+[\p{L}'’\s-]{1,40}", _FLAGS)


#: a bare duration: a count and its unit ("2 hours", "3 h", "2-hour"), nothing more
_BARE_DURATION = compiled.pattern(r"\d{1,3}[^\S\n-]*-?[^\S\n]*\p{L}{1,8}\.?")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]`` (between sentence marks, colons, brackets, lines)."""
    left = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        left = m.end()
    right = _CLAUSE_END.search(text, end)
    return left, right.start() if right else len(text)


def _members(text: str, left: int, right: int) -> list[tuple[int, int]]:
    """The spans of the list members between ``left`` and ``right``."""
    spans, at = [], left
    for m in _SEPARATOR.finditer(text, left, right):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, right))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _is_thing(member: str) -> bool:
    return bool(regex.search(r"\p{L}", member)) and not _NOT_A_THING.search(member)


def bundled_time(text: str, start: int, end: int) -> bool:
    """Whether the duration at ``text[start:end]`` is one member of the list of what a price buys
    or a product includes (see the module docstring)."""
    if not _BARE_DURATION.fullmatch(text, start, end):
        return False  # "solo hoy, latte y croissant por 3 €": a claim of its own, not an item
    left, right = _clause(text, start, end)
    head = None
    for m in _HEAD.finditer(text, left, start):
        head = m
    tail = _AMOUNT_RE.search(text, end, right)  # "…, 2 hours of laser tag plus pizza, $25"
    if head is None and tail is None:
        return False
    members = _members(text, head.end() if head else left, tail.start() if tail else right)
    mine = next((i for i, (a, b) in enumerate(members) if a <= start and end <= b), None)
    if mine is None or len(members) < 2 or (mine == 0 and head is not None and head.group("paid")):
        return False  # "$48 lanes for 24 hours, …": paid_time.py reads "for" and the duration
    a, b = members[mine]
    if text[a:start].strip():
        return False  # "for 24 hours", "only 24 hours": no bare member
    rest = text[end:b]
    if rest.strip() and not (_COMPLEMENT.fullmatch(rest) and not _NOT_A_THING.search(rest)):
        return False  # "24 hours only", "48 h left"
    neighbours = [members[i] for i in (mine - 1, mine + 1) if 0 <= i < len(members)]
    return all(_is_thing(text[x:y]) for x, y in neighbours)
