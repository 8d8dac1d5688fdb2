"""Posters and the square Instagram image: sizes, print-ready PDF, QR, legibility floors, bad assets."""

from __future__ import annotations

import io
import itertools
import shutil
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pikepdf
import pytest
import segno
from PIL import Image

from studio.errors import AssetError, ValidationError
from studio.model.campaign import Campaign, Channel
from studio.model.variant import Variant
from studio.render.signage import (
    MAX_IMAGE_PIXELS,
    QR_MIN_MM,
    QR_QUIET_ZONE,
    Poster,
    PosterLayout,
    compose_instagram,
    compose_poster,
    draw_instagram,
    draw_poster,
    encode_pdf,
    encode_png,
    load_image,
)
from studio.render.specs import ChannelSpecs
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root

HERO = "images/navidad-turron-latte.jpg"
LINK = "https://www.cafeaurora.example/otono?utm_source=store&utm_medium=signage&utm_campaign=otono-cafe"
LONG_HEADLINE = (  # 155 characters: near the model's limit of 160
    "¡Celebra el otoño con nuestro nuevo latte de calabaza especiado, chai cremoso y bizcocho de "
    "nueces recién horneado en todas las tiendas Café Aurora de España!"
)


def px(mm: float, dpi: int = 300) -> int:
    return round(mm / 25.4 * dpi)


def pt(mm: float) -> float:
    return mm / 25.4 * 72


@pytest.fixture(scope="module")
def workspace() -> Workspace:
    return Workspace(default_root())


@pytest.fixture(scope="module")
def specs(workspace: Workspace) -> ChannelSpecs:
    return Renderer(workspace).specs


@pytest.fixture
def render(workspace: Workspace) -> Iterator[Any]:
    renderer = Renderer(workspace)

    def variant(campaign: Campaign, locale: str = "es-ES") -> Variant:
        return renderer.render(campaign, locale, Channel.SIGNAGE)

    yield variant


@pytest.fixture
def variant(campaign: Campaign, render: Any) -> Variant:
    return render(campaign)  # type: ignore[no-any-return]


@pytest.fixture
def own_workspace(tmp_path: Path) -> Workspace:
    """A copy of the demo workspace that a test may break."""
    root = tmp_path / "ws"
    for name in ("assets", "templates"):
        shutil.copytree(default_root() / name, root / name)
    (root / "brand_rules").mkdir()
    return Workspace(root)


# -- what every layout must hold -------------------------------------------------------------------


