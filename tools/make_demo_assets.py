"""Generate the Café Aurora demo brand assets (logo PNGs and hero images).

Café Aurora is a fictional coffee chain used by the Campaign Studio demos. This
script reads the colours and fonts from ``assets/brand.yaml`` and draws, with
Pillow only:

* ``assets/logo/aurora-logo.png``        colour lockup (mark + wordmark), transparent
* ``assets/logo/aurora-logo-white.png``  the same lockup in white, for dark backgrounds
* ``assets/logo/aurora-mark.png``        the mark alone, 512×512, transparent
* ``assets/images/*.jpg``                three 3600×2025 hero illustrations (no text)

It also checks that every brand font renders the Spanish/Latin glyphs we need and
that the brand colours meet WCAG AA contrast, and fails loudly if not.

The output is deterministic: run it again and the files come out byte-identical
(for a given Pillow version). Run it from the repository root::

    .venv/bin/python tools/make_demo_assets.py              # everything
    .venv/bin/python tools/make_demo_assets.py logo         # only the logo PNGs
    .venv/bin/python tools/make_demo_assets.py images       # only the hero images

``assets/logo/aurora-logo.svg`` is hand-written; its geometry (512-unit mark
coordinates) matches the constants below, so keep the two in step.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml
from PIL import Image, ImageCms, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"

RGB = tuple[int, int, int]
RGBA = tuple[int, int, int, int]
Fill = RGB | RGBA | int  # int: a grey level, for "L" masks
Point = tuple[float, float]
Bezier = tuple[Point, Point, Point, Point]

#: Glyphs every brand font must have: Spanish, the euro sign, and the extra letters
#: of Catalan and Portuguese (the other languages the demo campaigns use).
REQUIRED_GLYPHS = "áéíóúüñÁÉÍÓÚÜÑ¿¡€" + "àèòïçÀÈÒÏÇ·" + "ãõâêôÃÕÂÊÔ" + "«»–—“”‘’"
#: Minimum contrast ratio (WCAG 2.x AA, normal text).
MIN_CONTRAST = 4.5
#: Supersampling factor for anti-aliased drawing.
SS = 4
HERO_SIZE = (1600, 900)
#: Drawn at 3× the scene units, then reduced: 3600 × 2025 px fill an A3 poster's hero band
#: (303 × 201 mm at most) at 256 ppi or more (the print checks warn below 250 ppi: studio/print_checks.py)
HERO_SS = 3
HERO_FILE_SIZE = (3600, 2025)
JPEG_MAX_BYTES = 700 * 1024

# --- Mark geometry, in a 512×512 box (same numbers as aurora-logo.svg) ---------------
SUN_CENTER: Point = (256, 268)
SUN_RADIUS = 84
STEAM_WIDTH = 18
STEAM: tuple[Bezier, ...] = (
    ((182, 186), (175, 166), (150, 162), (142, 142)),
    ((256, 158), (265, 131), (247, 105), (256, 78)),
    ((330, 186), (337, 166), (362, 162), (370, 142)),
)
#: Cup body: rim from x=120 to 392 at y=288, bowl down to y=416.
CUP_RIM = 288
CUP_BOTTOM = 416
CUP: tuple[Point | Bezier, ...] = (
    (120, 288),
    (392, 288),
    ((392, 288), (392, 370), (350, 416), (292, 416)),
    (220, 416),
    ((220, 416), (162, 416), (120, 370), (120, 288)),
)
HANDLE_CENTER: Point = (392, 322)
HANDLE_RADIUS = 25  # centre line of the ring, as in SVG
HANDLE_WIDTH = 18
SAUCER: tuple[Point | Bezier, ...] = (
    (96, 430),
    (416, 430),
    ((416, 430), (416, 446), (402, 454), (384, 454)),
    (128, 454),
    ((128, 454), (110, 454), (96, 446), (96, 430)),
)
#: Ink bounds of the whole mark (x0, y0, x1, y1): saucer, steam tip, handle, saucer.
MARK_BOUNDS = (96, 69, 426, 454)


# --- Brand data -----------------------------------------------------------------------
@dataclass(frozen=True)
class Brand:
    name: str
    primary: RGB
    secondary: RGB
    accent: RGB
    ink: RGB
    paper: RGB
    headline: Path
    body: Path
    body_bold: Path


def hex_to_rgb(value: str) -> RGB:
    value = value.strip().lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #RRGGBB colour: {value!r}")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


def load_brand(path: Path) -> Brand:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    colors = data["colors"]
    fonts = data["fonts"]
    return Brand(
        name=str(data["name"]),
        primary=hex_to_rgb(colors["primary"]),
        secondary=hex_to_rgb(colors["secondary"]),
        accent=hex_to_rgb(colors["accent"]),
        ink=hex_to_rgb(colors["ink"]),
        paper=hex_to_rgb(colors["paper"]),
        headline=ASSETS / fonts["headline"],
        body=ASSETS / fonts["body"],
        body_bold=ASSETS / fonts["body_bold"],
    )


# --- Checks ---------------------------------------------------------------------------
def relative_luminance(color: RGB) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: RGB, b: RGB) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def check_contrast(brand: Brand) -> None:
    white: RGB = (255, 255, 255)
    pairs = {
        "ink on paper": (brand.ink, brand.paper),
        "white on primary": (white, brand.primary),
        "ink on secondary": (brand.ink, brand.secondary),
        "primary on paper": (brand.primary, brand.paper),
        "ink on accent": (brand.ink, brand.accent),
    }
    required = {"ink on paper", "white on primary"}
    failed = []
    for label, (fg, bg) in pairs.items():
        ratio = contrast_ratio(fg, bg)
        verdict = "AA" if ratio >= MIN_CONTRAST else "below AA"
        print(f"contrast {label:<18} {ratio:5.2f}:1  {verdict}")
        if label in required and ratio < MIN_CONTRAST:
            failed.append(label)
    if failed:
        raise SystemExit(f"contrast below {MIN_CONTRAST}:1 for: {', '.join(failed)}")


def check_glyphs(font_path: Path) -> None:
    """Fail if any REQUIRED_GLYPHS would render as the missing-glyph box (tofu)."""
    font = ImageFont.truetype(str(font_path), 64)

    def render(ch: str) -> Image.Image:
        canvas = Image.new("L", (160, 160), 0)
        ImageDraw.Draw(canvas).text((40, 40), ch, font=font, fill=255)
        return canvas

    notdef = render("\U000f0000").tobytes()  # plane-15 private use: never in a brand font
    missing = []
    for ch in REQUIRED_GLYPHS:
        glyph = render(ch)
        if glyph.getbbox() is None or glyph.tobytes() == notdef:
            missing.append(ch)
    if missing:
        raise SystemExit(f"{font_path.name}: no glyph for {' '.join(missing)}")
    print(f"glyphs   {font_path.name:<20} ok: {REQUIRED_GLYPHS}")


# --- Drawing helpers ------------------------------------------------------------------
def bezier_points(curve: Bezier, steps: int = 48) -> list[Point]:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = curve
    points = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        a, b, c, d = u**3, 3 * u * u * t, 3 * u * t * t, t**3
        points.append((a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
    return points


def outline_points(path: Sequence[Point | Bezier]) -> list[Point]:
    """Flatten a path made of points and cubic Béziers into a polygon."""
    points: list[Point] = []
    for item in path:
        if len(item) == 4:
            points.extend(bezier_points(item))
        else:
            points.append(item)
    return points


class Pen:
    """ImageDraw wrapper that takes coordinates in design units and scales them."""

    def __init__(self, image: Image.Image, scale: float, offset: Point = (0, 0)) -> None:
        self.image = image
        self.draw = ImageDraw.Draw(image)
        self.k = scale
        self.ox, self.oy = offset

    def p(self, point: Point) -> Point:
        return (self.ox + point[0] * self.k, self.oy + point[1] * self.k)

    def box(self, box: Sequence[float]) -> tuple[float, float, float, float]:
        x0, y0 = self.p((box[0], box[1]))
        x1, y1 = self.p((box[2], box[3]))
        return (x0, y0, x1, y1)

    def polygon(self, points: Sequence[Point], fill: Fill) -> None:
        self.draw.polygon([self.p(pt) for pt in points], fill=fill)

    def path(self, path: Sequence[Point | Bezier], fill: Fill) -> None:
        self.polygon(outline_points(path), fill)

    def ellipse(
        self,
        box: Sequence[float],
        fill: Fill | None,
        outline: Fill | None = None,
        width: float = 0,
    ) -> None:
        self.draw.ellipse(self.box(box), fill=fill, outline=outline, width=max(0, round(width * self.k)))

    def circle(self, center: Point, radius: float, fill: Fill) -> None:
        x, y = center
        self.ellipse((x - radius, y - radius, x + radius, y + radius), fill)

    def rect(self, box: Sequence[float], fill: Fill, radius: float = 0) -> None:
        if radius:
            self.draw.rounded_rectangle(self.box(box), radius=radius * self.k, fill=fill)
        else:
            self.draw.rectangle(self.box(box), fill=fill)

    def stroke(self, points: Sequence[Point], fill: Fill, width: float, caps: bool = True) -> None:
        """A polyline with round joints and (optionally) round caps."""
        scaled = [self.p(pt) for pt in points]
        w = max(1, round(width * self.k))
        self.draw.line(scaled, fill=fill, width=w, joint="curve")
        if caps:
            r = w / 2
            for x, y in (scaled[0], scaled[-1]):
                self.draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)

    def curve(self, curve: Bezier, fill: Fill, width: float, end_width: float | None = None) -> None:
        """A smooth round-capped stroke along a cubic Bézier, optionally tapering."""
        points = [self.p(pt) for pt in bezier_points(curve, 96)]
        w0 = width * self.k / 2
        w1 = (width if end_width is None else end_width) * self.k / 2
        left: list[Point] = []
        right: list[Point] = []
        last = len(points) - 1
        for i, (x, y) in enumerate(points):
            ax, ay = points[max(0, i - 1)]
            bx, by = points[min(last, i + 1)]
            length = math.hypot(bx - ax, by - ay) or 1.0
            nx, ny = -(by - ay) / length, (bx - ax) / length
            r = w0 + (w1 - w0) * i / last
            left.append((x + nx * r, y + ny * r))
            right.append((x - nx * r, y - ny * r))
        self.draw.polygon(left + right[::-1], fill=fill)
        for (x, y), r in ((points[0], w0), (points[-1], w1)):
            self.draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)

    def arc_ring(self, center: Point, radius: float, fill: Fill, width: float) -> None:
        """A circle stroked like SVG: ``radius`` is the centre line of a ``width`` wide ring."""
        x, y = center
        r = radius + width / 2
        self.ellipse((x - r, y - r, x + r, y + r), None, outline=fill, width=width)


def layer(size: tuple[int, int]) -> Image.Image:
    return Image.new("RGBA", size, (0, 0, 0, 0))


def with_alpha(color: RGB, alpha: int) -> RGBA:
    return (color[0], color[1], color[2], alpha)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def multi_gradient(size: tuple[int, int], stops: Sequence[tuple[float, RGB]]) -> Image.Image:
    """A vertical gradient through colour ``stops`` (position 0 at the top, 1 at the bottom)."""
    width, height = size
    column = Image.new("RGBA", (1, height))
    for y in range(height):
        t = y / max(1, height - 1)
        color = stops[-1][1]
        for (t0, c0), (t1, c1) in itertools.pairwise(stops):
            if t0 <= t <= t1:
                color = mix(c0, c1, (t - t0) / ((t1 - t0) or 1))
                break
        column.putpixel((0, y), (*color, 255))
    return column.resize((width, height), Image.Resampling.NEAREST)


def vertical_gradient(size: tuple[int, int], top: RGB, bottom: RGB) -> Image.Image:
    return multi_gradient(size, [(0.0, top), (1.0, bottom)])


def radial_glow(
    size: tuple[int, int], center: Point, radius: float, color: RGB, strength: int
) -> Image.Image:
    """A soft radial light: ``strength`` alpha in the centre fading smoothly to 0 at ``radius``."""
    d = max(2, round(radius * 2))
    # radial_gradient() is 0 in the centre and 255 in the corners, i.e. at 128·√2 pixels.
    falloff = Image.radial_gradient("L").point(
        lambda v: round(strength * max(0.0, 1 - (v / 255 * math.sqrt(2)) ** 2) ** 2)
    )
    alpha = Image.new("L", size, 0)
    alpha.paste(
        falloff.resize((d, d), Image.Resampling.BICUBIC),
        (round(center[0] - radius), round(center[1] - radius)),
    )
    glow = Image.new("RGBA", size, (*color, 0))
    glow.putalpha(alpha)
    return glow


def shadow_of(
    shape: Image.Image, blur: float, opacity: float, offset: Point, color: RGB = (0, 0, 0)
) -> Image.Image:
    """A blurred drop shadow built from the alpha of ``shape``."""
    alpha = shape.getchannel("A").point(lambda v: round(v * opacity))
    alpha = alpha.filter(ImageFilter.GaussianBlur(blur))
    out = layer(shape.size)
    out.paste(Image.new("RGBA", shape.size, (*color, 255)), (round(offset[0]), round(offset[1])), alpha)
    return out


def stamp(base: Image.Image, tile: Image.Image, center: Point, angle: float) -> None:
    """Rotate ``tile`` by ``angle`` degrees and composite it centred on ``center``."""
    rotated = tile.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    x = round(center[0] - rotated.width / 2)
    y = round(center[1] - rotated.height / 2)
    base.alpha_composite(rotated, (max(0, x), max(0, y)), (max(0, -x), max(0, -y)))


def vignette(image: Image.Image, strength: int) -> None:
    w, h = image.size
    mask = Image.radial_gradient("L").resize((w, h), Image.Resampling.BICUBIC)
    mask = mask.point(lambda v: round(strength * max(0.0, (v - 90) / 165) ** 1.5))
    dark = Image.new("RGBA", (w, h), (0, 0, 0, 255))
    dark.putalpha(mask)
    image.alpha_composite(dark)


def finish_hero(canvas: Image.Image, path: Path) -> None:
    image = canvas.convert("RGB")
    if image.size != HERO_FILE_SIZE:
        image = image.resize(HERO_FILE_SIZE, Image.Resampling.LANCZOS)
    for quality in (88, 84, 80, 75, 70):
        path.parent.mkdir(parents=True, exist_ok=True)
        image.save(path, "JPEG", quality=quality, optimize=True, progressive=True, subsampling="4:2:0")
        if path.stat().st_size <= JPEG_MAX_BYTES:
            break
    else:
        raise SystemExit(f"{path.name} is still over {JPEG_MAX_BYTES} bytes")
    print(f"wrote    {path.relative_to(ROOT)}  {image.width}×{image.height}  q{quality}")


# --- Logo -----------------------------------------------------------------------------
@dataclass(frozen=True)
class MarkColors:
    cup: RGB
    sun: RGB
    steam: RGB


def draw_mark(target: Image.Image, origin: Point, size: float, colors: MarkColors) -> None:
    """Draw the mark into ``target`` (a supersampled RGBA image) in a ``size`` px square."""
    pen = Pen(target, size / 512, origin)
    # Handle first: the cup body covers its left half.
    pen.arc_ring(HANDLE_CENTER, HANDLE_RADIUS, colors.cup, HANDLE_WIDTH)
    pen.path(CUP, colors.cup)
    pen.path(SAUCER, colors.cup)
    cx, cy = SUN_CENTER
    pen.draw.pieslice(
        pen.box((cx - SUN_RADIUS, cy - SUN_RADIUS, cx + SUN_RADIUS, cy + SUN_RADIUS)),
        180,
        360,
        fill=colors.sun,
    )
    for curve in STEAM:
        pen.curve(curve, colors.steam, STEAM_WIDTH)


def make_mark(brand: Brand, size: int) -> Image.Image:
    big = layer((size * SS, size * SS))
    draw_mark(big, (0, 0), size * SS, MarkColors(brand.primary, brand.accent, brand.accent))
    return big.resize((size, size), Image.Resampling.LANCZOS)


@dataclass(frozen=True)
class Lockup:
    """Where the mark and the wordmark go in the horizontal logo (pixels)."""

    width: int
    height: int
    mark_x: float  # origin of the 512-unit mark box
    mark_y: float
    mark_scale: float  # pixels per mark unit
    text_x: float
    baseline: float
    font_size: int


def lockup_layout(brand: Brand, width: int = 1200) -> Lockup:
    """Mark on the left; wordmark on the right, its caps as tall as the cup, sitting on the cup's base.

    The height is chosen so that the whole lockup is ``width`` pixels wide.
    """
    x0, y0, x1, y1 = MARK_BOUNDS
    cap_ratio = -ImageFont.truetype(str(brand.headline), 1000).getbbox("H", anchor="ls")[1] / 1000

    def layout(height: float) -> Lockup:
        pad = round(height * 0.04, 1)
        scale = round((height - 2 * pad) / (y1 - y0), 4)
        mark_x = round(pad - x0 * scale, 1)
        mark_y = round(pad - y0 * scale, 1)
        font_size = round((CUP_BOTTOM - CUP_RIM) * scale / cap_ratio)
        text_x = round(mark_x + x1 * scale + height * 0.11, 1)
        baseline = round(mark_y + CUP_BOTTOM * scale, 1)
        font = ImageFont.truetype(str(brand.headline), font_size)
        _left, _top, right, _bottom = font.getbbox(brand.name, anchor="ls")
        total = text_x + right + pad
        return Lockup(round(total), round(height), mark_x, mark_y, scale, text_x, baseline, font_size)

    trial = layout(1000)
    best = layout(1000 * width / trial.width)
    return dataclasses.replace(best, width=width)


def make_lockup(brand: Brand, colors: MarkColors, text: RGB) -> Image.Image:
    lay = lockup_layout(brand)
    big = layer((lay.width * SS, lay.height * SS))
    draw_mark(big, (lay.mark_x * SS, lay.mark_y * SS), 512 * lay.mark_scale * SS, colors)
    font = ImageFont.truetype(str(brand.headline), lay.font_size * SS)
    ImageDraw.Draw(big).text(
        (lay.text_x * SS, lay.baseline * SS), brand.name, font=font, fill=text, anchor="ls"
    )
    return big.resize((lay.width, lay.height), Image.Resampling.LANCZOS)


def save_png(image: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Tagged sRGB (LittleCMS's built-in profile): the pixels are sRGB, and copies say so too (email images).
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    image.save(path, "PNG", optimize=True, icc_profile=srgb)
    print(f"wrote    {path.relative_to(ROOT)}  {image.width}×{image.height}")


def make_logos(brand: Brand) -> None:
    white: RGB = (255, 255, 255)
    save_png(make_mark(brand, 512), ASSETS / "logo" / "aurora-mark.png")
    colour = MarkColors(brand.primary, brand.accent, brand.accent)
    save_png(make_lockup(brand, colour, brand.primary), ASSETS / "logo" / "aurora-logo.png")
    save_png(
        make_lockup(brand, MarkColors(white, white, white), white), ASSETS / "logo" / "aurora-logo-white.png"
    )
    lay = lockup_layout(brand)
    print(
        f"lockup   {lay.width}×{lay.height}: mark translate({lay.mark_x} {lay.mark_y}) "
        f"scale({lay.mark_scale}), "
        f"text x={lay.text_x} y={lay.baseline} font-size={lay.font_size} (keep aurora-logo.svg in step)"
    )


# --- Hero images ----------------------------------------------------------------------
Painter = Callable[[Brand], Image.Image]


def hero_canvas() -> tuple[Image.Image, int]:
    k = HERO_SS
    return layer((round(HERO_SIZE[0] * k), round(HERO_SIZE[1] * k))), k


def sparkle(pen: Pen, center: Point, radius: float, color: RGBA) -> None:
    """A four-pointed star."""
    x, y = center
    r2 = radius * 0.22
    pen.polygon(
        [
            (x, y - radius),
            (x + r2, y - r2),
            (x + radius, y),
            (x + r2, y + r2),
            (x, y + radius),
            (x - r2, y + r2),
            (x - radius, y),
            (x - r2, y - r2),
        ],
        color,
    )


def paint_navidad(brand: Brand) -> Image.Image:
    rng = random.Random(2412)
    img, k = hero_canvas()
    size = img.size
    img.alpha_composite(vertical_gradient(size, (96, 26, 32), (40, 12, 14)))
    img.alpha_composite(radial_glow(size, (930 * k, 400 * k), 760 * k, (236, 128, 64), 110))

    # Bokeh: warm, out-of-focus lights far behind.
    bokeh = layer(size)
    pen = Pen(bokeh, k)
    palette: list[RGB] = [(255, 206, 120), (255, 178, 96), (255, 226, 176), brand.accent]
    for _ in range(26):
        x, y = rng.uniform(0, 1600), rng.uniform(140, 600)
        if 740 < x < 1130:
            continue
        pen.circle((x, y), rng.uniform(18, 52), with_alpha(rng.choice(palette), rng.randint(30, 75)))
    img.alpha_composite(bokeh.filter(ImageFilter.GaussianBlur(4 * k)))

    # A garland of fairy lights across the top.
    def sag(x: float) -> float:
        t = x / 1600
        return 60 + 40 * t + 150 * 4 * t * (1 - t)

    wire = [(float(x), sag(x)) for x in range(-40, 1660, 20)]
    Pen(img, k).stroke(wire, (44, 16, 14, 255), 3)
    bulbs = layer(size)
    bulb_pen = Pen(bulbs, k)
    bulb_colors: list[RGB] = [(255, 222, 150), (255, 190, 100), (255, 238, 200)]
    for i, x in enumerate(range(40, 1600, 104)):
        y = sag(x) + 4
        color = bulb_colors[i % len(bulb_colors)]
        img.alpha_composite(radial_glow(size, (x * k, (y + 16) * k), 52 * k, color, 130))
        bulb_pen.rect((x - 5, y - 4, x + 5, y + 6), (60, 40, 30, 255), radius=2)
        bulb_pen.ellipse((x - 8, y + 4, x + 8, y + 28), (*color, 255))
        bulb_pen.ellipse((x - 4, y + 8, x + 2, y + 16), (255, 255, 240, 255))
    img.alpha_composite(bulbs)

    # Wooden table.
    table_top = 640
    img.alpha_composite(
        vertical_gradient((size[0], size[1] - table_top * k), (126, 76, 46), (62, 34, 20)), (0, table_top * k)
    )
    grain = layer(size)
    pen = Pen(grain, k)
    for _ in range(34):
        y = rng.uniform(table_top + 12, 900)
        x0 = rng.uniform(-200, 1400)
        pen.stroke(
            [(x0, y), (x0 + rng.uniform(200, 700), y + rng.uniform(-3, 3))],
            (40, 20, 10, rng.randint(25, 60)),
            2,
        )
    img.alpha_composite(grain)
    Pen(img, k).rect((0, table_top - 3, 1600, table_top + 3), (164, 106, 68, 255))
    img.alpha_composite(radial_glow(size, (930 * k, 760 * k), 460 * k, (255, 190, 120), 80))

    # --- Glass of turrón latte ----------------------------------------------------------
    gx0, gx1, top, bottom = 820.0, 1050.0, 300.0, 790.0
    taper = 14.0

    def glass_outline(inset: float, y0: float, y1: float) -> list[Point]:
        def edge(y: float) -> tuple[float, float]:
            t = (y - top) / (bottom - top)
            return gx0 + taper * t + inset, gx1 - taper * t - inset

        (l0, r0), (l1, r1) = edge(y0), edge(y1)
        return [(l0, y0), (r0, y0), (r1, y1), (l1, y1)]

    glass = layer(size)
    pen = Pen(glass, k)
    # Handle (behind the glass).
    pen.draw.rounded_rectangle(
        pen.box((1000, 420, 1124, 680)), radius=56 * k, outline=(255, 246, 232, 150), width=20 * k
    )
    pen.polygon(glass_outline(0, top, bottom), (255, 246, 232, 70))  # the glass itself
    liquid_top, liquid_bottom = top + 36, bottom - 30
    liquid = multi_gradient(
        (size[0], round((liquid_bottom - liquid_top) * k)),
        [
            (0.0, (250, 240, 222)),
            (0.2, (246, 232, 208)),
            (0.27, (222, 178, 126)),
            (0.5, (190, 128, 76)),
            (0.68, (110, 62, 34)),
            (1.0, (68, 34, 18)),
        ],
    )
    mask = Image.new("L", size, 0)
    Pen(mask, k).polygon(glass_outline(9, liquid_top, liquid_bottom), 255)
    placed = layer(size)
    placed.paste(liquid, (0, round(liquid_top * k)))
    glass.paste(placed, (0, 0), mask)
    pen.polygon(glass_outline(0, bottom - 30, bottom), (240, 230, 218, 255))  # thick base
    img.alpha_composite(shadow_of(glass, 16 * k, 0.5, (18 * k, 12 * k)))
    img.alpha_composite(glass)
    pen = Pen(img, k)
    # Foam dome, crushed turrón and a caramel drizzle.
    pen.ellipse((gx0 - 4, top - 6, gx1 + 4, top + 70), (250, 240, 222, 255))
    pen.ellipse((gx0 + 14, top - 40, gx1 - 14, top + 48), (253, 246, 234, 255))
    pen.ellipse((gx0 + 54, top - 64, gx1 - 54, top + 6), (255, 251, 244, 255))
    pen.curve(
        ((gx0 + 30, top - 2), (gx0 + 80, top - 70), (gx1 - 80, top + 30), (gx1 - 30, top - 40)),
        (176, 98, 42, 255),
        6,
    )
    pen.curve(
        ((gx0 + 40, top + 22), (gx0 + 100, top - 40), (gx1 - 90, top + 40), (gx1 - 26, top - 6)),
        (176, 98, 42, 255),
        5,
    )
    for _ in range(70):
        x = rng.uniform(gx0 + 30, gx1 - 30)
        y = rng.uniform(top - 52, top + 22)
        s = rng.uniform(5, 11)
        tone = rng.choice([(226, 186, 128), (206, 156, 96), (244, 220, 178), (176, 120, 66)])
        pen.rect((x, y, x + s, y + s * 0.8), (*tone, 255), radius=2)
    # Cinnamon stick.
    pen.polygon([(1000, 226), (1022, 232), (990, 352), (968, 346)], (128, 66, 34, 255))
    pen.polygon([(1003, 229), (1014, 232), (983, 348), (972, 345)], (170, 98, 54, 255))
    # Glass highlights.
    hl = layer(size)
    hp = Pen(hl, k)
    hp.polygon(
        [(gx0 + 18, top + 80), (gx0 + 34, top + 80), (gx0 + 40, bottom - 60), (gx0 + 24, bottom - 60)],
        (255, 255, 255, 120),
    )
    hp.rect((gx1 - 36, top + 110, gx1 - 28, bottom - 110), (255, 255, 255, 60), radius=4)
    hp.rect((gx0 + 2, bottom - 26, gx1 - 2, bottom - 20), (255, 255, 255, 110), radius=3)
    img.alpha_composite(hl.filter(ImageFilter.GaussianBlur(1.2 * k)))

    # Steam.
    steam = layer(size)
    sp = Pen(steam, k)
    for dx, h in ((-44, 150), (6, 200), (56, 140)):
        x = (gx0 + gx1) / 2 + dx
        sp.curve(
            ((x, top - 80), (x - 40, top - 80 - h * 0.35), (x + 40, top - 80 - h * 0.65), (x, top - 80 - h)),
            (255, 246, 230, 110),
            14,
            6,
        )
    img.alpha_composite(steam.filter(ImageFilter.GaussianBlur(6 * k)))

    # --- Turrón on a board ------------------------------------------------------------
    board = layer(size)
    bp = Pen(board, k)
    bp.rect((300, 700, 720, 760), (150, 98, 60, 255), radius=16)
    bp.rect((300, 700, 720, 716), (180, 124, 80, 255), radius=8)
    img.alpha_composite(shadow_of(board, 10 * k, 0.5, (10 * k, 10 * k)))
    img.alpha_composite(board)

    def turron_block(x: float, y: float, w: float, h: float, depth: float, front: RGB, hard: bool) -> None:
        block = layer(size)
        p = Pen(block, k)
        lid = [(x, y), (x + depth, y - depth * 0.6), (x + w + depth, y - depth * 0.6), (x + w, y)]
        p.polygon(lid, (252, 248, 238, 255) if hard else (*mix(front, (255, 255, 255), 0.3), 255))
        side = [
            (x + w, y),
            (x + w + depth, y - depth * 0.6),
            (x + w + depth, y + h - depth * 0.6),
            (x + w, y + h),
        ]
        p.polygon(side, (*mix(front, (0, 0, 0), 0.18), 255))
        p.rect((x, y, x + w, y + h), (*front, 255))
        if hard:  # Alicante style: whole almonds in white nougat under wafer paper
            for _ in range(16):
                ax = rng.uniform(x + 14, x + w - 14)
                ay = rng.uniform(y + 14, y + h - 12)
                p.ellipse((ax - 12, ay - 7, ax + 12, ay + 7), (176, 112, 58, 255))
                p.ellipse((ax - 8, ay - 5, ax + 4, ay + 1), (206, 146, 86, 255))
        else:  # Jijona style: soft, ground almonds
            for _ in range(40):
                ax = rng.uniform(x + 6, x + w - 6)
                ay = rng.uniform(y + 6, y + h - 6)
                p.circle((ax, ay), rng.uniform(1.5, 3.5), (*mix(front, (120, 70, 30), 0.5), 200))
        img.alpha_composite(shadow_of(block, 6 * k, 0.45, (8 * k, 6 * k)))
        img.alpha_composite(block)

    turron_block(340, 602, 210, 96, 40, (238, 222, 190), hard=True)
    turron_block(560, 628, 120, 70, 30, (206, 160, 104), hard=False)

    # Almonds and a cinnamon stick on the table.
    for cx, cy, ang in ((760, 812, 20), (806, 842, -35), (250, 820, 60), (1160, 826, -10), (700, 860, 80)):
        tile = layer((40 * k, 24 * k))
        tp = Pen(tile, k)
        tp.ellipse((0, 0, 40, 24), (150, 90, 44, 255))
        tp.ellipse((8, 4, 28, 14), (190, 126, 70, 255))
        stamp(img, tile, (cx * k, cy * k), ang)
    stick = layer((190 * k, 26 * k))
    sp = Pen(stick, k)
    sp.rect((0, 0, 190, 26), (128, 66, 34, 255), radius=12)
    sp.rect((4, 5, 186, 13), (170, 98, 54, 255), radius=4)
    sp.ellipse((172, 1, 190, 25), (96, 48, 24, 255))
    on_table = layer(size)
    stamp(on_table, stick, (565 * k, 830 * k), 8)
    img.alpha_composite(shadow_of(on_table, 4 * k, 0.45, (5 * k, 6 * k)))
    img.alpha_composite(on_table)

    # --- Pine and holly ----------------------------------------------------------------
    greens = layer(size)
    gp = Pen(greens, k)
    branch: Bezier = ((1200, 880), (1300, 800), (1440, 760), (1620, 700))
    gp.curve(branch, (70, 46, 30, 255), 6)
    spine = bezier_points(branch, 60)
    for i in range(1, len(spine) - 1):
        (ax, ay), (bx, by) = spine[i - 1], spine[i + 1]
        heading = math.atan2(by - ay, bx - ax)
        px, py = spine[i]
        for side in (-1, 1):
            length = rng.uniform(30, 44)
            needle = heading + side * math.radians(rng.uniform(38, 62))
            tone = rng.choice([(22, 70, 44), (32, 92, 56), (44, 110, 66)])
            gp.stroke(
                [(px, py), (px + length * math.cos(needle), py + length * math.sin(needle))], (*tone, 255), 4
            )
    leaf_dark: RGB = (30, 96, 52)
    leaf_light: RGB = (58, 132, 72)
    for (lx, ly), ang, shade in (
        ((1300, 760), -28, leaf_dark),
        ((1410, 722), 18, leaf_light),
        ((1364, 806), 70, leaf_dark),
    ):
        tile = layer((150 * k, 70 * k))
        tp = Pen(tile, k)
        pts: list[Point] = []
        for i in range(21):
            t = i / 20 if i <= 10 else (20 - i) / 10
            t = i / 10 if i <= 10 else (20 - i) / 10
            wave = 7 if i % 2 else 0
            sign = -1 if i <= 10 else 1
            pts.append((10 + 130 * t, 35 + sign * (26 - wave) * math.sin(math.pi * t)))
        tp.polygon(pts, (*shade, 255))
        tp.stroke([(14, 35), (136, 35)], (*mix(shade, (255, 255, 255), 0.25), 255), 3)
        stamp(greens, tile, (lx * k, ly * k), ang)
    for bx, by in ((1348, 744), (1372, 732), (1366, 764)):
        gp.circle((bx, by), 15, (190, 24, 36, 255))
        gp.circle((bx - 5, by - 5), 4, (255, 176, 176, 230))
    img.alpha_composite(shadow_of(greens, 8 * k, 0.45, (8 * k, 8 * k)))
    img.alpha_composite(greens)

    # Gold stars.
    stars = layer(size)
    for sx, sy, r in ((250, 330, 20), (1420, 330, 26), (1530, 470, 14), (640, 300, 12), (140, 470, 12)):
        sparkle(Pen(stars, k), (sx, sy), r, (255, 214, 140, 230))
    img.alpha_composite(stars)
    vignette(img, 150)
    return img


def paint_app(brand: Brand) -> Image.Image:
    rng = random.Random(1702)
    img, k = hero_canvas()
    size = img.size
    img.alpha_composite(vertical_gradient(size, brand.paper, brand.secondary))
    # Big rising sun behind the scene, and a counter along the bottom.
    img.alpha_composite(radial_glow(size, (1000 * k, 440 * k), 760 * k, (255, 196, 130), 140))
    pen = Pen(img, k)
    pen.circle((1010, 450), 390, (*mix(brand.accent, brand.paper, 0.62), 255))
    pen.circle((1010, 450), 300, (*mix(brand.accent, brand.paper, 0.42), 255))
    counter_top = 760
    counter = vertical_gradient((size[0], size[1] - counter_top * k), brand.primary, (52, 30, 22))
    img.alpha_composite(counter, (0, counter_top * k))
    pen.rect((0, counter_top, 1600, counter_top + 10), (*mix(brand.primary, (255, 255, 255), 0.18), 255))
    # Dots pattern, top left.
    for row in range(5):
        for col in range(7):
            pen.circle((90 + col * 34, 90 + row * 34), 5, (*mix(brand.accent, brand.paper, 0.45), 255))

    # --- Phone ----------------------------------------------------------------------
    pw, ph = 380, 770
    phone = layer((pw * k + 40, ph * k + 40))
    pp = Pen(phone, k, (20, 20))
    pp.rect((0, 0, pw, ph), (28, 22, 20, 255), radius=56)
    pp.rect((6, 6, pw - 6, ph - 6), (58, 50, 46, 255), radius=50)
    pp.rect((14, 14, pw - 14, ph - 14), (*brand.paper, 255), radius=44)
    # Screen contents (inside 14..pw-14).
    sx0, sx1 = 14.0, pw - 14.0
    pp.draw.rounded_rectangle(
        pp.box((sx0, 14, sx1, 150)),
        radius=44 * k,
        fill=(*brand.primary, 255),
        corners=(True, True, False, False),
    )
    pp.rect((pw / 2 - 50, 24, pw / 2 + 50, 46), (20, 16, 14, 255), radius=11)  # camera notch
    mark = layer((round(96 * k), round(96 * k)))
    draw_mark(mark, (0, 0), 96 * k, MarkColors((255, 255, 255), brand.accent, brand.accent))
    phone.alpha_composite(mark, (round(20 + (pw / 2 - 48) * k), round(20 + 50 * k)))
    # Hero card.
    card_top = 168.0
    card_box = (sx0 + 16, card_top, sx1 - 16, card_top + 150)
    card = layer(phone.size)
    cpen = Pen(card, k, (20, 20))
    cpen.rect(card_box, (*brand.accent, 255))
    cpen.circle((sx1 - 80, card_top + 118), 78, (*mix(brand.accent, (255, 255, 255), 0.25), 255))
    draw_cup_icon(cpen, (sx1 - 86, card_top + 80), 54, brand.primary)
    for i, w in enumerate((150, 110)):
        cpen.rect(
            (sx0 + 36, card_top + 34 + i * 26, sx0 + 36 + w, card_top + 48 + i * 26),
            (255, 255, 255, 235),
            radius=7,
        )
    cpen.rect((sx0 + 36, card_top + 100, sx0 + 130, card_top + 128), (*brand.primary, 255), radius=14)
    card_mask = Image.new("L", phone.size, 0)
    Pen(card_mask, k, (20, 20)).rect(card_box, 255, radius=22)
    clipped = layer(phone.size)
    clipped.paste(card, (0, 0), card_mask)
    phone.alpha_composite(clipped)
    # Product rows.
    row_top = card_top + 172
    for i in range(3):
        y = row_top + i * 78
        pp.rect((sx0 + 16, y, sx1 - 16, y + 66), (255, 255, 255, 255), radius=16)
        pp.circle((sx0 + 50, y + 33), 24, (*brand.secondary, 255))
        draw_cup_icon(pp, (sx0 + 50, y + 34), 26, brand.primary)
        pp.rect(
            (sx0 + 86, y + 18, sx0 + 86 + (150, 120, 136)[i], y + 30),
            (*mix(brand.ink, brand.paper, 0.2), 255),
            radius=6,
        )
        pp.rect(
            (sx0 + 86, y + 40, sx0 + 86 + (96, 110, 80)[i], y + 50),
            (*mix(brand.ink, brand.paper, 0.6), 255),
            radius=5,
        )
        pp.circle((sx1 - 44, y + 33), 16, (*brand.accent, 255) if i == 1 else (*brand.secondary, 255))
        plus = brand.paper if i == 1 else brand.primary
        pp.stroke([(sx1 - 51, y + 33), (sx1 - 37, y + 33)], plus, 4)
        pp.stroke([(sx1 - 44, y + 26), (sx1 - 44, y + 40)], plus, 4)
    # Order status tracker.
    ty = row_top + 3 * 78 + 22
    pp.stroke([(sx0 + 50, ty), (sx1 - 50, ty)], mix(brand.ink, brand.paper, 0.75), 5)
    pp.stroke([(sx0 + 50, ty), ((sx0 + sx1) / 2, ty)], brand.accent, 5)
    for j, x in enumerate((sx0 + 50, (sx0 + sx1) / 2, sx1 - 50)):
        pp.circle((x, ty), 12, (*brand.accent, 255) if j < 2 else (*mix(brand.ink, brand.paper, 0.75), 255))
        if j < 2:
            pp.circle((x, ty), 5, (255, 255, 255, 255))
    # Call-to-action button.
    by = ph - 96
    pp.rect((sx0 + 16, by, sx1 - 16, by + 62), (*brand.primary, 255), radius=31)
    draw_bag_icon(pp, ((sx0 + sx1) / 2, by + 31), 30, (255, 255, 255))
    pp.rect((pw / 2 - 60, ph - 26, pw / 2 + 60, ph - 20), (*mix(brand.ink, brand.paper, 0.5), 255), radius=3)
    # Glass reflection.
    glare = layer(phone.size)
    gp = Pen(glare, k, (20, 20))
    gp.polygon([(14, 14), (170, 14), (14, 330)], (255, 255, 255, 28))
    phone.alpha_composite(glare)
    rotated = phone.rotate(7, resample=Image.Resampling.BICUBIC, expand=True)
    px, py = round(450 * k), round(46 * k)
    placed = layer(size)
    placed.alpha_composite(rotated, (px, py))
    img.alpha_composite(shadow_of(placed, 24 * k, 0.35, (26 * k, 30 * k), (60, 30, 10)))
    img.alpha_composite(placed)

    # --- Takeaway cup ----------------------------------------------------------------
    cup = layer(size)
    cp = Pen(cup, k)
    cx, top, bottom = 1150.0, 330.0, 790.0
    half_top, half_bottom = 150.0, 112.0
    cp.polygon(
        [(cx - half_top, top), (cx + half_top, top), (cx + half_bottom, bottom), (cx - half_bottom, bottom)],
        (250, 246, 240, 255),
    )
    shade = layer(size)
    sh = Pen(shade, k)
    sh.polygon(
        [
            (cx + half_top - 60, top),
            (cx + half_top, top),
            (cx + half_bottom, bottom),
            (cx + half_bottom - 46, bottom),
        ],
        (120, 90, 70, 40),
    )
    cup.alpha_composite(shade)

    def cup_half(y: float) -> float:
        return half_top + (half_bottom - half_top) * (y - top) / (bottom - top)

    s0, s1 = 480.0, 660.0
    cp.polygon(
        [(cx - cup_half(s0), s0), (cx + cup_half(s0), s0), (cx + cup_half(s1), s1), (cx - cup_half(s1), s1)],
        (*brand.primary, 255),
    )
    draw_mark(
        cup, ((cx - 70) * k, (s0 + 20) * k), 140 * k, MarkColors(brand.secondary, brand.accent, brand.accent)
    )
    # Lid.
    cp.rect(
        (cx - half_top - 16, top - 34, cx + half_top + 16, top + 8),
        (*mix(brand.primary, (0, 0, 0), 0.15), 255),
        radius=14,
    )
    cp.polygon(
        [
            (cx - half_top + 4, top - 34),
            (cx + half_top - 4, top - 34),
            (cx + half_top - 24, top - 84),
            (cx - half_top + 24, top - 84),
        ],
        (*brand.primary, 255),
    )
    cp.rect((cx - 40, top - 92, cx + 40, top - 78), (*mix(brand.primary, (0, 0, 0), 0.15), 255), radius=7)
    cp.rect((cx - half_top + 30, top - 74, cx - half_top + 60, top - 44), (255, 255, 255, 40), radius=8)
    img.alpha_composite(shadow_of(cup, 18 * k, 0.45, (22 * k, 16 * k), (40, 20, 10)))
    img.alpha_composite(cup)

    # --- Floating badges: pin and "ready" check --------------------------------------
    badges = layer(size)
    bp = Pen(badges, k)
    # Location pin.
    px0, py0 = 300.0, 330.0
    bp.circle((px0, py0), 52, (*brand.accent, 255))
    bp.polygon([(px0 - 40, py0 + 32), (px0 + 40, py0 + 32), (px0, py0 + 108)], (*brand.accent, 255))
    bp.circle((px0, py0), 22, (*brand.paper, 255))
    # "Your order is ready" notification: a tick and two lines of (wordless) message.
    nx, ny = 1270.0, 140.0
    bp.rect((nx, ny, nx + 250, ny + 92), (255, 255, 255, 255), radius=46)
    bp.circle((nx + 46, ny + 46), 30, (*brand.accent, 255))
    bp.stroke([(nx + 32, ny + 46), (nx + 43, ny + 58), (nx + 62, ny + 34)], (255, 255, 255), 7)
    bp.rect((nx + 92, ny + 30, nx + 212, ny + 44), (*mix(brand.ink, brand.paper, 0.2), 255), radius=7)
    bp.rect((nx + 92, ny + 54, nx + 176, ny + 64), (*mix(brand.ink, brand.paper, 0.6), 255), radius=5)
    # Clock badge: pick up at your time.
    kx, ky = 1460.0, 330.0
    bp.circle((kx, ky), 44, (*brand.primary, 255))
    bp.arc_ring((kx, ky), 24, (255, 255, 255), 6)
    bp.stroke([(kx, ky), (kx, ky - 14)], (255, 255, 255), 6)
    bp.stroke([(kx, ky), (kx + 11, ky + 6)], (255, 255, 255), 6)
    img.alpha_composite(shadow_of(badges, 14 * k, 0.3, (10 * k, 14 * k), (80, 40, 10)))
    img.alpha_composite(badges)

    # Steam from the takeaway cup's sip hole.
    steam = layer(size)
    sp = Pen(steam, k)
    for dx in (-24, 22):
        sp.curve(
            (
                (cx + dx, top - 110),
                (cx + dx - 30, top - 160),
                (cx + dx + 30, top - 200),
                (cx + dx, top - 250),
            ),
            with_alpha(brand.primary, 60),
            10,
        )
    img.alpha_composite(steam.filter(ImageFilter.GaussianBlur(5 * k)))
    # Coffee beans on the counter.
    for bx, by2, ang in ((780, 830, 30), (840, 850, -20), (1420, 840, 70), (260, 845, -50), (320, 820, 15)):
        stamp(img, bean_tile(k, (70, 40, 26), (110, 66, 42)), (bx * k, by2 * k), ang + rng.uniform(-5, 5))
    return img


def draw_cup_icon(pen: Pen, center: Point, size: float, color: RGB) -> None:
    """A small coffee-cup pictogram (cup, handle, saucer) centred on ``center``."""
    x, y = center
    s = size / 2
    pen.arc_ring((x + s * 0.62, y - s * 0.12), s * 0.28, color, s * 0.14)
    pen.path(
        (
            (x - s * 0.7, y - s * 0.45),
            (x + s * 0.7, y - s * 0.45),
            (
                (x + s * 0.7, y - s * 0.45),
                (x + s * 0.7, y + s * 0.2),
                (x + s * 0.35, y + s * 0.45),
                (x, y + s * 0.45),
            ),
            (
                (x, y + s * 0.45),
                (x - s * 0.35, y + s * 0.45),
                (x - s * 0.7, y + s * 0.2),
                (x - s * 0.7, y - s * 0.45),
            ),
        ),
        color,
    )
    pen.rect((x - s * 0.85, y + s * 0.55, x + s * 0.85, y + s * 0.68), color, radius=s * 0.06)


def draw_bag_icon(pen: Pen, center: Point, size: float, color: RGB) -> None:
    """A paper-bag pictogram (pick up)."""
    x, y = center
    s = size / 2
    pen.rect((x - s * 0.8, y - s * 0.45, x + s * 0.8, y + s), color, radius=s * 0.12)
    pen.draw.arc(
        pen.box((x - s * 0.42, y - s * 1.0, x + s * 0.42, y - s * 0.1)),
        180,
        360,
        fill=color,
        width=round(s * 0.16 * pen.k),
    )


def bean_tile(k: int, dark: RGB, light: RGB) -> Image.Image:
    tile = layer((60 * k, 40 * k))
    tp = Pen(tile, k)
    tp.ellipse((2, 2, 58, 38), (*dark, 255))
    tp.ellipse((8, 6, 44, 24), (*light, 255))
    tp.ellipse((12, 8, 48, 32), (*dark, 255))
    tp.curve(((6, 22), (22, 12), (38, 30), (54, 18)), mix(dark, (0, 0, 0), 0.5), 3.5)
    return tile


def paint_black_friday(brand: Brand) -> Image.Image:
    rng = random.Random(2911)
    img, k = hero_canvas()
    size = img.size
    gold: RGB = (214, 170, 84)
    gold_light: RGB = (246, 214, 140)
    gold_dark: RGB = (150, 108, 44)
    img.alpha_composite(vertical_gradient(size, (26, 19, 16), (10, 8, 7)))
    center: Point = (800, 470)

    # Sunburst rays from behind the cup (the aurora, in gold).
    rays = layer(size)
    rp = Pen(rays, k)
    for i in range(24):
        a0 = math.radians(i * 15)
        a1 = math.radians(i * 15 + 6)
        r = 1400
        rp.polygon(
            [
                center,
                (center[0] + r * math.cos(a0), center[1] + r * math.sin(a0)),
                (center[0] + r * math.cos(a1), center[1] + r * math.sin(a1)),
            ],
            with_alpha(gold, 26),
        )
    img.alpha_composite(rays)
    img.alpha_composite(radial_glow(size, (center[0] * k, center[1] * k), 560 * k, (200, 130, 50), 150))

    # Bold diagonal bands in the corners.
    bands = layer(size)
    bpen = Pen(bands, k)
    for off, alpha in ((0, 255), (46, 150), (80, 80)):
        bpen.stroke([(-60, 700 - off), (260 - off, 960)], with_alpha(gold, alpha), 14 - off / 8)
        bpen.stroke([(1340 + off, -40), (1660, 280 - off)], with_alpha(gold, alpha), 14 - off / 8)
    img.alpha_composite(bands)

    # --- The cup ----------------------------------------------------------------------
    cup = layer(size)
    cp = Pen(cup, k)
    cx, rim, base = center[0], 400.0, 700.0
    half = 250.0
    # Saucer.
    cp.ellipse((cx - 380, base - 30, cx + 380, base + 86), (*gold_dark, 255))
    cp.ellipse((cx - 380, base - 44, cx + 380, base + 66), (*gold, 255))
    cp.ellipse((cx - 250, base - 20, cx + 250, base + 36), (*gold_dark, 255))
    # Handle.
    cp.draw.rounded_rectangle(
        cp.box((cx + 170, rim + 40, cx + 360, rim + 220)), radius=80 * k, outline=(*gold, 255), width=34 * k
    )
    # Body.
    cp.path(
        (
            (cx - half, rim),
            (cx + half, rim),
            ((cx + half, rim), (cx + half, rim + 200), (cx + 150, base + 10), (cx, base + 10)),
            ((cx, base + 10), (cx - 150, base + 10), (cx - half, rim + 200), (cx - half, rim)),
        ),
        (24, 18, 16, 255),
    )
    shine = layer(size)
    spn = Pen(shine, k)
    spn.path(
        (
            (cx - half + 30, rim + 40),
            (
                (cx - half + 30, rim + 40),
                (cx - half + 40, rim + 190),
                (cx - 150, base - 20),
                (cx - 90, base - 6),
            ),
            (
                (cx - 90, base - 6),
                (cx - 170, base - 50),
                (cx - half + 70, rim + 180),
                (cx - half + 60, rim + 40),
            ),
        ),
        (255, 255, 255, 34),
    )
    cup.alpha_composite(shine.filter(ImageFilter.GaussianBlur(3 * k)))
    # Gold band with the mark on the cup.
    cp = Pen(cup, k)
    cp.ellipse((cx - half, rim - 44, cx + half, rim + 44), (*gold, 255))
    cp.ellipse((cx - half + 16, rim - 34, cx + half - 16, rim + 34), (40, 22, 14, 255))
    cp.ellipse((cx - half + 36, rim - 26, cx + half - 36, rim + 28), (112, 62, 30, 255))
    cp.ellipse((cx - half + 90, rim - 16, cx + half - 90, rim + 18), (168, 104, 52, 255))
    # Latte-art heart in gold crema.
    heart = [
        (cx, rim + 14),
        *bezier_points(((cx, rim + 14), (cx - 90, rim - 2), (cx - 60, rim - 22), (cx, rim - 8)), 24),
        *bezier_points(((cx, rim - 8), (cx + 60, rim - 22), (cx + 90, rim - 2), (cx, rim + 14)), 24),
    ]
    cp.polygon(heart, (*gold_light, 255))
    draw_mark(cup, ((cx - 80) * k, (rim + 80) * k), 160 * k, MarkColors(gold, gold_light, gold_light))
    img.alpha_composite(shadow_of(cup, 24 * k, 0.7, (0, 26 * k)))
    img.alpha_composite(cup)

    # Steam in gold.
    steam = layer(size)
    sp = Pen(steam, k)
    for dx, h in ((-70, 170), (0, 230), (70, 170)):
        x = cx + dx
        sp.curve(
            ((x, rim - 70), (x - 36, rim - 70 - h * 0.35), (x + 36, rim - 70 - h * 0.65), (x, rim - 70 - h)),
            with_alpha(gold_light, 200),
            14,
        )
    img.alpha_composite(steam.filter(ImageFilter.GaussianBlur(2.5 * k)))

    # --- Price tag with a percent sign ---------------------------------------------
    tag = layer((340 * k, 200 * k))
    tp = Pen(tag, k)
    tp.polygon([(10, 100), (80, 20), (330, 20), (330, 180), (80, 180)], (*gold, 255))
    tp.polygon([(22, 100), (86, 30), (318, 30), (318, 170), (86, 170)], (*gold_light, 255))
    tp.circle((72, 100), 14, (0, 0, 0, 0))  # the hole
    ink: RGB = (24, 16, 12)
    tp.arc_ring((170, 70), 24, ink, 12)
    tp.arc_ring((262, 132), 24, ink, 12)
    tp.stroke([(276, 48), (156, 152)], ink, 14)
    holder = layer(size)
    stamp(holder, tag, (1290 * k, 600 * k), 18)
    img.alpha_composite(shadow_of(holder, 14 * k, 0.6, (10 * k, 16 * k)))
    img.alpha_composite(holder)
    # The string through the hole (tile centre + the hole's offset, rotated like the tag).
    hole_x = 1290 + (72 - 170) * math.cos(math.radians(18))
    hole_y = 600 - (72 - 170) * math.sin(math.radians(18))
    Pen(img, k).curve(
        (
            (hole_x, hole_y),
            (hole_x - 30, hole_y - 70),
            (hole_x + 20, hole_y - 140),
            (hole_x - 10, hole_y - 220),
        ),
        gold,
        4,
    )

    # Coffee beans, gold and dark, scattered around the cup.
    spots = [
        (150, 250),
        (250, 360),
        (110, 470),
        (310, 590),
        (170, 690),
        (90, 820),
        (380, 800),
        (1450, 190),
        (1545, 320),
        (1520, 790),
        (1390, 820),
        (1560, 640),
        (1150, 830),
    ]
    for i, (bean_x, bean_y) in enumerate(spots):
        tile = bean_tile(k, gold_dark, gold) if i % 2 else bean_tile(k, (50, 30, 20), (92, 58, 36))
        scale = rng.uniform(0.9, 1.5)
        tile = tile.resize((round(tile.width * scale), round(tile.height * scale)), Image.Resampling.LANCZOS)
        beans = layer(size)
        stamp(beans, tile, (bean_x * k, bean_y * k), rng.uniform(0, 360))
        img.alpha_composite(shadow_of(beans, 6 * k, 0.6, (4 * k, 8 * k)))
        img.alpha_composite(beans)

    # Confetti and sparkles.
    conf = layer(size)
    cpen = Pen(conf, k)
    for _ in range(90):
        x, y = rng.uniform(0, 1600), rng.uniform(0, 900)
        if (abs(x - center[0]) < 420 and 200 < y < 820) or (1120 < x < 1480 and 420 < y < 780):
            continue
        piece = layer((round(18 * k), round(8 * k)))
        Pen(piece, k).rect(
            (0, 0, 18, 8), (*rng.choice((gold, gold_light, gold_dark, brand.accent)), 255), radius=2
        )
        stamp(conf, piece, (x * k, y * k), rng.uniform(0, 180))
    for sx, sy, r in (
        (330, 170, 30),
        (1240, 200, 36),
        (1460, 440, 18),
        (180, 560, 16),
        (560, 110, 14),
        (1020, 140, 16),
    ):
        sparkle(cpen, (sx, sy), r, with_alpha(gold_light, 240))
    img.alpha_composite(conf)
    vignette(img, 170)
    return img


HEROES: dict[str, Painter] = {
    "navidad-turron-latte.jpg": paint_navidad,
    "app-pide-y-recoge.jpg": paint_app,
    "black-friday-cafe.jpg": paint_black_friday,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    targets = ["logo", "images", *HEROES]
    parser.add_argument(
        "only",
        nargs="*",
        metavar="TARGET",
        help=f"regenerate just these, out of {', '.join(targets)} (default: everything); checks always run",
    )
    only = set(parser.parse_args(argv).only)
    if unknown := only - set(targets):
        parser.error(f"unknown target(s): {', '.join(sorted(unknown))}; choose from {', '.join(targets)}")
    brand = load_brand(ASSETS / "brand.yaml")
    check_contrast(brand)
    for font in dict.fromkeys((brand.headline, brand.body, brand.body_bold)):
        check_glyphs(font)
    if not only or "logo" in only:
        make_logos(brand)
    for name, paint in HEROES.items():
        if not only or "images" in only or name in only:
            finish_hero(paint(brand), ASSETS / "images" / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
