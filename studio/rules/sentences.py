"""Sentences and words of a paragraph, for English and Spanish copy.

Vale segments sentences with a Punkt model trained on English. The studio uses rules that give the
same boundaries on ordinary copy: a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing
quotes or brackets) followed by white space — unless the word before the period is a known
abbreviation or an initial, or an ellipsis is followed by a lower-case word. A Spanish sentence may
open with ``¿`` or ``¡``.
"""

from __future__ import annotations

import regex

from studio import compiled

_BOUNDARY = compiled.pattern(r"""([.!?…]+)(["'”’»)\]]*)(\s+)""")
_WORD_BEFORE = compiled.pattern(r"(\S+)$")
_WORD = compiled.pattern(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")

_ABBREVIATIONS = """
    mr mrs ms dr prof sr sra srta sres dña dª st jr vs etc e.g i.e eg ie a.m p.m nº núm
    pág págs tel tlf ud uds vd vds avda approx inc ltd corp fig cf u.s u.k dept aprox ej p.ej pp
    jan feb apr jun jul aug sep sept oct nov dec
"""
ABBREVIATIONS = frozenset(_ABBREVIATIONS.split())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each sentence of ``text``, white space around each one left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end(2)
        if _is_boundary(text, m):
            spans.append((start, end))
            start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _is_boundary(text: str, m: regex.Match[str]) -> bool:
    marks = m.group(1)
    after = text[m.end() : m.end() + 1]
    if not after:
        return False
    if marks in ("...", "…") or marks.endswith(("...", "…")):
        return not after.islower()
    if marks == ".":
        before = _WORD_BEFORE.search(text, 0, m.start())
        if before:
            word = before.group(1).lstrip("(\"'“‘¿¡«").lower()
            if word.rstrip(".") in ABBREVIATIONS:
                return False
            if len(word) == 1 and word.isalpha():
                return False  # an initial: "J. R. R. Tolkien"
            if "." in word and all(len(part) <= 2 for part in word.split(".") if part):
                return False  # "e.g", "U.S", "a.m"
    return True


def words(text: str) -> list[str]:
    """The words of ``text`` (letters and digits, with inner apostrophes and hyphens)."""
    return _WORD.findall(text)


def word_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(text)]


_VOWELS = compiled.pattern(r"[aeiouyáéíóúàèìòùâêîôûäëïöü]+", regex.IGNORECASE)


def syllables(word: str) -> int:
    """An estimate of the syllables of a word (groups of vowels, English silent ``e`` discounted)."""
    lower = word.lower()
    count = len(_VOWELS.findall(lower))
    if count > 1 and lower.endswith("e") and not lower.endswith(("le", "ee", "ye")):
        count -= 1
    return max(count, 1)
