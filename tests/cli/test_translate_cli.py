"""`studio translate …` end to end: a real database and real files, exit codes included."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from translate.storage import xliff2

from studio.cli.main import main
from studio.model.files import read_campaign, write_campaign

REPO = Path(__file__).resolve().parents[2]
BF = "black-friday-2026"  # demo campaign: es-MX has no disclaimer


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("STUDIO_DATABASE_URL", url)
    return url


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def status(capsys: pytest.CaptureFixture[str], ref: str) -> tuple[int, dict[tuple[str, str], str]]:
    code, out, _ = run(capsys, "translate", "status", ref, "--format", "json")
    return code, {(f["locale"], f["field"]): f["state"] for f in json.loads(out)["fields"]}


def translate_file(path: Path, targets: dict[str, str]) -> None:
    """A translator's tool: set the targets, approve them, save the file."""
    store = xliff2.Xliff2File.parsestring(path.read_bytes())
    for unit in store.getunits():
        if unit.getid() in targets:
            unit.target = targets[unit.getid()]
            unit.markapproved(True)
    path.write_bytes(bytes(store))


def revisions(capsys: pytest.CaptureFixture[str], ref: str) -> int:
    code, out, _ = run(capsys, "campaign", "history", ref, "--format", "json")
    assert code == 0
    return len(json.loads(out))


def test_status_lists_every_field_and_exits_1_while_one_is_missing(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "translate", "status", BF)
    assert code == 1
    lines = out.splitlines()
    assert lines[0].split() == ["LOCALE", "FIELD", "STATE"]
    assert "es-MX   disclaimer           missing" in lines
    assert len(lines) == 1 + 2 * 7
    code, states = status(capsys, BF)
    assert code == 1
    assert [k for k, v in states.items() if v != "up_to_date"] == [("es-MX", "disclaimer")]


def test_copy_then_primary_edit_then_xliff_round_trip(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "translate", "copy", BF, "--locale", "es-MX", "--field", "disclaimer")
    assert (code, out) == (0, f"{BF}: copied disclaimer into es-MX\n")
    assert status(capsys, BF)[0] == 0  # every translation up to date now

    # the marketer edits the Spanish disclaimer through a campaign file: the copy is outdated
    exported = tmp_path / "bf.campaign.yaml"
    assert run(capsys, "campaign", "export", BF, "--out", str(exported))[0] == 0
    text = exported.read_text(encoding="utf-8")
    assert "translated_from:\n      disclaimer: " in text
    campaign = read_campaign(exported)
    spanish = campaign.locales["es-ES"].model_copy(
        update={"disclaimer": "Oferta válida hasta agotar existencias."}
    )
    write_campaign(campaign.model_copy(update={"locales": {**campaign.locales, "es-ES": spanish}}), exported)
    assert run(capsys, "campaign", "import", str(exported), "--replace")[0] == 0
    code, states = status(capsys, BF)
    assert code == 1
    assert [k for k, v in states.items() if v != "up_to_date"] == [
        ("es-MX", "disclaimer"),
        ("en-US", "disclaimer"),
    ]

    # translators get one XLIFF file per locale and send them back translated
    out_dir = tmp_path / "xliff"
    code, out, _ = run(capsys, "translate", "export", BF, "--out", str(out_dir))
    assert code == 0
    files = sorted(out_dir.iterdir())
    assert [f.name for f in files] == [f"{BF}.en-US.xlf", f"{BF}.es-MX.xlf"]
    translate_file(files[0], {"disclaimer": "Offer valid while stocks last."})
    translate_file(files[1], {"disclaimer": "Oferta válida hasta agotar inventario."})
    before = revisions(capsys, BF)
    code, out, _ = run(capsys, "translate", "import", BF, *map(str, files))
    assert code == 0, out
    assert f"{files[0]}: en-US disclaimer: up to date" in out.splitlines()
    assert revisions(capsys, BF) == before + 1  # one revision for all files
    assert status(capsys, BF)[0] == 0
    code, out, _ = run(capsys, "campaign", "show", BF, "--format", "json")
    locales = json.loads(out)["locales"]
    assert locales["en-US"]["disclaimer"] == "Offer valid while stocks last."
    assert locales["es-MX"]["disclaimer"] == "Oferta válida hasta agotar inventario."


