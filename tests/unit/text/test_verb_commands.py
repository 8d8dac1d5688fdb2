"""Who a command speaks to, told by the verb's form (issue 14, items 7, 8, 10).

The verb table (studio.text.spanish_verbs) knows every verb's command forms per person; a command
opening a clause (studio.text.commands) is then a marker of its register without any pronoun
("Corra", "esquíe", "Apunte también…"), while the same forms as nouns, interjections, impersonal or
subordinate verbs are not. The phrasings are new ones, not the held-out corpora's.
"""

from __future__ import annotations

from functools import cache

import pytest

from studio.model.campaign import Campaign, Channel
from studio.model.files import read_campaign
from studio.model.variant import Variant
from studio.rules.kinds.language import _foreign_sentences
from studio.rules.kinds.placeholder import Vocabulary, find_placeholders
from studio.rules.studio_rules import load_studio_rules, run_studio_rules
from studio.text.commands import clause_commands
from studio.text.formality import formality_markers
from studio.text.language import foreign_runs, prose, words_lean_to
from studio.text.spanish_verbs import command_person, imperatives, reading, verb_forms
from studio.workspace import default_root

REPO = default_root()


@pytest.mark.parametrize(
    ("form", "person"),
    [
        ("corra", "usted"),
        ("corre", "tú"),
        ("corré", "vos"),
        ("corran", "ustedes"),
        ("esquíe", "usted"),  # accent shift (esquiar → esquío)
        ("actúe", "usted"),
        ("vuele", "usted"),  # stem change (volar → vuelo)
        ("pida", "usted"),
        ("elija", "usted"),  # spelling change (elegir → elija)
        ("busque", "usted"),
        ("empiece", "usted"),
        ("conozca", "usted"),
        ("construya", "usted"),
        ("haga", "usted"),  # irregular verbs and their families
        ("haz", "tú"),
        ("obtenga", "usted"),
        ("obtén", "tú"),
        ("vaya", "usted"),
        ("llevá", "vos"),
        ("venga", "usted"),  # venir, not the rare "vengar"
    ],
)
def test_each_command_form_knows_its_person(form: str, person: str) -> None:
    assert command_person(form) == person


def test_forms_with_no_single_person_or_no_verb_have_none() -> None:
    assert command_person("llueva") is None  # weather verbs address no one
    assert command_person("está") is None  # tú and vos alike
    assert command_person("recibí") is None  # vos, or "I received"
    assert reading("mesa") is None
    found = reading("apunte")
    assert found is not None and found.other_word  # "un apunte": the caller asks the context


def test_verb_forms_build_every_person() -> None:
    forms = verb_forms("jugar")
    assert forms["usted"] == {"juegue"} or "juegue" in forms["usted"]
    assert "jugá" in forms["vos"]
    assert {"escribe", "escribí", "escriba", "escriban"} <= imperatives("escribir")
    assert {"pon", "poné", "ponga", "pongan"} <= imperatives("poner")


@pytest.mark.parametrize(
    ("text", "word", "register"),
    [
        (
            "Nieve recién caída en la sierra. Suba en el primer telesilla y baje por la pista azul.",
            "Suba",
            "usted",
        ),
        ("¡Reserve hoy y viaje tranquilo a Cancún!", "Reserve", "usted"),
        ("Por la mañana, camine hasta el mirador y tome el café en la terraza.", "camine", "usted"),
        ("Elija su talla en la web; recoja el pedido en tienda.", "Elija", "usted"),
        ("Marque en el calendario el 14 de febrero 💘 Sorprenda a quien más quiere.", "Marque", "usted"),
        ("Del 3 al 9 de marzo, nade 10 clases por 59 €", "nade", "usted"),
        ("Anote también la fecha de la cata", "Anote", "usted"),
        ("Cocine sin miedo con nuestras ollas", "Cocine", "usted"),
        ("Disfruten del puente con un 20 % menos", "Disfruten", "ustedes"),
        ("Compren dos y el tercero sale gratis", "Compren", "ustedes"),
        ("Armá tu caja y sumá un libro de regalo", "Armá", "vos"),
        ("Este finde, cociná con nosotros", "cociná", "vos"),
    ],
)
def test_a_command_opening_a_clause_speaks_in_its_person(text: str, word: str, register: str) -> None:
    found = [(m.register, m.text) for m in formality_markers(text, "es")]
    assert (register, word) in found


