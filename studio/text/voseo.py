"""The forms of "tú" that a text in "vos" never writes (Río de la Plata, Central America).

Where people say "vos", the pronouns "te", "tu" and "ti" are shared with "tú", and most verbs differ
by their accent only ("necesitás", "pedís"; an SMS without accents writes "necesitas" for both).
Two shapes are "tú" however the text is spelled, and a text that also writes "vos" ("sos", "tenés",
"pedí") has switched its form of address there:

- a present of "ser" or of a verb whose stem changes under the stress: "eres", "tienes", "puedes",
  "quieres", "vuelves", "pides" — "vos" keeps the infinitive's stem ("sos", "tenés", "podés",
  "querés", "volvés", "pedís");
- a command with its pronouns joined and the stem's accent written: "Pásate", "Llévatelo",
  "Escríbenos" — "vos" stresses the ending ("pasate", "llevatelo", "escribinos").
"""

from __future__ import annotations

import unicodedata

import regex

from studio import compiled
from studio.text.spanish_verbs import TU, reading

#: presents of "tú" with the stem "vos" does not use (ser; e→ie, o→ue, e→i, u→ue under the stress)
TU_PRESENTS = frozenset(
    {
        "eres",
        "tienes",
        "vienes",
        "puedes",
        "quieres",
        "prefieres",
        "sientes",
        "pierdes",
        "entiendes",
        "piensas",
        "empiezas",
        "vuelves",
        "duermes",
        "encuentras",
        "recuerdas",
        "mueves",
        "juegas",
        "pides",
        "sigues",
        "consigues",
        "eliges",
        "dices",
        "sirves",
        "repites",
    }
)
_CLITICS = r"(?:te|me|nos|lo|la|le|los|las|se)(?:lo|la|los|las)?"
#: a word with an accent written and pronouns at its end ("Pásate", "Llévatelo", "Escríbenos")
_JOINED = compiled.pattern(
    rf"(?<![\p{{L}}])(?P<verb>\p{{L}}*[áéíóú]\p{{L}}*?[ae])(?P<clitics>{_CLITICS})(?![\p{{L}}])",
    regex.VERSION1 | regex.IGNORECASE,
)
_WORD = compiled.pattern(r"(?<![\p{L}])\p{L}+(?![\p{L}])", regex.VERSION1)


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def tu_only_forms(text: str) -> list[tuple[int, int]]:
    """Spans of the forms of "tú" no "vos" text writes (see the module's docstring)."""
    out = [m.span() for m in _WORD.finditer(text) if m.group().casefold() in TU_PRESENTS]
    for m in _JOINED.finditer(text):
        verb = m.group("verb")
        if sum(c in "áéíóúÁÉÍÓÚ" for c in verb) != 1:
            continue
        found = reading(_plain(verb))
        if found is not None and TU in found.persons and not found.other_word:
            out.append(m.span())
    return sorted(out)
