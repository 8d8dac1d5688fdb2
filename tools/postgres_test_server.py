#!/usr/bin/env python3
"""A throw-away PostgreSQL server for the test suite and the benchmarks (Debian's binaries).

    tools/postgres_test_server.py install          # apt-get install postgresql if missing (as root)
    tools/postgres_test_server.py run -- CMD ...   # start, run CMD with STUDIO_TEST_POSTGRES_URL, stop
    tools/postgres_test_server.py start --dir DIR  # start in DIR, print the URL; `stop --dir DIR` ends it

The cluster lives in a temporary folder (data, unix socket and log), listens on a free loopback port
only, and accepts the superuser ``studio_test`` with a random password (scram-sha-256). PostgreSQL
refuses to run as root, so as root the server runs as the ``postgres`` system user (``runuser``).
Durability is switched off (fsync, synchronous commit): it is a test server. The test suite
(tests/conftest.py) imports :class:`PostgresServer` and starts one per session by itself.

Standard library only, so it runs with any python3.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

SUPERUSER = "studio_test"
SERVICE_USER = "postgres"  # the Debian package's system user, for running the server as root


class ServerError(RuntimeError):
    """The test server cannot be installed or started (the message says why and what to do)."""


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", path.parent.parent.name)) or (0,)


def find_bindir() -> Path | None:
    """The folder with ``initdb``, ``pg_ctl`` and ``postgres`` (the newest Debian version first)."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/postgres"), key=_version_key, reverse=True)
    for postgres in candidates:
        if (postgres.parent / "initdb").exists() and (postgres.parent / "pg_ctl").exists():
            return postgres.parent
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        bindir = Path(out.stdout.strip())
        if (bindir / "postgres").exists() and (bindir / "initdb").exists():
            return bindir
    postgres_on_path = shutil.which("postgres")
    if postgres_on_path and shutil.which("initdb") and shutil.which("pg_ctl"):
        return Path(postgres_on_path).resolve().parent
    return None


