"""The readiness checklist: groups, the hero image's print resolution, dates, the one refusal of
approval and export, waive_many, and waived cells in the report's matrix."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from studio.app import Studio, open_studio
from studio.export import ExportOptions, export_campaigns
from studio.lint.pipeline import check_campaign
from studio.model.campaign import Campaign
from studio.render.variants import Renderer
from studio.review.readiness import Readiness, finding_ids, hero_print_dpi, readiness, stored_readiness
from studio.review.steps import review_step
from studio.review.workflow import ReviewAction, ReviewError, fingerprint, waive_many

NOW = datetime.fromisoformat("2026-11-24T12:00:00+01:00")
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def kit(tmp_path: Path, db_url: str) -> Iterator[Studio]:
    """A copy of the demo brand kit (so a test can change its images) over a fresh database."""
    workspace = tmp_path / "kit"
    for part in ("brand_rules", "templates", "assets", "campaigns"):
        shutil.copytree(ROOT / part, workspace / part)
    opened = open_studio(workspace, database=db_url)
    yield opened
    opened.close()


def _copy(studio: Studio, key: str, **changes: Any) -> str:
    doc = studio.repository.get("navidad-turron-latte").campaign.to_document()
    doc.update({"key": key, "name": key, "status": "in_review", **changes})
    return studio.repository.create(Campaign.from_document(doc), author="marta").key


def _ready(studio: Studio, key: str, language: str = "en") -> Readiness:
    return stored_readiness(studio, studio.repository.get(key), now=NOW, language=language)[1]


def test_effective_dpi_of_the_hero_on_a_poster() -> None:
    # A3 trim 297 × 420 mm, 3 mm bleed: the band is 303 mm wide and 0.4 × 420 + 3 = 171 mm high
    assert round(hero_print_dpi((1600, 900), 297, 420, 3)) == 134
    assert round(hero_print_dpi((1600, 900), 210, 297, 3)) == 188  # A4
    # the tighter direction counts: a tall image is limited by its width
    assert hero_print_dpi((800, 4000), 297, 420, 3) == pytest.approx(800 / (303 / 25.4))


def test_a_clean_campaign_is_ready_with_only_warnings(kit: Studio) -> None:
    assert _ready(kit, "navidad-turron-latte").ready
    Image.new("RGB", (2400, 1350), (120, 80, 40)).save(kit.workspace.assets / "images" / "mid.jpg")
    key = _copy(kit, "media", hero_image="images/mid.jpg")
    check, ready = stored_readiness(kit, kit.repository.get(key), now=NOW, language="en")
    assert ready.ready and not ready.blocking
    # about 200 ppi on the A3 and 240 on the A4: warnings of the print checks, which do not block
    soft = [f for f in check.findings if f.rule == "Print.ImageResolution"]
    assert [(f.severity.value, f.field) for f in soft] == [("warning", "hero_image")] * 2
    assert {m.split(" poster")[0][-2:] for m in (f.message for f in soft)} == {"A3", "A4"}


def test_a_coarse_or_missing_hero_image_blocks(kit: Studio) -> None:
    Image.new("RGB", (400, 225), (120, 80, 40)).save(kit.workspace.assets / "images" / "small.jpg")
    key = _copy(kit, "pequena", hero_image="images/small.jpg", print_sizes=["A3"])
    ready = _ready(kit, key, "es")
    [item] = ready.blocking
    assert (item.group, item.check, item.forceable, item.waivable) == (
        "errors",
        "Print.ImageResolution",
        True,
        True,
    )
    assert "a 28 ppp en el cartel A3" in item.message and "por debajo de 150 ppp" in item.message

    (kit.workspace.assets / "images" / "small.jpg").unlink()
    ready = _ready(kit, key)
    [item] = ready.blocking
    assert (item.check, item.field, item.forceable) == ("Readiness.HeroImage", "hero_image", False)
    assert "images/small.jpg" in item.message
    with pytest.raises(ReviewError, match="cannot be approved: 1 thing blocks it") as refused:
        review_step(kit, key, ReviewAction.APPROVE, now=NOW, language="en")
    assert refused.value.params["items"] == [item] and refused.value.exit_code == 1


def test_dates_in_the_past_block(kit: Studio) -> None:
    started = _copy(
        kit,
        "empezada",
        status="draft",
        offer={
            **kit.repository.get("navidad-turron-latte").campaign.to_document()["offer"],
            "valid_from": "2026-11-20T07:00:00+01:00",
        },
    )
    ready = _ready(kit, started)
    [item] = ready.groups()["dates"]  # (the copy's texts still state the old start: conflicts too)
    assert (item.check, item.field, item.blocking, item.waivable) == (
        "Consistency.StartsInPast",
        "offer.valid_from",
        True,
        True,
    )


def test_the_export_refuses_with_the_checklist_unless_forced_where_it_may(
    kit: Studio, tmp_path: Path
) -> None:
    Image.new("RGB", (400, 225), (120, 80, 40)).save(kit.workspace.assets / "images" / "small.jpg")
    key = _copy(kit, "pequena", status="approved", hero_image="images/small.jpg", print_sizes=["A3"])
    result = export_campaigns(kit, [key], ExportOptions(out=tmp_path / "out"))
    [(refused, reasons)] = result.refused
    assert refused == key
    assert reasons[0].startswith("1 error findings are not waived")
    assert any("Print.ImageResolution" in r for r in reasons)
    forced = export_campaigns(kit, [key], ExportOptions(out=tmp_path / "out2", force_reason="cartel pequeño"))
    assert [k for k, _ in forced.exported] == [key]
    manifest = json.loads((tmp_path / "out2" / key / "manifest.json").read_text("utf-8"))
    assert manifest["forced"]["reason"] == "cartel pequeño"
    assert manifest["forced"]["findings"][0].startswith("Print.ImageResolution (signage/-): ")
    logged = kit.repository.events(key)[-2:]
    assert [e.action for e in logged] == ["exported", "forced_export"]
    assert logged[1].comment == "cartel pequeño"


def test_waive_many_is_all_or_nothing_and_waives_a_fingerprint_once(kit: Studio) -> None:
    key = "black-friday-2026"
    findings = check_campaign(Renderer(kit.workspace), kit.repository.get(key).campaign, now=NOW).findings
    errors = [f for f in findings if f.severity.value == "error"]
    assert len(errors) == 7 and len({fingerprint(f) for f in errors}) == 6
    placeholder = errors[0].__class__(**{**errors[0].__dict__, "rule": "Consistency.Placeholder"})
    with pytest.raises(ReviewError, match="nothing was waived") as refused:
        waive_many(
            kit.repository, key, [*errors[:3], placeholder], "Aceptado", non_waivable={placeholder.rule}
        )
    assert refused.value.code == "not_waivable" and refused.value.params["rules"] == [placeholder.rule]
    assert kit.repository.waivers(key) == []
    with pytest.raises(ReviewError, match="needs a reason"):
        waive_many(kit.repository, key, errors, "  ")
    made = waive_many(kit.repository, key, errors, "Aceptado por legal", actor="lucia")
    assert len(made) == 6 and {w.justification for w in made} == {"Aceptado por legal"}
    assert waive_many(kit.repository, key, errors, "otra vez") == []  # already waived
    assert _ready(kit, key).ready


def test_finding_ids_do_not_move_when_other_findings_change(kit: Studio) -> None:
    key = "black-friday-2026"
    before = {i.id: i.number for i in _ready(kit, key).blocking}
    waive_many(kit.repository, key, [_ready(kit, key).blocking[0].finding], "ok")  # type: ignore[list-item]
    after = {i.id: i.number for i in _ready(kit, key).blocking}
    assert set(after) < set(before)
    assert all(i is not None and len(i) == 8 for i in before)
    campaign = kit.repository.get(key).campaign
    check = check_campaign(Renderer(kit.workspace), campaign, now=NOW)
    assert set(finding_ids(check.findings)) >= set(before)
    partial = readiness(kit.workspace, campaign, check, now=NOW, locales=["es-ES"], channels=["email"])
    assert {(i.channel, i.locale) for i in partial.blocking} <= {("email", "es-ES"), (None, None)}


def test_waived_cells_in_the_matrix_and_the_report(kit: Studio) -> None:
    from studio.cli.report import build_for
    from studio.report.model import report_data
    from studio.report.writers import render_html

    key = "black-friday-2026"
    report = build_for(kit, key, now=NOW, language="en")
    assert report.matrix["price"]["sms"]["es-ES"].state == "conflict"
    conflict = next(
        r.finding for c in report.channels for r in c.findings if r.finding.rule == "Consistency.Conflict"
    )
    waive_many(kit.repository, key, [conflict], "Precio de aeropuerto")
    report = build_for(kit, key, now=NOW, language="en")
    cell = report.matrix["price"]["sms"]["es-ES"]
    assert (cell.state, cell.waived, cell.shown_state) == ("conflict", True, "waived")
    data = report_data(report)["matrix"]["price"]["sms"]
    assert data["es-ES"] == {"state": "waived", "shown": ["3,49 €"], "waived_from": "conflict"}
    assert data["es-MX"]["state"] == "present" and "waived_from" not in data["es-MX"]
    page = render_html(report, kit.workspace.templates, language="en")
    assert '<td class="cell waived">Waived' in page
    assert (
        '<small class="waived"><span title="es-ES">Spanish (Spain)</span>: Waived (conflicting) — «3,49 €»'
        in page
    )


def test_a_refusal_lists_the_checklist_in_the_interface_language(kit: Studio) -> None:
    from studio.model.names import review_refusal

    (kit.workspace.assets / "images" / "navidad-turron-latte.jpg").unlink()
    key = _copy(kit, "sin-foto")
    for language, head, line in [
        ("es", "No se puede aprobar «sin-foto»: 1 cosa lo impide.", "• Imagen principal: No se encuentra"),
        ("en", "“sin-foto” cannot be approved: 1 thing blocks it.", "• Hero image: The hero image “images/"),
    ]:
        with pytest.raises(ReviewError) as refused:
            review_step(kit, key, ReviewAction.APPROVE, now=NOW, language=language)
        text = review_refusal(refused.value.code, refused.value.params, language)
        assert text.splitlines()[0].startswith(head), text
        assert text.splitlines()[1].startswith(line), text


def test_missing_and_outdated_translations_block(kit: Studio) -> None:
    from studio.translation import copy_from_primary

    doc = kit.repository.get("navidad-turron-latte").campaign.to_document()
    doc.update({"key": "traducida", "name": "traducida", "status": "in_review"})
    campaign = Campaign.from_document(doc)
    campaign = copy_from_primary(campaign, "en-US", "message.headline")  # fingerprint recorded
    doc = campaign.to_document()
    doc["locales"]["es-ES"]["message"]["headline"] = "Vuelve el Turrón Latte, ahora con más turrón"
    doc["locales"]["es-MX"]["message"]["subheadline"] = ""
    key = kit.repository.create(Campaign.from_document(doc), author="marta").key
    items = _ready(kit, key, "es").groups()["translations"]
    got = {(i.check, i.field, i.locale, i.blocking, i.waivable) for i in items}
    # outdated: listed, not blocking (readiness.OUTDATED_TRANSLATION_BLOCKS); missing: blocking
    assert ("Translation.Outdated", "locales.en-US.message.headline", "en-US", False, False) in got
    assert ("Translation.Missing", "locales.es-MX.message.subheadline", "es-MX", True, False) in got
    outdated = next(i for i in items if i.check == "Translation.Outdated")
    assert outdated.title == "Traducción desactualizada" and outdated.message.startswith(
        "El texto principal cambió"
    )
