"""Links, hashtags and mentions in post texts (what previews style)."""

from __future__ import annotations

from studio.render.entities import Entity, text_entities


def parts(text: str) -> list[tuple[str, str]]:
    return [(e.kind, text[e.start : e.end]) for e in text_entities(text)]


def test_finds_links_hashtags_and_mentions_in_order() -> None:
    text = "Pide: https://www.cafeaurora.example/bf?utm_source=x&a=1. #CaféAurora #BlackFriday @cafe.aurora"
    assert parts(text) == [
        ("url", "https://www.cafeaurora.example/bf?utm_source=x&a=1"),
        ("hashtag", "#CaféAurora"),
        ("hashtag", "#BlackFriday"),
        ("mention", "@cafe.aurora"),
    ]


def test_offsets_are_code_points() -> None:
    text = "☕🎉 #Café"
    assert text_entities(text) == [Entity("hashtag", 3, 8)]


def test_not_entities() -> None:
    assert parts("nº #1, email hola@cafeaurora.example, a#b, https://x.example/#frag") == [
        ("url", "https://x.example/#frag")
    ]
    assert parts("(https://cafeaurora.example/navidad)") == [("url", "https://cafeaurora.example/navidad")]
