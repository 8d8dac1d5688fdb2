"""Commands at a clause's opening, and the person each speaks to, told by the verb's form.

A Spanish clause that opens with a command form ("Corra, que vuela", "¡Esquíe 3 días!", "Apunte
también en su agenda", "vuele al Caribe", "Llevá 2 y pagá 1", "Disfruten del finde") addresses the
reader in that form's person (:mod:`studio.text.spanish_verbs`). A clause opens at the text's or a
line's start, after "¡" or "¿", after a sentence or clause stop ("." "!" "?" ":" ";" ",") and a
space, after a dash between spaces, after an emoji, and after "y". What is not read as a command:

- a form that is also another word ("el apunte", "un pase", "Viaje a Cartagena", "Entre el 2 y el
  12") unless a verb's follower comes next: for a common word ("pase", "entre", "nombre", "tarde")
  only one that no noun takes ("usted", "su", "también", "ya"…), for a rarer one ("apunte", "ría")
  an article, a preposition, an adverb, a number or the clause's end too;
- interjections ("¡Viva la Navidad!", "¡Vaya sorpresa!") and impersonal verbs ("llueva");
- a vos form in "-í", which is also the first person's past ("Recibí mi pedido").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled
from studio.text.coordinated import listed_noun
from studio.text.spanish_verbs import (
    HE,
    PAST,
    THEY,
    TU,
    TU_NEGATED,
    USTED,
    USTEDES,
    VOS,
    VOSOTROS,
    VOSOTROS_VERB,
    Reading,
    reading,
)

#: what opens a clause, just before a word (see the module's docstring)
_OPENS = compiled.pattern(
    r"(?:\A|[\n¡¿]|[.!?:;,—–]\s|\s[-—–]\s|\p{ExtPict}\uFE0F?\s|(?<![\p{L}])[yYoOeEuU]\s)\s*\Z", regex.VERSION1
)
_WORD = compiled.pattern(r"(?<![\p{L}\p{N}@#/._-])\p{L}{3,}(?![\p{L}\p{N}_-]|\.\p{L})", regex.VERSION1)
#: an opening inside a sentence (a comma, a semicolon, "y"), where a capital is a name's
_INSIDE = compiled.pattern(r"[,;]|\b[yYoOeEuU]\s", regex.VERSION1)
#: what follows a verb and no noun: the reader named, their things, an adverb of time or place
_SURE_FOLLOWER = compiled.pattern(
    r"\s*(?:usted|ustedes|su|sus|también|tambien|ya|ahora|hoy|aquí|aqui|acá|aca|tranquilo|tranquila|"
    r"nuestro|nuestra|nuestros|nuestras|cuanto\s+antes|sin\s+(?:miedo|prisa|pensarlo|esperar|compromiso))"
    r"(?![\p{L}])",
    regex.IGNORECASE | regex.VERSION1,
)
#: what follows a verb: the above, an article, a preposition, a pronoun, a number, the clause's end
#: (not "de", which follows a noun as often: "Cierre de temporada", "Coste de envío")
_FOLLOWER = compiled.pattern(
    r"\s*(?:[.!?,;:)\n]|\Z|\p{ExtPict}|\d|(?:por|a|al|y|e|en|con|sin|el|la|los|las|lo|le|les|un|una|"
    r"unos|unas|este|esta|estos|estas|ese|esa|m[aá]s|pronto|antes|desde|hasta|para|tu|tus|mi|mis|bien|"
    r"todo|toda|todos|todas|cada)(?![\p{L}]))",
    regex.IGNORECASE | regex.VERSION1,
)
#: forms used as interjections or fixed phrases more than as commands at an opening
_INTERJECTIONS = frozenset(
    {
        "viva",
        "vivan",
        "vaya",
        "sea",
        "sean",
        "haya",
        "hayan",
        "venga",
        "oiga",
        "diga",
        "valga",
        "conste",
        "baste",
    }
)
#: a form used this many times more often than its verb is read as its other word, always
_DOMINANT = 10
#: a word used this often (pyspellchecker's count) is read as its other word unless a sure follower comes
_COMMON_WORD = 20_000


@lru_cache(maxsize=8192)
def _count(word: str) -> int:
    from studio.text.language import _frequencies

    return int(_frequencies("es").get(word, 0))


def person_at(text: str, start: int, end: int) -> str | None:
    """The person the command form at [start, end) of ``text`` speaks to, or None: not a command
    form of one person, not at a clause's opening, or read as another word here."""
    word = text[start:end].casefold()
    found = reading(word)
    if found is None and word.endswith(_VOSOTROS_ENDINGS) and guessed_vosotros(word):
        # a verb the table lacks ("Agendad", "Chequead"): Spain's plural command at a clause's opening
        return VOSOTROS if _opening(text, start)[0] is not None else None
    person = _single_person(word, found)
    if found is None or person is None:
        return None
    if person == VOSOTROS_VERB:
        return VOSOTROS  # "tenéis", "no os perdáis": no other person ends so
    opening, negated = _opening(text, start)
    if opening is None or (negated and person not in (USTED, USTEDES)):
        return None
    if text[start].isupper() and _INSIDE.search(opening):
        return None  # "Chapinero, Cedritos y Suba": a name in a list, not a command
    if found.other_word and not _verb_here(text, end, word, found.verb_usage):
        return None
    if found.other_word and listed_noun(text, start):  # "IP fija y soporte con prioridad"
        return None
    return person


