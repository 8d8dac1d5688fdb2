"""Posters (and the square Instagram image) drawn with Pillow from a variant's texts.

Two steps, kept apart so each can be timed and reused: *compose* lays out and draws the pixels
(:func:`compose_poster`, :func:`compose_instagram`); *encode* turns them into files
(:func:`encode_png`, :func:`encode_pdf`). Nothing here writes a file: callers write the bytes
with :func:`studio.atomic.atomic_write_bytes`.

Every text on the image is one of the variant's fields (what the rules check), never anything
else. Layout sizes are proportional to the trim width (every ISO 216 size looks the same), with
two absolute floors a print shop and a customer need: the disclaimer never below the spec's
``min_disclaimer_pt`` and the QR code never narrower than :data:`QR_MIN_MM`. When the texts do
not fit, the hero, the headline and the other texts shrink (never the disclaimer, never the QR);
when even that is not enough, a :class:`~studio.errors.ValidationError` names the field.
"""

from __future__ import annotations

import io
import itertools
import math
import re
import threading
import unicodedata
import warnings
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import (
    Image,
    ImageColor,
    ImageDraw,
    ImageFile,
    ImageFilter,
    ImageFont,
    ImageOps,
    UnidentifiedImageError,
)

from studio.errors import AssetError, NotFoundError, Problem, ValidationError
from studio.model.variant import Variant
from studio.render.specs import ChannelSpecs
from studio.workspace import BrandKit, Workspace

#: Images larger than this are refused (a decompression bomb, or far more than a poster needs).
MAX_IMAGE_PIXELS = 50_000_000
#: Formats accepted for hero images and logos (no exotic decoders on user files).
IMAGE_FORMATS = ("JPEG", "PNG", "WEBP")
#: The QR symbol (without its quiet zone) is never narrower than this on paper.
QR_MIN_MM = 25.0
#: Quiet zone around the QR symbol, in modules (ISO/IEC 18004 asks for 4).
QR_QUIET_ZONE = 4
#: Error correction of the QR code: M (15 %) keeps the modules large enough to scan from a step away.
QR_ERROR = "m"
#: Smallest disclaimer on the square social image, in pixels (about 9 CSS px on a phone).
SOCIAL_MIN_DISCLAIMER_PX = 24
#: Resolution of an on-screen poster preview (an A3 is about 900 × 1,260 px): fast to draw.
PREVIEW_DPI = 72
#: Lowest resolution a poster is drawn at (below it the smallest texts have no pixels left).
MIN_DPI = 36
#: The hero band's share of a poster's trim height at full size (the readiness checklist measures the
#: hero photo's print resolution against it: studio/review/readiness.py).
POSTER_HERO_SHARE = 0.40

MM_PER_INCH = 25.4
PT_PER_INCH = 72.0

Box = tuple[int, int, int, int]
"""left, top, right, bottom in image pixels (right/bottom exclusive)."""
Rgb = tuple[int, int, int]

# How much the flexible parts may shrink, step by step, before a text is declared too long.
_SCALES = (1.0, 0.92, 0.84, 0.76, 0.68, 0.6, 0.52)


# -- the layout (what tests and previews can inspect) -----------------------------------------------


@dataclass(frozen=True)
class PlacedText:
    """One field as drawn: its lines, font size and where its ink lies."""

    field: str
    lines: tuple[str, ...]
    font: str
    """The brand font role: ``headline``, ``body`` or ``body_bold``."""
    px: int
    pt: float
    origins: tuple[tuple[int, int], ...]
    """Left end of each line's baseline (Pillow anchor ``ls``)."""
    ink: tuple[Box, ...]
    """Each line's ink box."""
    box: Box
    """The union of the lines' ink."""
    color: Rgb
    strike: Box | None = None
    """A bar drawn across the old amount of a ``was`` price."""


@dataclass(frozen=True)
class PlacedQr:
    """The QR code as drawn."""

    data: str
    error: str
    version: int
    modules: int
    """Width of the symbol in modules, without the quiet zone."""
    module_px: int
    box: Box
    """The white tile: the symbol plus its quiet zone."""
    symbol_mm: float
    """Width of the symbol on paper, without the quiet zone."""


@dataclass(frozen=True)
class PosterLayout:
    """Where everything goes on one image; :func:`draw_poster` returns it with the pixels.

    Boxes are in image pixels, bleed included. ``dpi`` is the print resolution (72 for the social
    image, where a point is a pixel).
    """

    width: int
    height: int
    dpi: int
    bleed_px: int
    trim: Box
    safe: Box
    hero: Box
    footer: Box
    logo: Box | None
    badge: Box | None
    pill: Box | None
    texts: Mapping[str, PlacedText]
    qr: PlacedQr | None
    scale: float
    """1.0 when everything fitted at its preferred size; smaller when the layout had to shrink."""

    def pt(self, field: str) -> float:
        """The font size of a drawn field, in points."""
        return self.texts[field].pt


@dataclass(frozen=True)
class Poster:
    """A composed image and the layout it was drawn from."""

    image: Image.Image
    layout: PosterLayout


# -- public API -------------------------------------------------------------------------------------


def compose_poster(
    variant: Variant,
    workspace: Workspace,
    specs: ChannelSpecs,
    size: str,
    *,
    hero_image: str | None = None,
    dpi: int | None = None,
) -> Image.Image:
    """The poster of a signage variant at ``size`` (a name in the specs, e.g. ``A3``): an RGB image of
    trim + bleed at the spec's DPI, background to the bleed's edge, every text, the logo and the QR
    code inside the safe margin. Raises :class:`AssetError` (naming the file) for a missing or bad
    font, logo or hero image, :class:`ValidationError` for an unknown size or a text that cannot fit.

    ``dpi`` draws the same layout at another resolution (a quick on-screen preview at
    :data:`PREVIEW_DPI`, say); the print files always use the spec's.
    """
    return draw_poster(variant, workspace, specs, size, hero_image=hero_image, dpi=dpi).image


