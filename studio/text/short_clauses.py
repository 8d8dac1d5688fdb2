"""A short clause of another language: two or three words the field's language has no use for.

A line of copy often opens or closes with a few words of another language ("Heute geht's los 🧉
Kit imperial a $ 36.000…", "Bruma de Taganga, due settimane da domani (hasta el 9/01)", "Barista
básico, jusqu'à dimanche"). Too short for a detector, and too short for a run of clauses
(:mod:`studio.rules.kinds.language`), such a clause is still told by its own words: a clause — what
stands between two stops, commas, brackets, dashes, emoji or links — is in another language when

- at least ``HARD`` of its words are used in that language (``USED`` times or more in
  pyspellchecker's counts) and are no word of the field's language at all (its list counts them
  ``ABSENT`` times or fewer, however accented), an elided or contracted word read by its parts
  ("jusqu'à" by "jusque", "geht's" by "geht");
- none of its words is the field's language's alone the same way ("Join us for tacos al pastor"
  holds "join", "us");
- those words and the words that language uses ten times as often as the field's are more than
  half of its words (leaving out the words neither language lists: a verb form a list lacks, a
  name), a word written without its accent or tilde counted as written with it ("manana" for
  "mañana", "ja" for "já"): a clause of the field's language with two names of
  things in it ("pan dulce y café de olla" in English copy: "pan", "café" are English words too) is
  not;
- a clause of two words only holds a function word or a contraction of that language (``CORE``
  uses, an apostrophe: "Last call", "jusqu'à dimanche"): two nouns are a loan compound ("Bike
  check", "flat white") — unless the rest of the paragraph holds no content word of the field's
  language (four letters or more, in use), only prices, dates and their "del", "al": then the two
  words are all the field says (a headline "Surf lessons 45 € · del 3 al 9/06");
- py3langid is not sure it is the field's language.

Capitalised words inside a clause are names (not words), and a clause of capitalised words only is
a name ("Cinco de Mayo"); brand names and accepted loanwords (``keep_out``), links, hashtags,
handles, numbers, codes and words in capitals are no one's words.

Spanish is also told by its inverted marks, which no other language of the set writes: in a field
of a language without them (Portuguese), a clause opening with "¡" or "¿" whose words lean to
Spanish (``SIDES`` of them, none the other way: "¡No te lo pierdas!") is Spanish.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

import regex

from studio import compiled

#: how many words of the other language alone a clause needs
HARD = 2
#: how often the other language uses such a word (pyspellchecker's counts)
USED = 1000
#: how often the field's language may list it and it still be none of its words
ABSENT = 50
#: a word of the field's language that the other one uses less than this is the field's own ("del"
#: in English copy; German "los" is German too)
SHARED = 10_000
#: a use count that makes a word a function word or a common verb ("last", "call", "the")
CORE = 1_000_000
#: how many words leaning to Spanish a clause opened by "¡"/"¿" needs
SIDES = 2
#: py3langid this sure of the field's language: the clause is its
SURE = 0.9
#: py3langid this sure of the other language lets one hard word tell a clause whose other words all
#: lean that way ("Ne le ratez pas": "ne", "le", "pas" are English list words too, "ratez" is not)
LEANING_SURE = 0.7
#: how often the other language must use a word the field's language lacks for the second reading
#: to count it ("hammocks", "on" in a Spanish field), as :func:`_leans` asks
LEANS = 100
#: a paragraph of this many words or fewer is read whole as well as by its clauses (a headline)
HEADLINE = 8
#: the field's languages that never write "¡" or "¿"
NO_INVERTED = frozenset({"pt"})

_WORD = compiled.pattern(r"(?<![\p{L}\p{N}_@#-])\p{L}+(?:['’-]\p{L}+)*(?![\p{L}\p{N}_-])", regex.VERSION1)
#: what is nobody's words: links, bare domains, e-mails, handles, hashtags, anything with a digit
_NOT_WORDS = compiled.pattern(
    r"https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?|\S+@\S+|[#@][\p{L}\p{N}_]+"
    r"|\d\S*\s*%\s*(?i:off)(?![\p{L}])|\S*\d\S*",
    regex.VERSION1,
)
#: what ends a clause as a stop does: a link, an e-mail, a handle, a hashtag
_BREAKS = compiled.pattern(
    r"https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?|\S+@\S+|[#@][\p{L}\p{N}_]+",
    regex.VERSION1,
)
#: what ends a clause
_STOP = compiled.pattern(r"[.,;:!?¡¿()\[\]«»\"“”·|•–—/\n…]|\p{ExtPict}|\s-\s", regex.VERSION1)
_ACUTE = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú", "n": "ñ"}


def _accented(word: str) -> list[str]:
    return [word[:i] + _ACUTE[c] + word[i + 1 :] for i, c in enumerate(word) if c in _ACUTE]


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def _forms(word: str) -> list[str]:
    """``word`` and, for an elided or contracted one, its parts ("jusqu'à": "jusque", "à")."""
    parts = regex.split(r"['’]", word)
    if len(parts) == 1:
        return [word]
    head, tail = parts[0], parts[-1]
    return [word, *(f for f in (head, head + "e", tail) if len(f) >= 3)]


def _known(table: Mapping[str, int], language: str, word: str) -> int:
    """``word``'s count in ``language``, a Spanish plural the list only lists ("pistas": 50) counted
    as its singular ("pista")."""
    from studio.text.language import _count, _plural_count

    found = _count(table, language, word)
    if language == "es" and word.endswith("s") and len(word) > 3:
        found = max(found, _plural_count(table, word))
    return found


@lru_cache(maxsize=16384)
def _alone(word: str, language: str, other: str, restore: bool = False) -> int:
    """The use count of ``word`` (or of one of its parts) in ``language`` when ``other`` has no use
    for it (``ABSENT``, however accented), else 0; with ``restore``, ``word`` may be ``language``'s
    written without its accent or tilde, as SMS and quick posts write ("manana", "ja" for "já"; a
    word of two letters only so, "km", "ml" being units)."""
    from studio.text.language import _count, _frequencies

    ours, theirs = _frequencies(language), _frequencies(other)
    best = 0
    for form in _forms(word):
        if not restore:
            spelled: tuple[str, ...] = (form,) if len(form) >= 3 else ()
        else:
            spelled = (
                (form, *_accented(form))
                if len(form) >= 3
                else tuple(_accented(form))
                if len(form) == 2
                else ()
            )
        used = max((_count(ours, language, f) for f in spelled), default=0)
        if used < USED:
            continue
        spellings = (form, word, _plain(form), *_accented(form))  # ("café": English "cafe")
        if all(_known(theirs, other, f) <= ABSENT for f in spellings):
            best = max(best, used)
    return best


@lru_cache(maxsize=16384)
def _unknown(word: str, expected: str) -> bool:
    """Whether the field's language has no use for ``word`` (as :func:`_alone` asks it)."""
    from studio.text.language import _frequencies

    table = _frequencies(expected)
    return any(
        all(_known(table, expected, f) <= ABSENT for f in (form, word, _plain(form), *_accented(form)))
        for form in _forms(word)
    )


