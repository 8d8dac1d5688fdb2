"""Smoke test of the built bundle as a user's machine sees it: the version, the demo workspace's
campaigns, an export with its manifest, the window on screen, the installer.

These tests (``@pytest.mark.bundle``) run only when a bundle was built (``make bundle``):
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

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from studio import __version__

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


pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(
        BUNDLE is None and os.environ.get("STUDIO_BUNDLE_REQUIRED") != "1",
        reason="no bundle built (make bundle, or make bundle-test to build and run)",
    ),
]


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
        self,
        *args: str,
        timeout: float = 300,
        cwd: Path | None = None,
        check: bool = True,
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """The bundled executable with ``args`` under ``env -i`` (POSIX) or a bare environment."""
        env = env or self.env
        command = [str(self.exe), *args]
        if sys.platform != "win32":
            command = ["env", "-i", *(f"{k}={v}" for k, v in env.items()), *command]
        done = subprocess.run(
            command,
            cwd=cwd or self.home,
            env=env if sys.platform == "win32" else None,
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
    # Chromium's sandbox refuses to run as root (and CI may turn it off where the OS forbids it)
    if (hasattr(os, "geteuid") and os.geteuid() == 0) or os.environ.get("QTWEBENGINE_DISABLE_SANDBOX") == "1":
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    if sys.platform == "win32":  # Windows cannot start a process without these
        keep = ("SYSTEMROOT", "WINDIR", "SYSTEMDRIVE", "TEMP", "TMP", "COMSPEC", "PATHEXT")
        env.update({k: os.environ[k] for k in keep if k in os.environ})
        env["PATH"] = os.environ.get("SYSTEMROOT", r"C:\Windows") + r"\System32"
        env["USERPROFILE"] = env["APPDATA"] = env["LOCALAPPDATA"] = str(home)
        # Windows' known folders come from the shell API, not the environment: a folder of its own
        env["STUDIO_HOME"] = str(home / "studio-home")
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


DEMO_KEYS = {"navidad-turron-latte", "black-friday-2026", "app-pide-y-recoge"}


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    }


@pytest.fixture(scope="module")
def bundle_before(installed: Installed) -> dict[str, tuple[int, int]]:
    """The bundle's files before anything ran: nothing may be written inside it."""
    return _tree(installed.root)


def test_version_names_the_build(installed: Installed, bundle_before: dict[str, tuple[int, int]]) -> None:
    out = installed.run("--version").stdout.strip()
    match = re.fullmatch(r"studio (\S+) \(build (\S+), (\d{4}-\d\d-\d\d), (\w+-\w+)\)", out)
    assert match, out
    assert match.group(1) == __version__
    assert match.group(2) != "unknown"
    places = (installed.root / "_internal", installed.root.parent / "Resources")  # one folder; macOS .app
    stamp = next(p / "build.json" for p in places if (p / "build.json").is_file())
    build = json.loads(stamp.read_text(encoding="utf-8"))
    assert build["commit"] == match.group(2)


def test_first_run_lists_the_demo_from_the_users_own_workspace(installed: Installed) -> None:
    out = installed.run("campaign", "list").stdout
    keys = {line.split()[0] for line in out.splitlines()[1:] if line.strip()}
    assert keys == DEMO_KEYS, out
    data = _data_dir(installed)
    workspace = data / "workspace"
    for part in ("brand_rules", "templates", "assets", "campaigns"):
        assert (workspace / part).is_dir(), f"{part}/ not copied into {workspace}"
    assert (workspace / "assets" / "fonts" / "Lato-Regular.ttf").is_file()
    assert (data / "studio.sqlite3").is_file(), sorted(p.name for p in data.iterdir())
    # the user's copy is theirs: writable, and a second run keeps what they changed
    brand = workspace / "assets" / "brand.yaml"
    brand.write_text(brand.read_text(encoding="utf-8") + "\n# edited by the user\n", encoding="utf-8")
    installed.run("campaign", "list")
    assert brand.read_text(encoding="utf-8").endswith("# edited by the user\n")


