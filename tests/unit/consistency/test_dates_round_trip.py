"""Every date the renderer can write, in every supported locale and style, is read back as the same date.

The templates write dates through ``format_when`` (Babel/CLDR); the consistency check reads them
with ``extract_facts``. If the two ever disagree, the studio would report its own copy as wrong.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.consistency.facts import FactKind, extract_facts
from studio.render.formatting import format_when

LOCALES = ("es-ES", "es-MX", "es-AR", "es-CO", "es-US", "en-US", "en-GB", "pt-BR", "pt-PT", "ca-ES")
#: styles that state a day and a month (``time`` states neither; ``short`` is also numeric)
STYLES = ("day_month", "weekday_day_month", "numeric", "short", "medium", "long", "full")
ZONE = "Europe/Madrid"

moments = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2030, 12, 31)).map(
    lambda d: d.replace(hour=12, tzinfo=ZoneInfo(ZONE))
)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("locale", LOCALES)
@settings(max_examples=25, deadline=None)
@given(moment=moments)
def test_every_date_the_renderer_writes_is_read_back(locale: str, style: str, moment: datetime) -> None:
    written = format_when(moment, style, locale, ZONE)
    dates = [f for f in extract_facts(f"Válido hasta el {written}.", locale) if f.kind is FactKind.DATE]
    assert dates, f"{locale} {style}: {written!r} was not read as a date"
    value = dates[-1].value
    assert (value.month, value.day) == (moment.month, moment.day), f"{locale} {style}: {written!r}"
    assert value.year in (None, moment.year), f"{locale} {style}: {written!r}"
    if value.weekday is not None:
        assert value.weekday == moment.weekday(), f"{locale} {style}: {written!r}"


def test_a_range_the_renderer_writes_reads_as_both_ends() -> None:
    start = datetime(2026, 11, 23, 12, tzinfo=ZoneInfo(ZONE))
    end = start + timedelta(days=7)
    for locale in LOCALES:
        text = (
            f"{format_when(start, 'day_month', locale, ZONE)} – {format_when(end, 'day_month', locale, ZONE)}"
        )
        days = {(f.value.month, f.value.day) for f in extract_facts(text, locale) if f.kind is FactKind.DATE}
        assert days == {(11, 23), (11, 30)}, f"{locale}: {text!r}"
