"""Print checks as findings: effective resolution at the 150 / 250 ppi boundaries, legal text and QR
sizes against the distances in channels.yaml, one QR link per poster size and locale."""

from __future__ import annotations

import math
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from studio.findings import check_campaign
from studio.model.campaign import Campaign, Channel
from studio.model.files import read_campaign
from studio.model.finding import Severity
from studio.print_checks import (
    LEGAL_TEXT,
    QR_SIZE,
    RESOLUTION,
    effective_ppi,
    legibility_findings,
    print_findings,
    resolution_severity,
)
from studio.render.signage import legible_pt, plan_poster, scannable_mm
from studio.render.specs import ChannelSpecs, SignageSpec, load_specs
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root

ROOT = default_root()
DEMO = ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml"
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def specs() -> ChannelSpecs:
    return load_specs(ROOT / "templates")


@pytest.mark.parametrize(
    ("ppi", "expected"),
    [
        (149.99, Severity.ERROR),
        (150.0, Severity.WARNING),
        (249.99, Severity.WARNING),
        (250.0, None),
        (300.0, None),
    ],
)
def test_resolution_boundaries(specs: ChannelSpecs, ppi: float, expected: Severity | None) -> None:
    assert resolution_severity(ppi, specs.signage) is expected


def test_effective_ppi_takes_the_tighter_direction() -> None:
    # A 254 × 127 mm band is 10 × 5 inches: 3000 × 1000 px give 300 ppi across but 200 down.
    assert effective_ppi((3000, 1000), (254.0, 127.0)) == pytest.approx(200.0)
    assert effective_ppi((1490, 1490), (254.0, 127.0)) == pytest.approx(149.0)


def test_legibility_and_scanning_numbers() -> None:
    # 12′ of arc at 40 cm is an x-height of 1.40 mm: 7.8 pt in a font whose x is half its em.
    assert legible_pt(0.4, 12, 0.5065) == pytest.approx(7.8, abs=0.05)
    assert legible_pt(0.8, 12, 0.5065) == pytest.approx(2 * legible_pt(0.4, 12, 0.5065))
    assert scannable_mm(0.3, 10) == pytest.approx(30.0)


def _workspace_with_hero(tmp_path: Path, pixels: tuple[int, int]) -> Workspace:
    """A copy of the demo workspace whose hero photo has ``pixels``."""
    root = tmp_path / "ws"
    for name in ("assets", "templates", "brand_rules"):
        shutil.copytree(ROOT / name, root / name)
    Image.new("RGB", pixels, (120, 80, 40)).save(root / "assets" / "images" / "sized.jpg", quality=80)
    return Workspace(root)


def _campaign(sizes: list[str]) -> Campaign:
    campaign = read_campaign(DEMO)
    return campaign.model_copy(update={"hero_image": "images/sized.jpg", "print_sizes": sizes})


def _band_px(workspace: Workspace, campaign: Campaign, size: str) -> tuple[int, int, int]:
    renderer = Renderer(workspace)
    variant = renderer.render(campaign, "es-ES", Channel.SIGNAGE)
    layout = plan_poster(variant, workspace, renderer.specs, size, hero_image=campaign.hero_image)
    return layout.hero[2] - layout.hero[0], layout.hero[3] - layout.hero[1], layout.dpi


@pytest.mark.parametrize(
    ("ppi", "expected"),
    [(149, Severity.ERROR), (150, Severity.WARNING), (249, Severity.WARNING), (250, None)],
)
def test_resolution_findings_end_to_end_at_the_boundaries(
    tmp_path: Path, ppi: int, expected: Severity | None
) -> None:
    # The band's size first (it does not depend on the photo), then a photo of exactly the pixels
    # that give ``ppi`` over it (the tighter direction decides; the other is generous).
    probe = _workspace_with_hero(tmp_path / "probe", (400, 200))
    campaign = _campaign(["A3"])
    band_w, band_h, dpi = _band_px(probe, campaign, "A3")
    pixels = (math.ceil(band_w / dpi * ppi * 1.3), math.ceil(band_h / dpi * ppi))
    workspace = _workspace_with_hero(tmp_path / "real", pixels)
    check = check_campaign(Renderer(workspace), campaign, now=NOW, language="en")
    found = [f for f in check.findings if f.rule == RESOLUTION]
    if expected is None:
        assert found == []
        return
    (finding,) = found
    assert finding.severity is expected
    assert (finding.channel, finding.locale, finding.field) == ("signage", None, "hero_image")
    assert f"{ppi} ppi on the A3 poster" in finding.message
    assert f"{pixels[0]} × {pixels[1]} px" in finding.message


def test_the_demo_campaigns_pass_the_print_checks() -> None:
    renderer = Renderer(Workspace(ROOT))
    for path in sorted((ROOT / "campaigns").glob("*.campaign.yaml")):
        check = check_campaign(renderer, read_campaign(path), now=NOW)
        assert [f for f in check.findings if f.rule.startswith("Print.")] == [], path.name


def _at(signage: SignageSpec, size: str, **distances: float) -> SignageSpec:
    sizes = dict(signage.sizes)
    sizes[size] = sizes[size].model_copy(update=distances)
    return signage.model_copy(update={"sizes": sizes})


