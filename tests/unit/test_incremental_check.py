"""A check that reuses what earlier checks kept (a keystroke's) finds exactly what a fresh one finds.

Every memo on the check's path (rendered variants, Markdown, prices, rule answers, language
judgements, link keys, poster layouts, font measurements, compiled patterns) is keyed by what it
reads: after any edit of the campaign, a template, the brand kit or a rule file, the warm check
equals a check from nothing, and the edit shows.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from studio import compiled, print_checks, stamps
from studio.lint.pipeline import CampaignCheck, check_campaign
from studio.model.campaign import Campaign, Channel
from studio.model.files import read_campaign
from studio.model.finding import finding_record
from studio.render.signage import metrics
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root

NOW = datetime(2026, 11, 24, 10, tzinfo=UTC)
DEMO = default_root() / "campaigns" / "navidad-turron-latte.campaign.yaml"


def forget_everything() -> None:
    """Every memo of every studio module, as in a new process (the stores on disk stay)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("studio.") or module is None:
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", None) == name:
                clear()
    print_checks._KEPT.clear()
    stamps.refresh()
    compiled.forget()
    metrics.forget()


def outcome(result: CampaignCheck) -> tuple[list[Any], list[dict[str, Any]], list[str]]:
    return (
        [(v.channel, v.locale, v.fields, v.metrics, v.links) for v in result.variants],
        [finding_record(f) for f in result.findings],
        [str(p) for p in result.rule_problems],
    )


def fresh(workspace: Workspace, campaign: Campaign) -> CampaignCheck:
    forget_everything()
    return check_campaign(Renderer(workspace), campaign, now=NOW)


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    root = tmp_path / "ws"
    for name in ("brand_rules", "templates", "assets"):
        shutil.copytree(default_root() / name, root / name)
    return Workspace(root)


# -- edits of the campaign, as a marketer types them ---------------------------------------------


def _message(campaign: Campaign, locale: str, **changes: str) -> Campaign:
    content = campaign.locales[locale]
    message = content.message.model_copy(update=changes)
    locales = {**campaign.locales, locale: content.model_copy(update={"message": message})}
    return campaign.model_copy(update={"locales": locales})


def _content(campaign: Campaign, locale: str, **changes: str) -> Campaign:
    content = campaign.locales[locale].model_copy(update=changes)
    return campaign.model_copy(update={"locales": {**campaign.locales, locale: content}})


def _offer(campaign: Campaign, **changes: Any) -> Campaign:
    return campaign.model_copy(update={"offer": campaign.offer.model_copy(update=changes)})


SNIPPETS = [
    " Ahora a 3,10 €.",
    " Hasta el 5 de diciembre.",
    " Más en https://cafeaurora.example/otra-pagina",
    " Order now and enjoy the best coffee in town today.",
    " TODO: revisar",
    " ¡Solo hoy!",
    "x",
    " con el código NAVIDAD99",
    # paragraphs in other languages: the field's vote and the sentences' language (what a keystroke
    # judges without asking the detector when the answer cannot change) must see them
    "\n\nAproveite enquanto durar o estoque e corra para garantir o seu café.",
    "\n\nAquesta setmana tenim el millor cafè de la ciutat per a tu i els teus amics.",
    "\n\nCome and taste the best winter coffee in town with all your friends today.",
]


