"""Multi-buy offers read as a grammar, in Spanish (tú, usted, voseo), Portuguese and English.

A multi-buy is a count of something taken against a smaller count paid for, or a later unit given
free or cheaper. The words vary with the person and the language; the shape does not:

- take N (of something) … pay M, M < N: "Llevá 3 cuadernos y pagá 2", "Lleve 4 frascos y pague
  3", "Compre 3 caixas e pague 2", "stay 3 nights, pay 2";
- pay M (of something) … take N, N > M: "Pagá 2 meses y llevate 3", "Pague 2 diárias e leve 3",
  "Pay for 2 nights, stay 3";
- take N … get K free: "compra 2 y llévate 1 gratis", "buy 3 get 1 free";
- the Nth (of something) … free, at half price or at a percentage: "el tercer acompañante de la
  mesa come gratis", "a segunda pizza do combo sai pela metade do preço", "the second guest on
  the booking flies free" — not the Nth of a span of time ("el segundo día de la feria es
  gratis") nor a new subject after a comma ("la segunda semana, el envío es gratis").

A count paid in instalments ("pagá 2 cuotas", "pague em 2 vezes") or an amount ("pagá 1.500
pesos") is no multi-buy. :func:`studio.consistency.money.find_mechanics` joins these readings to
its fixed forms ("2x1", "3x2", "BOGO").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled
from studio.prefilter import may_match

#: counts written as words (es, pt, en)
_NUMBER_WORDS = {
    "un": 1, "una": 1, "uno": 1, "um": 1, "uma": 1, "one": 1, "a": 1,
    "dos": 2, "dois": 2, "duas": 2, "two": 2,
    "tres": 3, "três": 3, "three": 3,
    "cuatro": 4, "quatro": 4, "four": 4,
    "cinco": 5, "five": 5,
    "seis": 6, "six": 6,
    "siete": 7, "sete": 7, "seven": 7,
    "ocho": 8, "oito": 8, "eight": 8,
    "nueve": 9, "nove": 9, "nine": 9,
    "diez": 10, "dez": 10, "ten": 10,
}  # fmt: skip
_COUNT = r"(?:[1-9]|" + "|".join(sorted((w for w in _NUMBER_WORDS if w != "a"), key=len, reverse=True)) + ")"
#: a count in thousands, its groups marked: "pagás 2.000 tarjetas y te llevás 3.000", "buy 1,000 get 1,500"
_BIG = r"(?:[1-9]\d{0,2}(?:[.,\u202f]\d{3})+)"
#: either count (a count of thousands only against another one: see :func:`read_mechanics`)
_ANY_COUNT = rf"(?:{_BIG}|{_COUNT})"
#: verbs of taking (imperative and present, tú / usted / voseo / ustedes; pt; en)
_TAKE = (
    r"(?:ll[eé]v(?:a|á|as|ás|áis|ais|ate|áte|e|en|es|an|ando)|compr(?:a|á|as|ás|áis|ais|e|en|es|an|ando)|lev(?:e|a|em|am|ando)|"
    r"buy|take|get|grab|order|book|rent|stay|reserv(?:a|á|as|ás|e|en|ando)|"
    # getting tickets or a plan: "sacando 3 entradas pagás 2", "contratando 3 meses, pagás 2",
    # "assinando 3 meses você paga 2", "adquiriendo 4 pases, pagan 3", "sign up for 3, pay for 2"
    r"sac(?:a|á|as|ás|e|en|es|ando)|contrat(?:a|á|as|ás|e|en|es|ando|am|em)|assin(?:a|e|am|em|ando)|"
    r"adquir(?:e|í|ís|es|en|iendo|a|an)|pid(?:e|en|es|an|iendo)|ped(?:í|ís)|sign(?:ing)?\s+up\s+for|join(?:ing)?|"
    # bringing people: "trazendo 3 amigos, você paga 2", "bring 4, pay for 3", "traé 3 y pagá 2"
    r"traz(?:endo|e|em)|tra(?:é|e|en|igan|es|és)|trayendo|bring(?:ing)?|"
    # infinitives ("llevarse dos y pagar uno", "levar três e pagar duas") and ordering ("quien encargue
    # dos tortas", "quem encomendar duas cestas", "quem comprar dois potes")
    r"llevar(?:se|te|nos|los)?|comprar|levar|encarg(?:a|á|as|ás|ue|uen|ando)|encomend(?:a|e|ar|em|arem|ando)|"
    r"comprarem|"
    # signing up, enrolling (es: tú, vos, usted, ustedes, vosotros; pt; en): "si os apuntáis tres, pagáis
    # dos", "inscribís a cuatro y pagás tres", "matricule três e pague duas", "enroll three, pay for two"
    r"(?:(?:te|se|os|nos)\s+)?apunt(?:a|á|as|ás|áis|ais|e|en|an|ando)|inscrib(?:e|es|ís|en|a|an|ás|áis|iendo)|"
    r"matricul(?:a|á|as|ás|áis|e|en|an|em|am|ando)|suscrib(?:e|es|ís|en|a|an|iendo)|enrol+(?:ing)?)"
)
#: verbs of paying
_PAY = r"(?:pag(?:a|á|as|ás|áis|ais|ue|ues|uen|uéis|an|am|uem|ando|ar)|pay(?:ing)?(?:\s+for)?)"
#: "only" between a verb of paying and its count
_ONLY = r"(?:(?:solo|sólo|só|so|solamente|only|just|apenas|nomás|nom[aá]s)\s+)?"
#: what is counted: up to two words, none of them a payment or a price ("cuotas", "pesos")
_NOT_COUNTED = (
    r"(?:cuotas?|parcelas?|vezes|veces|times|pagos?|payments?|instal+ments?|mensualidades|presta[cç][õo]es|"
    r"pesos|euros|reais|d[oó]lares|dollars|mil|x)"
)
_THINGS = rf"(?:\s+(?!{_NOT_COUNTED}\b)(?!(?:y|e|and|el|la|o|a|the)\b)\p{{L}}+){{0,2}}"
_THINGS3 = rf"(?:\s+(?!{_NOT_COUNTED}\b)(?!(?:y|e|and|el|la|o|a|the)\b)\p{{L}}+){{0,3}}"
#: after the smaller count, nothing that makes it an amount or an instalment
_NOT_AN_AMOUNT = rf"(?![.,]?\d|\s*(?:%|€|\$|£|{_NOT_COUNTED}\b|en\s+\d|em\s+\d|in\s+\d))"
#: a subject pronoun before the second verb: "levando 3 cabines, você paga 2", "and you pay for 2"
_JOIN = (
    r"\s*,?\s+(?:(?:y|e|and)\s+)?(?:(?:voc[eê]s?|t[uú]|vos|usted(?:es)?|ustedes|you|we|ellos|nosotros)\s+)?"
)
_FREE = (
    r"(?:gratis|gr[áa]tis|free|de\s+gra[çc]a|de\s+regalo|sin\s+cargo|sin\s+costo|sem\s+custo|on\s+the\s+house|"
    # not charged: "no se cobra", "no te la cobramos", "não cobramos", "at no charge", "on us"
    # ("at no extra cost" is an extra included with every purchase: "a second driver at no extra cost")
    r"no\s+(?:(?:se|te|le|les|os)\s+)?(?:(?:lo|la|los|las)\s+)?cobr(?:a|an|amos)|"
    r"n[aã]o\s+(?:(?:se|te|lhe)\s+)?(?:(?:o|a)\s+)?cobr(?:a|am|amos)|at\s+no\s+(?:charge|cost)|"
    r"free\s+of\s+charge|on\s+us|"
    # a courtesy, a gift: "es cortesía", "é cortesia", "de brinde", "por cuenta de la casa"
    r"(?:es\s+|de\s+|é\s+|como\s+)?cortes[ií]a|de\s+brinde|por\s+cuenta\s+de\s+la\s+casa|por\s+conta\s+da\s+casa|"
    r"por\s+(?:nuestra\s+cuenta|cuenta\s+nuestra|nossa\s+conta)|(?<=\b(?:llev\p{L}*|va|van|sale|salen)\s+)de\s+(?:arriba|onda)|"
    # costs nothing: "no te cuesta nada", "não custa nada", "costs you nothing"
    r"no\s+(?:(?:te|le|les|os)\s+)?cuesta(?:n)?\s+nada|n[aã]o\s+(?:(?:te|lhe)\s+)?custa(?:m)?\s+nada|"
    r"costs?\s+(?:you\s+)?nothing|"
    # had without paying: "el tercero nada sin pagar", "toma banho sem pagar nada", "rides without paying"
    r"sin\s+pagar(?:\s+nada)?|sem\s+pagar(?:\s+nada)?|without\s+paying|"
    # the house pays: "una corre por la casa", "la quinta clase la ponemos nosotros", "la pone la casa"
    r"(?<=\b(?:corre|corren|va|van|sale|salen)\s+)por\s+la\s+casa|"
    r"(?:(?:lo|la|los|las)\s+)?pon(?:emos\s+nosotros|e\s+la\s+casa))"
)
_CHEAPER = (
    r"(?:(?:a|al|por|pela|pelo|at|for|con|com)\s+(?:la\s+|a\s+)?(?:mitad(?:\s+de(?:l)?\s+precio)?|metade(?:\s+do\s+pre[çc]o)?|"
    r"half(?:\s+price)?)(?!\s+(?:de|del|do|da|of)\s+(?!precio|pre[çc]o|price))"
    r"|half\s+(?:price|off)|(?:a|al|at|con|com|por)\s+(?:un\s+)?-?\d{1,2}\s?%)"
)
_ORDINAL = (
    # "the next one" after one bought is its second: "bowl an hour, get the next one free"
    r"(?:segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|terceir[oa]|quart[oa]|second|third|fourth|fifth|sixth"
    r"|next|siguiente|pr[oó]xim[oa]"
    r"|(?<![\d.,])[2-6](?:da|do|ra|ro|er|ta|to|nd|rd|th|\.?[ºª°]))"
)
#: the Nth of a span of time or of a series is a day or an episode, not a unit bought
_NOT_A_UNIT = (
    r"(?:d[ií]as?|days?|semanas?|weeks?|horas?|hours?|vez|veces|time|años?|anos?|years?|episodi\w*|episode|"
    r"cap[ií]tulo|chapter|edici[oó]n|edition|temporadas?|seasons?|feira|cuotas?|parcelas?|instal+ments?|payments?)"
)
#: a prepositional phrase after the unit's noun: "de la reserva", "do combo", "on the booking"
_PHRASE = (
    r"(?:de|del|da|do|of|on|in|en|em|na|no|for|para|from)\s+"
    r"(?:(?:la|el|los|las|o|a|os|as|the|tu|su|your|sua|seu|our|nuestra|nuestro)\s+)?\p{L}+"
)
#: the group an ordinal counts in, its noun left out: "de la pareja", "do grupo", "of the pair" (not a
#: span of time: "el segundo de los días")
_GROUP_PHRASE = (
    r"(?:de|del|da|do|of)\s+(?:(?:la|el|los|las|o|a|os|as|the|tu|su|your|sua|seu|vuestr[oa])\s+)?"
    rf"(?!{_NOT_A_UNIT}\b)\p{{L}}+"
)
#: paying less, said of a later unit
_PAYS_LESS = (
    r"(?:(?:pag(?:a|an|am|ue|uen)|pays?)\s+(?:(?:s[oó]lo|s[oó]|apenas|only|just)\s+)?(?:(?:la|a)\s+)?"
    r"(?:mitad|metade|meia|half)|(?:no|n[aã]o)\s+paga|pays\s+nothing|goes\s+free|va\s+gratis|vai\s+de\s+gra[çc]a|"
    # costing half, the price told by a verb of costing: "te sale la mitad", "cuesta la mitad", "sai
    # pela metade", "custa só metade", "costs half" (not "la mitad de los alumnos": a share of people)
    r"(?:(?:te|le|les|os|lhe|you)\s+)?(?:sale|salen|cuesta|cuestan|sai|saem|custa|custam|costs?)\s+"
    r"(?:(?:s[oó]lo|s[oó]|apenas|only|just)\s+)?(?:(?:la|a|pela|por\s+la)\s+)?(?:mitad|metade|half)"
    r"(?!\s+(?:de|del|do|da|dos|das|of)\s+(?!precio|pre[çc]o|price|valor))(?!\w))"
)
#: giving more: "we'll throw in four more", "te regalamos el segundo", "ganhe dois", "we give you the third"
_GIVE = (
    r"(?:(?:we(?:['’]ll|\s+will)?\s+)?(?:throw\s+in|give\s+you)|(?:te|les|os|le|lhe|vos)\s+(?:regalamos|obsequiamos|"
    r"sumamos|damos)|regalamos|obsequiamos|presenteamos|ganh(?:e|a|am|em))"
)
#: halves are no unit ("la segunda mitad del año"); a bill left unpaid is no unit free ("facturas sin pagar")
_HALF = r"(?:mitad|metade|half)"
_BILL = r"(?:facturas?|faturas?|invoices?|bills?|recibos?|boletos?|cuentas?|contas?)"
#: a word that is no noun of a unit: a determiner or a conjunction opens a new subject
_NOT_A_NOUN = r"(?:la|el|los|las|the|un|una|o|a|os|as|um|uma|y|e|and|pero|but|mas|de|do|da|en|em|no|na)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern[str], ...]:
    flags = regex.IGNORECASE | regex.VERSION1
    end = rf"{_NOT_AN_AMOUNT}(?!\w)"
    take_pay = (
        rf"(?<!\w){_TAKE}\s+(?P<n>{_ANY_COUNT}){_THINGS}{_JOIN}{_PAY}\s+{_ONLY}(?P<m>{_ANY_COUNT}){end}"
    )
    pay_take = (
        rf"(?<!\w){_PAY}\s+{_ONLY}(?P<m>{_ANY_COUNT}){_THINGS}{_JOIN}(?:(?:te|se|lo|la|you)\s+)?{_TAKE}\s+"
        rf"(?P<n>{_ANY_COUNT}){end}"
    )
    take_free = (
        rf"(?<!\w){_TAKE}\s+(?P<n>{_COUNT}){_THINGS}{_JOIN}(?:{_TAKE}\s+|te\s+(?:llev[aá]s|damos|regalamos)\s+|{_GIVE}\s+)?"
        rf"(?P<k>{_COUNT}|otr[oa]|outr[oa]|another)(?:\s+\p{{L}}+)?\s+{_FREE}(?!\w)"
    )
    # the Nth, its noun, up to two phrases, one verb (with its pronoun), then the benefit
    nth = (
        rf"(?<![\w.,]){_ORDINAL}\s+(?!{_NOT_A_UNIT}\b|{_NOT_A_NOUN}\b|{_BILL}\b|{_HALF}\b)\p{{L}}+(?:-\p{{L}}+)?"
        rf"(?:\s+{_PHRASE}){{0,2}}"
        rf"(?:\s+(?:(?:te|le|se|lhe|les|os|you)\s+)?(?:(?:lo|la|los|las)\s+)?(?!{_NOT_A_NOUN}\b)\p{{L}}+)?"
        rf"(?:\s+gratis)?\s*,?\s+(?:{_FREE}|{_CHEAPER})(?!\w)"
    )
    # buying fewer than are taken: "compre três, leve quatro", "compra 2 y llévate 3", "buy 3, take 4"
    buy_take = (
        rf"(?<!\w)(?:compr\w*|buy(?:ing)?)\s+(?P<m>{_ANY_COUNT}){_THINGS}{_JOIN}(?:(?:te|se|os|nos|you)\s+)?"
        rf"(?:ll[eé]v\w*|lev(?:e|a|em|am|ando)|take|get|go\s+home\s+with)\s+(?P<n>{_ANY_COUNT}){end}"
    )
    # a condition of a count of people (or things), then a smaller count paid: "si se suman cuatro,
    # abonan tres" is read by its verb of paying; "si vienen 4, pagan 3", "se três se inscreverem,
    # pagam dois", "if four of you come, you pay for three" (not a span of time: "si llegás 2 horas
    # antes, pagás 1")
    if_pay = (
        rf"(?<!\w)(?:si|if|se|cuando|quando|when)\s+(?:(?:(?:se|te|os|nos|les|you|they|we)\s+)?\p{{L}}+\s+"
        rf"(?P<n>{_COUNT})(?!\s+{_NOT_A_UNIT}\b){_THINGS}|(?P<n>{_COUNT})(?!\s+{_NOT_A_UNIT}\b)(?:\s+\p{{L}}+){{1,4}})"
        rf"{_JOIN}(?:(?:they|ellos|ellas|eles|elas)\s+)?{_PAY}\s+{_ONLY}(?P<m>{_COUNT}){end}"
    )
    # another of the same given: "te regalamos otro igual", "ganhe outro", "we'll give you another one"
    # (not another thing: "te damos otra oportunidad")
    give_another = (
        rf"(?<!\w){_GIVE}\s+(?:otr[oa]|outr[oa]|another(?:\s+one)?)(?:\s+(?:igual|igualit[oa]|id[eé]ntic[oa]|"
        r"igualzinh[oa]|m[aá]s|mais|just\s+like\s+it|for\s+free))?"
        r"(?=\s*(?:[.,;:!?)]|\n|$|(?:para|pra|for|to|de\s+regalo|de\s+presente|gr[aá]tis|free)(?!\w)))"
    )
    # N (of something) for the price of M: "dos por el precio de uno", "três pelo preço de duas",
    # "four for the price of three"
    price_of = (
        rf"(?<![\w.,])(?P<n>{_COUNT}){_THINGS3}\s+(?:al|por\s+el|a|pelo|ao|por\s+o|for\s+the|at\s+the)\s+"
        rf"(?:precio|pre[çc]o|price|valor)\s+(?:de|of)\s+(?:(?:solo|s[oó]|just|only)\s+)?(?P<m>{_COUNT})"
        rf"(?:\s+(?:sol[oa]|s[oó]))?{end}"
    )
    # a later one paying less: "el segundo paga la mitad", "a segunda criança paga só metade",
    # "the second guest pays half", "el tercero no paga"
    # (or the Nth of a group, its noun left out: "el segundo de la pareja paga la mitad", "o terceiro da
    # turma não paga")
    nth_pays = (
        rf"(?<![\w.,]){_ORDINAL}(?:\s+(?!{_NOT_A_UNIT}\b|{_NOT_A_NOUN}\b|{_PAYS_LESS})\p{{L}}+(?:\s+{_PHRASE}){{0,2}}"
        rf"|\s+(?=(?:de|del|da|do|of)\s){_GROUP_PHRASE})?"
        rf"\s+{_PAYS_LESS}(?!\w)"
    )
    # the Nth with no noun and the benefit: "la tercera no se cobra", "a sexta de brinde", "o segundo
    # sai pela metade", "the third is on us" (the unit named before it)
    nounless = (
        rf"(?<=(?<!\w)(?:la|el|a|o|the|una|uma)\s+){_ORDINAL}(?:['’]s)?\s*,?\s+(?:(?:es|é|is|va|vai|sai|sale|goes|comes|"
        rf"te\s+sale|les\s+sale)\s+)?(?:{_FREE}|{_CHEAPER})(?!\w)"
    )
    # winning the Nth: "quem trouxer um amigo ganha a sexta aula", "ganás la quinta clase", "earn
    # your sixth wash"
    win_nth = (
        rf"(?<!\w)(?:gan(?:a|á|as|ás|e|en|an|ha|ham|hará|ará)|wins?|earns?|{_GIVE})\s+"
        rf"(?:(?:la|el|a|o|the|your|tu|sua|seu|su)\s+)?{_ORDINAL}\s+(?!{_NOT_A_UNIT}\b|{_NOT_A_NOUN}\b|{_HALF}\b)\p{{L}}+"
    )
    # a count of things (a product's number among its words) and a smaller count paid: "tres meses de
    # Fibra 300 y pagás solo dos", "seis meses do Plano 200 e você paga quatro"
    count_pay = (
        rf"(?<![\w.,])(?P<n>{_COUNT})(?:\s+(?!{_NOT_COUNTED}\b|(?:y|e|and)\b)[\p{{L}}\d]+){{1,4}}\s*,?\s+(?:y|e|and)\s+"
        rf"(?:(?:voc[eê]s?|t[uú]|vos|usted(?:es)?|you)\s+)?{_PAY}\s+{_ONLY}(?P<m>{_COUNT}){end}"
    )
    # given more for a count taken: "si reservas tres noches, te regalamos otra", "compre dois,
    # presenteamos um"
    take_given = (
        rf"(?<!\w){_TAKE}\s+(?P<n>{_COUNT}){_THINGS}{_JOIN}(?:(?:te|les|os|le|lhe|vos)\s+)?"
        rf"(?:regalamos|obsequiamos|presenteamos)\s+(?:(?:otr[oa]s?|outr[oa]s?)\s+)?(?:{_COUNT}|otr[oa]|outr[oa])(?!\w)"
    )
    # the Nth had without paying, up to three words between: "o terceiro pet toma banho sem pagar nada"
    nth_unpaid = (
        rf"(?<![\w.,]){_ORDINAL}(?:\s+(?!{_NOT_A_UNIT}\b|{_NOT_A_NOUN}\b|{_BILL}\b)\p{{L}}+){{1,3}}\s+"
        rf"(?:sin\s+pagar|sem\s+pagar|without\s+paying)(?!\w)"
    )
    take_nth_less = (
        rf"(?<!\w){_TAKE}\s+(?P<n>{_COUNT}){_THINGS}{_JOIN}{_PAYS_LESS}\s+(?:(?:en|na|no|on|for|in)\s+)?"
        rf"(?:(?:la|el|a|o|the)\s+)?{_ORDINAL}(?!\w)"
    )
    return tuple(
        compiled.pattern(p, flags)
        for p in (
            take_pay,
            pay_take,
            take_free,
            nth,
            buy_take,
            price_of,
            nth_pays,
            nounless,
            win_nth,
            take_nth_less,
            count_pay,
            nth_unpaid,
            take_given,
            if_pay,
            give_another,
        )
    )


def _count(raw: str) -> int:
    digits = regex.sub(r"[.,\u202f]", "", raw)
    return int(digits) if digits.isdigit() else _NUMBER_WORDS.get(raw.casefold(), 0)


def _big(raw: str) -> bool:
    return not raw.isdigit() and raw[:1].isdigit()


def read_mechanics(text: str) -> list[tuple[int, int, str]]:
    """Multi-buy offers in ``text`` read by the grammar above: (start, end, words as written)."""
    out: list[tuple[int, int, str]] = []
    for pattern in _patterns():
        if not may_match(pattern, text):  # none of the words it needs (studio.prefilter)
            continue
        for m in pattern.finditer(text):
            groups = m.groupdict()
            if groups.get("m") and _count(groups["m"]) >= _count(groups["n"]):
                continue  # "paga 3, llevá 3": no multi-buy
            if groups.get("m") and _big(groups["m"]) != _big(groups["n"]):
                continue  # "llevá 1.000 tarjetas y pagá 3 sin interés": thousands against a count

            if genitive_ordinal(text, m.start()):
                continue  # "Tomates de la quinta con 30 % off": the farm, not a unit
            out.append((m.start(), m.end(), m.group()))
    return out


#: a nounless ordinal after a preposition names a thing, not a unit bought: "verdura de la quinta con
#: 20 % off" (the farm), "vinos de la tercera con un 20 %"; "la segunda, gratis" stays a multi-buy
_GENITIVE_ORDINAL = compiled.pattern(
    r"(?:^|\W)(?:de|del|da|do|das|dos|of|from|desde)\s+(?:(?:la|el|las|los|a|o|as|os|the)\s+)?\Z",
    regex.IGNORECASE,
)
_NOUNLESS = compiled.pattern(
    rf"{_ORDINAL}(?:\s+|,\s*)(?:(?:a|al|con|com|por|pela|at|for)\s+|[-−–]?\d)",
    regex.IGNORECASE | regex.VERSION1,
)


def genitive_ordinal(text: str, start: int) -> bool:
    """Whether the multi-buy read at ``text[start:]`` is an ordinal with no noun after a
    preposition (see :data:`_GENITIVE_ORDINAL`)."""
    return bool(_NOUNLESS.match(text, start)) and bool(
        _GENITIVE_ORDINAL.search(text[max(0, start - 20) : start])
    )
