"""Do all channels tell the same story? Cross-variant checks against the fact sheet.

For every variant the facts it states (prices, percentages, dates, codes, links) are read from
what the customer will actually see — templates, footers and overrides included — and compared
with the campaign's fact sheet: each channel must carry what ``brand_rules/consistency.yaml`` says
it carries, no variant may state a conflicting fact, stated weekdays must match their dates, the
offer must not have ended, and every translation must carry the facts its primary-locale variant
carries. Findings are of category ``consistency`` and name the variant, field and span.
"""

from __future__ import annotations

import calendar
import fnmatch
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from studio.consistency.dates import find_claims, is_impossible, resolve_date
from studio.consistency.facts import DateValue, Fact, FactKind, extract_facts, normalize_url
from studio.consistency.links import LinkVerdict, as_written, judge_link, link_key, site_of, typo_of
from studio.consistency.window import offer_window_findings
from studio.model.campaign import Campaign
from studio.model.finding import Applicability, Category, Finding, Fix, Severity, Span
from studio.model.names import day_text, locale_name, money_text
from studio.model.variant import Variant
from studio.render.environment import format_money, format_percent, format_when
from studio.render.prices import PriceFormats, price_style

CONFIG_FILE = "consistency.yaml"
FACT_NAMES = (
    "price",
    "original_price",
    "discount",
    "code",
    "valid_from",
    "valid_until",
    "cta_url",
    "disclaimer",
)

# Messages in the languages the studio speaks; {placeholders} are filled per finding.
MESSAGES: dict[str, dict[str, str]] = {
    "missing": {
        "es": "Falta {what}: este canal debe decir {value}.",
        "en": "Missing {what}: this channel must state {value}.",
    },
    "conflict": {
        "es": "{what_cap} no coincide: dice {stated}, la ficha dice {value}.",
        "en": "{what_cap} does not match: it says {stated}, the fact sheet says {value}.",
    },
    "foreign_link": {
        "es": "Enlace a un dominio ajeno a la campaña: {stated}.",
        "en": "Link to a domain outside the campaign: {stated}.",
    },
    "weekday": {
        "es": "El día de la semana no cuadra: el {day} es {weekday}, no {stated}.",
        "en": "Wrong weekday: the {day} is a {weekday}, not {stated}.",
    },
    "date": {
        "es": "Esa fecha no existe: {month} tiene {days} días (dice {stated}).",
        "en": "That date does not exist: {month} has {days} days (it says {stated}).",
    },
    "relative_time": {
        "es": "{stated} no cuadra con la oferta, que dura {days} días ({start} – {end}).",
        "en": "{stated} does not fit the offer, which runs {days} days ({start} – {end}).",
    },
    "expired": {
        "es": "La oferta ya terminó ({value}).",
        "en": "The offer has ended ({value}).",
    },
    "translation": {
        "es": "La versión en {primary} dice {value} y esta traducción no.",
        "en": "The {primary} version states {value} and this translation does not.",
    },
    "locale_part": {
        "es": "La versión en {locale} no incluye {what}, que sí está en la versión en {primary}.",
        "en": "The {locale} version lacks {what}, which the {primary} version has.",
    },
    "price_format": {
        "es": "El precio {stated} es correcto pero escrito de otra forma: en {locale} se escribe {expected}.",
        "en": "The price {stated} is right but written another way: in {locale} it is written {expected}.",
    },
    "mechanic": {
        "es": "Otra oferta: este canal dice {stated} y la ficha ofrece {value}.",
        "en": "A different offer: this channel says {stated} and the fact sheet offers {value}.",
    },
    "unverified_link": {
        "es": "No se puede comprobar el enlace acortado {stated}: comprueba que lleva a {value} "
        "o escribe el enlace completo.",
        "en": "Cannot verify the shortened link {stated}: check that it leads to {value} "
        "or write the full link.",
    },
    "dropped_by_override": {
        "es": "El texto escrito a mano para este canal en {locale} no lo incluye.",
        "en": "The hand-written {locale} text of this channel leaves it out.",
    },
    "fix_write": {
        "es": "Escribir {value}",
        "en": "Write {value}",
    },
    "fix_append": {
        "es": "Añadir {what} al final",
        "en": "Append {what}",
    },
}
WHAT: dict[str, dict[str, str]] = {
    "price": {"es": "el precio", "en": "the price"},
    "original_price": {"es": "el precio anterior", "en": "the original price"},
    "discount": {"es": "el descuento", "en": "the discount"},
    "code": {"es": "el código promocional", "en": "the promo code"},
    "valid_from": {"es": "la fecha de inicio", "en": "the start date"},
    "valid_until": {"es": "la fecha de fin", "en": "the end date"},
    "cta_url": {"es": "el enlace de la llamada a la acción", "en": "the call-to-action link"},
    "disclaimer": {"es": "el texto legal", "en": "the legal disclaimer"},
    "percent": {"es": "el porcentaje", "en": "the percentage"},
    "date": {"es": "la fecha", "en": "the date"},
    "cta_label": {"es": "la etiqueta de la llamada a la acción", "en": "the call-to-action label"},
    "image_alt": {"es": "el texto alternativo de la imagen", "en": "the image's alt text"},
}


