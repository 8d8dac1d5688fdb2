"""Do all channels tell the same story? Cross-variant checks against the fact sheet.

For every variant the facts it states (prices, percentages, dates, codes, links) are read from
what the customer will actually see — templates, footers and overrides included — and compared
with the campaign's fact sheet: each channel must carry what ``brand_rules/consistency.yaml`` says
it carries, no variant may state a conflicting fact, stated weekdays must match their dates, the
offer must not have ended, and every translation must carry the facts its primary-locale variant
carries. Findings are of category ``consistency`` and name the variant, field and span.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from studio.consistency.amount_roles import other_amounts, unmarked_originals, wrong_saving
from studio.consistency.amounts import more_amounts
from studio.consistency.below_usual import said_before
from studio.consistency.config import (
    CONFIG_FILE,
    FACT_NAMES,
    MESSAGES,
    WHAT,
    ConsistencyConfig,
    load_consistency_config,
    locale_label,
    say,
    what_of,
)
from studio.consistency.context import other_dates
from studio.consistency.continuity import Utm, continuity_findings
from studio.consistency.date_findings import (
    RELATIVE_TIME_SLACK,
    claim_contradicts,
    date_fix,
    date_issue,
    own_weekday_issue,
    relative_time_findings,
    states_wrong_date,
)
from studio.consistency.exclusions import excluded_deal
from studio.consistency.facts import DateValue, Fact, FactKind, extract_facts, normalize_url
from studio.consistency.legal import legal_others
from studio.consistency.links import LinkVerdict, as_written, judge_link, link_key, site_of, typo_of
from studio.consistency.matrix import Cell, fact_matrix
from studio.consistency.memo import Remembered
from studio.consistency.other_percents import percents_of_others
from studio.consistency.other_things import other_things
from studio.consistency.perks import perk_percents
from studio.consistency.price_contrast import contrasted_original
from studio.consistency.sheet import Seen, Sheet, end_of, facts_of, home_field, quoted, span_of
from studio.consistency.starts import other_starts
from studio.consistency.swaps import swapped_falls, swapped_prices
from studio.consistency.window import offer_window_findings
from studio.consistency.wrong_sign import reads_other_currency, with_sheet_sign
from studio.model.campaign import Campaign
from studio.model.finding import Applicability, Category, Finding, Fix, Severity
from studio.model.names import day_text, money_text
from studio.model.variant import Variant
from studio.render.prices import PriceFormats

#: the old private name (tests and older branches import it from here)
_claim_contradicts = claim_contradicts

__all__ = [
    "CONFIG_FILE",
    "FACT_NAMES",
    "MESSAGES",
    "RELATIVE_TIME_SLACK",
    "WHAT",
    "Cell",
    "ConsistencyConfig",
    "check_consistency",
    "fact_matrix",
    "load_consistency_config",
    "mechanic_findings",
    "price_format_findings",
]


def check_consistency(
    campaign: Campaign,
    variants: Iterable[Variant],
    *,
    config: ConsistencyConfig,
    now: datetime,
    language: str = "es",
    allowed_hosts: Iterable[str] = (),
    price_format: PriceFormats | None = None,
    utm: Mapping[str, Utm] | None = None,
) -> list[Finding]:
    """Every consistency finding of a campaign's variants (see the module docstring).

    ``price_format`` is the brand kit's choice of price format per locale (assets/brand.yaml);
    ``utm`` each channel's tags (templates/channels.yaml) for the continuity checks.
    """
    run = _Run(campaign, config, language, allowed_hosts, price_format)
    variants = list(variants)
    remembered = Remembered(run, price_format)  # a keystroke re-checks only the variants it changed
    remembered.check(variants)
    run.out.extend(
        remembered.continuity(
            variants,
            utm,
            lambda vs, tags: continuity_findings(
                campaign, vs, sheet=run.sheet, config=config, language=language, utm=tags, seen_of=run.seen_of
            ),
        )
    )
    lang = language
    out = run.out
    out.extend(  # one variant at a time: a keystroke reads again only the claims of those it changed
        remembered.each(
            "relative_time",
            [variant for variant, _ in run.facts_by_variant.values()],
            lambda vs: relative_time_findings(campaign, run.sheet, [(v, []) for v in vs], config, lang, now),
            now,
            _messages(campaign),  # clock.py reads the offer's name in them ("el curso", "el Plan Julio")
        )
    )
    out.extend(run.translation_findings())
    out.extend(_locale_part_findings(campaign, config, lang))
    out.extend(offer_window_findings(campaign, config=config, now=now, language=lang))
    if now > campaign.offer.valid_until:
        out.append(
            Finding(
                rule="Consistency.Expired",
                category=Category.CONSISTENCY,
                severity=config.level("expired"),
                message=say("expired", lang, value=day_text(run.sheet.end, lang, with_year=True)),
                field="offer.valid_until",
            )
        )
    return out


def _messages(campaign: Campaign) -> tuple[tuple[str, str, str], ...]:
    """Each locale's headline and short copy: the words that name the offer (clock.py)."""
    return tuple((tag, c.message.headline, c.message.short) for tag, c in campaign.locales.items())


