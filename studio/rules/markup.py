"""Documents as rules read them: Markdown, plain text and reStructuredText turned into blocks.

For Markdown the blocks are what Vale lints after rendering: headings (``text.heading.h1``…),
list items (``text.list``), block quotes (``text.blockquote``), table cells (``text.table.cell``),
image alt text (``text.attr.alt``) and paragraphs, each of which is read whole (``text``), as a
``paragraph`` and sentence by sentence (``sentence``). Code blocks, inline code (masked with
``*`` so word boundaries stay where they were), link targets, HTML comments and front matter are
never read as prose. ``raw`` is the source as written; ``summary`` the prose joined together.

Every block keeps, for each of its characters, the position in the source it came from, so a
finding always points at the exact line and column the author typed.
"""

from __future__ import annotations

import bisect
import html
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from studio import compiled
from studio.rules.model import Block
from studio.rules.sentences import sentence_spans

#: file extensions the studio reads, by format
FORMAT_EXTENSIONS: dict[str, tuple[str, ...]] = {
    "md": ("md", "markdown", "mdown", "markdn", "mkd"),
    "txt": ("txt", "text"),
    "rst": ("rst", "rest"),
}


def format_of(name: str) -> str | None:
    """``md``, ``txt`` or ``rst`` for a file name or a bare format/extension; ``None`` if unknown."""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else name.lower()
    for fmt, exts in FORMAT_EXTENSIONS.items():
        if ext in exts:
            return fmt
    return None


@dataclass
class Document:
    """A parsed text: the blocks rules read, in reading order, and counts of what it holds."""

    source: str
    ext: str
    blocks: list[Block]
    metrics: dict[str, int] = field(default_factory=dict)
    summary: Block | None = None
    raw: Block | None = None


# ---------------------------------------------------------------------------------------------
# building text with a map back to the source


class _Text:
    __slots__ = ("offs", "parts")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offs: list[int] = []

    def copy(self, src: str, start: int, end: int) -> None:
        self.parts.append(src[start:end])
        self.offs.extend(range(start, end))

    def put(self, text: str, offsets: Sequence[int]) -> None:
        self.parts.append(text)
        self.offs.extend(offsets)

    def build(self, end: int) -> tuple[str, list[int]]:
        """The text and its offsets, the last one being ``end`` (where the text stops in the source)."""
        return "".join(self.parts), [*self.offs, max(end, self.offs[-1] + 1) if self.offs else end]


class _Controls:
    """Vale's comment controls: ``vale off``, ``vale on``, ``vale Style.Rule = NO|YES``."""

    _RULE = compiled.pattern(r"^vale (\S+\.\S+) = (YES|NO)$")

    def __init__(self) -> None:
        self.off = False
        self.disabled: set[str] = set()

    def comment(self, text: str) -> None:
        text = html.unescape(text.strip())
        if text == "vale off":
            self.off = True
        elif text == "vale on":
            self.off = False
        else:
            m = self._RULE.match(text)
            if m:
                if m.group(2) == "NO":
                    self.disabled.add(m.group(1))
                else:
                    self.disabled.discard(m.group(1))

    def snapshot(self) -> frozenset[str]:
        return frozenset({"*"}) if self.off else frozenset(self.disabled)


@dataclass
class _Leaf:
    kind: str  # "heading", "para", "cell", "alt"
    segments: list[tuple[int, int]]
    container: str | None = None
    level: int = 0
    header: bool = False


# ---------------------------------------------------------------------------------------------
# Markdown blocks

