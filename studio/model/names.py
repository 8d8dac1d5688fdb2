"""People's names for the studio's internal ids, in the interface language.

Field paths (``locales.es-ES.message.body``), locale tags (``es-MX``), channel ids (``post.x``),
rule ids (``Consistency.Translation``), severities, review statuses and audit-log events are ids:
stable, and never what a marketer should read. Every face of the studio (GUI, CLI, report)
names them through this one module, in Spanish (``"es"``) or English (``"en"``; any other
language falls back to it). Locale names are CLDR's (Babel); dates and numbers inside messages
are formatted for the interface language with :func:`day_text` and :func:`number_text`.

Importing this module loads neither Babel nor YAML (the window's frame imports it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

LANGUAGES = ("es", "en")


def ui(language: str | None) -> str:
    """``es``, ``es-MX``, ``es_ES`` → ``es``; anything else → ``en``."""
    return "es" if (language or "").lower().startswith("es") else "en"


def _pick(table: Mapping[str, str], language: str | None) -> str:
    return table.get(ui(language)) or table["en"]


# -- locales -------------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def locale_name(tag: str, language: str | None = "en") -> str:
    """``es-MX`` → ``español (México)`` / ``Spanish (Mexico)`` (CLDR, via Babel); the tag itself
    when it is not a locale Babel knows."""
    from babel import Locale, UnknownLocaleError

    if not tag:
        return ""
    try:
        name = Locale.parse(tag.replace("_", "-"), sep="-").get_display_name(ui(language))
    except (UnknownLocaleError, ValueError, TypeError):
        return tag
    return name or tag


def locale_in_parentheses(tag: str, language: str | None = "en") -> str:
    """``es-ES`` → ``español, España`` / ``Spanish, Spain``: a locale's name where it stands
    inside parentheses itself (``Message text (Spanish, Spain)``)."""
    name = locale_name(tag, language)
    match = re.fullmatch(r"(.*?) \((.*)\)", name)
    return f"{match.group(1)}, {match.group(2)}" if match else name


# -- channels, severities, statuses ---------------------------------------------------------------

CHANNELS: dict[str, dict[str, str]] = {
    "email": {"es": "Email", "en": "Email"},
    "sms": {"es": "SMS", "en": "SMS"},
    "post.x": {"es": "X", "en": "X"},
    "post.instagram": {"es": "Instagram", "en": "Instagram"},
    "post.facebook": {"es": "Facebook", "en": "Facebook"},
    "post.linkedin": {"es": "LinkedIn", "en": "LinkedIn"},
    "signage": {"es": "Cartelería", "en": "Signage"},
    "whatsapp": {"es": "WhatsApp", "en": "WhatsApp"},
    "push": {"es": "Notificación push", "en": "Push notification"},
    "staff": {"es": "Ficha del personal", "en": "Staff brief"},
    "web": {"es": "Web", "en": "Web"},
}


def channel_name(channel: str | None, language: str | None = "en") -> str:
    """``post.x`` → ``X``, ``signage`` → ``Cartelería`` / ``Signage``; no channel: the whole campaign."""
    if not channel:
        return _pick({"es": "Toda la campaña", "en": "Whole campaign"}, language)
    table = CHANNELS.get(channel)
    return _pick(table, language) if table else channel


SEVERITIES: dict[str, dict[str, str]] = {
    "error": {"es": "Error", "en": "Error"},
    "warning": {"es": "Aviso", "en": "Warning"},
    "suggestion": {"es": "Sugerencia", "en": "Suggestion"},
}


def severity_name(severity: Any, language: str | None = "en") -> str:
    value = str(getattr(severity, "value", severity))
    table = SEVERITIES.get(value)
    return _pick(table, language) if table else value


STATUSES: dict[str, dict[str, str]] = {
    "draft": {"es": "Borrador", "en": "Draft"},
    "in_review": {"es": "En revisión", "en": "In review"},
    "approved": {"es": "Aprobada", "en": "Approved"},
    "exported": {"es": "Exportada", "en": "Exported"},
}


def status_name(status: Any, language: str | None = "en") -> str:
    value = str(getattr(status, "value", status))
    table = STATUSES.get(value)
    return _pick(table, language) if table else value.replace("_", " ")


# -- field paths ----------------------------------------------------------------------------------

#: the last part of a field path (campaign or rendered variant) → its name
FIELDS: dict[str, dict[str, str]] = {
    # the campaign
    "name": {"es": "Nombre", "en": "Name"},
    "objective": {"es": "Objetivo", "en": "Objective"},
    "timezone": {"es": "Zona horaria", "en": "Time zone"},
    "primary_locale": {"es": "Idioma principal", "en": "Primary locale"},
    "price": {"es": "Precio", "en": "Price"},
    "original_price": {"es": "Precio anterior", "en": "Price before"},
    "was_price": {"es": "Precio anterior", "en": "Price before"},
    "currency": {"es": "Moneda", "en": "Currency"},
    "discount_percent": {"es": "Descuento (%)", "en": "Discount (%)"},
    "promo_code": {"es": "Código promocional", "en": "Promo code"},
    "code": {"es": "Código promocional", "en": "Promo code"},
    "valid_from": {"es": "Válida desde", "en": "Valid from"},
    "valid_until": {"es": "Válida hasta", "en": "Valid until"},
    "applies_in": {"es": "Dónde se canjea", "en": "Where it can be redeemed"},
    "url": {"es": "URL de la página de destino", "en": "Landing page URL"},
    "hashtags": {"es": "Hashtags", "en": "Hashtags"},
    "hero_image": {"es": "Imagen principal", "en": "Hero image"},
    "channels": {"es": "Canales", "en": "Channels"},
    "print_sizes": {"es": "Tamaños de impresión", "en": "Print sizes"},
    "locales": {"es": "Idiomas", "en": "Locales"},
    # the texts of a locale
    "headline": {"es": "Titular", "en": "Headline"},
    "subheadline": {"es": "Subtítulo", "en": "Subheadline"},
    "short": {"es": "Texto corto", "en": "Short text"},
    "body": {"es": "Texto del mensaje", "en": "Message text"},
    "cta_label": {"es": "Texto de la llamada a la acción", "en": "Call to action label"},
    "disclaimer": {"es": "Texto legal", "en": "Disclaimer"},
    "image_alt": {"es": "Texto alternativo de la imagen", "en": "Image alt text"},
    # what a channel renders
    "text": {"es": "Texto", "en": "Text"},
    "subject": {"es": "Asunto", "en": "Subject"},
    "preheader": {"es": "Preencabezado", "en": "Preheader"},
    "cta": {"es": "Llamada a la acción", "en": "Call to action"},
    "dates": {"es": "Fechas", "en": "Dates"},
    "html": {"es": "HTML del correo", "en": "Email HTML"},
    "html_bytes": {"es": "Tamaño del HTML", "en": "HTML size"},
    "message": {"es": "Mensaje", "en": "Message"},
    "offer": {"es": "Oferta", "en": "Offer"},
    "overrides": {"es": "Textos escritos a mano", "en": "Hand-written texts"},
    "carries": {"es": "Lo que debe llevar cada canal", "en": "What each channel carries"},
    "levels": {"es": "Gravedad de cada comprobación", "en": "Severity of each check"},
}

_LOCALE_TAG = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def _is_locale(part: str) -> bool:
    return bool(_LOCALE_TAG.fullmatch(part)) and ("-" in part or "_" in part or len(part) == 2)


def _field_parts(path: str | Sequence[str]) -> list[str]:
    if isinstance(path, str):
        # a channel id (``post.x``) and a locale tag hold no path separator of their own
        parts: list[str] = []
        for piece in path.split("."):
            if parts and parts[-1] == "post" and piece in ("x", "instagram", "facebook", "linkedin"):
                parts[-1] = f"post.{piece}"
            else:
                parts.append(piece)
        return parts
    return [str(p) for p in path]


def field_name(
    path: str | Sequence[str] | None, language: str | None = "en", *, with_place: bool = True
) -> str:
    """``locales.es-ES.message.body`` → ``Texto del mensaje (español, España)`` /
    ``Message text (Spanish, Spain)``; ``offer.valid_until`` → ``Válida hasta``; ``text`` (a
    rendered variant's field) → ``Texto``. ``with_place``: name the locale (and channel) the path
    holds, in parentheses."""
    if not path:
        return "—"
    return _field_name(tuple(_field_parts(path)), ui(language), with_place)


@lru_cache(maxsize=1024)
def _field_name(parts: tuple[str, ...], language: str, with_place: bool) -> str:
    place: list[str] = []
    named = ""
    for part in parts:
        if part in CHANNELS:
            place.append(channel_name(part, language))
        elif _is_locale(part) and part not in FIELDS:
            place.append(locale_in_parentheses(part, language))
        elif part in FIELDS:
            named = _pick(FIELDS[part], language)
        elif part.isdigit():
            continue
        else:
            named = part.replace("_", " ")
    if not named:
        named, place = "; ".join(place), []
    if with_place and place:
        return f"{named} ({'; '.join(place)})"
    return named


# -- rules ----------------------------------------------------------------------------------------

#: titles of the rules the studio itself defines (consistency checks, Vale's built-in rules)
RULE_TITLES: dict[str, dict[str, str]] = {
    "Consistency.Missing": {"es": "Falta un dato de la ficha", "en": "A fact is missing"},
    "Consistency.Conflict": {"es": "Dato distinto de la ficha", "en": "A fact does not match"},
    "Consistency.Translation": {"es": "Traducción incompleta", "en": "Incomplete translation"},
    "Consistency.Expired": {"es": "Oferta caducada", "en": "Offer has ended"},
    "Consistency.Weekday": {"es": "Día de la semana erróneo", "en": "Wrong weekday"},
    "Consistency.Date": {"es": "Fecha imposible", "en": "Impossible date"},
    "Consistency.RelativeTime": {"es": "Plazo que no cuadra", "en": "Time span does not fit"},
    "Consistency.PriceFormat": {"es": "Formato del precio", "en": "Price format"},
    "Consistency.Mechanic": {"es": "Otra oferta distinta", "en": "A different offer"},
    "Consistency.ForeignLink": {"es": "Enlace a otro dominio", "en": "Link to another domain"},
    "Consistency.UnverifiedLink": {"es": "Enlace sin comprobar", "en": "Unverified link"},
    "Consistency.Placeholder": {"es": "Texto provisional", "en": "Placeholder text"},
    "Consistency.Config": {"es": "Configuración de coherencia", "en": "Consistency settings"},
    "Consistency.StartsInPast": {"es": "Empieza en el pasado", "en": "Starts in the past"},
    "Consistency.Landing": {"es": "Enlace a otra página", "en": "Link to another page"},
    "Consistency.Utm": {"es": "Etiquetas UTM de otro canal", "en": "Another channel's UTM tags"},
    "Consistency.DeepLink": {"es": "La app abre otra oferta", "en": "The app opens another offer"},
    "Consistency.AppPromise": {
        "es": "Promete la app sin que valga allí",
        "en": "Promises the app, not valid there",
    },
    "Print.ImageResolution": {"es": "Resolución de impresión", "en": "Print resolution"},
    "Print.LegalTextSize": {"es": "Letra legal pequeña", "en": "Legal text too small"},
    "Print.QrSize": {"es": "QR demasiado pequeño", "en": "QR code too small"},
    "Print.QrShared": {"es": "QR repetido entre carteles", "en": "QR shared between posters"},
    "Vale.Spelling": {"es": "Ortografía", "en": "Spelling"},
    "Vale.Repetition": {"es": "Palabra repetida", "en": "Repeated word"},
    "Vale.Terms": {"es": "Términos de la marca", "en": "Brand terms"},
    "Vale.Avoid": {"es": "Términos que se evitan", "en": "Terms to avoid"},
}


def _title_table(value: Any) -> dict[str, str]:
    """A rule file's ``title:`` — one text, or one per language (``{es: …, en: …}``)."""
    if isinstance(value, str) and value.strip():
        return {"es": value.strip(), "en": value.strip()}
    if isinstance(value, Mapping):
        table = {str(k): str(v).strip() for k, v in value.items() if isinstance(v, str) and v.strip()}
        if table:
            table.setdefault("en", next(iter(table.values())))
            return table
    return {}


@lru_cache(maxsize=8)
def _titles_of(folder: Path, stamp: tuple[tuple[str, int], ...]) -> dict[str, dict[str, str]]:
    import yaml

    titles: dict[str, dict[str, str]] = {}
    for name, _mtime in stamp:
        path = folder / name
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError, UnicodeDecodeError):
            continue
        if isinstance(data, dict):
            table = _title_table(data.get("title"))
            if table:
                titles[f"{path.parent.name}.{path.stem}"] = table
    return titles


