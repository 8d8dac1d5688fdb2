"""``files_stamp`` lists what ``Path.rglob`` finds (every depth, hidden files, symlinked files but not
symlinked folders, the name pattern) with each file's change time, in one ``os.scandir`` pass."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from studio import stamps


def rglob_stamp(folders: list[Path], pattern: str) -> tuple[tuple[str, int], ...]:
    """The stamp as the studio took it before (the reference)."""
    return tuple(
        sorted(
            (str(f), f.stat().st_mtime_ns)
            for folder in folders
            for f in Path(folder).rglob(pattern)
            if f.is_file()
        )
    )


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    root = tmp_path / "kit"
    for name in (
        "a.yml",
        "b.txt",
        ".hidden.yml",
        "sub/c.yml",
        "sub/deeper/d.yml",
        "sub/deeper/e.md",
        "x/brand.yaml",
    ):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(name, encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "o.yml").write_text("o", encoding="utf-8")
    (root / "linked-folder").symlink_to(outside)
    (root / "linked.yml").symlink_to(outside / "o.yml")
    (root / "dangling.yml").symlink_to(tmp_path / "missing.yml")
    return root


@pytest.mark.parametrize("pattern", ["*", "*.yml", "brand.yaml", "*.txt", "nothing-*"])
def test_the_stamp_is_what_rglob_finds(kit: Path, pattern: str) -> None:
    stamps.refresh()
    found = stamps.files_stamp([kit, kit / "sub"], pattern)
    assert found == rglob_stamp([kit, kit / "sub"], pattern)
    assert found or pattern == "nothing-*"


def test_an_edit_changes_the_stamp_after_a_refresh_and_a_missing_folder_has_none(kit: Path) -> None:
    stamps.refresh()
    before = stamps.files_stamp([kit], "*.yml")
    target = kit / "sub" / "c.yml"
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 1_000_000_000))
    assert stamps.files_stamp([kit], "*.yml") == before  # within half a second: the memo
    stamps.refresh()
    after = stamps.files_stamp([kit], "*.yml")
    assert after != before and dict(after)[str(target)] == target.stat().st_mtime_ns
    assert stamps.files_stamp([kit / "no-such-folder", kit / "a.yml"]) == ()


def test_one_walk_per_folder_serves_every_pattern_and_no_stamp_outlives_it(
    kit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = [100.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])  # the clock stamps reads
    stamps.refresh()
    yml = stamps.files_stamp([kit], "*.yml")
    assert list(stamps._listed) == [str(kit)]
    target = kit / "b.txt"
    before = target.stat().st_mtime_ns
    os.utime(target, ns=(target.stat().st_atime_ns, before + 1_000_000_000))
    clock[0] = 100.4
    assert dict(stamps.files_stamp([kit], "*.txt"))[str(target)] == before  # the walk at 100.0
    assert stamps.files_stamp([kit], "*.yml") == yml
    assert list(stamps._listed) == [str(kit)]
    clock[0] = 100.6  # half a second after the walk, not after the "*.txt" stamp: walked again
    assert dict(stamps.files_stamp([kit], "*.txt"))[str(target)] == before + 1_000_000_000
    assert stamps.files_stamp([kit], "*.txt") == rglob_stamp([kit], "*.txt")
