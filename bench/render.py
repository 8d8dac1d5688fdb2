"""Render benchmark: every variant of a demo campaign without the poster, then the poster's steps.

Prints medians (and p95 where useful) over repeated runs, measured in this process:

    .venv/bin/python bench/render.py [--runs N] [--campaign FILE] [--size A3]

Figures: text variants (all channels × locales, no HTML), the same with the email HTML
(MJML + CSS inlining), and for one poster: compose (Pillow drawing) and encode (PNG, PDF)
separately, so a change can be placed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.model.campaign import Channel  # noqa: E402
from studio.model.files import read_campaign  # noqa: E402
from studio.render.variants import Renderer  # noqa: E402
from studio.workspace import Workspace  # noqa: E402


def timed(fn: Callable[[], Any], runs: int) -> tuple[list[float], Any]:
    result = fn()  # warm-up (imports, caches)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - start)
    return samples, result


def show(label: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(
        f"{label:<44} median {statistics.median(samples) * 1000:9.2f} ms   "
        f"p95 {p95 * 1000:9.2f} ms   n={len(samples)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument(
        "--campaign", type=Path, default=ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml"
    )
    parser.add_argument("--size", default="A3")
    args = parser.parse_args()

    campaign = read_campaign(args.campaign)
    renderer = Renderer(Workspace.resolve())
    text_channels = list(campaign.channels)
    n = len(text_channels) * len(campaign.locales)
    print(
        f"campaign {campaign.key}: {len(campaign.locales)} locales × "
        f"{len(text_channels)} channels = {n} variants"
    )

    def fresh(html: bool) -> object:
        renderer._cache.clear()  # measure the rendering, not the variant cache
        return renderer.render_variants(campaign, html=html)

    samples, _ = timed(lambda: fresh(False), args.runs)
    show(f"all {n} variants, text only", samples)
    samples, _ = timed(lambda: fresh(True), max(5, args.runs // 3))
    show(f"all {n} variants, with email HTML", samples)
    samples, _ = timed(lambda: renderer.render_variants(campaign, html=True), args.runs)
    show(f"all {n} variants again, unchanged (cache)", samples)

    from studio.render.signage import compose_poster, encode_pdf, encode_png

    variant = renderer.render(campaign, campaign.primary_locale, Channel.SIGNAGE)
    runs = max(3, args.runs // 10)
    samples, image = timed(
        lambda: compose_poster(
            variant, renderer.workspace, renderer.specs, args.size, hero_image=campaign.hero_image
        ),
        runs,
    )
    show(f"poster {args.size} compose ({image.width}×{image.height} px)", samples)
    samples, png = timed(lambda: encode_png(image), runs)
    show(f"poster {args.size} encode PNG ({len(png) / 1e6:.1f} MB)", samples)
    samples, pdf = timed(lambda: encode_pdf(image, renderer.specs, args.size), runs)
    show(f"poster {args.size} encode PDF ({len(pdf) / 1e6:.1f} MB)", samples)


if __name__ == "__main__":
    main()
