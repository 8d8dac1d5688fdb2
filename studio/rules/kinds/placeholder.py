"""``extends: placeholder`` — text left from a template or a draft: it must never reach a customer.

What counts as a placeholder is data in the rule file, plus the studio's own starter copy:

- ``tokens``: phrases, matched whole-word, ignoring case, accents and spacing ("lorem ipsum",
  "texto de ejemplo", "insert image"). The starter text a new campaign gets
  (:data:`studio.model.starter.PLACEHOLDERS`: headline, body, short; not the button label, which is
  real copy) is always included, so the two never drift apart.
- ``filler``: words of filler Latin ("lorem", "consectetur"): a sentence holding one is a placeholder.
- ``markers``: capitals, standalone ("TODO", "TBD", "XXX"). A marker that is also an ordinary word
  of the field's language ("TODO" in Spanish) counts only as a marker: in parentheses, alone on
  its line, or opening its sentence before a colon or dash ("TODO: precio"); "¡TODO AL 50 %!" and
  "Llévatelo TODO: …" are copy.
- ``slots``: words that, inside brackets — ``[nombre]``, ``{nombre}``, ``<precio>`` — make the
  brackets a slot to fill. A Markdown link (``[Ver precio](https://…)``) is not a slot; anything in
  double braces (``{{nombre}}``) is a template variable left unrendered; ``___`` is a blank.

The rule reads every text the marketer writes — each locale's message, button label, disclaimer
and alt text (``locales.<tag>.…``), and each override (its channel, locale and field, as other
rules name them) —
and every rendered variant (what a template adds), each placeholder once, with its field and span.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from studio import compiled
from studio.model.campaign import Campaign
from studio.model.finding import Finding
from studio.model.variant import Variant
from studio.prefilter import finditer
from studio.rules.kinds.base import own_options
from studio.rules.messages import MESSAGE_LANGUAGE
from studio.rules.model import RuleError, RuleSpec, StudioRule
from studio.text.draft_notes import draft_notes
from studio.text.layout_parts import ALL_PARTS as _ALL_PARTS
from studio.text.layout_parts import LAYOUT_PARTS as _LAYOUT_PARTS
from studio.text.slots import (
    described_slot,
    editorial_notes,
    esp_link_tag,
    html_tag,
    masked_numbers,
    writer_notes,
)

#: the message, in the language findings are written in (``studio lint --language``)
MESSAGES = {
    "es": "Texto provisional sin sustituir: «{match}». Escribe el texto definitivo: así no se puede "
    "aprobar ni exportar la campaña.",
    "en": "Placeholder text left in: “{match}”. Write the final copy: the campaign cannot be approved "
    "or exported like this.",
}
#: the fields of a locale a marketer writes (paths as in the campaign file)
LOCALE_FIELDS = (
    ("message", "headline"),
    ("message", "subheadline"),
    ("message", "body"),
    ("message", "short"),
    ("cta_label",),
    ("disclaimer",),
    ("image_alt",),
)
#: the starter copy's parts that are instructions, not copy (the button label is real copy)
STARTER_PARTS = ("headline", "body", "short")
OPTIONS = ("tokens", "filler", "markers", "slots")
KIND = "placeholder"
KEYS = frozenset(OPTIONS)

_ACCENTS = {
    "a": "aáàâäã",
    "e": "eéèêë",
    "i": "iíìîï",
    "o": "oóòôöõ",
    "u": "uúùûü",
    "c": "cç",
    "n": "nñ",
}
_BASE = {variant: base for base, variants in _ACCENTS.items() for variant in variants}
_WORD = compiled.pattern(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")
_SENTENCE_END = compiled.pattern(r"[.!?…]+(?=\s|$)|\n")
_BRACKETS = compiled.pattern(
    r"\{\{(?P<braces>[^{}\n]{1,80})\}\}"
    r"|\[(?P<square>[^\[\]\n]{1,60})\](?!\()"
    r"|\{(?P<curly>[^{}\n]{1,60})\}"
    r"|<(?P<angle>[^<>\n=\"'/]{1,60})>"
)
_BLANK = compiled.pattern(r"(?<![\w_])_{3,}(?![\w_])")
#: a number still to be written: "XX %", "XX,XX €", "$XX", "XX/XX" (not "siglo XX" or "XXL")
_NUMBER_SLOT = compiled.pattern(
    r"(?<![\p{L}\p{N}])(?:"
    r"X{2,}(?:[.,/]X{2,})+"
    r"|X{2,}\s?(?:%|€|\$|£)"
    r"|(?:€|\$|£)\s?X{2,}"
    # before a unit a number counts: "desde hace XX años", "XX días", "en XX cuotas"
    r"|X{2,}(?=\s(?i:años|anos|years|meses|months|semanas|weeks|días|dias|days|horas|hours|minutos|"
    r"minutes|cuotas|parcelas|unidades|units|euros|pesos|reais|dólares|dolares|dollars)(?!\p{L}))"
    # before any plural noun too ("a XX personas", "XX plazas", "XX lugares"), unless a Roman
    # numeral after an article or "siglo" ("el siglo XX", "las XX jornadas")
    r"|(?<!(?i:\b(?:el|la|los|las|del|siglo|século|century|the|os|as|do|da|dos|das)\s))"
    r"X{2,}(?=\s\p{Ll}{3,}s(?!\p{L}))"
    # a range of two ("de XX a XX h", "XX-XX", "xx y xx"), a time ("XX:XX", "a las XX", "às xx")
    r"|(?i:x{2,}\s*(?:a|al|y|e|to|and|até|-|–)\s*x{2,})"
    r"|(?i:x{2,}:x{2})"
    r"|(?<=(?i:\b(?:a|desde|hasta)\s+las|\bàs)\s)(?i:x{2,})"
    r"|(?<=(?i:\b(?:as|at|from|until|till)|\bel|\bo|\bdía|\bdia)\s)"
    r"(?i:x{2,})(?=\s*(?:[.,;:!?)\n]|\Z|(?i:h|hs|hrs|de|do|of)\b))"
    # before a unit ("XX h", "xx km", "XX min") or a month ("XX de mayo", "xx de setembro")
    r"|(?i:x{2,})(?=\s?(?i:h|hs|hrs|min|km|kg|g|gr|ml|cl|l|m|cm|mm|pts|am|pm|a\.\s?m\.|p\.\s?m\.)(?![\p{L}\p{N}]))"
    r"|(?i:x{2,})(?=\s+(?:de\s+|del\s+)?(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
    r"setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|"
    r"novembro|dezembro|january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(?![\p{L}]))"
    r")(?![\p{L}\p{N}])",
    regex.VERSION1,
)
#: a part of the layout and its editorial status, at a line's or sentence's opening: "Bajada
#: pendiente", "Claim provisional", "Subject line pending", "Manchete em revisão", "Titular a
#: confirmar con el cliente"
_PART_STATUS = compiled.pattern(
    r"(?:^|(?<=[\n.!?:¡(\[]\s*))(?P<part>\p{L}+)(?:\s+\p{L}+)?\s+"
    r"(?:pendiente|pendente|pending|provisional|provisorio|provisório|en\s+revisión|en\s+revision|"
    r"em\s+revisão|em\s+revisao|under\s+review|por\s+definir|a\s+definir|por\s+confirmar|a\s+confirmar|"
    r"to\s+come|to\s+be\s+confirmed)(?![\p{L}])",
    regex.IGNORECASE | regex.VERSION1 | regex.MULTILINE,
)


def _fold(text: str) -> str:
    """Lower case without accents (``Código`` → ``codigo``); same length in, same length out, so a
    match in the folded text is a match at the same offsets in the text."""
    known = _FOLDED.get
    return "".join([known(c) or _folded(c) for c in text])


#: each character's folded form (see :func:`_fold`), as characters are met
_FOLDED: dict[str, str] = {}


def _folded(char: str) -> str:
    lowered = char.casefold() if len(char.casefold()) == 1 else char.lower()[:1] or char
    folded = _FOLDED[char] = _BASE.get(lowered, lowered)
    return folded


def _phrase_pattern(phrase: str) -> str:
    """A literal phrase as a pattern over folded text (see :func:`_fold`): any case, any accents,
    any spacing, whole words only."""
    out: list[str] = []
    for char in _fold(phrase.strip().rstrip(".!?…:;,").strip()):
        if char.isspace():
            if not out or out[-1] != r"\s+":
                out.append(r"\s+")
        elif char in "'’":
            out.append("['’]")
        else:
            out.append(regex.escape(char))
    return r"(?<![\p{L}\p{N}])" + "".join(out) + r"(?![\p{L}\p{N}])"


def starter_phrases() -> tuple[str, ...]:
    """The instructions a new campaign starts with, in every language the studio writes them; for a
    text with a colon ("Cuenta aquí la oferta: qué es…") its first part too, in case the rest was
    replaced."""
    from studio.model.starter import PLACEHOLDERS

    out: list[str] = []
    for words in PLACEHOLDERS.values():
        for part in STARTER_PARTS:
            text = words[part]
            out.append(text)
            head = text.split(":", 1)[0]
            if head != text and len(head.split()) >= 3:
                out.append(head)
    return tuple(dict.fromkeys(out))


@dataclass(frozen=True)
class Vocabulary:
    """What a rule file counts as placeholder text (see the module's docstring)."""

    tokens: tuple[str, ...] = ()
    filler: tuple[str, ...] = ()
    markers: tuple[str, ...] = ()
    slots: tuple[str, ...] = ()

    @classmethod
    def from_options(cls, options: dict[str, Any]) -> Vocabulary:
        def names(key: str) -> tuple[str, ...]:
            value = options.get(key) or ()
            return tuple(str(v) for v in ([value] if isinstance(value, str) else value) if str(v).strip())

        return cls(names("tokens"), names("filler"), names("markers"), names("slots"))

    def __hash__(self) -> int:
        """Worked out once (some 170 words): a keystroke looks up every paragraph and field by it."""
        found: int | None = self.__dict__.get("_hash")
        if found is None:
            found = hash((self.tokens, self.filler, self.markers, self.slots))
            object.__setattr__(self, "_hash", found)
        return found

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}  # another process hashes anew


