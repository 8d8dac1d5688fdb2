#!/usr/bin/env python3
"""The independent checkers the email tests run: official MJML, the Nu Html Checker, SpamAssassin.

    tools/email_test_tools.py install   # Debian's spamassassin and a Java runtime, npm's mjml + vnu-jar
    tools/email_test_tools.py check     # say what is there and what is missing (exit 1 if anything)

- the official MJML compiler (npm ``mjml``) and the Nu Html Checker (npm ``vnu-jar``, which ships
  ``vnu.jar``) are pinned in ``tools/node/package.json`` / ``package-lock.json`` and installed with
  ``npm ci`` into ``tools/node/node_modules`` (git-ignored);
- ``vnu.jar`` needs a Java runtime: Debian's ``default-jre-headless``;
- SpamAssassin 4 from Debian (``spamassassin``), run with local tests only (``-L``): its rules ship in
  the package, no network and no ``sa-update`` needed.

Debian packages are installed only when missing and this is root (like
``tools/postgres_test_server.py install``); `make test` runs ``install`` and CI fails when it cannot.
The test suite (tests/unit/export/email_tools.py) finds the tools with :func:`find_tools`.

Standard library only, so it runs with any python3.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

NODE_DIR = Path(__file__).resolve().parent / "node"
DEBIAN_PACKAGES = {"java": "default-jre-headless", "spamassassin": "spamassassin", "npm": "npm"}


class ToolsError(RuntimeError):
    """A checker cannot be installed (the message says what to do)."""


@dataclass(frozen=True)
class EmailTools:
    """Commands to run the checkers (argument lists to prepend to the file names)."""

    mjml: list[str]
    vnu: list[str]
    spamassassin: list[str]


def _mjml() -> Path | None:
    path = NODE_DIR / "node_modules" / "mjml" / "bin" / "mjml"
    return path if path.exists() else None


def _vnu_jar() -> Path | None:
    path = NODE_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
    return path if path.exists() else None


def missing() -> list[str]:
    """What is not there, each as a line a developer can act on."""
    out: list[str] = []
    if shutil.which("node") is None:
        out.append("node (Debian: nodejs)")
    if shutil.which("java") is None:
        out.append("java (Debian: default-jre-headless)")
    if shutil.which("spamassassin") is None:
        out.append("spamassassin (Debian: spamassassin)")
    if _mjml() is None or _vnu_jar() is None:
        out.append(f"mjml and vnu-jar (npm ci --prefix {NODE_DIR})")
    return out


def find_tools() -> EmailTools | None:
    """The installed checkers, or None when any is missing (see :func:`missing`)."""
    mjml, vnu = _mjml(), _vnu_jar()
    node, java, spamassassin = shutil.which("node"), shutil.which("java"), shutil.which("spamassassin")
    if not (mjml and vnu and node and java and spamassassin):
        return None
    return EmailTools(
        mjml=[node, str(mjml)],
        vnu=[java, "-Xss8m", "-jar", str(vnu)],
        spamassassin=[spamassassin, "-L", "-t"],
    )


def _apt_install(packages: list[str]) -> None:
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        wanted = " ".join(packages)
        raise ToolsError(f"missing Debian packages and this is not root: sudo apt-get install {wanted}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", *packages]):
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise ToolsError(f"{' '.join(command)} failed: {done.stderr.strip()[-500:]}")


def install() -> EmailTools:
    """Install whatever is missing (Debian packages as root, the npm packages into tools/node)."""
    packages = [pkg for cmd, pkg in DEBIAN_PACKAGES.items() if shutil.which(cmd) is None]
    if shutil.which("node") is None:
        packages.append("nodejs")
    if packages:
        print(f"installing Debian packages the email tests need: {' '.join(packages)}")
        _apt_install(packages)
    if _mjml() is None or _vnu_jar() is None:
        npm = shutil.which("npm")
        if npm is None:
            raise ToolsError("npm is missing: sudo apt-get install npm")
        print(f"installing the official MJML compiler and the Nu Html Checker into {NODE_DIR}/node_modules")
        # vnu-jar ships vnu.jar in the package; its postinstall (a Java download) is not needed
        command = [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--prefix", str(NODE_DIR)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise ToolsError(f"{' '.join(command)} failed: {done.stderr.strip()[-500:]}")
    tools = find_tools()
    if tools is None:
        raise ToolsError("still missing after install: " + "; ".join(missing()))
    return tools


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "install":
        try:
            install()
        except ToolsError as exc:
            print(f"email test tools: {exc}", file=sys.stderr)
            return 1
        return 0
    if command == "check":
        lacking = missing()
        for line in lacking:
            print(f"missing: {line}")
        return 1 if lacking else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
