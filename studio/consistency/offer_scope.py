"""Offer words in an amount's clause that do not make the amount the offer's.

Two readings a copywriter would give, for every supported language (folded text: no accents):

* **"only" before a noun, not before the amount** — "solo 49 €", "por apenas R$ 104", "only $39"
  state the offer's price, but "solo el perfil lipídico cuesta $ 62.000", "só a cesta sem glúten
  sai por R$ 119", "only the king size is $1,499" single out another thing and its own price: the
  word modifies the noun phrase its article opens, not the amount;
* **a negated verb of carrying or taking the offer** — "precios de temporada que no llevan el
  código", "no admiten cupón", "não aceitam o cupom", "they don't take the code": prices said to
  stand outside the offer.

The clause's words are returned with those phrases blanked, so the offer words left are the ones
that do speak of the offer.
"""

from __future__ import annotations

from studio import compiled

#: "only" + an article or determiner: the word singles out a thing, not the amount
_ONLY_A_THING = compiled.pattern(
    r"\b(?:solo|solamente|unicamente|only|just|so|somente|apenas|nomes)\s+"
    r"(?:el|la|los|las|lo|un|una|unos|unas|este|esta|estos|estas|the|a|an|this|these|o|os|as|um|uma|esse|essa)\b"
)
#: a negation, a verb of carrying, taking or accepting, and up to three words to the offer word
_NOT_CARRIED = compiled.pattern(
    r"(?:\b(?:no|not|nao|ni)|n['’]t)\s+(?:(?:se|les|lhes)\s+)?"
    r"(?:lleva|llevan|llevaba|admite|admiten|acepta|aceptan|usa|usan|leva|levam|aceita|aceitam|admitem|usam|"
    r"carry|carries|take|takes|accept|accepts|get|gets|qualify|qualifies|use)\b"
    r"(?:\s+\S+){0,3}?\s+(?:el|la|los|las|the|o|a|os|as|any|ningun|ninguna|nenhum|nenhuma)?\s*"
    r"(?:codigo|codigos|cupon|cupones|cupom|cupons|descuento|descuentos|desconto|descontos|promo\w*|oferta|"
    r"ofertas|code|codes|coupon|coupons|discount|discounts|offer|deal|sale)\b"
)


def outside_offer_words(words: str, dates: bool) -> str:
    """``words`` (a clause, folded) with the phrases above blanked; "only" + article stays in a
    date's clause, where "solo el sábado" does state the offer's validity."""
    words = _NOT_CARRIED.sub(" ", words)
    return words if dates else _ONLY_A_THING.sub(" ", words)


def not_carried(clause: str) -> bool:
    """Whether a clause (folded) says its prices do not carry the offer ("no llevan el código")."""
    return bool(_NOT_CARRIED.search(clause))
