"""A thing the customer keeps has its own expiry: "the Range Card expires December 31, 2027", "el
bono caduca a los 12 meses", "la tarjeta regalo vence el 31/12", "o vale-presente é válido até
30/06/2028", "entradas válidas para usar hasta el domingo 5". Such a date states how long the card,
voucher, pass, ticket, points or credit last once bought — not when the offer ends. The rule a
linguist states: an expiry or validity verb whose subject is a thing held by the customer (a card,
a voucher, a pass, a ticket, points, a balance, a membership) dates that thing, not the offer.

:func:`drop_held_expiry` removes such a verb from a clause's (folded) words so the clause no longer
reads as a statement of the offer's validity. An offer word in the same clause ("el cupón de
descuento vence…", "offer card valid…") still makes it the offer's: only the verb is dropped.
"""

from __future__ import annotations

from studio import compiled

#: things the customer holds and uses over time, folded (no accents), per language
_HELD = (
    # en
    "card cards giftcard giftcards pass passes voucher vouchers ticket tickets credit credits points "
    "membership memberships balance certificate certificates "
    # es
    "tarjeta tarjetas bono bonos abono abonos vale vales pase pases entrada entradas boleto boletos "
    "puntos creditos saldo membresia membresias carne carnet certificado certificados "
    # pt
    "cartao cartoes passe ingresso ingressos pontos bilhete bilhetes carteirinha assinatura"
)
#: a verb (or predicate) of expiry or validity, folded: "expires", "vence", "caduca", "is valid",
#: "son válidas", "é válido", "valid for use", "vale até"
_EXPIRY = (
    r"(?:(?:is|are|es|son|esta|estan|e|sao|fica|ficam)\s+)?"
    r"(?:expires|expire|expiring|vence|vencen|vencem|caduca|caducan|expira|expiran|expiram|"
    r"valid|valido|valida|validos|validas|good|vale|valen|valem)\b"
)
#: a held thing, then at most a few words of the same clause (no stop, no comma: "pagando con
#: tarjeta, válido hasta el 30" is the offer's), then the verb
_HELD_EXPIRY = compiled.pattern(
    r"\b(?P<held>(?:" + "|".join(_HELD.split()) + r"))\b(?P<between>[^.,;:!?\n]{0,80}?)\s" + _EXPIRY
)
#: a preposition (and article) before the held thing: it is then no subject ("pagando con tarjeta",
#: "descuento de la tarjeta de socio válido", "with your card", "no cartão")
_OBJECT = compiled.pattern(
    r"\b(?:con|com|with|by|por|pelo|pela|en|in|on|no|na|de|del|da|do|of|para|for|sin|sem|without)"
    r"(?:\s+(?:el|la|los|las|tu|tus|su|sus|un|una|the|your|a|an|o|os|as|seu|sua|um|uma))?\s+\Z"
)


def drop_held_expiry(words: str) -> str:
    """``words`` (folded) with each expiry verb whose subject is a held thing removed."""
    out, at = [], 0
    for m in _HELD_EXPIRY.finditer(words):
        if _OBJECT.search(words, 0, m.start("held")):
            continue
        out.append(words[at : m.end("between")] + " ")
        at = m.end()
    return "".join(out) + words[at:]


__all__ = ["drop_held_expiry"]
