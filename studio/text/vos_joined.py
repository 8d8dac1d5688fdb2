"""A "vos" command with its pronouns joined ("Compralo acá", "Pedilo ya", "Escribinos").

"Vos" stresses its command on the ending ("comprá", "pedí"); a pronoun joined to it moves no stress,
so the written accent goes ("compralo", "pedilo", "sumate"). "Tú" stresses the stem and writes the
accent there once a pronoun is joined ("cómpralo", "pídelo", "súmate"). So a joined command is
"vos" when

- its verb's ending, accented, is a "vos" command (studio.text.spanish_verbs) and the word carries
  no written accent, and
- either the "vos" command differs from the "tú" one by more than the accent ("pedilo" / "pídelo",
  "escribinos" / "escríbenos"), or the text writes its accents elsewhere: an SMS that writes none
  spells "cómpralo" as "compralo" too;
- and it opens a clause, or follows a conjunction: inside one, the same letters are a plural
  ("clases presenciales" is not "presenciá" + "les", "chiles serranos" not "serrá" + "nos");
- and the word is no word of its own (a noun the list counts: "tomate" is "tomá" + "te" and a
  tomato; a plural whose singular it counts: "presenciales", "serranos"; a verb form already:
  "regale"), nor a name (capitalised inside a sentence).

:mod:`studio.text.formality` adds these as markers of "vos" (a finding where the brand says "tú").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled

#: the pronouns a command takes at its end, longest first ("telo" before "lo")
_CLITICS = tuple(
    sorted(
        [
            *(a + b for a in ("me", "te", "se", "nos") for b in ("lo", "la", "los", "las")),
            *("lo", "la", "los", "las", "le", "les", "me", "te", "nos"),
        ],
        key=len,
        reverse=True,
    )
)
_WORD = compiled.pattern(r"(?<![\p{L}\p{N}@#/._-])\p{L}{5,}(?![\p{L}\p{N}_-]|\.\p{L})", regex.VERSION1)
_ACCENTS = compiled.pattern(r"[áéíóúÁÉÍÓÚ]")
_ACUTE = str.maketrans("aeiou", "áéíóú")
#: what a command follows: a clause's opening (a stop, a comma, a bracket, an emoji, a line) or a
#: conjunction that joins two commands ("avisanos y te guardamos", "Reservá o escribinos")
_OPENS = compiled.pattern(
    r"(?:\A|[.!?¡¿:;,(\n—–-]|\p{ExtPict}\uFE0F?|(?<![\p{L}])(?:y|o|u|e|que|pero|ya))\s*\Z",
    regex.IGNORECASE | regex.VERSION1,
)
#: a word the Spanish list counts this often is a word of its own ("tomate", "remate")
OWN_WORD = 1000
#: a word in "-les", "-nos" whose singular the list counts this often is a plural ("presenciales")
PLURAL = 100


def _sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?¡¿:\n" or bool(regex.search(r"\p{ExtPict}\uFE0F?$", before))


@lru_cache(maxsize=8192)
def _vos_stem(word: str) -> tuple[bool, bool] | None:
    """(is vos, differs from tú by more than the accent) for a joined command, or None."""
    from studio.text.spanish_verbs import TU, VOS, reading

    for clitic in _CLITICS:
        if not word.endswith(clitic) or len(word) - len(clitic) < 3:
            continue
        stem = word[: -len(clitic)]
        if stem[-1] not in "aei":
            continue
        found = reading(stem[:-1] + stem[-1].translate(_ACUTE))
        if found is None or VOS not in found.persons:
            continue
        if _own_word(word):
            return None
        tu = reading(stem)
        return True, tu is None or TU not in tu.persons
    return None


def _own_word(word: str) -> bool:
    """Whether ``word`` is a word of its own: the list counts it, or its singular ("presenciales",
    "serranos"), or it is a verb form already ("regale": regalar's subjunctive)."""
    from studio.text.language import _count, _frequencies, _plural_count
    from studio.text.spanish_verbs import reading

    table = _frequencies("es")
    if _count(table, "es", word) >= OWN_WORD or reading(word) is not None:
        return True
    return word.endswith("s") and _plural_count(table, word) >= PLURAL


def joined_vos(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "vos") of the joined "vos" commands of ``text`` (see the module docstring)."""
    out: list[tuple[int, int, str]] = []
    accents: bool | None = None
    for m in _WORD.finditer(text):
        word = m.group()
        if _ACCENTS.search(word) or word.isupper():
            continue
        if word[:1].isupper() and not _sentence_start(text, m.start()):
            continue  # a name
        if not _OPENS.search(text, max(0, m.start() - 12), m.start()):
            continue  # inside a clause: a plural ("clases presenciales", "chiles serranos")
        found = _vos_stem(word.casefold())
        if found is None:
            continue
        if not found[1]:
            if accents is None:
                accents = _ACCENTS.search(text) is not None
            if not accents:
                continue
        out.append((m.start(), m.end(), "vos"))
    return out
