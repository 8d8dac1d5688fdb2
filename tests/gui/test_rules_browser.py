"""The rules browser on a copy of the demo brand kit: styles, switches written to studio.ini, broken files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from studio.gui.rules_browser import RULE_ID, STYLE_NAME, RulesBrowser
from studio.model.finding import Severity
from studio.rules.config import load_config
from studio.workspace import Workspace, default_root


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    for name in ("brand_rules", "templates", "assets"):
        shutil.copytree(default_root() / name, tmp_path / name)
    return Workspace(tmp_path)


def make(qtbot: QtBot, workspace: Workspace, **kwargs: bool) -> RulesBrowser:
    browser = RulesBrowser(workspace, **kwargs)
    qtbot.addWidget(browser)
    browser.show()
    return browser


def visible_rows(browser: RulesBrowser, parent: QModelIndex | None = None) -> dict[str, list[str]]:
    """Style → rule ids as the (filtered) tree shows them."""
    proxy = browser.proxy
    out: dict[str, list[str]] = {}
    for row in range(proxy.rowCount()):
        style = proxy.index(row, 0)
        out[style.data(STYLE_NAME)] = [
            proxy.index(r, 0, style).data(RULE_ID) for r in range(proxy.rowCount(style))
        ]
    return out


def rule_item(browser: RulesBrowser, rule_id: str) -> tuple[int, int]:
    for row in range(browser.model.rowCount()):
        style = browser.model.item(row)
        for child in range(style.rowCount()):
            if style.child(child).data(RULE_ID) == rule_id:
                return row, child
    raise AssertionError(f"{rule_id} is not listed")


def test_lists_the_demo_styles_and_their_rules(qtbot: QtBot, workspace: Workspace) -> None:
    browser = make(qtbot, workspace)
    rows = visible_rows(browser)
    assert list(rows) == [
        "CafeAurora",
        "Consistency",
        "Core",
        "PolicyES",  # the country policy packs (channels20)
        "PolicyMX",
        "PolicyUS",
        "Studio",
        "Vale",
    ]
    assert "CafeAurora.Tuteo" in rows["CafeAurora"]
    assert "Studio.SmsSegments" in rows["Studio"]
    assert rows["Vale"][0] == "Vale.Avoid"
    row, child = rule_item(browser, "CafeAurora.Tuteo")
    style = browser.model.item(row)
    assert style.child(child, 1).text() == "error"
    assert style.child(child, 2).text() == "substitution"
    assert style.child(child).checkState() == Qt.CheckState.Checked
    assert browser.banner.isHidden()

    assert browser.select_rule("CafeAurora.Tuteo")
    assert browser.title.text() == "Informal “tú”"  # the rule file's title; its id in the tooltip
    assert browser.title.toolTip() == "CafeAurora.Tuteo"
    assert style.child(child).text() == "Informal “tú”"
    assert "BasedOnStyles" in browser.state_label.text()
    assert "usted: tú" in browser.source.toPlainText()
    assert browser.enabled_box.isChecked() and browser.enabled_box.isEnabled()


def test_the_search_box_filters_rules(qtbot: QtBot, workspace: Workspace) -> None:
    browser = make(qtbot, workspace)
    qtbot.keyClicks(browser.search, "address customers")  # words of the message (English UI)
    assert visible_rows(browser) == {"CafeAurora": ["CafeAurora.Tuteo"]}
    browser.search.clear()
    qtbot.keyClicks(browser.search, "smsseg")
    assert visible_rows(browser) == {"Studio": ["Studio.SmsSegments"]}


def test_unticking_a_rule_writes_no_into_studio_ini(qtbot: QtBot, workspace: Workspace) -> None:
    ini = workspace.brand_rules / "studio.ini"
    before = ini.read_text(encoding="utf-8")
    browser = make(qtbot, workspace)
    row, child = rule_item(browser, "Core.Exclamations")
    with qtbot.waitSignal(browser.rulesChanged, timeout=1000):
        browser.model.item(row).child(child).setCheckState(Qt.CheckState.Unchecked)
    text = ini.read_text(encoding="utf-8")
    assert "Core.Exclamations = NO" in text
    assert text.replace("Core.Exclamations = NO\n", "") == before  # nothing else touched
    config = load_config(ini)
    assert not config.problems
    assert config.selection("stdin.txt", "email").enabled("Core.Exclamations") is False
    row, child = rule_item(browser, "Core.Exclamations")  # the tree was rebuilt from the file
    assert browser.model.item(row).child(child).checkState() == Qt.CheckState.Unchecked

    with qtbot.waitSignal(browser.rulesChanged, timeout=1000):
        browser.model.item(row).child(child).setCheckState(Qt.CheckState.Checked)
    assert ini.read_text(encoding="utf-8") == before


def test_a_level_for_one_channel_goes_into_its_section(qtbot: QtBot, workspace: Workspace) -> None:
    ini = workspace.brand_rules / "studio.ini"
    browser = make(qtbot, workspace)
    browser.scope.setCurrentIndex(browser.scope.findData("sms"))
    assert browser.select_rule("Core.Capitals")
    index = browser.level_box.findData("error")
    with qtbot.waitSignal(browser.rulesChanged, timeout=1000):
        browser.level_box.setCurrentIndex(index)
        browser.level_box.activated.emit(index)
    config = load_config(ini)
    assert config.selection("stdin.txt", "sms").levels["Core.Capitals"] is Severity.ERROR
    assert "Core.Capitals" not in config.selection("stdin.txt", "email").levels
    assert browser.title.toolTip() == "Core.Capitals"  # still shown after the reload
    assert browser.level_box.currentData() == "error"
    assert "[sms] Core.Capitals = error" in browser.state_label.text()


def test_a_broken_rule_file_is_a_red_row_with_its_error(qtbot: QtBot, workspace: Workspace) -> None:
    (workspace.brand_rules / "Core" / "Broken.yml").write_text(
        "extends: existence\nmessage: 'Evita %s'\ntokens: [\n  - gratis\n", encoding="utf-8"
    )
    browser = make(qtbot, workspace)
    row, child = rule_item(browser, "Core.Broken")
    item = browser.model.item(row).child(child, 4)
    assert item.text().startswith("line ")
    assert "not valid YAML" in item.text()
    assert item.foreground().color().red() > item.foreground().color().green()
    assert not browser.model.item(row).child(child).isCheckable()
    assert browser.banner.isVisible()
    assert "brand_rules/Core/Broken.yml:" in browser.banner.text()
    assert browser.select_rule("Core.Broken")
    assert "not valid YAML" in browser.errors_label.text()
    assert browser.controls.isHidden()
    assert "gratis" in browser.source.toPlainText()
    assert browser.select_rule("Core.Capitals")  # every other rule still works


def test_reload_picks_up_a_change_on_disk(qtbot: QtBot, workspace: Workspace) -> None:
    browser = make(qtbot, workspace)
    shutil.copy(
        workspace.brand_rules / "Core" / "Capitals.yml", workspace.brand_rules / "Core" / "Shouting.yml"
    )
    assert "Core.Shouting" not in visible_rows(browser)["Core"]
    browser.reload()
    assert "Core.Shouting" in visible_rows(browser)["Core"]


def test_read_only_shows_the_rules_but_writes_nothing(qtbot: QtBot, workspace: Workspace) -> None:
    ini = workspace.brand_rules / "studio.ini"
    before = ini.read_text(encoding="utf-8")
    browser = make(qtbot, workspace, editable=False)
    assert browser.read_only_note.isVisible()
    row, child = rule_item(browser, "Core.Exclamations")
    item = browser.model.item(row).child(child)
    assert item.checkState() == Qt.CheckState.Checked
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert browser.select_rule("Core.Exclamations")
    assert not browser.enabled_box.isEnabled() and not browser.level_box.isEnabled()
    assert browser.set_rule("Core.Exclamations", enabled=False) is False
    assert ini.read_text(encoding="utf-8") == before


def test_studio_checks_are_switched_in_studio_ini(qtbot: QtBot, workspace: Workspace) -> None:
    browser = make(qtbot, workspace)
    ini = workspace.brand_rules / "studio.ini"
    assert browser.select_rule("Studio.SmsSegments")
    assert browser.enabled_box.isEnabled() and browser.enabled_box.isChecked()
    assert "unless studio.ini switches it off" in browser.state_label.text()
    row, child = rule_item(browser, "Studio.SmsSegments")
    item = browser.model.item(row).child(child)
    assert item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert browser.set_rule("Studio.SmsSegments", enabled=False)
    assert "Studio.SmsSegments = NO" in ini.read_text(encoding="utf-8")
    assert load_config(ini).global_checks["Studio.SmsSegments"] is False
    assert not browser.enabled_box.isChecked()
    assert "Off everywhere" in browser.state_label.text()
    assert browser.set_rule("Studio.SmsSegments", enabled=True)
    assert "Studio.SmsSegments" not in ini.read_text(encoding="utf-8")  # back on: no line needed
    assert browser.enabled_box.isChecked()


def test_a_write_that_fails_is_shown_not_raised(qtbot: QtBot, workspace: Workspace) -> None:
    browser = make(qtbot, workspace)
    ini = workspace.brand_rules / "studio.ini"
    ini.unlink()
    ini.mkdir()  # studio.ini is now a folder: it cannot be read or replaced
    assert browser.set_rule("Core.Exclamations", enabled=False) is False
    assert browser.banner.isVisible()
    assert "not saved" in browser.banner.text()
