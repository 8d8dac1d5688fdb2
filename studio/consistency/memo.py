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
#: ``facts_by_variant`` (replayed) and sets ``other``/``savings``/``unmarked`` for itself
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
#: each variant object's key (the renderer hands back the same object while it is unchanged)
_KEYS = _Memo(LIMIT // 2)
#: the sheets' keys, each kept once (see :func:`_interned`)
_BASES = _Memo(16)


def forget() -> None:
    """Drop everything remembered (a benchmark's cold run; tests comparing with no memo)."""
    _CHECKED.cache_clear()
    _CONTINUITY.cache_clear()
    _KEYS.cache_clear()
    _BASES.cache_clear()
    _READ.cache_clear()
    _WINDOWS.cache_clear()


#: switched off (tests compare against the checks without the memo): see :func:`remembering`
_ENABLED = [True]


def remembering(on: bool) -> None:
    """Use the memo (the default) or check every variant again on every call."""
    _ENABLED[0] = on


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


# -- long texts read paragraph by paragraph ----------------------------------------------------------

#: what paragraphs are split on
BREAK = "\n\n"
#: characters each side of a paragraph break that a break's window holds at least (whole
#: paragraphs): more than any reader looks past a match (60 characters back, a clause forward)
CONTEXT = 100

#: each text's reading (whole texts, by reader and arguments)
_READ = _Memo(LIMIT)
#: whether reading a window around a paragraph break at once gives what reading its paragraphs
#: one by one gives (by reader, window text and arguments)
_WINDOWS = _Memo(LIMIT * 4)


def by_paragraph(read: Callable[..., tuple[Any, ...]], text: str, *args: object) -> tuple[Any, ...]:
    """``read(text, *args)`` — a reader of spans (tuples ``(start, end, …)`` or objects with
    ``start`` and ``end``) in text order — read paragraph by paragraph when that gives the same.

    Typing into one paragraph of a long email then reads that paragraph and the windows around its
    breaks, not the whole text. Every paragraph break is checked first: a window of the text around
    it (:data:`CONTEXT` characters each way, whole words) read at once must give what its two sides
    give read apart — no reading spans the break or looks across it. One break that fails, and the
    whole text is read at once, as with the memo off (:func:`remembering`)."""
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
    if all(_inert(read, text, at - len(BREAK), args) for at in starts[1:-1]):
        spans: list[Any] = []
        for paragraph, offset in zip(paragraphs, starts, strict=False):
            spans.extend(_moved(span, offset) for span in read(paragraph, *args))
        found = tuple(spans)
    else:
        found = read(text, *args)
    _READ.put(key, found)
    return found


def _moved(span: Any, offset: int) -> Any:
    if not offset:
        return span
    if isinstance(span, tuple):
        return (span[0] + offset, span[1] + offset, *span[2:])
    return replace(span, start=span.start + offset, end=span.end + offset)


def _inert(read: Callable[..., tuple[Any, ...]], text: str, at: int, args: tuple[object, ...]) -> bool:
    """Whether the paragraph break at ``text[at:]`` changes no reading (see :func:`by_paragraph`)."""
    start = (
        0 if at <= CONTEXT else max(text.rfind(" ", 0, at - CONTEXT), text.rfind("\n", 0, at - CONTEXT)) + 1
    )
    ends = [
        i
        for i in (text.find(" ", at + len(BREAK) + CONTEXT), text.find("\n", at + len(BREAK) + CONTEXT))
        if i >= 0
    ]
    end = min(ends) if ends else len(text)
    window = text[start:end]
    key = (read, window, at - start, args)
    inert: bool | None = _WINDOWS.get(key)
    if inert is None:
        cut = at - start
        after = cut + len(BREAK)
        apart = (*read(window[:cut], *args), *(_moved(s, after) for s in read(window[after:], *args)))
        inert = read(window, *args) == apart
        _WINDOWS.put(key, inert)
    return inert