def _t(key: str, lang: str, **values: Any) -> str:
    table = MESSAGES[key]
    return table.get(lang, table["en"]).format(**values)


def _what(name: str, lang: str) -> str:
    return WHAT[name].get(lang, WHAT[name]["en"])


def _locale(tag: str, lang: str) -> str:
    """A locale's name in the message's language: ``inglés (Estados Unidos)``, ``English (United States)``."""
    return locale_name(tag, lang)


@dataclass(frozen=True)
class ConsistencyConfig:
    """What each channel must carry and how severe each kind of finding is."""

    carries: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    levels: Mapping[str, Severity] = field(default_factory=dict)
    #: an offer touching more calendar days than this is Consistency.LongOffer (studio/consistency/window.py)
    max_offer_days: int = 90

    def required(self, channel: str) -> tuple[str, ...]:
        for pattern, names in self.carries.items():
            if fnmatch.fnmatchcase(channel, pattern):
                return names
        return ()

    def level(self, check: str) -> Severity:
        lenient = check in ("translation", "unverified_link", "starts_in_past", "long_offer")
        return self.levels.get(check, Severity.WARNING if lenient else Severity.ERROR)


def load_consistency_config(brand_rules: Path) -> ConsistencyConfig:
    """``brand_rules/consistency.yaml``; a workspace without it gets no per-channel requirements."""
    path = Path(brand_rules) / CONFIG_FILE
    if not path.is_file():
        return ConsistencyConfig()
    return _load_config(path, path.stat().st_mtime_ns)


@lru_cache(maxsize=8)
def _load_config(path: Path, mtime_ns: int) -> ConsistencyConfig:
    from studio.errors import Problem, ValidationError
    from studio.model.files import read_yaml

    data, line_of = read_yaml(path)
    problems: list[Problem] = []
    carries: dict[str, tuple[str, ...]] = {}
    levels: dict[str, Severity] = {}
    for channel, names in (data.get("carries") or {}).items() if isinstance(data, dict) else ():
        bad = [n for n in names or [] if n not in FACT_NAMES]
        if bad or not isinstance(names, list):
            problems.append(
                Problem(
                    f"unknown fact {bad[0] if bad else names!r} (use {', '.join(FACT_NAMES)})",
                    field=f"carries.{channel}",
                    file=path,
                    line=line_of(("carries", channel)),
                )
            )
        else:
            carries[str(channel)] = tuple(names)
    for check, level in (data.get("levels") or {}).items() if isinstance(data, dict) else ():
        try:
            levels[str(check)] = Severity(level)
        except ValueError:
            problems.append(
                Problem(
                    f"{level!r} is not error, warning or suggestion",
                    field=f"levels.{check}",
                    file=path,
                    line=line_of(("levels", check)),
                )
            )
    limit = data.get("max_offer_days", 90) if isinstance(data, dict) else 90
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        problems.append(
            Problem(
                f"{limit!r} is not a number of days such as 90",
                field="max_offer_days",
                file=path,
                line=line_of(("max_offer_days",)),
            )
        )
    if problems:
        raise ValidationError(f"{path}: not valid", problems=problems)
    return ConsistencyConfig(carries, levels, limit)


# -- the checks ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Seen:
    fact: Fact
    field: str
    text: str


def _span(text: str, start: int, end: int) -> Span:
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return Span(line, column, start, end)


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.split())


def _day(moment: datetime, zone: str) -> date:
    return moment.astimezone(ZoneInfo(zone)).date()


def _date_matches(value: DateValue, day: date) -> bool:
    return value.month == day.month and value.day == day.day and value.year in (None, day.year)


