"""``shouting``: words of the text's language written in capitals, which read as shouting.

A word in capitals is shouting only when it is a word: "GRATIS", "ÚLTIMOS DÍAS", "NÃO PERCA",
"HURRY". An acronym ("SOAT", "CDMX", "HVAC", "COVID"), a code or a name in capitals is not, and
neither is a keyword the reader must type. So a run of words in capitals ("TODO AL 50 %") is a
finding when one of its words of ``min`` letters or more (default 4) is a common word of the text's
language: it carries an accent, a tilde or a cedilla (acronyms do not), its lower case (or its
singular) is used at least ``threshold`` times a million words (default 0.3) in pyspellchecker's
word counts of that language — acronyms that are also rare words ("NASA", "FIFA", "IVA") stay
below it —, or, in Spanish, it is a tú/vos command or a present
form of a verb ("APROVECHA", "CORRE", "QUEDAN"; the list lacks most inflected forms). Text in a
language without word counts is read against Spanish, English and Portuguese.

Not shouting, whatever the dictionary says:

- a word in ``exceptions`` (regexes, as ``existence``'s) or in the vocabulary's accept list
  (``vocab: false`` to ignore it): brand and product names, declared codes;
- a keyword of the rule files named in ``keywords`` (paths from StylesPath): every word in
  capitals of their ``pattern``'s ``(?<key>…)`` group, or of their whole ``pattern`` and
  ``tokens`` without one — so the opt-out keywords ("BAJA", "STOP", "SAIR") are written once, in
  the opt-out rule, and read when the text is checked (an edit of that file counts at once);
- a word right after a noun that names a code ("código VERANO", "cupom INVERNO", "code SUMMER") or a
  verb of typing or sending it ("usá INVIERNO", "digite SAIR", "enter SUMMER"), or right before
  "al/to/ao" and a number ("Envía NAVIDAD al 25419"): a keyword to type;
- a hashtag or a handle (``#HVAC``, ``@CAFEAURORA``); a word glued to digits ("BF26");
- a note to the team (:mod:`studio.text.team_notes`: "FALTA TÍTULO", "(PENDIENTE: …)") or a part
  left to write (:mod:`studio.text.pending_parts`: "TITULAR CARTEL (pendiente)", «CANCIÓN X»), which
  the placeholder check reports as what it is.

One finding covers the whole run of capitals, so a poster headline in capitals is one finding.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import regex

from studio import compiled
from studio.rules.kinds.base import Located, exceptions, get_bool, get_int, get_list, get_number
from studio.rules.messages import format_message
from studio.rules.model import Block, Check, Hit, RuleError, RuleSpec, RunState
from studio.rules.patterns import Pattern, is_match
from studio.text.pending_parts import pending_parts
from studio.text.team_notes import team_notes

KIND = "shouting"
KEYS = frozenset({"min", "threshold", "exceptions", "keywords", "vocab"})

_WORD = r"\p{Lu}[\p{Lu}\p{M}]*(?:['’]\p{Lu}+)?(?![\w])"
_NUMBER = r"\d+(?:[.,]\d+)*(?:[ \t]?%)?(?![\w])"
#: a run of words in capitals (numbers may sit between them: "TODO AL 50 %"), not a hashtag, a
#: handle or a word glued to digits
_RUN = compiled.pattern(rf"(?<![#@\w]){_WORD}(?:(?:[ \t]+|,[ \t]+)(?:{_WORD}|{_NUMBER}))*")
_LETTERS = compiled.pattern(r"\p{Lu}[\p{Lu}\p{M}]*(?:['’]\p{Lu}+)?")
#: words after which the word in capitals is what the reader types: nouns that name a code
#: ("código VERANO", "cupom INVERNO") and the verbs of typing or sending it ("usá INVIERNO",
#: "envía PROMO", "digite SAIR", "enter SUMMER"), in the tú, vos and usted forms
_TYPED_AFTER = frozenset(
    {"código", "codigo", "códigos", "cupón", "cupon", "cupom", "coupon", "code", "promocode", "clave"}
    | {"usa", "usá", "use", "ingresa", "ingresá", "ingrese", "introduce", "introducí", "introduzca"}
    | {"digita", "digitá", "digite", "aplica", "aplicá", "aplique", "envía", "enviá", "envíe", "envia"}
    | {"envie", "manda", "mandá", "mande", "responde", "respondé", "responda", "contesta", "contestá"}
    | {"conteste", "escribe", "escribí", "escriba", "escreva", "insira", "text", "reply", "send", "enter"}
    | {"type", "apply"}
)
_BEFORE = compiled.pattern(r"([\p{L}]+)[\s:«“\"']*$")
_TO_NUMBER = compiled.pattern(r"[»”\"']?\s*(?:al|a|to|para|ao|pro)\s+\+?\d")
_KEY_GROUP = compiled.pattern(r"\(\?<key>")
_CAPITAL_WORD = compiled.pattern(r"(?<!\p{L})\p{Lu}{2,}(?!\p{L})")
_MARKED = compiled.pattern(r"[ÁÉÍÓÚÀÂÊÔÃÕÇÑÜáéíóúàâêôãõçñü]")
#: languages with word counts (pyspellchecker's lists); others are read against these three
_LANGUAGES = ("es", "en", "pt")
#: persons of a Spanish verb form that read as a word of their own (not "sepa", an usted form)
_VERB_PERSONS = frozenset({"tú", "vos", "él", "ellos"})


@lru_cache(maxsize=4)
def _counts(language: str) -> tuple[Mapping[str, int], int]:
    """pyspellchecker's word counts of ``language`` (the store the language checks read,
    :func:`studio.text.language._frequencies`) and their total, kept per machine."""
    try:
        from importlib.metadata import version

        from studio.text.language import _frequencies

        parts: tuple[object, ...] = (language, version("pyspellchecker"))
        counts = _frequencies(language)
        total = compiled.kept(f"{language}-shouting-total", parts, lambda: _read(language), code=__file__)
        return counts, total
    except Exception:  # no word list: no word of this language is known
        return {}, 0


def _read(language: str) -> int:
    from spellchecker import SpellChecker

    return int(SpellChecker(language=language, case_sensitive=False).word_frequency.total_words)


def _forms(word: str) -> tuple[str, ...]:
    """The word in lower case and its singulars ("días" → "día", "rebajas" → "rebaja")."""
    lower = word.lower()
    out = [lower]
    if lower.endswith("es") and len(lower) > 4:
        out.append(lower[:-2])
    if lower.endswith("s") and len(lower) > 3:
        out.append(lower[:-1])
    return tuple(out)


@lru_cache(maxsize=8192)  # a keystroke re-reads the same words in capitals
def is_common_word(word: str, languages: tuple[str, ...], threshold: float) -> bool:
    """Whether ``word`` (any case) is a word in common use in one of ``languages``; a word with an
    accent, a tilde or a cedilla is one (acronyms do not carry them: "IMPERDÍVEL", "LIQUIDACIÓN")."""
    if _MARKED.search(word):
        return True
    forms = _forms(word)
    for language in languages:
        counts, total = _counts(language)
        if total and any(counts.get(f, 0) * 1e6 >= threshold * total for f in forms):
            return True
    if "es" in languages:
        from studio.text.spanish_verbs import reading

        found = reading(forms[0])
        if found is not None and found.persons & _VERB_PERSONS:
            return True
    return False


def _languages(locale: str | None) -> tuple[str, ...]:
    language = (locale or "").replace("_", "-").split("-")[0].lower()
    return (language,) if language in _LANGUAGES else _LANGUAGES


def keywords_of(source: str) -> frozenset[str]:
    """The words in capitals of a rule's ``(?<key>…)`` group (or of all of ``source`` without one)."""
    found = _KEY_GROUP.search(source)
    if found is not None:
        depth, end = 1, found.end()
        while end < len(source) and depth:
            depth += {"(": 1, ")": -1}.get(source[end], 0) if source[end - 1] != "\\" else 0
            end += 1
        source = source[found.end() : end]
    return frozenset(w for w in _CAPITAL_WORD.findall(source) if w != "DEFINE")


