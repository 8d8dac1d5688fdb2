"""Every interface string is translated into Spanish, and the compiled .qm files are up to date."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import studio.gui

I18N = Path(studio.gui.__file__).with_name("i18n")


def test_no_spanish_string_is_missing_or_unfinished() -> None:
    root = ET.parse(I18N / "studio_es.ts").getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if (m.find("translation") is None or m.find("translation").get("type") in ("unfinished", "obsolete"))  # type: ignore[union-attr]
    ]
    assert unfinished == []
    assert len(list(root.iter("message"))) > 30


def test_compiled_translations_are_newer_than_their_sources() -> None:
    for language in ("es", "en"):
        ts, qm = I18N / f"studio_{language}.ts", I18N / f"studio_{language}.qm"
        assert qm.stat().st_size > 0
        assert qm.stat().st_mtime >= ts.stat().st_mtime - 1
