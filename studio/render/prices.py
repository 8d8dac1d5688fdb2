"""One price format per locale and currency, chosen in the brand kit (``price_format`` in assets/brand.yaml).

By default a price is written the way CLDR says the locale writes that currency (es-ES ``3,90 €``,
es-MX ``$59.90`` for pesos and ``EUR3.90`` for euros). A brand picks another format per locale (or
language) and currency (or ``*`` for every currency) with either

- a locale tag whose CLDR format to borrow: ``es-MX: {EUR: es-ES}`` writes euros in Mexican copy as
  Spain does (``3,90 €``), or
- a CLDR number pattern (``¤`` is the currency's sign in the locale, ``¤¤`` its ISO code):
  ``en-US: {"*": "¤¤ #,##0.00"}`` writes ``USD 3.90``.

The renderer's ``money`` filter and the consistency check use the same choice, so the studio writes
every price of a variant one way and the check knows which way that is.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

# the brand kit's validator (studio.workspace) reads these from the model, below the renderer
from studio.model.price_style import PriceFormats, check_style, is_pattern

__all__ = ["PriceFormats", "check_style", "format_price", "is_pattern", "price_style"]


def price_style(formats: PriceFormats | None, locale: str, currency: str) -> str | None:
    """The brand's choice for ``currency`` in ``locale`` (locale block, then language block), if any."""
    if not formats:
        return None
    for key in (locale, locale.split("-")[0]):
        table = formats.get(key) or {}
        for name in (currency, "*"):
            if table.get(name):
                return table[name]
    return None


def format_price(amount: Decimal | int | float, currency: str, locale: str, style: str | None = None) -> str:
    """``amount`` in ``currency`` as ``locale`` writes it, or as ``style`` (see the module docstring) says.

    The amount is never rounded away: a price with more decimals than the currency usually shows
    (3.90 COP) keeps them, so what is written is what the fact sheet says.
    """
    return _format_price(str(amount), currency, locale, style)


@lru_cache(maxsize=1024)
def _format_price(amount: str, currency: str, locale: str, style: str | None) -> str:
    # a function of the amount's text (what Decimal reads): every re-render writes the same prices
    from babel.numbers import format_currency, get_currency_precision

    value = Decimal(amount)
    where = (style if style and not is_pattern(style) else locale).replace("-", "_")
    pattern = style if style and is_pattern(style) else None
    exact = value == round(value, get_currency_precision(currency))
    if exact:
        return str(format_currency(value, currency, format=pattern, locale=where))
    return str(
        format_currency(
            value, currency, format=pattern, locale=where, currency_digits=False, decimal_quantization=False
        )
    )
