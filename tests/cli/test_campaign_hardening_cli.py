"""Hostile campaign files through the CLI: refused with ``file:line: field: message`` and exit 2.

As found: a line break in the headline or the email subject passed ``validate``, ``import`` and
``lint``, then ``render``/``export`` crashed; ``validate`` refused a missing hero image that
``import`` accepted; a 10 MB body was accepted; a 124 KB email exported with no finding and
score 100. Real files, a real SQLite database, the real CLI entry point.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from studio.cli.main import main
from studio.model.campaign import BODY_MAX

REPO = Path(__file__).resolve().parents[2]
DEMO = (REPO / "campaigns" / "navidad-turron-latte.campaign.yaml").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("STUDIO_DATABASE_URL", url)
    return url


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def campaign_file(tmp_path: Path, key: str, *replacements: tuple[str, str]) -> Path:
    text = DEMO.replace("key: navidad-turron-latte", f"key: {key}")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new, 1)  # the first place: es-ES
    path = tmp_path / f"{key}.campaign.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def line_of(path: Path, start: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.lstrip().startswith(start))


def stored_keys(capsys: pytest.CaptureFixture[str]) -> list[str]:
    code, out, _ = run(capsys, "campaign", "list", "--format", "json")
    assert code == 0
    return [c["key"] for c in json.loads(out)]


def test_a_line_break_in_headline_or_subject_is_refused_by_validate_and_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = campaign_file(
        tmp_path,
        "salto-de-linea",
        (
            "      headline: Vuelve el Turrón Latte\n",
            "      headline: |\n        Vuelve el\n        Turrón Latte\n",
        ),
        (
            "channels: [email,",
            'overrides:\n  email:\n    es-MX:\n      subject: "Regresa\\nel Turrón"\nchannels: [email,',
        ),
    )
    expected = [
        f"{path}:{line_of(path, 'headline: |')}: locales.es-ES.message.headline: "
        'must be one line: remove a line break after "Vuelve el"',
        f"{path}:{line_of(path, 'subject:')}: overrides.email.es-MX.subject: "
        'must be one line: remove a line break after "Regresa"',
    ]
    for command in ("validate", "import"):
        code, out, err = run(capsys, "campaign", command, str(path))
        assert (code, out) == (2, ""), command
        assert [line for line in err.splitlines() if line.startswith(str(path))] == expected, command
        assert "Traceback" not in err
    assert "salto-de-linea" not in stored_keys(capsys)


def test_validate_and_import_agree_on_a_missing_hero_image(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = campaign_file(
        tmp_path,
        "sin-imagen",
        ("hero_image: images/navidad-turron-latte.jpg", "hero_image: images/missing.jpg"),
    )
    messages = []
    for command in ("validate", "import"):
        code, out, err = run(capsys, "campaign", command, str(path))
        assert (code, out) == (2, ""), command  # import used to warn and store it anyway
        messages.append(err.splitlines()[0])
    line = line_of(path, "hero_image:")
    assert messages[0] == messages[1]
    assert messages[0].startswith(f"{path}:{line}: hero_image: images/missing.jpg: no such file in ")
    assert "sin-imagen" not in stored_keys(capsys)
    # and a campaign the workspace can render passes both
    good = campaign_file(tmp_path, "con-imagen")
    assert run(capsys, "campaign", "validate", str(good))[:2] == (0, f"{good}: ok\n")
    assert run(capsys, "campaign", "import", str(good))[0] == 0


def test_a_10_mb_body_is_refused_by_validate_and_an_oversized_one_by_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = "        " + "Espresso de tueste natural, leche cremosa y turrón de verdad. " * 160_000 + "\n"
    path = campaign_file(tmp_path, "enorme", ("      body: |\n", f"      body: |\n{huge}"))
    assert path.stat().st_size > 10_000_000
    code, out, err = run(capsys, "campaign", "validate", str(path))
    assert (code, out) == (2, "")
    assert err.startswith(f"{path}:")
    assert "Traceback" not in err

    long = "        Un párrafo más de la oferta de Navidad, contado con calma.\n\n" * 400
    path = campaign_file(tmp_path, "largo", ("      body: |\n", f"      body: |\n{long}"))
    for command in ("validate", "import"):
        code, out, err = run(capsys, "campaign", command, str(path))
        assert (code, out) == (2, "")
        assert err.splitlines()[0] == (
            f"{path}:{line_of(path, 'body: |')}: locales.es-ES.message.body: "
            f"too long: {BODY_MAX} characters at most"
        )
    assert "largo" not in stored_keys(capsys)


def test_an_email_gmail_would_clip_fails_lint_and_is_not_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The studio's email is lean enough that a body at its 20,000-character limit stays under Gmail's
    # 102 KB; a brand kit whose ESP wraps every message (tracking, footer) sets a lower threshold in its
    # channels.yaml. A copy of the demo kit at 60 KB, and a marketer listing every store, one bold name a
    # paragraph: ~15,000 characters, ~72 KB of HTML.
    kit = tmp_path / "kit"
    for folder in ("brand_rules", "templates", "assets"):
        shutil.copytree(REPO / folder, kit / folder)
    channels = kit / "templates" / "channels.yaml"
    text = channels.read_text(encoding="utf-8")
    assert "html_clip_bytes: 102000" in text
    channels.write_text(text.replace("html_clip_bytes: 102000", "html_clip_bytes: 60000"), encoding="utf-8")
    monkeypatch.setenv("STUDIO_WORKSPACE", str(kit))
    stores = "\n\n".join(f"        **Tienda {i}**" for i in range(1, 1001))
    path = campaign_file(tmp_path, "tiendas", ("      body: |\n", f"      body: |\n{stores}\n\n"))
    assert run(capsys, "campaign", "import", str(path))[0] == 0

    code, out, _ = run(capsys, "lint", "tiendas")
    assert code == 1
    (clipping,) = [line for line in out.splitlines() if "Studio.EmailClipping" in line]
    assert clipping.startswith("email/es-ES") and " error " in clipping
    found = re.search(r"pesa (\d+) bytes", clipping)
    assert found is not None
    size = int(found.group(1))
    assert size > 60_000

    report = tmp_path / "report.json"
    assert run(capsys, "report", "tiendas", "--format", "json", "--out", str(report))[0] == 0
    assert json.loads(report.read_text(encoding="utf-8"))["score"] < 100

    out_dir = tmp_path / "out"
    email = ("--channel", "email", "--locale", "es-ES")
    code, out, err = run(capsys, "export", "tiendas", *email, "--out", str(out_dir), "--jobs", "1")
    assert code == 1
    assert err.startswith("refused tiendas: 1 error findings are not waived")
    assert "Studio.EmailClipping (email/es-ES)" in err
    assert not (out_dir / "tiendas").exists()

    code, *_ = run(
        capsys, "export", "tiendas", *email, "--out", str(out_dir), "--force", "--reason", "prueba"
    )
    assert code == 0
    page = out_dir / "tiendas" / "es-ES" / "email" / "index.html"
    assert page.stat().st_size <= size  # the lint measured the exported bytes (the .eml part is the larger)
    assert size - page.stat().st_size < 100
