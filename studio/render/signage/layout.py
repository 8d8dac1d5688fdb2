"""Where everything goes on a poster or the social image: the layout tests and previews inspect."""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from PIL import (
    Image,
)

from studio.errors import Problem, ValidationError
from studio.model.variant import Variant
from studio.render.signage.fitting import PlacedText, _Block, _fit, _one_line, _place
from studio.render.signage.kit import MM_PER_INCH, PT_PER_INCH, Box, _Colors, _Kit, _mm_px, _x_height
from studio.render.specs import ChannelSpecs
from studio.workspace import Workspace

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

# How much the flexible parts may shrink, step by step, before a text is declared too long.
_SCALES = (1.0, 0.92, 0.84, 0.76, 0.68, 0.6, 0.52)


# -- the layout (what tests and previews can inspect) -----------------------------------------------


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
    kit: _Kit | None = field(default=None, repr=False, compare=False)
    """The brand material it was drawn with (fonts, colours, logo, hero): the print PDF draws it again."""


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


@dataclass(frozen=True)
class _Step:
    """What one attempt at a layout shares between its parts."""

    frame: _Frame
    kit: _Kit
    fields: Mapping[str, str]
    k: float
    relaxed: bool
    safe: Box
    trim_h: int
    body_min: int

    def text(self, name: str) -> str:
        return (self.fields.get(name) or "").strip()

    @property
    def u(self) -> float:
        return self.frame.unit

    @property
    def safe_w(self) -> int:
        return self.safe[2] - self.safe[0]


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
    b = frame.bleed
    m = frame.margin
    trim: Box = (b, b, frame.width - b, frame.height - b)
    safe: Box = (b + m, b + m, frame.width - b - m, frame.height - b - m)
    step = _Step(
        frame=frame,
        kit=kit,
        fields=fields,
        k=k,
        relaxed=relaxed,
        safe=safe,
        trim_h=trim[3] - trim[1],
        body_min=math.ceil(frame.min_disclaimer_px * 1.25),
    )
    texts: dict[str, PlacedText] = {}
    footer, qr = _plan_footer(step, link, texts)
    u = frame.unit
    # Hero (background art to the bleed), logo, and the price badge on the hero's edge.
    hero_bottom = b + round(step.trim_h * frame.hero_share * k) + hero_extra
    hero: Box = (0, 0, frame.width, hero_bottom)
    logo_w = round(32 * u * max(k, 0.8))
    logo_h = round(logo_w * kit.logo_size[1] / kit.logo_size[0])
    logo: Box = (safe[0], safe[1], safe[0] + logo_w, safe[1] + logo_h)
    content_top = hero_bottom + round(5 * u * k)
    badge = _plan_badge(step, hero_bottom, logo, texts)
    if badge is not None:
        content_top = max(content_top, badge[3] + round(3.5 * u * k))
    content_bottom = footer[1] - round(4.5 * u * k)
    pill, slack = _plan_content(step, content_top, content_bottom, texts)
    layout = PosterLayout(
        width=frame.width,
        height=frame.height,
        dpi=frame.dpi,
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
    return layout, slack


def _plan_footer(step: _Step, link: str | None, texts: dict[str, PlacedText]) -> tuple[Box, PlacedQr | None]:
    """The footer, from the safe bottom up: the disclaimer (never below its minimum), then QR + CTA."""
    frame, safe, u, k = step.frame, step.safe, step.u, step.k
    fonts, c, dpi = step.kit.fonts, step.kit.colors, frame.dpi
    y = safe[3]
    footer_content = safe[3]
    disclaimer = step.text("disclaimer")
    if disclaimer:
        px = max(frame.min_disclaimer_px, round(1.1 * u))
        block = _fit(
            disclaimer,
            fonts,
            "body",
            width=step.safe_w,
            height=step.trim_h * 9 // 20,
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
    if frame.qr_min_px is not None and link:
        qr = _plan_qr(link, frame.qr_min_px, frame.dpi, left=safe[0], bottom=y)
        footer_content = qr.box[1]
    cta = step.text("cta") if frame.show_cta else ""
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
            min_px=step.body_min,
            max_lines=2,
            leading=1.15,
            balance=True,
            relaxed=step.relaxed,
        )
        if block is None:
            raise _NoRoom("cta")
        if not qr:
            height = block.height
        top = y - height + (height - block.height) // 2
        texts["cta"] = _place(block, fonts, "cta", x=left, top=top, color=c.white, dpi=dpi)
        footer_content = min(footer_content, y - height)
    footer_top = min(footer_content - round(4.5 * u * k), frame.height - frame.bleed - round(11 * u))
    return (0, footer_top, frame.width, frame.height), qr


def _plan_badge(step: _Step, hero_bottom: int, logo: Box, texts: dict[str, PlacedText]) -> Box | None:
    """The price badge on the hero's edge (with the old price struck through above the new one)."""
    price, was = step.text("price"), step.text("was_price")
    if not (price or was):
        return None
    safe, u, fonts = step.safe, step.u, step.kit.fonts
    d = round(34 * u * step.k)
    bottom = hero_bottom + round(0.16 * d)
    badge: Box = (safe[2] - d, bottom - d, safe[2], bottom)
    if badge[1] < logo[3] + round(2 * u) and badge[0] < logo[2] + round(2 * u):
        raise _NoRoom("price")
    cx, cy = (badge[0] + badge[2]) // 2, (badge[1] + badge[3]) // 2
    wanted = (
        ("was_price", was, "body", 0.56, 0.105),
        ("price", price, "headline", 0.68, 0.3),
    )
    blocks: list[tuple[str, _Block]] = []
    for name, value, role, width, size in wanted:
        if not value:
            continue
        got = _one_line(
            value, fonts, role, width=round(width * d), max_px=round(size * d), min_px=step.body_min
        )
        if got is None:
            raise _NoRoom(name)
        blocks.append((name, got))
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
            color=step.kit.colors.primary,
            dpi=step.frame.dpi,
            align="center",
            strike_amount=name == "was_price",
        )
        top += bl.height + gap
    return badge


