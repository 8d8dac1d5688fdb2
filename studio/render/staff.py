"""The staff brief's files: the plain text and a one-page PDF (ReportLab, the brand's fonts embedded).

The brief is the ``staff`` variant's ``title`` and ``text`` (``templates/staff/staff.txt.j2``):
lines that end in ``:`` are headings, ``- `` lines items, the rest paragraphs. The PDF is one page
of the spec's size (``templates/channels.yaml``, ``staff``): the body starts at ``max_font_pt``
and shrinks a half point at a time to ``min_font_pt`` until it fits; a brief that does not fit even
then is refused with what to shorten (a second page would not be read at the till).
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from studio.errors import AssetError, Problem
from studio.model.variant import Variant
from studio.workspace import Workspace

if TYPE_CHECKING:
    from studio.render.specs import StaffSpec

MARGIN_MM = 16.0
#: page sizes a brief may use (ISO 216 and US Letter), in millimetres
PAGES = {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "LETTER": (215.9, 279.4)}


def staff_files(
    workspace: Workspace, spec: StaffSpec, variant: Variant, *, created: datetime
) -> dict[PurePosixPath, bytes]:
    """``staff/brief.txt`` and ``staff/brief.pdf`` of one locale's brief."""
    text = brief_text(variant)
    return {
        PurePosixPath("staff/brief.txt"): text.encode("utf-8"),
        PurePosixPath("staff/brief.pdf"): brief_pdf(workspace, spec, variant, created=created),
    }


def brief_text(variant: Variant) -> str:
    """The brief as plain text: its title, underlined, then the text."""
    title = variant.fields.get("title", "").strip()
    body = variant.fields.get("text", "").strip()
    return f"{title}\n{'=' * len(title)}\n\n{body}\n" if title else body + "\n"


def brief_pdf(workspace: Workspace, spec: StaffSpec, variant: Variant, *, created: datetime) -> bytes:
    """The brief on one page (see the module docstring); same brief, same date: same bytes."""
    size = spec.max_font_pt
    while True:
        data, pages = _pdf(workspace, spec, variant, size, created)
        if pages == 1:
            return data
        if size - 0.5 < spec.min_font_pt:
            what = (
                "the hand-written brief"
                if "text" in variant.overridden
                else "the short copy or the disclaimer"
            )
            least = f"{spec.min_font_pt:g} pt"
            why = f"the {variant.locale} staff brief needs {pages} pages even at {least}: shorten {what}"
            raise AssetError(why, problems=[Problem(why, field=f"locales.{variant.locale}")])
        size -= 0.5


def _fonts(workspace: Workspace) -> tuple[str, str]:
    from studio.render.signage.kit import _font_file
    from studio.render.signage.pdf import _pdf_font

    brand = workspace.brand
    regular = _pdf_font(_font_file(workspace, brand.fonts.body), False)
    bold = _pdf_font(_font_file(workspace, brand.fonts.body_bold), False)
    return regular, bold


def _flowables(variant: Variant, size: float, regular: str, bold: str, accent: str) -> list[Any]:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer

    body = ParagraphStyle(
        "body",
        fontName=regular,
        bulletFontName=regular,
        fontSize=size,
        leading=size * 1.3,
        spaceAfter=size * 0.2,
    )
    item = ParagraphStyle("item", parent=body, leftIndent=size * 1.2, bulletIndent=size * 0.3)
    head = ParagraphStyle(
        "head", parent=body, fontName=bold, fontSize=size * 1.15, textColor=accent, spaceBefore=size * 0.6
    )
    title = ParagraphStyle("title", parent=body, fontName=bold, fontSize=size * 1.6, leading=size * 2)
    out: list[Any] = [Paragraph(escape(variant.fields.get("title", "")), title), Spacer(1, size * 0.4)]
    for line in variant.fields.get("text", "").splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("- "):
            out.append(Paragraph(_item(line[2:]), item, bulletText="•"))
        elif line.endswith(":"):
            out.append(Paragraph(escape(line[:-1]), head))
        else:
            out.append(Paragraph(escape(line), body))
    return out


def _item(text: str) -> str:
    """An item: its label (up to the first ``: `` or ``? ``, whichever comes first) in bold."""
    cuts = [at for at in (text.find(": "), text.find("? ")) if 0 < at < 80]
    if not cuts:
        return escape(text)
    at = min(cuts) + 1
    return f"<b>{escape(text[:at])}</b> {escape(text[at:].strip())}"


def _pdf(
    workspace: Workspace, spec: StaffSpec, variant: Variant, size: float, created: datetime
) -> tuple[bytes, int]:
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.platypus import SimpleDocTemplate

    regular, bold = _fonts(workspace)
    pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
    width, height = PAGES.get(spec.page.upper(), PAGES["A4"])
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=(width * mm, height * mm),
        leftMargin=MARGIN_MM * mm,
        rightMargin=MARGIN_MM * mm,
        topMargin=MARGIN_MM * mm,
        bottomMargin=MARGIN_MM * mm,
        title=variant.fields.get("title", ""),
        author=workspace.brand.name,
        lang=variant.locale,
        invariant=True,
        # not ReportLab's default Helvetica: a font the page names must be embedded
        initialFontName=regular,
        creator="Campaign Studio",
    )
    pages: list[int] = []

    def count(canvas: Any, _doc: Any) -> None:
        pages.append(canvas.getPageNumber())

    accent = workspace.brand.colors.primary
    doc.build(_flowables(variant, size, regular, bold, accent), onFirstPage=count, onLaterPages=count)
    return _dated(out.getvalue(), created), len(pages)


def _dated(data: bytes, created: datetime) -> bytes:
    """The PDF with ``created`` as its creation and modification date (ReportLab's invariant mode
    writes a fixed one), its producer named."""
    import pikepdf

    from studio.render.signage.pdf import _pdf_date

    stamp = _pdf_date(created)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.docinfo["/CreationDate"] = pikepdf.String(stamp)
        pdf.docinfo["/ModDate"] = pikepdf.String(stamp)
        pdf.docinfo["/Producer"] = pikepdf.String("Campaign Studio (ReportLab, pikepdf)")
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
    return out.getvalue()


__all__ = ["PAGES", "brief_pdf", "brief_text", "staff_files"]
