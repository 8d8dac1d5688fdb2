"""Four eyes on a real PostgreSQL server: the server refuses self-approval for every team login.

The studio's own check is left off (``four_eyes=False``) where the test is about the server, so the
refusal can only come from the rule of migration 0005; a psql-style write is tried as well.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg
import pytest

from studio.errors import PermissionDeniedError
from studio.identity import SOURCE_DATABASE, current_identity
from studio.model.campaign import Campaign, CampaignStatus
from studio.review.workflow import (
    FOUR_EYES,
    FOUR_EYES_META,
    ReviewAction,
    ReviewError,
    four_eyes_required,
    transition,
)
from studio.storage.repository import Repository, Role
from studio.workspace import default_root

if TYPE_CHECKING:
    from tests.conftest import PostgresDatabases

pytestmark = pytest.mark.usefixtures("postgres_database")


@pytest.fixture
def team(postgres: PostgresDatabases, postgres_database: str) -> Iterator[dict[str, Repository]]:
    """The owner, a marketer and two brand managers (ana, bea), each on their own login."""
    repos: dict[str, Repository] = {"owner": Repository.open(postgres.url(postgres_database))}
    for name, role in (("marketer", "marketer"), ("ana", "brand_manager"), ("bea", "brand_manager")):
        login = postgres.login(role)
        repos[name] = Repository.open(postgres.url(postgres_database, login=login, password="secret-pw"))
    yield repos
    for repo in repos.values():
        repo.close()


def _in_review(team: dict[str, Repository], campaign: Campaign, editor: str) -> str:
    """A campaign the marketer created, ``editor`` last edited, and the marketer submitted."""
    key = team["marketer"].create(campaign).key
    repo = team[editor]
    stored = repo.get(key)
    repo.save(stored.campaign.model_copy(update={"name": "Otoño: texto de ana"}), expected_version=1)
    transition(team["marketer"], key, ReviewAction.SUBMIT)  # a status change, not an edit
    return key


def test_the_server_refuses_self_approval_and_another_brand_manager_approves(
    team: dict[str, Repository], campaign: Campaign
) -> None:
    key = _in_review(team, campaign, "ana")
    ana = team["ana"].signed_in_as()
    assert team["marketer"].last_edit(key) == (2, ana)
    with pytest.raises(ReviewError) as refused:  # the studio's check left off: the server's rule
        transition(team["ana"], key, ReviewAction.APPROVE, four_eyes=False)
    assert refused.value.code == FOUR_EYES and refused.value.params["editor"] == ana
    with pytest.raises(ReviewError, match=f"cannot be approved by {ana}: four eyes"):  # the studio's
        transition(team["ana"], key, ReviewAction.APPROVE, four_eyes=True)
    assert team["owner"].get(key).campaign.status is CampaignStatus.IN_REVIEW

    approved = transition(team["bea"], key, ReviewAction.APPROVE, four_eyes=True, comment="OK")
    assert approved.campaign.status is CampaignStatus.APPROVED
    last = team["owner"].events(key)[-1]
    assert (last.action, last.actor) == ("approved", team["bea"].signed_in_as())


def test_psql_cannot_approve_an_own_edit_nor_carry_an_edit_into_an_approval(
    team: dict[str, Repository], campaign: Campaign
) -> None:
    key = _in_review(team, campaign, "bea")
    url = team["ana"].engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    # ana writes a new text and its approval in one revision, as psql would
    sql = (
        "update campaign set version = 4, status = 'approved' where key = %(key)s; "
        "insert into campaign_revision (campaign_id, number, document, created_at, author, note) "
        "select campaign_id, 4, jsonb_set(jsonb_set(document::jsonb, '{status}', '\"approved\"'), "
        "'{name}', '\"Gratis\"')::text, now(), 'bea', 'approved' from campaign_revision "
        "where campaign_id = (select id from campaign where key = %(key)s) and number = 3"
    )
    with psycopg.connect(url) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege) as refused:
        for statement in sql.split("; "):
            connection.execute(statement, {"key": key})
    assert "four eyes" in str(refused.value)
    assert team["owner"].get(key).campaign.status is CampaignStatus.IN_REVIEW
    with pytest.raises(PermissionDeniedError, match="four eyes"):  # bea's own edit, through the repository
        stored = team["bea"].get(key)
        team["bea"].save(
            stored.campaign.model_copy(update={"status": CampaignStatus.APPROVED}),
            expected_version=stored.version,
        )


def test_four_eyes_no_on_the_server_allows_self_approval(
    team: dict[str, Repository], campaign: Campaign, tmp_path: Path
) -> None:
    key = _in_review(team, campaign, "ana")
    kit = tmp_path / "brand_rules"
    kit.mkdir()
    (kit / "studio.ini").write_text("four_eyes = no\n", encoding="utf-8")
    assert four_eyes_required(team["ana"], kit) is True  # the server's setting (absent: yes) wins
    with pytest.raises(ReviewError, match="four eyes"):
        transition(team["ana"], key, ReviewAction.APPROVE, four_eyes=False)

    with pytest.raises(PermissionDeniedError):  # the setting is the owner's: team members only read it
        team["ana"].set_meta(FOUR_EYES_META, "no")
    team["owner"].set_meta(FOUR_EYES_META, "no")  # what `studio team setup` copies from the kit
    assert four_eyes_required(team["ana"], kit) is False
    assert four_eyes_required(team["ana"], default_root() / "brand_rules") is True  # the kit still says yes
    approved = transition(team["ana"], key, ReviewAction.APPROVE, four_eyes=False)
    assert approved.campaign.status is CampaignStatus.APPROVED


def test_current_identity_is_the_database_login_and_role(team: dict[str, Repository]) -> None:
    who = current_identity(team["ana"])
    assert (who.name, who.role, who.team, who.source) == (
        team["ana"].signed_in_as(),
        Role.BRAND_MANAGER,
        True,
        SOURCE_DATABASE,
    )
    assert who.describe() == f"{who.name}: brand_manager (team database)"
    assert current_identity(team["marketer"]).role is Role.MARKETER


def test_team_setup_copies_the_brand_kits_setting_to_the_server(
    team: dict[str, Repository],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil

    from studio.cli.main import main

    for name in ("brand_rules", "templates", "assets"):
        shutil.copytree(default_root() / name, tmp_path / name)
    ini = tmp_path / "brand_rules" / "studio.ini"
    monkeypatch.setenv("STUDIO_DATABASE_URL", team["owner"].engine.url.render_as_string(hide_password=False))
    assert main(["team", "setup"]) == 0
    assert "four eyes: yes" in capsys.readouterr().out
    assert team["ana"].get_meta(FOUR_EYES_META) == "yes"
    text = ini.read_text(encoding="utf-8")
    assert "four_eyes = yes" in text
    ini.write_text(text.replace("four_eyes = yes", "four_eyes = no"), encoding="utf-8")
    assert main(["team", "setup", "--workspace", str(tmp_path)]) == 0
    assert "four eyes: no" in capsys.readouterr().out
    assert team["ana"].get_meta(FOUR_EYES_META) == "no"

    ana = team["ana"].engine.url.render_as_string(hide_password=False)
    assert main(["whoami", "--database", ana]) == 0
    assert capsys.readouterr().out == f"{team['ana'].signed_in_as()}: brand_manager (team database)\n"
