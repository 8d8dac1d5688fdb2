"""Continuity: the customer who moves from one channel to another lands on the same offer.

A customer reads the post, gets the push, scans the poster's QR and asks on WhatsApp: every link
and QR must lead to the same landing page (host and path), each tagged with its own channel's
UTM (``utm_source`` / ``utm_medium`` of ``templates/channels.yaml``, so the web analytics tell the
channels apart); the app's deep link must open the same offer as the web address; and a channel
that sends the customer to the app ("pide en la app", "order in the app") needs a fact sheet whose
offer applies in the app (``offer.applies_in`` lists ``app``).

Findings: ``Consistency.Landing`` (a link of the variant leads to another page),
``Consistency.Utm`` (a link to the landing carries another channel's tags: a scheme of the
marketer's own, such as ``utm_source=social``, is left alone),
``Consistency.DeepLink`` (the app opens another offer than the web) and
``Consistency.AppPromise`` (the app is promised, the offer does not apply there). The first three
mark the matrix's link row; the last its ``app`` row (see :func:`continuity_cells`).

Links written in the copy to another page of the site are :mod:`~studio.consistency.checks`'
``Consistency.Conflict`` already: here only the variant's own links (the button, the QR's target,
the deep link) are judged for their page, and every link to the landing for its tags.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import regex

from studio import compiled
from studio.consistency.config import ConsistencyConfig, in_quotes_of
from studio.consistency.facts import FactKind
from studio.consistency.links import link_key
from studio.consistency.sheet import Seen, Sheet, facts_of, home_field, span_of
from studio.model.campaign import Campaign, Where
from studio.model.finding import Applicability, Category, Finding, Fix
from studio.model.variant import Variant

C = TypeVar("C")

#: the checks of this module and the matrix row their findings mark
CONTINUITY_ROWS: dict[str, str] = {
    "Consistency.Landing": "cta_url",
    "Consistency.Utm": "cta_url",
    "Consistency.DeepLink": "cta_url",
    "Consistency.AppPromise": "app",
}

MESSAGES: dict[str, dict[str, str]] = {
    "landing": {
        "es": "El enlace {what} lleva a {stated}, no a la página de la campaña {value}.",
        "en": "The {what} link leads to {stated}, not to the campaign's page {value}.",
    },
    "utm": {
        "es": "El enlace {stated} lleva las etiquetas de otro canal ({tags}): en este canal son "
        "utm_source={source} y utm_medium={medium}.",
        "en": "The link {stated} carries another channel's tags ({tags}): this channel's are "
        "utm_source={source} and utm_medium={medium}.",
    },
    "deep_link": {
        "es": "El enlace de la app {stated} abre otra oferta que la web {value}.",
        "en": "The app link {stated} opens another offer than the web address {value}.",
    },
    "app_promise": {
        "es": "Este canal promete la app ({stated}) y la ficha no dice que la oferta valga en la app "
        "(añade «app» a «Dónde vale» o quita la promesa).",
        "en": "This channel promises the app ({stated}) and the fact sheet does not say the offer "
        "applies in the app (add “app” to where it applies, or drop the promise).",
    },
    "fix_tags": {"es": "Poner las etiquetas de este canal", "en": "Use this channel's tags"},
}
_LINK_NAMES = {
    "cta": {"es": "del botón", "en": "button"},
    "qr": {"es": "del código QR", "en": "QR code"},
}

#: Copy that sends the customer to the app to get the offer: a verb of ordering, buying or redeeming
#: (or "valid", "only") a few words before "en la app" / "in the app". "Descarga la app" or "mándanos
#: tu lista desde la app" do not promise the offer there.
_ES_VERB = (
    r"(?:p[ií]d|orden|ord[eé]n|compr|c[oó]mpr|canje|canj[eé]|aprovech|consig|cons[ií]g|reserv|"
    r"usa\b|usar|usen|[uú]sal|v[aá]lid|vale\b|disponible|exclusiv|solo\b|s[oó]lo\b)"
)
_EN_VERB = r"(?:order|buy|shop|redeem|get\b|claim|use\b|book|grab|available|valid|exclusive|only\b)"
APP_PROMISE = compiled.pattern(
    rf"\b(?:{_ES_VERB}[\w]*(?:\s+[\w'’.,%$€]+){{0,5}}?\s+(?:en|desde|con|por|a\s+través\s+de)"
    r"\s+(?:la|nuestra|tu|su)\s+app\b"
    rf"|{_EN_VERB}[\w]*(?:\s+[\w'’.,%$€]+){{0,5}}?\s+(?:in|on|through|via|with|from|using)"
    r"\s+(?:the|our|your)\s+(?:[\w'’]+\s+){0,3}?app\b"
    r"|app[\s-]+(?:only|exclusive)\b)",
    regex.IGNORECASE | regex.VERSION1,
)


@dataclass(frozen=True)
class Utm:
    """A channel's tags (what ``templates/channels.yaml`` gives it)."""

    source: str
    medium: str
    #: other names of the channel as a source ("twitter" for X, templates/channels.yaml)
    aliases: tuple[str, ...] = ()

    def matches(self, tags: Mapping[str, str]) -> bool:
        """Whether ``tags`` (utm_source / utm_medium, either or both) are this channel's."""
        return all(
            v.casefold() in {self.source.casefold(), *(a.casefold() for a in self.aliases)}
            if k == "utm_source"
            else v == self.medium
            for k, v in tags.items()
        )


