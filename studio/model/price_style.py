"""What a brand kit's ``price_format`` value may be (see :mod:`studio.render.prices`, which writes
prices with it): checked here, below the renderer, because the brand kit (:mod:`studio.workspace`)
validates its values when it loads."""

from __future__ import annotations

from collections.abc import Mapping

#: brand.yaml's ``price_format``: locale or language → currency (or ``*``) → locale tag or CLDR pattern
PriceFormats = Mapping[str, Mapping[str, str]]


def is_pattern(style: str) -> bool:
    """Whether a ``price_format`` value is a CLDR number pattern (else it names a locale)."""
    return "0" in style or "#" in style


def check_style(style: str) -> str | None:
    """Why ``style`` is not a usable ``price_format`` value (None when it is)."""
    from babel import Locale, UnknownLocaleError
    from babel.numbers import NumberFormatError, parse_pattern

    if is_pattern(style):
        try:
            parse_pattern(style)
        except (NumberFormatError, ValueError) as exc:
            return f"{style!r} is not a CLDR number pattern ({exc})"
        return None if "¤" in style else f"{style!r} has no currency sign ¤ (or ¤¤ for the ISO code)"
    try:
        Locale.parse(style.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return f"{style!r} is neither a locale such as es-ES nor a pattern such as '#,##0.00 ¤'"
    return None
