"""A linter that keeps its rules' hits per block text (a keystroke edits one paragraph) reports
exactly what a new linter reports, whatever is typed where."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from studio.rules.config import load_config
from studio.rules.engine import Linter
from studio.workspace import default_root

INI = default_root() / "brand_rules" / "studio.ini"
TEXT = (
    "Vuelve el Turrón Latte a Café Aurora.\n\n"
    "Espresso de tueste natural y leche cremosa. Muy muy rico, la verdad.\n\n"
    "- Antes 4,60 €, ahora 3,90 € en tienda.\n- Pídelo desde la app\n\n"
    "Oferta válida hasta el 6 de enero. Consulta condiciones en la web."
)
WORDS = [
    "muy",
    "email",
    "Click aquí",
    "super",
    "OK",
    "gratis",
    "TODO",
    "Latte",
    "café",
    "e-mail",
    "  ",
    "\n\n",
]


def _edit(text: str, rng: random.Random) -> str:
    at = rng.randrange(len(text) + 1)
    if rng.random() < 0.3 and len(text) > 10:
        return text[:at] + text[at + rng.randrange(1, 6) :]
    return text[:at] + rng.choice(WORDS) + text[at:]


def _shown(linter: Linter, text: str, fmt: str) -> list[tuple[object, ...]]:
    return [
        (a.check, a.line, a.column, a.end_column, a.start, a.end, a.message, a.fix)
        for a in linter.lint(text, format=fmt)
    ]


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10_000), fmt=st.sampled_from(["txt", "md"]))
def test_warm_block_hits_equal_a_new_linter(seed: int, fmt: str) -> None:
    rng = random.Random(seed)
    config = load_config(Path(INI))
    warm = Linter(config)
    text = TEXT
    _shown(warm, text, fmt)
    for _ in range(6):
        text = _edit(text, rng)
        assert _shown(warm, text, fmt) == _shown(Linter(config), text, fmt)
    assert warm._blocks._hits  # the demo brand has block-pure rules: their hits were kept


def test_an_edited_paragraph_is_linted_again() -> None:
    linter = Linter(load_config(Path(INI)))
    before = _shown(linter, TEXT, "txt")
    edited = TEXT.replace("Muy muy rico", "El mejor café del mundo")
    after = _shown(linter, edited, "txt")
    assert after != before
    assert after == _shown(Linter(load_config(Path(INI))), edited, "txt")


def test_a_paragraph_typed_between_kept_ones_keeps_the_order_of_alerts() -> None:
    """A new block in the middle of kept ones: its hits fall in document order among theirs (a
    rule with a limit reports the first ones, as a new linter does)."""
    config = load_config(Path(INI))
    warm = Linter(config)
    paragraphs = [
        "Envío a domicilio con delivery gratis, y es el más barato.",
        "Pide tu café para take away en Cafe Aurora. Insuperable.",
        "Satisfacción garantizada: recogida con pick up en tienda.",
    ]
    text = "\n\n".join(paragraphs)
    _shown(warm, text, "md")
    for typed in ("Y", "Ya e", "Ya es imbatible, y", "Ya es imbatible, y con delivery de Cafe Aurora"):
        edited = "\n\n".join([paragraphs[0], typed, *paragraphs[1:]])
        assert _shown(warm, edited, "md") == _shown(Linter(config), edited, "md")
    assert _shown(warm, edited, "md")  # the brand's rules found something to compare