def _say(key: str, lang: str, **values: str) -> str:
    table = MESSAGES[key]
    return in_quotes_of(table.get(lang, table["en"]).format(**values), lang)


def _tags(url: str) -> dict[str, str]:
    if "://" not in url:
        url = "https://" + url
    return {k: v for k, v in parse_qsl(urlsplit(url).query) if k in ("utm_source", "utm_medium")}


def _retagged(url: str, utm: Utm) -> str:
    """``url`` with this channel's source and medium (other parameters kept, in place)."""
    parts = urlsplit(url)
    want = {"utm_source": utm.source, "utm_medium": utm.medium}
    query = [(k, want.get(k, v)) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query, safe="/"), parts.fragment))


class _Continuity:
    def __init__(
        self,
        campaign: Campaign,
        sheet: Sheet,
        config: ConsistencyConfig,
        lang: str,
        utm: Mapping[str, Utm],
        seen_of: Callable[[Variant], Sequence[Seen]] | None = None,
    ) -> None:
        self.campaign, self.sheet, self.config, self.lang, self.utm = campaign, sheet, config, lang, utm
        #: the facts a variant states (the caller's, read once for every check of a variant)
        self.seen_of = seen_of or (lambda variant: facts_of(variant, sheet))
        self.landing = link_key(sheet.cta_url) if sheet.cta_url else None
        self.out: list[Finding] = []

    def finding(
        self,
        check: str,
        variant: Variant,
        message: str,
        *,
        field: str,
        seen: Seen | None = None,
        fix: Fix | None = None,
        words: tuple[str, int, int] | None = None,
    ) -> None:
        if seen is not None:
            words = (seen.text, seen.fact.start, seen.fact.end)
        self.out.append(
            Finding(
                rule="Consistency." + check.title().replace("_", ""),
                category=Category.CONSISTENCY,
                severity=self.config.level(check),
                message=message,
                channel=variant.channel.value,
                locale=variant.locale,
                field=field,
                span=span_of(*words) if words else None,
                match=words[0][words[1] : words[2]] if words else "",
                fix=fix,
            )
        )

    def check(self, variant: Variant) -> None:
        if self.landing is not None:
            self._own_links(variant)
            self._stated_tags(variant, self.seen_of(variant))
        self._app_promise(variant)

    def _on_landing(self, url: str) -> bool:
        key = link_key(url)
        return self.landing is not None and (key.host, key.path) == (self.landing.host, self.landing.path)

    def _own_links(self, variant: Variant) -> None:
        """The button's link (the QR's target on a poster) and the deep link lead to the landing."""
        lang, where = self.lang, home_field(variant)
        for name, url in variant.links.items():
            if name == "deep_link":
                self._deep_link(variant, url, variant.links.get("cta"))
                continue
            if not self._on_landing(url):
                label = _LINK_NAMES["qr" if variant.channel.value == "signage" else "cta"]
                message = _say(
                    "landing",
                    lang,
                    what=label.get(lang, label["en"]),
                    stated=url,
                    value=self.sheet.cta_url or "",
                )
                self.finding("landing", variant, message, field=where)
            else:
                self._link_tags(variant, url, where, None)

    def _deep_link(self, variant: Variant, link: str, web: str | None) -> None:
        parts = urlsplit(link)
        web_key = link_key(web) if web else self.landing
        if web_key is None:
            return
        if parts.scheme in ("http", "https"):
            key = link_key(link)
            same = key == web_key
        else:  # an app scheme: cafeaurora://www.x.example/navidad or cafeaurora://navidad
            key = link_key(
                "https://" + parts.netloc + parts.path + ("?" + parts.query if parts.query else "")
            )
            alone = "/" + (parts.netloc + parts.path).strip("/").casefold()
            same = (key.path, key.query) == (web_key.path, web_key.query) or (
                alone.rstrip("/") == web_key.path and key.query == web_key.query
            )
        if not same:
            message = _say("deep_link", self.lang, stated=link, value=web or self.sheet.cta_url or "")
            self.finding("deep_link", variant, message, field=home_field(variant))

    def _stated_tags(self, variant: Variant, seen: Iterable[Seen]) -> None:
        """Links to the landing written in the copy carry this channel's tags, when they carry any."""
        for s in seen:
            if s.fact.kind is FactKind.URL and self._on_landing(s.fact.value):
                self._link_tags(variant, s.fact.text, s.field, s)

    def _link_tags(self, variant: Variant, url: str, field: str, seen: Seen | None) -> None:
        utm = self.utm.get(variant.channel.value)
        tags = _tags(url)
        if utm is None or not tags:
            return
        own = {"utm_source": utm.source, "utm_medium": utm.medium}
        wrong = {k: v for k, v in tags.items() if v != own[k]}
        # another channel's tags (the email's link pasted into the SMS); a scheme of the
        # marketer's own (utm_source=social&utm_medium=organic) is theirs to choose
        theirs = [
            other
            for channel, other in self.utm.items()
            if channel != variant.channel.value and other.matches(tags)
        ]
        if not wrong or not theirs or utm.matches(tags):
            return
        fix = (
            Fix(_retagged(url, utm), Applicability.SAFE, _say("fix_tags", self.lang))
            if seen is not None
            else None
        )
        message = _say(
            "utm",
            self.lang,
            stated=f"«{url}»",
            tags=", ".join(f"{k}={v}" for k, v in sorted(wrong.items())),
            source=utm.source,
            medium=utm.medium,
        )
        self.finding("utm", variant, message, field=field, seen=seen, fix=fix)

    def _app_promise(self, variant: Variant) -> None:
        # the staff brief answers "¿vale en la app?" from the sheet itself: a question, not a promise
        if Where.APP in self.campaign.offer.applies_in or variant.channel.value == "staff":
            return
        for name, text in variant.fields.items():
            found = APP_PROMISE.search(text)
            if found is None:
                continue
            message = _say("app_promise", self.lang, stated=f"«{found.group()}»")
            self.finding("app_promise", variant, message, field=name, words=(text, *found.span()))
            return  # one promise is enough to say it


