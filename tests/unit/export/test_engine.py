"""Batch export on a real database and real files: valid bundles, the gate, cancel, overwrite, names."""

from __future__ import annotations

import copy
import csv
import email
import email.policy
import hashlib
import io
import json
import shutil
import threading
import zipfile
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PIL import Image

from studio.app import Studio
from studio.errors import NotFoundError, StudioError
from studio.export import ExportOptions, export_campaigns, select_campaigns, workspace_fingerprint
from studio.model.campaign import Campaign, CampaignStatus
from studio.render.sms import measure_sms
from studio.review.workflow import waive

from .conftest import Store


def files_under(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def check_bundle(folder: Path) -> dict[str, Any]:
    """The manifest lists every file of the bundle with its true SHA-256 and size; returns it."""
    manifest: dict[str, Any] = json.loads((folder / "manifest.json").read_text("utf-8"))
    listed = {entry["path"]: entry for entry in manifest["files"]}
    assert set(listed) == files_under(folder) - {"manifest.json"}
    for path, entry in listed.items():
        data = (folder / path).read_bytes()
        assert (entry["sha256"], entry["bytes"]) == (hashlib.sha256(data).hexdigest(), len(data)), path
    return manifest


def no_staging_left(out: Path) -> None:
    assert not [p for p in out.rglob("*") if p.name.startswith(".")], "staging left behind"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_a_bundle_has_every_channel_file_valid_and_checksummed(
    studio: Studio, store: Store, tmp_path: Path
) -> None:
    key = store(key="navidad-email")
    out = tmp_path / "out"
    result = export_campaigns(studio, [key], ExportOptions(out=out))
    assert (result.exported, result.refused, result.cancelled) == ([(key, out / key)], [], False)
    bundle = out / key
    manifest = check_bundle(bundle)
    assert sorted(p.name for p in out.iterdir()) == [key]
    for locale in ("es-ES", "en-US"):
        assert {"email/index.html", "email/plain.txt", "email/message.eml"} <= files_under(bundle / locale)
        assert {"sms/messages.csv", "social/x.txt", "social/instagram.txt", "social/instagram.png"} <= (
            files_under(bundle / locale)
        )
    assert {"report.html", "manifest.json"} <= files_under(bundle)

    message = email.message_from_bytes(
        (bundle / "es-ES" / "email" / "message.eml").read_bytes(), policy=email.policy.default
    )
    assert message["Subject"] and message["Content-Language"] == "es-ES"
    assert message["Date"] == "Tue, 24 Nov 2026 12:00:00 +0100"  # the studio's clock, pinned
    assert message.get_body(("plain",)) is not None and message.get_body(("html",)) is not None
    assert "3,90" in message.get_body(("plain",)).get_content()  # type: ignore[union-attr]

    sms = read_csv(bundle / "es-ES" / "sms" / "messages.csv")
    assert list(sms[0]) == ["locale", "text", "encoding", "segments"] and len(sms) == 1
    measured = measure_sms(sms[0]["text"])
    assert (sms[0]["locale"], sms[0]["encoding"], int(sms[0]["segments"])) == (
        "es-ES",
        measured.encoding,
        measured.segments,
    )
    assert "3,90 €" in sms[0]["text"]

    posts = read_csv(bundle / "en-US" / "social" / "schedule.csv")
    assert list(posts[0]) == ["network", "datetime", "text", "image"]
    assert [(p["network"], p["image"]) for p in posts] == [("x", ""), ("instagram", "instagram.png")]
    # the offer starts at 07:00 in Madrid, before the brand's send window opens (09:00): posts go
    # out from the opening, staggered by the brand kit's 15 minutes
    assert [p["datetime"] for p in posts] == ["2026-12-01T09:00+01:00", "2026-12-01T09:15+01:00"]
    assert posts[0]["text"] + "\n" == (bundle / "en-US" / "social" / "x.txt").read_text("utf-8")
    with Image.open(bundle / "en-US" / "social" / "instagram.png") as image:
        assert image.size == (1080, 1080)

    assert manifest["campaign"] | {"name": None} == {
        "key": key,
        "name": None,
        "brand": "Café Aurora",
        "status": "approved",
        "revision": 1,
        "primary_locale": "es-ES",
        "locales": ["es-ES", "en-US"],
        "channels": ["email", "sms", "post.x", "post.instagram"],
    }
    assert manifest["workspace"] == workspace_fingerprint(studio.workspace)
    assert manifest["findings"]["error"] == 0 and manifest["findings"]["score"] == 100
    assert manifest["forced"] is None and manifest["exported_at"] == "2026-11-24T12:00:00+01:00"
    assert "<html" in (bundle / "report.html").read_text("utf-8")[:400].lower()

    # recorded: the approved campaign is now exported, the audit log says where
    stored = studio.repository.get(key)
    assert (stored.campaign.status, stored.version) == (CampaignStatus.EXPORTED, 2)
    assert studio.repository.events(key)[-1].action == "exported"


@pytest.mark.backends("sqlite")  # posters are slow; the database plays no part here
def test_posters_are_a_print_pdf_and_a_png_per_size(studio: Studio, store: Store, tmp_path: Path) -> None:
    key = store(key="poster", channels=["signage"], print_sizes=["A4"], hero_image=None)
    out = tmp_path / "out"
    export_campaigns(studio, [key], ExportOptions(out=out, locales=["es-ES"], zip=True))
    with zipfile.ZipFile(out / f"{key}.zip") as archive:
        assert archive.testzip() is None
        names = set(archive.namelist())
        assert {f"{key}/es-ES/signage/poster-A4.pdf", f"{key}/es-ES/signage/poster-A4.png"} <= names
        manifest = json.loads(archive.read(f"{key}/manifest.json"))
        for entry in manifest["files"]:
            data = archive.read(f"{key}/{entry['path']}")
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        with pikepdf.open(io.BytesIO(archive.read(f"{key}/es-ES/signage/poster-A4.pdf"))) as pdf:
            assert len(pdf.pages) == 1
            width, height = (float(v) for v in pdf.pages[0].mediabox[2:])
        with Image.open(io.BytesIO(archive.read(f"{key}/es-ES/signage/poster-A4.png"))) as image:
            assert image.format == "PNG" and image.height > image.width
    # A4 is 210 × 297 mm (595 × 842 pt); the print PDF may carry bleed around it
    assert 595 <= round(width) < 640 and 842 <= round(height) < 890
    assert manifest["campaign"]["locales"] == ["es-ES"]
    assert sorted(p.name for p in out.iterdir()) == [f"{key}.zip"]


def sms_price_conflict() -> dict[str, Any]:
    return {"sms": {"es-ES": {"text": "PUBLI Café Aurora: Turrón Latte a 2,90 €. Baja: BAJA al 217217"}}}


def test_unwaived_errors_refuse_the_campaign_and_write_nothing(
    studio: Studio, store: Store, clean_doc: dict[str, Any], tmp_path: Path
) -> None:
    bad = store(key="mal-precio", overrides=sms_price_conflict())
    out = tmp_path / "out"
    result = export_campaigns(studio, [bad], ExportOptions(out=out))
    assert result.exported == [] and [key for key, _ in result.refused] == [bad]
    reasons = result.refused[0][1]
    assert "error findings are not waived" in reasons[0]
    assert any("Consistency.Conflict (sms/es-ES)" in r and "2,90" in r for r in reasons[1:])
    assert not out.exists()  # created for the export, removed again: nothing half-written
    assert [e.action for e in studio.repository.events(bad)] == ["created"]
    # …and a locale without the error is exportable on its own
    result = export_campaigns(studio, [bad], ExportOptions(out=out, locales=["en-US"], record=False))
    assert result.exported == [(bad, out / bad)]
    assert files_under(out / bad) >= {"en-US/sms/messages.csv"} and not (out / bad / "es-ES").exists()


def test_a_forced_export_carries_its_reason_to_the_manifest_and_the_audit_log(
    studio: Studio, store: Store, clean_doc: dict[str, Any], tmp_path: Path
) -> None:
    bad = store(key="mal-precio", overrides=sms_price_conflict())
    out = tmp_path / "out"
    with pytest.raises(StudioError, match="needs a reason"):
        export_campaigns(studio, [bad], ExportOptions(out=out, force_reason="   "))
    assert not out.exists()
    result = export_campaigns(
        studio, [bad], ExportOptions(out=out, channels=["sms"], force_reason="Legal acepta el precio")
    )
    assert result.exported == [(bad, out / bad)] and result.forced == [bad]
    manifest = check_bundle(out / bad)
    assert manifest["forced"]["reason"] == "Legal acepta el precio"
    assert any("Consistency.Conflict" in f for f in manifest["forced"]["findings"])
    events = studio.repository.events(bad)
    assert [e.action for e in events][-2:] == ["exported", "forced_export"]
    assert events[-1].comment == "Legal acepta el precio" and events[-1].data["findings"]
    assert studio.repository.get(bad).campaign.status is CampaignStatus.EXPORTED


def test_waived_errors_let_the_campaign_out_and_are_listed(
    studio: Studio, store: Store, clean_doc: dict[str, Any], tmp_path: Path
) -> None:
    from studio import clock
    from studio.lint.pipeline import check_campaign
    from studio.render.variants import Renderer

    bad = store(key="mal-precio", overrides=sms_price_conflict())
    check = check_campaign(Renderer(studio.workspace), studio.repository.get(bad).campaign, now=clock.now())
    for finding in check.findings:
        if finding.severity.value == "error":
            waive(studio.repository, bad, finding, "Precio de prueba en tienda piloto")
    result = export_campaigns(studio, [bad], ExportOptions(out=tmp_path, channels=["sms"]))
    assert result.exported == [(bad, tmp_path / bad)] and result.forced == []
    manifest = check_bundle(tmp_path / bad)
    assert manifest["forced"] is None and manifest["findings"]["waived"] >= 1
    assert {w["justification"] for w in manifest["waivers"]} == {"Precio de prueba en tienda piloto"}


@pytest.mark.parametrize("jobs", [1, 2])
def test_cancel_keeps_finished_campaigns_whole_and_writes_no_partial_one(
    studio: Studio, store: Store, tmp_path: Path, jobs: int
) -> None:
    keys = [store(key=f"campana-{n}", channels=["email", "sms"]) for n in range(5)]
    out = tmp_path / "out"
    calls: list[tuple[int, int, str, int]] = []

    def progress(done: int, total: int, message: str) -> None:
        calls.append((done, total, message, threading.get_ident()))

    def cancel() -> bool:
        return calls[-1][0] >= 2

    result = export_campaigns(
        studio, keys, ExportOptions(out=out, jobs=jobs), progress=progress, cancel=cancel
    )
    assert result.cancelled
    assert [key for key, _ in result.exported] == keys[:2] if jobs == 1 else len(result.exported) == 2
    assert sorted(p.name for p in out.iterdir()) == sorted(key for key, _ in result.exported)
    for _key, folder in result.exported:
        check_bundle(folder)
    no_staging_left(out)
    assert calls[0][:3] == (0, 5, "exporting 5 campaigns")
    assert {c[3] for c in calls} == {threading.get_ident()}  # always from the calling thread
    assert [c[0] for c in calls] == [0, 1, 2]
    untouched = [k for k in keys if k not in dict(result.exported)]
    assert all(studio.repository.get(k).campaign.status is CampaignStatus.APPROVED for k in untouched)


@pytest.mark.backends("sqlite")  # record=False: the database plays no part
def test_parallel_workers_run_from_a_background_thread_as_the_gui_does(
    studio: Studio, store: Store, tmp_path: Path
) -> None:
    keys = [store(key=f"campana-{n}", channels=["sms", "post.x"]) for n in range(3)]
    threads: set[int] = set()
    outcome: list[Any] = []

    def work() -> None:
        options = ExportOptions(out=tmp_path / "out", jobs=2, record=False)
        outcome.append(
            export_campaigns(studio, keys, options, progress=lambda *_: threads.add(threading.get_ident()))
        )

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=120)
    (result,) = outcome
    assert result.exported == [(k, tmp_path / "out" / k) for k in keys] and not result.cancelled
    assert threads == {worker.ident}  # progress comes from the calling thread, never a process
    for _key, folder in result.exported:
        assert check_bundle(folder)["campaign"]["channels"] == ["sms", "post.x"]
    no_staging_left(tmp_path / "out")


