"""Usted imperatives no word list holds, told by their shape and the verb they come from.

A verb's usted imperative is its present subjunctive: an ``-ar`` verb's ends in ``-e``
("plante", "apúnte-los"), an ``-er``/``-ir`` verb's in ``-a`` ("pída-lo", "póngale"); the tú
imperative swaps the vowels ("planta", "apúntalos", "pídelo"). Which verb a form comes from is read
from pyspellchecker's Spanish word list (the infinitive must be a word), undoing the spelling and
stem changes the subjunctive makes ("busque" ← buscar, "empiece" ← empezar, "cuente" ← contar,
"pida" ← pedir, "ponga" ← poner, "conozca" ← conocer). Three shapes count:

- a pronoun joined to the verb with its written accent ("apúntelos", "déjeselo", "póngale");
- "no" and a pronoun before the verb at a clause's opening ("¡No lo deje pasar!", "No se la pierda");
- a bare ``-ar`` form at a clause's opening that is rarer as a word than its tú form ("Plante hoy,
  coseche en octubre"): "Entre el 2 y el 12", "Nombre:", "Tarde de cine" are more common as words.
  (:mod:`studio.text.formality` now reads bare forms from the verb table instead:
  :mod:`studio.text.commands`; :func:`bare_usted` stays for other callers.)
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

import regex

from studio import compiled

_PLAIN = str.maketrans("áéíóú", "aeiou")
#: pronouns joined to an imperative, longest first ("déjeselo", "apúntelos", "dígame")
_CLITICS = (
    "selos",
    "selas",
    "selo",
    "sela",
    "sele",
    "nos",
    "los",
    "las",
    "les",
    "lo",
    "la",
    "le",
    "me",
    "se",
)
#: how rare the bare form must be as a word of its own (pyspellchecker's usage frequency)
_RARE = 5e-5


@lru_cache(maxsize=1)
def _dictionary() -> tuple[Mapping[str, int], int]:
    """pyspellchecker's Spanish word counts and their total, kept per machine (building the
    checker reads and parses its whole list: ~80 ms on every run) and read word by word (a run
    asks for a few words: unpickling the whole list took ~30 ms)."""
    try:
        from importlib.metadata import version

        parts: tuple[object, ...] = ("es", version("pyspellchecker"))
    except Exception:  # no pyspellchecker: no such markers
        return {}, 0
    try:
        counts = compiled.kept_table(
            "es-spelling-counts", parts, lambda: _read_dictionary()[0], code=__file__
        )
        total = compiled.kept("es-spelling-total", parts, lambda: _read_dictionary()[1], code=__file__)
        return counts, total
    except (ImportError, ValueError):  # no dictionary: no such markers
        return {}, 0


@lru_cache(maxsize=1)
def _read_dictionary() -> tuple[dict[str, int], int]:
    from spellchecker import SpellChecker

    frequency = SpellChecker(language="es", case_sensitive=False).word_frequency
    return dict(frequency.dictionary), int(frequency.total_words)


def _known(word: str) -> bool:
    counts = _dictionary()[0]
    return word.lower() in counts or word.translate(_PLAIN).lower() in counts


def spanish_word(word: str) -> bool:
    """Whether ``word`` is in pyspellchecker's Spanish list (with or without its accents)."""
    return _known(word)


def _frequency(word: str) -> float:
    counts, total = _dictionary()
    return counts.get(word.lower(), 0) / total if total else 0.0


def _vowel_changes(stem: str) -> list[str]:
    """The stem and its stem-vowel changes undone ("cuent" → "cont", "piens" → "pens", "pid" → "ped")."""
    out = [stem]
    for changed, plain in (("ue", "o"), ("ie", "e"), ("i", "e"), ("ü", "u")):
        at = stem.rfind(changed)
        if at > 0:
            out.append(stem[:at] + plain + stem[at + len(changed) :])
    return out


def _ar_verb(stem: str) -> bool:
    """Whether ``stem`` + "e" is a form of an -ar verb ("busqu" ← buscar, "empiec" ← empezar)."""
    stems = [stem]
    for written, plain in (("qu", "c"), ("gu", "g"), ("gü", "gu"), ("c", "z")):
        if stem.endswith(written):
            stems.append(stem[: -len(written)] + plain)
    return any(_known(v + "ar") for s in stems for v in _vowel_changes(s))


