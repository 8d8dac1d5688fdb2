"""A day told as what usually happens: a general fact, not this offer's date.

"El último día para domiciliar el pago suele ser el 25 de junio", "normalmente el plazo cierra el
30 de junio", "o prazo costuma terminar em 31 de maio", "the filing deadline is usually April 15":
a verb of habit ("soler", "costumar", "tend to") or an adverb of habit ("normalmente",
"generalmente", "por lo general", "usually", "typically") before the day, in its clause, tells a
rule of the calendar or of another body. The offer's own window is never told as a habit. Such a
day is another thing's when its clause states no offer fact (a percentage, a code, a price).
"""

from __future__ import annotations

from collections.abc import Sequence

from studio import compiled
from studio.consistency.facts import FactKind, _fold
from studio.consistency.sheet import Seen

#: a verb or an adverb of habit (folded text)
_HABIT = compiled.pattern(
    r"\b(?:suele|suelen|solia|solian|costuma|costumam|costumava|tends?\s+to|usually|typically|normally"
    r"|generally|normalmente|generalmente|habitualmente|geralmente|por\s+lo\s+general|en\s+general"
    r"|como\s+regla|as\s+a\s+rule)\b"
)
#: how far before the day the word of habit may stand
_REACH = 60
#: facts that make a clause the offer's
_OFFER_KINDS = (FactKind.PERCENT, FactKind.CODE, FactKind.PRICE)


def habitual_day(s: Seen, seen: Sequence[Seen], clause: tuple[int, int]) -> bool:
    """Whether the day ``s`` is told as a habit in a clause (``clause``: its span) with no offer fact."""
    first, last = clause
    before = s.text[max(first, s.fact.start - _REACH) : s.fact.start]
    if not _HABIT.search(_fold(before)):
        return False
    return not any(
        o.field == s.field and o.fact.kind in _OFFER_KINDS and first <= o.fact.start < last for o in seen
    )
