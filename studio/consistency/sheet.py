"""The campaign's fact sheet in comparable form, and the facts a variant states (with their field)."""

from __future__ import annotations

import calendar
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from studio.consistency.date_resolution import resolve_date
from studio.consistency.facts import DateValue, Fact, FactKind, extract_facts, normalize_url
from studio.consistency.links import link_key, site_of
from studio.consistency.years import with_written_months, with_written_years
from studio.model.campaign import Campaign
from studio.model.finding import Span
from studio.model.names import day_text, money_text
from studio.model.variant import Variant
from studio.render.formatting import format_money, format_percent, format_when
from studio.render.prices import PriceFormats, price_style


@dataclass(frozen=True)
class Seen:
    """A fact as a variant states it: in which field, and that field's text (for its span)."""

    fact: Fact
    field: str
    text: str


def span_of(text: str, start: int, end: int) -> Span:
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return Span(line, column, start, end)


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.split())


def _day(moment: datetime, zone: str) -> date:
    return moment.astimezone(ZoneInfo(zone)).date()


def date_matches(value: DateValue, day: date) -> bool:
    return value.month == day.month and value.day == day.day and value.year in (None, day.year)


class Sheet:
    """The fact sheet's values in comparable form."""

    def __init__(self, campaign: Campaign, price_format: PriceFormats | None = None) -> None:
        offer = campaign.offer
        self.campaign = campaign
        self.price_format = price_format or {}
        self._money: dict[tuple[Decimal, str], str] = {}
        self.currency = offer.currency
        self.price = offer.price
        self.original_price = offer.original_price
        self.discount = offer.discount_percent
        self.code = offer.promo_code.upper() if offer.promo_code else None
        self.codes: tuple[str, ...] = (self.code,) if self.code else ()
        self.start = _day(offer.valid_from, campaign.timezone)
        self.end = _day(offer.valid_until, campaign.timezone)
        self.cta_url = normalize_url(campaign.cta.url) if campaign.cta else None
        #: the campaign's own registrable domains (bare links to them are links whatever their ending)
        self.sites: set[str] = {site_of(link_key(self.cta_url).host)} if self.cta_url else set()

    def has(self, name: str, locale: str) -> bool:
        if name == "disclaimer":
            return bool(self.campaign.locales[locale].disclaimer.strip())
        value = {
            "price": self.price,
            "original_price": self.original_price,
            "discount": self.discount,
            "code": self.code,
            "valid_from": self.start,
            "valid_until": self.end,
            "cta_url": self.cta_url,
        }[name]
        return value is not None

    def shown(self, name: str, locale: str) -> str:
        """The sheet's value as this locale writes it, for messages."""
        tz = self.campaign.timezone
        offer = self.campaign.offer
        if name == "price" and self.price is not None:
            return self.money(self.price, locale)
        if name == "original_price" and self.original_price is not None:
            return self.money(self.original_price, locale)
        if name == "discount" and self.discount is not None:
            return format_percent(self.discount, locale)
        if name == "code":
            return self.code or ""
        if name == "valid_from":
            return format_when(offer.valid_from, "day_month", locale, tz)
        if name == "valid_until":
            return format_when(offer.valid_until, "day_month", locale, tz)
        if name == "cta_url":
            return self.campaign.cta.url if self.campaign.cta else ""
        if name == "disclaimer":
            return f"«{self.campaign.locales[locale].disclaimer.strip()[:60]}…»"
        return ""

    def said(self, name: str, locale: str, lang: str) -> str:
        """The sheet's value inside a message: dates and numbers as the message's language writes
        them (what a channel should write is :meth:`shown`)."""
        if name == "price" and self.price is not None:
            return money_text(self.price, self.currency, lang)
        if name == "original_price" and self.original_price is not None:
            return money_text(self.original_price, self.currency, lang)
        if name == "discount" and self.discount is not None:
            return format_percent(self.discount, "es-ES" if lang == "es" else "en-US")
        if name == "valid_from":
            return day_text(self.start, lang)
        if name == "valid_until":
            return day_text(self.end, lang)
        return self.shown(name, locale)

    def money(self, amount: Decimal, locale: str) -> str:
        """``amount`` in the campaign's currency as the brand writes it in ``locale``."""
        key = (amount, locale)
        if key not in self._money:  # asked for every price in every variant: format each once
            style = price_style(self.price_format, locale, self.currency)
            self._money[key] = format_money(amount, self.currency, locale, style)
        return self._money[key]

    def present(self, name: str, seen: Sequence[Seen], variant_text: str, locale: str) -> bool:
        facts = [s.fact for s in seen]
        if name == "price":
            return any(f.kind is FactKind.PRICE and f.value == (self.price, self.currency) for f in facts)
        if name == "original_price":
            return any(
                f.kind is FactKind.PRICE and f.value == (self.original_price, self.currency) for f in facts
            )
        if name == "discount":
            return self.discount is not None and (
                any(
                    f.kind is FactKind.PERCENT and abs(f.value - self.discount) < Decimal("0.5")
                    for f in facts
                )
                or _fraction_said(self.discount, seen, variant_text)  # "a mitad de precio"
            )
        if name == "code":
            return any(f.kind is FactKind.CODE and f.value == self.code for f in facts)
        if name in ("valid_from", "valid_until"):
            day = self.start if name == "valid_from" else self.end
            return any(
                f.kind is FactKind.DATE and date_matches(f.value, day) for f in facts
            ) or self._whole_month_said(variant_text, locale)
        if name == "cta_url":
            cta = link_key(self.cta_url, self.codes) if self.cta_url else None
            return any(f.kind is FactKind.URL and link_key(f.value, self.codes) == cta for f in facts)
        if name == "disclaimer":
            return _folded(self.campaign.locales[locale].disclaimer) in _folded(variant_text)
        return False

    def _whole_month_said(self, text: str, locale: str) -> bool:
        """Whether the offer runs one whole calendar month and ``text`` says so ("durante todo o
        mês", "todo abril", "all April long"): that states its first and last day, as "hasta fin
        de mes" states the last."""
        from studio.consistency.claims import whole_months

        start, end = self.start, self.end
        whole = start.day == 1 and (start.year, start.month) == (end.year, end.month)
        if not whole or end.day != calendar.monthrange(end.year, end.month)[1]:
            return False
        return bool(whole_months(text, locale) & {0, start.month})


