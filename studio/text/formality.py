"""How a text addresses its reader: tú / usted / vos in Spanish, tu / vous, du / Sie.

Detection is by high-precision markers only — pronouns that can only mean the reader and the
imperative/subjunctive forms of the verbs marketing copy uses ("pide", "pida", "pedí") — so that
third-person text ("su café", "le gusta") is not taken for "usted". "su"/"sus" count only in a
sentence that already speaks to the reader as "usted" ("Disfrute de su café"); a verb form in an
impersonal concessive ("haga lo que haga") or after its own subject ("para que el pedido llegue")
is not an address. Each marker found keeps its span, so a finding can underline the exact words.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex

from studio import compiled
from studio.text.address_cues import (
    opening_su,
    person_relative,
    salutation,
    senhor_as_title,
    senhor_vocative,
    vosotros_pronouns,
)
from studio.text.commands import TIME_FRONT, clause_commands, foreign_sentence
from studio.text.reader_clauses import asked_usted, can_usted, le_feels, subject_after
from studio.text.senhor_forms import senhor_contracted
from studio.text.usted_forms import (
    conditional_usted,
    dative_se,
    joined_usted,
    joined_ustedes,
    named,
    negated_usted,
    unaccented_joined_usted,
)
from studio.text.vos_joined import joined_vos

#: register → marker words/phrases, per language. Data, to be extended as copy teaches us.
MARKERS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "tú": (
            "tú",
            "ti",
            "contigo",
            "te esperamos",
            "te invitamos",
            "te regalamos",
            "te ofrecemos",
            "para ti",
            "disfruta",
            "descubre",
            "pide",
            "prueba",
            "visita",
            "ven",
            "haz",
            "compra",
            "aprovecha",
            "reserva",
            "llama",
            "escribe",
            "consulta",
            "descarga",
            "recoge",
            "elige",
            "date",
            "regálate",
            "únete",
            "no te lo pierdas",
            "no te pierdas",
            "tienes",
            "puedes",
            "quieres",
            "estás",
            "eres",
        ),
        "usted": (
            "usted",
            "le esperamos",
            "le invitamos",
            "le regalamos",
            "le ofrecemos",
            "para usted",
            "disfrute",
            "descubra",
            "pida",
            "pruebe",
            "visite",
            "venga",
            "haga",
            "compre",
            "aproveche",
            "reserve",
            "llame",
            "escriba",
            "consulte",
            "descargue",
            "recoja",
            "elija",
            "dese",
            "regálese",
            "únase",
            "no se lo pierda",
            "no se pierda",
            "visítenos",
        ),
        # The plural "you": informal in Latin America (every es locale but es-ES), formal in Spain,
        # where the informal plural is "vosotros". Which it is depends on the locale: see the check.
        "ustedes": (
            "ustedes",
            "para ustedes",
            "les esperamos",  # (the "os" of Spain's informal plural, in the formal one)
            "les invitamos",
            "les recordamos",
            "los esperamos",
            "las esperamos",
            "disfruten",
            "descubran",
            "pidan",
            "prueben",
            "visiten",
            "vengan",
            "compren",
            "aprovechen",
            "reserven",
            "llamen",
            "escriban",
            "consulten",
            "descarguen",
            "elijan",
            "únanse",
            "no se lo pierdan",
            "no se pierdan",
        ),
        # Spain's informal plural: the brand's "tú" to many there, a foreign form in Latin America
        "vosotros": (
            "vosotros",
            "vosotras",
            "para vosotros",
            "con vosotros",
            "os esperamos",
            "os invitamos",
            "os ofrecemos",
            "os regalamos",
            "os deseamos",
            "os recordamos",
            "os traemos",
        ),
        "vos": (
            "vos",
            "disfrutá",
            "descubrí",
            "pedí",
            "probá",
            "visitá",
            "vení",
            "hacé",
            "comprá",
            "aprovechá",
            "reservá",
            "llamá",
            "escribí",
            "consultá",
            "descargá",
            "elegí",
            "tenés",
            "podés",
            "querés",
            "sos",
        ),
    },
    "fr": {
        "tu": ("tu", "toi", "ton", "ta", "tes", "profite", "découvre", "commande", "viens"),
        "vous": ("vous", "votre", "vos", "profitez", "découvrez", "commandez", "venez"),
    },
    "de": {
        "du": ("du", "dich", "dir", "dein", "deine", "deinen", "hol dir", "entdecke", "bestelle"),
        "Sie": ("Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "entdecken Sie", "bestellen Sie"),
    },
    # Portuguese: pronouns and the tu verb forms no other person shares. Brazil's imperative is
    # no register ("Vem com a gente, você vai adorar", "Aproveite"), and "vem", "pede", "aproveita"
    # are also the third person ("Vem sempre uma mistura de folhas", "a feira vem até você").
    "pt": {
        "você": ("você", "para você", "com você"),
        "tu": ("tu", "teu", "tua", "teus", "tuas", "contigo", "tens", "podes", "queres", "sabes"),
        # the formal address: "o senhor", "a senhora" speaking to the reader
        "o senhor": (
            "o senhor",
            "a senhora",
            "os senhores",
            "as senhoras",
            "ao senhor",
            "à senhora",
            "para o senhor",
            "para a senhora",
        ),
    },
}

#: the tú word for each usted marker, the fix a formality finding offers
TU_FOR_USTED: dict[str, str] = {
    "usted": "tú",
    "para usted": "para ti",
    "su": "tu",
    "sus": "tus",
    "le esperamos": "te esperamos",
    "le invitamos": "te invitamos",
    "le regalamos": "te regalamos",
    "le ofrecemos": "te ofrecemos",
    "disfrute": "disfruta",
    "descubra": "descubre",
    "pida": "pide",
    "pruebe": "prueba",
    "visite": "visita",
    "venga": "ven",
    "haga": "haz",
    "compre": "compra",
    "aproveche": "aprovecha",
    "reserve": "reserva",
    "llame": "llama",
    "escriba": "escribe",
    "consulte": "consulta",
    "descargue": "descarga",
    "recoja": "recoge",
    "elija": "elige",
    "dese": "date",
    "regálese": "regálate",
    "únase": "únete",
    "no se lo pierda": "no te lo pierdas",
    "no se pierda": "no te pierdas",
    "visítenos": "visítanos",
}

_VOWELS = "aeiou"
_ACUTE = str.maketrans("aeiou", "áéíóú")


def _with_clitic(verb: str, clitic: str) -> str:
    """``pida`` + ``lo`` → ``pídalo``: the verb's stressed vowel (its second-to-last syllable) takes
    the written accent a pronoun joined to it requires; a diphthong's strong vowel takes it."""
    positions = [
        i
        for i, ch in enumerate(verb)
        if ch in _VOWELS
        and not (ch == "u" and verb[i - 1 : i] in ("g", "q") and verb[i + 1 : i + 2] in ("e", "i"))
    ]  # the silent u of "gue", "qui" is no vowel
    if len(positions) < 2 or any(ch in "áéíóú" for ch in verb):
        return verb + clitic
    i = positions[-2]
    if i - 1 in positions and verb[i - 1] not in "iu":  # "ae", "eo": two syllables, stress on the first
        i -= 1
    elif verb[i] in "iu" and i - 1 in positions:  # "ui", "iu": the second is stressed
        pass
    return verb[:i] + verb[i].translate(_ACUTE) + verb[i + 1 :] + clitic


