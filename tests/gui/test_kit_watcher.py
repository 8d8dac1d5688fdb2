"""The kit watcher on a real copy of the demo brand kit: edits, atomic saves, new folders."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studio.gui.kit_watcher import KitWatcher
from studio.workspace import Workspace, default_root


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    for name in ("brand_rules", "templates", "assets"):
        shutil.copytree(default_root() / name, tmp_path / name)
    return Workspace(tmp_path)


@pytest.fixture
def watcher(workspace: Workspace) -> Iterator[KitWatcher]:
    kit = KitWatcher(workspace, debounce_ms=50)
    yield kit
    kit.stop()


def atomic_save(path: Path, text: str) -> None:
    """What editors do: write a temporary file next to it and rename it over the old one."""
    tmp = path.with_name(f".{path.name}.swp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def test_everything_in_the_kit_is_watched(workspace: Workspace, watcher: KitWatcher) -> None:
    watched = set(watcher.watched())
    assert str(workspace.brand_rules / "Core") in watched
    assert str(workspace.brand_rules / "studio.ini") in watched
    assert str(workspace.templates / "email") in watched
    assert any(p.startswith(str(workspace.assets / "images")) for p in watched)


def test_an_edit_reports_its_part_once_after_a_pause(
    qtbot: QtBot, workspace: Workspace, watcher: KitWatcher
) -> None:
    ini = workspace.brand_rules / "studio.ini"
    seen: list[list[str]] = []
    watcher.changed.connect(seen.append)
    with qtbot.waitSignal(watcher.changed, timeout=3000) as blocker:
        for i in range(3):  # a burst of writes is one signal
            with ini.open("a", encoding="utf-8") as handle:
                handle.write(f"# edit {i}\n")
    assert blocker.args == [["brand_rules"]]
    qtbot.wait(200)
    assert seen == [["brand_rules"]]


def test_a_file_replaced_by_an_atomic_save_is_watched_again(
    qtbot: QtBot, workspace: Workspace, watcher: KitWatcher
) -> None:
    rule = workspace.brand_rules / "Core" / "Capitals.yml"
    text = rule.read_text(encoding="utf-8")
    with qtbot.waitSignal(watcher.changed, timeout=3000) as blocker:
        atomic_save(rule, text + "# first save\n")
    assert blocker.args == [["brand_rules"]]
    assert str(rule) in watcher.watched()
    with qtbot.waitSignal(watcher.changed, timeout=3000) as blocker:
        atomic_save(rule, text + "# second save\n")
    assert blocker.args == [["brand_rules"]]


def test_a_new_sub_folder_is_picked_up(qtbot: QtBot, workspace: Workspace, watcher: KitWatcher) -> None:
    folder = workspace.templates / "seasonal"
    folder.mkdir()
    qtbot.waitUntil(lambda: str(folder) in watcher.watched(), timeout=3000)
    with qtbot.waitSignal(watcher.changed, timeout=3000) as blocker:
        (folder / "winter.txt.j2").write_text("{{ headline }}\n", encoding="utf-8")
    assert blocker.args == [["templates"]]


def test_only_the_parts_that_changed_are_named(
    qtbot: QtBot, workspace: Workspace, watcher: KitWatcher
) -> None:
    with qtbot.waitSignal(watcher.changed, timeout=3000) as blocker:
        (workspace.assets / "brand.yaml").write_text(
            (workspace.assets / "brand.yaml").read_text(encoding="utf-8") + "\n", encoding="utf-8"
        )
        (workspace.templates / "notes.txt").write_text("hello\n", encoding="utf-8")
    assert blocker.args == [["templates", "assets"]]


def test_a_temporary_file_that_comes_and_goes_is_no_change(
    qtbot: QtBot, workspace: Workspace, watcher: KitWatcher
) -> None:
    scratch = workspace.assets / "~scratch.tmp"
    with qtbot.assertNotEmitted(watcher.changed, wait=300):
        scratch.write_text("x", encoding="utf-8")
        scratch.unlink()
