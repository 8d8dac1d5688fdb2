"""What marketers type in the fact sheet, read exactly (studio.text.entry): amounts and dates."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from studio.render.formatting import format_money
from studio.text.entry import (
    Ambiguous,
    Blank,
    Exact,
    Invalid,
    When,
    offer_days,
    parse_amount,
    parse_when,
    resolve_when,
    show_amount,
    show_when,
    spell_out,
    with_decimals,
)

UIS = ("es-ES", "en-US")
CAMPAIGN_LOCALES = ("es-ES", "es-MX", "es-AR", "en-US")
TODAY = date(2026, 11, 24)


def amount(
    text: str, ui: str = "en-US", locales: tuple[str, ...] = ("es-ES",), currency: str = "EUR"
) -> object:
    return parse_amount(text, ui_locale=ui, locales=locales, currency=currency)


# -- amounts: real typings ----------------------------------------------------------------------------


@pytest.mark.parametrize("ui", UIS)
@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("3,90", "3.90"),  # the reported bug: 390.00 in the English UI
        ("3.90", "3.90"),
        ("3,9", "3.9"),
        ("3,90 €", "3.90"),
        ("3,90€", "3.90"),
        ("€3.90", "3.90"),
        ("€ 3,90", "3.90"),
        ("3.90 EUR", "3.90"),
        ("EUR 3,90", "3.90"),
        ("3,90 euros", "3.90"),
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("1.234,50 €", "1234.50"),
        ("1 234,50", "1234.50"),
        ("1\u00a0234,50\u00a0€", "1234.50"),
        ("12.345.678", "12345678"),
        ("12,345,678", "12345678"),
        ("1'234.50", "1234.50"),
        ("0,999", "0.999"),  # a leading 0 is never a thousands group
        ("1234,567", "1234.567"),  # nor are four digits before the mark
        ("3", "3"),
        ("3,", "3"),
        ("3.90.", "3.90"),  # the full stop of a pasted sentence
        ("  4,20  ", "4.20"),
        ("3,9555", "3.9555"),  # kept exactly: validation says EUR has 2 decimals
        ("-3,90", "-3.90"),
    ],
)
def test_amounts_typed_in_either_interface(ui: str, typed: str, value: str) -> None:
    assert amount(typed, ui) == Exact(Decimal(value))


@pytest.mark.parametrize(
    ("typed", "ui", "first", "second"),
    [
        ("1.234", "es-ES", "1234", "1.234"),  # the interface's reading first
        ("1.234", "en-US", "1.234", "1234"),
        ("1,234", "es-ES", "1.234", "1234"),
        ("1,234", "en-US", "1234", "1.234"),
        ("3,955 €", "en-US", "3955", "3.955"),
        ("€999.000", "en-US", "999.000", "999000"),
    ],
)
def test_one_mark_before_three_digits_asks(typed: str, ui: str, first: str, second: str) -> None:
    assert amount(typed, ui) == Ambiguous((Decimal(first), Decimal(second)))


@pytest.mark.parametrize(
    ("typed", "locales", "currency", "value"),
    [
        ("$59.90", ("es-MX",), "MXN", "59.90"),
        ("$59,90", ("es-MX",), "MXN", "59.90"),
        ("MX$59.90", ("es-MX",), "MXN", "59.90"),
        ("59.90 MXN", ("es-MX",), "MXN", "59.90"),
        ("59,90 pesos", ("es-MX",), "MXN", "59.90"),
        ("$ 15.999,50", ("es-AR",), "ARS", "15999.50"),
        ("ARS 15.999,50", ("es-AR",), "ARS", "15999.50"),
        ("$4.99", ("en-US",), "USD", "4.99"),
        ("US$4,99", ("es-ES",), "USD", "4.99"),
    ],
)
@pytest.mark.parametrize("ui", UIS)
def test_prices_in_each_campaign_locale(
    ui: str, typed: str, locales: tuple[str, ...], currency: str, value: str
) -> None:
    assert amount(typed, ui, locales, currency) == Exact(Decimal(value))


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("3,90 USD", "currency"),
        ("$3.90", "currency"),  # dollars for a campaign in euros: never converted
        ("£3.90", "currency"),
        ("3,5O", "not_a_number"),
        ("tres euros", "not_a_number"),
        ("3,90 y 4,20", "not_a_number"),
        ("1.23.456", "grouping"),
        ("1,2345,678", "grouping"),
        ("1.234,5,6", "not_a_number"),
        ("12 34", "grouping"),
    ],
)
def test_what_cannot_be_read_is_refused_with_a_reason(typed: str, code: str) -> None:
    result = amount(typed)
    assert isinstance(result, Invalid) and result.code == code
    if code == "currency":
        assert result.detail["expected"] == "EUR" and result.detail["typed"] != "EUR"


def test_blank_and_percentages() -> None:
    assert amount("   ") == Blank()
    percent = {"ui_locale": "es-ES", "locales": ("es-ES",), "percent": True}
    assert parse_amount("20 %", **percent) == Exact(Decimal("20"))  # type: ignore[arg-type]
    assert parse_amount("-20%", **percent) == Exact(Decimal("20"))  # type: ignore[arg-type]
    assert parse_amount("12,5", **percent) == Exact(Decimal("12.5"))  # type: ignore[arg-type]
    refused = parse_amount("20 €", **percent)  # type: ignore[arg-type]
    assert isinstance(refused, Invalid)


def test_shown_amounts_and_readings_in_words() -> None:
    assert show_amount(Decimal("1234.50"), "es-ES") == "1234,50"
    assert show_amount(Decimal("1234.50"), "en-US") == "1234.50"
    assert with_decimals(Decimal("3.9"), 2) == Decimal("3.90")
    assert with_decimals(Decimal("3.955"), 2) == Decimal("3.955")
    assert with_decimals(Decimal("1500"), 0) == Decimal("1500")
    assert spell_out(Decimal("1234"), "es-ES") == "mil doscientos treinta y cuatro"
    assert spell_out(Decimal("1.234"), "es-ES") == "uno coma dos tres cuatro"
    assert spell_out(Decimal("1.234"), "en-US") == "one point two three four"


# -- amounts: properties ---------------------------------------------------------------------------------

money = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2)


@settings(max_examples=300, deadline=None)
@given(value=money, ui=st.sampled_from(UIS), locales=st.sampled_from(CAMPAIGN_LOCALES))
def test_an_amount_as_the_field_shows_it_reads_back_as_itself(value: Decimal, ui: str, locales: str) -> None:
    assert amount(show_amount(value, ui), ui, (locales,)) == Exact(value)


@settings(max_examples=300, deadline=None)
@given(
    value=money,
    ui=st.sampled_from(UIS),
    locale=st.sampled_from(CAMPAIGN_LOCALES),
    currency=st.sampled_from(("EUR", "USD", "MXN", "ARS")),
)
def test_a_price_as_the_channels_write_it_reads_back_as_itself(
    value: Decimal, ui: str, locale: str, currency: str
) -> None:
    written = format_money(value, currency, locale)
    assert amount(written, ui, (locale,), currency) == Exact(value), written


_TYPED = st.text(alphabet="0123456789.,  €$-", min_size=1, max_size=12)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text).lstrip("0") or "0"


@settings(max_examples=1000, deadline=None)
@given(typed=_TYPED, ui=st.sampled_from(UIS))
@example(typed="1 000,0.0", ui="es-ES")  # two decimal marks after a space group: was 1000.0 (a digit dropped)
def test_any_typed_text_is_exact_ambiguous_or_refused_and_never_scaled(typed: str, ui: str) -> None:
    result = amount(typed, ui)
    assert isinstance(result, Exact | Ambiguous | Invalid | Blank)
    readings = [result.value] if isinstance(result, Exact) else []
    readings += list(result.readings) if isinstance(result, Ambiguous) else []
    for value in readings:
        # the same digits, in the same order: nothing added, nothing dropped
        digits = value.as_tuple().digits
        assert _digits("".join(map(str, digits))) == _digits(typed)
    if isinstance(result, Exact) and result.value == result.value.to_integral_value():
        marks = re.findall(r"[.,](?=\d)", typed)
        fraction = result.value.as_tuple().exponent
        # a lone "." or "," before digits is never read as thousands (the 3,90 → 390 bug)
        assert fraction != 0 or len(marks) != 1 or " " in typed.strip(" €$-")
    if isinstance(result, Ambiguous):
        small, large = sorted(abs(reading) for reading in result.readings)
        assert large == small * 1000  # the two readings: a decimal mark, or thousands


# -- dates and times: real typings -----------------------------------------------------------------------


def when(text: str, ui: str, locales: tuple[str, ...] = ("es-ES",)) -> object:
    return parse_when(text, ui_locale=ui, locales=locales, today=TODAY)


D = date
T = time


@pytest.mark.parametrize(
    ("typed", "ui", "day", "clock"),
    [
        # the reported garbling
        ("01/12/2026 7:00", "es-ES", D(2026, 12, 1), T(7, 0)),
        ("28/02/2027", "es-ES", D(2027, 2, 28), None),
        ("12/1/2026", "en-US", D(2026, 12, 1), None),
        ("2/28/2027", "en-US", D(2027, 2, 28), None),
        # day first outside US English
        ("1/12/2026", "es-ES", D(2026, 12, 1), None),
        ("1/12/26", "es-ES", D(2026, 12, 1), None),
        ("01-12-2026", "es-ES", D(2026, 12, 1), None),
        ("01.12.2026", "es-ES", D(2026, 12, 1), None),
        ("1/12", "es-ES", D(2026, 12, 1), None),
        ("15/1", "es-ES", D(2027, 1, 15), None),  # no year: the next 15 January
        ("12/1/26 19:30", "en-US", D(2026, 12, 1), T(19, 30)),
        ("28/02/2027", "en-US", D(2027, 2, 28), None),  # impossible as m/d: the other way round
        # month names, either language, whatever the interface
        ("1 dic 2026 7:00", "es-ES", D(2026, 12, 1), T(7, 0)),
        ("1 dic 2026 7:00", "en-US", D(2026, 12, 1), T(7, 0)),
        ("1 dic. 2026, 7:00", "es-ES", D(2026, 12, 1), T(7, 0)),
        ("1 de diciembre de 2026", "es-ES", D(2026, 12, 1), None),
        ("1 de diciembre de 2026 a las 19:30", "es-ES", D(2026, 12, 1), T(19, 30)),
        ("martes, 1 de diciembre de 2026", "es-ES", D(2026, 12, 1), None),
        ("miércoles 2 de diciembre", "es-ES", D(2026, 12, 2), None),
        ("1 sept 2027", "es-ES", D(2027, 9, 1), None),
        ("1 de setiembre de 2027", "es-ES", D(2027, 9, 1), None),
        ("December 1, 2026", "en-US", D(2026, 12, 1), None),
        ("Dec 1 2026 7 pm", "en-US", D(2026, 12, 1), T(19, 0)),
        ("Tuesday, December 1, 2026 at 7:30 PM", "en-US", D(2026, 12, 1), T(19, 30)),
        ("1st December 2026", "en-US", D(2026, 12, 1), None),
        ("1 DIC 2026 19h", "es-ES", D(2026, 12, 1), T(19, 0)),
        ("1 dic 2026 7:30 p. m.", "es-ES", D(2026, 12, 1), T(19, 30)),
        ("1 dic 2026 12 am", "en-US", D(2026, 12, 1), T(0, 0)),
        # ISO
        ("2026-12-01", "en-US", D(2026, 12, 1), None),
        ("2026-12-01 07:00", "es-ES", D(2026, 12, 1), T(7, 0)),
        ("2026/12/01", "es-ES", D(2026, 12, 1), None),
        # words
        ("hoy", "es-ES", TODAY, None),
        ("mañana 9:00", "es-ES", D(2026, 11, 25), T(9, 0)),
        ("tomorrow", "en-US", D(2026, 11, 25), None),
    ],
)
def test_dates_as_people_type_them(typed: str, ui: str, day: date, clock: time | None) -> None:
    assert when(typed, ui) == Exact(When(day, clock))


@pytest.mark.parametrize(
    ("typed", "clock"),
    [("7:00", T(7, 0)), ("19:30", T(19, 30)), ("7 pm", T(19, 0)), ("7pm", T(19, 0)), ("19h", T(19, 0))],
)
@pytest.mark.parametrize("ui", UIS)
def test_a_time_alone_keeps_the_day(ui: str, typed: str, clock: time) -> None:
    assert when(typed, ui) == Exact(When(None, clock))


def test_an_iso_moment_with_its_offset_is_that_moment() -> None:
    result = when("2026-12-01T07:00:00+01:00", "en-US")
    assert isinstance(result, Exact) and result.value.instant is not None
    moment = resolve_when(result.value, None, "America/Mexico_City")
    assert moment == datetime(2026, 12, 1, 6, 0, tzinfo=UTC)
    assert not isinstance(moment, Invalid) and moment.hour == 0  # as Mexico City reads it


@pytest.mark.parametrize(
    ("typed", "ui", "code", "detail"),
    [
        ("31/02/2027", "es-ES", "no_day", {"day": "31", "month": "2", "year": "2027", "days": "28"}),
        ("2/30/2027", "en-US", "no_day", {"day": "30", "month": "2", "year": "2027", "days": "28"}),
        ("29/02/2027", "es-ES", "no_day", {"day": "29", "month": "2", "year": "2027", "days": "28"}),
        ("31 nov 2026", "es-ES", "no_day", {"day": "31", "month": "11", "year": "2026", "days": "30"}),
        ("13/13/2026", "es-ES", "no_month", {"month": "13"}),
        ("1/12/202", "es-ES", "no_year", {"text": "202"}),
        ("diciembre de 2026", "es-ES", "no_day_given", {}),
        ("1 dic 2026 25:00", "es-ES", "no_time", {"text": "25:00"}),
        ("1 dic 2026 13 pm", "en-US", "no_time", {"text": "13 pm"}),
        ("lunes, 1 de diciembre de 2026", "es-ES", "weekday", {"date": "2026-12-01", "weekday": "1"}),
        ("el próximo lunes", "es-ES", "not_a_date", {"text": "el próximo lunes"}),
        ("1 dicembre", "es-ES", "not_a_date", {"text": "1 dicembre"}),
    ],
)
def test_impossible_dates_are_refused_with_what_is_wrong(
    typed: str, ui: str, code: str, detail: dict[str, str]
) -> None:
    assert when(typed, ui) == Invalid(code, detail)


def test_a_wall_time_the_zone_skips_is_refused_and_one_it_has_is_kept() -> None:
    madrid = "Europe/Madrid"
    skipped = resolve_when(When(D(2026, 3, 29), T(2, 30)), None, madrid)
    assert skipped == Invalid("skipped_time", {"time": "02:30", "zone": madrid})
    current = datetime(2026, 11, 30, 23, 59, tzinfo=ZoneInfo(madrid))
    kept = resolve_when(When(D(2026, 12, 1), None), current, madrid)
    assert kept == datetime(2026, 12, 1, 23, 59, tzinfo=ZoneInfo(madrid))  # the field's time stays
    moved = resolve_when(When(None, T(7, 0)), current, madrid)
    assert moved == datetime(2026, 11, 30, 7, 0, tzinfo=ZoneInfo(madrid))  # the field's day stays
    assert offer_days(datetime(2026, 11, 27, 7, tzinfo=UTC), current, madrid) == 4


# -- dates: properties ---------------------------------------------------------------------------------

moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31)).map(
    lambda m: m.replace(microsecond=0)
)


@settings(max_examples=300, deadline=None)
@given(moment=moments, ui=st.sampled_from(UIS), locale=st.sampled_from(CAMPAIGN_LOCALES))
def test_a_moment_as_the_field_shows_it_reads_back_as_itself(moment: datetime, ui: str, locale: str) -> None:
    shown = show_when(moment, ui)
    assert when(shown, ui, (locale,)) == Exact(When(moment.date(), moment.time())), shown


@settings(max_examples=300, deadline=None)
@given(
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    locale=st.sampled_from(CAMPAIGN_LOCALES),
    style=st.sampled_from(("medium", "long", "full")),
    ui=st.sampled_from(UIS),
)
def test_a_date_as_babel_writes_it_in_a_campaign_locale_reads_back(
    day: date, locale: str, style: str, ui: str
) -> None:
    from babel.dates import format_date

    written = format_date(day, style, locale=locale.replace("-", "_"))
    assert when(written, ui, (locale,)) == Exact(When(day, None)), written


@settings(max_examples=500, deadline=None)
@given(typed=st.text(alphabet="0123456789/.-: apmdic", min_size=1, max_size=18), ui=st.sampled_from(UIS))
def test_any_typed_date_is_a_real_day_or_refused(typed: str, ui: str) -> None:
    result = when(typed, ui)
    assert isinstance(result, Exact | Invalid | Blank)
    if isinstance(result, Exact) and result.value.day is not None:
        day = result.value.day
        numbers = [int(n) for n in re.findall(r"\d+", typed)]
        assert day.day in numbers  # the day typed, never one computed by overflow (31/02 → 3 March)
