"""Facts as customers read them: prices, percentages, dates, codes, links, phones and hours.

Extraction is locale-aware (es, en, pt, ca, fr): ``19,99 €``, ``€19.99``, ``19.99 EUR`` and
``19,99 euros`` are the same price; ``30/11`` is 30 November in Spanish and nonsense in US
English, where ``11/30`` is; month and weekday names come from CLDR (Babel), so ``lunes, 30 de
noviembre``, ``Monday, Nov 30`` and ``30.11.2026`` all become the same date. Every fact keeps the
exact span it was read from, so a finding can point at it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import regex

from studio import compiled
from studio.consistency.links import TRACKING_PARAMS, TRAILING, URL_CHARS, edit_distance, find_bare_domains
from studio.consistency.originals import instead_of, original_before, per_unit_end
from studio.render.formatting import babel_locale


class FactKind(StrEnum):
    PRICE = "price"
    PERCENT = "percent"
    DATE = "date"
    CODE = "code"
    URL = "url"
    PHONE = "phone"
    TIME = "time"


@dataclass(frozen=True)
class DateValue:
    """A calendar date as written: the year and weekday only when the text gives them."""

    month: int
    day: int
    year: int | None = None
    weekday: int | None = None  # 0 = Monday, as datetime.weekday()
    #: "start" or "end" when the text says which end of the offer it is ("del 23 al 30", "hasta el 30");
    #: "within" for listed days ("sábado 28 y domingo 29")
    role: str | None = field(default=None, compare=False)
    #: "hasta fin de mes": the end of a month (month and day 0 until settled against the offer)
    month_end: bool = False
    #: the month or day was left out in the text and settled against the offer window
    settled: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        text = f"{self.day:02d}/{self.month:02d}"  # 00 where the text leaves it out ("lunes 30")
        return f"{text}/{self.year}" if self.year else text


@dataclass(frozen=True)
class Fact:
    """One fact found in a text: its kind, normalised value, the words as written and where."""

    kind: FactKind
    #: price: (Decimal, currency) · percent: Decimal · date: DateValue · code/url/phone: str · time: (h, m)
    value: Any
    text: str
    start: int
    end: int


# -- vocabulary ---------------------------------------------------------------------------------

CURRENCY_WORDS: dict[str, str] = {
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "us$": "USD",
    "usd": "USD",
    "dólares": "USD",
    "dollars": "USD",
    "mx$": "MXN",
    "mxn": "MXN",
    "pesos": "MXN",
    "r$": "BRL",
    "brl": "BRL",
    "reais": "BRL",
    "£": "GBP",
    "gbp": "GBP",
}
_CURRENCY_AFTER = r"(?:€|EUR|euros?|USD|MXN|pesos|dólares|dollars|BRL|reais|£|GBP)"
_CURRENCY_BEFORE = r"(?:€|EUR|US\$|MX\$|R\$|£|GBP|USD|MXN|BRL)"
_SPACE = r"[ \u00a0\u202f]?"
_NUMBER = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"

_PERCENT_WORDS = r"(?:por\s+ciento|percent|per\s+cent|por\s+cento|per\s+cent|pour\s+cent)"
_CODE_CUES = (
    r"(?:c[óo]digo\s+(?:promocional|de\s+descuento|de\s+desconto)|promo\s+code|discount\s+code|"
    r"c[óo]digo|code|cup[óo]n|cupom|coupon|codi|promo)"
)


def _language(locale: str) -> str:
    return locale.split("-")[0].lower()


def _decimal_comma(locale: str) -> bool:
    """Whether the locale writes decimals with a comma (es, pt, ca, fr) or a point (en)."""
    from babel.numbers import get_decimal_symbol

    return bool(get_decimal_symbol(babel_locale(locale)) == ",")


def parse_amount(text: str, locale: str) -> Decimal | None:
    """``1.299,50`` (es) / ``1,299.50`` (en) / ``19.99`` (a point before 2 digits is a decimal anywhere)."""
    digits = regex.sub(r"[\u00a0\u202f '’´]", "", text)  # "1'190.000": an apostrophe before the millions
    comma = _decimal_comma(locale)
    last_sep = max(digits.rfind(","), digits.rfind("."))
    if last_sep >= 0:
        tail = digits[last_sep + 1 :]
        if (
            len(tail) == 3
            and digits.count(digits[last_sep]) >= 1
            and (digits[last_sep] == ("." if comma else ","))
        ):
            digits = digits.replace(",", "").replace(".", "")  # thousands separator only
        elif len(tail) == 3 and len(digits) > 4:
            digits = digits.replace(",", "").replace(".", "")
        else:
            whole = digits[:last_sep].replace(",", "").replace(".", "")
            digits = f"{whole}.{tail}"
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


@lru_cache(maxsize=16)
def _calendar(language: str) -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names (wide and abbreviated, accent-insensitive) → numbers, from CLDR:
    the language's and every region's (es-MX abbreviates September ``sep``, es-ES ``sept``).
    Reading every region's CLDR data is ~30 ms a language: the tables are kept (studio.compiled)."""
    import babel

    parts = (language, babel.__version__)
    return compiled.kept("calendar", parts, lambda: _calendar_from_cldr(language), code=__file__)