class _Sheet:
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

    def present(self, name: str, seen: Sequence[_Seen], variant_text: str, locale: str) -> bool:
        facts = [s.fact for s in seen]
        if name == "price":
            return any(f.kind is FactKind.PRICE and f.value == (self.price, self.currency) for f in facts)
        if name == "original_price":
            return any(
                f.kind is FactKind.PRICE and f.value == (self.original_price, self.currency) for f in facts
            )
        if name == "discount":
            return any(
                f.kind is FactKind.PERCENT
                and self.discount is not None
                and abs(f.value - self.discount) < Decimal("0.5")
                for f in facts
            )
        if name == "code":
            return any(f.kind is FactKind.CODE and f.value == self.code for f in facts)
        if name in ("valid_from", "valid_until"):
            day = self.start if name == "valid_from" else self.end
            return any(f.kind is FactKind.DATE and _date_matches(f.value, day) for f in facts)
        if name == "cta_url":
            cta = link_key(self.cta_url) if self.cta_url else None
            return any(f.kind is FactKind.URL and link_key(f.value) == cta for f in facts)
        if name == "disclaimer":
            return _folded(self.campaign.locales[locale].disclaimer) in _folded(variant_text)
        return False


def _facts_of(variant: Variant, sheet: _Sheet) -> list[_Seen]:
    codes = (sheet.code,) if sheet.code else ()
    sites = tuple(sorted(sheet.sites))
    return [
        _Seen(_settled(fact, sheet), name, text)
        for name, text in variant.fields.items()
        for fact in extract_facts(text, variant.locale, codes=codes, currency=sheet.currency, sites=sites)
    ]


def _settled(fact: Fact, sheet: _Sheet) -> Fact:
    """A date without its month or day ("lunes 30", "hasta fin de mes") placed in the offer window."""
    if fact.kind is not FactKind.DATE or (fact.value.month and fact.value.day):
        return fact
    return Fact(fact.kind, resolve_date(fact.value, sheet.start, sheet.end), fact.text, fact.start, fact.end)


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


def _home_field(variant: Variant, name: str | None = None) -> str:
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


def _end_of(variant: Variant, field_name: str) -> Span:
    """An empty span at the end of a field: where a missing part goes."""
    text = variant.fields.get(field_name, "")
    return _span(text, len(text), len(text))


def _stated(fact: Fact) -> str:
    return f"«{fact.text}»"