def test_a_bad_file_exits_2_naming_its_line_and_nothing_is_stored(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "xliff"
    assert run(capsys, "translate", "export", BF, "--out", str(out_dir), "--locale", "en-US")[0] == 0
    good = out_dir / f"{BF}.en-US.xlf"
    translate_file(good, {"message.headline": "Black Friday at Aurora"})
    bad = tmp_path / "bad.xlf"
    text = good.read_text(encoding="utf-8").replace('trgLang="en-US"', 'trgLang="fr-FR"')
    bad.write_text(text, encoding="utf-8")
    before = revisions(capsys, BF)
    code, out, err = run(capsys, "translate", "import", BF, str(good), str(bad))
    assert (code, out) == (2, "")
    assert err == f"{bad}:2: trgLang fr-FR is not a translated locale of the campaign (es-MX, en-US)\n"
    assert revisions(capsys, BF) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", BF, "--out", "X", "--locale", "es-ES"], "--locale: es-ES is the primary locale"),
        (
            ["export", BF, "--out", "X", "--locale", "fr-FR"],
            "--locale: fr-FR is not among the campaign's locales",
        ),
        (["copy", BF, "--locale", "en-US", "--field", "headline"], "unknown field 'headline'"),
        (["status", "no-such-campaign"], "no-such-campaign"),
    ],
)
def test_usage_errors_exit_2(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    args = [str(tmp_path / a) if a == "X" else a for a in args]
    code, out, err = run(capsys, "translate", *args)
    assert (code, out) == (2, "")
    assert message in err
    assert not (tmp_path / "X").exists()


def test_a_campaign_file_is_rewritten_atomically_or_not_at_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bf.campaign.yaml"
    shutil.copy(REPO / "campaigns" / "black-friday-con-errores.campaign.yaml", path)
    original = path.read_bytes()
    assert run(capsys, "translate", "export", str(path), "--out", str(tmp_path), "--locale", "es-MX")[0] == 0
    xlf = tmp_path / f"{BF}.es-MX.xlf"
    xlf.write_text(xlf.read_text(encoding="utf-8").replace("</target>", "</targt>", 1), encoding="utf-8")
    code, _, err = run(capsys, "translate", "import", str(path), str(xlf))
    assert code == 2 and err.startswith(f"{xlf}:") and "not well-formed XML" in err
    assert path.read_bytes() == original
    assert run(capsys, "translate", "copy", str(path), "--locale", "es-MX")[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["bf.campaign.yaml", xlf.name]
    )  # no temp files
    assert run(capsys, "translate", "status", str(path))[0] == 0
    assert read_campaign(path).locales["es-MX"].disclaimer == read_campaign(path).locales["es-ES"].disclaimer


def test_show_puts_primary_and_translation_side_by_side(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "translate", "show", BF, "--locale", "es_mx")
    assert code == 0
    disclaimer = out[out.index("disclaimer (missing)") : out.index("image_alt (")]
    assert disclaimer.startswith("disclaimer (missing)\n  es-ES:\n    Oferta válida")
    assert disclaimer.endswith("\n  es-MX:\n    —\n\n")  # nothing written yet
    code, out, _ = run(capsys, "translate", "show", BF, "--locale", "en-US", "--format", "json")
    fields = {f["field"]: f for f in json.loads(out)}
    assert fields["message.headline"] == {
        "field": "message.headline",
        "state": "up_to_date",
        "primary": "Black Friday en Café Aurora",
        "translation": "Black Friday at Café Aurora",
    }
    code, _, err = run(capsys, "translate", "show", BF, "--locale", "es-ES")
    assert code == 2 and "es-ES is the primary locale" in err
