"""The factors of a pattern (studio.prefilter): a text the test turns away cannot match.

Every pattern the consistency readers guard with :func:`studio.prefilter.may_match` is run over
every paragraph and whole text of the consistency corpus and the demo campaigns: wherever the test
says "cannot match", the pattern finds nothing. Then the corner cases of case folding.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex
import yaml

from studio import compiled, prefilter
from studio.consistency import (
    bonus_units,
    bought_gifts,
    bound_gifts,
    claims,
    ending,
    ends_soon,
    escorted_free,
    gifts,
    group_free,
    head_stretch,
    mechanics,
    money,
    offer_gifts,
    offer_phase,
    paraphrase,
    quantities,
    urgency,
)
from studio.rules.kinds import placeholder
from studio.text import address_cues, draft_notes, foreign_calendar, senhor_forms, slots
from studio.text.layout_parts import ALL_PARTS

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("es", "en", "pt")


def _guarded() -> list[regex.Pattern[str]]:
    found: list[regex.Pattern[str]] = [money._MECHANICS, *mechanics._patterns(), *paraphrase._patterns()]
    found += gifts._patterns()
    found += [p for p, _ in quantities._patterns()] + [
        quantities._REFERRAL,
        offer_gifts._GIFT,
        bound_gifts._GIFT,
        bought_gifts._CONDITION,
        bought_gifts._BUY_AND,
        group_free._GROUP_FREE,
        escorted_free._ESCORT,
        bonus_units._BONUS,
    ]
    found += [slots._GOES_HERE, slots._INSERT, *draft_notes._note_patterns(ALL_PARTS)]
    found += [placeholder._INSTRUCTION, placeholder._INSTRUCTION_LINE, placeholder._SLOT_HERE]
    found += [placeholder._PART_STATUS]
    found += [p for p, _ in ending._shapes()]
    found += [p for p, _ in offer_phase._shapes()]
    found.append(address_cues._VOCATIVE)
    for language in LANGUAGES:
        found += [c.pattern for c in claims._claim_patterns(language)]
        found += [p for p, _, _ in urgency._patterns(language)]
        found.append(head_stretch._pattern(language))
        if language in ends_soon._END:
            found += [p for p, _ in ends_soon._shapes(language)]
        calendar = foreign_calendar._foreign(language)[1]
        if calendar is not None:
            found.append(calendar)
    found.append(senhor_forms._CONTRACTED)
    return found


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _texts() -> list[str]:
    files = sorted((ROOT / "tests" / "corpus" / "consistency").glob("*.yaml"))
    files += sorted((ROOT / "campaigns").glob("*.yaml"))
    texts: set[str] = set()
    for path in files:
        for text in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            texts.add(text)
            texts.update(p for p in text.split("\n\n") if p.strip())
    return sorted(texts)


def test_a_text_turned_away_holds_no_match() -> None:
    patterns = _guarded()
    texts = _texts()
    turned_away = 0
    for pattern in patterns:
        for text in texts:
            if not prefilter.may_match(pattern, text):
                turned_away += 1
                assert pattern.search(text) is None, (pattern.pattern[:80], text[:200])
    assert turned_away > len(texts) * len(patterns) // 2  # the test turns most texts away


@pytest.mark.parametrize(
    ("source", "flags", "text", "matches"),
    [
        (r"(?<!\w)pag(?:a|as|ás)\s+\d", regex.IGNORECASE | regex.VERSION1, "Y PAGÁS 2", True),
        (r"(?<!\w)pag(?:a|as|ás)\s+\d", regex.IGNORECASE | regex.VERSION1, "y cobrás 2", False),
        (r"straße", regex.IGNORECASE | regex.VERSION1, "STRASSE", True),
        (r"strasse", regex.IGNORECASE | regex.VERSION1, "Straße", True),
        (r"(?i)istanbul", 0, "İSTANBUL", True),
        (r"(?i)ıyi", 0, "IYI", True),
        (r"\d+\s?%", 0, "20 %", True),
        (r"(?=.*gratis)\d+", 0, "3 gratis", True),
        (r"(?:dos|tres)\s+por\s+(?:uno|dos)", 0, "dos por uno", True),
        # whitespace: every run is one space, in the pattern and in the text
        (r"on\s+us", regex.IGNORECASE, "ON \t\n\u00a0US", True),
        (r"on\s+us", regex.IGNORECASE, "one of us", False),
        (r"de  regalo", 0, "de  regalo", True),
        (r"x\s*y[\s,]z", 0, "xy\u2003z", True),
        (r"x\s*y[\s,]z", 0, "x y, z", False),
        (r"foo[^\S\n]+bar", 0, "foo \u3000 bar", True),
        (r"foo[^\S\n]+bar", 0, "foo, bar", False),
        (r"a\nb", 0, "a\nb", True),
    ],
)
def test_case_folding_never_turns_a_match_away(source: str, flags: int, text: str, matches: bool) -> None:
    pattern = regex.compile(source, flags)
    assert bool(pattern.search(text)) is matches
    if matches:
        assert prefilter.may_match(pattern, text)
    else:
        assert not prefilter.may_match(pattern, text)  # none of "paga", "pagas", "pagás"
        assert prefilter.factors(pattern)


def test_whitespace_factors_are_one_space() -> None:
    flags = regex.IGNORECASE | regex.VERSION1
    assert prefilter.derive(r"on\s+us", flags) == (("on us",),)
    assert prefilter.derive(r"x\s*y", flags) == (("x y", "xy"),)
    assert prefilter.derive(r"a[\s,]b", flags) == (("a b", "a,b"),)
    assert prefilter.derive(r"foo[^\S\n]+bar", flags) == (("foo bar",),)
    assert prefilter.derive("de \t regalo", flags) == (("de regalo",),)


@pytest.mark.parametrize(
    "flags", [0, regex.VERSION0, regex.VERSION1, regex.ASCII, regex.IGNORECASE | regex.VERSION1]
)
def test_what_backslash_s_matches_is_whitespace_to_python(flags: int) -> None:
    """The normalised text writes a run of what :meth:`str.isspace` calls whitespace as one space: every
    character ``regex`` matches with ``\\s`` must be one of them."""
    every = "".join(map(chr, range(0x110000)))
    spaces = regex.findall(r"\s", every, flags=flags)
    assert spaces and all(ch.isspace() for ch in spaces)
    assert all(prefilter._fold(ch) == " " for ch in spaces)


def test_a_pattern_of_no_words_has_no_factors() -> None:
    assert prefilter.factors(regex.compile(r"\d+(?:[.,]\d+)?\s?\p{Sc}")) is None
    assert prefilter.may_match(regex.compile(r"\p{L}+"), "")


def test_the_readers_patterns_are_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Each pattern is looked up in studio.compiled's store by its source: one built from a set in
    the set's order would be compiled again in every process. (The run's shared rule cache: warm.)"""
    code = (
        "import sys, datetime\n"
        "from studio import compiled\n"
        "from studio.lint.pipeline import check_campaign\n"
        "from studio.model.files import read_campaign\n"
        "from studio.render.variants import Renderer\n"
        "from studio.workspace import Workspace\n"
        "campaign = read_campaign(sys.argv[1])\n"
        "check_campaign(Renderer(Workspace.resolve()), campaign,"
        " now=datetime.datetime(2026, 11, 24, tzinfo=datetime.UTC))\n"
        "print('\\n'.join(sorted(repr(k) for k in compiled._used)))\n"
    )
    seen: list[set[str]] = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "STUDIO_HOME": str(tmp_path / seed)}
        env["PYTHONPATH"] = str(ROOT)
        done = subprocess.run(
            [sys.executable, "-c", code, str(ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml")],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        seen.append(set(done.stdout.splitlines()))
    # the same pattern in another order: the same characters (what a run may leave out, a memo
    # kept on disk by the first, differs in its characters)
    first, second = ({"".join(sorted(k)) for k in run - other} for run, other in (seen, seen[::-1]))
    assert not first & second


def test_factors_come_back_from_the_store(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STUDIO_RULE_CACHE", raising=False)
    prefilter.forget()
    compiled.forget()
    pattern = regex.compile(r"(?<!\w)(?:lleva|take)\s+\d", regex.IGNORECASE)
    first = prefilter.factors(pattern)
    assert first == (("lleva ", "take "),)
    prefilter.save()
    prefilter.forget()
    assert prefilter.factors(pattern) == first
    assert not prefilter._new  # read, not derived again
    prefilter.forget()


def test_the_one_pass_read_back_answers_as_the_one_built(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The automaton of every set of the store is kept for the next process: what it reads back
    finds the same sets in a text as the one built from the store."""
    monkeypatch.setenv("STUDIO_RULE_CACHE", str(tmp_path))
    monkeypatch.setattr(prefilter, "_one", [])
    prefilter.forget()
    for source in (r"(?<!\w)(?:lleva|take)\s+\d", r"\b(?:gratis|free|de\s+regalo)\b", r"(?:2x1|3x2)\s+en"):
        prefilter.factors(regex.compile(source, regex.IGNORECASE))
    built = prefilter._one_pass()
    assert any(tmp_path.glob("data-one-pass-*.pickle"))
    monkeypatch.setattr(prefilter, "_one", [])  # the next process
    read = prefilter._one_pass()
    assert read is not built and read.ids == built.ids
    for text in ("Lleva 3 y paga 2", "gratis 2x1 en todo, take 2", "nada que ver", ""):
        folded = prefilter.folded_text(text)
        assert folded is not None
        assert read.held(folded) == built.held(folded)
    prefilter.forget()