def _fit_subheadline(step: _Step, room: int) -> _Block | None:
    sub = step.text("subheadline")
    if not sub:
        return None
    block = _fit(
        sub,
        step.kit.fonts,
        "body",
        width=step.safe_w,
        height=max(1, room // 3),
        max_px=round(4.0 * step.u * step.k),
        min_px=step.body_min,
        max_lines=3,
        leading=1.25,
        balance=True,
        relaxed=step.relaxed,
    )
    if block is None:
        raise _NoRoom("subheadline")
    return block


def _fit_headline(step: _Step, height: int) -> _Block | None:
    headline = step.text("headline")
    if not headline:
        return None
    block = _fit(
        headline,
        step.kit.fonts,
        "headline",
        width=step.safe_w,
        height=height,
        max_px=round(step.frame.headline_max_u * step.u * step.k),
        min_px=round(1.2 * step.body_min),
        max_lines=3,
        leading=1.02,
        balance=True,
        relaxed=step.relaxed,
    )
    if block is None:
        raise _NoRoom("headline")
    return block


def _keep_hierarchy(
    step: _Step, head: _Block, sub: _Block | None, row: _OfferRow | None
) -> tuple[_Block | None, _OfferRow | None]:
    """When a long headline had to shrink, the subheadline and the offer row stay smaller than it."""
    if sub and sub.px > 0.7 * head.px:
        smaller = _fit(
            step.text("subheadline"),
            step.kit.fonts,
            "body",
            width=step.safe_w,
            height=sub.height,
            max_px=max(step.body_min, round(0.7 * head.px)),
            min_px=step.body_min,
            max_lines=len(sub.lines),
            leading=1.25,
            balance=True,
        )
        sub = smaller if smaller is not None else sub
    if row and row.px > 0.75 * head.px:
        smaller_row = _plan_offer_row(
            step.text("code"),
            step.text("dates"),
            step.kit.fonts,
            step.u,
            step.k * 0.75 * head.px / row.px,
            step.body_min,
            step.safe_w,
            step.relaxed,
        )
        if smaller_row is not None and smaller_row.height <= row.height:
            row = smaller_row
    return sub, row


def _plan_content(
    step: _Step, content_top: int, content_bottom: int, texts: dict[str, PlacedText]
) -> tuple[Box | None, int]:
    """Between hero and footer: headline, subheadline, then the code pill and the dates; returns the
    pill and the height left over."""
    u, k, safe = step.u, step.k, step.safe
    fonts, c, dpi = step.kit.fonts, step.kit.colors, step.frame.dpi
    room = content_bottom - content_top
    gap_sub = round(2.4 * u * k)
    gap_row = round(4.2 * u * k)
    sub_block = _fit_subheadline(step, room)
    row = _plan_offer_row(
        step.text("code"), step.text("dates"), fonts, u, k, step.body_min, step.safe_w, step.relaxed
    )
    used = (sub_block.height + gap_sub if sub_block else 0) + (row.height + gap_row if row else 0)
    head_block = _fit_headline(step, room - used)
    if head_block:
        sub_block, row = _keep_hierarchy(step, head_block, sub_block, row)
        used = (sub_block.height + gap_sub if sub_block else 0) + (row.height + gap_row if row else 0)
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
    pill = row.place(texts, fonts, x=safe[0], top=y, colors=c, dpi=dpi) if row else None
    return pill, room - total


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


def legible_pt(distance_m: float, arcmin: float, x_height: float) -> float:
    """The smallest font size (points) whose x-height (``x_height`` em) spans ``arcmin`` minutes of
    arc at ``distance_m`` metres: what reads at that distance."""
    x_mm = 2 * distance_m * 1000 * math.tan(math.radians(arcmin / 60) / 2)
    return x_mm / x_height / MM_PER_INCH * PT_PER_INCH


def scannable_mm(distance_m: float, ratio: float) -> float:
    """The narrowest QR symbol (mm) that scans from ``distance_m`` metres (distance ÷ ``ratio``)."""
    return distance_m * 1000 / ratio


def poster_frame(
    workspace: Workspace,
    specs: ChannelSpecs,
    size: str,
    *,
    hero_image: str | None = None,
    dpi: int | None = None,
) -> tuple[_Frame, _Kit]:
    """The geometry of a poster at ``size`` and the brand material to draw it with: the disclaimer
    and the QR code never smaller than what reads and scans from the size's distances (spec)."""
    signage = specs.signage
    if size not in signage.sizes:
        known = ", ".join(signage.sizes)
        message = f"{size!r} is not a print size of this workspace ({known})"
        raise ValidationError(message, problems=[Problem(message, field="print_sizes")])
    if dpi is not None and not MIN_DPI <= dpi <= signage.dpi:
        raise ValueError(f"dpi must be between {MIN_DPI} and the spec's {signage.dpi}, not {dpi}")
    kit = _Kit.load(workspace, hero_image)
    paper = signage.sizes[size]
    dpi = dpi or signage.dpi
    bleed = signage.bleed_mm
    width = _mm_px(paper.width_mm + 2 * bleed, dpi)
    height = _mm_px(paper.height_mm + 2 * bleed, dpi)
    bleed_px = _mm_px(bleed, dpi)
    unit = (width - 2 * bleed_px) / 100
    disclaimer_pt = signage.min_disclaimer_pt
    if paper.reading_m:
        x_height = _x_height(kit.fonts, "body")
        disclaimer_pt = max(disclaimer_pt, legible_pt(paper.reading_m, signage.legibility_arcmin, x_height))
    qr_mm = QR_MIN_MM
    if paper.scan_m:
        qr_mm = max(qr_mm, scannable_mm(paper.scan_m, signage.qr_distance_ratio))
    frame = _Frame(
        name=f"{size} poster",
        width=width,
        height=height,
        dpi=dpi,
        bleed=bleed_px,
        unit=unit,
        margin=max(_mm_px(10, dpi), round(5 * unit)),
        min_disclaimer_px=math.ceil(disclaimer_pt * dpi / PT_PER_INCH),
        qr_min_px=max(math.ceil(qr_mm / MM_PER_INCH * dpi), round(11 * unit)),
        hero_share=POSTER_HERO_SHARE,
        headline_max_u=11.0,
        show_cta=True,
    )
    return frame, kit


def plan_poster(
    variant: Variant,
    workspace: Workspace,
    specs: ChannelSpecs,
    size: str,
    *,
    hero_image: str | None = None,
) -> PosterLayout:
    """The layout :func:`draw_poster` draws at the spec's resolution, without drawing it (what the
    print checks measure)."""
    frame, kit = poster_frame(workspace, specs, size, hero_image=hero_image)
    return _plan(frame, kit, variant.fields, qr_link(variant.links.get("cta"), variant.locale, size))


def qr_link(link: str | None, locale: str, size: str) -> str | None:
    """The poster's QR target: the call-to-action link with ``utm_content`` naming the poster's size
    and locale (``poster-a3-es-es``), so the scans of each poster can be told apart."""
    if not link:
        return None
    parts = urlsplit(link)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "utm_content"]
    query.append(("utm_content", f"poster-{size}-{locale}".lower()))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


