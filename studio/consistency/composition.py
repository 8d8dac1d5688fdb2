"""A percentage that is what a product is made of: its composition or content, never a discount.

Product copy gives the share of a material or an ingredient with the noun on either side of the
number: "chocolate negro 85 %", "fondue de chocolate 70% com frutas", "algodón 60 % y poliéster 40 %",
"medias de lana merino 80 %" (the noun, maybe one word qualifying it, then the percentage), and "70%
algodão reciclado", "85% recycled cotton", "80 % arábica" (the percentage, maybe one word, then the
noun, or a word of make-up: "reciclado", "orgânico", "natural", "puro"). The nouns are materials,
fibres and ingredients whose share is told in percent; :mod:`.money` reads the strength nouns after a
percentage ("6 % de alcohol", "70 % cacao") and a discount cue right after it ("25 % off", "25 % de
descuento") first, so "chocolate 25 % off" stays a discount.
"""

from __future__ import annotations

from studio import compiled
from studio.consistency.facts import _fold

#: materials, fibres and ingredients whose share is told in percent (folded, singular)
_MATERIAL = (
    r"chocolate|cacao|cacau|cocoa|algodon|algodao|cotton|lana|wool|lino|linho|linen|seda|silk|poliester"
    r"|polyester|poliamida|polyamide|elastano|elastane|spandex|lycra|nylon|nailon|viscosa|viscose|merino"
    r"|cashmere|cachemira|caxemira|acrilico|acrylic|bambu|bamboo|arabica|robusta|fruta|fruit|jugo|suco|zumo"
    r"|juice|leche|leite|milk|mantequilla|manteiga|butter|proteina|protein|grasa|gordura|azucar|acucar|sugar"
    r"|trigo|wheat|centeno|centeio|rye|avena|aveia|harina|farinha|flour|masa\s+madre|sourdough"
)
#: words of make-up after a percentage: "70 % reciclado", "80% organic", "100 % natural"
_MADE = r"reciclad[oa]s?|recycled|organic[oa]?s?|organic|natural|pur[oa]|pure|integral|vegetal"
#: words that cannot qualify the noun between it and the number (a preposition, an article, a verb)
_NOT_QUALIFIER = (
    r"(?:con|com|with|a|al|ao|o|the|de|del|do|da|of|en|em|in|on|y|e|and|por|pelo|pela|para|for|at|off|"
    r"menos|less|hasta|ate|until|sale|sai|cuesta|custa|costs?|is|es|esta|esta|are|son|sao|un|una|um|uma|"
    r"desde|from|todo|toda|all)"
)
#: the noun (and maybe one word qualifying it) right before the percentage (folded text before it)
_BEFORE = compiled.pattern(rf"\b(?:{_MATERIAL})(?:\s+(?!{_NOT_QUALIFIER}\b)\p{{L}}+)?\s*\Z")
#: the noun or a word of make-up right after the percentage, maybe after one word ("85% recycled cotton")
_AFTER = compiled.pattern(
    rf"\A\s*(?:(?:de|of)\s+)?(?:(?!{_NOT_QUALIFIER}\b)\p{{L}}+\s+)?(?:{_MATERIAL}|{_MADE})\b"
)


def composition(text: str, start: int, end: int) -> bool:
    """Whether the percentage at ``text[start:end]`` tells what a product is made of (see the module
    docstring): a material or an ingredient right before it, or right after it."""
    before = _fold(text[max(0, start - 40) : start])
    if _BEFORE.search(before):
        return True
    return _AFTER.match(_fold(text[end : end + 40])) is not None
