"""The reader as "tú" in a clause of copy whose brand says "vos", told by the clause's grammar.

:mod:`studio.text.tu_in_vos` finds the "tú" commands copy asks with ("Reserva por link") and the
presents after "no", "si", "que" ("si necesitas"). Three more places hold a "tú" form (one "vos"
writes with an accent: "pagas" / "pagás", "entra" / "entrá") as the reader's, in copy that writes
its accents:

- a present with the reader as its subject, opening a clause ("Necesitas ayuda?", "Ahorras el
  envío"): the "tú" present (the command plus "s") of a verb no noun shares is nobody else's; one
  a noun's plural shares ("cuotas", "ofertas", "cocinas") only where the text writes the same
  verb's "vos" present too ("Pagas en cuotas … no pagás envío"), or opening a question put to the
  reader, before what follows a verb, with a "vos" present in that question or the next sentence
  ("¿Viajas seguido? Tenés 10 % off");
- a command with its object ("Suma la tapa y tenés…"), the "do this and you get that" of offers:
  a verb opening a clause, an article after it, and later in its sentence "y" and a "vos" present
  ("y tenés", "y te llevás"); not a verb whose subject often follows it ("Llega la primavera y
  tenés…");
- two commands offered as alternatives ("Entra por la web o pasa por el local"): a verb opening a
  clause and another after "o", each before what follows a verb (a preposition, a pronoun).

Capitalised words inside a sentence are names, upper-case words keywords; an unaccented text tells
nothing (it writes "pagas" for "pagás"). :mod:`studio.rules.kinds.formality` asks this only in a
locale where the brand says "vos", and never of an SMS.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled
from studio.text.spanish_verbs import HE, TU, VOS, reading
from studio.text.tu_in_vos import (
    _ARTICLE_AFTER,
    _OPENS,
    _SUBJECT_AFTER,
    _VERB_FOLLOWER,
    _WORD,
    _sentence_start,
    _vos_by_accent,
    writes_accents,
)

_ACUTE = str.maketrans("aeiou", "áéíóú")
#: a sentence, its stop with it
_SENTENCE = compiled.pattern(r"[^.!?\n]+[.!?]*")
#: "y" then perhaps a pronoun, then a word: the reader's present of "…y tenés", "…y te llevás"
_AND_THEN = compiled.pattern(
    r"(?<![\p{L}])y\s+(?:(?:te|lo|la|los|las|le|les|me|nos)\s+)?(?P<word>\p{L}{3,})(?![\p{L}])",
    regex.IGNORECASE | regex.VERSION1,
)
#: "o" then a word: the second of two alternatives ("…o pasa por…")
_OR_THEN = compiled.pattern(
    r"(?<![\p{L}])o\s+(?P<word>\p{L}{3,})(?![\p{L}])", regex.IGNORECASE | regex.VERSION1
)


@lru_cache(maxsize=4096)
def vos_present(word: str) -> bool:
    """Whether ``word`` (lower case) is a "vos" present: its "vos" command plus "s" ("tenés",
    "pagás", "retirás"); "además", "interés", "país" are none."""
    if len(word) < 4 or not word.endswith(("ás", "és", "ís")):
        return False
    found = reading(word[:-1])
    return found is not None and VOS in found.persons


@lru_cache(maxsize=4096)
def _tu_present(word: str) -> tuple[bool, bool]:
    """Whether ``word`` (lower case) is a "tú" present "vos" accents ("pagas" / "pagás"), and
    whether a noun's plural shares it ("cuotas" aside, "pagas", "cocinas")."""
    if len(word) < 4 or not word.endswith("s") or not _vos_by_accent(word[:-1]):
        return False, False
    found = reading(word[:-1])
    return True, bool(found is not None and found.other_word)


def _vos_twin(word: str) -> str:
    """The "vos" present of the "tú" present ``word`` ("pagas" → "pagás")."""
    return word[:-2] + word[-2].translate(_ACUTE) + "s"


def reader_tu_forms(text: str) -> list[tuple[int, int]]:
    """Spans of the "tú" forms of ``text`` its clauses give the reader (see the module)."""
    if not writes_accents(text):
        return []  # (the cheap look first: copy without accents tells nothing)
    out: list[tuple[int, int]] = []
    folded = text.casefold()
    for s in _SENTENCE.finditer(text):
        out += _in_sentence(text, folded, s.start(), s.end())
    return out


def _in_sentence(text: str, folded: str, a: int, b: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _WORD.finditer(text, a, b):
        word = m.group()
        if word.isupper() or writes_accents(word) or text[m.end() : m.end() + 1] == ":":
            continue
        before = text[max(0, m.start() - 12) : m.start()]
        asked = before.rstrip().endswith("¿")
        if not (asked or _OPENS.search(before)):
            continue
        if word[:1].isupper() and not (asked or _sentence_start(before)):
            continue  # a name inside a sentence ("y Pasa Tiempo")
        lower = word.casefold()
        if _present(text, folded, m.start(), m.end(), asked) or _command(text, lower, m.end(), b):
            out.append(m.span())
    return out


def _present(text: str, folded: str, start: int, end: int, asked: bool) -> bool:
    lower = folded[start:end]
    present, noun = _tu_present(lower)
    if not present:
        return False
    if not noun or regex.search(rf"(?<![\p{{L}}]){regex.escape(_vos_twin(lower))}(?![\p{{L}}])", folded):
        return True
    if not asked or not _VERB_FOLLOWER.match(text, end):
        return False
    question = text.find("?", end)
    after = _SENTENCE.search(text, question + 1) if question >= 0 else None
    stretch = text[end : after.end() if after else len(text)] if question >= 0 else ""
    return any(vos_present(w.casefold()) for w in _WORD.findall(stretch))


@lru_cache(maxsize=4096)
def _tu_or_usted(word: str) -> bool:
    """Whether ``word`` is a "tú" command "vos" accents that another verb's "usted" command may
    share ("suma": "sumá", and "sumir"'s "suma"), no third person ("trae")."""
    found = reading(word)
    if found is None or TU not in found.persons or HE in found.persons or not word.endswith(("a", "e", "i")):
        return False
    vos = reading(word[:-1] + word[-1].translate(_ACUTE))
    return vos is not None and VOS in vos.persons


def _command(text: str, lower: str, end: int, b: int) -> bool:
    if _ARTICLE_AFTER.match(text, end):
        if lower in _SUBJECT_AFTER or not (_vos_by_accent(lower) or _tu_or_usted(lower)):
            return False
        return any(vos_present(m.group("word").casefold()) for m in _AND_THEN.finditer(text, end, b))
    if not _vos_by_accent(lower) or not _VERB_FOLLOWER.match(text, end):
        return False
    for m in _OR_THEN.finditer(text, end, b):
        other = m.group("word").casefold()
        if not writes_accents(other) and _vos_by_accent(other) and _VERB_FOLLOWER.match(text, m.end()):
            return True
    return False
