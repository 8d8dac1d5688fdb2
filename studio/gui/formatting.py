"""Dates and times as the interface locale writes them."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: datetime) -> QDateTime:
    """``moment`` in the machine's time zone."""
    local = moment.astimezone()
    return QDateTime(qdate(local.date()), QTime(local.hour, local.minute, local.second))


def _day(moment: datetime, zone: str | None) -> date:
    """The calendar day of ``moment`` in ``zone`` (a campaign's dates are read where it runs)."""
    from zoneinfo import ZoneInfo

    return (moment.astimezone(ZoneInfo(zone)) if zone else moment.astimezone()).date()


def short_date(moment: datetime, zone: str | None = None) -> str:
    return QLocale().toString(qdate(_day(moment, zone)), QLocale.FormatType.ShortFormat)


def long_date(moment: datetime, zone: str | None = None) -> str:
    return QLocale().toString(qdate(_day(moment, zone)), QLocale.FormatType.LongFormat)


def short_datetime(moment: datetime) -> str:
    return QLocale().toString(qdatetime(moment), QLocale.FormatType.ShortFormat)


def changed_label(moment: datetime) -> str:
    """When a campaign last changed, short enough to leave the campaign list's room to the names:
    the time for today, else the day (the whole moment in the cell's tooltip)."""
    from studio import clock

    local = moment.astimezone()
    if local.date() == clock.now().astimezone().date():
        return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return QLocale().toString(qdate(local.date()), QLocale.FormatType.ShortFormat)