def draw_poster(
    variant: Variant,
    workspace: Workspace,
    specs: ChannelSpecs,
    size: str,
    *,
    hero_image: str | None = None,
    dpi: int | None = None,
) -> Poster:
    """:func:`compose_poster` plus the layout it used (font sizes, boxes, QR)."""
    signage = specs.signage
    if size not in signage.sizes:
        known = ", ".join(signage.sizes)
        message = f"{size!r} is not a print size of this workspace ({known})"
        raise ValidationError(message, problems=[Problem(message, field="print_sizes")])
    if dpi is not None and not MIN_DPI <= dpi <= signage.dpi:
        raise ValueError(f"dpi must be between {MIN_DPI} and the spec's {signage.dpi}, not {dpi}")
    paper = signage.sizes[size]
    dpi = dpi or signage.dpi
    bleed = signage.bleed_mm
    width = _mm_px(paper.width_mm + 2 * bleed, dpi)
    height = _mm_px(paper.height_mm + 2 * bleed, dpi)
    bleed_px = _mm_px(bleed, dpi)
    trim_w = width - 2 * bleed_px
    unit = trim_w / 100
    frame = _Frame(
        name=f"{size} poster",
        width=width,
        height=height,
        dpi=dpi,
        bleed=bleed_px,
        unit=unit,
        margin=max(_mm_px(10, dpi), round(5 * unit)),
        min_disclaimer_px=math.ceil(signage.min_disclaimer_pt * dpi / PT_PER_INCH),
        qr_min_px=max(_mm_px(QR_MIN_MM, dpi), round(11 * unit)),
        hero_share=POSTER_HERO_SHARE,
        headline_max_u=11.0,
        show_cta=True,
    )
    kit = _Kit.load(workspace, hero_image)
    return _compose(frame, kit, variant.fields, variant.links.get("cta"))


def compose_instagram(
    fields: Mapping[str, str],
    workspace: Workspace,
    *,
    size: tuple[int, int] = (1080, 1080),
    hero_image: str | None = None,
    link: str | None = None,
) -> Image.Image:
    """The square feed image of a campaign, drawn from the signage variant's ``fields`` with the
    poster's helpers: hero, logo, headline, price block, dates, disclaimer. ``link`` is accepted for
    symmetry with the poster but never drawn: no QR code and no "scan" line, since nobody can scan
    the phone they are holding (the caption carries the link).
    """
    return draw_instagram(fields, workspace, size=size, hero_image=hero_image, link=link).image


def draw_instagram(
    fields: Mapping[str, str],
    workspace: Workspace,
    *,
    size: tuple[int, int] = (1080, 1080),
    hero_image: str | None = None,
    link: str | None = None,
) -> Poster:
    """:func:`compose_instagram` plus the layout it used."""
    del link  # never drawn (see compose_instagram)
    width, height = size
    unit = width / 100
    frame = _Frame(
        name="Instagram image",
        width=width,
        height=height,
        dpi=72,
        bleed=0,
        unit=unit,
        margin=round(5.5 * unit),
        min_disclaimer_px=max(SOCIAL_MIN_DISCLAIMER_PX, round(2.0 * unit)),
        qr_min_px=None,
        hero_share=0.52 * width / height,
        headline_max_u=8.6,
        show_cta=False,
    )
    kit = _Kit.load(workspace, hero_image)
    return _compose(frame, kit, fields, None)


def encode_png(image: Image.Image, *, dpi: int | None = None) -> bytes:
    """The image as PNG bytes carrying its print resolution (``dpi``, else the one it was composed at)."""
    resolution = dpi or _image_dpi(image)
    out = io.BytesIO()
    # Level 3 is about twice as fast as the default 6 for a few percent more bytes.
    image.save(out, format="PNG", dpi=(resolution, resolution), compress_level=3)
    return out.getvalue()


def encode_pdf(image: Image.Image, specs: ChannelSpecs, size: str, *, png: bytes | None = None) -> bytes:
    """A print-ready one-page PDF: the page is exactly trim + bleed (MediaBox = BleedBox), the TrimBox
    is inset by the bleed, and the image is embedded losslessly (the PNG's Flate data as it is, never
    JPEG). Pass ``png`` (from :func:`encode_png`) to skip encoding the image a second time.
    """
    import img2pdf
    import pikepdf

    signage = specs.signage
    if size not in signage.sizes:
        raise ValidationError(f"{size!r} is not a print size of this workspace ({', '.join(signage.sizes)})")
    paper = signage.sizes[size]
    bleed_pt = _mm_pt(signage.bleed_mm)
    page_w = _mm_pt(paper.width_mm + 2 * signage.bleed_mm)
    page_h = _mm_pt(paper.height_mm + 2 * signage.bleed_mm)
    data = png if png is not None else encode_png(image, dpi=signage.dpi)
    layout = img2pdf.get_layout_fun(pagesize=(page_w, page_h), fit=img2pdf.FitMode.exact)
    raw: bytes = img2pdf.convert(data, layout_fun=layout, nodate=True)
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        # qpdf derives the whole /ID from the content: the same poster gives the same bytes.
        if "/ID" in pdf.trailer:
            del pdf.trailer.ID
        page = pdf.pages[0]
        page.mediabox = pikepdf.Array([0, 0, page_w, page_h])
        page.bleedbox = pikepdf.Array([0, 0, page_w, page_h])
        page.trimbox = pikepdf.Array([bleed_pt, bleed_pt, page_w - bleed_pt, page_h - bleed_pt])
        out = io.BytesIO()
        # Never decode and re-compress the image stream: it stays byte for byte the PNG's data.
        pdf.save(out, deterministic_id=True, stream_decode_level=pikepdf.StreamDecodeLevel.none)
    return out.getvalue()


_DECODING = threading.Lock()


@contextmanager
def _strict_decoding() -> Iterator[None]:
    """Truncated files fail to decode, whatever the process set: WeasyPrint (the PDF report)
    switches Pillow's global ``LOAD_TRUNCATED_IMAGES`` on when imported, which would let a cut-off
    hero photo through as a grey band on the poster."""
    with _DECODING:
        before = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            yield
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = before


