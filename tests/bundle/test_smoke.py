"""Smoke test of the built bundle as a user's machine sees it (see conftest.py): the version, the
demo workspace's campaigns, an export with its manifest, the window on screen, the installer.

Runs only when a bundle exists (``make bundle``; ``make bundle-test`` builds and runs it).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from studio import __version__
from tests.bundle.conftest import NAME, Installed

pytestmark = pytest.mark.bundle

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
    build = json.loads((installed.root / "_internal" / "build.json").read_text(encoding="utf-8"))
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
    assert (data / "studio.db").is_file() or any(data.glob("*.db")), sorted(p.name for p in data.iterdir())
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
        return installed.home / NAME
    if sys.platform == "darwin":
        return installed.home / "Library" / "Application Support" / NAME
    return installed.home / ".local" / "share" / NAME
