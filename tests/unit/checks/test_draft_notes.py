"""Draft left in the copy, read by its grammar (studio.text.draft_notes via Consistency.Placeholder).

Our own phrasings, in every language the studio writes: lorem ipsum by its whole word list, notes to a
colleague on a part still to come, merge tags of the mail tools, counts to fill, a marker before the
part it stands for — and copy that looks like them and must raise nothing.
"""

from __future__ import annotations

import pytest

from studio.rules.kinds.placeholder import Vocabulary, find_placeholders

FAULTY = [
    # lorem ipsum, from anywhere in its word list, mid-paragraph
    ("es", "Abrimos el sábado. Quis nostrud exercitation, y el domingo cerramos.", "Quis nostrud"),
    ("es", "Sed ut perspiciatis unde omnis iste natus: el menú cambia cada semana.", "Sed ut perspiciatis"),
    ("pt", "Nossa loja fica na Rua Augusta. Pellentesque habitant morbi tristique, 120.", "Pellentesque"),
    ("en", "Doors open at 9. Vestibulum ante ipsum primis in faucibus, then the parade.", "Vestibulum ante"),
    ("en", "Excepteur sint occaecat cupidatat non proident, and tickets are $12.", "Excepteur sint"),
    ("es", "Nuestro local queda en Maecenas tempus tellus 455, Rosario.", "Maecenas tempus tellus"),
    # notes to a colleague: a part named, then who delivers it or its status
    ("es", "(imagen del local: la manda Sofía) Te esperamos.", "(imagen del local: la manda Sofía)"),
    ("es", "Foto del menú — Tomás la saca el jueves\n\nVení.", "Foto del menú — Tomás la saca"),
    ("es", "Bajada del afiche: pendiente de Maru", "Bajada del afiche: pendiente de Maru"),
    ("es", "Slogan de campaña: lo decide la agencia", "Slogan de campaña: lo decide la agencia"),
    ("es", "Oferta de otoño — claim en revisión", "Oferta de otoño — claim en revisión"),
    ("es", "Los talleres empiezan en [mes — confirmar con Dirección] y duran.", "[mes — confirmar con"),
    ("en", "Caption for the reel: Priya sends it Monday", "Caption for the reel: Priya sends"),
    ("en", "Fall tune-up special (waiting on Marcus) for $89.", "(waiting on Marcus)"),
    ("en", "[video of the shop floor: Dana to send] Come see us.", "[video of the shop floor: Dana to send]"),
    ("pt", "Chamada do e-mail: aguardando o cliente", "Chamada do e-mail: aguardando o cliente"),
    ("pt", "Texto do banner — Caio escreve amanhã", "Texto do banner — Caio escreve amanhã"),
    ("pt", "Legenda: a Carol envia amanhã", "Legenda: a Carol envia amanhã"),
    (
        "es",
        "Foto de portada (la manda Lu el lunes)\n\nVení a conocernos.",
        "Foto de portada (la manda Lu el lunes)",
    ),
    (
        "es",
        "[texto legal — lo revisa Jurídico] Válido hasta agotar stock.",
        "[texto legal — lo revisa Jurídico]",
    ),
    ("en", "Subject line: waiting on legal", "Subject line: waiting on legal"),
    ("es", "Bajada: la escribe el cliente", "Bajada: la escribe el cliente"),
    # merge tags of the mail tools, counts to fill, a marker before its part
    ("es", "¡Hola, %FIRSTNAME%! Tu cupón te espera.", "%FIRSTNAME%"),
    ("es", "Querida [[nombre]], gracias por elegirnos.", "[[nombre]]"),
    ("en", "Hi {!firstname_fix}, your order ships today.", "{!firstname_fix}"),
    ("en", "Hey {$name}, the sale ends Sunday.", "{$name}"),
    ("pt", "Oi, $[FNAME]$! Seu desconto chegou.", "$[FNAME]$"),
    ("en", "Dear [firstname,fallback=friend], welcome back.", "[firstname,fallback=friend]"),
    ("es", "Ya somos [núm.] socios en la ciudad.", "[núm.]"),
    ("pt", "Já são [n.º] alunos formados.", "[n.º]"),
    ("es", "TBD foto: el equipo en la tienda", "TBD foto"),
    ("en", "TODO headline: fall savings on every tune-up", "TODO headline"),
    # a piece waiting for a team or under approval, a comma parting piece and note in brackets
    ("es", "Menú de otoño: bajada a la espera de Marketing", "bajada a la espera de Marketing"),
    ("pt", "Chamada da vitrine ainda em aprovação com o Jurídico", "em aprovação com o Jurídico"),
    ("en", "Spring tune-up. Hero photo still pending approval", "Hero photo still pending approval"),
    ("es", "Vení al taller (foto del equipo, la saca Ramiro el viernes) y conocenos.", "la saca Ramiro"),
    ("pt", "[depoimento de aluna: a Jéssica consegue até sexta]", "[depoimento de aluna"),
    ("es", "Nuestra promo [esperando el eslogan de la agencia] arranca el lunes.", "[esperando el eslogan"),
    ("en", "Fall menu (waiting for the new photo) is here.", "(waiting for the new photo)"),
    ("en", "(Marcus sends this part Friday) Book now.", "(Marcus sends this part Friday)"),
    ("es", "[Lupe escribe esta sección cuando vuelva] Te esperamos.", "[Lupe escribe esta sección"),
    # an editor's task on the copy itself, an order not to publish
    ("es", "El 80 % de los clientes repite (chequear esta cifra con Ventas).", "(chequear esta cifra"),
    ("pt", "Pão fresquinho todo dia (conferir o preço antes de publicar).", "(conferir o preço"),
    ("en", "Our best season yet [verify this figure before sending] starts now.", "[verify this figure"),
    ("es", "Tu casa, más fresca (acortar el titular si no entra)", "(acortar el titular"),
    ("en", "Paddle into spring (shorten headline for the poster)", "(shorten headline"),
    ("es", "[foto de Ana, no publicar sin permiso] Abrimos el lunes.", "no publicar sin permiso"),
    ("en", "(don't post until Legal says so) Sale starts Friday.", "(don't post until"),
    # a greeting with the name described instead of written
    ("en", "Hello [subscriber name], your pass is ready.", "[subscriber name]"),
    ("es", "Hola (nombre del socio): tu cuota vence el lunes.", "(nombre del socio)"),
    ("es", "Querida [clienta], gracias por volver.", "[clienta]"),
    ("pt", "Olá (nome da cliente)! Seu pão chegou.", "(nome da cliente)"),
    # a number masked with hashes inside a sentence
    ("es", "Ya somos ## socios en el barrio.", "##"),
    ("en", "Join #,### paddlers this summer for $##.##.", "#,###"),
    ("pt", "Mais de ### fornadas por semana.", "###"),
]