def _add_clitics() -> None:
    """Usted imperatives with a pronoun joined ("pídalo", "pruébelo", "disfrútela"): sure markers too,
    with the tú form as their fix ("pídelo")."""
    for usted, tu in list(TU_FOR_USTED.items()):
        if " " in usted or usted not in MARKERS["es"]["usted"] or usted[-1] not in _VOWELS:
            continue
        for clitic in ("lo", "la", "los", "las", "le", "les"):
            form = _with_clitic(usted, clitic)
            TU_FOR_USTED.setdefault(form, _with_clitic(tu, clitic) if tu[-1] in _VOWELS else tu + clitic)
            MARKERS["es"]["usted"] += (form,)
    MARKERS["es"]["usted"] += ("lo esperamos", "la esperamos", "lo invitamos", "la invitamos")
    TU_FOR_USTED.update(
        {
            "lo esperamos": "te esperamos",
            "la esperamos": "te esperamos",
            "lo invitamos": "te invitamos",
            "la invitamos": "te invitamos",
        }
    )


#: more calls to action, usted → (tú, vos, ustedes): the verbs shops ask customers with most
_MORE_VERBS = {
    "traiga": ("trae", "traé", "traigan"),
    "acérquese": ("acércate", "acercate", "acérquense"),
    "solicite": ("solicita", "solicitá", "soliciten"),
    "agende": ("agenda", "agendá", "agenden"),
    "obtenga": ("obtén", "obtené", "obtengan"),
    "regístrese": ("regístrate", "registrate", "regístrense"),
    "suscríbase": ("suscríbete", "suscribite", "suscríbanse"),
    "conozca": ("conoce", "conocé", "conozcan"),
    "renueve": ("renueva", "renová", "renueven"),
    "ahorre": ("ahorra", "ahorrá", "ahorren"),
    "ingrese": ("ingresa", "ingresá", "ingresen"),
    "pregunte": ("pregunta", "preguntá", "pregunten"),
    "contáctenos": ("contáctanos", "contactanos", "contáctennos"),
    "escríbanos": ("escríbenos", "escribinos", "escríbannos"),
    "llámenos": ("llámanos", "llamanos", "llámennos"),
    "acompáñenos": ("acompáñanos", "acompañanos", "acompáñennos"),
    "síganos": ("síguenos", "seguinos", "sígannos"),
    "llévese": ("llévate", "llévate", "llévense"),  # (voseo "llevate" is also tú without its accent)
}
#: usted imperatives that are also a third person's subjunctive ("alguien que comparta", "que sirva
#: de ejemplo"): a marker at the start of a sentence or clause only ("Comparta su foto", "…, sirva
#: frío"); joined to a pronoun ("sírvalo", "sáquelo") anywhere (see _add_clitics)
_OPENING_VERBS = {
    "etiquete": ("etiqueta", "etiquetá", "etiqueten"),
    "comparta": ("comparte", "compartí", "compartan"),
    "comente": ("comenta", "comentá", "comenten"),
    "guarde": ("guarda", "guardá", "guarden"),
    "saque": ("saca", "sacá", "saquen"),
    "sirva": ("sirve", "serví", "sirvan"),
    "deje": ("deja", "dejá", "dejen"),
    "mire": ("mira", "mirá", "miren"),
    "recuerde": ("recuerda", "recordá", "recuerden"),
    "compruebe": ("comprueba", "comprobá", "comprueben"),
    "pase": ("pasa", "pasá", "pasen"),
    "lea": ("lee", "leé", "lean"),
    "encuentre": ("encuentra", "encontrá", "encuentren"),
    "busque": ("busca", "buscá", "busquen"),
    "abra": ("abre", "abrí", "abran"),
    "tome": ("toma", "tomá", "tomen"),
    "regale": ("regala", "regalá", "regalen"),
    "siga": ("sigue", "seguí", "sigan"),
    "vea": ("ve", "ve", "vean"),
    "empiece": ("empieza", "empezá", "empiecen"),
    "comience": ("comienza", "comenzá", "comiencen"),
    "imagine": ("imagina", "imaginá", "imaginen"),
    "celebre": ("celebra", "celebrá", "celebren"),
    # negated, the tú form is the subjunctive ("no olvides")
    "no olvide": ("no olvides", "no olvidés", "no olviden"),
    "no deje": ("no dejes", "no dejés", "no dejen"),
    "no espere": ("no esperes", "no esperés", "no esperen"),
    "espere": ("espera", "esperá", "esperen"),
    # paying, treating, activating: "Pague con su tarjeta", "Consienta a su papá", "Active el código"
    "pague": ("paga", "pagá", "paguen"),
    "consienta": ("consiente", "consentí", "consientan"),
    "active": ("activa", "activá", "activen"),
    "sorprenda": ("sorprende", "sorprendé", "sorprendan"),
    "reciba": ("recibe", "recibí", "reciban"),
    "acumule": ("acumula", "acumulá", "acumulen"),
    "canjee": ("canjea", "canjeá", "canjeen"),
}


