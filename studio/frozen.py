"""Running from a bundle (PyInstaller, ``packaging/``): where its files are, which build it is,
and the user's own copy of the bundled demo workspace.

From a source checkout nothing here changes anything: :func:`bundle_dir` is None, the version
reads "from source" and the demo workspace is the repository's own folders (``workspace.py``).
In a bundle the demo workspace ships read-only inside it (``<bundle>/workspace``); the first run
copies it into the user's data folder and the studio works on that copy, never inside the bundle.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from studio import __version__
from studio.errors import StudioError

#: inside the bundle: the demo workspace as shipped, and the build stamp written by packaging/
BUNDLED_WORKSPACE = "workspace"
BUILD_FILE = "build.json"
#: the user's copy of the demo, inside the data folder (settings.data_dir())
USER_WORKSPACE = "workspace"
WORKSPACE_PARTS = ("brand_rules", "templates", "assets", "campaigns")


def bundle_dir() -> Path | None:
    """The bundle's own files (PyInstaller's ``sys._MEIPASS``); None when run from source."""
    if not getattr(sys, "frozen", False):
        return None
    base: Any = getattr(sys, "_MEIPASS", None)
    return Path(base) if base else Path(sys.executable).resolve().parent


def build_info() -> dict[str, str]:
    """What packaging/ stamped into the bundle (commit, date, platform); empty from source."""
    base = bundle_dir()
    if base is None:
        return {}
    try:
        raw: Any = json.loads((base / BUILD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}


def version_text() -> str:
    """The version and build, as ``--version`` and Help › About show it.

    ``0.1.0 (build 6a324f3, 2026-12-06, linux-x86_64)`` in a bundle, ``0.1.0 (from source)`` otherwise.
    """
    info = build_info()
    if bundle_dir() is None:
        return f"{__version__} (from source)"
    parts = [f"build {info['commit']}" if info.get("commit") else "build unknown"]
    parts += [info[k] for k in ("date", "platform") if info.get(k)]
    return f"{__version__} ({', '.join(parts)})"


def user_workspace(data: Path, source: Path | None = None) -> Path:
    """``data/workspace``: the user's copy of the bundled demo (``source``, by default the
    bundle's ``workspace/`` folder), made on the first run.

    An existing copy is never touched (the user may have edited the brand kit; a newer bundle
    does not overwrite it). The copy is made in a temporary folder beside it and renamed into
    place, so an interrupted first run leaves no half workspace behind.
    """
    target = data / USER_WORKSPACE
    if target.exists():
        return target
    if source is None:
        base = bundle_dir()
        source = base / BUNDLED_WORKSPACE if base is not None else None
    if source is None or not source.is_dir():
        raise StudioError(f"the bundle has no demo workspace at {source}; reinstall Campaign Studio")
    try:
        data.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".workspace-", dir=data))
        for part in WORKSPACE_PARTS:
            if (source / part).is_dir():
                # copyfile, not copy2: the user's copy is writable even where the bundle is read-only
                shutil.copytree(source / part, staging / part, copy_function=shutil.copyfile)
        for folder in [staging, *(p for p in staging.rglob("*") if p.is_dir())]:
            folder.chmod(0o755)
        try:
            staging.rename(target)
        except OSError:  # another studio process made it first
            shutil.rmtree(staging, ignore_errors=True)
            if not target.is_dir():
                raise
    except OSError as exc:
        raise StudioError(f"cannot create your workspace in {target}: {exc.strerror or exc}") from None
    return target