def _inside(inner: tuple[int, int, int, int], outer: tuple[int, int, int, int]) -> bool:
    return outer[0] <= inner[0] and outer[1] <= inner[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def assert_clean(layout: PosterLayout, min_disclaimer_pt: float | None = None) -> None:
    """Everything inside the safe area, nothing overlapping, the legibility floors kept."""
    parts: dict[str, tuple[int, int, int, int]] = {name: text.box for name, text in layout.texts.items()}
    for name, box in parts.items():
        assert _inside(box, layout.safe), f"{name} {box} leaves the safe area {layout.safe}"
        for line_box in layout.texts[name].ink:
            assert _inside(line_box, box)
    others: list[tuple[str, tuple[int, int, int, int] | None]] = [
        ("qr", layout.qr.box if layout.qr else None),
        ("logo", layout.logo),
        ("badge", layout.badge),
    ]
    for name, other in others:
        if other:
            assert _inside(other, layout.safe), f"{name} leaves the safe area"
            parts[name] = other
    if layout.pill:
        parts["pill"] = layout.pill
    allowed = {("price", "badge"), ("was_price", "badge"), ("code", "pill")}
    for (a, box_a), (b, box_b) in itertools.combinations(parts.items(), 2):
        if (a, b) in allowed or (b, a) in allowed:
            assert _inside(box_a, box_b), f"{a} leaves its {b}"
            continue
        assert not _overlap(box_a, box_b), f"{a} {box_a} overlaps {b} {box_b}"
    if layout.badge:
        left, top, right, bottom = layout.badge
        cx, cy, radius = (left + right) / 2, (top + bottom) / 2, (right - left) / 2
        for name in ("price", "was_price"):
            if name in layout.texts:
                x0, y0, x1, y1 = layout.texts[name].box
                for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
                    assert (x - cx) ** 2 + (y - cy) ** 2 <= radius**2, f"{name} leaves the badge"
    if min_disclaimer_pt is not None and "disclaimer" in layout.texts:
        assert layout.pt("disclaimer") >= min_disclaimer_pt
    for name, text in layout.texts.items():
        if name != "disclaimer" and min_disclaimer_pt is not None:
            assert text.pt >= min_disclaimer_pt, f"{name} is smaller than the disclaimer floor"


# -- sizes, bleed, layout ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "expected"),
    [("A4", (px(216), px(303))), ("A3", (3579, 5031)), ("A2", (px(426), px(600)))],
)
def test_poster_is_trim_plus_bleed_at_the_spec_dpi(
    size: str, expected: tuple[int, int], variant: Variant, workspace: Workspace, specs: ChannelSpecs
) -> None:
    poster = draw_poster(variant, workspace, specs, size, hero_image=HERO)
    assert poster.image.mode == "RGB"
    assert poster.image.size == expected
    layout = poster.layout
    assert layout.bleed_px == px(3)
    assert layout.trim == (px(3), px(3), expected[0] - px(3), expected[1] - px(3))
    assert layout.safe[0] - layout.trim[0] >= px(10)
    assert_clean(layout, specs.signage.min_disclaimer_pt)
    assert layout.qr is not None
    assert layout.qr.symbol_mm >= QR_MIN_MM
    assert layout.qr.error in ("M", "Q")
    assert layout.scale == 1.0
    # The background art reaches the edge of the bleed on every side.
    image = poster.image
    paper = (0xFF, 0xFA, 0xF3)
    for corner in ((0, 0), (expected[0] - 1, 0)):
        assert image.getpixel(corner) != paper
    for corner in ((0, expected[1] - 1), (expected[0] - 1, expected[1] - 1)):
        assert image.getpixel(corner) == (0x4A, 0x2A, 0x1E)


def test_compose_poster_is_the_drawn_image(
    variant: Variant, workspace: Workspace, specs: ChannelSpecs
) -> None:
    image = compose_poster(variant, workspace, specs, "A4", hero_image=None)
    assert image.size == (px(216), px(303))
    assert image.info["dpi"] == (300, 300)


def test_unknown_size_is_refused(variant: Variant, workspace: Workspace, specs: ChannelSpecs) -> None:
    with pytest.raises(ValidationError, match="'A9' is not a print size"):
        compose_poster(variant, workspace, specs, "A9", hero_image=HERO)


def test_every_text_is_a_field_and_every_field_is_drawn(
    variant: Variant, workspace: Workspace, specs: ChannelSpecs
) -> None:
    layout = draw_poster(variant, workspace, specs, "A4", hero_image=HERO).layout
    drawn = {name: " ".join(text.lines) for name, text in layout.texts.items()}
    expected = {name: " ".join(value.split()) for name, value in variant.fields.items() if value.strip()}
    assert {n: " ".join(t.split()) for n, t in drawn.items()} == expected


def test_was_price_is_struck_through_on_its_amount(
    variant: Variant, workspace: Workspace, specs: ChannelSpecs
) -> None:
    layout = draw_poster(variant, workspace, specs, "A3", hero_image=HERO).layout
    was = layout.texts["was_price"]
    assert was.lines == ("Antes 3,20\u00a0€",)
    assert was.strike is not None
    x0, y0, x1, y1 = was.strike
    # The bar covers the amount, not the word "Antes", and crosses the figures' middle.
    assert x0 > was.box[0] + (was.box[2] - was.box[0]) // 3
    assert x1 >= was.box[2] - 2
    assert was.box[1] < y0 < y1 < was.origins[0][1]


def test_headline_is_the_largest_size_in_three_lines(
    variant: Variant, workspace: Workspace, specs: ChannelSpecs
) -> None:
    layout = draw_poster(variant, workspace, specs, "A3", hero_image=HERO).layout
    headline = layout.texts["headline"]
    assert 1 <= len(headline.lines) <= 3
    assert headline.pt > 2 * layout.pt("subheadline")
    assert headline.pt > layout.pt("cta")


