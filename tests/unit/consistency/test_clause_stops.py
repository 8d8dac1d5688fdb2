"""clause_of reads the sentence stops of a text once (context._stops) and answers what scanning the
text up to each fact answered: the same clause for every position."""

from __future__ import annotations

import random

from studio.consistency.context import _CLAUSE_END, clause_of

TEXTS = [
    "a.b",
    ".",
    "x. y",
    "Antes (reg. $159.99). Ahora 3,90 € en la app! Av. 5 de Mayo; hasta las 11:59 p.m. on Sunday.",
    "Ya está aquí ☕ Y el sábado\nmás. Hola!x ¿Vienes? Sí; claro. min. 2 uds. Tel. 555",
    "Pídelo ya.Hasta el 6 de enero.\n\n- Antes 4,60 €\n- Ahora 3,90 €…",
]


def _scanned(text: str, start: int, end: int) -> tuple[int, int]:
    """What clause_of answered before it kept each text's stops."""
    first = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        first = m.end()
    after = _CLAUSE_END.search(text, end)
    return first, after.start() if after else len(text)


def test_every_position_reads_the_clause_a_scan_reads() -> None:
    rng = random.Random(7)
    pieces = [". ", ".", "! ", "?", ";", "\n", "☕", "reg", "Av", " p.m", "abc", " ", "3,90 €", "x"]
    texts = [*TEXTS, *("".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30))) for _ in range(200))]
    for text in texts:
        for start in range(len(text) + 1):
            for end in {start, min(len(text), start + 1), min(len(text), start + 4)}:
                assert clause_of(text, start, end) == _scanned(text, start, end), (text, start, end)
