"""The staff brief and web previews (web20): a demo campaign with both channels shows them as text
tabs, in Spanish and English."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studio import clock
from studio.app import Studio
from studio.findings import check_campaign
from studio.gui.previews import PreviewPane
from studio.gui.previews.staff import StaffTab
from studio.gui.previews.web import WebTab
from studio.render.variants import Renderer


@pytest.fixture
def pane(qtbot: QtBot, studio: Studio, monkeypatch: pytest.MonkeyPatch) -> Iterator[PreviewPane]:
    monkeypatch.setenv("STUDIO_NO_WEBENGINE", "1")
    widget = PreviewPane(studio)
    qtbot.addWidget(widget)
    widget.resize(760, 900)
    yield widget


@pytest.mark.parametrize(
    ("locale", "question"), [("es-ES", "¿Vale en la app?"), ("en-US", "Is it valid in the app?")]
)
def test_the_staff_and_web_tabs_show_their_texts(
    pane: PreviewPane, studio: Studio, locale: str, question: str
) -> None:
    campaign = studio.repository.get("app-pide-y-recoge").campaign
    pane.set_locale(locale)
    pane.show_check(campaign, check_campaign(Renderer(studio.workspace), campaign, now=clock.now()))
    staff = pane.tab("staff")
    assert isinstance(staff, StaffTab)
    pane.show_channel("staff")
    assert question in staff.text.text and "APP20" in staff.text.text
    assert staff.title.text().startswith("Café Aurora · ")
    web = pane.tab("web")
    assert isinstance(web, WebTab)
    pane.show_channel("web")
    assert web.headline.text == campaign.locales[locale].message.headline
    assert "APP20" in web.rest.text()
    folder = os.environ.get("STUDIO_SHOTS")
    if folder:
        pane.grab().save(str(Path(folder) / f"web-{locale}.png"))
