"""The email: responsive HTML from MJML with CSS inlined, and a real RFC 5322 ``.eml``.

``templates/email/email.mjml.j2`` is rendered with the campaign (autoescaped), compiled by
mjml-python and its CSS inlined by css-inline, so the message looks right in clients that drop
``<style>``. The ``.eml`` is ``multipart/alternative`` (text, then HTML — with the images inline
in a ``multipart/related`` when given) and carries one-click unsubscribe (RFC 8058).
"""

from __future__ import annotations

import functools
import io
import re
import secrets
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from jinja2.sandbox import SandboxedEnvironment
from PIL import Image

from studio.errors import Problem, StudioError, TemplateError
from studio.model.variant import Variant
from studio.render.environment import render_template
from studio.workspace import BrandKit

TEMPLATE = "email/email.mjml.j2"
#: Where ``index.html`` finds its images: in ``images/`` beside it.
IMAGES_FOLDER = "images"

#: The widest image an email carries: twice the template's 600 px column (sharp on high-density
#: screens). A print-resolution hero (3600 px) is scaled down for the email, never sent as it is.
EMAIL_IMAGE_MAX_PX = 1200


def email_image_bytes(path: Path) -> bytes:
    """The bytes of an image as the email carries it: the file itself when it is at most
    :data:`EMAIL_IMAGE_MAX_PX` wide (or not a picture Pillow reads), otherwise scaled down to that
    width in its own format, keeping its colour profile."""
    return screen_image_bytes(path, EMAIL_IMAGE_MAX_PX)


def screen_image_bytes(path: Path, max_px: int) -> bytes:
    """An image for a screen (email, web page): at most ``max_px`` wide, see :func:`email_image_bytes`."""
    stat = path.stat()
    return _screen_image(path, stat.st_mtime_ns, stat.st_size, max_px)


