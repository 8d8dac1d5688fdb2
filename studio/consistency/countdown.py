"""A duration that opens its sentence and gives the time to do something: a countdown.

"24 horas para estrenar escritorio", "48 horas pra garantir sua vaga", "72 hours to grab yours":
the reader has that long to act, so the offer lasts that long — a claim about the offer even with
no offer word in the sentence (a poster's headline rarely has one). A duration inside a sentence
("un curso de 4 horas para aprender", "reserva con 48 horas para cambios") is something's length.
"""

from __future__ import annotations

import regex

from studio import compiled

#: what may open a sentence before the duration: nothing, an opening mark, "solo"/"only"/"just"
_OPENING = compiled.pattern(
    r"(?:^|[.!?:\n])[\s¡¿\"'«“]*(?:(?:solo|sólo|só|so|apenas|only|just|nomás|tenés|tienes|tienen|tem|têm|you\s+have)\s+)?\Z",
    regex.IGNORECASE,
)
#: after the duration: "para"/"pra"/"to" and a verb (an infinitive in es/pt)
_TO_ACT = compiled.pattern(
    r"\s+(?:para\s+(?:\p{L}+\s+)?\p{L}+(?:ar|er|ir|ír)\b|pra\s+\p{L}+(?:ar|er|ir)\b|to\s+\p{L}+)",
    regex.IGNORECASE,
)


def countdown(text: str, start: int, end: int) -> bool:
    """Whether the duration at ``text[start:end]`` opens its sentence and gives the time to act."""
    return bool(_OPENING.search(text[max(0, start - 40) : start])) and bool(_TO_ACT.match(text, end))