def test_a_very_long_headline_shrinks_into_its_box(
    campaign_doc: dict[str, Any], render: Any, workspace: Workspace, specs: ChannelSpecs
) -> None:
    campaign_doc["locales"]["es-ES"]["message"]["headline"] = LONG_HEADLINE
    long_variant = render(Campaign.model_validate(campaign_doc))
    short = draw_poster(render(Campaign.model_validate(_short(campaign_doc))), workspace, specs, "A4").layout
    for size in ("A4", "A3"):
        layout = draw_poster(long_variant, workspace, specs, size, hero_image=HERO).layout
        headline = layout.texts["headline"]
        assert len(headline.lines) <= 3
        assert " ".join(headline.lines) == LONG_HEADLINE
        assert_clean(layout, specs.signage.min_disclaimer_pt)
    assert draw_poster(long_variant, workspace, specs, "A4").layout.pt("headline") < short.pt("headline")


def _short(doc: dict[str, Any]) -> dict[str, Any]:
    import copy

    doc = copy.deepcopy(doc)
    doc["locales"]["es-ES"]["message"]["headline"] = "Tu café de otoño"
    return doc


def test_an_overlong_overridden_headline_never_overflows(
    campaign: Campaign, render: Any, workspace: Workspace, specs: ChannelSpecs
) -> None:
    base = render(campaign)
    for text in (LONG_HEADLINE * 2, "Supercalifragilísticoespialidosamente" * 3):
        fields = {**base.fields, "headline": text}
        variant = Variant(Channel.SIGNAGE, "es-ES", fields, links=base.links)
        layout = draw_poster(variant, workspace, specs, "A4", hero_image=HERO).layout
        assert "".join(layout.texts["headline"].lines).replace(" ", "") == text.replace(" ", "")
        assert_clean(layout, specs.signage.min_disclaimer_pt)
    hopeless = {**base.fields, "headline": LONG_HEADLINE * 12}
    with pytest.raises(ValidationError) as caught:
        draw_poster(Variant(Channel.SIGNAGE, "es-ES", hopeless), workspace, specs, "A4", hero_image=HERO)
    assert caught.value.problems[0].field == "headline"


# -- the disclaimer floor ---------------------------------------------------------------------------


