"""The campaign list with many campaigns: is the main window still responsive at 10,000?

    .venv/bin/python bench/campaign_list.py [--sizes 1000,10000] [--repeat 15]

For each size, a fresh SQLite database gets that many campaigns (stored through the repository,
as the studio stores them: revision, event, search text), then in the real main window
(offscreen) the GUI-thread time of what a marketer does with the list is measured:

- filling the window in (``attach``: the list's first page, filters, editor, panels);
- a search typed in the box (the debounced query and the list reset), for several words;
- choosing a status and a locale in the filters;
- scrolling: each further page of 200 rows as the view asks for it;
- opening a campaign far down the list (``select_campaign`` pages to it).

Medians in milliseconds; the last column is the ratio of the largest size to the first (a list
that reads only what it shows stays near 1×, one that reads everything grows with the size).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = ["turron", "navidad", "tienda 4", "latte 99", "nada-que-coincida"]


def seed(url: str, n: int) -> None:
    from studio.app import open_studio
    from studio.model.campaign import Campaign, CampaignStatus
    from studio.model.files import read_campaign

    studio = open_studio(database=url, seed=False)
    base = read_campaign(ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml")
    doc = base.to_document()
    statuses = list(CampaignStatus)
    for i in range(n):
        campaign = Campaign.from_document(
            {
                **doc,
                "key": f"list-{i:05d}",
                "name": f"Turrón Latte · tienda {i}",
                "status": statuses[i % 4].value,
            }
        )
        studio.repository.create(campaign, author="bench")
    studio.close()


def timed(work: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        begun = time.perf_counter()
        work()
        samples.append(time.perf_counter() - begun)
    return statistics.median(samples) * 1000


def measure(n: int, repeat: int) -> dict[str, float]:
    from PySide6.QtCore import QCoreApplication

    from studio.app import open_studio
    from studio.gui.app import make_application
    from studio.gui.main_window import MainWindow
    from studio.model.campaign import CampaignStatus

    folder = tempfile.mkdtemp(prefix=f"studio-list-{n}-")
    os.environ["STUDIO_HOME"] = folder
    url = f"sqlite:///{folder}/list.sqlite3"
    begun = time.perf_counter()
    seed(url, n)
    seeding = time.perf_counter() - begun
    make_application()
    studio = open_studio(database=url, seed=False)
    figures: dict[str, float] = {"seed_s": seeding}

    window = MainWindow()
    window.show()
    begun = time.perf_counter()
    window.attach(studio)
    QCoreApplication.processEvents()
    figures["attach"] = (time.perf_counter() - begun) * 1000
    assert window.model.total == n

    def search(word: str) -> Callable[[], object]:
        def run() -> None:
            window.search.setText(word)
            window.apply_filters()  # what the debounce timer calls

        return run

    figures["search"] = statistics.median(timed(search(w), repeat) for w in WORDS)
    window.search.setText("")
    approved = window.status_filter.findData(CampaignStatus.APPROVED)
    figures["status"] = (
        timed(
            lambda: (window.status_filter.setCurrentIndex(approved), window.status_filter.setCurrentIndex(0)),
            repeat,
        )
        / 2
    )
    spanish = window.locale_filter.findData("es-MX")
    figures["locale"] = (
        timed(
            lambda: (window.locale_filter.setCurrentIndex(spanish), window.locale_filter.setCurrentIndex(0)),
            repeat,
        )
        / 2
    )
    window.apply_filters()
    pages = []
    while window.model.canFetchMore() and len(pages) < 10:
        begun = time.perf_counter()
        window.model.fetchMore()
        pages.append(time.perf_counter() - begun)
    figures["page"] = statistics.median(pages) * 1000 if pages else 0.0
    window.apply_filters()
    last = f"list-{0:05d}"  # the oldest change: the last row of the list
    begun = time.perf_counter()
    window.select_campaign(last)
    figures["open_far"] = (time.perf_counter() - begun) * 1000
    assert window.doc is not None and window.doc.key == last
    window.close()
    studio.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    sizes = [int(s) for s in args.sizes.split(",")]
    measure(10, 1)  # warm-up (first imports, first widgets), not reported
    results = {n: measure(n, args.repeat) for n in sizes}
    rows = [
        ("fill the window in (first page, panels)", "attach"),
        ("search typed → list updated", "search"),
        ("status filter chosen → list updated", "status"),
        ("locale filter chosen → list updated", "locale"),
        ("scroll: next page of 200 rows", "page"),
        ("open the last campaign of the list", "open_far"),
    ]
    header = "".join(f"{f'{n:,} campaigns':>18}" for n in sizes)
    print(f"campaign list, GUI-thread milliseconds (median of {args.repeat}):")
    print(f"  {'':42}{header}   ratio")
    for label, key in rows:
        cells = "".join(f"{results[n][key]:>15.1f} ms" for n in sizes)
        ratio = results[sizes[-1]][key] / max(results[sizes[0]][key], 1e-9)
        print(f"  {label:42}{cells}   {ratio:4.1f}×")
    seeding = ", ".join(f"{n:,} in {results[n]['seed_s']:.0f} s" for n in sizes)
    print(f"  (seeding through the repository: {seeding})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
