"""Folder names made from campaign keys or names: one safe path segment, on every platform.

Whatever a campaign is called (``../../etc``, ``/abs``, ``C:\\x``, a NUL, ``CON``, 300 characters
of emoji), :func:`safe_name` gives a lower-case ASCII slug that is a single path segment: no
separators, no dots to climb with, not a Windows device name, at most :data:`MAX_LENGTH`
characters. :func:`folder_name` is the export folder of a campaign key: the key decides it alone,
so two campaigns never share one, whichever are exported together. :func:`inside` is the last
check before anything is written.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path, PurePath

MAX_LENGTH = 80

#: Names Windows reserves for devices (what is left of them after slugging).
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "conin", "conout"}
    | {f"com{i}" for i in range(10)}
    | {f"lpt{i}" for i in range(10)}
)


def safe_name(text: str, *, fallback: str = "campaign") -> str:
    """A slug of ``text`` usable as one folder name anywhere (``"Navidad: Turrón!"`` → ``navidad-turron``).

    Only ``a-z``, ``0-9`` and single inner dashes; never empty (``fallback``, then a short hash of
    ``text`` so two different unslug-able names still differ), never a Windows device name, at
    most :data:`MAX_LENGTH` characters (a long name keeps a hash of the whole so it stays distinct).
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    if not slug:
        slug = f"{fallback}-{digest}" if text else fallback
    if len(slug) > MAX_LENGTH:
        slug = f"{slug[: MAX_LENGTH - 9].rstrip('-')}-{digest}"
    if slug in WINDOWS_RESERVED:
        slug = f"{slug}-{fallback}"
    return slug


#: What a campaign key looks like (lower-case letters, digits, single inner dashes): a safe name
#: as it is, unless Windows reserves it.
_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_DIGEST = 16


def folder_name(key: str) -> str:
    """The export folder of campaign ``key``, decided by the key alone (never by what else is exported).

    Injective: distinct keys give distinct folders. A key is its own folder; a key Windows
    reserves gets a trailing ``_`` (``con`` → ``con_``), which no key has; any other text (not a
    key, e.g. a row stored around the validation) becomes a :func:`safe_name` slug, ``_`` and
    16 hex digits of its SHA-256, which no key and no reserved name has either. Always one safe
    segment of at most :data:`MAX_LENGTH` characters (letters, digits, ``-``, ``_``).
    """
    if len(key) <= MAX_LENGTH and _KEY.fullmatch(key):
        return f"{key}_" if key in WINDOWS_RESERVED else key
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:_DIGEST]
    slug = safe_name(key)[: MAX_LENGTH - _DIGEST - 1].rstrip("-") or "campaign"
    return f"{slug}_{digest}"


def unique_names(keys: Iterable[str]) -> list[str]:
    """:func:`folder_name` of each campaign key: one folder per key, the same in every export."""
    return [folder_name(key) for key in keys]


def inside(root: Path, relative: str | PurePath) -> Path:
    """``root / relative``, or ValueError when that path would leave ``root`` (``..``, absolute, links)."""
    rel = Path(relative)
    if rel.is_absolute() or rel.drive or ".." in rel.parts or "\x00" in str(rel):
        raise ValueError(f"{str(relative)!r} is not a path inside {root}")
    target = root / rel
    if not target.resolve().is_relative_to(root.resolve()):
        raise ValueError(f"{str(relative)!r} leads outside {root}")
    return target
