"""Term lists scanned in one pass: an Aho–Corasick automaton for literal terms, ``regex`` for patterns.

A ``substitution`` or ``existence`` rule joins its terms into one alternation, ``\\b(?:t1|t2|…)\\b``,
and Vale (and the studio before this module) ran that as one regular expression: leftmost match,
and at one position the first term in the list that matches wins. With thousands of terms that
alternation is slow to compile and slow to run. :class:`TermScanner` finds exactly the same matches:

- literal terms (no regex syntax) go into an automaton (``pyahocorasick``) that reports every
  occurrence of every term in one pass over the text (case-folded first when the rule ignores
  case); occurrences whose ends are not word boundaries (as ``regex``'s ``\\b`` sees them) are
  dropped, and at each position the term earliest in the list wins;
- terms that are real patterns are joined into one smaller alternation, searched from where the
  scan stands, and compete with the literal terms at each position by their place in the list.

Whatever the two could disagree on falls back to the whole alternation through ``regex``: the
studio's own ``WordTemplate``, inline flags in a pattern (which ``regex`` applies to the whole
alternation), patterns that can match nothing, and — when the rule ignores case — the handful of
letters whose case pairs ``regex`` does not treat as an equivalence (Turkish ``İ``/``ı``, two Greek
letters with accents, two ligatures).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

import ahocorasick  # type: ignore[import-not-found]  # (no type stubs)
import regex

from studio import compiled
from studio.rules.patterns import Pattern, PatternError, compile_pattern, fill, search_from

#: regex syntax: a term with none of these characters is matched as it is written
_SPECIAL = frozenset("\\.^$*+?{}[]|()")
#: an inline flag (``(?i)``, ``(?-i:``…), which ``regex`` applies to the whole alternation
_INLINE_FLAG = compiled.pattern(r"\(\?[a-zA-OQ-Z^\-]")
#: letters ``regex`` matches case-insensitively in a way no per-letter folding reproduces (its
#: ``I`` matches ``ı`` and ``i`` matches ``İ``, but ``I`` does not match ``İ``): a term or a text
#: holding one is left to ``regex``
_ODD_CASE = frozenset("İı\u0390\u03b0\u1fd3\u1fe3\ufb05\ufb06")
_ODD_IN_TEXT = compiled.pattern("[İı\u0390\u03b0\u1fd3\u1fe3\ufb05\ufb06]")
_WORD_CHAR = compiled.pattern(r"\w")


def fold_table() -> dict[int, str]:
    """Letters whose ``lower()`` is not yet their simple case fold (``ſ`` → ``s``, ``ς`` → ``σ``),
    worked out from the running Python's Unicode data (slow: a test checks :data:`_FOLD_RANGES`)."""
    table: dict[int, str] = {}
    for code in range(0x110000):
        char = chr(code)
        low = char.lower()
        if len(low) == 1 and low != char.casefold():
            folded = low.casefold()
            if len(folded) == 1 and folded != low:
                table[ord(low)] = folded
    return table


#: :func:`fold_table` as (first, last, offset to the fold) ranges
_FOLD_RANGES = (
    (0x00B5, 0x00B5, 775),
    (0x017F, 0x017F, -268),
    (0x0345, 0x0345, 116),
    (0x03C2, 0x03C2, 1),
    (0x03D0, 0x03D0, -30),
    (0x03D1, 0x03D1, -25),
    (0x03D5, 0x03D5, -15),
    (0x03D6, 0x03D6, -22),
    (0x03F0, 0x03F0, -54),
    (0x03F1, 0x03F1, -48),
    (0x03F5, 0x03F5, -64),
    (0x13F8, 0x13FD, -8),
    (0x1C80, 0x1C80, -6222),
    (0x1C81, 0x1C81, -6221),
    (0x1C82, 0x1C82, -6212),
    (0x1C83, 0x1C84, -6210),
    (0x1C85, 0x1C85, -6211),
    (0x1C86, 0x1C86, -6204),
    (0x1C87, 0x1C87, -6180),
    (0x1C88, 0x1C88, 35267),
    (0x1E9B, 0x1E9B, -58),
    (0x1FBE, 0x1FBE, -7173),
    (0xAB70, 0xABBF, -38864),
)
_FOLD: dict[int, str] = {
    code: chr(code + offset) for first, last, offset in _FOLD_RANGES for code in range(first, last + 1)
}
_FOLD_CHARS = compiled.pattern("[" + "".join(regex.escape(chr(c)) for c in sorted(_FOLD)) + "]")


@lru_cache(maxsize=64)
def fold(text: str) -> str:
    """``text`` with every letter replaced by its simple case fold; the length never changes.

    (Callers keep texts holding the letters of ``_ODD_CASE`` away: ``İ`` lowers to two characters.)
    """
    lowered = text.lower()
    if _FOLD_CHARS.search(lowered) is not None:
        lowered = lowered.translate(_FOLD)
    return lowered


_WORD_CACHE: dict[str, bool] = {}


def is_word_char(char: str) -> bool:
    """Whether ``regex`` counts ``char`` as ``\\w`` (what its ``\\b`` looks at)."""
    found = _WORD_CACHE.get(char)
    if found is None:
        found = _WORD_CACHE[char] = _WORD_CHAR.match(char) is not None
    return found


def boundary(text: str, index: int) -> bool:
    """``regex``'s ``\\b`` at ``index``: a word character on one side and not on the other."""
    before = index > 0 and is_word_char(text[index - 1])
    after = index < len(text) and is_word_char(text[index])
    return before != after