@pytest.mark.parametrize(("language", "text", "expected"), FAULTY)
def test_draft_is_found(vocabulary: Vocabulary, language: str, text: str, expected: str) -> None:
    found = find_placeholders(text, vocabulary, language)
    assert any(expected in p.text or p.text in expected for p in found), (text, found)


CLEAN = [
    # Latin that copy quotes, and Spanish, Portuguese and English words the lorem list shares
    ("es", "Envíanos tu currículum vitae. Se graduó magna cum laude y trabaja in situ, ad honorem."),
    ("es", "Justo lo que buscabas: una urna de cristal y un sofá de porta abierta, sin odio ni dolor."),
    ("pt", "Massa fresca, porta aberta e sem pressa: a ante-sala da nossa cantina."),
    ("en", "Per diem covered, ad hoc meetings welcome, and a status quo worth breaking. Semper fi."),
    ("en", "An integer number of minutes, a velvet curtain, a sapient choice."),
    # credits, a customer's notes, a job opening, a service's own words
    ("es", "(Foto: Lola Pérez) Abrimos el lunes. Texto: Ana García. Ilustración de @nico.dibuja."),
    ("es", "Tus pedidos (pendientes de pago) se guardan 48 h. Tu cita: la confirma el sistema por SMS."),
    ("es", "Envío: lo lleva Correo Argentino en 72 h. Nuestro equipo: lo lidera Ana desde 2019."),
    ("es", "Foto del equipo — la tomó Sebastián en la inauguración de 2019."),
    ("es", "Foto del local (la tomó Ana en 2019). Nuestro café (lo tuesta Nico cada semana) llega fresco."),
    # a part named, then a colleague doing something in the copy itself: the note says only who and when
    ("es", "Foto del día: Nico prepara su cortado favorito con leche de avena."),
    ("es", "Postre del día: lo prepara Nico con manzanas de Río Negro."),
    ("en", "Video: Ana edits her reels in five minutes. (Photo: Marta makes magic with latte art)"),
    ("en", "Photo by Dana Reyes. Your booking (pending payment) is held for 24 hours."),
    ("en", "Free to join (easy to cancel). Video: shot by our own crew in Burlington."),
    ("pt", "Fotos: arquivo da loja. Seu pedido (aguardando pagamento) fica reservado."),
    ("pt", "O vídeo da turma está no nosso perfil — a Bia dança desde os 6 anos."),
    # percentages, legal brackets, hashtags, offers, tags of the mail tool's own links
    ("es", "Hasta 50%-60% en todo, 2x1 en cafés y un 100% de algodón. [Publicidad] (IVA incluido)."),
    ("es", "Válido según la Ley 34/2002 [art. 21] y las bases (*) en la web. #VeranoAurora 😀"),
    ("en", "Was $120 (reg. $150), now 20% off. See terms [1]. #FallSale"),
    ("en", "Unsubscribe: *|UNSUB|* · Manage preferences: %PROFILE_URL% · View online: %VIEW_ONLINE%"),
    ("es", "TODO el café al 20 %. Llévatelo TODO: bolsas y tazas. TODO incluido."),
    ("es", "Más info en tienda.example/%C3%A9xito/%E2%80%9Coferta y en la nota [#1] al pie."),
    ("es", "Todo titular de la tarjeta Aurora tiene un 10 % extra."),
    ("pt", "Na compra de 2 unidades, leve 3. Nº de vagas limitado; confira na loja nº 12."),
    # a reader's task in brackets, a credit, a team at work in the copy, greetings with a real name
    ("es", "Activá tu cuenta (verificá tu correo antes de enviar el formulario). Revisá el titular."),
    ("es", "Reservá tu turno (ver bases y condiciones) y pagá en cuotas (consultar con tu banco)."),
    ("es", "El equipo (revisar el menú es su pasión) prepara todo a mano. (Foto: Lola, en aprobación)"),
    ("pt", "Confira o regulamento (consultar condições na loja). Oi (de novo), Marina!"),
    ("en", "Check your inbox (check the spam folder too). Hi (again), Dana! Fix your bike with us."),
    ("en", "Never miss a post (follow us). Dear friend, thanks. Hello (and welcome back), Sam."),
    ("en", "Rentals (no post-season fees) and prints (no print shop needed) for every paddler."),
    ("es", "Hola, María (nuestra socia número 1.000): gracias. Estimados socios, la cuota sube."),
    ("es", "Nuestro equipo todavía en revisión de pedidos de otoño: paciencia."),
    ("en", "Our crew writes this newsletter every month, and Ana shoots the photos."),
    # hashtags, a Markdown heading, footnotes
    ("es", "## Nuestras tarifas\n\n#Verano #2x1 #1 en ventas, nota [#2] y el #10 de la lista."),
    ("en", "#1 in town, #MayDeals, C# and F# lessons, room #12."),
]


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_copy_is_left_alone(vocabulary: Vocabulary, language: str, text: str) -> None:
    assert find_placeholders(text, vocabulary, language) == [], text


def test_long_prose_raises_nothing(vocabulary: Vocabulary) -> None:
    prose = (
        "Este otoño volvemos a lo que mejor sabemos hacer: café de origen, tostado cada semana en nuestro "
        "obrador. La foto del equipo la hizo Marta en el obrador, y el texto de la etiqueta lo escribimos "
        "entre todos. Si tu pedido está pendiente de envío, te avisamos por correo: el repartidor lo lleva "
        "en 24 horas. Ad hoc, sin prisas y con un 20 % de descuento hasta el domingo 30 de noviembre.\n\n"
        "Our fall menu is here: pumpkin bread, a new cold brew and per-cup pricing for offices. Photos by "
        "our barista team; copy reviewed by the whole shop. Terms apply (see store for details)."
    )
    assert find_placeholders(prose, vocabulary, "es") == []
