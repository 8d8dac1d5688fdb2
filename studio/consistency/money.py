"""Prices, percentages and offer mechanics as marketers write them.

Currency signs, ISO codes and names come from CLDR (Babel), for every locale the studio writes
and for the currencies of the Spanish-, Portuguese- and Catalan-speaking world plus EUR, USD and
GBP: ``$59.90`` (es-MX), ``MX$59.90``, ``MXN 59.90``, ``$59.90 MXN``, ``59,90 pesos``, ``3,90 €``,
``EUR 3,90``, ``3 euros con 90``, ``R$ 59,90``. A sign several currencies share (``$``, ``pesos``)
is read as the campaign's currency when it is one of them, else as the currency the locale
writes with that sign (``$`` is pesos in es-MX, dollars in en-US), else the best-known one.

A percentage is a discount only when it reads as one (``-20 %``, ``20 % de descuento``, ``ahorra
un 20 %``, ``20% off``); ``el 80 % de nuestros clientes``, ``gastan un 30 % más`` or ``100 %
arábica`` are not. Multi-buy mechanics (``2x1``, ``segunda unidad al 50 %``, ``BOGO``, ``leve 3
pague 2``) are offers of another kind.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import regex

from studio import compiled
from studio.consistency.below_usual import below_usual
from studio.consistency.composition import composition
from studio.consistency.measures import measured_before
from studio.consistency.originals import APOSTROPHE_NUMBER
from studio.consistency.payment_share import payment_share
from studio.consistency.reduction import reduces_other
from studio.prefilter import may_match

#: currencies the renderer is promised to write (and read back) in every supported locale
SUPPORTED_CURRENCIES = ("EUR", "USD", "MXN", "ARS", "COP", "BRL", "GBP")
#: locales whose CLDR signs are known everywhere (a Spanish text may quote R$ or MX$)
REFERENCE_LOCALES = ("es-ES", "es-MX", "es-AR", "es-CO", "es-US", "en-US", "en-GB", "pt-BR", "pt-PT", "ca-ES")
#: among currencies sharing a sign, the best-known first
_WELL_KNOWN = ("USD", "EUR", "GBP")
_LANGUAGES_OF_INTEREST = ("es", "pt", "ca")


@dataclass(frozen=True)
class PriceText:
    """A price as read: amount, currency, span, and how the currency was written."""

    amount: Decimal
    currency: str
    start: int
    end: int
    #: "symbol" (€, $, R$), "code" (EUR) or "name" (euros, pesos): names are prose, not a format
    marker: str


def _babel(tag: str) -> str:
    return tag.replace("-", "_")


@lru_cache(maxsize=1)
def known_currencies() -> frozenset[str]:
    """EUR, USD, GBP and the currencies of every territory where es, pt or ca is official (CLDR)."""
    from babel import Locale
    from babel.languages import get_official_languages
    from babel.numbers import get_territory_currencies

    found = set(SUPPORTED_CURRENCIES)
    for territory in map(str, Locale.parse("en").territories):
        official = len(territory) == 2 and territory.isalpha() and get_official_languages(territory)
        if official and set(official) & set(_LANGUAGES_OF_INTEREST):
            found.update(get_territory_currencies(territory))
    return frozenset(found)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=32)
def _locale_symbols(locale: str) -> dict[str, frozenset[str]]:
    """Sign as ``locale`` writes it → the currencies it stands for there."""
    from babel import Locale

    loc = Locale.parse(_babel(locale))
    table: dict[str, set[str]] = {}
    for code in known_currencies():
        symbol = loc.currency_symbols.get(code)
        if symbol and not symbol.isalpha():  # "EUR" as a symbol is just the code
            table.setdefault(symbol, set()).add(code)
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=32)
def _symbols(locale: str) -> dict[str, frozenset[str]]:
    """Every sign a text in ``locale`` may use (its own and the reference locales') → currencies.

    Kept per machine: built from CLDR data of a dozen locales (~25 ms of loading on every run)."""
    import babel

    parts = (babel.__version__, locale, REFERENCE_LOCALES)
    return compiled.kept("currency-signs", parts, lambda: _symbols_from_cldr(locale), code=__file__)


def _symbols_from_cldr(locale: str) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for where in (locale, *REFERENCE_LOCALES):
        for symbol, codes in _locale_symbols(where).items():
            table.setdefault(symbol, set()).update(codes)
    table.setdefault("$", set()).add("USD")
    for sign in _RIOPLATENSE_DOLLAR:  # "U$S 18.900": the US dollar as Argentina and Uruguay write it
        table.setdefault(sign, set()).add("USD")
    for code, symbol in _lettered_dollars().items():  # "CA$144.00" is Canadian dollars, not a bare $
        table.setdefault(symbol, set()).add(code)
    return {k: frozenset(v) for k, v in table.items()}


#: the US dollar's sign in Río de la Plata usage, which CLDR does not list
_RIOPLATENSE_DOLLAR = ("U$S", "U$D", "u$s", "u$d")


@lru_cache(maxsize=1)
def _lettered_dollars() -> dict[str, str]:
    """Every dollar sign CLDR's English prefixes with its country's letters ("CA$", "A$", "NZ$",
    "HK$"): a price in another dollar, whatever the campaign's currency."""
    from babel import Locale

    symbols = Locale.parse("en").currency_symbols
    return {code: str(s) for code, s in symbols.items() if regex.fullmatch(r"[A-Z]{1,3}\$", str(s))}


@lru_cache(maxsize=16)
def _names(language: str) -> dict[str, frozenset[str]]:
    """Currency names in ``language`` (folded) → currencies: full names (``pesos mexicanos``,
    ``US dollars``) and the head noun they share (``pesos``, ``dollars``), from CLDR."""
    from babel.numbers import get_currency_name

    full: dict[str, set[str]] = {}
    for code in known_currencies():
        for count in (None, 1, 2):
            name = get_currency_name(code, count, locale=language)
            if name == code:
                continue
            if name and not any(ch.isdigit() for ch in name):
                full.setdefault(name.casefold(), set()).add(code)
    table: dict[str, set[str]] = {name: set(codes) for name, codes in full.items()}
    weights = _weight_words(language)
    for name, codes in full.items():
        words = name.split()
        # The bare noun ("pesos", "dollars": English puts it last) only for the currencies the studio
        # writes: "2 novos sabores" or "3 soles" must not become prices. A pound is also a weight.
        if len(words) > 1 and codes & set(SUPPORTED_CURRENCIES):
            head = words[-1] if language == "en" else words[0]
            if head not in weights:
                table.setdefault(head, set()).update(codes & set(SUPPORTED_CURRENCIES))
    for name in [n for n in table if n in weights]:
        del table[name]
    folded: dict[str, set[str]] = {}
    for name, codes in table.items():
        for key in (name, _fold(name)):  # as written (the pattern) and without accents (the lookup)
            folded.setdefault(key, set()).update(codes)
    return {k: frozenset(v) for k, v in folded.items() if len(k) >= 3}


@lru_cache(maxsize=16)
def _weight_words(language: str) -> frozenset[str]:
    """CLDR's names of the pound and the ounce (``libra``, ``pounds``): "2 libras de café" is a weight."""
    from babel.units import format_unit

    words: set[str] = set()
    for unit in ("mass-pound", "mass-ounce"):
        for count in (1, 2):
            text = str(format_unit(count, unit, length="long", locale=language))
            words.update(w.casefold() for w in text.split() if w.isalpha())
    return frozenset(words)


def _territory_currency(locale: str) -> str | None:
    from babel import Locale
    from babel.numbers import get_territory_currencies

    territory = Locale.parse(_babel(locale)).territory
    found = get_territory_currencies(territory) if territory else []
    return found[0] if found else None


def resolve_currency(
    candidates: frozenset[str], locale: str, currency: str | None, written: str = ""
) -> str | None:
    """The one currency a sign or name shared by ``candidates`` stands for (see the module docstring)."""
    if not candidates:
        return None
    if currency in candidates:
        return currency
    if len(candidates) == 1:
        return next(iter(candidates))
    local = _locale_symbols(locale).get(written, frozenset()) & candidates
    if len(local) == 1:
        return next(iter(local))
    own = _territory_currency(locale)
    if own in candidates:
        return own
    for code in _WELL_KNOWN:
        if code in candidates:
            return code
    return sorted(candidates)[0]


def _alternation(words: list[str]) -> str:
    # ties in a fixed order (not a set's, which changes from run to run): the same pattern every run,
    # so it is compiled once (studio.compiled); equal-length literals never both match at one place
    return "|".join(sorted((regex.escape(w) for w in set(words)), key=lambda w: (-len(w), w)))


_NUMBER = APOSTROPHE_NUMBER + r"|\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_GAP = r"[ \u00a0\u202f]?"
#: a word after an amount that multiplies it ("$84 mil", "$1,2 millones", "R$ 2 mi", "$18k")
_MULTIPLIERS = {
    "mil": 1000,
    "k": 1000,
    "thousand": 1000,
    "millon": 10**6,
    "millones": 10**6,
    "milhao": 10**6,
    "milhoes": 10**6,
    "mi": 10**6,
    "million": 10**6,
    "millions": 10**6,
}
_MULTIPLIER = r"(?:mil|k|thousand|mill[oó]n|millones|milh[aã]o|milh[oõ]es|mi|millions?)"
#: the hundreds after "mil" ("$18 mil 900" is 18.900, as it is said): three figures, no more, and
#: no unit or count after them ("$18 mil 900" but not "$18 mil 3 cuotas")
_REST = r"(?:(?<=mil)\s(?P<rest>\d{3})(?![\d.,]\d|\s?%))?"
_CENTS = (
    r"\s+(?:con|y|e|and|amb)\s+(?P<cents>\d{1,2})(?!\d)"
    r"(?:\s+(?:c[ée]ntimos?|centavos?|cents?|c[êe]ntimos?|c[èe]ntims?))?"
)


@lru_cache(maxsize=32)
def _price_pattern(locale: str, extra: str | None) -> regex.Pattern[str]:
    language = locale.split("-")[0].lower()
    symbols = _alternation(list(_symbols(locale)))
    codes = sorted(known_currencies() | ({extra} if extra else set()))
    code = _alternation(codes)
    names = _alternation(list(_names(language)) + list(_names("en")))
    before = rf"(?:(?P<bcode>{code}){_GAP}(?P<bsym>{symbols})?|(?P<bsym2>{symbols}))"
    after = rf"(?:(?P<acode>{code})|(?P<asym>{symbols})|(?P<aname>(?i:{names})))"
    flags = regex.VERSION1
    return compiled.pattern(
        rf"(?:(?<![\w$]){before}{_GAP}(?P<amount>{_NUMBER})(?![\d.,]\d)"
        rf"(?:{_GAP}(?P<mult>{_MULTIPLIER})(?!\w){_REST})?(?:{_GAP}(?P<acode2>{code})(?!\w))?(?![\d.,]\d)"
        # a number joined to letters by a hyphen names a model ("D-18 USD 1,274.15"), it is no amount
        rf"|(?<![\w.,$])(?<!\p{{L}}[-‐])(?P<amount2>{_NUMBER})(?:\s(?P<mult2>{_MULTIPLIER}){_REST}(?:\s+de)?)?\s?{after}"
        rf"(?:{_CENTS})?(?!\w))",
        flags,
    )


def read_prices(text: str, locale: str, currency: str | None = None) -> list[PriceText]:
    """Every price in ``text`` as ``locale`` writes it; ``currency`` is the campaign's (see resolution)."""
    return list(_prices(text, locale, currency))


@lru_cache(maxsize=4096)
def _prices(text: str, locale: str, currency: str | None) -> tuple[PriceText, ...]:
    from studio.consistency.facts import parse_amount

    language = locale.split("-")[0].lower()
    names = {**_names("en"), **_names(language)}
    symbols = _symbols(locale)
    out: list[PriceText] = []
    for m in _price_pattern(locale, currency).finditer(text):
        amount_text = m.group("amount") or m.group("amount2")
        code = m.group("bcode") or m.group("acode") or m.group("acode2")
        symbol = m.group("bsym") or m.group("bsym2") or m.group("asym")
        name = m.group("aname")
        if code:
            resolved, marker = code, "code"
        elif symbol:
            resolved, marker = (
                resolve_currency(symbols.get(symbol, frozenset()), locale, currency, symbol),
                "symbol",
            )
        else:
            resolved, marker = resolve_currency(names.get(_fold(name), frozenset()), locale, currency), "name"
        amount = parse_amount(amount_text, locale)
        if amount is None or resolved is None:
            continue
        multiplier = m.group("mult") or m.group("mult2")
        if multiplier:
            # "$84 mil" is $84.000 said in words: prose, not a written format
            amount *= _MULTIPLIERS[_fold(multiplier.split()[0]).lower()]
            amount += Decimal(m.group("rest") or 0)
            marker = "name"
        if m.group("cents"):
            if amount != amount.to_integral_value():
                continue
            amount += Decimal(m.group("cents").ljust(2, "0")) / 100
        end = m.end()
        while end > m.start() + 1 and text[end - 1] in ". ":
            end -= 1
        out.append(PriceText(amount, resolved, m.start(), end, marker))
    return tuple(out)


# -- how a price is written ------------------------------------------------------------------------

_AMOUNT = compiled.pattern(r"\d(?:[\d.,\u00a0\u202f ]*\d)?")


def price_shape(written: str) -> tuple[str, str, str | None]:
    """(what comes before the amount, what comes after, decimal separator) with spaces ignored.

    ``3,90 €`` → ("", "€", ","); ``EUR3.90`` → ("EUR", "", "."); ``3 €`` → ("", "€", None).
    """
    m = _AMOUNT.search(written)
    if m is None:
        return ("", _squeeze(written), None)
    number = m.group()
    decimal = None
    last = max(number.rfind(","), number.rfind("."))
    if last >= 0 and 1 <= len(number) - last - 1 <= 2:
        decimal = number[last]
    return (_squeeze(written[: m.start()]), _squeeze(written[m.end() :]), decimal)


def _squeeze(text: str) -> str:
    return "".join(text.split())


@lru_cache(maxsize=4096)  # a keystroke asks again for every price of the typed text: the same few
def same_format(written: str, expected: str, currency: str) -> bool:
    """Whether ``written`` follows the format of ``expected`` (the brand's), for the same amount.

    Spacing is free, a whole amount may drop its decimals (``3 €`` for ``3,00 €``), and an ISO code
    added to the expected sign (``$59.90 MXN``, ``MXN $59.90`` for ``$59.90``) only makes it clearer.
    """
    before, after, decimal = price_shape(written)
    want_before, want_after, want_decimal = price_shape(expected)
    if decimal is not None and decimal != want_decimal:
        return False
    if {_grouping(written), _grouping(expected)} == {".", ","}:
        return False  # "$ 89,900" where the locale groups "$ 89.900": the other's thousands mark
    if want_before and after.upper() == currency and not want_after:
        after = ""
    if want_before and before.upper().startswith(currency) and before[len(currency) :] == want_before:
        before = want_before
    return (before, after) == (want_before, want_after)


def _grouping(written: str) -> str | None:
    """The thousands separator of the amount in ``written`` (one followed by exactly three digits)."""
    m = _AMOUNT.search(written)
    found = regex.search(r"(\d)([.,\u00a0\u202f ])\d{3}(?!\d)", m.group()) if m else None
    return found.group(2) if found else None


def misreadable_number(written: str, expected: str, *, decimals: bool = True) -> bool:
    """Whether the amount itself reads otherwise in the locale: another decimal mark (``decimals``),
    or a thousands separator that is the locale's decimal mark ("13,500 pesos" where es-AR writes
    "13.500": a customer reads thirteen and a half)."""
    _, _, decimal = price_shape(written)
    _, _, want_decimal = price_shape(expected)
    if decimals and decimal is not None and want_decimal is not None and decimal != want_decimal:
        return True
    grouping = _grouping(written)
    # "89,999 ARS" where the locale writes "89.999,00": reads as 89 and some cents
    other = {".": ",", ",": "."}.get(_grouping(expected) or "")
    return bool(grouping and grouping == (want_decimal or other))


def misreadable(written: str, expected: str, currency: str) -> bool:
    """Whether a price written off the brand's format could be misread by a customer: another
    decimal mark (``3.90`` where the locale writes ``3,90``, and ``3.900`` means thousands) or a
    sign on the other side of the amount. An ISO code (``MXN 59.90``, ``3,90 EUR``) or a sign made
    unambiguous (``MX$59.90``) is off-brand but clear."""
    from studio.consistency.wrong_sign import foreign_sign

    if misreadable_number(written, expected) or foreign_sign(written, currency):
        return True  # "3.900" for "3,90 €"; "$48" for "48 €" (another currency's sign)
    before, after, _ = price_shape(written)
    want_before, want_after, _ = price_shape(expected)
    marker = before or after
    if currency in marker.upper() or not (want_before or want_after):
        return False
    return bool(before) != bool(want_before)


# -- percentages: discount or not ------------------------------------------------------------------

#: words that make a nearby percentage a discount (folded, per language; a prefix match on words)
_DISCOUNT_BEFORE = {
    "es": ("descuento", "dto", "dcto", "rebaja", "ahorra", "ahorro", "ahorrate", "oferta", "promo", "baja"),
    "en": ("save", "saving", "discount", "extra"),
    "pt": ("desconto", "economiz", "economia", "poupe", "poupa", "promo", "oferta", "baixa"),
    "ca": ("descompte", "estalvia", "rebaixa", "oferta", "promo"),
}
_DISCOUNT_AFTER = {
    "es": (
        "de descuento",
        "descuento",
        "dto",
        "de dto",
        "dcto",
        "de rebaja",
        "de ahorro",
        "off",
        "mas barat",
        "mas economic",
        "menos caro",
    ),
    "en": ("off", "discount", "cheaper", "savings", "saving", "less expensive"),
    "pt": ("de desconto", "desconto", "off", "mais barat", "de economia", "mais em conta", "mais economic"),
    "ca": ("de descompte", "descompte", "dte", "off", "mes barat"),
}
#: verbs by which the brand takes on part of the price ("we'll cover 40% of your first month", "te
#: pagamos el 40 %"): the percentage after them is the discount, "of"/"de" notwithstanding
_COVER = {
    "es": ("pagamos", "cubrimos", "regalamos", "bonificamos", "ponemos", "invitamos", "descontamos"),
    "en": ("cover", "covers", "covering", "pick"),
    "pt": ("pagamos", "cobrimos", "damos", "bancamos", "descontamos"),
    "ca": ("paguem", "cobrim", "regalem", "descomptem"),
}
_LESS = {"es": "menos", "en": "less", "ca": "menys"}
_MORE = {"es": "mas", "en": "more", "pt": "mais", "ca": "mes"}
_ARTICLES = {
    "es": ("el", "la", "los", "las", "del"),
    "en": ("the",),
    "pt": ("o", "a", "os", "as", "do", "da"),
    "ca": ("el", "la", "els", "les", "del"),
}
#: words after a percentage that leave it a standalone claim ("20 % en toda la carta", "-20 % hoy")
_LINKS = {
    "es": (
        "en",
        "sobre",
        "hoy",
        "y",
        "con",
        "para",
        "por",
        "solo",
        "todo",
        "toda",
        "todos",
        "todas",
        "tu",
        "tus",
    ),
    "en": ("on", "today", "and", "with", "for", "all", "everything", "your", "only", "now"),
    "pt": ("em", "no", "na", "nos", "nas", "hoje", "e", "com", "para", "todo", "toda", "so"),
    "ca": ("en", "a", "avui", "i", "amb", "per", "tot", "tota"),
}
_WORD = compiled.pattern(r"\p{L}+")


def _words(text: str) -> list[str]:
    return [_fold(w) for w in _WORD.findall(text)]


def _starts(words: list[str], cues: tuple[str, ...]) -> bool:
    """Whether ``words`` begin with one of ``cues`` (short cue words exactly, longer ones as prefixes)."""
    for cue in cues:
        parts = cue.split()
        if len(words) >= len(parts) and all(
            w == p if len(p) <= 3 else w.startswith(p) for w, p in zip(words, parts, strict=False)
        ):
            return True
    return False


def _all(table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Cues of every language: copy mixes them ("20% OFF" in Spanish) and a locale may be mislabelled."""
    return tuple(dict.fromkeys(cue for cues in table.values() for cue in cues))


#: where a clause ends before a percentage: a sentence's or a bracket's mark, not the point of an
#: abbreviation before a lower-case word ("dto. del 35 %", "aprox. un 20 %")
_ABBREVIATED = compiled.pattern(r"[!?;:\n()]|\.(?![^\S\n]+\p{Ll})", regex.VERSION1)

#: a verb of costing right before a percentage and "less": the price is that much less
_PRICE_VERB = compiled.pattern(
    r"\b(?:cuesta|cuestan|sale|salen|custa|custam|sai|saem|costs?|vale|valen)\s+(?:(?:un|una|um|uma)\s+)?\Z",
    regex.IGNORECASE,
)


#: verbs of growth before a percentage: a statistic, never the offer's discount
_GROWTH = compiled.pattern(
    r"crec(?:e|en|ió|io|ieron|imos)|aument(?:a|an|ó|o|aron|amos|ou|aram)|sub(?:ió|io|ieron|iu|iram)"
    r"|cresc(?:e|em|eu|eram|emos)|grew|grow|grows|increased|rose|rises|jumped|climbed|doubled|dispar(?:ó|o|aron|ou)",
    regex.IGNORECASE,
)


#: after a percentage, under a price: "abaixo da tabela", "por debajo del precio de lista", "below
#: the regular price", "under retail" (folded text)
_BELOW_PRICE = compiled.pattern(
    r"\W*(?:abaixo|below|under|bajo|debajo|por\s+debajo|menos\s+que|menor\s+que)\s+(?:(?:d[aoe]l?|of|que)\s+)?"
    r"(?:(?:el|la|lo|o|a|the|su|seu|sua|its|our|nuestro|nosso|nossa)\s+)?(?:\p{L}+\s+)?"
    r"(?:precio|preco|tabela|tabla|lista|list|valor|retail|msrp|pvp|price|sticker|rates?|tarifas?|fees?)\b"
)

#: before a percentage, the days or the sale it names: "los últimos tres días del 35 %", "la semana
#: del 20 %", "the week of 30% off", "a promoção de 25%" (folded text)
_SALE_OF = compiled.pattern(
    r"\b(?:(?:dias|semanas?|finde|fin\s+de\s+semana)\s+(?:del|da|do)|(?:promos?|promociones|promocion|promocao|"
    r"promocoes|ofertas?|rebajas?|liquidacion|venta|sale)\s+(?:del|de|da|do|of))\s+(?:un\s+|um\s+)?\Z"
)


#: after a percentage, under or over something that is no price (read after :data:`_BELOW_PRICE`)
_BELOW_OTHER = compiled.pattern(
    r"\W*(?:por\s+)?(?:debajo|encima|abaixo|acima|below|above)\s+(?:d[aoe]l?|of|the|que)\b"
)


#: nouns of a strength or content measured in percent (folded): a percentage beside them is a
#: quantity ("5,5 % vol.", "6 % de alcohol", "7% ABV", "teor alcoólico de 4,5%", "70 % cacao")
_STRENGTH = compiled.pattern(
    r"\b(?:alc|alcohol|alcoh[oó]lic[oa]|alcool|alco[oó]lic[oa]|vol|abv|graduaci[oó]n|grados?|teor|proof"
    r"|cacao|cocoa|algod[oó]n|algod[aã]o|cotton|lana|wool|humedad|umidade|humidity|bater[ií]a|battery)\b",
    regex.IGNORECASE,
)


#: a strength noun right before a percentage: "ABV 7%", "graduación de 6 %", "teor alcoólico de 4,5%"
_STRENGTH_BEFORE = compiled.pattern(
    r"\b(?:alc|alcohol|alcoh[oó]lic[oa]|alcool|alco[oó]lic[oa]|vol|abv|graduaci[oó]n|teor|proof)\.?"
    r"\s*(?:=|de|of|del|do|da)?\s*\Z",
    regex.IGNORECASE,
)


def _strength(text: str, start: int, end: int, value: Decimal) -> bool:
    """Whether the percentage reads as a strength or content: a strength noun right after it ("6 % de
    alcohol", "5,5 % vol."), or, for a fractional value ("4.8 %", "6,5 %": discounts are whole), one
    in the same stretch of copy ("la IPA (6.5 %)" after "la lager (4.8 % alc. vol.)")."""
    if _STRENGTH.match(_fold(text[end : end + 24]).lstrip(" .,:(").removeprefix("de ").removeprefix("of ")):
        return True
    if _STRENGTH_BEFORE.search(_fold(text[max(0, start - 30) : start])):
        return True  # "graduación de 6 %", "ABV 7%", "teor alcoólico de 4,5%"
    if value == value.to_integral_value():
        return False
    return bool(_STRENGTH.search(_fold(text[max(0, start - 90) : end + 60])))


def percent_is_discount(text: str, start: int, end: int, locale: str, signed: bool, value: Decimal) -> bool:
    """Whether the percentage at ``text[start:end]`` reads as the offer's discount."""
    del locale  # the cues of all languages apply (see _all)
    if not Decimal(0) < value < Decimal(100) or _inside_mechanic(text, start, end):
        return False
    if signed:
        return True
    # an abbreviation's point before a lower-case word ends no clause: "el dto. del 35 %", "desc. de 20%"
    clause_before = _ABBREVIATED.split(text[:start])[-1]
    clause_after = regex.split(r"[.!?;:\n()]", text[end:])[0]
    before = _words(clause_before)[-4:]
    after = _words(clause_after)[:3]
    links = _all(_LINKS)
    if (after and _starts(after, _all(_DISCOUNT_AFTER))) or _BELOW_PRICE.match(_fold(clause_after)):
        return True
    if below_usual(_fold(text[end : end + 80])):  # "25% below its usual $160"
        return True
    if _SALE_OF.search(_fold(clause_before)):
        return True  # "los últimos tres días del 35 %": the sale the days are of
    if _BELOW_OTHER.match(_fold(clause_after)):
        return False  # "un 10 % por debajo del promedio": a comparison with something else than the price
    if (
        _strength(text, start, end, value)
        or composition(text, start, end)  # "chocolate negro 85 %", "70% algodão reciclado"
        or reduces_other(_fold(clause_before))
        or measured_before(_fold(clause_before))
    ):
        return False  # "6 % de alcohol", "reduce su factura en un 60 %"
        # "com a umidade batendo 85%": a measured quantity (measures.py)
    near = [w for w in before[-3:] if w not in _all(_ARTICLES) and w not in ("up", "un", "um")]
    verb = [w for w in near if w not in ("en", "em", "by", "in")][-1:]
    if verb and _GROWTH.fullmatch(verb[0]):
        return False  # "las reservas crecieron un 35 %", "cresceram 35%", "sales grew by 35%": a statistic
    if near and near[-1] in _all(_COVER):
        return True
    if after and after[0] in _LESS.values():
        # "un 25 % menos, presentando…", "un 30 % menos durante 6 meses": the price is that much
        # less; "un 30 % menos de azúcar", "40% less time": a quantity, not the price
        rest = regex.sub(r"^\W*\p{L}+", "", clause_after)
        return (
            len(after) == 1
            or rest.lstrip()[:1] in (",", "—", "–", "-")
            or after[1] in links
            or after[1] in ("que", "than", "do", "durante", "during", "hasta", "until", "ate", "al", "a")
            or after[1].endswith(("ando", "endo", "indo", "ing"))  # "20 % menos agendando", "reservando"
            # "un 30 % menos mañana", "25 % menos este sábado", "20 % menos el viernes"
            or after[1] in _when()
            or (after[1] in ("el", "la", "o", "a", "on") and after[2:3] and after[2] in _when())
            or _PRICE_VERB.search(clause_before) is not None  # "cuesta un 20 % menos del 4 de octubre"
        )
    if payment_share(_fold(clause_before), _fold(clause_after)):
        return False  # "se paga un 60 % en junio", "30 % de seña", "pay 25% now": a share of the price
    if _discount_cue(before, clause_before):
        # "ahorra un 20 % de lo que…" / "20 % more": another quantity; after a comma ("economiza 20%,
        # de 3 a 12 de junho") the next words open another phrase
        detached = clause_after.lstrip()[:1] in (",", "—", "–")
        return detached or not (after and after[0] in (*_MORE.values(), "de", "of", "do", "da"))
    if before and before[-1] in (*_all(_ARTICLES), "por", "by", "pelo", "pela", "de", "of", "do", "da"):
        return False  # "el 80 % de nuestros clientes", "citado por 81%", "chosen by 70%": a share
    if not after:
        return True  # a headline or badge: "¡20 %!"
    return after[0] in links


@lru_cache(maxsize=1)
def _when() -> frozenset[str]:
    """Words of a day after "X % menos": the day the price is that much less, not a thing there is
    less of: "mañana", "tomorrow", "este", "this", and the weekdays' names (Babel's)."""
    from babel.dates import get_day_names

    days = {
        _fold(name)
        for language in ("es", "pt", "en")
        for name in get_day_names("wide", "format", locale=language).values()
    }
    words = ["manana", "amanha", "tomorrow", "tonight", "este", "esta", "this", "next", "proximo", "proxima"]
    return frozenset(days | set(words))


def _discount_cue(before: list[str], clause: str) -> bool:
    """Whether a word of ``before`` (the last words before a percentage) names a discount, in full
    ("descuento", "save") or cut short with a point ("desc. de 20 %", "dcto. del 15 %")."""
    cues = _all(_DISCOUNT_BEFORE)
    if any(_starts([w], cues) for w in before):
        return True
    cut = {_fold(w) for w in _ABBREVIATION.findall(clause)}
    return any(w in cut and any(c.startswith(w) for c in cues) for w in before)


#: a word of three letters or more cut short with a point before a lower-case word: "desc. de"
_ABBREVIATION = compiled.pattern(r"(\p{L}{3,})\.(?=[^\S\n]+\p{Ll})", regex.VERSION1)


# -- offer mechanics -----------------------------------------------------------------------------

_MECHANICS = compiled.pattern(
    r"(?<![\w./-])(?P<n>[2-6])\s?[x×X]\s?(?P<m>[1-5])(?!\s?(?:cm|mm|m|px|in|km|metros?|meters?|metres?|pies|feet|ft|pulgadas|polegadas|inch(?:es)?)\b)(?![\w.,/-]\d|\w)"
    r"|(?i:\b(?:bogo|buy\s+(?:one|1|two|2)(?:\s+\p{L}+){0,2}?\s*,?\s+(?:and\s+)?get\s+(?:one|1)(?:\s+free)?|(?:two|2)\s+for\s+(?:one|1)"
    r"|(?:three|3)\s+for\s+(?:two|2)|second\s+(?:one|item|unit)\s+(?:half\s+price|free|at\s+\d+\s?%)"
    r"|(?:2|segund)[ªa]?\s+unidad(?:es)?\s+(?:al|a|con|gratis|a\s+mitad\s+de\s+precio)(?:\s+(?:un\s+)?-?\d+\s?%)?"
    # "el segundo kilo a mitad de precio", "segunda pantalla al 50 %", "la segunda, gratis", "la
    # segunda gafa graduada te sale a mitad de precio", "o segundo par sai pela metade do preço",
    # "second pair half off"
    # any ordinal from the second on: "la tercera noche gratis", "third night free", "2da unidad al
    # 50 %", "2.º par a mitad de precio", "a terceira diária é grátis", "y la cuarta es gratis"
    r"|(?:segund[oa]|second|tercer[oa]?|cuart[oa]|quint[oa]|terceir[oa]|quart[oa]|third|fourth|fifth"
    r"|(?<![\d.,])[2-6](?:da|do|ra|ro|er|ta|to|nd|rd|th|\.?[ºª°]))"
    r"(?:\s+|(?=,))(?:\p{L}+\s+){0,3}?(?:(?:te\s+)?(?:sale|queda|sai|sal|costs?|is|es|é|va|vai|comes)\s+)?"
    r"(?:(?:a|al|con|por|pela|at|for)\s+|,\s*)?(?:la\s+)?(?:mitad\s+de\s+precio|metade\s+do\s+pre[çc]o"
    # a percentage after a preposition, a verb or a comma, signed, or with "off" ("segundo 87% dos
    # alunos" is "according to 87%")
    r"|half\s+(?:price|off)|(?<=(?:\b(?:a|al|con|com|por|pela|at|for|sale|queda|sai|is|es|é)|,)\s*(?:la\s+)?)\d+\s?%"
    r"|[-−–]\d+\s?%|\d+\s?%\s*(?:off|de\s+descuento|de\s+desconto|dto)"
    r"|gratis|gr[áa]tis|free|de\s+gra[çc]a|de\s+regalo|on\s+the\s+house)"
    # a term, then paying for fewer of it: "assine 12 meses e pague só 9", "contrata 12 meses y paga
    # 10", "12 months, pay for 9" (kept when fewer are paid: see _mechanics)
    r"|(?<![\d.,])(?P<k>\d{1,2})\s+(?:meses|months|semanas|weeks|noches|nights|noites|d[ií]as|days|di[áa]rias)"
    r"\s*,?\s+(?:(?:e|y|and)\s+)?(?:pag(?:ue|a|as|ás|ues)|pay(?:\s+for)?)\s+"
    r"(?:(?:s[oó]|solo|sólo|only|just|apenas|nom[aá]s)\s+)?(?:(?:por|for)\s+)?(?P<j>\d{1,2})"
    r"(?!\s*(?:[%€$x]|[.,]\d|mil|pesos|euros|reais|d[oó]lares|dollars))"
    # "3 noches al precio de 2", "three for the price of two", "leve 3 pelo preço de 2"
    r"|(?:[2-6]|dos|tres|cuatro|two|three|four|duas|dois|tr[eê]s)\s+(?:\p{L}+\s+)?(?:(?:al|por\s+el|a)\s+precio\s+de"
    r"|for\s+the\s+price\s+of|(?:pelo|ao|por\s+o)\s+pre[çc]o\s+de)\s+(?:[1-5]|una?|dos|tres|one|two|three|um|uma|duas|dois)"
    # any count, then paying for fewer: "si te quedas 3 noches, pagas solo 2", "stay 4 nights, pay
    # only 3", "vem em 3, paga só 2", "sumás 3 líneas y pagás 2"
    r"|(?<![\d.,])(?:[2-9]|dos|tres|cuatro|cinco|seis|siete|two|three|four|five|six|seven|dois|duas|tr[eê]s|quatro)"
    r"(?:\s+\p{L}+)?\s*,?\s+(?:(?:y|and|e)\s+)?(?:pag(?:a|as|ás|ue|ues)|pay|paying)\s+"
    r"(?:(?:solo|sólo|only|just|apenas|nom[aá]s|s[oó]|for)\s+)?(?:[1-8]|una?|uno|dos|tres|cuatro|cinco|seis|one|two"
    r"|three|four|five|six|um|uma|dois|duas|tr[eê]s|quatro)(?!\s*(?:[%€$.,]\d|%|€|\$|mil|pesos|euros|reais|d[oó]lares|dollars))"
    # "lleva 3, paga 2", "si llevas 3 pagas 2", "llevás 3 y pagás 2"
    r"|ll[eé]v(?:a|as|ás|ate|es|ando)\s+(?:\d|dos|tres|cuatro)\s*,?\s+(?:y\s+)?"
    r"pag(?:a|as|ás|ues|ando)\s+(?:\d|uno|dos|tres)"
    # "compra 6 y paga 5", "comprás 6 y pagás 5", "si compras 3, pagas 2"
    r"|compr(?:a|as|ás|ando)\s+(?:[2-9]|dos|tres|cuatro|cinco|seis)\s*,?\s+(?:y\s+)?"
    r"pag(?:a|as|ás|ues|ando)\s+(?:[1-8]|uno|una|dos|tres|cuatro|cinco)(?!\s*(?:%|€|\$|pesos|euros))"
    # paying first: "paga 2 y llévate 3", "pague 2, leve 3", "pagá 2 y llevate 3", "pay for 2, take 3"
    r"|(?:pag(?:a|as|ás|á|ue|ues)|pay(?:\s+for)?)\s+(?:[1-8]|una?|uno|dos|tres|cuatro|one|two|three|four|um|uma"
    r"|dois|duas|tr[eê]s)\s*,?\s+(?:(?:y|and|e)\s+)?(?:ll[eé]v(?:a|as|ás|ate|e|es)|leve|leva|take|get)\s+"
    r"(?:[2-9]|dos|tres|cuatro|cinco|two|three|four|five|dois|duas|tr[eê]s|quatro)(?![\d%€$]|[.,]\d)"
    # "2 por 1", "dos por uno", "3 por 2" (not "2 por 1 €", "2 por persona")
    r"|(?<![\d.,])(?:[2-4]|dos|tres|cuatro)\s+por\s+(?:[1-3]|uno|una|dos|tres)(?!\s*(?:[%€$]|[.,]\d|mil|pesos|euros))(?![\w])"
    # "buy 2, get 1 free", "rent 5 days and get 2 free", "book 3 nights, get the 4th free"
    r"|(?:buy|rent|book|stay|order)\s+(?:\d|two|three|four|five)\s+(?:\p{L}+\s*)?,?\s*(?:and\s+)?"
    r"get\s+(?:\d|one|two|the\s+\d(?:st|nd|rd|th)|the\s+\p{L}+)\s+(?:\p{L}+\s+)?free"
    r"|compra\s+(?:\d|uno|una|dos)\s+y\s+ll[eé]vate\s+(?:\d|otr[oa]|dos|tres)(?:\s+gratis)?"
    r"|leve\s+(?:\d|dois|duas|tr[eê]s|quatro)\s*,?\s+(?:e\s+)?pague\s+(?:\d|um|uma|dois|duas|tr[eê]s)"
    r"|compre\s+(?:\d|um|uma)\s+(?:e\s+)?leve\s+(?:\d|dois|duas|outr[oa])"
    r"|(?:2|segund)[ªa]?\s+unidade\s+(?:com|a|por|gr[aá]tis)(?:\s+-?\d+\s?%(?:\s+de\s+desconto)?)?)(?!\w))",
    regex.VERSION1,
)


def find_mechanics(text: str) -> list[tuple[int, int, str]]:
    """Multi-buy offers in ``text`` (es, en, pt phrases): (start, end, words as written)."""
    from studio.consistency.memo import by_paragraph  # a keystroke reads only its paragraph

    return list(by_paragraph(_mechanics, text))


@lru_cache(maxsize=4096)
def _mechanics(text: str) -> tuple[tuple[int, int, str], ...]:
    from studio.consistency.mechanics import genitive_ordinal, read_mechanics

    found = [
        (m.start(), m.end(), m.group())
        for m in (_MECHANICS.finditer(text) if may_match(_MECHANICS, text) else ())
        if (not m.group("n") or int(m.group("n")) > int(m.group("m")))  # 3x2 is an offer, 4x4 is not
        and (not m.group("k") or int(m.group("k")) > int(m.group("j")))  # "12 meses e pague 9"
        and not genitive_ordinal(text, m.start())  # "verdura de la quinta con 20 % off"
    ]
    from studio.consistency.bought_gifts import bought_and_free, bought_gifts
    from studio.consistency.companions import people_mechanics
    from studio.consistency.escorted_free import escorted_free
    from studio.consistency.gifts import read_gifts
    from studio.consistency.group_share import group_shares
    from studio.consistency.paraphrase import read_paraphrases
    from studio.consistency.quantities import read_quantities

    # the grammar (mechanics.py), the paraphrases (paraphrase.py), the gifts (gifts.py): one reading per place
    for start, end, words in [
        *read_mechanics(text),
        *read_paraphrases(text),
        *read_gifts(text),
        *people_mechanics(text),  # companions.py: a free unit for bringing people, a companion's
        *read_quantities(text),  # quantities.py: first or next units not paid, extras with every unit, …
        *group_shares(text),  # group_share.py: K of a group of N free, a friend brought paying less
        *bought_gifts(text),  # bought_gifts.py: a gift on buying two or more units
        *bought_and_free(text),  # bought_gifts.py: "buy X and Y is free"
        *escorted_free(text),  # escorted_free.py: someone free with a paying adult
    ]:
        if not any(start < b and a < end for a, b, _ in found):
            found.append((start, end, words))
    return tuple(sorted(found))


def _inside_mechanic(text: str, start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b, _ in find_mechanics(text))
