"""``spelling``: words missing from the dictionary of the text's language.

Dictionaries come from ``pyspellchecker`` (English, Spanish, French, Portuguese, German, Italian…):
``dictionaries: [es]`` picks one, otherwise the locale of the text decides (English when unknown).
Hunspell files (``aff``/``dic``/``dicpath``) are not read. Words in ``exceptions``, in the files
named by ``ignore`` (relative to StylesPath) and in the vocabulary's accept list are never
findings; nor are words with digits or symbols, ALL-CAPS words and camelCase words (Vale's
default filters, made Unicode-aware so accented words are checked, not skipped) unless
``custom: true``; ``filters`` adds patterns of words to skip.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import regex

from studio.rules.kinds.base import compile_or_fail, exceptions, get_bool, get_list
from studio.rules.messages import format_message
from studio.rules.model import Block, Check, Hit, RuleError, RuleSpec, RunState
from studio.rules.patterns import Pattern, is_match

KIND = "spelling"
KEYS = frozenset(
    {
        "aff",
        "dic",
        "dicpath",
        "dictionaries",
        "custom",
        "filters",
        "ignore",
        "exceptions",
        "threshold",
        "append",
    }
)

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}]+)*")
_DEFAULT_FILTERS = (
    regex.compile(r"[\p{Lu}][\p{Ll}]+[\p{Lu}]+\w+"),  # camelCase / PascalCase names
    regex.compile(r"^[\p{Lu}]+$"),  # acronyms
    regex.compile(r"[^\p{L}\p{M}_'’]"),  # digits, symbols
)


@cache
def _dictionary(language: str) -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(language=language)


def _language(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower()


class Spelling:
    def __init__(
        self,
        languages: list[str],
        filters: list[Pattern],
        ignored: frozenset[str],
        except_re: Pattern | None,
        message: str,
        description: str,
    ) -> None:
        self.languages = languages
        self.filters = filters
        self.ignored = ignored
        self.except_re = except_re
        self.message = message
        self.description = description

    def _known(self, word: str, language: str) -> bool:
        dictionary = _dictionary(language)
        lower = word.lower().replace("’", "'")
        return lower in dictionary or word in dictionary

    def run(self, block: Block, state: RunState) -> list[Hit]:
        languages = self.languages or [_language(state.locale or "en")]
        languages = [lang for lang in languages if lang in SUPPORTED] or ["en"]
        hits: list[Hit] = []
        for m in _WORD.finditer(block.text):
            word = m.group()
            if any(f.search(word) for f in self.filters):
                continue
            if word.lower() in self.ignored or is_match(self.except_re, word):
                continue
            if any(self._known(word, lang) for lang in languages):
                continue
            hits.append(
                Hit(
                    m.start(),
                    m.end(),
                    format_message(self.message, word),
                    format_message(self.description, word),
                )
            )
        return hits


SUPPORTED = frozenset({"en", "es", "fr", "pt", "de", "it", "ru", "ar", "lv", "eu", "nl", "fa"})


def compile(spec: RuleSpec) -> Check:
    languages = []
    for index, name in enumerate(get_list(spec, "dictionaries")):
        language = _language(name)
        if language not in SUPPORTED:
            raise RuleError(
                f"no dictionary for {name!r} (available: {', '.join(sorted(SUPPORTED))})",
                ("dictionaries", index),
            )
        languages.append(language)
    filters = [compile_or_fail(f, ("filters", i)) for i, f in enumerate(get_list(spec, "filters"))]
    if not get_bool(spec, "custom"):
        filters.extend(_DEFAULT_FILTERS)
    ignored: set[str] = set()
    for index, name in enumerate(get_list(spec, "ignore")):
        base = spec.styles_path or (spec.path.parent if spec.path else Path())
        path = Path(name) if Path(name).is_absolute() else base / name
        try:
            ignored.update(
                w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines() if w.strip()
            )
        except OSError:
            raise RuleError(
                f"cannot read the word list {name!r} (looked for {path})", ("ignore", index)
            ) from None
    except_re, _ = exceptions(spec, get_list(spec, "exceptions"), vocab=True)
    return Spelling(languages, filters, frozenset(ignored), except_re, spec.message, spec.description)