def _calendar_from_cldr(language: str) -> tuple[dict[str, int], dict[str, int]]:
    from babel import Locale
    from babel.localedata import locale_identifiers

    regional = compiled.pattern(rf"{regex.escape(language)}(?:_(?:[A-Z]{{2}}|\d{{3}}))?")
    locales = [Locale.parse(language)] + [
        Locale.parse(tag)
        for tag in sorted(locale_identifiers())
        if tag != language and regional.fullmatch(tag)
    ]
    months: dict[str, int] = {}
    days: dict[str, int] = {}
    for loc in locales:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in loc.months[context][width].items():
                    word = str(name).casefold().removeprefix("de ").removeprefix("d'").rstrip(".")
                    if len(word) >= 3:
                        months.setdefault(word, int(number))  # as written (the pattern matches text)
                        months.setdefault(_fold(word), int(number))  # without accents (sloppy text)
                for number, name in loc.days[context][width].items():
                    word = str(name).casefold().rstrip(".")
                    if len(word) >= 2:
                        days.setdefault(word, int(number))
                        days.setdefault(_fold(word), int(number))
    if language == "en":  # common English abbreviations CLDR lacks
        months.update({"sept": 9})
        days.update({"tues": 1, "thur": 3, "thurs": 3})
    return months, days


