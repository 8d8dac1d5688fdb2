"""Editing studio.ini one rule switch at a time (studio.rules.ini_edit) and the rules catalog."""

from __future__ import annotations

import shutil
from pathlib import Path
from textwrap import dedent

import pytest

from studio.errors import StudioError
from studio.model.finding import Severity
from studio.rules.catalog import ALL, load_catalog
from studio.rules.config import load_config, parse_config
from studio.rules.ini_edit import edit_rule_state, set_rule_state

REPO_ROOT = Path(__file__).resolve().parents[3]

INI = dedent(
    """\
    # Which styles check which channel.
    StylesPath = .
    MinAlertLevel = suggestion

    # Every channel.
    [*]
    BasedOnStyles = Core, CafeAurora
    Vale.Avoid = YES  # the brand's reject list

    ; SMS is short.
    [sms]
    BasedOnStyles = Core, CafeAurora
    Core.Capitals = NO

    [post.*]
    BasedOnStyles = Core
    """
)


def test_turning_a_rule_off_adds_one_line_after_the_sections_settings() -> None:
    edited = edit_rule_state(INI, "Core.Exclamations", "NO")
    assert edited == INI.replace(
        "Vale.Avoid = YES  # the brand's reject list\n",
        "Vale.Avoid = YES  # the brand's reject list\nCore.Exclamations = NO\n",
    )
    config = parse_config(edited)
    assert not config.problems
    assert config.selection("stdin.txt", "email").enabled("Core.Exclamations") is False
    assert config.selection("stdin.txt", "sms").enabled("Core.Exclamations") is False


def test_changing_a_line_keeps_its_place_and_comment() -> None:
    edited = edit_rule_state(INI, "Vale.Avoid", "warning")
    assert "Vale.Avoid = warning  # the brand's reject list\n" in edited
    assert edited.count("\n") == INI.count("\n")
    assert parse_config(edited).global_levels["Vale.Avoid"] is Severity.WARNING


def test_removing_a_line_restores_the_style_and_leaves_the_rest() -> None:
    edited = edit_rule_state(INI, "Core.Capitals", None, section="sms")
    assert edited == INI.replace("Core.Capitals = NO\n", "")
    assert parse_config(edited).selection("stdin.txt", "sms").enabled("Core.Capitals") is True
    assert edit_rule_state(INI, "Core.Nothing", None, section="sms") == INI


def test_a_channel_section_that_is_missing_is_added_at_the_end() -> None:
    edited = edit_rule_state(INI, "CafeAurora.Tuteo", "NO", section="email")
    assert edited == INI + "\n[email]\nCafeAurora.Tuteo = NO\n"
    config = parse_config(edited)
    assert config.selection("stdin.txt", "email").enabled("CafeAurora.Tuteo") is False
    assert config.selection("stdin.txt", "sms").enabled("CafeAurora.Tuteo") is True


def test_duplicates_of_the_rule_in_the_section_are_folded_into_one_line() -> None:
    text = "[*]\nCore.A = NO\nBasedOnStyles = Core\nCore.A = error\n\n[*]\nCore.A = warning\n"
    edited = edit_rule_state(text, "Core.A", "suggestion")
    assert edited == "[*]\nBasedOnStyles = Core\n\n[*]\nCore.A = suggestion\n"


def test_windows_line_endings_are_kept() -> None:
    text = "[*]\r\nBasedOnStyles = Core\r\n"
    assert edit_rule_state(text, "Core.A", "NO") == "[*]\r\nBasedOnStyles = Core\r\nCore.A = NO\r\n"


@pytest.mark.parametrize(
    ("rule_id", "state", "section"),
    [("Core", "NO", "*"), ("Core.A = YES", "NO", "*"), ("Core.A", "off", "*"), ("Core.A", "NO", "sms]")],
)
def test_bad_arguments_are_refused(rule_id: str, state: str, section: str) -> None:
    with pytest.raises(StudioError):
        edit_rule_state(INI, rule_id, state, section)  # type: ignore[arg-type]


def test_set_rule_state_round_trips_through_load_config(tmp_path: Path) -> None:
    ini = tmp_path / "studio.ini"
    ini.write_text(INI, encoding="utf-8")
    ini.chmod(0o644)
    set_rule_state(ini, "Core.SpamWords", "NO")
    assert load_config(ini).global_checks["Core.SpamWords"] is False
    set_rule_state(ini, "Core.SpamWords", "error", section="post.*")
    config = load_config(ini)
    assert config.selection("stdin.txt", "post.x").levels["Core.SpamWords"] is Severity.ERROR
    set_rule_state(ini, "Core.SpamWords", None)
    set_rule_state(ini, "Core.SpamWords", None, section="post.*")
    assert ini.read_text(encoding="utf-8") == INI
    assert ini.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["studio.ini"]  # no temporary file left


