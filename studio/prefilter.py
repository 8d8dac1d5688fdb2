"""A cheap test that a pattern cannot match a text, derived from the pattern itself.

The consistency readers run dozens of long ``regex`` patterns (multi-buys, claims, urgency…) over
every paragraph, and most paragraphs hold none of the words those patterns are built around; the
``regex`` engine still walks the whole text for each of them (their leading lookbehinds and
alternations leave it no literal to search for). :func:`may_match` answers from the pattern's
*factors* instead: a set of strings one of which every match must contain (every alternative of
"pag(?:a|as|ás)|pay" holds "paga", "pagas", "pagás" or "pay"). A text that holds none of them, once
case-folded, cannot match, and the pattern need not run; a text that holds one is read by the
pattern as before, so what is found never changes.

The factors are read from the pattern's parse tree (the ``regex`` module's own parser): literal
runs are multiplied out through small alternations, character classes of a few characters and
optional characters; anything else (a property, ``.``, a repeat that may be empty) ends a run.
Lookarounds add nothing but positive ones, whose text must be in the text. When no useful set
exists (a pattern of digits and ``\\p{L}`` only) the answer is always "may match".

Whitespace: texts and factors are compared with every run of whitespace (what ``\\s`` matches, and
the few separators Python's :meth:`str.isspace` adds) written as one space, so ``\\s+``, ``\\s``,
``[^\\S\\n]`` and a literal space or line break all stand for " ": the factors of ``on\\s+us`` are
"on us", not "on" or "us" (which half the texts hold). A string a match holds, normalised, is still
in the normalised text (a run of whitespace in it lies in a run of the text's).

Case: texts and factors are compared case-folded (:func:`str.casefold`, dotless and dotted i
folded to ``i``), which holds for case-sensitive and case-insensitive patterns alike. A character
whose case-insensitive matches in ``regex`` do not all fold alike in Python (scripts whose case
tables differ between the two Unicode versions) turns the test off for the text or pattern that
holds it.

Parsing a pattern costs about as much as compiling it, so the factors are kept in a store beside
the compiled patterns (:mod:`studio.compiled`, same folder and rules) and read back in later runs.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib
import threading
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import ahocorasick  # type: ignore[import-not-found]  # (no type stubs)
import regex

from studio import compiled

#: bumped when what is derived changes
FORMAT = 4
#: most strings an exact set keeps while literal runs are multiplied out
_EXACT_MOST = 512
#: most factors kept in one set (past that the test costs more than it saves)
_FACTORS_MOST = 400
#: most sets kept for one pattern (each needed: a text must hold a string of every one)
_SETS_MOST = 3

#: sets of strings, a string of each of which every match holds (its text, for a lookaround)
Factors = tuple[tuple[str, ...], ...]

_lock = threading.Lock()
_known: dict[tuple[str, int], Factors | None] | None = None
_path: Path | None = None
_new = False
#: a set of more factors than this is looked for in one pass (an automaton), not one by one
_ONE_PASS = 12

#: tells whether a (folded) text holds a string of one set of factors
Test = Callable[[str], bool]

#: the tests of the patterns seen in this process, by the pattern object (a hit costs one look-up):
#: the ids of its sets in :class:`_OnePass`, and a test of each set that is not there
_by_pattern: dict[int, tuple[Any, frozenset[int], tuple[Test, ...]]] = {}


def may_match(pattern: regex.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` cannot match anywhere in ``text`` (nor in any part of it)."""
    found = _by_pattern.get(id(pattern))
    if found is None or found[0] is not pattern:
        found = _tests(pattern)
        _by_pattern[id(pattern)] = found
    _, ids, needed = found
    if not ids and not needed:
        return True
    folded = folded_text(text)
    if folded is None:
        return True
    if ids and not ids <= _one[0].held(folded):  # (made by _tests)
        return False
    return not needed or all(holds(folded) for holds in needed)


