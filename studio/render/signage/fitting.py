"""Text on posters: wrapping, fitting into a box at the largest size, and placing measured lines."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from studio.render.signage.kit import PT_PER_INCH, Box, Rgb, _Face, _face


@dataclass(frozen=True)
class PlacedText:
    """One field as drawn: its lines, font size and where its ink lies."""

    field: str
    lines: tuple[str, ...]
    font: str
    """The brand font role: ``headline``, ``body`` or ``body_bold``."""
    px: int
    pt: float
    origins: tuple[tuple[int, int], ...]
    """Left end of each line's baseline (Pillow anchor ``ls``)."""
    ink: tuple[Box, ...]
    """Each line's ink box."""
    box: Box
    """The union of the lines' ink."""
    color: Rgb
    strike: Box | None = None
    """A bar drawn across the old amount of a ``was`` price."""


# -- text: wrapping and fitting ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Block:
    """Lines of text at one size, measured: ``height`` holds all their ink."""

    lines: tuple[str, ...]
    font: str
    px: int
    step: int
    top: int
    """From the block's top to the first baseline."""
    height: int
    width: int


def _ink_width(face: _Face, text: str) -> int:
    left, _, right, _ = face.bbox(text)
    return right - min(left, 0)


def _split_word(face: _Face, word: str, width: int) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and _ink_width(face, current + char) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def _wrap(face: _Face, text: str, width: int, *, break_words: bool = False) -> list[str] | None:
    """Greedy word wrap (hard breaks kept; no-break spaces never broken). ``None`` when a word is wider
    than ``width`` and ``break_words`` is off.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        # Only plain spaces break: "2,50\u00a0€" stays on one line.
        words = [w for w in re.split(r"[ \t]+", paragraph) if w]
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if _ink_width(face, candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            if _ink_width(face, word) <= width:
                line = word
            elif break_words:
                *full, line = _split_word(face, word, width)
                lines.extend(full)
            else:
                return None
        if line:
            lines.append(line)
    return lines


def _measure(lines: list[str], fonts: Mapping[str, Path], role: str, px: int, leading: float) -> _Block:
    face = _face(fonts, role, px)
    cap = -face.bbox("H")[1]
    top = max(cap, -face.bbox(lines[0])[1])
    bottom = max(0, face.bbox(lines[-1])[3])
    step = round(px * leading)
    width = max(_ink_width(face, line) for line in lines)
    return _Block(
        lines=tuple(lines),
        font=role,
        px=px,
        step=step,
        top=top,
        height=top + step * (len(lines) - 1) + bottom,
        width=width,
    )


def _fit(
    text: str,
    fonts: Mapping[str, Path],
    role: str,
    *,
    width: int,
    height: int,
    max_px: int,
    min_px: int,
    max_lines: int,
    leading: float,
    balance: bool = False,
    relaxed: bool = False,
) -> _Block | None:
    """The largest size in [min_px, max_px] at which ``text`` wraps into ``max_lines`` lines inside
    ``width`` × ``height``; ``None`` when nothing fits. ``relaxed``: the last resort, at ``min_px``,
    twice the lines and words broken where they must.
    """
    text = text.strip()
    max_px = max(min_px, max_px)

    def attempt(px: int, lines_cap: int = max_lines, break_words: bool = False) -> _Block | None:
        lines = _wrap(_face(fonts, role, px), text, width, break_words=break_words)
        if not lines or len(lines) > lines_cap:
            return None
        block = _measure(lines, fonts, role, px, leading)
        return block if block.height <= height else None

    if attempt(min_px) is None:
        return attempt(min_px, lines_cap=2 * max_lines, break_words=True) if relaxed else None
    low, high = min_px, max_px
    while low < high:
        middle = (low + high + 1) // 2
        if attempt(middle) is not None:
            low = middle
        else:
            high = middle - 1
    block = attempt(low)
    assert block is not None
    if balance and len(block.lines) > 1:
        block = _balanced(text, fonts, role, block, width, leading)
    return block


def _balanced(
    text: str, fonts: Mapping[str, Path], role: str, block: _Block, width: int, leading: float
) -> _Block:
    """The same number of lines in the narrowest measure: even lines, no lonely last word."""
    face = _face(fonts, role, block.px)
    count = len(block.lines)
    low, high = max(_ink_width(face, w) for w in text.split()), width
    best = list(block.lines)
    while low < high:
        middle = (low + high) // 2
        lines = _wrap(face, text, middle)
        if lines is not None and len(lines) <= count:
            best, high = lines, middle
        else:
            low = middle + 1
    return _measure(best, fonts, role, block.px, leading)


def _one_line(
    text: str, fonts: Mapping[str, Path], role: str, *, width: int, max_px: int, min_px: int
) -> _Block | None:
    return _fit(
        text, fonts, role, width=width, height=10**6, max_px=max_px, min_px=min_px, max_lines=1, leading=1.0
    )


def _place(
    block: _Block,
    fonts: Mapping[str, Path],
    field: str,
    *,
    x: int,
    top: int,
    color: Rgb,
    dpi: int,
    align: str = "left",
    strike_amount: bool = False,
) -> PlacedText:
    """Put a measured block with its top at ``top``: left-aligned from ``x`` or centred on ``x``."""
    face = _face(fonts, block.font, block.px)
    origins: list[tuple[int, int]] = []
    inks: list[Box] = []
    for i, line in enumerate(block.lines):
        left, ink_top, right, ink_bottom = face.bbox(line)
        baseline = top + block.top + i * block.step
        ox = x - (right + left) // 2 if align == "center" else x - min(left, 0)
        origins.append((ox, baseline))
        inks.append((ox + left, baseline + ink_top, ox + right, baseline + ink_bottom))
    union = (
        min(b[0] for b in inks),
        min(b[1] for b in inks),
        max(b[2] for b in inks),
        max(b[3] for b in inks),
    )
    strike = (
        _strike_box(block.lines[0], face, origins[0]) if strike_amount and len(block.lines) == 1 else None
    )
    return PlacedText(
        field=field,
        lines=block.lines,
        font=block.font,
        px=block.px,
        pt=block.px * PT_PER_INCH / dpi,
        origins=tuple(origins),
        ink=tuple(inks),
        box=union,
        color=color,
        strike=strike,
    )


@lru_cache(maxsize=1)
def _amount_pattern() -> re.Pattern[str]:
    symbols = "".join(
        re.escape(chr(c)) for c in range(0x20A0, 0x20C1) if unicodedata.category(chr(c)) == "Sc"
    )
    currency = rf"(?:[A-Z]{{0,3}}[$£¥{symbols}]|[A-Z]{{3}})"
    number = r"\d(?:[\d.,'\u00a0\u202f]*\d)?"
    return re.compile(rf"(?:{currency}[\u00a0\u202f ]?)?{number}(?:[\u00a0\u202f ]?{currency})?")


def _strike_box(text: str, face: _Face, origin: tuple[int, int]) -> Box:
    """The bar across the amount of "Antes 3,20 €" (the whole text when no amount is found)."""
    match = _amount_pattern().search(text)
    start, end = (match.start(), match.end()) if match else (0, len(text))
    x0 = origin[0] + round(face.length(text[:start]))
    x1 = origin[0] + round(face.length(text[:end]))
    digit_top = face.bbox("0")[1]
    size = face.font.size
    thickness = max(2, round(size * 0.075))
    middle = origin[1] + digit_top // 2
    pad = round(size * 0.06)
    return (x0 - pad, middle - thickness // 2, x1 + pad, middle - thickness // 2 + thickness)
