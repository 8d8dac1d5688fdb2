"""Time claims held against the check's clock: what is true at the clock, what the copy asserts.

One model for the claims the other readers leave (:mod:`studio.consistency.claims` and the readers
it gathers): :class:`Clock` computes, from the clock and the offer window, what is true — has the
offer started, how many days since, how much is left, which day it ends, which coming weekday or
weekend that is; each claim read here is a span of the copy with what it asserts (its *measure*:
the offer ends today, runs today, has started, has just started, ends on the coming <weekday> or
the next weekend, is in its last week, has hours left, lasts a weekend or one day, lasts a month)
and :func:`clock_claim_wrong` compares the two. Claims whose measure the older readers already
hold ("left", "end", "calendar", "starts_tomorrow", "starts_today", "starts_on_<n>") are returned
with that measure and compared where those are.

Spanish (every variant: voseo, "finde", "nomás", no accents), Portuguese and English.

What it reads:

- an end today: a span of today ("hoy", "esta noche", "esta tarde", "tonight", "hoje à noite")
  and a verb of closing ("cerramos", "bajamos el telón", "encerra", "closes"), or a deadline said to
  be today ("Tonight's the deadline", "hoy vence el plazo"); not a store's hours ("hoy cerramos a
  las 20", "tonight we close at 9");
- hours left: a vague count of hours after a verb of remaining or an end "in" ("quedan unas
  pocas horas", "se acaba en unas horas", "ends in a few hours"), "horas, no días";
- the offer running today ("hoy es el día de la promo", "hoje é o dia do desconto");
- the offer under way ("ya está en marcha", "já começou", "is now live") or just begun ("apenas
  empieza", "recién arranca", "just launched"; "primer día de la promo" is its first day);
- a start tomorrow or on a weekday whose subject is the offer as the sheet's own message names it
  or an enrolment ("Arranca mañana el curso de cocina", "Matrículas abrem amanhã");
- an end on the coming weekday ("hasta el viernes", "até sexta", "until Friday", no date after) or
  the next weekend ("hasta el próximo fin de semana");
- its last week ("ya es la última semana de la promo", "final week of the sale");
- how long it lasts: "dura lo que un finde", "lasts a weekend", a headline opening on one period
  ("Un finde largo de asado:", "Un único sábado para…", "One day, one deal"), "este puente y ya",
  "solo por un mes".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import regex

from studio import compiled

_FLAGS = regex.IGNORECASE | regex.VERSION1

# -- what is true at the clock ---------------------------------------------------------------------


@dataclass(frozen=True)
class Clock:
    """The clock's day and the offer's first and last days, in the campaign's time zone."""

    today: date
    start: date
    end: date

    @classmethod
    def of(cls, now: datetime, first: datetime, last: datetime, zone: str) -> Clock:
        tz = ZoneInfo(zone)
        return cls(now.astimezone(tz).date(), first.astimezone(tz).date(), last.astimezone(tz).date())

    @property
    def started(self) -> bool:
        return self.start <= self.today

    @property
    def running(self) -> bool:
        return self.start <= self.today <= self.end

    @property
    def days(self) -> int:
        """The calendar days the offer touches."""
        return (self.end - self.start).days + 1

    def coming(self, weekday: int) -> date:
        """The coming ``weekday`` (0 Monday): today when today is that day."""
        return self.today + timedelta(days=(weekday - self.today.weekday()) % 7)

    def next_weekends(self) -> list[date]:
        """The Saturdays "the next weekend" may name: from Friday on, the weekend after this one;
        earlier in the week, the coming one or the one after."""
        saturday = self.coming(5)
        if self.today.weekday() == 6:  # Sunday: this weekend is ending
            saturday -= timedelta(days=7)
        if self.today.weekday() >= 4:
            return [saturday + timedelta(days=7)]
        return [saturday, saturday + timedelta(days=7)]


#: days before the start beyond which a coming weekday is not held against the clock
DRAFTED_AHEAD = 7


def clock_claim_wrong(measure: str, clock: Clock) -> bool:
    """Whether a claim of ``measure`` (see the module docstring) is false at ``clock``."""
    kind, _, arg = measure.removeprefix("clock_").partition(":")
    if kind == "ends_today":
        return clock.end != clock.today
    if kind == "runs_today":
        return not clock.running
    if kind == "started":
        return not clock.started
    if kind == "just_started":  # the first days, and never the last day of a longer offer
        return not 0 <= (clock.today - clock.start).days <= 2 or clock.start < clock.today == clock.end
    if kind in ("ends_on", "ends_next_weekend") and (clock.start - clock.today).days > DRAFTED_AHEAD:
        return False  # drafted weeks ahead: "hasta el domingo" is read when it is sent (the date checks)
    if kind == "ends_on":
        coming = clock.coming(int(arg))
        return clock.end not in (coming, coming + timedelta(days=7) if coming == clock.today else coming)
    if kind == "ends_next_weekend":
        return not any(
            sat - timedelta(days=1) <= clock.end <= sat + timedelta(days=2) for sat in clock.next_weekends()
        )
    if kind == "months":  # "solo por un mes": about that many months, a quarter less at most
        return not 22 * int(arg) <= clock.days <= 31 * int(arg) + 1
    return False