class _Run:
    """One run of :func:`check_consistency`: the sheet, the links the campaign may point at, and
    what has been found so far (facts already reported as conflicts need not be repeated)."""

    def __init__(
        self,
        campaign: Campaign,
        config: ConsistencyConfig,
        lang: str,
        allowed_hosts: Iterable[str],
        price_format: PriceFormats | None,
    ) -> None:
        self.campaign = campaign
        self.config = config
        self.lang = lang
        self.sheet = sheet = Sheet(campaign, price_format)
        self.allowed = [normalize_url(h) for h in allowed_hosts if h]
        sheet.sites.update(site_of(link_key(url).host) for url in self.allowed)
        sheet.sites.discard("")
        for content in campaign.locales.values():  # pages the legal text names (terms, privacy…)
            self.allowed.extend(
                f.value
                for f in extract_facts(content.disclaimer, campaign.primary_locale, sites=tuple(sheet.sites))
                if f.kind is FactKind.URL
            )
        self.hosts = sheet.sites
        self.out: list[Finding] = []
        self.facts_by_variant: dict[tuple[str, str], tuple[Variant, list[Seen]]] = {}
        #: facts already reported as conflicts (a translation need not repeat them)
        self.wrong: list[Seen] = []
        #: ``id`` of the current variant's dates and amounts that are about something else than the
        #: offer, of its savings and of its original prices stated as the price (context.py,
        #: amount_roles.py)
        self.other: set[int] = set()
        self.savings: set[int] = set()
        self.unmarked: set[int] = set()
        self.contrasted: set[int] = set()  # originals said as a contrast after the price (price_contrast.py)

    def seen_of(self, variant: Variant) -> list[Seen]:
        """The facts ``variant`` states, as checked (read again for a variant not checked here)."""
        kept = self.facts_by_variant.get((variant.channel.value, variant.locale))
        return kept[1] if kept is not None and kept[0] is variant else facts_of(variant, self.sheet)

    def finding(
        self,
        check: str,
        variant: Variant | None,
        message: str,
        seen: Seen | None = None,
        field_name: str | None = None,
        fix: Fix | None = None,
    ) -> Finding:
        span = span_of(seen.text, seen.fact.start, seen.fact.end) if seen else None
        if seen is None and variant is not None and field_name:
            span = end_of(variant, field_name)
        return Finding(
            rule=f"Consistency.{check.title().replace('_', '')}",
            category=Category.CONSISTENCY,
            severity=self.config.level(check),
            message=message,
            channel=variant.channel.value if variant else None,
            locale=variant.locale if variant else None,
            field=seen.field if seen else field_name,
            span=span,
            match=seen.fact.text if seen else "",
            fix=fix,
        )

    def write(self, value: str, safe: bool = True) -> Fix:
        """A fix that writes ``value`` over the stated fact."""
        return Fix(
            value,
            Applicability.SAFE if safe else Applicability.UNSAFE,
            say("fix_write", self.lang, value=f"«{value}»"),
        )

    def conflict(self, variant: Variant, message: str, seen: Seen, fix: Fix | None = None) -> None:
        self.out.append(self.finding("conflict", variant, message, seen, fix=fix))
        self.wrong.append(seen)

    def check_variant(self, variant: Variant) -> None:
        sheet, lang = self.sheet, self.lang
        seen = with_sheet_sign(facts_of(variant, sheet), sheet, variant.locale)  # "$48" for 48 €
        self.facts_by_variant[(variant.channel.value, variant.locale)] = (variant, seen)
        self.out.extend(price_format_findings(sheet, variant, seen, self.config, lang))
        for s in seen:  # "180 $" in euros: written wrong, and another currency to whoever reads it
            sign = reads_other_currency(s, sheet, variant.locale)
            if sign is not None:
                name = "price" if s.fact.value[0] == sheet.price else "original_price"
                value = sheet.shown(name, variant.locale)
                message = say("other_currency", lang, stated=quoted(s.fact), value=value)
                self.conflict(variant, message, sign)
        self.out.extend(mechanic_findings(sheet, variant, self.config, lang))
        # a channel that must carry the price and shows only the original one shows it as the price
        required = self.config.required(variant.channel.value)
        prices = {s.fact.value for s in seen if s.fact.kind is FactKind.PRICE}
        old = (sheet.original_price, sheet.currency)
        old_as_price = (
            "price" in required
            and sheet.original_price is not None
            and old in prices
            and (sheet.price, sheet.currency) not in prices
            # "(normal $1,070)", "los $1,070 de siempre": the original said as such, the price missing
            and not all(said_before(s) for s in seen if s.fact.value == old)
        )
        self.other = other_dates(seen, sheet, variant.locale) | other_starts(seen, sheet, variant.locale)
        self.other |= other_things(seen, sheet)  # a trade day, another thing's start or last day
        self.other |= perk_percents(seen, sheet, variant.locale)  # "10 % en bebidas": not the discount
        self.savings, amounts = other_amounts(seen, sheet, variant.locale)
        more_savings, more_others = more_amounts(seen, sheet, self.savings | amounts)  # amounts.py
        self.savings |= more_savings
        amounts |= more_others
        self.other |= amounts | legal_others(seen, sheet, variant.locale)
        self.other |= percents_of_others(seen, amounts, sheet)  # "$ 3.500 la hora … 50 % en la segunda"
        self.contrasted = {
            id(s) for s in seen if s.fact.kind is FactKind.PRICE and contrasted_original(s, seen, sheet)
        }
        self.unmarked = (
            unmarked_originals(seen, sheet) | swapped_prices(seen, sheet) | swapped_falls(seen, sheet)
        )
        missing = self._missing_facts(variant, seen, required, old_as_price)
        for s in seen:  # nothing conflicting
            self._check_fact(variant, s, old_as_price)
        # a wrong code, link or price is one mistake: its conflict says so, a "missing" would repeat it
        stated = {_SAID_BY.get(s.fact.kind) for s in self.wrong if s in seen and id(s) not in self.savings}
        if any(id(s) in self.contrasted for s in self.wrong):
            stated.add("original_price")  # "cuando normalmente cuesta $8,800": the original, stated wrong
        self.out[:] = [f for f in self.out if not any(f is missing.get(name) for name in stated if name)]

    def _missing_facts(
        self, variant: Variant, seen: list[Seen], required: Sequence[str], old_as_price: bool
    ) -> dict[str, Finding]:
        """Present where the channel must carry it: a finding for each required fact it lacks."""
        sheet, locale = self.sheet, variant.locale
        shortened = any(
            s.fact.kind is FactKind.URL
            and judge_link(
                s.fact.value, cta=sheet.cta_url, allowed=self.allowed, sites=self.hosts, codes=sheet.codes
            )
            is LinkVerdict.SHORTENED
            for s in seen
        )
        missing: dict[str, Finding] = {}
        for name in required:
            if name == "cta_url" and shortened:
                continue  # the shortened link may be it: reported as unverified below
            if name == "price" and old_as_price:
                continue  # reported as the conflicting price below
            if sheet.has(name, locale) and not sheet.present(name, seen, variant.text, locale):
                if states_wrong_date(name, [s for s in seen if id(s) not in self.other], sheet):
                    continue  # reported once, as the conflicting (or impossible) date
                missing[name] = _missing(variant, name, sheet, self.lang, self.finding)
                self.out.append(missing[name])
        return missing

    def _check_fact(self, variant: Variant, s: Seen, old_as_price: bool) -> None:
        """One stated fact against the sheet: a conflicting price, discount, code, date or link."""
        sheet, fact = self.sheet, s.fact
        if fact.kind is FactKind.PRICE and sheet.price is not None:
            self._check_price(variant, s, old_as_price)
        elif fact.kind is FactKind.PERCENT and sheet.discount is not None and id(s) not in self.other:
            if abs(fact.value - sheet.discount) >= Decimal("0.5"):
                sign = fact.text[0] if fact.text[:1] in ("-", "−", "–") else ""
                fix = self.write(sign + sheet.shown("discount", variant.locale))
                self.conflict(variant, self._conflict_message("discount", s, variant), s, fix)
        elif fact.kind is FactKind.CODE and sheet.code is not None and fact.value != sheet.code:
            self.conflict(variant, self._conflict_message("code", s, variant), s, self.write(sheet.code))
        elif fact.kind is FactKind.DATE:
            self._check_date(variant, s)
        elif fact.kind is FactKind.URL and self.hosts:
            _check_link(
                s,
                variant,
                sheet,
                self.allowed,
                self.lang,
                self.finding,
                self.write,
                self.conflict,
                self.out.append,
            )

    def _check_price(self, variant: Variant, s: Seen, old_as_price: bool) -> None:
        """A stated amount: the price, the original price (marked as such), a saving or another's price."""
        sheet = self.sheet
        if id(s) in self.other:
            return  # the price of something else (shipping, another product)
        if id(s) in self.savings:
            if wrong_saving(s, sheet) and sheet.original_price is not None and sheet.price is not None:
                value = money_text(sheet.original_price - sheet.price, sheet.currency, self.lang)
                message = say(
                    "conflict",
                    self.lang,
                    what_cap=what_of("saving", self.lang).capitalize(),
                    stated=quoted(s.fact),
                    value=value,
                )
                self.conflict(variant, message, s)
            return
        allowed_prices: list[tuple[Decimal | None, str]] = [(sheet.price, sheet.currency)]
        if not old_as_price and id(s) not in self.unmarked:
            allowed_prices.append((sheet.original_price, sheet.currency))
        if sheet.campaign.offer.lowest_price_30d is not None:  # "lowest price in the last 30 days"
            allowed_prices.append((sheet.campaign.offer.lowest_price_30d, sheet.currency))
        if s.fact.value not in allowed_prices:
            name = "original_price" if id(s) in self.contrasted else "price"
            self.conflict(
                variant,
                self._conflict_message(name, s, variant),
                s,
                self.write(sheet.shown(name, variant.locale)),
            )

    def _conflict_message(self, name: str, s: Seen, variant: Variant) -> str:
        lang = self.lang
        value = self.sheet.code or "" if name == "code" else self.sheet.said(name, variant.locale, lang)
        return say(
            "conflict", lang, what_cap=what_of(name, lang).capitalize(), stated=quoted(s.fact), value=value
        )

    def _check_date(self, variant: Variant, s: Seen) -> None:
        if id(s) in self.other:  # a day of something else: only its own weekday can be wrong
            issue = own_weekday_issue(s.fact, self.sheet, self.campaign, self.lang)
        else:
            issue = date_issue(s.fact, self.sheet, self.campaign, variant.locale, self.lang)
        if not issue:
            return
        check, message = issue
        fix = (
            None
            if check == "date"
            else date_fix(self.campaign, self.sheet, s.fact, variant.locale, self.write)
        )
        if check == "conflict":
            self.conflict(variant, message, s, fix)
            return
        self.out.append(self.finding(check, variant, message, s, fix=fix))
        if check != "weekday":
            self.wrong.append(s)

    def translation_findings(self) -> list[Finding]:
        """Every translation carries what its primary-locale variant carries."""
        campaign, lang = self.campaign, self.lang
        primary = campaign.primary_locale
        out: list[Finding] = []
        for (channel, locale), (variant, seen) in self.facts_by_variant.items():
            if locale == primary or (channel, primary) not in self.facts_by_variant:
                continue
            _, primary_seen = self.facts_by_variant[(channel, primary)]
            have = {(s.fact.kind, _comparable(s.fact)) for s in seen}
            reported: set[tuple[FactKind, Any]] = set()
            for s in primary_seen:
                key = (s.fact.kind, _comparable(s.fact))
                if s.fact.kind in (FactKind.PHONE, FactKind.TIME) or key in have or key in reported:
                    continue
                if s in self.wrong or _only_in_dropped_disclaimer(s, campaign, locale):
                    continue  # reported once: as the conflict, or as the missing disclaimer below
                reported.add(key)
                message = say("translation", lang, primary=locale_label(primary, lang), value=quoted(s.fact))
                out.append(self.finding("translation", variant, message, field_name=home_field(variant)))
        return out