@lru_cache(maxsize=16384)
def _ours(word: str, expected: str, other: str) -> bool:
    """Whether ``word`` is the field's language's (``USED``) and the other one's hardly (``SHARED``)."""
    from studio.text.language import _count, _frequencies

    mine = _count(_frequencies(expected), expected, word)
    return mine >= USED and _count(_frequencies(other), other, word) < SHARED


def _leans(word: str, language: str, other: str) -> int:
    """+1 when ``word`` is used ten times more often in ``language`` than in ``other``, -1 the
    other way round, else 0 (as :func:`studio.text.language.word_votes` counts)."""
    from studio.text.language import _count, _frequencies

    a = _count(_frequencies(language), language, word)
    b = _count(_frequencies(other), other, word)
    if a > 10 * b and a >= LEANS:
        return 1
    if b > 10 * a and b >= LEANS:
        return -1
    return 0


def _clauses(text: str, keep_out: tuple[str, ...]) -> list[tuple[int, int, list[str], str]]:
    """(start, end, words, what opens it) of each clause of ``text``."""
    from studio.text.language import _phrases

    blank = _NOT_WORDS.sub(lambda m: " " * len(m.group()), text)
    pattern = _phrases(_with_parts(keep_out))
    if pattern is not None:
        blank = pattern.sub(lambda m: " " * len(m.group()), blank)
    links = [m.span() for m in _BREAKS.finditer(text)]
    stops = {m.start() for m in _STOP.finditer(text) if not any(a <= m.start() < b for a, b in links)}
    cuts = sorted({0, len(text)} | stops | {a for a, _ in links})
    out = []
    for a, b in itertools.pairwise(cuts):
        words = [(m.start() + a, m.end() + a, m.group()) for m in _WORD.finditer(blank[a:b])]
        kept = [
            (s, e, w)
            for i, (s, e, w) in enumerate(words)
            if not (w.isupper() and len(w) > 1) and not (i > 0 and w[:1].isupper())
        ]
        if len(words) >= 2 and all(w[:1].isupper() for _, _, w in words):
            continue  # a name ("Cinco de Mayo", "Black Friday")
        if kept:
            out.append((kept[0][0], kept[-1][1], [w.casefold() for _, _, w in kept], text[a : a + 1]))
    return out


