"""What a keystroke reuses gives what checking everything again gives.

A keystroke's check keeps each variant's consistency findings (studio/consistency/memo.py) and
brand-rule findings (studio/lint/pipeline.py),
renders again only the variants whose templates read the edited message field
(studio/render/reads.py) and converts only the edited piece of a Markdown body
(studio/render/formatting.py). Here every demo campaign and the consistency corpora's copy are
typed paragraph by paragraph, as a marketer types, and every step's variants, findings and rule
problems must equal those of a check with no memo: a new renderer, the consistency checks and the
brand rules run on every variant.
"""

from __future__ import annotations

import os
import random
import shutil
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import markdown
import nh3
import pytest
import yaml

from studio import stamps
from studio.consistency import memo
from studio.consistency.checks import _Run, check_consistency
from studio.consistency.config import ConsistencyConfig
from studio.lint import pipeline
from studio.lint.pipeline import CampaignCheck, check_campaign
from studio.model.campaign import Campaign, Channel, Override
from studio.model.files import read_campaign
from studio.model.finding import finding_record
from studio.model.variant import Variant
from studio.render import formatting
from studio.render.environment import make_environment
from studio.render.reads import message_reads
from studio.render.variants import TEMPLATES, Renderer
from studio.rules import studio_rules
from studio.workspace import Workspace, default_root

ROOT = default_root()
NOW = datetime(2026, 11, 24, 10, tzinfo=UTC)
DEMOS = sorted((ROOT / "campaigns").glob("*.campaign.yaml"))
# every corpus folder, half of its families (a fixed half, by the file's name): the corpora grow by a
# folder each round, and these equivalence tests need their variety, not every copy of it
CORPORA = sorted(
    p
    for p in ROOT.glob("tests/corpus/consistency*/*.yaml")
    if p.parent.name != "consistency-heldout6"
    and (p.parent.name == "consistency" or zlib.crc32(p.name.encode()) % 2 == 0)
)