# -- what the copy asserts -------------------------------------------------------------------------

#: a span of today
_TODAY = (
    r"(?:hoy|esta\s+noche|esta\s+tarde|hoje(?:\s+[àa]\s+(?:noite|tarde))?|esta\s+noite|nesta\s+noite|tonight|"
    r"today|this\s+evening)"
)
#: verbs of the offer closing (first person: the business closes the offer)
_CLOSE = (
    r"(?:cerramos|cierra|cierran|se\s+cierra|terminamos|termina|acabamos|se\s+acaba|se\s+termina|finaliza|"
    r"vence|expira|bajamos\s+(?:el\s+)?tel[oó]n|baja\s+(?:el\s+)?tel[oó]n|nos\s+despedimos|se\s+despide|"
    r"encerramos|encerra|fechamos|fecha|acaba|se\s+encerra|closes|we\s+close|ends|wraps\s+up|expires|"
    r"we\s+wrap\s+up|is\s+the\s+deadline)"
)
#: a clock time or a word of hours after a closing: a store's hours, not the offer's end
_HOURS_AFTER = compiled.pattern(
    r"[^\S\n]*(?:a\s+las|a\s+la|at|às|as|antes|temprano|early|m[aá]s\s+temprano|mais\s+cedo|por\s+inventario|"
    r"por\s+balan|for\s+inventory|\d)",
    _FLAGS,
)
_DEADLINE = (
    r"(?:(?:today|tonight)(?:['’]s|\s+is)\s+the\s+(?:deadline|cutoff|cut-off)|"
    r"deadline\s+is\s+(?:today|tonight)|"
    r"(?:hoy|esta\s+noche)\s+(?:vence|se\s+vence|termina|acaba)\s+el\s+plazo|el\s+plazo\s+(?:vence|termina|acaba)\s+hoy|"
    r"(?:hoje|esta\s+noite)\s+(?:vence|termina|acaba)\s+o\s+prazo|o\s+prazo\s+(?:vence|termina|acaba)\s+hoje)"
)
_FEW = (
    r"(?:unas\s+pocas|unas\s+cuantas|unas|pocas|algunas|contadas|poquitas|umas\s+poucas|poucas|umas|algumas|"
    r"a\s+few|few|mere)"
)
_HOURS_LEFT = (
    rf"(?:(?:quedan|queda|faltan|restan|restam|faltam|sobran)\s+(?:solo\s+|s[oó]lo\s+|apenas\s+|nomás\s+)?{_FEW}\s+horas|"
    rf"(?:{_CLOSE}|se\s+va|ends|closes)\s+(?:en|em|in|within)\s+(?:solo\s+|s[oó]lo\s+|apenas\s+|just\s+)?{_FEW}\s+(?:horas|hours)|"
    rf"(?:only\s+)?{_FEW}\s+hours\s+(?:left|to\s+go|remain)|"
    r"horas,?\s+no\s+d[ií]as|hours,?\s+not\s+days|horas,?\s+n[aã]o\s+dias|"
    r"cuenta\s+(?:atr[aá]s|regresiva)\s+(?:llega|lleg[oó])\s+a\s+cero|countdown\s+(?:hits|reaches)\s+zero|"
    r"contagem\s+regressiva\s+(?:chega|chegou)\s+a(?:o)?\s+(?:zero|fim))"
)
_RUNS_TODAY = (
    r"(?:hoy\s+es\s+(?:el\s+)?d[ií]a|hoje\s+[ée]\s+(?:o\s+)?dia|today\s+is\s+(?:the\s+)?day)(?:\s+(?-i:D))?"
    r"(?=\s+(?:de|del|do|da|dos|das|for|of)\b)"
)
#: "último día", "last day" (said of the offer: see :func:`_offer_claim`)
_LAST_DAY = r"(?:[uú]ltimo\s+d[ií]a|last\s+day|final\s+day)"
#: a perfect of a start verb ("ya ha empezado", "já tinha começado", "has already begun")
_STARTED_PERFECT = (
    r"(?:ya\s+(?:ha|han|hemos)\s+(?:empezado|comenzado|arrancado|iniciado|abierto|largado)|"
    r"ya\s+(?:empezamos|comenzamos|arrancamos|iniciamos|abrimos|largamos|est[aá]\s+en\s+curso|est[aá]\s+corriendo)|"
    r"j[aá]\s+(?:come[çc]amos|come[çc]aram|iniciou|iniciamos|abriu|abrimos|est[aá]\s+(?:rolando|em\s+andamento|aberta|aberto))|"
    r"(?:has|have)\s+already\s+(?:started|begun|kicked\s+off|opened)|(?:has|have)\s+(?:started|begun|kicked\s+off)\s+already|"
    r"(?:is|are)\s+already\s+(?:running|open))"
)
_STARTED = (
    rf"(?:{_STARTED_PERFECT}|"
    r"ya\s+(?:est[aá]|estamos)\s+en\s+marcha|ya\s+(?:arranc[oó]|empez[oó]|comenz[oó]|rige|corre)|"
    r"ya\s+est[aá]\s+(?:activa|activo|vigente|disponible)|j[aá]\s+(?:come[çc]ou|est[aá]\s+valendo|est[aá]\s+no\s+ar)|"
    r"(?:is|are)\s+now\s+live|already\s+(?:started|live|underway)|now\s+underway)"
)
_JUST_STARTED = (
    r"(?:apenas\s+(?:empieza|arranca|comienza)|reci[eé]n\s+(?:empieza|arranca|comienza|empez[oó]|arranc[oó]|lanzad[oa])|"
    r"acaba(?:mos)?\s+de\s+(?:empezar|arrancar|lanzar|abrir|estrenar)|just\s+(?:started|launched|kicked\s+off|opened)|"
    r"acabou\s+de\s+(?:come[çc]ar|abrir)|acabamos\s+de\s+(?:lan[çc]ar|abrir)|mal\s+come[çc]ou|"
    r"rec[ée]m\s+(?:come[çc]a|come[çc]ou|lan[çc]ad[oa]|aberta|aberto)|just\s+(?:getting\s+started|begun))"
)
_FIRST_DAY = r"(?:primer\s+d[ií]a|primeiro\s+dia|first\s+day|day\s+one|d[ií]a\s+uno)"
_LAST_WEEK = r"(?:[uú]ltima\s+semana|final\s+week)"
_UNTIL = r"(?:hasta|until|till|thru|through|at[eé])"
_WEEKEND = r"(?:fin\s+de\s+semana|finde|fim\s+de\s+semana|final\s+de\s+semana|weekend)"
_LONG_WEEKEND = r"(?:puente|finde\s+largo|fin\s+de\s+semana\s+largo|feriad[aã]o|long\s+weekend)"
_NEXT = r"(?:pr[oó]ximo|next|que\s+vem|siguiente)"
_START_VERB = (
    r"(?:empieza|empiezan|comienza|comienzan|arranca|arrancan|inicia|abre|abren|comeca|come[çc]a|come[çc]am|"
    r"abrem|starts|begins|opens|kicks\s+off)"
)
#: tomorrow and its short forms in quick copy ("tmrw", "mñn", "amnh")
_TOMORROW = r"(?:ma[ñn]ana|mñna?|amanh[aã]|amnh[aã]?|tomorrow|tmrw|tmw|2morrow|2moro)"
#: enrolment and sale words: what opens is the offer itself
_ENROLMENT = (
    r"(?:matr[ií]culas?|inscripci[oó]n|inscripciones|inscri[çc][aã]o|inscri[çc][oõ]es|registration|"
    r"enrol?lment|preventa|pre-?sale|pr[eé]-?venda|vendas?|ventas?|reservas?|bookings?)"
)
_DET = (
    r"(?:el|la|los|las|o|a|os|as|the|our|your|their|nuestra|nuestro|nuestras|nuestros|nossa|nosso|nossas|nossos|"
    r"tu|tus|su|sus|sua|seu|suas|seus)"
)
#: a figure of the offer in a sentence
_FIGURE = compiled.pattern(
    r"%|[$€£]\s?\d|\d\s?(?:€|reais|pesos|euros)|R\$|\b(?:off|descuento|desconto|discount|promo\w*|ofertas?|deal|sale)\b",
    _FLAGS,
)
#: a cheap trigger: none of these, no claim read here
_TRIGGER = compiled.pattern(
    r"hoy|hoje|tonight|today|noche|noite|tarde|horas|hours|ya\b|j[aá]\b|live|underway|apenas|reci[eé]n|"
    r"already|acab|just|mal\s|primer|primeir|first|cuenta|countdown|contagem|deadline|plazo|prazo|day\s+one|[uú]ltim|last|final|hasta|until|till|thru|through|at[eé]\b|dura|lasts?\b|"
    r"\bun|\bone\b|\bum|y\s+(?:ya|listo)|solo|s[oó]lo|only|nom[aá]s|ma[ñn]ana|amanh|tomorrow|abre|abrem|opens|"
    r"ends|expires|closes|wraps|termin|finaliz|vence|cierra|encerra|rec[eé]m|tmrw|tmw|2mor|mñn|amnh",
    _FLAGS,
)


