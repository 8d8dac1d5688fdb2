"""Function words of Catalan and Galician that Spanish does not write so, beyond the lists of
:data:`studio.text.language.FUNCTION_WORDS` (kept here: that module is near its size limit).

- Catalan's article "les" (Spanish "las"), its adverb "ja" (Spanish "ya"), its clitic "us" (Spanish
  "os"), its preposition "per" (Spanish "por"; "per cápita" is Latin, and a "per" in English copy
  is read against English, not Catalan);
- Galician's "ca" (than, Spanish "que") and its conjunction "e" (and): Spanish writes "e" only
  before a word that opens with the sound /i/ ("e inglés", "e hijos", "e Iván"), so an "e" before
  any other word is not Spanish.

- Galician's pronouns joined to a verb whose stress the accent marks: "-che" (you), "-lle" (him, her,
  you), alone or with "-lo"/"-la" ("contámosche", "dígoche", "mándalle", "ofrecémosllelo"): Spanish
  joins "te" and "le" ("contámoste", "mándale"), Portuguese hyphenates ("dá-lhe");
- Galician's "tes" (you have; Spanish "tienes", Portuguese "tens").

These words only count once a detector has picked Catalan or Galician for the sentence (the caller
asks): they are evidence for its pick, never a reason to make one.
"""

from __future__ import annotations

import regex

from studio import compiled

EXTRA: dict[str, frozenset[str]] = {
    "ca": frozenset({"les", "ja", "us", "per"}),
    "gl": frozenset({"ca", "tes"}),
}
#: "e" (and) before a word that does not open with /i/ (Spanish writes "e" before "i-", "hi-")
_AND = compiled.pattern(r"(?<![\p{L}\p{N}'’])e\s+(?![hH]?[iíIÍ])\p{L}", regex.VERSION1)


#: an accented word with Galician's "che" or "lle" joined at its end (see the module docstring)
_JOINED = compiled.pattern(
    r"(?<![\p{L}])\p{L}*[áéíóú]\p{L}*?(?:che|lle)(?:l[oa]s?)?(?![\p{L}])", regex.IGNORECASE | regex.VERSION1
)


def galician_clitics(text: str) -> int:
    """How many words of ``text`` join Galician's "che" or "lle" to an accented verb."""
    return len(_JOINED.findall(text)) if "che" in text or "lle" in text else 0


def extra_function_words(language: str) -> frozenset[str]:
    """The words of ``language`` this module adds to its function words."""
    return EXTRA.get(language, frozenset())


def galician_and(text: str) -> int:
    """How many times ``text`` joins words with an "e" that Spanish would write "y"."""
    return len(_AND.findall(text)) if "e " in text else 0