def rule_titles(brand_rules: Path | None) -> dict[str, dict[str, str]]:
    """The ``title:`` of every rule file of a brand kit (``Style/Rule.yml``), read again when a
    file changes."""
    if brand_rules is None or not Path(brand_rules).is_dir():
        return {}
    folder = Path(brand_rules)
    stamp = tuple(
        sorted(
            (p.relative_to(folder).as_posix(), p.stat().st_mtime_ns)
            for p in folder.glob("*/*.y*ml")
            if p.suffix in (".yml", ".yaml")
        )
    )
    return _titles_of(folder, stamp)


def _words(name: str) -> str:
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", name)
    return spaced[:1].upper() + spaced[1:].lower()


def rule_title(
    rule: str, language: str | None = "en", titles: Mapping[str, Mapping[str, str]] | None = None
) -> str:
    """A short title for rule ``Style.Rule``: its file's ``title:`` in the interface language,
    the studio's own title for its built-in rules, else the rule's name in words."""
    table = (titles or {}).get(rule) or RULE_TITLES.get(rule)
    if table:
        return _pick(dict(table), language)
    return _words(rule.split(".", 1)[-1])


#: the messages of Vale's built-in rules (defined by the studio, in English) in Spanish
BUILTIN_MESSAGES: dict[str, dict[str, str]] = {
    "Vale.Spelling": {"es": "¿Seguro que querías decir «%s»?"},
    "Vale.Repetition": {"es": "«%s» está repetido."},
    "Vale.Terms": {"es": "Escribe «%s» en vez de «%s»."},
    "Vale.Avoid": {"es": "Evita «%s»."},
}

