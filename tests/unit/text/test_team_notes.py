"""Notes to the team read by their structure (studio.text.team_notes and the lorem list of
studio.text.draft_notes): my own paraphrases, in every language the studio writes, faulty and clean."""

from __future__ import annotations

import pytest

from studio.text.draft_notes import lorem_runs
from studio.text.team_notes import team_notes


def _found(text: str) -> bool:
    return bool(team_notes(text))


@pytest.mark.parametrize(
    "text",
    [
        # the last clause hands the piece to a colleague
        "Vení al local (banner de la vidriera: lo arma Pato) y elegí tu par.",
        "Nuestro equipo [mapa del barrio — la dibuja Sole el martes] te espera.",
        "Llegamos a (número final, lo confirma Quique) hogares.",
        "Confira as fotos (galeria da feira — o Caio sobe amanhã).",
        "Join us [closing line, Priya writes it Mon].",
        "Meet the crew (group shot — Marco shoots Friday).",
        "<frase de cierre: la redacta Lupe>",
        "Cupos limitados [testimonio — Nati]",
        # waiting on someone, or the piece coming from them, in square brackets
        "We served [final number from Kendra] families this year.",
        "(v3, waiting on Ellis) Spring is here.",
        "[HERO LINE — copy from the client]",
        "Ya somos (esperando a Flor) vecinos.",
        # a bracket opening a line that describes the picture or clip
        "(video corto del horno + texto de Rocío) Pan recién hecho",
        "📷 [fotos del antes y el después] Tu cocina, como nueva.",
        "[clip of the new kayaks] Paddle season is open.",
        "(inserir aqui imagem do cardápio) Peça já o seu",
        "[stories com enquete] Qual é o seu sabor?",
        # a status in capitals
        "Horario (PENDIENTE: Lau confirma el sábado): de 9 a 14 h.",
        "[TODO: add the store hours]",
        "PENDENTE\nDescontos de até 30 %",
        "FALTA FOTO\n¡Vení a conocernos!",
        "MISSING HEADLINE:",
        "FALTAN LOS HASHTAGS",
        "Abrimos el sábado.\nTBD:",
        # a part's name with Xs for its words
        "Titular XX: ¡llegó el verano!",
        "Headline XXX — spring sale",
        "Chamada xx",
    ],
)
def test_team_notes_are_found(text: str) -> None:
    assert _found(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the reader's own things and ordinary asides
        "Pedí tu torta (te la llevamos el sábado).",
        "Try our new cookie (recipe from Grandma Rose).",
        "Tarta de queso (la hacemos cada mañana con leche de Tafí).",
        "Flan casero (lo prepara Toni) y café de especialidad.",
        "Clases de yoga (las da Lucía los martes).",
        "Consultá horarios (atención de lunes a viernes).",
        "Entrega grátis (para pedidos acima de R$ 100).",
        "Hasta el domingo (o hasta agotar stock).",
        "Nuestro chef (Martín, 20 años de oficio) te recomienda el menú.",
        # credits and captions
        "(Foto: Lola Pérez) Atardecer en la costa.",
        "[Photo by @maya.shoots] Golden hour at the lake.",
        "Atardecer en la costa (foto de @lola).",
        "Así quedó la terraza (fotos del cliente, con permiso).",
        # capitals that are copy
        "¡FALTA POCO!\nReservá tu lugar.",
        "FALTAN 3 DÍAS",
        "TODO AL 50 %",
        "ÚLTIMOS DÍAS:\nno te lo pierdas",
        # Roman numerals and ordinary Xs
        "Arquitectura del siglo XX en el centro.",
        "Talla XXL disponible.",
        "XX Festival de Jazz de la Costa",
        # angle brackets of HTML, links, addresses, hearts
        '<a href="https://x.example">Ver</a> <br /> <b>hoy</b>',
        "Escribinos a <hola@tienda.example> o visitá <https://tienda.example>.",
        "Te queremos <3 mucho",
        # statistics, dates and prices in brackets
        "El 80 % de nuestros clientes vuelve (encuesta de 2026, 1.200 respuestas).",
        "Del 3 al 9 de mayo (de lunes a sábado).",
        "Solo $25 (tax included) this weekend.",
        "Ganá entradas [sorteo el 5 de julio].",
    ],
)
def test_ordinary_copy_is_left_alone(text: str) -> None:
    assert not _found(text), (text, [text[a:b] for a, b in team_notes(text)])


@pytest.mark.parametrize(
    "text",
    [
        "Quis autem vel eum iure reprehenderit.",
        "Temporibus autem quibusdam et aut officiis.",
        "Itaque earum rerum hic tenetur a sapiente delectus.",
        "Et harum quidem rerum facilis est et expedita distinctio.",
        "Ut enim ad minima veniam, quis nostrum exercitationem ullam corporis.",
    ],
)
def test_lorem_from_both_sections_of_the_passage(text: str) -> None:
    assert lorem_runs(text, lambda word: False), text


def test_quoted_latin_is_not_lorem() -> None:
    # two words of the passage in a row are no run ("magna cum laude" has a word the filler lacks)
    assert not lorem_runs("Se graduó magna cum laude en 2019.", lambda word: word in {"en"})
