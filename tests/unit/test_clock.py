"""The studio clock: real time by default, pinned by STUDIO_NOW, bad values named."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from studio import clock
from studio.errors import StudioError


def test_pinned_clock_reads_the_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUDIO_NOW", "2026-11-27T08:30:00+01:00")
    assert clock.now() == datetime(2026, 11, 27, 7, 30, tzinfo=UTC)


def test_unpinned_clock_is_the_real_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STUDIO_NOW")
    assert abs(clock.now() - datetime.now(UTC)) < timedelta(seconds=5)
    assert clock.now().tzinfo is not None


@pytest.mark.parametrize("value", ["mañana", "2026-11-27T08:30:00"])
def test_bad_pins_are_named(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("STUDIO_NOW", value)
    with pytest.raises(StudioError, match="STUDIO_NOW"):
        clock.now()
