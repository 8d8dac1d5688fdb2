"""The store of the studio's compiled patterns (studio.compiled): what comes back is the same pattern."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from studio import compiled
from studio.settings import cache_dir

SAMPLES = [
    (r"(?<!\w)(?P<day>[0-3]?\d)\s+de\s+(?:enero|febrero)(?!\w)", regex.IGNORECASE | regex.VERSION1),
    (r"\p{Lu}[\p{Ll}]+", 0),
    (r"(?:café|cafe)\s+(?:con\s+leche)?", regex.IGNORECASE),
]
TEXT = "El 3 de Febrero, Café con leche y CAFE solo; 12 de enero."


@pytest.fixture
def fresh() -> Iterator[None]:
    """Nothing of the store in memory before or after (the file on disk is the test's own)."""
    compiled.forget()
    yield
    compiled.forget()


def _store() -> Path:
    folder = cache_dir()
    assert folder is not None
    found = list(folder.glob("patterns-*.pickle"))
    assert len(found) == 1, found
    return found[0]


def test_a_stored_pattern_comes_back_identical(fresh: None) -> None:
    made = [compiled.pattern(source, flags) for source, flags in SAMPLES]
    compiled.save()
    compiled.forget()
    again = [compiled.pattern(source, flags) for source, flags in SAMPLES]
    assert not compiled._added  # all read from the store, none compiled
    for before, after, (source, flags) in zip(made, again, SAMPLES, strict=True):
        assert after is not before
        assert (after.pattern, after.flags) == (source, regex.compile(source, flags).flags)
        assert [m.span() for m in after.finditer(TEXT)] == [m.span() for m in before.finditer(TEXT)]
        assert after.groupindex == before.groupindex


def test_a_stdlib_pattern_comes_back_equal_to_re_compile(fresh: None) -> None:
    source, flags = r"(?P<host>(?:[a-z0-9-]+\.)+(?:com|es|org))(?::(\d+))?", re.IGNORECASE
    first = compiled.stdlib_pattern(source, flags)
    assert first == re.compile(source, flags)
    compiled.save()
    compiled.forget()
    second = compiled.stdlib_pattern(source, flags)
    assert not compiled._added
    assert second == re.compile(source, flags)  # same flags, same program
    found = second.search("ve a Tienda.Cafe-Aurora.ES:8080/x")
    assert found is not None
    assert found.group("host") == "Tienda.Cafe-Aurora.ES"


def test_a_corrupt_store_is_compiled_again(fresh: None) -> None:
    compiled.pattern(*SAMPLES[0])
    compiled.save()
    _store().write_bytes(b"\x80\x05not a pickle")
    compiled.forget()
    again = compiled.pattern(*SAMPLES[0])
    assert compiled._added
    assert again.search(TEXT) is not None


def test_no_store_when_the_cache_is_off(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUDIO_RULE_CACHE", "off")
    compiled.pattern(*SAMPLES[1])
    compiled.save()
    monkeypatch.delenv("STUDIO_RULE_CACHE")
    folder = cache_dir()
    assert folder is not None
    assert not list(folder.glob("patterns-*.pickle")) if folder.is_dir() else True


def test_the_store_is_bounded(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compiled, "LIMIT", 3)
    for i in range(3):
        compiled.pattern(f"old{i}")
    compiled.save()
    compiled.forget()
    compiled.pattern("new")
    compiled.save()
    compiled.forget()
    compiled.pattern("new")
    assert not compiled._added
    assert set(compiled._load()) == {("new", 0)}  # past the limit: only this run's patterns
