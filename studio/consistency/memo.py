"""What a keystroke need not check again: each variant's consistency findings, remembered.

Typing one letter into the es-ES body changes one variant (the email's text); the other 32 of a
3-locale × 11-channel campaign are what they were. :func:`check_variants` runs
:meth:`studio.consistency.checks._Run.check_variant` and the continuity checks only on variants
whose inputs changed, and replays what it found for the others: the findings, the facts the variant
states (the cross-variant checks that follow read them: translations, relative time) and which of
them were reported as conflicts.

Remembered by everything that decides the answer:

- the variant as rendered: channel, locale, fields, overridden fields, links, metrics and HTML;
- the fact sheet: the campaign without its locales' messages and its overrides (both reach the
  checks only through the rendered variants) — offer, dates, link, time zone, disclaimers, brand,
  status…; the brand kit's consistency configuration, the message language, the pages the campaign
  may link to, the price formats and each channel's UTM tags.

A :class:`~studio.consistency.checks._Run` that keeps state this module does not know (an
attribute it does not list in :data:`_RUN_STATE`) is never replayed: every variant is checked
again, as before this memo existed.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from studio.model.finding import Finding
from studio.model.variant import Variant

if TYPE_CHECKING:
    from studio.consistency.checks import _Run
    from studio.consistency.continuity import Utm
    from studio.consistency.sheet import Seen

#: what a run of the checks holds; ``check_variant`` adds to ``out``, ``wrong`` and
#: ``facts_by_variant`` (replayed) and sets ``other``/``savings``/``unmarked``/``contrasted`` for itself
_RUN_STATE = frozenset(
    {
        "campaign",
        "config",
        "lang",
        "sheet",
        "allowed",
        "hosts",
        "out",
        "facts_by_variant",
        "wrong",
        "other",
        "savings",
        "unmarked",
        "contrasted",
    }
)

#: remembered variants (a campaign has up to 3 × 11; a few campaigns and edits fit)
LIMIT = 512


@dataclass(frozen=True)
class _Checked:
    """What checking one variant against the sheet added to the run."""

    seen: tuple[Seen, ...]
    out: tuple[Finding, ...]
    wrong: tuple[Seen, ...]


class _Memo:
    """Least recently used first out (thread-safe: checks run on worker threads too)."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self.items: OrderedDict[object, Any] = OrderedDict()
        self._lock = threading.Lock()
        #: named as functools' caches' (on the instance, not the class): what clears every memo
        #: of the studio's modules (a benchmark's cold run, tests) clears this one too
        self.cache_clear = self.items.clear

    def get(self, key: object) -> Any:
        with self._lock:
            found = self.items.get(key)
            if found is not None:
                self.items.move_to_end(key)
            return found

    def put(self, key: object, value: Any) -> None:
        with self._lock:
            self.items[key] = value
            if len(self.items) > self.limit:
                self.items.popitem(last=False)


class _Key:
    """A key whose hash is worked out once: a variant's texts are long, and a keystroke looks up
    every variant twice."""

    __slots__ = ("_hash", "value")

    def __init__(self, value: tuple[object, ...]) -> None:
        self.value = value
        self._hash = hash(value)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Key) and other._hash == self._hash and other.value == self.value


