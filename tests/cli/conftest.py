"""Real processes for the CLI's fault tests: a marked environment to find every process a command
started (even after its parent is gone), and small file systems mounted for the test."""

from __future__ import annotations

import contextlib
import os
import re
import select
import subprocess
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
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


def wait_gone(pids: Iterable[int], what: str, budget: float = 60.0) -> None:
    """Block until every process in ``pids`` has ended (its pidfd turns readable), or fail naming ``what``."""
    deadline = time.monotonic() + budget
    for pid in pids:
        try:
            fd = os.pidfd_open(pid)
        except ProcessLookupError:
            continue  # already gone
        try:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            assert ready, f"gave up waiting: {what}"
        finally:
            os.close(fd)


def wait_all_gone(mark: str, what: str, budget: float = 60.0) -> None:
    """Block until no live process carries ``mark`` (those that end may have started others)."""
    deadline = time.monotonic() + budget
    while left := marked(mark):
        wait_gone(left, what, max(0.0, deadline - time.monotonic()))


def wait_for_progress(terminal: int, done: int, what: str, budget: float = 60.0) -> None:
    """Read an export's progress bar from the pseudo-terminal ``terminal`` until it counts ``done``
    campaigns (``[###…] 2/7 …``), or fail naming ``what``. Blocks on the output, never on a clock."""
    deadline = time.monotonic() + budget
    shown = b""
    pattern = re.compile(rb"\] (\d+)/\d+")
    while not any(int(n) >= done for n in pattern.findall(shown)):
        ready, _, _ = select.select([terminal], [], [], max(0.0, deadline - time.monotonic()))
        assert ready, f"gave up waiting: {what}"
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # the other end closed: the export ended
            chunk = b""
        assert chunk, f"the export ended before {what}: {shown[-300:]!r}"
        shown += chunk


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