def test_set_rule_state_reports_a_file_it_cannot_write(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(StudioError, match="cannot write"):
        set_rule_state(tmp_path / "file" / "studio.ini", "Core.A", "NO")


@pytest.fixture
def brand_rules(tmp_path: Path) -> Path:
    folder = tmp_path / "brand_rules"
    shutil.copytree(REPO_ROOT / "brand_rules", folder)
    return folder


def test_the_catalog_lists_every_style_and_rule_of_the_demo(brand_rules: Path) -> None:
    catalog = load_catalog(brand_rules)
    assert [s.name for s in catalog.styles] == [
        "CafeAurora",
        "Consistency",
        "Core",
        "PolicyES",  # the country policy packs (channels20)
        "PolicyMX",
        "PolicyUS",
        "Studio",
        "Vale",
    ]
    placeholder = catalog.rule("Consistency.Placeholder")
    assert placeholder.loaded and placeholder.switchable and catalog.state(placeholder).enabled
    assert catalog.state(placeholder).switch is None and catalog.state(placeholder).styles_from == ""
    tuteo = catalog.rule("CafeAurora.Tuteo")
    assert (tuteo.kind, tuteo.level, tuteo.locales, tuteo.loaded) == (
        "substitution",
        Severity.ERROR,
        ("es",),
        True,
    )
    assert catalog.state(tuteo).enabled
    assert catalog.state(catalog.rule("Vale.Avoid")).switch == (ALL, "YES")
    assert not catalog.state(catalog.rule("Vale.Spelling")).enabled
    segments = catalog.rule("Studio.SmsSegments")
    assert segments.switchable and segments.channels == ("sms",)
    assert segments.applies_to("sms") and not segments.applies_to("email")
    assert catalog.scopes()[:3] == [ALL, "email", "sms"]
    assert catalog.scopes().index("post.*") == catalog.scopes().index("post.x") - 1


def test_a_broken_rule_file_is_an_entry_with_its_error_line(brand_rules: Path) -> None:
    (brand_rules / "Core" / "Broken.yml").write_text(
        "extends: existence\nmessage: 'x'\ntokens: [\n", encoding="utf-8"
    )
    (brand_rules / "Core" / "Unknown.yml").write_text("extends: nosuch\nmessage: 'x'\n", encoding="utf-8")
    catalog = load_catalog(brand_rules)
    broken = catalog.rule("Core.Broken")
    assert not broken.loaded and broken.errors[0].line is not None
    assert "YAML" in broken.errors[0].message
    unknown = catalog.rule("Core.Unknown")
    assert "unknown rule kind" in unknown.errors[0].message and unknown.errors[0].line == 1
    assert catalog.rule("Core.Capitals").loaded  # the others still load


def test_switch_for_writes_only_what_differs_from_what_the_scope_inherits(brand_rules: Path) -> None:
    ini = brand_rules / "studio.ini"
    catalog = load_catalog(brand_rules)
    capitals = catalog.rule("Core.Capitals")
    assert catalog.switch_for(capitals, ALL, enabled=True) is None
    assert catalog.switch_for(capitals, ALL, enabled=False) == "NO"
    assert catalog.switch_for(capitals, "sms", enabled=True, level=Severity.ERROR) == "error"
    spelling = catalog.rule("Vale.Spelling")
    assert catalog.switch_for(spelling, ALL, enabled=True) == "YES"

    set_rule_state(ini, capitals.id, "NO")
    catalog = load_catalog(brand_rules)
    assert not catalog.state(capitals, "sms").enabled  # [*] decides every channel…
    assert catalog.state(capitals, "sms").switch == (ALL, "NO")
    switch = catalog.switch_for(capitals, "sms", enabled=True)
    assert switch == "YES"  # …so turning it back on for SMS needs its own line
    set_rule_state(ini, capitals.id, switch, section="sms")
    catalog = load_catalog(brand_rules)
    assert catalog.state(capitals, "sms").enabled and catalog.state(capitals, "sms").own == "YES"
    assert not catalog.state(capitals, "email").enabled
    assert load_config(ini).selection("stdin.txt", "sms").enabled(capitals.id)
