"""A proof from click to inbox: how long building it and sending it take, on loopback.

    .venv/bin/python bench/proof.py [--repeat 10]

A real SMTP server (aiosmtpd) runs on 127.0.0.1 without TLS; for each demo campaign's primary
locale the proof is built (render + ``message.eml`` + subject prefix: ``build_proof``) and sent
(``send_proof``: connect, EHLO, MAIL, RCPT, DATA). Medians in milliseconds and the message size;
the last column is the share of the total spent sending (on loopback: the protocol's own cost).
"""

from __future__ import annotations

import argparse
import socket
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class _Sink:
    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.count += 1
        return "250 OK"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()

    from aiosmtpd.controller import Controller

    from studio.model.files import read_campaign
    from studio.proof import SmtpSettings, build_proof, send_proof
    from studio.render.variants import Renderer
    from studio.workspace import Workspace

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sink = _Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    smtp = SmtpSettings(host="127.0.0.1", port=port, security="none")
    renderer = Renderer(Workspace.resolve(None))
    try:
        print(f"{'campaign':26} {'locale':7} {'KB':>6} {'build ms':>9} {'send ms':>8} {'send share':>10}")
        for path in sorted((ROOT / "campaigns").glob("*.campaign.yaml")):
            campaign = read_campaign(path)
            if "email" not in {c.value for c in campaign.channels}:
                continue
            locale = campaign.primary_locale
            builds, sends = [], []
            message = b""
            for _ in range(args.repeat):
                started = time.perf_counter()
                message = build_proof(renderer, campaign, locale)
                built = time.perf_counter()
                send_proof(message, ["ana@example.com"], smtp)
                builds.append(built - started)
                sends.append(time.perf_counter() - built)
            build, send = statistics.median(builds) * 1000, statistics.median(sends) * 1000
            print(
                f"{campaign.key:26} {locale:7} {len(message) / 1000:6.0f} {build:9.1f} {send:8.1f} "
                f"{send / (build + send):10.0%}"
            )
    finally:
        controller.stop()
    print(f"{sink.count} proofs received")
    return 0


if __name__ == "__main__":
    sys.exit(main())
