"""What a marketer types in a fact-sheet field, read exactly: amounts, dates and times.

Pure functions (no Qt). A typed text gives one of four results, never a guess:

- :class:`Exact` — the one value the text can mean;
- :class:`Ambiguous` — two values it can mean (``1.234`` is 1234 in Spain and 1.234 in the US):
  the caller asks which, and stores nothing until answered;
- :class:`Invalid` — why it cannot be read (a ``code`` and the ``detail`` a message needs; the
  interface words the message in its own language);
- :class:`Blank` — nothing typed.

**Amounts** are read in the interface locale *and* the campaign's locales at once, by their shape:
a ``.`` or ``,`` followed by 1, 2 or 4+ digits is a decimal mark (``3,90``, ``3.9``); both marks
in one number (``1.234,50``, ``1,234.50``) make the last one decimal; a mark repeated
(``1.234.567``) or a space or apostrophe between groups of three (``1 234``) is grouping; a single
mark followed by exactly three digits (``1.234``, ``1,234``) is :class:`Ambiguous`. A lone mark is
never read as grouping, so nothing is ever scaled by a thousand. Currency signs, codes and names
come from CLDR (Babel) for the campaign's currency (``3,90 €``, ``€3.90``, ``3.90 EUR``, ``$59.90``
for MXN in es-MX); another currency is :class:`Invalid`, never converted.

**Dates** accept ``dd/mm/yyyy``, ``d/m/yy``, ``dd-mm-yyyy``, ``dd.mm.yyyy``, ISO 8601, month names
and abbreviations from CLDR in the interface's and campaigns' languages (``1 dic 2026 7:00``,
``1 de diciembre de 2026``, ``December 1, 2026``), an optional weekday (checked), ``hoy`` /
``today`` and ``mañana`` / ``tomorrow``; ``m/d/yyyy`` only when the interface is US English (a
numeric date whose month would be impossible that way round, ``28/02/2027``, is read the other
way). Times: ``7:00``, ``19:30``, ``19h``, ``7 pm``, ``7:30 p. m.``. Impossible dates (``31/02``)
and times (``25:00``) are :class:`Invalid`.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Generic, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

T = TypeVar("T")


@dataclass(frozen=True)
class Exact(Generic[T]):
    """The one value the text means."""

    value: T


@dataclass(frozen=True)
class Ambiguous(Generic[T]):
    """Two readings; the first is the interface locale's."""

    readings: tuple[T, T]


@dataclass(frozen=True)
class Invalid:
    """Why the text cannot be read: ``code`` names the problem, ``detail`` fills its message."""

    code: str
    detail: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Blank:
    """Nothing typed."""


AmountEntry = Exact[Decimal] | Ambiguous[Decimal] | Invalid | Blank


@dataclass(frozen=True)
class When:
    """A typed date and/or time: ``day`` or ``time`` is None when the text left it out (the caller
    keeps the field's own); ``instant`` is set when the text named its offset (ISO 8601)."""

    day: date | None
    time: time | None
    instant: datetime | None = None


DateEntry = Exact[When] | Invalid | Blank


def _language(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower()


def _babel(tag: str) -> str:
    return tag.replace("-", "_")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]+")


def _clean(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text).replace("\u2212", "-")).strip()


# -- amounts ------------------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def decimal_symbol(locale: str) -> str:
    """The decimal mark of ``locale`` (``,`` for es-ES, ``.`` for en-US and es-MX)."""
    from babel.numbers import get_decimal_symbol

    try:
        return str(get_decimal_symbol(_babel(locale)))
    except Exception:  # an unknown locale: the Latin default
        return "."


def _currency_words(currency: str, locales: tuple[str, ...]) -> dict[str, str]:
    """Every sign, code and name a text may write a currency with (folded) → the currency it means."""
    from babel.numbers import list_currencies

    from studio.consistency.money import _names, _symbols, resolve_currency

    table: dict[str, str] = {}
    for locale in locales:
        for sign, codes in _symbols(locale).items():
            resolved = resolve_currency(codes, locale, currency, sign)
            if resolved:
                table.setdefault(_fold(sign), resolved)
                if resolved == currency:
                    table[_fold(sign)] = currency
        for name, codes in _names(_language(locale)).items():
            resolved = resolve_currency(codes, locale, currency)
            if resolved:
                table.setdefault(name, resolved)
                if resolved == currency:
                    table[name] = currency
    for code in list_currencies():
        table[_fold(code)] = code
    return table


@lru_cache(maxsize=64)
def _currency_table(currency: str, locales: tuple[str, ...]) -> dict[str, str]:
    return _currency_words(currency, locales)