#: the styles the studio itself defines (a brand names its own styles)
STYLES: dict[str, dict[str, str]] = {
    "Consistency": {"es": "Coherencia", "en": "Consistency"},
    "Print": {"es": "Impresión", "en": "Print"},
    "Studio": {"es": "Comprobaciones del estudio", "en": "Studio checks"},
    "Vale": {"es": "Vale (integradas)", "en": "Vale (built in)"},
}


def rule_message(
    rule: str,
    message: str,
    language: str | None = "en",
    messages: Mapping[str, str] | Sequence[tuple[str, str]] = (),
) -> str:
    """A rule's message template as the interface shows it: the studio's own built-in rules speak
    the interface language; a brand's rule says its ``messages:`` entry for the interface language
    (``messages``: that mapping, or its pairs as a loaded rule keeps them), else what the brand
    wrote in ``message:``."""
    table = BUILTIN_MESSAGES.get(rule)
    if table:
        return table.get(ui(language), message)
    own = dict(messages)
    return own.get(ui(language)) or message


def style_name(style: str, language: str | None = "en") -> str:
    table = STYLES.get(style)
    return _pick(table, language) if table else style


# -- review history -------------------------------------------------------------------------------

EVENTS: dict[str, dict[str, str]] = {
    "created": {"es": "creada", "en": "created"},
    "saved": {"es": "guardada", "en": "saved"},
    "imported": {"es": "importada", "en": "imported"},
    "restored": {"es": "revisión recuperada", "en": "revision restored"},
    "submitted": {"es": "enviada a revisión", "en": "submitted for review"},
    "approved": {"es": "aprobada", "en": "approved"},
    "changes_requested": {"es": "cambios pedidos", "en": "changes requested"},
    "exported": {"es": "exportada", "en": "exported"},
    "forced_export": {"es": "exportación forzada", "en": "export forced"},
    "waived": {"es": "hallazgo dispensado", "en": "waived a finding"},
    "waiver_revoked": {"es": "dispensa retirada", "en": "withdrew a waiver"},
    "back_to_review": {"es": "vuelve a revisión", "en": "back to review"},
}

