"""A short sentence whose own words name another language, when the detectors cannot tell.

langdetect and py3langid need more text than a line of copy holds when the line is made of words
two languages share: "Estacionamento para 90 carros, 8.000 pesos por dia." in a Spanish email has
"para", "carros", "pesos", "por" in both, and the models lean to Spanish. Its own words still tell:
"estacionamento" is no Spanish word however it is accented, and "dia" is Spanish only with its
accent, which the same text writes elsewhere ("Más info", "días").

A sentence of ``LEAST``–``MOST`` characters of prose is in another language when

- at least ``HARD`` of its words are common in that language (``COMMON`` in pyspellchecker's counts)
  and ``LEANS`` times rarer (and rarer than ``RARE``) in the expected one's list however they are
  accented ("estacionamento", "você", "giorni", "com"), and at least ``OWN`` words in all are so
  as written, where the text writes its accents ("dia", "aqui" in copy that writes "días", "aquí");
- its words that side with the expected language (common there and ``OURS`` times rarer in the
  other: "los", "con", "y", "taller" against English, "pesos" against Portuguese) are at most half
  as many as those, so a Spanish line with a few foreign words in it ("Bike check, pedalazo y mate
  en el taller", "feijoada con amigos") is not;
- and py3langid is not sure the sentence is in the expected language.

Names are not words here: brand names, loanwords, hashtags, links and numbers are left out first
(:func:`studio.text.language.prose`), and so is a capitalised word inside the sentence.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled

#: the least and most prose a sentence judged this way holds
LEAST = 30
MOST = 80
#: how many words absent from the expected language however accented, and how many in all
HARD = 1
OWN = 2
#: a word this common in the other language (pyspellchecker's counts)
COMMON = 1000
#: a word this many times more common in the expected language is its own ("los": a currency
#: both write, "pesos", is not)
LEANS = 100
#: a word this many times more common in the expected language sides with it
OURS = 10
#: a hard word is rarer than this in the expected language however accented ("com": 2,869 in Spanish)
RARE = 10_000
#: py3langid this sure of the expected language: the sentence is its
SURE = 0.9

_WORD = compiled.pattern(r"(?<![\p{L}'’])\p{L}+(?![\p{L}'’])", regex.VERSION1)
_ACUTE = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú", "n": "ñ"}
_MARKS = compiled.pattern(r"[áéíóúñãõâêôàç]", regex.IGNORECASE)


def writes_accents(text: str) -> bool:
    """Whether ``text`` writes the marks its language puts on words (an SMS often writes none)."""
    return bool(_MARKS.search(text))


def _accented(word: str) -> list[str]:
    """``word`` with one mark put back on each letter that may bear one ("dia" → "día")."""
    return [word[:i] + _ACUTE[c] + word[i + 1 :] for i, c in enumerate(word) if c in _ACUTE]


@lru_cache(maxsize=8192)
def _leans(word: str, language: str, other: str, any_accent: bool = False, ratio: int = 0) -> bool:
    """Whether ``word`` is common in ``language`` (``COMMON``) and ``ratio`` (``LEANS``) times rarer
    in ``other``, as written or, with ``any_accent``, however accented there ("dia" against "día")."""
    from studio.text.language import _count, _frequencies

    ours = _count(_frequencies(language), language, word)
    if ours < COMMON:
        return False
    table = _frequencies(other)
    forms = [word, *_accented(word)] if any_accent else [word]
    return all(ours > (ratio or LEANS) * _count(table, other, form) for form in forms)


def _rare(word: str, language: str) -> bool:
    """Whether ``word`` is rare in ``language`` however accented (a hard word must be)."""
    from studio.text.language import _count, _frequencies

    table = _frequencies(language)
    return all(_count(table, language, form) < RARE for form in [word, *_accented(word)])


def _words(sentence: str, keep_out: tuple[str, ...]) -> list[str]:
    """The sentence's words, lower case, without names (capitalised inside it) and what is no prose."""
    from studio.text.language import prose

    clean = prose(sentence, keep_out)
    out = []
    for m in _WORD.finditer(clean):
        word = m.group()
        if m.start() > 0 and word[:1].isupper():
            continue  # a name: "Santa Rosa", "Villa Gesell"
        out.append(word.casefold())
    return out


def own_words_language(
    sentence: str, expected: str, keep_out: tuple[str, ...], accents: bool, others: tuple[str, ...]
) -> str | None:
    """The language of ``others`` a sentence's own words name (see the module docstring), or None.
    ``accents``: whether the text the sentence stands in writes its accents."""
    from studio.text.language import has_word_list, prose, second_opinion

    if not LEAST <= len(prose(sentence, keep_out)) <= MOST or not has_word_list(expected):
        return None  # (Catalan, Galician: no list to find a word absent from)
    words = _words(sentence, keep_out)
    long = [w for w in words if len(w) >= 3]  # ("a", "de", "no": no word of one language's own)
    if not any(_rare(w, expected) for w in long):
        return None  # (most sentences: every word the expected language's; no other list is read)
    for other in others:
        hard = [w for w in long if _rare(w, expected) and _leans(w, other, expected, any_accent=True)]
        if len(hard) < HARD:
            continue
        own = [w for w in long if _leans(w, other, expected, any_accent=not accents)]
        ours = sum(1 for w in words if _leans(w, expected, other, ratio=OURS))
        if len(own) < max(OWN, 2 * ours):
            continue
        language, sure = second_opinion(sentence, keep_out)
        if language == expected and sure >= SURE:
            return None
        return other
    return None