_NUMBER_CORE = re.compile(r"[0-9][0-9.,' ’]*[0-9][.,]?|[0-9][.,]?")


def _groups_ok(groups: list[str]) -> bool:
    """``["1", "234", "567"]`` is thousands grouping: 1–3 digits (not a leading 0), then threes."""
    first, rest = groups[0], groups[1:]
    return 1 <= len(first) <= 3 and not (first.startswith("0")) and all(len(g) == 3 for g in rest)


def _number(core: str, ui_mark: str) -> AmountEntry:
    """Read the digits-and-marks part of an amount (see the module docstring)."""
    spaced = re.split(r"[ '’]", core)
    if len(spaced) > 1:  # spaces or apostrophes group; a remaining lone mark is decimal
        last = spaced[-1]
        tail = ""
        if sum(last.count(mark) for mark in ".,") > 1:  # "1 000,0.0": two decimal marks
            return Invalid("not_a_number")
        for mark in ".,":
            if mark in last:
                last, _, tail = last.partition(mark)
                if not tail.isdigit():
                    return Invalid("not_a_number")
        groups = [*spaced[:-1], last]
        if any(not g.isdigit() for g in groups) or not _groups_ok(groups):
            return Invalid("grouping")
        return Exact(Decimal("".join(groups) + ("." + tail if tail else "")))
    marks = [ch for ch in core if ch in ".,"]
    if not marks:
        return Exact(Decimal(core))
    if len(set(marks)) == 2:
        decimal_mark = marks[-1]
        if marks.count(decimal_mark) != 1:
            return Invalid("not_a_number")
        whole, _, fraction = core.rpartition(decimal_mark)
        group_mark = "," if decimal_mark == "." else "."
        groups = whole.split(group_mark)
        if not _groups_ok(groups):
            return Invalid("grouping")
        return Exact(Decimal("".join(groups) + "." + fraction))
    mark = marks[0]
    parts = core.split(mark)
    if len(parts) > 2:
        if not _groups_ok(parts):
            return Invalid("grouping")
        return Exact(Decimal("".join(parts)))
    whole, fraction = parts
    as_decimal = Decimal((whole or "0") + "." + fraction) if fraction else Decimal(whole)
    if len(fraction) == 3 and _groups_ok([whole, fraction]):
        as_grouping = Decimal(whole + fraction)
        first = as_decimal if mark == ui_mark else as_grouping
        second = as_grouping if first is as_decimal else as_decimal
        return Ambiguous((first, second))
    return Exact(as_decimal)


def parse_amount(
    text: str,
    *,
    ui_locale: str,
    locales: Sequence[str] = (),
    currency: str | None = None,
    percent: bool = False,
) -> AmountEntry:
    """An amount as typed in the interface locale or any of the campaign's ``locales``.

    ``currency``: the campaign's (a sign, code or name of another currency is :class:`Invalid`
    with code ``currency``). ``percent``: a discount, so ``%`` may follow and a leading ``-`` is
    the usual way of writing one (``-20 %`` is 20). Codes of :class:`Invalid`: ``not_a_number``
    (detail ``text``: what is not part of an amount), ``grouping`` (``1.23.456``), ``currency``
    (detail ``typed``, ``expected``).
    """
    cleaned = _clean(text)
    if not cleaned:
        return Blank()
    found = list(_NUMBER_CORE.finditer(cleaned))
    if not found:
        return Invalid("not_a_number", {"text": cleaned})
    core_match = found[0]
    if len(found) > 1:
        rest = cleaned[found[1].start() :]
        return Invalid("not_a_number", {"text": rest})
    core = core_match.group()
    before = cleaned[: core_match.start()].strip()
    after = cleaned[core_match.end() :].strip()
    negative = False
    if before.endswith(("-", "+")) or before.startswith(("-", "+")):
        sign = before[-1] if before.endswith(("-", "+")) else before[0]
        negative = sign == "-"
        before = (before[:-1] if before.endswith(("-", "+")) else before[1:]).strip()
    if after.endswith(".") and not percent:  # "3,90 EUR." at the end of a pasted sentence
        after = after[:-1].strip()
    for decoration in (before, after):
        if not decoration:
            continue
        if percent:
            if decoration != "%":
                return Invalid("not_a_number", {"text": decoration})
            continue
        token = _fold(decoration)
        meant = _currency_table(currency or "", tuple(dict.fromkeys((ui_locale, *locales)))).get(token)
        if meant is None:
            return Invalid("not_a_number", {"text": decoration})
        if currency and meant != currency:
            return Invalid("currency", {"typed": meant, "expected": currency})
    result = _number(core.rstrip(".,"), decimal_symbol(ui_locale))  # "3," is 3: the cents not typed
    if negative and not percent:
        if isinstance(result, Exact):
            return Exact(-result.value)
        if isinstance(result, Ambiguous):
            return Ambiguous((-result.readings[0], -result.readings[1]))
    return result


