"""Folder names made from campaign keys or names: one safe path segment, on every platform.

Whatever a campaign is called (``../../etc``, ``/abs``, ``C:\\x``, a NUL, ``CON``, 300 characters
of emoji), :func:`safe_name` gives a lower-case ASCII slug that is a single path segment: no
separators, no dots to climb with, not a Windows device name, at most :data:`MAX_LENGTH`
characters. :func:`inside` is the last check before anything is written.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
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


def unique_names(texts: list[str]) -> list[str]:
    """:func:`safe_name` of each text, with ``-2``, ``-3``… where two would be the same folder."""
    taken: set[str] = set()
    out: list[str] = []
    for text in texts:
        base = safe_name(text)
        name, n = base, 2
        while name in taken:
            suffix = f"-{n}"
            name = base[: MAX_LENGTH - len(suffix)] + suffix
            n += 1
        taken.add(name)
        out.append(name)
    return out


def inside(root: Path, relative: str | PurePath) -> Path:
    """``root / relative``, or ValueError when that path would leave ``root`` (``..``, absolute, links)."""
    rel = Path(relative)
    if rel.is_absolute() or rel.drive or ".." in rel.parts or "\x00" in str(rel):
        raise ValueError(f"{str(relative)!r} is not a path inside {root}")
    target = root / rel
    if not target.resolve().is_relative_to(root.resolve()):
        raise ValueError(f"{str(relative)!r} leads outside {root}")
    return target
