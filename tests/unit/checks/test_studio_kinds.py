"""Studio check kinds on variants: limits, required phrases, language, formality; broken rule files."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from studio.lint.pipeline import brand_rule_problems, check_campaign
from studio.model.campaign import Campaign, Channel
from studio.model.files import read_campaign
from studio.model.finding import Severity
from studio.render.variants import Renderer
from studio.rules.studio_rules import load_studio_rules
from studio.workspace import Workspace, default_root

NOW = datetime(2026, 11, 24, tzinfo=UTC)
TONE_RULES = {"Studio.Formality", "CafeAurora.Tuteo"}
REPO = default_root()


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(Workspace.resolve(REPO))


def studio_findings(renderer: Renderer, campaign: Campaign) -> list[tuple[str, str | None, str | None, str]]:
    found = check_campaign(renderer, campaign, now=NOW).findings
    return sorted((f.rule, f.channel, f.locale, f.match) for f in found if f.rule.startswith("Studio."))


def test_demo_rules_load_without_problems() -> None:
    rules, problems = load_studio_rules(REPO / "brand_rules")
    assert problems == []
    assert {r.kind for r in rules} == {"limit", "required", "language", "formality"}


def test_every_planted_mistake_of_the_demo_is_found(renderer: Renderer) -> None:
    campaign = read_campaign(REPO / "campaigns" / "black-friday-con-errores.campaign.yaml")
    found = check_campaign(renderer, campaign, now=NOW).findings
    brief = {(f.rule, f.channel, f.locale, f.match) for f in found}
    assert ("Consistency.Conflict", "sms", "es-ES", "3,49 €") in brief  # a price that differs in one channel
    assert ("Consistency.Translation", None, "es-MX", "") in brief  # a missing disclaimer
    assert ("Studio.Language", "sms", "es-MX", "Order now") in brief  # English CTA in a Spanish SMS
    tone = {(channel, locale, match) for rule, channel, locale, match in brief if rule in TONE_RULES}
    assert {("email", "es-ES", "Disfrute"), ("email", "es-ES", "Le esperamos")} <= tone  # "usted", not "tú"


@pytest.mark.parametrize("name", ["navidad-turron-latte", "app-pide-y-recoge"])
def test_clean_demo_campaigns_have_no_findings(renderer: Renderer, name: str) -> None:
    campaign = read_campaign(next((REPO / "campaigns").glob(f"{name}*.campaign.yaml")))
    found = check_campaign(renderer, campaign, now=NOW).findings
    assert [f for f in found if f.severity is not Severity.SUGGESTION] == []
    assert {f.rule for f in found} <= {
        "Core.SmsUnicode"
    }  # "Turrón" costs an SMS its GSM-7: a hint, not a fault


def test_limits_come_from_the_channel_specs(renderer: Renderer, campaign_doc: dict[str, Any]) -> None:
    campaign_doc["channels"] = ["sms", "post.instagram", "email"]
    campaign_doc["hashtags"] = [f"Tag{i}" for i in range(7)]
    campaign_doc["overrides"] = {
        "sms": {
            "es-ES": {"text": "PUBLI " + "Café a 2,50 € con OTONO25 hasta el 31 de octubre. " * 12 + "BAJA"}
        },
        "post.instagram": {"es-ES": {"text": "Otoño " + " ".join(f"#Tag{i}" for i in range(7))}},
        "email": {
            "es-ES": {
                "subject": "Un asunto larguísimo que no cabe en la bandeja de entrada de nadie, de verdad"
            }
        },
    }
    found = studio_findings(renderer, Campaign.model_validate(campaign_doc))
    rules = {(rule, channel, locale) for rule, channel, locale, _ in found}
    assert ("Studio.SmsSegments", "sms", "es-ES") in rules
    assert ("Studio.Hashtags", "post.instagram", "es-ES") in rules
    assert ("Studio.SubjectLength", "email", "es-ES") in rules


def test_required_phrases(renderer: Renderer, campaign_doc: dict[str, Any]) -> None:
    campaign_doc["channels"] = ["sms"]
    campaign_doc["overrides"] = {
        "sms": {"es-ES": {"text": "Café Aurora: café a 2,50 € con OTONO25 hasta el 31 de octubre."}}
    }
    found = studio_findings(renderer, Campaign.model_validate(campaign_doc))
    assert [(r, loc) for r, _, loc, _ in found] == [("Studio.Publi", "es-ES"), ("Studio.SmsOptOut", "es-ES")]


def test_broken_rule_files_are_reported_and_the_rest_still_run(tmp_path: Path) -> None:
    shutil.copytree(REPO / "brand_rules", tmp_path / "brand_rules")
    studio = tmp_path / "brand_rules" / "Studio"
    (studio / "Bad.yml").write_text("extends: limit\nmessage: [unclosed\n", encoding="utf-8")
    (studio / "Unknown.yml").write_text("extends: teleport\nmessage: x\n", encoding="utf-8")
    (studio / "Typo.yml").write_text("extends: limit\nmessage: x\nmetrc: length\n", encoding="utf-8")
    rules, problems = load_studio_rules(tmp_path / "brand_rules")
    assert sorted(str(p).replace(str(studio) + "/", "") for p in problems) == [
        "Bad.yml:3: not valid YAML: did not find expected ',' or ']'",
        "Typo.yml:3: unknown key 'metrc' for a limit rule",
        "Unknown.yml:1: unknown studio kind 'teleport' "
        "(use formality, language, limit, placeholder, pricehistory, required)",
    ]
    assert len(rules) == len(list((REPO / "brand_rules" / "Studio").glob("*.yml")))  # every good one loads


def test_channels_and_locales_keys_select_variants(renderer: Renderer, campaign: Campaign) -> None:
    rules, _ = load_studio_rules(REPO / "brand_rules")
    publi = next(r for r in rules if r.id == "Studio.Publi")
    assert (
        publi.applies("sms", "es-ES")
        and not publi.applies("sms", "es-MX")
        and not publi.applies("email", "es-ES")
    )
    formality = next(r for r in rules if r.id == "Studio.Formality")
    assert formality.applies(Channel.X.value, "en-US")


def test_studio_ini_switches_studio_rules_like_any_other(tmp_path: Path) -> None:
    """``Studio.Rule = NO`` turns a studio rule off (everywhere or in one channel section) and
    ``Studio.Rule = <level>`` changes its level, as for every rule of the brand."""
    from studio import stamps
    from studio.rules.ini_edit import set_rule_state

    for name in ("brand_rules", "templates", "assets"):
        shutil.copytree(REPO / name, tmp_path / name)
    ini = tmp_path / "brand_rules" / "studio.ini"
    renderer = Renderer(Workspace(tmp_path))
    campaign = read_campaign(REPO / "campaigns" / "black-friday-con-errores.campaign.yaml")

    def language() -> set[tuple[str | None, str | None, Severity]]:
        stamps.refresh()  # what the GUI's file watcher does on a change to studio.ini
        found = check_campaign(renderer, campaign, now=NOW).findings
        return {(f.channel, f.locale, f.severity) for f in found if f.rule == "Studio.Language"}

    before = language()
    assert ("sms", "es-MX", Severity.ERROR) in before  # the rule file says error
    set_rule_state(ini, "Studio.Language", "warning", section="*")
    assert language() == {(c, loc, Severity.WARNING) for c, loc, _ in before}
    set_rule_state(ini, "Studio.Language", "NO", section="sms")
    assert language() == {(c, loc, Severity.WARNING) for c, loc, _ in before if c != "sms"}
    set_rule_state(ini, "Studio.Language", "NO", section="*")
    assert language() == set()
    # the Vale-format loader leaves the studio's switches alone: no "no Studio/Language.yml on StylesPath"
    assert brand_rule_problems(tmp_path / "brand_rules") == []
    set_rule_state(ini, "Studio.Language", None, section="*")
    set_rule_state(ini, "Studio.Language", None, section="sms")
    assert language() == before


@pytest.mark.parametrize(
    ("language", "said", "name", "quotes"),
    [
        ("es", "Este texto está en", "inglés", "«»"),
        ("en", "This text is in", "English", "“”"),
    ],
)
def test_the_language_finding_speaks_the_interface_language(
    renderer: Renderer, language: str, said: str, name: str, quotes: str
) -> None:
    """The English CTA in the demo's Spanish SMS is reported in the UI language: the words of the
    rule, the language's name and the quotation marks (no «inglés» in the English UI)."""
    campaign = read_campaign(REPO / "campaigns" / "black-friday-con-errores.campaign.yaml")
    found = check_campaign(renderer, campaign, now=NOW, language=language).findings
    finding = next(f for f in found if f.rule == "Studio.Language" and f.match == "Order now")
    assert finding.message.startswith(said) and name in finding.message
    assert f"{quotes[0]}Order now{quotes[1]}" in finding.message
    other = "«" if language == "en" else "“"
    assert other not in finding.message
