"""Light and dark: the choice in Preferences shows even where the platform cannot switch schemes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from studio.gui.app import apply_theme


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme("system")


def _window_lightness(app: QApplication) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_dark_then_light_then_the_system_again(app: QApplication) -> None:
    system = _window_lightness(app)
    apply_theme("dark")
    palette = app.palette()
    assert _window_lightness(app) < 80
    assert palette.color(QPalette.ColorRole.Text).lightness() > 200  # light text on dark
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert disabled != palette.color(QPalette.ColorRole.Text)  # disabled controls still look disabled
    apply_theme("light")
    assert _window_lightness(app) > 200
    apply_theme("system")
    assert _window_lightness(app) == system