def load_image(path: Path, *, name: str | None = None) -> Image.Image:
    """An image file fully decoded, or :class:`AssetError` naming it: missing, not an image, corrupt or
    truncated, or a decompression bomb (more than :data:`MAX_IMAGE_PIXELS`). Camera rotation applied.
    """
    label = name or str(path)

    def refuse(why: str) -> AssetError:
        return AssetError(f"{label}: {why}", problems=[Problem(why, file=path)])

    try:
        with warnings.catch_warnings(), _strict_decoding():
            # Pillow warns (rather than fails) between its own limit and twice it: a bomb all the same.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path, formats=IMAGE_FORMATS) as opened:
                width, height = opened.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise refuse(
                        f"{width}×{height} pixels is more than the {MAX_IMAGE_PIXELS // 1_000_000} "
                        "megapixels an image may have (a decompression bomb?)"
                    )
                opened.load()
                image = ImageOps.exif_transpose(opened)
    except AssetError:
        raise
    except FileNotFoundError:
        raise refuse("no such file") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise refuse(f"too many pixels (a decompression bomb?): {exc}") from None
    except UnidentifiedImageError:
        raise refuse(f"not an image Campaign Studio can read ({', '.join(IMAGE_FORMATS)})") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise refuse(f"corrupt or truncated image ({exc})") from None
    return image


# -- the brand's material ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Colors:
    primary: Rgb
    secondary: Rgb
    accent: Rgb
    ink: Rgb
    paper: Rgb
    white: Rgb = (255, 255, 255)


@dataclass(frozen=True)
class _Kit:
    """Fonts, colours and images of one brand, checked and loaded."""

    fonts: Mapping[str, Path]
    colors: _Colors
    logo: Image.Image
    #: the files behind the logo and the hero photo (None: no photo), for the caches below
    logo_key: _SourceKey
    hero_key: _SourceKey | None

    @classmethod
    def load(cls, workspace: Workspace, hero_image: str | None) -> _Kit:
        brand: BrandKit = workspace.brand
        fonts = {
            "headline": _font_file(workspace, brand.fonts.headline),
            "body": _font_file(workspace, brand.fonts.body),
            "body_bold": _font_file(workspace, brand.fonts.body_bold),
        }
        logo_key = _source_key(_asset(workspace, brand.logo.white), brand.logo.white)
        hero_key = None
        if hero_image:
            hero_key = _source_key(_asset(workspace, hero_image), hero_image)
            _decoded(*hero_key)  # a broken photo is refused now, naming its file
        c = brand.colors
        colors = _Colors(
            primary=_rgb(c.primary),
            secondary=_rgb(c.secondary),
            accent=_rgb(c.accent),
            ink=_rgb(c.ink),
            paper=_rgb(c.paper),
        )
        return cls(fonts=fonts, colors=colors, logo=_logo(logo_key), logo_key=logo_key, hero_key=hero_key)


# A batch export composes the same logo and hero hundreds of times: decoding and resampling them
# is most of an image's cost, so the results are kept per file version (path, mtime, size) — an
# edited asset is a new key. Bounded caches: memory stays flat however long the batch.
_SourceKey = tuple[str, int, int, str]


def _source_key(path: Path, name: str) -> _SourceKey:
    try:
        stat = path.stat()
    except OSError:
        load_image(path, name=name)  # raises the AssetError that names the file
        raise
    return (str(path), stat.st_mtime_ns, stat.st_size, name)


@lru_cache(maxsize=8)
def _decoded(path: str, _mtime_ns: int, _size: int, name: str) -> Image.Image:
    return load_image(Path(path), name=name)


@lru_cache(maxsize=4)
def _logo(key: _SourceKey) -> Image.Image:
    return _decoded(*key).convert("RGBA")


@lru_cache(maxsize=8)
def _logo_at(key: _SourceKey, size: tuple[int, int]) -> Image.Image:
    return _logo(key).resize(size, Image.Resampling.LANCZOS)


@lru_cache(maxsize=6)
def _hero_fitted(key: _SourceKey, size: tuple[int, int], paper: Rgb) -> Image.Image:
    hero = _decoded(*key)
    hero = hero.convert("RGBA") if hero.mode in ("P", "LA", "PA") else hero
    if hero.mode == "RGBA":
        flat = Image.new("RGB", hero.size, paper)
        flat.paste(hero, (0, 0), hero)
        hero = flat
    return ImageOps.fit(hero.convert("RGB"), size, Image.Resampling.BICUBIC, centering=(0.5, 0.5))


def _asset(workspace: Workspace, relative: str) -> Path:
    try:
        return workspace.asset(relative)
    except NotFoundError:
        raise AssetError(
            f"{relative}: no such file in {workspace.assets}",
            problems=[
                Problem("no such file in the workspace's assets/ folder", file=workspace.assets / relative)
            ],
        ) from None


def _font_file(workspace: Workspace, relative: str) -> Path:
    path = _asset(workspace, relative)
    try:
        _font(path, 12)
    except OSError as exc:
        raise AssetError(
            f"{relative}: not a font file Pillow can read ({exc})",
            problems=[Problem(f"not a readable font ({exc})", file=path)],
        ) from None
    return path


@lru_cache(maxsize=16)
def _font_bytes(path: Path, mtime_ns: int) -> bytes:
    return path.read_bytes()


@lru_cache(maxsize=256)
def _font_cached(path: Path, px: int, mtime_ns: int) -> ImageFont.FreeTypeFont:
    # From bytes, not a file name: given a name it cannot read, Pillow quietly loads a system font
    # of the same name instead (a broken brand font must be an error, not a look-alike).
    return ImageFont.truetype(io.BytesIO(_font_bytes(path, mtime_ns)), px)


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return _font_cached(path, px, path.stat().st_mtime_ns)


