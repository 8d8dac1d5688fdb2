"""The language data read on demand from the cache answer exactly as the data loaded whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.text import language, stores

TEXTS = [
    "Aproveite enquanto durar o estoque, frete grátis para todo o Brasil hoje",
    "Reserva tu primavera en Sóller con un 20 % de descuento hasta el domingo",
    "Order now and get free shipping on every order over fifty euros",
    "Bon dia a tothom, avui tenim ofertes especials a la botiga del carrer",
    "Egun on, gaur deskontu handiak dituzu gure denda guztietan",
    "Bos días, hoxe temos ofertas especiais en todas as nosas tendas",
    "Commandez maintenant et profitez de la livraison gratuite partout",
    "Jetzt bestellen und kostenlos liefern lassen, nur heute im Angebot",
]


def _clear() -> None:
    stores.forget_answers()
    for cached in (
        language._classify,
        language._frequencies,
        language._full_factory,
        language._langid,
        language._langdetect_best,
        language.identify_language,
        language._foreign_runs,
    ):
        cached.cache_clear()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv("STUDIO_RULE_CACHE", str(folder))
    _clear()
    yield folder / "language"
    _clear()


def _answers() -> list[object]:
    out: list[object] = []
    for text in TEXTS:
        out.append(language.identify_language(text))
        out.append(language.identify_language(text, sure=0.7))
        out.append(language.second_opinion(text))
        out.append(language.word_votes(text, "pt", "es"))
        out.append(language.words_lean_to(text, "en", "es"))
        out.append(language.foreign_runs(text, "es", ["en", "pt"]))
    return out


@pytest.fixture(scope="module")
def expected() -> list[object]:
    """The answers with every data set loaded whole (no cache), as before the cache."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STUDIO_RULE_CACHE", "off")
        _clear()
        try:
            return _answers()
        finally:
            _clear()


def test_answers_from_the_cache_are_those_of_the_data_loaded_whole(
    cache: Path, expected: list[object]
) -> None:
    first = _answers()  # builds the cache entries
    built = {p.name.rsplit("-", 1)[0] for p in cache.iterdir()}
    assert {"langdetect", "langid", "words-es", "words-en", "words-pt"} <= built
    assert "words-nl" not in built  # a list is loaded when a text is judged against its language
    _clear()
    assert isinstance(language._frequencies("es"), stores.WordCounts)
    assert isinstance(language._full_factory().word_lang_prob_map, stores.NgramProbabilities)
    again = _answers()  # read from them
    assert first == expected
    assert again == expected


def test_a_word_list_read_on_demand_holds_the_same_counts(cache: Path) -> None:
    whole = language._load_frequencies("es")
    counts = language._frequencies("es")
    assert isinstance(counts, stores.WordCounts)
    assert len(counts) == len(whole) and bool(counts)
    for word in ("usando", "esperamos", "casa", "de", "zzzqqq", "Casa"):
        assert counts.get(word) == whole.get(word)
        assert (word in counts) == (word in whole)
    assert language._frequencies("xx") == {}  # no list for this language: nothing to build


def test_a_word_is_read_from_the_file_once_whether_listed_or_not(cache: Path) -> None:
    """A keystroke asks for the same words again: one query each, a word the list lacks too."""
    counts = language._frequencies("es")
    assert isinstance(counts, stores.WordCounts)
    table = counts._table
    table.value("casa")  # the connection is open
    assert table._connection is not None
    queries: list[str] = []
    table._connection.set_trace_callback(queries.append)
    for _ in range(3):
        for word in ("esperamos", "zzzqqq", "Casa"):
            counts.get(word)
            _ = word in counts
    assert len(queries) == 3, queries


def test_words_looked_up_at_once_hold_the_same_counts_in_one_query(cache: Path) -> None:
    """A text's words are read in one query (:func:`studio.text.language.prefetch`), listed or not,
    and answer as each read alone."""
    whole = language._load_frequencies("es")
    counts = language._frequencies("es")
    assert isinstance(counts, stores.WordCounts)
    table = counts._table
    table.value("casa")  # the connection is open
    assert table._connection is not None
    queries: list[str] = []
    table._connection.set_trace_callback(queries.append)
    words = ["usando", "esperamos", "de", "zzzqqq", "Casa", "casa", "usando"] + [f"w{i}" for i in range(600)]
    stores.prefetch(counts, words)
    assert len(queries) == 2  # 606 words not read yet: two chunks of at most 500
    for word in words:
        assert counts.get(word) == whole.get(word)
        assert (word in counts) == (word in whole)
    stores.prefetch(counts, words)
    stores.prefetch({"de": 1}, words)  # a list loaded whole: nothing to read
    assert len(queries) == 2


def test_langdetects_table_keeps_its_languages_order_and_numbers(cache: Path) -> None:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    whole = DetectorFactory()
    whole.load_profile(PROFILES_DIRECTORY)
    lazy = stores.langdetect_factory()
    assert isinstance(lazy.word_lang_prob_map, stores.NgramProbabilities)
    assert lazy.langlist == whole.langlist
    assert len(lazy.word_lang_prob_map) == len(whole.word_lang_prob_map)
    for gram in ("a", "de", " de", "ção", "the", "xyz", "ñ", "無"):
        assert (gram in lazy.word_lang_prob_map) == (gram in whole.word_lang_prob_map)
        if gram in whole.word_lang_prob_map:
            assert lazy.word_lang_prob_map[gram] == whole.word_lang_prob_map[gram]


def test_a_damaged_entry_is_ignored_and_built_again(cache: Path, expected: list[object]) -> None:
    _answers()
    for entry in cache.iterdir():
        entry.write_bytes(b"not a table" * 10)
    _clear()
    assert _answers() == expected  # the damaged entries were dropped, the data loaded whole
    _clear()
    assert _answers() == expected  # and built again


def test_an_unwritable_cache_folder_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, expected: list[object]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("STUDIO_RULE_CACHE", str(blocker / "cache"))
    _clear()
    try:
        assert _answers() == expected
        assert isinstance(language._frequencies("es"), dict)
    finally:
        _clear()


def test_answers_are_remembered_across_runs_without_loading_a_model(
    cache: Path, expected: list[object]
) -> None:
    assert _answers() == expected
    _clear()  # a new run: nothing in memory
    assert _answers() == expected
    assert language._langid.cache_info().currsize == 0  # every answer came from the cache
    assert language._full_factory.cache_info().currsize == 0
    assert any(p.name.startswith("answers-") for p in cache.iterdir())
