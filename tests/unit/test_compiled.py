"""The store of the studio's compiled patterns (studio.compiled): what comes back is the same pattern."""

from __future__ import annotations

import os
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
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Nothing of the store in memory before or after (the file on disk is the test's own: the
    cache under the test's home, not the run's shared one)."""
    monkeypatch.delenv("STUDIO_RULE_CACHE", raising=False)
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


def test_kept_data_is_read_back_until_its_code_changes(tmp_path: Path) -> None:
    code = tmp_path / "maker.py"
    code.write_text("# v1\n", encoding="utf-8")
    calls: list[int] = []

    def make() -> dict[str, int]:
        calls.append(1)
        return {"septiembre": 9, "sept": 9}

    first = compiled.kept("test-table", ("es", "1.0"), make, code=str(code))
    again = compiled.kept("test-table", ("es", "1.0"), make, code=str(code))
    assert again == first == {"septiembre": 9, "sept": 9}
    assert list(again) == list(first)  # the same order
    assert len(calls) == 1
    compiled.kept("test-table", ("es", "2.0"), make, code=str(code))  # another library version
    assert len(calls) == 2
    code.write_text("# v2, an edited function\n", encoding="utf-8")
    stat = code.stat()
    os.utime(code, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    compiled.kept("test-table", ("es", "1.0"), make, code=str(code))
    assert len(calls) == 3


def test_the_real_tables_come_back_equal() -> None:
    from studio.consistency import facts, links

    facts._calendar.cache_clear()
    links._suffixes.cache_clear()
    built = facts._calendar_from_cldr("es")
    assert facts._calendar("es") == built  # computed and stored
    facts._calendar.cache_clear()
    assert facts._calendar("es") == built  # read back
    links._suffixes()  # parsed and stored
    links._suffixes.cache_clear()
    read_back = links._suffixes()
    from publicsuffixlist import PublicSuffixList

    fresh = PublicSuffixList(only_icann=True)
    for host in (
        "tienda.cafeaurora.com.mx",
        "a.b.example.co.uk",
        "cafeaurora.es",
        "x.unknowntld",
        "xn--fiq228c.com",
    ):
        assert read_back.privatesuffix(host, accept_unknown=True) == fresh.privatesuffix(
            host, accept_unknown=True
        )
        assert read_back.publicsuffix(host, accept_unknown=False) == fresh.publicsuffix(
            host, accept_unknown=False
        )


def test_a_kept_table_is_read_key_by_key_until_its_code_changes(tmp_path: Path) -> None:
    code = tmp_path / "maker.py"
    code.write_text("# v1\n", encoding="utf-8")
    calls: list[int] = []
    table = {"pida": (("usted",), False, 1200, "pide"), "vengo": (("yo",), False, 90_000, ""), "ñandú": 3}

    def make() -> dict[str, object]:
        calls.append(1)
        return dict(table)

    first = compiled.kept_table("test-words", ("es", "1.0"), make, code=str(code))
    again = compiled.kept_table("test-words", ("es", "1.0"), make, code=str(code))
    assert isinstance(again, compiled.KeptTable)
    assert len(calls) == 1
    assert dict(again) == dict(first) == table
    assert again["pida"] == (("usted",), False, 1200, "pide")
    assert again.get("ñandú") == 3 and again.get("pidas") is None and again.get("pidas", 0) == 0
    assert "vengo" in again and "Vengo" not in again
    assert not again.__contains__(7)  # not a word: not there, no error
    assert len(again) == 3 and bool(again)
    with pytest.raises(KeyError):
        again["venga"]
    compiled.kept_table("test-words", ("es", "2.0"), make, code=str(code))  # another library version
    assert len(calls) == 2
    code.write_text("# v2, an edited function\n", encoding="utf-8")
    stat = code.stat()
    os.utime(code, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    compiled.kept_table("test-words", ("es", "1.0"), make, code=str(code))
    assert len(calls) == 3


def test_a_damaged_kept_table_is_built_again(tmp_path: Path) -> None:
    compiled.kept_table("test-damaged", ("1",), lambda: {"a": 1})
    folder = cache_dir()
    assert folder is not None
    (path,) = folder.glob("data-test-damaged-*.sqlite")
    path.write_bytes(b"not a database")
    calls: list[int] = []

    def make() -> dict[str, int]:
        calls.append(1)
        return {"a": 1}

    assert dict(compiled.kept_table("test-damaged", ("1",), make)) == {"a": 1}
    assert calls == [1]
    assert compiled.kept_table("test-damaged", ("1",), make)["a"] == 1  # stored again
    assert calls == [1]


def test_no_kept_table_when_the_cache_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUDIO_RULE_CACHE", "off")
    table = {"a": 1}
    assert compiled.kept_table("test-off", ("1",), lambda: table) is table


def test_the_real_word_tables_read_back_equal() -> None:
    """pyspellchecker's Spanish counts and the verb table, read word by word from the store, say
    what the libraries' own tables say."""
    from studio.text import spanish_verbs, usted_forms

    usted_forms._dictionary.cache_clear()
    spanish_verbs._table.cache_clear()
    usted_forms._dictionary()  # built and stored (or already there)
    spanish_verbs._table()
    usted_forms._dictionary.cache_clear()
    spanish_verbs._table.cache_clear()
    counts, total = usted_forms._dictionary()
    built, built_total = usted_forms._read_dictionary()
    assert isinstance(counts, compiled.KeptTable)
    assert total == built_total and len(counts) == len(built)
    verbs = spanish_verbs._table()
    assert isinstance(verbs, compiled.KeptTable)
    fresh = spanish_verbs._build()
    for word in ("pida", "pide", "vengan", "cierre", "escoja", "dígame", "casa", "usted", "xyzzy"):
        assert counts.get(word) == built.get(word)
        assert verbs.get(word) == fresh.get(word)