@dataclass(frozen=True)
class _Face:
    """A font at one size with the OpenType features its role asks for (lining figures for prices)."""

    font: ImageFont.FreeTypeFont
    features: tuple[str, ...]

    def bbox(self, text: str) -> Box:
        return _bbox(self, text)

    def length(self, text: str) -> float:
        return float(self.font.getlength(text, features=list(self.features) or None))

    def draw(self, draw: ImageDraw.ImageDraw, origin: tuple[int, int], text: str, fill: Rgb) -> None:
        draw.text(origin, text, font=self.font, fill=fill, anchor="ls", features=list(self.features) or None)


@lru_cache(maxsize=16384)
def _bbox(face: _Face, text: str) -> Box:
    # Fitting measures the same candidate lines again and again (sizes, balancing, two passes).
    left, top, right, bottom = face.font.getbbox(text, anchor="ls", features=list(face.features) or None)
    return (int(left), int(top), int(right), int(bottom))


@lru_cache(maxsize=1)
def _role_features() -> Mapping[str, tuple[str, ...]]:
    from PIL import features

    # Vollkorn's default old-style figures sink "2,50 €" below the line: prices want lining figures.
    # OpenType features need libraqm; without it Pillow's basic layout draws the defaults.
    return {"headline": ("lnum",)} if features.check("raqm") else {}


def _face(fonts: Mapping[str, Path], role: str, px: int) -> _Face:
    return _Face(_font(fonts[role], px), _role_features().get(role, ()))


def _rgb(hex_color: str) -> Rgb:
    r, g, b = ImageColor.getrgb(hex_color)[:3]
    return (r, g, b)


def _mix(a: Rgb, b: Rgb, t: float) -> Rgb:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def _mm_px(mm: float, dpi: int) -> int:
    return round(mm / MM_PER_INCH * dpi)


def _mm_pt(mm: float) -> float:
    return mm / MM_PER_INCH * PT_PER_INCH


def _image_dpi(image: Image.Image) -> int:
    dpi = image.info.get("dpi")
    if isinstance(dpi, tuple) and dpi:
        return round(float(dpi[0]))
    return 72


# -- text: wrapping and fitting ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Block:
    """Lines of text at one size, measured: ``height`` holds all their ink."""

    lines: tuple[str, ...]
    font: str
    px: int
    step: int
    top: int
    """From the block's top to the first baseline."""
    height: int
    width: int


def _ink_width(face: _Face, text: str) -> int:
    left, _, right, _ = face.bbox(text)
    return right - min(left, 0)