#: verbs whose ustedes form is as often a relative clause's subjunctive ("los que paguen con
#: tarjeta", "quienes reciban el cupón"): no ustedes marker from them
_SUBJUNCTIVE_PLURALS = frozenset({"pague", "consienta", "active", "sorprenda", "reciba", "acumule", "canjee"})


def _add_verbs() -> None:
    spanish = MARKERS["es"]
    for usted, (tu, vos, ustedes) in (_MORE_VERBS | _OPENING_VERBS).items():
        spanish["usted"] += (usted,)
        spanish["vos"] += (vos,) if vos != tu else ()
        if usted not in _SUBJUNCTIVE_PLURALS:
            spanish["ustedes"] += (ustedes,)
        TU_FOR_USTED[usted] = tu


_add_verbs()
_add_clitics()

#: registers whose markers are case-sensitive (German "Sie" vs "sie")
_CASED = {"Sie"}

#: possessives that mean "your" in a register only next to a sure marker of it in the same sentence:
#: "Disfrute de su café" is usted, "Café Aurora presenta su café" is the brand's own café
_POSSESSIVES: dict[str, dict[str, regex.Pattern[str]]] = {
    "es": {"usted": compiled.pattern(r"(?<![\p{L}])(?:su|sus)(?![\p{L}])", regex.IGNORECASE)},
}
_SENTENCE = compiled.pattern(r"[^.!?¡¿\n]+")
#: a verb repeated around a relative or an "o" ("haga lo que haga", "sea cual sea", "haga frío
#: o haga calor", "haga el tiempo que haga"): an impersonal concessive, not an address to the reader
_REDUPLICATED = compiled.pattern(
    r"(?<![\p{L}])(\p{L}+)\s+(?:(?:(?:con|a|de|en|por|para)\s+)?(?:lo\s+que|cual(?:es)?|como|donde|cuando|quien(?:es)?|adonde)"
    r"|\p{L}+(?:\s+\p{L}+)?\s+[ou]|(?:\p{L}+\s+){1,2}que)\s+(\1)(?![\p{L}])",  # "haga el tiempo que haga"
    regex.IGNORECASE,
)
#: a subordinate clause with its own third-person subject before the verb ("para que la
#: experiencia sea", "que cada cliente elija", "cuando el pedido llegue")
_SUBJECT_BEFORE = compiled.pattern(
    r"(?<![\p{L}])(?:que|cuando|si|donde|aunque|hasta\s+que|mientras)\s+"
    r"(?:(?:el|la|los|las|un|una|este|esta|ese|esa|cada|todo|toda|cualquier|ningún|ninguna|algún|alguna|"
    r"mi|tu|nuestro|nuestra|vuestro|vuestra|"
    # quantifiers and plural determiners: "que más equipos conozcan", "que muchas familias prueben"
    r"(?:cada\s+vez\s+)?m[aá]s|menos|muchos|muchas|pocos|pocas|varios|varias|otros|otras|algunos|algunas|"
    r"todos\s+los|todas\s+las|unos|unas|estos|estas|esos|esas|mis|tus|nuestros|nuestras|"
    r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|cien|mil|\d+)\s+\p{L}+(?:\s+\p{L}+)?"
    r"|él|ella|nadie|alguien|cualquiera|uno|"
    r"(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*))\s+$",
    regex.IGNORECASE,
)


