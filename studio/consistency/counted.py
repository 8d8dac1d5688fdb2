"""A duration counted from each customer's own moment is no claim about how long the offer lasts.

"El cupón tiene vigencia de 48 horas desde su recepción", "you have 7 days from delivery to
return it", "válido por 30 dias a partir da ativação", "24 horas tras la compra para cambiarlo":
the time runs from when the customer receives, buys, activates or signs up — a condition of the
legal text, not the offer said to last hours or days. "48 horas desde hoy", "solo 24 horas a
partir de ahora" are counted from now: still claims.
"""

from __future__ import annotations

from studio import compiled
from studio.consistency.facts import _fold

#: right after a duration: counted from the customer's moment (folded text)
_COUNTED_FROM = compiled.pattern(
    r"\s*(?:(?:habiles|naturales|corridos|uteis|corridos|business|calendar)\s+)?"
    r"(?:desde|a\s+partir\s+de|a\s+partir\s+d[aoe]|a\s+contar\s+de|a\s+contar\s+d[aoe]|tras|despues\s+de|"
    r"luego\s+de|apos|depois\s+d[aoe]|from|after|following|of)\s+"
    r"(?:(?:la|el|su|tu|the|your|o|a|sua|seu|da|do|que|you|each|cada)\s+){0,2}"
    r"(?:recepcion|recibirlo|recibirla|recibir|recibes|recibas|recibe|compra|compras|comprar|activacion|activar|"
    r"registro|registrarte|descarga|canje|entrega|alta|suscripcion|emision|"
    r"receipt|receive|received|receiving|purchase|purchasing|buy|activation|activate|sign\s*-?\s*up|"
    r"registration|delivery|redemption|issue|"
    r"recebimento|receber|recebe|ativacao|ativar|cadastro|resgate|emissao|assinatura)\b"
)


def counted_from_customer(text: str, end: int) -> bool:
    """Whether the duration ending at ``end`` is counted from the customer's own moment."""
    return bool(_COUNTED_FROM.match(_fold(text[end : end + 60])))