#: the vocabularies read so far, each kept once: a look-up finds the one of the last keystroke by identity
_VOCABULARIES: dict[Vocabulary, Vocabulary] = {}


def _interned(vocabulary: Vocabulary) -> Vocabulary:
    if len(_VOCABULARIES) > 64:
        _VOCABULARIES.clear()
    return _VOCABULARIES.setdefault(vocabulary, vocabulary)


@dataclass(frozen=True)
class _Compiled:
    phrases: regex.Pattern[str] | None
    filler: regex.Pattern[str] | None
    markers: regex.Pattern[str] | None
    slots: frozenset[str]
    marker_words: frozenset[str]


@lru_cache(maxsize=16)
def _compile(vocabulary: Vocabulary) -> _Compiled:
    phrases = [*starter_phrases(), *vocabulary.tokens]
    # longest first, so a whole starter text wins over its first part
    phrase_re = "|".join(_phrase_pattern(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))
    filler_re = "|".join(_phrase_pattern(w) for w in vocabulary.filler)
    marker_re = "|".join(regex.escape(m) for m in sorted(set(vocabulary.markers), key=lambda m: (-len(m), m)))
    return _Compiled(
        compiled.pattern(phrase_re, regex.VERSION1) if phrase_re else None,  # over folded text
        compiled.pattern(filler_re, regex.VERSION1) if filler_re else None,
        compiled.pattern(
            rf"(?<![\p{{L}}\p{{N}}_])(?:{marker_re})(?![\p{{L}}\p{{N}}_])", regex.VERSION1 | regex.IGNORECASE
        )
        if marker_re
        else None,
        frozenset(_fold(s) for s in vocabulary.slots),
        frozenset(vocabulary.markers),
    )


