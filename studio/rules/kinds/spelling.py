"""``spelling``: words missing from the dictionary of the text's language.

Hunspell dictionaries are read as Vale reads them (with ``spylls``, a pure-Python Hunspell):
``aff`` + ``dic`` paths, or ``dictionaries: [es_ES]`` looked up in ``dicpath`` (default
``<StylesPath>/config/dictionaries/``). Without them, a dictionary named after the text's locale
in that folder is used (``es_ES``, ``es``), and failing that a built-in word list from
``pyspellchecker`` (English, Spanish, French, Portuguese, German, Italian…; its Spanish list lacks
many inflected forms, so a brand should ship a Hunspell dictionary). Words in ``exceptions``, in
the files named by ``ignore`` (relative to StylesPath) and in the vocabulary's accept list are
never findings; nor are words with digits or symbols, ALL-CAPS words and camelCase words (Vale's
default filters, made Unicode-aware so accented words are checked, not skipped) unless
``custom: true``; ``filters`` adds patterns of words to skip. With ``action: {name: suggest}``
a finding offers the dictionary's suggestions as (unsafe) fixes.
"""

from __future__ import annotations

import gc
import importlib
import warnings
from functools import cache
from pathlib import Path
from typing import Any

from studio import compiled
from studio.rules.kinds.base import Located, compile_or_fail, exceptions, get_bool, get_list, get_str
from studio.rules.messages import format_message
from studio.rules.model import Block, Check, Hit, RuleError, RuleSpec, RunState
from studio.rules.patterns import Pattern, is_match, search

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

_WORD = compiled.pattern(r"[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}]+)*")
_DEFAULT_FILTERS = (
    compiled.pattern(r"[\p{Lu}][\p{Ll}]+[\p{Lu}]+\w+"),  # camelCase / PascalCase names
    compiled.pattern(r"^[\p{Lu}]+$"),  # acronyms
    compiled.pattern(r"[^\p{L}\p{M}_'’]"),  # digits, symbols
)
#: languages pyspellchecker has a word list for
SUPPORTED = frozenset({"en", "es", "fr", "pt", "de", "it", "ru", "ar", "lv", "eu", "nl", "fa"})


class _Dictionary:
    """One dictionary: a Hunspell pair of files or a built-in word list."""

    def __init__(self, hunspell: Any = None, words: Any = None) -> None:
        self.hunspell = hunspell
        self.words = words

    def knows(self, word: str) -> bool:
        if self.hunspell is not None:
            return bool(self.hunspell.lookup(word)) or bool(self.hunspell.lookup(word.replace("’", "'")))
        lower = word.lower().replace("’", "'")
        return lower in self.words or word in self.words

    def suggest(self, word: str) -> list[str]:
        if self.hunspell is not None:
            found = []
            for suggestion in self.hunspell.suggest(word):
                found.append(str(suggestion))
                if len(found) == 3:
                    break
            return found
        best = self.words.correction(word.lower())
        return [best] if best and best != word.lower() else []


@cache
def _hunspell(stem: str) -> _Dictionary:
    module = importlib.import_module("spylls.hunspell")
    # spylls leaves its files for the garbage collector to close: collect them here, quietly
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        dictionary = module.Dictionary.from_files(stem)
        gc.collect()
    return _Dictionary(hunspell=dictionary)


@cache
def _builtin(language: str) -> _Dictionary:
    module = importlib.import_module("spellchecker")
    return _Dictionary(words=module.SpellChecker(language=language))