@pytest.mark.parametrize(
    "text",
    [
        "Café Aurora presenta su café de temporada.",  # a third-person subject
        "Haga sol o llueva, la terraza abre todo el año.",  # impersonal
        "Abrimos la ventana para que corra el aire.",  # subordinate, own subject
        "Queremos que cada cliente elija su sabor.",
        "Entre el 5 y el 9 de mayo, 2x1 en cafés.",  # a preposition
        "Un apunte: el lunes cerramos por inventario.",  # a noun
        "Pase anual con 12 visitas incluidas.",
        "Tarde de museos para toda la familia.",
        "Informe anual de sostenibilidad 2026.",
        "Enlace en la bio 👆",
        "¡Viva la primavera!",  # an interjection
        "¡Vaya temporada nos espera!",
        "Mamá también merece un descanso.",  # a noun the verb's form is far more often
        "Tenemos tiendas en Usaquén, Chapinero y Suba.",  # a name in a list
        "Empecé el curso en enero y ya nado 1 km.",  # the first person's past, not vos
        "**Tienda 12**",  # a noun the word list lacks ("tienda"): no evidence that it is rare
        "Tienda 3: Av. Colón 1450, abierta de 9 a 21.",
    ],
)
def test_the_same_forms_as_nouns_names_or_subordinate_verbs_are_no_address(text: str) -> None:
    assert [m for m in formality_markers(text, "es") if m.register in ("usted", "ustedes", "vos")] == []


def test_clause_commands_only_at_openings() -> None:
    assert clause_commands("Nade más rápido") == [(0, 4, "usted")]
    assert clause_commands("Queremos que nade más rápido") == []


@cache
def _campaign() -> Campaign:
    return read_campaign(REPO / "campaigns" / "app-pide-y-recoge.campaign.yaml")


def _formality(locale: str, text: str) -> list[str]:
    rules, problems = load_studio_rules(REPO / "brand_rules")
    assert problems == []
    rule = next(r for r in rules if r.id == "Studio.Formality")
    variant = Variant(Channel("post.facebook"), locale, {"text": text})
    return [f.message for f in run_studio_rules([rule], _campaign(), [variant])]


def test_ustedes_is_formal_in_spain_and_the_plural_of_tu_in_latin_america() -> None:
    text = "¡Ya llegó la temporada de calçots! Les esperamos el sábado en la masía con brasas y romesco."
    assert any("Les esperamos" in m for m in _formality("es-ES", text))
    assert _formality("es-MX", text) == []
    assert _formality("es-ES", "Os esperamos el sábado en la masía con brasas y romesco.") == []


def test_an_usted_command_without_pronoun_breaks_a_tu_brand() -> None:
    assert any("Camine" in m for m in _formality("es-CO", "Camine por el sendero y descubra el cafetal."))
    assert _formality("es-CO", "Camina por el sendero y descubre el cafetal.") == []
    assert _formality("es-AR", "Caminá por el sendero y descubrí el cafetal.") == []


VOCABULARY = Vocabulary(markers=("TODO", "TBD", "XXX"))