@dataclass(frozen=True)
class ClockClaim:
    start: int
    end: int
    days: float
    measure: str


def clock_claims(text: str, language: str, offer_words: frozenset[str]) -> list[ClockClaim]:
    """Every claim read here in ``text``; ``offer_words`` are the folded words of the sheet's own
    message (a subject among them is the offer: "el curso", "el Plan Julio")."""
    from studio.consistency.memo import by_paragraph

    if not _TRIGGER.search(text):
        return []
    return [
        c if c.measure != "clock_last_day" else ClockClaim(c.start, c.end, 1.0, "left")
        for c in by_paragraph(_read, text, language)  # a keystroke reads only its paragraph
        if _subject_ok(text, c, offer_words)
        and (c.measure not in _OF_THE_OFFER or _offer_claim(text, c.start, c.end, offer_words))
    ]


#: claims whose subject after them must be the offer (a start verb), by the index of their shape
_SUBJECT_SHAPES = ("starts_tomorrow", "starts_on_")


def _subject_ok(text: str, claim: ClockClaim, offer_words: frozenset[str]) -> bool:
    subjectless = ("clock_started", "clock_just_started")  # "Ya arrancó", "Recién empieza": the offer
    if not claim.measure.startswith(_SUBJECT_SHAPES) and claim.measure not in subjectless:
        return True
    noun = _subject_noun(text, claim.start, claim.end)
    if noun is None:
        return claim.measure in subjectless or bool(_FIGURE.search(_sentence(text, claim.start, claim.end)))
    head, *rest = noun.split()
    # the noun or a complement the sheet names: "el curso de pintxos" (the headline says "Pintxos")
    return (
        any(_fold(w) in offer_words for w in (head, *rest))
        or bool(_OFFER_NOUN.fullmatch(head))
        or head.casefold() == "off"
    )


