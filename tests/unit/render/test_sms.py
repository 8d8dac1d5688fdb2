"""SMS encoding and segmentation, exactly per 3GPP TS 23.038 / TS 23.040."""

from __future__ import annotations

import itertools
import random
import timeit
from functools import partial

import pytest

from studio.render.sms import SmsMetrics, gsm7_replacements, measure_sms, split_sms

# 3GPP TS 23.038 §6.2.1, the default alphabet written out independently of the module, 0x00-0x7F,
# with None for 0x1B (ESC, the escape to the extension table, not a character).
SPEC_BASIC_TABLE: list[str | None] = [
    *"@£$¥èéùìòÇ\nØø\rÅå",
    *"Δ_ΦΓΛΩΠΨΣΘΞ",
    None,
    *"ÆæßÉ",
    *" !\"#¤%&'()*+,-./0123456789:;<=>?",
    *"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§",
    *"¿abcdefghijklmnopqrstuvwxyzäöñüà",
]
# §6.2.1.1, the extension table: each is sent as ESC + one septet.
SPEC_EXTENSION = {0x0A: "\f", 0x14: "^", 0x28: "{", 0x29: "}", 0x2F: "\\", 0x3C: "[", 0x3D: "~",
                  0x3E: "]", 0x40: "|", 0x65: "€"}  # fmt: skip
GSM_BASIC = "".join(char for char in SPEC_BASIC_TABLE if char is not None)
GSM_EXTENSION = "".join(SPEC_EXTENSION.values())


def units_of(segment: str, encoding: str) -> int:
    """Units of a piece of a message in the message's encoding, counted independently of the module."""
    if encoding == "GSM-7":
        return sum(2 if char in GSM_EXTENSION else 1 for char in segment)
    return len(segment.encode("utf-16-le")) // 2


# --- the alphabet -----------------------------------------------------------------------------


def test_the_spec_table_has_128_positions_and_the_known_landmarks() -> None:
    assert len(SPEC_BASIC_TABLE) == 128
    assert SPEC_BASIC_TABLE[0x00] == "@"
    assert SPEC_BASIC_TABLE[0x02] == "$"
    assert SPEC_BASIC_TABLE[0x09] == "Ç"  # the capital, not "ç"
    assert SPEC_BASIC_TABLE[0x24] == "¤"
    assert SPEC_BASIC_TABLE[0x40] == "¡"
    assert SPEC_BASIC_TABLE[0x60] == "¿"
    assert SPEC_BASIC_TABLE[0x7F] == "à"


def test_every_basic_character_is_one_septet() -> None:
    metrics = measure_sms(GSM_BASIC)
    assert (metrics.encoding, metrics.units, metrics.non_gsm) == ("GSM-7", 127, ())
    for char in GSM_BASIC:
        assert measure_sms(char) == SmsMetrics("GSM-7", 1, 1, 160, 159, ()), repr(char)


@pytest.mark.parametrize("char", list(GSM_EXTENSION))
def test_every_extension_character_is_two_septets(char: str) -> None:
    assert measure_sms(char) == SmsMetrics("GSM-7", 1, 2, 160, 158, ())


@pytest.mark.parametrize("char", list("áíóúÁÍÓÚçâêîôûãõœ`\x1b\t"))
def test_characters_outside_the_alphabet_force_ucs2(char: str) -> None:
    metrics = measure_sms(f"Hola {char}")
    assert metrics.encoding == "UCS-2"
    assert metrics.non_gsm == (char,)
    assert metrics.units == 6


def test_spanish_text_with_the_letters_gsm_has_stays_gsm7() -> None:
    text = "¿Vienes mañana? ¡Te esperamos en el café! Niño, pingüino, Ñu, É, è, ò, ù, ì, à, Ç, Ü, ß, Ø, Å"
    metrics = measure_sms(text)
    assert (metrics.encoding, metrics.units, metrics.segments) == ("GSM-7", len(text), 1)


def test_one_mas_makes_the_whole_text_ucs2() -> None:
    gsm = measure_sms("Hola, ¿qué tal? Te esperamos.")
    ucs = measure_sms("Hola, ¿qué tal? Te esperamos. Más información")
    assert gsm.encoding == "GSM-7"
    assert ucs.encoding == "UCS-2"
    assert ucs.non_gsm == ("á", "ó")
    assert ucs.per_segment == 70


def test_the_euro_sign_counts_two_septets() -> None:
    assert measure_sms("€").units == 2
    assert measure_sms("Solo 5€ hoy").units == 12
    assert measure_sms("{[~]}").units == 10


def test_non_gsm_lists_distinct_characters_in_order_of_first_appearance() -> None:
    assert measure_sms("más más ç ó ç 😀 á").non_gsm == ("á", "ç", "ó", "😀")


def test_a_decomposed_accent_is_not_gsm7() -> None:
    # "é" as e + U+0301 COMBINING ACUTE ACCENT: the text is measured as given, not normalised.
    metrics = measure_sms("Cafe\u0301")
    assert metrics.encoding == "UCS-2"
    assert metrics.non_gsm == ("\u0301",)