def _fraction_said(discount: Decimal, seen: Sequence[Seen], variant_text: str) -> bool:
    """Whether the variant says the discount as a fraction of the price (see :mod:`.fraction_discount`)."""
    from studio.consistency.fraction_discount import said_in_words

    ends: dict[str, list[int]] = {}
    for s in seen:
        if s.fact.kind is FactKind.PRICE:
            ends.setdefault(s.text, []).append(s.fact.end)
    return said_in_words(discount, variant_text) or any(
        said_in_words(discount, t, e) for t, e in ends.items()
    )


def facts_of(variant: Variant, sheet: Sheet) -> list[Seen]:
    codes = (sheet.code,) if sheet.code else ()
    sites = tuple(sorted(sheet.sites))
    out: list[Seen] = []
    for name, text in variant.fields.items():
        facts = extract_facts(text, variant.locale, codes=codes, currency=sheet.currency, sites=sites)
        facts = with_written_years(facts, text, sheet.end.year, (sheet.start, sheet.end))
        facts = with_written_months(facts, text, variant.locale.split("-")[0].lower())
        out.extend(Seen(_settled(fact, sheet, facts, text), name, text) for fact in facts)
    return out


def _settled(fact: Fact, sheet: Sheet, facts: Sequence[Fact] = (), text: str = "") -> Fact:
    """A date without its month or day ("lunes 30", "hasta fin de mes") placed in the offer window,
    or in the month of the date beside it when its weekday fits there (see :func:`_neighbour_month`)."""
    if fact.kind is not FactKind.DATE or (fact.value.month and fact.value.day):
        return fact
    if (month := _neighbour_month(fact, facts, sheet, text)) is not None:
        return Fact(
            fact.kind, replace(fact.value, month=month[0], year=month[1]), fact.text, fact.start, fact.end
        )
    return Fact(fact.kind, resolve_date(fact.value, sheet.start, sheet.end), fact.text, fact.start, fact.end)


#: how far a dated neighbour may stand from a weekday and day without a month
_NEIGHBOUR_AFTER = 40
_NEIGHBOUR_BEFORE = 400


def _neighbour_month(
    fact: Fact, facts: Sequence[Fact], sheet: Sheet, text: str
) -> tuple[int, int | None] | None:
    """The month (and year as written) a weekday and day without a month ("el sábado 20") take
    from a date written with its month beside it — the next in a list ("el viernes 19, el sábado
    20 y el domingo 21 de noviembre") or the one before it in the text ("El viernes 19 de
    noviembre: … El sábado 20: …") — when the weekday is that day's there (in the written year,
    else the offer's); None when no neighbour fits."""
    value: DateValue = fact.value
    if value.weekday is None or not value.day or value.month or value.month_end:
        return None
    dated = [f for f in facts if f.kind is FactKind.DATE and 1 <= f.value.month <= 12 and f.value.day]
    after = [f for f in dated if 0 <= f.start - fact.end <= _NEIGHBOUR_AFTER]
    before = [
        f
        for f in dated
        if 0 <= fact.start - f.end <= _NEIGHBOUR_BEFORE and "\n\n" not in text[f.end : fact.start]
    ]
    for near in after[:1] + before[-1:]:
        month, year = near.value.month, near.value.year
        for y in [year] if year else sorted({sheet.start.year, sheet.end.year}):
            if (
                value.day <= calendar.monthrange(y, month)[1]
                and date(y, month, value.day).weekday() == value.weekday
            ):
                return month, year
    return None


#: the poster's box for each fact (signage has one field per part of the layout)
_FACT_FIELDS = {
    "price": "price",
    "original_price": "was_price",
    "discount": "price",
    "code": "code",
    "valid_from": "dates",
    "valid_until": "dates",
    "cta_url": "cta",
    "disclaimer": "disclaimer",
}


def home_field(variant: Variant, name: str | None = None) -> str:
    """The field that should carry fact ``name``: its own box (signage), else the main text field
    (the hand-written one when the marketer overrode it)."""
    own = _FACT_FIELDS.get(name or "")
    if own and own in variant.fields and own not in variant.overridden:
        return own
    for candidate in ("text", "headline"):
        if candidate in variant.overridden:
            return candidate
    for candidate in ("text", "headline"):
        if candidate in variant.fields:
            return candidate
    return next(iter(variant.fields), "text")


def end_of(variant: Variant, field_name: str) -> Span:
    """An empty span at the end of a field: where a missing part goes."""
    text = variant.fields.get(field_name, "")
    return span_of(text, len(text), len(text))


def quoted(fact: Fact) -> str:
    return f"«{fact.text}»"
