"""``studio check``: Vale's line and JSON output, exit codes, problems on stderr, default config."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from studio.cli import check
from studio.cli.main import _Parser
from studio.cli.output import print_error
from studio.errors import StudioError

RULES = {
    "Free.yml": "extends: existence\nmessage: 'Evita «%s».'\nlevel: error\nignorecase: true\n"
    "tokens: [gratis]\n",
    "Loud.yml": "extends: existence\nmessage: 'Un signo: %s'\nlevel: warning\nnonword: true\n"
    "tokens: ['!{2,}']\n",
    "Broken.yml": "extends: existence\nmessage: m\ntokens: ['(']\n",
}


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="studio")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    common = _Parser(add_help=False)
    common.add_argument("--workspace")
    common.add_argument("--database")
    check.register(sub, common)
    return parser


def studio(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        code: int = args.handler(args)
    except StudioError as exc:
        print_error(exc)
        return exc.exit_code
    return code


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "styles" / "Brand").mkdir(parents=True)
    for name, body in RULES.items():
        (tmp_path / "styles" / "Brand" / name).write_text(body, encoding="utf-8")
    (tmp_path / ".vale.ini").write_text(
        "StylesPath = styles\nMinAlertLevel = suggestion\n[*.{md,txt}]\nBasedOnStyles = Brand\n",
        encoding="utf-8",
    )
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("# ¡¡Hola!!\n\nEnvío **gratis** hoy.\n", encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text("Todo bien.\n", encoding="utf-8")
    (tmp_path / "docs" / "c.txt").write_text("Sin prisa!!\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    # no workspace studio.ini: a folder that is not a workspace, so the .vale.ini above the files is used
    monkeypatch.setenv("STUDIO_WORKSPACE", str(tmp_path / "no-workspace"))
    return tmp_path


def test_line_output_sorted_and_exit_1_on_errors(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert studio(["check", "docs"]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "docs/a.md:1:9:Brand.Loud:Un signo: !!",
        "docs/a.md:3:9:Brand.Free:Evita «gratis».",
        "docs/c.txt:1:10:Brand.Loud:Un signo: !!",
    ]
    assert err.startswith(f"{project / 'styles' / 'Brand' / 'Broken.yml'}:3: invalid regular expression")


def test_exit_0_without_error_level_findings(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert studio(["check", "docs/c.txt", "docs/b.txt"]) == 0
    assert capsys.readouterr().out == "docs/c.txt:1:10:Brand.Loud:Un signo: !!\n"


def test_min_level(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert studio(["check", "--min-level", "error", "docs"]) == 1
    assert capsys.readouterr().out == "docs/a.md:3:9:Brand.Free:Evita «gratis».\n"


def test_json_output_is_valeish(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert studio(["check", "--output", "json", "docs/a.md"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["docs/a.md"]
    first = data["docs/a.md"][1]
    assert {k: first[k] for k in ("Check", "Line", "Span", "Severity", "Match", "Message")} == {
        "Check": "Brand.Free",
        "Line": 3,
        "Span": [9, 14],
        "Severity": "error",
        "Match": "gratis",
        "Message": "Evita «gratis».",
    }
    assert list(first)[:9] == [
        "Action",
        "Span",
        "Check",
        "Description",
        "Link",
        "Message",
        "Severity",
        "Match",
        "Line",
    ]


def test_a_missing_file_is_exit_2(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert studio(["check", "docs/nope.md"]) == 2
    assert "docs/nope.md: no such file" in capsys.readouterr().err


def test_an_explicit_config_wins(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.ini"
    other.write_text(f"StylesPath = {project / 'styles'}\n[*]\nBrand.Loud = YES\n", encoding="utf-8")
    assert studio(["check", "--config", str(other), "docs/a.md"]) == 0
    assert capsys.readouterr().out == "docs/a.md:1:9:Brand.Loud:Un signo: !!\n"


def test_no_configuration_at_all_is_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("STUDIO_WORKSPACE", str(tmp_path / "no-workspace"))
    (tmp_path / "x.md").write_text("hola", encoding="utf-8")
    assert studio(["check", "x.md"]) == 2
    assert "no configuration found" in capsys.readouterr().err


def test_the_workspace_studio_ini_is_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for folder in ("brand_rules", "templates", "assets"):
        (tmp_path / folder).mkdir()
    (tmp_path / "brand_rules" / "studio.ini").write_text("StylesPath = .\n", encoding="utf-8")
    assert check.default_config(str(tmp_path), [Path("x.md")]) == tmp_path / "brand_rules" / "studio.ini"


def test_usage_errors_exit_2() -> None:
    with pytest.raises(SystemExit) as exc:
        _parser().parse_args(["check", "--output", "xml", "a.md"])
    assert exc.value.code == 2