def check_consistency(
    campaign: Campaign,
    variants: Iterable[Variant],
    *,
    config: ConsistencyConfig,
    now: datetime,
    language: str = "es",
    allowed_hosts: Iterable[str] = (),
    price_format: PriceFormats | None = None,
) -> list[Finding]:
    """Every consistency finding of a campaign's variants (see the module docstring).

    ``price_format`` is the brand kit's choice of price format per locale (assets/brand.yaml).
    """
    sheet = _Sheet(campaign, price_format)
    lang = language
    out: list[Finding] = []
    allowed = [normalize_url(h) for h in allowed_hosts if h]
    sheet.sites.update(site_of(link_key(url).host) for url in allowed)
    sheet.sites.discard("")
    for content in campaign.locales.values():  # pages the legal text names (terms, privacy…)
        allowed.extend(
            f.value
            for f in extract_facts(content.disclaimer, campaign.primary_locale, sites=tuple(sheet.sites))
            if f.kind is FactKind.URL
        )
    hosts = sheet.sites
    facts_by_variant: dict[tuple[str, str], tuple[Variant, list[_Seen]]] = {}
    wrong: list[_Seen] = []  # facts already reported as conflicts (a translation need not repeat them)

    def finding(
        check: str,
        variant: Variant | None,
        message: str,
        seen: _Seen | None = None,
        field_name: str | None = None,
        fix: Fix | None = None,
    ) -> Finding:
        span = _span(seen.text, seen.fact.start, seen.fact.end) if seen else None
        if seen is None and variant is not None and field_name:
            span = _end_of(variant, field_name)
        return Finding(
            rule=f"Consistency.{check.title().replace('_', '')}",
            category=Category.CONSISTENCY,
            severity=config.level(check),
            message=message,
            channel=variant.channel.value if variant else None,
            locale=variant.locale if variant else None,
            field=seen.field if seen else field_name,
            span=span,
            match=seen.fact.text if seen else "",
            fix=fix,
        )

    def write(value: str, safe: bool = True) -> Fix:
        """A fix that writes ``value`` over the stated fact."""
        return Fix(
            value,
            Applicability.SAFE if safe else Applicability.UNSAFE,
            _t("fix_write", lang, value=f"«{value}»"),
        )

    def conflict(variant: Variant, message: str, seen: _Seen, fix: Fix | None = None) -> None:
        out.append(finding("conflict", variant, message, seen, fix=fix))
        wrong.append(seen)

    for variant in variants:
        seen = _facts_of(variant, sheet)
        facts_by_variant[(variant.channel.value, variant.locale)] = (variant, seen)
        locale = variant.locale
        out.extend(price_format_findings(sheet, variant, seen, config, lang))
        out.extend(mechanic_findings(sheet, variant, config, lang))
        missing: dict[str, Finding] = {}
        shortened = [
            s
            for s in seen
            if s.fact.kind is FactKind.URL
            and judge_link(s.fact.value, cta=sheet.cta_url, allowed=allowed, sites=hosts)
            is LinkVerdict.SHORTENED
        ]
        # a channel that must carry the price and shows only the original one shows it as the price
        required = config.required(variant.channel.value)
        prices = {s.fact.value for s in seen if s.fact.kind is FactKind.PRICE}
        old_as_price = (
            "price" in required
            and sheet.original_price is not None
            and (sheet.original_price, sheet.currency) in prices
            and (sheet.price, sheet.currency) not in prices
        )
        # present where the channel must carry it
        for name in required:
            if name == "cta_url" and shortened:
                continue  # the shortened link may be it: reported as unverified below
            if name == "price" and old_as_price:
                continue  # reported as the conflicting price below
            if sheet.has(name, locale) and not sheet.present(name, seen, variant.text, locale):
                if _states_wrong_date(name, seen, sheet):
                    continue  # reported once, as the conflicting (or impossible) date
                missing[name] = _missing(variant, name, sheet, lang, finding)
                out.append(missing[name])
        # nothing conflicting
        for s in seen:
            fact = s.fact
            if fact.kind is FactKind.PRICE and sheet.price is not None:
                allowed_prices: list[tuple[Decimal | None, str]] = [(sheet.price, sheet.currency)]
                if not old_as_price:
                    allowed_prices.append((sheet.original_price, sheet.currency))
                if fact.value not in allowed_prices:
                    message = _t(
                        "conflict",
                        lang,
                        what_cap=_what("price", lang).capitalize(),
                        stated=_stated(fact),
                        value=sheet.said("price", locale, lang),
                    )
                    conflict(variant, message, s, write(sheet.shown("price", locale)))
            elif fact.kind is FactKind.PERCENT and sheet.discount is not None:
                if abs(fact.value - sheet.discount) >= Decimal("0.5"):
                    message = _t(
                        "conflict",
                        lang,
                        what_cap=_what("discount", lang).capitalize(),
                        stated=_stated(fact),
                        value=sheet.said("discount", locale, lang),
                    )
                    sign = fact.text[0] if fact.text[:1] in ("-", "−", "–") else ""
                    conflict(variant, message, s, write(sign + sheet.shown("discount", locale)))
            elif fact.kind is FactKind.CODE and sheet.code is not None and fact.value != sheet.code:
                message = _t(
                    "conflict",
                    lang,
                    what_cap=_what("code", lang).capitalize(),
                    stated=_stated(fact),
                    value=sheet.code,
                )
                conflict(variant, message, s, write(sheet.code))
            elif fact.kind is FactKind.DATE:
                issue = _date_issue(fact, sheet, campaign, locale, lang)
                if issue:
                    check, message = issue
                    fix = None if check == "date" else _date_fix(campaign, sheet, fact, locale, write)
                    if check == "conflict":
                        conflict(variant, message, s, fix)
                    else:
                        out.append(finding(check, variant, message, s, fix=fix))
                        if check != "weekday":
                            wrong.append(s)
            elif fact.kind is FactKind.URL and hosts:
                _check_link(s, variant, sheet, allowed, lang, finding, write, conflict, out.append)
        # a wrong code or link is one mistake: its conflict says so, a "missing" would repeat it
        stated = {_SAID_BY.get(s.fact.kind) for s in wrong if s in seen}
        out[:] = [f for f in out if not any(f is missing.get(name) for name in stated if name)]

    out.extend(_relative_time_findings(campaign, sheet, facts_by_variant.values(), config, lang, now))

    # every translation carries what its primary-locale variant carries
    primary = campaign.primary_locale
    for (channel, locale), (variant, seen) in facts_by_variant.items():
        if locale == primary or (channel, primary) not in facts_by_variant:
            continue
        _, primary_seen = facts_by_variant[(channel, primary)]
        have = {(s.fact.kind, _comparable(s.fact)) for s in seen}
        reported: set[tuple[FactKind, Any]] = set()
        for s in primary_seen:
            key = (s.fact.kind, _comparable(s.fact))
            if s.fact.kind in (FactKind.PHONE, FactKind.TIME) or key in have or key in reported or s in wrong:
                continue
            if _only_in_dropped_disclaimer(s, campaign, locale):
                continue  # the missing disclaimer is reported once, below
            reported.add(key)
            message = _t("translation", lang, primary=_locale(primary, lang), value=_stated(s.fact))
            out.append(finding("translation", variant, message, field_name=_home_field(variant)))

    # each locale has what the primary locale has
    primary_content = campaign.locales[primary]
    for locale, content in campaign.locales.items():
        if locale == primary:
            continue
        for part in ("disclaimer", "cta_label", "image_alt"):
            if getattr(primary_content, part).strip() and not getattr(content, part).strip():
                message = _t(
                    "locale_part",
                    lang,
                    what=_what(part, lang),
                    locale=_locale(locale, lang),
                    primary=_locale(primary, lang),
                )
                out.append(
                    Finding(
                        rule="Consistency.Translation",
                        category=Category.CONSISTENCY,
                        severity=config.level("translation")
                        if part != "disclaimer"
                        else config.level("missing"),
                        message=message,
                        locale=locale,
                        field=f"locales.{locale}.{part}",
                    )
                )

    out.extend(offer_window_findings(campaign, config=config, now=now, language=lang))
    if now > campaign.offer.valid_until:
        out.append(
            Finding(
                rule="Consistency.Expired",
                category=Category.CONSISTENCY,
                severity=config.level("expired"),
                message=_t("expired", lang, value=day_text(sheet.end, lang, with_year=True)),
                field="offer.valid_until",
            )
        )
    return out


