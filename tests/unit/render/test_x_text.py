"""X (Twitter) weighted length, against twitter-text's own conformance cases and Spanish copy.

Every expected value below that is not from the conformance file was checked against twitter-text
3.1.0's JavaScript implementation (npm ``twitter-text``), except where a test says otherwise.
"""

from __future__ import annotations

import subprocess
import sys
import timeit
from pathlib import Path
from typing import Any

import pytest
import yaml

from studio.render.x_text import XMetrics, measure_x

CONFORMANCE_FILE = Path(__file__).parent / "data" / "twitter_text_validate_v3.yml"
SECTIONS = ("WeightedTweetsWithDiscountedEmojiCounterTest", "UnicodeDirectionalMarkerCounterTest")


def conformance_cases() -> list[Any]:
    tests = yaml.safe_load(CONFORMANCE_FILE.read_text(encoding="utf-8"))["tests"]
    return [
        pytest.param(case["text"], case["expected"], id=f"{section}: {case['description']}")
        for section in SECTIONS
        for case in tests[section]
    ]


def test_the_conformance_file_names_its_source_and_holds_every_case() -> None:
    header = CONFORMANCE_FILE.read_text(encoding="utf-8").split("\ntests:", 1)[0]
    for needle in ("github.com/twitter/twitter-text", "conformance/validate.yml", "Apache License"):
        assert needle in header
    assert len(conformance_cases()) == 22 + 2


@pytest.mark.parametrize(("text", "expected"), conformance_cases())
def test_twitter_text_conformance(text: str, expected: dict[str, Any]) -> None:
    metrics = measure_x(text)
    assert (metrics.weighted_length, metrics.valid, metrics.permillage) == (
        expected["weightedLength"],
        expected["valid"],
        expected["permillage"],
    )


# --- characters ---------------------------------------------------------------------------------


def test_spanish_letters_and_inverted_marks_count_one() -> None:
    text = "¿Vienes mañana? ¡Sí! Más información, canción, pingüino y Ñandú."
    assert measure_x(text) == XMetrics(len(text), True, 228, ())


def test_the_euro_sign_counts_two() -> None:
    assert ord("€") == 8364  # outside 0-4351, 8192-8205, 8208-8223, 8242-8247
    assert measure_x("€").weighted_length == 2
    assert measure_x("Solo 5€ hoy").weighted_length == 12


def test_general_punctuation_counts_one_but_the_ellipsis_two() -> None:
    assert measure_x("“–—‘’”").weighted_length == 6  # U+2010-U+201F
    assert measure_x("…").weighted_length == 2  # U+2026, outside the ranges
    assert measure_x("Oferta… “especial” – ya").weighted_length == 24


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("日本語のテキスト", 16),
        ("中文", 4),
        ("한국어 텍스트", 13),
        ("Ελληνικά", 8),
        ("Русский", 7),
        ("עברית", 5),
    ],
)
def test_cjk_counts_two_other_scripts_below_u1100_one(text: str, weight: int) -> None:
    assert measure_x(text).weighted_length == weight


def test_text_is_nfc_normalised_first() -> None:
    assert measure_x("Cafe\u0301").weighted_length == 4
    assert measure_x("A\u0301B").weighted_length == 2


def test_copyright_and_registered_count_one_unless_emoji_presentation() -> None:
    assert measure_x("© 2026 Café Aurora®").weighted_length == 19
    assert measure_x("©\ufe0f ®\ufe0f").weighted_length == 5


# --- URLs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "weight", "urls"),
    [
        ("cafe-aurora.es", 23, ("cafe-aurora.es",)),
        (
            "https://www.cafe-aurora.es/otono?utm_source=x&utm_medium=social",
            23,
            ("https://www.cafe-aurora.es/otono?utm_source=x&utm_medium=social",),
        ),
        ("Visita tienda.es/verano hoy", 34, ("tienda.es/verano",)),
        ("(ver https://cafe-aurora.es/otoño)", 29, ("https://cafe-aurora.es/otoño",)),
        ("example.invalidtld y ejemplo.es.", 45, ("ejemplo.es",)),
        ("Escríbenos a hola@cafe-aurora.es", 32, ()),
        ("http://t.co/abc123", 23, ("http://t.co/abc123",)),
        ("http://t.co/" + "a" * 41, 53, ()),  # a t.co slug over 40 characters is no link
        ("#Otoño2026 @CafeAurora $CAFE", 28, ()),
    ],
)
def test_urls_count_23(text: str, weight: int, urls: tuple[str, ...]) -> None:
    metrics = measure_x(text)
    assert (metrics.weighted_length, metrics.urls) == (weight, urls)


def test_a_url_counts_23_whatever_its_length() -> None:
    text = "www.cafe-aurora.es/menu/ y http://example.com/" + "x" * 300
    metrics = measure_x(text)
    assert metrics.weighted_length == 23 + 3 + 23
    assert metrics.valid
    assert len(metrics.urls) == 2


