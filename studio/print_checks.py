"""Print checks: what a print shop, or a passer-by with a phone, would catch on the posters, as findings.

Measured on each poster's layout (:func:`studio.render.signage.plan_poster`, at the spec's
resolution, nothing drawn) against the numbers in ``templates/channels.yaml`` (``signage``, with
their sources):

- ``Print.ImageResolution``: the hero photo's effective resolution in the band it covers on each
  print size (its pixels over the band's inches, the tighter direction): a warning below
  ``image_warn_ppi`` (250), an error below ``image_min_ppi`` (150).
- ``Print.LegalTextSize``: the disclaimer's x-height seen from the size's ``reading_m`` spans less
  than ``legibility_arcmin``.
- ``Print.QrSize``: the QR symbol is narrower than the size's ``scan_m`` over ``qr_distance_ratio``.
- ``Print.QrShared``: two posters (size × locale) carry the same QR link, so their scans cannot be
  told apart (each gets its own ``utm_content``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from studio.errors import StudioError
from studio.model.campaign import Campaign, Channel
from studio.model.finding import Category, Finding, Severity
from studio.model.variant import Variant
from studio.render.specs import ChannelSpecs, SignageSpec
from studio.workspace import Workspace

if TYPE_CHECKING:
    from studio.render.signage import PosterLayout

RESOLUTION = "Print.ImageResolution"
LEGAL_TEXT = "Print.LegalTextSize"
QR_SIZE = "Print.QrSize"
QR_SHARED = "Print.QrShared"
MM_PER_INCH = 25.4

_MESSAGES = {
    "en": {
        "ppi": (
            "The hero photo prints at {ppi} ppi on the {size} poster ({px} px over a {band} mm band); "
            "below {need} ppi it {effect}: use an image of at least {want} px."
        ),
        "soft": "looks soft",
        "pixels": "shows its pixels",
        "legal": (
            "The small print is {pt} pt on the {size} poster: from {m} m it needs {need} pt to be read "
            "(an x-height of {arcmin}′ of arc)."
        ),
        "qr": "The QR code is {mm} mm wide on the {size} poster: scanned from {m} m it needs {need} mm.",
        "shared": (
            "The {size} poster for {locale} has the same QR link as the {other} one: "
            "scans cannot be told apart."
        ),
    },
    "es": {
        "ppi": (
            "La foto principal sale a {ppi} ppp en el cartel {size} ({px} px en una franja de {band} mm); "
            "por debajo de {need} ppp {effect}: usa una imagen de al menos {want} px."
        ),
        "soft": "se ve borrosa",
        "pixels": "se le ven los píxeles",
        "legal": (
            "La letra pequeña mide {pt} pt en el cartel {size}: a {m} m hacen falta {need} pt para leerla "
            "(una altura de x de {arcmin}′ de arco)."
        ),
        "qr": "El código QR mide {mm} mm en el cartel {size}: para escanearlo a {m} m hacen falta {need} mm.",
        "shared": (
            "El cartel {size} de {locale} lleva el mismo enlace QR que el de {other}: "
            "no se distinguen los escaneos."
        ),
    },
}


def resolution_severity(ppi: float, signage: SignageSpec) -> Severity | None:
    """Error below ``image_min_ppi``, warning below ``image_warn_ppi``, nothing from there up."""
    if ppi < signage.image_min_ppi:
        return Severity.ERROR
    if ppi < signage.image_warn_ppi:
        return Severity.WARNING
    return None


def effective_ppi(pixels: tuple[int, int], band_mm: tuple[float, float]) -> float:
    """An image's resolution when it covers a band of ``band_mm`` (cropped to cover: the tighter
    direction counts)."""
    return min(pixels[0] / (band_mm[0] / MM_PER_INCH), pixels[1] / (band_mm[1] / MM_PER_INCH))


def print_findings(
    workspace: Workspace,
    specs: ChannelSpecs,
    campaign: Campaign,
    variants: Sequence[Variant],
    language: str = "es",
) -> list[Finding]:
    """The print checks of a campaign's posters (nothing when it has none).

    Laying out every poster is about half of a keystroke's check, and most keystrokes change no
    poster text: the findings are kept for the same poster texts, sizes, hero, language, print spec
    and brand-kit files (:func:`studio.stamps.files_stamp`), and worked out again when any changes."""
    posters = [v for v in variants if v.channel is Channel.SIGNAGE]
    if not posters or Channel.SIGNAGE not in campaign.channels:
        return []
    from studio.stamps import files_stamp

    key = (
        str(workspace.root),
        files_stamp([workspace.assets, workspace.templates]),
        specs.signage.model_dump_json(),
        tuple(campaign.print_sizes),
        campaign.hero_image,
        language,
        tuple((v.locale, tuple(v.fields.items()), tuple(sorted(v.links.items()))) for v in posters),
    )
    kept = _KEPT.get(key)
    if kept is None:
        kept = _on_disk(key, lambda: tuple(_print_findings(workspace, specs, campaign, posters, language)))
        if len(_KEPT) >= _KEEP:
            _KEPT.pop(next(iter(_KEPT)))
        _KEPT[key] = kept
    return list(kept)


#: the findings of the last few posters checked (see :func:`print_findings`), oldest first
_KEPT: dict[object, tuple[Finding, ...]] = {}
_KEEP = 16


def _on_disk(key: tuple[object, ...], compute: Callable[[], tuple[Finding, ...]]) -> tuple[Finding, ...]:
    """``compute()``, or the findings a process on this machine worked out before for the same
    ``key`` (:func:`print_findings`'s), the same code of the layout and these checks, and the same
    libraries that measure and encode (Pillow's, FreeType's, HarfBuzz's, segno's versions): a
    ``studio lint`` of a campaign whose posters did not change lays none out (≈ 30 ms and the
    poster modules' import). Kept with :func:`studio.compiled.kept` (``STUDIO_RULE_CACHE=off``:
    worked out every time)."""
    from studio import compiled
    from studio.stamps import files_stamp

    here = Path(__file__).resolve()
    code = files_stamp([here.parent / "render" / "signage"], "*.py")
    found = compiled.kept("print-findings", (key, code, _libraries()), compute, code=str(here))
    if isinstance(found, tuple) and all(isinstance(f, Finding) for f in found):
        return found
    return compute()


def _libraries() -> tuple[str, ...]:
    """The versions of the libraries a poster's layout depends on."""
    from importlib.metadata import PackageNotFoundError, version

    import PIL
    from PIL import features

    try:
        segno = version("segno")
    except PackageNotFoundError:
        segno = ""
    names = ("freetype2", "raqm", "harfbuzz")
    return (PIL.__version__, *(str(features.version(name)) for name in names), segno)


def _print_findings(
    workspace: Workspace, specs: ChannelSpecs, campaign: Campaign, posters: list[Variant], language: str
) -> list[Finding]:
    text = _MESSAGES["es" if language.startswith("es") else "en"]
    signage = specs.signage
    pixels = _hero_pixels(workspace, campaign.hero_image)
    findings: list[Finding] = []
    links: dict[str, tuple[str, str]] = {}
    for size in campaign.print_sizes:
        if size not in signage.sizes:
            continue  # the renderer reports an unknown size
        lowest: tuple[float, tuple[float, float]] | None = None
        for variant in posters:
            layout = _layout(workspace, specs, campaign, variant, size)
            if layout is None:
                continue
            band = _band_mm(layout.hero, layout.dpi)
            if pixels is not None:
                ppi = effective_ppi(pixels, band)
                lowest = min(lowest, (ppi, band)) if lowest else (ppi, band)
            findings.extend(legibility_findings(workspace, signage, size, variant.locale, layout, language))
            if layout.qr is not None:
                other = links.setdefault(layout.qr.data, (size, variant.locale))
                if other != (size, variant.locale):
                    message = text["shared"].format(
                        size=size, locale=variant.locale, other=f"{other[0]} {other[1]}"
                    )
                    findings.append(_finding(QR_SHARED, Severity.WARNING, message, variant.locale, "cta"))
        if pixels is not None and lowest is not None:
            findings.extend(_resolution(signage, size, pixels, *lowest, text))
    return findings


def _finding(rule: str, severity: Severity, message: str, locale: str | None, field: str) -> Finding:
    return Finding(
        rule=rule,
        category=Category.CHANNEL,
        severity=severity,
        message=message,
        channel=Channel.SIGNAGE.value,
        locale=locale,
        field=field,
    )


def _hero_pixels(workspace: Workspace, hero: object) -> tuple[int, int] | None:
    if not hero:
        return None
    from PIL import Image

    try:
        with Image.open(workspace.asset(str(hero))) as image:
            width, height = image.size
            if image.getexif().get(0x0112, 1) in (5, 6, 7, 8):  # shot sideways: shown rotated
                width, height = height, width
    except (StudioError, OSError, ValueError):
        return None  # the readiness checklist and the renderer name a missing or broken image
    return (width, height)


def _layout(
    workspace: Workspace, specs: ChannelSpecs, campaign: Campaign, variant: Variant, size: str
) -> PosterLayout | None:
    from studio.render.signage import plan_poster

    try:
        return plan_poster(variant, workspace, specs, size, hero_image=campaign.hero_image)
    except StudioError:
        return None  # a text too long, a broken asset: the export and the previews say so


def _band_mm(box: tuple[int, int, int, int], dpi: int) -> tuple[float, float]:
    return ((box[2] - box[0]) / dpi * MM_PER_INCH, (box[3] - box[1]) / dpi * MM_PER_INCH)


def _resolution(
    signage: SignageSpec,
    size: str,
    pixels: tuple[int, int],
    ppi: float,
    band: tuple[float, float],
    text: dict[str, str],
) -> list[Finding]:
    severity = resolution_severity(ppi, signage)
    if severity is None:
        return []
    need = signage.image_min_ppi if severity is Severity.ERROR else signage.image_warn_ppi
    scale = signage.image_warn_ppi / ppi
    message = text["ppi"].format(
        ppi=int(ppi),
        size=size,
        px=f"{pixels[0]} × {pixels[1]}",
        band=f"{band[0]:.0f} × {band[1]:.0f}",
        need=need,
        effect=text["pixels" if severity is Severity.ERROR else "soft"],
        want=f"{-(-pixels[0] * scale // 1):.0f} × {-(-pixels[1] * scale // 1):.0f}",
    )
    return [_finding(RESOLUTION, severity, message, None, "hero_image")]


def legibility_findings(
    workspace: Workspace,
    signage: SignageSpec,
    size: str,
    locale: str,
    layout: PosterLayout,
    language: str = "es",
) -> list[Finding]:
    """The disclaimer and the QR code of one poster's layout measured against ``size``'s distances."""
    text = _MESSAGES["es" if language.startswith("es") else "en"]
    from studio.render.signage import legible_pt, scannable_mm
    from studio.render.signage.kit import _x_height

    paper = signage.sizes[size]
    out: list[Finding] = []
    disclaimer = layout.texts.get("disclaimer")
    if paper.reading_m and disclaimer is not None:
        fonts = {"body": Path(workspace.asset(workspace.brand.fonts.body))}
        need = legible_pt(paper.reading_m, signage.legibility_arcmin, _x_height(fonts, "body"))
        if disclaimer.pt < need - 0.05:
            message = text["legal"].format(
                pt=f"{disclaimer.pt:.1f}", size=size, m=f"{paper.reading_m:g}", need=f"{need:.1f}",
                arcmin=f"{signage.legibility_arcmin:g}",
            )  # fmt: skip
            out.append(_finding(LEGAL_TEXT, Severity.WARNING, message, locale, "disclaimer"))
    if paper.scan_m and layout.qr is not None:
        need = scannable_mm(paper.scan_m, signage.qr_distance_ratio)
        if layout.qr.symbol_mm < need - 0.05:
            message = text["qr"].format(
                mm=f"{layout.qr.symbol_mm:.0f}", size=size, m=f"{paper.scan_m:g}", need=f"{need:.0f}"
            )
            out.append(_finding(QR_SIZE, Severity.WARNING, message, locale, "cta"))
    return out