def _er_ir_verb(stem: str) -> bool:
    """Whether ``stem`` + "a" is a form of an -er or -ir verb ("pid" ← pedir, "pong" ← poner,
    "conozc" ← conocer, "traig" ← traer, "hag" ← hacer, "escoj" ← escoger)."""
    stems = [stem]
    for written, plain in (("zc", "c"), ("ig", ""), ("g", ""), ("g", "c"), ("j", "g"), ("z", "c")):
        if stem.endswith(written):
            stems.append(stem[: -len(written)] + plain)
    return any(_known(v + end) for s in stems for v in _vowel_changes(s) for end in ("er", "ir", "ír"))


def _usted_form(word: str) -> bool:
    """Whether ``word`` (no pronoun joined) is an usted imperative rather than a tú one."""
    plain = word.casefold().translate(_PLAIN)
    if len(plain) < 4:
        return False
    stem = plain[:-1]
    if plain.endswith("e"):
        return _ar_verb(stem) and not _er_ir_verb(stem)
    if plain.endswith("a"):
        return _er_ir_verb(stem) and not _ar_verb(stem)
    return False


@lru_cache(maxsize=4096)
def joined_usted(word: str) -> bool:
    """Whether ``word`` is an usted imperative with a pronoun joined ("apúntelos", "póngale"). The
    verb before the pronoun is one the verb table lists as an usted command ("escríba-nos", although
    "escribanos" is a plural noun); else its shape and the verb it comes from are read (rare verbs
    the table lacks: "absténgase", "percátese"), unless the whole word is a word of the Spanish list
    or the plural of one: "médanos" is the plural of "médano" (a dune), not "méda" + "nos", and
    "escándalo", "sábalo", "oréganos", "túneles" are nouns."""
    folded = word.casefold()  # the accent may be on a capital: "Úselo", "Ábrala", "Óigalo"
    if not regex.search(r"[áéíóú]", folded):
        return False
    bases = [
        folded[: -len(clitic)]
        for clitic in _CLITICS
        if folded.endswith(clitic) and len(folded) - len(clitic) >= 3
    ]
    bases = [base for base in bases if regex.search(r"[áéíóú]", base)]
    if any(_listed_usted(base) for base in bases):
        return True  # the verb table names the form before the pronoun ("escríba-nos", "pída-lo")
    if _known(folded) or _plural_of_a_word(folded):
        return False  # a word of its own or its plural: "médanos", "escándalo", "oréganos", "túneles"
    return any(_usted_form(base) or _short_usted(base) for base in bases)


#: a word (not punctuation, an emoji or a line's start) just before a capitalised one
_AFTER_A_WORD = compiled.pattern(r"\p{L}[\p{L}'’]*[ \t]+\Z")


def named(text: str, start: int) -> bool:
    """Whether the word at ``start`` is capitalised inside a run of prose, right after another word
    ("en Balneario Los Médanos", "visita Dígalo Café"): a name (a brand, a place), not a command,
    which opens its clause ("¡Hola! Llámenos", "🏖️ Escríbanos")."""
    return text[start : start + 1].isupper() and bool(_AFTER_A_WORD.search(text, max(0, start - 40), start))


def _listed_usted(base: str) -> bool:
    """Whether the verb table holds ``base`` (its accent dropped) as an usted command."""
    from studio.text.spanish_verbs import USTED, reading

    found = reading(base.translate(_PLAIN))
    return found is not None and USTED in found.persons


@lru_cache(maxsize=4096)
def unaccented_joined_usted(word: str) -> bool:
    """Whether ``word`` is an usted imperative with a pronoun joined, written without its accent as
    SMS and hurried copy do ("Inscribase", "Pidala", "Llamenos"): no accent, no Spanish or English
    word of its own nor the plural of one, and the verb before the pronoun an usted form (the tú
    one, "Inscribete", "Pidela", is not). The caller asks for a clause's opening, where a command
    stands."""
    folded = word.casefold()
    if regex.search(r"[áéíóú]", folded) or _known(folded) or _plural_of_a_word(folded):
        return False
    for clitic in _CLITICS:
        base = folded[: -len(clitic)]
        if folded.endswith(clitic) and len(base) >= 4 and _usted_form(base):
            return not english_word(folded)
    return False


