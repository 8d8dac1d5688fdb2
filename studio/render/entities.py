"""The parts of a post a network shows as links: web addresses, hashtags and @mentions.

Previews style them the way the networks do; offsets are code points into the text, like a
finding's span, so a caller can map both onto the same characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

EntityKind = Literal["url", "hashtag", "mention"]

_ENTITY = re.compile(
    r"(?P<url>\bhttps?://[^\s<>\"]*[^\s<>\".,;:!?)\]}'»”])"
    r"|(?P<hashtag>(?<![\w#&/])#\w*[^\W\d]\w*)"
    r"|(?P<mention>(?<![\w@/.])@\w+(?:\.\w+)*)"
)


@dataclass(frozen=True)
class Entity:
    """One link-like part of a text: ``text[start:end]``."""

    kind: EntityKind
    start: int
    end: int


def text_entities(text: str) -> list[Entity]:
    """The web addresses, hashtags and @mentions of ``text``, in order, never overlapping.

    A hashtag needs a letter (``#1`` is not one); an address ends before trailing punctuation
    (``https://x.example/a.`` → ``https://x.example/a``).
    """
    kinds: dict[str | None, EntityKind] = {"url": "url", "hashtag": "hashtag", "mention": "mention"}
    return [Entity(kinds[m.lastgroup], m.start(), m.end()) for m in _ENTITY.finditer(text)]