#: notes the studio itself writes into the audit log (English, as stored) → their words
_NOTES: list[tuple[re.Pattern[str], dict[str, str]]] = [
    (re.compile(r"edited in the studio"), {"es": "editada en el estudio", "en": "edited in the studio"}),
    (re.compile(r"created in the studio"), {"es": "creada en el estudio", "en": "created in the studio"}),
    (
        re.compile(r"demo campaign from (?P<file>.+)"),
        {"es": "campaña de demostración de {file}", "en": "demo campaign from {file}"},
    ),
    (
        re.compile(r"exported revision (?P<n>\d+) to (?P<target>.+)"),
        {"es": "revisión {n} exportada a {target}", "en": "revision {n} exported to {target}"},
    ),
    (
        re.compile(r"edited after approval: back to review"),
        {
            "es": "editada después de aprobarla: vuelve a revisión",
            "en": "edited after approval: back to review",
        },
    ),
    (
        re.compile(r"restored revision (?P<n>\d+)"),
        {"es": "revisión {n} recuperada", "en": "revision {n} restored"},
    ),
    (re.compile(r"imported from (?P<file>.+)"), {"es": "importada de {file}", "en": "imported from {file}"}),
]


def event_name(action: str, language: str | None = "en") -> str:
    """An audit-log action (``changes_requested``) as people say it."""
    table = EVENTS.get(action)
    return _pick(table, language) if table else action.replace("_", " ")