def install() -> Path:
    """Install Debian's PostgreSQL server when its binaries are missing (root only).

    No cluster is created or started by the package: the tests make their own.
    """
    bindir = find_bindir()
    if bindir is not None:
        return bindir
    if os.geteuid() != 0:
        raise ServerError(
            "the PostgreSQL server is not installed and this is not root: run "
            "`sudo apt-get install postgresql` (or set STUDIO_TEST_POSTGRES_URL to a server of yours)"
        )
    conf = Path("/etc/postgresql-common/createcluster.conf")
    if not conf.exists():  # keep the package from creating and starting a cluster of its own
        conf.parent.mkdir(parents=True, exist_ok=True)
        conf.write_text("create_main_cluster = false\n", encoding="utf-8")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (
        ["apt-get", "update", "-q"],
        [
            "apt-get",
            "install",
            "-y",
            "-q",
            "--no-install-recommends",
            "-o",
            "Dpkg::Options::=--force-confdef",
            "-o",
            "Dpkg::Options::=--force-confold",  # keep the createcluster.conf written above
            "postgresql",
        ],
    ):
        print("+", " ".join(command), flush=True)
        if subprocess.run(command, env=env, check=False).returncode != 0:
            raise ServerError(f"`{' '.join(command)}` failed: the PostgreSQL server cannot be installed")
    bindir = find_bindir()
    if bindir is None:
        raise ServerError("apt-get installed postgresql but no initdb/pg_ctl/postgres was found")
    return bindir


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class PostgresServer:
    """One temporary cluster: :meth:`start` it, use :attr:`url`, :meth:`stop` it (removes the folder)."""

    def __init__(self, root: Path | None = None, bindir: Path | None = None) -> None:
        found = bindir or find_bindir()
        if found is None:
            raise ServerError(
                "the PostgreSQL server binaries (initdb, pg_ctl, postgres) are not installed: "
                "run `tools/postgres_test_server.py install` as root, or `apt-get install postgresql`"
            )
        self.bindir = found
        self.root = root or Path(tempfile.mkdtemp(prefix="studio-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "socket"
        self.log = self.root / "server.log"
        self.password = secrets.token_hex(16)
        self.port = 0
        self.as_root = os.geteuid() == 0

    @property
    def url(self) -> str:
        """The superuser's SQLAlchemy URL (database ``postgres``)."""
        return f"postgresql+psycopg://{SUPERUSER}:{self.password}@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", SERVICE_USER, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False, cwd=self.root)

    def _prepare(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.socket_dir.mkdir(exist_ok=True)
        pwfile = self.root / "password"
        pwfile.write_text(self.password + "\n", encoding="utf-8")
        if self.as_root:
            try:
                import pwd

                entry = pwd.getpwnam(SERVICE_USER)
            except KeyError:
                raise ServerError(
                    f"running as root needs the system user {SERVICE_USER!r} (Debian's postgresql "
                    "package creates it): PostgreSQL refuses to run as root"
                ) from None
            for path in (self.root, self.socket_dir, pwfile):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        self.root.chmod(0o700)
        pwfile.chmod(0o600)

    def start(self, attempts: int = 3, *, stop_at_exit: bool = True) -> PostgresServer:
        """initdb and start on a free loopback port; raises :class:`ServerError` with the log's tail.

        The server is stopped when this process exits, unless ``stop_at_exit`` is false.
        """
        self._prepare()
        init = self._run(
            "initdb",
            "--pgdata",
            str(self.data),
            "--username",
            SUPERUSER,
            "--pwfile",
            str(self.root / "password"),
            "--auth-local",
            "trust",
            "--auth-host",
            "scram-sha-256",
            "--encoding",
            "UTF8",
            "--no-locale",
            "--no-sync",
        )
        if init.returncode != 0:
            raise ServerError(f"initdb failed: {init.stderr.strip() or init.stdout.strip()}")
        (self.root / "password").unlink()
        options = " ".join(
            [
                "-c listen_addresses=127.0.0.1",
                f"-c unix_socket_directories={self.socket_dir}",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=200",
                "-c shared_buffers=64MB",
            ]
        )
        for _ in range(attempts):
            self.port = _free_port()
            started = self._run(
                "pg_ctl",
                "--pgdata",
                str(self.data),
                "--log",
                str(self.log),
                "--wait",
                "--timeout",
                "60",
                "-o",
                f"{options} -c port={self.port}",
                "start",
            )
            if started.returncode == 0:
                if stop_at_exit:  # also when the caller forgets (stopping twice is harmless)
                    atexit.register(self.stop)
                return self
        tail = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else started.stderr
        raise ServerError(f"PostgreSQL did not start:\n{tail}")

    def stop(self) -> None:
        """Stop the server (immediately: nothing in it is kept) and remove its folder."""
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "--pgdata", str(self.data), "--mode", "immediate", "--wait", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- for `start`/`stop` in two separate commands ---------------------------------------------

    def save_state(self) -> None:
        state = {"url": self.url, "bindir": str(self.bindir), "port": self.port}
        (self.root / "server.json").write_text(json.dumps(state), encoding="utf-8")

    @classmethod
    def from_state(cls, root: Path) -> PostgresServer:
        state = json.loads((root / "server.json").read_text(encoding="utf-8"))
        server = cls(root, Path(state["bindir"]))
        server.port = int(state["port"])
        return server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("install", help="apt-get install postgresql when the server binaries are missing")
    start = sub.add_parser("start", help="start a server in DIR and print its URL")
    start.add_argument("--dir", type=Path, help="folder for the cluster (default: a new temporary one)")
    stop = sub.add_parser("stop", help="stop the server started in DIR and remove DIR")
    stop.add_argument("--dir", type=Path, required=True)
    run = sub.add_parser("run", help="start a server, run a command with STUDIO_TEST_POSTGRES_URL, stop it")
    run.add_argument("cmd", nargs=argparse.REMAINDER, help="-- COMMAND ARGS…")
    args = parser.parse_args(argv)
    try:
        if args.command == "install":
            if os.environ.get("STUDIO_TEST_POSTGRES_URL"):
                print("PostgreSQL: the server at STUDIO_TEST_POSTGRES_URL")
            elif os.environ.get("STUDIO_TEST_POSTGRES") == "off" and not os.environ.get("CI"):
                print("PostgreSQL: off (STUDIO_TEST_POSTGRES=off)")
            else:
                print(f"PostgreSQL server binaries: {install()}")
            return 0
        if args.command == "start":
            server = PostgresServer(args.dir).start(stop_at_exit=False)
            server.save_state()
            print(server.url)
            return 0
        if args.command == "stop":
            PostgresServer.from_state(args.dir).stop()
            return 0
        cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
        if not cmd:
            parser.error("run needs a command after --")
        with PostgresServer() as server:
            env = {**os.environ, "STUDIO_TEST_POSTGRES_URL": server.url}
            return subprocess.run(cmd, env=env, check=False).returncode
    except ServerError as exc:
        print(f"postgres-test-server: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
