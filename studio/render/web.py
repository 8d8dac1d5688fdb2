"""The web channel's files: the landing block (an HTML snippet) and the display banners (PNG).

The landing block is built from the ``web`` variant's fields (``templates/web/web.txt.j2``), every
text escaped (nothing of the campaign's copy becomes markup), as one ``<section>`` with its own
language, a heading, the hero image with its alt text, the price (the previous one marked up as
deleted), the code, the call to action as a link tagged with the web channel's UTM and
``utm_content=landing``, and the legal text; its inline styles are the brand's colours, and it
reflows from a phone to a desktop column (``max-width``, relative units, no fixed widths).

The banners are the IAB sizes of ``templates/channels.yaml`` (``web.banners``): the brand's
colours and fonts, the headline and price fitted to the space (never under ``min_text_px``: a
banner whose text would be smaller drops the headline, then says so in ``metrics``), sRGB-tagged
PNGs like every image the studio writes. Each banner's click-through link (in ``banners.json``)
carries ``utm_content=banner-<size>``.
"""

from __future__ import annotations

import io
import json
from html import escape
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from studio.model.campaign import Campaign
from studio.model.variant import Variant
from studio.workspace import Workspace

if TYPE_CHECKING:
    from PIL import ImageFont

    from studio.render.specs import WebSpec


def with_content(url: str, content: str) -> str:
    """``url`` with ``utm_content`` set to ``content`` (the other parameters kept)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "utm_content"]
    query.append(("utm_content", content))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


def landing_html(workspace: Workspace, campaign: Campaign, variant: Variant, *, hero: str | None) -> str:
    """The landing block of one locale (see the module docstring). ``hero``: the image's URL."""
    f = variant.fields
    colors = workspace.brand.colors
    link = variant.links.get("cta")
    alt = campaign.locales[variant.locale].image_alt
    head_id = f"offer-{campaign.key or 'campaign'}-{variant.locale}".lower()
    parts = [
        f'<section class="campaign-offer" lang="{escape(variant.locale)}" '
        f'aria-labelledby="{escape(head_id)}" '
        f'style="max-width:40rem;margin:0 auto;padding:1rem;font-family:sans-serif;'
        f'color:{colors.ink};background:{colors.paper}">',
    ]
    if hero:
        parts.append(
            f'<img src="{escape(hero)}" alt="{escape(alt)}" '
            'style="display:block;width:100%;height:auto;border-radius:0.5rem">'
        )
    parts.append(
        f'<h2 id="{escape(head_id)}" style="color:{colors.primary}">{escape(f.get("headline", ""))}</h2>'
    )
    if f.get("subheadline"):
        parts.append(f"<p>{escape(f['subheadline'])}</p>")
    if f.get("price"):
        was = f' <del style="font-size:1rem">{escape(f["was_price"])}</del>' if f.get("was_price") else ""
        parts.append(
            f'<p style="font-size:2rem;font-weight:bold;margin:0.5rem 0">{escape(f["price"])}{was}</p>'
        )
    if f.get("code"):
        parts.append(f'<p><strong style="letter-spacing:0.05em">{escape(f["code"])}</strong></p>')
    if f.get("dates"):
        parts.append(f"<p>{escape(f['dates'])}</p>")
    if link and f.get("cta"):
        href = with_content(link, "landing")
        parts.append(
            f'<p><a href="{escape(href)}" style="display:inline-block;padding:0.75rem 1.5rem;'
            f"border-radius:2rem;background:{colors.primary};color:{colors.paper};"
            f'font-weight:bold;text-decoration:none">{escape(f["cta"])}</a></p>'
        )
    if f.get("legal"):
        parts.append(f'<p style="font-size:0.8rem"><small>{escape(f["legal"])}</small></p>')
    parts.append("</section>")
    return "\n".join(parts) + "\n"


