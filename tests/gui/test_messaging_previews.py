"""The WhatsApp and push previews (channels20): a demo campaign with both channels shows them
without trouble, in Spanish and English, with what each view of the platform cuts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from studio import clock
from studio.app import Studio
from studio.findings import check_campaign
from studio.gui.previews import PreviewPane
from studio.gui.previews.push import PushTab
from studio.gui.previews.whatsapp import WhatsAppTab
from studio.model.campaign import Campaign
from studio.render.variants import Renderer


@pytest.fixture
def pane(qtbot: QtBot, studio: Studio, monkeypatch: pytest.MonkeyPatch) -> Iterator[PreviewPane]:
    monkeypatch.setenv("STUDIO_NO_WEBENGINE", "1")
    widget = PreviewPane(studio)
    qtbot.addWidget(widget)
    widget.resize(760, 900)
    yield widget


def shown(pane: PreviewPane, studio: Studio, key: str, locale: str) -> Campaign:
    campaign = studio.repository.get(key).campaign
    pane.set_locale(locale)
    pane.show_check(campaign, check_campaign(Renderer(studio.workspace), campaign, now=clock.now()))
    return campaign


def _shot(pane: PreviewPane, name: str) -> None:
    """Save what the pane shows when STUDIO_SHOTS names a folder (to look at; not compared)."""
    folder = os.environ.get("STUDIO_SHOTS")
    if folder:
        pane.grab().save(str(Path(folder) / name))


@pytest.mark.parametrize("locale", ["es-ES", "en-US"])
def test_whatsapp_tab_shows_the_template_as_a_chat_bubble(
    pane: PreviewPane, studio: Studio, locale: str
) -> None:
    shown(pane, studio, "app-pide-y-recoge", locale)
    tab = pane.tab("whatsapp")
    assert isinstance(tab, WhatsAppTab)
    pane.show_channel("whatsapp")
    assert "{{1}}" in tab.text.text
    items = [tab.buttons_box.itemAt(i) for i in range(tab.buttons_box.count())]
    labels = [w.text() for item in items if item and isinstance(w := item.widget(), QPushButton)]
    quick = "No me interesa" if locale == "es-ES" else "Stop promotions"
    assert quick in labels and len(labels) == 2  # the URL button and the quick reply
    assert tab.header_label.isVisibleTo(tab)  # the hero image stands for the header
    assert tab.counter.tone != "error"
    _shot(pane, f"whatsapp-{locale}.png")


@pytest.mark.parametrize("locale", ["es-ES", "en-US"])
def test_push_tab_shows_each_platform_cut(pane: PreviewPane, studio: Studio, locale: str) -> None:
    shown(pane, studio, "app-pide-y-recoge", locale)
    tab = pane.tab("push")
    assert isinstance(tab, PushTab)
    pane.show_channel("push")
    assert set(tab.cards) == {"ios_lock_screen", "ios_banner", "android_collapsed", "android_expanded"}
    assert tab.cards["android_collapsed"].text.endswith("…")  # one line of about 45 characters
    assert not tab.cards["ios_lock_screen"].text.endswith("…")
    assert "cafeaurora://www.cafeaurora.example/app" in tab.link_label.text()
    _shot(pane, f"push-{locale}.png")
