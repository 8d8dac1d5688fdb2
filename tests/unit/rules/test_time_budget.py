"""Rules with catastrophic-backtracking patterns: each stops at its time budget and is reported at
its rule file's line; every other rule still runs and finds everything (issue 13, item 5).

The hostile patterns are the ones found in the adversarial pass: ``(a+)+K…`` on a run of 300 or
3,000 ``a``. One search takes about 0.1 s of CPU on 300 letters and seconds on 3,000, against a
budget of 0.05 s + 10 µs per character; budgets count CPU time, so how busy the machine is does
not change the outcome.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from studio.errors import Problem
from studio.model.finding import Finding
from studio.rules.config import load_config
from studio.rules.engine import DEFAULT_BUDGET, Linter, TimeBudget
from studio.rules.model import RuleSet

from .conftest import REPO_ROOT, MakeRule

HOSTILE = 20
#: the line of the pattern in each hostile rule file (what a problem must point at)
PATTERN_LINE = 5
#: the budget for the 300-letter text: one hostile search there takes 0.06-0.1 s of CPU, only just
#: over the default 0.053 s (a faster machine finished some within it), so those tests give each rule
#: 5 ms, a tenth of what a hostile search needs and far more than a normal rule needs on this text
TIGHT = TimeBudget(rule=0.005, text=0.25, late=0.005, per_char=0.0)
#: findings of the demo brand rules in the text before the run of letters
GOOD_TEXT = "¡Urgente! Dinero fácil: haz clic aquí, usted lo merece. Envío gratis total!!\n\n"


def _hostile_rule(index: int) -> str:
    return (
        "extends: existence\n"
        "message: 'Nunca escribas «%s».'\n"
        "nonword: true\n"
        "tokens:\n"
        f"  - '(a+)+K{index}?$'\n"
    )


def _brand_kit(root: Path, *, hostile: int) -> Path:
    """The repo's brand_rules with a style of ``hostile`` backtracking rules turned on everywhere."""
    kit = root / "brand_rules"
    shutil.copytree(REPO_ROOT / "brand_rules", kit)
    if hostile:
        style = kit / "Hostile"
        style.mkdir()
        for index in range(hostile):
            (style / f"R{index:02}.yml").write_text(_hostile_rule(index), encoding="utf-8")
        ini = kit / "studio.ini"
        text = ini.read_text(encoding="utf-8")
        ini.write_text(
            text.replace("BasedOnStyles = Core, CafeAurora", "BasedOnStyles = Core, CafeAurora, Hostile")
        )
    return kit


def _keys(findings: list[Finding]) -> set[tuple[object, ...]]:
    return {(f.rule, f.field, f.span, f.message) for f in findings}


@pytest.mark.parametrize("letters", [300, 3000])
def test_backtracking_rules_are_reported_at_their_line_and_good_rules_still_find_everything(
    tmp_path: Path, letters: int
) -> None:
    text = GOOD_TEXT + "a" * letters
    plain = Linter(load_config(_brand_kit(tmp_path / "plain", hostile=0) / "studio.ini"))
    expected = plain.lint_text(text, channel="email", locale="es-ES", field="body")
    assert len(expected) >= 4  # the demo rules do find things here

    kit = _brand_kit(tmp_path / "hostile", hostile=HOSTILE)
    budget = TIGHT if letters == 300 else DEFAULT_BUDGET
    linter = Linter(load_config(kit / "studio.ini"), budget=budget)
    assert linter.problems == []  # the patterns compile: only running them shows the trouble
    problems: list[Problem] = []
    found = linter.lint_text(text, channel="email", locale="es-ES", field="body", problems=problems)

    assert _keys(found) == _keys(expected)
    by_file = {Path(p.file).name: p for p in problems if p.file is not None}
    assert sorted(by_file) == [f"R{i:02}.yml" for i in range(HOSTILE)]
    assert len(problems) == HOSTILE
    for index in range(HOSTILE):
        problem = by_file[f"R{index:02}.yml"]
        assert problem.file == kit / "Hostile" / f"R{index:02}.yml"
        assert problem.line == PATTERN_LINE
        assert f"Hostile.R{index:02} was stopped after" in problem.message
        assert "on the email es-ES body" in problem.message
        assert "may be incomplete" in problem.message
        assert str(problem).startswith(f"{kit / 'Hostile' / f'R{index:02}.yml'}:{PATTERN_LINE}: ")


