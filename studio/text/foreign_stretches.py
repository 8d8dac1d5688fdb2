"""A stretch of a sentence written in another language, read between the words only the field's
language writes.

A sentence can start in one language and end in another ("Se tiverem dúvidas, liguem para o nosso
atendimento de lunes a viernes", "Die Wochenenden im Juni sind schnell ausgebucht, and Father's Day
is booked by mid-May"). Judged whole, its two halves cancel out; a run of foreign words
(:func:`studio.text.language.foreign_runs`) stops at each word the two languages share ("para",
"o", "no"). Here a sentence is cut at every word that sides with the field's language (used ten
times more often in it than in the other one, pyspellchecker's counts), and a stretch in between
that opens a clause (at the sentence's start or after a comma, a colon, a dash, a flag: "Starts
today 🇺🇸 Venha buscar…") and holds three
words siding with the other language is judged on its own, by the same judge as
a whole sentence (the caller's). Brand names, accepted loanwords, numbers and codes side with nobody; a
stretch inside a clause of the field's language is a name or a dish ("Join us for tacos al pastor,
pan dulce y café de olla"), not a switch.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled
from studio.text.language import _count, _frequencies
from studio.text.stores import prefetch

#: a word of a sentence (letters, an apostrophe or a hyphen inside)
_WORD = compiled.pattern(r"(?<![\p{L}\p{N}_])\p{L}[\p{L}'’-]*(?![\p{L}\p{N}_])", regex.VERSION1)
#: what a stretch cannot cross: a link, a handle, a hashtag (the words around one are no clause)
_BREAK = compiled.pattern(
    r"https?://\S+|www\.\S+|[#@][\p{L}\p{N}_]+|[\w-]+\.[a-z]{2,}(?:/\S*)?", regex.VERSION1
)
#: a clause opens: at the sentence's start, or after a comma, a semicolon, a colon, a dash, a bracket or a
#: flag (its two regional indicators)
_OPENS = compiled.pattern(r"(?:^|[,;:—–(\[¡¿]|\p{RI})\s*\Z", regex.VERSION1)
_BOUNDARY = compiled.pattern(r"(?:[,;:—–(\[]|\p{RI})\s*", regex.VERSION1)
#: how many words of the other language a stretch needs before it is judged
LEAST_WORDS = 3
#: how many characters a stretch needs before it is judged
LEAST_CHARS = 30
#: as in :func:`studio.text.language.word_votes`: a word sides with a language it is used this many
#: times more often in, and at least this often
RATIO = 10
SEEN = 100


@lru_cache(maxsize=16384)  # a keystroke's sentences share their words
def _side(word: str, expected: str, other: str) -> int:
    """+1 when ``word`` sides with ``other``, -1 with ``expected``, 0 with neither."""
    a, b = _count(_frequencies(other), other, word), _count(_frequencies(expected), expected, word)
    if a > RATIO * b and a >= SEEN:
        return 1
    if b > RATIO * a and b >= SEEN:
        return -1
    return 0


@lru_cache(maxsize=4096)
def foreign_stretches(
    sentence: str, expected: str, others: tuple[str, ...], keep_out: tuple[str, ...]
) -> tuple[tuple[int, int, str], ...]:
    """(start, end, language) of the stretches of ``sentence`` that may be in a language of
    ``others`` (each with a word list): three words or more siding with it, none with ``expected``,
    ``LEAST_CHARS`` long. The caller judges each one as it judges a sentence."""
    if not _frequencies(expected):
        return ()
    kept = {w.casefold() for phrase in keep_out for w in phrase.split()}
    breaks = [m.span() for m in _BREAK.finditer(sentence)]
    words = [
        m
        for m in _WORD.finditer(sentence)
        if m.group().casefold() not in kept and not any(a <= m.start() < b for a, b in breaks)
    ]
    if len(words) < LEAST_WORDS:
        return ()
    out: list[tuple[int, int, str]] = []
    folded = [m.group().casefold() for m in words]
    for language in (expected, *others):
        prefetch(_frequencies(language), folded)  # one query for the sentence's words
    for other in others:
        if other != expected and _frequencies(other):
            out.extend((a, b, other) for a, b in _spans(sentence, words, breaks, expected, other))
    return tuple(out)


def _spans(
    sentence: str, words: list[regex.Match[str]], breaks: list[tuple[int, int]], expected: str, other: str
) -> list[tuple[int, int]]:
    """The stretches between words siding with ``expected`` (or a link) holding enough of ``other``."""
    out: list[tuple[int, int]] = []
    first: regex.Match[str] | None = None
    theirs: list[regex.Match[str]] = []

    def close() -> None:
        if first is None or len(theirs) < LEAST_WORDS:
            return
        begin, end = first.start(), theirs[-1].end()
        if not _OPENS.search(sentence[:begin]):
            # inside a clause of the field's language ("Join us for tacos al pastor, pan dulce…"): a
            # name or a dish, unless a clause of its own opens after a comma or a colon in it
            inner = _BOUNDARY.search(sentence, begin, end)
            begin = end if inner is None else inner.end()
        counted = sum(1 for m in theirs if m.start() >= begin)
        if counted >= LEAST_WORDS and end - begin >= LEAST_CHARS:
            out.append((begin, end))

    previous_end = 0
    for m in words:
        side = _side(m.group().casefold(), expected, other)
        if any(previous_end <= a < m.start() for a, _ in breaks):
            close()
            first, theirs = None, []
        previous_end = m.end()
        if side < 0:
            close()
            first, theirs = None, []
            continue
        if first is None:
            first = m
        if side > 0:
            theirs.append(m)
    close()
    return out