def event_note(action: str, comment: str, language: str | None = "en") -> str:
    """An audit-log comment in the interface language: the studio's own notes are translated,
    a step's note that only repeats the step is dropped, and what a person wrote stays as written."""
    text = comment.strip()
    if not text or text == action.replace("_", " "):
        return ""
    for pattern, table in _NOTES:
        match = pattern.fullmatch(text)
        if match:
            return _pick(table, language).format(**match.groupdict())
    return text


def event_line(action: str, comment: str, language: str | None = "en") -> str:
    """``aprobada — Precio validado`` : the step and, when there is one, its note."""
    note = event_note(action, comment, language)
    name = event_name(action, language)
    return f"{name} — {note}" if note else name


# -- dates and numbers inside messages ------------------------------------------------------------

_BABEL_LOCALE = {"es": "es_ES", "en": "en_US"}


def day_text(value: date | datetime, language: str | None = "en", *, with_year: bool = False) -> str:
    """``1 de diciembre`` / ``December 1`` (``with_year``: ``1 de diciembre de 2026`` /
    ``December 1, 2026``), as the interface language writes a day."""
    from babel.dates import format_date

    day = value.date() if isinstance(value, datetime) else value
    locale = _BABEL_LOCALE[ui(language)]
    if with_year:
        return format_date(day, "long", locale=locale)
    return format_date(day, "d 'de' MMMM" if ui(language) == "es" else "MMMM d", locale=locale)


