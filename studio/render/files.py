"""The files each variant becomes, and writing a whole render into a folder atomically.

One place knows which files a variant produces, so ``studio render`` and the batch export write
the same things. Files are built in memory, then the folder is written next to its destination
and renamed into place: a failure or a cancel leaves no half-written output.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from studio.atomic import write_error
from studio.errors import StudioError
from studio.model.campaign import Campaign, Channel
from studio.model.variant import Variant
from studio.render.variants import Renderer

#: Where each channel's files go inside a locale's folder.
FOLDERS = {
    Channel.EMAIL: "email",
    Channel.SMS: "sms",
    Channel.X: "social",
    Channel.INSTAGRAM: "social",
    Channel.FACEBOOK: "social",
    Channel.LINKEDIN: "social",
    Channel.SIGNAGE: "signage",
    Channel.WHATSAPP: "whatsapp",
    Channel.PUSH: "push",
    Channel.STAFF: "staff",
    Channel.WEB: "web",
}

Files = dict[PurePosixPath, bytes]


def _email_files(
    renderer: Renderer,
    campaign: Campaign,
    variant: Variant,
    now: datetime | None = None,
    *,
    image_base: str = "",
    unsubscribe: str = "",
) -> Files:
    from studio.render.email import (
        build_eml,
        email_image_bytes,
        export_image_src,
        image_cid,
        render_email_html,
    )

    context = renderer.context(campaign, variant.locale, variant.channel)
    fields = dict(variant.fields)
    assets: dict[str, Path] = {}

    def relative_src(asset: str) -> str:
        path = renderer.workspace.asset(asset)
        assets[asset] = path
        src = export_image_src(asset)  # as measured by the variant's html_bytes (exported_pages)
        return f"{image_base}/{quote(PurePosixPath(src).name)}" if image_base else src

    cids: dict[str, tuple[str, bytes]] = {}

    def cid_src(asset: str) -> str:
        path = renderer.workspace.asset(asset)
        cid = image_cid(asset)
        cids[cid] = (PurePosixPath(asset).name, email_image_bytes(path))
        return f"cid:{cid}"

    # index.html is what an ESP imports: its unsubscribe link is the ESP's merge tag when one is
    # chosen; message.eml (a finished message, for proofs and seed tests) keeps the real URL
    page_context = {**context, "unsubscribe_url": unsubscribe} if unsubscribe else context
    page = render_email_html(renderer.env, page_context, fields, image_src=relative_src)
    inline_page = render_email_html(renderer.env, context, fields, image_src=cid_src)
    out: Files = {
        PurePosixPath("email/index.html"): page.encode("utf-8"),
        PurePosixPath("email/plain.txt"): (fields.get("text", "") + "\n").encode("utf-8"),
        PurePosixPath("email/message.eml"): build_eml(
            variant, inline_page, brand=renderer.workspace.brand, images=cids, date=now
        ),
    }
    for asset, path in assets.items():
        out[PurePosixPath("email/images") / PurePosixPath(asset).name] = email_image_bytes(path)
    return out


def _signage_files(
    renderer: Renderer, campaign: Campaign, variant: Variant, now: datetime | None = None
) -> Files:
    from studio.clock import now as clock_now
    from studio.render.signage import draw_poster, encode_png
    from studio.render.signage.pdf import encode_print_pdf

    specs = renderer.specs
    out: Files = {}
    for size in campaign.print_sizes:
        poster = draw_poster(variant, renderer.workspace, specs, size, hero_image=campaign.hero_image)
        out[PurePosixPath(f"signage/poster-{size}.png")] = encode_png(poster.image)
        # The print file is drawn from the same layout (text, vector shapes, the photo's own pixels),
        # never from the PNG: nothing is decoded again.
        out[PurePosixPath(f"signage/poster-{size}.pdf")] = encode_print_pdf(
            poster,
            specs,
            size,
            title=f"{campaign.name} · {size} · {variant.locale}",
            created=now or clock_now(),
            crop_marks=specs.signage.crop_marks,
        )
    return out


def _instagram_image(renderer: Renderer, campaign: Campaign, locale: str) -> bytes:
    from studio.render.signage import compose_instagram, encode_png

    texts = renderer.render(campaign, locale, Channel.SIGNAGE)
    image = compose_instagram(
        texts.fields,
        renderer.workspace,
        size=renderer.specs.instagram_size(),
        link=None,
        hero_image=campaign.hero_image,
    )
    return encode_png(image)


def variant_files(
    renderer: Renderer,
    campaign: Campaign,
    variant: Variant,
    *,
    now: datetime | None = None,
    image_base: str = "",
    unsubscribe: str = "",
) -> Files:
    """The channel-ready files of one variant, by path inside its locale's folder.

    ``now`` dates the email's ``.eml`` (the real time when not given). ``image_base``: the public
    URL of the email's ``images/`` folder, so ``index.html`` names its images absolutely (else
    relatively). ``unsubscribe``: what ``index.html``'s unsubscribe link points at instead of the
    brand's URL (an ESP's merge tag such as ``*|UNSUB|*``).
    """
    channel = variant.channel
    if channel is Channel.EMAIL:
        return _email_files(renderer, campaign, variant, now, image_base=image_base, unsubscribe=unsubscribe)
    if channel is Channel.SIGNAGE:
        return _signage_files(renderer, campaign, variant, now)
    if channel is Channel.WEB:
        from studio.render.web import web_files

        return web_files(renderer.workspace, renderer.specs.web, campaign, variant)
    if channel is Channel.STAFF:
        from studio.clock import now as clock_now
        from studio.render.staff import staff_files

        return staff_files(renderer.workspace, renderer.specs.staff, variant, created=now or clock_now())
    if channel in (Channel.WHATSAPP, Channel.PUSH):
        from studio.render.messaging_files import messaging_files

        return messaging_files(renderer, campaign, variant)
    text = (variant.fields.get("text", "") + "\n").encode("utf-8")
    if channel is Channel.SMS:
        return {PurePosixPath("sms/message.txt"): text}
    network = channel.value.removeprefix("post.")
    files: Files = {PurePosixPath(f"social/{network}.txt"): text}
    if channel is Channel.INSTAGRAM:
        files[PurePosixPath("social/instagram.png")] = _instagram_image(renderer, campaign, variant.locale)
    return files


def variant_record(variant: Variant) -> dict[str, Any]:
    """A variant as JSON data (for variants.json and tools)."""
    return {
        "channel": variant.channel.value,
        "locale": variant.locale,
        "fields": dict(variant.fields),
        "overridden": sorted(variant.overridden),
        "links": dict(variant.links),
        "metrics": dict(variant.metrics),
    }


def render_files(
    renderer: Renderer,
    campaign: Campaign,
    *,
    locales: Iterable[str] | None = None,
    channels: Iterable[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Files:
    """Every file of a campaign's render, by path (``<locale>/<channel folder>/…`` and variants.json)."""
    variants = renderer.render_variants(campaign, locales=locales, channels=channels, html=True)
    files: Files = {}
    for done, variant in enumerate(variants, 1):
        for path, data in variant_files(renderer, campaign, variant).items():
            files[PurePosixPath(variant.locale) / path] = data
        if progress:
            progress(done, len(variants))
    records = [variant_record(v) for v in variants]
    files[PurePosixPath("variants.json")] = (json.dumps(records, ensure_ascii=False, indent=2) + "\n").encode(
        "utf-8"
    )
    return files