_SUBJECT_AFTER = compiled.pattern(
    rf"[^\S\n]+(?:{_DET}[^\S\n]+)?(?P<noun>\p{{L}}+|\d)(?P<rest>(?:[^\S\n]+(?:de|del|do|da|of)[^\S\n]+\p{{L}}+){{0,3}})",
    _FLAGS,
)
_SUBJECT_BEFORE = compiled.pattern(
    rf"(?:^|[^\p{{L}}])(?:{_DET}[^\S\n]+)?(?P<noun>\p{{L}}+)(?P<rest>(?:[^\S\n]+(?:de|del|do|da|of)[^\S\n]+\p{{L}}+){{0,3}})"
    r"[^\S\n]+\Z",
    _FLAGS,
)


def _subject_noun(text: str, start: int, end: int) -> str | None:
    """The subject of a start claim and its complements ("curso pintxos invierno"): the noun after
    it ("arranca mañana el curso") or, when a clause leads into it, the noun before ("el curso de
    pintxos empieza mañana", "Matrículas abrem amanhã")."""
    head = regex.split(r"[.!?:;\n¡¿,]|\p{So}", text[max(0, start - 60) : start])[-1]
    if regex.search(r"\p{L}", head):
        m = _SUBJECT_BEFORE.search(head)
        if m is not None:
            return _with_complements(m)
    after = _SUBJECT_AFTER.match(text, end)
    if after is not None and after.group("noun").isdigit():
        return None  # "ya está en marcha el 30 %": the offer's figure
    if after is not None and not regex.fullmatch(
        r"y|e|and|con|com|with|a|en|em|at|in|por|for", after.group("noun"), _FLAGS
    ):
        return _with_complements(after)
    return None


def _with_complements(m: regex.Match[str]) -> str:
    """The noun and the nouns of its "de" complements, space-separated."""
    rest = regex.findall(r"\p{L}+", m.group("rest"))
    return " ".join(
        [m.group("noun"), *(w for w in rest if w.casefold() not in ("de", "del", "do", "da", "of"))]
    )


def _fold(word: str) -> str:
    from studio.consistency.urgency import unaccented

    return unaccented(word.casefold())


