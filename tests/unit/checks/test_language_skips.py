"""The language kind's shortcuts give exactly the answers of asking the detector every time.

A keystroke's check skips langdetect where its answer cannot matter: a field's vote is decided by
the paragraphs already judged, or a sentence's words lean to no other language. The reference
functions below are the code before those shortcuts; every text of the consistency corpora and
the demo campaigns, edited paragraph by paragraph as a marketer types, must be judged the same.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from studio.rules.kinds import language as kind
from studio.text.function_words import FUNCTION_WORDS, function_words
from studio.text.language import (
    identify_language,
    prose,
    second_opinion,
    word_votes,
    words_lean_to,
)

ROOT = Path(__file__).resolve().parents[3]
FILES = sorted([*ROOT.glob("tests/corpus/consistency*/*.yaml"), *ROOT.glob("campaigns/*.campaign.yaml")])
KEEP_OUT = ("Café Aurora", "Aurora", "Café", "app", "online", "latte")


def _read_corpus(path: Path) -> Any:
    """A corpus file as data, by libyaml's C loader (the same data as ``yaml.safe_load``, ten times
    faster: these tests read every corpus folder, one more each round)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def reference_text_language(text: str, keep_out: tuple[str, ...], min_chars: int) -> str | None:
    votes: dict[str, int] = {}
    for paragraph in text.split("\n\n"):
        found = identify_language(paragraph, keep_out, min_chars)
        if found:
            votes[found] = votes.get(found, 0) + len(paragraph)
    if not votes and "\n\n" in text:
        return identify_language(" ".join(text.split()), keep_out, min_chars)
    return max(votes, key=lambda k: votes[k]) if votes else None


def reference_sentence_language(
    sentence: str, expected: str, keep_out: tuple[str, ...], least: int
) -> str | None:
    clean_len = len(prose(sentence, keep_out))
    if clean_len >= least:
        found = identify_language(sentence, keep_out, least)
        if found and found != expected and words_lean_to(sentence, found, expected):
            return found
        found = identify_language(sentence, keep_out, least, sure=kind.LIKELY)
        if found and found != expected and words_lean_to(sentence, found, expected, clearly=True):
            return kind._surer(sentence, found, expected, keep_out)  # (py3langid's when surer)
    other, other_prob = second_opinion(sentence, keep_out)
    if other == expected:
        return None
    if other in FUNCTION_WORDS and function_words(sentence, other, expected) >= 2:
        return other  # Galician, Catalan, Basque by their own words, however sure py3langid is
    theirs, ours = word_votes(sentence, other, expected)
    if (
        clean_len >= least
        and ours == 0
        and theirs >= (2 if other_prob >= kind.AGREED_SURE else kind.WORDS_ALONE)
    ):
        return other
    if other_prob < kind.AGREED_SURE:
        return None
    agreed = identify_language(sentence, keep_out, kind.AGREED_MIN_CHARS, sure=kind.AGREED_SURE)
    if clean_len >= kind.AGREED_MIN_CHARS and agreed == other and theirs > ours:
        return other
    return None


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def corpus_texts() -> list[str]:
    seen: dict[str, None] = {}
    for path in FILES:
        for text in _strings(_read_corpus(path)):
            if len(text) >= kind.AGREED_MIN_CHARS:
                seen.setdefault(text, None)
    return list(seen)


# a fixed half of every corpus's texts (by a hash of the text): the corpora grow by a folder each
# round, and the comparison needs their variety, not every copy of it
TEXTS = [t for t in corpus_texts() if zlib.crc32(t.encode()) % 2 == 0]


def test_the_corpora_are_read() -> None:
    assert len(FILES) >= 15 and len(TEXTS) > 500


@pytest.mark.parametrize("expected", ["es", "en"])
def test_every_corpus_sentence_is_judged_as_the_detector_alone_judges_it(expected: str) -> None:
    sentences: dict[str, None] = {}
    for text in TEXTS:
        for m in kind._SENTENCE.finditer(kind._links_as_breaks(text)):
            sentence = text[m.start() : m.end()].strip()
            if len(sentence) >= kind.AGREED_MIN_CHARS:
                sentences.setdefault(sentence, None)
    assert len(sentences) > 500
    differ = []
    foreign = 0
    for sentence in sentences:
        want = reference_sentence_language(sentence, expected, KEEP_OUT, 30)
        got = kind._sentence_language.__wrapped__(sentence, expected, KEEP_OUT, 30)
        foreign += want is not None
        if got != want:
            differ.append((sentence, want, got))
    assert differ == []
    assert foreign > 10  # the corpora hold foreign sentences: the shortcut was tested where it must not skip


def test_a_field_edited_paragraph_by_paragraph_votes_as_asking_every_paragraph() -> None:
    rng = random.Random(18)
    fragments = [t[: rng.randrange(10, 120)] for t in rng.sample(TEXTS, 200)]
    fields = [t for t in TEXTS if "\n\n" in t]
    # fields of several paragraphs in more than one language, too
    fields += ["\n\n".join(rng.sample(TEXTS, rng.randrange(2, 6))) for _ in range(150)]
    assert len(fields) > 150
    kind._Paragraphs.cache_clear()
    differ = []
    for text in fields:
        for min_chars in (20, 30):
            paragraphs = text.split("\n\n")
            kind.text_language(text, KEEP_OUT, min_chars)  # judged once: every paragraph known
            for _ in range(3):  # a few keystrokes in one paragraph (or a new one)
                i = rng.randrange(len(paragraphs) + 1)
                typed = rng.choice(fragments)[: rng.randrange(1, 40)]
                if i == len(paragraphs):
                    paragraphs.append(typed)
                else:
                    paragraphs[i] += typed
                edited = "\n\n".join(paragraphs)
                want = reference_text_language(edited, KEEP_OUT, min_chars)
                got = kind.text_language(edited, KEEP_OUT, min_chars)
                if got != want:
                    differ.append((edited, want, got))
    assert differ == []


def test_a_lead_too_small_for_the_changed_paragraph_asks_the_detector() -> None:
    spanish = "Este otoño vuelve el latte de calabaza a todas nuestras cafeterías de la ciudad."
    english = "Pumpkin spice is back in every one of our coffee shops across the whole city this fall."
    kind._Paragraphs.cache_clear()
    assert kind.text_language(f"{spanish}\n\n{english} Come", (), 30) == "en"  # English is longer
    # the English paragraph changed to Spanish: the known Spanish lead is smaller than it, so it is asked
    text = f"{spanish}\n\n{spanish} Ven ya a probarlo con tus amigos"
    assert kind.text_language(text, (), 30) == reference_text_language(text, (), 30) == "es"
    # a long known Spanish lead: a short changed English paragraph cannot win, and is not asked
    long_spanish = "\n\n".join([spanish] * 4)
    kind.text_language(f"{long_spanish}\n\nVen", (), 30)
    text = f"{long_spanish}\n\n{english}"
    before = identify_language.cache_info().misses
    assert kind.text_language(text, (), 30) == reference_text_language(text, (), 30) == "es"
    assert identify_language.cache_info().misses == before + 1  # only the reference asked