_VOSOTROS_ENDINGS = ("ad", "ed", "id")


@lru_cache(maxsize=1024)
def guessed_vosotros(word: str) -> bool:
    """Whether ``word``, a form the verb table lacks, is a vosotros command ("agendad" ← agendar,
    "chequead" ← chequear): simplemma's list gives it the infinitive it would come from, and it is
    no word of the Spanish list ("ciudad", "mitad") nor an English word ("bread")."""
    from studio.text.spanish_verbs import listed_vosotros
    from studio.text.usted_forms import english_word, spanish_word

    if len(word) < 5 or spanish_word(word):  # "ciudad", "verdad", "Navidad": asked before the lemmas
        return False
    return listed_vosotros(word) and not english_word(word)


def _single_person(word: str, found: Reading | None) -> str | None:
    """The one person ``word`` may address, or None (no command form, several persons, an
    interjection, a tú command with a pronoun joined, a vos form in "-í")."""
    if found is None or word in _INTERJECTIONS:
        return None
    persons = found.persons - {TU_NEGATED}
    if len(persons) != 1 or persons & {PAST, THEY, HE} or _tu_with_pronoun(word):
        return None  # ("Vete", "Date": ve + te, da + te, not "vetar", "datar")
    person = next(iter(persons))
    if person == VOS and not word.endswith(("á", "é")):
        return None
    return person if person in (USTED, USTEDES, VOS, VOSOTROS, VOSOTROS_VERB) else None


#: "no" and its pronouns before a command ("No pague de más", "no lo deje pasar")
_NEGATION = compiled.pattern(
    r"(?<![\p{L}])no\s+(?:(?:se|me|nos|le|les|lo|la|los|las|os)\s+){0,2}\Z", regex.IGNORECASE | regex.VERSION1
)


#: a time fronted before a command at a clause's opening ("Este invierno aprenda a esquiar", "Hoy
#: pida dos", "Esta Navidad regale…", "Desde ya reserve"): the clause still opens with the command
TIME_FRONT = compiled.pattern(
    r"(?<![\p{L}])(?:(?:este|esta|estos|estas|el\s+pr[oó]ximo|la\s+pr[oó]xima|cada)\s+\p{L}{3,}"
    r"(?:\s+de\s+\p{L}{3,})?|hoy(?:\s+mismo)?|ahora(?:\s+mismo)?|ya|mañana|por\s+fin"
    r"|desde\s+(?:hoy|ya|ahora|mañana))\s+\Z",
    regex.IGNORECASE | regex.VERSION1,
)


