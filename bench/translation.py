"""Translation states and XLIFF on the demo campaigns, and on a campaign at the size limits.

    .venv/bin/python bench/translation.py [--repeat 50]

Per campaign, medians in milliseconds: the states of every translated field
(``translation_states``), the XLIFF export of every translated locale (written to a temporary
folder), and the import of those files back (parse, checks, the campaign validated with the
translations). The last line is a campaign whose body is at its 20,000-character limit in every
locale, against the demo median (a ratio, not a time budget).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.model.campaign import BODY_MAX, Campaign  # noqa: E402
from studio.model.files import read_campaign  # noqa: E402
from studio.translation import translation_states  # noqa: E402
from studio.xliff import export_xliff, file_name, import_xliff  # noqa: E402


def median_ms(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure(campaign: Campaign, folder: Path, repeat: int) -> tuple[float, float, float]:
    locales = campaign.locale_tags[1:]

    def export() -> None:
        for tag in locales:
            (folder / file_name(campaign, tag)).write_bytes(export_xliff(campaign, tag))

    states = median_ms(lambda: translation_states(campaign), repeat)
    exported = median_ms(export, repeat)
    files = [folder / file_name(campaign, tag) for tag in locales]
    imported = median_ms(lambda: import_xliff(campaign, files), repeat)
    return states, exported, imported


def largest(campaign: Campaign) -> Campaign:
    document = campaign.to_document()
    for content in document["locales"].values():
        content["message"]["body"] = ("Texto largo de la oferta. " * BODY_MAX)[: BODY_MAX - 1] + "."
    return Campaign.from_document(document)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    campaigns = [read_campaign(p) for p in sorted((ROOT / "campaigns").glob("*.campaign.yaml"))]
    print(f"{'campaign':28} {'locales':>7} {'states':>8} {'export':>8} {'import':>8}  (ms, median)")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for campaign in [*campaigns, largest(campaigns[0])]:
            figures = measure(campaign, Path(tmp), args.repeat)
            rows.append(figures)
            name = campaign.key or "?"
            if len(rows) == len(campaigns) + 1:
                name = f"{name} (20,000-char bodies)"
            print(f"{name:28} {len(campaign.locale_tags) - 1:>7} " + " ".join(f"{f:8.2f}" for f in figures))
    demo = [statistics.median(col) for col in zip(*rows[:-1], strict=True)]
    ratios = " ".join(f"{big / base:6.1f}×" for big, base in zip(rows[-1], demo, strict=True))
    print(f"largest / demo median: states, export, import = {ratios}")


if __name__ == "__main__":
    main()
