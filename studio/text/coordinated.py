"""A noun-verb homograph after "y"/"o" inside a sentence: a command only beside another command.

"y" and "o" join like with like. After one of them, a word that is both a noun and an usted
command ("soporte", "cierre", "ajuste", "pase") continues a list of nouns ("La Fibra tiene IP fija y
soporte con prioridad", "Incluye instalación o ajuste gratis") unless the sentence before the
conjunction already tells the reader to do something ("Reserve hoy y disfrute del finde", "Llame
y pase a recogerlo"): only then is it the second command of a pair.
"""

from __future__ import annotations

import regex

from studio import compiled

#: where the sentence holding the conjunction starts
_SENTENCE_STOP = compiled.pattern(r"[.!?¡¿:;\n]")
_CONJUNCTION = compiled.pattern(r"(?<![\p{L}])[yYoOeEuU]\s+\Z", regex.VERSION1)
_WORD = compiled.pattern(r"(?<![\p{L}\p{N}@#/._-])\p{L}{3,}(?![\p{L}\p{N}_-])", regex.VERSION1)


def listed_noun(text: str, start: int) -> bool:
    """Whether the homograph at ``start`` follows "y"/"o" in a sentence with no command before it."""
    from studio.text.commands import person_at

    conjunction = _CONJUNCTION.search(text, max(0, start - 4), start)
    if conjunction is None:
        return False
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, 0, conjunction.start())]
    begin = stops[-1] if stops else 0
    return not any(
        person_at(text, m.start(), m.end()) is not None
        for m in _WORD.finditer(text, begin, conjunction.start())
    )