def _locale_part_findings(campaign: Campaign, config: ConsistencyConfig, lang: str) -> list[Finding]:
    """Each locale has what the primary locale has (its disclaimer, button label, alt text)."""
    primary = campaign.primary_locale
    primary_content = campaign.locales[primary]
    out: list[Finding] = []
    for locale, content in campaign.locales.items():
        if locale == primary:
            continue
        for part in ("disclaimer", "cta_label", "image_alt"):
            if getattr(primary_content, part).strip() and not getattr(content, part).strip():
                message = say(
                    "locale_part",
                    lang,
                    what=what_of(part, lang),
                    locale=locale_label(locale, lang),
                    primary=locale_label(primary, lang),
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
    return out


def price_format_findings(
    sheet: Sheet, variant: Variant, seen: Sequence[Seen], config: ConsistencyConfig, lang: str
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
        message = say(
            "price_format",
            lang,
            stated=quoted(fact),
            locale=locale_label(variant.locale, lang),
            expected=f"«{expected}»",
        )
        title = {"es": f"Escribir «{expected}»", "en": f"Write “{expected}”"}.get(lang, f"Write “{expected}”")
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
                span=span_of(s.text, fact.start, fact.end),
                match=fact.text,
                fix=Fix(expected, Applicability.SAFE, title),
            )
        )
    return out