def _edits(rng: random.Random) -> list[Callable[[Campaign], Campaign]]:
    def body(c: Campaign) -> Campaign:
        locale = rng.choice(list(c.locales))
        return _message(c, locale, body=c.locales[locale].message.body + rng.choice(SNIPPETS))

    def headline(c: Campaign) -> Campaign:
        locale = rng.choice(list(c.locales))
        return _message(c, locale, headline=c.locales[locale].message.headline + rng.choice(SNIPPETS)[:12])

    def short(c: Campaign) -> Campaign:
        return _message(c, "es-ES", short=c.locales["es-ES"].message.short + rng.choice(SNIPPETS)[:10])

    def disclaimer(c: Campaign) -> Campaign:
        locale = rng.choice(list(c.locales))
        return _content(c, locale, disclaimer=c.locales[locale].disclaimer + rng.choice(SNIPPETS)[:20])

    def price(c: Campaign) -> Campaign:
        if c.offer.price is None:
            return c
        return _offer(c, price=c.offer.price + Decimal(rng.choice(["0.10", "-0.05", "1"])))

    def ends(c: Campaign) -> Campaign:
        return _offer(c, valid_until=c.offer.valid_until + timedelta(days=rng.choice([-3, 1, 7])))

    def typed(c: Campaign) -> Campaign:  # one letter at the end of the body
        locale = rng.choice(list(c.locales))
        letter = rng.choice("abcdefghijklmnopqrstuvwxyz")
        return _message(c, locale, body=c.locales[locale].message.body + letter)

    return [body, body, body, typed, typed, headline, short, disclaimer, price, ends]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_warm_check_after_random_edits_equals_a_fresh_one(workspace: Workspace, seed: int) -> None:
    rng = random.Random(seed)
    edits = _edits(rng)
    campaign = read_campaign(DEMO)
    renderer = Renderer(workspace)
    check_campaign(renderer, campaign, now=NOW)
    before = None
    for _ in range(6):
        campaign = rng.choice(edits)(campaign)
        warm = outcome(check_campaign(renderer, campaign, now=NOW))
        assert warm == outcome(fresh(workspace, campaign))
        assert warm != before  # every edit shows (in a variant, a finding or both)
        before = warm


def _later(path: Path) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    stamps.refresh()


def _template(root: Path) -> None:
    path = root / "templates" / "sms" / "sms.txt.j2"
    path.write_text(path.read_text(encoding="utf-8").replace("{{ brand.name }}:", "{{ brand.name }} hoy:"))
    _later(path)


def _brand_file(root: Path) -> None:
    path = root / "assets" / "brand.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("name: Café Aurora\n", "name: Café Aurora Sur\n", 1)
    )
    _later(path)


def _font_file(root: Path) -> None:
    path = root / "assets" / "fonts" / "Lato-Regular.ttf"
    shutil.copyfile(root / "assets" / "fonts" / "Lato-Bold.ttf", path)
    _later(path)


def _rule_file(root: Path) -> None:
    path = root / "brand_rules" / "CafeAurora" / "NoTurron.yml"
    rule = "extends: existence\nmessage: \"Evita '%s'.\"\nlevel: warning\nignorecase: true\n"
    path.write_text(rule + "tokens:\n  - turrón\n", encoding="utf-8")
    _later(path)


@pytest.mark.parametrize(
    ("edit", "shows"),
    [(_template, True), (_brand_file, True), (_font_file, False), (_rule_file, True)],
    ids=["template", "brand-kit-file", "font-file", "rule-file"],
)
def test_an_edited_workspace_file_is_read_again(
    workspace: Workspace, edit: Callable[[Path], None], shows: bool
) -> None:
    campaign = read_campaign(DEMO)
    renderer = Renderer(workspace)
    before = outcome(check_campaign(renderer, campaign, now=NOW))
    edit(workspace.root)
    if edit is _brand_file:  # a Workspace reads brand.yaml once: the app opens the kit again
        renderer = Renderer(Workspace(workspace.root))
    warm = outcome(check_campaign(renderer, campaign, now=NOW))
    assert warm == outcome(fresh(Workspace(workspace.root), campaign))
    if shows:
        assert warm != before


def test_the_demo_campaigns_warm_and_fresh(workspace: Workspace) -> None:
    renderer = Renderer(workspace)
    for path in sorted((default_root() / "campaigns").glob("*.campaign.yaml")):
        campaign = read_campaign(path)
        check_campaign(renderer, campaign, now=NOW)
        warm = outcome(check_campaign(renderer, campaign, now=NOW))
        assert warm == outcome(fresh(workspace, campaign)), path.name
        assert any(v[0] is Channel.SIGNAGE for v in warm[0])
