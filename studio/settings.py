"""Per-user settings and folders (platformdirs), overridable for tests and portable installs.

``STUDIO_HOME`` puts the data and config folders under one directory (tests use it so they
never touch the real user profile). Settings are a small JSON file written atomically.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from studio.atomic import atomic_write_text

APP_NAME = "campaign-studio"


def data_dir() -> Path:
    """Where the embedded database lives."""
    home = os.environ.get("STUDIO_HOME")
    if home:
        return Path(home) / "data"
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def cache_dir() -> Path | None:
    """Where compiled rules and language data are kept (:mod:`studio.rules.cache`,
    :mod:`studio.text.stores`), and the studio's compiled patterns and data tables
    (:mod:`studio.compiled`), poster measurements (:mod:`studio.render.signage.metrics`) and compiled
    templates; ``STUDIO_RULE_CACHE`` names another folder, or turns it off with ``off``: None then."""
    chosen = os.environ.get("STUDIO_RULE_CACHE")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "0", "off", "no") else Path(chosen)
    home = os.environ.get("STUDIO_HOME")
    if home:
        return Path(home) / "cache" / "rules"
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False) / "rules"


def config_dir() -> Path:
    """Where settings.json lives."""
    home = os.environ.get("STUDIO_HOME")
    if home:
        return Path(home) / "config"
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


#: the languages the studio speaks (interface, messages, reports)
LANGUAGES = ("es", "en")


def preferred_language(explicit: str | None = None) -> str:
    """The language the command line speaks when ``--language`` is not given, one rule for every
    command: ``STUDIO_LANGUAGE``, then the language chosen in the studio's Preferences, then the
    system's (``LC_ALL``, ``LC_MESSAGES``, ``LANG``: Spanish or English; any other language reads
    English). With no language set at all (``C``, ``POSIX``) the studio's own: Spanish."""
    if explicit in LANGUAGES:
        return explicit
    chosen = os.environ.get("STUDIO_LANGUAGE", "").strip().lower()[:2]
    if chosen in LANGUAGES:
        return chosen
    saved = Settings.load().language
    if saved in LANGUAGES:
        return saved
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").strip()
        if not value:
            continue
        code = value.split(".")[0].split("_")[0].split("-")[0].lower()
        if code in ("c", "posix"):
            break
        return code if code in LANGUAGES else "en"
    return "es"


@dataclass
class Settings:
    """What the studio remembers between runs."""

    workspace: str | None = None
    database_url: str | None = None
    language: str | None = None  # "es", "en" or None for the system's
    theme: str = "system"  # "system", "light" or "dark"
    smtp: dict[str, Any] = field(default_factory=dict)  # proofs' server (studio.proof); never a password
    recent_workspaces: list[str] = field(default_factory=list)
    #: the name the audit log records on this computer (None: the account's full name or login)
    user_name: str | None = None

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        """The saved settings; a missing or unreadable file gives the defaults (never an error)."""
        try:
            raw: Any = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        try:
            return cls(**known)
        except TypeError:
            return cls()

    def save(self) -> None:
        atomic_write_text(self.path(), json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n")

    def remember_workspace(self, folder: Path, limit: int = 8) -> None:
        """Put ``folder`` first in the recent list."""
        text = str(Path(folder).resolve())
        self.recent_workspaces = [text, *(w for w in self.recent_workspaces if w != text)][:limit]