def continuity_findings(
    campaign: Campaign,
    variants: Iterable[Variant],
    *,
    sheet: Sheet,
    config: ConsistencyConfig,
    language: str = "es",
    utm: Mapping[str, Utm] | None = None,
    seen_of: Callable[[Variant], Sequence[Seen]] | None = None,
) -> list[Finding]:
    """Every continuity finding of the variants (see the module docstring).

    ``utm``: each channel's tags by channel id; without it a variant's expected tags are those of
    its own button link (as the renderer tagged it). ``seen_of``: the facts a variant states, when
    the caller has read them already (:func:`~studio.consistency.sheet.facts_of` on ``sheet``).
    """
    variants = list(variants)
    tags = dict(utm or {})
    for variant in variants:
        own = _tags(variant.links.get("cta", ""))
        if variant.channel.value not in tags and {"utm_source", "utm_medium"} <= own.keys():
            tags[variant.channel.value] = Utm(own["utm_source"], own["utm_medium"])
    run = _Continuity(campaign, sheet, config, language, tags, seen_of)
    for variant in variants:
        run.check(variant)
    return run.out


def promises_app(variant: Variant) -> str | None:
    """The words with which a variant sends the customer to the app, if it does."""
    if variant.channel.value == "staff":
        return None
    for text in variant.fields.values():
        found = APP_PROMISE.search(text)
        if found:
            return found.group()
    return None


# -- the matrix ------------------------------------------------------------------------------------


def continuity_cells(
    campaign: Campaign,
    variants: Iterable[Variant],
    findings: Iterable[Finding],
    matrix: dict[str, dict[str, dict[str, C]]],
    make_cell: Callable[[str, tuple[str, ...], bool], C],
    waived: Callable[[Finding], bool] | None,
) -> None:
    """Mark ``matrix`` (fact → channel → locale → cell) with the continuity findings: a wrong
    landing, tags or deep link make the link cell a conflict; the ``app`` row (added when a variant
    speaks of the app) is present where the offer applies in the app, a conflict where it does not."""
    marks: dict[tuple[str, str, str], list[Finding]] = {}
    for f in findings:
        row = CONTINUITY_ROWS.get(f.rule)
        if row and f.channel and f.locale:
            marks.setdefault((row, f.channel, f.locale), []).append(f)
    in_app = Where.APP in campaign.offer.applies_in
    app_row: dict[str, dict[str, C]] = {}
    for variant in variants:
        channel, locale = variant.channel.value, variant.locale
        promise = promises_app(variant)
        if promise is not None:
            app_row.setdefault(channel, {})[locale] = make_cell(
                "present" if in_app else "absent", (promise,), False
            )
    if app_row:
        for variant in variants:
            app_row.setdefault(variant.channel.value, {}).setdefault(
                variant.locale, make_cell("absent", (), False)
            )
        matrix["app"] = app_row
    for (row, channel, locale), found in marks.items():
        if row not in matrix:
            matrix[row] = {}
        shown = tuple(f.match or f.message for f in found)
        accepted = bool(waived) and all(waived(f) for f in found) if waived else False
        matrix[row].setdefault(channel, {})[locale] = make_cell("conflict", shown, accepted)


__all__ = ["APP_PROMISE", "CONTINUITY_ROWS", "Utm", "continuity_cells", "continuity_findings", "promises_app"]
