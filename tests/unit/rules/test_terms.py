"""The term scanner (Aho–Corasick + patterns) finds exactly what the joined ``regex`` alternation finds.

The reference is the scan the rules made before the automaton: ``\\b(?:(t1)|(t2)|…)\\b`` through
``regex.finditer``, the term being the first group that took part in the match.
"""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.rules.patterns import fill, group_count_free, has_capture_group
from studio.rules.terms import _FOLD, TermScanner, fold_table, is_literal

#: letters that test the edges: accents, ñ, Spanish punctuation, letters with odd case folds
#: (long s, final sigma, Kelvin sign, sharp s, Turkish i's), digits, apostrophes, hyphens, spaces
ALPHABET = "aAbBeEéÉnNñÑsSſσςΣkKKßẞiIİı1 -'’¡¿.,"
PATTERNS = ["colou?r", "a.b", "[ab]e", "(?:ñ|n)a", "s(a|e)", r"\w+é", "k(?:i)?s", r"e\b"]

terms = st.lists(
    st.one_of(st.text(ALPHABET, min_size=1, max_size=5), st.sampled_from(PATTERNS)), min_size=1, max_size=12
)
literal_terms = st.lists(st.text(ALPHABET, min_size=1, max_size=5), min_size=1, max_size=12)
texts = st.text(ALPHABET, max_size=60)


def reference(found: list[str], text: str, *, ignorecase: bool, word: bool) -> list[tuple[int, int, int]]:
    """The old scan: one alternation, each term in its own group."""
    template = ("(?i)" if ignorecase else "") + (r"\b(?:%s)\b" if word else "(?:%s)")
    branches = []
    groups = []
    group = 1
    for index, term in enumerate(found):
        body = group_count_free(term) if has_capture_group(term) else term
        branches.append(f"({body})")
        groups.append((group, index))
        group += 1 + regex.compile(body).groups
    pattern = regex.compile(fill(template, "|".join(branches)), regex.MULTILINE)
    out = []
    for m in pattern.finditer(text):
        if m.end() <= m.start():
            continue
        index = next(i for g, i in groups if m.start(g) >= 0)
        out.append((m.start(), m.end(), index))
    return out


Found = list[tuple[int, int, int]]


def scanned(found: list[str], text: str, *, ignorecase: bool, word: bool) -> Found | None:
    scanner = TermScanner.build(found, ignorecase=ignorecase, word=word, custom_template=False)
    if scanner is None or not scanner.usable(text):
        return None
    return list(scanner.scan(text))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(literal_terms, texts, st.booleans(), st.booleans())
def test_literal_terms_match_as_the_alternation_does(
    found: list[str], text: str, ignorecase: bool, word: bool
) -> None:
    got = scanned(found, text, ignorecase=ignorecase, word=word)
    if got is None:
        return
    expected = reference(found, text, ignorecase=ignorecase, word=word)
    assert got == expected


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(terms, texts, st.booleans(), st.booleans())
def test_mixed_terms_and_patterns_match_as_the_alternation_does(
    found: list[str], text: str, ignorecase: bool, word: bool
) -> None:
    got = scanned(found, text, ignorecase=ignorecase, word=word)
    if got is None:
        return
    expected = reference(found, text, ignorecase=ignorecase, word=word)
    assert got == expected


def test_overlapping_terms_first_in_the_list_wins_at_a_position() -> None:
    found = ["su pedido", "pedido", "su"]
    assert scanned(found, "Su pedido, su pedido", ignorecase=True, word=True) == [(0, 9, 0), (11, 20, 0)]
    assert scanned(found, "Su pedido", ignorecase=False, word=True) == [(3, 9, 1)]


def test_word_boundaries_know_accents_and_enye() -> None:
    found = ["camion", "año"]
    assert scanned(found, "camión camion años año", ignorecase=False, word=True) == [(7, 13, 0), (19, 22, 1)]


def test_case_folds_that_change_nothing_in_length() -> None:
    found, text = ["strasse", "σας"], "STRAſSE ſtrasse ΣΑΣ"
    expected = [(0, 7, 0), (8, 15, 0), (16, 19, 1)]
    assert reference(found, text, ignorecase=True, word=True) == expected
    assert scanned(found, text, ignorecase=True, word=True) == expected


def test_turkish_i_in_the_text_leaves_the_scan_to_regex() -> None:
    scanner = TermScanner.build(["istanbul"], ignorecase=True, word=True, custom_template=False)
    assert scanner is not None
    assert not scanner.usable("İSTANBUL")
    assert scanner.usable("ISTANBUL")


def test_what_only_the_alternation_can_answer() -> None:
    build = TermScanner.build
    assert build(["a", "(?i)b"], ignorecase=False, word=True, custom_template=False) is None
    assert build(["a", "b*"], ignorecase=False, word=True, custom_template=False) is None
    assert build(["ırmak"], ignorecase=True, word=True, custom_template=False) is None
    assert build(["a"], ignorecase=False, word=True, custom_template=True) is None
    assert build(["colou?r"], ignorecase=False, word=True, custom_template=False) is None
    assert is_literal("e-mail") and not is_literal("e.g.")


def test_the_fold_table_matches_this_pythons_unicode_data() -> None:
    assert fold_table() == _FOLD
