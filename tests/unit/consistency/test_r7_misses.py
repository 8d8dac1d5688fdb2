"""Round 7, on phrasings of our own:

- a gift counted by a unit bought, in any word order and after any preposition ("por cada lámpara te
  regalamos la pantalla", "la pantalla de regalo para cada lámpara", "a free cap for every helmet"),
  not a gift counted by a span of time or a friend referred;
- the offer's last week claimed by a copula that opens its clause ("Es la última semana.", "Estamos en
  la última semana", "This is the final week") held against the clock, not a last week of another thing.

The offers: see ``test_heldout5_lessons`` (30 %, code VERANO30, 5 – 18 July 2027).
"""

from __future__ import annotations

import pytest

from .test_heldout5_lessons import findings, rules

FIRST, LAST = "2027-07-05", "2027-07-18"

_GIFTS = [
    ("es-ES", "Por cada lámpara te regalamos la pantalla."),
    ("es-MX", "Una funda de regalo para cada celular."),
    ("es-AR", "Te regalamos el estuche por cada par de anteojos."),
    ("es-CO", "A cada bicicleta le regalamos el casco."),
    ("pt-BR", "Em cada mochila, um chaveiro de brinde."),
    ("en-US", "A free cap for every helmet you order."),
    ("en-US", "For each mattress we'll throw in two pillows."),
]


@pytest.mark.parametrize(("locale", "text"), _GIFTS)
def test_a_gift_per_unit_in_any_order_is_another_deal(locale: str, text: str) -> None:
    assert "Consistency.Mechanic" in rules(findings(locale, {"text": text}, FIRST, LAST))


_NO_GIFTS = [
    ("es-ES", "Cada semana sorteamos una lámpara gratis entre los suscriptores."),
    ("es-MX", "Por cada amigo que invites, gana un mes gratis."),
    ("es-AR", "Por cada pedido el envío es gratis en Rosario."),
    ("pt-BR", "Em cada pedido, o frete é grátis."),
    ("en-US", "Every day we give away a free coffee to the first customer."),
    ("en-US", "For every order, shipping is free."),
    ("es-CO", "Por cada compra sumas puntos para tu próxima visita."),
    ("pt-BR", "Indique colegas e ganhe uma aula grátis a cada 2 indicações."),
    ("es-AR", "Ganás una clase gratis por cada dos amigas que se anoten."),
]


@pytest.mark.parametrize(("locale", "text"), _NO_GIFTS)
def test_no_gift_per_unit_bought(locale: str, text: str) -> None:
    assert "Consistency.Mechanic" not in rules(findings(locale, {"text": text}, FIRST, LAST))


_LAST_WEEK = [
    ("es-AR", "Es la última semana. Aprovechá el 30 % con VERANO30."),
    ("es-ES", "Estamos en la última semana: 30 % con VERANO30."),
    ("es-MX", "Esta es la última semana de la promo con VERANO30."),
    ("pt-BR", "É a última semana! 30% com VERANO30."),
    ("en-US", "This is the final week. 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _LAST_WEEK)
def test_last_week_on_the_first_day_is_wrong(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, now="2027-07-05T09:00")
    assert "Consistency.RelativeTime" in rules(found), found


@pytest.mark.parametrize(("locale", "text"), _LAST_WEEK)
def test_last_week_in_the_last_week_is_true(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, now="2027-07-14T09:00")
    assert "Consistency.RelativeTime" not in rules(found), found


_OTHER_WEEK = [
    ("es-AR", "No es la última semana, así que tranqui: 30 % con VERANO30."),
    ("es-ES", "Es la última semana de clases: 30 % en mochilas con VERANO30."),
    ("pt-BR", "É a última semana de férias? 30% com VERANO30."),
    ("en-US", "This is the final week of school. 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _OTHER_WEEK)
def test_last_week_of_another_thing_is_no_claim(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, now="2027-07-05T09:00")
    assert "Consistency.RelativeTime" not in rules(found), found


# -- usted told by the verb and the possessive only; "senhor" said to the reader -----------------------

_USTED = [
    ("es", "¿Ya tiene todo listo para su boda?"),  # es-MX
    ("es", "¿Todavía no tiene su regalo? Lo armamos hoy."),  # es-CO
    ("es", "Así quedó la vitrina 🎄 Comparta la foto con quien quiera."),  # es-ES
    ("es", "Llegó la temporada ✨ Guarde este post para después."),  # es-AR
    ("pt", "Aproveite, senhora, que acaba hoje!"),  # pt-BR
    ("pt", "Senhor, garanta já o seu."),
]


@pytest.mark.parametrize(("language", "text"), _USTED)
def test_usted_by_verb_possessive_or_vocative(language: str, text: str) -> None:
    from studio.text.formality import formality_markers

    found = {m.register for m in formality_markers(text, language)}
    assert found & {"usted", "o senhor"}, (text, found)


_NOT_USTED = [
    ("es", "Café Aurora presenta su café de temporada 🌟"),  # a third-person subject
    ("es", "¿Ya tiene nombre el nuevo local?"),  # the subject after the verb
    ("es", "La panadería tiene todo listo para su aniversario."),  # a named third party's "su"
    ("es", "Pase lo que pase, el domingo abrimos."),  # an impersonal subjunctive
    ("pt", "Obrigado, Senhor, por mais um ano."),  # the Lord
    ("pt", "O senhor Antônio, nosso fundador, abriu a loja em 1990."),  # a title before a name
    ("pt", "Corre que ainda dá tempo!"),
]


@pytest.mark.parametrize(("language", "text"), _NOT_USTED)
def test_no_usted_in_third_person_or_titles(language: str, text: str) -> None:
    from studio.text.formality import formality_markers

    found = {m.register for m in formality_markers(text, language)}
    assert not found & {"usted", "o senhor"}, (text, found)