@pytest.mark.parametrize(
    ("text", "language", "placeholder"),
    [
        ("Escribí acá el texto del botón", "es", "Escribí acá"),
        ("Agregá acá la foto del local", "es", "Agregá acá"),
        ("Escriban aquí el titular definitivo", "es", "Escriban aquí"),
        ("Redacte aquí la bajada", "es", "Redacte aquí"),
        ("Poné acá el precio final", "es", "Poné acá"),
        ("Contá acá la oferta: qué es y hasta cuándo.", "es", "Contá acá"),  # the starter body, voseo
        ("Disfrutá de más de TODO títulos en la tienda.", "es", "TODO"),
        ("Já são mais de TODO alunos matriculados.", "pt", "TODO"),
    ],
)
def test_starter_text_in_every_person_and_todo_for_a_number_are_placeholders(
    text: str, language: str, placeholder: str
) -> None:
    assert [p.text for p in find_placeholders(text, VOCABULARY, language)] == [placeholder]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("TODO incluido: forfait, clases y alquiler por 149 €", "es"),
        ("¡TODO al 30 % este finde!", "es"),
        ("Lo tenemos TODO listo para tu visita.", "es"),
        ("Escríbenos aquí y te respondemos en el día.", "es"),
        ("TODO o estoque com 20% de desconto.", "pt"),
    ],
)
def test_todo_as_a_word_and_a_call_to_write_us_are_copy(text: str, language: str) -> None:
    assert find_placeholders(text, VOCABULARY, language) == []


def test_a_spanish_plural_the_word_list_lacks_does_not_make_a_field_foreign() -> None:
    # "horas" is missing from pyspellchecker's Spanish list: its singular counts for it
    assert not words_lean_to("Ofertas de 24 horas a Santa Fe", "pt", "es")
    assert not words_lean_to("Tardes de cine a 5 euros", "pt", "es")
    assert words_lean_to("Ofertas de 24 horas em todas as lojas", "pt", "es")


def test_a_loanword_plural_is_kept_out_like_the_loanword() -> None:
    assert "forfaits" not in prose("Dos forfaits y un snowpark", keep_out=("forfait",))


def test_two_nouns_of_a_loan_phrase_are_no_foreign_run_but_a_phrase_is() -> None:
    assert foreign_runs("Trail run, asado y vino en la bodega", "es", ["en"]) == []
    assert [r.text for r in foreign_runs("Compra tu entrada. Book now en la web", "es", ["en"])] == [
        "Book now"
    ]


def test_a_foreign_clause_before_a_colon_is_found() -> None:
    text = "Reserve já o seu lugar na primeira fila: 20 % de descuento con FILA20 hasta el domingo."
    found = _foreign_sentences(text, "es", (), 30)
    assert [lang for _, _, lang in found] == ["pt"]


@pytest.mark.parametrize(
    ("text", "word", "register"),
    [
        ("No pierda la ocasión: plazas limitadas", "pierda", "usted"),  # after "no"
        ("Consulte la carta o pregunte a nuestro equipo", "pregunte", "usted"),  # after "o"
        ("Subid a la sierra este puente", "Subid", "vosotros"),
        ("¿Sabéis qué llega el viernes?", "Sabéis", "vosotros"),
        ("Que no os lo cuenten: venid a probarlo", "venid", "vosotros"),
    ],
)
def test_negated_alternative_and_vosotros_commands(text: str, word: str, register: str) -> None:
    assert (register, word) in [(m.register, m.text) for m in formality_markers(text, "es")]


def test_no_usted_after_no_in_a_subordinate_clause() -> None:
    assert [
        m for m in formality_markers("Te avisamos para que no pierda el tren.", "es") if m.register == "usted"
    ] == []


def test_vosotros_is_tu_in_spain_and_foreign_in_latin_america() -> None:
    text = "Este puente, subid al mirador y probad el café de olla."
    assert _formality("es-ES", text) == []
    assert any("vosotros" in m or "subid" in m for m in _formality("es-MX", text))


@pytest.mark.parametrize(
    "text",
    [
        "Découvrez nos offres: vos croissants préférés à -20 %",  # French "vos" is no voseo
        "Compre já o seu plano com desconto",  # Portuguese "compre" is no usted
        "Use the code SPRING at checkout and save",  # English "use"
    ],
)
def test_a_sentence_in_another_language_holds_no_spanish_register(text: str) -> None:
    assert formality_markers(text, "es") == []


def test_a_spanish_sentence_with_loanwords_keeps_its_register() -> None:
    assert [m.register for m in formality_markers("Reservá tu brunch online", "es")] == ["vos"]


