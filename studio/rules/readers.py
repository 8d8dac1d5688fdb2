"""The plain-text and reStructuredText readers (Markdown's is :mod:`studio.rules.markup`).

Both build each block's text with its map back to the source, as the Markdown reader does: plain
text maps one to one (a ``range``), reST through the same slice-by-slice builder.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from studio import compiled
from studio.rules.markup import Document, _join, _mask, _prose, _Text, _trim_lines
from studio.rules.model import Block

# ---------------------------------------------------------------------------------------------
# plain text


def _paragraph_ranges(source: str) -> list[tuple[int, int]]:
    """Source ranges of the paragraphs of a plain text (separated by blank lines)."""
    out = []
    for m in regex.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", source):
        s, e = m.span()
        while e > s and source[e - 1] in "\n\r":
            e -= 1
        out.append((s, e))
    return out


def plain_document(source: str, sentences: bool, ignored: Sequence[tuple[int, int]]) -> Document:
    ext = "txt"
    blocks: list[Block] = []
    for s, e in _paragraph_ranges(source):
        offs = range(s, e + 1)  # a paragraph of plain text maps to the source one to one
        text = _mask(source[s:e], offs, ignored)
        _prose(blocks, text, offs, ext, frozenset(), sentences)
    return Document(source, ext, blocks, {})


# ---------------------------------------------------------------------------------------------
# reStructuredText (the parts prose lives in)

_RST_ADORN = compiled.pattern(r"""^([=\-~^"'`#*+:.<>_])\1+[ \t]*$""")
_RST_ITEM = compiled.pattern(r"^(\s*)(?:[-*+•]|\d+[.)]|#[.)]|\(\d+\))[ \t]+")
_RST_DIRECTIVE = compiled.pattern(r"^\s*\.\.(?:\s|$)")
_RST_LITERAL = compiled.pattern(r"``(.+?)``|:[\w:.+-]+:`([^`]+)`")
_RST_INLINE = compiled.pattern(
    r"`([^`<]+?)\s*<[^>]+>`__?|`([^`]+)`_{0,2}|\*\*(\S(?:.*?\S)?)\*\*|\*(\S(?:.*?\S)?)\*"
)


def rst_document(source: str, sentences: bool, ignored: Sequence[tuple[int, int]]) -> Document:
    blocks: list[Block] = []
    metrics: dict[str, int] = {}
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in source.split("\n"):
        lines.append((pos, pos + len(line.rstrip("\r"))))
        pos += len(line) + 1
    i, n = 0, len(lines)
    levels: list[str] = []
    literal_next = False
    while i < n:
        s, e = lines[i]
        line = source[s:e]
        if not line.strip():
            i += 1
            continue
        indent = len(line) - len(line.lstrip())
        if _RST_DIRECTIVE.match(line) or (literal_next and indent > 0):
            j = i + 1
            while j < n and (not source[lines[j][0] : lines[j][1]].strip() or source[lines[j][0]] in " \t"):
                j += 1
            metrics["pre"] = metrics.get("pre", 0) + (0 if _RST_DIRECTIVE.match(line) else 1)
            literal_next = False
            i = j
            continue
        literal_next = False
        if (
            _RST_ADORN.match(line)
            and i + 2 < n
            and _RST_ADORN.match(source[lines[i + 2][0] : lines[i + 2][1]])
        ):
            i += 1  # overline: the title follows
            continue
        if (
            i + 1 < n
            and _RST_ADORN.match(source[lines[i + 1][0] : lines[i + 1][1]])
            and not _RST_ADORN.match(line)
        ):
            char = source[lines[i + 1][0]]
            if char not in levels:
                levels.append(char)
            level = levels.index(char) + 1
            text, offs = _rst_inline(source, [(s + indent, e)])
            scope = f"text.heading.h{level}.rst"
            metrics[f"heading.h{level}"] = metrics.get(f"heading.h{level}", 0) + 1
            blocks.append(Block(_mask(text, offs, ignored), scope, offs, scope))
            i += 2
            continue
        item = _RST_ITEM.match(line)
        j = i + 1
        while j < n:
            lj = source[lines[j][0] : lines[j][1]]
            if not lj.strip() or (item and _RST_ITEM.match(lj)) or (not item and _RST_DIRECTIVE.match(lj)):
                break
            j += 1
        segments = [(lines[k][0], lines[k][1]) for k in range(i, j)]
        if item:
            segments[0] = (s + item.end(), e)
        segments = _trim_lines(source, segments)
        text, offs = _rst_inline(source, segments)
        text = _mask(text, offs, ignored)
        if text.rstrip().endswith("::"):
            literal_next = True
        if item:
            metrics["list"] = metrics.get("list", 0) + 1
            blocks.append(Block(text, "text.list.rst", offs, "text.list.rst"))
        else:
            _prose(blocks, text, offs, "rst", frozenset(), sentences)
        i = j
    return Document(source, "rst", blocks, metrics)


def _rst_inline(source: str, segments: list[tuple[int, int]]) -> tuple[str, list[int]]:
    raw, offs = _join(source, segments)
    out = _Text()
    pos = 0
    for m in regex.finditer(_RST_LITERAL.pattern + "|" + _RST_INLINE.pattern, raw):
        out.put(raw[pos : m.start()], offs[pos : m.start()])
        if m.group(1) is not None or m.group(2) is not None:
            g = 1 if m.group(1) is not None else 2
            out.put("*" * (m.end(g) - m.start(g)), offs[m.start(g) : m.end(g)])
        else:
            for g in range(3, 7):
                if m.group(g) is not None:
                    out.put(m.group(g), offs[m.start(g) : m.end(g)])
                    break
        pos = m.end()
    out.put(raw[pos:], offs[pos:])
    return out.build(offs[-1] + 1 if offs else 0)
