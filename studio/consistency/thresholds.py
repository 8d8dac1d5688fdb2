"""A comparative before an amount that names a thing rather than setting a minimum spend.

"compras mayores a $500", "un pedido superior a 30 €", "si tu compra es mayor a $ 20.000" set a
floor: the amount is no price. But "mayor"/"superior" is also a plain adjective of a noun, and a
product's name may hold it: "la afinación mayor a $1,880", "el plan superior por 49 €", "tu revisión
mayor en $2,400". The comparative sets a floor when it speaks of an amount — after a noun of spending
(purchase, order, ticket, amount, bill…), a verb of being or exceeding ("es mayor a"), a determiner or
a conjunction ("igual o mayor a"), or nothing at all; in the singular after any other noun it is that
noun's adjective, and the amount is what the named thing costs. The plural ("productos mayores a
$200") keeps its floor: a name is seldom plural, a class of goods is.
"""

from __future__ import annotations

from studio import compiled

#: the singular comparative and the word before it (folded text); the amount follows
_SINGULAR = compiled.pattern(
    r"(?:^|\s)(?P<before>\p{L}+)\s+(?:mayor|superior)\s+(?:\p{L}{1,3}\s*)?[$€£\p{L}]{0,3}\s*$"
)

#: words after which the comparative speaks of an amount: nouns of spending, verbs of being or
#: exceeding, determiners, conjunctions and prepositions (folded)
_OF_AMOUNT_WORDS = (
    "compra compras pedido pedidos consumo consumos monto montos importe importes gasto gastos "
    "ticket tickets cuenta total valor valores orden ordenes factura carrito precio precios pago pagos "
    "carga recarga deposito saldo cantidad suma "
    "es sea sean son sera fue resulte resulten supere sean queda "
    "o y u e un una el la lo al del de a en con para que por cualquier algun alguna otro otra "
    "conta carrinho seja for um ou"  # Portuguese: "pedido de valor superior a R$ 200"
)
_OF_AMOUNTS = frozenset(_OF_AMOUNT_WORDS.split())


def names_a_thing(before: str) -> bool:
    """Whether the folded words ``before`` an amount end in a singular "mayor"/"superior" that is
    the adjective of a noun (a name: "afinación mayor a"), not a floor set on an amount."""
    m = _SINGULAR.search(before)
    return m is not None and m.group("before") not in _OF_AMOUNTS