#: a relative with no antecedent but a third person, or a subordinating "when/where", just before
#: a verb: the verb's subject is that person ("para quien venga", "los que lleguen antes", "cuando
#: haya sitio", "donde quiera"), not the reader addressed
_RELATIVE_BEFORE = compiled.pattern(
    r"(?<![\p{L}])(?:quien(?:es)?|(?:el|la|los|las|lo|aquel|aquella|aquellos|aquellas|todo\s+el|todos\s+los|"
    r"todas\s+las|cualquiera|quienquiera)\s+que|cuando|donde|adonde|mientras)\s+"
    r"(?:(?:no|ya|también|tambien|aún|aun)\s+)?(?:(?:se|le|les|lo|la|los|las|nos|me)\s+)?\Z",
    regex.IGNORECASE | regex.VERSION1,
)
#: the pronouns of a register, which a relative never makes someone else's
_PRONOUNS = frozenset(
    {"usted", "ustedes", "su", "sus", "vos", "vosotros", "vosotras", "os", "vuestro", "vuestra"}
)


def _relative_verb(text: str, start: int, end: int, register: str) -> bool:
    """Whether the usted/ustedes verb at [start, end) is a relative or time clause's own verb."""
    if register not in ("usted", "ustedes") or text[start:end].casefold() in _PRONOUNS:
        return False
    return _RELATIVE_BEFORE.search(text, max(0, start - 40), start) is not None


def _person_relative(text: str, start: int, end: int, register: str) -> bool:
    """Whether the usted/ustedes verb at [start, end) is the verb of a relative whose subject is a
    person named before it ("las parejas que reserven"): see studio.text.address_cues."""
    if register not in ("usted", "ustedes") or text[start:end].casefold() in _PRONOUNS:
        return False
    return person_relative(text, start)


#: an object pronoun just before a word: an affirmative command never has one ("recógela"), so
#: "la recoge", "lo prueba" are the present's third person (usted or someone else), not a tú command
_PROCLITIC = compiled.pattern(
    r"(?<![\p{L}])(?:lo|la|los|las|le|les|se|me|nos|te)\s+\Z", regex.IGNORECASE | regex.VERSION1
)


def _proclitic_present(text: str, start: int, end: int, register: str) -> bool:
    """Whether the tú command word at [start, end) has an object pronoun before it ("la recoge")."""
    word = text[start:end].casefold()
    if register != "tú" or " " in word or word.endswith(("s", "ti", "tú", "contigo")):
        return False
    return _PROCLITIC.search(text, max(0, start - 6), start) is not None


