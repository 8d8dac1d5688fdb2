"""WhatsApp Business templates and app push notifications: metrics, deep links and payloads.

Limits are data (``templates/channels.yaml``, ``whatsapp`` and ``push``); this module measures
the rendered fields against them and builds what the export writes:

* the body of a **Graph API** ``POST /<WABA_ID>/message_templates`` call (name, language,
  category, components: HEADER, BODY with its ``{{1}}`` examples, FOOTER, BUTTONS);
* the **APNs** (``aps.alert``) and **FCM HTTP v1** (``message.notification``) payloads of a push.

Lengths are Unicode code points after NFC, as Meta and the platforms count them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from studio.render.specs import PushSpec, WhatsAppSpec
from studio.workspace import BrandKit

__all__ = [
    "apns_payload",
    "deep_link",
    "fcm_payload",
    "format_problems",
    "measure_push",
    "measure_whatsapp",
    "push_truncations",
    "template_language",
    "template_name",
    "variable_problems",
    "whatsapp_buttons",
    "whatsapp_template",
]

_VARIABLE = re.compile(r"\{\{\s*(\d+)\s*\}\}")
# WhatsApp formatting markers: *bold*, _italic_, ~strikethrough~ (a marker opens before a
# non-space and closes after one; ``2*3`` and ``snake_case`` are not formatting)
_MARKERS = "*_~"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def variable_problems(body: str) -> list[str]:
    """What Meta refuses about a body's ``{{n}}`` variables (numbered 1, 2… in order; not at the
    very start or end of the body; never two side by side)."""
    problems: list[str] = []
    found = list(_VARIABLE.finditer(body))
    numbers = [int(m.group(1)) for m in found]
    if sorted(set(numbers)) != list(range(1, len(set(numbers)) + 1)):
        problems.append(f"variables must be numbered 1, 2, 3… in order (found {numbers})")
    stripped = body.strip()
    if found and _VARIABLE.match(stripped):
        problems.append("the body must not start with a variable")
    if found and re.search(r"\{\{\s*\d+\s*\}\}$", stripped):
        problems.append("the body must not end with a variable")
    for first, second in pairwise(found):
        if not body[first.end() : second.start()].strip():
            problems.append("two variables side by side")
            break
    if "{{" in _VARIABLE.sub("", body) or "}}" in _VARIABLE.sub("", body):
        problems.append("a variable is not written {{1}}")
    return problems


def format_problems(text: str) -> list[str]:
    """Unpaired formatting markers in one line of a body (``*bold`` without its closing ``*``)."""
    problems = []
    for line in text.splitlines():
        for marker in _MARKERS:
            opens = len(re.findall(rf"(?<![\w{re.escape(marker)}]){re.escape(marker)}(?=\S)", line))
            closes = len(re.findall(rf"(?<=\S){re.escape(marker)}(?![\w{re.escape(marker)}])", line))
            # a marker that both opens and closes ("*a*" has one of each) balances; count pairs
            if opens != closes:
                problems.append(f"unpaired {marker} in {line.strip()[:40]!r}")
    return problems


def whatsapp_buttons(fields: Mapping[str, str]) -> list[dict[str, str]]:
    """The buttons of a template variant: the URL button (``button``), then one quick reply per
    line of ``quick_reply``. (Meta groups quick replies apart from the other buttons.)"""
    buttons = []
    if fields.get("button", "").strip():
        buttons.append({"type": "URL", "text": fields["button"].strip()})
    for line in fields.get("quick_reply", "").splitlines():
        if line.strip():
            buttons.append({"type": "QUICK_REPLY", "text": line.strip()})
    return buttons


def measure_whatsapp(
    fields: Mapping[str, str], spec: WhatsAppSpec, *, url: str | None = None
) -> dict[str, Any]:
    """The numbers the WhatsApp limits are checked against."""
    header = _nfc(fields.get("header", ""))
    body = _nfc(fields.get("text", ""))
    footer = _nfc(fields.get("footer", ""))
    buttons = whatsapp_buttons(fields)
    # Meta: no formatting, no variables beyond one, no emoji/newline in header and footer
    plain_problems = [
        f"{name}: {what}"
        for name, text in (("header", header), ("footer", footer))
        for what in (
            *(["formatting is not allowed"] if re.search(r"(?<!\w)[*_~]\S", text) else []),
            *(["line breaks are not allowed"] if "\n" in text else []),
        )
    ]
    variables = variable_problems(body)
    formatting = format_problems(body)
    url_buttons = sum(1 for b in buttons if b["type"] == "URL")
    out: dict[str, Any] = {
        "header_length": len(header),
        "header_max": spec.header_max,
        "body_length": len(body),
        "body_max": spec.body_max,
        "body_lines": len(body.splitlines()),
        "body_visible_lines": spec.body_visible_lines,
        "footer_length": len(footer),
        "footer_max": spec.footer_max,
        "button_length": max((len(_nfc(b["text"])) for b in buttons), default=0),
        "button_text_max": spec.button_text_max,
        "buttons": len(buttons),
        "max_buttons": spec.max_buttons,
        "url_buttons": url_buttons,
        "max_url_buttons": spec.max_url_buttons,
        "variables": sorted({int(n) for n in _VARIABLE.findall(body)}),
        "variable_errors": len(variables),
        "format_errors": len(formatting) + len(plain_problems),
        "problems": [*variables, *formatting, *plain_problems],
    }
    if url is not None:
        out["url_length"] = len(url)
        out["url_max"] = spec.url_max
    out["valid"] = (
        bool(body.strip())
        and all(
            out[value] <= out[limit]
            for value, limit in (
                ("header_length", "header_max"),
                ("body_length", "body_max"),
                ("footer_length", "footer_max"),
                ("button_length", "button_text_max"),
                ("buttons", "max_buttons"),
                ("url_buttons", "max_url_buttons"),
            )
        )
        and not out["problems"]
    )
    return out


def push_truncations(spec: PushSpec) -> dict[str, tuple[int, int]]:
    """(title, body) visible characters of each view, by name."""
    return {
        "ios_lock_screen": (spec.ios_lock_screen.title, spec.ios_lock_screen.body),
        "ios_banner": (spec.ios_banner.title, spec.ios_banner.body),
        "android_collapsed": (spec.android_collapsed.title, spec.android_collapsed.body),
        "android_expanded": (spec.android_expanded.title, spec.android_expanded.body),
    }


def measure_push(
    fields: Mapping[str, str], spec: PushSpec, *, payload_bytes: Mapping[str, int] | None = None
) -> dict[str, Any]:
    """Title and body lengths, where each platform's view cuts them, and the payload sizes."""
    title = _nfc(fields.get("title", ""))
    body = _nfc(fields.get("text", ""))
    views = push_truncations(spec)
    out: dict[str, Any] = {
        "title_length": len(title),
        "body_length": len(body),
        # the strictest title view, and the lock screen's body (where a marketing push is read)
        "title_visible": min(t for t, _b in views.values()),
        "body_visible": spec.ios_lock_screen.body,
        "truncated": {name: len(title) > t or len(body) > b for name, (t, b) in views.items()},
    }
    budget = min(spec.apns_max_bytes, spec.fcm_max_bytes)
    if payload_bytes is not None:
        out["apns_bytes"] = payload_bytes["apns"]
        out["apns_max_bytes"] = spec.apns_max_bytes
        out["fcm_bytes"] = payload_bytes["fcm"]
        out["fcm_max_bytes"] = spec.fcm_max_bytes
        fits = payload_bytes["apns"] <= spec.apns_max_bytes and payload_bytes["fcm"] <= spec.fcm_max_bytes
    else:
        fits = len(json.dumps({"title": title, "body": body}, ensure_ascii=False).encode()) <= budget
    out["valid"] = bool(body.strip()) and fits
    return out


