"""Big term lists side by side: ``studio check`` against textlint + textlint-rule-prh.

    .venv/bin/python bench/rules_peer.py [--sizes 500,5000,20000] [--megabytes 1] [--npm-dir DIR]

For each size N the script writes N term pairs twice — as a prh dictionary (``prh.yml``) and as a
Vale ``substitution`` rule (``styles/Bench/Terms.yml``) — and about 1 MB of Spanish Markdown
(headings, lists, emphasis, links, code) in which terms of the list occur. Then it runs, as whole
processes, ``studio check`` and ``textlint`` with ``textlint-rule-prh`` (both installed from npm
into a temporary folder by this script, unless ``--npm-dir`` names one that has them), checks
that both report the same hits (line and column of each), and prints words per second (wall
CPU time of the whole command, start-up included, best of ``--repeat``: the machine's other load
changes wall time far more than CPU time) and the ratio. The studio's rule cache starts empty for
each size, so its first run compiles the list and the later ones read it from the cache.

It also times the compile of the N-term rule in process: cold (YAML parse and automaton build,
no cache) and from the on-disk rule cache. Targets (issue 18): studio ≥ 10× textlint + prh at
5,000 and 20,000 terms; compile of 5,000 terms ≤ 100 ms cold, ≤ 10 ms from the cache.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SPANISH = (  # noqa: SIM905 (a sentence reads better than a list of 125 words)
    "la campaña de otoño llega con ofertas para toda la familia y un café con leche de regalo en "
    "cada tienda también ofrecemos envío gratis a partir de treinta euros durante el mes de "
    "noviembre nuestro equipo prepara recetas nuevas con turrón de Jijona almendras miel y "
    "chocolate negro el cliente puede reservar su pedido en la aplicación o por teléfono cuando "
    "quiera sin esperar colas en el mostrador además el programa de fidelidad suma puntos dobles "
    "los fines de semana y los socios reciben una invitación exclusiva a la cata de otoño en "
    "Madrid Barcelona Valencia Sevilla y Bilbao cada semana publicamos novedades en el blog y "
    "respondemos las preguntas más frecuentes sobre alérgenos ingredientes y horarios de apertura"
).split()

NPM_PACKAGES = ("textlint@14", "textlint-rule-prh@6")


def term_pairs(n: int) -> list[tuple[str, str]]:
    """``n`` made-up brand words (``qx`` and five letters, never inside a Spanish word) and their
    preferred spelling (upper case)."""
    rng = random.Random(18)
    seen: set[str] = set()
    pairs = []
    while len(pairs) < n:
        key = "qx" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(5))
        if key not in seen:
            seen.add(key)
            pairs.append((key, key.upper()))
    return pairs


def markdown(pairs: list[tuple[str, str]], megabytes: float, seed: int = 18) -> str:
    """Spanish Markdown of about ``megabytes`` MB with a term every ~40 words (in plain text only)."""
    rng = random.Random(seed)
    keys = [k for k, _ in pairs]
    target = int(megabytes * 1024 * 1024)
    parts: list[str] = []
    size = 0
    section = 0
    while size < target:
        section += 1
        block: list[str] = [f"## Sección {section}: novedades de otoño\n"]
        for _ in range(rng.randint(2, 4)):
            words = []
            for k in range(rng.randint(60, 140)):
                word = rng.choice(SPANISH)
                if k % 40 == 17:
                    word = f"{word} {rng.choice(keys)}"
                elif k % 53 == 11:
                    word = f"**{word}**"
                elif k % 61 == 23:
                    word = f"[{word}](https://aurora.example/{word})"
                words.append(word)
            words[0] = words[0][:1].upper() + words[0][1:]
            block.append(" ".join(words) + ".\n")
        block.append(f"- primer punto con {rng.choice(keys)} y más texto\n- segundo punto sin nada\n")
        block.append("```\ncódigo qxzzzzz que no se lee\n```\n")
        text = "\n".join(block) + "\n"
        parts.append(text)
        size += len(text.encode("utf-8"))
    return "".join(parts)


def write_case(folder: Path, pairs: list[tuple[str, str]], text: str) -> None:
    styles = folder / "styles" / "Bench"
    styles.mkdir(parents=True, exist_ok=True)
    (folder / ".vale.ini").write_text(
        "StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.md]\nBasedOnStyles = Bench\n"
    )
    swap = "".join(f"  {k}: {v}\n" for k, v in pairs)
    (styles / "Terms.yml").write_text(
        "extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nlevel: error\n"
        f"ignorecase: false\nswap:\n{swap}",
        encoding="utf-8",
    )
    prh = "".join(f"  - expected: {v}\n    pattern: {k}\n" for k, v in pairs)
    (folder / "prh.yml").write_text(f"version: 1\nrules:\n{prh}", encoding="utf-8")
    (folder / ".textlintrc.json").write_text(json.dumps({"rules": {"prh": {"rulePaths": ["./prh.yml"]}}}))
    (folder / "doc.md").write_text(text, encoding="utf-8")


def install_textlint(npm_dir: Path) -> Path:
    binary = npm_dir / "node_modules" / ".bin" / "textlint"
    if binary.exists() and (npm_dir / "node_modules" / "textlint-rule-prh").is_dir():
        return binary
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("npm is not installed: it is needed to install textlint and textlint-rule-prh")
    npm_dir.mkdir(parents=True, exist_ok=True)
    print(f"installing {' '.join(NPM_PACKAGES)} into {npm_dir} …", flush=True)
    subprocess.run(
        [npm, "install", "--no-audit", "--no-fund", "--prefix", str(npm_dir), *NPM_PACKAGES],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return binary


def timed(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, str]:
    """CPU seconds (user + system, children included) of one run, and its standard output."""
    before = os.times()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env, check=False)
    after = os.times()
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return cpu, done.stdout


def studio_hits(output: str) -> set[tuple[int, int]]:
    """``doc.md:LINE:COL:Bench.Terms:message`` lines → (line, column)."""
    found = set()
    for line in output.splitlines():
        parts = line.split(":", 4)
        if len(parts) == 5 and parts[3] == "Bench.Terms":
            found.add((int(parts[1]), int(parts[2])))
    return found


def textlint_hits(output: str) -> set[tuple[int, int]]:
    data = json.loads(output)
    return {(m["line"], m["column"]) for result in data for m in result["messages"]}


def compile_times(folder: Path) -> tuple[float, float]:
    """CPU milliseconds to load the N-term rule (read, parse, compile): cold (no cache, best of 3)
    and from the on-disk cache (best of 5)."""
    from studio.rules import loader

    path = folder / "styles" / "Bench" / "Terms.yml"
    cache = folder / "rule-cache"
    os.environ["STUDIO_RULE_CACHE"] = str(cache)
    shutil.rmtree(cache, ignore_errors=True)
    colds, warms = [], []
    for _ in range(3):
        shutil.rmtree(cache, ignore_errors=True)
        start = time.process_time()
        rule, problems = loader.load_rule(path)
        colds.append(time.process_time() - start)
        assert rule is not None and not problems, problems
    for _ in range(5):
        start = time.process_time()
        rule, problems = loader.load_rule(path)
        warms.append(time.process_time() - start)
        assert rule is not None and not problems, problems
    del os.environ["STUDIO_RULE_CACHE"]
    return min(colds) * 1000, min(warms) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,5000,20000")
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--npm-dir", type=Path, help="folder with textlint installed (default: a temporary one)"
    )
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="studio-rules-peer-"))
    npm_dir = args.npm_dir or scratch / "npm"
    textlint = install_textlint(npm_dir)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STUDIO_HOME": str(scratch / "home")}
    studio = [sys.executable, "-m", "studio", "check", "--config", ".vale.ini", "doc.md"]
    linted = [str(textlint), "--format", "json", "doc.md"]
    failures = 0
    print(
        f"{'terms':>6} {'words':>8} {'hits':>6} {'studio w/s':>11} {'textlint w/s':>13} {'ratio':>7} "
        f"{'compile cold':>13} {'cached':>8}"
    )
    for n in (int(s) for s in args.sizes.split(",")):
        pairs = term_pairs(n)
        text = markdown(pairs, args.megabytes)
        folder = scratch / f"terms-{n}"
        write_case(folder, pairs, text)
        words = len(text.split())
        studio_times, peer_times = [], []
        ours: set[tuple[int, int]] = set()
        theirs: set[tuple[int, int]] = set()
        for _ in range(args.repeat):
            elapsed, out = timed(studio, folder, env)
            studio_times.append(elapsed)
            ours = studio_hits(out)
        for _ in range(max(1, args.repeat if n <= 5000 else 1)):
            elapsed, out = timed(linted, folder)
            peer_times.append(elapsed)
            theirs = textlint_hits(out)
        cold, cached = compile_times(folder)
        ours_rate = words / min(studio_times)
        theirs_rate = words / min(peer_times)
        ratio = ours_rate / theirs_rate
        same = ours == theirs
        print(
            f"{n:>6} {words:>8} {len(ours):>6} {ours_rate:>11,.0f} {theirs_rate:>13,.0f} {ratio:>6.1f}× "
            f"{cold:>10.1f} ms {cached:>5.1f} ms  {'same hits' if same else 'HITS DIFFER'}"
        )
        if not same:
            failures += 1
            print(
                f"   only studio: {sorted(ours - theirs)[:10]}  only textlint: {sorted(theirs - ours)[:10]}"
            )
        if n >= 5000 and ratio < 10:
            failures += 1
            print("   target missed: studio ≥ 10× textlint + prh")
        if n == 5000 and (cold > 100 or cached > 10):
            failures += 1
            print("   target missed: compile ≤ 100 ms cold, ≤ 10 ms cached")
    shutil.rmtree(scratch, ignore_errors=True)
    print("all targets met" if not failures else f"{failures} targets missed")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
