"""Folder names from campaign names: one safe segment whatever the campaign is called."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.export.names import MAX_LENGTH, WINDOWS_RESERVED, folder_name, inside, safe_name, unique_names

KEY_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

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


def test_folder_names_are_the_keys_and_never_collide_with_a_device_name() -> None:
    # As found: `con` became `con-campaign`, the folder of the key `con-campaign` too.
    assert unique_names(["con", "con-campaign"]) == ["con_", "con-campaign"]
    assert unique_names(["con-campaign", "con"]) == ["con-campaign", "con_"]  # order decides nothing
    assert folder_name("navidad-2026") == "navidad-2026" and folder_name("lpt1") == "lpt1_"
    assert len({folder_name(t) for t in ["Oferta", "oferta", "OFERTA!", "oferta"]}) == 3


KEYS = st.from_regex(r"[a-z0-9]+(-[a-z0-9]+)*", fullmatch=True).filter(lambda k: len(k) <= MAX_LENGTH)
#: Keys, device names (and near misses), and any text at all (a row stored around validation).
ANY_KEY = st.one_of(
    KEYS,
    st.sampled_from(sorted(WINDOWS_RESERVED)),
    st.sampled_from(sorted(WINDOWS_RESERVED)).map(lambda r: f"{r}-campaign"),
    st.sampled_from(sorted(WINDOWS_RESERVED)).map(lambda r: f"{r}_"),
    st.text(max_size=120),
)


def _is_safe(name: str) -> bool:
    return (
        0 < len(name) <= MAX_LENGTH
        and all(c in "abcdefghijklmnopqrstuvwxyz0123456789-_" for c in name)
        and not name.startswith(("-", "."))
        and name.split(".")[0] not in WINDOWS_RESERVED
    )


@settings(max_examples=300)
@given(st.lists(ANY_KEY, unique=True, max_size=20))
def test_folder_name_is_injective(keys: list[str]) -> None:
    assert len(set(unique_names(keys))) == len(keys)


@settings(max_examples=300)
@given(ANY_KEY)
def test_folder_name_is_always_a_safe_file_name(key: str) -> None:
    name = folder_name(key)
    assert _is_safe(name), name
    assert folder_name(key) == name  # the same folder in every export
    if len(key) <= MAX_LENGTH and KEY_RE.fullmatch(key) and key not in WINDOWS_RESERVED:
        assert name == key  # a key reads as itself


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
