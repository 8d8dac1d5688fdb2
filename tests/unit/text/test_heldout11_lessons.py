"""Lessons of held-out 11, as classes, with phrasings of our own (none is from the corpus).

- language: a word another language's list counts only rarely (a name, a learned word, an
  inflection the expected list happens to lack: "recordemos", "blindadas") is no evidence of that
  language, so Spanish with vosotros forms ("os", "vuestro", "recordemos", "pasad") and short
  disclaimers ("No incluye…") are not Portuguese; Portuguese written without accents is known by
  its own spellings ("nao", "voce", "promocao"); Portuguese, Galician, Catalan and English
  sentences inside Spanish (with and without accents) are still found;
- placeholders: the journalist's "TK" before an emoji or a hashtag, or after the part it stands
  for ("Caption TK 🧳"); a brief's length instruction with "about" ("(approx. 6 words)", "(aprox.
  6 palabras)", "(6-8 words)"); a mail tool's merge tag the studio does not fill ("*|FNAME|*",
  "%%FirstName%%"; not the unsubscribe tag the studio writes itself); a count to fill ("[N]
  plazas"); an editor's task or status ("PENDIENTE: foto", "A CONFERIR: endereço", "Confirmar
  precio con Laura", "Horario: pendiente") — in every language; not a Markdown link, "[PUBLI]",
  HTML, "XX20", "XXL", "siglo XX", "(aprox. 20 minutos)", "(hasta 4 líneas)" or a customer's own
  task ("Confirma tu cita con Lentisco").
"""

from __future__ import annotations

import pytest

from studio.rules.kinds.language import _field, _foreign_sentences
from studio.rules.kinds.placeholder import Vocabulary, find_placeholders
from studio.text.language import DETECTED, has_word_list, words_lean_to

#: the shipped rule's markers and a few of its slot words (the classes below need none of them)
VOCABULARY = Vocabulary(markers=("TODO", "TBD", "TBC", "XXX"), slots=("nombre", "precio", "name"))
OTHERS = tuple(sorted({d for d in DETECTED if has_word_list(d)} | {"en"}))


def _placeholders(text: str, language: str) -> list[str]:
    return [p.text for p in find_placeholders(text, VOCABULARY, language)]


def _flagged(text: str, language: str = "es") -> bool:
    others = tuple(o for o in OTHERS if o != language)
    detected, sentences, runs = _field(text, language, (), 30, others, (), True)
    return bool(detected or sentences or runs)


# -- language: rare words are no evidence --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Marta nos ha pedido que os lo recordemos: la crema, media hora antes de salir de casa.",
        "Os lo recordamos: la crema solar, media hora antes de salir a la playa.",
        "Nos habéis pedido que os avisemos cuando vuelva el kit, y aquí lo tenéis.",
        "Queremos que os lo paséis genial este verano con vuestros peques.",
        "Si tenéis dudas, pasad por la tienda y os lo explicamos con calma.",
        "Que no se os olvide reservar vuestra plaza antes del viernes.",
        "Laura nos pide que os digamos que la clase del martes se adelanta a las siete.",
        "Probadlo, compartidlo con vuestra familia y contadnos qué os parece.",
        "Os dejamos la lista completa de talleres para que elijáis el vuestro.",
        "No incluye retiro de chapas blindadas.",
        "No incluye instalación ni transporte a domicilio.",
        "Oferta no acumulable a otras promociones vigentes.",
        "Imágenes de carácter ilustrativo, sujetas a disponibilidad.",
        "No incluye tasas aeroportuarias ni seguro de cancelación.",
        "No válido para compras realizadas con anterioridad.",
    ],
)
def test_spanish_with_vosotros_or_a_short_disclaimer_is_not_foreign(text: str) -> None:
    assert not _flagged(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Marta nos ha pedido que os lo recordemos:", "pt"),
        ("No incluye retiro de chapas blindadas.", "pt"),
    ],
)
def test_words_a_list_counts_rarely_do_not_lean_to_it(text: str, language: str) -> None:
    assert not words_lean_to(text, language, "es")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kit solar a 29,85 €. Não perca, a promoção acaba no domingo e o estoque é limitado.", "pt"),
        ("Reserva tu clase hoy. Você pode trazer uma amiga e as duas ganham desconto.", "pt"),
        ("Reserva tu clase hoy. Voce pode trazer uma amiga e as duas ganham desconto.", "pt"),
        ("Te esperamos en la tienda. Chame seus amigos e venha conhecer a nova colecao.", "pt"),
        ("Te esperamos en la tienda. Non esquezas traer a túa toalla cando veñas á praia.", "gl"),
        ("Te esperamos en la tienda. Us esperem a la botiga amb moltes ganes i molt bon humor.", "ca"),
        ("Te esperamos en la tienda. Don't miss it, the offer ends on Sunday and stock is limited.", "en"),
        ("Te esperamos en la tienda. Obrigado pela confiança, a equipe inteira agradece.", "pt"),
        # Portuguese written without accents, as SMS are: "nao", "voce", "-cao" are no Spanish
        ("Kit solar a 29,85 EUR. Nao perca, a promocao acaba no domingo e o estoque e limitado.", "pt"),
        ("Clases de reformer hasta el 22/8. Entao voce tambem pode vir com as amigas amanha.", "pt"),
    ],
)
def test_a_foreign_sentence_inside_spanish_is_still_found(text: str, language: str) -> None:
    assert _flagged(text)
    found = [lang for _, _, lang in _foreign_sentences(text, "es", (), 30)]
    assert not found or language in found


