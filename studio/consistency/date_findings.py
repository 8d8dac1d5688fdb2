"""Dates and claims of time a variant states, against the offer window: a date that is not the
sheet's (or does not exist, or has the wrong weekday), "solo hoy" on an offer of a month, and the
sheet's date written the way the variant wrote its own (for fixes)."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import regex

from studio import compiled
from studio.consistency.claims import Claim, find_claims, named_month
from studio.consistency.clock import Clock, ClockClaim, clock_claim_wrong, clock_claims, offer_words
from studio.consistency.config import ConsistencyConfig, say, what_of
from studio.consistency.date_resolution import is_impossible
from studio.consistency.ending import stretch_holds
from studio.consistency.facts import DateValue, Fact, FactKind
from studio.consistency.offer_phase import phase_claims, phase_wrong
from studio.consistency.only_today import names_today, only_today_wrong
from studio.consistency.period_left import span_longer
from studio.consistency.relative_days import (
    one_day_seen_before,
    reading_today,
    relative_day_claims,
    relative_day_wrong,
    the_next_one,
    whole_weekend_wrong,
)
from studio.consistency.sheet import Seen, Sheet, date_matches, quoted, span_of
from studio.consistency.time_left import have_left_wrong, reader_has_it, weeks_left_wrong
from studio.consistency.time_named import counts_to_start
from studio.consistency.urgency import start_claim_wrong
from studio.consistency.working_days import working_days_wrong
from studio.model.campaign import Campaign
from studio.model.finding import Category, Finding, Fix
from studio.model.variant import Variant
from studio.render.formatting import format_when


def date_issue(
    fact: Fact, sheet: Sheet, campaign: Campaign, locale: str, lang: str
) -> tuple[str, str] | None:
    """("date" | "conflict" | "weekday", message) for a stated date that is not the sheet's, or None.

    A date that does not exist is a "date" finding; the start of a range must be the offer's
    start and its end (or a date after "hasta"/"until") the offer's end; any other date either.
    """
    value: DateValue = fact.value
    stated = quoted(fact)
    if value.settled:  # "lunes 30", "hasta fin de mes": say which day it was read as
        stated += f" ({_shown_day(value, sheet, 'es-ES' if lang == 'es' else 'en-US')})"
    if value.month > 12:  # "17/13": no such month
        return "date", say("no_month", lang, month=value.month, stated=stated)
    if is_impossible(value, sheet.start, sheet.end):
        from babel.dates import get_month_names

        year = value.year or (sheet.end.year if value.month == sheet.end.month else sheet.start.year)
        length = calendar.monthrange(year, value.month)[1]
        month = str(get_month_names("wide", locale=lang)[value.month])
        return "date", say("date", lang, month=month, days=length, stated=stated)
    targets = {"start": ("valid_from",), "end": ("valid_until",)}.get(
        value.role or "", ("valid_from", "valid_until")
    )
    days = {"valid_from": sheet.start, "valid_until": sheet.end}
    matched = [days[name] for name in targets if date_matches(value, days[name])]
    if value.role == "within":  # a listed day ("sábado 28 y domingo 29") may be any day of the offer
        matched += [d for d in _as_dates(value, sheet) if sheet.start <= d <= sheet.end]
    if not matched:
        what = what_of(targets[0] if len(targets) == 1 else "date", lang)
        shown = " – ".join(sheet.said(name, locale, lang) for name in targets)
        return "conflict", say("conflict", lang, what_cap=what.capitalize(), stated=stated, value=shown)
    return _weekday_issue(value, matched[0], stated, campaign, lang)


def _weekday_issue(
    value: DateValue, day: date, stated: str, campaign: Campaign, lang: str
) -> tuple[str, str] | None:
    if value.weekday is None or day.weekday() == value.weekday:
        return None
    from studio.render.formatting import format_weekday

    actual = format_weekday(
        datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(campaign.timezone)),
        "es-ES" if lang == "es" else "en-US",
        campaign.timezone,
    )
    return "weekday", say("weekday", lang, day=day.day, weekday=actual, stated=stated)


def own_weekday_issue(fact: Fact, sheet: Sheet, campaign: Campaign, lang: str) -> tuple[str, str] | None:
    """A date that is not the offer's ("el sábado 10 de abril", a tasting): only its weekday can
    be wrong (or the date not exist: then it is a "date" finding as any other)."""
    value: DateValue = fact.value
    if value.settled and not any(ch.isdigit() for ch in fact.text):
        return None  # "until Thursday" of something else: no day written, no weekday to be wrong
    if is_impossible(value, sheet.start, sheet.end):
        return date_issue(fact, sheet, campaign, "es-ES" if lang == "es" else "en-US", lang)
    days = _as_dates(value, sheet) if value.month and value.day else []
    if not days:
        return None
    near = min(days, key=lambda d: min(abs((d - sheet.start).days), abs((d - sheet.end).days)))
    return _weekday_issue(value, near, quoted(fact), campaign, lang)


def _as_dates(value: DateValue, sheet: Sheet) -> list[date]:
    if not 1 <= value.month <= 12:
        return []
    years = {value.year} if value.year else {sheet.start.year, sheet.end.year}
    return [
        date(y, value.month, value.day)
        for y in sorted(years)
        if value.day <= calendar.monthrange(y, value.month)[1]
    ]


def states_wrong_date(name: str, seen: Sequence[Seen], sheet: Sheet) -> bool:
    """Whether the variant states another start (``valid_from``) or end (``valid_until``) date."""
    if name not in ("valid_from", "valid_until"):
        return False
    role = "start" if name == "valid_from" else "end"
    day = sheet.start if name == "valid_from" else sheet.end
    return any(
        s.fact.kind is FactKind.DATE
        and s.fact.value.role in (role, None)
        and not date_matches(s.fact.value, day)
        and (
            s.fact.value.role == role
            or not date_matches(s.fact.value, sheet.start if role == "end" else sheet.end)
        )
        for s in seen
    )


def _shown_day(value: DateValue, sheet: Sheet, locale: str) -> str:
    from babel.dates import format_skeleton

    from studio.render.formatting import babel_locale

    year = value.year or sheet.end.year
    if value.day > calendar.monthrange(year, value.month)[1]:
        return str(value)
    return str(format_skeleton("MMMMd", date(year, value.month, value.day), locale=babel_locale(locale)))


#: how much longer than a claim ("solo esta semana") the offer may run before the claim is wrong
RELATIVE_TIME_SLACK = 1.5


def claim_contradicts(
    measure: str, days: float, window: float, calendar_days: int, first: date, last: date, left: float
) -> bool:
    """Whether a claim about the offer's length contradicts its window.

    Calendar claims ("solo hoy", "solo este fin de semana") hold when the offer touches no more
    calendar days than they name; a running time ("24 horas") when the offer lasts no longer
    (an hour's rounding allowed); "esta semana" when the offer stays within one Monday-to-Sunday
    week; "últimos días" while the offer runs, when at most a week of it is ``left`` and no less
    of it has gone (see :func:`_near_the_end`); "quedan 3 días" when no more than that is ``left``
    (give or take a day, or half the time claimed if less);
    "todo el mes" when the offer lasts at least half the period.
    """
    if measure == "calendar":
        return calendar_days > days
    if measure == "week":  # Monday to Sunday, as ISO and CLDR's Spanish, Portuguese and English (EU) weeks
        return first.isocalendar()[:2] != last.isocalendar()[:2]
    if measure == "hours":
        return window * 24 > days * 24 + 1
    if measure == "long":  # "todo el mes": half of it at least; "toda la semana": a working week
        return window < days / 2 or span_longer(days, calendar_days)
    if measure in ("end", "last_week"):
        return not _near_the_end(days, window, left)
    if measure == "stretch":  # ending.py: "recta final", the last third of the window
        return not stretch_holds(days, window, left)
    if measure == "month_end":  # "el resto del mes": the offer ends on the month's last day
        return last.day != calendar.monthrange(last.year, last.month)[1]
    if measure == "week_end":  # "lo que queda de la semana": the offer ends on a Sunday
        return last.weekday() != 6
    if measure == "ahead":  # "toda la semana que viene": the offer runs at least that much longer
        return left < days
    if measure in ("left_weeks", "have_left"):  # time_left.py: "faltan dos semanas", "aún tienes la semana"
        return weeks_left_wrong(days, left) if measure == "left_weeks" else have_left_wrong(days, left)
    if measure == "left_count" and left < days - max(1.0, days / 2):
        return True  # "quedan dos semanas" with two days to run: much less is left than counted
    if measure in (
        "left",
        "left_count",
    ):  # "quedan 3 días": so much is left at the clock (the whole window before it starts)
        return not 0 <= left <= days + min(1.0, max(1 / 24, days / 2))
    return window > days * RELATIVE_TIME_SLACK


def last_week_wrong(clock: Clock, days: float, window: float, left: float) -> bool:
    """Whether "última semana" / "final week" is false at the clock: true in the last 7 days (see
    :func:`_near_the_end`) and also when the offer ends within a week of today's date, the rest of
    today on top ("Última semana" on Sunday evening for an offer ending next Sunday: the coming
    Monday-to-Sunday week is its last calendar week), once at least as much of it has gone."""
    if _near_the_end(days, window, left):
        return False
    elapsed = window - left
    return not (clock.started and 0 <= (clock.end - clock.today).days <= days and 0 <= left <= elapsed + 1)


def _near_the_end(days: float, window: float, left: float) -> bool:
    """Whether "últimos días" / "last hours" is true with ``left`` days of the offer to run (the
    whole ``window`` before it starts): for a claim of days, the offer has started, at most ``days``
    of it are left and at least as much of it has gone (day one of a week is not its last days)."""
    if days <= 1:  # "últimas horas": a one-day offer is in its last hours all day
        return window <= days or 0 <= left <= days
    elapsed = window - left
    return elapsed > 0 and 0 <= left <= days and left <= elapsed


@dataclass(frozen=True)
class _Window:
    """What the claims of one run are held against: the offer window, the sheet and the clock."""

    campaign: Campaign
    sheet: Sheet
    now: datetime
    clock: Clock

    @property
    def window(self) -> float:
        offer = self.campaign.offer
        return (offer.valid_until - offer.valid_from).total_seconds() / 86400

    @property
    def left(self) -> float:
        """Days of the offer still to run when it has started (negative once it ended, > window before)."""
        offer = self.campaign.offer
        return (offer.valid_until - max(self.now, offer.valid_from)).total_seconds() / 86400

    @property
    def calendar_days(self) -> int:
        return (self.sheet.end - self.sheet.start).days + 1  # days the offer touches, in its time zone

    def claim_wrong(self, claim: Claim, text: str, locale: str) -> bool:
        """Whether a claim of :func:`find_claims` is false for the window at the clock."""
        sheet, offer, language = self.sheet, self.campaign.offer, _lang_of(locale)
        month = named_month(claim, locale)
        offer_months = {(sheet.start + timedelta(days=d)).month for d in range(self.calendar_days)}
        if month is not None and month not in offer_months:
            # "Tienes todo marzo" on a May offer; "Durante todo mayo nos escribieron": another month
            return reader_has_it(text, claim.start, claim.end, language)
        if month is not None and _month_share(sheet, month) < NAMED_MONTH_SHARE:
            return True  # "Todo marzo" on an offer of half of it
        if (
            claim.measure == "long"
            and claim.days == WHOLE_WEEKEND
            and _WEEKEND_WORD.search(claim.text)
            and _of_the_offer(text, claim)
        ):
            # "todo el finde (que viene)": the window holds that weekend's Saturday and Sunday
            return whole_weekend_wrong(self.clock, the_next_one(text, claim.end))
        if claim.measure == "calendar" and claim.days == 1.0 and names_today(claim.text, language):
            return only_today_wrong(self.clock.today, self.clock.start, self.clock.end)  # "Só hoje"
        if claim.measure.startswith(("starts_", "from_", "ends_")):  # urgency.py: "Empieza hoy"
            return start_claim_wrong(
                claim.measure, self.now, offer.valid_from, offer.valid_until, self.campaign.timezone
            )
        if claim.measure == "last_week":  # "Última semana": the last calendar week or 7 days
            return last_week_wrong(self.clock, claim.days, self.window, self.left)
        if claim.measure == "left_workdays":  # "quedan cinco días hábiles": Monday to Friday
            return working_days_wrong(claim.days, self.clock, locale)
        if claim.measure in ("left", "left_count") and counts_to_start(
            claim.days, (offer.valid_from - self.now).total_seconds() / 86400, text, locale
        ):
            return False  # "Three days to go. It starts Monday": a countdown to the start (time_named.py)
        return claim_contradicts(
            claim.measure, claim.days, self.window, self.calendar_days, sheet.start, sheet.end, self.left
        )

    def phase_wrong(self, found: ClockClaim) -> bool:
        """Whether a claim of :mod:`studio.consistency.offer_phase` is false at the clock."""
        offer = self.campaign.offer
        wrong = phase_wrong(
            found.measure, self.now, offer.valid_from, offer.valid_until, self.campaign.timezone
        )
        return self.clock_wrong(found) if wrong is None else wrong

    def clock_wrong(self, found: ClockClaim) -> bool:
        """Whether a claim of :mod:`studio.consistency.clock` is false at the clock."""
        if found.measure.startswith("clock_"):
            return clock_claim_wrong(found.measure, self.clock)
        offer = self.campaign.offer
        if found.measure.startswith(("starts_", "from_", "ends_")):
            return start_claim_wrong(
                found.measure, self.now, offer.valid_from, offer.valid_until, self.campaign.timezone
            )
        if found.measure == "end" and found.days == 7.0:  # clock.py: "ya es la última semana"
            return last_week_wrong(self.clock, found.days, self.window, self.left)
        sheet = self.sheet
        return claim_contradicts(
            found.measure, found.days, self.window, self.calendar_days, sheet.start, sheet.end, self.left
        )


def relative_time_findings(
    campaign: Campaign,
    sheet: Sheet,
    variants: Iterable[tuple[Variant, list[Seen]]],
    config: ConsistencyConfig,
    lang: str,
    now: datetime,
) -> list[Finding]:
    """Claims like "solo hoy", "solo esta semana", "últimos días", "48h" on an offer that runs much longer."""
    offer = campaign.offer
    clock = Clock.of(now, offer.valid_from, offer.valid_until, campaign.timezone)
    held_to = _Window(campaign, sheet, now, clock)
    out: list[Finding] = []
    for variant, _ in variants:
        days_named = {
            name: relative_day_claims(text, variant.locale) for name, text in variant.fields.items()
        }
        # the day the copy is read (relative_days.py): a one-day offer's own day unless the copy dates
        # itself to the clock ("Mañana jueves 21 …" the day before); then "solo hoy" is false
        day_clock = Clock(reading_today(clock, days_named.values()), clock.start, clock.end)
        for name, text in variant.fields.items():
            wrong = _wrong_spans(held_to, variant, text, days_named[name], day_clock)
            out.extend(_relative_finding(sheet, config, lang, variant, name, text, *span) for span in wrong)
    return out


def _wrong_spans(
    held_to: _Window, variant: Variant, text: str, named: Sequence[ClockClaim], day_clock: Clock
) -> list[tuple[int, int]]:
    """The spans of ``text`` whose claims of time are false (the claim patterns, then the clock's
    claims and the days named from the reading day where no earlier reading holds them)."""
    language = _lang_of(variant.locale)
    before_its_day = one_day_seen_before(day_clock)  # "solo hoy" in copy dated the day before
    claims = find_claims(text, variant.locale)
    wrong = [
        (c.start, c.end)
        for c in claims
        if (before_its_day and _of_today(c.measure, c.days, c.text, language))
        or held_to.claim_wrong(c, text, variant.locale)
    ]
    held: list[tuple[int, int]] = [(c.start, c.end) for c in claims]
    weekdays_dated: set[int] | None = None
    words = _sheet_words(held_to.campaign, variant.locale)
    for found in clock_claims(text, language, words):
        if any(found.start < b and a < found.end for a, b in held):
            continue  # read by the claim patterns: held there
        held.append((found.start, found.end))
        if found.measure.startswith("clock_ends_on:"):
            weekdays_dated = _weekdays_dated(variant) if weekdays_dated is None else weekdays_dated
            if int(found.measure.rpartition(":")[2]) in weekdays_dated:
                continue  # "Join by Sunday, Jan. 31 … ends Sunday": the date checks hold that Sunday
        said = text[found.start : found.end]
        if (before_its_day and _of_today(found.measure, found.days, said, language)) or held_to.clock_wrong(
            found
        ):
            wrong.append((found.start, found.end))
    for found in phase_claims(text, language, words):  # offer_phase.py: "Arranca la Semana del Niño"
        # a weekend on a window with no weekend day, or an end this weekend of an offer ending before
        # it, is false whatever else read it ("This weekend:", "Este finde se acaba")
        if found.measure not in ("weekend", "ends_this_weekend") and any(
            found.start < b and a < found.end for a, b in held
        ):
            continue
        held.append((found.start, found.end))
        if held_to.phase_wrong(found) and not any(found.start < b and a < found.end for a, b in wrong):
            wrong.append((found.start, found.end))
    wrong += [
        (found.start, found.end)
        for found in named  # relative_days.py: "Ayer empezó", "Mañana domingo 18"
        if not any(found.start < b and a < found.end for a, b in held)
        and relative_day_wrong(found.measure, day_clock)
    ]
    return wrong


def _relative_finding(
    sheet: Sheet,
    config: ConsistencyConfig,
    lang: str,
    variant: Variant,
    name: str,
    text: str,
    start: int,
    end: int,
) -> Finding:
    stated = text[start:end]
    message = say(
        "relative_time",
        lang,
        stated=f"«{stated}»",
        days=(sheet.end - sheet.start).days + 1,
        start=sheet.said("valid_from", variant.locale, lang),
        end=sheet.said("valid_until", variant.locale, lang),
    )
    return Finding(
        rule="Consistency.RelativeTime",
        category=Category.CONSISTENCY,
        severity=config.level("relative_time"),
        message=message,
        channel=variant.channel.value,
        locale=variant.locale,
        field=name,
        span=span_of(text, start, end),
        match=stated,
    )


#: the share of a named month an offer must cover for "todo marzo" to hold
NAMED_MONTH_SHARE = 0.75


def _month_share(sheet: Sheet, month: int) -> float:
    """The share of the named ``month`` (in the offer's years) the offer's days cover."""
    year = sheet.start.year if sheet.start.month <= month else sheet.end.year
    length = calendar.monthrange(year, month)[1]
    first, last = max(sheet.start, date(year, month, 1)), min(sheet.end, date(year, month, length))
    return max(0, (last - first).days + 1) / length


def _weekdays_dated(variant: Variant) -> set[int]:
    """The weekdays the variant writes with a date ("Sunday, Jan. 31", "dom 18/04")."""
    from studio.consistency.dates import find_dates

    return {
        value.weekday
        for text in variant.fields.values()
        for value, _, _ in find_dates(text, variant.locale)
        if value.weekday is not None and value.day
    }


#: the days of a whole-weekend claim ("todo el fin de semana", claims.py)
WHOLE_WEEKEND = 2.0
_WEEKEND_WORD = compiled.pattern(r"fin\s+de\s+semana|finde|fim\s+de\s+semana|fds|weekend|wknd|wkend", regex.I)


def _of_the_offer(text: str, claim: Claim) -> bool:
    """Whether the claim's sentence names the offer (a figure, an offer word, a code word)."""
    from studio.consistency.urgency import _OFFER_IN_SENTENCE

    left = max(text.rfind(ch, 0, claim.start) for ch in ".!?\n")
    rights = [i for i in (text.find(ch, claim.end) for ch in ".!?\n") if i >= 0]
    return bool(_OFFER_IN_SENTENCE.search(text[left + 1 : min(rights) if rights else len(text)]))


def _of_today(measure: str, days: float, said: str, language: str) -> bool:
    """Whether a claim says the offer runs or ends today, or is in its last hours ("solo hoy", "se
    acaba hoy", "últimas horas", "último día"): false the day before a one-day offer."""
    if measure == "calendar" and days == 1.0:
        return names_today(said, language)
    # "left" of a day: "último día" (urgency.py, clock.py), "quedan pocas horas" (clock.py)
    return measure in ("ends_today", "clock_ends_today", "clock_runs_today") or (
        measure in ("end", "left") and days <= 1.0
    )


def _lang_of(locale: str) -> str:
    return locale.split("-")[0].lower()


def _sheet_words(campaign: Campaign, locale: str) -> frozenset[str]:
    content = campaign.locales.get(locale)
    if content is None:
        return frozenset()
    message = content.message
    # the headline and the short copy (not the body: a keystroke there must not re-read every variant)
    return offer_words(message.headline, message.short)


def date_fix(campaign: Campaign, sheet: Sheet, fact: Fact, locale: str, write: Callable[..., Fix]) -> Fix:
    """Write the sheet's date over the stated one: safe when the words state a whole date, unsafe
    when the text left the month out or the date is one end of a range (the words around it may
    need another touch)."""
    value: DateValue = fact.value
    return write(_date_as_written(campaign, sheet, fact, locale), not value.settled and value.role is None)


def _date_as_written(campaign: Campaign, sheet: Sheet, fact: Fact, locale: str) -> str:
    """The sheet's date nearest the stated one, in the locale's format and the stated style
    (numeric, day and month, with the weekday)."""
    value: DateValue = fact.value
    year = value.year or sheet.end.year
    try:
        stated = date(year, value.month, value.day)
    except (ValueError, TypeError):
        stated = sheet.end
    offer = campaign.offer
    if value.role in ("start", "end"):
        moment = offer.valid_from if value.role == "start" else offer.valid_until
    else:
        moment = (
            offer.valid_from if abs(stated - sheet.start) < abs(stated - sheet.end) else offer.valid_until
        )
    if not any(ch.isalpha() for ch in fact.text):
        style = "numeric"
    elif value.weekday is not None:
        style = "weekday_day_month"
    else:
        style = "day_month"
    return format_when(moment, style, locale, campaign.timezone)
