"""The export dialog's publishing choices (issue 19): ESP and scheduler presets, the SMS audience
file and the asset base URL, their defaults from the brand kit's ``publishing:``; driven with the
keyboard, exported for real into tmp_path and the files read back."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from studio.app import Studio, open_studio
from studio.gui.export_dialog import ExportDialog
from studio.workspace import default_root

KEY = "navidad-turron-latte"
BASE = "https://cdn.cafeaurora.example/campaigns"
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def kit_studio(tmp_path: Path) -> Iterator[Studio]:
    """The demo workspace with a brand kit that chooses Mautic, Sprout Social and a CDN."""
    root = tmp_path / "kit"
    for part in ("brand_rules", "templates", "assets", "campaigns"):
        shutil.copytree(default_root() / part, root / part)
    brand = root / "assets" / "brand.yaml"
    text = brand.read_text("utf-8")
    start, end = text.index("publishing:"), text.index("app:")
    publishing = f"publishing:\n  asset_base_url: {BASE}/\n  esp: mautic\n  scheduler: sprout\n"
    brand.write_text(text[:start] + publishing + text[end:], "utf-8")
    opened = open_studio(root, f"sqlite:///{tmp_path / 'gui.sqlite3'}")
    yield opened
    opened.close()


def make(qtbot: QtBot, studio: Studio, out: Path, channels: set[str]) -> ExportDialog:
    dialog = ExportDialog(studio, [KEY])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    dialog.set_destination(out)
    for channel, box in dialog.channel_boxes.items():
        box.setChecked(channel in channels)
    for tag, box in dialog.locale_boxes.items():
        box.setChecked(tag in ("es-ES", "en-US"))
    return dialog


def alt(qtbot: QtBot, dialog: ExportDialog, key: Qt.Key) -> QWidget | None:
    qtbot.keyClick(dialog, key, ALT)
    return QApplication.focusWidget()


def summary_lines(dialog: ExportDialog) -> list[str]:
    items = (dialog.summary.topLevelItem(i) for i in range(dialog.summary.topLevelItemCount()))
    return [item.text(1) for item in items if item is not None]


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text("utf-8"), newline="")))


def test_defaults_come_from_the_brand_kit_and_people_know_the_names(qtbot: QtBot, kit_studio: Studio) -> None:
    dialog = ExportDialog(kit_studio, [KEY])
    qtbot.addWidget(dialog)
    assert dialog.esp_combo.currentText() == "Mautic"
    assert dialog.scheduler_combo.currentText() == "Sprout Social"
    assert dialog.base_url.text() == BASE
    assert dialog.audience.text() == ""
    esps = [dialog.esp_combo.itemText(i) for i in range(dialog.esp_combo.count())]
    assert esps[1:] == ["Mailchimp", "Brevo", "Salesforce Marketing Cloud", "Mautic"]
    schedulers = [dialog.scheduler_combo.itemText(i) for i in range(dialog.scheduler_combo.count())]
    assert schedulers == ["None", "Hootsuite", "Sprout Social", "Ayrshare"]
    options = dialog.options()
    assert (options.esp, options.scheduler, options.asset_base_url) == ("mautic", "sprout", BASE)
    assert options.audience is None


def test_the_demo_kit_chooses_none(qtbot: QtBot, studio: Studio) -> None:
    dialog = ExportDialog(studio, [KEY])
    qtbot.addWidget(dialog)
    assert dialog.esp_combo.currentIndex() == 0 and dialog.scheduler_combo.currentIndex() == 0
    assert dialog.options().esp == "" and dialog.options().scheduler == ""  # explicit: none
    assert dialog.options().asset_base_url == ""


def test_keyboard_choices_export_with_esp_scheduler_audience_and_urls(
    qtbot: QtBot, kit_studio: Studio, tmp_path: Path
) -> None:
    audience = tmp_path / "audience.csv"
    audience.write_text(
        "phone,locale,name\n600 111 222,es-ES,Ana\n12345,es-ES,Bad\n+1 415 555 2671,en-US,Bob\n", "utf-8"
    )
    out = tmp_path / "out"
    dialog = make(qtbot, kit_studio, out, {"email", "sms", "post.x", "post.instagram"})

    assert alt(qtbot, dialog, Qt.Key.Key_P) is dialog.esp_combo
    qtbot.keyClick(dialog.esp_combo, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.esp_combo, Qt.Key.Key_Down)
    assert dialog.esp_combo.currentText() == "Mailchimp"
    assert alt(qtbot, dialog, Qt.Key.Key_S) is dialog.scheduler_combo
    qtbot.keyClick(dialog.scheduler_combo, Qt.Key.Key_End)
    assert dialog.scheduler_combo.currentText() == "Ayrshare"
    assert alt(qtbot, dialog, Qt.Key.Key_U) is dialog.audience
    qtbot.keyClicks(dialog.audience, str(audience))

    assert alt(qtbot, dialog, Qt.Key.Key_B) is dialog.base_url
    dialog.base_url.selectAll()
    qtbot.keyClicks(dialog.base_url, "cdn.cafeaurora.example?x=1")
    assert dialog.base_url_error.isVisible()  # the error stands at the field
    assert dialog.base_url_error.text().startswith("Not a public base URL")
    assert not dialog.export_button.isEnabled()
    assert dialog.hint.text() == "Correct the asset base URL or leave it empty."
    dialog.base_url.selectAll()
    qtbot.keyClicks(dialog.base_url, BASE + "/")
    assert dialog.base_url_error.isHidden() and dialog.export_button.isEnabled()

    with qtbot.waitSignal(dialog.exportFinished, timeout=60_000):
        qtbot.keyClick(dialog.base_url, Qt.Key.Key_Return)  # the default button: Export
    assert dialog.export_result is not None and dialog.export_result.exported, dialog.status.text()
    folder = out / KEY
    page = (folder / "es-ES" / "email" / "index.html").read_text("utf-8")
    assert 'href="*|UNSUB|*"' in page
    assert f'src="{BASE}/{KEY}/es-ES/email/images/' in page
    header, *rows = read_csv(folder / "sms" / "generic.csv")
    assert header == ["To", "Body"] and [r[0] for r in rows] == ["+34600111222", "+14155552671"]
    header, *posts = read_csv(folder / "es-ES" / "social" / "ayrshare.csv")
    assert header == ["post", "platforms", "mediaUrls", "scheduleDate"]
    assert f"{BASE}/{KEY}/es-ES/social/instagram.png" in [p[2] for p in posts]
    assert not list((folder / "es-ES" / "social").glob("sprout*"))  # the kit's default was replaced
    # the bad row is a warning in the result, by its line
    lines = summary_lines(dialog)
    assert "Line 3 of audience.csv skipped: '12345' is not a valid number in ES" in lines, lines
    # the audience is never stored: not in the database, not in the export's manifest
    for path in tmp_path.glob("gui.sqlite3*"):
        assert b"600111222" not in path.read_bytes()
    assert b"600111222" not in (folder / "manifest.json").read_bytes()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"tel,locale\n600111222,es-ES\n", "audience.csv:1: no phone column"),
        (b"phone,locale\n600111222,es-ES\n\xff\xfe,es-ES\n", "audience.csv:3: is not UTF-8"),
        (b"phone,locale\n1,es-ES\n2,es-ES\n", "no recipient can be used"),
        (None, "missing.csv: no such file"),
    ],
)
def test_an_audience_that_cannot_be_used_stops_the_export_before_it_starts(
    qtbot: QtBot, studio: Studio, tmp_path: Path, content: bytes | None, message: str
) -> None:
    file = tmp_path / ("audience.csv" if content is not None else "missing.csv")
    if content is not None:
        file.write_bytes(content)
    out = tmp_path / "out"
    dialog = make(qtbot, studio, out, {"sms"})
    qtbot.keyClicks(dialog.audience, str(file))
    with qtbot.waitSignal(dialog.exportFinished, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.export_result is None
    assert not out.exists()  # nothing written
    assert message in dialog.audience_error.text() and dialog.audience_error.isVisible()
    assert dialog.status.text().startswith("The export did not run: the SMS audience file cannot be used:")
    assert message in dialog.status.text()
    if message == "no recipient can be used":  # every row's line is shown
        lines = summary_lines(dialog)
        assert [line.split(" skipped")[0] for line in lines] == [
            "Line 2 of audience.csv",
            "Line 3 of audience.csv",
        ]
    qtbot.keyClicks(dialog.audience, "x")  # editing the path clears the old error
    assert dialog.audience_error.isHidden()


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    from studio.gui.app import install_translations

    translators = install_translations(qapp, "es")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.usefixtures("spanish")
def test_in_spanish_the_choices_read_spanish_and_their_letters_reach_them(
    qtbot: QtBot, studio: Studio, tmp_path: Path
) -> None:
    dialog = make(qtbot, studio, tmp_path / "out", {"sms"})
    assert dialog.esp_combo.itemText(0) == "Ninguno (la dirección de baja de la marca)"
    assert dialog.scheduler_combo.itemText(0) == "Ninguno"
    for key, field in (
        (Qt.Key.Key_P, dialog.esp_combo),
        (Qt.Key.Key_R, dialog.scheduler_combo),
        (Qt.Key.Key_T, dialog.audience),
        (Qt.Key.Key_B, dialog.base_url),
    ):
        assert alt(qtbot, dialog, key) is field, key
    qtbot.keyClicks(dialog.base_url, "ftp://x")
    assert dialog.base_url_error.text().startswith("No es una URL base pública")


def test_the_file_picker_fills_the_audience_field(qtbot: QtBot, studio: Studio, tmp_path: Path) -> None:
    file = tmp_path / "audience.csv"
    file.write_text("phone,locale\n600111222,es-ES\n", "utf-8")
    dialog = make(qtbot, studio, tmp_path / "out", {"sms"})
    qtbot.keyClick(dialog, Qt.Key.Key_I, ALT)  # "Choose f&ile…" clicks (animated) the button
    qtbot.waitUntil(lambda: dialog.audience_picker is not None, timeout=5000)
    picker = dialog.audience_picker
    assert picker is not None and picker.isVisible()
    name_box = picker.findChild(QLineEdit, "fileNameEdit")  # Qt's own file dialog
    assert isinstance(name_box, QLineEdit)
    name_box.clearFocus()  # selectFile() leaves a focused name box alone
    picker.selectFile(str(file))
    qtbot.waitUntil(lambda: name_box.text() == file.name, timeout=5000)
    with qtbot.waitSignal(picker.fileSelected, timeout=5000):
        picker.accept()  # as the picker's Open button does
    assert dialog.audience.text() == str(file)
    assert dialog.audience_file() == file
    dialog.channel_boxes["email"].click()
    dialog.channel_boxes["sms"].click()  # an audience without the SMS channel would go nowhere
    assert not dialog.export_button.isEnabled()
    assert dialog.hint.text().startswith("The SMS audience goes with the SMS channel")
    dialog.audience.clear()
    assert dialog.hint.isHidden() and dialog.export_button.isEnabled()
