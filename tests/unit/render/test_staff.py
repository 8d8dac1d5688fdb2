"""The staff brief (channel ``staff``): generated from the fact sheet in each locale, answers the
obvious questions, goes through the checks and the report, and exports as text and a one-page PDF."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import pikepdf
import pytest

from studio.consistency.checks import fact_matrix, load_consistency_config
from studio.errors import AssetError
from studio.lint.pipeline import check_campaign
from studio.model.campaign import Campaign, Channel
from studio.model.files import read_campaign
from studio.render.files import render_files, variant_files
from studio.render.specs import StaffSpec, load_specs
from studio.render.staff import brief_pdf
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root

ROOT = Path(__file__).resolve().parents[3]
BEFORE = datetime(2026, 11, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(Workspace.resolve(default_root()))


@pytest.fixture
def doc() -> dict[str, Any]:
    campaign = read_campaign(ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml")
    return campaign.model_dump(mode="json")


def brief(renderer: Renderer, doc: dict[str, Any], locale: str) -> str:
    variant = renderer.render(Campaign.model_validate(doc), locale, Channel.STAFF)
    return variant.fields["text"].replace("\xa0", " ").replace("\u202f", " ")  # Babel's no-break spaces


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            "es-ES",
            [
                "- Precio: 3,90 € (antes 4,60 €, -15 %)",
                "- Fechas: del 1 de diciembre de 2026 al 6 de enero de 2027 (hasta las 23:59)",
                "- Código: no hace falta código",
                "- Dónde vale: en tiendas y en la app",
                "- ¿Vale en la app? Sí. Vale en tiendas y en la app.",
                "- ¿Hasta cuándo? Hasta el 6 de enero de 2027, a las 23:59",
                "- ¿Es acumulable con otras ofertas? La ficha no lo dice: consúltalo con tu responsable "
                "antes de confirmarlo.",
            ],
        ),
        (
            "es-MX",
            [
                "- Precio: 3,90 € (antes 4,60 €, -15%)",
                "- Dónde vale: en sucursales y en la app",
                "- ¿Hasta cuándo? Hasta el 6 de enero de 2027, a las 11:59 p.m.",
            ],
        ),
        (
            "en-US",
            [
                "- Price: €3.90 (was €4.60, -15%)",
                "- Dates: December 1, 2026 to January 6, 2027 (until 11:59 PM)",
                "- Is it valid in the app? Yes. It applies in stores and in the app.",
                "- Until when? Until January 6, 2027, 11:59 PM",
                "- Is a code needed? No, no code is needed.",
            ],
        ),
    ],
)
def test_the_brief_states_the_sheet_in_each_locale(
    renderer: Renderer, doc: dict[str, Any], locale: str, expected: list[str]
) -> None:
    lines = brief(renderer, doc, locale).splitlines()
    for line in expected:
        assert line in lines
    assert doc["locales"][locale]["disclaimer"].strip() in lines


def test_the_answers_follow_the_sheet(renderer: Renderer, doc: dict[str, Any]) -> None:
    doc["offer"].update(stackable=False, applies_in=["stores"], promo_code="TURRON")
    es = brief(renderer, doc, "es-ES")
    assert "- ¿Es acumulable con otras ofertas? No, no es acumulable con otras ofertas ni descuentos." in es
    assert "- ¿Vale en la app? No, solo en tiendas." in es
    assert "- ¿Hace falta un código? Sí: TURRON." in es and "- Código: TURRON" in es
    doc["offer"]["stackable"] = True
    assert "- Can it be combined with other offers? Yes, it can be combined" in brief(renderer, doc, "en-US")


def test_the_brief_is_checked_and_reported_like_any_channel(renderer: Renderer, doc: dict[str, Any]) -> None:
    config = load_consistency_config(renderer.workspace.brand_rules)
    campaign = Campaign.model_validate(doc)
    check = check_campaign(renderer, campaign, now=BEFORE)
    assert [f for f in check.findings if f.channel == "staff"] == []
    matrix = fact_matrix(campaign, check.variants, check.findings, config=config)
    assert {matrix["price"]["staff"][loc].state for loc in ("es-ES", "es-MX", "en-US")} == {"present"}
    # a hand-written brief with another price is a conflict, in the staff column
    doc["overrides"] = {"staff": {"es-MX": {"text": "Precio: 3,50 €. Hasta el 6 de enero."}}}
    check = check_campaign(renderer, Campaign.model_validate(doc), now=BEFORE)
    staff = [(f.rule, f.locale, f.match) for f in check.findings if f.channel == "staff"]
    assert ("Consistency.Conflict", "es-MX", "3,50 €") in staff


def _fonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "brief.pdf"
    path.write_bytes(pdf)
    tool = shutil.which("pdffonts")
    assert tool, "pdffonts (poppler-utils) is needed"
    out = subprocess.run([tool, str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


@pytest.mark.parametrize("locale", ["es-ES", "es-MX", "en-US"])
def test_the_export_writes_the_text_and_a_one_page_pdf(
    renderer: Renderer, doc: dict[str, Any], locale: str, tmp_path: Path
) -> None:
    campaign = Campaign.model_validate(doc)
    variant = renderer.render(campaign, locale, Channel.STAFF)
    files = variant_files(renderer, campaign, variant, now=BEFORE)
    assert sorted(map(str, files)) == ["staff/brief.pdf", "staff/brief.txt"]
    text = files[PurePosixPath("staff/brief.txt")].decode("utf-8")
    assert text.startswith(variant.fields["title"] + "\n===") and variant.fields["text"] in text
    pdf = files[PurePosixPath("staff/brief.pdf")]
    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert len(document.pages) == 1
        assert str(document.docinfo["/Title"]) == variant.fields["title"]
        assert str(document.docinfo["/CreationDate"]).startswith("D:20261101")
    fonts = _fonts(pdf, tmp_path)
    assert fonts and all(row[-5] == "yes" for row in fonts)  # every font embedded (no Helvetica)
    assert {row[0].split("+")[-1] for row in fonts} == {"Lato-Regular", "Lato-Bold"}
    assert variant_files(renderer, campaign, variant, now=BEFORE)[PurePosixPath("staff/brief.pdf")] == pdf


def test_a_long_brief_shrinks_to_one_page_and_a_far_too_long_one_is_refused(
    renderer: Renderer, doc: dict[str, Any]
) -> None:
    spec = load_specs(renderer.workspace.templates).staff
    long_copy = "\n".join(
        f"- Pregunta {i}: respuesta larga sobre la oferta y sus condiciones." for i in range(50)
    )
    doc["overrides"] = {"staff": {"es-ES": {"text": long_copy}}}
    variant = renderer.render(Campaign.model_validate(doc), "es-ES", Channel.STAFF)
    with pikepdf.open(io.BytesIO(brief_pdf(renderer.workspace, spec, variant, created=BEFORE))) as pdf:
        assert len(pdf.pages) == 1
    doc["overrides"]["staff"]["es-ES"]["text"] = long_copy * 4
    variant = renderer.render(Campaign.model_validate(doc), "es-ES", Channel.STAFF)
    with pytest.raises(
        AssetError, match=r"es-ES staff brief needs \d pages even at 8 pt: shorten the hand-written brief"
    ):
        brief_pdf(renderer.workspace, spec, variant, created=BEFORE)


def test_a_workspace_without_a_staff_spec_gets_the_house_defaults(tmp_path: Path) -> None:
    source = Path(default_root()) / "templates" / "channels.yaml"
    text = source.read_text(encoding="utf-8").split("\nstaff:")[0]
    (tmp_path / "channels.yaml").write_text(text, encoding="utf-8")
    assert load_specs(tmp_path).staff == StaffSpec()


def test_the_demo_render_has_a_brief_per_locale(renderer: Renderer) -> None:
    campaign = read_campaign(ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml")
    files = render_files(renderer, campaign, channels=["staff"])
    assert sorted(str(p) for p in files if "staff" in str(p)) == [
        f"{loc}/staff/brief.{ext}" for loc in ("en-US", "es-ES", "es-MX") for ext in ("pdf", "txt")
    ]
