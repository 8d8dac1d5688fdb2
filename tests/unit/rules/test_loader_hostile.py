"""Hostile rule files: each is a problem naming ``file:line`` while every other rule still loads.

Covers the Vale-format loader (``studio.rules.loader``), the studio kinds (``studio.rules.studio_rules``)
and the rules catalog the GUI lists (``studio.rules.catalog``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from studio.rules.catalog import load_catalog
from studio.rules.engine import Linter
from studio.rules.loader import load_rule, load_style
from studio.rules.studio_rules import load_studio_rules
from studio.workspace import default_root

ANCHORS = "YAML anchors and aliases (&/*) are not allowed"
GOOD = "extends: existence\nmessage: 'Evita «%s».'\nlevel: error\ntokens: [gratis]\n"
#: the three lines of the adversarial pass
RECURSIVE_ALIAS = "extends: existence\nmessage: m\ntokens: &l [*l]\n"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rule_file_with_a_recursive_alias_is_a_problem_and_the_other_rules_still_run(tmp_path: Path) -> None:
    style = tmp_path / "Brand"
    write(style, "Free.yml", GOOD)
    loop = write(style, "Loop.yml", RECURSIVE_ALIAS)
    rules = load_style(style)
    assert [str(p) for p in rules.problems] == [f"{loop}:3: {ANCHORS}"]
    assert list(rules.rules) == ["Brand.Free"]
    found = Linter(rules=rules).lint_text("Envío gratis hoy.", format="txt")
    assert [(f.rule, f.match) for f in found] == [("Brand.Free", "gratis")]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("[" * 10_000 + "]" * 10_000 + "\n", 1, "nested more than 64 levels deep"),
        ("extends: existence\nmessage: m\ntokens: " + "[" * 3_000 + "]" * 3_000 + "\n", 3, None),
        ('a: &a ["lol","lol"]\nb: &b [*a,*a]\nc: [*b,*b]\n', 1, ANCHORS),
    ],
    ids=["brackets", "nested-tokens", "laughs"],
)
def test_hostile_yaml_in_a_rule_file_is_a_located_problem(
    tmp_path: Path, text: str, line: int, message: str | None
) -> None:
    path = write(tmp_path / "Brand", "Bad.yml", text)
    rule, problems = load_rule(path)
    assert rule is None
    assert len(problems) == 1
    assert str(problems[0]).startswith(f"{path}:{line}: {message or 'nested more than 64 levels deep'}")


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("extends: existence\nmessage: m\ntokens: 5\n", 3, "'tokens' must be a list of text, e.g. [5]"),
        ("extends: existence\nmessage: m\ntokens: true\n", 3, "'tokens' must be a list of text"),
        ("extends: existence\nmessage: m\nraw: 1.5\n", 3, "'raw' must be a list of text, e.g. [1.5]"),
        (
            "extends: existence\nmessage: m\ntokens: [a]\nexceptions: 3\n",
            4,
            "'exceptions' must be a list of text, e.g. [3]",
        ),
        ("extends: substitution\nmessage: m\nswap: [1]\n", 3, "'swap' must be a mapping"),
        (
            "extends: existence\nmessage: m\nlevel: 7\ntokens: [a]\n",
            3,
            "'level' must be one of suggestion, warning, error",
        ),
        ("extends: existence\nmessage: m\nname: [x]\ntokens: [a]\n", 3, "'name' must be text"),
        ("extends: occurrence\nmessage: m\nmax: x\ntoken: a\n", 3, "'max' must be a number"),
    ],
)
def test_a_value_of_the_wrong_type_is_a_problem_naming_its_line(
    tmp_path: Path, body: str, line: int, message: str
) -> None:
    path = write(tmp_path / "Brand", "Rule.yml", body)
    rule, problems = load_rule(path)
    assert rule is None
    assert [str(p) for p in problems] == [f"{path}:{line}: {message}"]


def test_a_single_text_still_counts_as_a_list_of_one(tmp_path: Path) -> None:
    rule, problems = load_rule(
        write(tmp_path / "Brand", "Rule.yml", "extends: existence\nmessage: m\ntokens: gratis\n")
    )
    assert problems == []
    assert rule is not None


def test_a_rule_file_over_the_size_limit_is_a_problem(tmp_path: Path) -> None:
    path = write(tmp_path / "Brand", "Huge.yml", GOOD + "description: " + "x" * (2 * 1024 * 1024) + "\n")
    rule, problems = load_rule(path)
    assert rule is None
    assert [str(p) for p in problems] == [
        f"{path}:1: the file is 2 MB; the studio reads files of at most 1 MB"
    ]


@pytest.fixture
def brand_rules(tmp_path: Path) -> Path:
    shutil.copytree(default_root() / "brand_rules", tmp_path / "brand_rules")
    return tmp_path / "brand_rules"


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("extends: limit\nmessage: m\nmetric: &l [*l]\n", 3, ANCHORS),
        (
            "extends: limit\nmessage: m\nchannels: 5\nmetric: length\nmax: 5\n",
            3,
            "'channels' must be a list of channel names",
        ),
        (
            "extends: limit\nmessage: m\nlevel: 7\nmetric: length\nmax: 5\n",
            3,
            "'level' must be one of suggestion, warning, error",
        ),
        ("extends: limit\nmessage: [m]\nmetric: length\nmax: 5\n", 2, "'message' must be text"),
        (
            "extends: required\nmessage: m\npattern: '('\n",
            3,
            "invalid regular expression '(': missing ) at position 1",
        ),
        (
            "extends: formality\nmessage: m\nexpect: 5\n",
            3,
            "'expect' must be a mapping of language to form of address, e.g. {es: tú}",
        ),
        ("extends: language\nmessage: m\naccept: 5\n", 3, "'accept' must be a list of words"),
        (
            "extends: limit\nmessage: m\nmetric: length\nmax: [5]\n",
            4,
            "'max' must be a whole number or the name of a channel limit",
        ),
    ],
)
def test_a_broken_studio_rule_is_a_problem_and_the_other_studio_rules_still_load(
    brand_rules: Path, body: str, line: int, message: str
) -> None:
    before, _ = load_studio_rules(brand_rules)
    path = write(brand_rules / "Studio", "Broken.yml", body)
    rules, problems = load_studio_rules(brand_rules)
    assert [str(p) for p in problems] == [f"{path}:{line}: {message}"]
    assert sorted(r.id for r in rules) == sorted(r.id for r in before)


def test_a_single_channel_name_in_a_studio_rule_is_a_list_of_one(brand_rules: Path) -> None:
    write(
        brand_rules / "Studio",
        "One.yml",
        "extends: limit\nmessage: m\nchannels: sms\nmetric: length\nmax: 5\n",
    )
    rules, problems = load_studio_rules(brand_rules)
    assert problems == []
    assert next(r for r in rules if r.id == "Studio.One").channels == ("sms",)


def test_the_rules_catalog_lists_hostile_rule_files_as_broken(brand_rules: Path) -> None:
    loop = write(brand_rules / "CafeAurora", "Loop.yml", RECURSIVE_ALIAS)
    deep = write(brand_rules / "Studio", "Deep.yml", "[" * 10_000 + "]" * 10_000 + "\n")
    catalog = load_catalog(brand_rules)
    entries = {rule.id: rule for rule in catalog.rules}
    assert [str(p) for p in entries["CafeAurora.Loop"].errors] == [f"{loop}:3: {ANCHORS}"]
    assert [str(p) for p in entries["Studio.Deep"].errors] == [f"{deep}:1: nested more than 64 levels deep"]
    assert entries["CafeAurora.Tuteo"].loaded
