"""The print file of a poster: a PDF/X-4 page drawn from the same layout as the PNG (ReportLab).

Texts stay text in the brand's fonts (embedded subsets), the badge, rules, pill and QR code are
vector shapes, and the hero photo is embedded at its own resolution (a JPEG byte for byte),
clipped to its band. Colours are the brand's sRGB values, tagged with an sRGB ICC profile; the
output intent is a CMYK characterisation of coated offset paper (FOGRA39, see
``profiles/README.md``), so the print shop's RIP converts once, with a known target. The page is
trim + bleed (BleedBox), the TrimBox inset by the bleed; with crop marks the MediaBox grows by a
slug that holds them.
"""

from __future__ import annotations

import io
import math
import uuid
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image

from studio.errors import AssetError, Problem, ValidationError
from studio.render.signage.fitting import PlacedText
from studio.render.signage.kit import (
    Box,
    Rgb,
    _Colors,
    _decoded,
    _face,
    _Kit,
    _mix,
    _mm_pt,
    srgb_profile,
)
from studio.render.signage.layout import QR_QUIET_ZONE, PlacedQr, Poster, PosterLayout, _qr_symbol
from studio.render.specs import ChannelSpecs

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

#: The output intent: how the press prints (ISO 12647-2 coated paper, FOGRA39 characterisation).
OUTPUT_CONDITION = "FOGRA39"
OUTPUT_CONDITION_INFO = "Coated FOGRA39 (ISO 12647-2:2004/Amd 1), offset, paper type 1 or 2"
CMYK_PROFILE = "FOGRA39L_coated.icc"
#: Room around the bleed for crop marks, and the marks' length and offset from the trim corner.
SLUG_MM = 10.0
MARK_MM = 6.0
MARK_OFFSET_MM = 3.5
PDFX_VERSION = "PDF/X-4"
_SCRIM_BANDS = 48
_SHADOW_LAYERS = 8


def cmyk_profile() -> bytes:
    """The ICC profile of the output intent (CMYK, FOGRA39L coated)."""
    return _profile_bytes(CMYK_PROFILE)


@lru_cache(maxsize=2)
def _profile_bytes(name: str) -> bytes:
    return files("studio.render.signage").joinpath("profiles", name).read_bytes()


def encode_print_pdf(
    poster: Poster,
    specs: ChannelSpecs,
    size: str,
    *,
    title: str,
    created: datetime,
    crop_marks: bool = False,
) -> bytes:
    """A PDF/X-4 print file of ``poster`` (from :func:`draw_poster` at the spec's resolution).

    ``title`` is the document's title, ``created`` its creation and modification date (the same
    poster on the same date gives the same bytes). ``crop_marks`` adds a slug with trim marks.
    """
    signage = specs.signage
    if size not in signage.sizes:
        raise ValidationError(f"{size!r} is not a print size of this workspace ({', '.join(signage.sizes)})")
    paper = signage.sizes[size]
    slug = _mm_pt(SLUG_MM) if crop_marks else 0.0
    bleed = _mm_pt(signage.bleed_mm)
    width = _mm_pt(paper.width_mm + 2 * signage.bleed_mm)
    height = _mm_pt(paper.height_mm + 2 * signage.bleed_mm)
    layout = poster.layout
    if poster.kit is None or abs(layout.width / layout.height - width / height) > 0.01:
        raise ValueError(f"encode_print_pdf needs the {size} poster from draw_poster (layout and material)")
    raw = _draw(poster, poster.kit, width, height, slug, crop_marks, bleed)
    return _make_pdfx(raw, width, height, slug, bleed, title=title, created=created)


# -- drawing with ReportLab -------------------------------------------------------------------------


class _Page:
    """Layout pixels to PDF points: y grows upwards, the page origin at the bleed's corner."""

    def __init__(self, layout: PosterLayout, width: float, height: float, slug: float) -> None:
        self.sx = width / layout.width
        self.sy = height / layout.height
        self.height = height
        self.slug = slug

    def x(self, px: float) -> float:
        return self.slug + px * self.sx

    def y(self, px: float) -> float:
        return self.slug + self.height - px * self.sy

    def rect(self, box: Box) -> tuple[float, float, float, float]:
        """x, y (bottom left), width, height."""
        return (self.x(box[0]), self.y(box[3]), (box[2] - box[0]) * self.sx, (box[3] - box[1]) * self.sy)


def _color(rgb: Rgb) -> tuple[float, float, float]:
    return (rgb[0] / 255, rgb[1] / 255, rgb[2] / 255)


