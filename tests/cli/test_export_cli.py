"""`studio export` on the demo campaigns: exit codes 0/1/2, refusals listed, --force/--reason, --overwrite."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest

from studio.cli.export import ProgressBar
from studio.cli.main import main


@pytest.fixture(autouse=True)
def db(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUDIO_DATABASE_URL", db_url)  # a SQLite file, then a PostgreSQL database


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def checked(folder: Path) -> dict[str, object]:
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    for entry in manifest["files"]:
        assert hashlib.sha256((folder / entry["path"]).read_bytes()).hexdigest() == entry["sha256"]
    return manifest  # type: ignore[no-any-return]


def test_all_exports_the_clean_campaigns_and_refuses_black_friday(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    code, stdout, stderr = run(
        capsys, "export", "--all", "--channel", "sms", "--out", str(out), "--jobs", "1"
    )
    assert code == 1
    assert stdout.splitlines() == [
        f"exported app-pide-y-recoge → {out / 'app-pide-y-recoge'}",
        f"exported navidad-turron-latte → {out / 'navidad-turron-latte'}",
        f"2 exported, 1 refused — in {out}",
    ]
    lines = stderr.splitlines()
    assert lines[0].startswith("refused black-friday-2026: 3 error findings are not waived")
    assert any("Consistency.Conflict (sms/es-ES)" in line and "3,49 €" in line for line in lines[1:])
    assert "Traceback" not in stderr and "\r" not in stderr  # no progress bar off a terminal
    assert sorted(p.name for p in out.iterdir()) == ["app-pide-y-recoge", "navidad-turron-latte"]
    for folder in out.iterdir():
        assert checked(folder)["campaign"]["channels"] == ["sms"]  # type: ignore[index]
    code, stdout, _ = run(capsys, "review", "log", "navidad-turron-latte")
    assert stdout.splitlines()[-1].split()[3] == "exported"


def test_force_needs_a_reason_and_is_recorded(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, err = run(capsys, "export", "black-friday-2026", "--out", str(out), "--force")
    assert code == 2 and "--force needs --reason" in err
    code, _, err = run(capsys, "export", "black-friday-2026", "--out", str(out), "--reason", "x")
    assert code == 2 and "--reason goes with --force" in err
    assert not out.exists()
    reason = "Legal revisó el precio del SMS"
    code, stdout, _ = run(
        capsys, "export", "black-friday-2026", "--out", str(out), "--force", "--reason", reason,
        "--channel", "sms", "--zip",
    )  # fmt: skip
    assert code == 0 and "forced: error findings not waived; reason recorded" in stdout
    with zipfile.ZipFile(out / "black-friday-2026.zip") as archive:
        manifest = json.loads(archive.read("black-friday-2026/manifest.json"))
        assert "black-friday-2026/es-ES/sms/messages.csv" in archive.namelist()
    assert manifest["forced"]["reason"] == reason and len(manifest["forced"]["findings"]) == 3
    code, stdout, _ = run(capsys, "review", "log", "black-friday-2026")
    assert [line.split()[3] for line in stdout.splitlines()[-2:]] == ["exported", "forced_export"]
    assert reason in stdout


def test_usage_and_input_errors_exit_2_and_write_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    a_file = tmp_path / "file.txt"
    a_file.write_text("mine", "utf-8")
    cases = [
        (["navidad-turron-latte", "no-such-campaign"], "no campaign 'no-such-campaign'"),
        ([], "name the campaigns to export"),
        (["navidad-turron-latte", "--all"], "not both"),
        (["navidad-turron-latte", "--locale", "xx_123456789"], "locale"),
        (["navidad-turron-latte", "--channel", "fax"], "unknown channel 'fax'"),
        (["navidad-turron-latte", "--jobs", "0"], "--jobs must be 1 or more"),
    ]
    for extra, message in cases:
        code, _, err = run(capsys, "export", *extra, "--out", str(out))
        assert (code, message in err, "Traceback" in err) == (2, True, False), (extra, err)
    assert not out.exists()
    code, _, err = run(capsys, "export", "navidad-turron-latte", "--out", str(a_file))
    assert code == 2 and "is not a folder" in err and a_file.read_text("utf-8") == "mine"
    with pytest.raises(SystemExit) as usage:  # argparse: --out is required
        main(["export", "--all"])
    assert usage.value.code == 2


def test_an_earlier_export_needs_overwrite(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["export", "--status", "approved", "--channel", "sms", "--out", str(out)]
    code, stdout, _ = run(capsys, *args)
    assert code == 0 and stdout.splitlines()[-1] == f"1 exported, 0 refused — in {out}"
    assert [p.name for p in out.iterdir()] == ["navidad-turron-latte"]  # the only approved one
    first = (out / "navidad-turron-latte" / "manifest.json").read_bytes()
    code, _, err = run(capsys, "export", "navidad-turron-latte", "--channel", "sms", "--out", str(out))
    assert code == 2 and f"{out / 'navidad-turron-latte'}: exported before: use --overwrite" in err
    assert (out / "navidad-turron-latte" / "manifest.json").read_bytes() == first
    code, _, _ = run(
        capsys, "export", "navidad-turron-latte", "--channel", "sms", "--out", str(out), "--overwrite"
    )
    assert code == 0
    assert checked(out / "navidad-turron-latte")["campaign"]["status"] == "exported"  # type: ignore[index]
    code, stdout, _ = run(capsys, "export", "--status", "approved", "--out", str(out))
    assert (code, stdout) == (0, "no campaigns with status approved: nothing to export\n")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_draws_on_a_terminal_only() -> None:
    terminal = Terminal()
    bar = ProgressBar(terminal, width=10)
    bar(0, 4, "exporting 4 campaigns")
    bar(2, 4, "navidad-turron-latte: exported")
    bar.close()
    text = terminal.getvalue()
    assert "[..........] 0/4" in text and "[#####.....] 2/4" in text and "navidad-turron-latte" in text
    assert text.endswith("\r")
    piped = io.StringIO()
    quiet = ProgressBar(piped)
    quiet(1, 4, "x")
    quiet.close()
    assert piped.getvalue() == ""
