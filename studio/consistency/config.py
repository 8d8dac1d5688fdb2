"""What the consistency checks are told by the brand kit (``brand_rules/consistency.yaml``: what each
channel must carry, how severe each kind of finding is) and the words their messages are made of."""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from studio.model.finding import Severity
from studio.model.names import locale_name

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
    "other_currency": {
        "es": "Otra moneda: {stated} se lee en otra moneda; la ficha dice {value}.",
        "en": "Another currency: {stated} reads as another currency; the fact sheet says {value}.",
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
    "no_month": {
        "es": "Esa fecha no existe: no hay mes {month} (dice {stated}).",
        "en": "That date does not exist: there is no month {month} (it says {stated}).",
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
    "saving": {"es": "el ahorro", "en": "the saving"},
    "date": {"es": "la fecha", "en": "the date"},
    "cta_label": {"es": "la etiqueta de la llamada a la acción", "en": "the call-to-action label"},
    "image_alt": {"es": "el texto alternativo de la imagen", "en": "the image's alt text"},
}


def say(key: str, lang: str, **values: Any) -> str:
    table = MESSAGES[key]
    return in_quotes_of(table.get(lang, table["en"]).format(**values), lang)


def in_quotes_of(text: str, lang: str) -> str:
    """``text`` with the quotation marks of ``lang``: Spanish «…» (as the values arrive quoted), English
    “…”."""
    return text if lang != "en" else text.replace("«", "“").replace("»", "”")


def what_of(name: str, lang: str) -> str:
    return WHAT[name].get(lang, WHAT[name]["en"])


def locale_label(tag: str, lang: str) -> str:
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
