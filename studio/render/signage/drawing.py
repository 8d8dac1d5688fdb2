"""Drawing a layout into pixels (Pillow): the PNG preview and the social image."""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache

from PIL import (
    Image,
    ImageDraw,
    ImageFilter,
    ImageOps,
)

from studio.model.variant import Variant
from studio.render.signage.kit import (
    Box,
    Rgb,
    _Colors,
    _face,
    _hero_fitted,
    _Kit,
    _logo_at,
    _mix,
)
from studio.render.signage.layout import (
    QR_QUIET_ZONE,
    SOCIAL_MIN_DISCLAIMER_PX,
    PlacedQr,
    Poster,
    PosterLayout,
    _Frame,
    _plan,
    _qr_symbol,
    poster_frame,
    qr_link,
)
from studio.render.specs import ChannelSpecs
from studio.workspace import Workspace

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
    frame, kit = poster_frame(workspace, specs, size, hero_image=hero_image, dpi=dpi)
    return _compose(frame, kit, variant.fields, qr_link(variant.links.get("cta"), variant.locale, size))


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
    return Poster(image=image, layout=layout, kit=kit)


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