def _draw(
    poster: Poster, kit: _Kit, width: float, height: float, slug: float, crop_marks: bool, bleed: float
) -> bytes:
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    rl_config.useA85 = 0  # images as their binary streams (a JPEG stays a plain DCTDecode stream)
    layout = poster.layout
    page = _Page(layout, width, height, slug)
    out = io.BytesIO()
    canvas = Canvas(
        out,
        pagesize=(width + 2 * slug, height + 2 * slug),
        invariant=True,
        pageCompression=1,
        # not ReportLab's default Helvetica: a font the page names must be embedded (PDF/X)
        initialFontName=_pdf_font(kit.fonts["body"], False),
    )
    c = kit.colors
    canvas.setFillColorRGB(*_color(c.paper))
    canvas.rect(slug, slug, width, height, stroke=0, fill=1)
    _hero(canvas, page, layout.hero, kit)
    _scrim(canvas, page, layout, c.primary)
    if layout.logo:
        x, y, w, h = page.rect(layout.logo)
        canvas.drawImage(_logo_reader(kit), x, y, w, h, mask="auto")
    rule = max(2, round(0.45 * layout.width / 100)) * page.sy
    canvas.setFillColorRGB(*_color(c.accent))
    canvas.rect(slug, page.y(layout.hero[3]) - rule, width, rule, stroke=0, fill=1)
    canvas.setFillColorRGB(*_color(c.primary))
    canvas.rect(*page.rect(layout.footer), stroke=0, fill=1)
    canvas.setFillColorRGB(*_color(c.accent))
    canvas.rect(slug, page.y(layout.footer[1]) - rule, width, rule, stroke=0, fill=1)
    if layout.badge:
        _badge(canvas, page, layout.badge, c, layout.width / 100)
    if layout.pill:
        _pill(canvas, page, layout.pill, c, layout.width / 100)
    for placed in layout.texts.values():
        _text(canvas, page, placed, kit, layout.dpi)
    if layout.qr:
        _qr(canvas, page, layout.qr, c.ink)
    if crop_marks:
        _crop_marks(canvas, width, height, slug, bleed)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _hero(canvas: Canvas, page: _Page, box: Box, kit: _Kit) -> None:
    """The photo at its own resolution, covering the band like ImageOps.fit (centred, cropped by a
    clip); the brand's sunrise in vector shapes when there is no photo."""
    x, y, w, h = page.rect(box)
    path = canvas.beginPath()
    path.rect(x, y, w, h)
    canvas.saveState()
    canvas.clipPath(path, stroke=0, fill=0)
    if kit.hero_key is None:
        _sunrise(canvas, x, y, w, h, kit.colors)
    else:
        source, (iw, ih) = _hero_source(kit.hero_key, kit.colors.paper)
        scale = max(w / iw, h / ih)
        dw, dh = iw * scale, ih * scale
        canvas.drawImage(source, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh)
    canvas.restoreState()


@lru_cache(maxsize=4)
def _hero_source(key: tuple[str, int, int, str], paper: Rgb) -> tuple[object, tuple[int, int]]:
    """What to embed for the hero: the JPEG file itself when it can go as it is (upright, RGB or
    grey, sRGB: no profile of its own), else the decoded pixels (flattened on the paper colour when
    transparent; converted to sRGB from the profile the file carries)."""
    from reportlab.lib.utils import ImageReader

    path = key[0]
    with Image.open(path) as opened:
        upright = opened.getexif().get(0x0112, 1) == 1
        icc = opened.info.get("icc_profile")
        if opened.format == "JPEG" and upright and opened.mode in ("RGB", "L") and not icc:
            return path, opened.size
    image = _decoded(*key)
    if icc and image.mode in ("RGB", "CMYK"):
        image = _to_srgb(image, icc)
    if image.mode in ("P", "LA", "PA", "RGBA"):
        image = image.convert("RGBA")
        flat = Image.new("RGB", image.size, paper)
        flat.paste(image, (0, 0), image)
        image = flat
    image = image.convert("RGB")
    return ImageReader(image), image.size


