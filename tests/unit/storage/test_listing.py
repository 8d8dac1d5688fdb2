"""The command line's listing through SQLAlchemy Core lists what the repository lists."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import sqlalchemy as sa

from studio import app, workspace
from studio.model.campaign import Campaign, CampaignStatus
from studio.storage.listing import REQUIRED_FOLDERS, SEEDED_KEY, quick_listing, workspace_resolves
from studio.storage.repository import Repository


def _fill(repo: Repository, campaign: Campaign) -> None:
    names = ["Otoño con Café Aurora", "Navidad 100% turrón", "Rebajas_de enero", "Black Friday MX"]
    for i, name in enumerate(names):
        locales = campaign.locale_tags if i % 2 == 0 else campaign.locale_tags[:1]
        changed = campaign.model_copy(
            update={
                "key": None,
                "name": name,
                "status": CampaignStatus.IN_REVIEW if i == 1 else CampaignStatus.DRAFT,
                "locales": {tag: campaign.locales[tag] for tag in locales},
            }
        )
        repo.create(changed, author="ana")


@pytest.mark.parametrize(
    ("search", "status", "locale"),
    [
        ("", None, None),
        ("cafe", None, None),
        ("TURRÓN navidad", None, None),
        ("100%", None, None),
        ("_de", None, None),
        ("", "in_review", None),
        ("", "draft", None),
        ("", None, "en-US"),
        ("", None, "xx-XX"),
        ("aurora", "draft", "es-ES"),
    ],
)
def test_the_quick_listing_is_the_repositorys(
    repo: Repository, db_url: str, campaign: Campaign, search: str, status: str | None, locale: str | None
) -> None:
    _fill(repo, campaign)
    expected = repo.list_campaigns(search=search, status=status, locale=locale)
    found = quick_listing(db_url, search=search, status=status, locale=locale)
    assert found is not None
    assert [dataclasses.asdict(row) for row in found] == [
        {**dataclasses.asdict(row), "status": row.status.value} for row in expected
    ]
    assert all(row.updated_at.tzinfo is not None for row in found)


def test_a_database_to_seed_or_migrate_takes_the_full_path(tmp_path: Path, campaign: Campaign) -> None:
    url = f"sqlite:///{tmp_path / 'studio.sqlite3'}"
    assert quick_listing(url) is None  # no database yet: created and migrated by the repository
    repo = Repository.open(url)
    try:
        assert quick_listing(url) is None  # empty and never seeded: open_studio seeds it
        repo.set_meta(SEEDED_KEY, "somewhere")
        assert quick_listing(url) == []  # seeded once, its campaigns removed since: an empty list
    finally:
        repo.close()
    with sa.create_engine(url).begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
    assert quick_listing(url) is None  # not at the newest migration: Alembic runs first
    assert quick_listing("bogus://x") is None  # an error the full path reports


def test_the_workspace_is_resolved_as_the_workspace_module_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert REQUIRED_FOLDERS == workspace.REQUIRED_FOLDERS
    assert SEEDED_KEY == app._SEEDED
    monkeypatch.delenv("STUDIO_WORKSPACE", raising=False)
    assert workspace_resolves(None) is True  # the demo workspace: default_root()
    assert workspace.Workspace.resolve(None).root == workspace.default_root()
    assert workspace_resolves(tmp_path) is False
    for name in REQUIRED_FOLDERS:
        (tmp_path / name).mkdir()
    assert workspace_resolves(tmp_path) is True
    monkeypatch.setenv("STUDIO_WORKSPACE", str(tmp_path / "missing"))
    assert workspace_resolves(None) is False
