"""Render a campaign into its variants: one per chosen channel × locale.

The templates give every field; a marketer's override replaces a field; channel metrics are
measured on the final text, and the email's HTML size on the very HTML the export writes (so
lint and export agree on Gmail's clipping). Posters, images and the previewed email HTML are
produced on request (``html=True`` here, :mod:`studio.render.signage` for images), so
re-rendering on every keystroke stays cheap.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from jinja2.sandbox import SandboxedEnvironment

from studio.errors import Problem, StudioError, ValidationError
from studio.model.campaign import Campaign, Channel, Message
from studio.model.variant import Variant
from studio.render.context import load_phrases, template_context
from studio.render.environment import make_environment, render_blocks
from studio.render.specs import ChannelSpecs, load_specs
from studio.workspace import Workspace

#: The template of each channel, inside templates/ (each ``{% block %}`` is one field).
TEMPLATES: dict[Channel, str] = {
    Channel.EMAIL: "email/email.txt.j2",
    Channel.SMS: "sms/sms.txt.j2",
    Channel.X: "post/x.txt.j2",
    Channel.INSTAGRAM: "post/instagram.txt.j2",
    Channel.FACEBOOK: "post/facebook.txt.j2",
    Channel.LINKEDIN: "post/linkedin.txt.j2",
    Channel.SIGNAGE: "signage/poster.txt.j2",
    Channel.WHATSAPP: "whatsapp/whatsapp.txt.j2",
    Channel.PUSH: "push/push.txt.j2",
    Channel.STAFF: "staff/staff.txt.j2",
    Channel.WEB: "web/web.txt.j2",
}

_HASHTAG = re.compile(r"(?<![\w#])#\w+")
# Babel writes "19,99 €" and "20 %" with no-break spaces: right for print and HTML, but they
# are not in GSM-7 and would turn an SMS into UCS-2.
_SMS_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


def _tidy(text: str) -> str:
    text = "\n".join(line.rstrip() for line in text.strip().splitlines())
    return re.sub(r"\n{3,}", "\n\n", text)


def workspace_problems(workspace: Workspace, campaign: Campaign) -> list[Problem]:
    """What in ``campaign`` this workspace cannot render: a missing image, an unknown print size.

    The one check behind rendering, ``studio campaign validate`` and ``studio campaign import``.
    """
    return [
        *load_specs(workspace.templates).campaign_problems(campaign),
        *workspace.campaign_problems(campaign),
    ]


@dataclass
class Renderer:
    """Renders campaigns with one workspace's templates, specs and phrases (loaded once)."""

    workspace: Workspace
    _cache: dict[tuple[object, ...], Variant] = field(default_factory=dict, repr=False)
    #: each (channel, locale, html)'s last render: its key but the message, the message, the variant
    _last: dict[tuple[Channel, str, bool], tuple[tuple[object, ...], Message, Variant]] = field(
        default_factory=dict, repr=False
    )

    @cached_property
    def env(self) -> SandboxedEnvironment:
        return make_environment(self.workspace.templates)

    @property
    def specs(self) -> ChannelSpecs:
        return load_specs(self.workspace.templates)

    def check(self, campaign: Campaign) -> None:
        """Refuse a campaign this workspace cannot render (unknown print size, missing image)."""
        problems = workspace_problems(self.workspace, campaign)
        if problems:
            raise ValidationError(
                f"campaign {campaign.key or campaign.name!r} cannot be rendered", problems=problems
            )

    def context(self, campaign: Campaign, locale: str, channel: Channel) -> dict[str, Any]:
        return template_context(
            campaign,
            locale,
            channel,
            brand=self.workspace.brand,
            specs=self.specs,
            phrases=load_phrases(self.workspace.templates),
            templates=self.workspace.templates,
        )

    def _templates_stamp(self) -> tuple[tuple[str, int], ...]:
        """Names and change times of the workspace's templates and brand file (cache invalidation)."""
        from studio.stamps import files_stamp

        return files_stamp([self.workspace.templates]) + files_stamp([self.workspace.assets], "brand.yaml")

    def render(
        self,
        campaign: Campaign,
        locale: str,
        channel: Channel,
        *,
        html: bool = False,
        stamp: tuple[tuple[str, int], ...] | None = None,
        dumped: tuple[str, str, str] | None = None,
    ) -> Variant:
        """One variant (cached: typing in one locale re-renders only the variants that show what
        changed — a keystroke in the body, only those whose templates read the body).

        ``dumped``: the campaign without its locales and overrides, this locale's content without
        its message, and its message, as JSON (what :meth:`render_variants` writes once for all the
        variants of one call)."""
        override = campaign.override(channel, locale)
        if dumped is None:
            dumped = _dumped(campaign, locale)
        stamp = stamp if stamp is not None else self._templates_stamp()
        common, content, message = dumped
        override_json = override.model_dump_json() if override else ""
        place = (channel, locale, html, common, content, override_json, stamp)
        key = (*place, message)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        slot = (channel, locale, html)
        last = self._last.get(slot)
        fields = campaign.locales[locale].message
        if last is not None and last[0] == place:  # the same variant after an edit of its message
            reads = self._message_reads(channel, stamp)
            if reads is not None and all(
                getattr(last[1], f, None) == getattr(fields, f, None) for f in reads
            ):
                cached = last[2]  # an edit of a field its templates do not read
        if cached is None:
            cached = self._render(campaign, locale, channel, html=html)
        self._last[slot] = (place, fields, cached)
        if len(self._cache) >= 1024:
            self._cache.pop(next(iter(self._cache)))
        self._cache[key] = cached
        return cached

    def _message_reads(self, channel: Channel, stamp: object) -> frozenset[str] | None:
        """The message fields the channel's templates read; None when that cannot be told
        (:func:`studio.render.reads.message_reads`). Asked only when a variant is rendered again
        after an edit of its message: rendering each variant once (``studio lint``) reads no
        template's syntax."""
        from studio.render.email import TEMPLATE as EMAIL_PAGE  # its size is measured on every render
        from studio.render.reads import message_reads

        names = (TEMPLATES[channel], EMAIL_PAGE) if channel is Channel.EMAIL else (TEMPLATES[channel],)
        return message_reads(self.env, names, stamp)

    def _render(self, campaign: Campaign, locale: str, channel: Channel, *, html: bool = False) -> Variant:
        """One variant: template fields, the marketer's override on top, then the channel's metrics."""
        context = self.context(campaign, locale, channel)
        fields = {
            name: _tidy(text) for name, text in render_blocks(self.env, TEMPLATES[channel], context).items()
        }
        override = campaign.override(channel, locale)
        overridden = override.fields() if override else {}
        fields.update(overridden)
        if channel is Channel.SMS:
            fields = {k: unicodedata.normalize("NFC", v.translate(_SMS_SPACES)) for k, v in fields.items()}
        links = {"cta": context["cta"]["url"]} if context["cta"] else {}
        page = None
        exported_bytes = None
        unmeasured: dict[str, str] = {}
        if channel is Channel.EMAIL:
            from studio.render.email import exported_html_bytes, one_line, render_email_html

            # subject and preheader are one line in every inbox (and the subject is a header)
            fields.update({k: one_line(fields[k]) for k in ("subject", "preheader") if k in fields})
            # limits are measured on the HTML the export writes, never on a preview of it
            try:
                exported_bytes = exported_html_bytes(self.env, context, fields)
            except StudioError as exc:
                # a broken HTML template must not stop the text checks of every channel: the
                # limit rule reports what could not be measured (and the export refuses)
                unmeasured["html_bytes"] = str(exc)
            if html:
                page = render_email_html(self.env, context, fields)
        if channel is Channel.PUSH:
            links = self._push_links(campaign, context)
        metrics = self.measure(
            channel, fields, html_bytes=exported_bytes, links=links, key=campaign.key or ""
        )
        if unmeasured:
            metrics["unmeasured"] = unmeasured
        return Variant(
            channel=channel,
            locale=locale,
            fields=fields,
            overridden=frozenset(overridden),
            links=links,
            metrics=metrics,
            html=page,
        )

    def _push_links(self, campaign: Campaign, context: dict[str, Any]) -> dict[str, str]:
        """A push's links: the tagged web address and the deep link the app opens (same path)."""
        from studio.render.messaging import deep_link

        if not context["cta"]:
            return {}
        link = deep_link(context["cta"]["url"], self.workspace.brand)
        return {"cta": context["cta"]["url"], **({"deep_link": link} if link else {})}

    def measure(
        self,
        channel: Channel,
        fields: dict[str, str],
        *,
        html_bytes: int | None = None,
        links: dict[str, str] | None = None,
        key: str = "",
    ) -> dict[str, Any]:
        """The numbers a channel's limits are checked against.

        ``html_bytes`` is the size of the email's exported HTML (see
        :func:`studio.render.email.exported_html_bytes`); ``links`` and ``key`` (the campaign's)
        size a WhatsApp URL button and a push's payloads as the export writes them.
        """
        specs = self.specs
        if channel in (Channel.WHATSAPP, Channel.PUSH):
            return _measure_messaging(specs, channel, fields, links, key)
        if channel is Channel.SMS:
            from studio.render.sms import measure_sms

            sms = measure_sms(fields.get("text", ""))
            return {
                "encoding": sms.encoding,
                "segments": sms.segments,
                "units": sms.units,
                "units_left": sms.units_left,
                "non_gsm": list(sms.non_gsm),
                "max_segments": specs.sms.max_segments,
            }
        if channel is Channel.X:
            from studio.render.x_text import measure_x

            x = measure_x(fields.get("text", ""))
            return {
                "weighted_length": x.weighted_length,
                "valid": x.valid,
                "max_length": specs.post_x.max_length,
            }
        if channel.is_post:
            text = unicodedata.normalize("NFC", fields.get("text", ""))
            spec = specs.post(channel)
            return {
                "length": len(text),
                "max_length": spec.max_length,
                "valid": 0 < len(text) <= spec.max_length,
                "hashtags": len(_HASHTAG.findall(text)),
                "max_hashtags": spec.max_hashtags,
            }
        if channel is Channel.EMAIL:
            out: dict[str, Any] = {
                "subject_length": len(fields.get("subject", "")),
                "subject_visible": specs.email.subject_visible,
                "preheader_length": len(fields.get("preheader", "")),
                "preheader_visible": specs.email.preheader_visible,
            }
            if html_bytes is not None:
                out["html_bytes"] = html_bytes
                out["html_clip_bytes"] = specs.email.html_clip_bytes
            return out
        return {}

    def render_variants(
        self,
        campaign: Campaign,
        *,
        locales: Iterable[str] | None = None,
        channels: Iterable[Channel | str] | None = None,
        html: bool = False,
    ) -> list[Variant]:
        """Every variant of ``campaign`` (or of the chosen locales/channels), primary locale first."""
        self.check(campaign)
        chosen_locales = _choose(campaign.locale_tags, locales, "locale")
        chosen_channels = _choose(
            [c.value for c in campaign.channels],
            [_channel(c) for c in channels] if channels else None,
            "channel",
        )
        stamp = self._templates_stamp()
        common = _campaign_json(campaign)
        dumped = {locale: _dumped(campaign, locale, common) for locale in chosen_locales}
        return [
            self.render(campaign, locale, Channel(channel), html=html, stamp=stamp, dumped=dumped[locale])
            for channel in chosen_channels
            for locale in chosen_locales
        ]