def show_amount(value: Decimal, ui_locale: str) -> str:
    """``value`` as an amount field shows it: the interface's decimal mark, no grouping
    (so what is shown reads back as itself)."""
    text = format(value, "f")
    return text.replace(".", decimal_symbol(ui_locale))


def with_decimals(value: Decimal, digits: int) -> Decimal:
    """``3.9`` with the currency's decimals (``3.90``); more decimals than that stay as they are."""
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int) or -exponent >= digits:
        return value
    return value.quantize(Decimal(1).scaleb(-digits))


def spell_out(value: Decimal, ui_locale: str) -> str:
    """``1234`` → ``mil doscientos treinta y cuatro``; ``1.234`` → ``uno coma dos tres cuatro``."""
    from num2words import num2words

    language = _language(ui_locale)
    lang = language if language in ("es", "en", "pt", "fr", "de", "it", "ca") else "en"
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return str(value)
    whole = int(abs(value))
    words = str(num2words(whole, lang=lang))
    if exponent < 0:
        fraction = "".join(map(str, digits))[exponent:].rjust(-exponent, "0")
        point = "coma" if decimal_symbol(ui_locale) == "," and lang == "es" else None
        point = point or str(num2words(1.5, lang=lang)).split()[1]  # "point", "punto", "virgule"…
        words += f" {point} " + " ".join(str(num2words(int(d), lang=lang)) for d in fraction)
    if sign:
        words = f"- {words}"
    return words


# -- dates and times ------------------------------------------------------------------------------------


def month_first(ui_locale: str) -> bool:
    """Numeric dates are month/day only in US English."""
    tag = ui_locale.replace("_", "-")
    return tag.lower() in ("en-us", "en")


@lru_cache(maxsize=32)
def _month_words(languages: tuple[str, ...]) -> dict[str, int]:
    """Month names and abbreviations (folded, without the dot) → month number; a word two languages
    give different months is left out."""
    from babel.dates import get_month_names

    table: dict[str, int] = {}
    clashes: set[str] = set()
    for language in languages:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=language).items():
                    key = _fold(name).rstrip(".")
                    if table.get(key, number) != number:
                        clashes.add(key)
                    table[key] = number
                    if len(key) > 3:
                        table.setdefault(key[:3], number)  # "sept", "set" and "sep" all shorten to 3
    table.setdefault("sept", 9)
    table.setdefault("setiembre", 9)  # Peru's and Uruguay's spelling (CLDR has only "septiembre")
    return {k: v for k, v in table.items() if k not in clashes}


@lru_cache(maxsize=32)
def _weekday_words(languages: tuple[str, ...]) -> dict[str, int]:
    from babel.dates import get_day_names

    table: dict[str, int] = {}
    for language in languages:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_day_names(width, context, locale=language).items():
                    table[_fold(name).rstrip(".")] = number
    return table


_RELATIVE_DAYS = {"hoy": 0, "today": 0, "manana": 1, "tomorrow": 1}
_FILLER = {"de", "del", "of", "the", "el", "on", "a", "las", "la", "at"}

_TIME = re.compile(
    r"(?:^|(?<=[\st,]))"
    r"(?:(?:a\s+las?|at|@)\s*)?"
    r"(?:"
    r"(?P<h>\d{1,2})(?:[:h]|(?<=\s\d)\.|(?<=\s\d\d)\.|(?<=^\d)\.|(?<=^\d\d)\.)(?P<m>\d{2})"
    r"(?::(?P<s>\d{2})(?:\.\d+)?)?\s*(?P<ap>[ap]\.?\s?m\.?)?\s*(?:h|hrs?\.?)?"
    r"|(?P<h2>\d{1,2})\s*(?P<ap2>[ap]\.?\s?m\.?)"
    r"|(?P<h3>\d{1,2})\s*(?:h|hrs?\.?)"
    r")$"
)
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})(?:[/.\-](\d{1,4}))?$")
_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|\.?o|\.?a)$")


def _time_of(match: re.Match[str]) -> time | Invalid:
    hour_text = match.group("h") or match.group("h2") or match.group("h3")
    hour = int(hour_text)
    minute = int(match.group("m") or 0)
    second = int(match.group("s") or 0)
    meridiem = (match.group("ap") or match.group("ap2") or "").replace(" ", "").replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            return Invalid("no_time", {"text": match.group().strip()})
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return Invalid("no_time", {"text": match.group().strip()})
    return time(hour, minute, second)