def _opening(text: str, start: int) -> tuple[str | None, bool]:
    """What opens the clause just before ``start`` (None when nothing does) and whether a "no"
    stands between."""
    negation = _NEGATION.search(text, max(0, start - 24), start)
    at = negation.start() if negation else start
    opening = _OPENS.search(text[max(0, at - 12) : at])
    if opening is None and (front := TIME_FRONT.search(text, max(0, at - 40), at)) is not None:
        opening = _OPENS.search(text[max(0, front.start() - 12) : front.start()])
    return (opening.group() if opening else None), negation is not None


def _verb_here(text: str, end: int, word: str, verb_usage: int) -> bool:
    """Whether a form that is also another word reads as the verb before what follows it."""
    if _count(word) > _DOMINANT * verb_usage:
        return False  # "Mamá también merece…": the word's other reading is the one in use
    count = _count(word)
    # a word the list lacks ("tienda", "supermercado" are not in it) gives no evidence that its other
    # reading is rare: read it as that word unless a sure follower comes ("Tienda 1", "Tienda online")
    if count == 0 or count >= _COMMON_WORD or count > verb_usage:
        return bool(_SURE_FOLLOWER.match(text, end))  # "Enlace en la bio"
    return bool(_SURE_FOLLOWER.match(text, end) or _FOLLOWER.match(text, end))


def _tu_with_pronoun(word: str) -> bool:
    """Whether ``word`` is a tú command with a pronoun joined ("vete", "date", "dime", "hazlo")."""
    for pronoun in ("te", "me", "nos", "lo", "la", "le", "se"):
        if word.endswith(pronoun) and len(word) > len(pronoun) + 1:
            found = reading(word[: -len(pronoun)])
            if found is not None and TU in found.persons:
                return True
    return False


def clause_commands(text: str) -> list[tuple[int, int, str]]:
    """(start, end, person) of each command opening a clause in ``text`` (usted, ustedes, vos)."""
    return list(_commands(text))


@lru_cache(maxsize=4096)
def _commands(text: str) -> tuple[tuple[int, int, str], ...]:
    out = []
    for m in _WORD.finditer(text):
        person = person_at(text, m.start(), m.end())
        if person is not None and not foreign_sentence(text, m.start()):
            out.append((m.start(), m.end(), person))
    return tuple(out)


_SENTENCE_STOP = compiled.pattern(r"[.!?\n]")
#: the languages a sentence inside a field may be in instead, with words that look like the field's
#: ("aproveite", "compre", "corra", "use"; French and Valencian "vos", Spanish "tu" in Portuguese)
LOOKALIKES = ("es", "pt", "it", "en", "fr", "ca")


def foreign_sentence(text: str, at: int, language: str = "es") -> bool:
    """Whether the sentence around ``at`` is clearly in another language than ``language``
    ("Aproveite o café da manhã…" in a Mexican SMS is Portuguese: no "usted" in it)."""
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, 0, at)]
    start = stops[-1] if stops else 0
    end_match = _SENTENCE_STOP.search(text, at)
    return _foreign_sentence(text[start : end_match.start() if end_match else len(text)], language)


@lru_cache(maxsize=4096)  # asked for each form in a sentence; a keystroke changes one sentence
def _foreign_sentence(sentence: str, language: str) -> bool:
    """:func:`foreign_sentence` of the whole ``sentence``."""
    from studio.text.language import has_word_list, word_votes

    for lang in LOOKALIKES:
        if lang != language and has_word_list(lang):
            theirs, ours = word_votes(sentence, lang, language)
            if theirs >= 2 and theirs > 2 * ours:  # words far more theirs than ours, few the other way
                return True
    if language == "es":  # Catalan, Galician: no word list; py3langid sure and words of their own
        from studio.text.address_cues import other_language_of_spain

        return other_language_of_spain(sentence.strip())
    return False
