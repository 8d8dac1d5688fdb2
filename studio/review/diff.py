"""What changed between two stored revisions of a campaign, field by field, in words for people.

``studio campaign diff CAMPAIGN A B`` prints it; a GUI shows the same :class:`RevisionDiff` side by
side. Every leaf of the campaign document that differs is one :class:`FieldChange`: its path as the
checks name fields (``locales.es-ES.message.headline``), a label for people in Spanish or English
(``Headline (Spanish, Spain)``: the names the rest of the studio uses), the old and new values and,
for text of several words changed on both sides, a word-level diff (:func:`word_diff`, built on
:mod:`difflib`). A list of plain values (channels, where an offer applies) is one field; a list of
objects is compared item by item (``#1``, ``#2``…). Translation bookkeeping (``translated_from``
fingerprints) is left out.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from studio.model.records import RevisionInfo
    from studio.storage.repository import Repository

#: one run of a word diff: kept, taken out or put in
WordOp = tuple[Literal["equal", "delete", "insert"], str]
Change = Literal["added", "removed", "changed"]

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")
#: bookkeeping no person edits (fingerprints of the primary text a translation was made from)
_HIDDEN = frozenset({"translated_from"})
_MISSING = object()


def word_diff(old: str, new: str) -> list[WordOp]:
    """``old`` → ``new`` as runs of kept, deleted and inserted text, word by word (spaces and
    punctuation are tokens of their own, so a changed word does not drag its neighbours along)."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    ops: list[WordOp] = []

    def add(kind: Literal["equal", "delete", "insert"], tokens: Sequence[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if ops and ops[-1][0] == kind:
            ops[-1] = (kind, ops[-1][1] + text)
        else:
            ops.append((kind, text))

    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("equal", a[i1:i2])
        else:
            add("delete", a[i1:i2])
            add("insert", b[j1:j2])
    return ops


def field_label(path: Sequence[str | int], language: str | None = "en") -> str:
    """``("locales", "es-ES", "message", "headline")`` → ``Headline (Spanish (Spain))`` /
    ``Titular (español (España))``: the studio's names for fields (:func:`studio.model.names.field_name`),
    an item of a list numbered (``#2``)."""
    from studio.model.names import field_name

    label = field_name([str(p) for p in path if not isinstance(p, int)] or ["—"], language)
    items = [f"#{p + 1}" for p in path if isinstance(p, int)]
    return " ".join([label, *items])


def _path_text(path: Sequence[str | int]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else p) for i, p in enumerate(path))


def _is_leaf(value: Any) -> bool:
    if isinstance(value, Mapping):
        return False
    if isinstance(value, list | tuple):
        return all(not isinstance(v, Mapping | list | tuple) for v in value)
    return True


def _leaves(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    if _is_leaf(value):
        yield path, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if str(key) not in _HIDDEN:
                yield from _leaves(item, (*path, str(key)))
    else:
        for index, item in enumerate(value):
            yield from _leaves(item, (*path, index))


def plain(value: Any) -> Any:
    """A value as JSON holds it (dates as ISO text, decimals as text, lists as lists)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def shown(value: Any) -> str:
    """A value for people: text as it is, a list joined with commas, nothing as ``(empty)``."""
    value = plain(value)
    if value is None or value == "" or value == []:
        return "(empty)"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


@dataclass(frozen=True)
class FieldChange:
    """One field that differs between two revisions."""

    path: str
    label: str
    change: Change
    old: Any
    new: Any
    #: for text of several words changed on both sides: the word-level diff (else empty)
    words: tuple[WordOp, ...] = ()

    @property
    def is_text(self) -> bool:
        return bool(self.words)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "path": self.path,
            "label": self.label,
            "change": self.change,
            "old": plain(self.old),
            "new": plain(self.new),
        }
        if self.words:
            data["words"] = [{"op": op, "text": text} for op, text in self.words]
        return data


def _prose(a: str, b: str) -> bool:
    """Text of several words (shown as a word diff), not a code, URL or single word (old → new)."""
    return any(re.search(r"\S\s+\S", text) for text in (a, b))


def diff_documents(
    old: Mapping[str, Any], new: Mapping[str, Any], language: str | None = "en"
) -> list[FieldChange]:
    """Every leaf field that differs between two campaign documents, in the new one's order (fields
    only the old one has come last), labelled in ``language``."""
    before = dict(_leaves(old))
    after = dict(_leaves(new))
    changes: list[FieldChange] = []
    for path in [*after, *(p for p in before if p not in after)]:
        a, b = before.get(path, _MISSING), after.get(path, _MISSING)
        if plain(a) == plain(b):
            continue
        if a is _MISSING or a is None or a == "" or a == []:
            change: Change = "added"
        elif b is _MISSING or b is None or b == "" or b == []:
            change = "removed"
        else:
            change = "changed"
        a = None if a is _MISSING else a
        b = None if b is _MISSING else b
        words: tuple[WordOp, ...] = ()
        if isinstance(a, str) and isinstance(b, str) and change == "changed" and _prose(a, b):
            words = tuple(word_diff(a, b))
        changes.append(FieldChange(_path_text(path), field_label(path, language), change, a, b, words))
    return changes


@dataclass(frozen=True)
class RevisionDiff:
    """Two revisions of one campaign and the fields that differ (``old`` → ``new``)."""

    key: str
    old: RevisionInfo
    new: RevisionInfo
    changes: list[FieldChange]

    def to_json(self) -> dict[str, Any]:
        def info(r: RevisionInfo) -> dict[str, Any]:
            return {
                "revision": r.number,
                "created_at": r.created_at.isoformat(),
                "author": r.author,
                "status": r.status,
                "note": r.note,
            }

        return {
            "campaign": self.key,
            "from": info(self.old),
            "to": info(self.new),
            "changes": [c.to_json() for c in self.changes],
        }


def diff_revisions(
    repo: Repository, ref: str | int, old: int, new: int, *, language: str | None = "en"
) -> RevisionDiff:
    """The fields that differ between revisions ``old`` and ``new`` of the stored campaign ``ref``
    (a :class:`~studio.errors.NotFoundError` names a revision it does not have)."""
    stored = repo.get(ref)
    before = repo.revision(stored.key, old)
    after = repo.revision(stored.key, new)
    infos = {r.number: r for r in repo.history(stored.key)}
    return RevisionDiff(
        stored.key,
        infos[old],
        infos[new],
        diff_documents(before.to_document(), after.to_document(), language),
    )


def word_diff_text(words: Sequence[WordOp]) -> str:
    """A word diff in one line of text, as ``git diff --word-diff=plain`` writes it:
    ``[-taken out-]{+put in+}``."""
    marks = {"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}
    return "".join(marks[op].format(text) for op, text in words)
