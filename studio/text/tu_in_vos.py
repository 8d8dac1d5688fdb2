"""Forms of "tú" that "vos" writes with a written accent only, in copy that writes its accents.

Where the brand says "vos" (Río de la Plata), most of its commands and presents differ from the
"tú" ones by the stress alone, which the spelling shows: "reservá" / "reserva", "pasá" / "pasa",
"cogés" / "coges". A text without accents writes both alike, so nothing can be told there (nor in
any SMS: GSM-7 has "é" and no "á", and one writes "Respondé BAJA si no queres mas"); a text that
writes its accents and a form without the one "vos" needs has switched to "tú". Two places hold
such a form as the reader's:

- a call to action opening a clause (the text's or a line's start, after a stop, "¡" or "así
  que"): the "tú" command of a verb whose "vos" command is the same word with its last vowel
  accented ("Reserva por link", "así que aprovecha hoy"); only the commands copy asks with (a
  sentence about the offer opens with "Arranca", "Funciona", "Trae salame…" as its third person),
  not before an article, which may open the verb's own subject ("Llega la primavera"), nor after
  "y"/"o", whose verb may share a subject named before ("El barco sale a las 9 y pasa por la isla");
  a form that is also a noun ("reserva", "prueba") counts before what only follows a verb (a
  preposition, a pronoun, a number);
- a command that is also an irregular verb's third person ("trae", "vale"), which opens a
  product's description as often ("Trae salame, queso y pan"): only where the clause cannot have
  the product as its subject, that is after "así que" (the advice that follows a fact: "hace
  frío, así que trae abrigo"), or in a sentence that sets "we" against the reader ("Te damos las
  toallas; trae ojotas", "Trae la silla, nosotros ponemos la sombra", "Trae ojotas; las toallas
  las damos nosotros"), a first person plural
  verb after "te"/"les"/"nosotros" opening a clause of its own ("Trae dos copas y te lo enviamos
  gratis" joins the product's clause to the shop's);
- the answer to a question put to the reader: a clause opening right after a question that speaks
  to the reader ("¿Te vas de viaje?", "¿Tenés frío?") gives advice, so a verb opening it is a
  command, whatever its object ("¿Salís de noche? Usa la campera"): not a verb whose subject
  often follows it ("¿Tenés frío? Llega la campera": arrival, start, end, staying), nor a noun
  before what follows nouns ("¿Dudas? Consulta gratuita"; "Mirá el catálogo" is a command);
- a present after "no", "si", "que", "cuando", "ya" or "¿": the "tú" command plus "s" ("no coges",
  "si necesitas"), "vos" accenting its ending ("no cogés", "si necesitás").

:mod:`studio.rules.kinds.formality` asks this only in a locale where the brand says "vos".
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled
from studio.text.spanish_verbs import HE, TU, TU_NEGATED, VOS, reading

_ACUTE = str.maketrans("aeiou", "áéíóú")
_ACCENTED = compiled.pattern(r"[áéíóúÁÉÍÓÚ]")
_WORD = compiled.pattern(r"(?<![\p{L}\p{N}@#/._-])\p{L}{3,}(?![\p{L}\p{N}_-]|\.\p{L})", regex.VERSION1)
#: what opens a clause just before a command (see the module's docstring)
_OPENS = compiled.pattern(
    r"(?:\A|[\n¡]|[.!?:;—–]\s|\s[-—–]\s|\p{ExtPict}\uFE0F?\s|(?<![\p{L}])(?:así|asi)\s+que\s)\s*\Z",
    regex.VERSION1,
)
#: an article after a verb: perhaps its own subject ("Llega la primavera")
_ARTICLE_AFTER = compiled.pattern(r"\s+(?:el|la|los|las|un|una|unos|unas)(?![\p{L}])", regex.IGNORECASE)
#: what comes just before a present that speaks to the reader
_PRESENT_BEFORE = compiled.pattern(
    r"(?<![\p{L}])(?:no|si|que|cuando|ya|¿)\s*(?:(?:te|me|nos|lo|la|los|las|le|les|se)\s+)?\Z",
    regex.IGNORECASE | regex.VERSION1,
)
#: what only a verb follows, of those ("si buscas", "no coges")
_BEFORE_VERB_ONLY = compiled.pattern(r"(?<![\p{L}])(?:no|si)\s*\Z", regex.IGNORECASE | regex.VERSION1)
#: what follows a verb and no noun, for a command that is also a noun ("Reserva por link")
_VERB_FOLLOWER = compiled.pattern(
    r"\s+(?:por|a|al|en|con|sin|lo|tu|tus|nuestr[oa]s?|ya|hoy|ahora|acá|aca|antes|desde|"
    r"hasta|para|\d)(?![\p{L}])",
    regex.IGNORECASE | regex.VERSION1,
)


#: "así que" just before a word
_SO_BEFORE = compiled.pattern(r"(?<![\p{L}])(?:así|asi)\s+que\s+\Z", regex.IGNORECASE | regex.VERSION1)
#: "we" doing something for the reader, opening a clause of its own: "te damos", "nosotros ponemos",
#: or naming itself after its verb further on in that clause ("el casco lo ponemos nosotros")
_WE_FOR_YOU = compiled.pattern(
    r"(?:\A|[,;:]|\p{ExtPict}\uFE0F?)\s*(?:(?:nosotros\s+)?(?:te\s+|les\s+|nosotros\s+)"
    r"(?:lo\s+|la\s+|los\s+|las\s+)?\p{Ll}{2,}mos(?![\p{L}])"
    r"|[^,;:]*?(?<![\p{L}])\p{Ll}{2,}mos\s+nosotr[oa]s(?![\p{L}]))",
    regex.IGNORECASE | regex.VERSION1,
)
_SENTENCE_END = compiled.pattern(r"[.!?\n]")
#: a question put to the reader just before: "¿…te…?", "¿…tenés…?", then the clause's first word
_READER_QUESTION = compiled.pattern(
    r"¿[^?¿.!\n]*(?<![\p{L}])(?:te|vos|tu|tus|ti|(?!(?:jamás|además|atrás|detrás|después|través|interés|país)(?![\p{L}]))"
    r"\p{L}{2,}[áéí]s)(?![\p{L}])[^?¿.!\n]*\?\s*\Z",
    regex.IGNORECASE | regex.VERSION1,
)
#: verbs whose subject often follows them: arrival, start, end, staying ("Llega la primavera")
_SUBJECT_AFTER = frozenset(
    str.split(
        "llega vuelve viene regresa empieza comienza arranca termina acaba sale entra abre cierra queda "
        "sigue pasa cae nace aparece falta sobra basta"
    )
)


def writes_accents(text: str) -> bool:
    """Whether ``text`` writes a written accent anywhere (an SMS often writes none)."""
    return _ACCENTED.search(text) is not None


@lru_cache(maxsize=1)
def _calls_to_action() -> frozenset[str]:
    """The "tú" commands marketing copy asks its reader with (studio.text.formality's markers and
    the tú twins of its usted commands): "Reserva", "Disfruta", "Compra", not "Arranca", "Depende",
    "Funciona", "Salta", which open a sentence about the offer as its third person as often."""
    from studio.text.formality import MARKERS, TU_FOR_USTED

    words = {w for w in MARKERS["es"]["tú"] if " " not in w}
    return frozenset(words | {w for w in TU_FOR_USTED.values() if " " not in w})


@lru_cache(maxsize=4096)
def _vos_by_accent(tu: str) -> bool:
    """Whether the "tú" command ``tu`` ("reserva") is "vos"'s with its last vowel accented
    ("reservá"): no other person reads it, and the accented word is the vos command."""
    found = reading(tu)
    # (an irregular verb's third person, "trae", "vale", opens a product's description as often:
    # "Trae salame, queso y pan")
    if found is None or TU not in found.persons or found.persons - {TU, TU_NEGATED}:
        return False
    last = max((i for i, ch in enumerate(tu) if ch in "aeiou"), default=-1)
    if last < 0 or last != len(tu) - 1:
        return False
    vos = reading(tu[:last] + tu[last].translate(_ACUTE))
    return vos is not None and VOS in vos.persons


def accent_only_tu(text: str) -> list[tuple[int, int]]:
    """Spans of the "tú" forms of ``text`` that "vos" writes with an accent (see the module)."""
    out: list[tuple[int, int]] = []
    asks = "?" in text  # (a question put to the reader: see _answers_reader)
    for m in _WORD.finditer(text):
        word = m.group()
        if (
            _ACCENTED.search(word)
            and _tu_with_pronoun(word.casefold())
            and _OPENS.search(text[max(0, m.start() - 12) : m.start()])
        ):
            out.append(m.span())
            continue
        if _ACCENTED.search(word) or word.isupper() or text[m.end() : m.end() + 1] == ":":
            continue  # a keyword ("BAJA al 2020") or a label ("Baja: …") is no command of the copy
        lower = word.casefold()
        before = text[max(0, m.start() - 12) : m.start()]
        if lower in _calls_to_action() and _shared_with_he(lower) and _OPENS.search(before):
            if _SO_BEFORE.search(before) or _WE_FOR_YOU.search(_sentence_of(text, m.start(), m.end())):
                out.append(m.span())
        elif lower in _calls_to_action() and _vos_by_accent(lower) and _OPENS.search(before):
            found = reading(lower)
            noun = found is not None and found.other_word and not _VERB_FOLLOWER.match(text, m.end())
            if (noun or _ARTICLE_AFTER.match(text, m.end())) and not (
                asks and _answers_reader(text, m.start(), lower)
            ):
                continue
            if word[:1].isupper() and not _sentence_start(before):
                continue  # a name inside a sentence ("y Pasa Tiempo")
            out.append(m.span())
        elif asks and before.rstrip().endswith("?") and _answers_reader(text, m.start(), lower):
            out.append(m.span())
        elif lower.endswith("s") and _PRESENT_BEFORE.search(before) and _vos_by_accent(lower[:-1]):
            found = reading(lower[:-1])
            # a noun's plural may follow "que", "cuando" ("que cuentas con…" aside); a verb "si", "no"
            if found is not None and (not found.other_word or _BEFORE_VERB_ONLY.search(before)):
                out.append(m.span())
    return out


def _answers_reader(text: str, start: int, lower: str) -> bool:
    """Whether the word at ``start`` opens the answer to a question put to the reader and is a "tú"
    command "vos" accents (see the module's docstring)."""
    if not text[max(0, start - 3) : start].rstrip().endswith("?"):
        return False  # (the cheap look first: most words follow no question)
    if lower in _SUBJECT_AFTER or not _vos_by_accent(lower):
        return False
    if not _READER_QUESTION.search(text[max(0, start - 80) : start]):
        return False
    found = reading(lower)
    if found is None:
        return False
    # a noun too ("Mira", "Consulta"): a command only before what follows a verb, not a noun
    end = start + len(lower)
    return not found.other_word or bool(_ARTICLE_AFTER.match(text, end) or _VERB_FOLLOWER.match(text, end))


@lru_cache(maxsize=1024)
def _shared_with_he(tu: str) -> bool:
    """Whether the "tú" command ``tu`` ("trae") is also the third person ("él trae") and "vos"
    accents it ("traé")."""
    found = reading(tu)
    if found is None or found.persons != frozenset({TU, HE}) or not tu.endswith(("a", "e", "i")):
        return False
    vos = reading(tu[:-1] + tu[-1].translate(_ACUTE))
    return vos is not None and VOS in vos.persons


_ENCLITIC = compiled.pattern(r"(?:nos|me|te|lo|la|los|las|le|les)\Z")
_UNACUTE = str.maketrans("áéíóú", "aeiou")


def _tu_with_pronoun(word: str) -> bool:
    """Whether ``word`` is a "tú" command with a pronoun after it, accented on the stem as "tú"
    stresses it ("pregúntanos", "escríbeme"); "vos" stresses the ending and writes no accent there
    ("preguntanos", "escribime")."""
    pronoun = _ENCLITIC.search(word)
    if pronoun is None or _ACCENTED.search(word, pronoun.start()) or len(_ACCENTED.findall(word)) != 1:
        return False
    stem = word[: pronoun.start()].translate(_UNACUTE)
    if stem in _calls_to_action() and _vos_by_accent(stem):
        return True
    # a pronoun only joins a command (or an infinitive or a gerund, which take no accent on the stem):
    # a stem only "tú" reads ("escríbeme", "súbete"), or any "tú" reading with "te", the reflexive of
    # "tú" alone ("súmate"; "usted" writes "súmese")
    found = reading(stem)
    if found is None or TU not in found.persons:
        return False
    return pronoun.group() == "te" or not found.persons - {TU, TU_NEGATED}


def _sentence_of(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]`` (from the last stop or line before to the next)."""
    head = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    tail = _SENTENCE_END.search(text, end)
    return text[head : tail.start() if tail else len(text)]


def _sentence_start(before: str) -> bool:
    stripped = before.rstrip()
    return not stripped or stripped[-1] in ".!?¡\n:" or bool(regex.search(r"\p{ExtPict}\uFE0F?$", stripped))
