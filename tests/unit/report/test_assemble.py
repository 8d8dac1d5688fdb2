"""One report assembly for the CLI, the studio's review panel and the export bundle: the brand kit's
NonWaivable rules count everywhere, and the three callers agree on the score."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studio import stamps
from studio.app import Studio, open_studio
from studio.cli.report import build_for
from studio.findings import check_campaign
from studio.render.variants import Renderer
from studio.report.assemble import assemble_report, stored_campaign_report
from studio.review.workflow import fingerprint
from studio.workspace import default_root

NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)
KEY = "black-friday-2026"


@pytest.fixture
def studio(tmp_path: Path) -> Iterator[Studio]:
    for name in ("brand_rules", "templates", "assets", "campaigns"):
        shutil.copytree(default_root() / name, tmp_path / "kit" / name)
    opened = open_studio(tmp_path / "kit", database=f"sqlite:///{tmp_path / 'report.sqlite3'}")
    yield opened
    opened.close()


def _waive_the_sms_conflict(studio: Studio) -> str:
    stored = studio.repository.get(KEY)
    check = check_campaign(Renderer(studio.workspace), stored.campaign, now=NOW, language="en")
    conflict = next(f for f in check.findings if f.rule == "Consistency.Conflict" and f.channel == "sms")
    studio.repository.add_waiver(
        KEY,
        fingerprint=fingerprint(conflict),
        rule=conflict.rule,
        channel=conflict.channel,
        locale=conflict.locale,
        field=conflict.field,
        match=conflict.match,
        justification="the SMS keeps last year's price on purpose",
    )
    return conflict.rule


def _sms_waived(studio: Studio) -> list[bool]:
    report = build_for(studio, KEY, now=NOW, language="en")
    sms = next(c for c in report.channels if c.channel == "sms")
    return [r.waiver is not None for r in sms.findings if r.finding.rule == "Consistency.Conflict"]


def test_the_cli_report_honours_the_brand_kits_non_waivable_rules(studio: Studio) -> None:
    rule = _waive_the_sms_conflict(studio)
    assert _sms_waived(studio) == [True]
    ini = studio.workspace.brand_rules / "studio.ini"
    text = ini.read_text(encoding="utf-8")
    ini.write_text(text.replace("NonWaivable = ", f"NonWaivable = {rule}, "), encoding="utf-8")
    stamps.refresh()  # as the studio's file watcher does on a change (the stamps are kept half a second)
    assert _sms_waived(studio) == [False]  # the waiver no longer covers it, as in the studio and the export


def test_cli_and_panel_assembly_give_the_same_report(studio: Studio) -> None:
    _waive_the_sms_conflict(studio)
    repo = studio.repository
    stored = repo.get(KEY)
    check = check_campaign(Renderer(studio.workspace), stored.campaign, now=NOW, language="en")
    panel = assemble_report(
        studio.workspace,
        stored.campaign,
        check,
        waivers=repo.waivers(KEY, include_revoked=True),
        events=repo.events(KEY),
        generated_at=NOW,
        revision=stored.version,
    )
    cli = stored_campaign_report(studio, KEY, now=NOW, language="en")
    assert (panel.score, panel.counts, panel.revision) == (cli.score, cli.counts, cli.revision)
    assert [c.score for c in panel.channels] == [c.score for c in cli.channels]
    assert panel.counts.waived == 1
    assert cli.score < 100