def _own_subject_after(text: str, start: int, end: int, register: str) -> bool:
    """Whether the usted/ustedes verb at [start, end) has its own subject after it ("que venga
    quien…", "para que pruebe todo el mundo"): see studio.text.reader_clauses."""
    if register not in ("usted", "ustedes") or text[start:end].casefold() in _PRONOUNS:
        return False
    return " " not in text[start:end].strip() and subject_after(text, start, end)


@dataclass(frozen=True)
class Marker:
    register: str
    start: int
    end: int
    text: str


@lru_cache(maxsize=16)
def _patterns(language: str) -> list[tuple[str, regex.Pattern[str]]]:
    out = []
    for register, words in MARKERS.get(language, {}).items():
        alternation = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
        flags = regex.VERSION1 | (0 if register in _CASED else regex.IGNORECASE)
        out.append((register, compiled.pattern(rf"(?<![\p{{L}}])(?:{alternation})(?![\p{{L}}])", flags)))
    return out


def formality_markers(text: str, language: str) -> list[Marker]:
    """Every marker of a register in ``text``, in text order (overlaps resolved longest first).

    Paragraphs are read (and cached) one by one, so editing one paragraph re-reads only it.
    """
    out: list[Marker] = []
    offset = 0
    opening = True  # the field's first paragraph, or the first after a salutation ("¡Hola, Ana!")
    for paragraph in text.split("\n\n"):
        for m in _markers(paragraph, language, first=opening):
            out.append(Marker(m.register, m.start + offset, m.end + offset, m.text) if offset else m)
        opening = opening and not offset and salutation(paragraph)
        offset += len(paragraph) + 2
    if any(m.register == "ustedes" and not _is_dative_se(m.text) for m in out):
        # the field speaks to "ustedes" elsewhere: its "se lo entregamos" is theirs, not usted's
        out = [Marker("ustedes", m.start, m.end, m.text) if _is_dative_se(m.text) else m for m in out]
    return out


@lru_cache(maxsize=4096)
def _markers(text: str, language: str, first: bool = False) -> tuple[Marker, ...]:
    """The markers of one paragraph; ``first``: it opens its field (an opening "su" is the reader's)."""
    found: list[Marker] = []
    taken: list[tuple[int, int]] = []
    candidates = [
        (m.start(), m.end(), register)
        for register, pattern in _patterns(language)
        for m in pattern.finditer(text)
    ]
    if language == "pt":
        candidates += senhor_vocative(text)  # "Corra, senhora, que acaba hoje"
        candidates += senhor_contracted(text)  # "a equipe do senhor", "feito pela senhora"
    if language == "es":
        candidates += [
            (m.start(), m.end(), "ustedes" if m.group("plural") else "usted")
            for m in _JOINED_SE.finditer(text)
        ]
        candidates += [
            (m.start(), m.end(), "ustedes" if m.group("plural") else "usted") for m in _LE_WE.finditer(text)
        ]
        candidates += _shaped_usted(text)
        candidates += conditional_usted(text)
        candidates += clause_commands(text)  # the verb's own form at a clause's opening
        candidates += le_feels(text)  # "¿Le da miedo…?", "Si le interesa…"
        candidates += asked_usted(text)  # "¿Busca un regalo?", "Si tiene dudas, …"
        candidates += can_usted(text)  # "Ahora puede reservar…"
        candidates += vosotros_pronouns(text)  # "os lo dejamos", "vuestro pedido"
        candidates += joined_vos(text)  # "Compralo acá", "Pedilo ya" (studio.text.vos_joined)
        if first:  # "Del 17 al 30 de mayo, su abono…"; "su" of "ustedes" where the text speaks to them
            plural = any(register == "ustedes" for _, _, register in candidates)
            candidates += [(a, b, "ustedes" if plural else r) for a, b, r in opening_su(text)]
        if not _speaks_to_ustedes(text, candidates):
            # "se lo ponemos fácil", "se la enviamos": we do it for you (usted; to "ustedes" in a
            # text whose own forms speak to them: "Tráiganlo y se lo entregamos")
            # (ahead of studio.text.usted_forms.dative_se's reading of the same words, which it overrides)
            candidates[:0] = [(m.start(), m.end(), "usted") for m in _SE_LO_WE.finditer(text)]
            candidates += [(m.start(), m.end(), "usted") for m in _LO_PUEDE.finditer(text)]
    impersonal = _impersonal_spans(text, language)
    for start, end, register in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        if any(start < b and a < end for a, b in taken):
            continue
        if any(a <= start and end <= b for a, b in impersonal):
            continue
        if _not_the_reader(text, start, end, register):
            continue
        if language == "es" and _SUBJECT_BEFORE.search(text[max(0, start - 60) : start]):
            continue
        if language == "es" and _relative_verb(text, start, end, register):
            continue
        if language == "es" and _person_relative(text, start, end, register):
            continue
        if language == "es" and _proclitic_present(text, start, end, register):
            continue
        if language == "es" and _own_subject_after(text, start, end, register):
            continue
        # German "Sie" at a sentence start is ambiguous (she/they); skip it
        if register == "Sie" and (start == 0 or text[:start].rstrip().endswith((".", "!", "?", "\n"))):
            continue
        taken.append((start, end))
        found.append(Marker(register, start, end, text[start:end]))
    found.extend(_possessives(text, language, found, taken))
    # a sentence in another language holds no marker of this one (French "vos", Portuguese "compre")
    found = [m for m in found if not foreign_sentence(text, m.start, language)]
    return tuple(sorted(found, key=lambda m: m.start))