@dataclass(frozen=True)
class Placeholder:
    """Placeholder text at [start, end) of a text."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=8)
def _dictionary(language: str) -> Any:
    from spellchecker import SpellChecker

    try:
        return SpellChecker(language=language, case_sensitive=False)
    except ValueError:  # no dictionary for this language
        return None


def _is_word(word: str, language: str) -> bool:
    """Whether ``word`` is an ordinary word of ``language`` (pyspellchecker's word list): "TODO" in
    Spanish or Portuguese, not in English."""
    checker = _dictionary(language)
    return checker is not None and word.casefold() in checker


#: the Spanish verbs of an instruction to whoever writes the copy, in every person a template
#: speaks in ("escribe", "escribí", "escriba", "escriban", "escribir")
INSTRUCTION_VERBS_ES = (
    "escribir",
    "añadir",
    "agregar",
    "insertar",
    "poner",
    "pegar",
    "colocar",
    "incluir",
    "redactar",
    "contar",  # the starter body: "Cuenta aquí la oferta", "Contá acá…", "Cuente aquí…"
)
#: the Spanish infinitives, and the English and Portuguese forms, every one written out
INSTRUCTION_WORDS = [
    "escribir",
    "poner",
    "pegar",
    "agregar",
    "añadir",
    "colocar",
    "incluir",
    "write",
    "type",
    "add",
    "insert",
    "put",
    "paste",
    "enter",
    "escreva",
    "escreve",
    "escrever",
    "adicione",
    "adiciona",
    "adicionar",
    "insira",
    "insere",
    "inserir",
    "coloque",
    "coloca",
    "colocar",
    "cole",
    "colar",
    "digite",
    "digita",
    "digitar",
    "inclua",
    "inclui",
    "incluir",
]


def _instruction_words() -> list[str]:
    from studio.text.spanish_verbs import imperatives

    words = set(INSTRUCTION_WORDS)
    for verb in INSTRUCTION_VERBS_ES:
        words |= imperatives(verb)
    return sorted(words, key=lambda w: (-len(w), w))


#: the languages whose words a marker in lower case may be ("todo", Italian "tbc")
_WORD_LANGUAGES = ("es", "en", "pt", "fr", "it", "de")


@lru_cache(maxsize=256)
def _a_word_somewhere(word: str) -> bool:
    """Whether ``word`` is an ordinary word of a language the studio has a word list for."""
    return any(_is_word(word, language) for language in _WORD_LANGUAGES)


#: an instruction to whoever writes the copy: a writing verb and "here" a few words apart
#: ("Write the subject line here", "Escribe el titular aquí", "Escribí acá el titular", "Adicione o
#: texto aqui")
_INSTRUCTION = compiled.pattern(
    rf"(?<![\p{{L}}])(?:{'|'.join(_instruction_words())})"
    r"(?:\s+[\p{L}'’-]+){0,5}?\s+(?:here|aquí|aqui|acá)(?![\p{L}])",
    regex.IGNORECASE | regex.VERSION1,
)


#: a slot left for a piece of copy: "here goes the X" and "X goes here" where X is a slot word
#: ("Acá va el titular", "Aquí va la foto del equipo", "Aqui vai o texto", "Headline goes here")
_SLOT_HERE = compiled.pattern(
    r"(?<![\p{L}])(?:aquí|aqui|acá|aca|here)\s+(?:va|van|vai|vão|vao|irá|iría|iria|irán|irían|goes|go|will\s+go)\s+"
    r"(?:(?:el|la|los|las|un|una|tu|su|o|a|os|as|um|uma|seu|sua|the|your)\s+)?(?P<noun>\p{L}+)"
    r"(?=\s*(?:$|[^\p{L}\s]|(?:de|del|do|da|of|for)\s))"
    r"|(?<![\p{L}])(?P<noun2>\p{L}+)\s+(?:goes|go|va|vai)\s+(?:here|aquí|aqui|acá)(?![\p{L}])"
    # a part named alone at a line's or sentence's opening, then "here": "Headline here", "Foto aquí"
    r"|(?:^|(?<=[\n.!?:¡]\s*))(?:(?:el|la|the|o|a)\s+)?(?P<noun3>\p{L}+)(?:\s+(?!(?:goes|go|va|vai)(?![\p{L}]))\p{L}+){0,2}?\s+(?:here|aquí|aqui|acá|ici|qui|hier)"
    # not before a link: "Cita aquí: https://…", "Photos here: site.example/…" are calls to action
    r"(?=\s*(?:$|[^\p{L}\s]))(?!\s*:\s*(?:https?://|www\.|[\w-]+\.[a-z]{2,}\b))",
    regex.IGNORECASE | regex.VERSION1 | regex.MULTILINE,
)


#: a line that is only an instruction naming a part of the layout: "Insert headline", "Escribí el
#: titular", "Agrega una imagen", "Insira o título" (never copy on its own)
_INSTRUCTION_LINE = compiled.pattern(
    rf"^[ \t]*(?:{'|'.join(_instruction_words())})\s+"
    r"(?:(?:the|a|an|el|la|los|las|un|una|o|os|um|uma|aquí|aqui|acá|here)\s+)?"
    r"(?P<part>\p{L}+)(?:\s+(?:aquí|aqui|acá|here))?[ \t]*[.:…]?[ \t]*$",
    regex.IGNORECASE | regex.VERSION1 | regex.MULTILINE,
)


def _names_a_part(m: regex.Match[str]) -> bool:
    """Whether a "… here" match names a part of the layout: its noun, or for a part named at a line's
    opening its first word after a determiner ("Chamada principal aqui", "Your photo goes here"; not
    "Comparte tu foto aquí")."""
    if m.group("noun3") is None:
        return _fold(m.group("noun") or m.group("noun2")) in _LAYOUT_PARTS
    words = [w for w in _WORD.findall(_fold(_before_here(m.group()))) if w not in _DETERMINERS]
    if words and words[0] in _SIZES:
        words = words[1:]  # "Big headline here", "Main photo here", "Nova legenda aqui"
    return bool(words) and words[0] in _LAYOUT_PARTS


#: what a brief may say of a part before naming it ("Big headline here", "Short caption here")
_SIZES = frozenset(
    {"big", "main", "short", "long", "final", "new", "gran", "grande", "corto", "corta", "largo", "larga"}
    | {"nuevo", "nueva", "novo", "nova", "curto", "curta", "secondary", "second", "segundo", "segunda"}
)


#: what may stand before the part's name ("El texto aquí"; "Your photo here? Tag us" is an invitation)
_DETERMINERS = frozenset({"el", "la", "the", "o", "a"})


def _before_here(match: str) -> str:
    """``match`` up to its last word ("here", "aquí", "aqui", "acá")."""
    return match.rsplit(None, 1)[0] if len(match.split()) > 1 else match


def _marked(text: str, start: int, end: int, language: str = "es") -> bool:
    """Whether the word at [start, end) stands as a marker, not as copy: in parentheses, alone on its
    line, or opening its line or sentence before a colon or a dash ("TODO: precio"). "Llévatelo TODO:
    bolsas…", "Un 20 % en TODO el café" and "¡TODO AL 50 %!" are copy."""
    rest = text[end:].lstrip(" \t")
    if text[:start].rstrip()[-1:] in ("(", "[") and (
        rest[:1] in (")", "]", ":") or (rest[:1].islower() and ")" in rest.split("\n", 1)[0])
    ):
        return True  # "(TODO)", "(TODO: link)", "(TODO cambiar link)": a note opening its brackets
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not _WORD.search(line.replace(text[start:end], "", 1)):
        return True
    before = text[line_start:start]
    opens = not _WORD.search(_SENTENCE_END.split(before)[-1])
    note = rest if opens else rest[1:].lstrip() if rest[:1] in (":", "-", "–", "—") else ""
    if text[start:end].isupper() and _infinitive(note, language):
        return True  # "TODO confirmar con Andrés", "… por TODO: confirmar directora": a note to the writer
    return (opens and rest[:1] in (":", "-", "–", "—")) or bool(_NO_AGREEMENT.match(rest))


#: a word after a marker, in lower case, with an infinitive's ending ("confirmar", "revisar", "pedir")
_INFINITIVE_AFTER = compiled.pattern(r"(?P<stem>\p{Ll}{3,})(?P<end>ar|er|ir|ír)(?![\p{L}])", regex.VERSION1)


def _infinitive(rest: str, language: str) -> bool:
    """Whether ``rest`` opens with an infinitive: a word with an infinitive's ending that is a verb
    ("confirmar", "pedir", "revisar"; "lugar", "hogar", "taller" are none) and no noun as well ("el
    poder", "un placer") — "todo" before a bare infinitive is no Spanish or Portuguese, a note to
    whoever writes the copy is ("TODO confirmar con Andrés")."""
    m = _INFINITIVE_AFTER.match(rest)
    if m is None or language not in ("es", "pt", "gl", "ca") or m.group() in _NOUN_INFINITIVES:
        return False
    from studio.text.spanish_verbs import USTED, reading, verb_forms

    if any(
        (r := reading(form)) is not None and USTED in r.persons
        for form in verb_forms(m.group()).get(USTED, ())
    ):
        return True
    gerund = m.group("stem") + ("ando" if m.group("end") == "ar" else "indo" if language == "pt" else "iendo")
    return _is_word(gerund, "pt" if language == "pt" else "es")


#: infinitives that are nouns or adjectives as well, which "todo" may go before ("TODO poder")
_NOUN_INFINITIVES_TEXT = (
    "poder deber saber placer ser haber parecer querer amanecer atardecer anochecer pesar militar"
    " regular particular familiar popular titular hogar lugar taller prazer dever viver olhar"
)
_NOUN_INFINITIVES = frozenset(_NOUN_INFINITIVES_TEXT.split())


#: after a marker that is also a word ("TODO"), a plural noun it cannot go with: "mais de TODO aulas",
#: "más de TODO clientes" hold a number still to write ("TODO el café", "TODO incluido" are copy)
_NO_AGREEMENT = compiled.pattern(
    r"(?!(?:los|las|os|as|nos|vos|ustedes|ellos|ellas|nosotros|vosotros|estos|estas|esos|esas|aquellos|"
    r"aquellas|sus|tus|mis|nuestros|nuestras|seus|suas|teus|tuas|meus|minhas|eles|elas|vocês|mais|más|"
    r"menos|pues|después|depois|antes|apenas|além|atrás|través|jamás|nunca|demás)(?![\p{L}]))"
    r"\p{Ll}{2,}s(?![\p{L}])",
    regex.VERSION1,
)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from after the previous sentence end to the next one."""
    begin = 0
    for stop in _SENTENCE_END.finditer(text, 0, start):
        begin = stop.end()
    after = _SENTENCE_END.search(text, end)
    finish = len(text) if after is None else after.start() if after.group() == "\n" else after.end()
    while begin < start and text[begin].isspace():
        begin += 1
    return begin, max(finish, end)


#: a slot named in capitals inside square brackets: "[BARRIO]", "[NOMBRE DEL LOCAL]" (not "[OFERTA]"
#: opening a line: a tag on a subject, "[NUEVO] Chequeo senior")
_CAPS_SLOT = compiled.pattern(r"\p{Lu}{3,}(?:[ _-]\p{Lu}{2,}){0,4}", regex.VERSION1)


#: a slot named in lower case: one to three words of letters, no capital, no digit ("[número]",
#: "{nombre_cliente}", "<ville>", "[nombre del local]")
_LOWER_SLOT = compiled.pattern(r"\p{Ll}{2,}(?:[ _-]\p{Ll}+){0,2}", regex.VERSION1)
#: lower-case words in brackets that are notes to the reader, not slots ("[sic]", "[ver más]")
_NOT_SLOTS = frozenset(
    {"sic", "ver", "vease", "see", "voir", "vedi", "siehe", "leer", "read", "mas", "more", "info"}
)


#: a note in brackets on copy still to come (over folded text): its status anywhere ("[foto del
#: equipo pendiente]", "[price to be confirmed]", "[legenda a definir]"), or an editor's task opening
#: it ("[confirmar con Andrés]", "[revisar precio]", "[verify date]")
_BRACKET_NOTE = compiled.pattern(
    r"(?<![\p{L}])(?:pendientes?|pendentes?|pending|provisional|provisorio|por\s+(?:confirmar|definir)|"
    r"a\s+(?:confirmar|definir)|to\s+be\s+(?:confirmed|defined|decided)|to\s+come|tbd|tbc)(?![\p{L}])"
    r"|^(?:confirmar|revisar|chequear|verificar|completar|definir|conferir|checar|falta|faltan|"
    r"verify|confirm\s+with|missing)(?![\p{L}])",
    regex.VERSION1,
)


#: a note in parentheses on copy to come, by its editorial status only (over folded text): "(nombres
#: pendientes de confirmar)", "(preço pendente de aprovação)", "(to be confirmed)" — a customer's
#: "(pedidos pendientes de pago)" or "(fecha por confirmar)" is copy
_PAREN_NOTE = compiled.pattern(r"\([^()\n]{1,60}\)", regex.VERSION1)
_PAREN_STATUS = compiled.pattern(
    r"(?<![\p{L}])(?:pendientes?|pendentes?)\s+de\s+(?:confirmar|definir|confirmacion|confirmacao|aprobacion|"
    r"aprovacao|revision|revisao)(?![\p{L}])|(?<![\p{L}])(?:to\s+be\s+confirmed|tbd|tbc)(?![\p{L}])",
    regex.VERSION1,
)


def _slot(content: str, compiled: _Compiled, braces: bool, caps: bool = False) -> bool:
    if braces:
        return True
    folded = _fold(content.strip())
    if not folded or folded.isdigit():
        return False
    if set(folded) <= set("x.,:/ _-…") and "x" in folded:
        return True
    words = _WORD.findall(folded)
    if len(words) == 1 and words[0] in _LAYOUT_PARTS:
        return True  # "[Hed]", "[Claim]", "[Titular]": a part of the layout named alone

    if _BRACKET_NOTE.search(folded):
        return True  # "[testimonio de cliente pendiente]", "[confirmar con Andrés]": a note on copy to come
    if caps and _CAPS_SLOT.fullmatch(content.strip()):
        return True  # "[BARRIO]", "[NOMBRE DEL LOCAL]" in the prose: a slot named in capitals
    if _LOWER_SLOT.fullmatch(content.strip()) and words[0] not in _NOT_SLOTS:
        return True  # "[número]", "{nom}", "<cidade>", "[nombre del local]": a slot named in lower case
    # a slot word opening the brackets ("[Nombre del cliente]", "[Insertar foto]"), or in a name of two
    # words ("[tu nombre]"); not in a note ("[Oferta válida en tienda]")
    named = bool(words) and (
        words[0] in compiled.slots or (len(words) <= 2 and any(w in compiled.slots for w in words))
    )
    return named or any(m in compiled.marker_words for m in _WORD.findall(content))


def find_placeholders(text: str, vocabulary: Vocabulary, language: str = "es") -> list[Placeholder]:
    """Every placeholder in ``text`` (a field written in ``language``), in order, overlaps merged.

    Paragraphs are read (and cached) one by one, so a keystroke re-reads only its paragraph; each
    whole text's answer is kept too (a keystroke asks again for every unchanged field)."""
    return list(_found(text, vocabulary, language))


@lru_cache(maxsize=1024)
def _found(text: str, vocabulary: Vocabulary, language: str) -> tuple[Placeholder, ...]:
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n\n"):
        spans.extend(
            (p.start + offset, p.end + offset) for p in _placeholders(paragraph, vocabulary, language)
        )
        offset += len(paragraph) + 2
    return tuple(Placeholder(s, e, text[s:e]) for s, e in _merged(spans, text))


@lru_cache(maxsize=4096)
def _placeholders(text: str, vocabulary: Vocabulary, language: str) -> tuple[Placeholder, ...]:
    """:func:`find_placeholders` of one paragraph, read once per paragraph."""
    compiled = _compile(vocabulary)
    folded = _fold(text)
    spans: list[tuple[int, int]] = []
    if compiled.phrases is not None:
        spans.extend(m.span() for m in compiled.phrases.finditer(folded))
    if compiled.filler is not None:
        spans.extend(_sentence(text, *m.span()) for m in compiled.filler.finditer(folded))
    if compiled.markers is not None:
        for m in compiled.markers.finditer(text):
            if not m.group().isupper() and _a_word_somewhere(m.group()):
                continue  # "todo" in lower case is a word; "tbd", "xxx", "fixme" are markers in any case
            if _is_word(m.group(), language) and not _marked(text, *m.span(), language):
                continue
            spans.append(m.span())
    if compiled.marker_words and "_" in text:
        spans.extend(_joined_markers(text, compiled.marker_words, language))
    for m in _BRACKETS.finditer(text):
        content = next(v for v in m.groupdict().values() if v is not None)
        if (m.group("angle") is not None and html_tag(content)) or esp_link_tag(m.group()):
            continue  # "<br>", "<b>": markup; "{{ unsubscribe }}": the mail tool's link, not a slot
        # capitals in square brackets inside the prose, not a tag opening a line ("[NUEVO] …")
        caps = m.group("square") is not None and bool(
            text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        )
        if _slot(content, compiled, braces=m.group("braces") is not None, caps=caps) or described_slot(
            content, m.group()[0]
        ):
            spans.append(m.span())
    spans.extend(masked_numbers(text) + writer_notes(text))
    spans.extend(m.span() for m in _BLANK.finditer(text))
    spans.extend(m.span() for m in finditer(_INSTRUCTION, text))  # (studio.prefilter: their words first)
    spans.extend(m.span() for m in finditer(_INSTRUCTION_LINE, text) if _fold(m.group("part")) in _ALL_PARTS)
    spans.extend(m.span() for m in finditer(_SLOT_HERE, text) if _names_a_part(m))
    spans.extend(m.span() for m in _NUMBER_SLOT.finditer(text))
    spans.extend(m.span() for m in finditer(_PART_STATUS, text) if _fold(m.group("part")) in _ALL_PARTS)
    spans.extend(m.span() for m in _PAREN_NOTE.finditer(text) if _PAREN_STATUS.search(_fold(m.group())))
    spans.extend(editorial_notes(text))
    spans.extend(draft_notes(text, compiled.marker_words, lambda word: _is_word(word, language)))
    return tuple(Placeholder(s, e, text[s:e]) for s, e in _merged(spans, text))


#: a marker joined by "_" to a name, as a variable is named: "#TODO_hashtag", "XXX_precio", "TBD_link"
_JOINED_MARKER = compiled.pattern(
    r"(?<![\p{L}\p{N}_])#?(?P<marker>\p{Lu}{3,})_(?P<rest>[\p{L}\p{N}_]+)", regex.VERSION1
)


def _joined_markers(text: str, markers: frozenset[str], language: str) -> list[tuple[int, int]]:
    """Spans of a marker joined by "_" to what is still to write ("#TODO_hashtag", "XXX_precio"): a
    marker that is no word of the language, or one that is ("TODO") before a name not all in
    capitals (a capitals hashtag, "#TODO_AL_50", is copy)."""
    out = []
    for m in _JOINED_MARKER.finditer(text):
        if m.group("marker") not in markers:
            continue
        if _is_word(m.group("marker"), language) and m.group("rest").isupper():
            continue
        out.append(m.span())
    return out


def _merged(spans: Iterable[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Overlapping spans, and spans only whitespace or a colon or dash apart, as one ("TODO:
    revisar condiciones con legal" is one note: the marker and the task it announces)."""
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if out and (start <= out[-1][1] or not text[out[-1][1] : start].strip(" \t\n:-–—")):
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def _message(match: str) -> str:
    shown = " ".join(match.split())
    if len(shown) > 60:
        shown = shown[:59].rstrip() + "…"
    return MESSAGES["en" if MESSAGE_LANGUAGE.get() == "en" else "es"].format(match=shown)


def compile(spec: RuleSpec) -> dict[str, Any]:
    for key in OPTIONS:
        value = spec.get(key)
        if value is None:
            continue
        if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise RuleError(f"'{key}' must be a list of words or phrases", (key,))
    markers = spec.get("markers") or []
    bad = [m for m in markers if not m.strip() or m != m.upper() or " " in m.strip()]
    if bad:
        raise RuleError(
            f"'markers' are single words in capitals, such as TODO ({bad[0]!r} is not)", ("markers",)
        )
    return own_options(spec, KEYS)


#: a WhatsApp template's positional variable (``{{1}}``): Meta fills it at send time, it is no placeholder
_WHATSAPP_VARIABLE = compiled.pattern(r"\{\{\s*\d+\s*\}\}")


def _send_time_variable(channel: str | None, text: str) -> bool:
    return channel == "whatsapp" and _WHATSAPP_VARIABLE.fullmatch(text.strip()) is not None


def _authored(campaign: Campaign) -> Iterable[tuple[str | None, str, str, str]]:
    """(channel or None, locale, field path, text) of every text the marketer wrote."""
    for tag, content in campaign.locales.items():
        for path in LOCALE_FIELDS:
            value: Any = content
            for part in path:
                value = getattr(value, part)
            if value:
                yield None, tag, ".".join(("locales", tag, *path)), str(value)
    for channel, per_locale in campaign.overrides.items():
        for tag, override in per_locale.items():
            for name, text in override.fields().items():
                if text:
                    yield channel.value, tag, name, text  # the variant's field, as channel rules name it


def check(rule: StudioRule, campaign: Campaign, variants: Sequence[Variant]) -> list[Finding]:
    from studio.text.language import language_of

    vocabulary = _interned(Vocabulary.from_options(rule.options))
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for channel, locale, path, text in _authored(campaign):
        if not (_locale_only(rule, locale) if channel is None else rule.applies(channel, locale)):
            continue
        language = language_of(locale)
        for found in find_placeholders(text, vocabulary, language):
            if _send_time_variable(channel, found.text):
                continue
            seen.add((locale, _fold(" ".join(found.text.split()))))
            finding = rule.finding(
                None,
                _message(found.text),
                field_name=path,
                text=text,
                start=found.start,
                end=found.end,
                locale=locale,
            )
            if channel is not None:
                finding = _with_channel(finding, channel)
            out.append(finding)
    for variant in variants:  # what a template adds (a placeholder the marketer wrote is reported once)
        language = language_of(variant.locale)
        for name, text in variant.fields.items():
            for found in find_placeholders(text, vocabulary, language):
                if _send_time_variable(variant.channel.value, found.text):
                    continue
                key = (variant.locale, _fold(" ".join(found.text.split())))
                if key in seen or any(key[1] in s or s in key[1] for loc, s in seen if loc == variant.locale):
                    continue
                seen.add(key)
                out.append(
                    rule.finding(
                        variant,
                        _message(found.text),
                        field_name=name,
                        text=text,
                        start=found.start,
                        end=found.end,
                    )
                )
    return out


def _locale_only(rule: StudioRule, locale: str) -> bool:
    """A campaign-wide text (no channel) is checked when the rule's locales allow it."""
    return not rule.locales or any(locale == x or locale.split("-")[0] == x for x in rule.locales)


def _with_channel(finding: Finding, channel: str) -> Finding:
    from dataclasses import replace

    return replace(finding, channel=channel)
