"""When social posts go out, and the files schedulers and SMS gateways import.

A locale's posts are spread ``stagger`` minutes apart (10 or more: schedulers refuse closer
posts) from the campaign's post time, each kept inside the brand kit's send window (a slot
before it opens moves to the opening, one after it closes to the next day's opening: no night
slots), on 5-minute marks (Hootsuite's rule). Files are RFC 4180 CSV in UTF-8 with CRLF line
ends, and line breaks inside a text are CRLF too, so every line ends alike.

Import files carry the text as written: no ``'`` before a leading ``=``/``+``/``-``/``@`` as the
sheets meant for people have (:func:`studio.export.cells.csv_cell`), since an importer would
publish the quote.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import PurePosixPath

from studio.export.presets import NETWORK_NAMES, Scheduler, SmsGateway

SLOT_MINUTES = 5


@dataclass(frozen=True)
class Post:
    """One social post to schedule: ``image`` is a public URL, a file name beside the CSV, or ``""``."""

    network: str
    when: datetime
    text: str
    link: str = ""
    image: str = ""
    needs_image: bool = False


def crlf(text: str) -> str:
    """``text`` with every line break as CRLF (the CSV's own line ends)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    """RFC 4180 CSV, UTF-8, CRLF everywhere (records and line breaks inside fields)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    if header:
        writer.writerow(header)
    writer.writerows([crlf(v) if isinstance(v, str) else v for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


def into_window(moment: datetime, window: tuple[int, int]) -> datetime:
    """``moment`` on a 5-minute mark and inside ``window`` (minutes after local midnight)."""
    moment = moment.replace(second=0, microsecond=0)
    if moment.minute % SLOT_MINUTES:
        moment += timedelta(minutes=SLOT_MINUTES - moment.minute % SLOT_MINUTES)
    start, end = window
    minutes = moment.hour * 60 + moment.minute
    opening = moment.replace(hour=start // 60, minute=start % 60)
    if minutes < start:
        return opening
    if minutes >= end:
        return opening + timedelta(days=1)
    return moment


def slots(first: datetime, count: int, *, window: tuple[int, int], stagger: int) -> list[datetime]:
    """``count`` publishing times from ``first``: ``stagger`` minutes apart, all inside ``window``."""
    out: list[datetime] = []
    moment = into_window(first, window)
    for _ in range(count):
        out.append(moment)
        moment = into_window(moment + timedelta(minutes=stagger), window)
    return out


def schedule_sheet(posts: Sequence[Post]) -> bytes:
    """``schedule.csv``: network, local date-time with offset, text, image — a sheet for people, so
    a text a spreadsheet would run as a formula gets its ``'`` (:func:`studio.export.cells.csv_cell`)."""
    from studio.export.cells import csv_cell

    rows = [[p.network, p.when.isoformat(timespec="minutes"), csv_cell(p.text), p.image] for p in posts]
    return csv_bytes(("network", "datetime", "text", "image"), rows)


def _cell(column: str, post: Post, preset: Scheduler) -> str:
    when = post.when.astimezone(UTC) if preset.utc else post.when
    stamp = when.strftime(preset.datetime_format)
    if column == "datetime":
        return stamp
    if column == "date":
        return stamp.split(" ")[0]
    if column == "time":
        return stamp.split(" ")[1]
    if column == "text":
        return post.text
    if column == "link":
        return post.link
    if column == "image":
        return post.image if post.image.startswith(("https://", "http://")) else ""
    if column == "network":
        return NETWORK_NAMES.get(post.network, post.network)
    raise ValueError(f"unknown scheduler column {column!r}")


def scheduler_files(preset: Scheduler, posts: Sequence[Post]) -> tuple[dict[PurePosixPath, bytes], list[str]]:
    """The preset's import files (names relative to the locale's ``social/``) and notes for the user."""
    notes: list[str] = []
    kept: list[Post] = []
    for post in posts:
        public = post.image.startswith(("https://", "http://"))
        if post.needs_image and not preset.images:
            notes.append(f"{preset.label} imports no images: the {post.network} post is left out of its file")
            continue
        if post.needs_image and not public:
            notes.append(
                f"{preset.label}: the {post.network} post needs its image at a public URL; set "
                "publishing.asset_base_url in assets/brand.yaml or --asset-base-url (left out)"
            )
            continue
        kept.append(post)
    groups: dict[str, list[Post]] = {}
    for post in kept:
        name = f"{preset.name}-{post.network}.csv" if preset.per_profile else f"{preset.name}.csv"
        groups.setdefault(name, []).append(post)
    files: dict[PurePosixPath, bytes] = {}
    for name, group in groups.items():
        rows = [[_cell(column, post, preset) for column in preset.columns] for post in group]
        files[PurePosixPath(name)] = csv_bytes(preset.header, rows)
    return files, notes


def recipients_file(gateway: SmsGateway, rows: Sequence[tuple[str, str]]) -> bytes:
    """The gateway's import: one row per recipient (phone in E.164, that recipient's text)."""
    return csv_bytes(gateway.header, [list(row) for row in rows])
