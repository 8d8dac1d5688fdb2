"""Folder names from campaign names: one safe segment whatever the campaign is called."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.export.names import MAX_LENGTH, WINDOWS_RESERVED, inside, safe_name, unique_names

HOSTILE = [
    "../../etc/passwd",
    "..",
    ".",
    "/etc/cron.d/evil",
    "C:\\Windows\\System32",
    "\\\\server\\share",
    "a\x00b",
    "\x00",
    "CON",
    "con.txt",
    "Lpt9",
    "aux ",
    "ñandú " * 100,
    "🎉" * 300,
    "İstanbul ﬁ Ⅻ",
    "",
    "   ",
    "-",
    "name\nwith\nlines",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_safe_name_is_one_short_ascii_segment(text: str, tmp_path: Path) -> None:
    name = safe_name(text)
    assert name and len(name) <= MAX_LENGTH
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in name)
    assert not name.startswith("-") and not name.endswith("-") and "--" not in name.strip("-")
    assert name not in WINDOWS_RESERVED and name not in {".", ".."}
    assert (tmp_path / name).parent == tmp_path
    assert inside(tmp_path, name) == tmp_path / name


def test_names_read_like_the_campaign() -> None:
    assert safe_name("Navidad 2026 · Turrón Latte") == "navidad-2026-turron-latte"
    assert safe_name("CON") == "con-campaign" and safe_name("con.txt") == "con-txt"
    assert safe_name("🎉") != safe_name("🎊")  # unslug-able names still differ
    long_a, long_b = "a" * 90 + "x", "a" * 90 + "y"
    assert safe_name(long_a) != safe_name(long_b) and len(safe_name(long_a)) == MAX_LENGTH


def test_unique_names_never_share_a_folder() -> None:
    assert unique_names(["Oferta", "oferta", "OFERTA!"]) == ["oferta", "oferta-2", "oferta-3"]
    assert len(set(unique_names(["a" * 100] * 3))) == 3


@pytest.mark.parametrize("relative", ["../x", "/etc/passwd", "a/../../b", "a\x00b"])
def test_inside_refuses_paths_that_leave_the_folder(relative: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        inside(tmp_path, relative)


def test_inside_refuses_a_link_that_points_out(tmp_path: Path) -> None:
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "link").symlink_to(tmp_path)
    with pytest.raises(ValueError, match="outside"):
        inside(tmp_path / "root", "link/file.txt")
    assert inside(tmp_path / "root", "es-ES/sms/messages.csv") == tmp_path / "root/es-ES/sms/messages.csv"
