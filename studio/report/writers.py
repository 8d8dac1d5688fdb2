"""Writing the report: self-contained HTML (through templates/report/), PDF of the same, JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jinja2.sandbox import SandboxedEnvironment

from studio.atomic import atomic_write_bytes
from studio.errors import StudioError
from studio.render.environment import make_environment, render_template
from studio.report.model import Report, report_data

TEMPLATE = "report/report.html.j2"

FACT_LABELS: dict[str, dict[str, str]] = {
    "es": {
        "price": "Precio",
        "original_price": "Precio anterior",
        "discount": "Descuento",
        "code": "Código",
        "valid_from": "Inicio",
        "valid_until": "Fin",
        "cta_url": "Enlace",
        "disclaimer": "Texto legal",
        "app": "En la app",
    },
    "en": {
        "price": "Price",
        "original_price": "Original price",
        "discount": "Discount",
        "code": "Promo code",
        "valid_from": "Start",
        "valid_until": "End",
        "cta_url": "Link",
        "disclaimer": "Disclaimer",
        "app": "In the app",
    },
}

LABELS: dict[str, dict[str, str]] = {
    "es": {
        "title": "Informe de coherencia",
        "score": "Puntuación",
        "matrix": "Datos × canales",
        "fact": "Dato",
        "present": "presente",
        "missing": "falta",
        "conflict": "no coincide",
        "absent": "—",
        "findings": "Hallazgos",
        "general": "De toda la campaña",
        "none": "Sin hallazgos.",
        "waived": "Aceptado",
        "by": "por",
        "waivers": "Excepciones aceptadas",
        "approvals": "Aprobaciones",
        "no_approvals": "Todavía sin aprobar.",
        "history": "Registro",
        "generated": "Generado",
        "revision": "revisión",
        "status": "Estado",
        "channel_scores": "Puntuación por canal",
        "draft": "Borrador",
        "in_review": "En revisión",
        "approved": "Aprobada",
        "exported": "Exportada",
        "error": "error",
        "warning": "aviso",
        "suggestion": "sugerencia",
        "n_errors": "Errores",
        "n_warnings": "Avisos",
        "n_suggestions": "Sugerencias",
        "n_waived": "Aceptados",
        "revoked": "retirada por",
        "formula": "Cómo se calcula",
        "formula_text": "Por canal: porcentaje de datos obligatorios presentes y correctos, "
        "menos 10 puntos por error y 2 por aviso sin excepción. "
        "La campaña: la media de sus canales, menos 10 por error general.",
    },
    "en": {
        "title": "Consistency report",
        "score": "Score",
        "matrix": "Facts × channels",
        "fact": "Fact",
        "present": "present",
        "missing": "missing",
        "conflict": "conflicting",
        "absent": "—",
        "findings": "Findings",
        "general": "Campaign-wide",
        "none": "No findings.",
        "waived": "Waived",
        "by": "by",
        "waivers": "Waivers",
        "approvals": "Approvals",
        "no_approvals": "Not approved yet.",
        "history": "Audit log",
        "generated": "Generated",
        "revision": "revision",
        "status": "Status",
        "channel_scores": "Score per channel",
        "draft": "Draft",
        "in_review": "In review",
        "approved": "Approved",
        "exported": "Exported",
        "error": "error",
        "warning": "warning",
        "suggestion": "suggestion",
        "n_errors": "Errors",
        "n_warnings": "Warnings",
        "n_suggestions": "Suggestions",
        "n_waived": "Waived",
        "revoked": "revoked by",
        "formula": "How it is computed",
        "formula_text": "Per channel: the share of required facts present and correct, "
        "minus 10 points per unwaived error and 2 per warning. "
        "The campaign: the mean of its channels, minus 10 per campaign-wide error.",
    },
}


_SAME_IN_BOTH = {
    "email": "Email",
    "sms": "SMS",
    "post.x": "X",
    "post.instagram": "Instagram",
    "post.facebook": "Facebook",
    "post.linkedin": "LinkedIn",
    "whatsapp": "WhatsApp",
}
#: channel names as the report prints them (ids such as ``post.x`` are for files and rules)
CHANNEL_LABELS: dict[str, dict[str, str]] = {
    "es": {
        **_SAME_IN_BOTH,
        "signage": "Cartelería",
        "push": "Notificación push",
        "staff": "Ficha del personal",
        "web": "Web",
    },
    "en": {
        **_SAME_IN_BOTH,
        "signage": "Signage",
        "push": "Push notification",
        "staff": "Staff brief",
        "web": "Web",
    },
}


def render_html(
    report: Report, templates: Path, *, language: str = "es", env: SandboxedEnvironment | None = None
) -> str:
    """The report as one HTML page with everything inline (no external requests).

    ``env``: an environment over ``templates`` to reuse (its compiled templates are kept); a
    batch export passes its renderer's so the report template is compiled once, not per campaign.
    """
    lang = language if language in LABELS else "en"
    facts = {name: FACT_LABELS[lang][name] for name in report.matrix}
    context: dict[str, Any] = {
        "report": report,
        "t": LABELS[lang],
        "lang": lang,
        "facts": facts,
        "channels": CHANNEL_LABELS[lang],
        **_namers(lang, templates),
    }
    return render_template(env or make_environment(templates), TEMPLATE, context)


def _namers(lang: str, templates: Path) -> dict[str, Any]:
    """What the template calls to name ids for people (:mod:`studio.model.names`) in ``lang``."""
    from studio.model import names

    titles = names.rule_titles(Path(templates).parent / "brand_rules")
    return {
        "locale_name": lambda tag: names.locale_name(tag, lang),
        "field_name": lambda path, with_place=True: names.field_name(path, lang, with_place=with_place),
        "rule_title": lambda rule: names.rule_title(rule, lang, titles),
        "event_name": lambda action: names.event_name(action, lang),
        "event_note": lambda action, comment: names.event_note(action, comment or "", lang),
    }


def render_pdf(html: str) -> bytes:
    """The same page as a PDF (WeasyPrint; fonts and styles from the page itself)."""
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: Pango missing on the system
        raise StudioError(f"PDF reports need WeasyPrint and Pango: {exc}") from None
    pdf: bytes = weasyprint.HTML(string=html).write_pdf()
    return pdf


def write_report(report: Report, out: Path, *, format: str, templates: Path, language: str = "es") -> None:
    """Write the report atomically as ``html``, ``pdf`` or ``json``."""
    if format == "json":
        data = json.dumps(report_data(report), ensure_ascii=False, indent=2) + "\n"
        atomic_write_bytes(out, data.encode("utf-8"))
        return
    html = render_html(report, templates, language=language)
    atomic_write_bytes(out, render_pdf(html) if format == "pdf" else html.encode("utf-8"))