def test_an_earlier_export_is_replaced_only_when_asked(studio: Studio, store: Store, tmp_path: Path) -> None:
    first, second = store(key="uno", channels=["sms"]), store(key="dos", channels=["sms"])
    out = tmp_path / "out"
    export_campaigns(studio, [first], ExportOptions(out=out))
    before = (out / first / "manifest.json").read_bytes()
    (out / first / "notes-from-the-print-shop.txt").write_text("keep?", "utf-8")
    with pytest.raises(StudioError, match="use --overwrite") as refused:
        export_campaigns(studio, [second, first], ExportOptions(out=out))
    assert [p.file for p in refused.value.problems] == [out / first]
    assert sorted(p.name for p in out.iterdir()) == [first]  # the other one was not written either
    assert (out / first / "manifest.json").read_bytes() == before
    result = export_campaigns(studio, [second, first], ExportOptions(out=out, overwrite=True))
    assert [k for k, _ in result.exported] == [second, first]
    assert not (out / first / "notes-from-the-print-shop.txt").exists()  # the whole folder is replaced
    assert json.loads((out / first / "manifest.json").read_bytes())["campaign"]["revision"] == 2
    assert [e.action for e in studio.repository.events(first)] == ["created", "exported", "exported"]
    check_bundle(out / first)
    no_staging_left(out)


