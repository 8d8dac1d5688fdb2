"""The files a WhatsApp template or a push notification becomes.

WhatsApp (``whatsapp/``): ``template.json``, the body of Meta's template-creation call
(``POST /<WABA_ID>/message_templates``), ``proof.txt``, the template as a person reads it, and
``header.<ext>``, the header image when the header is an image (upload it with Meta's resumable
upload and put the handle it returns in place of ``upload:header.<ext>``).

Push (``push/``): ``apns.json`` (an APNs request body), ``fcm.json`` (an FCM HTTP v1
``messages:send`` body) and ``proof.txt``, with where each platform's view cuts the texts.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from studio.model.campaign import Campaign, Channel
from studio.model.variant import Variant
from studio.render.messaging import (
    apns_payload,
    fcm_payload,
    push_truncations,
    template_language,
    template_name,
    whatsapp_buttons,
    whatsapp_template,
)

if TYPE_CHECKING:
    from studio.render.variants import Renderer

Files = dict[PurePosixPath, bytes]


def _json(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def messaging_files(renderer: Renderer, campaign: Campaign, variant: Variant) -> Files:
    """The export files of a ``whatsapp`` or ``push`` variant, by path inside its locale's folder."""
    if variant.channel is Channel.WHATSAPP:
        return _whatsapp_files(renderer, campaign, variant)
    return _push_files(renderer, campaign, variant)


def _whatsapp_files(renderer: Renderer, campaign: Campaign, variant: Variant) -> Files:
    spec = renderer.specs.whatsapp
    fields = variant.fields
    image = None
    out: Files = {}
    if not fields.get("header", "").strip() and campaign.hero_image:
        path = renderer.workspace.asset(campaign.hero_image)
        image = f"header{path.suffix.lower()}"
        out[PurePosixPath("whatsapp") / image] = path.read_bytes()
    context = renderer.context(campaign, variant.locale, variant.channel)
    template = whatsapp_template(
        fields,
        name=template_name(campaign.key or campaign.name),
        language=template_language(variant.locale, spec.languages),
        category=spec.category,
        url=variant.links.get("cta"),
        example_name=context["phrase"]("wa_example_name"),
        header_image=image,
    )
    out[PurePosixPath("whatsapp/template.json")] = _json(template)
    out[PurePosixPath("whatsapp/proof.txt")] = _whatsapp_proof(fields, variant, image).encode("utf-8")
    return out


def _whatsapp_proof(fields: Mapping[str, str], variant: Variant, image: str | None) -> str:
    lines = [f"WhatsApp · {variant.locale}", "=" * 40]
    header = fields.get("header", "").strip()
    if header:
        lines += [f"[{header}]"]
    elif image:
        lines += [f"[image: {image}]"]
    lines += ["", fields.get("text", ""), ""]
    if fields.get("footer", "").strip():
        lines += [fields["footer"].strip(), ""]
    for button in whatsapp_buttons(fields):
        target = f" → {variant.links['cta']}" if button["type"] == "URL" and "cta" in variant.links else ""
        lines.append(f"[ {button['text']} ]{target}")
    return "\n".join(lines).rstrip() + "\n"


def _push_files(renderer: Renderer, campaign: Campaign, variant: Variant) -> Files:
    key = campaign.key or "campaign"
    link = variant.links.get("deep_link")
    fields = variant.fields
    return {
        PurePosixPath("push/apns.json"): _json(apns_payload(fields, link=link, campaign=key)),
        PurePosixPath("push/fcm.json"): _json(fcm_payload(fields, link=link, campaign=key)),
        PurePosixPath("push/proof.txt"): _push_proof(renderer, variant).encode("utf-8"),
    }


def _cut(text: str, visible: int) -> str:
    return text if len(text) <= visible else text[: max(visible - 1, 0)].rstrip() + "…"


def _push_proof(renderer: Renderer, variant: Variant) -> str:
    title = variant.fields.get("title", "")
    body = variant.fields.get("text", "")
    lines = [f"Push · {variant.locale}", "=" * 40, f"Title: {title}", f"Body:  {body}"]
    if "deep_link" in variant.links:
        lines.append(f"Opens: {variant.links['deep_link']}")
    lines.append("")
    for view, (title_max, body_max) in push_truncations(renderer.specs.push).items():
        lines += [f"{view} (title {title_max}, body {body_max}):", f"  {_cut(title, title_max)}"]
        lines += [f"  {_cut(body, body_max)}", ""]
    return "\n".join(lines).rstrip() + "\n"