def price_format_findings(
    sheet: _Sheet, variant: Variant, seen: Sequence[_Seen], config: ConsistencyConfig, lang: str
) -> list[Finding]:
    """The sheet's price written right but not in the brand's format for the locale (``EUR3.90`` where
    es-MX copy writes ``3,90 €``). Currency names in prose (``3,90 euros``) are not a format."""
    from studio.consistency.money import misreadable, misreadable_number, read_prices, same_format

    out: list[Finding] = []
    amounts = {a for a in (sheet.price, sheet.original_price) if a is not None}
    for s in seen:
        fact = s.fact
        if fact.kind is not FactKind.PRICE or fact.value[1] != sheet.currency or fact.value[0] not in amounts:
            continue
        read = read_prices(fact.text, variant.locale, sheet.currency)
        if not read:
            continue
        expected = sheet.money(fact.value[0], variant.locale)
        if read[0].marker == "name" and not misreadable_number(fact.text, expected, decimals=False):
            continue  # "3,90 euros" is prose, not a format; "13,500 pesos" in es-AR misreads
        if same_format(fact.text, expected, sheet.currency):
            continue
        message = _t(
            "price_format",
            lang,
            stated=_stated(fact),
            locale=_locale(variant.locale, lang),
            expected=f"«{expected}»",
        )
        title = {"es": f"Escribir «{expected}»", "en": f"Write «{expected}»"}.get(lang, f"Write «{expected}»")
        out.append(
            Finding(
                rule="Consistency.PriceFormat",
                category=Category.CONSISTENCY,
                # off-brand but unambiguous (an ISO code) is a suggestion; misreadable is the level set
                severity=config.levels.get("price_format", Severity.WARNING)
                if misreadable(fact.text, expected, sheet.currency)
                else Severity.SUGGESTION,
                message=message,
                channel=variant.channel.value,
                locale=variant.locale,
                field=s.field,
                span=_span(s.text, fact.start, fact.end),
                match=fact.text,
                fix=Fix(expected, Applicability.SAFE, title),
            )
        )
    return out


def mechanic_findings(sheet: _Sheet, variant: Variant, config: ConsistencyConfig, lang: str) -> list[Finding]:
    """A multi-buy offer (``2x1``, ``segunda unidad al 50 %``, ``BOGO``) where the sheet offers a
    discount or a price: the channel promises another deal."""
    from studio.consistency.money import find_mechanics

    if sheet.discount is None and sheet.price is None:
        return []
    out: list[Finding] = []
    for name, text in variant.fields.items():
        for start, end, words in find_mechanics(text):
            offer = (
                f"-{sheet.said('discount', variant.locale, lang)}"
                if sheet.discount is not None
                else sheet.said("price", variant.locale, lang)
            )
            out.append(
                Finding(
                    rule="Consistency.Mechanic",
                    category=Category.CONSISTENCY,
                    severity=config.level("mechanic"),
                    message=_t("mechanic", lang, stated=f"«{words}»", value=offer),
                    channel=variant.channel.value,
                    locale=variant.locale,
                    field=name,
                    span=_span(text, start, end),
                    match=words,
                )
            )
    return out


