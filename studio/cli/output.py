"""Printing for the CLI: tables, JSON and errors, always to the right stream."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import Any, TextIO

from studio.errors import MAX_PROBLEMS_PRINTED, print_error

#: print_error and its limit live in the core (studio.errors): the GUI prints start-up errors too
__all__ = ["MAX_PROBLEMS_PRINTED", "local", "print_error", "print_json", "print_table"]


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


def local(moment: datetime) -> str:
    """A timestamp in the machine's zone, minutes precision."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