def _speaks_to_ustedes(text: str, candidates: list[tuple[int, int, str]]) -> bool:
    """Whether a form of the text's own speaks to "ustedes" (a verb, a pronoun, a joined command):
    the "se lo" of "se lo entregamos" is not one, being the pronoun of usted and ustedes alike."""
    return any(register == "ustedes" and not _is_dative_se(text[a:b]) for a, b, register in candidates)


def _is_dative_se(words: str) -> bool:
    return words[:3].casefold() == "se "


#: before a subjunctive: the tú/vosotros reader as its object ("que os escriba", "que te cuente": the
#: subject is someone else; "que nos escriba" is still usted) or a time clause
#: of a recipe or a process ("hasta que haga espuma", "en cuanto hierva")
_NOT_USTED_BEFORE = compiled.pattern(
    r"(?<![\p{L}])(?:(?:te|os)|(?:(?:hasta|antes\s+de|despu[eé]s\s+de|una\s+vez)\s+que|en\s+cuanto|"
    r"apenas))\s+\Z",
    regex.IGNORECASE,
)
#: "y lo puede sacar en recepción", "la puede cambiar en tienda": "can" with its object before it,
#: no subject named: the reader, as usted; not after a third person named in the sentence ("si un
#: socio pierde la tarjeta, la puede pedir de nuevo") nor after a "que" ("el turno que lo puede…")
_LO_PUEDE = compiled.pattern(
    r"(?:(?<=[.!?¡¿:;,\n]\s*)|(?<=\by\s)|^)"
    # (a noun after a preposition is no subject: "con el código X, y lo puede sacar")
    r"(?<!(?:(?<!\b(?:con|de|del|en|a|al|por|para|sin|desde|hasta|sobre)\s)"
    r"\b(?:el|la|un|una|cada|su|sus|los|las|tu|tus|mi|mis|nuestro|nuestra|que|quien)\s+\p{L}+|\b(?:él|ella|ellos|ellas|que|quien)\b)[^.!?\n]{0,60})"
    r"(?:lo|la|los|las|le|les)\s+(?:puede|podrá|podra)\s+\p{Ll}+(?:ar|er|ir)(?:lo|la|los|las|le)?(?![\p{L}])",
    regex.IGNORECASE | regex.VERSION1,
)
#: "se lo ponemos", "se las enviamos": "se" stands for "le" (to you, usted) before "we" do it; not
#: after a third person named in the sentence ("si un cliente lo pide, se lo enviamos")
_SE_LO_WE = compiled.pattern(
    r"(?<![\p{L}])(?<!(?:\b(?:el|la|un|una|cada|su|sus|los|las|tu|tus|mi|mis|nuestro|nuestra)\s+\p{L}+|\b(?:él|ella|ellos|ellas)\b)[^.!?\n]{0,60})"
    r"se\s+(?:lo|la|los|las)\s+\p{Ll}+(?:amos|emos|imos)(?![\p{L}])"
    r"(?!(?:\s+\p{Ll}+)?\s+a\s+(?:tu|tus|su|sus|la|el|los|las|quien|cada|(?-i:\p{Lu})))",  # "… a tu madre"
    regex.IGNORECASE | regex.VERSION1,
)
#: "le recordamos", "les enviamos": "we" do something to "you" (usted / ustedes), the pronoun
#: opening its clause; not after a third person named in the sentence ("si tu perro se porta bien,
#: le regalamos una galleta") nor before the person it stands for ("le regalamos a tu madre")
_LE_WE = compiled.pattern(
    r"(?:(?<=[.!?¡¿:;,\n]\s*)|(?<=\by\s)|^)"
    r"(?<!(?:\b(?:el|la|un|una|cada|su|sus|los|las|tu|tus|mi|mis|nuestro|nuestra)\s+\p{L}+|\b(?:él|ella|ellos|ellas)\b)[^.!?\n]{0,80})"
    r"le(?P<plural>s)?\s+\p{Ll}{3,}(?:amos|emos|imos)(?![\p{L}])"
    r"(?!(?:\s+\p{Ll}+)?\s+a\s+(?:tu|tus|su|sus|la|el|los|las|quien|cada|(?-i:\p{Lu})))",
    regex.IGNORECASE | regex.VERSION1,
)
#: (an emoji ends a sentence in social copy: "Así quedó el taller 💛 Comparta su foto")
_CLAUSE_OPENING = compiled.pattern(r"(?:\A|[.!?¡¿\n:;,(\-–—]|\p{So}[\uFE0F\u200D]*|(?i:\by))\s*\Z")
#: "apúntese", "inscríbase", "anímese": an imperative with "se" joined (written accent, "-ese"/"-ase")
#: speaks to usted ("-ense"/"-anse" to ustedes); the tú form joins "te" ("apúntate")
_JOINED_SE = compiled.pattern(
    r"(?<![\p{L}])(?=\p{L}*[áéíóú])\p{L}{2,}?(?:(?P<plural>[ea]nse)|(?<!n)[ea]se)(?![\p{L}])",
    regex.IGNORECASE | regex.VERSION1,
)