@lru_cache(maxsize=32)
def _qr_symbol(data: str) -> tuple[tuple[bytes, ...], str, int]:
    import segno

    try:
        code = segno.make_qr(data, error=QR_ERROR, boost_error=False)
    except segno.DataOverflowError:
        message = "the link is too long for a QR code"
        raise ValidationError(message, problems=[Problem(message, field="cta")]) from None
    return tuple(bytes(row) for row in code.matrix), str(code.error), int(code.version)


@lru_cache(maxsize=64)
def _qr_shape(data: str) -> tuple[int, str, int]:
    """The modules across, error level and version of ``data``'s QR symbol, as :func:`_qr_symbol`
    makes it (a plan needs no modules: a fixed mask skips choosing the best of eight, which changes
    neither the version nor the error level); kept between runs with the poster measurements."""
    from studio.render.signage.metrics import measured

    return measured("qr", (_segno_version(), QR_ERROR, data), lambda: _qr_shape_made(data))


@lru_cache(maxsize=1)
def _segno_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("segno")
    except PackageNotFoundError:
        import segno

        return str(segno.__version__)


def _qr_shape_made(data: str) -> tuple[int, str, int]:
    import segno

    try:
        code = segno.make_qr(data, error=QR_ERROR, boost_error=False, mask=0)
    except segno.DataOverflowError:
        message = "the link is too long for a QR code"
        raise ValidationError(message, problems=[Problem(message, field="cta")]) from None
    return len(code.matrix), str(code.error), int(code.version)


def _plan_qr(data: str, min_px: int, dpi: int, *, left: int, bottom: int) -> PlacedQr:
    modules, error, version = _qr_shape(data)
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