@lru_cache(maxsize=64)
def offer_words(*texts: str) -> frozenset[str]:
    """The folded words of four letters or more of the sheet's message (its headline, body, short)."""
    return frozenset(_fold(w) for t in texts for w in regex.findall(r"\p{L}{4,}", t))


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(ch, 0, start) for ch in ".!?\n")
    rights = [i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0]
    return text[left + 1 : min(rights) if rights else len(text)]


def _opens(text: str, start: int) -> bool:
    """Whether ``start`` opens its clause: nothing before it but a label ("PUBLI", "Marca:"),
    punctuation, emoji or "ya", "y", "que"."""
    head = regex.split(r"[.!?:;\n¡¿(]|\p{So}|\s[-–—]\s", text[max(0, start - 60) : start])[-1]
    head = regex.sub(r"\b\p{Lu}{2,}\b|(?i:publicidad|publi)\b|[\[\]]", " ", head)
    return (
        regex.fullmatch(r"[\s\"'«“,]*(?:(?:ya|y|e|and|que|pues|so|j[aá]|es|is|[ée])\s+)*", head, _FLAGS)
        is not None
    )


_K_TODAY = (
    "hoy",
    "noche",
    "tarde",
    "hoje",
    "noite",
    "tonight",
    "today",
    "evening",
    "deadline",
    "plazo",
    "prazo",
)
_K_HOURS = ("hora", "hour", "cuenta", "countdown", "contagem")
_K_UNTIL = ("hasta", "until", "till", "thru", "through", "até", "ate ")
#: verbs of the offer ending on a day ("ends Sunday", "termina el domingo", "acaba sábado")
_ENDS = (
    r"(?:ends|expires|closes|wraps\s+up|termina|se\s+termina|acaba|se\s+acaba|finaliza|vence|se\s+cierra|"
    r"encerra|se\s+encerra)"
)
_K_ENDS = ("end", "expir", "clos", "wraps", "termin", "acab", "finaliz", "vence", "cierra", "encerra")
_K_TOMORROW = ("mañana", "manana", "mñn", "amanh", "amnh", "tomorrow", "tmrw", "tmw", "2mor")
_K_START = ("empiez", "comienz", "arranc", "inicia", "abre", "come", "starts", "begins", "opens", "kicks")
_K_PERIOD = ("finde", "semana", "weekend", "puente", "feriad")