def _date_issue(
    fact: Fact, sheet: _Sheet, campaign: Campaign, locale: str, lang: str
) -> tuple[str, str] | None:
    """("date" | "conflict" | "weekday", message) for a stated date that is not the sheet's, or None.

    A date that does not exist is a "date" finding; the start of a range must be the offer's
    start and its end (or a date after "hasta"/"until") the offer's end; any other date either.
    """
    value: DateValue = fact.value
    stated = _stated(fact)
    if value.settled:  # "lunes 30", "hasta fin de mes": say which day it was read as
        stated += f" ({_shown_day(value, sheet, 'es-ES' if lang == 'es' else 'en-US')})"
    if is_impossible(value, sheet.start, sheet.end):
        from babel.dates import get_month_names

        year = value.year or (sheet.end.year if value.month == sheet.end.month else sheet.start.year)
        length = calendar.monthrange(year, value.month)[1]
        month = str(get_month_names("wide", locale=lang)[value.month])
        return "date", _t("date", lang, month=month, days=length, stated=stated)
    targets = {"start": ("valid_from",), "end": ("valid_until",)}.get(
        value.role or "", ("valid_from", "valid_until")
    )
    days = {"valid_from": sheet.start, "valid_until": sheet.end}
    matched = [days[name] for name in targets if _date_matches(value, days[name])]
    if value.role == "within":  # a listed day ("sábado 28 y domingo 29") may be any day of the offer
        matched += [d for d in _as_dates(value, sheet) if sheet.start <= d <= sheet.end]
    if not matched:
        what = _what(targets[0] if len(targets) == 1 else "date", lang)
        shown = " – ".join(sheet.said(name, locale, lang) for name in targets)
        return "conflict", _t("conflict", lang, what_cap=what.capitalize(), stated=stated, value=shown)
    day = matched[0]
    if value.weekday is not None and day.weekday() != value.weekday:
        from studio.render.environment import format_weekday

        actual = format_weekday(
            datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(campaign.timezone)),
            "es-ES" if lang == "es" else "en-US",
            campaign.timezone,
        )
        return "weekday", _t("weekday", lang, day=day.day, weekday=actual, stated=stated)
    return None


def _as_dates(value: DateValue, sheet: _Sheet) -> list[date]:
    years = {value.year} if value.year else {sheet.start.year, sheet.end.year}
    return [
        date(y, value.month, value.day)
        for y in sorted(years)
        if value.day <= calendar.monthrange(y, value.month)[1]
    ]


def _states_wrong_date(name: str, seen: Sequence[_Seen], sheet: _Sheet) -> bool:
    """Whether the variant states another start (``valid_from``) or end (``valid_until``) date."""
    if name not in ("valid_from", "valid_until"):
        return False
    role = "start" if name == "valid_from" else "end"
    day = sheet.start if name == "valid_from" else sheet.end
    return any(
        s.fact.kind is FactKind.DATE
        and s.fact.value.role in (role, None)
        and not _date_matches(s.fact.value, day)
        and (
            s.fact.value.role == role
            or not _date_matches(s.fact.value, sheet.start if role == "end" else sheet.end)
        )
        for s in seen
    )


def _shown_day(value: DateValue, sheet: _Sheet, locale: str) -> str:
    from babel.dates import format_skeleton

    from studio.render.environment import babel_locale

    year = value.year or sheet.end.year
    if value.day > calendar.monthrange(year, value.month)[1]:
        return str(value)
    return str(format_skeleton("MMMMd", date(year, value.month, value.day), locale=babel_locale(locale)))


#: how much longer than a claim ("solo esta semana") the offer may run before the claim is wrong
RELATIVE_TIME_SLACK = 1.5


def _claim_contradicts(
    measure: str, days: float, window: float, calendar_days: int, first: date, last: date, left: float
) -> bool:
    """Whether a claim about the offer's length contradicts its window.

    Calendar claims ("solo hoy", "solo este fin de semana") hold when the offer touches no more
    calendar days than they name; a running time ("24 horas") when the offer lasts no longer
    (an hour's rounding allowed); "esta semana" when the offer stays within one Monday-to-Sunday
    week; "últimos días" when the whole offer lasts a week at most or, while it runs, when at most
    a week of it is ``left`` (the reminder sent in its last days);
    "todo el mes" when the offer lasts at least half the period.
    """
    if measure == "calendar":
        return calendar_days > days
    if measure == "week":  # Monday to Sunday, as ISO and CLDR's Spanish, Portuguese and English (EU) weeks
        return first.isocalendar()[:2] != last.isocalendar()[:2]
    if measure == "hours":
        return window * 24 > days * 24 + 1
    if measure == "long":
        return window < days / 2
    if measure == "end":  # "últimos días": the whole offer is that short, or that much of it is left
        return window > days and not 0 <= left <= days
    return window > days * RELATIVE_TIME_SLACK