def deep_link(url: str | None, brand: BrandKit) -> str | None:
    """The link a push opens: the campaign's own web address when the app claims it (universal
    links / App Links), else the same host, path and query under the app's scheme
    (``https://www.x.example/navidad?utm…`` → ``cafeaurora://www.x.example/navidad?utm…``), so
    the app and the web land on the same offer. None without a call to action; the web address
    when the brand has no app."""
    if url is None:
        return None
    if brand.app is None or brand.app.universal_links:
        return url
    parts = urlsplit(url)
    return urlunsplit((brand.app.scheme, parts.netloc, parts.path, parts.query, parts.fragment))


def _payload_size(payload: Mapping[str, Any]) -> int:
    return len(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def apns_payload(fields: Mapping[str, str], *, link: str | None, campaign: str) -> dict[str, Any]:
    """The JSON body of an APNs request (``aps.alert`` title and body; the deep link beside it)."""
    payload: dict[str, Any] = {
        "aps": {
            "alert": {"title": fields.get("title", ""), "body": fields.get("text", "")},
            "sound": "default",
            "thread-id": campaign,
        },
        "campaign": campaign,
    }
    if link:
        payload["deep_link"] = link
    return payload


def fcm_payload(fields: Mapping[str, str], *, link: str | None, campaign: str) -> dict[str, Any]:
    """The JSON body of an FCM HTTP v1 ``messages:send`` request, to the campaign's topic."""
    data = {"campaign": campaign, **({"deep_link": link} if link else {})}
    return {
        "message": {
            "topic": re.sub(r"[^A-Za-z0-9_.~%-]", "-", campaign),
            "notification": {"title": fields.get("title", ""), "body": fields.get("text", "")},
            "data": data,
            "android": {"notification": {"click_action": "OPEN_DEEP_LINK", "tag": campaign}},
        }
    }


def payload_bytes(fields: Mapping[str, str], *, link: str | None, campaign: str) -> dict[str, int]:
    """Bytes of both payloads as sent (compact JSON, UTF-8)."""
    return {
        "apns": _payload_size(apns_payload(fields, link=link, campaign=campaign)),
        "fcm": _payload_size(fcm_payload(fields, link=link, campaign=campaign)),
    }


def template_name(campaign_key: str) -> str:
    """Meta's template name: lowercase letters, digits and underscores (``navidad_turron_latte``)."""
    name = re.sub(r"[^a-z0-9_]+", "_", campaign_key.lower()).strip("_")
    return name[:512] or "campaign"


def template_language(locale: str, languages: list[str]) -> str:
    """Meta's language code of a locale (``es-MX`` → ``es_MX``; ``ca-ES`` → ``ca`` when only the
    language is supported); the language subtag when the list does not have either."""
    code = locale.replace("-", "_")
    if code in languages:
        return code
    return locale.split("-")[0]


def whatsapp_template(
    fields: Mapping[str, str],
    *,
    name: str,
    language: str,
    category: str,
    url: str | None,
    example_name: str,
    header_image: str | None,
) -> dict[str, Any]:
    """The body of ``POST /<WABA_ID>/message_templates`` for one language of a campaign.

    ``header_image``: the file name of the header image when the header is an image (the
    ``header_handle`` example must be replaced by the handle Meta's resumable upload returns).
    """
    components: list[dict[str, Any]] = []
    header = fields.get("header", "").strip()
    if header:
        components.append({"type": "HEADER", "format": "TEXT", "text": header})
    elif header_image:
        components.append(
            {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": [f"upload:{header_image}"]}}
        )
    body = fields.get("text", "")
    body_component: dict[str, Any] = {"type": "BODY", "text": body}
    count = len(set(_VARIABLE.findall(body)))
    if count:
        body_component["example"] = {"body_text": [[example_name] * count]}
    components.append(body_component)
    if fields.get("footer", "").strip():
        components.append({"type": "FOOTER", "text": fields["footer"].strip()})
    buttons: list[dict[str, Any]] = []
    for button in whatsapp_buttons(fields):
        if button["type"] == "URL":
            if url:
                buttons.append({"type": "URL", "text": button["text"], "url": url})
        else:
            buttons.append(button)
    # quick replies first, then the others: Meta refuses them interleaved
    buttons.sort(key=lambda b: b["type"] != "QUICK_REPLY")
    if buttons:
        components.append({"type": "BUTTONS", "buttons": buttons})
    return {"name": name, "language": language, "category": category, "components": components}
