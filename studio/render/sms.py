"""SMS length: which encoding a text needs and how it splits into segments.

Exactly per 3GPP TS 23.038 (alphabets) and TS 23.040 (concatenated short messages):

* A text whose every character is in the GSM 7-bit default alphabet is sent as **GSM-7**: 160
  septets in a single message, 153 per segment once it has to be concatenated (the user data
  header takes the other 7).  A character of the extension table (``€ [ ] { } ~ ^ | \\`` and form
  feed) is sent as ESC + character and costs two septets; the pair is never split across two
  segments (when only one septet is left in a segment, the pair goes to the next one).
* Any other character (one ``á``, ``ç``, an emoji, a typographic ``’``) makes the whole text
  **UCS-2**: 70 UTF-16 code units single, 67 per concatenated segment.  A character outside the
  Basic Multilingual Plane (an emoji, say) is two code units, a surrogate pair, and is never split.

National language shift tables (TS 23.038 §6.2.1.2, e.g. the Spanish one that has ``á í ó ú ç``)
are not used: they need support from the sender's gateway and every handset, which cannot be
counted on, so ``más`` costs a UCS-2 message, as it does on a plain GSM-7 gateway.

The text is measured as given (no Unicode normalisation: a decomposed ``é``, ``e`` + U+0301,
is not GSM-7).  Pure Python, no dependencies, measured on every keystroke.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final, Literal

__all__ = [
    "GSM7_CONCATENATED",
    "GSM7_SINGLE",
    "UCS2_CONCATENATED",
    "UCS2_SINGLE",
    "SmsMetrics",
    "gsm7_replacements",
    "measure_sms",
    "split_sms",
]

GSM7_SINGLE: Final = 160
"""Septets in a single (not concatenated) GSM-7 message."""
GSM7_CONCATENATED: Final = 153
"""Septets per segment of a concatenated GSM-7 message (160 less the 6-octet UDH, 7 septets)."""
UCS2_SINGLE: Final = 70
"""UTF-16 code units in a single UCS-2 message (140 octets)."""
UCS2_CONCATENATED: Final = 67
"""UTF-16 code units per segment of a concatenated UCS-2 message (134 octets)."""

# 3GPP TS 23.038 V16.0.0 (2020-07), §6.2.1 "GSM 7 bit Default Alphabet", code points 0x00-0x7F row
# by row; checked against Perl's Encode::GSM0338 2.10 (a transcription of the v16 tables) and, in the
# tests, against the PyPI codec ``gsm0338``.  Note: 0x09 is the capital ``Ç``, as the standard prints
# it (the Unicode Consortium's old GSM0338.TXT maps it to the small ``ç``, and some handsets show
# that); ``ç`` itself is not in the alphabet.  0x24 is ``¤`` (``$`` is 0x02), 0x40 ``¡``, 0x60
# ``¿``; 0x1B is ESC, the escape to the extension table, not a character.
_GSM7_BASIC_TABLE: Final = (
    "@£$¥èéùìòÇ\nØø\rÅå"  # 0x00-0x0F
    "Δ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ"  # 0x10-0x1F
    " !\"#¤%&'()*+,-./"  # 0x20-0x2F
    "0123456789:;<=>?"  # 0x30-0x3F
    "¡ABCDEFGHIJKLMNO"  # 0x40-0x4F
    "PQRSTUVWXYZÄÖÑÜ§"  # 0x50-0x5F
    "¿abcdefghijklmno"  # 0x60-0x6F
    "pqrstuvwxyzäöñüà"  # 0x70-0x7F
)
_ESC: Final = "\x1b"
# TS 23.038 §6.2.1.1 "GSM 7 bit default alphabet extension table": sent as ESC (0x1B) followed by
# 0x0A form feed, 0x14 ^, 0x28 {, 0x29 }, 0x2F \, 0x3C [, 0x3D ~, 0x3E ], 0x40 |, 0x65 €.
_GSM7_EXTENSION: Final = "\f^{}\\[~]|€"
_GSM7_EXTENSION_SET: Final = frozenset(_GSM7_EXTENSION)
_GSM7_CHARS: Final = (frozenset(_GSM7_BASIC_TABLE) - {_ESC}) | _GSM7_EXTENSION_SET

# Typographic characters that force UCS-2 and have a GSM-7 look-alike.  Letters are never
# replaced: "más" stays "más" (Spanish spelling matters more than the segment count).
_TYPOGRAPHIC_REPLACEMENTS: Final[dict[str, str]] = {
    # single quotes, apostrophes, primes (´ is often typed as an apostrophe)
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4", "'"),
    # double quotes, double prime, guillemets
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    # hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    "\u2026": "...",  # horizontal ellipsis
    # tab, no-break space, the U+2000 spaces, narrow no-break, medium mathematical, ideographic
    **dict.fromkeys("\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a", " "),
    **dict.fromkeys("\u202f\u205f\u3000", " "),
    # line and paragraph separators
    **dict.fromkeys("\u2028\u2029", "\n"),
    # invisible: zero-width space, word joiner, byte order mark, soft hyphen
    **dict.fromkeys("\u200b\u2060\ufeff\u00ad", ""),
}


@dataclass(frozen=True)
class SmsMetrics:
    """How a text goes out as SMS."""

    encoding: Literal["GSM-7", "UCS-2"]
    """``GSM-7`` when every character is in the GSM 7-bit alphabet, else ``UCS-2``."""
    segments: int
    """Messages the text is sent (and billed) as; 0 for an empty text."""
    units: int
    """Septets (GSM-7; an extension character counts 2) or UTF-16 code units (UCS-2)."""
    per_segment: int
    """Units per segment: 160 or 70 for a single message, 153 or 67 once concatenated."""
    units_left: int
    """Units still free in the last segment before another segment is needed."""
    non_gsm: tuple[str, ...]
    """The distinct characters that forced UCS-2, in order of first appearance; () for GSM-7."""


def measure_sms(text: str) -> SmsMetrics:
    """Encoding, segment count and units of ``text`` as an SMS."""
    encoding, units, non_gsm = _encoding_and_units(text)
    single, concatenated = _capacities(encoding)
    if units <= single:
        segments, last = (1, units) if units else (0, 0)
        per_segment = single
    else:
        per_segment = concatenated
        if units == len(text):  # every character is one unit: plain division
            segments = -(-units // concatenated)
            last = units - (segments - 1) * concatenated
        else:
            segments, last = 0, 0
            for _start, segment_units in _segments(text, encoding, concatenated):
                segments += 1
                last = segment_units
    return SmsMetrics(
        encoding=encoding,
        segments=segments,
        units=units,
        per_segment=per_segment,
        units_left=per_segment - last,
        non_gsm=non_gsm,
    )


def split_sms(text: str) -> list[str]:
    """The texts of the segments ``text`` is sent as (``"".join`` of them gives ``text`` back)."""
    encoding, units, _non_gsm = _encoding_and_units(text)
    single, concatenated = _capacities(encoding)
    if units <= single:
        return [text] if text else []
    starts = [start for start, _units in _segments(text, encoding, concatenated)]
    return [text[start:end] for start, end in zip(starts, [*starts[1:], len(text)], strict=True)]


def gsm7_replacements(text: str) -> dict[str, str]:
    """Suggested GSM-7 look-alikes for the typographic characters in ``text`` that force UCS-2.

    Only typographic characters are suggested (curly quotes and apostrophes, dashes, the
    ellipsis, unusual spaces, invisible characters: ``’`` → ``'``, ``“`` → ``"``, ``–`` → ``-``,
    ``…`` → ``...``, no-break space → space, zero-width space → nothing).  Letters are never
    replaced: ``á`` stays ``á``.  Keys are in order of first appearance in ``text``; if the text
    has other characters outside GSM-7, it stays UCS-2 even after the replacements.
    """
    return {
        char: _TYPOGRAPHIC_REPLACEMENTS[char]
        for char in dict.fromkeys(text)
        if char in _TYPOGRAPHIC_REPLACEMENTS
    }


def _encoding_and_units(text: str) -> tuple[Literal["GSM-7", "UCS-2"], int, tuple[str, ...]]:
    if _GSM7_CHARS.issuperset(text):
        return "GSM-7", len(text) + sum(text.count(char) for char in _GSM7_EXTENSION), ()
    non_gsm = tuple(dict.fromkeys(char for char in text if char not in _GSM7_CHARS))
    return "UCS-2", len(text.encode("utf-16-le", "surrogatepass")) // 2, non_gsm


def _capacities(encoding: Literal["GSM-7", "UCS-2"]) -> tuple[int, int]:
    if encoding == "GSM-7":
        return GSM7_SINGLE, GSM7_CONCATENATED
    return UCS2_SINGLE, UCS2_CONCATENATED


def _segments(text: str, encoding: Literal["GSM-7", "UCS-2"], capacity: int) -> Iterator[tuple[int, int]]:
    """(start index, units) of each segment of a concatenated message, filled greedily.

    A character costs 1 or 2 units (an ESC pair, a surrogate pair) and is never split: when it
    does not fit in what is left of a segment, it starts the next one.
    """
    if encoding == "GSM-7":
        costs = (2 if char in _GSM7_EXTENSION_SET else 1 for char in text)
    else:
        costs = (2 if char > "\uffff" else 1 for char in text)
    start = 0
    used = 0
    for index, cost in enumerate(costs):
        if used + cost > capacity:
            yield start, used
            start = index
            used = 0
        used += cost
    if used:
        yield start, used
