"""A whole period said of the reader's own time, not the offer's: "¿Te quedás todo enero?", "si te
vienes todo el mes", "if you stay all month long", "se você fica o mês inteiro".

A claim that the offer lasts a whole period ("todo enero", "all month long") is held against the
offer window (claims.py). When the verb right before the period is addressed to the reader — a
second-person clitic with its verb ("te quedás", "os quedáis"), or a second-person subject with its
verb ("you stay", "você fica", "vos venís") — the period is how long the reader does something
(stays, comes, rents), and the offer's length is not stated.
"""

from __future__ import annotations

import regex

from studio import compiled

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: a second-person clitic or subject, then one verb (not a first person plural: "te damos todo
#: enero" is the business giving the period), then at most one adverb, right before the period
_READER_BEFORE = compiled.pattern(
    r"(?<!\w)(?:"
    # a clitic with a verb in the second person ("te quedás", "te quedas", "os quedáis"); "te queda
    # todo el mes" is the offer's time left to the reader, "te damos todo enero" the business's
    r"(?:te|os)\s+(?!\p{L}*mos\b)\p{L}+s"
    r"|(?:you|você|voce|vocês|voces|tú|vos|ustedes)\s+\p{L}+"  # a second-person subject
    r")(?:\s+(?:ya|aquí|aqui|acá|aca|here|there|aí|ai|allí|alli))?\s+\Z",
    _FLAGS,
)


def reader_time(text: str, start: int) -> bool:
    """Whether the whole period starting at ``text[start]`` follows a verb addressed to the reader."""
    return bool(_READER_BEFORE.search(text, max(0, start - 40), start))
