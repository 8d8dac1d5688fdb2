"""The check process: a child without Qt that checks campaigns and renders the email's HTML.

Started by :mod:`studio.gui.check_process` as ``python -m studio.gui.check_child IN OUT ROOT``:
it reads requests from the pipe ``IN`` and answers on the pipe ``OUT`` (frames of an 8-byte
length and a pickle), with its own renderer for the workspace at ``ROOT`` loaded and warmed
before the first request. It exits when the request pipe closes (the studio quit or died).
Requests: ``("check", campaign, now, language, kit)`` → a
:class:`~studio.lint.pipeline.CampaignCheck`; ``("email", campaign, locale, kit)`` → the email's
HTML; ``("report", …)`` → the review tab's report, its HTML and checklist
(:func:`studio.gui.review_build.report_parts`); ``("ping",)`` → the process id. ``kit``: the
brand kit's generation — a new one builds a fresh renderer (the kit changed on disk).
Answers: ``("ok", value)`` or ``("error", exception)``.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import struct
import sys
from pathlib import Path
from typing import Any, BinaryIO

HEADER = struct.Struct("!Q")


def read_frame(stream: BinaryIO) -> Any:
    """One pickled value from ``stream``; EOFError when it closed."""
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        raise EOFError("the pipe closed")
    (size,) = HEADER.unpack(header)
    body = stream.read(size)
    if len(body) < size:
        raise EOFError("the pipe closed in the middle of a message")
    return pickle.loads(body)


def write_frame(stream: BinaryIO, value: Any) -> None:
    body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(body)) + body)
    stream.flush()


class Worker:
    """What the child holds: the workspace's renderer, built again when the kit's generation changes."""

    def __init__(self, root: Path) -> None:
        from studio.render.variants import Renderer
        from studio.workspace import Workspace

        self.workspace = Workspace(root)
        self.kit = 0
        self.renderer = Renderer(self.workspace)

    def renderer_for(self, kit: int) -> Any:
        if kit != self.kit:
            from studio.render.variants import Renderer

            self.kit, self.renderer = kit, Renderer(self.workspace)
        return self.renderer

    def warm(self) -> None:
        """Load what a check uses (modules, templates, rules) before the first request."""
        import studio.findings
        import studio.report.assemble
        import studio.report.writers
        import studio.review.readiness  # noqa: F401
        from studio.lint.pipeline import brand_linter

        brand_linter(self.workspace.brand_rules)
        _ = self.renderer.env, self.renderer.specs
        files = self.workspace.campaign_files()
        if files:  # one seed campaign checked: the consistency checks' and rules' caches are built
            from datetime import UTC, datetime

            from studio.findings import check_campaign
            from studio.model.files import read_campaign

            seed = read_campaign(files[0])
            check_campaign(self.renderer, seed, now=datetime.now(UTC), language="es")
            # then as after a keystroke: what an edit's re-check reads first (which message fields
            # each template shows) is read now, not at the marketer's first keystroke
            check_campaign(self.renderer, typed(seed), now=datetime.now(UTC), language="es")
        from studio.text.language import load_models

        load_models()  # the language identifiers, which a first sentence to judge would load

    def handle(self, request: tuple[Any, ...]) -> Any:
        kind = request[0]
        if kind == "check":
            from studio.findings import check_campaign

            _, campaign, now, language, kit = request
            return check_campaign(self.renderer_for(kit), campaign, now=now, language=language)
        if kind == "email":
            from studio.model.campaign import Channel

            _, campaign, locale, kit = request
            return self.renderer_for(kit).render(campaign, locale, Channel.EMAIL, html=True).html or ""
        if kind == "report":
            from studio.gui.review_build import report_parts

            _, campaign, check, stored_version, records, language, now = request
            return report_parts(self.workspace, campaign, check, stored_version, records, language, now)
        if kind == "ping":
            return os.getpid()
        raise ValueError(f"unknown request {kind!r}")


def typed(campaign: Any) -> Any:
    """``campaign`` with a letter typed at the end of its first locale's body."""
    locale = next(iter(campaign.locales))
    content = campaign.locales[locale]
    message = content.message.model_copy(update={"body": content.message.body + "s"})
    locales = {**campaign.locales, locale: content.model_copy(update={"message": message})}
    return campaign.model_copy(update={"locales": locales})


def answer(worker: Worker, request: tuple[Any, ...]) -> tuple[str, Any]:
    try:
        return ("ok", worker.handle(request))
    except Exception as exc:  # every failure goes back to the studio, which shows or re-raises it
        try:
            pickle.dumps(exc)
        except Exception:
            return ("error", RuntimeError(f"{type(exc).__name__}: {exc}"))
        return ("error", exc)


def serve(requests: BinaryIO, answers: BinaryIO, root: Path) -> None:
    worker = Worker(root)
    try:
        worker.warm()
    except Exception as exc:  # a broken kit: the checks say so, one by one
        print(f"check process: warming up failed: {exc}", file=sys.stderr)
    gc.freeze()  # what is loaded now stays out of full collections
    while True:
        try:
            request = read_frame(requests)
        except EOFError:
            return
        write_frame(answers, answer(worker, request))


def main(argv: list[str]) -> int:
    fd_in, fd_out, root = int(argv[0]), int(argv[1]), Path(argv[2])
    with (
        open(fd_in, "rb") as requests,
        open(fd_out, "wb") as answers,
        contextlib.suppress(BrokenPipeError, KeyboardInterrupt),
    ):
        serve(requests, answers, root)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