@lru_cache(maxsize=64)
def _with_parts(keep_out: tuple[str, ...]) -> tuple[str, ...]:
    """``keep_out`` and every two words in a row of its longer phrases: a loan phrase cut short is
    still the loan phrase ("save the finca", a play on "save the date")."""
    parts = set(keep_out)
    for phrase in keep_out:
        words = phrase.split()
        if len(words) > 2:
            parts.update(" ".join(words[i : i + 2]) for i in range(len(words) - 1))
    return tuple(sorted(parts))


def short_foreign_clauses(
    text: str, expected: str, keep_out: tuple[str, ...], others: tuple[str, ...]
) -> list[tuple[int, int, str]]:
    """(start, end, language) of the clauses of ``text`` in a language of ``others`` (each with a
    word list) by their own words (see the module docstring). Paragraphs are read (and kept) one by
    one, so a keystroke reads only its own."""
    out: list[tuple[int, int, str]] = []
    offset = 0
    for paragraph in text.split("\n\n"):
        out.extend(
            (a + offset, b + offset, lang) for a, b, lang in _paragraph(paragraph, expected, keep_out, others)
        )
        offset += len(paragraph) + 2
    return out


@lru_cache(maxsize=4096)
def _paragraph(
    text: str, expected: str, keep_out: tuple[str, ...], others: tuple[str, ...]
) -> tuple[tuple[int, int, str], ...]:
    from studio.text.language import _frequencies

    if not _frequencies(expected) or not _may_hold(text, expected):
        return ()
    out: list[tuple[int, int, str]] = []
    clauses = _clauses(text, keep_out)
    for start, end, words, opener in clauses:
        bare = not any(
            _content(w, expected) for a, _, other_words, _ in clauses if a != start for w in other_words
        )
        found = _clause_language(words, opener, expected, others, bare)
        if not found:
            found = _leaning_language(words, text[start:end], expected, others, keep_out)
        if found and not _sure_of(text[start:end], expected, keep_out):
            out.append((start, end, found))
    pooled = [w for _, _, words, _ in clauses for w in words]
    if not out and clauses and len(pooled) <= HEADLINE:
        # a headline cut by its colon or its figures ("Mayo 3 to 9: boots on sale") read whole
        start, end = clauses[0][0], clauses[-1][1]
        found = _leaning_language(pooled, text[start:end], expected, others, keep_out)
        if found and not _sure_of(text[start:end], expected, keep_out):
            out.append((start, end, found))
    return tuple(out)