def write_tree(files: Files, out: Path, *, overwrite: bool = False) -> list[Path]:
    """Write ``files`` as folder ``out``: built beside it, then renamed into place.

    A disk that refuses the writes (full, read-only, permission denied) raises :class:`StudioError`
    naming ``out``; nothing of the new folder is left and an earlier ``out`` stays as it was.
    """
    out = Path(out)
    if out.exists() and not overwrite:
        raise StudioError(f"{out} exists: use --overwrite to replace it")
    if out.exists() and not out.is_dir():
        raise StudioError(f"{out} exists and is not a folder")
    try:
        return _write_tree(files, out)
    except OSError as exc:
        raise write_error(exc, out) from None


def _write_tree(files: Files, out: Path) -> list[Path]:
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        for rel, data in files.items():
            target = staging / rel
            if not target.resolve().is_relative_to(staging.resolve()):
                raise StudioError(f"refusing to write {rel}: outside the output folder")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old.", dir=out.parent))
            old.rmdir()
            out.rename(old)
            try:
                staging.rename(out)
            except BaseException:
                old.rename(out)  # the earlier render stays
                raise
            shutil.rmtree(old, ignore_errors=True)
        else:
            staging.rename(out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(out / rel for rel in files)


def write_render(
    renderer: Renderer,
    campaign: Campaign,
    out: Path,
    *,
    locales: Iterable[str] | None = None,
    channels: Iterable[str] | None = None,
    overwrite: bool = False,
) -> list[Path]:
    """Render ``campaign`` into folder ``out`` (see :func:`render_files`)."""
    if Path(out).exists() and not overwrite:  # fail before any work
        raise StudioError(f"{out} exists: use --overwrite to replace it")
    return write_tree(
        render_files(renderer, campaign, locales=locales, channels=channels), out, overwrite=overwrite
    )