def test_export_writes_a_manifest_that_matches_its_files(installed: Installed, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = installed.run("export", "navidad-turron-latte", "--out", str(out), "--jobs", "2", timeout=600)
    assert "1 exported, 0 refused" in done.stdout, done.stdout + done.stderr
    folder = out / "navidad-turron-latte"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format"] == "campaign-studio-export/1"
    assert manifest["studio_version"] == __version__
    assert manifest["campaign"]["key"] == "navidad-turron-latte"
    listed = {entry["path"] for entry in manifest["files"]}
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - {"manifest.json"}
    assert listed == on_disk
    for entry in manifest["files"]:
        data = (folder / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], entry["path"]
        assert len(data) == entry["bytes"]
    for locale in ("es-ES", "es-MX", "en-US"):
        assert f"{locale}/email/index.html" in listed
        with pikepdf.open(folder / locale / "signage" / "poster-A4.pdf") as pdf:
            assert len(pdf.pages) == 1
        with Image.open(folder / locale / "social" / "instagram.png") as png:
            assert png.size[0] >= 1080


def test_window_opens_with_the_email_preview_and_a_screenshot(installed: Installed, tmp_path: Path) -> None:
    shot = tmp_path / "bundle-window.png"
    done = installed.run(
        "--smoke-gui",
        "--screenshot",
        str(shot),
        "--campaign",
        "navidad-turron-latte",
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    marks = [line.split()[0] for line in done.stdout.splitlines() if line.split()]
    steps = [m for m in marks if m in ("READY", "LISTED", "PANELS", "CHECKED")]
    assert steps == ["READY", "LISTED", "PANELS", "CHECKED"], done.stdout
    assert "EMAIL_VIEW webengine" in done.stdout, done.stdout + done.stderr
    with Image.open(shot) as image:
        assert image.size[0] >= 800 and image.size[1] >= 500
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
        assert colours is None or len(colours) > 200, "the screenshot is (nearly) blank"
    keep = Path(__file__).resolve().parent.parent.parent / "build" / "bundle-window.png"
    keep.parent.mkdir(exist_ok=True)
    shutil.copy(shot, keep)  # for a person to look at


def test_the_interface_speaks_spanish_with_qts_own_strings_too(installed: Installed) -> None:
    done = installed.run("--smoke-gui", "--language", "es", "--campaign", "black-friday-2026", timeout=300)
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("LANGUAGE ")]
    # the studio's .qm and Qt's own qtbase_es.qm were both found inside the bundle
    assert line.startswith("LANGUAGE es translators=2 "), line
    assert "&Archivo" in line and "Ay&uda" in line, line


@pytest.fixture
def x_display() -> Iterator[str]:
    """A real X server (Xvfb) for the X11 platform plugin, as on a Linux desktop; skipped without one."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None or not sys.platform.startswith("linux"):
        pytest.skip("no Xvfb here (Debian: apt-get install xvfb)")
    read, write = os.pipe()
    # -displayfd: the server picks a free display and writes its number once it accepts clients
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as ready:
            number = ready.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_window_on_an_x11_display(installed: Installed, x_display: str, tmp_path: Path) -> None:
    """The X11 platform plugin and the libraries it needs came with the bundle."""
    shot = tmp_path / "x11.png"
    env = {**installed.env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": x_display}
    done = installed.run(
        "--smoke-gui", "--screenshot", str(shot), "--campaign", "app-pide-y-recoge", env=env, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "CHECKED" in done.stdout and "EMAIL_VIEW webengine" in done.stdout, done.stdout + done.stderr
    with Image.open(shot) as image:
        assert image.size[0] >= 800


def test_nothing_was_written_inside_the_bundle(
    installed: Installed, bundle_before: dict[str, tuple[int, int]]
) -> None:
    after = _tree(installed.root)
    assert after == bundle_before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="install.sh is the Linux installer")
def test_install_puts_menu_entry_icon_and_file_type_and_uninstall_takes_them_out(
    installed: Installed,
) -> None:
    if installed.unpacked is None:
        pytest.skip("the bundle was not installed from its archive")
    share = installed.home / ".local" / "share"
    desktop = share / "applications" / f"{NAME}.desktop"
    text = desktop.read_text(encoding="utf-8")
    assert f'Exec="{installed.exe}" %f' in text
    assert "MimeType=application/x-campaign-studio-campaign;" in text
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout + check.stderr
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{NAME}.png").is_file()
    assert (share / "mime" / "packages" / f"{NAME}.xml").is_file()
    if shutil.which("update-mime-database"):  # the installer ran it: the glob is in the user's database
        globs = (share / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-campaign-studio-campaign:*.campaign.yaml" in globs
    link = installed.home / ".local" / "bin" / NAME
    assert link.is_symlink() and link.resolve() == installed.exe.resolve()
    # a second copy, installed and removed under another prefix, leaves the first one working
    env = {
        **installed.env,
        "CAMPAIGN_STUDIO_PREFIX": str(installed.home / "other"),
        "XDG_DATA_HOME": str(installed.home / "xdg"),
    }
    env["CAMPAIGN_STUDIO_BIN_DIR"] = str(installed.home / "otherbin")
    assert installed.unpacked is not None
    _sh(env, installed.unpacked / "install.sh")
    assert (installed.home / "xdg" / "applications" / f"{NAME}.desktop").is_file()
    _sh(env, installed.home / "other" / "uninstall.sh")
    assert not (installed.home / "other").exists()
    assert not (installed.home / "xdg" / "applications" / f"{NAME}.desktop").exists()
    assert not (installed.home / "xdg" / "icons" / "hicolor" / "256x256" / "apps" / f"{NAME}.png").exists()
    assert not (installed.home / "otherbin" / NAME).exists()
    if shutil.which("update-mime-database"):
        assert "campaign-studio" not in (installed.home / "xdg" / "mime" / "globs2").read_text(
            encoding="utf-8"
        )
    assert desktop.is_file() and installed.exe.is_file()  # the first install is untouched
    assert installed.run("--version").returncode == 0


def _sh(env: dict[str, str], script: Path) -> None:
    done = subprocess.run(
        ["env", "-i", *(f"{k}={v}" for k, v in env.items()), "sh", str(script)],
        cwd=env["HOME"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"{script.name} failed\n{done.stdout}\n{done.stderr}"


def _data_dir(installed: Installed) -> Path:
    if sys.platform == "win32":
        return installed.home / "studio-home" / "data"
    if sys.platform == "darwin":
        return installed.home / "Library" / "Application Support" / NAME
    return installed.home / ".local" / "share" / NAME