def _leaning_language(
    words: list[str], clause: str, expected: str, others: tuple[str, ...], keep_out: tuple[str, ...]
) -> str | None:
    """The second reading: a language of ``others`` whose words the clause leans to all the way —
    one word of it the field's language lacks (``LEANS``), every other word it names used ten times as
    often there as in the field's language or common in both, none the field's alone, three words
    or more (or two with an elided one: "Conventions d'entreprise") — which py3langid names too,
    ``LEANING_SURE``."""
    from studio.text.language import _count, _frequencies, second_opinion

    if len(words) < 2 or not any(_unknown(w, expected) for w in words):
        return None
    for other in others:
        if other == expected or not _frequencies(other):
            continue
        table = _frequencies(other)
        hard = {
            w
            for w in words
            if _alone(w, other, expected)
            or _restored(w, other, expected)
            or (_unknown(w, expected) and _count(table, other, w) >= LEANS)
        }
        if not hard or any(_ours(w, expected, other) for w in words):
            continue
        told = [w for w in words if w in hard or not (_unknown(w, expected) and _unknown(w, other))]
        if len(told) < 3 and not (len(told) == 2 and any("'" in w or "’" in w for w in told)):
            continue
        if all(
            w in hard or _leans(w, other, expected) > 0 or _count(table, other, w) >= SHARED for w in told
        ):
            language, sure = second_opinion(clause, keep_out)
            return other if language == other and sure >= LEANING_SURE else None
    return None


def _may_hold(text: str, expected: str) -> bool:
    """Whether ``text`` holds two words the field's language has no use for, or one written in lower
    case (not a name: the second reading's one word, "Ne la manquez pas"), or, in Portuguese, an
    inverted mark: the quick look before its clauses are read."""
    if expected in NO_INVERTED and ("¡" in text or "¿" in text):
        return True
    unknown = 0
    for m in _WORD.finditer(text):
        word = m.group()
        if word.isupper() or len(word) < 3:
            continue  # (a code, or no one's word: the clause reading leaves them out too)
        if _unknown(word.casefold(), expected):
            unknown += 1
            if unknown >= HARD or word[:1].islower():
                return True
    return False


def _content(word: str, expected: str) -> bool:
    """Whether ``word`` is a content word of the field's language (four letters or more, in use)."""
    from studio.text.language import _frequencies

    return len(word) >= 4 and _known(_frequencies(expected), expected, word) >= USED


def _clause_language(
    words: list[str], opener: str, expected: str, others: tuple[str, ...], bare: bool = False
) -> str | None:
    from studio.text.language import _frequencies

    if len(words) < 2:
        return None
    inverted = expected in NO_INVERTED and opener in ("¡", "¿")
    if not inverted and sum(1 for w in words if _unknown(w, expected)) < HARD:
        return None  # (most clauses: every word the field's language's; no other list is read)
    for other in others:
        if other == expected or not _frequencies(other):
            continue
        if _by_words(words, other, expected, bare):
            return other
        if other == "es" and inverted:
            sides = [_leans(w, other, expected) for w in words]
            if sides.count(1) >= SIDES and -1 not in sides:
                return other
    return None


def _by_words(words: list[str], other: str, expected: str, bare: bool = False) -> bool:
    """Whether the clause's own words name ``other`` (the first reading of the module docstring)."""
    hard = [(w, used) for w in words if (used := _alone(w, other, expected) or _restored(w, other, expected))]
    if len(hard) < HARD:
        return False
    # a word neither language lists (a verb form the list lacks, a name) tells neither way
    hard_words = {w for w, _ in hard}
    told = [w for w in words if w in hard_words or not (_unknown(w, expected) and _unknown(w, other))]
    # words the other language uses ten times as often side with the hard ones ("nova", "sua")
    siding = [w for w in told if w in hard_words or _leans(w, other, expected) > 0]
    if 2 * len(siding) <= len(told) or any(_ours(w, expected, other) for w in words):
        return False
    # two words alone: a function word or a contraction among them, or a loan compound
    return bare or len(words) > 2 or any(used >= CORE or "'" in w or "’" in w for w, used in hard)


def _restored(word: str, other: str, expected: str) -> int:
    """:func:`_alone` of a word the field's language has no use for, read as ``other``'s written
    without its accent or tilde (asked only of those: the others need no second look)."""
    return _alone(word, other, expected, True) if _unknown(word, expected) else 0


def _sure_of(clause: str, expected: str, keep_out: tuple[str, ...]) -> bool:
    from studio.text.language import second_opinion

    language, sure = second_opinion(clause, keep_out)
    return language == expected and sure >= SURE
