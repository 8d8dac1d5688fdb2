"""Days named from the reading day: "hoy", "mañana", "ayer" with the day they stand for, and the
offer said to have started on one of them.

What is true depends on the day the copy is read (the check's clock, see
:func:`reading_today`), not on how long the offer lasts:

- a day word with its date or weekday in apposition ("Hoy, jueves 21 de octubre", "Mañana domingo
  18/4", "Starting tomorrow, Monday, March 1", "amanhã, segunda 12/7", "Hoy jue"): the date (or the
  weekday) must be the reading day's, the next day's, the day before's — "Mañana domingo 18 de abril"
  read on Sunday 18 names today as tomorrow (measure ``clock_names:<offset>:<month>:<day>:<weekday>``);
- a day word set apart at the head of a sentence that names the offer ("Hoy, solo por un día: la
  carpa a $2,450", "Tomorrow: 20% off"): the offer runs that day (``clock_runs_on:<offset>``);
- the offer said to have started on one of them ("Ayer empezó la promo", "Arrancó ayer", "começou
  hoje", "comecou hoje", "started yesterday", "desde ayer, 30 %"): it started that many days before
  the reading day (``clock_started_ago:<n>``), so "arrancó ayer" on the first day, or "empezó ayer"
  on the last day of a two-week offer, is false;
- "todo el fin de semana", "o fim de semana inteiro", "all weekend long" said of the offer
  (:func:`whole_weekend_wrong`): the window holds that weekend's Saturday and Sunday — its first
  weekend from the reading day, or the next one for "el finde que viene".

A start is the offer's when its sentence names the offer (a figure, an offer word) or it stands alone
at the head of its clause, and no other subject follows ("ayer empezó el invierno"); "la mañana"
(the morning) is no tomorrow.

When is the copy read? At the clock, except a one-day offer seen before its day: copy about a
single day is read on that day ("Solo hoy martes 10", a poster, a draft), unless its own day words
date it to the clock ("Mañana jueves 21 es el día…" sent on the 20th, or the offer's day named as a
coming one: "Este sábado 16 …", which no one writes on that Saturday); then "solo hoy", "Hoy, solo
por un día", "últimas horas" in it are false.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from studio import compiled
from studio.consistency.clock import DRAFTED_AHEAD, Clock, ClockClaim

if TYPE_CHECKING:
    from studio.consistency.facts import DateValue

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: day words and their offset from the reading day
_DAYS = {
    "es": {"hoy": 0, "esta noche": 0, "mañana": 1, "manana": 1, "pasado mañana": 2, "pasado manana": 2,
           "ayer": -1, "anteayer": -2, "antier": -2, "antes de ayer": -2},
    "pt": {"hoje": 0, "esta noite": 0, "amanhã": 1, "amanha": 1, "depois de amanhã": 2,
           "depois de amanha": 2, "ontem": -1, "anteontem": -2},
    "en": {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "the day after tomorrow": 2,
           "the day before yesterday": -2},
}  # fmt: skip
#: verbs of the offer having started (past tense, accents often dropped)
_STARTED = {
    "es": (
        r"empez[oó]|comenz[oó]|arranc[oó]|inici[oó]|se\s+inici[oó]|larg[oó]|empezamos|comenzamos|arrancamos|"
        r"lanzamos|se\s+lanz[oó]|se\s+activ[oó]|entr[oó]\s+en\s+vigor"
    ),
    "pt": r"come[çc]ou|iniciou|come[çc]amos|lan[çc]amos|entrou\s+no\s+ar|entrou\s+em\s+vigor",
    "en": r"started|began|kicked\s+off|launched|went\s+live|got\s+going",
}
#: "since": the offer runs since that day ("desde ayer", "since yesterday")
_SINCE = {"es": r"desde", "pt": r"desde", "en": r"since"}
#: "la mañana", "esta mañana", "por la mañana": the morning, not tomorrow
_MORNING = compiled.pattern(r"\b(?:la|esta|cada|una|toda|de|por|na|da|pela|esta)\s+\Z", _FLAGS)
_NEGATED = compiled.pattern(r"(?:\bno|\bnot|\bnão|\bnao|\bnunca|\bnever|\bni)\s+(?:\p{L}+\s+)?\Z", _FLAGS)
#: between a day word and its date: a comma, a colon, a dash, "el", "the"
_APPOSED = compiled.pattern(r"[^\S\n]*[,:–—-]?[^\S\n]*(?:(?:el|the|o|este|this)[^\S\n]+)?")
_TRIGGER = compiled.pattern(
    r"hoy|ma[ñn]ana|ayer|antier|noche|hoje|amanh|ontem|noite|today|tonight|tomorrow|yesterday", _FLAGS
)


def _alt(words: list[str]) -> str:
    return "|".join(
        sorted((regex.escape(w).replace(r"\ ", r"\s+") for w in words), key=lambda w: (-len(w), w))
    )


@lru_cache(maxsize=8)
def _shapes(language: str) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    from studio.consistency.dates import _wide_days
    from studio.consistency.urgency import unaccented

    days, started = _alt(list(_DAYS[language])), _STARTED[language]
    wide = {w for name in _wide_days(language) for w in (name, unaccented(name))}
    return (
        compiled.pattern(rf"(?<!\w)(?P<day>{days})(?!\w)", _FLAGS),
        compiled.pattern(
            rf"(?<!\w)(?:(?:ya|j[aá]|already)\s+)?(?:(?:{started})\s+(?P<a>{days})|(?P<b>{days})\s*,?\s+(?:ya\s+|j[aá]\s+)?"
            rf"(?:{started})|(?:{_SINCE[language]})\s+(?P<c>{days}))(?!\w)",
            _FLAGS,
        ),
        compiled.pattern(rf"(?P<wd>{_alt(sorted(wide))})(?!\w)", _FLAGS),
    )


@lru_cache(maxsize=2048)
def relative_day_claims(text: str, locale: str) -> tuple[ClockClaim, ...]:
    """The claims of the module docstring in ``text`` (Spanish, Portuguese, English); read once per
    text (a keystroke re-reads only the field it changed)."""
    language = locale.split("-")[0].lower()
    if language not in _DAYS:
        return ()
    coming = coming_weekdays(text, language)
    if not _TRIGGER.search(text):
        return coming
    return (*_named_days(text, locale, language), *_started_on(text, language), *coming)


def _offset(word: str, language: str) -> int:
    return _DAYS[language][" ".join(word.casefold().split())]


def _named_days(text: str, locale: str, language: str) -> list[ClockClaim]:
    from studio.consistency.dates import find_dates
    from studio.consistency.restricted import weekday_number

    day_word, _, weekday = _shapes(language)
    out: list[ClockClaim] = []
    found = find_dates(text, locale)
    for m in day_word.finditer(text):
        if _MORNING.search(text, max(0, m.start() - 12), m.start()):
            continue
        at = _APPOSED.match(text, m.end()).end()  # type: ignore[union-attr]  # always matches
        offset = _offset(m.group("day"), language)
        value, end = _date_named(
            found, at, _UNTIL.search(text, max(0, m.start() - 14), m.start()) is not None
        )
        if value is not None and value.month and value.day:
            named = f"{value.month}:{value.day}:{'' if value.weekday is None else value.weekday}"
            out.append(ClockClaim(m.start(), end, 1.0, f"clock_names:{offset}:{named}"))
            continue
        wd = weekday.match(text, at)  # a weekday written out alone: "Hoy jueves", "Mañana domingo"
        if wd is not None and (number := weekday_number(wd.group("wd"), language)) is not None:
            out.append(ClockClaim(m.start(), wd.end(), 1.0, f"clock_names:{offset}:0:0:{number}"))
        elif value is None and _heads_the_offer(text, m.start(), m.end()):
            out.append(ClockClaim(m.start(), m.end(), 1.0, f"clock_runs_on:{offset}"))
    return out


#: "hasta mañana: del 9 al 10", "until tomorrow, Mar 4-5": the day word is a range's last day
_UNTIL = compiled.pattern(r"\b(?:hasta|at[eé]|until|till|through|thru)[^\S\n]+\Z", _FLAGS)


def _date_named(
    found: Sequence[tuple[DateValue, int, int]], at: int, until: bool
) -> tuple[DateValue | None, int]:
    """The date a day word names when a date starts at ``at`` (``None`` when none does) and where
    its span ends. A range there ("mañana: del miércoles 9 al jueves 10", "tomorrow, Mar 4-14") is
    read as its first day, or its last after "hasta"/"until" — not as whichever date was read last."""
    here = [(start, end) for _, start, end in found if start == at]
    if not here:
        return None, at
    stop = max(end for _, end in here)
    inside = sorted((start, end, i) for i, (_, start, end) in enumerate(found) if at <= start < stop)
    first, last = inside[0], inside[-1]
    chosen = last if until else first
    return found[chosen[2]][0], stop


#: a day word set apart at the head of its sentence: "Hoy, …", "Mañana: …", "Today! …"
_SET_APART = compiled.pattern(r"[^\S\n]*[,:!–—]")


def _heads_the_offer(text: str, start: int, end: int) -> bool:
    """Whether a day word opens its sentence set apart ("Hoy, solo por un día: …", "Tomorrow: 20 %
    off") in a sentence that names the offer: the offer runs that day."""
    from studio.consistency.urgency import _OFFER_IN_SENTENCE

    left = max(text.rfind(ch, 0, start) for ch in ".!?¡¿\n")
    apart = _SET_APART.match(text, end)
    if regex.search(r"\p{L}|\d", text[left + 1 : start]) or not apart:
        return False
    # the clause after it: the offer's figure or word, or "only" ("Hoy, solo por un día: …"); not a
    # clause of its own ("Hoje, 9 em cada 10 voltam 💛 …": nowadays)
    clause = regex.split(r"[,:;.!?\n]|\p{So}", text[apart.end() :].lstrip(" ,:;!–—"))[0]
    return bool(_OFFER_IN_SENTENCE.search(clause) or _ONLY_FIRST.match(clause))


_ONLY_FIRST = compiled.pattern(r"[^\S\n]*(?:solo|s[oó]lo|s[oó]|only|just|nom[aá]s|apenas|somente)\b", _FLAGS)


def _started_on(text: str, language: str) -> list[ClockClaim]:
    from studio.consistency.urgency import _other_subject_after, start_of_the_offer

    out: list[ClockClaim] = []
    for m in _shapes(language)[1].finditer(text):
        word = m.group("a") or m.group("b") or m.group("c")
        offset = _offset(word, language)
        if offset > 0 or _NEGATED.search(text, max(0, m.start() - 20), m.start()):
            continue  # "empezó mañana" is no claim; "no empezó ayer"
        if _MORNING.search(text, max(0, m.start() - 12), m.start()) or _other_subject_after(text, m.end()):
            continue  # "ayer empezó el invierno"
        if not (_clause_is_free(text, m.start()) or start_of_the_offer(text, m.start(), m.end())):
            continue
        out.append(ClockClaim(m.start(), m.end(), 1.0, f"clock_started_ago:{-offset}"))
    return out


def _clause_is_free(text: str, start: int) -> bool:
    """Whether nothing but punctuation, emoji or a list's comma-joined clause precedes ``start`` in
    its clause, with the offer's figure or word in its sentence ("25 % off en el curso, comecou
    hoje")."""
    from studio.consistency.urgency import _OFFER_IN_SENTENCE

    left = max(text.rfind(ch, 0, start) for ch in ".!?\n")
    rights = [i for i in (text.find(ch, start) for ch in ".!?\n") if i >= 0]
    sentence = text[left + 1 : min(rights) if rights else len(text)]
    clause = regex.split(r"[,;:]|\p{So}", text[left + 1 : start])[-1]
    return not regex.search(r"\p{L}", clause) and bool(_OFFER_IN_SENTENCE.search(sentence))


def relative_day_wrong(measure: str, clock: Clock) -> bool:
    """Whether a claim of :func:`relative_day_claims` is false at ``clock`` (its ``today`` the
    reading day, see :func:`reading_today`)."""
    kind, _, arg = measure.removeprefix("clock_").partition(":")
    if (clock.start - clock.today).days > DRAFTED_AHEAD:
        return False  # drafted weeks ahead: read when it is sent
    if kind == "started_ago":
        return (clock.today - clock.start).days != int(arg)
    if kind == "runs_on":
        return not clock.start <= clock.today + timedelta(days=int(arg)) <= clock.end
    if kind == "names":
        offset, month, day, weekday = arg.split(":")
        target = clock.today + timedelta(days=int(offset))
        if int(month) and (target.month, target.day) != (int(month), int(day)):
            return True
        return weekday != "" and target.weekday() != int(weekday)
    return False


def _dates_to_clock(measure: str, clock: Clock) -> bool:
    """Whether a claim dates its copy to the clock: a day word that holds there ("Mañana, jueves
    21"), or the offer's weekday named as a coming one ("este sábado") before that day."""
    if measure.startswith("clock_coming:"):
        return clock.today < clock.start and clock.start.weekday() == int(measure.rpartition(":")[2])
    return measure.startswith(("clock_names", "clock_runs_on")) and not relative_day_wrong(measure, clock)


def reading_today(clock: Clock, claims: Iterable[Sequence[ClockClaim]]) -> date:
    """The day a variant is read (see the module docstring): the clock's, except a one-day offer seen
    before its day, read on its day unless the variant's own day words (its ``claims``) hold at the
    clock ("Mañana, jueves 21 de octubre", "Mañana: 30 %" the day before)."""
    if clock.start != clock.end or clock.today >= clock.start:
        return clock.today
    if (clock.start - clock.today).days <= DRAFTED_AHEAD and any(
        _dates_to_clock(c.measure, clock) for field in claims for c in field
    ):
        return clock.today
    return clock.start


#: "este sábado", "this Saturday", "neste sábado": a weekday named as the coming one
_COMING_TRIGGER = compiled.pattern(r"\b(?:este|this|neste|nesta|esta)\s", _FLAGS)


@lru_cache(maxsize=8)
def _coming_shape(language: str) -> regex.Pattern[str]:
    from studio.consistency.dates import _wide_days
    from studio.consistency.urgency import unaccented

    wide = {w for name in _wide_days(language) for w in (name, unaccented(name))}
    return compiled.pattern(
        rf"(?<!\w)(?:este|this(?:\s+coming)?|neste|nesta|esta)\s+(?P<wd>{_alt(sorted(wide))})(?![\w-])",
        _FLAGS,
    )


def coming_weekdays(text: str, language: str) -> tuple[ClockClaim, ...]:
    """ "Este sábado", "this Saturday", "neste sábado" (``clock_coming:<weekday>``): a weekday named as
    a coming one, never false itself; on a one-day offer seen before its day, naming the offer's day
    so dates the copy to the clock (:func:`reading_today`): its "hoy", "solo por hoy" then speak of
    the day before, and are false (said on the day itself, the day is "hoy", not "este sábado")."""
    from studio.consistency.restricted import weekday_number

    if not _COMING_TRIGGER.search(text):
        return ()
    out = []
    for m in _coming_shape(language).finditer(text):
        number = weekday_number(m.group("wd"), language)
        if number is not None:
            out.append(ClockClaim(m.start(), m.end(), 1.0, f"clock_coming:{number}"))
    return tuple(out)


def one_day_seen_before(clock: Clock) -> bool:
    """Whether ``clock`` (its day the reading day) sees a one-day offer before its day: then
    "solo hoy", "se acaba hoy", "últimas horas" are false."""
    return clock.start == clock.end and clock.today < clock.start


#: "que viene", "que vem", "siguiente", "next" after a weekend: the one after this one
_NEXT_AFTER = compiled.pattern(
    r"[^\S\n]+(?:que[^\S\n]+viene|que[^\S\n]+vem|siguiente|seguinte)(?!\w)", _FLAGS
)


def the_next_one(text: str, end: int) -> bool:
    """Whether the period ending at ``end`` is said to be the next one ("todo el finde que viene")."""
    return bool(_NEXT_AFTER.match(text, end))


def whole_weekend_wrong(clock: Clock, next_one: bool) -> bool:
    """Whether "todo el fin de semana" (the offer runs the whole weekend) is false: the window does
    not hold the Saturday and Sunday of the weekend meant — the offer's first (the one at the reading
    day, or at its start when read before it), or for "el que viene" the next one at the reading
    day."""
    if next_one:
        if (clock.start - clock.today).days > DRAFTED_AHEAD:
            return False
        saturdays = clock.next_weekends()
    else:
        ref = max(clock.today, clock.start)
        saturday = ref + timedelta(days=(5 - ref.weekday()) % 7)
        saturdays = [saturday - timedelta(days=7) if ref.weekday() == 6 else saturday]
    return not any(clock.start <= sat and sat + timedelta(days=1) <= clock.end for sat in saturdays)