class _Marks(dict[int, int | None]):
    """``str.translate``'s table that drops combining marks: each code point's answer is asked of
    :func:`unicodedata.combining` once, then kept (a text is folded in C, not letter by letter)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_MARKS = _Marks()


@lru_cache(maxsize=8192)  # clauses are folded again on every keystroke
def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return decomposed if decomposed.isascii() else decomposed.translate(_MARKS)


def _alternation(words: list[str]) -> str:
    return "|".join(sorted((regex.escape(w) for w in words), key=len, reverse=True))


_PRICE_AFTER = compiled.pattern(
    rf"(?<![\w.,])(?P<amount>{_NUMBER}){_SPACE}(?P<currency>{_CURRENCY_AFTER})(?!\w)", regex.I
)
_PRICE_BEFORE = compiled.pattern(
    rf"(?<!\w)(?P<currency>{_CURRENCY_BEFORE}){_SPACE}(?P<amount>{_NUMBER})(?![\d])", regex.I
)
_PERCENT = compiled.pattern(
    rf"(?<![\w.,])(?P<sign>[-−–])?(?P<number>\d+(?:[.,]\d+)?){_SPACE}(?:%|{_PERCENT_WORDS}(?!\w))", regex.I
)
_URL = compiled.pattern(rf"(?:https?://|www\.){URL_CHARS}+", regex.I)
_EMAIL_OR_HANDLE = compiled.pattern(r"[\w.+-]+@[\w-]+\.[\w.]+")
_PHONE = compiled.pattern(
    r"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]?\d{2,4}){2,4}(?!\w)"
)
_TIME_24 = compiled.pattern(
    r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])(?::|\.|h)(?P<m>[0-5]\d)(?:\s?h\b)?(?![\w:])", regex.I
)
_TIME_12 = compiled.pattern(
    r"(?<![\w.,:])(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s?(?P<ampm>[ap]\.?\s?m\.?)(?!\w)", regex.I
)
# A code-shaped word (capitals and digits, OTONO25, OTOÑO25): at least 4 characters and 2 letters,
# so product and unit names (V60, CO2, PS5, A3) are not codes. Such a word is a promo code only
# where the customer is told to use it ("usa VERANO25", "with SUMMER25"): a postcode (C1043AAZ),
# a flight (IB3456) or a reference (AB1234) is not.
_CODE_SHAPE = r"(?=[\p{Lu}\d_-]*\d)(?=(?:[\p{Lu}\d_-]*\p{Lu}){2})\p{Lu}[\p{Lu}\d_-]{3,29}(?![\w-])"
_CODE_VERBS = (
    r"(?i:usa|usá|usar|usando|utiliza|utilizá|utilizar|introduce|introducí|introducir|ingresa|ingresá|"
    r"ingresar|aplica|aplicá|aplicar|canjea|canjeá|canjear|presenta|presentá|presentar|presentando|"
    r"muestra|mostrá|mostrar|mostrando|enseña|enseñar|con|use|using|with|enter|apply|redeem|show|com|"
    r"aplique|digite|insira|mostre|apresente|amb|fes servir)"
)
_CODE = compiled.pattern(rf"(?<!\w){_CODE_VERBS}\s+[«\"“']?(?P<code>{_CODE_SHAPE})")
# (after a cue, a code is written in capitals or has a digit: "código promocional" is not one)
_CODE_AFTER_CUE = compiled.pattern(
    rf"{_CODE_CUES}:?\s+[«\"“']?"
    r"(?P<code>(?-i:(?=[\p{L}\d_-]*\d)[\p{L}\d][\p{L}\d_-]{2,29}|\p{Lu}[\p{Lu}\d_-]{2,29}))(?![\w-])",
    regex.I,
)
_WORD = compiled.pattern(r"(?<![\w#@/.-])[\p{L}\d][\p{L}\d_-]{2,29}(?![\w-])")
# A price that is a condition, not the offer's price: the minimum spend of free delivery or of a
# gift ("envío gratis en compras superiores a $ 80.000", "free shipping on orders over $50",
# "frete grátis acima de R$ 99"). Matched on the folded words just before the price.
_THRESHOLD = compiled.pattern(
    r"(?:\b(?:superior(?:es)?|mayor(?:es)?|por encima de|arriba de|acima de|(?:de )?mas de|(?:de )?mais de|"
    r"over|above|more than|at least|minimo(?: de)?|minima(?: de)?|minimum(?: of)?|min\. ?(?:de )?|"
    r"spend(?:ing)?|gast(?:a|e|es|ando)|"
    r"(?:compras?|pedidos?|orders?|purchases?|compre|ticket|gratis|gratuit[oa]s?|free) "
    r"(?:desde|a partir de|de|from|of)))"
    # "por"/"for"/"en" after the word states a price: "perros mayores por 45 €", "over-50s for $9"
    r"\s*(?:(?!(?:por|for|en|em|in)\s)[\p{L}$€£]{0,3}\s*)?$"
)


#: a "before" word and a bare amount right after a price: "(antes 29.000)", "(was 71.99)", ", era 185,90",
#: "(precio de lista 300.000)", "(list price 71.99)", "(preço de tabela 185,90)"; a number before "/" or
#: "-" and a digit is a date ("R$ 104,00 de 26/4 a 9/5"), not an amount
_BARE_ORIGINAL = compiled.pattern(
    r"\s?[(,;–—-]?\s*(?:(?:precio|preço|preco|valor)\s+(?:de\s+lista|de\s+tabela|normal|regular|habitual|"
    r"original|cheio|sugerido|de\s+siempre)|(?:list|regular|original|retail|normal|full)\s+price|msrp|"
    r"antes|era|eran|was|were|reg\.?|regular|before|normal(?:mente)?|habitual|usual(?:ly)?|"
    rf"pvp|valia|custava|costaba|de)\s*:?\s*(?P<amount>{_NUMBER})(?:\s(?P<mult>mil|k|lucas))?"
    rf"(?![\d%]|[.,/-]\d|\s*(?:%|{_CURRENCY_AFTER}|\w))",
    regex.I,
)


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, no tracking parameters, no trailing slash or punctuation."""
    url = url.rstrip(TRAILING)
    if "://" not in url:  # www.… or a bare domain (cafeaurora.es/otono)
        url = "https://" + url
    parts = urlsplit(url)
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(TRACKING_PARAMS)
    ]
    path = parts.path.rstrip("/")
    scheme = "https" if parts.scheme.lower() in ("http", "https") else parts.scheme.lower()
    return urlunsplit((scheme, parts.netloc.lower().removeprefix("www."), path, urlencode(query), ""))


