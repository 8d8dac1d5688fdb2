"""A product's measure written like a multi-buy: "el 3 x 2 encaja sin obra", "the 4x2 fits any patio".

"N x M" is a multi-buy ("3x2 en velas") or a size ("un toldo de 3 x 2 m"). The size carries its unit
right after it, and the multi-buy reader already leaves that alone; but copy that has given a size
once names the product by it later, bare: "el 3 x 2 encaja sin obra", "o 2x1 cabe em qualquer
varanda". Two readings make a bare "N x M" a measure, not an offer:

* **the same pair with a unit of length elsewhere in the variant** (any of its fields): the copy
  states that size ("3 x 2 m", "4 × 3 metros", "6x4 ft"), so the bare pair names it again;
* **a word of size or of fitting in its clause**: a verb of fitting or measuring ("encaja", "cabe",
  "mide", "fits", "measures") or a noun of size ("medida", "tamaño", "tamanho", "size") within the
  few words after it or before it.

A real multi-buy has neither: "llévate el 3x2 en velas", "aprovecha el 3 x 2 del finde".
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from studio import compiled

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: a bare "N x M" (digits only, no decimals): its two numbers
_PAIR = compiled.pattern(r"\s*(?P<n>\d{1,2})\s?[x×]\s?(?P<m>\d{1,2})\s*", _FLAGS)

#: "N x M" followed by a unit of length (or of area): a stated size
_SIZED = compiled.pattern(
    r"(?<![\w.,])(?P<n>\d{1,2})(?:[.,]\d+)?\s?[x×]\s?(?P<m>\d{1,2})(?:[.,]\d+)?\s?"
    r"(?:cm|mm|m|m2|m²|km|metros?|meters?|metres?|pies|feet|foot|ft|pulgadas|polegadas|inch(?:es)?|in|yd|yards?)"
    r"(?!\w)",
    _FLAGS,
)

#: a word of size or of fitting, a few words from the pair (verbs in es, pt, en; nouns of size)
_SIZE_WORD = (
    r"(?:encaj\p{L}*|cab(?:e|en|ía|ían)|caber|quepa\p{L}*|mid(?:e|en|iendo)|medid\p{L}*|tama[ñn]\p{L}*|"
    r"dimensi\p{L}*|ancho|largo|encaix\p{L}*|medem?|medindo|fits?|fitting|measur\p{L}*|sizes?|wide|long)"
)
_NEAR_AFTER = compiled.pattern(rf"^(?:[^\S\n]+[\p{{L}}\d]+){{0,3}}?[^\S\n]+{_SIZE_WORD}(?!\w)", _FLAGS)
_NEAR_BEFORE = compiled.pattern(rf"(?<!\w){_SIZE_WORD}(?:[^\S\n]+[\p{{L}}\d]+){{0,3}}?[^\S\n]+\Z", _FLAGS)


def sized_pairs(texts: Iterable[str]) -> frozenset[tuple[int, int]]:
    """Every "N x M" pair the ``texts`` state with a unit of length ("3 x 2 m")."""
    return frozenset((int(m.group("n")), int(m.group("m"))) for text in texts for m in _SIZED.finditer(text))


def a_measure(text: str, start: int, end: int, sized: frozenset[tuple[int, int]]) -> bool:
    """Whether the multi-buy read at ``text[start:end]`` is a bare "N x M" naming a size: a pair in
    ``sized`` (see :func:`sized_pairs`), or a word of size or fitting next to it."""
    pair = _PAIR.fullmatch(text, start, end)
    if pair is None:
        return False
    if (int(pair.group("n")), int(pair.group("m"))) in sized:
        return True
    after, before = text[end : end + 60], text[max(0, start - 60) : start]
    return bool(_NEAR_AFTER.match(after) or _NEAR_BEFORE.search(before))