# --- emoji --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "emoji",
    [
        "👍🏽",  # skin-tone modifier
        "🙋🏿\u200d♀\ufe0f",  # modifier + ZWJ + gender + VS16
        "👨\u200d👩\u200d👧\u200d👦",  # ZWJ family
        "👩\u200d❤\ufe0f\u200d💋\u200d👨",  # ZWJ couple
        "🇪🇸",  # flag (regional indicators)
        "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",  # flag (tag sequence)
        "1\ufe0f\u20e3",  # keycap
        "#\u20e3",  # keycap without VS16, as twitter-text's own conformance case "1\u20e3"
        "❤\ufe0f",  # presentation sequence
        "😀",
    ],
)
def test_an_emoji_sequence_counts_two(emoji: str) -> None:
    assert measure_x(emoji).weighted_length == 2
    assert measure_x(f"Hola {emoji}!").weighted_length == 8


def test_skin_tones_and_families_side_by_side() -> None:
    assert measure_x("👍🏽👍🏿👋🏻").weighted_length == 6
    assert (
        measure_x("👍🏽 👨\u200d👩\u200d👧\u200d👦 🇪🇸 1\ufe0f\u20e3 #\ufe0f\u20e3 ❤\ufe0f").weighted_length
        == 17
    )


def test_emoji_newer_than_twitter_text_3_1_count_two() -> None:
    # Deliberate difference (see the module docstring): twitter-text 3.1.0 knows emoji up to
    # Emoji 11.0 and counts this 19 (2+1+2+1+2, 1, 2+1+2, 1, 2+2); current twemoji (14.0), like
    # this module, sees three emoji.
    assert measure_x("🧑\u200d🤝\u200d🧑 ❤\ufe0f\u200d🔥 🫶🏽").weighted_length == 8
    assert measure_x("👩🏻\u200d❤\ufe0f\u200d💋\u200d👨🏾").weighted_length == 2  # Emoji 13.1; 11 there


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("\u2615\ufe0f", 2),  # ☕️: twemoji takes U+FE0F after this emoji-presentation character...
        ("\u2705\ufe0f", 4),  # ✅️: ...but not after this one: 2 + 2
        ("\U0001f600\ufe0f", 4),  # 😀️: nor here
        ("\u267e\ufe0f", 4),  # ♾️: twemoji lacks it
        ("\U0001f441\ufe0f\u200d\U0001f5e8\ufe0f", 5),  # 👁️‍🗨️: twemoji lacks it: 2 + 1 + 2
        ("\U0001f441\u200d\U0001f5e8", 2),  # 👁‍🗨: the form twemoji has
        ("\U0001f3cb\ufe0f\U0001f3fd", 2),  # 🏋️🏽: text-style base, VS16, skin tone
        ("\u26f7\U0001f3fb", 2),  # ⛷🏻: twemoji takes skin tones on the skier
        ("\u2615\ufe0e", 4),  # ☕︎: text presentation is no emoji: 2 + 2
        ("\u00a9\ufe0e", 3),  # ©︎: 1 + 2
    ],
)
def test_twemoji_quirks_as_twitter_text_counts_them(text: str, weight: int) -> None:
    assert measure_x(text).weighted_length == weight


def test_zwj_sequences_lacking_vs16_count_by_parts_as_in_twitter_text() -> None:
    assert measure_x("👨\u200d❤\u200d👨").weighted_length == 8  # minimally-qualified: 2+1+2+1+2
    assert measure_x("👨\u200d❤\ufe0f\u200d👨").weighted_length == 2  # fully-qualified


# --- limits -------------------------------------------------------------------------------------


def test_empty_text_is_not_valid() -> None:
    assert measure_x("") == XMetrics(0, False, 0, ())


def test_280_is_the_limit() -> None:
    assert measure_x("a" * 280) == XMetrics(280, True, 1000, ())
    assert measure_x("a" * 281) == XMetrics(281, False, 1003, ())
    assert measure_x("日" * 140).valid
    assert not measure_x("日" * 141).valid


def test_invalid_characters_make_the_text_invalid() -> None:
    assert measure_x("hola\ufeff") == XMetrics(6, False, 21, ())


def test_permillage_keeps_twitter_texts_floating_point_rounding() -> None:
    # 2261 / 280 * 1000 is 8074.999... in binary floating point; twitter-text reports 8074.
    assert measure_x("a" * 2261).permillage == 8074


# --- speed and weight ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "¡Hola! Descubre nuestra nueva colección en tienda.es/verano 🌞🏖\ufe0f Envío gratis desde 50€. "
            "¿A qué esperas? #Verano2026 @CafeAurora https://cafe-aurora.es/otono?utm_source=x "
            "👨\u200d👩\u200d👧\u200d👦 "
        )
        * 2,
        "a." * 500,  # dotted text without a TLD: the URL expression is not even tried
        "Hola. Esto es un texto largo, sin enlaces; termina aquí. " * 18,
    ],
)
def test_measuring_is_fast(text: str) -> None:
    measure_x(text)  # the first call loads the emoji data
    best = min(timeit.repeat(lambda: measure_x(text), number=5, repeat=5)) / 5
    assert best < 0.005


def test_importing_the_module_loads_no_emoji_data() -> None:
    code = (
        "import sys\n"
        "from studio.render.x_text import measure_x\n"
        "measure_x('Hola tienda.es 😀 ¿qué tal?')\n"
        "print('emoji' in sys.modules)\n"
        "measure_x('👍🏽')\n"
        "print('emoji' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "True"]