def _near_code(word: str, codes: set[str]) -> bool:
    """``OTOÑO20``, ``otoño20``, ``OTONO2O``, ``0TONO20``, ``OTONO21`` for ``OTONO20``: a known code off
    by an accent, one letter or digit, or two swapped characters. Only words with a digit count, and
    only for codes with one: a heading (``OTOÑO``) near a code of letters only is a word, not a code
    (such a code is still read after a cue: ``código OTOÑO``). A word in capitals without a digit
    counts when it is the code with its digits typed as the letters they look like (``BRISAIS``
    for ``BRISA15``)."""
    folded = _fold(word).upper()
    if not any(ch.isdigit() for ch in word):
        return word.isupper() and any(
            len(code) >= 5 and folded != code and folded.translate(_LOOKALIKE) == code.translate(_LOOKALIKE)
            for code in codes
            if any(ch.isdigit() for ch in code)
        )
    return any(
        word.upper() != code
        and any(ch.isdigit() for ch in code)
        and (
            folded == code
            or (len(code) >= 5 and edit_distance(folded, code) <= 1)
            # "GR00VE20", "B1TE5": digits typed for the letters they look like, however many
            or (len(code) >= 5 and folded.translate(_LOOKALIKE) == code.translate(_LOOKALIKE))
        )
        for code in codes
    )


@lru_cache(maxsize=64)
def _split_code(code: str) -> regex.Pattern[str]:
    """``code`` with one space or dot inserted: after a code cue in any case ("código: brisa 25"),
    after a verb in capitals ("usa BRISA 25"; "con Brisa 15 te llevas…" names a product)."""
    splits = "|".join(
        regex.escape(code[:i]) + r"[ .\u00a0]" + regex.escape(code[i:]) for i in range(1, len(code))
    )
    return compiled.pattern(
        rf"(?:{_CODE_CUES}:?\s+[«\"“']?(?P<code>(?i:{splits}))|{_CODE_VERBS}\s+[«\"“']?(?P<code>(?-i:{splits})))"
        r"(?![\w-])",
        regex.IGNORECASE | regex.VERSION1,
    )


#: characters typed for one another because they look alike (0/O, 1/I/L, 5/S), folded to one
_LOOKALIKE = str.maketrans({"0": "O", "1": "I", "L": "I", "5": "S"})


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    start, end = span
    return any(start < b and a < end for a, b in taken)


def extract_facts(
    text: str,
    locale: str,
    *,
    codes: tuple[str, ...] = (),
    currency: str | None = None,
    sites: tuple[str, ...] = (),
) -> list[Fact]:
    """Every fact in ``text`` as the ``locale`` writes it, in text order.

    ``currency`` is the campaign's: a sign it shares with others (``$``, ``pesos``) reads as it.
    ``sites`` are the campaign's own registrable domains (bare links to them are read whatever
    their ending). Paragraphs are read (and cached) one by one, so editing one paragraph re-reads only it.
    """
    out: list[Fact] = []
    offset = 0
    for paragraph in text.split("\n\n"):
        for f in _extract(paragraph, locale, tuple(codes), currency, tuple(sites)):
            out.append(Fact(f.kind, f.value, f.text, f.start + offset, f.end + offset) if offset else f)
        offset += len(paragraph) + 2
    return out