def _split_word(face: _Face, word: str, width: int) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and _ink_width(face, current + char) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def _wrap(face: _Face, text: str, width: int, *, break_words: bool = False) -> list[str] | None:
    """Greedy word wrap (hard breaks kept; no-break spaces never broken). ``None`` when a word is wider
    than ``width`` and ``break_words`` is off.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        # Only plain spaces break: "2,50\u00a0€" stays on one line.
        words = [w for w in re.split(r"[ \t]+", paragraph) if w]
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if _ink_width(face, candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            if _ink_width(face, word) <= width:
                line = word
            elif break_words:
                *full, line = _split_word(face, word, width)
                lines.extend(full)
            else:
                return None
        if line:
            lines.append(line)
    return lines


def _measure(lines: list[str], fonts: Mapping[str, Path], role: str, px: int, leading: float) -> _Block:
    face = _face(fonts, role, px)
    cap = -face.bbox("H")[1]
    top = max(cap, -face.bbox(lines[0])[1])
    bottom = max(0, face.bbox(lines[-1])[3])
    step = round(px * leading)
    width = max(_ink_width(face, line) for line in lines)
    return _Block(
        lines=tuple(lines),
        font=role,
        px=px,
        step=step,
        top=top,
        height=top + step * (len(lines) - 1) + bottom,
        width=width,
    )


def _fit(
    text: str,
    fonts: Mapping[str, Path],
    role: str,
    *,
    width: int,
    height: int,
    max_px: int,
    min_px: int,
    max_lines: int,
    leading: float,
    balance: bool = False,
    relaxed: bool = False,
) -> _Block | None:
    """The largest size in [min_px, max_px] at which ``text`` wraps into ``max_lines`` lines inside
    ``width`` × ``height``; ``None`` when nothing fits. ``relaxed``: the last resort, at ``min_px``,
    twice the lines and words broken where they must.
    """
    text = text.strip()
    max_px = max(min_px, max_px)

    def attempt(px: int, lines_cap: int = max_lines, break_words: bool = False) -> _Block | None:
        lines = _wrap(_face(fonts, role, px), text, width, break_words=break_words)
        if not lines or len(lines) > lines_cap:
            return None
        block = _measure(lines, fonts, role, px, leading)
        return block if block.height <= height else None

    if attempt(min_px) is None:
        return attempt(min_px, lines_cap=2 * max_lines, break_words=True) if relaxed else None
    low, high = min_px, max_px
    while low < high:
        middle = (low + high + 1) // 2
        if attempt(middle) is not None:
            low = middle
        else:
            high = middle - 1
    block = attempt(low)
    assert block is not None
    if balance and len(block.lines) > 1:
        block = _balanced(text, fonts, role, block, width, leading)
    return block


def _balanced(
    text: str, fonts: Mapping[str, Path], role: str, block: _Block, width: int, leading: float
) -> _Block:
    """The same number of lines in the narrowest measure: even lines, no lonely last word."""
    face = _face(fonts, role, block.px)
    count = len(block.lines)
    low, high = max(_ink_width(face, w) for w in text.split()), width
    best = list(block.lines)
    while low < high:
        middle = (low + high) // 2
        lines = _wrap(face, text, middle)
        if lines is not None and len(lines) <= count:
            best, high = lines, middle
        else:
            low = middle + 1
    return _measure(best, fonts, role, block.px, leading)


def _one_line(
    text: str, fonts: Mapping[str, Path], role: str, *, width: int, max_px: int, min_px: int
) -> _Block | None:
    return _fit(
        text, fonts, role, width=width, height=10**6, max_px=max_px, min_px=min_px, max_lines=1, leading=1.0
    )


def _place(
    block: _Block,
    fonts: Mapping[str, Path],
    field: str,
    *,
    x: int,
    top: int,
    color: Rgb,
    dpi: int,
    align: str = "left",
    strike_amount: bool = False,
) -> PlacedText:
    """Put a measured block with its top at ``top``: left-aligned from ``x`` or centred on ``x``."""
    face = _face(fonts, block.font, block.px)
    origins: list[tuple[int, int]] = []
    inks: list[Box] = []
    for i, line in enumerate(block.lines):
        left, ink_top, right, ink_bottom = face.bbox(line)
        baseline = top + block.top + i * block.step
        ox = x - (right + left) // 2 if align == "center" else x - min(left, 0)
        origins.append((ox, baseline))
        inks.append((ox + left, baseline + ink_top, ox + right, baseline + ink_bottom))
    union = (
        min(b[0] for b in inks),
        min(b[1] for b in inks),
        max(b[2] for b in inks),
        max(b[3] for b in inks),
    )
    strike = (
        _strike_box(block.lines[0], face, origins[0]) if strike_amount and len(block.lines) == 1 else None
    )
    return PlacedText(
        field=field,
        lines=block.lines,
        font=block.font,
        px=block.px,
        pt=block.px * PT_PER_INCH / dpi,
        origins=tuple(origins),
        ink=tuple(inks),
        box=union,
        color=color,
        strike=strike,
    )


@lru_cache(maxsize=1)
def _amount_pattern() -> re.Pattern[str]:
    symbols = "".join(
        re.escape(chr(c)) for c in range(0x20A0, 0x20C1) if unicodedata.category(chr(c)) == "Sc"
    )
    currency = rf"(?:[A-Z]{{0,3}}[$£¥{symbols}]|[A-Z]{{3}})"
    number = r"\d(?:[\d.,'\u00a0\u202f]*\d)?"
    return re.compile(rf"(?:{currency}[\u00a0\u202f ]?)?{number}(?:[\u00a0\u202f ]?{currency})?")


def _strike_box(text: str, face: _Face, origin: tuple[int, int]) -> Box:
    """The bar across the amount of "Antes 3,20 €" (the whole text when no amount is found)."""
    match = _amount_pattern().search(text)
    start, end = (match.start(), match.end()) if match else (0, len(text))
    x0 = origin[0] + round(face.length(text[:start]))
    x1 = origin[0] + round(face.length(text[:end]))
    digit_top = face.bbox("0")[1]
    size = face.font.size
    thickness = max(2, round(size * 0.075))
    middle = origin[1] + digit_top // 2
    pad = round(size * 0.06)
    return (x0 - pad, middle - thickness // 2, x1 + pad, middle - thickness // 2 + thickness)


# -- layout -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Frame:
    """The geometry of one kind of image; sizes in the layout are multiples of ``unit``."""

    name: str
    width: int
    height: int
    dpi: int
    bleed: int
    unit: float
    margin: int
    min_disclaimer_px: int
    qr_min_px: int | None
    hero_share: float
    headline_max_u: float
    show_cta: bool


class _NoRoom(Exception):
    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def _plan(frame: _Frame, kit: _Kit, fields: Mapping[str, str], link: str | None) -> PosterLayout:
    failed = "headline"
    # Shrink step by step; only when even the smallest scale fails, allow texts more lines than
    # their box's usual maximum (and break words longer than a line).
    for relaxed, scale in itertools.product((False, True), _SCALES):
        try:
            layout, slack = _plan_at(frame, kit, fields, link, scale, relaxed=relaxed)
        except _NoRoom as exc:
            failed = exc.field
            continue
        # Room left over goes mostly to the picture (up to a limit), not to empty paper.
        trim_h = layout.trim[3] - layout.trim[1]
        most = round(trim_h * frame.hero_share * 0.45)
        extra = min(most, slack * 3 // 4)
        while extra > frame.unit:
            try:
                return _plan_at(frame, kit, fields, link, scale, hero_extra=extra, relaxed=relaxed)[0]
            except _NoRoom:  # a text re-fitted in less room can land a size lower: give less
                extra //= 2
        return layout
    message = f"the {failed} is too long for the {frame.name}: shorten it"
    raise ValidationError(message, problems=[Problem(message, field=failed)])


def _plan_at(
    frame: _Frame,
    kit: _Kit,
    fields: Mapping[str, str],
    link: str | None,
    k: float,
    *,
    hero_extra: int = 0,
    relaxed: bool = False,
) -> tuple[PosterLayout, int]:
    """The layout at scale ``k`` and the height left over in the content area (or :class:`_NoRoom`)."""
    u = frame.unit
    fonts = kit.fonts
    c = kit.colors
    b = frame.bleed
    m = frame.margin
    dpi = frame.dpi
    trim: Box = (b, b, frame.width - b, frame.height - b)
    safe: Box = (b + m, b + m, frame.width - b - m, frame.height - b - m)
    safe_w = safe[2] - safe[0]
    trim_h = trim[3] - trim[1]
    body_min = math.ceil(frame.min_disclaimer_px * 1.25)

    def text(name: str) -> str:
        return (fields.get(name) or "").strip()

    texts: dict[str, PlacedText] = {}

    # Footer, from the safe bottom up: the disclaimer (never below its minimum), then QR + "scan".
    y = safe[3]
    footer_content = safe[3]
    disclaimer = text("disclaimer")
    if disclaimer:
        px = max(frame.min_disclaimer_px, round(1.1 * u))
        block = _fit(
            disclaimer,
            fonts,
            "body",
            width=safe_w,
            height=trim_h * 9 // 20,
            max_px=px,
            min_px=px,
            max_lines=1000,
            leading=1.3,
        )
        if block is None:
            raise _NoRoom("disclaimer")
        top = y - block.height
        texts["disclaimer"] = _place(
            block, fonts, "disclaimer", x=safe[0], top=top, color=c.secondary, dpi=dpi
        )
        footer_content = top
        y = top - round(2.6 * u)
    qr: PlacedQr | None = None
    cta = text("cta") if frame.show_cta else ""
    if frame.qr_min_px is not None and link:
        qr = _plan_qr(link, frame.qr_min_px, frame.dpi, left=safe[0], bottom=y)
        footer_content = qr.box[1]
    if cta:
        left = (qr.box[2] + round(4 * u)) if qr else safe[0]
        height = (qr.box[3] - qr.box[1]) if qr else round(12 * u * k)
        block = _fit(
            cta,
            fonts,
            "body_bold",
            width=safe[2] - left,
            height=height,
            max_px=round(5.2 * u * max(k, 0.8)),
            min_px=body_min,
            max_lines=2,
            leading=1.15,
            balance=True,
            relaxed=relaxed,
        )
        if block is None:
            raise _NoRoom("cta")
        if not qr:
            height = block.height
        top = y - height + (height - block.height) // 2
        texts["cta"] = _place(block, fonts, "cta", x=left, top=top, color=c.white, dpi=dpi)
        footer_content = min(footer_content, y - height)
    footer_top = min(footer_content - round(4.5 * u * k), frame.height - b - round(11 * u))
    footer: Box = (0, footer_top, frame.width, frame.height)

    # Hero (background art to the bleed), logo, and the price badge on the hero's edge.
    hero_bottom = b + round(trim_h * frame.hero_share * k) + hero_extra
    hero: Box = (0, 0, frame.width, hero_bottom)
    logo_w = round(32 * u * max(k, 0.8))
    logo_h = round(logo_w * kit.logo.height / kit.logo.width)
    logo: Box = (safe[0], safe[1], safe[0] + logo_w, safe[1] + logo_h)
    badge: Box | None = None
    content_top = hero_bottom + round(5 * u * k)
    price, was = text("price"), text("was_price")
    if price or was:
        d = round(34 * u * k)
        bottom = hero_bottom + round(0.16 * d)
        badge = (safe[2] - d, bottom - d, safe[2], bottom)
        if badge[1] < logo[3] + round(2 * u) and badge[0] < logo[2] + round(2 * u):
            raise _NoRoom("price")
        cx, cy = (badge[0] + badge[2]) // 2, (badge[1] + badge[3]) // 2
        blocks: list[tuple[str, _Block]] = []
        if was:
            got = _one_line(
                was, fonts, "body", width=round(0.56 * d), max_px=round(0.105 * d), min_px=body_min
            )
            if got is None:
                raise _NoRoom("was_price")
            blocks.append(("was_price", got))
        if price:
            got = _one_line(
                price, fonts, "headline", width=round(0.68 * d), max_px=round(0.3 * d), min_px=body_min
            )
            if got is None:
                raise _NoRoom("price")
            blocks.append(("price", got))
        gap = round(0.035 * d)
        total = sum(bl.height for _, bl in blocks) + gap * (len(blocks) - 1)
        if total > 0.52 * d:
            raise _NoRoom("price")
        top = cy - total // 2 + round(0.02 * d)
        for name, bl in blocks:
            texts[name] = _place(
                bl,
                fonts,
                name,
                x=cx,
                top=top,
                color=c.primary,
                dpi=dpi,
                align="center",
                strike_amount=name == "was_price",
            )
            top += bl.height + gap
        content_top = max(content_top, badge[3] + round(3.5 * u * k))

    # Content, between hero and footer: headline, subheadline, then the code pill and the dates.
    content_bottom = footer_top - round(4.5 * u * k)
    room = content_bottom - content_top
    gap_sub = round(2.4 * u * k)
    gap_row = round(4.2 * u * k)
    sub_block: _Block | None = None
    sub = text("subheadline")
    if sub:
        sub_block = _fit(
            sub,
            fonts,
            "body",
            width=safe_w,
            height=max(1, room // 3),
            max_px=round(4.0 * u * k),
            min_px=body_min,
            max_lines=3,
            leading=1.25,
            balance=True,
            relaxed=relaxed,
        )
        if sub_block is None:
            raise _NoRoom("subheadline")
    row = _plan_offer_row(text("code"), text("dates"), fonts, u, k, body_min, safe_w, relaxed)
    used = (sub_block.height + gap_sub if sub_block else 0) + (row.height + gap_row if row else 0)
    headline = text("headline")
    head_block: _Block | None = None
    if headline:
        head_block = _fit(
            headline,
            fonts,
            "headline",
            width=safe_w,
            height=room - used,
            max_px=round(frame.headline_max_u * u * k),
            min_px=round(1.2 * body_min),
            max_lines=3,
            leading=1.02,
            balance=True,
            relaxed=relaxed,
        )
        if head_block is None:
            raise _NoRoom("headline")
    if head_block and sub_block and sub_block.px > 0.7 * head_block.px:
        # Keep the hierarchy when a long headline had to shrink: the subheadline stays smaller.
        smaller = _fit(
            sub,
            fonts,
            "body",
            width=safe_w,
            height=sub_block.height,
            max_px=max(body_min, round(0.7 * head_block.px)),
            min_px=body_min,
            max_lines=len(sub_block.lines),
            leading=1.25,
            balance=True,
        )
        if smaller is not None:
            used -= sub_block.height - smaller.height
            sub_block = smaller
    if head_block and row and row.px > 0.75 * head_block.px:
        smaller_row = _plan_offer_row(
            text("code"),
            text("dates"),
            fonts,
            u,
            k * 0.75 * head_block.px / row.px,
            body_min,
            safe_w,
            relaxed,
        )
        if smaller_row is not None and smaller_row.height <= row.height:
            used -= row.height - smaller_row.height
            row = smaller_row
    total = (head_block.height if head_block else 0) + used
    if not head_block:
        total -= gap_sub if sub_block else (gap_row if row else 0)
    if total > room:
        raise _NoRoom("headline" if head_block else "subheadline")
    y = content_top + (room - total) // 2
    if head_block:
        texts["headline"] = _place(head_block, fonts, "headline", x=safe[0], top=y, color=c.primary, dpi=dpi)
        y += head_block.height + gap_sub
    if sub_block:
        texts["subheadline"] = _place(sub_block, fonts, "subheadline", x=safe[0], top=y, color=c.ink, dpi=dpi)
        y += sub_block.height + gap_row
    elif head_block:
        y += gap_row - gap_sub
    pill: Box | None = None
    if row:
        pill = row.place(texts, fonts, x=safe[0], top=y, colors=c, dpi=dpi)

    layout = PosterLayout(
        width=frame.width,
        height=frame.height,
        dpi=dpi,
        bleed_px=b,
        trim=trim,
        safe=safe,
        hero=hero,
        footer=footer,
        logo=logo,
        badge=badge,
        pill=pill,
        texts=texts,
        qr=qr,
        scale=k,
    )
    return layout, room - total


@dataclass(frozen=True)
class _OfferRow:
    """The promo code in a coupon pill, and the validity dates beside it (or under it)."""

    code: _Block | None
    dates: _Block | None
    px: int
    pad_x: int
    pad_y: int
    gap: int
    beside: bool

    @property
    def pill_size(self) -> tuple[int, int]:
        if not self.code:
            return (0, 0)
        return (self.code.width + 2 * self.pad_x, self.code.height + 2 * self.pad_y)

    @property
    def height(self) -> int:
        pill_h = self.pill_size[1]
        dates_h = self.dates.height if self.dates else 0
        if self.beside:
            return max(pill_h, dates_h)
        return pill_h + (self.gap if self.code and self.dates else 0) + dates_h

    def place(
        self,
        texts: dict[str, PlacedText],
        fonts: Mapping[str, Path],
        *,
        x: int,
        top: int,
        colors: _Colors,
        dpi: int,
    ) -> Box | None:
        pill: Box | None = None
        pill_w, pill_h = self.pill_size
        height = self.height
        if self.code:
            pill_top = top + (height - pill_h) // 2 if self.beside else top
            pill = (x, pill_top, x + pill_w, pill_top + pill_h)
            texts["code"] = _place(
                self.code,
                fonts,
                "code",
                x=x + pill_w // 2,
                top=pill_top + self.pad_y,
                color=colors.primary,
                dpi=dpi,
                align="center",
            )
        if self.dates:
            if self.beside and self.code:
                dx, dtop = x + pill_w + self.gap, top + (height - self.dates.height) // 2
            else:
                dx, dtop = x, top + (pill_h + self.gap if self.code else 0)
            texts["dates"] = _place(self.dates, fonts, "dates", x=dx, top=dtop, color=colors.primary, dpi=dpi)
        return pill


def _plan_offer_row(
    code: str,
    dates: str,
    fonts: Mapping[str, Path],
    u: float,
    k: float,
    body_min: int,
    width: int,
    relaxed: bool,
) -> _OfferRow | None:
    if not code and not dates:
        return None
    px = max(body_min, round(3.4 * u * k))
    pad_x, pad_y = round(0.9 * px), round(0.55 * px)
    gap = round(3 * u * k)
    code_block = None
    if code:
        code_block = _one_line(code, fonts, "body_bold", width=width - 2 * pad_x, max_px=px, min_px=body_min)
        if code_block is None:
            raise _NoRoom("code")
    dates_px = max(body_min, round(3.2 * u * k))
    if not dates:
        return _OfferRow(code_block, None, px, pad_x, pad_y, gap, beside=False)
    beside_w = width - (code_block.width + 2 * pad_x + gap if code_block else 0)
    beside = _fit(
        dates,
        fonts,
        "body_bold",
        width=beside_w,
        height=10**6,
        max_px=dates_px,
        min_px=dates_px,
        max_lines=2,
        leading=1.2,
        balance=True,
    )
    if beside is not None:
        return _OfferRow(code_block, beside, px, pad_x, pad_y, gap, beside=True)
    under = _fit(
        dates,
        fonts,
        "body_bold",
        width=width,
        height=10**6,
        max_px=dates_px,
        min_px=body_min,
        max_lines=2,
        leading=1.2,
        balance=True,
        relaxed=relaxed,
    )
    if under is None:
        raise _NoRoom("dates")
    return _OfferRow(code_block, under, px, pad_x, round(0.5 * px), round(1.6 * u * k), beside=False)


@lru_cache(maxsize=32)
def _qr_symbol(data: str) -> tuple[tuple[bytes, ...], str, int]:
    import segno

    try:
        code = segno.make_qr(data, error=QR_ERROR, boost_error=False)
    except segno.DataOverflowError:
        message = "the link is too long for a QR code"
        raise ValidationError(message, problems=[Problem(message, field="cta")]) from None
    return tuple(bytes(row) for row in code.matrix), str(code.error), int(code.version)


def _plan_qr(data: str, min_px: int, dpi: int, *, left: int, bottom: int) -> PlacedQr:
    matrix, error, version = _qr_symbol(data)
    modules = len(matrix)
    module_px = math.ceil(min_px / modules)
    side = module_px * (modules + 2 * QR_QUIET_ZONE)
    return PlacedQr(
        data=data,
        error=error,
        version=version,
        modules=modules,
        module_px=module_px,
        box=(left, bottom - side, left + side, bottom),
        symbol_mm=round(module_px * modules / dpi * MM_PER_INCH, 2),
    )


# -- drawing ----------------------------------------------------------------------------------------


def _compose(frame: _Frame, kit: _Kit, fields: Mapping[str, str], link: str | None) -> Poster:
    layout = _plan(frame, kit, fields, link)
    c = kit.colors
    image = Image.new("RGB", (frame.width, frame.height), c.paper)
    draw = ImageDraw.Draw(image)

    _draw_hero(image, layout.hero, kit)
    _draw_scrim(image, layout, c.primary)
    if layout.logo:
        box = layout.logo
        logo = _logo_at(kit.logo_key, (box[2] - box[0], box[3] - box[1]))
        image.paste(logo, box[:2], logo)
    # A thin accent line where the hero meets the page, as on the brand's packaging.
    rule = max(2, round(0.45 * frame.unit))
    draw.rectangle((0, layout.hero[3], frame.width, layout.hero[3] + rule - 1), fill=c.accent)
    draw.rectangle(layout.footer, fill=c.primary)
    draw.rectangle((0, layout.footer[1], frame.width, layout.footer[1] + rule - 1), fill=c.accent)
    if layout.badge:
        _draw_badge(image, layout.badge, c, frame.unit)
    if layout.pill:
        _draw_pill(draw, layout.pill, c, frame.unit)
    for placed in layout.texts.values():
        face = _face(kit.fonts, placed.font, placed.px)
        for line, origin in zip(placed.lines, placed.origins, strict=True):
            face.draw(draw, origin, line, placed.color)
        if placed.strike:
            draw.rectangle((*placed.strike[:2], placed.strike[2] - 1, placed.strike[3] - 1), fill=c.primary)
    if layout.qr:
        _draw_qr(image, layout.qr, c.ink)
    image.info["dpi"] = (frame.dpi, frame.dpi)
    return Poster(image=image, layout=layout)


def _draw_hero(image: Image.Image, box: Box, kit: _Kit) -> None:
    width, height = box[2] - box[0], box[3] - box[1]
    if kit.hero_key is not None:
        image.paste(_hero_fitted(kit.hero_key, (width, height), kit.colors.paper), box[:2])
        return
    _draw_sunrise(image, box, kit.colors)


def _draw_sunrise(image: Image.Image, box: Box, c: _Colors) -> None:
    """Background art when there is no photo: the brand's sun rising, in its colours."""
    width, height = box[2] - box[0], box[3] - box[1]
    scale = 4 if width * height < 2_000_000 else 1
    art = Image.new("RGB", (width // scale, height // scale), c.primary)
    draw = ImageDraw.Draw(art)
    w, h = art.size
    cx, cy = w // 2, h + h // 6
    radius = int(math.hypot(w, h) * 1.2)
    ray = _mix(c.primary, c.accent, 0.12)
    for i in range(0, 36, 2):
        a0, a1 = math.radians(180 + i * 5), math.radians(180 + (i + 1) * 5)
        draw.polygon(
            [
                (cx, cy),
                (cx + radius * math.cos(a0), cy + radius * math.sin(a0)),
                (cx + radius * math.cos(a1), cy + radius * math.sin(a1)),
            ],
            fill=ray,
        )
    for t, r in ((0.25, 0.62), (0.55, 0.48), (1.0, 0.36)):
        rr = int(h * r)
        draw.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), fill=_mix(c.primary, c.accent, t))
    if scale > 1:
        art = art.resize((width, height), Image.Resampling.BICUBIC)
    else:
        art = art.filter(ImageFilter.SMOOTH)
    image.paste(art, box[:2])


