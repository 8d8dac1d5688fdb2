"""An SMS audience file (``studio export --audience FILE.csv``): recipients for a gateway import.

The file is read once, in the exporting process, and never stored in the database: only the
recipients that pass go to the export, each as (line, phone in E.164, locale, name). Columns are
found by name in the header (``phone``, ``locale``, optional ``name``; case and spaces ignored;
``,`` or ``;`` separated). Phones are validated and normalised with ``phonenumbers``, the region
taken from the row's locale (``es-MX`` → MX) for numbers written without ``+country``.

A bad row (no phone, an invalid number, an unknown locale, a duplicate) is skipped and reported
with its line number — never silently, and never stopping the batch. A file that cannot be read
at all (missing, not UTF-8, no header, no phone column, too large) is a :class:`StudioError`
naming ``file:line``: the CLI exits 2 and writes nothing.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from studio.errors import Problem, StudioError

#: Larger than any audience a desktop export should carry (a gateway's own upload limits are lower).
MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 500_000
PHONE_HEADERS = ("phone", "to", "mobile", "msisdn", "telefono", "teléfono")
LOCALE_HEADERS = ("locale", "language", "lang", "idioma")
NAME_HEADERS = ("name", "first_name", "nombre")


@dataclass(frozen=True)
class Recipient:
    """One recipient that passed: ``line`` in the file, ``phone`` in E.164."""

    line: int
    phone: str
    locale: str
    name: str = ""


@dataclass(frozen=True)
class Audience:
    """The recipients of an audience file and the rows skipped (``file:line: why``)."""

    file: Path
    recipients: tuple[Recipient, ...] = ()
    skipped: tuple[str, ...] = field(default_factory=tuple)


def _error(file: Path, line: int | None, message: str) -> StudioError:
    where = f"{file}:{line}" if line else str(file)
    return StudioError(f"{where}: {message}", problems=[Problem(message, file=file, line=line)])


def _read_text(file: Path) -> str:
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        raise _error(file, None, "no such file") from None
    except OSError as exc:
        raise _error(file, None, f"cannot be read: {exc.strerror or exc}") from None
    if not file.is_file():
        raise _error(file, None, "is not a file")
    if size > MAX_BYTES:
        mb = 1024 * 1024
        raise _error(file, None, f"is {size // mb} MB: larger than {MAX_BYTES // mb} MB")
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise _error(file, None, f"cannot be read: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _error(file, line, "is not UTF-8 text (save it as CSV UTF-8)") from None


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    normalised = [h.strip().lower().replace(" ", "_") for h in header]
    for name in names:
        if name in normalised:
            return normalised.index(name)
    return None


def _region(locale: str) -> str | None:
    parts = locale.replace("_", "-").split("-")
    return parts[1].upper() if len(parts) > 1 and len(parts[1]) == 2 else None


def normalise_phone(text: str, locale: str) -> str:
    """``text`` in E.164 (``+34600111222``); ValueError saying why it is not a mobile-usable number."""
    import phonenumbers

    region = _region(locale)
    try:
        number = phonenumbers.parse(text.strip(), region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(f"{text.strip()!r} is not a phone number ({exc._msg})") from None
    if not phonenumbers.is_valid_number(number):
        raise ValueError(f"{text.strip()!r} is not a valid number{f' in {region}' if region else ''}")
    kind = phonenumbers.number_type(number)
    if kind not in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        raise ValueError(f"{text.strip()!r} is not a mobile number (an SMS cannot reach it)")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _rows(file: Path, text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and every record with the line it starts on (a quoted field may span lines)."""
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    ended = 0
    try:
        for row in reader:
            rows.append((ended + 1, row))
            ended = reader.line_num
            if len(rows) > MAX_ROWS + 1:
                raise _error(file, reader.line_num, f"more than {MAX_ROWS} recipients")
    except csv.Error as exc:
        raise _error(file, ended + 1, f"is not valid CSV: {exc}") from None
    if not rows or not any(cell.strip() for cell in rows[0][1]):
        raise _error(file, 1, "has no header row (phone, locale, name)")
    return rows[0][1], rows[1:]


def read_audience(file: Path, *, locales: set[str] | None = None) -> Audience:
    """The recipients of ``file``; see the module docstring. ``locales``: the known locale tags
    (a row with another locale is skipped); None accepts any well-formed tag."""
    from studio.model.campaign import normalize_locale

    file = Path(file)
    text = _read_text(file)
    header, rows = _rows(file, text)
    phone_col = _column(header, PHONE_HEADERS)
    locale_col = _column(header, LOCALE_HEADERS)
    name_col = _column(header, NAME_HEADERS)
    if phone_col is None:
        raise _error(file, 1, f"no phone column in the header ({', '.join(header)}): name one 'phone'")
    if locale_col is None:
        raise _error(file, 1, f"no locale column in the header ({', '.join(header)}): name one 'locale'")
    recipients: list[Recipient] = []
    skipped: list[str] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        try:
            phone_text = row[phone_col].strip() if phone_col < len(row) else ""
            locale_text = row[locale_col].strip() if locale_col < len(row) else ""
            if not phone_text:
                raise ValueError("no phone number")
            if not locale_text:
                raise ValueError("no locale")
            try:
                locale = normalize_locale(locale_text)
            except ValueError as exc:
                raise ValueError(f"locale {locale_text!r}: {exc}") from None
            if locales is not None and locale not in locales:
                known = ", ".join(sorted(locales))
                raise ValueError(f"locale {locale} is not one of the campaigns' ({known})")
            phone = normalise_phone(phone_text, locale)
            if phone in seen:
                raise ValueError(f"{phone} is already on line {seen[phone]}")
        except ValueError as exc:
            skipped.append(f"{file}:{line}: skipped: {exc}")
            continue
        seen[phone] = line
        name = row[name_col].strip() if name_col is not None and name_col < len(row) else ""
        recipients.append(Recipient(line=line, phone=phone, locale=locale, name=name))
    return Audience(file=file, recipients=tuple(recipients), skipped=tuple(skipped))