HOSTILE = [
    "../../etc/passwd",
    "/etc/cron.d/evil",
    "C:\\Windows\\System32",
    "CON",
    "lpt1",
    "..",
    "ñandú " * 60,
    "🎉🎉🎉",
    "Navidad: ¿«Turrón»? ½ precio",
]


def test_hostile_campaign_names_stay_inside_the_output_folder(
    studio: Studio, clean_doc: dict[str, Any], tmp_path: Path
) -> None:
    keys = []
    for name in HOSTILE:
        doc = copy.deepcopy(clean_doc) | {"key": None, "name": name[:200], "channels": ["sms"]}
        keys.append(studio.repository.create(Campaign.model_validate(doc)).key)
    jail = tmp_path / "jail"
    out = jail / "nested" / "out"
    result = export_campaigns(studio, keys, ExportOptions(out=out, record=False))
    assert len(result.exported) == len(HOSTILE) and not result.refused
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == len(HOSTILE)
    for path in jail.rglob("*"):
        assert path.resolve().is_relative_to(out.resolve()) or path in (jail / "nested", out)
    for name in names:
        assert name.isascii() and "/" not in name and "\\" not in name and len(name) <= 80
        assert name not in {"con", "lpt1", "..", "."}
    assert "con_" in names and "lpt1_" in names  # Windows device names, kept apart from any key