def mechanic_findings(sheet: Sheet, variant: Variant, config: ConsistencyConfig, lang: str) -> list[Finding]:
    """A multi-buy offer (``2x1``, ``segunda unidad al 50 %``, ``BOGO``) where the sheet offers a
    discount or a price: the channel promises another deal."""
    from studio.consistency.dimensions import a_measure, sized_pairs
    from studio.consistency.money import find_mechanics
    from studio.consistency.offer_gifts import with_offer_gifts

    if sheet.discount is None and sheet.price is None:
        return []
    out: list[Finding] = []
    sized: frozenset[tuple[int, int]] | None = None
    for name, text in variant.fields.items():
        for start, end, words in with_offer_gifts(find_mechanics(text), text, sheet, variant.locale):
            if excluded_deal(text, start, end):
                continue  # "No acumulable con el 2x1 de los martes": a deal the offer excludes
            sized = sized_pairs(variant.fields.values()) if sized is None else sized
            if a_measure(text, start, end, sized):
                continue  # "el 3 x 2 encaja sin obra": the size "3 x 2 m" named again (dimensions.py)
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
                    message=say("mechanic", lang, stated=f"«{words}»", value=offer),
                    channel=variant.channel.value,
                    locale=variant.locale,
                    field=name,
                    span=span_of(text, start, end),
                    match=words,
                )
            )
    return out


