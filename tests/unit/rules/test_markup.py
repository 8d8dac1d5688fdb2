"""Reading documents: which blocks a rule sees, with which scope, mapped back to the source."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from studio.rules.markup import format_of, parse_document
from studio.rules.sentences import sentence_spans


def _blocks(text: str, fmt: str = "md") -> list[tuple[str, str]]:
    doc = parse_document(text, fmt)
    for block in doc.blocks:
        for i, char in enumerate(block.text):
            if char not in "*\n":
                assert text[block.offsets[i]] == char, (block.scope, block.text, i)
    return [(b.scope, b.text) for b in doc.blocks if not b.scope.startswith(("paragraph", "sentence"))]


def test_markdown_blocks_and_scopes() -> None:
    text = (
        "# Título *con* énfasis\n\nPárrafo con [enlace](https://x.es) y `código`.\n"
        "Sigue aquí.\n\n- uno\n- dos **negrita**\n\n> cita\n\n| a | b |\n|---|---|\n| c | d |\n\n"
        "![texto alternativo](foto.png)\n\nTítulo dos\n----------\n"
    )
    assert _blocks(text) == [
        ("text.heading.h1.md", "Título con énfasis"),
        ("text.md", "Párrafo con enlace y ******.\nSigue aquí."),
        ("text.list.md", "uno"),
        ("text.list.md", "dos negrita"),
        ("text.blockquote.md", "cita"),
        ("text.table.header.md", "a"),
        ("text.table.header.md", "b"),
        ("text.table.cell.md", "c"),
        ("text.table.cell.md", "d"),
        ("text.attr.alt.md", "texto alternativo"),
        ("text.heading.h2.md", "Título dos"),
    ]


def test_plain_text_paragraphs_and_sentences() -> None:
    doc = parse_document("¡Hola! ¿Vienes? Sr. Pérez llega a las 10 a.m. hoy.\n\nOtro párrafo", "txt")
    assert [(b.scope, b.text) for b in doc.blocks if b.scope.startswith("sentence")] == [
        ("sentence.txt", "¡Hola!"),
        ("sentence.txt", "¿Vienes?"),
        ("sentence.txt", "Sr. Pérez llega a las 10 a.m. hoy."),
        ("sentence.txt", "Otro párrafo"),
    ]
    assert doc.summary is not None and doc.summary.text.count("\n\n") == 1
    assert doc.raw is not None and doc.raw.text.startswith("¡Hola!")


def test_rst_titles_literals_and_directives() -> None:
    text = "Título\n======\n\nfoo ``bar`` baz\n\n.. note::\n\n   oculto\n\n- item\n"
    assert _blocks(text, "rst") == [
        ("text.heading.h1.rst", "Título"),
        ("text.rst", "foo *** baz"),
        ("text.list.rst", "item"),
    ]


def test_emphasis_delimiters_and_snake_case() -> None:
    assert _blocks("Un *café* y un __té__, variable_con_guiones y 2 * 3 = 6")[0][1] == (
        "Un café y un té, variable_con_guiones y 2 * 3 = 6"
    )


def test_formats_by_name() -> None:
    assert [format_of(n) for n in ("a.md", "b.markdown", "c.txt", "d.rst", "md", "e.yaml")] == [
        "md",
        "md",
        "txt",
        "rst",
        "md",
        None,
    ]


def test_sentences_keep_abbreviations_and_ellipses() -> None:
    text = "Ver pág. 3, etc. Después… seguimos. Fin"
    assert [text[a:b] for a, b in sentence_spans(text)] == ["Ver pág. 3, etc. Después… seguimos.", "Fin"]


def test_an_empty_rst_list_item_before_prose_is_read() -> None:
    """It used to end the summary's offsets before they began (an IndexError, a traceback)."""
    doc = parse_document("*  \n\n ;-1\nb[`b<(&<#[(a>a#_a_ !.!(_1;aé!**]aaa1", "rst")
    assert doc.summary is not None and doc.summary.text.endswith("aaa1")


@settings(max_examples=300, deadline=None)
@given(st.text("ab é*_~`[]()!<>&#;\\\n-1. ", max_size=120), st.sampled_from(["md", "txt", "rst"]))
def test_every_character_read_points_at_the_character_written(source: str, fmt: str) -> None:
    """Blocks are built by slices: each character of a block (apart from masked code, decoded
    entities and joined line breaks) is the source character its offset points at."""
    doc = parse_document(source, fmt)
    for block in doc.blocks:
        assert len(block.offsets) == len(block.text) + 1
        for char, offset in zip(block.text, block.offsets, strict=False):
            if char not in "*\n" and source[offset] not in "&\n":
                assert source[offset] == char, (block.text, offset)
