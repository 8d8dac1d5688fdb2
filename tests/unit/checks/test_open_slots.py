"""Slots left open and notes read by their shape (studio.text.open_slots, editor_asides, draft_notes):
drafts in every locale the studio writes, and copy that must be left alone."""

from __future__ import annotations

import pytest

from studio.rules.kinds.placeholder import Vocabulary, find_placeholders

FAULTY = [
    # an amount left open beside its currency sign
    ("es", "La cata completa sale ??? € por persona.", "??? €"),
    ("es", "Cada clase cuesta $ [precio final, lo pasa Vale] y se paga en cuotas.", "$ [precio final"),
    ("pt", "O pacote sai por R$ [valor] à vista.", "R$ [valor]"),
    ("en", "Gutter cleaning from $?? per visit.", "$??"),
    ("es", "Entrada general: [importe] € con consumición.", "[importe] €"),
    # a list's items that are all status
    ("es", "Los tres platos:\n1. (a definir)\n2. (pendiente)\n3. Flan casero.", "(a definir)"),
    ("en", "This week's picks:\n- [TBD]\n- Oat latte", "[TBD]"),
    ("pt", "Roteiro: 1. (pendente: Caio manda) 2. Praia do Rosa.", "(pendente: Caio manda)"),
    # who delivers the piece, alone in brackets, after it
    ("es", "Video del karaoke (la sube Rocío)", "(la sube Rocío)"),
    ("en", "Team photo (Priya edits)", "(Priya edits)"),
    ("pt", "Carrossel da oficina (o Caio aprova)", "(o Caio aprova)"),
    # a slot named in brackets
    ("es", "(aquí va la receta completa del guiso)\n\nTe esperamos.", "(aquí va la receta"),
    ("en", "[here goes the quote from the mayor]", "[here goes"),
    ("pt", "(aqui vai o depoimento da Dona Lurdes)", "(aqui vai"),
    # an open question of who delivers, labelled
    ("es", "[cierre: ¿quién firma, Pato o Lu?]", "[cierre:"),
    ("en", "(photo: who sends it this week?)", "(photo:"),
    # a colleague's pending task
    ("en", "[Jenna still has to approve the final price]", "[Jenna"),
    ("es", "(Rocío todavía tiene que elegir las fotos)", "(Rocío"),
    ("pt", "(a Bia ainda precisa aprovar o texto)", "(a Bia"),
    # a length brief beside a part
    ("es", "[titular corto, máx. 40 caracteres]", "[titular corto"),
    ("en", "(subject line — up to 50 characters)", "(subject line"),
    # a label or a part, then an editor's task
    ("es", "Nuestros horarios (NOTA: chequear con Ana antes de publicar) cambian.", "(NOTA: chequear"),
    ("pt", "Abraços,\n(assinatura: definir se vai a Bia ou o Caio)", "(assinatura: definir"),
    ("en", "(signature: confirm whether Pam or Sal signs)", "(signature: confirm"),
    # a status after a part, with a version or a consent awaited
    ("es", "Bajada (v2, sin aprobar)", "Bajada (v2, sin aprobar)"),
    ("pt", "Título (versão 3, sem aprovação)", "Título (versão 3, sem aprovação)"),
    ("es", "Foto del patio (esperando el visto bueno de Marta)", "(esperando el visto bueno de Marta)"),
    ("en", "Hero image (awaiting the client's approval)", "(awaiting the client's approval)"),
    # a name's field in capitals
    ("es", "Felicitaciones, NOMBRE DEL GANADOR: te llevás la cena.", "NOMBRE DEL GANADOR"),
    ("en", "Thanks, FIRST NAME, for joining the crew.", "FIRST NAME"),
    # question marks standing for a word or a number
    ("es", "La moto tiene tanque de ?? litros y rinde de sobra.", "??"),
    ("en", "Last spring our crew tuned up ??? furnaces across the county.", "???"),
    ("pt", "As inscrições vão até ?? de maio.", "??"),
    ("es", "Ya somos ¿¿?? socios en todo el país.", "¿¿??"),
    ("en", "Doors open at ?? pm sharp.", "??"),
    # a note between arrows that point at it
    ("es", "Te esperamos. >>> acá va la foto del local <<<", ">>> acá va"),
    ("pt", "Chegou a coleção --> foto do Caio <-- nas lojas.", "--> foto"),
    ("en", "Book now ==> check the date with Sal <== and save.", "==> check"),
    ("es", "Horario de verano >> confirmar con la tienda << de 9 a 21.", ">> confirmar"),
    ("en", ">>> HERO IMAGE <<<\nOur best season yet.", ">>> HERO"),
    # a colleague to ask, in brackets
    ("en", "We cleaned [# ducts - ask Travis] last year.", "[# ducts"),
    ("en", "Over 400 families (check w/ Dale) trust us.", "(check w/ Dale)"),
    ("es", "Abrimos a las 10 (preguntar a Jorge si cambia) todos los días.", "(preguntar a Jorge"),
    ("es", "Envío gratis desde 50 € (confirmar con Cami).", "(confirmar con Cami)"),
    ("pt", "Frete grátis acima de R$ 99 [checar com a Bia].", "[checar com a Bia]"),
    ("en", "Serving the Triangle since 1998 [ask Priya about the year].", "[ask Priya"),
    # a count to fill
    ("es", "Quedan (# de plazas) para el taller.", "(# de plazas)"),
    ("pt", "Já são [# alunos] na escola.", "[# alunos]"),
    ("en", "Join [## members] who ride with us.", "[## members]"),
    # a word in doubled question marks where a figure goes
    ("es", "Tenés ¿¿cuántos?? días para aprovecharlo.", "¿¿cuántos??"),
    ("es", "Ahorrás un ¿¿cifra?? % en la cuota.", "¿¿cifra??"),
    ("pt", "Você ganha ¿¿quantos?? pontos por real.", "¿¿quantos??"),
    ("es", "La clase dura ¿¿minutos?? y es gratis.", "¿¿minutos??"),
    ("es", "Somos ¿¿cuántas?? socias en el club.", "¿¿cuántas??"),
    # a note addressed to the team
    ("es", "Nuevo logo (nota para Cami: achicarlo un poco) en la web.", "(nota para Cami"),
    ("en", "Hero image (note to self: swap for the winter one).", "(note to self"),
    ("pt", "Capa nova [lembrete pra Bia: trocar a foto] no site.", "[lembrete pra Bia"),
    ("es", "Horarios [nota interna: confirmar el sábado] de 9 a 14.", "[nota interna"),
    ("en", "Our menu (memo for the design team - bigger photos) is here.", "(memo for"),
    ("pt", "Cardápio (lembrete: trocar a foto da capa) de inverno.", "(lembrete: trocar"),
    # a merge tag of doubled signs
    ("pt", "Olá @@nome@@, tudo bem?", "@@nome@@"),
    ("es", "Hola %%nombre%%, tu cuota es de %%precio%%.", "%%nombre%%"),
    ("en", "Hi ##first_name##, your seat is saved.", "##first_name##"),
    # a masked phone number
    ("es", "Llamanos al 11 0000-0000 de 9 a 18.", "0000-0000"),
    ("en", "Call us at (555) 555-5555 to book.", "555-5555"),
    ("en", "Text 000-000-0000 for updates.", "000-000-0000"),
    ("pt", "WhatsApp: 99999-9999.", "99999-9999"),
    ("es", "Teléfono 000 000 000 (atención al cliente).", "000 000 000"),
]


