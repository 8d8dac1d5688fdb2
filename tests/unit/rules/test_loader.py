"""Loading rule files: the reference packages load clean; a bad rule is a located problem, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.model.finding import Category, Severity
from studio.rules.engine import Linter
from studio.rules.loader import load_rule, load_rule_text, load_style, load_styles
from studio.rules.model import Rule

# the team keeps them beside the repository, not copied in (their SOURCES.md)
VALE_STYLES = Path(__file__).resolve().parents[3].parent / "shared" / "vale-styles"
PACKAGES = ("Microsoft/Microsoft", "write-good/write-good", "proselint/proselint")


@pytest.mark.skipif(
    not VALE_STYLES.is_dir(), reason="the reference Vale packages are not beside the repository"
)
@pytest.mark.parametrize("package", PACKAGES)
def test_the_reference_packages_load_without_a_single_problem(package: str) -> None:
    rules = load_style(VALE_STYLES / package)
    assert [str(p) for p in rules.problems] == []
    yml = sorted(p.stem for p in (VALE_STYLES / package).glob("*.yml"))
    assert sorted(r.split(".", 1)[1] for r in rules.rules) == yml


def _problems(tmp_path: Path, text: str) -> tuple[Rule | None, list[str]]:
    path = tmp_path / "Brand" / "Rule.yml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    rule, problems = load_rule(path)
    return rule, [str(p) for p in problems]


def test_the_id_is_style_dot_file_name(tmp_path: Path) -> None:
    rule, problems = _problems(tmp_path, "extends: existence\nmessage: '%s'\ntokens: [x]\n")
    assert problems == []
    assert rule is not None and rule.id == "Brand.Rule"


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        ("extends: existence\nmessage: 'a\ntokens: [x]\n", 4, "not valid YAML"),
        (
            "extends: existence\nmessage: m\ntokens:\n  - ok\n  - '(unclosed'\n",
            5,
            "invalid regular expression",
        ),
        ("extends: existance\nmessage: m\n", 1, "unknown rule kind 'existance'"),
        ("message: m\ntokens: [x]\n", 1, "missing the required 'extends' key"),
        ("extends: existence\ntokens: [x]\n", 1, "missing the required 'message' key"),
        ("extends: existence\nmessage: m\nlevel: fatal\ntokens: [x]\n", 3, "'level' must be one of"),
        (
            "extends: substitution\nmessage: m\nswap:\n  ok: fine\n  'a[': b\n",
            5,
            "invalid regular expression",
        ),
        ("extends: existence\nmessage: m\ntokens:\n  - el mejor café(?: del mundo)?\n", 4, "quote an entry"),
        ("extends: existence\nmessage: m\nscope: heading\nscope: text\n", 4, "given twice"),
        ("extends: occurrence\nmessage: m\nmax: 3\n", 1, "'token' is required"),
        ("extends: existence\nmessage: m\ncategory: legal\ntokens: [x]\n", 3, "'category' must be one of"),
        ("extends: existence\nmessage: m\naction:\n  name: explode\ntokens: [x]\n", 4, "'action' name"),
        ("- just\n- a list\n", 1, "must be a mapping"),
    ],
)
def test_a_broken_rule_is_a_problem_at_its_line(tmp_path: Path, text: str, line: int, says: str) -> None:
    rule, problems = _problems(tmp_path, text)
    assert rule is None
    assert len(problems) == 1, problems
    where = str(tmp_path / "Brand" / "Rule.yml")
    assert problems[0].startswith(f"{where}:{line}: "), problems
    assert says in problems[0]


def test_an_unknown_key_is_reported_and_the_rule_still_runs(tmp_path: Path) -> None:
    rule, problems = _problems(tmp_path, "extends: existence\nmessage: '%s'\nignorecas: true\ntokens: [x]\n")
    assert rule is not None
    assert problems == [
        f"{tmp_path / 'Brand' / 'Rule.yml'}:3: unknown key 'ignorecas' for a existence rule (ignored)"
    ]


def test_bad_rules_never_stop_the_others(tmp_path: Path) -> None:
    style = tmp_path / "Brand"
    style.mkdir()
    (style / "Good.yml").write_text(
        "extends: existence\nmessage: 'No «%s».'\ntokens: [gratis]\n", encoding="utf-8"
    )
    (style / "BadYaml.yml").write_text("extends: existence\nmessage: [unclosed\n", encoding="utf-8")
    (style / "BadRegex.yml").write_text("extends: existence\nmessage: m\ntokens: ['(?<']\n", encoding="utf-8")
    (style / "BadKind.yml").write_text("extends: magic\nmessage: m\n", encoding="utf-8")
    (style / "README.md").write_text("not a rule", encoding="utf-8")
    rules = load_styles(tmp_path, ["Brand", "Missing"])
    assert sorted(rules.rules) == ["Brand.Good"]
    assert len(rules.problems) == 4
    assert any("style 'Missing' does not exist" in p.message for p in rules.problems)
    findings = Linter(rules=rules).lint_text("Envío gratis", format="txt")
    assert [f.message for f in findings] == ["No «gratis»."]


def test_defaults_level_scope_and_category(make_rule) -> None:  # type: ignore[no-untyped-def]
    rule = make_rule("extends: existence\nmessage: m\ntokens: [x]\n")
    assert (rule.level, rule.scope.values, rule.category) == (Severity.WARNING, ("text",), Category.TONE)
    channel = make_rule("extends: substitution\nmessage: m\nchannels: sms\nswap: {a: b}\n")
    assert (channel.category, channel.channels) == (Category.CHANNEL, ("sms",))
    chosen = make_rule(
        "extends: existence\nmessage: m\ncategory: policy\nlocales: [es, en-US]\ntokens: [x]\n"
    )
    assert (chosen.category, chosen.locales) == (Category.POLICY, ("es", "en-US"))


def test_strict_scalars_keep_no_and_yes_as_words() -> None:
    rule, problems = load_rule_text(
        "extends: substitution\nmessage: '%s/%s'\nswap:\n  no: nope\n  yes: sí\n", "T.S"
    )
    assert problems == [] and rule is not None
    assert callable(rule.check.run)  # compiled
