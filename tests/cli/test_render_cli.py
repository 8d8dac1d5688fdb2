"""`studio render` and `studio measure` end to end: real files, exact metrics, clean failures."""

from __future__ import annotations

import email
import email.policy
import io
import json
from pathlib import Path

import pytest

from studio.cli.main import main
from studio.model.campaign import Campaign
from studio.model.files import write_campaign

REPO = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def measure(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], channel: str, stdin: str
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return run(capsys, "measure", "--channel", channel)


def test_measure_sms(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    texts = ["a" * 160, "a" * 161, "más", "€" * 80, ""]
    code, out, _ = measure(monkeypatch, capsys, "sms", json.dumps(texts))
    assert code == 0
    assert json.loads(out) == [
        {"encoding": "GSM-7", "segments": 1, "units": 160},
        {"encoding": "GSM-7", "segments": 2, "units": 161},
        {"encoding": "UCS-2", "segments": 1, "units": 3},
        {"encoding": "GSM-7", "segments": 1, "units": 160},
        {"encoding": "GSM-7", "segments": 0, "units": 0},
    ]


def test_measure_posts(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = measure(
        monkeypatch,
        capsys,
        "post.x",
        json.dumps(["Hola https://www.cafeaurora.es/una/ruta/larga/de/verdad", "😀", "a" * 281]),
    )
    assert code == 0
    assert json.loads(out) == [
        {"weighted_length": 28, "valid": True},
        {"weighted_length": 2, "valid": True},
        {"weighted_length": 281, "valid": False},
    ]
    code, out, _ = measure(monkeypatch, capsys, "post.linkedin", json.dumps(["ñ" * 3000, "ñ" * 3001]))
    assert json.loads(out) == [{"length": 3000, "valid": True}, {"length": 3001, "valid": False}]


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ("not json", "<stdin>:1: not JSON"),
        ('{"a": 1}', "expected a JSON array of strings"),
        ('["ok", 3]', "[1]"),
    ],
)
def test_measure_bad_input_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str, message: str
) -> None:
    code, out, err = measure(monkeypatch, capsys, "sms", stdin)
    assert (code, out) == (2, "")
    assert message in err


def test_render_writes_every_variant(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "render"
    campaign_file = REPO / "campaigns" / "navidad-turron-latte.campaign.yaml"
    code, stdout, err = run(capsys, "render", str(campaign_file), "--locale", "es-ES", "--out", str(out))
    assert (code, err) == (0, "")
    names = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert "es-ES/email/index.html" in names
    assert "es-ES/email/message.eml" in names
    assert "es-ES/sms/message.txt" in names
    assert "es-ES/social/instagram.png" in names
    assert "es-ES/signage/poster-A3.pdf" in names
    assert not any(n.startswith("en-US") for n in names)
    message = email.message_from_bytes(
        (out / "es-ES/email/message.eml").read_bytes(), policy=email.policy.default
    )
    assert message.get_content_type() == "multipart/alternative"
    records = json.loads((out / "variants.json").read_text(encoding="utf-8"))
    assert {r["channel"] for r in records} == {
        "email",
        "sms",
        "post.x",
        "post.instagram",
        "post.facebook",
        "post.linkedin",
        "signage",
        "whatsapp",
        "push",
        "staff",
        "web",
    }
    assert stdout == f"wrote {len(names)} files to {out}\n"

    code, _, err = run(capsys, "render", str(campaign_file), "--out", str(out))
    assert code == 2
    assert "exists: use --overwrite" in err


def test_render_failure_leaves_nothing_behind(
    tmp_path: Path, campaign: Campaign, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.campaign.yaml"
    write_campaign(campaign.model_copy(update={"print_sizes": ["B0"]}), path)
    out = tmp_path / "render"
    code, _, err = run(capsys, "render", str(path), "--out", str(out))
    assert code == 2
    assert "print_sizes[0]: 'B0' is not a print size of this workspace" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.campaign.yaml"]