def _draw_scrim(image: Image.Image, layout: PosterLayout, color: Rgb) -> None:
    """A shade at the top of the hero so the white logo reads on any photo."""
    if not layout.logo:
        return
    height = min(layout.hero[3], layout.logo[3] + (layout.logo[3] - layout.logo[1]) * 2)
    gradient = Image.linear_gradient("L").rotate(180).resize((1, height))
    mask = gradient.point(lambda v: round(v * 0.62)).resize((image.width, height))
    image.paste(Image.new("RGB", (image.width, height), color), (0, 0), mask)


@lru_cache(maxsize=16)
def _disc(diameter: int) -> Image.Image:
    """An anti-aliased disc mask."""
    over = 4 if diameter < 800 else 2
    big = Image.new("L", (diameter * over, diameter * over), 0)
    ImageDraw.Draw(big).ellipse((0, 0, diameter * over - 1, diameter * over - 1), fill=255)
    return big.resize((diameter, diameter), Image.Resampling.LANCZOS)


def _draw_badge(image: Image.Image, box: Box, c: _Colors, unit: float) -> None:
    d = box[2] - box[0]
    # Soft shadow, drawn small and blurred.
    offset = round(0.8 * unit)
    pad = round(2.5 * unit)
    small = 4
    shadow = Image.new("L", ((d + 2 * pad) // small, (d + 2 * pad) // small), 0)
    ImageDraw.Draw(shadow).ellipse(
        (pad // small, pad // small, (pad + d) // small, (pad + d) // small), fill=110
    )
    shadow = shadow.filter(ImageFilter.GaussianBlur(max(1, pad // small // 2))).resize(
        (d + 2 * pad, d + 2 * pad)
    )
    image.paste(Image.new("RGB", shadow.size, c.ink), (box[0] - pad, box[1] - pad + offset), shadow)
    disc = _disc(d)
    image.paste(Image.new("RGB", (d, d), c.accent), box[:2], disc)
    ring_inset = round(0.045 * d)
    ring = max(2, round(0.008 * d))
    inner = d - 2 * ring_inset
    outer_mask = _disc(inner)
    inner_mask = _disc(inner - 2 * ring)
    ring_mask = outer_mask.copy()
    ring_mask.paste(0, (ring, ring), inner_mask)
    image.paste(
        Image.new("RGB", (inner, inner), c.paper), (box[0] + ring_inset, box[1] + ring_inset), ring_mask
    )


def _draw_pill(draw: ImageDraw.ImageDraw, box: Box, c: _Colors, unit: float) -> None:
    height = box[3] - box[1]
    outline = max(2, round(0.3 * unit))
    draw.rounded_rectangle(
        (box[0], box[1], box[2] - 1, box[3] - 1),
        radius=height // 2,
        fill=c.secondary,
        outline=c.primary,
        width=outline,
    )


def _draw_qr(image: Image.Image, qr: PlacedQr, ink: Rgb) -> None:
    matrix, _, _ = _qr_symbol(qr.data)
    n = len(matrix)
    light = bytes(0 if dark else 255 for row in matrix for dark in row)
    symbol = Image.frombytes("L", (n, n), light)
    symbol = ImageOps.expand(symbol, border=QR_QUIET_ZONE, fill=255)
    side = qr.box[2] - qr.box[0]
    symbol = symbol.resize((side, side), Image.Resampling.NEAREST)
    tile = Image.new("RGB", (side, side), ink)
    tile.paste((255, 255, 255), (0, 0), symbol)
    image.paste(tile, qr.box[:2])