@lru_cache(maxsize=32)
def _keywords_at(path: str, stamp: tuple[int, int]) -> frozenset[str]:
    from studio.rules.loader import parse_yaml

    try:
        data, _ = parse_yaml(Path(path).read_text(encoding="utf-8"), Path(path))
    except Exception:  # an unreadable or broken file names no keywords (its own rule reports it)
        return frozenset()
    parts = [data.get("pattern"), data.get("raw"), data.get("tokens")] if isinstance(data, dict) else []
    text = "\n".join(str(p) if not isinstance(p, list) else "\n".join(map(str, p)) for p in parts if p)
    return keywords_of(text)


def _keywords(paths: tuple[str, ...]) -> frozenset[str]:
    out: frozenset[str] = frozenset()
    for path in paths:
        try:
            stat = Path(path).stat()
        except OSError:
            continue
        out |= _keywords_at(path, (stat.st_mtime_ns, stat.st_size))
    return out


class Shouting(Located):
    #: its hits in a block depend on the block's text and the locale alone
    PURE_BLOCK = False

    def __init__(
        self,
        least: int,
        threshold: float,
        except_re: Pattern | None,
        keyword_files: tuple[str, ...],
        message: str,
        description: str,
    ) -> None:
        self.least = least
        self.threshold = threshold
        self.except_re = except_re
        self.keyword_files = keyword_files
        self.message = message
        self.description = description
        self.trigger = compiled.pattern(rf"\p{{Lu}}[\p{{Lu}}\p{{M}}]{{{max(least, 1) - 1}}}")

    def run(self, block: Block, state: RunState) -> list[Hit]:
        text = block.text
        if self.trigger.search(text) is None:  # no word of capitals long enough: nothing to read
            return []
        languages = _languages(state.locale)
        keywords = _keywords(self.keyword_files) if self.keyword_files else frozenset()
        hits: list[Hit] = []
        notes: list[tuple[int, int]] | None = None
        for run in _RUN.finditer(text):
            words = list(_LETTERS.finditer(text, run.start(), run.end()))
            if not any(self._shouted(text, w, languages, keywords) for w in words):
                continue
            start, end = run.start(), run.end()
            if notes is None:  # read only when a run shouts: most texts have none
                notes = team_notes(text) + pending_parts(text)
            if any(a <= start and end <= b for a, b in notes):
                continue  # a note to the team ("FALTA TÍTULO", "(PENDIENTE: …)"): the placeholder finding's
            while len(words) > 1 and len(words[-1].group()) == 1 and words[-1].end() == end:
                words.pop()  # a lone capital after the run ("GRATIS A partir") is the next sentence's
                end = words[-1].end()
            match = text[start:end]
            hits.append(
                Hit(start, end, format_message(self.message, match), format_message(self.description, match))
            )
        return hits

    def _shouted(
        self, text: str, word: regex.Match[str], languages: tuple[str, ...], keywords: frozenset[str]
    ) -> bool:
        found = word.group()
        if len(found) < self.least or found in keywords or is_match(self.except_re, found):
            return False
        before = _BEFORE.search(text, max(0, word.start() - 40), word.start())
        if before is not None and before.group(1).lower() in _TYPED_AFTER:
            return False
        if _TO_NUMBER.match(text, word.end(), min(len(text), word.end() + 20)):
            return False
        return is_common_word(found, languages, self.threshold)


def compile(spec: RuleSpec) -> Check:
    least = get_int(spec, "min", 4)
    if least < 1:
        raise RuleError("'min' must be 1 or more", ("min",))
    threshold = get_number(spec, "threshold", 0.3)
    if threshold < 0:
        raise RuleError("'threshold' must be 0 or more (uses a million words)", ("threshold",))
    base = spec.styles_path or (spec.path.parent.parent if spec.path else None)
    files: list[str] = []
    for index, name in enumerate(get_list(spec, "keywords")):
        path = Path(name) if Path(name).is_absolute() else (base / name if base else Path(name))
        if not path.is_file():
            raise RuleError(
                f"'keywords' names {name!r}, which is not a rule file (looked for {path})",
                ("keywords", index),
            )
        files.append(str(path))
    except_re, _ = exceptions(spec, get_list(spec, "exceptions"), vocab=get_bool(spec, "vocab", True))
    check = Shouting(least, threshold, except_re, tuple(files), spec.message, spec.description)
    check.locate(spec, [(except_re, ("exceptions",))])
    return check
