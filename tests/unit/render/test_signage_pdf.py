"""The print PDF (PDF/X-4) checked by tools that are not ours: pikepdf for the PDF/X keys and boxes,
poppler's pdffonts / pdftotext / pdftoppm, qpdf --check, and a QR reader on the rendered page."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageChops, ImageCms, ImageStat

from studio.errors import AssetError
from studio.model.campaign import Channel
from studio.model.files import read_campaign
from studio.model.variant import Variant
from studio.render.signage import Poster, draw_instagram, draw_poster, encode_png
from studio.render.signage.pdf import OUTPUT_CONDITION, SLUG_MM, encode_print_pdf
from studio.render.specs import ChannelSpecs
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root

ROOT = default_root()
DEMO = ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml"
CREATED = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
PT_PER_MM = 72 / 25.4
#: Mean colour difference (share of full scale) between the PDF as poppler renders it and the PNG
#: preview, both reduced to 150 px wide: antialiasing and kerning differ, nothing else may.
SIMILAR = 0.03
#: The same with the output intent: poppler then shows the colours as coated paper prints them
#: (FOGRA39's gamut is narrower than sRGB: the brand's orange and brown come out duller).
SIMILAR_AS_PRINTED = 0.06


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (tools/system-deps.sh installs it)")
    return path


@pytest.fixture(scope="module")
def workspace() -> Workspace:
    return Workspace(ROOT)


@pytest.fixture(scope="module")
def renderer(workspace: Workspace) -> Renderer:
    return Renderer(workspace)


@pytest.fixture(scope="module")
def specs(renderer: Renderer) -> ChannelSpecs:
    return renderer.specs


@pytest.fixture(scope="module")
def variants(renderer: Renderer) -> dict[str, Variant]:
    campaign = read_campaign(DEMO)
    return {v.locale: v for v in renderer.render_variants(campaign) if v.channel is Channel.SIGNAGE}


@pytest.fixture(scope="module")
def poster(variants: dict[str, Variant], workspace: Workspace, specs: ChannelSpecs) -> Poster:
    hero = read_campaign(DEMO).hero_image
    return draw_poster(variants["es-ES"], workspace, specs, "A4", hero_image=hero)


@pytest.fixture(scope="module")
def pdf_file(poster: Poster, specs: ChannelSpecs, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "poster-A4.pdf"
    path.write_bytes(
        encode_print_pdf(poster, specs, "A4", title="Turrón Latte · A4 · es-ES", created=CREATED)
    )
    return path


def test_pdfx4_keys_output_intent_and_dates(pdf_file: Path) -> None:
    with pikepdf.open(pdf_file) as pdf:
        assert pdf.pdf_version >= "1.6"
        assert not pdf.is_encrypted
        assert "/ID" in pdf.trailer
        info = pdf.docinfo
        assert str(info.GTS_PDFXVersion) == "PDF/X-4"
        assert info.Trapped == pikepdf.Name("/False")
        assert str(info.Title) == "Turrón Latte · A4 · es-ES"
        assert str(info.CreationDate) == str(info.ModDate) == "D:20261124120000+00'00'"
        meta = pdf.open_metadata()
        assert meta["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        assert meta["pdf:Trapped"] == "False"
        assert meta["dc:title"] == "Turrón Latte · A4 · es-ES"
        assert meta["xmp:CreateDate"].startswith("2026-11-24T12:00:00")
        assert meta["xmpMM:DocumentID"].startswith("uuid:")
        assert (meta["xmpMM:VersionID"], meta["xmpMM:RenditionClass"]) == ("1", "default")
        (intent,) = list(pdf.Root.OutputIntents)
        assert intent.S == pikepdf.Name.GTS_PDFX
        assert str(intent.OutputConditionIdentifier) == OUTPUT_CONDITION
        profile = intent.DestOutputProfile
        assert int(profile.N) == 4
        data = profile.read_bytes()
        assert data[12:20] == b"prtrCMYK"  # an output (printer) profile of CMYK
        cms = ImageCms.ImageCmsProfile(io.BytesIO(data))
        assert "FOGRA39" in ImageCms.getProfileDescription(cms)


def test_boxes_trim_and_bleed(pdf_file: Path, specs: ChannelSpecs) -> None:
    bleed = specs.signage.bleed_mm * PT_PER_MM
    width, height = (210 + 6) * PT_PER_MM, (297 + 6) * PT_PER_MM
    with pikepdf.open(pdf_file) as pdf:
        page = pdf.pages[0]
        assert [float(v) for v in page.mediabox] == pytest.approx([0, 0, width, height])
        assert [float(v) for v in page.bleedbox] == pytest.approx([0, 0, width, height])
        assert [float(v) for v in page.trimbox] == pytest.approx(
            [bleed, bleed, width - bleed, height - bleed]
        )


def test_images_are_icc_based_and_the_photo_is_embedded_as_it_is(pdf_file: Path) -> None:
    hero = (ROOT / "assets" / read_campaign(DEMO).hero_image).read_bytes()  # type: ignore[operator]
    with pikepdf.open(pdf_file) as pdf:
        page = pdf.pages[0]
        assert page.Resources.ColorSpace.DefaultRGB[0] == pikepdf.Name.ICCBased
        images = [x for _, x in page.Resources.XObject.items() if x.Subtype == pikepdf.Name.Image]
        assert len(images) == 2  # the photo and the logo (with its soft mask); nothing else is pixels
        for image in images:
            space = image.ColorSpace
            assert isinstance(space, pikepdf.Array) and space[0] == pikepdf.Name.ICCBased
            assert int(space[1].N) == 3
        photo = next(x for x in images if "/DCTDecode" in str(x.get("/Filter")))
        assert (int(photo.Width), int(photo.Height)) == Image.open(io.BytesIO(hero)).size
        assert photo.read_raw_bytes() == hero  # the JPEG byte for byte: its own resolution, no re-encoding


def test_every_font_is_embedded_and_the_texts_are_text(pdf_file: Path, poster: Poster) -> None:
    out = subprocess.run([need("pdffonts"), str(pdf_file)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]
    assert len(rows) >= 3  # headline, body, body bold
    for row in rows:
        emb, sub = row[-5], row[-4]
        assert (emb, sub) == ("yes", "yes"), row
    text = subprocess.run(
        [need("pdftotext"), "-raw", str(pdf_file), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = " ".join(text.split())
    for field in ("headline", "disclaimer", "cta"):
        assert " ".join(poster.layout.texts[field].lines) in words, field


def test_qpdf_finds_nothing_wrong(pdf_file: Path) -> None:
    done = subprocess.run([need("qpdf"), "--check", str(pdf_file)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No syntax or stream encoding errors" in done.stdout


def _rendered(pdf: Path, tmp: Path) -> Image.Image:
    subprocess.run(
        [need("pdftoppm"), "-r", "50", "-png", "-singlefile", str(pdf), str(tmp / "page")], check=True
    )
    return Image.open(tmp / "page.png").convert("RGB")


def _difference(a: Image.Image, b: Image.Image) -> float:
    size = (150, round(150 * a.height / a.width))
    small_a = a.resize(size, Image.Resampling.BOX)
    small_b = b.convert("RGB").resize(size, Image.Resampling.BOX)
    return sum(ImageStat.Stat(ImageChops.difference(small_a, small_b)).mean) / 3 / 255


def test_the_rendered_page_looks_like_the_png_preview(
    pdf_file: Path, poster: Poster, workspace: Workspace, specs: ChannelSpecs, renderer: Renderer,
    tmp_path: Path,
) -> None:  # fmt: skip
    page = _rendered(pdf_file, tmp_path)
    assert abs(page.width / page.height - poster.image.width / poster.image.height) < 0.01
    assert _difference(page, poster.image) < SIMILAR_AS_PRINTED
    screen = tmp_path / "screen.pdf"
    with pikepdf.open(pdf_file) as pdf:
        del pdf.Root.OutputIntents  # the same page in plain sRGB: only shapes and texts can differ
        pdf.save(screen)
    shapes = _rendered(screen, tmp_path)
    assert _difference(shapes, poster.image) < SIMILAR
    # The measure tells posters apart: another campaign's poster is far from this one's PNG.
    campaign = read_campaign(ROOT / "campaigns" / "black-friday-con-errores.campaign.yaml")
    other_variant = renderer.render(campaign, "es-ES", Channel.SIGNAGE)
    other = draw_poster(other_variant, workspace, specs, "A4", hero_image=campaign.hero_image, dpi=72)
    assert _difference(shapes, other.image) > SIMILAR_AS_PRINTED


def test_the_qr_on_the_rendered_page_scans(pdf_file: Path, poster: Poster, tmp_path: Path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    subprocess.run(
        [need("pdftoppm"), "-r", "150", "-png", "-singlefile", str(pdf_file), str(tmp_path / "p")], check=True
    )
    page = Image.open(tmp_path / "p.png")
    assert poster.layout.qr is not None
    assert [r.text for r in zxingcpp.read_barcodes(page)] == [poster.layout.qr.data]
    assert "utm_content=poster-a4-es-es" in poster.layout.qr.data


def test_crop_marks_sit_in_a_slug_outside_the_bleed(
    poster: Poster, specs: ChannelSpecs, tmp_path: Path
) -> None:
    path = tmp_path / "marks.pdf"
    path.write_bytes(encode_print_pdf(poster, specs, "A4", title="t", created=CREATED, crop_marks=True))
    slug = SLUG_MM * PT_PER_MM
    width, height = 216 * PT_PER_MM, 303 * PT_PER_MM
    with pikepdf.open(path) as pdf:
        page = pdf.pages[0]
        assert [float(v) for v in page.mediabox] == pytest.approx([0, 0, width + 2 * slug, height + 2 * slug])
        assert [float(v) for v in page.bleedbox] == pytest.approx([slug, slug, slug + width, slug + height])
    image = _rendered(path, tmp_path).convert("L")
    ppm = image.width / (width + 2 * slug) * PT_PER_MM  # pixels per millimetre
    corner = image.crop((0, 0, round(SLUG_MM * ppm), round(SLUG_MM * ppm)))
    histogram = corner.histogram()
    darkest = next(level for level, count in enumerate(histogram) if count)
    assert darkest < 224 and histogram[255] > 0  # a thin mark on white paper
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(encode_print_pdf(poster, specs, "A4", title="t", created=CREATED))
    with pikepdf.open(plain) as pdf:
        assert [float(v) for v in pdf.pages[0].mediabox] == pytest.approx([0, 0, width, height])


def test_same_poster_same_bytes_and_refuses_what_it_cannot_print(
    poster: Poster, specs: ChannelSpecs, variants: dict[str, Variant], workspace: Workspace
) -> None:
    one = encode_print_pdf(poster, specs, "A4", title="t", created=CREATED)
    assert one == encode_print_pdf(poster, specs, "A4", title="t", created=CREATED)
    square = draw_instagram(variants["es-ES"].fields, workspace)
    with pytest.raises(ValueError, match="draw_poster"):
        encode_print_pdf(square, specs, "A4", title="t", created=CREATED)
    with pytest.raises(ValueError, match="A4"):
        encode_print_pdf(Poster(poster.image, poster.layout), specs, "A4", title="t", created=CREATED)


def test_every_png_carries_an_srgb_profile(poster: Poster) -> None:
    with Image.open(io.BytesIO(encode_png(poster.image))) as png:
        icc = png.info.get("icc_profile")
    assert icc, "no iCCP chunk"
    description = ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(icc)))
    assert "sRGB" in description


def _own_workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    for name in ("assets", "templates", "brand_rules"):
        shutil.copytree(ROOT / name, root / name)
    return root


def test_a_photo_with_its_own_profile_is_converted_to_srgb(
    tmp_path: Path, variants: dict[str, Variant], specs: ChannelSpecs
) -> None:
    root = _own_workspace(tmp_path)
    # A photo tagged with a profile of its own (here LittleCMS's sRGB with a D50 white: not plain sRGB).
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB", 5000)).tobytes()
    Image.new("RGB", (3600, 2025), (200, 120, 60)).save(
        root / "assets" / "images" / "tagged.jpg", quality=90, icc_profile=profile
    )
    poster = draw_poster(variants["es-ES"], Workspace(root), specs, "A4", hero_image="images/tagged.jpg")
    data = encode_print_pdf(poster, specs, "A4", title="t", created=CREATED)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        images = [x for _, x in pdf.pages[0].Resources.XObject.items() if x.Subtype == pikepdf.Name.Image]
        photo = next(x for x in images if int(x.Width) == 3600)
        assert "/DCTDecode" not in str(photo.get("/Filter"))  # converted pixels, not the file as it is
        assert photo.ColorSpace[0] == pikepdf.Name.ICCBased


def test_a_font_that_may_not_be_embedded_is_refused_naming_it(
    tmp_path: Path, variants: dict[str, Variant], specs: ChannelSpecs
) -> None:
    from fontTools.ttLib import TTFont

    root = _own_workspace(tmp_path)
    font_path = root / "assets" / "fonts" / "Lato-Regular.ttf"
    font = TTFont(font_path)
    font["OS/2"].fsType = 2  # restricted licence embedding: may not be embedded at all
    font.save(font_path)
    poster = draw_poster(variants["es-ES"], Workspace(root), specs, "A4")
    with pytest.raises(AssetError, match=r"Lato-Regular\.ttf: cannot be embedded in the print PDF"):
        encode_print_pdf(poster, specs, "A4", title="t", created=CREATED)