def _language(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower()


def _stem(folder: Path, name: str) -> Path | None:
    """``folder/name`` when ``name.aff`` and ``name.dic`` are both there."""
    stem = folder / name
    if stem.with_name(name + ".aff").is_file() and stem.with_name(name + ".dic").is_file():
        return stem
    return None


class Spelling(Located):
    def __init__(
        self,
        dictionaries: list[_Dictionary],
        folder: Path | None,
        filters: list[Pattern],
        ignored: frozenset[str],
        except_re: Pattern | None,
        message: str,
        description: str,
        suggest: bool,
    ) -> None:
        self.dictionaries = dictionaries
        self.folder = folder
        self.filters = filters
        self.ignored = ignored
        self.except_re = except_re
        self.message = message
        self.description = description
        self.suggest = suggest

    def _for_locale(self, locale: str | None) -> list[_Dictionary]:
        tag = (locale or "en").replace("-", "_")
        try:
            if self.folder is not None:
                for name in (tag, tag.split("_")[0]):
                    stem = _stem(self.folder, name)
                    if stem is not None:
                        return [_hunspell(str(stem))]
            language = _language(tag)
            return [_builtin(language if language in SUPPORTED else "en")]
        except Exception:  # a dictionary that cannot be read never stops the other rules
            return []

    def run(self, block: Block, state: RunState) -> list[Hit]:
        dictionaries = self.dictionaries or self._for_locale(state.locale)
        hits: list[Hit] = []
        if not dictionaries:
            return hits
        for m in _WORD.finditer(block.text):
            word = m.group()
            if any(search(f, word) for f in self.filters):
                continue
            if word.lower() in self.ignored or is_match(self.except_re, word):
                continue
            if any(d.knows(word) for d in dictionaries):
                continue
            fixes = tuple(dictionaries[0].suggest(word)) if self.suggest else ()
            hits.append(
                Hit(
                    m.start(),
                    m.end(),
                    format_message(self.message, word),
                    format_message(self.description, word),
                    fixes,
                )
            )
        return hits


def compile(spec: RuleSpec) -> Check:
    base = spec.styles_path or (spec.path.parent.parent if spec.path else Path())
    dicpath = get_str(spec, "dicpath")
    folder = (Path(dicpath) if Path(dicpath).is_absolute() else base / dicpath) if dicpath else None
    default_folder = base / "config" / "dictionaries"
    dictionaries: list[_Dictionary] = []
    aff, dic = get_str(spec, "aff"), get_str(spec, "dic")
    if aff or dic:
        paths = [Path(p) if Path(p).is_absolute() else base / p for p in (aff, dic)]
        if not (aff and dic) or not all(p.is_file() for p in paths) or paths[0].stem != paths[1].stem:
            raise RuleError("'aff' and 'dic' must name the two files of one Hunspell dictionary", ("aff",))
        dictionaries.append(_load_hunspell(paths[0].with_suffix(""), ("aff",)))
    for index, name in enumerate(get_list(spec, "dictionaries")):
        stem = _stem(folder or default_folder, name)
        if stem is not None:
            dictionaries.append(_load_hunspell(stem, ("dictionaries", index)))
        elif _language(name) in SUPPORTED and folder is None:
            try:
                dictionaries.append(_builtin(_language(name)))
            except ImportError:
                raise RuleError(
                    "the built-in word lists (pyspellchecker) are not installed", ("dictionaries", index)
                ) from None
        else:
            raise RuleError(
                f"no dictionary {name!r}: put {name}.aff and {name}.dic in {folder or default_folder}",
                ("dictionaries", index),
            )
    filters = [compile_or_fail(f, ("filters", i)) for i, f in enumerate(get_list(spec, "filters"))]
    located = [(f, ("filters", i)) for i, f in enumerate(filters)]
    if not get_bool(spec, "custom"):
        filters.extend(_DEFAULT_FILTERS)
    ignored: set[str] = set()
    for index, name in enumerate(get_list(spec, "ignore")):
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
    check = Spelling(
        dictionaries,
        folder or (default_folder if default_folder.is_dir() else None),
        filters,
        frozenset(ignored),
        except_re,
        spec.message,
        spec.description,
        spec.action.name == "suggest",
    )
    check.locate(spec, [*located, (except_re, ("exceptions",))])
    return check


def _load_hunspell(stem: Path, key: tuple[str | int, ...]) -> _Dictionary:
    try:
        return _hunspell(str(stem))
    except Exception as exc:  # spylls raises plain errors for malformed files
        raise RuleError(f"cannot read the Hunspell dictionary {stem}: {exc}", key) from None