_CHECKED = _Memo()
_CONTINUITY = _Memo()
#: the findings of the checks that read one variant at a time (see :meth:`Remembered.each`)
_EACH = _Memo()
#: each variant object's key (the renderer hands back the same object while it is unchanged)
_KEYS = _Memo(LIMIT // 2)
#: the sheets' keys, each kept once (see :func:`_interned`)
_BASES = _Memo(16)


def forget() -> None:
    """Drop everything remembered (a benchmark's cold run; tests comparing with no memo)."""
    _CHECKED.cache_clear()
    _CONTINUITY.cache_clear()
    _EACH.cache_clear()
    _KEYS.cache_clear()
    _BASES.cache_clear()
    _READ.cache_clear()
    _WINDOWS.cache_clear()
    _BREAKS.cache_clear()
    _LAST.cache_clear()


#: switched off (tests compare against the checks without the memo): see :func:`remembering`
_ENABLED = [True]


def remembering(on: bool) -> None:
    """Use the memo (the default) or check every variant again on every call."""
    _ENABLED[0] = on


def is_remembering() -> bool:
    """Whether the memo is used (see :func:`remembering`)."""
    return _ENABLED[0]


def _interned(key: _Key) -> _Key:
    """The key remembered equal to ``key`` (the previous keystroke's): a look-up compares it by
    identity, not text by text."""
    kept: _Key | None = _BASES.get(key)
    if kept is None:
        _BASES.put(key, key)
        return key
    return kept


def variant_key(variant: Variant) -> _Key:
    """Everything of a rendered variant, hashable."""
    kept: tuple[Variant, _Key] | None = _KEYS.get(id(variant))
    if kept is not None and kept[0] is variant:
        return kept[1]
    key = _Key(
        (
            variant.channel,
            variant.locale,
            tuple(variant.fields.items()),
            variant.overridden,
            tuple(variant.links.items()),
            repr(variant.metrics),
            variant.html,
        )
    )
    _KEYS.put(id(variant), (variant, key))
    return key


def sheet_key(run: _Run, price_format: object) -> _Key:
    """The run's inputs other than the variants (see the module docstring)."""
    campaign = run.campaign
    return _Key(
        (
            campaign.model_dump_json(exclude={"locales": {"__all__": {"message"}}, "overrides": True}),
            repr(run.config),
            run.lang,
            tuple(run.allowed),
            tuple(sorted(run.hosts)),
            repr(price_format),
        )
    )


class Remembered:
    """One :func:`~studio.consistency.checks.check_consistency` call's use of the memo."""

    def __init__(self, run: _Run, price_format: object) -> None:
        self.run = run
        #: None: the memo is off, or the run keeps state it does not know (check everything)
        self.base = (
            _interned(sheet_key(run, price_format)) if _ENABLED[0] and set(vars(run)) == _RUN_STATE else None
        )

    def check(self, variants: Sequence[Variant]) -> None:
        """``run.check_variant`` on each variant, replayed from the memo where nothing changed."""
        run = self.run
        for variant in variants:
            if self.base is None:
                run.check_variant(variant)
                continue
            key = (self.base, variant_key(variant))
            checked: _Checked | None = _CHECKED.get(key)
            place = (variant.channel.value, variant.locale)
            if checked is None:
                out, wrong = len(run.out), len(run.wrong)
                run.check_variant(variant)
                seen = run.facts_by_variant[place][1]
                checked = _Checked(tuple(seen), tuple(run.out[out:]), tuple(run.wrong[wrong:]))
                _CHECKED.put(key, checked)
                continue
            run.facts_by_variant[place] = (variant, list(checked.seen))
            run.out.extend(checked.out)
            run.wrong.extend(checked.wrong)

    def continuity(
        self,
        variants: Sequence[Variant],
        utm: Mapping[str, Utm] | None,
        findings: Callable[[Sequence[Variant], Mapping[str, Utm] | None], list[Finding]],
    ) -> list[Finding]:
        """``findings(variants, utm)`` (the continuity checks), one variant at a time from the memo
        when ``utm`` gives every variant's channel its tags — a variant's tags are then its
        channel's, not read from the other variants' links — else all at once, as they are."""
        if self.base is None or utm is None or any(v.channel.value not in utm for v in variants):
            return findings(variants, utm)
        base = _interned(_Key((self.base, tuple(sorted(utm.items())))))
        out: list[Finding] = []
        for variant in variants:
            key = (base, variant_key(variant))
            found: tuple[Finding, ...] | None = _CONTINUITY.get(key)
            if found is None:
                found = tuple(findings([variant], utm))
                _CONTINUITY.put(key, found)
            out.extend(found)
        return out

    def each(
        self,
        name: str,
        variants: Sequence[Variant],
        findings: Callable[[Sequence[Variant]], list[Finding]],
        *inputs: object,
    ) -> list[Finding]:
        """``findings(variants)`` for a check that reads each variant on its own (its findings for
        several variants are its findings for each, in their order), one variant at a time from the
        memo; ``name`` tells the check apart, ``inputs``: what else it reads beyond the sheet (the
        time now…)."""
        if self.base is None:
            return findings(variants)
        base = _interned(_Key((self.base, name, *inputs)))
        out: list[Finding] = []
        for variant in variants:
            key = (base, variant_key(variant))
            found: tuple[Finding, ...] | None = _EACH.get(key)
            if found is None:
                found = tuple(findings([variant]))
                _EACH.put(key, found)
            out.extend(found)
        return out


# -- long texts read paragraph by paragraph ----------------------------------------------------------

#: what paragraphs are split on
BREAK = "\n\n"
#: characters of context a paragraph's window holds each side of it (whole words): more than any
#: reader looks past a match (60 characters back, a clause forward)
CONTEXT = 100

#: each text's reading (whole texts, by reader and arguments)
_READ = _Memo(LIMIT)
#: whether reading a window (a paragraph and the context around it) at once gives what reading
#: its pieces between paragraph breaks one by one gives (by reader, window text and arguments)
_WINDOWS = _Memo(LIMIT * 4)
#: the text around paragraph breaks found inert (:data:`CONTEXT` each side; by reader and arguments)
_BREAKS = _Memo(LIMIT * 8)
#: the paragraphs of the last text each reader read (by reader and arguments)
_LAST = _Memo(64)


def by_paragraph(read: Callable[..., tuple[Any, ...]], text: str, *args: object) -> tuple[Any, ...]:
    """``read(text, *args)`` — a reader of spans (tuples ``(start, end, …)`` or objects with
    ``start`` and ``end``) in text order — read paragraph by paragraph when that gives the same.

    Typing into one paragraph of a long email then reads that paragraph and its window, not the
    whole text. Every paragraph break is checked first: the window of a paragraph beside it (the
    paragraph with :data:`CONTEXT` characters of text each side, whole words) read at once must
    give what its pieces give read apart — no reading spans a break or looks across it; a break
    whose surroundings (as far as :data:`CONTEXT` reaches) were found inert before needs no window.
    One window that fails, and the whole text is read at once, as with the memo off
    (:func:`remembering`)."""
    if not _ENABLED[0] or BREAK not in text or len(text) < 4 * CONTEXT:
        return read(text, *args)
    key = (read, text, args)
    found: tuple[Any, ...] | None = _READ.get(key)
    if found is not None:
        return found
    paragraphs = text.split(BREAK)
    starts = [0]
    for paragraph in paragraphs:
        starts.append(starts[-1] + len(paragraph) + len(BREAK))
    if _every_break_inert(read, text, paragraphs, starts, args):
        spans: list[Any] = []
        for paragraph, offset in zip(paragraphs, starts, strict=False):
            spans.extend(_moved(span, offset) for span in read(paragraph, *args))
        found = tuple(spans)
    else:
        found = read(text, *args)
    _READ.put(key, found)
    return found


def _every_break_inert(
    read: Callable[..., tuple[Any, ...]],
    text: str,
    paragraphs: Sequence[str],
    starts: Sequence[int],
    args: tuple[object, ...],
) -> bool:
    """Whether every break is inert: its surroundings found so before, else the window of the
    paragraphs beside it is read — the one the last text did not have (typed in), else the one after
    the break (every other paragraph's, for a text read first) — and found inert. Neighbouring
    paragraphs whose breaks all need reading are read in one window (whole paragraphs, with
    :data:`CONTEXT` beyond the outer breaks): typing near a short paragraph's break then reads the
    text around it once, not once per paragraph."""
    last: frozenset[str] = _LAST.get((read, args)) or frozenset()
    _LAST.put((read, args), frozenset(paragraphs))
    around = [
        _span(text, at - len(BREAK), at) for at in starts[1:-1]
    ]  # each break's surroundings: (start, end) in text
    covered = [_BREAKS.get((read, text[a:b], args)) is not None for a, b in around]
    windows: list[list[int]] = []  # [first, last] paragraph of each window: covers breaks first-1…last
    for i in range(len(around)):
        if covered[i] or (windows and i <= windows[-1][1]):
            continue
        if windows and i == windows[-1][1] + 1:
            windows[-1][1] = i  # the paragraph before the break joins the window: it covers the break
            continue
        new = i if paragraphs[i] not in last and paragraphs[i + 1] in last else i + 1
        windows.append([new, new])
    for first, final in windows:
        if not _inert(read, text, starts[first], starts[final + 1] - len(BREAK), args):
            return False
        for b in range(first - 1, final + 1):  # the breaks around and between its paragraphs
            if 0 <= b < len(around):
                _BREAKS.put((read, text[around[b][0] : around[b][1]], args), True)
    return True


def _span(text: str, first: int, last: int) -> tuple[int, int]:
    """``text[first:last]`` with :data:`CONTEXT` characters each side, to whole words."""
    start = (
        0
        if first <= CONTEXT
        else max(text.rfind(" ", 0, first - CONTEXT), text.rfind("\n", 0, first - CONTEXT)) + 1
    )
    ends = [i for i in (text.find(" ", last + CONTEXT), text.find("\n", last + CONTEXT)) if i >= 0]
    return start, min(ends) if ends else len(text)


def _moved(span: Any, offset: int) -> Any:
    if not offset:
        return span
    if isinstance(span, tuple):
        return (span[0] + offset, span[1] + offset, *span[2:])
    return replace(span, start=span.start + offset, end=span.end + offset)


def _inert(
    read: Callable[..., tuple[Any, ...]], text: str, first: int, last: int, args: tuple[object, ...]
) -> bool:
    """Whether the window of the paragraph at ``text[first:last]`` (with the breaks either side
    of it and :data:`CONTEXT` beyond them) reads as its pieces between breaks do."""
    start, end = _span(text, first - len(BREAK), last + len(BREAK))
    window = text[start:end]
    key = (read, window, args)
    inert: bool | None = _WINDOWS.get(key)
    if inert is None:
        apart: list[Any] = []
        offset = 0
        for piece in window.split(BREAK):
            apart.extend(_moved(span, offset) for span in read(piece, *args))
            offset += len(piece) + len(BREAK)
        inert = read(window, *args) == tuple(apart)
        _WINDOWS.put(key, inert)
    return inert