@lru_cache(maxsize=8)
def _shapes(language: str) -> tuple[tuple[regex.Pattern[str], str, tuple[str, ...]], ...]:
    from studio.consistency.dates import _wide_days
    from studio.consistency.ends_soon import _weekdays

    days = _weekdays(language if language in ("es", "pt", "en") else "en")
    weekdays = tuple(_wide_days(language if language in ("es", "pt", "en") else "en"))  # lowercase
    # a date after the day ("hasta el viernes 21", "until Friday, July 9"), not a figure ("domingo, 30 %")
    not_date = (
        r"(?![^\S\n]*[,(–—-]?[^\S\n]*(?:(?:d[ií]a|the|festivo|feriado|holiday)[^\S\n]+)?(?:\d{1,2}(?!\d|\s?%|[.,]\d)|de[^\S\n]+\d|"
        r"(?-i:\p{Lu})\p{Ll}{2,}\.?[^\S\n]*\d))"
    )
    shapes: list[tuple[str, str, tuple[str, ...]]] = [
        (rf"{_TODAY}\s*,?\s+{_CLOSE}|{_CLOSE}\s+(?:{_TODAY})|{_DEADLINE}", "clock_ends_today", _K_TODAY),
        (_HOURS_LEFT, "left", _K_HOURS),
        (_RUNS_TODAY, "clock_runs_today", ("hoy", "hoje", "today")),
        (_STARTED, "clock_started", ("ya ", "já", "ja ", "live", "underway", "already")),
        (
            _JUST_STARTED,
            "clock_just_started",
            ("apenas", "recién", "recien", "recém", "recem", "acaba", "just", "acabou", "mal "),
        ),
        (_FIRST_DAY, "starts_today", ("primer", "primeir", "first", "day one", "día uno", "dia uno")),
        (_LAST_WEEK, "end", ("ltima semana", "final week")),
        (_LAST_DAY, "clock_last_day", ("ltimo d", "last day", "final day")),
        (
            rf"{_UNTIL}\s+(?P<day>(?:(?:el|este|o|a|this|esta|la)\s+)?(?P<wd>{days})){not_date}"
            # "hasta el lunes anterior": a day counted from another thing
            r"(?!\s+(?:anterior|previo|siguiente|posterior|before|after|prior|seguinte))",
            "clock_ends_on",
            _K_UNTIL,
        ),
        (
            # "Ends Sunday", "termina el domingo", "acaba sábado": the coming one, as "hasta el domingo"
            rf"{_ENDS}\s+(?P<day>(?:(?:el|o|on|this)\s+)?(?P<wd>{days})){not_date}"
            r"(?!\s+(?:anterior|previo|siguiente|posterior|before|after|prior|seguinte))",
            "clock_ends_on",
            _K_ENDS,
        ),
        (rf"{_UNTIL}\s+(?:(?:el|o|the)\s+)?{_NEXT}\s+{_WEEKEND}", "clock_ends_next_weekend", _K_UNTIL),
        (rf"{_TOMORROW}\s+{_START_VERB}|{_START_VERB}\s+{_TOMORROW}", "starts_tomorrow", _K_TOMORROW),
        (
            rf"(?:(?:el|este|on|this|na|no|nesta|neste)\s+)?(?P<wd>{days})\s+{_START_VERB}",
            "starts_on_",
            _K_START,
        ),
        (
            r"\b(?:dura|duran|durar[aá]|dure|lasts?|will\s+last)\s+(?:(?:solo|s[oó]lo|apenas|nom[aá]s|only|just)\s+)?"
            rf"(?:lo\s+que\s+(?:dura\s+)?)?(?:el|un|este|o|um|a|one|the|this)\s+(?P<p>{_LONG_WEEKEND}|{_WEEKEND})",
            "calendar",
            ("dura", "last"),
        ),
        (
            r"(?:un|una|one|um|uma|a)\s+(?:(?:[uú]nic[oa]|sol[oa]|single|s[oó])\s+)?"
            rf"(?P<p>{_LONG_WEEKEND}|{_WEEKEND}|{days})"
            r"(?=\s*(?:[,:–—-]|de\b|del\b|para\b|pra\b|of\b|for\b|to\b|do\b|da\b))",
            "calendar",
            (*_K_PERIOD, *weekdays),
        ),
        (
            r"(?:one|un|una|um|uma)\s+(?:day|d[ií]a)\s*,\s*(?:one|un|una|um|uma)\s+"
            r"(?:deal|offer|price|oferta|precio|pre[çc]o)\b",
            "calendar",
            ("one day", "un día", "un dia", "um dia"),
        ),
        (
            r"(?:(?:este|esta|el|this|neste|nesse|o)\s+)?"
            rf"(?P<p>{_LONG_WEEKEND}|{_WEEKEND}|esta\s+semana|this\s+week)"
            r"\s+(?:y|e|and)\s+(?:ya|listo|pronto|punto|that['’]s\s+it)(?=\s*(?:[.!,;…]|\Z))",
            "calendar",
            (" y ya", " y listo", " y punto", " e pronto", " and that"),
        ),
        (
            r"(?:solo|s[oó]lo|only|just|s[oó]|apenas|nom[aá]s)\s+(?:por|durante|for|during|por\s+um)?\s*"
            r"(?:un|one|a|um)\s+(?:mes|month|m[eê]s)\b",
            "clock_months:1",
            ("mes", "month", "mês"),
        ),
    ]
    # each shape with the words one of which its text must hold (lowercase): a cheap test first
    return tuple((compiled.pattern(rf"(?<!\w)(?:{p})(?!\w)", _FLAGS), m, k) for p, m, k in shapes)


_PERIOD_DAYS = (
    (compiled.pattern(_LONG_WEEKEND, _FLAGS), 4.0),
    (compiled.pattern(_WEEKEND, _FLAGS), 3.0),
    (compiled.pattern(r"semana|week", _FLAGS), 7.0),
)


def _period_days(words: str) -> float:
    for pattern, days in _PERIOD_DAYS:
        if pattern.search(words):
            return days
    return 1.0  # a day, today, one weekday


@lru_cache(maxsize=2048)
def _read(text: str, language: str) -> tuple[ClockClaim, ...]:
    out: list[ClockClaim] = []
    low = text.lower()
    for pattern, measure, keys in _shapes(language):
        if not any(k in low for k in keys):
            continue
        for m in pattern.finditer(text):
            if _NEGATED.search(text, max(0, m.start() - 8), m.start()):
                continue  # "no solo hoy", "não é hoje"
            claim = _reading(text, m, measure, language)
            if claim is not None:
                out.append(claim)
    return tuple(out)


_NEGATED = compiled.pattern(r"(?:\bno|\bnot|\bnão|\bnao|\bni)\s+\Z", _FLAGS)