def _plural_of_a_word(word: str) -> bool:
    """Whether ``word`` is the plural of a word of the list ("pasteles" ← pastel, "modelos" ←
    modelo): the list holds singulars."""
    return (word.endswith("es") and _known(word[:-2])) or (word.endswith("s") and _known(word[:-1]))


@lru_cache(maxsize=1)
def _english() -> object | None:
    try:
        from spellchecker import SpellChecker

        return SpellChecker(language="en", case_sensitive=False)
    except (ImportError, ValueError):
        return None


def english_word(word: str) -> bool:
    """Whether ``word`` is an English word ("release", "purchase"): asked only of the rare candidate."""
    checker = _english()
    return checker is not None and word in checker  # type: ignore[operator]


@lru_cache(maxsize=4096)
def joined_ustedes(word: str) -> bool:
    """Whether ``word`` is an ustedes imperative with pronouns joined ("Regálenles", "Pídanlo",
    "Llévenselo", "Díganle"): the accent a joined pronoun makes written, and the verb before the
    pronouns an ustedes command of the verb table (the plural "you", whatever the register)."""
    from studio.text.spanish_verbs import USTEDES, reading

    folded = word.casefold()
    if not regex.search(r"[áéíóú]", folded):
        return False
    for clitic in _CLITICS:
        base = folded[: -len(clitic)]
        if folded.endswith(clitic) and base.endswith("n") and len(base) >= 4:
            found = reading(base.translate(_PLAIN))
            if found is not None and USTEDES in found.persons and regex.search(r"[áéíóú]", base):
                return True
    return False


def _short_usted(base: str) -> bool:
    """Whether a three-letter verb a pronoun is joined to is an usted command of a verb in use
    ("Úselo", "Véalo", "Léala"; not "cuáles")."""
    from studio.text.spanish_verbs import USTED, reading

    plain = base.translate(_PLAIN)
    found = reading(plain) if len(plain) == 3 else None
    return found is not None and USTED in found.persons


@lru_cache(maxsize=4096)
def negated_usted(word: str) -> bool:
    """Whether ``word`` after "no" and a pronoun ("no lo deje") is an usted form."""
    return _usted_form(word)


@lru_cache(maxsize=4096)
def bare_usted(word: str) -> bool:
    """Whether ``word`` opening a clause is an usted imperative of an -ar verb ("Plante", "coseche"):
    rarer as a word than its tú form, so not a noun or a preposition ("Entre", "Nombre", "Tarde")."""
    folded = word.casefold()
    if not folded.endswith("e") or regex.search(r"[áéíóú]", folded) or len(folded) < 4:
        return False
    if not _usted_form(folded) or (folded.endswith("te") and _known(folded[:-2] + "r")):
        return False  # "date", "vete": a tú imperative with "te" joined (dar, ir)
    own = _frequency(folded)
    return own < _RARE and own < _frequency(folded[:-1] + "a")


#: "Si vive lejos, puede retirar…", "Si no queda conforme, puede devolverlo": a condition on the
#: reader with no subject named, then what they can or must do, both in the third person singular
#: (the tú text says "si vivís/vives…, podés/puedes…"): the reader, as usted
_IF_YOU_CAN = compiled.pattern(
    r"(?:^|(?<=[.!?¡¿\n:;(]\s*)|(?<=,\s*))si\s+(?:no\s+)?(?:(?:se|le|lo|la|los|las|me|nos)\s+)?"
    r"(?P<condition>\p{Ll}{3,}[ae])(?:\s+[^.!?\n,]{1,80})?,\s*(?:(?:también|tambien|ya|siempre)\s+)?"
    r"(?P<can>puede|podrá|podra|debe|deberá|debera|tiene\s+que)\s+(?:(?:lo|la|los|las|le|les|nos)\s+)?"
    r"(?P<then>\p{Ll}{2,}(?:ar|er|ir))(?:lo|la|los|las|le|les)?(?![\p{L}])",
    regex.IGNORECASE | regex.VERSION1,
)
#: conditions with no person ("si hace falta", "si sobra", "si está cerrado": the thing, not the reader)
_NO_PERSON_CONDITION = frozenset(
    {
        "está",
        "esta",
        "sobra",
        "falta",
        "pasa",
        "ocurre",
        "sucede",
        "vale",
        "cuesta",
        "existe",
        "resulta",
        "importa",
        "conviene",
        "hace",
        "cambia",
        "varía",
        "llueve",
        "nieva",
        "toca",
        "corresponde",
        "aplica",
        "supera",
        "agota",
    }
)
#: what a thing, not a person, can do ("puede variar", "puede tardar", "puede haber demoras")
_NO_PERSON_THEN = frozenset(
    {
        "haber",
        "ser",
        "estar",
        "variar",
        "cambiar",
        "tardar",
        "demorar",
        "ocurrir",
        "pasar",
        "suceder",
        "costar",
        "durar",
        "tener",
        "contener",
        "afectar",
        "provocar",
        "causar",
        "generar",
        "sufrir",
        "llegar",
        "aplicar",
        "incluir",
        "valer",
        "resultar",
        "quedar",
        "faltar",
        "sobrar",
        "llover",
    }
)


