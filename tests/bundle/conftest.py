"""The bundled app as a user's machine sees it.

The smoke tests (``@pytest.mark.bundle``) run only when a bundle was built (``make bundle``):
they skip otherwise, unless ``STUDIO_BUNDLE_REQUIRED=1`` (``make bundle-test``, CI's bundle jobs),
which makes a missing bundle a failure. On Linux the release archive is unpacked and installed
with its install.sh into a fresh home; elsewhere the built folder (``dist/campaign-studio``, or
the .app on macOS) is run as it is. ``STUDIO_BUNDLE=PATH`` points at another build: the archive,
the folder or the executable.

Every run is ``env -i`` with only a fresh HOME, PATH=/usr/bin:/bin, the offscreen Qt platform and
(as root, where Chromium refuses its sandbox) QTWEBENGINE_DISABLE_SANDBOX: no venv, no
PYTHONPATH, no source tree; the working folder is an empty temporary one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
DIST = ROOT / "dist"
NAME = "campaign-studio"
EXE = f"{NAME}.exe" if sys.platform == "win32" else NAME


def _find_bundle() -> Path | None:
    """The release archive (Linux), the built folder or the executable; None when nothing was built."""
    chosen = os.environ.get("STUDIO_BUNDLE")
    if chosen:
        return Path(chosen)
    archives = sorted(DIST.glob(f"{NAME}-*-linux-*.tar.gz")) if sys.platform.startswith("linux") else []
    if archives:
        return archives[-1]
    if sys.platform == "darwin" and (DIST / "Campaign Studio.app").is_dir():
        return DIST / "Campaign Studio.app" / "Contents" / "MacOS" / NAME
    folder = DIST / NAME
    return folder if (folder / EXE).is_file() else None


BUNDLE = _find_bundle()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if BUNDLE is not None or os.environ.get("STUDIO_BUNDLE_REQUIRED") == "1":
        return
    skip = pytest.mark.skip(reason="no bundle built (make bundle, or make bundle-test to build and run)")
    for item in items:
        if item.get_closest_marker("bundle") is not None:
            item.add_marker(skip)


@dataclass
class Installed:
    """An installed (or unpacked) bundle and the fresh home it runs in."""

    exe: Path
    home: Path
    root: Path  # the bundle's own folder (nothing may be written inside it)
    archive: Path | None = None
    unpacked: Path | None = None
    env: dict[str, str] = field(default_factory=dict)

    def run(
        self, *args: str, timeout: float = 300, cwd: Path | None = None, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        """The bundled executable with ``args`` under ``env -i`` (POSIX) or a bare environment."""
        command = [str(self.exe), *args]
        if sys.platform != "win32":
            command = ["env", "-i", *(f"{k}={v}" for k, v in self.env.items()), *command]
        done = subprocess.run(
            command,
            cwd=cwd or self.home,
            env=self.env if sys.platform == "win32" else None,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            check=False,
        )
        if check and done.returncode != 0:
            raise AssertionError(
                f"{' '.join(args)} exited {done.returncode}\n"
                f"--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
            )
        return done


def clean_env(home: Path) -> dict[str, str]:
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # Chromium's sandbox refuses to run as root
    if sys.platform == "win32":  # Windows cannot start a process without these
        keep = ("SYSTEMROOT", "WINDIR", "SYSTEMDRIVE", "TEMP", "TMP", "COMSPEC", "PATHEXT")
        env.update({k: os.environ[k] for k in keep if k in os.environ})
        env["PATH"] = os.environ.get("SYSTEMROOT", r"C:\Windows") + r"\System32"
        env["USERPROFILE"] = env["APPDATA"] = env["LOCALAPPDATA"] = str(home)
    return env


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    if BUNDLE is None:
        pytest.fail("STUDIO_BUNDLE_REQUIRED=1 but no bundle was built: run make bundle first")
    home = tmp_path_factory.mktemp("home")
    env = clean_env(home)
    if BUNDLE.name.endswith(".tar.gz"):
        unpacked = tmp_path_factory.mktemp("download")
        with tarfile.open(BUNDLE) as tar:
            tar.extractall(unpacked, filter="tar")
        (folder,) = unpacked.iterdir()
        done = subprocess.run(
            ["env", "-i", *(f"{k}={v}" for k, v in env.items()), "sh", str(folder / "install.sh")],
            cwd=home,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, f"install.sh failed\n{done.stdout}\n{done.stderr}"
        root = home / ".local" / "opt" / NAME
        yield Installed(root / NAME, home, root, archive=BUNDLE, unpacked=folder, env=env)
    else:
        exe = BUNDLE / EXE if BUNDLE.is_dir() else BUNDLE
        yield Installed(exe, home, exe.parent, env=env)
    shutil.rmtree(home / ".cache", ignore_errors=True)