def _reading(text: str, m: regex.Match[str], measure: str, language: str) -> ClockClaim | None:
    """The claim a match of ``measure``'s shape makes, or None where it is not one."""
    start, end = m.start(), m.end()
    if measure == "clock_ends_today" and (_HOURS_AFTER.match(text, end) or _other_thing_after(text, end)):
        return None  # "hoy cerramos a las 20", "esta noche termina el festival"
    if measure == "left" and _countdown_to_another(text, end):
        return None  # "faltan unas horas para abrir la tienda": a countdown to something else
    if measure in ("clock_ends_on", "starts_on_"):
        from studio.consistency.restricted import weekday_number

        number = weekday_number(m.group("wd"), language)
        if number is None:
            return None
        if measure == "starts_on_":
            return ClockClaim(start, end, 1.0, f"starts_on_{number}")
        if _DATED.search(_sentence(text, start, end)):
            return None  # "del 5 al 15 de noviembre, hasta el lunes festivo": the dated day (date checks)
        if _range_before(text, start, language) or not _end_of_the_offer(text, start):
            return None  # "de lunes hasta el viernes", "troca itens até segunda": another thing's day
        # the day only: "hasta el viernes" is the date checks' span
        return ClockClaim(m.start("day"), end, 1.0, f"clock_ends_on:{number}")
    if measure == "calendar":
        said = m.group().casefold()
        if said.startswith(("un", "one", "um", "a ")) and "dur" not in said and not _opens(text, start):
            return None  # "te damos un fin de semana de spa" in prose
        period = m.groupdict().get("p")
        return ClockClaim(start, end, _period_days(period) if period else 1.0, measure)
    return ClockClaim(start, end, 7.0 if measure == "end" else 1.0, measure)


_OF_WHAT = compiled.pattern(
    r"[^\S\n]+(?:de|del|do|da|dos|das|of|para|pra|for|to)[^\S\n]+(?:(?:la|el|los|las|a|o|os|as|the|our|your|tu|su|sua|seu|"
    r"nuestra|nuestro|nossa|nosso|este|esta)[^\S\n]+)?(?P<noun>\p{L}+)",
    _FLAGS,
)
_OFFER_NOUN = compiled.pattern(
    r"promo\w*|ofertas?|offers?|deals?|sale|descuentos?|descontos?|discounts?|rebajas|liquida\w*|campa\w+|"
    rf"precios?|pre[çc]os?|prices?|packs?|bonos?|combos?|paquetes?|pacotes?|kits?|bundles?|{_ENROLMENT}",
    _FLAGS,
)


#: a copula or "we are in" opening the claim, with its article: "Es la", "Esta es la", "Estamos en la",
#: "Entramos na", "This is the", "We're in our"
_COPULA = compiled.pattern(
    r"(?:(?:(?:esta|este|esto|this|it|essa|esta)\s+)?(?:es|[ée]|is)|it's|this's|"
    r"(?:estamos|entramos|entrando|we're|we\s+are|we've\s+entered|entering)\s+(?:en|a|na|no|in|into))"
    r"\s+(?:el|la|lo|o|a|the|our|nuestra|nuestro|nossa|nosso|su|sua|its)\s+\Z",
    _FLAGS,
)


