"""A percentage of a payment: the part paid now or later, not the offer's discount.

Copy about how to pay splits the price into parts: "se paga un 60 % en junio y un 40 % en
noviembre", "dejás una seña del 30 %", "pagas un 50 % al reservar y el resto al llegar", "pay 25%
today, the balance on delivery", "30% deposit", "o sinal é de 20%", "pague 50% agora". The
percentage is a share of the price, told as what is paid (a verb of paying right before it) or as
the part's name (a deposit, a down payment, an installment, the rest, before or after it). It is no
discount, whatever follows it; "pagas un 20 % menos" (the price is less) is read before this, as a
discount, and so is "un 20 % de descuento".
"""

from __future__ import annotations

from studio import compiled

#: words that may stand between the payment word and the percentage (folded)
_FILLER = (
    r"(?:(?:un|una|uno|um|uma|el|la|lo|o|a|the|an|solo|only|just|apenas|so|de|del|do|da|of|con|com|with"
    r"|en|em|now|ahora|agora)\s+){0,3}"
)

#: a verb of paying (not "pagamos", the brand paying for the customer) or the name of a part of
#: the payment right before the percentage (folded text)
_PAY_BEFORE = compiled.pattern(
    r"\b(?:(?:se\s+)?(?:paga|pagas|pagan|pague|pagues|paguen|pagar|pagaras|pagara|pagam|paguem|pagos?"
    r"|abona|abonas|abonan|abone|abonar|adelanta|adelantas|adelantar|cobra|cobran|cobramos|cobrado)"
    r"|pay|pays|paid|paying|charged?|charges|put\s+down|puts\s+down"
    r"|anticipo|adelanto|sena|deposito|depositos|enganche|sinal|deposits?|down\s*payment|downpayment|retainer"
    r"|balance|resto|restante|saldo)\s+"
    rf"{_FILLER}\Z"
)

#: the second part of a split: "se paga un 60 % en junio y un 40 % en noviembre", "pague 50% agora e
#: 50% na entrega" (the words after the first share, then "y"/"e"/"and", folded text)
_SECOND_PART = compiled.pattern(
    r"(?<![\d.,])\d+(?:[.,]\d+)?\s?%(?P<rest>(?:\s+\p{L}+){0,4}\s*,?\s+(?:y|e|and|,)\s+)" + _FILLER + r"\Z"
)

#: the name of a part of the payment right after the percentage: "30 % de seña", "20% down",
#: "50 % por adelantado", "el 40 % restante" (folded text)
_PART_AFTER = compiled.pattern(
    r"\W*(?:(?:de|del|of|do|da|como|as)\s+)?(?:anticipo|adelanto|sena|deposito|enganche|sinal|entrada|"
    r"deposit|down|downpayment|upfront|up\s+front|por\s+adelantado|adelantado|adiantado|a\s+cuenta|"
    r"restante|remaining|balance|due)\b"
)

#: the rest of the price paid later in the same sentence: "y el resto al llegar", "and the rest on
#: delivery", "e o restante na entrega" (folded text)
_REST_LATER = compiled.pattern(
    r"\b(?:y|and|e|,)\s+(?:el|la|the|o|a)\s+(?:resto|rest|restante|saldo|balance|remainder|otro|other|outro)\b"
    r"(?!\s+(?:de|del|of|da|do)\b)"  # "y el resto de la tienda al 10 %": other products
)
#: how far after the share the rest paid later may be told, and how far before it its verb
_REST_REACH, _PAY_REACH = 40, 160

#: words right after a percentage that make it less of a price, read as a discount before this
_LESS_AFTER = compiled.pattern(r"\W*(?:(?:a|de|em)\s+)?(?:menos|less|menys|mai?s\s+barat|cheaper|off)\b")


def payment_share(before: str, after: str) -> bool:
    """Whether the percentage between the folded clause ``before`` and the folded clause
    ``after`` it is a share of the payment ("se paga un 60 % en junio", "30 % de seña", "pay 50%
    now and the rest on arrival"), not a discount."""
    if _LESS_AFTER.match(after):
        return False
    if _PART_AFTER.match(after) or _REST_LATER.search(after[:_REST_REACH]):
        return True
    before = before[-_PAY_REACH:]
    if _PAY_BEFORE.search(before):
        return True
    second = _SECOND_PART.search(before)  # the share before it must be one too
    return second is not None and payment_share(before[: second.start()], before[second.start("rest") :])