def test_disclaimer_is_never_below_the_minimum(
    campaign: Campaign, render: Any, workspace: Workspace, specs: ChannelSpecs
) -> None:
    base = render(campaign)
    legal = (
        "Oferta válida del 1 al 31 de octubre de 2026 en tiendas adheridas y en la app, hasta fin de "
        "existencias. No acumulable con otras promociones. Un uso por cliente y día. IVA incluido. "
    ) * 8
    variant = Variant(Channel.SIGNAGE, "es-ES", {**base.fields, "disclaimer": legal}, links=base.links)
    for size in ("A4", "A3"):
        layout = draw_poster(variant, workspace, specs, size, hero_image=HERO).layout
        assert layout.pt("disclaimer") >= specs.signage.min_disclaimer_pt
        assert len(layout.texts["disclaimer"].lines) > 3
        assert_clean(layout, specs.signage.min_disclaimer_pt)
    stricter = specs.model_copy(
        update={"signage": specs.signage.model_copy(update={"min_disclaimer_pt": 14})}
    )
    shorter = {**variant.fields, "disclaimer": legal[: len(legal) // 2]}
    variant = Variant(Channel.SIGNAGE, "es-ES", shorter, links=base.links)
    layout = draw_poster(variant, workspace, stricter, "A4", hero_image=HERO).layout
    assert layout.pt("disclaimer") >= 14
    assert layout.scale < 1.0  # the rest shrank to make room
    assert_clean(layout, 14)


# -- QR code ----------------------------------------------------------------------------------------


def _sample_qr(poster: Poster) -> list[list[bool]]:
    qr = poster.layout.qr
    assert qr is not None
    gray = poster.image.convert("L")
    m = qr.module_px
    x0, y0 = qr.box[0] + QR_QUIET_ZONE * m, qr.box[1] + QR_QUIET_ZONE * m
    return [
        [gray.getpixel((x0 + c * m + m // 2, y0 + r * m + m // 2)) < 128 for c in range(qr.modules)]  # type: ignore[operator]
        for r in range(qr.modules)
    ]


def test_qr_holds_the_utm_link(variant: Variant, workspace: Workspace, specs: ChannelSpecs) -> None:
    assert variant.links["cta"] == LINK
    poster = draw_poster(variant, workspace, specs, "A4", hero_image=HERO)
    qr = poster.layout.qr
    assert qr is not None and qr.data == LINK + "&utm_content=poster-a4-es-es"
    expected = segno.make_qr(qr.data, error=qr.error.lower(), boost_error=False)
    assert qr.version == expected.version
    assert _sample_qr(poster) == [[bool(v) for v in row] for row in expected.matrix]
    # The quiet zone is white all round.
    tile = poster.image.convert("L").crop(qr.box)
    border = QR_QUIET_ZONE * qr.module_px
    for band in (
        (0, 0, tile.width, border),
        (0, tile.height - border, tile.width, tile.height),
        (0, 0, border, tile.height),
        (tile.width - border, 0, tile.width, tile.height),
    ):
        assert tile.crop(band).getextrema() == (255, 255)


def test_qr_decodes_with_a_real_reader(variant: Variant, workspace: Workspace, specs: ChannelSpecs) -> None:
    import zxingcpp  # a dev dependency (zxing-cpp): a missing install fails, never skips

    poster = draw_poster(variant, workspace, specs, "A3", hero_image=HERO)
    assert poster.layout.qr is not None
    left, top, right, bottom = poster.layout.qr.box
    pad = 200
    # What a phone sees: the code, some poster round it, at a phone camera's resolution.
    shot = poster.image.crop((left - pad, top - pad, right + pad, bottom + pad))
    shot.thumbnail((600, 600), Image.Resampling.LANCZOS)
    results = zxingcpp.read_barcodes(shot)
    assert [r.text for r in results] == [LINK + "&utm_content=poster-a3-es-es"]


def test_no_cta_no_qr(
    campaign_doc: dict[str, Any], render: Any, workspace: Workspace, specs: ChannelSpecs
) -> None:
    campaign_doc["cta"] = None
    for content in campaign_doc["locales"].values():
        content["cta_label"] = ""
    variant = render(Campaign.model_validate(campaign_doc))
    assert "cta" not in variant.links and not variant.fields["cta"]
    layout = draw_poster(variant, workspace, specs, "A3", hero_image=HERO).layout
    assert layout.qr is None
    assert "cta" not in layout.texts
    assert_clean(layout, specs.signage.min_disclaimer_pt)


@pytest.mark.parametrize("offer", ["discount only", "nothing"])
def test_price_block_without_a_price(
    offer: str, campaign_doc: dict[str, Any], render: Any, workspace: Workspace, specs: ChannelSpecs
) -> None:
    campaign_doc["offer"].update(price=None, original_price=None, promo_code=None)
    if offer == "nothing":
        campaign_doc["offer"]["discount_percent"] = None
    variant = render(Campaign.model_validate(campaign_doc))
    layout = draw_poster(variant, workspace, specs, "A4", hero_image=None).layout
    assert "was_price" not in layout.texts and "code" not in layout.texts and layout.pill is None
    if offer == "nothing":
        assert layout.badge is None and "price" not in layout.texts
    else:
        assert layout.badge is not None
        assert layout.texts["price"].lines == ("-22\u00a0%",)
    assert_clean(layout, specs.signage.min_disclaimer_pt)


def test_spanish_characters_have_glyphs(workspace: Workspace) -> None:
    from PIL import ImageDraw, ImageFont

    brand = workspace.brand
    missing = "\U000f0000"  # a private-use code point no brand font maps: it draws the .notdef box
    for relative in (brand.fonts.headline, brand.fonts.body, brand.fonts.body_bold):
        font = ImageFont.truetype(str(workspace.asset(relative)), 48)

        def drawn(text: str, font: ImageFont.FreeTypeFont = font) -> bytes:
            canvas = Image.new("L", (80, 80), 0)
            ImageDraw.Draw(canvas).text((10, 60), text, font=font, fill=255, anchor="ls")
            return canvas.tobytes()

        notdef = drawn(missing)
        for char in "ñÑáéíóúü¿¡€":
            assert drawn(char) != notdef, f"{relative} lacks {char!r}"


# -- encoding ---------------------------------------------------------------------------------------


@pytest.fixture
def a4(variant: Variant, workspace: Workspace, specs: ChannelSpecs) -> Image.Image:
    return compose_poster(variant, workspace, specs, "A4", hero_image=HERO)


def test_png_carries_the_print_resolution(a4: Image.Image) -> None:
    data = encode_png(a4)
    with Image.open(io.BytesIO(data)) as png:
        assert png.format == "PNG"
        assert png.size == a4.size
        assert tuple(round(v) for v in png.info["dpi"]) == (300, 300)


def test_pdf_is_print_ready_and_lossless(a4: Image.Image, specs: ChannelSpecs) -> None:
    data = encode_pdf(a4, specs, "A4")
    assert data.startswith(b"%PDF-")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == 1
        page = pdf.pages[0]
        width, height = pt(210 + 6), pt(297 + 6)
        bleed = pt(3)
        for box in (page.mediabox, page.bleedbox):
            assert [float(v) for v in box] == pytest.approx([0, 0, width, height], abs=0.5)
        assert [float(v) for v in page.trimbox] == pytest.approx(
            [bleed, bleed, width - bleed, height - bleed], abs=0.5
        )
        # get_images() in pikepdf 10+, where the older .images property is deprecated.
        images = list(page.get_images().values() if hasattr(page, "get_images") else page.images.values())
        assert len(images) == 1
        xobject = images[0]
        filters = xobject.get("/Filter")
        names = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) else [str(filters)]
        assert "/DCTDecode" not in names and "/JPXDecode" not in names
        assert names == ["/FlateDecode"]
        assert (int(xobject.Width), int(xobject.Height)) == a4.size
        assert isinstance(xobject, pikepdf.Stream)
        decoded = pikepdf.PdfImage(xobject).as_pil_image()
        assert decoded.tobytes() == a4.tobytes()  # lossless, pixel for pixel


def test_pdf_reuses_an_encoded_png(a4: Image.Image, specs: ChannelSpecs) -> None:
    png = encode_png(a4, dpi=300)
    assert encode_pdf(a4, specs, "A4", png=png) == encode_pdf(a4, specs, "A4")


# -- Instagram --------------------------------------------------------------------------------------


def test_instagram_image_is_square_and_clean(variant: Variant, workspace: Workspace) -> None:
    poster = draw_instagram(variant.fields, workspace, hero_image=HERO)
    assert poster.image.size == (1080, 1080) and poster.image.mode == "RGB"
    layout = poster.layout
    assert layout.qr is None and "cta" not in layout.texts
    assert {"headline", "price", "was_price", "code", "dates", "disclaimer"} <= set(layout.texts)
    assert_clean(layout)
    assert layout.texts["disclaimer"].px >= 24
    assert compose_instagram(variant.fields, workspace, hero_image=None).size == (1080, 1080)
    # The link is for the caption: never a QR code on a phone screen.
    with_link = draw_instagram(variant.fields, workspace, hero_image=HERO, link=LINK)
    assert with_link.layout.qr is None
    assert with_link.image.tobytes() == poster.image.tobytes()


def test_an_asset_edited_on_disk_is_drawn_at_once(own_workspace: Workspace, variant: Variant) -> None:
    """Decoded and resized assets are reused between images, but never once the file has changed."""
    first = compose_instagram(variant.fields, own_workspace, hero_image=HERO)
    assert compose_instagram(variant.fields, own_workspace, hero_image=HERO).tobytes() == first.tobytes()
    hero = own_workspace.assets / HERO
    Image.new("RGB", (1600, 1000), (12, 200, 40)).save(hero, format="JPEG")
    edited = compose_instagram(variant.fields, own_workspace, hero_image=HERO)
    assert edited.getpixel((540, 100)) != first.getpixel((540, 100))
    green = edited.getpixel((540, 300))
    assert isinstance(green, tuple) and green[1] > 150  # the new, green photo


def test_instagram_long_headline_fits(
    campaign_doc: dict[str, Any], render: Any, workspace: Workspace
) -> None:
    campaign_doc["locales"]["es-ES"]["message"]["headline"] = LONG_HEADLINE
    variant = render(Campaign.model_validate(campaign_doc))
    layout = draw_instagram(variant.fields, workspace, hero_image=HERO).layout
    assert len(layout.texts["headline"].lines) <= 3
    assert_clean(layout)


# -- bad assets -------------------------------------------------------------------------------------


def _png_header(path: Path, width: int, height: int) -> None:
    """A PNG whose header claims ``width`` × ``height`` (no real pixel data)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 16))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("side", "why"),
    [
        (8_000, "our own limit (64 MP)"),
        (10_000, "Pillow's warning band (100 MP)"),
        (20_000, "Pillow's error band (400 MP)"),
    ],
)
def test_decompression_bomb_is_refused(
    side: int, why: str, own_workspace: Workspace, variant: Variant, specs: ChannelSpecs
) -> None:
    assert side * side > MAX_IMAGE_PIXELS, why
    _png_header(own_workspace.assets / "images" / "bomb.png", side, side)
    with pytest.raises(AssetError, match=r"images/bomb\.png.*(bomb|pixels)"):
        compose_poster(variant, own_workspace, specs, "A4", hero_image="images/bomb.png")


def test_corrupt_truncated_and_fake_images_are_refused(
    own_workspace: Workspace, variant: Variant, specs: ChannelSpecs
) -> None:
    images = own_workspace.assets / "images"
    real = (images / "app-pide-y-recoge.jpg").read_bytes()
    (images / "truncated.jpg").write_bytes(real[: len(real) // 3])
    (images / "notes.jpg").write_text("not a picture", encoding="utf-8")
    (images / "garbled.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 20)
    for name in ("truncated.jpg", "notes.jpg", "garbled.png"):
        with pytest.raises(AssetError, match=rf"images/{name}"):
            compose_poster(variant, own_workspace, specs, "A4", hero_image=f"images/{name}")


def test_a_truncated_image_is_refused_even_after_weasyprint_loaded(own_workspace: Workspace) -> None:
    """WeasyPrint sets Pillow's global LOAD_TRUNCATED_IMAGES on import; the studio's loader ignores it."""
    from PIL import ImageFile

    before = ImageFile.LOAD_TRUNCATED_IMAGES
    images = own_workspace.assets / "images"
    real = (images / "app-pide-y-recoge.jpg").read_bytes()
    (images / "cut.jpg").write_bytes(real[: len(real) // 2])
    ImageFile.LOAD_TRUNCATED_IMAGES = True  # as `import weasyprint` leaves it
    try:
        with pytest.raises(AssetError, match=r"images/cut\.jpg: corrupt or truncated"):
            load_image(images / "cut.jpg", name="images/cut.jpg")
        assert ImageFile.LOAD_TRUNCATED_IMAGES is True  # the process's setting is left as it was
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = before


def test_missing_hero_is_refused(own_workspace: Workspace, variant: Variant, specs: ChannelSpecs) -> None:
    with pytest.raises(AssetError, match=r"images/nowhere\.jpg"):
        compose_poster(variant, own_workspace, specs, "A4", hero_image="images/nowhere.jpg")


def test_missing_or_broken_font_is_refused(
    own_workspace: Workspace, variant: Variant, specs: ChannelSpecs
) -> None:
    font = own_workspace.assets / "fonts" / "Lato-Bold.ttf"
    font.unlink()
    with pytest.raises(AssetError, match=r"fonts/Lato-Bold\.ttf"):
        compose_poster(variant, own_workspace, specs, "A4", hero_image=HERO)
    font.write_bytes(b"\x00\x01\x00\x00" + b"not a font" * 10)
    with pytest.raises(AssetError, match=r"fonts/Lato-Bold\.ttf"):
        compose_poster(variant, own_workspace, specs, "A4", hero_image=HERO)
    with pytest.raises(AssetError, match=r"fonts/Lato-Bold\.ttf"):
        compose_instagram(variant.fields, own_workspace, hero_image=HERO)


def test_missing_logo_is_refused(own_workspace: Workspace, variant: Variant, specs: ChannelSpecs) -> None:
    (own_workspace.assets / "logo" / "aurora-logo-white.png").unlink()
    with pytest.raises(AssetError, match=r"logo/aurora-logo-white\.png"):
        compose_poster(variant, own_workspace, specs, "A4", hero_image=HERO)


def test_load_image_applies_the_pixel_limit_before_decoding(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    _png_header(bomb, 9_000, 9_000)
    with pytest.raises(AssetError) as caught:
        load_image(bomb)
    assert caught.value.problems[0].file == bomb
