"""A lead-in of another language: the few words that open a sentence before a colon ("Una
curiosità:", "Un consiglio:", "Il segreto:" in Spanish copy), too short for a detector and for the
two-word evidence of :mod:`studio.text.short_clauses`.

A lead-in of two or three words is another language's when one of its words is a word of that
language (``USED`` in pyspellchecker's counts) that the field's language has no use for (``ABSENT``,
as written or without its accents), every other word is one of that language's function words
(``CORE``: "una", "il", "the"), and py3langid picks that language for it. A loanword after an
article of the field's own ("Un brunch:", "El spoiler:") leaves it alone: the article is the field's
language's, or not the other one's core; a name is capitalised inside the lead-in.
"""

from __future__ import annotations

import unicodedata

import regex

from studio import compiled

#: how often the other language uses the lead-in's own word
USED = 1000
#: how often the field's language may list it and it still be none of its words
ABSENT = 50
#: a function word's use count (an article, a preposition)
CORE = 1_000_000

_LEAD_IN = compiled.pattern(
    r"(?:^|(?<=[.!?…]\s+))(?P<lead>\p{L}+(?:[^\S\n]+\p{Ll}+){1,2})[^\S\n]*:(?=\s)",
    regex.VERSION1 | regex.MULTILINE,
)


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def foreign_lead_ins(text: str, expected: str, others: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """(start, end, language) of each lead-in of a language of ``others`` (each with a word list)."""
    if ":" not in text:
        return []
    from studio.text.language import _count, _frequencies, second_opinion

    ours = _frequencies(expected)
    if not ours:
        return []
    out = []
    for m in _LEAD_IN.finditer(text):
        words = [w.casefold() for w in m.group("lead").split()]
        unknown = [w for w in words if all(_count(ours, expected, f) <= ABSENT for f in (w, _plain(w)))]
        if len(unknown) != 1:
            continue  # (most lead-ins: every word the field's own; two unknown are short_clauses')
        language, _ = second_opinion(m.group("lead"), ())
        if language == expected or language not in others:
            continue
        table = _frequencies(language)
        if _count(table, language, unknown[0]) < USED:
            continue
        if all(_count(table, language, w) >= CORE for w in words if w != unknown[0]):
            out.append((m.start("lead"), m.end("lead"), language))
    return out
