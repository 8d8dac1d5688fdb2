"""The brand's material for posters: images decoded safely, fonts, colours, units (cached per version)."""

from __future__ import annotations

import io
import threading
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
    ImageFont,
    ImageOps,
    UnidentifiedImageError,
)

from studio.errors import AssetError, NotFoundError, Problem
from studio.render.signage.metrics import font_digest, image_size, measured
from studio.workspace import BrandKit, Workspace

MAX_IMAGE_PIXELS = 50_000_000
#: Formats accepted for hero images and logos (no exotic decoders on user files).
IMAGE_FORMATS = ("JPEG", "PNG", "WEBP")
#: The QR symbol (without its quiet zone) is never narrower than this on paper.
MM_PER_INCH = 25.4
PT_PER_INCH = 72.0

Box = tuple[int, int, int, int]
"""left, top, right, bottom in image pixels (right/bottom exclusive)."""
Rgb = tuple[int, int, int]


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
    #: the logo's width and height (a plan needs no pixels)
    logo_size: tuple[int, int]
    #: the files behind the logo and the hero photo (None: no photo), for the caches below
    logo_key: _SourceKey
    hero_key: _SourceKey | None

    @property
    def logo(self) -> Image.Image:
        """The logo, decoded when something is drawn."""
        return _logo(self.logo_key)

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
            _checked(hero_key)  # a broken photo is refused now, naming its file
        c = brand.colors
        colors = _Colors(
            primary=_rgb(c.primary),
            secondary=_rgb(c.secondary),
            accent=_rgb(c.accent),
            ink=_rgb(c.ink),
            paper=_rgb(c.paper),
        )
        logo_size = _checked(logo_key)
        return cls(fonts=fonts, colors=colors, logo_size=logo_size, logo_key=logo_key, hero_key=hero_key)


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


@lru_cache(maxsize=16)
def _checked(key: _SourceKey) -> tuple[int, int]:
    """The size of an image file :func:`load_image` accepts, or its :class:`AssetError`; decoded
    only when these very bytes were never decoded before (:func:`.metrics.image_size`)."""
    path = Path(key[0])
    try:
        data = path.read_bytes()
    except OSError:
        return _decoded(*key).size  # raises the AssetError that names the file
    limits = (MAX_IMAGE_PIXELS, Image.MAX_IMAGE_PIXELS, IMAGE_FORMATS, path.suffix.lower())
    return image_size(data, limits, lambda: _decoded(*key).size)


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

    path: Path
    px: int
    mtime_ns: int
    features: tuple[str, ...]
    #: the font file's digest: its measurements are kept between runs (:mod:`.metrics`)
    digest: str = ""

    @property
    def font(self) -> ImageFont.FreeTypeFont:
        """The font at this size, opened when something is measured or drawn for the first time."""
        return _font_cached(self.path, self.px, self.mtime_ns)

    def bbox(self, text: str) -> Box:
        return _bbox(self, text)

    def length(self, text: str) -> float:
        return float(self.font.getlength(text, features=list(self.features) or None))

    def draw(self, draw: ImageDraw.ImageDraw, origin: tuple[int, int], text: str, fill: Rgb) -> None:
        draw.text(origin, text, font=self.font, fill=fill, anchor="ls", features=list(self.features) or None)


@lru_cache(maxsize=16384)
def _bbox(face: _Face, text: str) -> Box:
    # Fitting measures the same candidate lines again and again (sizes, balancing, two passes),
    # and the next run measures most of them again: both are remembered.
    def measure() -> Box:
        left, top, right, bottom = face.font.getbbox(text, anchor="ls", features=list(face.features) or None)
        return (int(left), int(top), int(right), int(bottom))

    if not face.digest:
        return measure()
    return measured(face.digest, (face.px, face.features, text), measure)


@lru_cache(maxsize=1)
def _role_features() -> Mapping[str, tuple[str, ...]]:
    from PIL import features

    # Vollkorn's default old-style figures sink "2,50 €" below the line: prices want lining figures.
    # OpenType features need libraqm; without it Pillow's basic layout draws the defaults.
    return {"headline": ("lnum",)} if features.check("raqm") else {}


def _face(fonts: Mapping[str, Path], role: str, px: int) -> _Face:
    path = fonts[role]
    mtime_ns = path.stat().st_mtime_ns
    return _Face(path, px, mtime_ns, _role_features().get(role, ()), _digest(path, mtime_ns))


@lru_cache(maxsize=16)
def _digest(path: Path, mtime_ns: int) -> str:
    return font_digest(_font_bytes(path, mtime_ns))


@lru_cache(maxsize=16)
def _x_height_cached(path: Path, mtime_ns: int) -> float:
    font = ImageFont.truetype(io.BytesIO(_font_bytes(path, mtime_ns)), 1000)
    return -float(font.getbbox("x", anchor="ls")[1]) / 1000


def _x_height(fonts: Mapping[str, Path], role: str) -> float:
    """The x-height of a brand font, in em."""
    path = fonts[role]
    return _x_height_cached(path, path.stat().st_mtime_ns)


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


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """An sRGB ICC profile (LittleCMS's built-in, so no file to license), for every PNG the studio
    writes and the print PDF's RGB colours: the pixels are sRGB, and now they say so."""
    from PIL import ImageCms

    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