def test_bad_requests_fail_before_anything_is_written(studio: Studio, store: Store, tmp_path: Path) -> None:
    key = store(key="uno", channels=["sms"])
    out = tmp_path / "out"
    with pytest.raises(NotFoundError):
        export_campaigns(studio, [key, "no-such-campaign"], ExportOptions(out=out))
    with pytest.raises(StudioError, match="locale"):
        export_campaigns(studio, [key], ExportOptions(out=out, locales=["klingon!"]))
    with pytest.raises(StudioError, match="unknown channel 'fax'"):
        export_campaigns(studio, [key], ExportOptions(out=out, channels=["fax"]))
    with pytest.raises(StudioError, match="jobs"):
        export_campaigns(studio, [key], ExportOptions(out=out, jobs=0))
    with pytest.raises(StudioError, match="no campaigns"):
        export_campaigns(studio, [], ExportOptions(out=out))
    assert not out.exists()
    afile = tmp_path / "a-file"
    afile.write_text("x", "utf-8")
    with pytest.raises(StudioError, match="not a folder"):
        export_campaigns(studio, [key], ExportOptions(out=afile))
    assert afile.read_text("utf-8") == "x"
    result = export_campaigns(studio, [key], ExportOptions(out=out, locales=["fr-FR"]))
    assert result.refused == [(key, ["has none of the locales asked for (fr-FR); it has es-ES, en-US"])]
    assert not out.exists()


def test_select_campaigns_by_status(studio: Studio, store: Store) -> None:
    approved = store(key="b-aprobada")
    draft = store(key="a-borrador", status="draft")
    assert select_campaigns(studio) == [draft, approved]
    assert select_campaigns(studio, status="approved") == [approved]


def test_an_error_midway_leaves_the_finished_campaigns_whole_and_nothing_else(
    studio: Studio, store: Store, tmp_path: Path
) -> None:
    keys = [store(key=f"campana-{n}", channels=["sms"]) for n in range(3)]
    out = tmp_path / "out"

    def progress(done: int, total: int, message: str) -> None:
        if done == 2:
            raise RuntimeError("the dialog went away")

    with pytest.raises(RuntimeError):
        export_campaigns(studio, keys, ExportOptions(out=out, record=False), progress=progress)
    assert sorted(p.name for p in out.iterdir()) == keys[:2]
    for key in keys[:2]:
        check_bundle(out / key)


@pytest.mark.backends("sqlite")
def test_a_template_that_breaks_while_writing_refuses_that_campaign_only(
    db_url: str, clean_doc: dict[str, Any], tmp_path: Path
) -> None:
    from studio.app import open_studio

    workspace = tmp_path / "kit"
    root = Path(__file__).resolve().parents[3]
    for part in ("brand_rules", "templates", "assets"):
        shutil.copytree(root / part, workspace / part)
    mjml = workspace / "templates" / "email" / "email.mjml.j2"
    mjml.write_text(mjml.read_text("utf-8").replace("</mj-body>", "{{ no_such_value }}</mj-body>"), "utf-8")
    kit = open_studio(workspace, database=db_url, seed=False)
    try:
        doc = clean_doc | {"key": "rota", "channels": ["sms", "post.x", "email"]}
        key = kit.repository.create(Campaign.model_validate(doc)).key
        fine = kit.repository.create(Campaign.model_validate(doc | {"key": "sana", "channels": ["sms"]})).key
        result = export_campaigns(kit, [key, fine], ExportOptions(out=tmp_path / "out"))
    finally:
        kit.close()
    assert [k for k, _ in result.exported] == [fine]
    # the broken template is an error finding of the email (its size cannot be measured), naming the name
    assert result.refused[0][0] == key and any("no_such_value" in r for r in result.refused[0][1])
    assert [p.name for p in (tmp_path / "out").iterdir()] == [fine]