def number_text(value: int | float | Decimal, language: str | None = "en") -> str:
    """``1.234,5`` / ``1,234.5``: a number as the interface language writes it."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_BABEL_LOCALE[ui(language)])


def money_text(amount: Decimal, currency: str, language: str | None = "en") -> str:
    """``3,90 €`` / ``€3.90``: an amount as the interface language writes it."""
    from babel.numbers import format_currency

    return format_currency(amount, currency, locale=_BABEL_LOCALE[ui(language)])


# -- refusals of review steps ---------------------------------------------------------------------

_STEP_VERBS: dict[str, dict[str, str]] = {
    "submitted": {"es": "enviar a revisión", "en": "be submitted for review"},
    "approved": {"es": "aprobar", "en": "be approved"},
    "changes_requested": {"es": "devolver con cambios", "en": "be sent back for changes"},
    "exported": {"es": "exportar", "en": "be exported"},
}


def _quoted(text: str, language: str | None) -> str:
    return f"«{text}»" if ui(language) == "es" else f"“{text}”"


def finding_place(finding: Any, language: str | None = "en") -> str:
    """``SMS · español (España)``: where a finding is (its field when it has no channel)."""
    parts: list[str] = []
    if finding.channel:
        parts.append(channel_name(finding.channel, language))
    if finding.locale:
        parts.append(locale_name(finding.locale, language))
    if not parts and finding.field:
        parts.append(field_name(finding.field, language))
    return " · ".join(parts) or channel_name(None, language)


def finding_line(
    finding: Any, language: str | None = "en", titles: Mapping[str, Mapping[str, str]] | None = None
) -> str:
    """``Traducción incompleta (SMS · español (México)): …``: a finding in one line."""
    title = rule_title(finding.rule, language, titles)
    return f"{title} ({finding_place(finding, language)}): {finding.message}"


#: the studio roles (:class:`studio.storage.repository.Role`) → their names
ROLES: dict[str, dict[str, str]] = {
    "owner": {"es": "propietario", "en": "owner"},
    "brand_manager": {"es": "responsable de marca", "en": "brand manager"},
    "marketer": {"es": "marketing", "en": "marketer"},
}


def role_name(role: Any, language: str | None = "en") -> str:
    value = str(getattr(role, "value", role))
    table = ROLES.get(value)
    return _pick(table, language) if table else value.replace("_", " ")


def identity_text(who: Any, language: str | None = "en") -> str:
    """Who is working (:class:`studio.identity.CurrentIdentity`), for the window:
    ``marta · marketing (base de datos del equipo)`` / ``Marta Ruiz (this computer)``."""
    es = ui(language) == "es"
    if getattr(who, "team", False) or getattr(who, "source", "") == "database login":
        where = "base de datos del equipo" if es else "team database"
        return f"{who.name} · {role_name(who.role, language)} ({where})"
    return f"{who.name} ({'este equipo' if es else 'this computer'})"


def review_refusal(
    code: str,
    params: Mapping[str, Any],
    language: str | None = "en",
    titles: Mapping[str, Mapping[str, str]] | None = None,
) -> str:
    """A refused review step (:class:`studio.review.workflow.ReviewError`'s ``code`` and
    ``params``) in the interface language; empty for a code it does not know."""
    es = ui(language) == "es"
    name = _quoted(str(params.get("name") or params.get("key") or ""), language)
    verb = _pick(_STEP_VERBS.get(str(params.get("action")), {"en": str(params.get("action"))}), language)
    if code == "comment_needed":
        return (
            "Para pedir cambios hay que escribir qué cambiar."
            if es
            else "Requesting changes needs a comment saying what to change."
        )
    if code == "wrong_status":
        status = status_name(params.get("status", ""), language).lower()
        allowed = [status_name(s, language).lower() for s in params.get("allowed", [])]
        joined = (" o " if es else " or ").join(allowed)
        if es:
            return f"No se puede {verb} {name}: está en estado «{status}» y tiene que estar {joined}."
        return f"{name} cannot {verb}: it is {status} and must be {joined}."
    if code == "not_waivable":
        finding = params["finding"]
        title = _quoted(rule_title(finding.rule, language, titles), language)
        where = finding_place(finding, language)
        if es:
            return (
                f"Este hallazgo no se puede dispensar — {finding.message} ({where}). El kit de marca no "
                f"permite dispensar la regla {title}: corrige el texto; ni una dispensa ni una exportación "
                "forzada lo dejan pasar."
            )
        return (
            f"This finding cannot be waived — {finding.message} ({where}). The brand kit does not allow "
            f"waiving the rule {title}: fix the text; neither a waiver nor a forced export lets it through."
        )
    if code == "four_eyes":
        editor, revision = params.get("editor", ""), params.get("revision", "")
        if es:
            return (
                f"{editor} no puede aprobar {name}: cuatro ojos — {editor} hizo su última edición "
                f"(revisión {revision}), así que la aprueba otra persona (four_eyes en el studio.ini "
                "del kit de marca)."
            )
        return (
            f"{name} cannot be approved by {editor}: four eyes — {editor} made its last edit (revision "
            f"{revision}), so another person approves it (four_eyes in the brand kit's studio.ini)."
        )
    if code.startswith("blocked"):
        findings = list(params.get("findings", []))
        # the readiness checklist's blocking items (studio/review/readiness.py), when it refused
        items = list(params.get("items", []))
        n = len(items or findings)
        things = len(items) > len(findings)
        if es and things:
            head = f"No se puede {verb} {name}: " + (
                "1 cosa lo impide." if n == 1 else f"{n} cosas lo impiden."
            )
        elif things:
            head = f"{name} cannot {verb}: " + ("1 thing blocks it." if n == 1 else f"{n} things block it.")
        if es:
            head = (
                head
                if things
                else (
                    f"No se puede {verb} {name}: "
                    + (
                        "1 hallazgo de nivel error sin dispensar"
                        if n == 1
                        else f"{n} hallazgos de nivel error sin dispensar"
                    )
                    + "."
                )
            )
            tail = {
                "blocked_not_waivable": " Estos no se pueden dispensar ni forzar: corrige el texto.",
                "blocked_force_needs_reason": (
                    " Corrígelos o dispénsalos, o fuerza la exportación con un motivo."
                ),
            }.get(code, " Corrígelos o dispénsalos antes.")
            more = f"… y {n - 5} más" if n > 5 else ""
        else:
            head = (
                head
                if things
                else f"{name} cannot {verb}: "
                + ("1 error finding is not waived." if n == 1 else f"{n} error findings are not waived.")
            )
            tail = {
                "blocked_not_waivable": " These cannot be waived or forced: fix the text.",
                "blocked_force_needs_reason": " Fix or waive them, or force the export with a reason.",
            }.get(code, " Fix or waive them first.")
            more = f"… and {n - 5} more" if n > 5 else ""
        listed = (
            [f"• {finding_line(f, language, titles)}" for f in findings[:5]]
            if not things
            else [f"• {getattr(i, 'title', '')}: {getattr(i, 'message', '')}" for i in items[:5]]
        )
        lines = [head + tail, *listed]
        if more:
            lines.append(more)
        return "\n".join(lines)
    return ""
