"""The email preview's HTML counter shows the exported HTML's size, the number the check uses.

The preview's own HTML names images by file:// paths and is a different size from what the export
writes; near Gmail's clipping limit the counter and the problems panel must not disagree.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from studio import clock
from studio.app import Studio
from studio.findings import check_campaign
from studio.gui.previews import PreviewPane
from studio.gui.previews.email import EmailTab
from studio.render.variants import Renderer


@pytest.fixture(autouse=True)
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUDIO_NO_WEBENGINE", "1")
    monkeypatch.setattr(EmailTab, "heavy_delay_ms", 0)


def test_the_html_counter_shows_the_exported_size(qtbot: QtBot, studio: Studio) -> None:
    pane = PreviewPane(studio)
    qtbot.addWidget(pane)
    campaign = studio.repository.get("navidad-turron-latte").campaign
    check = check_campaign(Renderer(studio.workspace), campaign, now=clock.now())
    pane.show_check(campaign, check)
    pane.show()
    email = pane.tab("email")
    assert isinstance(email, EmailTab)
    qtbot.waitUntil(lambda: bool(email.html))
    variant = next(v for v in check.variants if v.id == f"email/{email.variant.locale}")  # type: ignore[union-attr]
    assert email.html_bytes == variant.metrics["html_bytes"] != len(email.html.encode("utf-8"))