@lru_cache(maxsize=4096)
def _extract(
    text: str, locale: str, codes: tuple[str, ...], currency: str | None = None, sites: tuple[str, ...] = ()
) -> tuple[Fact, ...]:
    """Every fact in ``text`` as the ``locale`` writes it, in text order.

    ``codes`` are promo codes known to the campaign: they are found whatever their shape.
    URLs are found first and their characters are not read again (a date inside a link is not a date).
    """
    reader = _FactReader(text, locale)
    reader.links(sites)
    reader.prices(currency)
    reader.percents()
    reader.dates()
    reader.times()
    reader.codes(codes)
    reader.phones()
    reader.facts.sort(key=lambda f: (f.start, f.end))
    return tuple(reader.facts)


class _FactReader:
    """One reading of a text by :func:`_extract`: each pass reads one kind of fact, in order, and
    takes its spans so a later pass does not read the same characters again."""

    def __init__(self, text: str, locale: str) -> None:
        self.text = text
        self.locale = locale
        self.facts: list[Fact] = []
        self.taken: list[tuple[int, int]] = []

    def add(self, kind: FactKind, value: Any, start: int, end: int) -> None:
        text = self.text
        while end > start + 1 and text[end - 1] in ". ":  # a sentence's full stop is not part of a fact
            end -= 1
        self.facts.append(Fact(kind, value, text[start:end], start, end))
        self.taken.append((start, end))

    def free(self, span: tuple[int, int]) -> bool:
        return not _overlaps(span, self.taken)

    def links(self, sites: tuple[str, ...]) -> None:
        text = self.text
        for m in _URL.finditer(text):
            raw = m.group().rstrip(TRAILING)
            self.add(FactKind.URL, normalize_url(raw), m.start(), m.start() + len(raw))
        for m in _EMAIL_OR_HANDLE.finditer(text):
            self.taken.append(m.span())
        for start, end in find_bare_domains(text, sites):
            if self.free((start, end)):
                self.add(FactKind.URL, normalize_url(text[start:end]), start, end)

    def prices(self, currency: str | None) -> None:
        from studio.consistency.diminutives import diminutive_prices
        from studio.consistency.money import read_prices
        from studio.consistency.said_original import said_originals
        from studio.consistency.slang_amounts import slang_prices
        from studio.consistency.spelled import spelled_prices
        from studio.consistency.thresholds import names_a_thing

        text = self.text
        spelled = spelled_prices(text, self.locale, currency)  # "nueve mil trescientos pesos"
        for price in [
            *spelled,
            *slang_prices(text, self.locale, currency),  # "23 lucas" (slang_amounts.py)
            *diminutive_prices(text, self.locale, currency),  # "749 pesitos" (diminutives.py)
            *read_prices(text, self.locale, currency),
        ]:  # signs, codes and names from CLDR
            if not self.free((price.start, price.end)):
                continue
            before = _fold(text[max(0, price.start - 40) : price.start])
            if _THRESHOLD.search(before) and not names_a_thing(before):  # not "la afinación mayor a $1,880"
                self.taken.append((price.start, price.end))  # a minimum spend: no price, no date
                continue
            self.add(FactKind.PRICE, (price.amount, price.currency), price.start, price.end)
            self._bare_original(price.end, price.currency)
            self._bare_original(price.start, price.currency, price.amount)  # "de 80 por R$ 64"
            for start, end, amount in said_originals(text, self.locale, price.amount, price.end):
                if self.free((start, end)):  # "… (su precio de lista es de 12,400)"
                    self.add(FactKind.PRICE, (amount, price.currency), start, end)

    def _bare_original(self, end: int, currency: str, price: Decimal | None = None) -> None:
        """A bare amount right after a price and a "before" word ("18.900 pesos (antes 29.000)",
        "$49.99 (was 71.99)"): the original price, in the price's currency. With the ``price``,
        the bare amount before it that is more ("de 80 por R$ 64", see originals.py)."""
        if price is None:
            end = per_unit_end(self.text, end)  # "44 €/mes (antes 65)": past the price's unit
            m = _BARE_ORIGINAL.match(self.text, end) or instead_of(self.text, end)  # originals.py
        else:
            m = original_before(self.text, end)
        if m is None or not self.free(m.span("amount")):
            return
        amount = parse_amount(m.group("amount"), self.locale)
        groups = m.groupdict()
        if amount is not None and groups.get("mult"):
            amount = amount * 1000 + Decimal(groups.get("rest") or 0)  # "(antes 35 lucas)", "de 27 mil 900 a"
        if amount is not None and (price is None or amount > price):
            last = max(m.end(g) for g in ("amount", "mult", "rest") if groups.get(g))
            self.add(FactKind.PRICE, (amount, currency), m.start("amount"), last)

    def percents(self) -> None:
        from studio.consistency.money import percent_is_discount

        text, locale = self.text, self.locale
        for m in _PERCENT.finditer(text):
            if not self.free(m.span()):
                continue
            number = parse_amount(m.group("number"), locale)
            if number is not None and percent_is_discount(
                text, m.start(), m.end(), locale, bool(m.group("sign")), number
            ):
                self.add(FactKind.PERCENT, number, m.start(), m.end())

    def dates(self) -> None:
        from studio.consistency.between import between_ranges
        from studio.consistency.dates import find_dates  # dates.py builds on this module
        from studio.consistency.nondates import not_a_date
        from studio.consistency.weekday_range import spread_weekdays

        found = spread_weekdays(self.text, find_dates(self.text, self.locale, list(self.taken)), self.locale)
        found = between_ranges(self.text, found)  # "entre el lunes 3 de mayo y el domingo 9 de mayo"
        for value, start, end in found:
            if not not_a_date(self.text, start, end, value, self.locale, self.facts):
                self.add(FactKind.DATE, value, start, end)

    def times(self) -> None:
        for m in _TIME_12.finditer(self.text):
            if self.free(m.span()):
                hour = int(m.group("h")) % 12 + (12 if m.group("ampm").lower().startswith("p") else 0)
                self.add(FactKind.TIME, (hour, int(m.group("m") or 0)), m.start(), m.end())
        for m in _TIME_24.finditer(self.text):
            if self.free(m.span()):
                self.add(FactKind.TIME, (int(m.group("h")), int(m.group("m"))), m.start(), m.end())

    def codes(self, codes: tuple[str, ...]) -> None:
        from studio.consistency.split_codes import bare_split_codes

        text = self.text
        known = {c.upper() for c in codes}
        for code in known:
            for m in regex.finditer(rf"(?<![\w-]){regex.escape(code)}(?![\w-])", text, regex.I):
                if self.free(m.span()):
                    self.add(FactKind.CODE, code, m.start(), m.end())
        for code in known:  # "usa BRISA 25", "code groove 20": the code split by a space after a cue
            for m in _split_code(code).finditer(text):
                if self.free(m.span("code")):
                    self.add(FactKind.CODE, m.group("code").upper(), *m.span("code"))
        for start, end in bare_split_codes(text, known):  # "· NARANJO 20 ·": no cue (split_codes.py)
            if self.free((start, end)):
                self.add(FactKind.CODE, text[start:end], start, end)
        for m in _WORD.finditer(text):
            if known and self.free(m.span()) and _near_code(m.group(), known):
                self.add(FactKind.CODE, m.group().upper(), m.start(), m.end())
        for m in _CODE_AFTER_CUE.finditer(text):
            code, (start, end) = m.group("code"), m.span("code")
            if self.free((start, end)):
                self.add(FactKind.CODE, code.upper(), start, end)
        for m in _CODE.finditer(text):
            if self.free(m.span("code")):
                self.add(FactKind.CODE, m.group("code"), *m.span("code"))

    def phones(self) -> None:
        for m in _PHONE.finditer(self.text):
            if not self.free(m.span()):
                continue
            digits = regex.sub(r"\D", "", m.group())
            if 9 <= len(digits) <= 15:
                self.add(
                    FactKind.PHONE, ("+" if m.group().startswith("+") else "") + digits, m.start(), m.end()
                )
