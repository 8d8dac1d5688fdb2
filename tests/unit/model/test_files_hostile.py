"""Hostile YAML for the campaign reader: aliases, deep nesting, huge files, floods of unknown keys.

Each input is the one the adversarial pass of issue 13 used; each must end in a
:class:`CampaignFileError` naming ``file:line`` — never a ``RecursionError``, a memory blow-up or a
flood of output.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.errors import CampaignFileError, StudioError
from studio.model import files
from studio.model.files import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    load_yaml,
    loads_campaign,
    read_campaign,
    read_yaml,
)
from studio.model.validation import MAX_UNKNOWN_REPORTED

FILE = Path("c.campaign.yaml")
ANCHORS = "YAML anchors and aliases (&/*) are not allowed"
TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep"


def billion_laughs() -> str:
    """The classic: ten levels of ten references each, ~10^10 strings when expanded (~1 KB of text)."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        refs = ", ".join([f"*a{level - 1}"] * 10)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


def nested_block_mappings(depth: int) -> str:
    return "".join(f"{' ' * level}k:\n" for level in range(depth - 1)) + f"{' ' * (depth - 1)}k: deep\n"


def problems_of(text: str) -> list[str]:
    with pytest.raises(CampaignFileError) as info:
        load_yaml(text, file=FILE)
    return [str(p) for p in info.value.problems]


@pytest.fixture(params=["libyaml", "python"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Parsing tests run with libyaml's parser (the default where present) and the pure-Python one."""
    if request.param == "libyaml":
        if not yaml.__with_libyaml__:
            pytest.skip("PyYAML is built without libyaml here")
        assert files._Loader is not files._PyLoader
    else:
        monkeypatch.setattr(files, "_Loader", files._PyLoader)
    yield request.param


@pytest.mark.usefixtures("parser")
def test_recursive_alias_is_refused_with_its_line() -> None:
    assert problems_of("loop: &l [*l]\n") == [f"{FILE}:1: {ANCHORS}"]


@pytest.mark.usefixtures("parser")
def test_billion_laughs_is_refused_at_the_first_anchor_without_expanding() -> None:
    tracemalloc.start()
    try:
        found = problems_of(billion_laughs())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found == [f"{FILE}:1: {ANCHORS}"]
    assert peak < 5 * 1024 * 1024  # the old reader expanded it to 2.5 GB


@pytest.mark.usefixtures("parser")
@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("base: &base {price: 1}\noffer:\n  <<: *base\n", 1),  # merge keys are aliases too
        ("name: x\nbrand: &b Café\n", 2),  # an anchor nobody uses
        ("name: x\nbrand: *nowhere\n", 2),  # an alias without its anchor
    ],
)
def test_any_anchor_or_alias_is_refused_at_its_line(text: str, line: int) -> None:
    assert problems_of(text) == [f"{FILE}:{line}: {ANCHORS}"]


@pytest.mark.usefixtures("parser")
def test_ten_thousand_nested_brackets_are_refused_not_a_recursion_error() -> None:
    assert problems_of("[" * 10_000 + "]" * 10_000 + "\n") == [f"{FILE}:1: {TOO_DEEP}"]


@pytest.mark.usefixtures("parser")
def test_three_thousand_nested_flow_mappings_are_refused_not_a_recursion_error() -> None:
    assert problems_of("{a: " * 3_000 + "1" + "}" * 3_000 + "\n") == [f"{FILE}:1: {TOO_DEEP}"]


@pytest.mark.usefixtures("parser")
def test_nested_block_mappings_are_refused_at_the_line_too_deep() -> None:
    # the line of the key whose value would be the 65th level
    assert problems_of(nested_block_mappings(500)) == [f"{FILE}:{MAX_DEPTH}: {TOO_DEEP}"]