@pytest.mark.parametrize(("language", "text", "expected"), FAULTY)
def test_open_slot_is_found(vocabulary: Vocabulary, language: str, text: str, expected: str) -> None:
    found = find_placeholders(text, vocabulary, language)
    assert any(expected in p.text or p.text in expected for p in found), (text, found)


CLEAN = [
    # amounts that have their number, questions, prices with notes
    ("es", "Menú del día por 18 € (IVA incluido). ¿Te lo perdiste?? Vuelve el lunes."),
    ("en", "From $25 (tax included) and $5 [1] for delivery. Really?? Yes."),
    ("pt", "R$ 49,90 (à vista) ou 3x de R$ 17. Sério?? Sim."),
    ("es", "Bono de 5 clases a 40 € [IVA incluido] y la sexta gratis."),
    # brackets about someone that are copy: a cook, a host, a quiz, the reader
    ("es", "Tarta de queso (la prepara Nico). Cantá con nosotros (Pista: ¿quién canta esto?)."),
    ("es", "Mi abuela (Rosa tiene que probarla siempre) dice que está rica."),
    ("en", "Our new mascot (Sam has to see this!) and a quiz (Hint: who wrote it?)."),
    ("es", "Confirmá asistencia (confirmar por WhatsApp) y traé tu taza."),
    ("es", "Tu pedido (pendiente de pago) se guarda 48 h."),
    ("es", "EL NOMBRE DE LA ROSA, en el cartel. Foto (la tomó Ana)."),
    ("en", "NAME YOUR PRICE sale. Here goes nothing (we're nervous!)."),
    ("pt", "Aqui vai a nossa dica: chegue cedo. Foto: Bia Souza."),
    ("es", "Aquí va el video de la receta 👇 y la lista: 1. harina, 2. huevos."),
    # emphatic questions, navigation arrows, asking for someone, the reader's own people, ranks
    ("es", "¿¿En serio?? Sí: todo el mes. ¿Lo sabías?? ya somos 300."),
    ("pt", "Sério?? Sim, até domingo. E aí?? vem com a gente."),
    ("es", "<< Anterior | Siguiente >>  Ver más >> en la web."),
    ("en", "Questions? Ask for Travis at the front desk (ask for Travis) or check with your bank."),
    ("es", "Si tomás medicación (consultá con tu médico) avisanos. Pregunta por Marta (pregunta por Marta)."),
    ("pt", "Dúvidas? (fale com a nossa equipe) e veja o ranking [#1 em vendas] #Promo."),
    ("en", "Our #1 seller (#2 last year) is back; 3 > 2 and 1 < 2 in our book."),
    ("es", "¿¿En serio?? ya salió la nueva carta. Y vos ¿qué esperás? Reservá."),
    ("es", "(Recordatorio: traé tu toalla) y (nota: los menores entran con un adulto)."),
    ("en", "A note for you: doors open at 6 (reminder: bring your ticket)."),
    ("es", "La cuota sube (nota para los socios: el débito no cambia) y (nota para vos: guardá el recibo)."),
    ("es", "Usá **negrita** y __subrayado__; #Rebajas #Verano; 100 %% real; a@b.example."),
    ("en", "Manage your emails: ##unsubscribe## or @@preferences@@."),
    (
        "es",
        "Llamanos al 11 4567-8900 o al 0800-222-0000. Código postal 1000, año 2000, 1.000.000 de visitas.",
    ),
    ("en", "Call (555) 123-4567 or 1-800-555-0199; 10,000 members since 2000."),
]


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_copy_with_brackets_is_left_alone(vocabulary: Vocabulary, language: str, text: str) -> None:
    assert find_placeholders(text, vocabulary, language) == [], text


def test_long_prose_with_asides_raises_nothing(vocabulary: Vocabulary) -> None:
    prose = (
        "Este invierno la bodega abre los sábados (de 11 a 14 h) y la cata cuesta 25 € por persona (IVA "
        "incluido). La guía (Marta la hace desde 2015) te lleva por las barricas; el almuerzo (lo prepara "
        "Jorge con productos de la huerta) se paga aparte. Las plazas se confirman por correo: si tu reserva "
        "está pendiente, revisá la carpeta de spam.\n\n"
        "Our winter tours run on Saturdays (11 a.m. to 2 p.m.) for $30 (tasting included). Bring a friend: "
        "the second ticket is half price. Who pours? Our team, every weekend since 2015."
    )
    assert find_placeholders(prose, vocabulary, "es") == []
