"""A duration followed by the party it is for is the size of a package, not the offer's time.

"2 horas para hasta 8 personas", "3 noches para dos", "2 hours for up to 8 guests", "duas noites
para até 4 pessoas", "Paquete: 2 horas, hasta 8 personas y botana": what the customer buys is so
many hours or nights for so many people — a stay's or a booking's length, however urgent the
rest of the copy sounds. A number after "para"/"for" that is a discount or an amount ("24 horas
para el 20 %", "48 h for $20 off") keeps the duration a claim.
"""

from __future__ import annotations

import regex

from studio import compiled

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: small numbers in words ("para dos", "for two", "para duas pessoas")
_COUNT_WORDS = (
    "un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinte|"
    "one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
    "um|uma|dois|duas|três|tres|quatro|cinco|seis|sete|oito|nove|dez|doze|vinte"
)
#: a person, a group or a bed: what a package's party is counted in
_PEOPLE = (
    r"personas?|pessoas?|people|persons?|guests?|hu[eé]spedes|h[oó]spedes|adult[oe]?s?|ni[ñn]os|"
    r"crian[çc]as|kids|children|amig[oa]s|friends|compas|cuates|parceros|panas|amigues|"
    r"integrantes|participantes|participants|jugadores|players|alunos|alumnos|students|"
    r"pasajeros|passageiros|passengers|viajeros|viajantes|travell?ers|"
    r"cantantes|singers|voces|vozes|buddies|pals|pax"
)
_UP_TO = r"(?:hasta|até|ate|up\s+to|un\s+m[aá]ximo\s+de|no\s+m[aá]s\s+de|m[aá]x(?:imo|\.)?)"
_COUNT = rf"(?:\d{{1,3}}|{_COUNT_WORDS})"
#: "para (hasta) 8 (personas)", "for (up to) two (guests)", "pra até 4 pessoas" — the number not
#: a percentage or an amount; or ", hasta 8 personas" with its people named
_PARTY_AFTER = compiled.pattern(
    rf"[^\S\n]*(?:(?:para|pra|for)[^\S\n]+(?:{_UP_TO}[^\S\n]+)?{_COUNT}(?![^\S\n]*(?:%|[$€£\d.,]))"
    rf"(?:[^\S\n]+(?:{_PEOPLE}))?"
    rf"|,?[^\S\n]*{_UP_TO}[^\S\n]+{_COUNT}[^\S\n]+(?:{_PEOPLE}))(?!\w)",
    _FLAGS,
)


def party_size(text: str, end: int) -> bool:
    """Whether the duration ending at ``end`` is followed by the party it is for (see the module
    docstring): the product's length, not how long the offer lasts."""
    return bool(_PARTY_AFTER.match(text, end))
