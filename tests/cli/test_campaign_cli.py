"""`studio campaign …` end to end on a real SQLite file and real files; exit codes included."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from studio.cli.main import main
from studio.model.campaign import Campaign
from studio.model.files import read_campaign, write_campaign

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("STUDIO_DATABASE_URL", url)
    return url


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_first_use_seeds_the_demo_campaigns(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    demo = sorted(read_campaign(p).key or "" for p in (REPO / "campaigns").glob("*.campaign.yaml"))
    code, out, _ = run(capsys, "campaign", "list", "--format", "json")
    assert code == 0
    import json

    assert sorted(c["key"] for c in json.loads(out)) == demo
    assert len(demo) == 3


def test_new_show_export_import_round_trip(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys,
        "campaign",
        "new",
        "Desayunos de enero",
        "--locale",
        "es-ES",
        "--locale",
        "en-US",
        "--channel",
        "sms",
    )
    assert (code, err) == (0, "")
    assert out == "created desayunos-de-enero (draft, es-ES, en-US)\n"

    code, out, _ = run(capsys, "campaign", "show", "desayunos-de-enero")
    assert code == 0
    assert "headline: Escribe aquí el titular" in out

    target = tmp_path / "export.campaign.yaml"
    assert run(capsys, "campaign", "export", "desayunos-de-enero", "--out", str(target))[0] == 0
    exported = read_campaign(target)
    assert exported.name == "Desayunos de enero"

    code, _, err = run(capsys, "campaign", "export", "desayunos-de-enero", "--out", str(target))
    assert code == 2
    assert "exists: use --overwrite" in err

    changed = exported.model_copy(update={"objective": "Más desayunos"})
    write_campaign(changed, target)
    code, _, err = run(capsys, "campaign", "import", str(target))
    assert code == 2
    assert "exists already" in err
    code, out, _ = run(capsys, "campaign", "import", "--replace", str(target))
    assert code == 0
    assert "imported as desayunos-de-enero (revision 2)" in out

    code, out, _ = run(capsys, "campaign", "history", "desayunos-de-enero")
    assert code == 0
    assert out.splitlines()[1].split()[0] == "2"
    assert "imported from export.campaign.yaml" in out

    code, out, _ = run(capsys, "campaign", "restore", "desayunos-de-enero", "1")
    assert (code, out) == (0, "desayunos-de-enero: revision 1 restored as revision 3\n")
    code, out, _ = run(capsys, "campaign", "show", "desayunos-de-enero", "--format", "json")
    assert '"objective": ""' in out


def test_bad_file_gives_file_line_field_message_and_exit_2(
    db: str, tmp_path: Path, campaign: Campaign, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.campaign.yaml"
    write_campaign(campaign, good)
    bad = tmp_path / "bad.campaign.yaml"
    bad.write_text(good.read_text(encoding="utf-8").replace("headline: Your autumn", "headlin: Your autumn"))
    code, out, err = run(capsys, "campaign", "import", str(good), str(bad))
    assert code == 2
    assert out == ""  # all or nothing: the good file was not imported either
    lines = err.splitlines()
    assert any(
        line.startswith(f"{bad}:")
        and "locales.en-US.message.headlin: unknown field (did you mean 'headline'?)" in line
        for line in lines
    ), err
    assert "Traceback" not in err
    assert run(capsys, "campaign", "list", "--search", "otoño")[1].count("otono-cafe") == 0


def test_validate_reports_missing_assets(
    tmp_path: Path, campaign: Campaign, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.campaign.yaml"
    write_campaign(campaign.model_copy(update={"hero_image": "images/missing.jpg"}), path)
    code, _, err = run(capsys, "campaign", "validate", str(path))
    assert code == 2
    line = next(
        i for i, text in enumerate(path.read_text("utf-8").splitlines(), 1) if text.startswith("hero_")
    )
    assert f"{path}:{line}: hero_image: images/missing.jpg: no such file" in err
    write_campaign(campaign, path)
    assert run(capsys, "campaign", "validate", str(path))[:2] == (0, f"{path}: ok\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["campaign", "show", "nope"], "no campaign 'nope'"),
        (["campaign", "list", "--locale", "xx-YY"], "--locale: unknown locale 'xx-YY'"),
        (["campaign", "new", "X", "--channel", "fax"], "--channel: fax is not one of: email, sms, post.x"),
        (["campaign", "new", "X", "--locale", "xx"], "--locale: unknown locale 'xx'"),
        (["campaign", "new", "X", "--timezone", "Mars/Base"], "timezone: unknown time zone 'Mars/Base'"),
        (["campaign", "restore", "navidad-turron-latte", "99"], "has no revision 99"),
        (["campaign", "list", "--workspace", "/nonexistent"], "workspace /nonexistent is not a folder"),
    ],
)
def test_input_errors_exit_2_with_a_message(
    db: str, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2
    assert message in err


def test_usage_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    env = {"STUDIO_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    for args in (["campaign"], ["campaign", "frobnicate"], ["--nope"]):
        result = subprocess.run(
            [sys.executable, "-m", "studio", *args], capture_output=True, text=True, env=env, check=False
        )
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr
        assert "usage:" in result.stderr


def test_help_lists_the_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["campaign", "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for action in ("list", "show", "new", "import", "export", "history", "restore", "validate"):
        assert action in out


def test_gui_with_a_missing_workspace_says_so_before_any_window(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "gui", "--workspace", str(tmp_path / "nope"))
    assert code == 2
    assert err == f"studio: error: {tmp_path / 'nope'}: no such workspace folder\n"


def test_gui_options_are_checked_like_every_command(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["gui", "--language", "fr"])
    assert exit_.value.code == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err
