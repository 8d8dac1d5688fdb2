"""The channel previews on the demo campaigns: real checks, real rendering, offscreen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from studio import clock
from studio.app import Studio
from studio.findings import CampaignCheck, check_campaign
from studio.gui.previews import PreviewPane
from studio.gui.previews.email import EmailTab
from studio.gui.previews.posts import PostTab
from studio.gui.previews.signage import SignageTab
from studio.gui.previews.sms import SmsTab
from studio.model.campaign import Campaign
from studio.render.signage import PREVIEW_DPI
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root


@pytest.fixture(autouse=True)
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    """No WebEngine (one test turns it on) and no debounce (one test checks it)."""
    monkeypatch.setenv("STUDIO_NO_WEBENGINE", "1")
    monkeypatch.setattr(EmailTab, "heavy_delay_ms", 0)
    monkeypatch.setattr(SignageTab, "heavy_delay_ms", 0)
    monkeypatch.setattr(PostTab, "heavy_delay_ms", 0)


@pytest.fixture
def pane(qtbot: QtBot, studio: Studio) -> Iterator[PreviewPane]:
    widget = PreviewPane(studio)
    qtbot.addWidget(widget)
    widget.resize(760, 900)
    yield widget


def demo(studio: Studio, key: str) -> Campaign:
    return studio.repository.get(key).campaign


def checked(studio: Studio, campaign: Campaign) -> CampaignCheck:
    return check_campaign(Renderer(studio.workspace), campaign, now=clock.now())


def changed(campaign: Campaign, **changes: Any) -> Campaign:
    document = campaign.to_document()
    document.update(changes)
    return Campaign.from_document(document)


def with_override(campaign: Campaign, channel: str, locale: str, field: str, text: str) -> Campaign:
    overrides = campaign.to_document()["overrides"]
    overrides.setdefault(channel, {}).setdefault(locale, {})[field] = text
    return changed(campaign, overrides=overrides)


def show(pane: PreviewPane, studio: Studio, campaign: Campaign) -> CampaignCheck:
    check = checked(studio, campaign)
    pane.show_check(campaign, check)
    pane.catch_up()  # every tab now (behind the front one they follow one per turn of the loop)
    return check


def variant_of(check: CampaignCheck, channel: str, locale: str) -> Any:
    return next(v for v in check.variants if v.channel.value == channel and v.locale == locale)


# -- tabs --------------------------------------------------------------------------------------------


def test_one_tab_per_channel_kept_across_checks(pane: PreviewPane, studio: Studio) -> None:
    campaign = demo(studio, "black-friday-2026")
    assert pane.stack.currentWidget() is pane.placeholder
    show(pane, studio, campaign)
    titles = [pane.tabs.tabText(i) for i in range(pane.tabs.count())]
    assert titles == [
        "Email",
        "SMS ✎",
        "X",
        "Instagram",
        "Facebook",
        "LinkedIn",
        "Signage",
        "WhatsApp",
        "Push",
    ]
    assert list(pane.tabs_by_channel) == [c.value for c in campaign.channels]
    tabs = dict(pane.tabs_by_channel)

    fewer = changed(campaign, channels=["sms", "email", "signage"])
    show(pane, studio, fewer)
    assert [pane.tabs.widget(i) for i in range(pane.tabs.count())] == [
        tabs["sms"],
        tabs["email"],
        tabs["signage"],
    ]
    show(pane, studio, fewer)  # a keystroke: nothing rebuilt
    assert pane.tabs_by_channel == {k: tabs[k] for k in ("sms", "email", "signage")}
    assert isinstance(tabs["sms"], SmsTab)
    assert isinstance(tabs["signage"], SignageTab)


def test_the_tab_in_front_shows_a_check_at_once_the_others_one_per_turn(
    qtbot: QtBot, pane: PreviewPane, studio: Studio
) -> None:
    """A dozen channels updated at once stopped the window: the tab in front first, then the others
    one per turn of the event loop; a tab brought to the front is brought up to date at once."""
    campaign = demo(studio, "black-friday-2026")
    show(pane, studio, campaign)
    email, sms = pane.tabs_by_channel["email"], pane.tabs_by_channel["sms"]
    pane.tabs.setCurrentWidget(email)
    edited = with_override(campaign, "sms", "es-ES", "text", "Nuevo texto del SMS")
    check = checked(studio, edited)
    with qtbot.waitSignal(pane.refreshed, timeout=10_000):
        pane.show_check(edited, check)
        assert email.variant is variant_of(check, "email", "es-ES")  # in front: now
        assert sms.variant is not variant_of(check, "sms", "es-ES")  # behind: its turn comes
        assert not pane.up_to_date
    assert pane.up_to_date and sms.text.text == "Nuevo texto del SMS"
    pane.show_check(campaign, checked(studio, campaign))
    assert sms.text.text == "Nuevo texto del SMS" and not pane.up_to_date
    pane.tabs.setCurrentWidget(sms)  # brought to the front before its turn: up to date at once
    assert sms.text.text != "Nuevo texto del SMS"
    qtbot.waitUntil(lambda: pane.up_to_date, timeout=10_000)


def test_locale_chooser_and_set_locale(qtbot: QtBot, pane: PreviewPane, studio: Studio) -> None:
    campaign = demo(studio, "black-friday-2026")
    check = show(pane, studio, campaign)
    assert pane.current_locale == "es-ES"
    assert [pane.locales.itemData(i) for i in range(pane.locales.count())] == ["es-ES", "es-MX", "en-US"]
    sms = pane.tab("sms")
    assert isinstance(sms, SmsTab)
    with qtbot.waitSignal(pane.localeChanged) as signal:
        pane.locales.setCurrentIndex(2)
    assert signal.args == ["en-US"]
    pane.catch_up()
    assert sms.text.text == variant_of(check, "sms", "en-US").fields["text"]
    assert not sms.badge.isVisibleTo(sms)  # en-US's SMS is the template's
    with qtbot.waitSignal(pane.localeChanged) as signal:
        pane.set_locale("es-MX")
    assert signal.args == ["es-MX"]
    assert pane.locales.currentData() == "es-MX"
    with qtbot.assertNotEmitted(pane.localeChanged):
        pane.set_locale("es-MX")


# -- SMS ---------------------------------------------------------------------------------------------


def test_sms_counter_follows_the_text(pane: PreviewPane, studio: Studio) -> None:
    campaign = demo(studio, "app-pide-y-recoge")
    pane.set_locale("en-US")
    check = show(pane, studio, campaign)
    sms = pane.tab("sms")
    assert isinstance(sms, SmsTab)
    metrics = variant_of(check, "sms", "en-US").metrics
    assert metrics["encoding"] == "GSM-7"
    plain = sms.counter.plain
    assert plain.startswith(f"GSM-7. {metrics['segments']} segments. {metrics['units']} characters.")
    assert f"{metrics['units_left']} left in this segment" in plain
    assert sms.counter.accessibleDescription() == plain

    # (without the en-US rates notice, "Msg&data rates may apply", so " más" reaches exactly the limit)
    text = variant_of(check, "sms", "en-US").fields["text"].removesuffix(". Msg&data rates may apply")
    check = show(pane, studio, with_override(campaign, "sms", "en-US", "text", text + " más"))
    metrics = variant_of(check, "sms", "en-US").metrics
    assert metrics["encoding"] == "UCS-2"
    plain = sms.counter.plain
    assert plain.startswith(f"UCS-2. {metrics['segments']} segments. {metrics['units']} characters.")
    assert (
        "Not in the GSM-7 alphabet: ‘á’. That makes the whole message UCS-2: 67 characters a segment" in plain
    )
    assert sms.text.text.endswith(" más")
    assert metrics["segments"] == 3 and sms.counter.tone == "warning"  # at the brand's limit

    show(pane, studio, with_override(campaign, "sms", "en-US", "text", text + " más" * 8))
    assert sms.counter.tone == "error"
    assert sms.counter.plain.startswith("UCS-2. 4 segments.")
    assert "Over the brand's limit of 3 segments" in sms.counter.plain


# -- overrides ---------------------------------------------------------------------------------------


def test_editing_a_preview_emits_the_override(qtbot: QtBot, pane: PreviewPane, studio: Studio) -> None:
    show(pane, studio, demo(studio, "app-pide-y-recoge"))
    pane.set_locale("es-MX")
    pane.show()
    pane.show_channel("post.x")
    x = pane.tab("post.x")
    assert isinstance(x, PostTab)
    assert x.editor.isHidden()
    x.edit_button.click()
    assert x.editor.isVisible()
    editor = x.editor.editors["text"]
    before = editor.toPlainText()
    assert before == x.text.text
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    with qtbot.waitSignal(pane.overrideEdited) as signal:
        qtbot.keyClicks(editor, "!")
    assert signal.args == ["post.x", "es-MX", "text", before + "!"]
    assert not x.editor.reset_buttons["text"].isEnabled()  # not overridden until the next check

    with qtbot.assertNotEmitted(pane.overrideReset), qtbot.assertNotEmitted(pane.overrideEdited):
        editor.clear()  # an empty text is no override, and there is none to reset


def test_reset_only_for_overridden_fields(qtbot: QtBot, pane: PreviewPane, studio: Studio) -> None:
    show(pane, studio, demo(studio, "black-friday-2026"))
    sms, email = pane.tab("sms"), pane.tab("email")
    assert sms.badge.isVisibleTo(sms)
    assert sms.editor.reset_buttons["text"].isEnabled()
    assert not email.badge.isVisibleTo(email)
    assert [b.isEnabled() for b in email.editor.reset_buttons.values()] == [False, False, False]
    with qtbot.waitSignal(pane.overrideReset) as signal:
        qtbot.mouseClick(sms.editor.reset_buttons["text"], Qt.MouseButton.LeftButton)
    assert signal.args == ["sms", "es-ES", "text"]

    pane.set_locale("en-US")  # no override there
    pane.catch_up()
    assert not sms.editor.reset_buttons["text"].isEnabled()
    assert not sms.badge.isVisibleTo(sms)
    assert pane.tabs.tabText(1) == "SMS"


def test_a_check_never_overwrites_what_is_being_typed(
    qtbot: QtBot, pane: PreviewPane, studio: Studio
) -> None:
    campaign = demo(studio, "black-friday-2026")
    show(pane, studio, campaign)
    pane.show()
    pane.show_channel("sms")
    sms = pane.tab("sms")
    sms.edit_button.click()
    editor = sms.editor.editors["text"]
    pane.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.setPlainText("PUBLI typing in progr")
    show(pane, studio, with_override(campaign, "sms", "es-ES", "text", "PUBLI typing in pro"))
    assert editor.toPlainText() == "PUBLI typing in progr"
    assert sms.text.text == "PUBLI typing in pro"


# -- email -------------------------------------------------------------------------------------------


def test_email_preview_without_webengine(qtbot: QtBot, pane: PreviewPane, studio: Studio) -> None:
    check = show(pane, studio, demo(studio, "navidad-turron-latte"))
    email = pane.tab("email")
    assert isinstance(email, EmailTab)
    assert email.host.view is None  # created when first shown, not before
    pane.show()
    qtbot.waitUntil(lambda: bool(email.html))
    variant = variant_of(check, "email", "es-ES")
    assert isinstance(email.host.view, QTextBrowser)
    assert email.subject.text == variant.fields["subject"]
    assert email.preheader.text == variant.fields["preheader"]
    assert "Turrón Latte" in email.host.view.toPlainText()
    assert "Subject: " in email.counter.plain and "HTML: " in email.counter.plain
    email.set_mode("mobile")
    assert email.host.view.width() == 375
    email.set_mode("desktop")
    assert email.host.view.width() == min(700, email.host.width())
    assert email.subject._bands == []  # fits: nothing greyed out
    # a span in the plain-text part switches to it and selects the words
    start = variant.fields["text"].index("Turrón")
    pane.select_span("email", "es-ES", "text", start, start + len("Turrón Latte"))
    assert email.mode == "text"
    assert email.plain.selected_text() == "Turrón Latte"

    long_subject = "Vuelve el Turrón Latte: el sabor de la Navidad, en todas las tiendas Café Aurora"
    campaign = with_override(demo(studio, "navidad-turron-latte"), "email", "es-ES", "subject", long_subject)
    show(pane, studio, campaign)
    assert [(b.start, b.end, b.kind) for b in email.subject._bands] == [(60, len(long_subject), "dim")]
    assert email.counter.plain.startswith(f"Subject: {len(long_subject)} / 60 characters visible")
    assert "Inboxes cut the subject after about 60 characters." in email.counter.plain


def test_email_preview_in_webengine(
    qtbot: QtBot, pane: PreviewPane, studio: Studio, monkeypatch: Any
) -> None:
    monkeypatch.delenv("STUDIO_NO_WEBENGINE")
    campaign = demo(studio, "black-friday-2026")
    show(pane, studio, campaign)
    pane.show()
    email = pane.tab("email")
    assert isinstance(email, EmailTab)
    qtbot.waitUntil(lambda: email.host.loaded, timeout=20_000)
    assert email.host.web_engine
    view: Any = email.host.view
    seen: dict[str, Any] = {}
    view.page().toPlainText(lambda text: seen.update(text=text))
    view.page().runJavaScript(
        "JSON.stringify(Array.from(document.images).map(i => i.complete && i.naturalWidth > 0))",
        0,
        lambda result: seen.update(images=result),
    )
    qtbot.waitUntil(lambda: "text" in seen and "images" in seen, timeout=10_000)
    assert "Black Friday en Café Aurora" in seen["text"]
    assert seen["images"] == "[true,true]"  # the logo and the hero image load from the workspace
    assert not email.grab().toImage().isNull()
    assert email.subject.text == "Black Friday en Café Aurora"


def test_email_preview_dark_mode_and_images_off(
    qtbot: QtBot, pane: PreviewPane, studio: Studio, monkeypatch: Any
) -> None:
    """The two Litmus-style looks, read back from the page the web engine shows."""
    monkeypatch.delenv("STUDIO_NO_WEBENGINE")
    show(pane, studio, demo(studio, "black-friday-2026"))
    pane.show()
    email = pane.tab("email")
    assert isinstance(email, EmailTab)
    qtbot.waitUntil(lambda: email.host.loaded, timeout=20_000)
    view: Any = email.host.view

    def page(script: str) -> Any:
        seen: dict[str, Any] = {}
        view.page().runJavaScript(script, 0, lambda result: seen.update(value=result))
        qtbot.waitUntil(lambda: "value" in seen, timeout=10_000)
        return seen["value"]

    images = "document.images.length"
    assert page(images) == 2
    email.host.loaded = False
    email.images_off_button.trigger()
    qtbot.waitUntil(lambda: email.host.loaded, timeout=20_000)
    assert page(images) == 0
    assert "Una taza de café negra y dorada" in page("document.body.innerText")  # the hero's alt text
    email.host.loaded = False
    email.dark_button.trigger()
    qtbot.waitUntil(lambda: email.host.loaded, timeout=20_000)
    light = page(
        "Math.max(...Array.from(document.querySelectorAll('body, table, td')).map(e => {"
        " const m = getComputedStyle(e).backgroundColor.match(/\\d+/g);"
        " return m && (m.length < 4 || +m[3] > 0) ? (+m[0] + +m[1] + +m[2]) / 3 : 0; }))"
    )
    assert light < 128  # no light background left
    email.images_off_button.trigger()
    email.dark_button.trigger()
    assert email.shown_html() == email.html


# -- posts -------------------------------------------------------------------------------------------


def test_post_counters(pane: PreviewPane, studio: Studio) -> None:
    campaign = demo(studio, "black-friday-2026")
    check = show(pane, studio, campaign)
    x, instagram = pane.tab("post.x"), pane.tab("post.instagram")
    weighted = variant_of(check, "post.x", "es-ES").metrics["weighted_length"]
    assert x.counter.plain.startswith(f"{weighted} / 280 characters")
    assert instagram.counter.plain.startswith("313 / 2,200 characters. 2 / 5 hashtags")
    assert isinstance(instagram, PostTab) and instagram.image.isVisibleTo(instagram)
    assert not x.image.isVisibleTo(x)  # type: ignore[attr-defined]
    assert x.handle.text() == "@cafeaurora"  # type: ignore[attr-defined]

    tags = " ".join(f"#Cafe{i}" for i in "abcdef")
    show(pane, studio, with_override(campaign, "post.instagram", "es-ES", "text", f"Hola {tags}"))
    assert "6 / 5 hashtags" in instagram.counter.plain
    assert instagram.counter.tone == "error"


def test_the_instagram_preview_is_the_exported_image(qtbot: QtBot, pane: PreviewPane, studio: Studio) -> None:
    """Not the bare photo: the composed square (headline, price, disclaimer) that instagram.png is."""
    import io

    from PIL import Image

    from studio.render.files import variant_files

    campaign = demo(studio, "black-friday-2026")
    check = show(pane, studio, campaign)
    pane.show()
    pane.show_channel("post.instagram")
    instagram = pane.tab("post.instagram")
    assert isinstance(instagram, PostTab)
    qtbot.waitUntil(lambda: not instagram.composed.isNull(), timeout=10_000)
    variant = variant_of(check, "post.instagram", "es-ES")
    files = variant_files(pane.env.renderer, campaign, variant)
    exported = Image.open(io.BytesIO(files[PurePosixPath("social/instagram.png")])).convert("RGB")
    shown = instagram.composed
    assert (shown.width(), shown.height()) == exported.size == (1080, 1080)
    for x, y in ((540, 100), (200, 700), (900, 1000), (60, 60)):
        pixel = shown.pixelColor(x, y)
        assert (pixel.red(), pixel.green(), pixel.blue()) == exported.getpixel((x, y))
    assert instagram.image.isVisibleTo(instagram)
    on_screen = instagram.image.pixmap().toImage()  # what the marketer sees is that image, scaled
    expected = instagram.composed.scaled(on_screen.width(), on_screen.height())
    grid = [
        (on_screen.width() * i // 8, on_screen.height() * j // 8) for i in range(1, 8) for j in range(1, 8)
    ]
    gap = sum(abs(on_screen.pixelColor(*p).lightness() - expected.pixelColor(*p).lightness()) for p in grid)
    assert gap / len(grid) < 12


# -- signage -----------------------------------------------------------------------------------------


def test_poster_preview(qtbot: QtBot, pane: PreviewPane, studio: Studio) -> None:
    campaign = changed(demo(studio, "black-friday-2026"), print_sizes=["A3", "A4"])
    show(pane, studio, campaign)
    pane.show()
    pane.show_channel("signage")
    signage = pane.tab("signage")
    assert isinstance(signage, SignageTab)
    qtbot.waitUntil(lambda: not signage.poster.pixmap.isNull())
    a3 = round((297 + 6) / 25.4 * PREVIEW_DPI)
    assert signage.image_size is not None and abs(signage.image_size[0] - a3) <= 1
    assert [signage.sizes.itemText(i) for i in range(signage.sizes.count())] == ["A3", "A4"]
    signage.sizes.setCurrentIndex(1)
    a4 = round((210 + 6) / 25.4 * PREVIEW_DPI)
    qtbot.waitUntil(lambda: signage.image_size is not None and abs(signage.image_size[0] - a4) <= 1)
    assert "A4: 210 × 297 mm + 3 mm bleed" in signage.counter.plain
    assert signage.error == ""


def test_the_poster_can_be_read_at_actual_size(qtbot: QtBot, pane: PreviewPane, studio: Studio) -> None:
    show(pane, studio, demo(studio, "black-friday-2026"))
    pane.show()
    pane.show_channel("signage")
    signage = pane.tab("signage")
    assert isinstance(signage, SignageTab)
    qtbot.waitUntil(lambda: not signage.poster.pixmap.isNull())
    fitted = signage.poster.minimumSize()
    assert fitted.width() < signage.poster.pixmap.width()  # fitted into the pane
    signage.zoom_button.click()
    assert signage.poster.zoomed
    assert signage.poster.minimumWidth() >= signage.poster.pixmap.width() / signage.poster.devicePixelRatioF()
    assert signage.poster_scroll.verticalScrollBar().maximum() > 0  # the small print is scrolled to
    qtbot.mouseDClick(signage.poster, Qt.MouseButton.LeftButton)
    assert not signage.poster.zoomed and not signage.zoom_button.isChecked()
    assert signage.poster.minimumSize() == fitted


def test_poster_is_debounced_and_the_newest_wins(
    qtbot: QtBot, pane: PreviewPane, studio: Studio, monkeypatch: Any
) -> None:
    monkeypatch.setattr(SignageTab, "heavy_delay_ms", 300)
    campaign = demo(studio, "black-friday-2026")
    pane.show()
    for headline in ("Uno", "Dos", "Tres"):
        show(pane, studio, with_override(campaign, "signage", "es-ES", "headline", headline))
        pane.show_channel("signage")
    signage = pane.tab("signage")
    assert signage.heavy_runs == 0
    qtbot.waitUntil(lambda: not signage.poster.pixmap.isNull())
    assert signage.heavy_runs == 1
    assert signage.variant is not None and signage.variant.fields["headline"] == "Tres"


# -- findings, spans, errors ---------------------------------------------------------------------------


def test_findings_are_underlined_and_spans_selected(pane: PreviewPane, studio: Studio) -> None:
    check = show(pane, studio, demo(studio, "black-friday-2026"))
    pane.set_findings(check.findings)
    sms = pane.tab("sms")
    assert isinstance(sms, SmsTab)
    mine = [f for f in check.findings if f.channel == "sms" and f.locale == "es-ES" and f.span]
    assert mine and len(sms.text.extraSelections()) >= len(mine)
    assert not pane.tabs.tabIcon(1).isNull()  # the SMS has an error
    price = next(f for f in mine if f.match == "3,49 €")
    assert price.span is not None
    pane.show_channel("email")
    pane.select_span("sms", "es-ES", "text", price.span.start, price.span.end)
    assert pane.tabs.currentWidget() is sms
    assert sms.text.selected_text() == "3,49 €"


def broken_workspace(tmp_path: Path) -> Workspace:
    root = tmp_path / "broken"
    for name in ("templates", "assets", "brand_rules"):
        shutil.copytree(default_root() / name, root / name)
    mjml = root / "templates" / "email" / "email.mjml.j2"
    mjml.write_text(
        mjml.read_text(encoding="utf-8").replace("{{ message.headline }}", "{{ message.headline ")
    )
    (root / "assets" / "fonts" / "Vollkorn-Bold.ttf").write_bytes(b"not a font")
    return Workspace(root)


def test_broken_templates_and_fonts_show_a_message(
    qtbot: QtBot, studio: Studio, tmp_path: Path, monkeypatch: Any
) -> None:
    broken = Studio(broken_workspace(tmp_path), studio.repository)
    pane = PreviewPane(broken)
    qtbot.addWidget(pane)
    show(pane, broken, demo(studio, "black-friday-2026"))
    pane.show()
    email = pane.tab("email")
    qtbot.waitUntil(lambda: bool(email.error))
    assert "The email cannot be shown" in email.error and "email.mjml.j2" in email.error
    pane.show_channel("signage")
    signage = pane.tab("signage")
    qtbot.waitUntil(lambda: bool(signage.error))
    assert "The poster cannot be drawn" in signage.error and "Vollkorn-Bold.ttf" in signage.error

    pane.show_error("templates/sms/sms.txt.j2:3: unexpected end of template")
    assert pane.banner.isVisible() and "sms.txt.j2:3" in pane.banner.text()
    show(pane, broken, demo(studio, "black-friday-2026"))
    assert pane.banner.isHidden()


def test_every_control_has_an_accessible_name(pane: PreviewPane, studio: Studio) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QPlainTextEdit

    show(pane, studio, demo(studio, "black-friday-2026"))
    for tab in pane.tabs_by_channel.values():
        tab.edit_button.click()  # the hand-edit controls are made when first shown
    controls = [
        w for w in pane.findChildren(object) if isinstance(w, QAbstractButton | QComboBox | QPlainTextEdit)
    ]
    assert len(controls) > 20
    assert [w for w in controls if not w.accessibleName()] == []


def test_an_edited_email_template_shows_after_refresh(qtbot: QtBot, studio: Studio, tmp_path: Path) -> None:
    from studio import stamps

    root = tmp_path / "kit"
    for name in ("templates", "assets", "brand_rules"):
        shutil.copytree(default_root() / name, root / name)
    kit = Studio(Workspace(root), studio.repository)
    pane = PreviewPane(kit)
    qtbot.addWidget(pane)
    show(pane, kit, demo(studio, "navidad-turron-latte"))
    pane.show()
    email = pane.tab("email")
    assert isinstance(email, EmailTab)
    qtbot.waitUntil(lambda: bool(email.html))
    runs = email.heavy_runs
    mjml = root / "templates" / "email" / "email.mjml.j2"
    source = mjml.read_text(encoding="utf-8")
    mjml.write_text(
        source.replace("{{ message.headline }}", "{{ message.headline }} (nuevo)"), encoding="utf-8"
    )
    stamps.refresh()
    pane.refresh()
    qtbot.waitUntil(lambda: "(nuevo)" in email.html)
    assert email.heavy_runs == runs + 1


def test_signage_span_names_the_field(pane: PreviewPane, studio: Studio) -> None:
    check = show(pane, studio, demo(studio, "black-friday-2026"))
    signage = pane.tab("signage")
    headline = variant_of(check, "signage", "es-ES").fields["headline"]
    pane.select_span("signage", "es-ES", "headline", 0, len("Black Friday"))
    assert pane.tabs.currentWidget() is signage
    assert signage.spot.text() == "On the poster (Headline): «Black Friday»"  # type: ignore[attr-defined]
    assert headline.startswith("Black Friday")


def test_typing_in_a_preview_edits_the_campaign_document(
    qtbot: QtBot, pane: PreviewPane, studio: Studio
) -> None:
    from studio.gui.document import CampaignDocument

    doc = CampaignDocument.open(studio, "app-pide-y-recoge", language="en")
    doc.checked.connect(lambda result: pane.show_check(result.campaign, result.check))
    pane.overrideEdited.connect(lambda c, locale, f, text: doc.set_value(("overrides", c, locale, f), text))
    try:
        pane.set_locale("en-US")
        doc.check_now()
        sms = pane.tab("sms")
        assert isinstance(sms, SmsTab)
        assert sms.counter.plain.startswith("GSM-7.")
        sms.edit_button.click()
        editor = sms.editor.editors["text"]
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        qtbot.keyClicks(editor, " m")
        editor.insertPlainText("ás")  # QTest types ASCII only
        assert doc.value(("overrides", "sms", "en-US", "text")).endswith(" más")
        doc.check_now()
        pane.catch_up()
        assert sms.text.text.endswith(" más")
        assert sms.counter.plain.startswith("UCS-2.")
        assert sms.badge.isVisibleTo(sms) and sms.editor.reset_buttons["text"].isEnabled()
    finally:
        doc.close()


def test_previews_take_the_checked_variants_and_share_the_checks_renderer(
    qtbot: QtBot, pane: PreviewPane, studio: Studio
) -> None:
    """The Instagram image is drawn from the poster texts the check rendered: the previews' renderer
    (the one the live check uses) is not asked to render them again."""
    from studio.gui.renderers import renderer_for
    from studio.model.campaign import Channel

    renderer_for(studio.workspace, fresh=True)  # nothing cached yet
    assert pane.env.renderer is renderer_for(studio.workspace)
    campaign = demo(studio, "black-friday-2026")
    check = show(pane, studio, campaign)  # checked with a renderer of its own
    assert pane.env.variant(Channel.SIGNAGE, "es-ES") == variant_of(check, "signage", "es-ES")
    pane.show()
    pane.show_channel("post.instagram")
    instagram = pane.tab("post.instagram")
    assert isinstance(instagram, PostTab)
    qtbot.waitUntil(lambda: not instagram.composed.isNull(), timeout=10_000)
    rendered = [key for key in pane.env.renderer._cache if key[0] is Channel.SIGNAGE]
    assert rendered == []