def no_person_then(verb: str) -> bool:
    """Whether ``verb`` (an infinitive) is what a thing, not a person, can do ("tardar", "haber")."""
    return verb.casefold() in _NO_PERSON_THEN


#: the reader's thing named before ("Tu perro… Si vive en un piso, puede…": the dog, not usted)
_THEIR_THING = compiled.pattern(
    r"(?<![\p{L}])(?:tu|tus|vuestro|vuestra|vuestros|vuestras)\s+\p{L}{3,}", regex.IGNORECASE
)
_STOP = compiled.pattern(r"[.!?\n]")


def conditional_usted(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "usted") of each "can/must" in "Si <verb>…, puede <verb>" (see _IF_YOU_CAN)."""
    from studio.text.spanish_verbs import HE, TU, reading

    out: list[tuple[int, int, str]] = []
    for m in _IF_YOU_CAN.finditer(text):
        condition = m.group("condition").casefold()
        found = reading(condition)
        if found is None or not found.persons & {TU, HE} or condition in _NO_PERSON_CONDITION:
            continue
        if m.group("then").casefold() in _NO_PERSON_THEN:
            continue
        stops = [s.end() for s in _STOP.finditer(text, 0, m.start())]
        previous = stops[-2] if len(stops) > 1 else 0  # this sentence and the one before
        if _THEIR_THING.search(text, previous, m.end()):
            continue
        out.append((m.start("can"), m.end("can"), "usted"))
    return out


#: "se" standing for "le"/"les" before "lo"/"la", then a verb of ours ("se lo ponemos fácil", "se la
#: enviamos", "se los guardamos") at a clause's opening: we do it for you, in the third person's register
_DATIVE_SE = compiled.pattern(
    # no third person named before it in the sentence ("si tu hermano lo pide, se lo enviamos";
    # "su" is the reader's own in copy: "Si es su caso, se lo ponemos fácil")
    r"(?<!(?:\b(?:el|la|un|una|cada|los|las|tu|tus|mi|mis|nuestro|nuestra)\s+\p{L}+|\b(?:él|ella|ellos|ellas)\b)"
    r"[^.!?\n]{0,80})"
    r"(?:^|(?<=[.!?¡¿\n:;,(—–]\s*)|(?<=(?<![\p{L}])(?:y|e|pero|que|si|y\s+ya)\s+))"
    r"(?:(?:ya|hoy|también|tambien|nosotros)\s+)?(?P<se>se)\s+(?:lo|la|los|las)\s+\p{L}{2,}mos(?![\p{L}])"
    # nor before whom it stands for ("se lo regalamos a tu pareja", "a Marta")
    r"(?![^.!?\n]*?(?<![\p{L}])a\s+(?!usted)(?:(?-i:\p{Lu})|(?:tu|tus|su|sus|el|la|los|las|mi|mis|nuestr[oa]s?"
    r"|cada|quien)(?![\p{L}])))",
    regex.IGNORECASE | regex.VERSION1,
)


def dative_se(text: str) -> list[tuple[int, int, str]]:
    """Spans of "se lo" + a verb of ours that speak to the reader ("Si es su caso, se lo ponemos
    fácil", "Se lo enviamos a casa"): usted or ustedes, which :mod:`studio.rules.kinds.formality`
    reads as usted in Spain and as the plural of tú in Latin America. A "se" doubled by whom it
    stands for ("se lo regalamos a tu pareja", "a cada socio se la guardamos") speaks of someone else."""
    if "se " not in text.casefold():
        return []
    return [(m.start("se"), m.end(), "ustedes") for m in _DATIVE_SE.finditer(text)]