def _full_year(text: str) -> int | Invalid:
    if len(text) == 2:
        return 2000 + int(text)
    if len(text) == 4:
        return int(text)
    return Invalid("no_year", {"text": text})


def _checked_day(year: int, month: int, day: int) -> date | Invalid:
    if not 1 <= month <= 12:
        return Invalid("no_month", {"month": str(month)})
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return Invalid("no_day", {"day": str(day), "month": str(month), "year": str(year), "days": str(days)})
    return date(year, month, day)


def _without_year(month: int, day: int, today: date) -> date | Invalid:
    """A day and month with no year: this year's, or next year's once this year's has passed."""
    year = today.year + (1 if (month, day) < (today.month, today.day) else 0)
    return _checked_day(year, month, day)


def _numeric_day(match: re.Match[str], ui_locale: str, today: date) -> date | Invalid:
    a, b, c = match.group(1), match.group(2), match.group(3)
    if len(a) == 4:  # 2026/12/01
        if c is None:
            return Invalid("not_a_date", {"text": match.group()})
        return _checked_day(int(a), int(b), int(c))
    if len(a) > 2:
        return Invalid("not_a_date", {"text": match.group()})
    first, second = int(a), int(b)
    day, month = (second, first) if month_first(ui_locale) else (first, second)
    if month > 12 and day <= 12:  # impossible this way round, so the other: 28/02/2027 in en-US
        day, month = month, day
    if c is None:
        return _without_year(month, day, today)
    year = _full_year(c)
    if isinstance(year, Invalid):
        return year
    return _checked_day(year, month, day)


def _named_day(tokens: list[str], languages: tuple[str, ...], today: date) -> date | Invalid | None:
    months = _month_words(languages)
    weekdays = _weekday_words(languages)
    month: int | None = None
    numbers: list[str] = []
    weekday: int | None = None
    for token in tokens:
        bare = token.rstrip(".")
        ordinal = _ORDINAL.match(bare)
        if bare.isdigit():
            numbers.append(bare)
        elif ordinal:
            numbers.append(ordinal.group(1))
        elif bare in months and month is None:
            month = months[bare]
        elif bare in weekdays and weekday is None:
            weekday = weekdays[bare]
        elif bare in _RELATIVE_DAYS and not numbers and month is None:
            return today + timedelta(days=_RELATIVE_DAYS[bare])
        elif bare in _FILLER:
            continue
        else:
            return None
    if month is None or not numbers or len(numbers) > 2:
        return None
    day_text = numbers[0]
    if len(numbers) == 2:
        if len(numbers[0]) == 4:  # 2026 dic 1
            day_text, numbers = numbers[1], [numbers[1], numbers[0]]
        year = _full_year(numbers[1])
        if isinstance(year, Invalid):
            return year
        found = _checked_day(year, month, int(day_text))
    else:
        if len(day_text) == 4:  # "diciembre 2026": no day
            return Invalid("no_day_given", {})
        found = _without_year(month, int(day_text), today)
    if isinstance(found, date) and weekday is not None and found.weekday() != weekday:
        return Invalid("weekday", {"date": found.isoformat(), "weekday": str(found.weekday())})
    return found


def parse_when(text: str, *, ui_locale: str, locales: Sequence[str] = (), today: date) -> DateEntry:
    """A date, a time, or both, as typed in the interface locale (month names also in the
    campaign's ``locales``' languages). ``today``: the studio clock's day, for ``hoy`` and dates
    typed without a year. Codes of :class:`Invalid`: ``not_a_date`` (detail ``text``), ``no_day``
    (``day``, ``month``, ``year``, ``days``), ``no_month`` (``month``), ``no_day_given``,
    ``no_year``, ``no_time`` (``text``), ``weekday`` (``date``, ``weekday``: the real one, 0 = Monday).
    """
    cleaned = _clean(text)
    if not cleaned:
        return Blank()
    iso = _iso(cleaned)
    if iso is not None:
        return Exact(iso)
    folded = _fold(cleaned)
    moment: time | None = None
    timed = _TIME.search(folded)
    if timed is not None:
        parsed = _time_of(timed)
        if isinstance(parsed, Invalid):
            return parsed
        moment = parsed
        folded = folded[: timed.start()].strip(" ,T")
        folded = re.sub(r"(?:\s|^)(?:a\s+las?|at|@)$", "", folded).strip(" ,")
    if not folded:
        return Exact(When(None, moment)) if moment is not None else Invalid("not_a_date", {"text": cleaned})
    day: date | Invalid | None
    numeric = _NUMERIC_DATE.match(folded)
    if numeric is not None:
        day = _numeric_day(numeric, ui_locale, today)
    else:
        tokens = [t for t in re.split(r"[\s,]+|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z]{3})", folded) if t]
        languages = tuple(dict.fromkeys(_language(t) for t in (ui_locale, *locales, "es", "en")))
        day = _named_day(tokens, languages, today)
    if day is None:
        return Invalid("not_a_date", {"text": cleaned})
    if isinstance(day, Invalid):
        return day
    return Exact(When(day, moment))