def _only_in_dropped_disclaimer(seen: Seen, campaign: Campaign, locale: str) -> bool:
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
_SAID_BY = {FactKind.CODE: "code", FactKind.URL: "cta_url", FactKind.PRICE: "price"}


def _missing(variant: Variant, name: str, sheet: Sheet, lang: str, finding: _FindingFn) -> Finding:
    """A required fact the variant lacks, in the field that should carry it. When the marketer's
    hand-written text dropped it, the message says so; a dropped disclaimer gets a fix appending it."""
    locale = variant.locale
    field_name = home_field(variant, name)
    message = say("missing", lang, what=what_of(name, lang), value=sheet.said(name, locale, lang))
    fix = None
    if field_name in variant.overridden:
        message += " " + say("dropped_by_override", lang, locale=locale_label(locale, lang))
        if name == "disclaimer":
            fix = Fix(
                "\n\n" + sheet.campaign.locales[locale].disclaimer.strip(),
                Applicability.SAFE,
                say("fix_append", lang, what=what_of(name, lang)),
            )
    return finding("missing", variant, message, field_name=field_name, fix=fix)


def _check_link(
    seen: Seen,
    variant: Variant,
    sheet: Sheet,
    allowed: Sequence[str],
    lang: str,
    finding: _FindingFn,
    write: Callable[..., Fix],
    conflict: Callable[..., None],
    emit: Callable[[Finding], None],
) -> None:
    """A stated link: the campaign's, another page of its site, a foreign site or a shortener."""
    fact = seen.fact
    verdict = judge_link(fact.value, cta=sheet.cta_url, allowed=allowed, sites=sheet.sites, codes=sheet.codes)
    cta = sheet.campaign.cta.url if sheet.campaign.cta else None
    fix = write(as_written(cta, fact.text)) if cta else None
    if verdict is LinkVerdict.OTHER_PAGE:
        message = say(
            "conflict",
            lang,
            what_cap=what_of("cta_url", lang).capitalize(),
            stated=quoted(fact),
            value=sheet.shown("cta_url", variant.locale),
        )
        conflict(variant, message, seen, fix)
    elif verdict is LinkVerdict.FOREIGN:
        if cta and not typo_of(link_key(fact.value).host, sheet.sites):
            fix = write(as_written(cta, fact.text), safe=False)  # a partner's page is not surely a slip
        conflict(variant, say("foreign_link", lang, stated=quoted(fact)), seen, fix)
    elif verdict is LinkVerdict.SHORTENED:
        value = sheet.shown("cta_url", variant.locale) or sheet.campaign.brand
        message = say("unverified_link", lang, stated=quoted(fact), value=value)
        unsafe = write(as_written(cta, fact.text), safe=False) if cta else None
        emit(finding("unverified_link", variant, message, seen, fix=unsafe))
