"""The email: responsive HTML from MJML with CSS inlined, and a real RFC 5322 ``.eml``.

``templates/email/email.mjml.j2`` is rendered with the campaign (autoescaped), compiled by
mjml-python and its CSS inlined by css-inline, so the message looks right in clients that drop
``<style>``. The ``.eml`` is ``multipart/alternative`` (text, then HTML — with the images inline
in a ``multipart/related`` when given) and carries one-click unsubscribe (RFC 8058).
"""

from __future__ import annotations

import email.policy
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path, PurePosixPath
from typing import Any

from jinja2.sandbox import SandboxedEnvironment

from studio.errors import Problem, TemplateError
from studio.model.variant import Variant
from studio.render.environment import render_template
from studio.workspace import BrandKit

TEMPLATE = "email/email.mjml.j2"
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


def render_email_html(
    env: SandboxedEnvironment,
    context: Mapping[str, Any],
    fields: Mapping[str, str],
    *,
    image_src: Callable[[str], str] | None = None,
) -> str:
    """The email's final HTML: the MJML template rendered, compiled and its CSS inlined.

    ``image_src`` maps an asset path (``logo/aurora-logo.png``) to the ``src`` the HTML uses: a
    ``file://`` URI by default (previews), a relative path or a ``cid:`` for export.
    """
    import css_inline
    import mjml

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
    source = render_template(env, TEMPLATE, page_context)
    template_file = assets.parent / "templates" / TEMPLATE
    try:
        compiled = mjml.mjml2html(source, disable_comments=True, fonts={})  # no web-font <link>s
    except (ValueError, RuntimeError) as exc:
        raise TemplateError(
            f"{template_file}: not valid MJML: {exc}",
            problems=[Problem(f"not valid MJML: {exc}", file=template_file)],
        ) from None
    try:
        # keep the responsive @media rules in <style>; never fetch anything over the network
        inliner = css_inline.CSSInliner(keep_style_tags=True, load_remote_stylesheets=False)
        return str(inliner.inline(compiled))
    except ValueError as exc:
        raise TemplateError(f"{template_file}: CSS cannot be inlined: {exc}") from None


def html_size(html: str) -> int:
    """Bytes of the HTML as sent (Gmail clips messages above ~102 KB)."""
    return len(html.encode("utf-8"))


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
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = Address(brand.email.from_name, addr_spec=brand.email.from_address)
    if brand.email.reply_to:
        message["Reply-To"] = brand.email.reply_to
    message["To"] = to
    message["Subject"] = variant.fields.get("subject", "")
    message["Date"] = format_datetime(date or datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain=brand.email.from_address.split("@")[-1])
    unsubscribe = [f"<{brand.email.unsubscribe_url}>"]
    if brand.email.unsubscribe_mailto:
        unsubscribe.append(f"<mailto:{brand.email.unsubscribe_mailto}>")
    message["List-Unsubscribe"] = ", ".join(unsubscribe)
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
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
            html_part.add_related(data, maintype=maintype, subtype=subtype, cid=f"<{cid}>", filename=name)
    return bytes(message)