@functools.lru_cache(maxsize=32)
def _screen_image(path: Path, _mtime_ns: int, _size: int, max_px: int) -> bytes:
    data = path.read_bytes()
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width <= max_px or image.format not in ("JPEG", "PNG"):
                return data
            height = max(1, round(image.height * max_px / image.width))
            smaller = image.resize((max_px, height), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            profile = image.info.get("icc_profile")
            options: dict[str, Any] = {"icc_profile": profile} if profile else {}
            if image.format == "JPEG":
                smaller.save(out, "JPEG", quality=85, optimize=True, progressive=True, **options)
            else:
                smaller.save(out, "PNG", optimize=True, **options)
            return out.getvalue()
    except (OSError, ValueError, Image.DecompressionBombError):
        return data  # the asset checks report a broken picture; the email carries what is there


MIME_TYPES = {
    ".png": ("image", "png"),
    ".jpg": ("image", "jpeg"),
    ".jpeg": ("image", "jpeg"),
    ".gif": ("image", "gif"),
}


def _assets_folder(env: SandboxedEnvironment) -> Path:
    loader = env.loader
    searchpath = getattr(loader, "searchpath", ["templates"])
    return Path(searchpath[0]).parent / "assets"


def email_mjml(
    env: SandboxedEnvironment,
    context: Mapping[str, Any],
    fields: Mapping[str, str],
    *,
    image_src: Callable[[str], str] | None = None,
) -> str:
    """The MJML source of the email: the template rendered with the campaign (see below)."""
    assets = _assets_folder(env)

    def default_src(asset: str) -> str:
        return (assets / asset).resolve().as_uri()

    src = image_src or default_src
    brand: BrandKit = context["brand"]
    campaign = context["campaign"]
    page_context = dict(context)
    page_context["fields"] = dict(fields)
    page_context["logo_src"] = src(brand.logo.white)
    page_context["hero_src"] = src(campaign.hero_image) if campaign.hero_image else None
    return render_template(env, TEMPLATE, page_context)


def render_email_html(
    env: SandboxedEnvironment,
    context: Mapping[str, Any],
    fields: Mapping[str, str],
    *,
    image_src: Callable[[str], str] | None = None,
) -> str:
    """The email's final HTML: the MJML template rendered, compiled and its CSS inlined.

    ``image_src`` maps an asset path (``logo/aurora-logo.png``) to the ``src`` the HTML uses: a
    ``file://`` URI by default (previews), a relative path, an absolute URL or a ``cid:`` for export.
    """
    import css_inline
    import mjml

    assets = _assets_folder(env)
    source = email_mjml(env, context, fields, image_src=image_src)
    template_file = assets.parent / "templates" / TEMPLATE
    source, inline_css = split_inline_styles(source)
    try:
        compiled = mjml.mjml2html(source, disable_comments=True, fonts={})  # no web-font <link>s
    except (ValueError, RuntimeError) as exc:
        raise TemplateError(
            f"{template_file}: not valid MJML: {exc}",
            problems=[Problem(f"not valid MJML: {exc}", file=template_file)],
        ) from None
    try:
        # As the official MJML compiler does: only the <mj-style inline="inline"> CSS is inlined
        # (and its block dropped); MJML's own <style> blocks (Outlook's mso-table-* resets, the
        # responsive @media rules) stay as they are. Never fetch anything over the network.
        inliner = css_inline.CSSInliner(
            inline_style_tags=False,
            keep_style_tags=True,
            load_remote_stylesheets=False,
            extra_css=inline_css or None,
        )
        inlined = str(inliner.inline(compiled))
    except ValueError as exc:
        raise TemplateError(f"{template_file}: CSS cannot be inlined: {exc}") from None
    return deliverable_html(inlined)


_MJ_INLINE_STYLE = re.compile(
    r"<mj-style\b[^>]*\binline\s*=\s*([\"'])inline\1[^>]*>(.*?)</mj-style\s*>", re.IGNORECASE | re.DOTALL
)


def split_inline_styles(source: str) -> tuple[str, str]:
    """``source`` without its ``<mj-style inline="inline">`` blocks, and their CSS (to inline)."""
    css: list[str] = []

    def take(match: re.Match[str]) -> str:
        css.append(match.group(2))
        return ""

    return _MJ_INLINE_STYLE.sub(take, source), "\n".join(css)


#: ``vertical-align`` is no attribute of ``td`` in HTML (mjml-python writes it on buttons; the
#: official compiler does not): the Nu Html Checker reports it.
_TD_VERTICAL_ALIGN = re.compile(
    r"""(<td\b[^>]*?)\svertical-align\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE
)
#: mj-preview's hidden preheader: white 1px text, which SpamAssassin scores as
#: HTML_FONT_LOW_CONTRAST (text hidden by colour). Hidden by box instead: no colour, no font size.
_PREVIEW = re.compile(
    r"<div style=\"display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;"
    r"max-width:0px;opacity:0;overflow:hidden;\">",
    re.IGNORECASE,
)
PREHEADER_STYLE = "display:none;max-height:0;max-width:0;overflow:hidden;opacity:0"
#: Tells Apple Mail, Outlook.com and others that the message has its own dark-mode CSS
#: (``@media (prefers-color-scheme: dark)`` in the template), so they do not invert it.
COLOR_SCHEME_META = (
    '<meta name="color-scheme" content="light dark">'
    '<meta name="supported-color-schemes" content="light dark">'
)


def deliverable_html(html: str) -> str:
    """Compiled MJML made acceptable to validators and spam filters (see the patterns above)."""
    html = _TD_VERTICAL_ALIGN.sub(r"\1", html)
    html = _PREVIEW.sub(f'<div style="{PREHEADER_STYLE}">', html, count=1)
    if 'name="color-scheme"' not in html:
        html = re.sub(r"(<head\b[^>]*>)", lambda m: m.group(1) + COLOR_SCHEME_META, html, count=1, flags=re.I)
    return html


def html_size(html: str) -> int:
    """Bytes of the HTML as sent (Gmail clips messages above ~102 KB)."""
    return len(html.encode("utf-8"))


def export_image_src(asset: str) -> str:
    """The ``src`` of an asset in the exported ``index.html`` (a file in ``images/`` beside it)."""
    return f"{IMAGES_FOLDER}/{PurePosixPath(asset).name}"


def image_cid(asset: str) -> str:
    """The Content-ID (without ``cid:`` and ``<>``) of an asset inside ``message.eml``."""
    return f"{PurePosixPath(asset).stem}@studio"


def exported_pages(
    env: SandboxedEnvironment, context: Mapping[str, Any], fields: Mapping[str, str]
) -> tuple[str, str]:
    """The two HTML documents an export writes: ``index.html`` and the HTML part of ``message.eml``.

    They differ only in how they name images (a file beside the page, a ``cid:`` part of the
    message); :func:`studio.render.files.variant_files` writes exactly these.
    """
    page = render_email_html(env, context, fields, image_src=export_image_src)
    inline_page = render_email_html(env, context, fields, image_src=lambda asset: f"cid:{image_cid(asset)}")
    return page, inline_page


def eml_html_size(html: str) -> int:
    """Bytes of ``html`` as the HTML part of a :func:`build_eml` message carries it, decoded.

    The SMTP policy writes text parts line by line (``str.splitlines``) with CRLF line ends and a
    final line end; that, not the page as a file, is what a mailbox receives and Gmail measures.
    """
    return len(("\r\n".join(html.splitlines()) + "\r\n").encode("utf-8"))


def exported_html_bytes(
    env: SandboxedEnvironment, context: Mapping[str, Any], fields: Mapping[str, str]
) -> int:
    """Bytes of the larger exported HTML, ``index.html`` or the ``.eml``'s HTML part.

    Gmail clips a message whose HTML is above about 102 KB; this is the email's ``html_bytes``.
    """
    names: list[str] = []

    def token(asset: str) -> str:
        if asset not in names:
            names.append(asset)
        return f"studio-src-{_NONCE}-{names.index(asset)}-end"

    # One render, its images named by tokens, makes both pages: the two differ in those names
    # alone, which MJML and the CSS inliner copy as they are when they hold no character HTML or
    # CSS would escape (otherwise, and for the pages themselves, exported_pages renders each).
    page = render_email_html(env, context, fields, image_src=token)
    direct = [export_image_src(asset) for asset in names]
    cid = [f"cid:{image_cid(asset)}" for asset in names]
    if not all(_VERBATIM_SRC.fullmatch(src) for src in direct + cid):
        page, inline_page = exported_pages(env, context, fields)
        return max(html_size(page), eml_html_size(inline_page))
    inline_page = page
    for i, (file_src, cid_src) in enumerate(zip(direct, cid, strict=True)):
        page = page.replace(token(names[i]), file_src)
        inline_page = inline_page.replace(token(names[i]), cid_src)
    return max(html_size(page), eml_html_size(inline_page))


#: an image ``src`` every step of the email's HTML writes unchanged (no escaping, no quoting)
_VERBATIM_SRC = re.compile(r"[A-Za-z0-9._~:@/+-]+")
#: the tokens' mark: new every process, so no campaign text holds it
_NONCE = secrets.token_hex(8)


# Line breaks end a header (RFC 5322) and the email package refuses them, as it refuses the other
# characters str.splitlines() breaks on; other controls would be written raw. None belongs in a header.
_HEADER_BREAKERS = re.compile(r"\s*[\x00-\x1f\x7f-\x9f\u2028\u2029][\s\x00-\x1f\x7f-\x9f\u2028\u2029]*")


def one_line(text: str) -> str:
    """``text`` as one header-safe line: every run of line breaks and control characters is one space."""
    return _HEADER_BREAKERS.sub(" ", text).strip()


def build_eml(
    variant: Variant,
    html: str,
    *,
    brand: BrandKit,
    to: str = "cliente@example.com",
    date: datetime | None = None,
    images: Mapping[str, tuple[str, bytes]] | None = None,
) -> bytes:
    """An RFC 5322 message: ``multipart/alternative`` with the text and the HTML part.

    ``images`` maps a content id (as used in ``cid:`` srcs, without ``cid:``) to (file name, bytes).
    """
    # the email package costs ~50 ms to import: only a message being written needs it
    import email.errors
    import email.policy
    from email.headerregistry import Address
    from email.message import EmailMessage
    from email.utils import format_datetime, make_msgid

    message = EmailMessage(policy=email.policy.SMTP)
    sender = brand.email
    unsubscribe = [
        sender.unsubscribe_url,
        f"mailto:{sender.unsubscribe_mailto}" if sender.unsubscribe_mailto else "",
    ]
    try:
        headers: dict[str, Any] = {
            "From": Address(one_line(sender.from_name), addr_spec=one_line(sender.from_address)),
            "Reply-To": one_line(sender.reply_to),
            "To": one_line(to),
            "Subject": one_line(variant.fields.get("subject", "")),
            "Date": format_datetime(date or datetime.now(UTC)),
            "Message-ID": make_msgid(domain=one_line(sender.from_address).split("@")[-1]),
            "List-Unsubscribe": ", ".join(f"<{one_line(target)}>" for target in unsubscribe if target),
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
        for name, value in headers.items():
            if value:
                message[name] = value  # the policy folds and encodes; one_line() left nothing it refuses
    except (ValueError, email.errors.MessageError) as exc:
        # defence in depth: the campaign and the brand file are validated long before this
        raise StudioError(f"the email's headers cannot be written: {exc}") from None
    message.set_content(variant.fields.get("text", ""), subtype="plain", charset="utf-8")
    message.add_alternative(html, subtype="html", charset="utf-8")
    message["Content-Language"] = variant.locale  # after the content: set_content clears Content-* headers
    if images:
        html_part = message.get_payload()[1]  # type: ignore[index]
        assert isinstance(html_part, EmailMessage)
        for cid, (name, data) in images.items():
            maintype, subtype = MIME_TYPES.get(
                PurePosixPath(name).suffix.lower(), ("application", "octet-stream")
            )
            # inline, not attachment: the part is shown where the HTML refers to it, never listed
            # as an attachment to download
            html_part.add_related(
                data, maintype=maintype, subtype=subtype, cid=f"<{cid}>", filename=name, disposition="inline"
            )
    return bytes(message)
