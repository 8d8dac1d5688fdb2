"""Cells of the CSV sheets the export writes for people (a spreadsheet shows them, never runs them)."""

from __future__ import annotations

#: A CSV cell starting with one of these is a formula to a spreadsheet (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """``value`` as a spreadsheet shows it, never runs it: text starting like a formula gets a ``'``.

    OWASP's advice against CSV injection; ``-20 %`` becomes ``'-20 %``, which a spreadsheet
    shows as ``-20 %`` and a script reading the CSV sees with the quote (docs/export.md).
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