def _campaign_json(campaign: Campaign) -> str:
    return campaign.model_dump_json(exclude={"locales", "overrides"})


def _dumped(campaign: Campaign, locale: str, common: str | None = None) -> tuple[str, str, str]:
    """What a variant's key holds of the campaign (see :meth:`Renderer.render`)."""
    content = campaign.locales[locale]
    return (
        _campaign_json(campaign) if common is None else common,
        content.model_dump_json(exclude={"message"}),
        content.message.model_dump_json(),
    )


def _measure_messaging(
    specs: ChannelSpecs, channel: Channel, fields: dict[str, str], links: dict[str, str] | None, key: str
) -> dict[str, Any]:
    """WhatsApp and push metrics; ``links`` None (``studio measure``): no URL, no payload size."""
    from studio.render.messaging import measure_push, measure_whatsapp, payload_bytes

    if channel is Channel.WHATSAPP:
        return measure_whatsapp(fields, specs.whatsapp, url=(links or {}).get("cta"))
    sizes = (
        payload_bytes(fields, link=links.get("deep_link"), campaign=key or "campaign")
        if links is not None
        else None
    )
    return measure_push(fields, specs.push, payload_bytes=sizes)


def _channel(value: Channel | str) -> str:
    """A channel id, or a clear error naming the known ones (``--channel bogus``)."""
    try:
        return str(Channel(value))
    except ValueError:
        known = ", ".join(c.value for c in Channel)
        message = f"unknown channel {value!r} (use {known})"
        raise ValidationError(message, problems=[Problem(message, field="channel")]) from None


def _choose(available: list[str], wanted: Iterable[str] | None, what: str) -> list[str]:
    if wanted is None:
        return available
    picked = list(wanted)
    unknown = [w for w in picked if w not in available]
    if unknown:
        raise ValidationError(
            f"the campaign has no {what} {unknown[0]!r} (it has {', '.join(available)})",
            problems=[Problem(f"the campaign has no {what} {unknown[0]!r} (it has {', '.join(available)})")],
        )
    return [a for a in available if a in picked]