@pytest.mark.parametrize(
    "text",
    [
        "PUBLI Lentisco: kit solar a 29,85 EUR con LENTISCO25, hasta el domingo 20. Baja: BAJA al 25117",
        "Chocolate a la taza con cacao puro y churros, solo en la tienda de la plaza, te esperamos.",
        "Manana empieza la promocion: 25% en el pack anual con LINCE25, no te quedes sin tu recarga.",
        "Si ya no queres SMS, mandanos BAJA al 27710 y no te escribimos mas, ni una sola vez.",
    ],
)
def test_spanish_without_accents_is_not_foreign(text: str) -> None:
    assert not _flagged(text)


# -- placeholders ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "placeholder"),
    [
        # the journalist's TK
        ("Caption TK 🧳", "en", "TK"),
        ("Caption TK #travel", "en", "TK"),
        ("Legenda TK 🛴", "pt", "TK"),
        ("Titular TK", "es", "TK"),
        ("Price TK, link TK.", "en", "TK"),
        # a length the brief asks for
        ("Poster headline (approx. 6 words)", "en", "(approx. 6 words)"),
        ("Subhead (approximately 12 words)", "en", "(approximately 12 words)"),
        ("Headline (6-8 words)", "en", "(6-8 words)"),
        ("Titular del póster (aprox. 6 palabras)", "es", "(aprox. 6 palabras)"),
        ("Texto del cartel (unas 10 palabras)", "es", "(unas 10 palabras)"),
        ("Manchete do cartaz (aprox. 6 palavras)", "pt", "(aprox. 6 palavras)"),
        ("Legenda do post (máx. 150 caracteres)", "pt", "(máx. 150 caracteres)"),
        # a mail tool's merge tag the studio does not fill
        ("Hi *|FNAME|*, your plan is ready.", "en", "*|FNAME|*"),
        ("Hola %%FirstName%%, tu kit te espera.", "es", "%%FirstName%%"),
        ("Oi *|NOME|*, seu passe chegou.", "pt", "*|NOME|*"),
        # a count to fill
        ("Quedan [N] plazas en el taller.", "es", "[N]"),
        ("Only {n} seats left.", "en", "{n}"),
        # an editor's task or status, in every language
        ("PENDIENTE: foto del equipo", "es", "PENDIENTE:"),
        ("Zum Patinetes · A CONFERIR: endereço da sede", "pt", "A CONFERIR:"),
        ("Bluewake Travel · CONFIRM: office address", "en", "CONFIRM:"),
        ("Confirmar precio con Laura.", "es", "Confirmar precio con Laura"),
        ("Conferir preço com o jurídico.", "pt", "Conferir preço com o jurídico"),
        ("Note: check the date with legal.", "en", "Note: check the date with legal"),
        ("Dirección de la sede: pendiente", "es", "pendiente"),
        ("Store hours: TBC", "en", "TBC"),
        ("Horário da loja: a conferir", "pt", "a conferir"),
    ],
)
def test_an_editors_mark_is_a_placeholder(text: str, language: str, placeholder: str) -> None:
    assert placeholder in _placeholders(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Shop TK Maxx deals this weekend.", "en"),
        ("The drive takes about 20 minutes (approx. 20 minutes from downtown).", "en"),
        ("A unos 20 minutos del centro (aprox. 20 minutos en coche).", "es"),
        ("Un paseo de 20 minutos (aprox. 2 km) por la costa.", "es"),
        ("Plan familiar (hasta 4 líneas) a $1,170.", "es"),
        ("Unsubscribe: *|UNSUB|*", "en"),
        ("Darse de baja: {{ unsubscribe }}", "es"),
        ("Descadastre-se: %%unsub_center_url%%", "pt"),
        ("Usa el código XX20. Tallas de la S a la XXL. Un clásico del siglo XX.", "es"),
        ("[PUBLI] Kit solar a 29,85 €.", "es"),
        ("Mira [nuestras condiciones](https://lentisco.example/condiciones).", "es"),
        ("<b>Oferta</b> válida hasta el 20 de junio.<br>", "es"),
        ("Confirma tu cita con Lentisco en la app.", "es"),
        ("Confirmá tu reserva con Arrayán por WhatsApp.", "es"),
        ("Confirm your booking with Bluewake before Friday.", "en"),
        ("Check in with Sarah at the front desk.", "en"),
        ("Pedidos pendientes de pago se cancelan en 48 h.", "es"),
        ("Estado del envío: en camino", "es"),
        ("Todo incluido: TODO el equipo de playa.", "es"),
        ("Lleva tu kit (SPF 50+, 200 ml) a la playa.", "es"),
    ],
)
def test_real_copy_is_no_placeholder(text: str, language: str) -> None:
    assert _placeholders(text, language) == []
