"""`studio export` for the tools downstream: --audience, --scheduler, --esp, --asset-base-url."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from studio.cli.main import main

BASE = "https://cdn.cafeaurora.example/campaigns"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes().decode("utf-8")
    assert "\n" not in data.replace("\r\n", "")  # CRLF throughout, inside fields too
    return list(csv.reader(io.StringIO(data, newline="")))


def test_audience_scheduler_and_public_urls(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, studio_home: Path
) -> None:
    audience = tmp_path / "audience.csv"
    audience.write_text(
        "phone,locale,name\n600 111 222,es-ES,Ana\n12345,es-ES,Bad\n+1 415 555 2671,en-US,Bob\n"
        "0151 23456789,de-DE,Hans\n",
        "utf-8",
    )
    out = tmp_path / "out"
    code, _, stderr = run(
        capsys, "export", "navidad-turron-latte", "--out", str(out), "--jobs", "1",
        "--channel", "sms", "--channel", "post.x", "--channel", "post.instagram",
        "--audience", str(audience), "--scheduler", "ayrshare", "--asset-base-url", BASE + "/",
    )  # fmt: skip
    assert code == 0, stderr
    assert f"studio: warning: {audience}:3: skipped: '12345' is not a valid number in ES" in stderr
    assert "navidad-turron-latte: 1 recipients in de-DE left out of sms/generic.csv" in stderr
    folder = out / "navidad-turron-latte"
    header, *rows = read_csv(folder / "sms" / "generic.csv")
    assert header == ["To", "Body"]
    assert [r[0] for r in rows] == ["+34600111222", "+14155552671"]
    assert rows[0][1].endswith("Baja: BAJA al 217217")
    assert rows[1][1].endswith("Reply STOP to opt out. Msg&data rates may apply")
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    assert "sms/generic.csv" in {f["path"] for f in manifest["files"]}
    assert read_csv(folder / "es-ES" / "sms" / "messages.csv")[0] == [
        "locale",
        "text",
        "encoding",
        "segments",
    ]
    header, *posts = read_csv(folder / "es-ES" / "social" / "ayrshare.csv")
    assert header == ["post", "platforms", "mediaUrls", "scheduleDate"]
    assert [(p[1], p[2], p[3]) for p in posts] == [
        ("twitter", "", "2026-12-01T08:00:00Z"),
        ("instagram", f"{BASE}/navidad-turron-latte/es-ES/social/instagram.png", "2026-12-01T08:15:00Z"),
    ]
    # the audience is never stored: no phone number anywhere in the studio's own files
    for path in studio_home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"600111222" not in data and b"4155552671" not in data, path


@pytest.mark.parametrize(
    ("extra", "content", "message"),
    [
        (
            ["--scheduler", "tweetdeck"],
            None,
            "unknown scheduler preset 'tweetdeck' (one of ayrshare, hootsuite, sprout)",
        ),
        (["--esp", "sendgrid"], None, "unknown ESP preset 'sendgrid'"),
        (["--asset-base-url", "ftp://cdn.example.com"], None, "is not a public base URL"),
        (["--sms-gateway", "generic"], None, "--sms-gateway goes with --audience"),
        (
            ["--audience", "{file}"],
            b"phone,locale\n600111222,es-ES\n\xf1,es-ES\n",
            "audience.csv:3: is not UTF-8",
        ),
        (["--audience", "{file}"], b"tel,locale\n600111222,es-ES\n", "audience.csv:1: no phone column"),
        (["--audience", "{file}"], b"phone,locale\n1,es-ES\n", "no recipient can be used"),
        (["--audience", "{missing}"], None, "missing.csv: no such file"),
    ],
)
def test_bad_publishing_input_is_exit_2_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, extra: list[str], content: bytes | None, message: str
) -> None:
    file = tmp_path / "audience.csv"
    if content is not None:
        file.write_bytes(content)
    args = [a.format(file=file, missing=tmp_path / "missing.csv") for a in extra]
    out = tmp_path / "out"
    code, _, stderr = run(
        capsys, "export", "navidad-turron-latte", "--out", str(out), "--channel", "sms", *args
    )
    assert code == 2, stderr
    assert message in stderr
    assert "Traceback" not in stderr
    assert not out.exists()
