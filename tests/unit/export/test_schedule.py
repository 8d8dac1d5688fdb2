"""Scheduler and gateway files read back with the csv module: headers, dates, stagger, send window, CRLF."""

from __future__ import annotations

import csv
import io
import itertools
from datetime import UTC, datetime, timedelta
from pathlib import PurePosixPath
from zoneinfo import ZoneInfo

import pytest

from studio.errors import StudioError
from studio.export.presets import ESP_PRESETS, SCHEDULERS, esp_preset, scheduler, sms_gateway
from studio.export.schedule import Post, csv_bytes, recipients_file, schedule_sheet, scheduler_files, slots
from studio.workspace import check_base_url, parse_window

MADRID = ZoneInfo("Europe/Madrid")
WINDOW = (9 * 60, 21 * 60)
BASE = "https://cdn.example.com/c/navidad/es-ES/social"


def rows(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8")
    assert "\n" not in text.replace("\r\n", ""), "a bare LF: line ends must be CRLF throughout"
    return list(csv.reader(io.StringIO(text, newline="")))


def posts() -> list[Post]:
    when = slots(datetime(2026, 12, 1, 0, 0, tzinfo=MADRID), 4, window=WINDOW, stagger=15)
    text = "Vuelve el Turrón Latte\n\n-20 % hoy\n#CaféAurora"
    return [
        Post("x", when[0], "Turrón Latte https://x.example/n"),
        Post("instagram", when[1], text, image=f"{BASE}/instagram.png", needs_image=True),
        Post("facebook", when[2], text),
        Post("linkedin", when[3], "=lines\r\nmixed\rends"),
    ]


def test_slots_are_staggered_inside_the_window_never_at_night() -> None:
    midnight = datetime(2026, 12, 1, 0, 0, tzinfo=MADRID)
    assert [t.strftime("%H:%M") for t in slots(midnight, 3, window=WINDOW, stagger=15)] == [
        "09:00",
        "09:15",
        "09:30",
    ]
    late = slots(datetime(2026, 12, 1, 20, 41, tzinfo=MADRID), 3, window=WINDOW, stagger=10)
    assert [t.isoformat() for t in late] == [
        "2026-12-01T20:45:00+01:00",
        "2026-12-01T20:55:00+01:00",
        "2026-12-02T09:00:00+01:00",  # past closing: the next morning, not 21:05
    ]
    many = slots(midnight, 60, window=WINDOW, stagger=10)
    assert all(9 <= t.hour < 21 and t.minute % 5 == 0 for t in many)
    assert all(b - a >= timedelta(minutes=10) for a, b in itertools.pairwise(many))


def test_window_and_base_url_settings_are_checked() -> None:
    assert parse_window("08:30-20:00") == (510, 1200)
    for bad in ("9-21", "21:00-09:00", "09:00-09:30", "25:00-26:00"):
        with pytest.raises(ValueError):
            parse_window(bad)
    assert check_base_url("https://cdn.example.com/c/") == "https://cdn.example.com/c"
    for bad in ("cdn.example.com", "ftp://x.example", "https://x.example/?a=1", "https://x.example/a b"):
        with pytest.raises(ValueError):
            check_base_url(bad)


def test_hootsuite_files_per_profile_no_header_no_images() -> None:
    files, notes = scheduler_files(SCHEDULERS["hootsuite"], posts())
    assert sorted(map(str, files)) == ["hootsuite-facebook.csv", "hootsuite-linkedin.csv", "hootsuite-x.csv"]
    assert notes == ["Hootsuite bulk composer imports no images: the instagram post is left out of its file"]
    (x,) = rows(files[PurePosixPath("hootsuite-x.csv")])
    assert x == ["01/12/2026 09:00", "Turrón Latte https://x.example/n", ""]
    (facebook,) = rows(files[PurePosixPath("hootsuite-facebook.csv")])
    assert facebook[0] == "01/12/2026 09:30"
    assert facebook[1] == "Vuelve el Turrón Latte\r\n\r\n-20 % hoy\r\n#CaféAurora"  # as written: no '
    (linkedin,) = rows(files[PurePosixPath("hootsuite-linkedin.csv")])
    assert linkedin[1] == "=lines\r\nmixed\r\nends"


def test_sprout_files_have_its_headers_and_public_image_urls() -> None:
    files, notes = scheduler_files(SCHEDULERS["sprout"], posts())
    assert notes == [] and len(files) == 4
    header, row = rows(files[PurePosixPath("sprout-instagram.csv")])
    assert header == ["date", "time_24hr", "message_text", "link", "image_url"]
    assert row[:2] == ["01/12/2026", "09:15"] and row[4] == f"{BASE}/instagram.png"


def test_ayrshare_is_one_file_in_utc_with_platform_names() -> None:
    files, _ = scheduler_files(SCHEDULERS["ayrshare"], posts())
    header, *body = rows(files[PurePosixPath("ayrshare.csv")])
    assert header == ["post", "platforms", "mediaUrls", "scheduleDate"]
    assert [(r[1], r[3]) for r in body] == [
        ("twitter", "2026-12-01T08:00:00Z"),
        ("instagram", "2026-12-01T08:15:00Z"),
        ("facebook", "2026-12-01T08:30:00Z"),
        ("linkedin", "2026-12-01T08:45:00Z"),
    ]
    assert datetime.strptime(body[0][3], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC) == posts()[0].when


def test_an_image_without_public_url_is_left_out_with_a_note() -> None:
    local = [
        Post(
            "instagram", datetime(2026, 12, 1, 9, tzinfo=MADRID), "t", image="instagram.png", needs_image=True
        )
    ]
    files, notes = scheduler_files(SCHEDULERS["sprout"], local)
    assert files == {} and "asset_base_url" in notes[0]


def test_the_sheet_and_the_gateway_file_read_back() -> None:
    header, *body = rows(schedule_sheet(posts()))
    assert header == ["network", "datetime", "text", "image"]
    assert [r[1] for r in body] == [
        "2026-12-01T09:00+01:00",
        "2026-12-01T09:15+01:00",
        "2026-12-01T09:30+01:00",
        "2026-12-01T09:45+01:00",
    ]
    gateway = sms_gateway("generic")
    assert rows(recipients_file(gateway, [("+34600111222", "Hola\nadiós")])) == [
        ["To", "Body"],
        ["+34600111222", "Hola\r\nadiós"],
    ]
    assert csv_bytes((), [["a"]]) == b"a\r\n"


def test_unknown_presets_are_usage_errors_naming_the_known_ones() -> None:
    for lookup, option in ((esp_preset, "--esp"), (scheduler, "--scheduler"), (sms_gateway, "--sms-gateway")):
        with pytest.raises(StudioError) as caught:
            lookup("nope")
        assert caught.value.exit_code == 2 and caught.value.problems[0].field == option
        assert "unknown" in caught.value.message and "(one of " in caught.value.message
    assert esp_preset("") is None and scheduler(None) is None
    assert {p.unsubscribe for p in ESP_PRESETS.values()} == {
        "*|UNSUB|*",
        "{{ unsubscribe }}",
        "%%unsub_center_url%%",
        "{unsubscribe_url}",
    }
    assert all(p.source for p in ESP_PRESETS.values()) and all(s.source for s in SCHEDULERS.values())
