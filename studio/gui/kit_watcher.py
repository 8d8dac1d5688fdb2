"""Watching the brand kit on disk: tell the window when brand_rules/, templates/ or assets/ change.

The core already notices changed files the next time it checks (``studio.stamps``); the watcher's
job is to say *now*, so the window re-checks the open campaign without waiting for a keystroke.
Every folder and file is watched (``QFileSystemWatcher``); a file an editor saved by replacing it
(write a temporary file, rename it over the old one) is watched again, a new sub-folder is picked
up. Bursts of events (one save is several) are folded into one :attr:`KitWatcher.changed` after
a pause, naming only the parts whose files really changed (names, sizes, change times).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from studio.workspace import Workspace

#: the kit parts the watcher reports, in this order
PARTS = ("brand_rules", "templates", "assets")
DEBOUNCE_MS = 300

Snapshot = dict[str, tuple[int, int]]


def _snapshot(folder: Path) -> tuple[Snapshot, list[str]]:
    """Every file under ``folder`` (path → change time, size) and every folder, to watch.

    Hidden files and folders (an editor's ``.x.swp``, ``.git``) are neither watched nor compared.
    """
    files: Snapshot = {}
    folders: list[str] = []
    if not folder.is_dir():
        return files, folders
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        folders.append(root)
        for name in names:
            if name.startswith("."):
                continue
            path = Path(root, name)
            try:
                stat = path.stat()
            except OSError:  # gone between the listing and now
                continue
            files[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return files, folders


class KitWatcher(QObject):
    """Emits ``changed(parts)`` — e.g. ``["brand_rules"]`` — ``DEBOUNCE_MS`` after the last change."""

    changed = Signal(list)

    def __init__(
        self, workspace: Workspace, parent: QObject | None = None, *, debounce_ms: int = DEBOUNCE_MS
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._roots = {part: workspace.root / part for part in PARTS}
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._settle)
        self._snapshots: dict[str, Snapshot] = {}
        self._dirty: set[str] = set()
        for part in PARTS:
            self._snapshots[part] = self._watch(part)
        self._watcher.directoryChanged.connect(self._on_event)
        self._watcher.fileChanged.connect(self._on_event)

    def watched(self) -> list[str]:
        """Every folder and file being watched (for tests and diagnostics)."""
        return sorted([*self._watcher.directories(), *self._watcher.files()])

    def _watch(self, part: str) -> Snapshot:
        files, folders = _snapshot(self._roots[part])
        already = set(self._watcher.directories()) | set(self._watcher.files())
        new = [p for p in [*folders, *files] if p not in already]
        if new:
            self._watcher.addPaths(new)
        return files

    def _part_of(self, path: str) -> str | None:
        target = Path(path)
        for part, root in self._roots.items():
            if target == root or root in target.parents:
                return part
        return None

    def _on_event(self, path: str) -> None:
        part = self._part_of(path)
        if part is None:
            return
        self._dirty.add(part)
        self._timer.start()  # restart: wait for a pause in the burst

    def _settle(self) -> None:
        from studio import stamps

        dirty, self._dirty = self._dirty, set()
        changed: list[str] = []
        for part in PARTS:
            if part not in dirty:
                continue
            # Forget paths that are gone (Qt drops replaced files itself); watch what is new.
            gone = [p for p in [*self._watcher.files(), *self._watcher.directories()] if not Path(p).exists()]
            if gone:
                self._watcher.removePaths(gone)
            files = self._watch(part)
            if files != self._snapshots[part]:
                changed.append(part)
            self._snapshots[part] = files
        if changed:
            stamps.refresh()  # the core reads the kit again on its next check
            self.changed.emit(changed)

    def stop(self) -> None:
        """Stop watching (the window is closing or switching workspaces)."""
        self._timer.stop()
        paths = self.watched()
        if paths:
            self._watcher.removePaths(paths)
