"""Posters (and the Instagram image) drawn from a variant's texts: a PNG with Pillow, a PDF/X-4 print file.

Two steps, kept apart so each can be timed and reused: *compose* lays out and draws the pixels
(:func:`compose_poster`, :func:`compose_instagram`); *encode* turns them into files
(:func:`encode_png`, :func:`encode_pdf`). Nothing here writes a file: callers write the bytes
with :func:`studio.atomic.atomic_write_bytes`.

Every text on the image is one of the variant's fields (what the rules check), never anything
else. Layout sizes are proportional to the trim width (every ISO 216 size looks the same), with
two absolute floors a print shop and a customer need: the disclaimer never below the spec's
``min_disclaimer_pt`` and the QR code never narrower than :data:`QR_MIN_MM`. When the texts do
not fit, the hero, the headline and the other texts shrink (never the disclaimer, never the QR);
when even that is not enough, a :class:`~studio.errors.ValidationError` names the field.
"""

from studio.render.signage.drawing import compose_instagram, compose_poster, draw_instagram, draw_poster
from studio.render.signage.encoding import encode_pdf, encode_png
from studio.render.signage.fitting import PlacedText
from studio.render.signage.kit import (
    IMAGE_FORMATS,
    MAX_IMAGE_PIXELS,
    MM_PER_INCH,
    PT_PER_INCH,
    Box,
    Rgb,
    load_image,
)
from studio.render.signage.layout import (
    MIN_DPI,
    POSTER_HERO_SHARE,
    PREVIEW_DPI,
    QR_ERROR,
    QR_MIN_MM,
    QR_QUIET_ZONE,
    SOCIAL_MIN_DISCLAIMER_PX,
    PlacedQr,
    Poster,
    PosterLayout,
    legible_pt,
    plan_poster,
    qr_link,
    scannable_mm,
)

__all__ = [
    "IMAGE_FORMATS",
    "MAX_IMAGE_PIXELS",
    "MIN_DPI",
    "MM_PER_INCH",
    "POSTER_HERO_SHARE",
    "PREVIEW_DPI",
    "PT_PER_INCH",
    "QR_ERROR",
    "QR_MIN_MM",
    "QR_QUIET_ZONE",
    "SOCIAL_MIN_DISCLAIMER_PX",
    "Box",
    "PlacedQr",
    "PlacedText",
    "Poster",
    "PosterLayout",
    "Rgb",
    "compose_instagram",
    "compose_poster",
    "draw_instagram",
    "draw_poster",
    "encode_pdf",
    "encode_png",
    "legible_pt",
    "load_image",
    "plan_poster",
    "qr_link",
    "scannable_mm",
]