def test_empty_text() -> None:
    assert measure_sms("") == SmsMetrics("GSM-7", 0, 0, 160, 160, ())
    assert split_sms("") == []


# --- GSM-7 boundaries ---------------------------------------------------------------------------


def test_160_septets_are_one_message_161_are_two() -> None:
    assert measure_sms("a" * 160) == SmsMetrics("GSM-7", 1, 160, 160, 0, ())
    assert measure_sms("a" * 161) == SmsMetrics("GSM-7", 2, 161, 153, 145, ())
    assert split_sms("a" * 160) == ["a" * 160]
    assert split_sms("a" * 161) == ["a" * 153, "a" * 8]


def test_153_times_two_is_two_segments_one_more_is_three() -> None:
    assert measure_sms("a" * 306) == SmsMetrics("GSM-7", 2, 306, 153, 0, ())
    assert measure_sms("a" * 307) == SmsMetrics("GSM-7", 3, 307, 153, 152, ())
    assert split_sms("a" * 307) == ["a" * 153, "a" * 153, "a"]


def test_an_extension_pair_at_septet_153_moves_to_the_next_segment() -> None:
    text = "a" * 152 + "€" + "b" * 10  # the ESC would be septet 153, the € septet 154
    assert split_sms(text) == ["a" * 152, "€" + "b" * 10]
    assert measure_sms(text) == SmsMetrics("GSM-7", 2, 164, 153, 141, ())


def test_an_extension_pair_that_ends_on_septet_153_stays() -> None:
    text = "a" * 151 + "€" + "b" * 10
    assert split_sms(text) == ["a" * 151 + "€", "b" * 10]
    assert measure_sms(text).segments == 2


def test_a_moved_pair_can_cost_a_whole_segment() -> None:
    text = "a" * 152 + "€" + "a" * 152  # 306 septets, yet not 2 x 153
    assert measure_sms(text) == SmsMetrics("GSM-7", 3, 306, 153, 152, ())
    assert split_sms(text) == ["a" * 152, "€" + "a" * 151, "a"]


def test_extension_characters_count_towards_the_single_message_limit() -> None:
    assert measure_sms("a" * 158 + "€").segments == 1
    assert measure_sms("a" * 159 + "€") == SmsMetrics("GSM-7", 2, 161, 153, 145, ())


# --- UCS-2 boundaries ---------------------------------------------------------------------------


def test_70_units_are_one_ucs2_message_71_are_two() -> None:
    assert measure_sms("á" * 70) == SmsMetrics("UCS-2", 1, 70, 70, 0, ("á",))
    assert measure_sms("á" * 71) == SmsMetrics("UCS-2", 2, 71, 67, 63, ("á",))
    assert split_sms("á" * 71) == ["á" * 67, "á" * 4]


def test_67_times_two_is_two_ucs2_segments_one_more_is_three() -> None:
    assert measure_sms("á" * 134) == SmsMetrics("UCS-2", 2, 134, 67, 0, ("á",))
    assert measure_sms("á" * 135) == SmsMetrics("UCS-2", 3, 135, 67, 66, ("á",))


def test_an_emoji_straddling_unit_67_moves_to_the_next_segment() -> None:
    text = "á" * 66 + "😀" + "á" * 10  # the surrogate pair would be units 67 and 68
    assert split_sms(text) == ["á" * 66, "😀" + "á" * 10]
    assert measure_sms(text) == SmsMetrics("UCS-2", 2, 78, 67, 55, ("á", "😀"))


def test_a_moved_surrogate_pair_can_cost_a_whole_segment() -> None:
    text = "á" * 66 + "😀" + "á" * 66  # 134 units, yet not 2 x 67
    assert measure_sms(text) == SmsMetrics("UCS-2", 3, 134, 67, 66, ("á", "😀"))
    assert split_sms(text) == ["á" * 66, "😀" + "á" * 65, "á"]


def test_an_emoji_is_two_units_and_extension_characters_are_one_in_ucs2() -> None:
    assert measure_sms("😀").units == 2
    assert measure_sms("👍🏽").units == 4
    assert measure_sms("á€").units == 2


def test_emoji_in_a_single_message() -> None:
    assert measure_sms("😀" * 35) == SmsMetrics("UCS-2", 1, 70, 70, 0, ("😀",))
    assert measure_sms("😀" * 35 + "a").segments == 2


# --- splitting ----------------------------------------------------------------------------------


def random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pools = [
        GSM_BASIC,
        GSM_BASIC + GSM_EXTENSION * 3,
        GSM_BASIC + "áóíúç’…",
        "áé€😀👍🏽ab",
        "a€",
        "á😀",
    ]
    texts = []
    for _ in range(count):
        pool = rng.choice(pools)
        length = rng.choice([rng.randint(1, 80), rng.randint(60, 170), rng.randint(130, 480)])
        texts.append("".join(rng.choice(pool) for _ in range(length)))
    return texts


