"""Hostile YAML through the CLI: campaign files exit 2 with ``file:line: message``; a hostile rule
file is a reported problem while `lint`, `check` and `review findings` still run every other rule."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from studio.cli.main import main
from studio.cli.output import MAX_PROBLEMS_PRINTED, print_error
from studio.errors import Problem, ValidationError
from studio.model.validation import MAX_UNKNOWN_REPORTED

REPO = Path(__file__).resolve().parents[2]
ANCHORS = "YAML anchors and aliases (&/*) are not allowed"
TOO_DEEP = "nested more than 64 levels deep"
RECURSIVE_ALIAS_RULE = "extends: existence\nmessage: m\ntokens: &l [*l]\n"

HOSTILE_CAMPAIGNS = {
    "loop": ("loop: &l [*l]\n", f"1: {ANCHORS}"),
    "laughs": (
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        + "".join(
            f"{n}: &{n} [{','.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True)
        ),
        f"1: {ANCHORS}",
    ),
    "brackets": ("[" * 10_000 + "]" * 10_000 + "\n", f"1: {TOO_DEEP}"),
    "mappings": ("{a: " * 3_000 + "1" + "}" * 3_000 + "\n", f"1: {TOO_DEEP}"),
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("STUDIO_DATABASE_URL", url)
    monkeypatch.setenv("STUDIO_USER", "lucia")
    return url


@pytest.mark.parametrize("name", list(HOSTILE_CAMPAIGNS))
def test_campaign_validate_refuses_hostile_yaml_with_exit_2(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, expected = HOSTILE_CAMPAIGNS[name]
    path = tmp_path / f"{name}.campaign.yaml"
    path.write_text(text, encoding="utf-8")
    assert run(capsys, "campaign", "validate", str(path)) == (2, "", f"{path}:{expected}\n")


def test_campaign_import_refuses_a_recursive_alias_and_imports_nothing(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "loop.campaign.yaml"
    bad.write_text("loop: &l [*l]\n", encoding="utf-8")
    good = REPO / "campaigns" / "app-pide-y-recoge.campaign.yaml"
    assert run(capsys, "campaign", "import", str(good), str(bad)) == (2, "", f"{bad}:1: {ANCHORS}\n")


def test_campaign_validate_as_a_process_exits_2_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "loop.campaign.yaml"
    path.write_text("loop: &l [*l]\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "studio", "campaign", "validate", str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (2, "", f"{path}:1: {ANCHORS}\n")


def test_a_hundred_thousand_unknown_keys_print_a_bounded_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "keys.campaign.yaml"
    path.write_text("name: x\n" + "".join(f"k{i}: 1\n" for i in range(100_000)), encoding="utf-8")
    code, out, err = run(capsys, "campaign", "validate", str(path))
    lines = err.splitlines()
    assert (code, out) == (2, "")
    assert len(lines) == MAX_UNKNOWN_REPORTED + 7  # 5 required fields, 20 unknown, the rest counted, total
    assert lines[-2:] == [
        f"{path}: and {100_000 - MAX_UNKNOWN_REPORTED} more unknown fields",
        f"studio: {MAX_UNKNOWN_REPORTED + 6} problems",
    ]


def test_printed_problems_are_bounded(capsys: pytest.CaptureFixture[str]) -> None:
    problems = [Problem(f"problem {i}", file=Path("f.yaml"), line=i) for i in range(1, 1_001)]
    print_error(ValidationError("many", problems=problems))
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == "f.yaml:1: problem 1"
    assert lines[MAX_PROBLEMS_PRINTED - 1] == f"f.yaml:{MAX_PROBLEMS_PRINTED}: problem {MAX_PROBLEMS_PRINTED}"
    assert lines[MAX_PROBLEMS_PRINTED:] == [
        f"studio: … and {1_000 - MAX_PROBLEMS_PRINTED} more problems",
        "studio: 1000 problems",
    ]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """The demo brand kit with a three-line recursive alias in a Vale-format rule and in a studio rule."""
    root = tmp_path / "kit"
    for folder in ("brand_rules", "templates", "assets"):
        shutil.copytree(REPO / folder, root / folder)
    (root / "brand_rules" / "CafeAurora" / "Loop.yml").write_text(RECURSIVE_ALIAS_RULE, encoding="utf-8")
    (root / "brand_rules" / "Studio" / "Loop.yml").write_text(
        "extends: limit\nmessage: m\nmetric: &l [*l]\n", encoding="utf-8"
    )
    return root


def test_lint_reports_a_recursive_alias_rule_and_still_runs_the_other_rules(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    campaign = REPO / "campaigns" / "black-friday-con-errores.campaign.yaml"
    code, out, err = run(capsys, "lint", "--workspace", str(workspace), str(campaign))
    rules = workspace / "brand_rules"
    assert code == 1  # error findings remain
    assert err.splitlines() == [
        f"{rules / 'CafeAurora' / 'Loop.yml'}:3: {ANCHORS}",
        f"{rules / 'Studio' / 'Loop.yml'}:3: {ANCHORS}",
    ]
    assert "CafeAurora.Tuteo" in out  # a Vale-format rule of the same style
    assert "Studio.Language" in out  # a studio rule of the same folder
    assert "Consistency.Conflict" in out


def test_review_findings_still_lists_findings_with_a_recursive_alias_rule(
    db: str, workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "campaign", "list")[0] == 0  # first use: the demo campaigns
    code, out, err = run(capsys, "review", "findings", "--workspace", str(workspace), "black-friday-2026")
    assert code == 0
    assert "CafeAurora.Tuteo" in out and "Consistency.Conflict" in out
    rules = workspace / "brand_rules"
    assert err.splitlines() == [  # the broken rules are named, not silently left out
        f"{rules / 'CafeAurora' / 'Loop.yml'}:3: {ANCHORS}",
        f"{rules / 'Studio' / 'Loop.yml'}:3: {ANCHORS}",
    ]


def test_export_all_names_a_recursive_alias_rule_and_exports_the_rest(
    db: str, workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "campaign", "list")[0] == 0  # first use: the demo campaigns
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "export", "--all", "--workspace", str(workspace), "--out", str(out_dir))
    rules = workspace / "brand_rules"
    assert f"studio: warning: brand rule not applied: {rules / 'CafeAurora' / 'Loop.yml'}:3: {ANCHORS}" in err
    assert f"studio: warning: brand rule not applied: {rules / 'Studio' / 'Loop.yml'}:3: {ANCHORS}" in err
    exported = [line for line in out.splitlines() if line.startswith("exported ")]
    assert exported and all((out_dir / line.split(" → ")[1].rsplit("/", 1)[-1]).is_dir() for line in exported)
    assert code == 1  # the demo campaign with planted errors is refused, the others are exported


def test_check_reports_a_recursive_alias_rule_and_still_runs_the_other_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    style = tmp_path / "styles" / "Brand"
    style.mkdir(parents=True)
    (style / "Free.yml").write_text(
        "extends: existence\nmessage: 'Evita «%s».'\nlevel: error\ntokens: [gratis]\n", encoding="utf-8"
    )
    (style / "Loop.yml").write_text(RECURSIVE_ALIAS_RULE, encoding="utf-8")
    (tmp_path / ".vale.ini").write_text(
        "StylesPath = styles\n[*.md]\nBasedOnStyles = Brand\n", encoding="utf-8"
    )
    (tmp_path / "a.md").write_text("Envío **gratis** hoy.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("STUDIO_WORKSPACE", str(tmp_path / "no-workspace"))
    code, out, err = run(capsys, "check", "a.md")
    assert (code, out) == (1, "a.md:1:9:Brand.Free:Evita «gratis».\n")
    assert f"styles/Brand/Loop.yml:3: {ANCHORS}" in err
