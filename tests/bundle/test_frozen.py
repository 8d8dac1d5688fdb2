"""How the studio behaves inside a bundle (studio/frozen.py) and the bundle's entry point
(packaging/launcher.py), checked from the source tree: fast, no bundle needed.

A bundle is PyInstaller's ``sys.frozen`` plus ``sys._MEIPASS`` (the folder of its files); the
tests set both to a folder laid out as packaging/campaign-studio.spec lays out the real one.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from studio import __version__, frozen
from studio.cli.main import main as cli
from studio.errors import StudioError
from studio.workspace import Workspace, default_root

ROOT = Path(__file__).resolve().parent.parent.parent
PARTS = ("brand_rules", "templates", "assets", "campaigns")


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A bundle's own folder with the demo workspace inside, read-only as an installed app may be."""
    base = tmp_path / "bundle" / "_internal"
    for part in PARTS:
        shutil.copytree(ROOT / part, base / "workspace" / part)
    (base / "build.json").write_text(
        json.dumps({"commit": "abc1234", "date": "2026-12-06", "platform": "linux-x86_64"}),
        encoding="utf-8",
    )
    for path in sorted(base.rglob("*"), reverse=True):
        path.chmod(0o555 if path.is_dir() else 0o444)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(base), raising=False)
    yield base
    for path in base.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    base.chmod(0o755)


def test_from_source_nothing_changes() -> None:
    assert frozen.bundle_dir() is None
    assert frozen.build_info() == {}
    assert frozen.version_text() == f"{__version__} (from source)"
    assert default_root() == ROOT


def test_version_and_build_in_a_bundle(bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert frozen.version_text() == f"{__version__} (build abc1234, 2026-12-06, linux-x86_64)"
    with pytest.raises(SystemExit) as exit_:
        cli(["--version"])
    assert exit_.value.code == 0
    printed = capsys.readouterr().out.strip()
    assert printed == f"studio {__version__} (build abc1234, 2026-12-06, linux-x86_64)"


def test_a_bundle_without_its_stamp_still_says_it_is_a_build(bundle: Path) -> None:
    (bundle / "build.json").chmod(0o644)
    (bundle / "build.json").write_text("not json", encoding="utf-8")
    assert frozen.version_text() == f"{__version__} (build unknown)"


def test_first_run_copies_the_demo_into_the_users_data_folder(bundle: Path, tmp_path: Path) -> None:
    root = default_root()  # STUDIO_HOME (tests/conftest.py) stands for the user's data folder
    assert root.parent.name == "data" and not root.is_relative_to(bundle)
    workspace = Workspace.resolve(root)
    assert workspace.brand.name == "Café Aurora"
    shipped = sorted(p.name for p in (ROOT / "campaigns").glob("*.campaign.yaml"))
    assert [p.name for p in workspace.campaign_files()] == shipped
    # the copy is the user's: writable although the bundle is read-only, and kept on the next run
    brand = root / "assets" / "brand.yaml"
    assert brand.stat().st_mode & stat.S_IWUSR
    assert (root / "assets" / "fonts").stat().st_mode & stat.S_IWUSR
    brand.write_text(brand.read_text(encoding="utf-8") + "# mine\n", encoding="utf-8")
    assert default_root() == root
    assert brand.read_text(encoding="utf-8").endswith("# mine\n")
    assert not list(root.parent.glob(".workspace-*")), "the staging folder was left behind"


def test_a_bundle_without_its_demo_says_to_reinstall(bundle: Path, tmp_path: Path) -> None:
    with pytest.raises(StudioError, match="reinstall"):
        frozen.user_workspace(tmp_path / "elsewhere-without-demo", source=tmp_path / "missing")


def test_a_data_folder_that_cannot_be_written_is_a_clear_error(bundle: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(StudioError, match=r"cannot create your workspace in .*blocked"):
        frozen.user_workspace(blocked / "data")


# -- packaging/launcher.py ----------------------------------------------------------------------------


def _launcher() -> ModuleType:
    path = ROOT / "packaging" / "launcher.py"
    spec = importlib.util.spec_from_file_location("studio_bundle_launcher", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_opening_a_campaign_file_imports_it_once_and_never_replaces_a_stored_one(tmp_path: Path) -> None:
    launcher = _launcher()
    demo = ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml"
    data = yaml.safe_load(demo.read_text(encoding="utf-8"))
    data["key"] = "opened-from-files"
    path = tmp_path / "opened-from-files.campaign.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert launcher.import_or_find(path) == ("opened-from-files", False)
    assert launcher.import_or_find(path) == ("opened-from-files", False)  # the same file again: just opened
    data["name"] = "Otro nombre"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert launcher.import_or_find(path) == ("opened-from-files", True)  # the stored one is kept
    for language in ("es", "en"):
        text = launcher.NOTES["kept"][language].format(key="k", name=path.name, path=str(path))
        assert "--replace" in text and path.name in text
    from studio.app import open_studio

    studio = open_studio()
    try:
        assert studio.repository.get("opened-from-files").campaign.name != "Otro nombre"
    finally:
        studio.close()


def test_a_broken_campaign_file_is_an_error_naming_the_file(tmp_path: Path) -> None:
    launcher = _launcher()
    path = tmp_path / "broken.campaign.yaml"
    path.write_text("key: [unclosed\n", encoding="utf-8")
    with pytest.raises(StudioError) as error:
        launcher.import_or_find(path)
    assert "broken.campaign.yaml" in str(error.value.problems[0].file) or "broken" in error.value.message


def test_the_launcher_runs_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert _launcher().main(["campaign", "list"]) == 0
    out = capsys.readouterr().out
    assert "navidad-turron-latte" in out