def _relative_time_findings(
    campaign: Campaign,
    sheet: _Sheet,
    variants: Iterable[tuple[Variant, list[_Seen]]],
    config: ConsistencyConfig,
    lang: str,
    now: datetime,
) -> list[Finding]:
    """Claims like "solo hoy", "solo esta semana", "últimos días", "48h" on an offer that runs much longer."""
    offer = campaign.offer
    window = (offer.valid_until - offer.valid_from).total_seconds() / 86400
    # days of the offer still to run when it has started (negative once it ended, > window before)
    left = (offer.valid_until - max(now, offer.valid_from)).total_seconds() / 86400
    calendar_days = (sheet.end - sheet.start).days + 1  # days the offer touches, in its time zone
    out: list[Finding] = []
    for variant, _ in variants:
        for name, text in variant.fields.items():
            for claim in find_claims(text, variant.locale):
                if not _claim_contradicts(
                    claim.measure, claim.days, window, calendar_days, sheet.start, sheet.end, left
                ):
                    continue
                message = _t(
                    "relative_time",
                    lang,
                    stated=f"«{claim.text}»",
                    days=(sheet.end - sheet.start).days + 1,
                    start=sheet.said("valid_from", variant.locale, lang),
                    end=sheet.said("valid_until", variant.locale, lang),
                )
                out.append(
                    Finding(
                        rule="Consistency.RelativeTime",
                        category=Category.CONSISTENCY,
                        severity=config.level("relative_time"),
                        message=message,
                        channel=variant.channel.value,
                        locale=variant.locale,
                        field=name,
                        span=_span(text, claim.start, claim.end),
                        match=claim.text,
                    )
                )
    return out


def _only_in_dropped_disclaimer(seen: _Seen, campaign: Campaign, locale: str) -> bool:
    """A date the primary locale states only in its disclaimer, which this locale lacks."""
    if seen.fact.kind is not FactKind.DATE or campaign.locales[locale].disclaimer.strip():
        return False
    disclaimer = campaign.locales[campaign.primary_locale].disclaimer.strip()
    at = seen.text.find(disclaimer) if disclaimer else -1
    return at >= 0 and at <= seen.fact.start and seen.fact.end <= at + len(disclaimer)


def _comparable(fact: Fact) -> Any:
    if fact.kind is FactKind.DATE:
        value: DateValue = fact.value
        return (value.month, value.day)
    if fact.kind is FactKind.URL:
        return link_key(fact.value)
    return fact.value


_FindingFn = Callable[..., Finding]

#: the required fact a conflicting fact of each kind stands in for
_SAID_BY = {FactKind.CODE: "code", FactKind.URL: "cta_url"}


def _missing(variant: Variant, name: str, sheet: _Sheet, lang: str, finding: _FindingFn) -> Finding:
    """A required fact the variant lacks, in the field that should carry it. When the marketer's
    hand-written text dropped it, the message says so; a dropped disclaimer gets a fix appending it."""
    locale = variant.locale
    field_name = _home_field(variant, name)
    message = _t("missing", lang, what=_what(name, lang), value=sheet.said(name, locale, lang))
    fix = None
    if field_name in variant.overridden:
        message += " " + _t("dropped_by_override", lang, locale=_locale(locale, lang))
        if name == "disclaimer":
            fix = Fix(
                "\n\n" + sheet.campaign.locales[locale].disclaimer.strip(),
                Applicability.SAFE,
                _t("fix_append", lang, what=_what(name, lang)),
            )
    return finding("missing", variant, message, field_name=field_name, fix=fix)


def _check_link(
    seen: _Seen,
    variant: Variant,
    sheet: _Sheet,
    allowed: Sequence[str],
    lang: str,
    finding: _FindingFn,
    write: Callable[..., Fix],
    conflict: Callable[..., None],
    emit: Callable[[Finding], None],
) -> None:
    """A stated link: the campaign's, another page of its site, a foreign site or a shortener."""
    fact = seen.fact
    verdict = judge_link(fact.value, cta=sheet.cta_url, allowed=allowed, sites=sheet.sites)
    cta = sheet.campaign.cta.url if sheet.campaign.cta else None
    fix = write(as_written(cta, fact.text)) if cta else None
    if verdict is LinkVerdict.OTHER_PAGE:
        message = _t(
            "conflict",
            lang,
            what_cap=_what("cta_url", lang).capitalize(),
            stated=_stated(fact),
            value=sheet.shown("cta_url", variant.locale),
        )
        conflict(variant, message, seen, fix)
    elif verdict is LinkVerdict.FOREIGN:
        if cta and not typo_of(link_key(fact.value).host, sheet.sites):
            fix = write(as_written(cta, fact.text), safe=False)  # a partner's page is not surely a slip
        conflict(variant, _t("foreign_link", lang, stated=_stated(fact)), seen, fix)
    elif verdict is LinkVerdict.SHORTENED:
        value = sheet.shown("cta_url", variant.locale) or sheet.campaign.brand
        message = _t("unverified_link", lang, stated=_stated(fact), value=value)
        unsafe = write(as_written(cta, fact.text), safe=False) if cta else None
        emit(finding("unverified_link", variant, message, seen, fix=unsafe))


