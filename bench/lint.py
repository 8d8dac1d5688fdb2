"""Keystroke benchmark: re-render and re-check every variant after a one-character edit.

    .venv/bin/python bench/lint.py [--runs N] [--campaign FILE] [--big [--terms 5000]] [--profile]

A typical campaign (the demo's, with its body grown to ~300 words, 3 locales × 7 channels) is
checked once to warm caches, then a character is typed into the es-ES body N times; each time
the whole campaign is re-rendered and every check runs (brand rules, studio kinds, consistency).
Prints the median and p95 (target: median ≤ 10 ms, p95 ≤ 16 ms on one core), wall and CPU time,
and a cold check (nothing kept but the compiled rules) measured in the same run as the baseline.
``--big``: the same with 100 Vale rules (Microsoft, write-good, proselint and generated ones,
beside the demo brand's) and a substitution rule of 5,000 terms on every channel (target: p95 ≤
16 ms). ``--profile``: also the CPU time of each stage of a keystroke (rendering, consistency,
brand rules, studio kinds one by one, print checks) and cProfile's slowest functions, measured on
keystrokes after the timed ones.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import importlib
import os
import random
import re
import shutil
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.checks.language import _sentence_language  # noqa: E402
from studio.findings import check_campaign  # noqa: E402
from studio.model.campaign import Campaign  # noqa: E402
from studio.model.files import read_campaign  # noqa: E402
from studio.render.variants import Renderer  # noqa: E402
from studio.workspace import Workspace  # noqa: E402

NOW = datetime(2026, 11, 24, tzinfo=UTC)


def with_body(campaign: Campaign, locale: str, body: str) -> Campaign:
    content = campaign.locales[locale]
    message = content.message.model_copy(update={"body": body})
    locales = {**campaign.locales, locale: content.model_copy(update={"message": message})}
    return campaign.model_copy(update={"locales": locales})


VALE_STYLES = ROOT.parent / "shared" / "vale-styles"
THIRD_PARTY = ("Microsoft", "write-good", "proselint")


def big_workspace(terms: int, rules: int = 100) -> Workspace:
    """A copy of the demo workspace whose every channel also reads the Microsoft, write-good and
    proselint styles, generated existence rules up to ``rules`` Vale rules, and a substitution rule
    of ``terms`` swaps (made-up words, a few of which the copy uses)."""
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="bench-lint-big-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)  # a bench leaves nothing behind
    for name in ("brand_rules", "templates", "assets"):
        shutil.copytree(ROOT / name, root / name)
    styles = root / "brand_rules"
    count = 0
    for name in THIRD_PARTY:
        source = VALE_STYLES / name / name
        if source.is_dir():
            shutil.copytree(source, styles / name)
            count += len(list(source.glob("*.yml")))
    extra = styles / "Extra"
    extra.mkdir()
    for i in range(max(0, rules - 1 - count)):
        (extra / f"Rule{i:02}.yml").write_text(
            f"extends: existence\nmessage: \"Evita '%s' ({i}).\"\nlevel: suggestion\nignorecase: true\n"
            f"tokens:\n  - palabrota{i}\n  - expresión{i} prohibida\n  - 'muy (?:muy )?{i}'\n",
            encoding="utf-8",
        )
    swaps = "".join(f"  marca{i:05}x: Marca{i:05}X\n" for i in range(terms))
    (styles / "Bench").mkdir()
    (styles / "Bench" / "Terms.yml").write_text(
        "extends: substitution\nmessage: \"Usa '%s' en vez de '%s'.\"\nlevel: warning\n"
        f"ignorecase: true\nswap:\n{swaps}",
        encoding="utf-8",
    )
    ini = styles / "studio.ini"
    added = ", ".join([*(n for n in THIRD_PARTY if (styles / n).is_dir()), "Extra", "Bench"])
    lines = [
        f"{line}, {added}" if line.startswith("BasedOnStyles") else line
        for line in ini.read_text(encoding="utf-8").splitlines()
    ]
    ini.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Workspace.resolve(root)


def forget_memos() -> None:
    """Every per-text memo of the check (Markdown, prices, language answers, rule hits per text and
    per block, link keys, poster findings), as in a new process; the compiled rules stay."""
    from studio import print_checks
    from studio.lint.pipeline import brand_linter, forget

    for name, module in list(sys.modules.items()):
        if name.startswith("studio.") and name != "studio.lint.pipeline" and module is not None:
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", "") == name:
                    value.cache_clear()
    print_checks._KEPT.clear()
    for module_name, table in (
        ("studio.rules.studio_rules", "_CHOSEN"),
        ("studio.rules.kinds.placeholder", "_FOLDED"),
    ):
        getattr(sys.modules.get(module_name), table, {}).clear()  # (an older checkout has neither)
    forget()  # each variant's brand-rule findings
    for workspace_rules in {Path(p) for p in _workspaces}:
        linter = brand_linter(workspace_rules)
        if linter is not None:
            linter._recent.clear()
            if hasattr(linter, "_blocks"):  # (an older checkout, for comparison, has none)
                linter._blocks = type(linter._blocks)()


def typing(body: str, length: int, seed: int | None) -> str:
    """Words of ``body``'s own vocabulary in an order new to every run (unless ``seed``), typed a
    character a keystroke: Spanish, as a marketer types it, and a text no earlier run typed (that
    would find the language models' answers remembered on disk, :mod:`studio.text.stores`, which
    no real edit does)."""
    order = random.Random(seed)
    vocabulary = sorted({w for w in re.findall(r"[^\W\d_]+", body) if len(w) > 1})
    stream = ""
    while len(stream) < length:
        stream += " " + order.choice(vocabulary)
    return stream


_workspaces: list[Path] = []


def warm_check(renderer: Renderer, campaign: Campaign) -> Any:
    """The check before the timed keystrokes, then as the check process does at its start
    (:mod:`studio.gui.check_child`): the language identifiers loaded (an older checkout, run for
    comparison, loads them at their first use, which may fall among the timed keystrokes) and
    what is loaded so far kept out of full garbage collections (``gc.freeze``)."""
    result = check_campaign(renderer, campaign, now=NOW)
    getattr(importlib.import_module("studio.text.language"), "load_models", lambda: None)()
    gc.freeze()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument(
        "--campaign", type=Path, default=ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml"
    )
    parser.add_argument(
        "--big",
        action="store_true",
        help="the demo brand plus the Microsoft, write-good and proselint styles, generated rules up "
        "to 100 and a substitution rule of 5,000 terms (target: p95 ≤ 16 ms)",
    )
    parser.add_argument("--terms", type=int, default=5000, help="terms of the --big substitution rule")
    parser.add_argument(
        "--seed", type=int, default=None, help="of the typed letters (default: new ones every run)"
    )
    parser.add_argument(
        "--profile", action="store_true", help="also each stage's CPU time and the slowest functions"
    )
    args = parser.parse_args()

    base = read_campaign(args.campaign)
    body = base.locales["es-ES"].message.body
    if args.big:  # two terms of the big list in the copy
        body += "\n\nPide ya marca00042x o marca01234x en tu tienda."
    while len(body.split()) < 300:
        body += "\n\n" + base.locales["es-ES"].message.body
    campaign = with_body(base, "es-ES", body)
    workspace = big_workspace(args.terms) if args.big else Workspace.resolve()
    _workspaces.append(workspace.brand_rules)
    rule_files = sum(1 for p in workspace.brand_rules.rglob("*.yml") if p.parent != workspace.brand_rules)
    print(f"workspace {workspace.root}: {rule_files} rule files")
    n = len(campaign.locales) * len(campaign.channels)

    cold = []
    for _ in range(5):
        renderer = Renderer(workspace)  # a new renderer: nothing cached
        _sentence_language.cache_clear()
        forget_memos()
        start = time.perf_counter()
        check_campaign(renderer, with_body(campaign, "es-ES", body + f" {time.perf_counter()}"), now=NOW)
        cold.append(time.perf_counter() - start)

    renderer = Renderer(workspace)
    result = warm_check(renderer, campaign)
    samples = []
    cpu = []
    typed = body
    stream = typing(base.locales["es-ES"].message.body, args.runs * (3 if args.profile else 1), args.seed)
    for i in range(args.runs):
        typed += stream[i]
        edited = with_body(campaign, "es-ES", typed)
        start, start_cpu = time.perf_counter(), time.process_time()
        check_campaign(renderer, edited, now=NOW)
        samples.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    samples.sort()
    cpu.sort()
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    cpu_p95 = cpu[min(len(cpu) - 1, round(0.95 * (len(cpu) - 1)))]
    print(
        f"campaign {campaign.key}: {n} variants, es-ES body {len(body.split())} words, "
        f"{len(result.findings)} findings"
    )
    print(f"cold check (nothing cached)      median {statistics.median(cold) * 1000:8.2f} ms   n={len(cold)}")
    print(
        f"after a one-character edit       median {statistics.median(samples) * 1000:8.2f} ms   "
        f"p95 {p95 * 1000:8.2f} ms   n={len(samples)}"
    )
    print(
        f"  the same, CPU time of the process median {statistics.median(cpu) * 1000:8.2f} ms   "
        f"p95 {cpu_p95 * 1000:8.2f} ms   (load average {os.getloadavg()[0]:.2f})"
    )
    print(f"ratio keystroke / cold           {statistics.median(samples) / statistics.median(cold):.2f}")
    if args.profile:
        profile(renderer, campaign, typed, stream[args.runs :])


def profile(renderer: Renderer, campaign: Campaign, typed: str, stream: str) -> None:
    """CPU time of each stage of a keystroke (mean over the first half of ``stream``, typed after
    the timed keystrokes), then cProfile's view of the second half."""
    import cProfile
    import pstats

    import studio.lint.pipeline as pipeline
    from studio.rules import studio_rules

    half = len(stream) // 2
    keystrokes, more = stream[:half], stream[half:]
    spent: dict[str, float] = {}

    def timed(label: str, function: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - start

        return run

    import studio.consistency.checks as consistency
    import studio.rules.engine as engine

    kind_of = studio_rules.studio_kind

    class Kind:
        def __init__(self, name: str) -> None:
            self.check = timed(f"studio kind {name}", kind_of(name).check)

    patched = [
        (renderer, "render_variants", timed("rendering", renderer.render_variants)),
        (consistency, "check_consistency", timed("consistency", consistency.check_consistency)),
        (engine, "lint_fields", timed("brand rules (Vale kinds)", engine.lint_fields)),
        (pipeline, "print_findings", timed("print checks", pipeline.print_findings)),
        (studio_rules, "studio_kind", Kind),
    ]
    saved = [(owner, name, getattr(owner, name)) for owner, name, _ in patched]
    for owner, name, value in patched:
        setattr(owner, name, value)
    total = 0.0
    try:
        for letter in keystrokes:
            typed += letter
            start = time.process_time()
            check_campaign(renderer, with_body(campaign, "es-ES", typed), now=NOW)
            total += time.process_time() - start
    finally:
        for owner, name, value in saved:
            setattr(owner, name, value)
    n = max(1, len(keystrokes))
    print(f"stages of a keystroke (CPU, mean of {n}; the whole: {total / n * 1000:.2f} ms)")
    for label, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {label:<34} {seconds / n * 1000:7.2f} ms")
    print(f"  {'the rest':<34} {(total - sum(spent.values())) / n * 1000:7.2f} ms")
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    for letter in more:
        typed += letter
        check_campaign(renderer, with_body(campaign, "es-ES", typed), now=NOW)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def check_throughput(terms: int = 5000, size: int = 1_000_000) -> None:
    """`studio check` over ~1 MB of Spanish copy with a substitution rule of ``terms`` swaps."""
    import tempfile

    from studio.rules.config import load_config
    from studio.rules.engine import Linter

    rng = random.Random(7)
    folder = Path(tempfile.mkdtemp(prefix="bench-lint-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    (folder / "Bench").mkdir()
    swaps = "\n".join(f"  palabra{i}x: término{i}" for i in range(terms))
    (folder / "Bench" / "Terms.yml").write_text(
        f"extends: substitution\nmessage: \"Usa '%s' en vez de '%s'.\"\nlevel: warning\nswap:\n{swaps}\n",
        encoding="utf-8",
    )
    (folder / "studio.ini").write_text("StylesPath = .\n[*]\nBasedOnStyles = Bench\n", encoding="utf-8")
    vocabulary = ["café", "tienda", "pide", "app", "oferta", "turrón", "recoge", "¿quieres?", "¡hola!", "más"]
    words: list[str] = []
    length = 0
    while length < size:
        word = f"palabra{rng.randrange(terms)}x" if rng.random() < 0.01 else rng.choice(vocabulary)
        words.append(word)
        length += len(word) + 1
    text = "\n\n".join(" ".join(words[i : i + 80]) + "." for i in range(0, len(words), 80))
    start = time.perf_counter()
    linter = Linter(load_config(folder / "studio.ini"))
    compile_s = time.perf_counter() - start
    start = time.perf_counter()
    alerts = linter.lint(text, format="txt")
    run_s = time.perf_counter() - start
    print(
        f"studio check, {len(text.encode()) / 1e6:.1f} MB, {len(words)} words, {terms} substitution terms: "
        f"compile {compile_s * 1000:.0f} ms, lint {run_s:.2f} s = {len(words) / run_s:,.0f} words/s "
        f"({len(alerts)} alerts)"
    )


if __name__ == "__main__":
    main()
    check_throughput()