def _tests(pattern: regex.Pattern[str]) -> tuple[Any, frozenset[int], tuple[Test, ...]]:
    """``pattern``'s entry in :data:`_by_pattern`."""
    everything = _one_pass()
    ids: set[int] = set()
    needed: list[Test] = []
    for one in factors(pattern) or ():
        known = everything.ids.get(one)
        if known is None:
            needed.append(_test(one))
        else:
            ids.add(known)
    return pattern, frozenset(ids), tuple(needed)


#: the shortest string a set of :class:`_OnePass` may hold
_ONE_PASS_SHORTEST = 3


class _OnePass:
    """Every set of factors the store held at the first test of this process, looked for in a text
    in one pass of one Aho-Corasick automaton: each pattern then asks whether its sets are among
    those the text holds (a set look-up) instead of searching the text again. A set first derived
    in this process is tested on its own (:func:`_test`)."""

    def __init__(self, sets: Iterable[tuple[str, ...]]) -> None:
        #: an id for each set
        self.ids: dict[tuple[str, ...], int] = {}
        owners: dict[str, list[int]] = {}
        for one in sets:
            # a set holding a string of one or two characters ("x", "da") is found in most texts,
            # many times over: it is tested on its own
            if one not in self.ids and min(map(len, one), default=0) >= _ONE_PASS_SHORTEST:
                self.ids[one] = len(self.ids)
                for s in one:
                    owners.setdefault(s, []).append(self.ids[one])
        self._automaton: Any = None
        if owners:
            self._automaton = ahocorasick.Automaton()
            for s, ids in owners.items():
                self._automaton.add_word(s, tuple(ids))
            self._automaton.make_automaton()

    @lru_cache(maxsize=1024)  # noqa: B019  # (one instance per process)
    def held(self, folded: str) -> frozenset[int]:
        """The ids of the sets a string of which the (folded) text holds."""
        out: set[int] = set()
        if self._automaton is not None:
            for _, ids in self._automaton.iter(folded):
                out.update(ids)
        return frozenset(out)


_one: list[_OnePass] = []


def _one_pass() -> _OnePass:
    """This process's :class:`_OnePass`, made from the store at its first use (or read back as
    made for the same sets before: building its automaton is ≈ 10 ms of every ``studio lint``,
    reading it ≈ 3 ms)."""
    if not _one:
        known = _known if _known is not None else _load()
        with _lock:
            if not _one:
                sets = [one for sets in list(known.values()) if sets for one in sets]
                digest = hashlib.sha256(repr(sets).encode("utf-8", "surrogatepass")).hexdigest()
                made = compiled.kept("one-pass", (digest,), lambda: _OnePass(sets), code=__file__)
                _one.append(made if isinstance(made, _OnePass) else _OnePass(sets))
    return _one[0]


