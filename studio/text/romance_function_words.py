"""Function words of Catalan and Galician that Spanish does not write so, beyond the lists of
:data:`studio.text.function_words.FUNCTION_WORDS` (kept here: a list of their own).

- Catalan's article "les" (Spanish "las"), its adverb "ja" (Spanish "ya"), its clitic "us" (Spanish
  "os"), its preposition "per" (Spanish "por"; "per cápita" is Latin, and a "per" in English copy
  is read against English, not Catalan);
- Galician's "ca" (than, Spanish "que") and its conjunction "e" (and): Spanish writes "e" only
  before a word that opens with the sound /i/ ("e inglés", "e hijos", "e Iván"), so an "e" before
  any other word is not Spanish.

- Galician's pronouns joined to a verb whose stress the accent marks: "-che" (you), "-lle" (him, her,
  you), alone or with "-lo"/"-la" ("contámosche", "dígoche", "mándalle", "ofrecémosllelo"): Spanish
  joins "te" and "le" ("contámoste", "mándale"), Portuguese hyphenates ("dá-lhe");
- Galician's "tes" (you have; Spanish "tienes", Portuguese "tens");
- in Spanish copy only (Portuguese and English write them too): Galician's article "as" before a
  word ("as clases", "as entradas"; Spanish "as" is a noun after "un", "el", "los": "un as del
  volante"), its pronoun "nós" (we, us; Spanish "nos" has no accent), and its nouns in "-dade"
  ("cidade", "idade"; Spanish "-dad"; the plurals "-dades" are alike).

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


#: Galician's article "as" before a word, not the Spanish noun after an article ("un as")
_ARTICLE_AS = compiled.pattern(
    r"(?<![\p{L}'’])(?<!(?:un|el|los|unos|ese|todo)\s+)as\s+\p{Ll}{2,}", regex.VERSION1
)
#: Galician's "nós", and its nouns ending "-dade" where Spanish ends "-dad" (their plurals are alike)
_OWN_FORMS = compiled.pattern(r"(?<![\p{L}])(?:nós|\p{Ll}{2,}dade)(?![\p{L}])", regex.VERSION1)


def galician_marks(text: str, expected: str) -> int:
    """How many of Galician's marks ``text`` holds that Spanish copy cannot (its "e" for "and";
    for Spanish only, its article "as", "nós" and nouns in "-dade": see the module docstring)."""
    count = galician_and(text) if expected != "pt" else 0
    if expected == "es" and ("as " in text or "nós" in text or "dade" in text):
        count += len(_ARTICLE_AS.findall(text)) + len(_OWN_FORMS.findall(text))
    return count
