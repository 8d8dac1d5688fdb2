"""Four eyes on SQLite: nobody approves a campaign whose last edit is theirs (issue 16, item 5).

The review step (what the CLI and the GUI's review panel call) reads ``four_eyes`` from the brand
kit's ``studio.ini`` (on by default); each person is ``STUDIO_USER`` here, as on a shared laptop.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio import clock
from studio.app import Studio, open_studio
from studio.model.campaign import CampaignStatus
from studio.review.steps import review_step
from studio.review.workflow import FOUR_EYES, ReviewAction, ReviewError, four_eyes_rule
from studio.rules.config import load_config
from studio.workspace import default_root

KEY = "app-pide-y-recoge"  # a clean demo campaign, in review


def _kit(tmp_path: Path, four_eyes_line: str | None) -> Path:
    for name in ("brand_rules", "templates", "assets", "campaigns"):
        shutil.copytree(default_root() / name, tmp_path / name)
    if four_eyes_line is not None:  # instead of the demo kit's `four_eyes = yes`
        ini = tmp_path / "brand_rules" / "studio.ini"
        kept = [line for line in ini.read_text(encoding="utf-8").splitlines() if "four_eyes" not in line]
        ini.write_text("\n".join([four_eyes_line, *kept]) + "\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def studio(tmp_path: Path) -> Iterator[Studio]:
    opened = open_studio(database=f"sqlite:///{tmp_path / 'eyes.sqlite3'}")
    yield opened
    opened.close()


def _edit(studio: Studio, who: str, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUDIO_USER", who)
    stored = studio.repository.get(KEY)
    studio.repository.save(stored.campaign.model_copy(update={"name": name}), expected_version=stored.version)


def _approve(studio: Studio, who: str, monkeypatch: pytest.MonkeyPatch) -> CampaignStatus:
    monkeypatch.setenv("STUDIO_USER", who)
    return review_step(studio, KEY, ReviewAction.APPROVE, now=clock.now(), comment="OK").campaign.status


def test_the_last_editor_cannot_approve_and_someone_else_can(
    studio: Studio, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit(studio, "marta", "App: pide y recoge en tienda", monkeypatch)
    with pytest.raises(ReviewError) as refused:
        _approve(studio, "marta", monkeypatch)
    assert refused.value.code == FOUR_EYES
    assert refused.value.params == {
        "key": KEY,
        "name": "App: pide y recoge en tienda",
        "action": "approved",
        "editor": "marta",
        "revision": 2,
    }
    assert "four eyes" in str(refused.value) and "marta made its last edit (revision 2)" in str(refused.value)
    assert studio.repository.get(KEY).campaign.status is CampaignStatus.IN_REVIEW
    assert [e.action for e in studio.repository.events(KEY)][-1] == "saved"  # nothing recorded

    assert _approve(studio, "lucia", monkeypatch) is CampaignStatus.APPROVED
    approved = studio.repository.events(KEY)[-1]
    assert (approved.action, approved.actor) == ("approved", "lucia")


def test_status_changes_are_not_edits_and_names_compare_without_case(
    studio: Studio, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit(studio, "Lucia", "App: pide y recoge", monkeypatch)
    monkeypatch.setenv("STUDIO_USER", "marta")
    review_step(studio, KEY, ReviewAction.REJECT, now=clock.now(), comment="Falta la foto")
    review_step(studio, KEY, ReviewAction.SUBMIT, now=clock.now())  # marta moved it, lucia wrote it
    assert studio.repository.last_edit(KEY) == (2, "Lucia")
    with pytest.raises(ReviewError, match="four eyes"):
        _approve(studio, "lucia", monkeypatch)
    assert _approve(studio, "marta", monkeypatch) is CampaignStatus.APPROVED


def test_restoring_an_older_text_is_an_edit_by_whoever_restored_it(
    studio: Studio, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit(studio, "marta", "App: versión de marta", monkeypatch)
    monkeypatch.setenv("STUDIO_USER", "lucia")
    studio.repository.restore(KEY, 1)  # lucia brings the demo text back: her edit now
    with pytest.raises(ReviewError, match="lucia made its last edit"):
        _approve(studio, "lucia", monkeypatch)
    assert _approve(studio, "marta", monkeypatch) is CampaignStatus.APPROVED


def test_four_eyes_no_in_the_brand_kit_allows_self_approval(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = _kit(tmp_path / "kit", "four_eyes = no")
    assert four_eyes_rule(kit / "brand_rules") is False
    studio = open_studio(kit, f"sqlite:///{tmp_path / 'solo.sqlite3'}")
    try:
        _edit(studio, "marta", "App: pide y recoge", monkeypatch)
        assert _approve(studio, "marta", monkeypatch) is CampaignStatus.APPROVED
    finally:
        studio.close()


@pytest.mark.parametrize(
    ("line", "expected", "problem"),
    [
        (None, True, None),  # the demo kit: four_eyes = yes
        ("", True, None),  # no line at all: yes
        ("four_eyes = yes", True, None),
        ("FourEyes = NO", False, None),
        ("four_eyes = off", False, None),
        ("four_eyes = sometimes", True, "four_eyes = sometimes: expected yes or no"),
    ],
)
def test_the_setting_is_read_from_studio_ini(
    tmp_path: Path, line: str | None, expected: bool, problem: str | None
) -> None:
    kit = _kit(tmp_path, line)
    config = load_config(kit / "brand_rules" / "studio.ini")
    assert four_eyes_rule(kit / "brand_rules") is expected
    found = [p for p in config.problems if "four" in p.message.casefold()]
    if problem is None:
        assert found == []
    else:
        assert len(found) == 1 and problem in found[0].message and found[0].line == 1
