"""A period of time and a word that restricts the offer to it, in either order — one grammar for
Spanish, Portuguese and English, with or without accents (SMS and quick posts drop them).

A claim is a period (today, tonight, this weekend, this week, a listed weekday, a single day) bound
to a restriction:

- before it, "only" and its kin ("solo", "nomás", "nada más", "só", "apenas", "only", "just"),
  optionally with a verb of what remains ("Solo queda hoy", "Só resta hoje", "Nomás este fin");
- after it, a closing ("Esta semana y ya:", "hoy y nunca más", "este sábado y domingo y ya",
  "Sat & Sun, then it's gone", "e pronto") or a trailing "only" ("hoy nomás", "today only") — the
  period must then open its clause (after a stop, a comma, a label, "válido", "por", or the offer's
  name and a verb of running: "the sale runs Sat & Sun, then it's gone"): "Pide hoy y listo" is how
  easy ordering is, not how long the offer lasts;
- "único", "solo", "single" said of one day ("Por un único día", "um único dia", "a single day"),
  not a service's time ("en un solo día te lo entregamos").

And "toda la semana que viene", "o mês que vem inteiro", "all next week": the offer said to run the
whole coming period, held against what is left of it at the clock (measure ``ahead``).

Each claim is (start, end, days, measure) for :func:`date_findings.claim_contradicts`. One search
for the key words of every shape (case-sensitive on the lowered, accent-free text) returns at once on
copy holding none, and the shapes run only around them.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from studio import compiled
from studio.consistency.dates import _abbreviated_days, _wide_days

_FLAGS = regex.IGNORECASE | regex.VERSION1
_OFFER_NOUN = (
    r"(?:promo\w*|ofertas?|offers?|deals?|sale|descuentos?|descontos?|discounts?|rebajas|liquida\w*|precios?|"
    r"precos?|prices?|codigo|code|cupom|cupon|coupon)"
)

#: "only" before the period, per language (folded: no accents)
_ONLY = {
    "es": r"solo|solamente|unicamente|nomas|nada\s+mas(?:\s+que)?|no\s+mas\s+que|exclusivamente",
    "pt": r"so|somente|apenas|exclusivamente",
    "en": r"only|just|exclusively",
}
#: a verb of what remains, after "only" or at the head of a clause: "Solo queda hoy", "Só resta hoje"
_LEFT = {
    "es": r"(?:(?:te|les|os|nos|le)\s+)?(?:queda|quedan|resta|restan|sobra)",
    "pt": r"(?:(?:te|lhe|nos)\s+)?(?:resta|restam|sobra|fica)",
    "en": r"(?!)",
}
_PREP = r"(?:(?:por|para|x|durante|for|during|em|en|el|o|no|na|on)\s+)"
#: a closing after the period (the clause must end after it, unless "ya no hay…" goes on)
_CLOSING = {
    "es": r"y\s+(?:ya(?:\s+esta)?|listo|nada\s+mas|no\s+mas|nunca\s+mas|chau|chao|adios|fin|"
    r"se\s+(?:nos\s+)?(?:acabo|termino|fue|acaba|termina|cierra))",
    "pt": r"e\s+(?:pronto|acabou|acaba|ja\s+era|fim|tchau|nunca\s+mais|mais\s+nada|nada\s+mais|so)",
    "en": r"(?:and|then|,)\s+(?:that'?s\s+(?:it|all)|it'?s\s+(?:gone|over)|it\s+is\s+(?:gone|over)|"
    r"(?:it'?s\s+|it\s+is\s+)?gone|done|no\s+more|never\s+again|over)",
}
#: a closing that goes on: "y ya no hay otro", "e depois não tem mais", "and then no more"
_CLOSING_ON = (
    r"y\s+ya\s+no\s+(?:hay|habra|queda|vuelve)|e\s+(?:depois\s+)?(?:nao|ja\s+nao)\s+(?:tem|ha|volta)"
)
_ONLY_AFTER = {"es": r"solamente|unicamente|nomas|nada\s+mas", "pt": r"somente|apenas", "en": r"only"}
#: the end of a clause after a closing
_CLAUSE_END = r"(?=[^\S\n]*(?:[.,:;!?)\n…—–|]|\s-\s|\p{So}|\Z))"

_TODAY = (
    r"hoy(?:\s+mismo)?|hoje(?:\s+mesmo)?|today|tonight|esta\s+(?:misma\s+)?noche|esta\s+noite|"
    r"hoje\s+a\s+noite"
)
_WEEKEND = (
    r"(?:este|el|neste|nesse|esse|deste|desse|o|this|the)\s+(?:fin\s+de\s+semana|finde|fim\s+de\s+semana|final\s+de\s+semana|"
    r"fds|weekend)|(?:este|esse|neste|nesse)\s+fin(?!\s+de\b)"
)
_WEEK = r"(?:esta|essa|nesta|nessa|desta|dessa|this)\s+(?:semana|week)"
_SINGLE = r"solo|sola|unico|unica|single|only"
_ONE_DAY = rf"(?:un|una|um|uma|one|a)\s+(?:(?:{_SINGLE})\s+)?(?:dia|day|noche|noite|night)"
_LAST_DAY = r"(?:(?:el|o|the|nuestro|nosso|our|tu|su|seu|your)\s+)?(?P<p>(?:ultimo|last|final)\s+(?:dia|day))"
#: what may follow "último día": nothing in its clause, or "of" the offer or of a thing at its figure
#: ("del 30 %", "del kilo a $ 12.000", "do pacote por R$ 4.900", "of 20% off")
_FIGURE = (
    r"(?:[-−–]?\d{1,3}(?:[.,]\d+)?\s?%|(?:R\$|US\$|MX\$|[$€£])\s?\d|"
    r"\d+(?:[.,]\d+)?\s?(?:€|euros?|pesos|reais))"
)
_LAST_OF_OFFER = compiled.pattern(
    rf"[^\S\n]*(?:[!:.…—–]|\s-\s|\n|\Z)|\s+(?:de|del|da|do|dos|das|of)\s+(?:(?:la|el|los|las|a|o|os|as|the|our)\s+)?"
    rf"(?:{_OFFER_NOUN}\b|(?:[\p{{L}}-]+\s+){{0,3}}(?:(?:a|por|at|for|em|com|con|with|de)\s+)?{_FIGURE})",
    _FLAGS,
)
#: "toda la semana que viene", "o mês que vem inteiro", "all next week": the coming period, whole
_COMING = r"(?:que\s+viene|que\s+vem|entrante|siguiente|seguinte)"
_NEXT = {
    "week": rf"(?:la\s+)?(?:semana\s+{_COMING}|proxima\s+semana)|next\s+week",
    "month": rf"(?:el\s+|o\s+)?(?:mes\s+{_COMING}|proximo\s+mes)|next\s+month",
}
_WHOLE = r"(?:durante\s+)?(?:toda|todo|all(?:\s+of)?|the\s+whole(?:\s+of)?|throughout)"
#: words that may stand before a period that opens its clause
_OPENERS = (
    r"(?:(?:solo|por|durante|valido|valida|validos|vale|valid|good|available|disponible|disponivel|for|during|"
    r"only|just|apenas|so|es|is|e|it'?s|corre|rola)\s+)*"
)
#: the offer and a verb of running before the period: "the sale runs Sat & Sun", "la promo corre"
_RUNS = compiled.pattern(
    rf"\b{_OFFER_NOUN}\b[^,;]*\b(?:runs|lasts|goes|is(?:\s+on)?|es|e|sera|will\s+be|dura|corre|vale|va|rola|fica)"
    r"\s+(?:(?:cosa|coisa|a\s+thing)(?:\s+(?:de|of))?\s+|(?:valid[oa]?|good)\s+)?\Z",
    _FLAGS,
)
_LABEL = compiled.pattern(r"\b\p{Lu}{2,}\b|(?i:publicidad|publi)\b")
_BREAK = r"[.!?:;¡¿\n(,—–|•·]|\p{So}|\s-\s"
_NEGATED = compiled.pattern(r"(?:\bno|\bnot|\bnao|\bni|\bnunca|\bnever)\s+\Z", _FLAGS)
#: a service's time, not the offer's: "en un solo día", "within a single day", "de un día"
_SERVICE = compiled.pattern(r"(?:\ben|\bem|\bin|\bwithin|\bde|\bof|\bdentro\s+de|\bcada)\s+\Z", _FLAGS)


def fold(text: str) -> str:
    """``text`` without accents, one character for one (offsets stay those of ``text``); curly
    apostrophes straightened."""
    return text.translate(_FOLDING)


#: Latin letters with accents to their base letter (one for one), the curly apostrophe to "'"
_FOLDING = {
    code: unicodedata.normalize("NFD", chr(code))[0]
    for code in range(0xC0, 0x250)
    if unicodedata.normalize("NFD", chr(code))[0] != chr(code)
} | {ord("’"): "'"}


#: what is left of a period: "todo lo que queda del", "el resto del", "o resto do", "tudo o que resta
#: do", "the rest of the", "what's left of the"
_REST_OF = (
    r"(?:(?:todo|tudo)\s+)?(?:lo|o)\s+que\s+(?:queda|resta|falta)\s+(?:del|de\s+la|do|da)|(?:el|o)\s+resto\s+"
    r"(?:del|de\s+la|do|da)|(?:the\s+)?rest\s+of\s+the|what'?s\s+left\s+of\s+the"
)
#: verbs of starting (folded) and what may stand between them and a weekday
_STARTS = (
    r"empieza|comienza|arranca|inicia|se\s+inicia|empezamos|comenzamos|arrancamos|comeca|comecamos|"
    r"starts|begins|starting|beginning|kicks\s+off|launches|(?:a\s+partir\s+d(?:el|e|a|o))"
)
_ON = r"el|este|this|on|na|no|nesta|neste|esta|next|el\s+proximo|a\s+proxima|o\s+proximo|this\s+coming"


@lru_cache(maxsize=16)
def _weekday_names(language: str) -> str:
    """The weekday names written out (folded, longest first: "segunda-feira" before "segunda")."""
    names = {fold(w) for lang in {language, "en"} for w in _wide_days(lang)}
    return "|".join(sorted(names, key=lambda w: (-len(w), w))).replace("-", r"\-")


def weekday_number(word: str, language: str) -> int | None:
    """Monday 0 … Sunday 6 of a weekday name (folded or not)."""
    for lang in (language, "en"):
        for name, number in _wide_days(lang).items():
            if fold(name).casefold() == fold(word).casefold():
                return number
    return None


@lru_cache(maxsize=16)
def _weekdays(language: str) -> str:
    wide = {fold(w) for lang in {language, "en"} for w in _wide_days(lang)}
    short = {fold(w) for lang in {language, "en"} for w in _abbreviated_days(lang)}
    one = "|".join(sorted(wide, key=lambda w: (-len(w), w)))
    both = "|".join(sorted(wide | short, key=lambda w: (-len(w), w)))
    # a listed pair may be abbreviated ("Sat & Sun", "sab e dom"); a single day is written out
    listed = rf"(?:{both})\.?(?:\s*(?:,|y|e|and|&|\+)\s*(?:(?:el|o|the)\s+)?(?:{both})\.?)+"
    return rf"(?:(?:este|el|this|neste|no|on)\s+)?(?:{listed}|(?:{one}))"


@lru_cache(maxsize=8)
def _shapes(language: str) -> tuple[tuple[regex.Pattern[str], str, str], ...]:
    """(pattern, period kind, restriction side) for ``language``."""
    lang = language if language in _ONLY else "en"
    only = f"{_ONLY[lang]}|{_ONLY['en']}" if lang != "en" else _ONLY["en"]
    left, closing = _LEFT[lang], f"{_CLOSING[lang]}|{_CLOSING['en']}"
    only_after = _ONLY_AFTER[lang]
    periods = {
        "today": _TODAY,
        "weekend": _WEEKEND,
        "week": _WEEK,
        "weekdays": _weekdays(language),
        "day": _ONE_DAY,
    }
    out: list[tuple[str, str, str]] = []
    for kind, period in periods.items():
        out.append((rf"(?:(?:{only})\s+)(?:(?P<l>{left})\s+)?{_PREP}?(?P<p>{period})", kind, "before"))
        out.append((rf"(?:{left})\s+{_PREP}?(?P<p>{period})", kind, "left"))
        out.append((rf"(?P<p>{period})\s*,?\s+(?:(?:{closing}){_CLAUSE_END}|{_CLOSING_ON})", kind, "after"))
        out.append((rf"(?P<p>{period})\s*,?\s+(?:{only_after})(?![^\S\n]*[\d$€£])", kind, "after"))
    out.append(
        (rf"(?P<p>(?:un|una|um|uma|a|one)\s+(?:{_SINGLE})\s+(?:dia|day|noche|noite|night))", "day", "single")
    )
    # "todo lo que queda del mes", "o resto do mês", "the rest of the month": the offer ends with it
    for kind, noun in (("month", r"mes|month"), ("week", r"semana|week")):
        out.append((rf"(?:{_REST_OF})\s+(?P<p>{noun})", kind, "rest"))
    # "Arranca el lunes", "Começa na segunda", "Starts Monday": the start on the coming weekday
    one_day = _weekday_names(language)
    # "el lunes que viene", "segunda que vem": the coming one said after the day
    coming = r"(?:\s+(?:que\s+viene|que\s+vem|que\s+entra|proximo|proxima))?"
    out.append(
        (rf"(?:{_STARTS})\s+(?:(?:{_ON})\s+)?(?P<p>{one_day}){coming}(?!\s*\d|-feira\s*\d)", "start", "start")
    )
    out.append((rf"(?:(?:{_ON})\s+)?(?P<p>{one_day}){coming}\s+(?:{_STARTS})", "start", "start"))
    # "Último día!", "Hoy es el último día del kilo a $ 12.000": the day of sending is the offer's last
    out.append((rf"(?:(?:hoy|hoje|today)\s*,?\s+(?:es|e|is)\s+)?{_LAST_DAY}", "today", "last"))
    whole_after = r"(?:inteir[oa]|enter[oa]|complet[oa]|long)"
    for kind, nxt in _NEXT.items():
        out.append((rf"{_WHOLE}\s+(?:(?:el|la|o|a)\s+)?(?P<p>{nxt})(?:\s+{whole_after})?", kind, "ahead"))
        out.append((rf"(?:(?:el|la|o|a)\s+)?(?P<p>{nxt})\s+(?:{whole_after}|todo|toda)", kind, "ahead"))
    # case-sensitive on the lowered text (see :func:`restricted_claims`): IGNORECASE's full case-folding
    # costs several times more on long copy
    return tuple((compiled.pattern(rf"(?<![\w'])(?:{p})(?![\w'])", regex.VERSION1), k, s) for p, k, s in out)


_DAYS = {"today": 1.0, "weekend": 3.0, "week": 7.0, "day": 1.0, "month": 28.0}


def restricted_claims(text: str, language: str) -> list[tuple[int, int, float, str]]:
    """(start, end, days, measure) of every period restricted as the module docstring says."""
    folded = fold(text)
    lowered = folded.lower()
    if len(lowered) != len(folded):  # a letter whose lower case is longer ("İ"): keep the offsets
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)
    windows = _windows(lowered, _keys(language))
    if not windows:
        return []
    out: list[tuple[int, int, float, str]] = []
    for pattern, kind, side in _shapes(language):
        seen: set[tuple[int, int]] = set()
        for first, last in windows:
            for m in pattern.finditer(lowered, first, last):
                if m.span() in seen:
                    continue
                seen.add(m.span())
                claim = _claim(folded, m, kind, side, language)
                if claim is not None:
                    out.append(claim)
    return out


#: how far around a trigger word a claim may reach
_REACH = 90


@lru_cache(maxsize=8)
def _keys(language: str) -> regex.Pattern[str]:
    """The word each side of a shape cannot do without: "only" before, a closing after, a verb of
    what remains, "único", "next", "last", a verb of starting."""
    lang = language if language in _ONLY else "en"
    only = f"{_ONLY[lang]}|{_ONLY['en']}"
    after = f"{_CLOSING[lang]}|{_CLOSING['en']}|{_CLOSING_ON}|{_ONLY_AFTER[lang]}"
    words = {
        "before": only,
        "left": _LEFT[lang],
        "after": after,
        "single": _SINGLE,
        "ahead": r"next|proxim[oa]|que\s+viene|que\s+vem|entrante|siguiente|seguinte",
        "last": r"ultimo|last|final",
        "start": _STARTS,
        "rest": r"resto|rest|queda|resta|falta|left",
    }
    # case-sensitive on the lowered text: the full case-folding of IGNORECASE costs tenfold here
    return compiled.pattern(rf"(?<![\w'])(?:{'|'.join(words.values())})(?![\w'])", regex.VERSION1)


def _windows(text: str, key: regex.Pattern[str]) -> list[tuple[int, int]]:
    """The stretches of ``text`` around the key words of a side (merged): its shapes run only
    there — a long email without one costs a single search."""
    out: list[tuple[int, int]] = []
    for m in key.finditer(text):
        first, last = max(0, m.start() - _REACH), min(len(text), m.end() + _REACH)
        if out and first <= out[-1][1]:
            out[-1] = (out[-1][0], last)
        else:
            out.append((first, last))
    return out


def _claim(
    text: str, m: regex.Match[str], kind: str, side: str, language: str
) -> tuple[int, int, float, str] | None:
    start, end = m.start(), m.end()
    if _NEGATED.search(text, max(0, start - 12), start):
        return None  # "no solo hoy", "not just this weekend"
    if side in ("after", "left", "single", "last") and not _opens_clause(text, start):
        return None  # "Pide hoy y listo", "lo que queda hoy en la tienda": another thing
    if side == "start":
        return _start_on(text, m, language)
    if side == "rest":  # "el resto del mes" of the offer, not "el resto del mes abrimos a las 9"
        if not _OFFER_IN_SENTENCE.search(_sentence(text, start)):
            return None
        return start, end, 1.0, f"{kind}_end"
    if side == "last" and not _LAST_OF_OFFER.match(text, end):
        return None  # "el último día de la feria": another thing's last day
    if side == "ahead" and not (
        _opens_clause(text, start) or _OFFER_IN_SENTENCE.search(_sentence(text, start))
    ):
        return None  # "cerramos toda la semana que viene": the store, not the offer
    if side == "single" and _SERVICE.search(text, max(0, start - 15), start):
        return None  # "en un solo día te lo entregamos": how long a service takes
    left_verb = side == "left" or bool(m.groupdict().get("l"))
    if kind == "today" and left_verb and (more := _more_days(language).match(text, end)):
        # "Quedan hoy y mañana", "Só restam hoje e amanhã": the days left, listed (after "only" alone
        # the list is read as the offer's calendar days by claims.py: "Solo hoy y mañana")
        listed = 1 + len(_DAY_ITEM.findall(more.group()))
        return start, more.end(), float(listed), "left_count"
    if kind == "weekdays":
        days = float(len(regex.split(r"\s*(?:,|\by\b|\be\b|\band\b|&|\+)\s*", m.group("p"))))
    else:
        days = _DAYS[kind]
    if side == "ahead":
        return start, end, days, "ahead"
    if side in ("left", "last") or m.groupdict().get("l"):
        return start, end, days, "left"  # "Solo queda hoy": what is left of the offer at the clock
    if kind == "weekdays":
        return start, end, days, "calendar"
    measure = "week" if kind == "week" else "calendar"
    return start, end, _DAYS[kind], measure


#: one more day in a list after today: ", mañana", " y pasado mañana", " and tomorrow", " e amanhã"
_DAY_ITEM = compiled.pattern(r"\s*(?:,|\by\b|\be\b|\band\b|&|\+)\s*", _FLAGS)


@lru_cache(maxsize=8)
def _more_days(language: str) -> regex.Pattern[str]:
    """The days listed after "today" (folded text): tomorrow, the day after, a weekday written out;
    the list is time left at the clock, so it is counted, not held as "today only"."""
    day = (
        r"(?:pasado\s+manana|manana|depois\s+de\s+amanha|amanha|(?:the\s+day\s+after\s+)?tomorrow|"
        rf"(?:(?:el|o|on|this)\s+)?(?:{_weekday_names(language)}))"
    )
    return compiled.pattern(rf"(?:{_DAY_ITEM.pattern}{day}(?![\w'])(?:\s+mismo|\s+mesmo)?)+", _FLAGS)


def _start_on(text: str, m: regex.Match[str], language: str) -> tuple[int, int, float, str] | None:
    """ "Arranca el lunes" as a start claim on the coming weekday (measure ``starts_on_<weekday>``),
    when it is the offer's start (see :func:`urgency.start_of_the_offer`)."""
    from studio.consistency.urgency import start_of_the_offer

    number = weekday_number(m.group("p"), language)
    if number is None or not start_of_the_offer(text, m.start(), m.end()):
        return None  # "El lunes abre la tienda nueva": another thing starts
    return m.start(), m.end(), 1.0, f"starts_on_{number}"


_OFFER_IN_SENTENCE = compiled.pattern(rf"%|[$€£]\s?\d|\d\s?(?:€|reais|pesos|euros)|\b{_OFFER_NOUN}\b", _FLAGS)


def _sentence(text: str, start: int) -> str:
    """The sentence around ``start`` (a stop before a space ends it: "$ 12.000" does not)."""
    before = regex.split(r"[.!?](?=\s)|\n", text[:start])[-1]
    return before + regex.split(r"[.!?](?=\s|\Z)|\n", text[start:])[0]


def _opens_clause(text: str, start: int) -> bool:
    """Whether ``start`` opens its clause: after a stop, a comma, a label ("PUBLI", "🔥") and only
    openers ("válido", "por", "solo"), or the offer's name and a verb of running."""
    head = regex.split(_BREAK, text[max(0, start - 80) : start])[-1]
    if _RUNS.search(head):
        return True
    head = _LABEL.sub(" ", head)
    return regex.fullmatch(rf"\s*{_OPENERS}", head, _FLAGS) is not None