@pytest.mark.usefixtures("parser")
def test_nesting_up_to_the_limit_is_read() -> None:
    data, _ = load_yaml(nested_block_mappings(MAX_DEPTH - 1), file=FILE)  # + the root mapping
    for _ in range(MAX_DEPTH - 2):
        data = data["k"]
    assert data == {"k": "deep"}
    assert problems_of(nested_block_mappings(MAX_DEPTH)) == [f"{FILE}:{MAX_DEPTH}: {TOO_DEEP}"]


def test_text_over_the_size_limit_is_refused_before_parsing() -> None:
    text = "headline: " + "x" * MAX_FILE_BYTES + "\n"
    assert problems_of(text) == [f"{FILE}: the file is 1 MB; the studio reads files of at most 1 MB"]


def test_a_file_over_the_size_limit_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.campaign.yaml"
    path.write_text("name: x\n" + "k: v\n" * (MAX_FILE_BYTES // 2), encoding="utf-8")
    with pytest.raises(CampaignFileError) as info:
        read_campaign(path)
    assert [str(p) for p in info.value.problems] == [
        f"{path}: the file is 2.5 MB; the studio reads files of at most 1 MB"
    ]
    with pytest.raises(CampaignFileError):
        read_yaml(path)


@pytest.mark.usefixtures("parser")
def test_control_characters_are_refused_with_their_line() -> None:
    assert problems_of("name: x\nbrand: a\x07b\n") == [
        f"{FILE}:2: not valid YAML: the character U+0007 is not allowed"
    ]


@pytest.mark.usefixtures("parser")
def test_unpaired_surrogates_from_pasted_text_are_refused_with_their_line() -> None:
    found = problems_of("name: x\nbrand: a\ud800b\n")
    assert len(found) == 1
    assert found[0].startswith(f"{FILE}:2: not valid ")


def test_a_hundred_thousand_unknown_keys_give_a_bounded_list() -> None:
    text = "name: x\n" + "".join(f"k{i}: 1\n" for i in range(100_000))
    with pytest.raises(CampaignFileError) as info:
        loads_campaign(text, file=FILE)
    unknown = [str(p) for p in info.value.problems if p.message.startswith("unknown field")]
    assert len(unknown) == MAX_UNKNOWN_REPORTED
    assert unknown[0] == f"{FILE}:2: k0: unknown field"
    assert str(info.value.problems[-1]) == f"{FILE}: and {100_000 - MAX_UNKNOWN_REPORTED} more unknown fields"
    assert len(info.value.problems) == MAX_UNKNOWN_REPORTED + 6  # + 5 required fields missing + the count


def test_a_few_unknown_keys_are_all_listed_with_suggestions() -> None:
    text = "name: x\nheadlin: y\nobjetive: z\n"
    with pytest.raises(CampaignFileError) as info:
        loads_campaign(text, file=FILE)
    found = [str(p) for p in info.value.problems if "unknown" in p.message]
    assert found == [
        f"{FILE}:2: headlin: unknown field",
        f"{FILE}:3: objetive: unknown field (did you mean 'objective'?)",
    ]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("[]{}&*!:,-'\"|>#?\n ab1\t\x00\ud800é")), max_size=200))
def test_any_text_gives_data_or_a_located_campaign_file_error(parser: str, text: str) -> None:
    try:
        load_yaml(text, file=FILE)
    except StudioError as exc:
        assert exc.problems and all(p.file == FILE for p in exc.problems)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.integers(min_value=1, max_value=3 * MAX_DEPTH),
    st.lists(st.sampled_from(["[", "{a: "]), min_size=1, max_size=4),
)
def test_any_nesting_is_read_up_to_the_limit_and_refused_beyond(
    parser: str, depth: int, openers: list[str]
) -> None:
    opening = [openers[i % len(openers)] for i in range(depth)]
    closing = ["]" if o == "[" else "}" for o in reversed(opening)]
    text = "".join(opening) + "1" + "".join(closing) + "\n"
    if depth <= MAX_DEPTH - 1:  # the scalar inside is one level more
        load_yaml(text, file=FILE)
    else:
        assert problems_of(text) == [f"{FILE}:1: {TOO_DEEP}"]
