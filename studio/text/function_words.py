"""The function words of the languages without a word list, and how many a text holds.

pyspellchecker has no word list for Catalan, Galician or Basque, so :mod:`studio.text.language`
believes a detector's "Catalan" only when the sentence holds words of that language that no other
language of the fixed set writes so: :data:`FUNCTION_WORDS` (with the extras of
:mod:`studio.text.romance_function_words`), counted by :func:`function_words` — with Catalan's
elisions ("l'enllaç", "d'estiu") and Galician's clitics and marks. Split out of
:mod:`studio.text.language`, which builds on it.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled
from studio.text.romance_function_words import extra_function_words, galician_clitics, galician_marks

#: for the languages of the fixed set pyspellchecker has no word list for: words of theirs that no
#: other language of the set writes so (function words, the commonest verbs), the evidence a
#: sentence must hold before a detector's "Catalan" is believed ("Y si se juntan tres, Premium anual
#: va al 3x2" is Spanish whatever langdetect leans to)
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "ca": frozenset(
        [
            # "without", "no/none", "it takes", "until", "never", "all": Catalan's own
            "sense",
            "cap",
            "cal",
            "fins",
            "mai",
            "tots",
            "totes",
            "amb",
            "els",
            "és",
            "aquest",
            "aquesta",
            "aquests",
            "aquestes",
            "això",
            "allò",
            "molt",
            "molts",
            "moltes",
            "però",
            "doncs",
            "pel",
            "pels",
            "dels",
            "seva",
            "seves",
            "nostre",
            "nostra",
            "nostres",
            "vostre",
            "vostra",
            "també",
            "perquè",
            "som",
            "hem",
            "heu",
            "tenim",
            "teniu",
            "vostè",
            "vosaltres",
            "nosaltres",
            "avui",
            "demà",
            "gràcies",
            "setmana",
            "encara",
            "sempre",
            "tothom",
            "res",
            "gaire",
            "quan",
            "què",
            "unes",
            "fer",
            "feu",
            "podeu",
            "voleu",
            "veniu",
            "vine",
            "vols",
            "pots",
            "tindràs",
            "tindreu",
            # written without accents, as SMS are
            "tambe",
            "perque",
            "aixo",
            "gracies",
            "dema",
            "tindras",
            "serà",
            "seran",
            # the clitic "ens" (us) and "més" (more), which Spanish writes "nos" and "más"
            "ens",
            "més",
        ]
    ),
    "gl": frozenset(
        [
            "unha",
            "unhas",
            "coa",
            "coas",
            "cos",
            "nunha",
            "nunhas",
            "moito",
            "moita",
            "moitos",
            "moitas",
            "tamén",
            "ata",
            "máis",
            "pola",
            "polos",
            "polas",
            "vostede",
            "vostedes",
            "grazas",
            "iso",
            "aquilo",
            "xa",
            "xunto",
            "xente",
            "dende",
            "cando",
            "facer",
            "tedes",
            "ningunha",
            "algunha",
            # Galician's own spelling of everyday words (Spanish "no", "madre", "mañana", "hoy",
            # "temporada", Portuguese "não", "mãe", "amanhã", "hoje", "temporada")
            "non",
            "nai",
            "pai",
            "mañá",
            "hoxe",
            "onte",
            "tempada",
            "túa",
            "súa",
            "noso",
            "nosa",
            "nosos",
            "nosas",
            "voso",
            "vosa",
            "mellor",
            "mellores",
            "traballo",
            "xaneiro",
            "xuño",
            "xullo",
            "xeito",
            "agasallo",
            "agasallos",
            "veciños",
            "veciñas",
            "fillos",
            "fillas",
            "luns",
            "mércores",
            "xoves",
            "venres",
            "vindeiro",
            "vindeira",
            "á",
            "ás",
            # written without accents, as SMS are ("tamén", "túa", "mércores"), and words no
            # neighbour spells so ("despois": Portuguese "depois", Spanish "después")
            "tamen",
            "tua",
            "sua",
            "mercores",
            "despois",
            "moi",
        ]
    ),
    "eu": frozenset(
        [
            "eta",
            "dira",
            "ditu",
            "bat",
            "ez",
            "bai",
            "baina",
            "edo",
            "gure",
            "zure",
            "hau",
            "hori",
            "dago",
            "daude",
            "egin",
            "izan",
            "gabe",
            "eskerrik",
            "asko",
            "zuen",
            "gaur",
            "bihar",
            "orain",
            "beti",
            "inoiz",
            "nola",
            "zer",
            "etorri",
            "erosi",
            "ikusi",
            "gehiago",
            "gutxiago",
            "honetan",
            "hemen",
            "hor",
        ]
    ),
}


FUNCTION_WORDS = {lang: words | extra_function_words(lang) for lang, words in FUNCTION_WORDS.items()}


#: Catalan's elided article, preposition or pronoun ("l'enllaç", "d'estiu", "t'esperem", "truca'ns"):
#: evidence against a language that elides none (Spanish, Portuguese, Galician, Basque, German)
_ELISION = compiled.pattern(
    r"(?<![\p{L}])[ldsmtn]['’]\p{L}|\p{L}[aeiou]['’](?:ns|ls|l|n|m|t|s|hi|ho|us)(?![\p{L}])",
    regex.IGNORECASE | regex.VERSION1,
)
_NO_ELISION = ("es", "pt", "gl", "eu", "de")


@lru_cache(maxsize=4096)
def function_words(text: str, language: str, expected: str = "") -> int:
    """How many of ``text``'s words are in :data:`FUNCTION_WORDS` of ``language`` (for Catalan,
    with its elisions when ``expected`` elides none)."""
    from studio.text.language import prose  # language.py builds on this module

    words = FUNCTION_WORDS.get(language, frozenset())
    found = _prose_words(text)
    # Catalan "i" (and) in lower case only: English "I" is no evidence
    count = sum(1 for w in found if w.casefold() in words) + (language == "ca") * found.count("i")
    if language == "ca" and expected in _NO_ELISION:
        count += len(_ELISION.findall(text))
    if language == "gl":
        count += galician_clitics(text)
    return count + (galician_marks(prose(text), expected) if language == "gl" else 0)


@lru_cache(maxsize=1024)
def _prose_words(text: str) -> tuple[str, ...]:
    """The words of ``text``'s prose (:func:`studio.text.language.prose`: no links, codes or numbers)."""
    from studio.text.language import _WORD, prose  # language.py builds on this module

    return tuple(_WORD.findall(prose(text)))
