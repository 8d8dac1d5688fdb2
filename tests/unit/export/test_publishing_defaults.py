"""The brand kit's ``publishing:`` settings are the export's defaults (what the GUI's export uses)."""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from studio.app import open_studio
from studio.errors import StudioError
from studio.export import ExportOptions, export_campaigns
from studio.model.campaign import Campaign
from studio.workspace import default_root

BASE = "https://cdn.cafeaurora.example/campaigns"


def workspace(tmp_path: Path, publishing: str) -> Path:
    root = tmp_path / "kit"
    for part in ("brand_rules", "templates", "assets"):
        shutil.copytree(default_root() / part, root / part)
    brand = root / "assets" / "brand.yaml"
    text = brand.read_text("utf-8")
    start = text.index("publishing:")
    following = re.compile(r"^[a-z_]+:", re.M).search(text, start + 1)  # the next top-level key
    assert following is not None
    end = following.start()
    brand.write_text(text[:start] + publishing + text[end:], "utf-8")
    return root


def test_brand_kit_publishing_is_the_default_and_options_override_it(
    db_url: str, clean_doc: dict[str, Any], tmp_path: Path
) -> None:
    kit = workspace(
        tmp_path,
        f"publishing:\n  asset_base_url: {BASE}/\n  send_window: '10:00-20:00'\n  stagger_minutes: 30\n"
        "  esp: mautic\n  scheduler: hootsuite\n  timezones:\n    en-US: America/New_York\n",
    )
    studio = open_studio(kit, db_url, seed=False)
    try:
        key = studio.repository.create(Campaign.model_validate(clean_doc), author="marta").key
        result = export_campaigns(studio, [key], ExportOptions(out=tmp_path / "a", record=False))
        assert result.exported, result.refused
        folder = tmp_path / "a" / key / "es-ES"
        page = (folder / "email" / "index.html").read_text("utf-8")
        assert f'src="{BASE}/{key}/es-ES/email/images/aurora-logo-white.png"' in page
        assert 'href="{unsubscribe_url}"' in page
        sheet = list(csv.DictReader(io.StringIO((folder / "social" / "schedule.csv").read_text("utf-8"))))
        assert [row["datetime"][11:16] for row in sheet] == ["10:00", "10:30"]  # window opens 10:00
        assert sheet[1]["image"] == f"{BASE}/{key}/es-ES/social/instagram.png"
        us = (tmp_path / "a" / key / "en-US" / "social" / "schedule.csv").read_text("utf-8")
        # en-US reads its posts in New York: the window in its own hours, not Madrid's
        assert [row["datetime"] for row in csv.DictReader(io.StringIO(us))] == [
            "2026-12-01T10:00-05:00",
            "2026-12-01T10:30-05:00",
        ]
        assert sorted(p.name for p in (folder / "social").glob("hootsuite-*.csv")) == ["hootsuite-x.csv"]
        assert f"{key}: es-ES: Hootsuite bulk composer imports no images" in " ".join(result.warnings)

        options = ExportOptions(
            out=tmp_path / "b", record=False, asset_base_url="", esp="", scheduler="sprout"
        )
        assert export_campaigns(studio, [key], options).exported
        folder = tmp_path / "b" / key / "es-ES"
        page = (folder / "email" / "index.html").read_text("utf-8")
        assert 'src="images/aurora-logo-white.png"' in page and "{unsubscribe_url}" not in page
        assert sorted(p.name for p in (folder / "social").glob("*.csv")) == ["schedule.csv", "sprout-x.csv"]
        with pytest.raises(StudioError, match="unknown scheduler preset 'buffer'"):
            export_campaigns(studio, [key], ExportOptions(out=tmp_path / "c", scheduler="buffer"))
        assert not (tmp_path / "c").exists()
    finally:
        studio.close()


def test_a_bad_publishing_setting_names_the_brand_file(tmp_path: Path) -> None:
    from studio.workspace import Workspace

    kit = workspace(tmp_path, "publishing:\n  send_window: '22:00-06:00'\n")
    with pytest.raises(StudioError) as caught:
        _ = Workspace.resolve(kit).brand
    assert "brand.yaml" in str(caught.value) and "send_window" in str(caught.value)
    kit = workspace(tmp_path / "2", "publishing:\n  timezones:\n    es-MX: Mexico/Tenochtitlan\n")
    with pytest.raises(StudioError, match="not an IANA time zone"):
        _ = Workspace.resolve(kit).brand