def test_a_text_linted_again_reports_its_overrun_again(tmp_path: Path) -> None:
    """The alerts of a text are remembered; so is the fact that they may be incomplete."""
    linter = Linter(load_config(_brand_kit(tmp_path, hostile=1) / "studio.ini"), budget=TIGHT)
    text = GOOD_TEXT + "a" * 300
    first: list[Problem] = []
    second: list[Problem] = []
    alerts = linter.lint(text, channel="sms", locale="es-ES", problems=first)
    assert linter.lint(text, channel="sms", locale="es-ES", problems=second) == alerts
    assert [str(p) for p in first] == [str(p) for p in second]
    assert len(first) == 1


def test_rules_that_ran_out_of_time_run_after_the_others(tmp_path: Path) -> None:
    """With the whole text's budget spent early, the rules still to run get only a little time:
    the runaway ones go last from their first overrun on, so normal rules keep their full budget."""
    linter = Linter(
        load_config(_brand_kit(tmp_path, hostile=HOSTILE) / "studio.ini"),
        budget=TimeBudget(rule=0.05, text=0.0, late=0.001),
    )
    first: list[Problem] = []
    linter.lint("a" * 300, channel="sms", locale="es-ES", problems=first)
    assert len(first) == HOSTILE
    second: list[Problem] = []
    found = linter.lint_text(GOOD_TEXT + "a" * 300, channel="sms", locale="es-ES", problems=second)
    assert {f.rule for f in found} >= {"Core.SpamWords", "CafeAurora.Tuteo"}
    assert all("Hostile." in p.message for p in second)


@pytest.mark.parametrize(
    ("kind", "body", "line"),
    [
        ("existence", "tokens:\n  - ok\n  - '(a|aa)+K'\n", 3),
        ("existence", "raw:\n  - '(a|aa)+K'\n", 4),
        ("substitution", "swap:\n  '(a|aa)+K': b\n", 4),
        ("occurrence", "max: 1\ntoken: '(a|aa)+K'\n", 4),
        ("repetition", "tokens:\n  - '(a|aa)+K'\n", 4),
        ("consistency", "either:\n  '(a|aa)+K': z\n", 4),
        ("conditional", "second: '(a|aa)+Z'\nfirst: '(a|aa)+K'\n", 3),
        ("capitalization", "match: '(a|aa)+K'\n", 3),
        ("capitalization", "match: $title\nexceptions:\n  - '(a|aa)+K'\n", 4),
    ],
)
def test_every_kind_stops_a_runaway_pattern_at_its_line(
    make_rule: MakeRule, kind: str, body: str, line: int
) -> None:
    """``(a|aa)+K`` backtracks exponentially wherever it starts (``(a+)+`` behind Vale's ``\\b`` is
    only quadratic in ``regex``: too close to the budget to test with)."""
    rule = make_rule(f"extends: {kind}\nmessage: 'm %s'\n{body}")
    ok = make_rule("extends: existence\nmessage: 'dice %s'\ntokens: [hola]\n", "Test.Ok")
    rules = RuleSet()
    rules.add(rule)
    rules.add(ok)
    problems: list[Problem] = []
    found = Linter(rules=rules).lint_text("hola " + "a" * 3000 + " aaaa", problems=problems)
    assert [f.rule for f in found if f.rule == "Test.Ok"] == ["Test.Ok"]
    assert len(problems) == 1, [str(p) for p in problems]
    assert problems[0].line == line
    assert "Test.Rule was stopped after" in problems[0].message