def _to_srgb(image: Image.Image, icc: bytes) -> Image.Image:
    """Pixels in the colour space of ``icc`` as sRGB (unchanged when the profile is unusable)."""
    from PIL import ImageCms

    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        target = ImageCms.ImageCmsProfile(io.BytesIO(srgb_profile()))
        converted = ImageCms.profileToProfile(image, source, target, outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image
    return converted if converted is not None else image


def _logo_reader(kit: _Kit) -> object:
    from reportlab.lib.utils import ImageReader

    return ImageReader(kit.logo)


def _sunrise(canvas: Canvas, x: float, y: float, w: float, h: float, c: _Colors) -> None:
    """The brand's sun rising (the PNG's background art), in vector shapes: rays, then three discs."""
    draw = canvas
    top = y + h
    cx, cy = x + w / 2, top - (h + h / 6)
    radius = math.hypot(w, h) * 1.2
    draw.setFillColorRGB(*_color(c.primary))
    draw.rect(x, y, w, h, stroke=0, fill=1)
    draw.setFillColorRGB(*_color(_mix(c.primary, c.accent, 0.12)))
    for i in range(0, 36, 2):
        a0, a1 = math.radians(180 + i * 5), math.radians(180 + (i + 1) * 5)
        path = draw.beginPath()
        path.moveTo(cx, cy)
        path.lineTo(cx + radius * math.cos(a0), cy - radius * math.sin(a0))
        path.lineTo(cx + radius * math.cos(a1), cy - radius * math.sin(a1))
        path.close()
        draw.drawPath(path, stroke=0, fill=1)
    for t, r in ((0.25, 0.62), (0.55, 0.48), (1.0, 0.36)):
        draw.setFillColorRGB(*_color(_mix(c.primary, c.accent, t)))
        draw.circle(cx, cy, h * r, stroke=0, fill=1)


def _scrim(canvas: Canvas, page: _Page, layout: PosterLayout, color: Rgb) -> None:
    """The shade at the top of the hero (62 % at the top edge, fading to nothing), in thin bands."""
    if not layout.logo:
        return
    height = min(layout.hero[3], layout.logo[3] + (layout.logo[3] - layout.logo[1]) * 2)
    canvas.saveState()
    canvas.setFillColorRGB(*_color(color))
    band = height / _SCRIM_BANDS
    for i in range(_SCRIM_BANDS):
        canvas.setFillAlpha(0.62 * (1 - (i + 0.5) / _SCRIM_BANDS))
        top = i * band
        canvas.rect(page.x(0), page.y(top + band), layout.width * page.sx, band * page.sy, stroke=0, fill=1)
    canvas.restoreState()


def _badge(canvas: Canvas, page: _Page, box: Box, c: _Colors, unit: float) -> None:
    d = box[2] - box[0]
    cx, cy = page.x((box[0] + box[2]) / 2), page.y((box[1] + box[3]) / 2)
    r = d / 2 * page.sx
    pad = 2.5 * unit * page.sx
    offset = 0.8 * unit * page.sy
    canvas.saveState()
    canvas.setFillColorRGB(*_color(c.ink))
    # A soft shadow: discs growing outwards, each faint, so the shade fades towards its edge.
    alpha = 1 - (1 - 110 / 255) ** (1 / _SHADOW_LAYERS)
    canvas.setFillAlpha(alpha)
    for i in range(_SHADOW_LAYERS):
        grow = pad * 0.9 * (1 - i / _SHADOW_LAYERS) - pad * 0.35
        canvas.circle(cx, cy - offset, r + grow, stroke=0, fill=1)
    canvas.restoreState()
    canvas.setFillColorRGB(*_color(c.accent))
    canvas.circle(cx, cy, r, stroke=0, fill=1)
    ring_inset = round(0.045 * d) * page.sx
    ring = max(2, round(0.008 * d)) * page.sx
    canvas.setStrokeColorRGB(*_color(c.paper))
    canvas.setLineWidth(ring)
    canvas.circle(cx, cy, r - ring_inset - ring / 2, stroke=1, fill=0)


def _pill(canvas: Canvas, page: _Page, box: Box, c: _Colors, unit: float) -> None:
    outline = max(2, round(0.3 * unit)) * page.sx
    x, y, w, h = page.rect(box)
    half = outline / 2
    canvas.setFillColorRGB(*_color(c.secondary))
    canvas.setStrokeColorRGB(*_color(c.primary))
    canvas.setLineWidth(outline)
    canvas.roundRect(x + half, y + half, w - outline, h - outline, (h - outline) / 2, stroke=1, fill=1)


def _text(canvas: Canvas, page: _Page, placed: PlacedText, kit: _Kit, dpi: int) -> None:
    """Each line at its baseline, in the brand font; the letter spacing evened out so a line is
    exactly as long as Pillow drew it (ReportLab does not kern)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    name = _pdf_font(kit.fonts[placed.font], placed.font == "headline")
    size = placed.px * page.sx
    face = _face(kit.fonts, placed.font, placed.px)
    canvas.setFillColorRGB(*_color(placed.color))
    for line, (ox, oy) in zip(placed.lines, placed.origins, strict=True):
        text = canvas.beginText()
        text.setFont(name, size)
        drawn = stringWidth(line, name, size)
        wanted = face.length(line) * page.sx
        if len(line) > 1:
            text.setCharSpace((wanted - drawn) / (len(line) - 1))
        text.setTextOrigin(page.x(ox), page.y(oy))
        text.textOut(line)
        canvas.drawText(text)
    if placed.strike:
        canvas.setFillColorRGB(*_color(kit.colors.primary))
        canvas.rect(*page.rect(placed.strike), stroke=0, fill=1)


@lru_cache(maxsize=16)
def _pdf_font(path: Path, lining: bool) -> str:
    """Register a brand font with ReportLab (once per file version); the headline's gets its lining
    figures (OpenType ``lnum``) mapped in, as Pillow draws prices."""
    import hashlib

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    data = path.read_bytes()
    try:
        _check_embeddable(data)
        if lining:
            data = _with_feature(data, "lnum")
        name = f"{path.stem}-{hashlib.sha256(data).hexdigest()[:8]}"
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
    except Exception as exc:  # fontTools and ReportLab raise many kinds; each means "cannot embed"
        why = f"cannot be embedded in the print PDF ({exc})"
        raise AssetError(f"{path.name}: {why}", problems=[Problem(why, file=path)]) from None
    return name


def _check_embeddable(data: bytes) -> None:
    """Refuse a font whose licence forbids embedding (OpenType ``fsType``: restricted licence, or
    bitmap embedding only): a print file must carry its fonts, and ReportLab would embed it anyway."""
    from fontTools.ttLib import TTFont as FontFile

    font = FontFile(io.BytesIO(data), lazy=True)
    fs_type = int(font["OS/2"].fsType) if "OS/2" in font else 0
    if fs_type & 0x000F == 0x0002 or fs_type & 0x0200:
        raise ValueError(f"its licence does not allow embedding (fsType {fs_type:#06x})")


def _with_feature(data: bytes, feature: str) -> bytes:
    """The font with a single-substitution OpenType feature frozen into its character map."""
    from fontTools.ttLib import TTFont as FontFile

    font = FontFile(io.BytesIO(data))
    mapping: dict[str, str] = {}
    if "GSUB" in font:
        table = font["GSUB"].table
        wanted = {
            index
            for record in table.FeatureList.FeatureRecord
            if record.FeatureTag == feature
            for index in record.Feature.LookupListIndex
        }
        for index in sorted(wanted):
            lookup = table.LookupList.Lookup[index]
            for sub in lookup.SubTable:
                single = sub.ExtSubTable if lookup.LookupType == 7 else sub
                mapping.update(getattr(single, "mapping", {}) or {})
    if not mapping:
        return data
    for cmap in font["cmap"].tables:
        cmap.cmap = {code: mapping.get(glyph, glyph) for code, glyph in cmap.cmap.items()}
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _qr(canvas: Canvas, page: _Page, qr: PlacedQr, ink: Rgb) -> None:
    """The white tile, then the dark modules as rectangles (one per run of a row)."""
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(*page.rect(qr.box), stroke=0, fill=1)
    matrix, _, _ = _qr_symbol(qr.data)
    m = qr.module_px
    left = qr.box[0] + QR_QUIET_ZONE * m
    top = qr.box[1] + QR_QUIET_ZONE * m
    canvas.setFillColorRGB(*_color(ink))
    path = canvas.beginPath()
    for row, start, end in _runs(matrix):
        x, y, w, h = page.rect((left + start * m, top + row * m, left + end * m, top + (row + 1) * m))
        path.rect(x, y, w, h)
    canvas.drawPath(path, stroke=0, fill=1)


def _runs(matrix: tuple[bytes, ...]) -> Iterator[tuple[int, int, int]]:
    for r, row in enumerate(matrix):
        start = None
        for i, dark in enumerate((*row, 0)):
            if dark and start is None:
                start = i
            elif not dark and start is not None:
                yield r, start, i
                start = None


def _crop_marks(canvas: Canvas, width: float, height: float, slug: float, bleed: float) -> None:
    """Trim marks at the four corners, outside the bleed, in registration black (all four inks)."""
    canvas.setStrokeColorCMYK(1, 1, 1, 1)
    canvas.setLineWidth(0.25)
    offset, length = _mm_pt(MARK_OFFSET_MM), _mm_pt(MARK_MM)
    left, right = slug + bleed, slug + width - bleed
    bottom, top = slug + bleed, slug + height - bleed
    for x, sx in ((left, -1), (right, 1)):
        for y, sy in ((bottom, -1), (top, 1)):
            edge_x, edge_y = slug + (width if sx > 0 else 0), slug + (height if sy > 0 else 0)
            canvas.line(edge_x + sx * (offset - bleed), y, edge_x + sx * (offset - bleed + length), y)
            canvas.line(x, edge_y + sy * (offset - bleed), x, edge_y + sy * (offset - bleed + length))


# -- PDF/X-4 ----------------------------------------------------------------------------------------


def _pdf_date(moment: datetime) -> str:
    stamp = moment.strftime("D:%Y%m%d%H%M%S")
    offset = moment.utcoffset()
    if offset is None:
        return stamp + "Z"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{stamp}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


def _make_pdfx(
    raw: bytes, width: float, height: float, slug: float, bleed: float, *, title: str, created: datetime
) -> bytes:
    import pikepdf
    from pikepdf import Dictionary, Name

    from studio import __version__

    with pikepdf.open(io.BytesIO(raw)) as pdf:
        srgb = pdf.make_stream(srgb_profile(), N=3, Alternate=Name.DeviceRGB)
        icc_rgb = pikepdf.Array([Name.ICCBased, srgb])
        cmyk = pdf.make_stream(cmyk_profile(), N=4, Alternate=Name.DeviceCMYK)
        pdf.Root.OutputIntents = pikepdf.Array(
            [
                Dictionary(
                    Type=Name.OutputIntent,
                    S=Name.GTS_PDFX,
                    OutputConditionIdentifier=OUTPUT_CONDITION,
                    OutputCondition=OUTPUT_CONDITION_INFO,
                    RegistryName="http://www.color.org",
                    Info=OUTPUT_CONDITION_INFO,
                    DestOutputProfile=cmyk,
                )
            ]
        )
        page = pdf.pages[0]
        page.mediabox = pikepdf.Array([0, 0, width + 2 * slug, height + 2 * slug])
        page.bleedbox = pikepdf.Array([slug, slug, slug + width, slug + height])
        page.trimbox = pikepdf.Array(
            [slug + bleed, slug + bleed, slug + width - bleed, slug + height - bleed]
        )
        resources = page.obj.Resources
        if "/ColorSpace" not in resources:
            resources.ColorSpace = Dictionary()
        resources.ColorSpace.DefaultRGB = icc_rgb  # every rg/RG colour on the page is sRGB
        for _, xobject in resources.get("/XObject", Dictionary()).items():
            if xobject.get("/Subtype") == Name.Image and xobject.get("/ColorSpace") == Name.DeviceRGB:
                xobject.ColorSpace = icc_rgb  # the photo and the logo: sRGB pixels
        date = _pdf_date(created)
        creator = f"Campaign Studio {__version__}"
        pdf.docinfo = pdf.make_indirect(
            Dictionary(
                Title=pikepdf.String(title),
                Creator=creator,
                Producer=f"{creator} (ReportLab, pikepdf)",
                CreationDate=date,
                ModDate=date,
                Trapped=Name("/False"),
                GTS_PDFXVersion=PDFX_VERSION,
            )
        )
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["dc:title"] = title
            meta["xmp:CreatorTool"] = creator
            meta["xmp:CreateDate"] = created.isoformat()
            meta["xmp:ModifyDate"] = created.isoformat()
            meta["xmp:MetadataDate"] = created.isoformat()
            meta["pdf:Producer"] = f"{creator} (ReportLab, pikepdf)"
            meta["pdf:Trapped"] = "False"
            meta["{http://www.npes.org/pdfx/ns/id/}GTS_PDFXVersion"] = PDFX_VERSION
            meta["dc:format"] = "application/pdf"
            # ISO 15930-7 asks for the document's identity and version in the XMP as well
            document = uuid.uuid5(uuid.NAMESPACE_URL, f"campaign-studio:{title}:{created.isoformat()}")
            meta["xmpMM:DocumentID"] = f"uuid:{document}"
            meta["xmpMM:VersionID"] = "1"
            meta["xmpMM:RenditionClass"] = "default"
        out = io.BytesIO()
        pdf.save(
            out,
            deterministic_id=True,
            min_version="1.6",
            object_stream_mode=pikepdf.ObjectStreamMode.disable,
        )
    return out.getvalue()
