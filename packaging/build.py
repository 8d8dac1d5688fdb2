"""Build the bundled desktop app and its installer for this OS (``make bundle``; CI on each OS).

    .venv/bin/python packaging/build.py [--skip-pyinstaller]

1. icons (PNG sizes, .ico, .icns) drawn with Pillow into build/icons/;
2. PyInstaller, one folder, from packaging/campaign-studio.spec into dist/campaign-studio/;
3. the installer: Linux ``dist/campaign-studio-<version>-linux-<arch>.tar.gz`` (install.sh puts a
   menu entry, icon and the *.campaign.yaml file type into the user's ~/.local/share, no root;
   uninstall.sh takes them out); Windows an Inno Setup installer (when ``iscc`` is on the PATH);
   macOS a .dmg with the .app (``hdiutil``).

Prints the size of the folder and of the installer. No AppImage: an AppImage needs the AppImage
runtime (an ELF stub), which neither Debian, PyPI nor npm ship; every tool that makes one
downloads it from GitHub at build time (see docs/install.md).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
ICONS = ROOT / "build" / "icons"
NAME = "campaign-studio"
sys.path.insert(0, str(ROOT))

from studio import __version__  # noqa: E402


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def draw_icons(out: Path = ICONS) -> Path:
    """The app icon: a rounded square with three channel bars (email, post, sign) and a check."""
    from PIL import Image, ImageDraw

    out.mkdir(parents=True, exist_ok=True)
    size = 1024
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((48, 48, size - 48, size - 48), radius=200, fill="#4A2A1E")
    for i, colour in enumerate(("#F2C14E", "#E07A5F", "#F4F1DE")):
        top = 250 + i * 190
        draw.rounded_rectangle((200, top, 200 + 420 - i * 90, top + 110), radius=55, fill=colour)
    draw.line((640, 610, 720, 700, 850, 500), fill="#81B29A", width=70, joint="curve")
    sizes = (16, 32, 48, 64, 128, 256, 512)
    for px in sizes:
        image.resize((px, px), Image.Resampling.LANCZOS).save(out / f"{NAME}-{px}.png")
    image.save(out / f"{NAME}.ico", sizes=[(px, px) for px in sizes if px <= 256])
    image.save(out / f"{NAME}.icns")
    return out


def run_pyinstaller() -> Path:
    env = {**os.environ, "STUDIO_ICONS": str(ICONS)}
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK), str(PACKAGING / "campaign-studio.spec")]
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    return DIST / NAME


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def linux_package(app: Path) -> Path:
    """``campaign-studio-<version>-linux-<arch>.tar.gz``: the app folder plus install.sh and uninstall.sh."""
    stem = f"{NAME}-{__version__}-linux-{arch()}"
    staging = DIST / stem
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    shutil.copytree(app, staging / NAME, symlinks=True)
    linux = PACKAGING / "linux"
    for name in ("install.sh", "uninstall.sh"):
        shutil.copy(linux / name, staging / name)
        (staging / name).chmod(0o755)
    share = staging / "share"
    share.mkdir()
    for name in ("campaign-studio.desktop", "campaign-studio-mime.xml"):
        shutil.copy(linux / name, share / name)
    for px in (48, 128, 256, 512):
        shutil.copy(ICONS / f"{NAME}-{px}.png", share / f"{NAME}-{px}.png")
    shutil.copy(linux / "README.txt", staging / "README.txt")
    archive = DIST / f"{stem}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(staging, arcname=stem)
    return archive


def windows_installer(app: Path) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("no iscc (Inno Setup) on the PATH: the Windows installer is skipped", file=sys.stderr)
        return None
    out = DIST / f"{NAME}-{__version__}-windows-{arch()}-setup.exe"
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={__version__}",
            f"/DSourceDir={app}",
            f"/DIconFile={ICONS / (NAME + '.ico')}",
            f"/DOutputDir={DIST}",
            f"/DOutputName={out.stem}",
            str(PACKAGING / "windows" / "campaign-studio.iss"),
        ],
        check=True,
    )
    return out


def macos_dmg() -> Path | None:
    app = DIST / "Campaign Studio.app"
    if not app.is_dir() or shutil.which("hdiutil") is None:
        return None
    out = DIST / f"{NAME}-{__version__}-macos-{arch()}.dmg"
    out.unlink(missing_ok=True)
    staging = DIST / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            "Campaign Studio",
            "-srcfolder",
            str(staging),
            "-ov",
            "-format",
            "UDZO",
            str(out),
        ],
        check=True,
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-pyinstaller", action="store_true", help="package the existing dist/ folder")
    args = parser.parse_args()
    draw_icons()
    app = DIST / NAME if args.skip_pyinstaller else run_pyinstaller()
    installer: Path | None
    if sys.platform.startswith("linux"):
        installer = linux_package(app)
    elif sys.platform == "win32":
        installer = windows_installer(app)
    else:
        installer = macos_dmg()
    mib = 1024 * 1024
    print(f"bundle:    {app}  {folder_size(app) / mib:.0f} MiB in {sum(1 for _ in app.rglob('*'))} files")
    if installer is not None:
        print(f"installer: {installer}  {installer.stat().st_size / mib:.0f} MiB")


if __name__ == "__main__":
    main()
