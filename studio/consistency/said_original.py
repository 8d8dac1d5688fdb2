"""The original price said in a sentence of its own, without its currency: "cuesta $9,300 (su
precio de lista es de 12,400)", "fica por R$ 104,00. O preço normal dela é cento e trinta.", "It's
$49.99; its regular price is 71.99".

After a price, a "usual price" phrase ("precio de lista", "precio normal/habitual/regular/de
siempre", "preço normal/de tabela/cheio", "regular/usual/list price"), a verb of being ("es",
"era", "sería", "é", "era", "is", "was") and a bare amount, in figures or in words, state the
original price in the price's currency — when the amount is more than that price (an original is)
and no currency, percentage or unit follows it.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from studio import compiled

_USUAL_PRICE = compiled.pattern(
    r"(?<![\p{L}])(?:precio\s+(?:de\s+lista|normal|habitual|regular|de\s+siempre|original)"
    r"|pre[cç]o\s+(?:normal|de\s+tabela|cheio|de\s+sempre|original|habitual)"
    r"|(?:regular|usual|normal|list|original|full)\s+price)"
    r"(?:\s+(?:del|de\s+(?:el|la)|dela|dele|do|da|of\s+(?:it|the\s+\p{L}+)))?"
    r"\s+(?:es|era|ser[ií]a|sigue\s+siendo|[ée]|seria|is|was|would\s+be)\s+(?:de\s+|of\s+)?",
    regex.IGNORECASE | regex.VERSION1,
)
_FIGURES = compiled.pattern(r"\d{1,3}(?:[.,\u00a0 ]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?")
#: what may follow the bare amount: a stop, a bracket, a comma, the text's end
_AFTER = compiled.pattern(r"\s*(?:[.,;:)!?\n—–-]|\Z)")
_WORD = compiled.pattern(r"\p{L}+(?:-\p{L}+)*", regex.VERSION1)


def said_originals(text: str, locale: str, price: Decimal, after: int) -> list[tuple[int, int, Decimal]]:
    """(start, end, amount) of each bare original stated after ``after`` (a price's end)."""
    from studio.consistency.facts import parse_amount

    out: list[tuple[int, int, Decimal]] = []
    for m in _USUAL_PRICE.finditer(text, after):
        figures = _FIGURES.match(text, m.end())
        if figures and _AFTER.match(text, figures.end()):
            amount = parse_amount(figures.group(), locale)
            span = figures.span()
        else:
            amount, span = _in_words(text, m.end(), locale)
        if amount is not None and amount > price:
            out.append((span[0], span[1], amount))
    return out


def _in_words(text: str, start: int, locale: str) -> tuple[Decimal | None, tuple[int, int]]:
    """The amount the number words at ``start`` say, up to a stop (``None`` when they say none)."""
    from studio.consistency.spelled import word_value

    words: list[str] = []
    at = start
    while (w := _WORD.match(text, at)) is not None and len(words) < 10:
        words.append(w.group())
        at = w.end()
        if _AFTER.match(text, at):
            value = word_value(words, locale.split("-")[0].lower())
            return (Decimal(value), (start, at)) if value is not None else (None, (start, at))
        if not text.startswith(" ", at):
            break
        at += 1
    return None, (start, start)
