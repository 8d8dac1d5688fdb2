"""A brand rule's message in the interface language: the optional ``messages:`` mapping.

Both loaders (Vale's text kinds and the studio's variant kinds) read it; a wrong value is a problem
naming ``file:line``, never a traceback; findings and the rules browser say the entry for the
interface language and fall back to ``message``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.model import names
from studio.model.finding import Category, Finding, Severity
from studio.rules.engine import Linter
from studio.rules.loader import load_style
from studio.rules.messages import localize_findings, message_in, messages_problem, relocalize
from studio.rules.studio_rules import load_studio_rule

REPO = Path(__file__).resolve().parents[3]

TUTEO = (
    "extends: substitution\n"
    'message: "Con nuestros clientes nos tuteamos: escribe «%s» en vez de «%s»."\n'
    'messages: {en: "We say “tú”: write “%s” instead of “%s”."}\n'
    "level: error\n"
    "ignorecase: true\n"
    "swap:\n"
    "  le esperamos: te esperamos\n"
)


MAPPING = "'messages' must be a mapping of language to text, e.g. {en: \"Write '%s'.\"}"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_message_for_each_interface_language_falls_back_to_message() -> None:
    table = (("en", "Write “%s”."),)
    assert message_in("Escribe «%s».", table, "en") == "Write “%s”."
    assert message_in("Escribe «%s».", table, "en-US") == "Write “%s”."
    assert message_in("Escribe «%s».", table, "es") == "Escribe «%s»."
    assert message_in("Escribe «%s».", table, "es-MX") == "Escribe «%s»."
    assert message_in("Escribe «%s».", (), "en") == "Escribe «%s»."


def test_a_finding_is_said_again_with_the_same_values_in_its_slots() -> None:
    said = relocalize(
        "Con nuestros clientes nos tuteamos: escribe «Te esperamos» en vez de «Le esperamos».",
        "Con nuestros clientes nos tuteamos: escribe «%s» en vez de «%s».",
        "We say “tú”: write “%s” instead of “%s”.",
    )
    assert said == "We say “tú”: write “Te esperamos” instead of “Le esperamos”."
    # 100 %% is a percent sign on both sides; a text not made from the template stays as it is
    assert relocalize("«x» al 100 %", "«%s» al 100 %%", "“%s” at 100 %%") == "“x” at 100 %"
    assert relocalize("something else", "«%s» al 100 %%", "“%s”") == "something else"


def test_lint_in_english_says_the_english_message_and_in_spanish_the_spanish_one(tmp_path: Path) -> None:
    write(tmp_path / "Brand", "Tuteo.yml", TUTEO)
    rules = load_style(tmp_path / "Brand")
    assert rules.problems == []
    found = Linter(rules=rules).lint_text("Le esperamos mañana.", format="txt")
    assert [f.message for f in found] == [
        "Con nuestros clientes nos tuteamos: escribe «Te esperamos» en vez de «Le esperamos»."
    ]
    english = localize_findings(found, rules.rules, "en")
    assert [f.message for f in english] == ["We say “tú”: write “Te esperamos” instead of “Le esperamos”."]
    assert localize_findings(found, rules.rules, "es") == found


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ('"Write it."', MAPPING),
        ("[en, es]", MAPPING),
        ("{}", MAPPING),
        ('{fr: "Écris-le."}', "'messages' names an unknown language 'fr' (use es or en)"),
        ("{en: 5}", "'messages' for 'en' must be text"),
        ("{en: [a, b]}", "'messages' for 'en' must be text"),
        ('{en: "  "}', "'messages' for 'en' must be text"),
    ],
)
def test_a_wrong_messages_value_is_a_problem_at_its_line_and_the_rule_still_runs(
    tmp_path: Path, value: str, said: str
) -> None:
    text = f"extends: existence\nmessage: 'Evita «%s».'\nlevel: error\nmessages: {value}\ntokens: [gratis]\n"
    path = write(tmp_path / "Brand", "Free.yml", text)
    rules = load_style(tmp_path / "Brand")
    assert [str(p) for p in rules.problems] == [f"{path}:4: {said} (ignored)"]
    assert rules.rules["Brand.Free"].messages == ()
    found = Linter(rules=rules).lint_text("Envío gratis hoy.", format="txt")
    assert [f.message for f in localize_findings(found, rules.rules, "en")] == ["Evita «gratis»."]


def test_a_studio_kind_rule_reads_messages_and_reports_a_wrong_one(tmp_path: Path) -> None:
    good = write(
        tmp_path / "Studio",
        "Formality.yml",
        "extends: formality\n"
        'message: "La marca trata al cliente de «%s»: «%s» rompe el tono."\n'
        'messages: {en: "The brand says “%s”: “%s” breaks the tone."}\n'
        "level: error\ncategory: tone\nexpect:\n  es: tú\n",
    )
    rule, problems = load_studio_rule(good)
    assert problems == [] and rule is not None
    assert rule.messages == (("en", "The brand says “%s”: “%s” breaks the tone."),)
    bad = write(
        tmp_path / "Studio",
        "Bad.yml",
        "extends: formality\nmessage: m\nlevel: error\nexpect:\n  es: tú\nmessages: {de: x}\n",
    )
    rule, problems = load_studio_rule(bad)
    assert rule is None
    assert [str(p) for p in problems] == [
        f"{bad}:6: 'messages' names an unknown language 'de' (use es or en)"
    ]


def test_messages_problem_accepts_both_languages() -> None:
    assert messages_problem({"en": "Write it.", "es": "Escríbelo."}) is None
    assert messages_problem(None) is not None


def test_rule_message_picks_the_interface_language() -> None:
    table = {"en": "We say “tú”."}
    assert names.rule_message("Brand.Tuteo", "Nos tuteamos.", "en", table) == "We say “tú”."
    assert names.rule_message("Brand.Tuteo", "Nos tuteamos.", "es", table) == "Nos tuteamos."
    assert names.rule_message("Brand.Tuteo", "Nos tuteamos.", "en", (("en", "We say “tú”."),)) == (
        "We say “tú”."
    )
    assert names.rule_message("Brand.Tuteo", "Nos tuteamos.", "en") == "Nos tuteamos."
    # the studio's own built-in rules keep their translations
    assert names.rule_message("Vale.Avoid", "Avoid using '%s'.", "es") == "Evita «%s»."


def test_the_demo_kit_has_an_english_message_for_every_spanish_only_rule() -> None:
    rules = load_style(REPO / "brand_rules" / "CafeAurora")
    assert rules.problems == []
    for rule in rules.rules.values():
        english = dict(rule.messages).get("en")
        assert english, rule.id
        assert "«" not in english and english.count("%s") == rule.message.count("%s"), rule.id


def test_localize_findings_leaves_other_rules_alone() -> None:
    finding = Finding(
        rule="Consistency.Missing",
        category=Category.CONSISTENCY,
        severity=Severity.ERROR,
        message="Falta el precio.",
    )
    assert localize_findings([finding], {}, "en") == [finding]
