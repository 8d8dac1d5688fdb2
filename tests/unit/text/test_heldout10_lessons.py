"""Lessons of held-out 10, as classes, with phrasings of our own (none is from the corpus).

- policy: an email's unsubscribe instruction as marketers write it in Spanish (every locale,
  voseo too), Portuguese and English, next to a link or an address; an SMS opt-out as a keyword
  and a number or a reply verb and a keyword (with its help clause, in voseo); nothing to follow,
  or "baja" in prose, is still no opt-out;
- formality: Portuguese is judged by its pronouns only (Brazil's imperative is no register, and
  "vem" is also the third person); a subjunctive with its own third-person subject after it ("que
  venga quien…") is no address; "le" + a verb of feeling opening a question or a condition is
  usted, and so is the reader asked or told in the third person with no subject named ("¿Busca…?",
  "Si tiene dudas…", "Ahora puede reservar…"); a command after a fronted time ("Este invierno
  aprenda…") still opens its clause;
- language: two words of a loan phrase after a determiner of the field's language ("el after
  ski") are no foreign clause; a Portuguese, Galician or Catalan sentence written without accents
  (as SMS are) is found, an unaccented Spanish SMS is not;
- placeholders: a marker note inside a sentence ("por TODO: confirmar…"), numbers masked with X's,
  slots described in brackets (lower case, numbered, naming a part of the copy), "… goes here"
  and "Insert …" notes; not a Markdown link, an HTML tag, "XXL", "siglo XX" or a code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from studio.rules.kinds.language import _foreign_sentences
from studio.rules.kinds.placeholder import Vocabulary, find_placeholders
from studio.rules.kinds.required import _compiled
from studio.rules.patterns import search
from studio.text.formality import formality_markers
from studio.text.language import foreign_runs

RULES = Path(__file__).resolve().parents[3] / "brand_rules"
#: the shipped rule's markers and a few of its slot words (the classes below need none of them)
VOCABULARY = Vocabulary(markers=("TODO", "TBD", "XXX"), slots=("nombre", "precio", "tienda", "name"))


def _found_by(rule_file: str, text: str) -> bool:
    spec = yaml.safe_load((RULES / "Studio" / rule_file).read_text(encoding="utf-8"))
    return bool(search(_compiled(str(spec["pattern"]), bool(spec.get("ignorecase"))), text))


def _placeholders(text: str, language: str) -> list[str]:
    return [p.text for p in find_placeholders(text, VOCABULARY, language)]


def _registers(text: str, language: str = "es") -> list[tuple[str, str]]:
    return [(m.register, m.text) for m in formality_markers(text, language)]


# -- policy: unsubscribe and SMS opt-out ---------------------------------------------------------

BODY = (
    "Hola, Marta:\n\nEste mes la clase de prueba es gratis. Reserva en https://www.brisa.example/prueba\n\n"
)


@pytest.mark.parametrize(
    "footer",
    [
        "Si no querés recibir más correos, desuscribite acá: https://www.brisa.example/salir",
        "¿No querés más mails? Date de baja en brisa.example/mails/stop",
        "Para dejar de recibir estos mensajes: https://www.brisa.example/listas",
        "Desuscribirse: https://www.brisa.example/x?id=1",
        "Si prefieres no recibir nuestra newsletter, anula tu suscripción aquí: https://brisa.example/n",
        "Cancelar la suscripción: www.brisa.example/correo",
        "Para darte de baja escribe a baja@brisa.example",
        "Gestiona tus preferencias o date de baja:\nhttps://www.brisa.example/cuenta",
        "Enlace para darse de baja: https://www.brisa.example/desuscripcion",
        "Não quer mais receber nossos e-mails? Descadastre-se: https://www.brisa.example/sair",
        "Para cancelar a inscrição, acesse https://www.brisa.example/lista",
        "Don't want these emails anymore? Unsubscribe: https://www.brisa.example/u/7",
        "Manage your email preferences: https://www.brisa.example/account",
        "To opt out, visit brisa.example/settings",
        "https://www.brisa.example/unsubscribe",
        "https://www.brisa.example/es/darse-de-baja?u=9",
        "Si no deseas seguir recibiendo nuestros correos, haz clic aquí: https://brisa.example/c",
        "Gerencie suas preferências de e-mail em https://www.brisa.example/conta",
        "Remover meu e-mail da lista: https://www.brisa.example/r",
        "Baja de la lista: {{ unsubscribe }}",
        "Unsubscribe: *|UNSUB|*",
    ],
)
def test_an_unsubscribe_instruction_with_a_link_is_an_unsubscribe_link(footer: str) -> None:
    assert _found_by("Unsubscribe.yml", BODY + footer)


@pytest.mark.parametrize(
    "footer",
    [
        "Si no querés recibir más mails, avisanos respondiendo este correo.",
        "Para darte de baja, contesta a este mensaje.",
        "Unsubscribe anytime by replying to this email.",
        "Descadastre-se quando quiser.",
        "Síguenos en Instagram: @brisa.yoga",
        "Estudio Brisa · Calle Mayor 12, 28013 Madrid",
        "Bajamos precios: mira las rebajas en https://www.brisa.example/rebajas",
        "¿Cambio de planes? Anula tu reserva en https://www.brisa.example/anular-reserva",
    ],
)
def test_an_email_with_nothing_to_follow_has_no_unsubscribe_link(footer: str) -> None:
    assert not _found_by("Unsubscribe.yml", BODY + footer)


@pytest.mark.parametrize(
    "sms",
    [
        "PUBLI Brisa: clase gratis el sabado. BAJA al 25388",
        "Brisa: clase gratis el sabado. Para no recibir mas SMS manda BAJA al 25388",
        "Brisa: clase gratis el sabado. Si no queres mas mensajes manda BAJA",
        "Brisa: clase gratis el sabado. Responde STOP para salir",
        "Brisa: clase gratis el sabado. Envia un SMS con la palabra BAJA al 25388",
        "Brisa: clase gratis el sabado. Desuscribite en brisa.example/sms",
        "Brisa: clase gratis el sabado. Para darte de baja: brisa.example/b",
        "Brisa: free class on Saturday. Reply HELP for help, STOP to cancel",
        "Brisa: free class on Saturday. Txt END to 72911 to opt out",
        "Brisa: aula gratis no sabado. Para sair da lista envie SAIR para 28115",
        "Brisa: aula gratis no sabado. Nao quer mais SMS? Responda PARAR",
        "PUBLI Brisa: clase gratis el sabado. Baja: BAJA 25388",
        "Brisa: clase gratis el sabado. Responde Baja y no te escribimos mas",
    ],
)
def test_an_sms_opt_out_instruction_is_found(sms: str) -> None:
    assert _found_by("SmsOptOut.yml", sms)


@pytest.mark.parametrize(
    "sms",
    [
        "PUBLI Brisa: precios a la baja en todas las clases hasta el domingo",
        "Brisa: los precios van a la baja: 20 % menos este mes",
        "Brisa: stop by for a free class this Saturday",
        "Brisa: si ya no quieres SMS, avisanos por WhatsApp",
        "Brisa: aula gratis no sabado. Nao perca!",
        "Brisa: envia tu foto y baja la app para ganar",
        "Brisa: STOP a la rutina, 2x1 en clases hasta el 21/11",
    ],
)
def test_an_sms_without_an_instruction_has_no_opt_out(sms: str) -> None:
    assert not _found_by("SmsOptOut.yml", sms)


# -- formality ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vem sempre uma seleção de frutas da estação, e você escolhe o resto.",
        "O que muda quando a feira vem até você",
        "Vem com a gente: você monta a cesta e a gente entrega.",
        "Aproveita o fim de semana e descobre a nossa nova loja.",
        "A loja pede só um cadastro rápido, e você ganha 10% na primeira compra.",
    ],
)
def test_portuguese_imperatives_and_third_persons_are_no_register(text: str) -> None:
    assert _registers(text, "pt") in ([], [("você", "você")], [("você", "você")] * 2)


def test_portuguese_pronouns_still_tell_the_register() -> None:
    assert ("tu", "teu") in _registers("Garante já o teu lugar: tu mereces.", "pt")
    assert ("você", "você") in _registers("Garanta já o seu lugar: você merece.", "pt")


@pytest.mark.parametrize(
    "text",
    [
        "¿Cómo logramos que venga quien nunca ha pisado un teatro?",
        "Queremos que vuelva quien ya probó nuestro pan.",
        "Para que pruebe todo el mundo, hay degustación en la entrada.",
        "Que venga quien quiera: la entrada es libre.",
        "Esperamos que disfrute cada alumno de su primera clase.",
        "Queremos que venga toda la familia al festival.",
        "Hasta que llegue el frío, la terraza sigue abierta.",
        "La idea es que venga tu equipo entero a la final.",
    ],
)
def test_a_subjunctive_with_its_own_subject_after_it_is_no_address(text: str) -> None:
    assert [r for r, _ in _registers(text)] == []


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Queremos que venga a vernos el sábado.", "venga"),
        ("Pruebe el café de temporada.", "Pruebe"),
        ("Venga el sábado y pruébelo.", "Venga"),
    ],
)
def test_a_subjunctive_before_an_object_or_a_time_is_still_usted(text: str, marker: str) -> None:
    assert ("usted", marker) in _registers(text)


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("¿Le da miedo no entender el argumento? Hay sobretítulos.", "Le da miedo"),
        ("¿Le apetece un plan distinto este sábado?", "Le apetece"),
        ("¿Le preocupa el precio? Tenemos cuotas sin interés.", "Le preocupa"),
        ("Si algo no le queda claro, estamos al teléfono.", "le queda claro"),
        ("Si le interesa, reservamos su plaza hoy mismo.", "le interesa"),
        ("¿Le cuesta madrugar? Tenemos clases por la tarde.", "Le cuesta"),
    ],
)
def test_le_and_a_feeling_asked_of_the_reader_is_usted(text: str, marker: str) -> None:
    assert ("usted", marker) in _registers(text)


@pytest.mark.parametrize(
    "text",
    [
        "A tu madre le encanta el turrón: regálale una caja.",
        "Tu perro nunca ha ido a la playa. ¿Le da miedo el agua? Ven a la clase de natación canina.",
        "¿Le gusta a tu hijo el fútbol? Apúntalo al campus.",
        "Si a Marta le apetece el plan, regálale la entrada.",
        "Si le interesa a tu empresa, escríbenos y armamos un plan.",
        "¿Les gusta a los peques el chocolate? Trae a toda la familia.",
    ],
)
def test_le_standing_for_a_third_person_named_is_no_address(text: str) -> None:
    assert [r for r, _ in _registers(text) if r == "usted"] == []


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("¿Busca un regalo distinto para Navidad?", "Busca"),
        ("¿Quiere saber cuánto puede ahorrar?", "Quiere"),
        ("¿Sabía que puede pagar en tres cuotas?", "Sabía"),
        ("¿Tiene dudas? Estamos al teléfono.", "Tiene"),
        ("Si busca un plan distinto, tenemos catas los jueves.", "busca"),
        ("Si tiene hijos, la segunda entrada es gratis.", "tiene"),
        ("¿Necesita un presupuesto? Se lo hacemos en el día.", "Necesita"),
    ],
)
def test_the_reader_asked_in_the_third_person_is_usted(text: str, marker: str) -> None:
    assert ("usted", marker) in _registers(text)


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Ahora puede reservar su plaza desde la web.", "puede"),
        ("Puede pagar en tres cuotas sin interés.", "Puede"),
        ("Reserva online. También puede pedirlo por teléfono.", "puede"),
        ("Además podrá elegir la fecha sin coste.", "podrá"),
    ],
)
def test_can_with_no_subject_and_a_persons_doing_is_usted(text: str, marker: str) -> None:
    assert ("usted", marker) in _registers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Puede haber demoras en el envío.",
        "El pedido puede tardar 48 horas.",
        "Se puede pagar con tarjeta.",
        "El pase dura 30 días. Puede usarse cualquier día.",
        "Nuestra chef cocina en vivo. Puede prepararte un menú sin gluten.",
        "Tu hijo aprende jugando. Puede elegir entre 10 deportes.",
    ],
)
def test_can_of_a_thing_or_a_third_person_is_no_address(text: str) -> None:
    assert [r for r, _ in _registers(text) if r == "usted"] == []


@pytest.mark.parametrize(
    "text",
    [
        "¿Tiene tu casa seguro contra inundaciones?",
        "Tu perro está aburrido. ¿Necesita salir más? Apúntalo a la guardería.",
        "¿Quién quiere un café? Pídelo en la app.",
        "El Pase Libre, ¿tiene límite de horas? No, juegas lo que quieras.",
        "¿Necesita Lucía un regalo? Tenemos ideas.",
        "¿Qué busca la gente en un gimnasio? Horarios amplios.",
    ],
)
def test_a_third_person_asked_about_is_no_address(text: str) -> None:
    assert [r for r, _ in _registers(text) if r == "usted"] == []


@pytest.mark.parametrize(
    ("text", "register", "marker"),
    [
        ("Este invierno aprenda a esquiar con nosotros.", "usted", "aprenda"),
        ("Esta Navidad regale una experiencia.", "usted", "regale"),
        ("Hoy pida dos y pague uno.", "usted", "pida"),
        ("Desde ya reserve su plaza.", "usted", "reserve"),
        ("Este verano aprendé a surfear.", "vos", "aprendé"),
    ],
)
def test_a_command_after_a_fronted_time_opens_its_clause(text: str, register: str, marker: str) -> None:
    assert (register, marker) in _registers(text)


@pytest.mark.parametrize(
    "text",
    ["Este invierno nieva más que nunca.", "Hoy cierre de temporada en todas las tiendas."],
)
def test_a_fronted_time_before_a_noun_or_a_weather_verb_is_no_command(text: str) -> None:
    assert _registers(text) == []


# -- language -----------------------------------------------------------------------------------

ELSEWHERE = ["en", "pt", "fr", "it", "de"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Después de esquiar, el after ski es en la terraza de la base.", "es"),
        ("Los jueves tenemos un after office con música en vivo.", "es"),
        ("Te esperamos en el check in del hotel con un café.", "es"),
        ("Depois da trilha, o after party é no nosso bar.", "pt"),
        ("Llevá ropa de after ski y guantes de repuesto.", "es"),
    ],
)
def test_a_loan_phrase_after_a_determiner_is_no_foreign_run(text: str, language: str) -> None:
    others = [x for x in ["es", *ELSEWHERE] if x != language]
    assert foreign_runs(text, language, others) == []


@pytest.mark.parametrize(
    "text", ["Order now y recibe tu café en casa.", "Te esperamos, see you soon en la tienda."]
)
def test_a_foreign_phrase_is_still_a_foreign_run(text: str) -> None:
    assert foreign_runs(text, "es", ELSEWHERE) != []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("PUBLI Brisa: 20% menos hasta el domingo. Garanta ja o seu lugar na turma.", "pt"),
        ("Brisa: 20% menos hasta el domingo. Aproveite a promocao e garanta o seu desconto.", "pt"),
        ("Brisa: 20% menos hasta el 21/11. Non o deixes para despois, a tua casa agradece.", "gl"),
        ("Brisa: 20% menos hasta el 21/11. Vine dema a la botiga, tambe tenim cafe per a tothom.", "ca"),
    ],
)
def test_a_foreign_sentence_without_accents_is_found(text: str, language: str) -> None:
    assert language in [found for _, _, found in _foreign_sentences(text, "es", (), 30)]


@pytest.mark.parametrize(
    "text",
    [
        "PUBLI | Manana se abre la venta del abono: 4 funciones, 30% menos con ABONO30 hasta el domingo 13.",
        "Brisa: manana arranca la promo, 20% menos en tu plan con el codigo BRISA20, del 8 al 21/11.",
        "Ultimos dias para tu clase de prueba gratis en Brisa, no te la pierdas: te esperamos el sabado.",
        "Si ya no queres SMS de la escuela, manda BAJA al 28840 y listo, no te escribimos mas.",
    ],
)
def test_a_spanish_sms_without_accents_is_not_foreign(text: str) -> None:
    assert _foreign_sentences(text, "es", (), 30) == []


# -- placeholders -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "placeholder"),
    [
        ("El concierto, dirigido por TODO: confirmar director, abre la temporada.", "es", "TODO"),
        ("A oficina fica na TODO: conferir endereço, perto do metrô.", "pt", "TODO"),
        ("Escríbenos al 55 XXXX XXXX y te respondemos.", "es", "55 XXXX XXXX"),
        ("Llámanos al 600 xxx xxx de lunes a viernes.", "es", "600 xxx xxx"),
        ("Call us at (312) XXX-XXXX to book.", "en", "(312) XXX-XXXX"),
        ("Nosso WhatsApp: 11 9XXXX-XXXX", "pt", "11 9XXXX-XXXX"),
        ("El abono sale a ?? € con el código.", "es", "?? €"),
        ("Usa el código XXXX al pagar en la web.", "es", "XXXX"),
        ("Válido hasta el DD/MM en todas las tiendas.", "es", "DD/MM"),
        ("Inscrições até dd/mm/aaaa pelo site.", "pt", "dd/mm/aaaa"),
        ("Assinatura por R$ ??,?? no primeiro mês.", "pt", "R$ ??,??"),
        ("Pásate por [dirección de la tienda nueva] este sábado.", "es", "[dirección de la tienda nueva]"),
        ("Tenemos sedes en <ciudad 1>, <ciudad 2> y Cali.", "es", "<ciudad 2>"),
        ("[Pregunta gancho]\n\nReserva tu plaza antes del domingo.", "es", "[Pregunta gancho]"),
        ("[Hook] Enroll before Sunday and save 20%.", "en", "[Hook]"),
        ("[CTA final]", "es", "[CTA final]"),
        ("Opening line goes here. Enroll before Sunday.", "en", "Opening line goes here"),
        ("El remate va aquí.", "es", "El remate va aquí"),
        ("Acá va el gancho\n\nSumate a la Semana Blanca.", "es", "Acá va el gancho"),
        ("Here goes the hook. Enroll before Sunday.", "en", "Here goes the hook"),
        ("Insert quote from a student.", "en", "Insert quote from a student"),
        ("Insertar foto del equipo", "es", "Insertar foto del equipo"),
    ],
)
def test_copy_still_to_write_is_a_placeholder(text: str, language: str, placeholder: str) -> None:
    assert placeholder in _placeholders(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mira la guía [aquí](https://brisa.example/guia) y reserva.", "es"),
        ("[PUBLI] Brisa: clase gratis el sábado.", "es"),
        ("📍 [Link en bio] para reservar tu clase.", "es"),
        ("Así quedó el local [Foto: @ana.fotografa]", "es"),
        ("Texto<br>con <b>negrita</b> y <strong>más</strong>.", "es"),
        ("Usa el código XX20 al pagar.", "es"),
        ("Talla XXL a 20 € y camisetas del siglo XX.", "es"),
        ("Llévatelo TODO: tazas, bolsas y termos.", "es"),
        ("Llámanos al 55 1234 5678.", "es"),
        ("Tu regalo va aquí abajo: https://brisa.example/regalo", "es"),
        ("Tag us: your photo could be here next week!", "en"),
        ("¿¿En serio?? 20 % menos en todo el abono.", "es"),
        ("La gala del siglo XXI, en la sala XX del museo.", "es"),
        ("Abrimos de 10 a 20 h, válido hasta el 31/12.", "es"),
    ],
)
def test_real_copy_is_no_placeholder(text: str, language: str) -> None:
    assert _placeholders(text, language) == []
