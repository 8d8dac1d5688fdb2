"""Function words of Catalan and Galician that Spanish does not write so, beyond the lists of
:data:`studio.text.language.FUNCTION_WORDS` (kept here: that module is near its size limit).

- Catalan's article "les" (Spanish "las"), its adverb "ja" (Spanish "ya"), its clitic "us" (Spanish
  "os"), its preposition "per" (Spanish "por"; "per cápita" is Latin, and a "per" in English copy
  is read against English, not Catalan);
- Galician's "ca" (than, Spanish "que") and its conjunction "e" (and): Spanish writes "e" only
  before a word that opens with the sound /i/ ("e inglés", "e hijos", "e Iván"), so an "e" before
  any other word is not Spanish.

These words only count once a detector has picked Catalan or Galician for the sentence (the caller
asks): they are evidence for its pick, never a reason to make one.
"""

from __future__ import annotations

import regex

from studio import compiled

EXTRA: dict[str, frozenset[str]] = {
    "ca": frozenset({"les", "ja", "us", "per"}),
    "gl": frozenset({"ca"}),
}
#: "e" (and) before a word that does not open with /i/ (Spanish writes "e" before "i-", "hi-")
_AND = compiled.pattern(r"(?<![\p{L}\p{N}'’])e\s+(?![hH]?[iíIÍ])\p{L}", regex.VERSION1)


def extra_function_words(language: str) -> frozenset[str]:
    """The words of ``language`` this module adds to its function words."""
    return EXTRA.get(language, frozenset())


def galician_and(text: str) -> int:
    """How many times ``text`` joins words with an "e" that Spanish would write "y"."""
    return len(_AND.findall(text)) if "e " in text else 0
