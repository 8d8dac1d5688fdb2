"""Printing for the CLI: tables, JSON and errors, always to the right stream."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import Any, TextIO

from studio.errors import StudioError


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def print_json(data: Any, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    json.dump(data, out, ensure_ascii=False, indent=2, default=_default)
    out.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]], stream: TextIO | None = None) -> None:
    """A plain aligned table (no borders): easy to read and to grep."""
    out = stream or sys.stdout
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    for line in (headers, *rows):
        out.write("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip() + "\n")


#: Problems printed one per line; beyond, one line counts the rest (a hostile file can hold 100,000).
MAX_PROBLEMS_PRINTED = 50


def print_error(error: StudioError, stream: TextIO | None = None) -> None:
    """One line per located problem (``file:line: field: message``), at most
    :data:`MAX_PROBLEMS_PRINTED` of them, then their count; ``studio: error: …`` when there are none."""
    out = stream or sys.stderr
    if error.problems:
        for problem in error.problems[:MAX_PROBLEMS_PRINTED]:
            out.write(f"{problem}\n")
        if len(error.problems) > MAX_PROBLEMS_PRINTED:
            out.write(f"studio: … and {len(error.problems) - MAX_PROBLEMS_PRINTED} more problems\n")
        if len(error.problems) > 1:
            out.write(f"studio: {len(error.problems)} problems\n")
    else:
        out.write(f"studio: error: {error.message}\n")


def local(moment: datetime) -> str:
    """A timestamp in the machine's zone, minutes precision."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