def _offer_claim(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """Whether a claim about a day or a week of something ("último día", "primer día", "hoy es el día",
    "última semana") is the offer's: it opens its clause (or follows "hoy es", "ya es") and stands
    alone, or names after "de" / "para" an offer word, a name (capitalised), a word of the sheet's
    message, or its sentence carries an offer figure — not "el último día de clases", "hoy es el
    día de la madre"."""
    if not _opens(text, start) and not regex.search(
        r"(?:hoy|hoje|today|ya|j[aá])\s+(?:es|[ée]|is)\s+(?:(?:el|la|o|a|the)\s+)?\Z",
        text[max(0, start - 20) : start],
        _FLAGS,
    ):
        lead = _COPULA.search(text, max(0, start - 30), start)  # "Es la…", "Estamos en la…", "This is the…"
        if lead is None or not _opens(text, lead.start()):
            return False
    m = _OF_WHAT.match(text, end)
    noun = "" if m is None else m.group("noun")
    of_offer = m is not None and (
        noun[0].isupper() or _fold(noun) in words or bool(_OFFER_NOUN.fullmatch(noun))
    )
    if m is not None and not of_offer and regex.match(r"\s*(?:de|del|do|da|dos|das|of)\b", m.group(), _FLAGS):
        return False  # "la última semana de clases: 30 % en mochilas": another thing's week, a figure or not
    if regex.match(r"[^\S\n]*(?:[:!.…—–-]|\n|\Z)", text[end:]) or _FIGURE.search(_sentence(text, start, end)):
        return True
    return of_offer


#: the claims that must be said of the offer (see :func:`_offer_claim`)
_OF_THE_OFFER = ("starts_today", "end", "clock_runs_today", "clock_last_day")


_COUNTDOWN_TO = compiled.pattern(
    r"[^\S\n]+(?:para|pra|until|till|before|to)[^\S\n]+(?:(?P<verb>abrir|empezar|comenzar|arrancar|iniciar|lanzar|"
    r"estrenar|inaugurar|come[çc]ar|open|start|begin|launch|kick)\b|(?:el|la|los|las|o|a|os|as|the)[^\S\n]+"
    r"(?P<noun>\p{L}+))",
    _FLAGS,
)


def _countdown_to_another(text: str, end: int) -> bool:
    """Whether hours left count down to another thing: an opening ("para abrir la tienda", "to open
    the new store") or a thing that is no offer word ("para el show"; "para el 30 %" is the offer)."""
    m = _COUNTDOWN_TO.match(text, end)
    if m is None:
        return False
    return m.group("verb") is not None or not (
        _OFFER_NOUN.fullmatch(m.group("noun")) or m.group("noun")[0].isupper()
    )


def _other_thing_after(text: str, end: int) -> bool:
    """A closing followed by its own subject, a lowercase noun that is no offer word ("termina
    el festival"); a name ("el Plan Julio") or an offer word is the offer."""
    m = regex.match(
        rf"[^\S\n]+(?:(?:de|del|a|al|do|da|dos|das|of|to|with)[^\S\n]+)?{_DET}[^\S\n]+(?P<noun>\p{{L}}+)",
        text[end : end + 40],
        _FLAGS,
    )
    if m is None:
        return False
    noun = m.group("noun")
    return not (
        noun[0].isupper()
        or _OFFER_NOUN.fullmatch(noun)
        or regex.fullmatch(r"tel[oó]n|plazo|prazo", noun, _FLAGS)
    )


#: what may lead into "hasta el viernes" for it to be the offer's end: only words, a validity, the time
#: the reader has ("Tenés tiempo hasta", "Só até", "Válido hasta", "You have until")
_END_OPENER = compiled.pattern(
    r"(?:(?:solo|s[oó]lo|s[oó]|only|just|apenas|nom[aá]s|v[aá]lid[oa]s?|valid|good|vale|vigente|disponible|"
    r"dispon[ií]vel|available|aprovech\w*|aproveit\w*|ten[eé]s|tienes|tiene|tienen|tenemos|tem|t[eê]m|have|has|"
    r"you['’]ve\s+got|got|tiempo|tempo|time|corre|dura|sigue|segue|runs|lasts|es|is|[ée]|y|e|and|que|ya|j[aá]|"
    r"still|a[uú]n|ainda|todav[ií]a)\s+)*\Z",
    _FLAGS,
)


#: a date in the sentence: "15 de noviembre", "15/11", "Nov 15"
_DATED = compiled.pattern(
    r"\b\d{1,2}\s*(?:de\s+)?(?:ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|out|nov|dic|dez|jan|fev|mai|aug|dec)\p{L}*"
    r"|\b\d{1,2}/\d{1,2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}\b",
    _FLAGS,
)


def _end_of_the_offer(text: str, start: int) -> bool:
    """Whether a coming day ending at ``start``'s claim is the offer's end: its clause leads into it
    with nothing but validity words ("Tenés tiempo hasta el viernes", "Só até sexta") or names the
    offer (a figure, an offer word); not a weekly cut-off ("troca itens até segunda")."""
    clause = regex.split(r"[.!?:;,\n¡¿(]|\p{So}|\s[-–—]\s", text[max(0, start - 80) : start])[-1]
    words = regex.sub(
        r"(?i)\b(?:hasta|until|till|thru|through|at[eé])\s*(?:(?:el|este|o|a|this|esta|la)\s*)?\Z", "", clause
    )
    return (
        bool(_END_OPENER.match(words.lstrip()))
        or bool(_FIGURE.search(clause))
        or bool(regex.search(rf"\b(?:{_OFFER_NOUN.pattern})\b", clause, _FLAGS))
    )


def _range_before(text: str, start: int, language: str) -> bool:
    """Whether "hasta el viernes" closes a range ("de lunes hasta el viernes", "Tuesday through
    Saturday", "from 9 until Friday"): a week's hours, not the offer's end."""
    from studio.consistency.ends_soon import _weekdays

    before = text[max(0, start - 30) : start]
    days = _weekdays(language if language in ("es", "pt", "en") else "en")
    return bool(
        regex.search(r"\b(?:de|del|desde|from|da|do)\s+\p{L}+\s+\Z", before, _FLAGS)
        or regex.search(rf"(?<!\w)(?:{days})(?:-feira)?\s+\Z", before, _FLAGS)
    )
