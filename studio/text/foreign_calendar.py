"""A date written in another language's words: "September 3 to 19" in Spanish copy, "de martes a
domingo" in Portuguese copy, "até 12 de junio" in a Portuguese post, "lunedì 4" in a Spanish one.

Too short for a detector and often a single foreign word, a date still tells its language by the
names of its months and weekdays (CLDR's, through Babel, for every language of the fixed set). A name
is another language's in a field when it is no month or weekday name of the field's language and no
word of it at all (pyspellchecker's counts: "sábado", "agosto" are Spanish and Portuguese alike;
English "mayo" is a word too), and it stands in a date's role:

- beside a day's number ("September 3", "3 de setembro", "Friday, 12", "12th of March");
- or in a range with another month or weekday name ("de martes a domingo", "Monday to Friday").

A name inside a capitalised name is an event's ("Black Friday 29", "Cyber Monday"): a capitalised
word before it that is no calendar name, or a brand's accepted loanword (``keep_out``), leaves it
alone.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex

from studio import compiled
from studio.prefilter import finditer

#: the languages whose names are read (the fixed set of studio.text.language.DETECTED)
LANGUAGES = ("es", "en", "pt", "fr", "it", "de", "ca", "gl", "eu")
#: how often the field's language may list a name and it still be none of its words
ABSENT = 50

_DAY = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|º|°|ª|er)?"
#: a day's number: not a time, a price, a percentage or part of a longer number
_DAY_NUMBER = (
    rf"(?<![\p{{N}}.,:$€/])(?<!\p{{Sc}}\s?){_DAY}(?![\p{{N}}])(?![.,:/h]\p{{N}})"
    r"(?!\s*(?:%|€|\p{Sc}|h\b|hs\b|am\b|pm\b|a\.m|p\.m|:))"
)
#: what ties two names of a range ("a", "al", "to", "até", "-", "y", "and")
_TIE = r"(?:a|al|à|ao|to|till|until|through|thru|até|ate|hasta|au|bis|al|e|y|and|et|und|o|ou|or|-|–|—)"


@lru_cache(maxsize=1)
def _names() -> dict[str, frozenset[str]]:
    """Every language's month and weekday names, folded (Portuguese "terça" as well as
    "terça-feira", Catalan "gener" without its "de"), written without accents too; read from a store
    beside the compiled patterns when Babel's data was read before (reading nine locales costs some
    70 ms of a command's start)."""
    import babel

    path = _store()
    stored = compiled.read_store(path)
    names = stored.get("names")
    if stored.get("babel") == babel.__version__ and isinstance(names, dict):
        return {str(k): frozenset(v) for k, v in names.items()}
    out = _babel_names()
    if path is not None:
        compiled.store_pickle(path, {"babel": babel.__version__, "names": out})
    return out


def _store() -> Path | None:
    path = compiled._file()
    return None if path is None else path.with_name(path.name.replace("patterns-", "calendar-names-"))


def _babel_names() -> dict[str, frozenset[str]]:
    from babel import Locale

    out: dict[str, frozenset[str]] = {}
    for language in LANGUAGES:
        locale = Locale.parse(language)
        found: set[str] = set()
        for table in (locale.months, locale.days):
            for context in ("format", "stand-alone"):
                for name in table[context]["wide"].values():
                    name = name.casefold().removeprefix("de ").removeprefix("d’").removeprefix("d'")
                    for form in (name, name.split("-")[0]):
                        found.update(_spellings(form))
        out[language] = frozenset(found)
    return out


@lru_cache(maxsize=16)
def _foreign(expected: str) -> tuple[dict[str, str], regex.Pattern[str] | None]:
    """The names of other languages that are none of ``expected``'s words, each with its language
    (the first of :data:`LANGUAGES` naming it), and a pattern of a date they stand in."""
    from studio.text.language import _count, _frequencies, has_word_list

    if not has_word_list(expected):
        return {}, None
    names = _names()
    own = names.get(expected, frozenset())
    table = _frequencies(expected)
    foreign: dict[str, str] = {}
    for language in LANGUAGES:
        if language == expected:
            continue
        for name in names[language]:
            # as written, and written without its accents (as SMS write): each spelling judged
            # alone (Portuguese "terça" is no Spanish word; "terca" is)
            for form in _spellings(name):
                if form in own or form in foreign or len(form) < 4:
                    continue
                if _count(table, expected, form) <= ABSENT:
                    foreign[form] = language
    if not foreign:
        return {}, None
    every = sorted(set().union(*names.values()), key=lambda n: (-len(n), n))
    alien = "|".join(regex.escape(n) for n in sorted(foreign, key=lambda n: (-len(n), n)))
    anyname = "|".join(regex.escape(n) for n in every)
    pattern = compiled.pattern(
        rf"(?<![\p{{L}}\p{{N}}])(?:"
        rf"(?P<name>{alien})(?:[^\S\n]*,)?[^\S\n]+(?:(?i:the)[^\S\n]+)?{_DAY_NUMBER}"
        rf"|{_DAY_NUMBER}[^\S\n]+(?:(?i:de|of|di|del)[^\S\n]+)?(?P<name>{alien})"
        rf"|(?P<name>{alien})[^\S\n]+(?i:{_TIE})[^\S\n]+(?i:{anyname})"
        rf"|(?i:{anyname})[^\S\n]+(?i:{_TIE})[^\S\n]+(?P<name>{alien})"
        r")(?![\p{L}])",
        regex.VERSION1 | regex.IGNORECASE,
    )
    return foreign, pattern


def _spellings(name: str) -> tuple[str, ...]:
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFD", name) if unicodedata.category(c) != "Mn")
    return (name, plain)


_WORD_BEFORE = compiled.pattern(r"(\p{L}+)[^\S\n]+\Z", regex.VERSION1)


def foreign_dates(text: str, expected: str, keep_out: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    """(start, end, language) of each date written in another language's month or weekday names."""
    return list(_foreign_dates(text, expected, keep_out))


@lru_cache(maxsize=1)
def _every() -> frozenset[str]:
    """Every month and weekday name of every language."""
    return frozenset().union(*_names().values())


@lru_cache(maxsize=512)
def _foreign_dates(text: str, expected: str, keep_out: tuple[str, ...]) -> tuple[tuple[int, int, str], ...]:
    """:func:`foreign_dates`, kept per text: a keystroke asks it for the typed text once per channel of
    the locale (seven times the same answer)."""
    foreign, pattern = _foreign(expected)
    if pattern is None:
        return ()
    kept = {w.casefold() for phrase in keep_out for w in phrase.split()}
    every = _every()
    out = []
    for m in finditer(pattern, text):
        name = next(n for n in m.captures("name"))
        start = m.starts("name")[0]
        if name.casefold() in kept:
            continue
        before = _WORD_BEFORE.search(text[max(0, start - 30) : start])
        if before and before.group(1)[:1].isupper() and _a_name_before(before.group(1), expected, every):
            continue  # a name's part: "Black Friday 29", "Cyber Monday to …"
        out.append((m.start(), m.end(), foreign[name.casefold()]))
    return tuple(out)


def _a_name_before(word: str, expected: str, every: frozenset[str]) -> bool:
    """Whether a capitalised word before a month or weekday name makes them one name: no calendar
    name itself, and no word of the field's language ("Black Friday"; not "Hasta September 3")."""
    from studio.text.language import _count, _frequencies

    folded = word.casefold()
    return folded not in every and _count(_frequencies(expected), expected, folded) <= ABSENT
