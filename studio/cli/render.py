"""``studio render`` (every variant to files) and ``studio measure`` (channel metrics of texts)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from studio.errors import Problem, StudioError, ValidationError

MEASURABLE = ("sms", "post.x", "post.instagram", "post.facebook", "post.linkedin", "whatsapp", "push")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "render",
        parents=[common],
        help="render a campaign's variants to files",
        description="Render every variant (channel × locale) of a campaign into a folder: email HTML, "
        "text and .eml; SMS and post texts; Instagram image; posters as PNG and print PDF; variants.json.",
    )
    p.add_argument(
        "ref", metavar="CAMPAIGN", help="key or id of a stored campaign, or a *.campaign.yaml file"
    )
    p.add_argument("--locale", action="append", metavar="TAG", help="only this locale (repeat)")
    p.add_argument("--channel", action="append", metavar="CH", help="only this channel (repeat)")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder to create")
    p.add_argument("--overwrite", action="store_true", help="replace DIR if it exists")
    p.set_defaults(handler=_render)

    p = sub.add_parser(
        "measure",
        parents=[common],
        help="channel metrics of texts (JSON array on standard input)",
        description="Read a JSON array of strings on standard input; print a JSON array with one object "
        "of metrics per text, in order (sms: encoding, segments, units; post.x: weighted_length, valid; "
        "other posts: length, valid; whatsapp, the template body: length, valid, variables, format_errors; "
        "push, the body: length, valid, truncated per platform view).",
    )
    p.add_argument("--channel", required=True, choices=MEASURABLE)
    p.add_argument("--format", choices=["json"], default="json")
    p.set_defaults(handler=_measure)


def _load_campaign(args: argparse.Namespace) -> Any:
    """A campaign from a file path (ends in .yaml) or from the database by key/id."""
    if args.ref.endswith((".yaml", ".yml")):
        from studio.model.files import read_campaign

        return read_campaign(Path(args.ref))
    from studio.app import open_studio

    studio = open_studio(args.workspace, args.database)
    try:
        return studio.repository.get(args.ref).campaign
    finally:
        studio.close()


def _render(args: argparse.Namespace) -> int:
    from studio.model.campaign import normalize_locale
    from studio.render.files import write_render
    from studio.render.variants import Renderer
    from studio.workspace import Workspace

    try:
        locales = [normalize_locale(tag) for tag in args.locale] if args.locale else None
    except ValueError as exc:
        raise StudioError(f"--locale: {exc}") from None
    campaign = _load_campaign(args)
    renderer = Renderer(Workspace.resolve(args.workspace))
    written = write_render(
        renderer, campaign, args.out, locales=locales, channels=args.channel, overwrite=args.overwrite
    )
    print(f"wrote {len(written)} files to {args.out}")
    return 0


def _measure(args: argparse.Namespace) -> int:
    from studio.model.campaign import Channel
    from studio.render.variants import Renderer
    from studio.workspace import Workspace

    raw = sys.stdin.read()
    try:
        texts = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "standard input is not JSON",
            problems=[Problem(f"not JSON: {exc.msg}", file=Path("<stdin>"), line=exc.lineno)],
        ) from None
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        bad = (
            next((i for i, t in enumerate(texts) if not isinstance(t, str)), None)
            if isinstance(texts, list)
            else None
        )
        where = f"[{bad}]" if bad is not None else None
        raise ValidationError(
            "expected a JSON array of strings",
            problems=[Problem("expected a JSON array of strings", field=where, file=Path("<stdin>"))],
        )
    renderer = Renderer(Workspace.resolve(args.workspace))
    channel = Channel(args.channel)
    out = []
    for text in texts:
        metrics = renderer.measure(channel, {"text": text})
        if channel is Channel.SMS:
            out.append({k: metrics[k] for k in ("encoding", "segments", "units")})
        elif channel is Channel.X:
            out.append({k: metrics[k] for k in ("weighted_length", "valid")})
        elif channel is Channel.WHATSAPP:
            out.append(
                {"length": metrics["body_length"], "valid": metrics["valid"]}
                | {k: metrics[k] for k in ("variables", "format_errors")}
            )
        elif channel is Channel.PUSH:
            out.append(
                {
                    "length": metrics["body_length"],
                    "valid": metrics["valid"],
                    "truncated": metrics["truncated"],
                }
            )
        else:
            out.append({k: metrics[k] for k in ("length", "valid")})
    json.dump(out, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0