def web_files(
    workspace: Workspace, spec: WebSpec, campaign: Campaign, variant: Variant
) -> dict[PurePosixPath, bytes]:
    """``web/landing.html`` (and its hero in ``web/images/``), ``web/banner-<size>.png`` for each
    IAB size and ``web/banners.json`` (each banner's file, size and click-through link)."""
    hero = f"images/{PurePosixPath(campaign.hero_image).name}" if campaign.hero_image else None
    files = {
        PurePosixPath("web/landing.html"): landing_html(workspace, campaign, variant, hero=hero).encode()
    }
    if campaign.hero_image and hero:
        from studio.render.email import screen_image_bytes

        # a landing hero at most 2,400 px wide (sharp on high-density screens), not the print master
        files[PurePosixPath("web", hero)] = screen_image_bytes(workspace.asset(campaign.hero_image), 2400)
    link = variant.links.get("cta")
    index: list[dict[str, Any]] = []
    for name, size in spec.banners.items():
        png, _smallest = banner_png(workspace, variant, size.width, size.height, min_px=spec.min_text_px)
        path = f"web/banner-{name}.png"
        files[PurePosixPath(path)] = png
        index.append(
            {
                "file": path.removeprefix("web/"),
                "width": size.width,
                "height": size.height,
                "click_url": with_content(link, f"banner-{name}") if link else None,
                "alt": variant.fields.get("headline", ""),
            }
        )
    files[PurePosixPath("web/banners.json")] = (
        json.dumps(index, ensure_ascii=False, indent=2) + "\n"
    ).encode()
    return files


def _rgb(hex_color: str) -> tuple[int, int, int]:
    value = hex_color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _fit(
    text: str, path: Any, width: int, height: int, min_px: int
) -> tuple[ImageFont.FreeTypeFont, int] | None:
    """The largest size (at most ``height``) at which ``text`` fits ``width``; None under ``min_px``."""
    from studio.render.signage.kit import _font

    px = max(height, min_px)
    while px >= min_px:
        font = _font(path, px)
        if font.getlength(text) <= width:
            return font, px
        px -= 1
    return None


def banner_png(
    workspace: Workspace, variant: Variant, width: int, height: int, *, min_px: int
) -> tuple[bytes, int]:
    """One banner and the smallest text size on it (px). The price and the call to action always
    show; the headline when it fits at ``min_px`` or more."""
    from PIL import Image, ImageDraw

    from studio.render.signage.kit import _font_file, srgb_profile

    brand = workspace.brand
    colors = brand.colors
    image = Image.new("RGB", (width, height), _rgb(colors.primary))
    draw = ImageDraw.Draw(image)
    pad = max(4, min(width, height) // 12)
    wide = width / height > 3
    head_font = _font_file(workspace, brand.fonts.headline)
    bold = _font_file(workspace, brand.fonts.body_bold)
    f = variant.fields
    texts = [
        (f.get("price", ""), bold, colors.accent),
        (f.get("cta", ""), bold, colors.paper),
    ]
    headline = f.get("headline", "")
    sizes: list[int] = []
    if wide:  # one row: headline · price · call to action, left to right
        cells = [(headline, head_font, colors.paper), *texts]
        cell_w = (width - pad * (len(cells) + 1)) // len(cells)
        x = pad
        for text, font_path, color in cells:
            fitted = _fit(text, font_path, cell_w, int(height * 0.45), min_px) if text else None
            if fitted:
                font, px = fitted
                draw.text((x, height / 2), text, font=font, fill=_rgb(color), anchor="lm")
                sizes.append(px)
            x += cell_w + pad
    else:  # a column: headline, price, call to action
        rows = [(headline, head_font, colors.paper, 0.2), *[(t, p, c, 0.22) for t, p, c in texts]]
        y = pad
        for text, font_path, color, share in rows:
            fitted = _fit(text, font_path, width - 2 * pad, int(height * share), min_px) if text else None
            if fitted:
                font, px = fitted
                draw.text((pad, y), text, font=font, fill=_rgb(color), anchor="la")
                sizes.append(px)
                y += int(px * 1.3)
    out = io.BytesIO()
    image.save(out, format="PNG", icc_profile=srgb_profile(), optimize=True)
    return out.getvalue(), min(sizes) if sizes else 0


__all__ = ["banner_png", "landing_html", "web_files", "with_content"]
