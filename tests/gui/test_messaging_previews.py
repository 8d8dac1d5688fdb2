"""The WhatsApp and push previews (channels20): a demo campaign with both channels shows them
without trouble, in Spanish and English, with what each view of the platform cuts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from studio import clock
from studio.app import Studio
from studio.findings import check_campaign
from studio.gui.previews import PreviewPane
from studio.gui.previews.push import PushTab
from studio.gui.previews.whatsapp import RenderedText, Sample, WhatsAppTab, whatsapp_html
from studio.model.campaign import Campaign
from studio.model.finding import Category, Finding, Severity, Span
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
    labels = [w.text() for item in items if item and isinstance(w := item.widget(), QLabel)]
    quick = "No me interesa" if locale == "es-ES" else "Stop promotions"
    assert f"↩ {quick}" in labels and len(labels) == 2  # the URL button and the quick reply
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


def _bold_at(view: RenderedText, text: str) -> bool:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.plain().rindex(text) + 1)  # the last one
    return cursor.charFormat().fontWeight() == QFont.Weight.Bold


@pytest.mark.parametrize(("locale", "sample"), [("es-ES", "Laura"), ("en-US", "Laura")])
def test_whatsapp_bubble_shows_the_body_formatted_as_whatsapp_does(
    pane: PreviewPane, studio: Studio, locale: str, sample: str
) -> None:
    shown(pane, studio, "app-pide-y-recoge", locale)
    tab = pane.tab("whatsapp")
    assert isinstance(tab, WhatsAppTab)
    pane.show_channel("whatsapp")
    written, seen = tab.text.text, tab.body.plain()
    assert "*APP20*" in written and "{{1}}" in written  # the text as written keeps its marks
    assert "*" not in seen and "{{" not in seen and "_" not in seen  # the bubble does not
    assert "APP20" in seen and _bold_at(tab.body, "APP20")
    assert not _bold_at(tab.body, seen.split()[-1])
    at = seen.index(sample)
    assert "the customer's first name" in tab.body.tooltip_at(at)
    cursor = QTextCursor(tab.body.document())
    cursor.setPosition(at + 1)
    assert cursor.charFormat().background().style() != cursor.charFormat().background().style().NoBrush


def test_whatsapp_findings_still_underline_and_select_the_text_as_written(
    pane: PreviewPane, studio: Studio
) -> None:
    shown(pane, studio, "app-pide-y-recoge", "es-ES")
    tab = pane.tab("whatsapp")
    assert isinstance(tab, WhatsAppTab)
    pane.show_channel("whatsapp")
    text = tab.text.text
    start = text.index("*APP20*")
    finding = Finding(
        rule="Test.Rule",
        category=Category.CHANNEL,
        severity=Severity.WARNING,
        message="a planted finding",
        channel="whatsapp",
        locale="es-ES",
        field="text",
        span=Span(line=1, column=start + 1, start=start, end=start + 7),
    )
    tab.set_findings([finding])
    assert any(
        e.format.underlineStyle() != e.format.underlineStyle().NoUnderline for e in tab.text.extraSelections()
    )
    assert tab.select_span("text", start, start + 7)
    assert tab.text.selected_text() == "*APP20*"


@pytest.mark.parametrize(
    ("source", "html_part"),
    [
        ("a *b* c", "a <b>b</b> c"),
        ("_i_ and ~s~", "<i>i</i> and <s>s</s>"),
        ("*_both_*", "<b><i>both</i></b>"),
        ("2*3*4 snake_case_name a_b_", "2*3*4 snake_case_name a_b_"),
        ("* not bold *", "* not bold *"),
        ("```*x* <y>```", '<span style="font-family: monospace">*x* &lt;y&gt;</span>'),
        ("<b>raw</b> & *ok*", "&lt;b&gt;raw&lt;/b&gt; &amp; <b>ok</b>"),
        ("Hi {{2}}!", "&#8239;[2]&#8239;</span>!"),
        ("*open\nclose*", "*open\nclose*"),
    ],
)
def test_whatsapp_formatting(source: str, html_part: str) -> None:
    rendered = whatsapp_html(source, {1: Sample("Ana", "name")}, "#ddeeff")
    assert html_part in rendered


@pytest.mark.parametrize("locale", ["es-ES", "en-US"])
def test_push_cards_are_not_squeezed_in_a_short_pane(pane: PreviewPane, studio: Studio, locale: str) -> None:
    pane.resize(560, 420)  # the preview pane of a 1280×720 window
    shown(pane, studio, "app-pide-y-recoge", locale)
    tab = pane.tab("push")
    assert isinstance(tab, PushTab)
    pane.show_channel("push")
    for view, frame in tab.frames.items():
        assert frame.height() >= frame.minimumSizeHint().height(), view
        card = tab.cards[view]
        assert card.height() >= card.document().size().height(), view
        cursor = QTextCursor(card.document())
        cursor.setPosition(1)
        assert cursor.charFormat().fontWeight() == QFont.Weight.Bold  # the title
    assert tab.app_labels["ios_banner"].text() == "Café Aurora · now"
