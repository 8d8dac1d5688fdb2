"""The SMS audience file: phones to E.164, bad rows skipped with their line, hostile files refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.errors import StudioError
from studio.export import audience as audience_module
from studio.export.audience import normalise_phone, read_audience


def write(tmp_path: Path, text: str, *, encoding: str = "utf-8", name: str = "audience.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_phones_are_normalised_with_the_locales_region() -> None:
    assert normalise_phone("600 11 12 22", "es-ES") == "+34600111222"
    assert normalise_phone("55 1234 5678", "es-MX") == "+525512345678"
    assert normalise_phone("+1 (415) 555-2671", "es-ES") == "+14155552671"  # +country wins
    with pytest.raises(ValueError, match="not a valid number in ES"):
        normalise_phone("12345", "es-ES")
    with pytest.raises(ValueError, match="not a mobile number"):
        normalise_phone("912 345 678", "es-ES")  # a Madrid landline
    with pytest.raises(ValueError, match="not a phone number"):
        normalise_phone("call me", "en-US")


def test_good_rows_pass_and_every_bad_row_is_reported_with_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Phone;Locale;Name\r\n"
        "600 111 222;es-ES;Ana\r\n"
        '"+34 600 111 222";es-ES;"Ana\r\n(again)"\r\n'  # a quoted field over two lines
        "12345;es-ES;Bad\r\n"
        ";es-ES;Nobody\r\n"
        "\r\n"
        "612 345 678;klingon;Worf\r\n"
        "+1 415 555 2671;en-US\r\n",
    )
    audience = read_audience(path)
    assert [(r.line, r.phone, r.locale, r.name) for r in audience.recipients] == [
        (2, "+34600111222", "es-ES", "Ana"),
        (9, "+14155552671", "en-US", ""),
    ]
    assert [s.split(": skipped: ")[0] for s in audience.skipped] == [f"{path}:{n}" for n in (3, 5, 6, 8)]
    assert "already on line 2" in audience.skipped[0]
    assert "no phone number" in audience.skipped[2]
    assert "klingon" in audience.skipped[3]


def test_locales_outside_the_export_are_skipped(tmp_path: Path) -> None:
    path = write(tmp_path, "phone,locale\n600111222,es-ES\n600111223,fr-FR\n")
    audience = read_audience(path, locales={"es-ES"})
    assert [r.phone for r in audience.recipients] == ["+34600111222"]
    assert audience.skipped == (f"{path}:3: skipped: locale fr-FR is not one of the campaigns' (es-ES)",)


@pytest.mark.parametrize(
    ("text", "encoding", "message"),
    [
        ("phone,locale\n600111222,es-ES\nñ,es-ES\n", "latin-1", ":3: is not UTF-8 text"),
        ("numero,locale\n600111222,es-ES\n", "utf-8", ":1: no phone column in the header (numero, locale)"),
        ("phone,country\n600111222,ES\n", "utf-8", ":1: no locale column"),
        ("", "utf-8", ":1: has no header row"),
        ('phone,locale\n"600111222,es-ES\n', "utf-8", ":2: is not valid CSV"),
    ],
)
def test_a_file_that_cannot_be_read_names_file_and_line(
    tmp_path: Path, text: str, encoding: str, message: str
) -> None:
    path = write(tmp_path, text, encoding=encoding)
    with pytest.raises(StudioError) as caught:
        read_audience(path)
    assert f"{path}{message}" in caught.value.message
    assert caught.value.exit_code == 2


def test_missing_and_huge_files_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(StudioError, match="no such file"):
        read_audience(tmp_path / "nope.csv")
    with pytest.raises(StudioError, match="is not a file"):
        read_audience(tmp_path)
    path = write(tmp_path, "phone,locale\n" + "600111222,es-ES\n" * 10)
    monkeypatch.setattr(audience_module, "MAX_BYTES", 100)  # a real 50 MB file is too slow for a unit test
    with pytest.raises(StudioError, match="larger than"):
        read_audience(path)
    monkeypatch.setattr(audience_module, "MAX_BYTES", 10_000)
    monkeypatch.setattr(audience_module, "MAX_ROWS", 5)
    with pytest.raises(StudioError, match="more than 5 recipients"):
        read_audience(path)


def test_a_byte_order_mark_and_excel_semicolons_are_fine(tmp_path: Path) -> None:
    path = write(tmp_path, "\ufeffphone;locale;name\r\n600111222;es-ES;Ana\r\n")
    assert [r.phone for r in read_audience(path).recipients] == ["+34600111222"]