_FENCE = compiled.pattern(r" {0,3}(`{3,}|~{3,})(.*)$")
_FENCE_CLOSE = compiled.pattern(r" {0,3}(`{3,}|~{3,})[ \t]*$")
_ATX = compiled.pattern(r" {0,3}(#{1,6})(?:[ \t]+|$)")
_ATX_CLOSE = compiled.pattern(r"(?:^|[ \t]+)#+[ \t]*$")
_THEMATIC = compiled.pattern(r" {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_SETEXT = compiled.pattern(r" {0,3}(=+|-+)[ \t]*$")
_QUOTE = compiled.pattern(r" {0,3}> ?")
_ITEM = compiled.pattern(r"( {0,3})([-+*]|\d{1,9}[.)])([ \t]+|$)")
_HTML_OPEN = compiled.pattern(r" {0,3}<(!--|\?|![A-Za-z]|/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$))")
_HTML_SKIP = compiled.pattern(r"(?i)<(?:script|style|pre|textarea)\b|<\?|<![A-Za-z]")
_LINKDEF = compiled.pattern(r" {0,3}\[[^\]]+\]:[ \t]*\S")
_TABLE_DELIM = compiled.pattern(r" {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_FRONT = compiled.pattern(r"\A(?:---|\+\+\+)[ \t]*\n")
_TASK = compiled.pattern(r"\[[ xX]\][ \t]")


def _indent(src: str, start: int, end: int) -> tuple[int, int]:
    """Indentation width in columns (tabs to the next multiple of 4) and in characters."""
    col = 0
    i = start
    while i < end and src[i] in " \t":
        col += 4 - col % 4 if src[i] == "\t" else 1
        i += 1
    return col, i - start


def _skip_columns(src: str, start: int, end: int, columns: int) -> int:
    """How many characters of the line make up its first ``columns`` columns of indentation."""
    col = 0
    i = start
    while i < end and col < columns and src[i] in " \t":
        col += 4 - col % 4 if src[i] == "\t" else 1
        i += 1
    return i - start


def _blank(src: str, seg: tuple[int, int]) -> bool:
    return not src[seg[0] : seg[1]].strip()


class _MarkdownBlocks:
    def __init__(self, src: str, sentences: bool, ignored: Sequence[tuple[int, int]]) -> None:
        self.src = src
        self.sentences = sentences
        self.ignored = ignored
        self.controls = _Controls()
        self.blocks: list[Block] = []
        self.metrics: dict[str, int] = {}

    def count(self, name: str) -> None:
        self.metrics[name] = self.metrics.get(name, 0) + 1

    def emit(self, leaf: _Leaf) -> None:
        """Turn a leaf into blocks now, so comment controls apply in reading order."""
        alts: list[tuple[str, list[int]]] = []
        raw, offs = _join(self.src, leaf.segments)
        end = leaf.segments[-1][1] if leaf.segments else 0
        text, toffs = _Inline(raw, offs, end, self.controls, alts).run()
        disabled = self.controls.snapshot()
        text = _mask(text, toffs, self.ignored)
        blocks = self.blocks
        if leaf.container is not None:
            scope = f"text.{leaf.container}.md"
            lead = len(text) - len(text.lstrip(" "))
            if text.strip():
                blocks.append(Block(text[lead:], scope, toffs[lead:], scope, disabled))
        elif leaf.kind == "heading":
            scope = f"text.heading.h{leaf.level}.md"
            self.count(f"heading.h{leaf.level}")
            lead = len(text) - len(text.lstrip(" "))
            blocks.append(Block(text[lead:], scope, toffs[lead:], scope, disabled))
        elif leaf.kind == "cell":
            scope = "text.table.header.md" if leaf.header else "text.table.cell.md"
            if text.strip():
                blocks.append(Block(text, scope, toffs, scope, disabled))
        else:
            _prose(blocks, text, toffs, "md", disabled, self.sentences)
        for alt_text, alt_offs in alts:
            if alt_text.strip():
                blocks.append(Block(alt_text, "text.attr.alt.md", alt_offs, "text.attr.alt.md", disabled))

    def starts_block(self, line: str) -> bool:
        if _ATX.match(line) or _THEMATIC.match(line) or _QUOTE.match(line) or _HTML_OPEN.match(line):
            return True
        m = _FENCE.match(line)
        if m and (m.group(1)[0] == "~" or "`" not in m.group(2)):
            return True
        m = _ITEM.match(line)
        return bool(m and m.group(3))

    def parse(self, lines: list[tuple[int, int]], container: str | None) -> None:
        src = self.src
        para: list[tuple[int, int]] = []

        def flush() -> None:
            if para:
                self.emit(_Leaf("para", _trim_lines(src, para), container))
                para.clear()

        i, n = 0, len(lines)
        while i < n:
            s, e = lines[i]
            line = src[s:e]
            if not line.strip():
                flush()
                i += 1
                continue
            col, nch = _indent(src, s, e)
            if col >= 4 and not para:
                j = i
                while j < n and (_blank(src, lines[j]) or _indent(src, *lines[j])[0] >= 4):
                    j += 1
                self.count("pre")
                i = j
                continue
            fence = _FENCE.match(line)
            if fence and (fence.group(1)[0] == "~" or "`" not in fence.group(2)):
                flush()
                mark = fence.group(1)
                j = i + 1
                while j < n:
                    close = _FENCE_CLOSE.match(src[lines[j][0] : lines[j][1]])
                    if close and close.group(1)[0] == mark[0] and len(close.group(1)) >= len(mark):
                        break
                    j += 1
                self.count("pre")
                i = j + 1
                continue
            atx = _ATX.match(line)
            if atx:
                flush()
                start = s + atx.end()
                body = src[start:e]
                closing = _ATX_CLOSE.search(body)
                end = start + closing.start() if closing else e
                self.emit(_Leaf("heading", _trim_lines(src, [(start, end)]), container, len(atx.group(1))))
                i += 1
                continue
            if para and _SETEXT.match(line):
                level = 1 if line.strip()[0] == "=" else 2
                self.emit(_Leaf("heading", _trim_lines(src, para), container, level))
                para.clear()
                i += 1
                continue
            if _THEMATIC.match(line):
                flush()
                i += 1
                continue
            quote = _QUOTE.match(line)
            if quote:
                flush()
                inner: list[tuple[int, int]] = []
                j = i
                while j < n:
                    sj, ej = lines[j]
                    lj = src[sj:ej]
                    mq = _QUOTE.match(lj)
                    if mq:
                        inner.append((sj + mq.end(), ej))
                    elif lj.strip() and inner and not _blank(src, inner[-1]) and not self.starts_block(lj):
                        inner.append((sj + _indent(src, sj, ej)[1], ej))
                    else:
                        break
                    j += 1
                self.count("blockquote")
                self.parse(inner, container or "blockquote")
                i = j
                continue
            item = _ITEM.match(line)
            ordered = item is not None and item.group(2)[0].isdigit()
            if item and (not para or (item.group(3) and (not ordered or item.group(2)[:-1] == "1"))):
                flush()
                i = self._item(lines, i, item, container)
                continue
            if not para and _HTML_OPEN.match(line):
                flush()
                i = self._html(lines, i, container)
                continue
            if (
                not para
                and "|" in line
                and i + 1 < n
                and "|" in src[lines[i + 1][0] : lines[i + 1][1]]
                and _TABLE_DELIM.match(src[lines[i + 1][0] : lines[i + 1][1]])
            ):
                i = self._table(lines, i, container)
                continue
            if not para and _LINKDEF.match(line):
                i += 1
                continue
            para.append((s + nch, e))
            i += 1
        flush()

    def _item(
        self, lines: list[tuple[int, int]], i: int, item: regex.Match[str], container: str | None
    ) -> int:
        src = self.src
        s, e = lines[i]
        indent = len(item.group(1))
        marker = item.group(2)
        spaces = item.group(3)
        width = _indent(src, s + item.start(3), s + item.end(3))[0] if spaces else 0
        if not spaces or width > 4:
            content_col = indent + len(marker) + 1
            first = s + item.end(2) + (1 if spaces else 0)
        else:
            content_col = indent + len(marker) + width
            first = s + item.end()
        task = _TASK.match(src, first, e)
        if task:
            first = task.end()
        body: list[tuple[int, int]] = [(first, e)]
        j = i + 1
        n = len(lines)
        last_blank = False
        while j < n:
            sj, ej = lines[j]
            lj = src[sj:ej]
            if not lj.strip():
                body.append((sj, ej))
                last_blank = True
                j += 1
                continue
            colj, nj = _indent(src, sj, ej)
            if colj >= content_col:
                body.append((sj + _skip_columns(src, sj, ej, content_col), ej))
            elif last_blank or _ITEM.match(lj) or self.starts_block(lj):
                break
            else:
                body.append((sj + nj, ej))
            last_blank = False
            j += 1
        while len(body) > 1 and _blank(src, body[-1]):
            body.pop()
            j -= 1
        while j < n and _blank(src, lines[j]):
            j += 1
        self.count("list")
        self.parse(body, container or "list")
        return j

    def _html(self, lines: list[tuple[int, int]], i: int, container: str | None) -> int:
        src = self.src
        n = len(lines)
        s, e = lines[i]
        first = src[s:e]
        j = i
        if first.lstrip().startswith("<!--"):
            while j < n and "-->" not in src[lines[j][0] : lines[j][1]]:
                j += 1
            j = min(j, n - 1)
            text = src[s : lines[j][1]]
            for m in regex.finditer(r"<!--(.*?)-->", text, regex.S):
                self.controls.comment(m.group(1))
            return j + 1
        while j < n and not _blank(src, lines[j]):
            j += 1
        if _HTML_SKIP.match(first.lstrip()):
            return j
        self.emit(
            _Leaf("para", _trim_lines(src, [(lines[k][0], lines[k][1]) for k in range(i, j)]), container)
        )
        return j

    def _table(self, lines: list[tuple[int, int]], i: int, container: str | None) -> int:
        src = self.src
        rows = [lines[i]]
        j = i + 2
        n = len(lines)
        while j < n and not _blank(src, lines[j]) and not self.starts_block(src[lines[j][0] : lines[j][1]]):
            rows.append(lines[j])
            j += 1
        for index, (s, e) in enumerate(rows):
            for cs, ce in _cells(src, s, e):
                self.emit(_Leaf("cell", _trim_lines(src, [(cs, ce)]), container, header=index == 0))
        return j


def _cells(src: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cell ranges of a table row (pipes escaped with ``\\`` or inside code are not separators)."""
    line = src[start:end]
    bounds: list[int] = []
    i = 0
    in_code = False
    while i < len(line):
        char = line[i]
        if char == "\\":
            i += 2
            continue
        if char == "`":
            in_code = not in_code
        elif char == "|" and not in_code:
            bounds.append(i)
        i += 1
    stripped = line.strip()
    edges = [-1, *bounds, len(line)]
    cells = []
    for a, b in itertools.pairwise(edges):
        if b == a + 1 and (a == -1 or b == len(line)):
            continue
        cells.append((start + a + 1, start + b))
    if stripped.startswith("|") and cells and not src[cells[0][0] : cells[0][1]].strip():
        cells = cells[1:]
    if stripped.endswith("|") and cells and not src[cells[-1][0] : cells[-1][1]].strip():
        cells = cells[:-1]
    return cells


def _trim_lines(src: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each line without leading and trailing white space (what a renderer keeps of it)."""
    out = []
    for s, e in lines:
        while s < e and src[s] in " \t":
            s += 1
        while e > s and src[e - 1] in " \t\r":
            e -= 1
        out.append((s, e))
    return out


# ---------------------------------------------------------------------------------------------
# Markdown inline content

_ENTITY = compiled.pattern(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_AUTOLINK = compiled.pattern(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>")
_TAG = compiled.pattern(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*?)?\s*/?>")
_COMMENT = compiled.pattern(r"<!--(.*?)-->", regex.S)
#: characters inline Markdown syntax starts with (anything else is copied as it is)
_INLINE_SYNTAX = frozenset("\\`<![*_~&")
_INLINE_NEXT = compiled.pattern(r"[\\`<!\[*_~&]")
_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


_UNICODE_PUNCT = compiled.pattern(r"[\p{P}\p{S}]")


def _is_punct(char: str) -> bool:
    return char in _PUNCT or _UNICODE_PUNCT.match(char) is not None


@dataclass
class _Delim:
    char: str
    positions: list[int]  # indices into the joined raw text
    can_open: bool
    can_close: bool
    removed: list[int] = field(default_factory=list)


class _Inline:
    """Inline Markdown of one leaf: emphasis and link syntax removed, code masked."""

    def __init__(
        self, raw: str, offs: list[int], end: int, controls: _Controls, alts: list[tuple[str, list[int]]]
    ) -> None:
        self.raw = raw
        self.offs = offs
        self.end = end
        self.controls = controls
        self.alts = alts
        # output items: (text, offsets) or a delimiter run
        self.items: list[tuple[str, list[int]] | _Delim] = []

    def text(self, chars: str, offsets: list[int]) -> None:
        self.items.append((chars, offsets))

    def run(self) -> tuple[str, list[int]]:
        raw, offs = self.raw, self.offs
        n = len(raw)
        dropped: set[int] = set()
        spans: list[tuple[int, int]] = []  # the link targets in ``dropped``, as ranges
        i = 0
        while i < n:
            if i in dropped:
                i += 1
                continue
            char = raw[i]
            if char not in _INLINE_SYNTAX:
                i = self._plain(i, spans)
                continue
            if char == "\\" and i + 1 < n and (raw[i + 1] in _PUNCT or raw[i + 1] == "\n"):
                self.text(raw[i + 1], [offs[i + 1]])
                i += 2
                continue
            if char == "`":
                j = i
                while j < n and raw[j] == "`":
                    j += 1
                ticks = j - i
                close = self._closing_ticks(j, ticks)
                if close is None:
                    self.text(raw[i:j], offs[i:j])
                    i = j
                    continue
                body = raw[j:close]
                self.text("".join("\n" if c == "\n" else "*" for c in body), offs[j:close])
                i = close + ticks
                continue
            if char == "<":
                m = _COMMENT.match(raw, i)
                if m:
                    self.controls.comment(m.group(1))
                    i = m.end()
                    continue
                m = _AUTOLINK.match(raw, i)
                if m:
                    self.text(m.group(1), offs[m.start(1) : m.end(1)])
                    i = m.end()
                    continue
                m = _TAG.match(raw, i)
                if m:
                    i = m.end()
                    continue
            if char == "!" and i + 1 < n and raw[i + 1] == "[":
                link = self._link(i + 1)
                if link is not None:
                    close, end = link
                    alt = _Inline(raw[i + 2 : close], offs[i + 2 : close], offs[close], self.controls, [])
                    self.alts.append(alt.run())
                    i = end
                    continue
            if char == "[":
                link = self._link(i)
                if link is not None:
                    close, end = link
                    dropped.update(range(close, end))
                    spans.append((close, end))
                    i += 1
                    continue
            if char in "*_~":
                j = i
                while j < n and raw[j] == char:
                    j += 1
                self._delimiter(i, j)
                i = j
                continue
            if char == "&":
                m = _ENTITY.match(raw, i)
                if m:
                    decoded = html.unescape(m.group(0))
                    self.text(decoded, [offs[i]] * len(decoded))
                    i = m.end()
                    continue
            self.text(char, [offs[i]])
            i += 1
        self._emphasis()
        out = _Text()
        for item in self.items:
            if isinstance(item, _Delim):
                kept = [p for p in item.positions if p not in item.removed]
                out.put("".join(raw[p] for p in kept), [offs[p] for p in kept])
            else:
                out.put(*item)
        return out.build(self.end)

    def _plain(self, i: int, spans: list[tuple[int, int]]) -> int:
        """Copy the plain text at ``i`` up to the next syntax or dropped link target; its end."""
        raw = self.raw
        m = _INLINE_NEXT.search(raw, i + 1)
        j = m.start() if m else len(raw)
        for a, b in spans:
            if i < a < j and b > a:
                j = a
        self.text(raw[i:j], self.offs[i:j])
        return j

    def _closing_ticks(self, start: int, ticks: int) -> int | None:
        raw = self.raw
        i = start
        while True:
            i = raw.find("`" * ticks, i)
            if i < 0:
                return None
            j = i + ticks
            if (i == 0 or raw[i - 1] != "`") and (j >= len(raw) or raw[j] != "`"):
                return i
            while j < len(raw) and raw[j] == "`":
                j += 1
            i = j

    def _link(self, open_at: int) -> tuple[int, int] | None:
        """For ``[text](dest)`` or ``[text][ref]`` at ``open_at``: the ``]`` index and the end index."""
        raw = self.raw
        depth = 0
        i = open_at
        n = len(raw)
        close = -1
        while i < n:
            char = raw[i]
            if char == "\\":
                i += 2
                continue
            if char == "`":
                j = i
                while j < n and raw[j] == "`":
                    j += 1
                end = self._closing_ticks(j, j - i)
                i = j if end is None else end + (j - i)
                continue
            if char == "[":
                depth += 1
            elif char == "]":
                depth -= 1
                if depth == 0:
                    close = i
                    break
            i += 1
        if close < 0 or close + 1 >= n:
            return None
        nxt = raw[close + 1]
        if nxt == "(":
            depth = 0
            j = close + 1
            while j < n:
                if raw[j] == "\\":
                    j += 2
                    continue
                if raw[j] == "(":
                    depth += 1
                elif raw[j] == ")":
                    depth -= 1
                    if depth == 0:
                        return close, j + 1
                j += 1
            return None
        if nxt == "[":
            end = raw.find("]", close + 2)
            if end >= 0:
                return close, end + 1
        return None

    def _delimiter(self, start: int, end: int) -> None:
        raw = self.raw
        char = raw[start]
        before = raw[start - 1] if start > 0 else " "
        after = raw[end] if end < len(raw) else " "
        b_space, a_space = before.isspace(), after.isspace()
        b_punct, a_punct = _is_punct(before), _is_punct(after)
        left = not a_space and (not a_punct or b_space or b_punct)
        right = not b_space and (not b_punct or a_space or a_punct)
        if char == "_":
            can_open = left and (not right or b_punct)
            can_close = right and (not left or a_punct)
        else:
            can_open, can_close = left, right
        self.items.append(_Delim(char, list(range(start, end)), can_open, can_close))

    def _emphasis(self) -> None:
        openers: list[_Delim] = []
        for item in self.items:
            if not isinstance(item, _Delim):
                continue
            if item.can_close:
                k = len(openers) - 1
                while k >= 0 and len(item.positions) - len(item.removed) > 0:
                    opener = openers[k]
                    left = len(opener.positions) - len(opener.removed)
                    if opener.char != item.char or left == 0:
                        k -= 1
                        continue
                    right = len(item.positions) - len(item.removed)
                    use = min(left, right) if item.char == "~" else (2 if left >= 2 and right >= 2 else 1)
                    kept = [p for p in opener.positions if p not in opener.removed]
                    opener.removed.extend(kept[len(kept) - use :])
                    kept = [p for p in item.positions if p not in item.removed]
                    item.removed.extend(kept[:use])
                    del openers[k + 1 :]
                    if len(opener.positions) == len(opener.removed):
                        openers.pop(k)
                    k = len(openers) - 1
            if item.can_open and len(item.positions) > len(item.removed):
                openers.append(item)


def _join(src: str, segments: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """The leaf's lines joined with newlines, and each character's source offset."""
    parts: list[str] = []
    offs: list[int] = []
    for k, (s, e) in enumerate(segments):
        if k:
            parts.append("\n")
            prev = segments[k - 1][1]
            offs.append(prev)
        parts.append(src[s:e])
        offs.extend(range(s, e))
    return "".join(parts), offs


# ---------------------------------------------------------------------------------------------
# documents


def _slice(
    text: str, offs: Sequence[int], start: int, end: int, scope: str, disabled: frozenset[str]
) -> Block:
    return Block(text[start:end], scope, offs[start : end + 1], scope, disabled)


def _prose(
    blocks: list[Block], text: str, offs: Sequence[int], ext: str, disabled: frozenset[str], sentences: bool
) -> None:
    """A paragraph's blocks in Vale's order: the paragraph, its sentences, then the paragraph as text."""
    if not text.strip():
        return
    blocks.append(Block(text, "paragraph." + ext, offs, "paragraph." + ext, disabled))
    if sentences:
        for start, end in sentence_spans(text):
            blocks.append(_slice(text, offs, start, end, "sentence." + ext, disabled))
    blocks.append(Block(text, "text." + ext, offs, "text." + ext, disabled))


def _mask(text: str, offs: Sequence[int], ignored: Sequence[tuple[int, int]]) -> str:
    """``text`` with characters from ``ignored`` source ranges as ``*``; growing offsets bisected."""
    if not ignored:
        return text
    offsets = offs[: len(text)]
    if not isinstance(offsets, range) and list(offsets) != sorted(offsets):
        chars = list(text)
        for k, off in enumerate(offsets):
            if chars[k] != "\n" and any(a <= off < b for a, b in ignored):
                chars[k] = "*"
        return "".join(chars)
    chars = list(text)
    for a, b in ignored:
        first, last = bisect.bisect_left(offsets, a), bisect.bisect_left(offsets, b)
        if first < last:
            chars[first:last] = ["\n" if c == "\n" else "*" for c in text[first:last]]
    return "".join(chars)


def parse_document(
    source: str,
    fmt: str = "md",
    *,
    sentences: bool = True,
    ignored: Sequence[tuple[int, int]] = (),
) -> Document:
    """Split ``source`` (``md``, ``txt`` or ``rst``) into the blocks rules read.

    ``ignored`` source ranges (``TokenIgnores``/``BlockIgnores`` matches) are masked with ``*``.
    """
    if fmt == "md":
        doc = _markdown(source, sentences, ignored)
    else:
        from studio.rules import readers

        read = readers.rst_document if fmt == "rst" else readers.plain_document
        doc = read(source, sentences, ignored)
    ext = doc.ext
    summary_parts: list[str] = []
    summary_offs: list[int] = []
    for block in doc.blocks:
        head = block.scope.split(".", 1)[0]
        if block.scope.startswith(("text.list", "text.blockquote")) or head == "paragraph":
            if summary_parts:
                summary_parts.append("\n\n")
                summary_offs.extend([summary_offs[-1] if summary_offs else 0] * 2)  # after an empty item
            summary_parts.append(block.text)
            summary_offs.extend(block.offsets[: len(block.text)])
    summary_text = "".join(summary_parts)
    doc.summary = Block(summary_text, "summary." + ext, [*summary_offs, len(source)], "summary." + ext)
    doc.raw = Block(source, "raw." + ext, range(len(source) + 1), "raw." + ext)
    return doc


def _markdown(source: str, sentences: bool, ignored: Sequence[tuple[int, int]]) -> Document:
    start = 0
    front = _FRONT.match(source)
    if front:
        closer = compiled.pattern(r"^(?:---|\.\.\.|\+\+\+)[ \t]*$", regex.M).search(source, front.end())
        if closer:
            start = closer.end()
    lines = []
    pos = start
    for line in source[start:].split("\n"):
        lines.append((pos, pos + len(line.rstrip("\r"))))
        pos += len(line) + 1
    parser = _MarkdownBlocks(source, sentences, ignored)
    parser.parse(lines, None)
    return Document(source, "md", parser.blocks, dict(parser.metrics))
