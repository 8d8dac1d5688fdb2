"""A full stop after a month's whole name ends a sentence; it is no abbreviation mark.

"Jul. 8", "sept. 12", "set. 9" are dates: the period marks a shortened month name. After the whole
name — "quedan 3 días del Plan Julio. 8 clases por $160.000", "Cierra en agosto. 15 plazas
libres", "Back in July. 3 new flavors" — the period closes the sentence, and the number after it
opens the next one: no month and day are written together there. Which names are whole and which
are shortened comes from CLDR (every region of the language): a name that is only ever a wide one
("julio", "agosto", "setembro", "July") ends the sentence; one that is also an abbreviation (English
"May") keeps its period as a mark.
"""

from __future__ import annotations

from functools import lru_cache

from studio.consistency.facts import _fold


@lru_cache(maxsize=16)
def _whole_only(language: str) -> frozenset[str]:
    """Month names (folded, casefolded) that CLDR gives only as wide names in ``language``."""
    from babel import Locale
    from babel.localedata import locale_identifiers

    tags = [language] + [t for t in locale_identifiers() if t.startswith(language + "_")]
    wide: set[str] = set()
    short: set[str] = {"sept"}  # a common English abbreviation CLDR lacks
    for tag in tags:
        loc = Locale.parse(tag)
        for context in ("format", "stand-alone"):
            for name in loc.months[context]["wide"].values():
                wide.add(_fold(str(name)).removeprefix("de "))
            for name in loc.months[context]["abbreviated"].values():
                short.add(_fold(str(name)).rstrip("."))
    return frozenset(wide - short)


def stop_after_month(text: str, month_end: int, language: str, month: str) -> bool:
    """Whether the character at ``month_end`` is a full stop closing a sentence after the whole
    month name ``month`` (as written) rather than the period of an abbreviated one."""
    return text[month_end : month_end + 1] == "." and _fold(month) in _whole_only(language)