def test_small_print_and_qr_measured_against_the_distances(specs: ChannelSpecs) -> None:
    workspace = Workspace(ROOT)
    renderer = Renderer(workspace)
    campaign = read_campaign(DEMO).model_copy(update={"print_sizes": ["A3"]})
    variants = renderer.render_variants(campaign, channels=["signage"])
    assert print_findings(workspace, specs, campaign, variants, "en") == []
    # The demo's A3 (sized for 50 cm / 30 cm) measured against farther distances: the checks
    # measure the layout, whatever it was planned for.
    layout = plan_poster(variants[0], workspace, specs, "A3", hero_image=campaign.hero_image)
    assert legibility_findings(workspace, specs.signage, "A3", "es-ES", layout, "en") == []
    farther = _at(specs.signage, "A3", reading_m=2.0, scan_m=1.0)
    found = legibility_findings(workspace, farther, "A3", "es-ES", layout, "en")
    assert [(f.rule, f.severity, f.field) for f in found] == [
        (LEGAL_TEXT, Severity.WARNING, "disclaimer"),
        (QR_SIZE, Severity.WARNING, "cta"),
    ]
    assert f"{layout.texts['disclaimer'].pt:.1f} pt on the A3 poster: from 2 m" in found[0].message
    assert "scanned from 1 m it needs 100 mm" in found[1].message
    # Just at the distance the poster was sized for: nothing; a little farther: a warning.
    legal_m = specs.signage.sizes["A3"].reading_m
    assert legal_m is not None
    just = _at(specs.signage, "A3", reading_m=legal_m * 1.15)
    assert [f.rule for f in legibility_findings(workspace, just, "A3", "es-ES", layout, "es")] == [LEGAL_TEXT]


def test_every_poster_size_and_locale_gets_its_own_qr_link(specs: ChannelSpecs) -> None:
    workspace = Workspace(ROOT)
    renderer = Renderer(workspace)
    campaign = read_campaign(DEMO)
    links = set()
    for variant in renderer.render_variants(campaign, channels=["signage"]):
        for size in campaign.print_sizes:
            qr = plan_poster(variant, workspace, specs, size, hero_image=campaign.hero_image).qr
            assert qr is not None
            assert f"utm_content=poster-{size}-{variant.locale}".lower() in qr.data.lower()
            links.add(qr.data)
    assert len(links) == len(campaign.print_sizes) * len(campaign.locales)


def test_the_findings_are_kept_until_a_poster_text_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A keystroke that changes no poster text does not lay the posters out again."""
    import dataclasses

    import studio.print_checks as print_checks

    workspace = Workspace.resolve(default_root())
    renderer = Renderer(workspace)
    campaign = read_campaign(default_root() / "campaigns" / "navidad-turron-latte.campaign.yaml")
    variants = check_campaign(
        renderer, campaign, now=datetime(2026, 11, 24, tzinfo=UTC), language="es"
    ).variants
    worked: list[int] = []
    real = print_checks._print_findings

    def counted(*args: Any, **kwargs: Any) -> Any:
        worked.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(print_checks, "_print_findings", counted)
    monkeypatch.setattr(print_checks, "_KEPT", {})
    monkeypatch.setenv("STUDIO_RULE_CACHE", "off")  # kept in this process only (the test below: on disk)
    first = print_checks.print_findings(workspace, renderer.specs, campaign, variants, "es")
    again = print_checks.print_findings(workspace, renderer.specs, campaign, variants, "es")
    assert again == first and len(worked) == 1
    changed = [
        dataclasses.replace(v, fields={**v.fields, "headline": v.fields.get("headline", "") + " ya"})
        if v.channel is Channel.SIGNAGE
        else v
        for v in variants
    ]
    print_checks.print_findings(workspace, renderer.specs, campaign, changed, "es")
    assert len(worked) == 2
    print_checks.print_findings(workspace, renderer.specs, campaign, variants, "en")  # another language
    assert len(worked) == 3


def test_the_findings_are_kept_on_disk_for_the_next_process(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A later ``studio lint`` of the same posters reads their findings instead of laying them out;
    another poster text, another language or another brand kit file lays them out again."""
    import dataclasses

    import studio.print_checks as print_checks

    monkeypatch.setenv("STUDIO_RULE_CACHE", str(tmp_path / "cache"))
    workspace = Workspace.resolve(default_root())
    renderer = Renderer(workspace)
    campaign = read_campaign(DEMO)
    variants = renderer.render_variants(campaign)
    worked: list[int] = []
    real = print_checks._print_findings

    def counted(*args: Any, **kwargs: Any) -> Any:
        worked.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(print_checks, "_print_findings", counted)
    monkeypatch.setattr(print_checks, "_KEPT", {})
    first = print_checks.print_findings(workspace, renderer.specs, campaign, variants, "es")
    assert any((tmp_path / "cache").glob("data-print-findings-*.pickle"))
    monkeypatch.setattr(print_checks, "_KEPT", {})  # a new process: nothing kept in memory
    again = print_checks.print_findings(workspace, renderer.specs, campaign, variants, "es")
    assert again == first and len(worked) == 1
    changed = [
        dataclasses.replace(v, fields={**v.fields, "disclaimer": v.fields.get("disclaimer", "") + " Ya."})
        if v.channel is Channel.SIGNAGE
        else v
        for v in variants
    ]
    print_checks.print_findings(workspace, renderer.specs, campaign, changed, "es")
    print_checks.print_findings(workspace, renderer.specs, campaign, variants, "en")
    assert len(worked) == 3
