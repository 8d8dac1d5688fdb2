"""A price written with a slip of the keyboard: the sheet's price or original with one digit
dropped, added, changed or two swapped, or its decimal point moved ("$119.90" for $1,199.00)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studio.consistency.sheet import Sheet


def _digits(amount: Decimal) -> str:
    """The significant digits of an amount: 1199.00, 119.90 and 11,990 all give "1199"."""
    return format(amount.normalize(), "f").replace(".", "").lstrip("0").rstrip("0") if amount else ""


def price_slip(amount: Decimal, sheet: Sheet) -> bool:
    """Whether ``amount`` is the price or the original price with a digit dropped, added, changed
    or two swapped, or its decimal point moved ("$119.90" for $1,199.00)."""
    written = _digits(amount)
    for target in (sheet.price, sheet.original_price):
        if target is None:
            continue
        right = _digits(target)
        # a digit dropped, added, changed or swapped only in a number of three digits or more:
        # "6" is no slip of "96" ("$ 6.000" beside "$ 96.000"), "119" of "1199" is
        if written == right or (min(len(written), len(right)) >= 3 and _one_edit(written, right)):
            return True
    return False


def _one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        i, j = [*diff, 0, 0][:2]
        return len(diff) == 1 or (len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i])
    short, long = sorted((a, b), key=len)
    return len(long) - len(short) == 1 and any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