def _date_fix(campaign: Campaign, sheet: _Sheet, fact: Fact, locale: str, write: Callable[..., Fix]) -> Fix:
    """Write the sheet's date over the stated one: safe when the words state a whole date, unsafe
    when the text left the month out or the date is one end of a range (the words around it may
    need another touch)."""
    value: DateValue = fact.value
    return write(_date_as_written(campaign, sheet, fact, locale), not value.settled and value.role is None)


def _date_as_written(campaign: Campaign, sheet: _Sheet, fact: Fact, locale: str) -> str:
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


# -- the fact × channel matrix (for the report) ----------------------------------------------------

#: the row a conflicting fact of each kind is shown on
_CONFLICT_ROW = {
    FactKind.PRICE: "price",
    FactKind.PERCENT: "discount",
    FactKind.CODE: "code",
    FactKind.DATE: "valid_until",
    FactKind.URL: "cta_url",
}


@dataclass(frozen=True)
class Cell:
    """One fact in one variant.

    ``present``, ``missing`` (required but absent), ``conflict`` (another value stated) or
    ``absent`` (not required here and not stated). ``waived``: a missing or conflicting cell whose
    findings a waiver covers (all of them); :attr:`shown_state` is then ``waived``.
    """

    state: str
    shown: tuple[str, ...] = ()
    waived: bool = False

    @property
    def shown_state(self) -> str:
        """The state the report shows: ``waived`` for an accepted missing or conflicting fact."""
        return "waived" if self.waived else self.state


def fact_matrix(
    campaign: Campaign,
    variants: Iterable[Variant],
    findings: Iterable[Finding],
    *,
    config: ConsistencyConfig,
    waived: Callable[[Finding], bool] | None = None,
) -> dict[str, dict[str, dict[str, Cell]]]:
    """fact → channel → locale → :class:`Cell`, for every fact the campaign's sheet has.
    ``waived``: whether a waiver covers a finding (a cell all of whose findings are is ``waived``)."""
    sheet = _Sheet(campaign)
    findings = list(findings)
    conflicts: dict[tuple[str, str, str], list[str]] = {}
    accepted: dict[tuple[str, str, str], list[bool]] = {}
    missing_at: dict[tuple[str, str, str], list[bool]] = {}
    for f in findings:
        if f.rule == "Consistency.Missing" and f.channel and f.locale:
            missing_at.setdefault((f.channel, f.locale, f.field or ""), []).append(bool(waived and waived(f)))
    for f in findings:
        if f.rule == "Consistency.Conflict" and f.channel and f.locale:
            codes = (sheet.code,) if sheet.code else ()
            read = extract_facts(f.match, f.locale, codes=codes, sites=tuple(sheet.sites)) if f.match else []
            kinds = [k for k in _CONFLICT_ROW if any(x.kind is k for x in read)]
            row = _CONFLICT_ROW[kinds[0]] if kinds else "cta_url"
            conflicts.setdefault((row, f.channel, f.locale), []).append(f.match)
            accepted.setdefault((row, f.channel, f.locale), []).append(bool(waived and waived(f)))
    matrix: dict[str, dict[str, dict[str, Cell]]] = {}
    for variant in variants:
        seen = _facts_of(variant, sheet)
        channel, locale = variant.channel.value, variant.locale
        required = config.required(channel)
        for name in FACT_NAMES:
            if not sheet.has(name, campaign.primary_locale) and not sheet.has(name, locale):
                continue
            stated = conflicts.get((name, channel, locale))
            if stated:
                cell = Cell("conflict", tuple(stated), all(accepted[(name, channel, locale)]))
            elif sheet.has(name, locale) and sheet.present(name, seen, variant.text, locale):
                cell = Cell("present", (sheet.shown(name, locale),))
            elif name in required:
                marks = missing_at.get((channel, locale, _home_field(variant, name)), [])
                cell = Cell("missing", waived=bool(marks) and all(marks))
            else:
                cell = Cell("absent")
            matrix.setdefault(name, {}).setdefault(channel, {})[locale] = cell
    return matrix