@pytest.mark.parametrize("text", random_texts(300, seed=23038))
def test_split_is_consistent_with_measure(text: str) -> None:
    metrics = measure_sms(text)
    parts = split_sms(text)
    encoding = metrics.encoding
    assert "".join(parts) == text
    assert len(parts) == metrics.segments
    assert metrics.units == units_of(text, encoding)
    assert all(units_of(part, encoding) <= metrics.per_segment for part in parts)
    assert metrics.units_left == metrics.per_segment - units_of(parts[-1], encoding)
    single = 160 if encoding == "GSM-7" else 70
    if metrics.units <= single:
        assert (metrics.segments, metrics.per_segment) == (1, single)
    else:
        assert metrics.per_segment == single - (7 if encoding == "GSM-7" else 3)
        # Greedy: a segment ends only where the next character would not have fitted.
        for part, following in itertools.pairwise(parts):
            assert units_of(part, encoding) + units_of(following[0], encoding) > metrics.per_segment


def test_a_thousand_characters_measure_well_under_a_millisecond() -> None:
    texts = ["a€" * 500, "á😀" * 333 + "a", "Hola, ¿qué tal? " * 62 + "fin.", "Más información " * 62]
    for text in texts:
        best = min(timeit.repeat(partial(measure_sms, text), number=10, repeat=5)) / 10
        assert best < 0.001, (text[:20], best)


# --- suggested replacements ---------------------------------------------------------------------


def test_typographic_characters_get_gsm7_look_alikes() -> None:
    text = "“Oferta” – solo hoy… ¡Corre’!\u00a0Ya — ‘ya’ «ahora»"
    assert gsm7_replacements(text) == {
        "“": '"',
        "”": '"',
        "–": "-",
        "…": "...",
        "’": "'",
        "\u00a0": " ",
        "—": "-",
        "‘": "'",
        "«": '"',
        "»": '"',
    }
    fixed = "".join(gsm7_replacements(text).get(char, char) for char in text)
    assert fixed == '"Oferta" - solo hoy... ¡Corre\'! Ya - \'ya\' "ahora"'
    assert measure_sms(fixed).encoding == "GSM-7"


def test_letters_are_never_replaced() -> None:
    assert gsm7_replacements("Más información, canción, ç, ü, ñ") == {}


def test_invisible_characters_are_suggested_away() -> None:
    assert gsm7_replacements("ho\u200bla\u00ad\ufeff") == {"\u200b": "", "\u00ad": "", "\ufeff": ""}


def test_every_suggestion_replaces_a_ucs2_character_with_gsm7_text() -> None:
    typographic = (
        "‘’‚‛′´“”„‟″«»‐‑‒–—―−…"
        "\t\u00a0\u2000\u2009\u200a\u202f\u205f\u3000\u2028\u2029\u200b\u2060\ufeff\u00ad"
    )
    suggestions = gsm7_replacements(typographic)
    assert list(suggestions) == list(typographic)
    for char, replacement in suggestions.items():
        assert measure_sms(char).encoding == "UCS-2", repr(char)
        assert measure_sms(replacement).encoding == "GSM-7", repr(char)


def test_replacements_only_name_characters_that_force_ucs2() -> None:
    assert gsm7_replacements("Hola, ¿qué tal? 5€ [ok]") == {}
    assert gsm7_replacements("") == {}


# --- independent references from PyPI (test-only, skipped where not installed) ----------------


def test_alphabet_agrees_with_the_gsm0338_codec() -> None:
    import gsm0338  # noqa: F401 — a dev dependency; importing it registers the codec "gsm03.38"

    for code, char in enumerate(SPEC_BASIC_TABLE):
        if char is not None:
            assert char.encode("gsm03.38") == bytes([code])
    for code, char in SPEC_EXTENSION.items():
        assert char.encode("gsm03.38") == bytes([0x1B, code])
    for text in random_texts(300, seed=338):
        metrics = measure_sms(text)
        try:
            encoded = text.encode("gsm03.38")
        except UnicodeEncodeError:
            assert metrics.encoding == "UCS-2", text
        else:
            assert metrics.encoding == "GSM-7", text
            assert metrics.units == len(encoded)


def test_segments_agree_with_smsutil() -> None:
    import smsutil  # a dev dependency: encode, decode and split SMS (GSM 03.38 / UTF-16)

    for text in random_texts(400, seed=23040):
        result = smsutil.split(text)
        expected_encoding = {"gsm0338": "GSM-7", "utf_16_be": "UCS-2"}[result.encoding]
        metrics = measure_sms(text)
        assert metrics.encoding == expected_encoding, text
        assert split_sms(text) == [part.content for part in result.parts], text
        assert metrics.segments == len(result.parts)
        bytes_per_unit = 1 if metrics.encoding == "GSM-7" else 2
        assert metrics.units * bytes_per_unit == result.total_bytes