#: a clause's opening for a verb told by its shape only: the text's or a line's start, "¡", or a
#: sentence or clause stop and a space (not a hyphen inside a word or a link: "vuelta-al-cole")
_OPENS = compiled.pattern(r"(?:\A|[\n¡¿]|[.!?:;,—–]\s|\s[-—–]\s)\s*\Z")
_LONG_WORD = compiled.pattern(r"(?<![\p{L}])\p{L}{4,}(?![\p{L}])")
#: "no" and a pronoun before a verb at a clause's opening ("¡No lo deje pasar!", "No se la pierda")
_NEGATED = compiled.pattern(
    r"(?<![\p{L}])no\s+(?:(?:se|me|nos|le|les|lo|la|los|las)\s+){1,2}(?P<verb>\p{L}{4,})(?![\p{L}])",
    regex.IGNORECASE,
)


#: usted imperatives that are also common nouns ("el pase trimestral", "la sede", "un saque", "un
#: abra"): at a clause's opening they speak to the reader only before what follows a verb — a
#: preposition, an article, a pronoun or possessive, an adverb — or at the clause's end
_NOUN_HOMOGRAPHS = frozenset({"pase", "sede", "saque", "deje", "abra", "celebre", "cambie"})
_VERB_FOLLOWER = compiled.pattern(
    r"\s*(?:[.!?,;:)\n]|\Z|(?:por|a|al|y|e|hoy|ya|ahora|aqu[ií]|ac[aá]|adelante|usted|ustedes|su|sus|el|la|"
    r"los|las|lo|le|les|un|una|unos|unas|este|esta|estos|estas|m[aá]s|pronto|antes|en|con|sin|nuestro|"
    r"nuestra|nuestros|nuestras|tranquilo|tranquila|cuanto|ese|esa)(?![\p{L}]))",
    regex.IGNORECASE,
)


#: a preposition and a price after the word: "Pase a $ 30.000", "Pase por 25 euros", "Pase desde
#: $ 90" — a verb of motion goes to a place or an infinitive, a thing is sold at a price
_AT_A_PRICE = compiled.pattern(
    r"\s*(?:a|al|por|desde|en)\s+(?:(?:solo|s[oó]lo|apenas|tan\s+solo)\s+)?"
    r"(?:[$€£]|R\$|US\$|(?:COP|MXN|ARS|USD|EUR|CLP|PEN|UYU)\b|\d[\d.,]*\s*(?:€|(?:pesos|euros|d[oó]lares|reales|mil)\b))",
    regex.IGNORECASE,
)


def _noun_reading(text: str, start: int, end: int) -> bool:
    """Whether the imperative-looking word at [start, end) reads as a noun here ("Pase trimestral",
    "Sede Palermo", "Sede o app", "Pase a $ 30.000"): one of the noun homographs, with no verb's
    follower after it, or with a preposition and a price after it (a thing's price)."""
    if text[start:end].casefold() not in _NOUN_HOMOGRAPHS:
        return False
    return not _VERB_FOLLOWER.match(text, end) or bool(_AT_A_PRICE.match(text, end))