def finditer(pattern: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``, or nothing at once when :func:`may_match` says it cannot match."""
    return pattern.finditer(text) if may_match(pattern, text) else iter(())


def _test(strings: tuple[str, ...]) -> Test:
    """Whether a text holds one of ``strings``: a few looked for one by one, more in one pass of an
    Aho-Corasick automaton (some 20 times faster for two hundred)."""
    if len(strings) <= _ONE_PASS:
        return lambda folded: any(s in folded for s in strings)
    automaton = ahocorasick.Automaton()
    for s in strings:
        automaton.add_word(s, s)
    automaton.make_automaton()
    return lambda folded: next(automaton.iter(folded), None) is not None


def factors(pattern: regex.Pattern[str]) -> Factors | None:
    """Sets of strings (case-folded), a string of each of which every match of ``pattern`` holds
    (a lookaround's in the text around it); None when unknown."""
    key = (pattern.pattern, int(pattern.flags))
    known = _known if _known is not None else _load()
    if key in known:
        return known[key]
    found = derive(pattern.pattern, int(pattern.flags))
    _remember(key, found)
    return found


@lru_cache(maxsize=1024)
def folded_text(text: str) -> str | None:
    """``text`` as factors are compared with it, or None when it holds a character whose case
    matches differ between ``regex`` and Python (no test then)."""
    for ch in set(text):
        if ch >= "\x80" and not _safe(ch):
            return None
    return _fold(text)


def _fold(text: str) -> str:
    folded = text.casefold()
    if "ı" in folded:
        folded = folded.replace("ı", "i")
    if "\u0307" in folded:
        folded = folded.replace("\u0307", "")
    return _spaced(folded)


def _spaced(text: str) -> str:
    """``text`` with each run of whitespace written as one space (as texts are compared; joining
    its words is some four times faster than a substitution)."""
    words = text.split()
    if not words:
        return " " if text else ""
    spaced = " ".join(words)
    if text[0].isspace():
        spaced = " " + spaced
    if text[-1].isspace():
        spaced += " "
    return spaced


def _joined(left: str, right: str) -> str:
    """Two normalised strings one after the other, normalised (a space where both meet is one)."""
    if left.endswith(" ") and right.startswith(" "):
        return left + right[1:]
    return left + right


@cache
def _safe(ch: str) -> bool:
    """Whether every character ``regex`` matches ``ch`` with, ignoring case, folds like ``ch``."""
    try:
        core = _core()
        engine = core._regex
        own = _fold(ch)
        full = engine.fold_case(core.FULL_CASE_FOLDING, ch)
        if _fold(full) != own:
            return False
        for flags in (core.IGNORECASE | core.UNICODE, core.FULLIGNORECASE | core.UNICODE):
            if any(_fold(chr(c)) != own for c in engine.get_all_cases(flags, ord(ch))):
                return False
        return True
    except Exception:  # another regex build: no test for this character
        return False


# ---------------------------------------------------------------------------------------------
# deriving the factors from the parse tree


@cache
def _core() -> Any:
    """The ``regex`` module's parser (its own, private: any change there means no test, see
    :func:`derive`)."""
    return importlib.import_module("regex._regex_core")


def derive(source: str, flags: int) -> Factors | None:
    """The factors of the pattern ``source`` compiled with ``flags`` (see the module docstring)."""
    try:
        tree = _parse(source, flags)
        exact, needs = _node(tree)
        chosen = _top([*needs, exact])
    except Exception:  # a pattern or a regex build this reading does not know: no test
        return None
    out: list[tuple[str, ...]] = []
    for one in chosen:
        folded = _folded_set(one)
        # past the first set, only sets of words: "de", "a" in a text say nothing
        if folded is not None and (not out or min(map(len, folded)) >= 3) and not _implied(folded, out):
            out.append(folded)
    return tuple(out) or None


def _implied(strings: tuple[str, ...], chosen: list[tuple[str, ...]]) -> bool:
    """Whether a text holding a string of a set already chosen holds one of ``strings`` too (every
    string of that set holds one: "lleva", "take" after "lleva ", "take ")."""
    return any(all(any(s in c for s in strings) for c in one) for one in chosen)


def _folded_set(strings: frozenset[str]) -> tuple[str, ...] | None:
    """``strings`` as texts are compared with them, longest first; None when unusable."""
    if len(strings) > _FACTORS_MOST:
        return None
    folded = sorted({_fold(s) for s in strings})
    if any(not s or any(ch >= "\x80" and not _safe(ch) for ch in s) for s in folded):
        return None
    # a factor holding another is redundant: the shorter one is found wherever the longer is
    kept = [s for s in folded if not any(o != s and o in s for o in folded)]
    return tuple(sorted(kept, key=lambda s: (-len(s), s)))


def _parse(source: str, flags: int) -> Any:
    core = _core()
    global_flags = flags
    for _ in range(3):  # as regex._main._compile does: again when a global flag is found inside
        src = core.Source(source)
        info = core.Info(global_flags, src.char_type, {})
        src.ignore_space = bool(info.flags & regex.VERBOSE)
        src.use_unicode_space(bool(info.flags & regex.VERSION1))
        try:
            tree = core._parse_pattern(src, info)
        except core._UnscopedFlagSet:
            global_flags = info.global_flags
            continue
        if not src.at_end():
            raise ValueError("unbalanced parenthesis")
        return tree
    raise ValueError("flags keep changing")


Exact = frozenset[str] | None
Needs = tuple[frozenset[str], ...]


def _node(node: Any) -> tuple[Exact, Needs]:
    """(every string ``node`` can match, when few; sets of strings, one string of each of which
    every match holds)."""
    core = _core()
    kind = type(node)
    if kind is core.Character:
        if node.positive and not node.zerowidth:
            return frozenset((_spaced(chr(node.value)),)), ()
        return None, ()
    if kind in (core.String, core.Literal):
        return frozenset((_spaced("".join(chr(c) for c in node.characters)),)), ()
    if kind is core.Property:
        return (_SPACE if _is_space(node) else None), ()
    if kind is core.Sequence:
        return _sequence(node.items)
    if kind is core.Branch:
        return _branch(node.branches)
    if kind in (core.Group, core.Atomic):
        return _node(node.subpattern)
    if kind in (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat):
        return _repeat(node)
    if kind is core.SetUnion:
        return _set(node), ()
    if kind is core.LookAround:
        if node.positive:  # its text is in the text, though not in the match
            exact, needs = _node(node.subpattern)
            return None, _top([*needs, exact])
        return frozenset(("",)), ()
    if isinstance(node, core.ZeroWidthBase):
        return frozenset(("",)), ()
    return None, ()


def _sequence(items: Iterable[Any]) -> tuple[Exact, Needs]:
    run: set[str] = {""}
    candidates: list[Exact] = []
    whole = True
    for item in items:
        exact, needs = _node(item)
        candidates.extend(needs)  # what an item needs, its sequence needs
        if exact is not None and len(run) * len(exact) <= _EXACT_MOST:
            run = {_joined(a, b) for a in run for b in exact}
            continue
        whole = False
        candidates.append(frozenset(run))
        if exact is not None:  # too many to multiply out: a run of its own
            candidates.append(exact)
        run = {""}
    candidates.append(frozenset(run))
    return (frozenset(run) if whole else None), _top(candidates)


def _branch(branches: list[Any]) -> tuple[Exact, Needs]:
    read = [_node(b) for b in branches]
    exact: Exact = None
    if all(e is not None for e, _ in read):
        union = frozenset().union(*(e for e, _ in read if e is not None))
        exact = union if len(union) <= _EXACT_MOST else None
    needed: set[str] = set()
    for e, needs in read:
        chosen = _choose([*needs, e])
        if chosen is None:
            return exact, ()
        needed |= chosen
    return exact, (frozenset(needed),)


def _repeat(node: Any) -> tuple[Exact, Needs]:
    exact, needs = _node(node.subpattern)
    if exact == _SPACE:  # a run of whitespace, however long, is one space
        return (_SPACE if node.min_count else _SPACE | {""}), ()
    if node.min_count == 0:
        if node.max_count == 1 and exact is not None:
            return exact | {""}, ()
        return None, ()
    if node.min_count == node.max_count == 1:
        return exact, needs
    return None, _top([*needs, exact])


def _set(node: Any) -> Exact:
    """The characters of a small positive class (``[oó]``, ``[2-4]``, ``[\\s,]``: whitespace as
    one space), a space for whitespace but some (``[^\\S\\n]``), None for any other."""
    core = _core()
    if node.zerowidth:
        return None
    if not node.positive:  # [^\S…]: not what is no whitespace, so whitespace
        negated = [i for i in node.items if type(i) is core.Property and not i.positive]
        return _SPACE if any(_is_space(i, positive=False) for i in negated) else None
    chars: set[str] = set()
    for item in node.items:
        if type(item) is core.Property and _is_space(item):
            chars.add(" ")
        elif type(item) is core.Character and item.positive:
            chars.add(_spaced(chr(item.value)))
        elif type(item) is core.Range and item.positive and item.upper - item.lower < 16:
            chars.update(chr(c) for c in range(item.lower, item.upper + 1))
        else:
            return None
    return frozenset(chars) if 0 < len(chars) <= 16 else None


#: what a run of whitespace is, normalised
_SPACE = frozenset((" ",))


def _is_space(node: Any, positive: bool = True) -> bool:
    """Whether ``node`` (a property) is ``\\s`` (``positive``) or ``\\S``."""
    return bool(node.positive is positive and node.value == _space_property())


@cache
def _space_property() -> int:
    """The value of the property ``regex`` reads ``\\s`` as (the same whatever the flags)."""
    return int(_first(_parse(r"\s", 0)).value)


def _first(tree: Any) -> Any:
    items = getattr(tree, "items", None)
    return items[0] if items else tree


def _score(strings: frozenset[str]) -> tuple[int, int]:
    """Its shortest string's length, spaces not counted ("a " tells no more than "a"), then the
    fewest strings."""
    return (min(len(s.strip()) for s in strings), -len(strings))


def _top(candidates: Iterable[Exact]) -> Needs:
    """The most telling of several sets each of which is needed (:func:`_choose`), a few of them
    (not one holding an empty string or a space alone, which every text holds, nor one too large)."""
    usable = {c for c in candidates if c and len(c) <= _FACTORS_MOST and all(s.strip() for s in c)}
    top: list[frozenset[str]] = []
    for c in sorted(usable, key=lambda c: (_score(c), sorted(c)), reverse=True):
        if not any(_comparable(c, t) for t in top):  # not "lunes" beside " lunes": another word
            top.append(c)
            if len(top) == _SETS_MOST:
                break
    return tuple(top)


def _comparable(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether a text holding a string of one set holds one of the other's."""
    return all(any(s in c for s in other) for c in one) or all(any(s in c for s in one) for c in other)


def _choose(candidates: Iterable[Exact]) -> Exact:
    """The most telling of several sets each of which is needed: its shortest string longest,
    then the fewest strings."""
    best = _top(candidates)
    return best[0] if best else None


# ---------------------------------------------------------------------------------------------
# the store (as studio.compiled's: an accelerator only)


def _file() -> Path | None:
    path = compiled._file()
    if path is None:
        return None
    return path.with_name(path.name.replace("patterns-", f"factors-{FORMAT}-"))


def _load() -> dict[tuple[str, int], Factors | None]:
    global _known, _path
    with _lock:
        if _known is None:
            _path = _file()
            _known = _read(_path)
        return _known


def _read(path: Path | None) -> dict[tuple[str, int], Factors | None]:
    return {
        k: v
        for k, v in compiled.read_store(path).items()
        if isinstance(k, tuple)
        and len(k) == 2
        and (
            v is None
            or (
                isinstance(v, tuple)
                and all(isinstance(t, tuple) and all(isinstance(s, str) for s in t) for t in v)
            )
        )
    }


def _remember(key: tuple[str, int], found: Factors | None) -> None:
    global _new
    with _lock:
        assert _known is not None
        _known[key] = found
        if not _new and _path is not None:
            atexit.register(save)
        _new = True


def save() -> None:
    """Write the factors derived in this run to the store (at exit, when there are new ones)."""
    path = _path
    if path is None or _known is None:
        return
    with _lock:
        mine = dict(_known)
    merged = {**_read(path), **mine}
    compiled.store_pickle(path, merged if len(merged) <= compiled.LIMIT else mine)


def forget() -> None:
    """Forget what was read or derived in this process (tests; the store on disk stays)."""
    global _known, _path, _new
    with _lock:
        _known = None
        _path = None
        _new = False
        _by_pattern.clear()
    folded_text.cache_clear()