def is_literal(term: str) -> bool:
    """Whether ``term`` holds no regex syntax (it matches exactly its own characters)."""
    return bool(term) and _SPECIAL.isdisjoint(term)


class TermScanner:
    """The non-empty matches of ``template`` filled with ``terms`` joined by ``|``, as
    ``regex.finditer`` finds them, each with the index of the term that matched.

    ``terms`` are in the alternation's order; ``word`` says the template is Vale's word template
    (``\\b(?:%s)\\b``), else the non-word one (``(?:%s)``); ``ignorecase`` is ``(?i)``.
    """

    def __init__(
        self,
        terms: Sequence[str],
        *,
        ignorecase: bool,
        word: bool,
    ) -> None:
        self.ignorecase = ignorecase
        self.word = word
        self.count = len(terms)
        literal = [i for i, t in enumerate(terms) if is_literal(t)]
        self.patterned = [i for i in range(len(terms)) if not is_literal(terms[i])]
        self.automaton: ahocorasick.Automaton | None = None
        if literal:
            automaton = ahocorasick.Automaton()
            for index in literal:
                key = fold(terms[index]) if ignorecase else terms[index]
                if automaton.exists(key):
                    continue  # an earlier term matches the same text: it always wins
                automaton.add_word(key, (index, len(key)))
            automaton.make_automaton()
            self.automaton = automaton
        self.pattern: Pattern | None = None
        self.groups: list[tuple[int, int]] = []  # (group number, term index) of each patterned term
        if self.patterned:
            branches = []
            group = 1
            for index in self.patterned:
                branches.append(f"({terms[index]})")
                self.groups.append((group, index))
                group += 1 + compile_pattern(terms[index]).groups
            template = ("(?i)" if ignorecase else "") + (r"\b(?:%s)\b" if word else "(?:%s)")
            self.pattern = compile_pattern(fill(template, "|".join(branches)), multiline=True)

    @classmethod
    def build(
        cls, terms: Sequence[str], *, ignorecase: bool, word: bool, custom_template: bool
    ) -> TermScanner | None:
        """A scanner for ``terms``, or None when only the whole alternation gives the same
        matches (a custom word template, inline flags, a pattern that can match nothing, letters
        without a plain case fold, or no literal term at all)."""
        if custom_template or not terms or not any(is_literal(t) for t in terms):
            return None
        for term in terms:
            if is_literal(term):
                if ignorecase and not _ODD_CASE.isdisjoint(term):
                    return None
                continue
            if "\\Q" in term or _INLINE_FLAG.search(term):
                return None
            try:
                if compile_pattern(term).fullmatch("") is not None:
                    return None
            except PatternError:
                return None
        try:
            return cls(terms, ignorecase=ignorecase, word=word)
        except PatternError:
            return None

    def usable(self, text: str) -> bool:
        """False when only the whole alternation through ``regex`` finds the right matches in
        ``text`` (it ignores case and holds a letter without a plain case fold)."""
        return not self.ignorecase or _ODD_IN_TEXT.search(text) is None

    def scan(self, text: str) -> Iterator[tuple[int, int, int]]:
        """``(start, end, term index)`` of each match, in order, as ``regex.finditer`` finds them
        (call only when :meth:`usable` says so)."""
        candidates = sorted(literal_all(self, text))
        if self.pattern is None:
            position = 0
            for start, index, end in candidates:
                if start >= position:
                    yield start, end, index
                    position = end
            return
        yield from self._merge(text, candidates)

    def _merge(self, text: str, candidates: list[tuple[int, int, int]]) -> Iterator[tuple[int, int, int]]:
        """Literal matches and pattern matches, as one alternation would choose between them."""
        position = 0
        k = 0
        pattern_match = self._next_pattern(text, 0)
        while True:
            while k < len(candidates) and candidates[k][0] < position:
                k += 1
            if pattern_match is not None and pattern_match[0] < position:
                pattern_match = self._next_pattern(text, position)
            lit = candidates[k] if k < len(candidates) else None
            if lit is None and pattern_match is None:
                return
            if pattern_match is None or (
                lit is not None and (lit[0], lit[1]) < (pattern_match[0], pattern_match[2])
            ):
                assert lit is not None
                start, index, end = lit
            else:
                start, end, index = pattern_match
            yield start, end, index
            position = end

    def _next_pattern(self, text: str, position: int) -> tuple[int, int, int] | None:
        """The next non-empty match of the patterned terms at or after ``position``."""
        assert self.pattern is not None
        while position <= len(text):
            m = search_from(self.pattern, text, position)
            if m is None:
                return None
            if m.end() > m.start():
                for group, index in self.groups:
                    if m.start(group) >= 0:
                        return m.start(), m.end(), index
            position = m.start() + 1
        return None


def literal_all(scanner: TermScanner, text: str) -> list[tuple[int, int, int]]:
    """Every occurrence of a literal term with word boundaries at both ends, as ``(start, term
    index, end)``, keeping at each start only the term earliest in the list."""
    if scanner.automaton is None:
        return []
    haystack = fold(text) if scanner.ignorecase else text
    best: dict[int, tuple[int, int]] = {}
    for last, (index, length) in scanner.automaton.iter(haystack):
        end = last + 1
        start = end - length
        if scanner.word and not (boundary(text, start) and boundary(text, end)):
            continue
        held = best.get(start)
        if held is None or index < held[0]:
            best[start] = (index, end)
    return [(start, index, end) for start, (index, end) in best.items()]
