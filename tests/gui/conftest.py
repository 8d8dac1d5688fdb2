"""GUI tests: offscreen Qt, every test marked `gui`, one QApplication for the session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def studio(tmp_path: Path) -> Iterator[object]:
    from studio.app import open_studio

    opened = open_studio(database=f"sqlite:///{tmp_path / 'gui.sqlite3'}")
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    """The interface in English (with its plural forms), as `studio gui --language en` runs it."""
    from PySide6.QtWidgets import QApplication

    from studio.gui.app import install_translations

    assert isinstance(qapp, QApplication)
    translators = install_translations(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def synchronous_tasks() -> Iterator[None]:
    """Background tasks run inline, their callbacks before ``run_task`` returns (no sleeps in tests)."""
    from studio.gui import tasks

    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture(autouse=True)
def collectable_again() -> Iterator[None]:
    """What a test's studio left out of garbage collections (``gc.freeze`` at start-up) is
    collectable again after it: the suite's process lives on."""
    import gc

    yield
    gc.unfreeze()