def test_normal_rules_on_a_long_text_never_run_out_of_time() -> None:
    """The demo brand rules on a 3,000-word campaign text, every channel: no rule runs out of its
    budget (bench/hostile_rules.py prints the slowest one: a few milliseconds of the 50)."""
    body = (REPO_ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml").read_text(encoding="utf-8")
    text = body * (3000 // len(body.split()) + 1)
    linter = Linter(load_config(REPO_ROOT / "brand_rules" / "studio.ini"))
    problems: list[Problem] = []
    for channel in ("email", "sms", "post.instagram", "signage"):
        for locale in ("es-ES", "es-MX", "en-US"):
            assert linter.lint(text, channel=channel, locale=locale, problems=problems)
    assert problems == []


def test_studio_check_prints_the_overrun_on_stderr_and_keeps_its_exit_code(tmp_path: Path) -> None:
    kit = _brand_kit(tmp_path, hostile=2)
    page = tmp_path / "copy.txt"
    page.write_text(GOOD_TEXT + "a" * 3000 + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "STUDIO_WORKSPACE": str(tmp_path / "none")}
    done = subprocess.run(
        [sys.executable, "-m", "studio", "check", "--config", str(kit / "studio.ini"), str(page)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
        timeout=300,  # a runaway pattern without a budget would hang here
    )
    assert "Traceback" not in done.stderr
    assert done.returncode == 0  # warnings only: a rule that ran out of time is no input error
    for index in range(2):
        assert f"{kit / 'Hostile' / f'R{index:02}.yml'}:{PATTERN_LINE}: Hostile.R{index:02} was stopped" in (
            done.stderr
        )
    assert "may be incomplete" in done.stderr
    assert "Core.SpamWords" in done.stdout


def test_studio_lint_of_a_campaign_lists_the_overrun_with_the_rule_problems(tmp_path: Path) -> None:
    """``studio lint`` shows what the GUI's problems pane shows: ``check_campaign``'s rule problems."""
    workspace = tmp_path / "workspace"
    kit = _brand_kit(workspace, hostile=3)
    # a studio kind with a brand pattern: the same budget, the same kind of problem
    (kit / "Studio" / "Slow.yml").write_text(
        "extends: required\nmessage: m\nlevel: warning\nchannels: [email]\npattern: '(a|aa)+K'\n",
        encoding="utf-8",
    )
    for folder in ("templates", "assets"):
        shutil.copytree(REPO_ROOT / folder, workspace / folder)
    data = yaml.safe_load((REPO_ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml").read_text("utf-8"))
    data["locales"]["es-ES"]["message"]["body"] += "\n" + "a" * 3000 + "\n"
    campaign = tmp_path / "hostile.campaign.yaml"
    campaign.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "studio", "lint", "--workspace", str(workspace), str(campaign)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
        timeout=300,  # a runaway pattern without a budget would hang here
    )
    assert "Traceback" not in done.stderr
    assert done.returncode == 0, done.stdout + done.stderr
    rule_files = workspace / "brand_rules" / "Hostile"
    for index in range(3):
        assert (
            f"{rule_files / f'R{index:02}.yml'}:{PATTERN_LINE}: Hostile.R{index:02} was stopped"
            in done.stderr
        )
    assert "on the email es-ES text" in done.stderr  # the email's text part holds the body
    assert f"{kit / 'Studio' / 'Slow.yml'}:5: Studio.Slow was stopped after" in done.stderr
    assert "variants checked" in done.stdout


def test_a_runaway_token_ignore_is_reported_with_the_configuration_file(tmp_path: Path) -> None:
    kit = _brand_kit(tmp_path, hostile=0)
    ini = kit / "studio.ini"
    # appended to the ini's last section, [post.*]
    ini.write_text(ini.read_text(encoding="utf-8") + "TokenIgnores = (a+)+K\n", encoding="utf-8")
    linter = Linter(load_config(ini))
    problems: list[Problem] = []
    found = linter.lint_text(
        GOOD_TEXT + "a" * 3000, channel="post.instagram", locale="es-ES", problems=problems
    )
    assert {f.rule for f in found} >= {"Core.SpamWords", "CafeAurora.Tuteo"}
    assert [p.file for p in problems] == [ini]
    assert re.match(
        r"TokenIgnores was stopped after \d+ ms on the post\.instagram es-ES:", problems[0].message
    )
    assert "'(a+)+K'" in problems[0].message


def test_a_required_rule_whose_pattern_does_not_compile_is_a_problem_at_its_line(tmp_path: Path) -> None:
    """It used to load, then stop every check of every campaign with a regex traceback."""
    from studio.rules.studio_rules import load_studio_rules

    kit = _brand_kit(tmp_path, hostile=0)
    (kit / "Studio" / "Broken.yml").write_text(
        "extends: required\nmessage: m\n\npattern: '(PUBLI'\n", encoding="utf-8"
    )
    rules, problems = load_studio_rules(kit)
    assert [(p.file, p.line) for p in problems] == [(kit / "Studio" / "Broken.yml", 4)]
    assert "invalid regular expression '(PUBLI'" in problems[0].message
    assert "Studio.Publi" in {r.id for r in rules}
