"""`studio export` and `studio render --out` into a disk that refuses writes: a real full tmpfs, a
read-only tmpfs, and a folder the user may not write to.

What must hold: exit code 2 with one line naming the output folder, never a traceback; nothing
partial left (no hidden staging, no incomplete bundle); the batch stops at once; no worker left.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import MARK, Mount, wait_all_gone
from .test_export_interrupt import _complete

EXPORT = ["export", "--status", "approved", "--channel", "sms", "--channel", "email", "--jobs", "2"]
RENDER = ["render", "navidad-turron-latte", "--channel", "sms", "--channel", "email"]


def studio(env: dict[str, str], *args: str, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "studio", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def fill(disk: Path, leave: int = 8192) -> None:
    """Fill ``disk`` but ``leave`` bytes: the folders fit, the first real file does not."""
    stats = os.statvfs(disk)
    (disk / "filler").write_bytes(b"\0" * (stats.f_bavail * stats.f_frsize - leave))


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "filler") if folder.exists() else []


def assert_one_line(result: subprocess.CompletedProcess[str], folder: Path, reason: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"{folder}: cannot write: {reason}"), line


def assert_no_worker_left(env: dict[str, str]) -> None:
    wait_all_gone(env[MARK], "the export's worker processes to end", budget=30)


def test_export_into_a_full_disk_stops_with_one_line_and_leaves_nothing(
    process_env: dict[str, str], mount_tmpfs: Mount
) -> None:
    # As found: worker tracebacks and exit 1 (the code for "refused").
    disk = mount_tmpfs("full", "size=1m")
    fill(disk)
    out = disk / "entregas"
    result = studio(process_env, *EXPORT, "--out", str(out))
    assert_one_line(result, out, "no space left on the disk")
    assert "export stopped" in result.stderr
    assert "refused" not in result.stderr  # stopped, not a refusal per campaign
    assert all(_complete(out / name) for name in leftovers(out))
    assert not [name for name in leftovers(out) if name.startswith(".")], "staging left behind"
    assert_no_worker_left(process_env)


def test_export_continues_cleanly_once_there_is_room(process_env: dict[str, str], mount_tmpfs: Mount) -> None:
    disk = mount_tmpfs("roomy", "size=1m")
    fill(disk)
    out = disk / "entregas"
    assert studio(process_env, *EXPORT, "--channel", "sms", "--out", str(out)).returncode == 2
    (disk / "filler").unlink()
    again = studio(process_env, "export", "copia-0", "--channel", "sms", "--out", str(out))
    assert again.returncode == 0, again.stderr
    assert leftovers(out) == ["copia-0"] and _complete(out / "copia-0")


def test_render_into_a_full_disk_stops_with_one_line_and_leaves_nothing(
    process_env: dict[str, str], mount_tmpfs: Mount
) -> None:
    disk = mount_tmpfs("full", "size=1m")
    fill(disk)
    out = disk / "render"
    result = studio(process_env, *RENDER, "--out", str(out))
    assert_one_line(result, out, "no space left on the disk")
    assert leftovers(disk) == []


def test_render_over_an_earlier_render_on_a_full_disk_keeps_the_earlier_one(
    process_env: dict[str, str], mount_tmpfs: Mount
) -> None:
    disk = mount_tmpfs("full", "size=2m")
    out = disk / "render"
    assert studio(process_env, *RENDER, "--channel", "post.x", "--out", str(out)).returncode == 0
    before = sorted(p.relative_to(out).as_posix() for p in out.rglob("*"))
    fill(disk)
    result = studio(process_env, *RENDER, "--out", str(out), "--overwrite")
    assert_one_line(result, out, "no space left on the disk")
    assert leftovers(disk) == ["render"]
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == before


@pytest.mark.parametrize("command", ["export", "render"])
def test_a_read_only_disk_gives_one_line_naming_the_folder(
    process_env: dict[str, str], mount_tmpfs: Mount, command: str
) -> None:
    disk = mount_tmpfs("readonly", "size=1m", "ro")
    if command == "export":
        result = studio(process_env, *EXPORT, "--out", str(disk))  # the folder exists, read-only
        assert_one_line(result, disk, "the disk is read-only")
        assert_no_worker_left(process_env)
    else:
        out = disk / "render"
        result = studio(process_env, *RENDER, "--out", str(out))
        assert_one_line(result, out, "the disk is read-only")
    assert leftovers(disk) == []


@pytest.mark.parametrize("command", ["export", "render"])
def test_a_folder_without_write_permission_gives_one_line_naming_it(
    process_env: dict[str, str], tmp_path: Path, command: str
) -> None:
    # Root may write anywhere: the command runs without the capability that overrides modes.
    setpriv = shutil.which("setpriv")
    if os.geteuid() == 0 and setpriv is None:
        pytest.skip("as root, a read-only folder needs setpriv to drop CAP_DAC_OVERRIDE")
    prefix: tuple[str, ...] = ()
    if os.geteuid() == 0 and setpriv is not None:
        prefix = (setpriv, "--bounding-set", "-dac_override,-dac_read_search")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        out = locked / "out"
        if command == "export":
            result = studio(process_env, *EXPORT, "--out", str(locked), prefix=prefix)
            assert_one_line(result, locked, "permission denied")
            assert_no_worker_left(process_env)
        else:
            result = studio(process_env, *RENDER, "--out", str(out), prefix=prefix)
            assert_one_line(result, out, "permission denied")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)