@pytest.mark.parametrize(
    ("text", "language", "placeholder"),
    [
        ("Precio final: tbd", "es", "tbd"),  # a marker that is no word, in any case
        ("Foto del equipo (xxx)", "es", "xxx"),
        ("Insert headline", "en", "Insert headline"),  # a line that is only an instruction
        ("Escribí el titular", "es", "Escribí el titular"),
        ("Agregue una imagen", "es", "Agregue una imagen"),
        ("Insira o título", "pt", "Insira o título"),
    ],
)
def test_markers_in_any_case_and_instruction_lines_are_placeholders(
    text: str, language: str, placeholder: str
) -> None:
    vocabulary = Vocabulary(markers=("TODO", "TBD", "XXX"))
    assert [p.text for p in find_placeholders(text, vocabulary, language)] == [placeholder]


@pytest.mark.parametrize(
    "text",
    [
        "Todo: tazas, bolsas y café al 20 %",
        "Sube tu foto con #AuroraOtoño",
        "Agrega el código OTONO20 al pagar",
    ],
)
def test_lower_case_todo_and_calls_to_action_are_copy(text: str) -> None:
    assert find_placeholders(text, Vocabulary(markers=("TODO", "TBD", "XXX")), "es") == []


@pytest.mark.parametrize(
    "text",
    [
        "Cierre de temporada: hasta un 50 % en abrigos.",  # a noun before "de"
        "Coste de envío: 3,90 €.",
        "¡Venga, que se acaba! Solo hasta el domingo.",  # an interjection
        "Hable con quien hable, todos recomiendan el turrón.",  # a concessive with a preposition
        "Sale a cuenta: 3 cafés por 5 €.",  # salir, not salar
    ],
)
def test_more_clean_openings_are_no_usted(text: str) -> None:
    assert [m for m in formality_markers(text, "es") if m.register == "usted"] == []


def test_oiga_and_mire_still_address_usted() -> None:
    assert [m.text for m in formality_markers("Mire, le explicamos cómo funciona.", "es")] == [
        "Mire",
        "le explicamos",
    ]


@pytest.mark.parametrize(
    ("text", "marker", "register"),
    [
        ("Le recordamos que la oferta termina el domingo.", "Le recordamos", "usted"),
        ("Les enviamos el pedido en 24 horas.", "Les enviamos", "ustedes"),
    ],
)
def test_we_do_it_for_you_is_usted_or_ustedes(text: str, marker: str, register: str) -> None:
    assert [(m.register, m.text) for m in formality_markers(text, "es")] == [(register, marker)]


def test_le_for_a_third_person_is_no_usted() -> None:
    assert formality_markers("Cuando un cliente llega, le servimos un café.", "es") == []


def test_an_usted_command_found_by_its_form_offers_the_tu_command_as_fix() -> None:
    rules, _ = load_studio_rules(REPO / "brand_rules")
    rule = next(r for r in rules if r.id == "Studio.Formality")
    variant = Variant(
        Channel("post.x"), "es-ES", {"text": "Nieve nueva en la sierra. Suba hoy y esquíe hasta las 17:00."}
    )
    fixes = sorted(
        (f.fix.replacement if f.fix else "") for f in run_studio_rules([rule], _campaign(), [variant])
    )
    assert fixes == ["Sube", "esquía"]


def test_a_foreign_sentence_is_named_by_the_surer_model_and_its_words() -> None:
    text = "Tu café favorito te espera. Don't miss out on our autumn deals."
    assert [lang for _, _, lang in _foreign_sentences(text, "es", (), 30)] == ["en"]


def test_runs_are_looked_for_in_every_language_with_a_word_list() -> None:
    campaign = _campaign()  # es-ES, es-MX, en-US: no French locale
    rules, _ = load_studio_rules(REPO / "brand_rules")
    rule = next(r for r in rules if r.id == "Studio.Language")
    variant = Variant(
        Channel("post.x"), "es-ES", {"text": "Rebajas en toda la tienda. Venez nombreux ce week-end !"}
    )
    findings = run_studio_rules([rule], campaign, [variant])
    assert any("francés" in f.message for f in findings)