def _read_corpus(path: Path) -> Any:
    """A corpus file as data, by libyaml's C loader (the same data as ``yaml.safe_load``, ten times
    faster: these tests read every corpus folder, one more each round)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def outcome(result: CampaignCheck) -> tuple[list[Any], list[dict[str, Any]], list[str]]:
    return (
        [
            (v.channel, v.locale, dict(v.fields), v.overridden, v.metrics, dict(v.links))
            for v in result.variants
        ],
        [finding_record(f) for f in result.findings],
        [str(p) for p in result.rule_problems],
    )


def without_memo(workspace: Workspace, campaign: Campaign) -> CampaignCheck:
    """The check as it was before the memos: a new renderer, every variant checked."""
    memo.remembering(False)
    pipeline.remembering(False)
    studio_rules._CHOSEN.clear()  # which variants each rule checks: worked out again
    try:
        return check_campaign(Renderer(workspace), campaign, now=NOW)
    finally:
        memo.remembering(True)
        pipeline.remembering(True)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("ws")
    for name in ("brand_rules", "templates", "assets"):
        shutil.copytree(ROOT / name, root / name)
    return Workspace(root)


def _message(campaign: Campaign, locale: str, **changes: str) -> Campaign:
    content = campaign.locales[locale]
    message = content.message.model_copy(update=changes)
    locales = {**campaign.locales, locale: content.model_copy(update={"message": message})}
    return campaign.model_copy(update={"locales": locales})


def _override(campaign: Campaign, channel: Channel, locale: str, text: str) -> Campaign:
    overrides = {
        **campaign.overrides,
        channel: {**campaign.overrides.get(channel, {}), locale: Override(text=text)},
    }
    return campaign.model_copy(update={"overrides": overrides})


def typed(text: str) -> Iterator[str]:
    """``text`` as it grows: paragraph by paragraph, the last one also a few letters at a time."""
    paragraphs = text.split("\n\n")
    for i in range(1, len(paragraphs) + 1):
        yield "\n\n".join(paragraphs[:i])
    last = paragraphs[-1]
    head = "\n\n".join([*paragraphs[:-1], ""]) if len(paragraphs) > 1 else ""
    for cut in (1, len(last) // 2):
        yield head + last[:cut]


def _same_on_every_step(workspace: Workspace, steps: Iterator[Campaign]) -> int:
    renderer = Renderer(workspace)
    count = 0
    for campaign in steps:
        warm = outcome(check_campaign(renderer, campaign, now=NOW))
        assert warm == outcome(without_memo(workspace, campaign)), f"step {count}"
        count += 1
    return count


@pytest.mark.parametrize("path", DEMOS, ids=[p.name.split(".")[0] for p in DEMOS])
def test_typing_a_demo_campaign_finds_what_a_check_without_memos_finds(
    workspace: Workspace, path: Path
) -> None:
    base = read_campaign(path)

    def steps() -> Iterator[Campaign]:
        for locale, content in base.locales.items():
            for name in ("body", "short", "headline"):
                for text in typed(getattr(content.message, name)):
                    yield _message(base, locale, **{name: text})
        for channel, by_locale in base.overrides.items():
            for locale, override in by_locale.items():
                for text in typed(override.text or ""):
                    yield _override(base, channel, locale, text)

    assert _same_on_every_step(workspace, steps()) > 20
    assert memo._CHECKED.items, "the consistency memo was used"


def corpus_cases() -> list[tuple[str, str, str, str]]:
    """(id, channel, locale, text) of every corpus case written as a whole text."""
    out = []
    for path in CORPORA:
        for case in _read_corpus(path).get("cases") or []:
            if isinstance(case.get("text"), str) and case.get("channel") and case.get("locale"):
                out.append((str(case["id"]), str(case["channel"]), str(case["locale"]), case["text"]))
    return out


def test_typing_the_corpus_copy_finds_what_a_check_without_memos_finds(workspace: Workspace) -> None:
    """Copy with prices, dates, codes and links of every kind, typed into the demo campaign's body
    and into an override of the case's channel."""
    base = read_campaign(ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml")
    cases = corpus_cases()
    assert len(cases) > 100
    sample = random.Random(18).sample(cases, 24)

    def steps() -> Iterator[Campaign]:
        for _, channel, locale, text in sample:
            if locale not in base.locales:
                locale = "en-US" if locale.startswith("en") else "es-ES"
            for part in typed(text.strip()):
                yield _message(base, locale, body=part)
            target = Channel(channel)
            if target in base.channels and target not in (Channel.SIGNAGE, Channel.WEB):
                for part in typed(text.strip()):
                    yield _override(base, target, locale, part)

    assert _same_on_every_step(workspace, steps()) > 120


def test_a_variant_s_findings_follow_its_text() -> None:
    """The same variant (channel, locale, links, metrics) with other words states other facts."""
    campaign = read_campaign(ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml")

    def findings(text: str, remember: bool) -> list[dict[str, Any]]:
        memo.remembering(remember)
        try:
            variant = Variant(Channel.WEB, "es-ES", {"headline": text, "legal": ""})
            found = check_consistency(campaign, [variant], config=ConsistencyConfig(), now=NOW)
            return [finding_record(f) for f in found]
        finally:
            memo.remembering(True)

    texts = ["Ahora 3,90 €", "Ahora 9,90 €", "Ahora 3,90 €", "Hasta el 2 de febrero", "Código NAVIDAD99"]
    seen = [findings(text, True) for text in texts]
    assert seen == [findings(text, False) for text in texts]
    assert seen[0] != seen[1] and seen[0] == seen[2]


def test_relative_time_claims_remembered_follow_the_time_now() -> None:
    """A claim of the last days, remembered per variant, is judged again at another time: true at
    the offer's end, false on its first day, as with the memo off."""
    campaign = read_campaign(ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml")
    offer = campaign.offer

    def findings(text: str, now: datetime, remember: bool) -> list[dict[str, Any]]:
        memo.remembering(remember)
        try:
            variant = Variant(Channel.WEB, "es-ES", {"headline": text, "legal": ""})
            found = check_consistency(campaign, [variant], config=ConsistencyConfig(), now=now)
            return [finding_record(f) for f in found if f.rule == "Consistency.RelativeTime"]
        finally:
            memo.remembering(True)

    first, last = offer.valid_from + timedelta(hours=2), offer.valid_until - timedelta(hours=2)
    for text in ("¡Últimos días para tu turrón!", "Last days to order", "Aproveite: últimos dias"):
        early, late = findings(text, first, True), findings(text, last, True)
        assert early == findings(text, first, False) and late == findings(text, last, False)
    assert findings("¡Últimos días para tu turrón!", first, True) != findings(
        "¡Últimos días para tu turrón!", last, True
    )


def test_the_memo_knows_everything_a_run_keeps() -> None:
    """A run of the checks that keeps state the memo does not replay is checked without it: when
    this fails, the memo is off — add the new attribute to ``memo._RUN_STATE`` once
    ``Remembered.check`` replays what ``check_variant`` puts there."""
    campaign = read_campaign(ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml")
    run = _Run(campaign, ConsistencyConfig(), "es", [], None)
    assert set(vars(run)) == memo._RUN_STATE
    assert memo.Remembered(run, None).base is not None
    run.extra = []  # type: ignore[attr-defined]
    assert memo.Remembered(run, None).base is None


# -- which message fields a template reads ---------------------------------------------------------


def test_the_demo_templates_read_the_body_only_in_the_email() -> None:
    env = make_environment(ROOT / "templates")
    assert "body" in (message_reads(env, (TEMPLATES[Channel.EMAIL],)) or {"?"})
    for channel in (Channel.SMS, Channel.X, Channel.SIGNAGE, Channel.PUSH):
        reads = message_reads(env, (TEMPLATES[channel],))
        assert reads is not None and "body" not in reads, channel


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{ message.short }}", {"short"}),
        ("{{ message['body'] }}", {"body"}),
        ("{{ content.message.body | upper }}{{ content.disclaimer }}", {"body"}),
        ("{% include 'part.j2' %}", {"headline"}),
        ("{{ campaign.name }} {{ message.headline }}", {"headline"}),
        ("{{ message }}", None),
        ("{% set m = message %}{{ m.body }}", None),
        ("{{ content.message }}", None),
        ("{{ campaign.locales['es-ES'].message.body }}", None),
        ("{{ campaign }}", None),
        ("{% include name %}", None),
        ("{{ message | tojson }}", None),
        ("{% for k in message %}{{ k }}{% endfor %}", None),
        ("{% macro m(message) %}{{ message.x }}{% endmacro %}{{ m(message) }}", None),
        ("{{ message.body", None),  # does not parse: its render reports it
    ],
)
def test_what_a_template_reads(tmp_path: Path, source: str, expected: set[str] | None) -> None:
    (tmp_path / "main.j2").write_text(source, encoding="utf-8")
    (tmp_path / "part.j2").write_text("{{ message.headline }}", encoding="utf-8")
    env = make_environment(tmp_path)
    reads = message_reads(env, ("main.j2",), stamp=source)
    assert (set(reads) if reads is not None else None) == expected


def test_a_template_that_starts_reading_the_body_shows_it(workspace: Workspace, tmp_path: Path) -> None:
    root = tmp_path / "ws"
    shutil.copytree(workspace.root, root)
    ws = Workspace(root)
    renderer = Renderer(ws)
    campaign = read_campaign(ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml")
    sms = renderer.render(campaign, "es-ES", Channel.SMS)
    edited = _message(campaign, "es-ES", body="Cuerpo nuevo del mensaje")
    assert renderer.render(edited, "es-ES", Channel.SMS) is sms  # the SMS does not show the body
    path = root / "templates" / "sms" / "sms.txt.j2"
    path.write_text(path.read_text(encoding="utf-8").replace("{{ message.short }}", "{{ message.body }}"))
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    stamps.refresh()
    assert "Cuerpo nuevo del mensaje" in renderer.render(edited, "es-ES", Channel.SMS).fields["text"]


# -- Markdown piece by piece -----------------------------------------------------------------------


def whole(text: str) -> str:
    """:func:`formatting.markdown_html` as it was: the whole text converted at once."""
    html = markdown.markdown(text, extensions=["sane_lists"], output_format="html")
    return str(
        nh3.clean(
            html,
            tags=formatting.SAFE_TAGS,
            attributes={"a": {"href", "title"}},
            url_schemes={"https", "http", "mailto", "tel"},
            link_rel="noopener",
        )
    )


FRAGMENTS = [
    "Hola **mundo** y *más*.",
    "Texto\ncon salto",
    "- uno\n- dos",
    "* a\n\n* b",
    "1. uno\n2. dos",
    "> cita\n> dos",
    "    código",
    "# Título",
    "Título\n=====",
    "Sub\n---",
    "---",
    "¡Oferta! 3,90 €",
    "«Cita» dijo",
    "(paréntesis)",
    "2026 fue",
    "Texto\n    sangrado",
    "Texto\n- no lista",
    "Texto\n> cita",
    "[enlace](https://x.es)",
    "[ref][1]",
    "Ref\n[1]: https://x.es",
    "`code` y \\*esc\\*",
    "&copy; &amp; x <b>y</b>",
    "Línea  \ncon br",
    "  indentado dos",
    "- item\n\n    segundo párrafo",
    "Texto\n---\n    code",
    "**abierto",
    "cerrado**",
    "Texto\ttab",
    "",
    "\n",
    "Final",
]


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_markdown_in_pieces_is_markdown_whole() -> None:
    rng = random.Random(7)
    texts = [
        "".join(
            rng.choice(["\n\n", "\n\n", "\n", "\n\n\n"]) * bool(i) + rng.choice(FRAGMENTS) for i in range(n)
        )
        for n in (rng.randint(1, 8) for _ in range(4000))
    ]
    for path in [*CORPORA, *DEMOS]:
        texts.extend(_strings(_read_corpus(path)))
    cut = 0
    for text in texts:
        formatting.markdown_html.cache_clear()
        cut += formatting._chunks(text) is not None
        assert formatting.markdown_html(text) == whole(text), repr(text)
    assert cut > 500  # the pieces were used


def test_a_converter_stopped_half_way_is_not_reused() -> None:
    class Stop(Exception):
        pass

    converter = formatting._markdown_converter()
    converter.preprocessors.register(_Raise(Stop), "stop", 1000)
    with pytest.raises(Stop):
        formatting._markdown("Hola")
    assert formatting._markdown("**Hola**") == "<p><strong>Hola</strong></p>"


class _Raise(markdown.preprocessors.Preprocessor):
    def __init__(self, error: type[Exception]) -> None:
        super().__init__()
        self.error = error

    def run(self, lines: list[str]) -> list[str]:
        raise self.error


# -- claims and multi-buys read paragraph by paragraph ---------------------------------------------

PAD = "Texto de relleno para que el párrafo pase de cien caracteres y no diga nada que leer aquí. "
#: readings that span a paragraph break or look across it: the break is not inert
ACROSS = [
    "Lleva 3 cafés\n\ny paga 2 en la tienda.",  # a multi-buy over the break
    "Son los últimos días\n\ndel mes para pedir.",  # "del mes" after the break: no claim
    "Lleva 3 cafés\n\ny paga 2",
]


def _readers() -> list[tuple[Any, tuple[str, ...]]]:
    from studio.consistency.claims import _claims
    from studio.consistency.money import _mechanics

    # (a language that reads no claim across a break before one that does: each answer is its own)
    return [(_claims, ("en-US",)), (_claims, ("pt-BR",)), (_claims, ("es-ES",)), (_mechanics, ())]


def _apart(read: Any, text: str, args: tuple[str, ...]) -> tuple[Any, ...]:
    out: list[Any] = []
    offset = 0
    for paragraph in text.split("\n\n"):
        out.extend(memo._moved(span, offset) for span in read(paragraph, *args))
        offset += len(paragraph) + 2
    return tuple(out)


def test_claims_and_multi_buys_read_by_paragraph_are_read_whole() -> None:
    """:func:`memo.by_paragraph` gives the whole text's reading: on the corpora's and demos' copy,
    on their paragraphs shuffled into long emails, and on breaks that a reading spans."""
    paragraphs: list[str] = []
    texts: list[str] = []
    for path in [*CORPORA, *DEMOS]:
        for text in _strings(_read_corpus(path)):
            paragraphs.extend(p for p in text.split("\n\n") if p.strip())
            if "\n\n" in text:
                texts.append(text)
    rng = random.Random(18)
    texts.extend("\n\n".join(rng.sample(paragraphs, rng.randint(3, 14))) for _ in range(300))
    crossing = [PAD * 2 + t + " " + PAD * 2 for t in ACROSS]
    texts.extend(crossing)
    memo.forget()
    joined = 0
    for read, args in _readers():
        for text in texts:
            whole = read(text, *args)
            assert memo.by_paragraph(read, text, *args) == whole, (read.__name__, args, text)
            joined += memo._READ.get((read, text, args)) is not None
    assert joined > 500  # read by paragraph, not all skipped as short
    # the crossing readings are why breaks are checked: read apart they differ
    differ = [t for t in crossing for read, args in _readers() if _apart(read, t, args) != read(t, *args)]
    assert len(differ) >= 3


def test_foreign_sentences_read_by_paragraph_are_read_whole() -> None:
    """The language kind reads a field's sentences paragraph by paragraph: the same sentences,
    found in the same languages, as the whole text read at once (corpus copy, its paragraphs
    shuffled into long emails, and sentences that end in an emoji or a link before a break)."""
    from studio.rules.kinds.language import _foreign_sentences, _kept_foreign_sentences

    paragraphs: list[str] = []
    texts: list[str] = []
    for path in [*CORPORA, *DEMOS]:
        for text in _strings(_read_corpus(path)):
            paragraphs.extend(p for p in text.split("\n\n") if p.strip())
            if "\n\n" in text:
                texts.append(text)
    rng = random.Random(18)
    texts = rng.sample(texts, min(len(texts), 150))
    texts.extend("\n\n".join(rng.sample(paragraphs, rng.randint(3, 8))) for _ in range(60))
    texts += [
        "Don't miss our autumn deals, order today 🎄\n\n"
        "Reserva ya tu mesa con nosotros este sábado 🎄  \n\nAdiós",
        "Order online at www.example.com/deals\n\nhttps://x.es y luego seguimos hablando en español aquí.",
        "Sale ends tonight, so grab it now:\n\n\n\nThe best coffee in town for the whole family.",
    ]
    found = 0
    for text in texts:
        for expected in ("es", "en"):
            whole = list(_kept_foreign_sentences(text, expected, (), 30))
            assert _foreign_sentences(text, expected, (), 30) == whole, (expected, text)
            found += bool(whole)
    assert found > 20  # sentences in another language were found, not only none
