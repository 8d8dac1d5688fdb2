"""Multi-buy offers paraphrased: the shapes the fixed forms (``money._MECHANICS``) and the grammar
(:mod:`studio.consistency.mechanics`) do not read.

- N-for-M written with hyphens or in words: "2-for-1 on a year of coverage", "three-for-two",
  "2 por 1", "dos por uno" (not an amount: "2 por 1 €" is no multi-buy);
- one bought and a second one free, said of a companion or another unit: "when you buy one plan,
  your travel partner's plan is free", "comprando un pasaje, el de tu acompañante es gratis", "na
  compra de um plano, o segundo sai de graça", "buy one, and the second one is on us" — not a
  perk ("compra un comedor y el envío es gratis": the delivery is no second unit);
- buying N and getting M more ("compre 2 e ganhe 1", "buy 2 and get 1"), bringing a friend free
  ("trae a un amigo y entra gratis", "bring a friend for free");
- a companion free on its own: "tu acompañante viaja gratis", "your partner flies free", "seu
  acompanhante não paga";
- a term with free or unpaid parts, in counts of two digits: "pagas 10 meses y te llevas 12",
  "get 12 months for the price of 10", "12 meses pelo preço de 10", "3 meses gratis", "two
  months free", "1 mês grátis".
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled
from studio.prefilter import may_match

_FLAGS = regex.IGNORECASE | regex.VERSION1

_NUMBERS = {
    "one": 1, "un": 1, "uno": 1, "una": 1, "um": 1, "uma": 1,
    "two": 2, "dos": 2, "dois": 2, "duas": 2,
    "three": 3, "tres": 3, "três": 3,
    "four": 4, "cuatro": 4, "quatro": 4,
    "five": 5, "cinco": 5, "six": 6, "seis": 6,
}  # fmt: skip
_COUNT = r"(?:\d{1,2}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"
#: units of a term
_TERM = (
    r"(?:meses|mes|m[eê]s(?:es)?|months?|semanas?|weeks?|d[ií]as?|days?|noches?|nights?|noites?|"
    r"di[aá]rias?|años?|anos?|years?|clases?|aulas?|classes?|sesiones|sess[õo]es|sessions)"
)
_FREE = (
    r"(?:gratis|gr[áa]tis|free|de\s+regalo|de\s+presente|de\s+brinde|on\s+us|on\s+the\s+house|"
    r"sin\s+costo|sin\s+cargo|sem\s+custo|de\s+gra[çc]a|bonificad[oa]s?|no\s+cost)"
)
#: what makes a count an amount or an instalment, after it
_NOT_AMOUNT = (
    r"(?!\s*(?:[%€$£]|[.,]\d|\d|pesos?\b|euros?\b|reais|real\b|reales|d[oó]lar(?:es)?\b|dollars?\b|mil\b|cuotas|parcelas|vezes|veces|"
    r"payments|pagos))"
)
#: verbs of paying and of getting
_PAY = r"(?:pag(?:a|á|as|ás|ue|ues|uen|an|am|uem|ando|ás)|pay(?:ing)?(?:\s+for)?)"
_GET = (
    r"(?:(?:te|se|you)\s+)?(?:ll[eé]v(?:a|á|as|ás|ate|ás|es|en|an)|lev(?:a|e|am|em|ando)|get|take|receive|enjoy|"
    r"recib(?:e|es|ís|en|ir)|receb(?:e|em|er)|ganh(?:a|e|am)|disfrut(?:a|ás|as|an)|us(?:a|ás|as|an|e|am)|"
    # staying: "paga 2 noches y quédate 3", "pague 2 diárias e fique 3", "pay 2 nights, stay 3"
    r"qu[eé]d(?:ate|ate|ás|as|an|en|ense)|qued[aá]te|fi(?:que|ca|quem|cam)|stay)"
)
#: one bought: "when you buy one plan", "comprando un pasaje", "na compra de um plano", "buy one"
_BUY_ONE = (
    r"(?:buy(?:ing)?|purchase|compr(?:a|á|as|ás|e|es|en|an|am|em|ando)|contrat(?:a|á|as|ás|e|es|ando|am|em)|"
    r"(?:na|en\s+la|on\s+the|with\s+the|con\s+la|with\s+every|por\s+cada|a\s+cada)\s+(?:compra|purchase)\s+(?:de|of)|"
    r"with\s+every|por\s+cada|a\s+cada)\s+(?:one|un|uno|una|um|uma|1|an?)\b"
)
#: the second unit or a companion's: the free thing is a unit of the offer, not a perk
_SECOND = (
    r"(?:second|another|other|segund[oa]|otr[oa]|outr[oa]|partner|companion|friend|spouse|plus[-\s]one|"
    r"acompañante|acompanante|acompanhante|pareja|amig[oa]|parceir[oa]|c[oó]nyuge|c[oô]njuge|"
    r"the\s+same|el\s+mismo|la\s+misma|o\s+mesmo|a\s+mesma)"
)


#: a referral before a free term: the reward for bringing a friend is no multi-buy
_REFERRAL = compiled.pattern(
    r"\b(?:indic\w*|refer\w*|recomend\w*|recommend\w*|invit\w*|convid\w*|trae\s+a\s+un|traé\s+a\s+un|bring\s+a\s+friend)"
    r"[^.!?\n]*\Z",
    _FLAGS,
)


#: a companion on the same booking or plan
_COMPANION = (
    r"acompañante|acompanante|acompanhante|pareja|c[oó]nyuge|c[oô]njuge|travel\s+partner|partner|"
    r"companion|plus[-\s]one|segund[oa]\s+adult[oa]|second\s+adult|second\s+traveler|second\s+guest"
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern[str], ...]:
    n_for_m = (
        rf"(?<![\w.,$€£-])(?P<n>{_COUNT})\s*-\s*for\s*-\s*(?P<m>{_COUNT})(?!\w)"
        r"|(?<![\w.,$€£-])(?P<n2>[2-6]|dos|tres|cuatro|dois|duas|tr[eê]s|quatro)\s+por\s+"
        rf"(?P<m2>[1-5]|un|uno|una|dos|tres|um|uma|dois|duas){_NOT_AMOUNT}(?!\w)"
    )
    buy_one_free = (
        rf"(?<!\w){_BUY_ONE}(?:[^.!?;\n]{{0,50}}?)\b{_SECOND}\b(?:[^.!?;\n]{{0,40}}?)\b{_FREE}(?!\w)"
        r"(?!\s+(?:shipping|delivery|env[ií]o|entrega|frete|instala\w+|installation))"
    )
    # "pagas 10 meses y te llevas 12", "paga 10 y llévate 12 meses": the term on either count
    pay_get = (
        rf"(?<!\w){_PAY}\s+(?:(?:solo|sólo|só|only|just|apenas)\s+)?(?P<m3>{_COUNT})\s+{_TERM}\b"
        rf"[^.!?;\n]{{0,30}}?\b{_GET}\s+(?P<n3>{_COUNT}){_NOT_AMOUNT}(?!\w)"
        rf"|(?<!\w){_PAY}\s+(?:(?:solo|sólo|só|only|just|apenas)\s+)?(?P<m5>{_COUNT}){_NOT_AMOUNT}"
        rf"\s*,?\s+(?:(?:y|e|and)\s+)?{_GET}\s+(?P<n5>{_COUNT})\s+{_TERM}\b"
    )
    # "tu acompañante viaja gratis", "your partner flies free", "seu acompanhante não paga"
    companion = (
        rf"(?<!\w)(?:tu|su|your|seu|sua|o\s+seu|a\s+sua|el|la|the|o|a)\s+(?:{_COMPANION})"
        rf"(?:'s)?(?:\s+(?!(?:y|e|and|pero|but)\b)\p{{L}}+){{0,3}}?\s+(?:{_FREE}|no\s+paga|n[aã]o\s+paga|pays\s+nothing)(?!\w)"
        r"(?!\s+(?:shipping|delivery|env[ií]o|entrega|frete|parking|estacionamiento|estacionamento))"
    )
    price_of = (
        rf"(?<![\w.,])(?P<n4>{_COUNT})\s+{_TERM}\s+(?:al|por\s+el|a|pelo|ao|por\s+o|for\s+the|at\s+the)\s+"
        rf"(?:precio|pre[çc]o|price|valor)\s+(?:de|of)\s+(?P<m4>{_COUNT}){_NOT_AMOUNT}(?!\w)"
    )
    more = r"(?:m[aá]s|more|extra|adicionales|a\s+mais)"
    free_term = (
        rf"(?<![\w.,])(?:{_COUNT})\s+{_TERM}\s+(?:{more}\s+)?{_FREE}(?!\w)"
        r"(?!\s+(?:a\s+cada|por\s+cada|for\s+every|per|each|every|por\s+(?:amig|indica|referi|recomenda)))"
    )
    # "compre 2 e ganhe 1", "buy 2 and get 1", "compra 2 y gana 1": the one got is free
    buy_get = (
        rf"(?<!\w)(?:compr(?:e|a|á|as|ás|ando)|buy(?:ing)?)\s+(?P<n6>{_COUNT})(?:\s+(?!(?:y|e|and)\b)\p{{L}}+)?"
        rf"\s*,?\s+(?:(?:y|e|and)\s+)?(?:ganh(?:e|a)|gan(?:e|a|á)|get|win|take\s+home)\s+"
        rf"(?:(?:mais|m[aá]s|another|one\s+more)\s+)?(?P<m6>{_COUNT})"
        r"(?!\s*(?:%|[.,]\d|\d|puntos?|pontos?|points?|stars?|estrellas?|reais|pesos|euros|d[oó]lares|dollars))(?!\w)"
    )
    # "trae a un amigo y entra gratis", "bring a friend for free", "leve um amigo de graça"
    bring_free = (
        r"(?<!\w)(?:trae|traé|traiga|traigan|bring|leve|traga|tragam|trazendo|trayendo)\s+(?:a\s+)?"
        r"(?:un|una|um|uma|a|your|tu|seu|sua)\s+(?:amig[oa]|friend|acompañante|acompanhante|companion|pareja|partner)"
        rf"\b[^.!?;\n]{{0,25}}?\b{_FREE}(?!\w)"
    )
    shapes = (n_for_m, buy_one_free, pay_get, price_of, free_term, companion, buy_get, bring_free)
    return tuple(compiled.pattern(p, _FLAGS) for p in shapes)


def _count(raw: str | None) -> int:
    if raw is None:
        return 0
    return int(raw) if raw.isdigit() else _NUMBERS.get(raw.casefold(), 0)


def read_paraphrases(text: str) -> list[tuple[int, int, str]]:
    """Multi-buy offers paraphrased in ``text`` (see the module docstring): (start, end, words)."""
    out: list[tuple[int, int, str]] = []
    for pattern in _patterns():
        if not may_match(pattern, text):  # none of the words it needs (studio.prefilter)
            continue
        for m in pattern.finditer(text):
            groups = m.groupdict()
            pairs = [(groups.get(f"n{i}"), groups.get(f"m{i}")) for i in ("", "2", "3", "4", "5")]
            if groups.get("n6") is not None and _count(groups["m6"]) > _count(groups["n6"]):
                continue  # "compra 1 y gana 2 puntos"… more got than bought: no multi-buy reading
            if any(n is not None and _count(n) <= _count(m_) for n, m_ in pairs):
                continue  # "4-for-4", "pagas 12 meses y usas 12": no multi-buy
            if _REFERRAL.search(text, max(0, m.start() - 60), m.start()):
                continue  # "indica amigos e ganhe 1 mês grátis": a reward for referring, not the offer
            out.append((m.start(), m.end(), m.group()))
    return out