def _iso(text: str) -> When | None:
    if not re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T", 1))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        return When(None, None, moment)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return When(moment.date(), None)
    return When(moment.date(), moment.time())


def resolve_when(entry: When, current: datetime | None, zone: str) -> datetime | Invalid:
    """The aware moment a typed :class:`When` sets, in the campaign's ``zone``: what the text left
    out comes from ``current`` (the field's value). A wall time the zone skips (the hour clocks go
    forward) is :class:`Invalid` with code ``skipped_time`` (detail ``time``, ``zone``)."""
    try:
        tz = ZoneInfo(zone)
    except (ValueError, ZoneInfoNotFoundError):
        tz = ZoneInfo("UTC")
    if entry.instant is not None:
        return entry.instant.astimezone(tz)
    base = current.astimezone(tz) if current is not None else None
    day = entry.day or (base.date() if base else None)
    clock = entry.time or (base.timetz().replace(tzinfo=None) if base else time(0, 0))
    if day is None:
        return Invalid("not_a_date", {"text": clock.strftime("%H:%M")})
    wall = datetime.combine(day, clock).replace(tzinfo=tz)
    back = wall.astimezone(ZoneInfo("UTC")).astimezone(tz)
    if back.replace(tzinfo=None) != wall.replace(tzinfo=None):
        return Invalid("skipped_time", {"time": clock.strftime("%H:%M"), "zone": zone})
    return wall


def show_when(moment: datetime, ui_locale: str) -> str:
    """``moment`` (already in the campaign's zone) as a date field shows it; reads back as itself:
    ``01/12/2026 07:00`` (es), ``12/01/2026 7:00 AM`` (en-US)."""
    seconds = f":{moment.second:02d}" if moment.second else ""
    if month_first(ui_locale):
        noon = "PM" if moment.hour >= 12 else "AM"
        day = f"{moment.month:02d}/{moment.day:02d}/{moment.year:04d}"
        return f"{day} {moment.hour % 12 or 12}:{moment.minute:02d}{seconds} {noon}"
    day = f"{moment.day:02d}/{moment.month:02d}/{moment.year:04d}"
    return f"{day} {moment.hour:02d}:{moment.minute:02d}{seconds}"


def full_date(day: date, ui_locale: str) -> str:
    """``martes, 1 de diciembre de 2026`` / ``Tuesday, December 1, 2026`` (CLDR's full style)."""
    from babel.dates import format_date

    return str(format_date(day, "full", locale=_babel(ui_locale)))


def long_date(day: date, ui_locale: str) -> str:
    """``1 de diciembre de 2026`` / ``December 1, 2026`` (CLDR's long style)."""
    from babel.dates import format_date

    return str(format_date(day, "long", locale=_babel(ui_locale)))


def month_name(year: int, month: int, ui_locale: str) -> str:
    """``febrero de 2027`` / ``February 2027``."""
    from babel.dates import format_skeleton

    return str(format_skeleton("yMMMM", date(year, month, 1), locale=_babel(ui_locale)))


def weekday_name(weekday: int, ui_locale: str) -> str:
    from babel.dates import get_day_names

    return str(get_day_names("wide", "format", locale=_babel(ui_locale))[weekday])


def days_from(today: date, day: date) -> int:
    """Calendar days from ``today`` to ``day`` (negative: in the past)."""
    return (day - today).days


def offer_days(start: datetime, end: datetime, zone: str) -> int:
    """How many calendar days (in the campaign's zone) an offer touches, both ends included."""
    tz = ZoneInfo(zone)
    return (end.astimezone(tz).date() - start.astimezone(tz).date()).days + 1


__all__ = [
    "Ambiguous",
    "AmountEntry",
    "Blank",
    "DateEntry",
    "Exact",
    "Invalid",
    "When",
    "days_from",
    "decimal_symbol",
    "full_date",
    "long_date",
    "month_name",
    "offer_days",
    "parse_amount",
    "parse_when",
    "resolve_when",
    "show_amount",
    "show_when",
    "spell_out",
    "weekday_name",
    "with_decimals",
]
