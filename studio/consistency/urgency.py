"""Urgency claims the claim patterns of :mod:`studio.consistency.claims` do not read, and durations
that are a condition of the product or what it buys, not how long the offer lasts.

Claims (each with the days it promises and how it is measured, as :class:`claims.Claim`):

- a weekend named bare ("Weekend only", "solo fin de semana", "só fim de semana"): three days;
- a long weekend ("solo este puente", "só neste feriadão", "this long weekend only", "solo el fin
  de semana largo"): four calendar days at most;
- "only until tomorrow" ("solo hasta mañana", "só até amanhã", "only until tomorrow"): what is left
  of today and tomorrow, at the clock (the send date);
- "last chance" ("última oportunidad", "última chance", "last chance", "last call", "ends soon"):
  the offer is near its end at the clock, as "últimos días" is — false before the offer starts.

Not claims:

- a duration after a threshold word: "coverage after 12 hours without your bags", "la cobertura
  empieza tras 6 horas de retraso", "reembolso depois de 12 horas" (a condition of the product);
- a whole period the price buys or the product lasts: "patinete o mês inteiro por R$ 64", "all
  month long for $19", "pase con acceso todo el mes" (the pass lasts the month, not the offer).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: a weekend (singular: "fines de semana" recur)
_WEEKEND = {
    "es": ["fin de semana", "finde"],
    "en": ["weekend"],
    "pt": ["fim de semana", "final de semana", "fds"],
}
#: a long weekend, around a public holiday
_LONG_WEEKEND = {
    "es": [
        "puente",
        "fin de semana largo",
        "finde largo",
        "fin de semana festivo",
        "megapuente",
        "acueducto",
    ],
    "en": ["long weekend", "holiday weekend", "three-day weekend", "3-day weekend"],
    "pt": ["feriadão", "feriadao", "feriado prolongado", "fim de semana prolongado", "emenda de feriado"],
}
_ONLY_BEFORE = {
    "es": ["solo", "sólo", "solamente", "únicamente", "nada más", "exclusivamente", "nomás"],
    "en": ["only", "just"],
    "pt": ["só", "so", "somente", "apenas", "exclusivamente"],
}
_ONLY_AFTER = {
    "es": ["solamente", "únicamente", "nomás", "nada más"],
    "en": ["only"],
    "pt": ["somente", "apenas"],
}
#: "this", "the", "during the" before a (long) weekend
_THIS = {
    "es": ["este", "el", "durante el", "durante este", "por el", "por este", "en el", "en este"],
    "en": ["this", "the", "this coming", "for the", "for this", "during the", "over the"],
    "pt": ["este", "esse", "neste", "nesse", "no", "o", "durante o", "durante este", "nesse próximo"],
}
_UNTIL = {
    "es": ["hasta", "hasta el día de"],
    "en": ["until", "till", "through", "thru"],
    "pt": ["até", "ate"],
}
_TOMORROW = {"es": ["mañana", "manana"], "en": ["tomorrow"], "pt": ["amanhã", "amanha"]}
_TODAY = {
    "es": ["hoy", "esta noche"],
    "en": ["today", "tonight"],
    "pt": ["hoje", "hoje à noite", "esta noite"],
}
#: "last chance" (the offer is about to end)
_LAST_CHANCE = {
    "es": [
        "última oportunidad",
        "ultima oportunidad",
        "última llamada",
        "ultima llamada",
        "se acaba ya",
        "se termina ya",
        "está por terminar",
        "esta por terminar",
        "a punto de terminar",
        "a punto de acabar",
        "termina pronto",
        "acaba pronto",
    ],
    "en": [
        "last chance",
        "final chance",
        "last call",
        "ends soon",
        "ending soon",
        "almost over",
        "final hours",
    ],
    "pt": [
        "última chance",
        "ultima chance",
        "última oportunidade",
        "ultima oportunidade",
        "está acabando",
        "esta acabando",
        "quase acabando",
        "acaba logo",
        "termina logo",
        "reta final",
    ],
}
#: "no es la última oportunidad", "not your last chance"
_NEGATION_BEFORE = compiled.pattern(
    r"(?:\bno|\bnot|\bnão|\bnao|\bnunca|\bnever|\bni)\s+(?:\p{L}+\s+){0,2}\Z", _FLAGS
)
#: the days a "last chance" claim stands for: the offer's last three days at most
LAST_CHANCE_DAYS = 3.0


def _alt(words: list[str]) -> str:
    escaped = {regex.escape(w).replace(r"\ ", " ").replace(" ", r"\s+") for w in words}
    return "|".join(sorted(escaped, key=lambda w: (-len(w), w)))


def _of(table: dict[str, list[str]], language: str) -> list[str]:
    return table.get(language, []) + (table["en"] if language != "en" else [])


@lru_cache(maxsize=16)
def _patterns(language: str) -> tuple[tuple[regex.Pattern[str], float, str], ...]:
    """(pattern, days, measure) of every urgency claim read here, for ``language``."""
    only, only_after = _alt(_of(_ONLY_BEFORE, language)), _alt(_of(_ONLY_AFTER, language))
    this = _alt(_of(_THIS, language))
    weekend, long_weekend = _alt(_of(_WEEKEND, language)), _alt(_of(_LONG_WEEKEND, language))
    until, tomorrow, today = (_alt(_of(t, language)) for t in (_UNTIL, _TOMORROW, _TODAY))
    shapes: list[tuple[str, float, str]] = [
        # "Weekend only", "solo fin de semana", "só fim de semana" (the claim patterns need "this")
        (rf"(?:{only})\s+(?:{weekend})(?!\s+(?:largo|prolongado))", 3.0, "calendar"),
        (rf"(?:{weekend})\s*[,:]?\s+(?:{only_after})", 3.0, "calendar"),
        # "solo este puente", "só neste feriadão", "this long weekend only"
        (rf"(?:{only})\s+(?:(?:{this})\s+)?(?:{long_weekend})", 4.0, "calendar"),
        (rf"(?:(?:{this})\s+)?(?:{long_weekend})\s*[,:]?\s+(?:{only_after})", 4.0, "calendar"),
        # "solo hasta mañana", "só até amanhã", "only until tomorrow": left of today and tomorrow
        (rf"(?:{only})\s+(?:{until})\s+(?:{tomorrow})", 2.0, "left"),
        (rf"(?:{until})\s+(?:{tomorrow})\s*,?\s+(?:{only_after})", 2.0, "left"),
        # "solo hasta hoy", "only until tonight": today
        (rf"(?:{only})\s+(?:{until})\s+(?:{today})", 1.0, "calendar"),
        # "última oportunidad", "last chance": the offer's last days
        (_alt(_of(_LAST_CHANCE, language)), LAST_CHANCE_DAYS, "end"),
    ]
    return tuple((compiled.pattern(rf"(?<!\w)(?:{p})(?!\w)", _FLAGS), d, m) for p, d, m in shapes)


def urgency_claims(text: str, language: str) -> list[tuple[int, int, float, str]]:
    """(start, end, days, measure) of every urgency claim in ``text`` (see the module docstring)."""
    out: list[tuple[int, int, float, str]] = []
    for pattern, days, measure in _patterns(language):
        for m in pattern.finditer(text):
            if _NEGATION_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "no es la última oportunidad"
            if measure == "end" and not _about_the_offer(text, m.end()):
                continue  # "Last call for summer adventures": the end of something else
            out.append((m.start(), m.end(), days, measure))
    return out


#: what ends a "last chance" claim on its own: a colon, a bang, a dash, the end of the line
_STANDS_ALONE = compiled.pattern(r"[^\S\n]*(?:[:!.…—–-]|\n|\Z)")
#: the rest of its sentence names the offer: an offer word, a percentage, an amount, a code word
_OFFER_AFTER = compiled.pattern(
    r"[^.!?\n]{0,60}?(?:%|[$€£]|\d|\b(?:descuentos?|desconto|discount|off|oferta|ofertas?|offer|deal|sale|"
    r"promo\w*|precios?|preços?|prices?|c[oó]digo|code|cup[oó]n|cupom|rebajas?|liquida\w*)\b)",
    _FLAGS,
)


def _about_the_offer(text: str, end: int) -> bool:
    """Whether a "last chance" claim ending at ``end`` stands alone ("Last chance: 25 % off") or
    the rest of its sentence names the offer ("última oportunidad para el 30 % de descuento")."""
    return bool(_STANDS_ALONE.match(text, end) or _OFFER_AFTER.match(text, end))


#: a threshold before a duration: "after 12 hours", "tras 6 horas", "depois de 12 horas", "a partir
#: de 6 horas", "more than 6 hours", "al menos 12 horas"
_THRESHOLD = compiled.pattern(
    r"(?:\bafter|\bstarting\s+after|\bbeyond|\bmore\s+than|\bover|\bat\s+least|\blonger\s+than|\bexceeding|"
    r"\btras|\bdespu[eé]s\s+de|\bpasadas|\bluego\s+de|\bm[aá]s\s+de|\bal\s+menos|\bpor\s+lo\s+menos|"
    r"\bsuperior(?:es)?\s+a|\bdepois\s+de|\bap[oó]s|\bpassadas|\bmais\s+de|\bpelo\s+menos|\bacima\s+de|"
    r"\ba\s+partir\s+de|\bm[ií]nimo\s+de|\bminimum\s+of)\s+\Z",
    _FLAGS,
)


def condition_duration(text: str, start: int) -> bool:
    """Whether the duration starting at ``start`` follows a threshold word: a condition of the
    product ("delay coverage starts after 6 hours"), not how long the offer lasts."""
    return bool(_THRESHOLD.search(text, max(0, start - 30), start))


#: an amount right after a whole period: "o mês inteiro por R$ 64", "all month long for $19"
_PRICE_AFTER = compiled.pattern(
    r"\s*,?\s*(?:por|for|pelo|pela|a|at|de|para)\s+(?:(?:solo|sólo|só|so|apenas|only|just|nomás)\s+)?"
    r"(?:R\$|US\$|MX\$|COP|ARS|MXN|BRL|USD|EUR|[$€£])?\s*\d",
    _FLAGS,
)
#: a product that lasts the period, right before it: "pase con acceso todo el mes", "unlimited rides
#: all month long", "plano válido o mês todo"
_PRODUCT_BEFORE = compiled.pattern(
    r"\b(?:pase|passe|pass|plan|plano|acceso|acesso|access|cobertura|coverage|membres[ií]a|membership|"
    r"assinatura|suscripci[oó]n|subscription|abono|ilimitad[oa]s?|unlimited|viajes|viagens|rides|"
    r"corridas|uso|use|válid[oa]|valid[oa]?)\s+(?:\p{L}+\s+)?\Z",
    _FLAGS,
)


def product_time(text: str, start: int, end: int) -> bool:
    """Whether the whole period at ``text[start:end]`` ("o mês inteiro", "todo el mes") is what a
    price buys or how long a product lasts, not the offer's time (see the module docstring)."""
    return bool(_PRICE_AFTER.match(text, end)) or bool(
        _PRODUCT_BEFORE.search(text, max(0, start - 40), start)
    )