def _shaped_usted(text: str) -> list[tuple[int, int, str]]:
    """Usted imperatives told by their shape (studio.text.usted_forms): a pronoun joined with its
    accent anywhere and "no" + pronoun + verb. (A bare form at a clause's opening is read by
    studio.text.commands, from the verb table.)"""
    out: list[tuple[int, int, str]] = []
    for m in _LONG_WORD.finditer(text):
        if named(text, m.start()):
            continue  # "en Balneario Los Médanos": a name, not a command
        if joined_usted(m.group()):
            out.append((m.start(), m.end(), "usted"))
        elif joined_ustedes(m.group()):  # "Regálenles", "Pídanlo": the plural "you"
            out.append((m.start(), m.end(), "ustedes"))
        elif _CLAUSE_OPENING.search(text[max(0, m.start() - 30) : m.start()]) and unaccented_joined_usted(
            m.group()
        ):  # "Inscribase", "Pidala": the accent dropped
            out.append((m.start(), m.end(), "usted"))
    out.extend(dative_se(text))  # "se lo ponemos fácil": we do it for you, usted or ustedes
    for m in _NEGATED.finditer(text):
        if _CLAUSE_OPENING.search(text[max(0, m.start() - 30) : m.start()]) and negated_usted(
            m.group("verb")
        ):
            out.append((m.start(), m.end(), "usted"))
    return out


def _not_the_reader(text: str, start: int, end: int, register: str) -> bool:
    """A usted form that speaks of someone else, or "o senhor" as a title ("o senhor Antônio", "O
    Senhor dos Anéis")."""
    if register == "usted":
        return not _addresses(text, start, end)
    return register == "o senhor" and senhor_as_title(text, end)


def _addresses(text: str, start: int, end: int) -> bool:
    """Whether an usted marker at [start, end) speaks to the reader (see _NOT_USTED_BEFORE and
    _OPENING_VERBS)."""
    before = text[max(0, start - 30) : start]
    if _NOT_USTED_BEFORE.search(before):
        return False
    if text[start:end].casefold() in _INTERJECTIONS and _INTERJECTION_AFTER.match(text, end):
        return False  # "¡Venga, que se acaba!", "Vaya, qué suerte": an interjection
    if text[start:end].casefold() not in _OPENING_VERBS:
        return True
    before = _NEGATION_TAIL.sub("", before)  # "No pague de más": the "no" opens with it
    before = TIME_FRONT.sub("", before)  # "Esta Navidad regale…": a time fronted before it
    return bool(_CLAUSE_OPENING.search(before)) and not _noun_reading(text, start, end)


#: usted forms used as interjections, and what follows one ("¡Venga!", "Venga, que…", "Vaya…")
_INTERJECTIONS = frozenset({"venga", "vaya"})  # ("Oiga", "Mire" address usted even so)
_INTERJECTION_AFTER = compiled.pattern(r"\s*(?:[,!¡…]|\.\.\.|\Z|y\s+ya\b|ya\s*[,!])", regex.IGNORECASE)
_NEGATION_TAIL = compiled.pattern(
    r"(?<![\p{L}])no\s+(?:(?:se|me|nos|le|les|lo|la|los|las)\s+){0,2}\Z", regex.IGNORECASE | regex.VERSION1
)


#: weather: "hacer" with a weather noun has no person ("haga sol o llueva", "haga frío o calor",
#: "aunque haga mal tiempo"), nor have the weather verbs ("llueva o truene", "nieve")
_WEATHER = compiled.pattern(
    r"(?<![\p{L}])(?:haga|hiciera|hiciese)\s+(?:(?:mucho|mucha|un|buen|mal|tanto|tanta)\s+)?"
    r"(?:sol|fr[ií]o|calor|viento|tiempo|bueno|malo|fresco|bochorno|niebla)(?![\p{L}])",
    regex.IGNORECASE,
)


def _impersonal_spans(text: str, language: str) -> list[tuple[int, int]]:
    if language != "es":
        return []
    spans = [(m.start(), m.end()) for m in _REDUPLICATED.finditer(text)]
    return spans + [(m.start(), m.end()) for m in _WEATHER.finditer(text)]


def _possessives(text: str, language: str, found: list[Marker], taken: list[tuple[int, int]]) -> list[Marker]:
    """ "su"/"sus" as markers of a register, in sentences that already carry a sure marker of it."""
    out: list[Marker] = []
    for register, pattern in _POSSESSIVES.get(language, {}).items():
        for sentence in _SENTENCE.finditer(text):
            a, b = sentence.span()
            if not any(m.register == register and a <= m.start < b for m in found):
                continue
            for m in pattern.finditer(text, a, b):
                if not any(m.start() < y and x < m.end() for x, y in taken):
                    out.append(Marker(register, m.start(), m.end(), m.group()))
    return out


def dominant_register(texts: list[str], language: str) -> str | None:
    """The register most markers across ``texts`` use, or None when there are none."""
    counts = Counter(m.register for t in texts for m in formality_markers(t, language))
    return counts.most_common(1)[0][0] if counts else None
