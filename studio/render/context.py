"""What a template sees: the campaign in one locale for one channel, plus the brand and phrases."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from string import Formatter
from typing import Any

from studio.errors import Problem, TemplateError
from studio.model.campaign import Campaign, Channel
from studio.render.environment import TemplateLimitError, check_format_fields
from studio.render.formatting import tag_link
from studio.render.specs import ChannelSpecs
from studio.workspace import BrandKit

PHRASES_FILE = "phrases.yaml"


@lru_cache(maxsize=8)
def _load_phrases(path: Path, mtime_ns: int) -> dict[str, dict[str, str]]:
    from studio.model.files import load_yaml, read_text

    data, _ = load_yaml(read_text(path), file=path)
    if not isinstance(data, dict) or not all(
        isinstance(v, dict) and all(isinstance(t, str) for t in v.values()) for v in data.values()
    ):
        raise TemplateError(
            f"{path}: must map each language to phrase texts",
            problems=[
                Problem("must map each language (es, en, es-MX…) to phrase: text pairs", file=path, line=1)
            ],
        )
    return data


def load_phrases(templates: Path) -> dict[str, dict[str, str]]:
    path = Path(templates) / PHRASES_FILE
    try:
        mtime = path.stat().st_mtime_ns
    except FileNotFoundError:
        return {}
    return _load_phrases(path, mtime)


def phrase_lookup(phrases: dict[str, dict[str, str]], locale: str, file: Path) -> Callable[..., str]:
    """``phrase("valid_until", end=…)``: the locale's wording (``es-MX`` block, then ``es``)."""
    chain = [phrases.get(locale, {}), phrases.get(locale.split("-")[0], {})]

    def phrase(key: str, **values: Any) -> str:
        for table in chain:
            if key in table:
                try:
                    # phrases come with the brand kit: no {x.attr}, no {x:>999999999}
                    fields = [f for _, f, _, _ in Formatter().parse(table[key]) if f is not None]
                    if not all(f.isidentifier() for f in fields):
                        raise ValueError("placeholders are plain names such as {end}")
                    check_format_fields(table[key])
                    return table[key].format(**{k: str(v) for k, v in values.items()})
                except TemplateLimitError as exc:
                    raise TemplateError(f"{file}: phrase {key!r} for {locale}: {exc}") from None
                except (KeyError, IndexError, ValueError) as exc:
                    raise TemplateError(
                        f"{file}: phrase {key!r} for {locale}: bad placeholder {exc}"
                    ) from None
        raise TemplateError(
            f"{file}: no phrase {key!r} for {locale}",
            problems=[
                Problem(f"no phrase {key!r} for {locale} (add it under {locale.split('-')[0]}:)", file=file)
            ],
        )

    return phrase


def template_context(
    campaign: Campaign,
    locale: str,
    channel: Channel,
    *,
    brand: BrandKit,
    specs: ChannelSpecs,
    phrases: dict[str, dict[str, str]],
    templates: Path,
) -> dict[str, Any]:
    """Everything a channel template may use. Documented in templates/README.md."""
    content = campaign.locales[locale]
    lang = locale.split("-")[0]
    utm = specs.utm(channel)
    key = campaign.key or "campaign"
    cta = None
    if campaign.cta is not None:
        bare = campaign.cta.url
        cta = {
            "label": content.cta_label,
            "url": tag_link(bare, source=utm.source, medium=utm.medium, campaign=key),
            "bare_url": bare,
        }
    phrase = phrase_lookup(phrases, locale, Path(templates) / PHRASES_FILE)
    where = [phrase(place.value) for place in campaign.offer.applies_in]
    return {
        "campaign": campaign,
        "locale": locale,
        "lang": lang,
        "channel": channel.value,
        "brand": brand,
        "offer": campaign.offer,
        "message": content.message,
        "content": content,
        "disclaimer": content.disclaimer,
        "image_alt": content.image_alt,
        "cta": cta,
        "hashtags": list(campaign.hashtags),
        "where": where,
        "sms_opt_out": brand.sms.opt_out.get(locale, brand.sms.opt_out.get(lang, "")),
        "unsubscribe_url": brand.email.unsubscribe_url,
        "postal_address": brand.postal_address.get(locale, brand.postal_address.get(lang, "")),
        "spec": specs,
        "phrase": phrase,
        "utm": {"source": utm.source, "medium": utm.medium, "campaign": key},
    }
