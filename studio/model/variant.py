"""A variant: what one channel shows in one locale, as rendered (overrides applied)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from studio.model.campaign import Channel


@dataclass(frozen=True)
class Variant:
    """The customer-facing text of one channel × locale.

    ``fields`` are the texts a customer reads, in reading order (``subject``, ``preheader``,
    ``text`` for email; ``text`` for SMS and posts; ``headline``, ``price``… for signage). They are
    what the rules check. ``overridden`` names the fields a marketer replaced by hand. ``html`` is
    the email's final HTML (None for other channels or when not asked for).
    """

    channel: Channel
    locale: str
    fields: Mapping[str, str]
    overridden: frozenset[str] = frozenset()
    links: Mapping[str, str] = field(default_factory=dict)
    metrics: Mapping[str, Any] = field(default_factory=dict)
    html: str | None = None

    @property
    def id(self) -> str:
        return f"{self.channel.value}/{self.locale}"

    @property
    def text(self) -> str:
        """All fields joined, for checks that read the variant as a whole."""
        return "\n\n".join(v for v in self.fields.values() if v)
