"""Real processes for the CLI's fault tests: a marked environment to find every process a command
started (even after its parent is gone), and small file systems mounted for the test."""

from __future__ import annotations

import contextlib
import os
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from studio.app import open_studio
from studio.model.campaign import Campaign

MARK = "STUDIO_TEST_PROCESS_MARK"


def marked(mark: str) -> dict[int, str]:
    """Live processes (pid → state letter) whose environment carries ``MARK=mark``; zombies left out."""
    found: dict[int, str] = {}
    needle = f"{MARK}={mark}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:  # gone meanwhile, or not ours to read
            continue
        if needle in environ.split(b"\0") and state != "Z":
            found[int(entry.name)] = state
    return found


def parent_of(pid: int) -> int | None:
    try:
        return int((Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def wait_until(condition: Callable[[], bool], what: str, budget: float = 60.0) -> None:
    """Poll ``condition`` until it holds; fail naming ``what`` if it does not within ``budget`` s."""
    deadline = time.monotonic() + budget
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting: {what}"
        time.sleep(0.02)


@pytest.fixture
def process_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """The demo database plus approved copies, and an environment marked for this test only.

    Afterwards every process still carrying the mark is killed (only those this test started).
    """
    if not Path("/proc/self/environ").exists():
        pytest.skip("needs /proc to find the processes a command started")
    url = f"sqlite:///{tmp_path / 'faults.sqlite3'}"
    studio = open_studio(database=url)
    base = studio.repository.get("app-pide-y-recoge").campaign.to_document()
    for i in range(6):
        doc = {**base, "key": f"copia-{i}", "name": f"Pide y recoge {i}", "status": "approved"}
        studio.repository.create(Campaign.from_document(doc), author="test")
    studio.close()
    mark = uuid.uuid4().hex
    env = {
        **os.environ,
        "STUDIO_DATABASE_URL": url,
        "STUDIO_HOME": str(tmp_path / "home"),
        "STUDIO_NOW": "2026-11-24T12:00:00+01:00",
        MARK: mark,
    }
    yield env
    for pid in marked(mark):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, 9)


Mount = Callable[..., Path]


@pytest.fixture
def mount_tmpfs(tmp_path: Path) -> Iterator[Mount]:
    """``mount_tmpfs(name, "size=1m", "ro")``: a fresh tmpfs at ``tmp_path/name``, unmounted after.

    Skipped (with the reason) where the test cannot mount: not root, or no mount permission.
    """
    mounted: list[Path] = []
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")

    def mount(name: str, *options: str) -> Path:
        point = tmp_path / name
        point.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", ",".join(options or ("size=1m",)), "tmpfs", str(point)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(point)
        return point

    yield mount
    for point in reversed(mounted):
        subprocess.run(["umount", "-l", str(point)], check=False)
