"""More cues of who a Spanish text addresses, read by :mod:`studio.text.formality`.

- A subjunctive whose subject is a person named just before it, through a relative ("las parejas
  que reserven", "los clientes que compren", "a familias que vengan"), speaks of those people, not
  to the reader: no "ustedes"/"usted" (in Spain "ustedes" is formal, so it was a false "usted").
- Spain's informal plural told by its pronouns anywhere: "os" before a verb ("os lo dejamos fácil",
  "¿Os apuntáis?") and "vuestro/vuestra/vuestros/vuestras" — no other person writes them, so in a
  Latin American locale they are a defect however the verb is spelled ("preferís" is also voseo).
- "Su"/"Sus" opening a field, alone or after a fronted date or time ("Del 17 al 30
  de mayo, su abono de verano por 96 €", "Su pedido, en casa en 24 horas"): nobody is named before
  whose thing it could be, so it is the reader's, as usted.
- Portuguese "o senhor"/"a senhora" before a name is a title ("o senhor Antônio", "O Senhor dos
  Anéis"), not the reader.
- A sentence in a language of Spain with no word list (Catalan, Galician) that py3langid is sure
  of, with words of its own: no Spanish register in it ("Us expliquem el que més ens pregunten").
"""

from __future__ import annotations

import regex

from studio import compiled
from studio.prefilter import may_match

#: people a relative's subjunctive may have as its subject: the nouns copy names its customers by,
#: and the agent endings ("compradores", "estudiantes", "ciclistas")
_PERSON_NOUN = (
    r"(?:parejas?|novi[oa]s|clientes?|clientas?|familias?|personas?|gente|socios?|socias?|alumn[oa]s?|"
    r"niñ[oa]s?|peques|chic[oa]s?|jóvenes|jovenes|adult[oa]s?|mayores|menores|usuari[oa]s?|invitad[oa]s?|"
    r"vecin[oa]s?|amig[oa]s?|huéspedes|huespedes|pacientes?|empresas?|negocios?|pymes?|equipos?|grupos?|"
    r"viajer[oa]s?|inscrit[oa]s?|interesad[oa]s?|suscriptor[ea]s?|miembros?|primer[oa]s|últim[oa]s|ultim[oa]s|"
    r"madres?|padres?|abuel[oa]s?|herman[oa]s?|mascotas?|dueñ[oa]s?|propietari[oa]s?|hombres?|mujeres?|"
    r"todos|todas|aquell[oa]s|much[oa]s|poc[oa]s|\p{L}{3,}(?:dores|doras|ador|adora|antes|entes|istas))"
)
#: what may stand before such a noun: a determiner, a quantifier or a number, or a preposition
_PERSON_HEAD = (
    r"(?:(?:el|la|los|las|un|una|unos|unas|este|esta|estos|estas|esos|esas|aquellos|aquellas|cada|todos\s+los|"
    r"todas\s+las|muchos|muchas|pocos|pocas|algunos|algunas|varios|varias|nuestros|nuestras|nuestro|nuestra|"
    r"sus|tus|mis|\d+|a|para|con|entre|de)\s+(?:[\p{L}\p{N}]+\s+){0,2})"
)
_RELATIVE_PERSON = compiled.pattern(
    rf"(?<![\p{{L}}]){_PERSON_HEAD}{_PERSON_NOUN}(?:\s+\p{{L}}+)?\s+que\s+"
    r"(?:(?:no|ya|también|tambien|aún|aun)\s+)?(?:(?:se|le|les|lo|la|los|las|nos|me|te|os)\s+){0,2}\Z",
    regex.IGNORECASE | regex.VERSION1,
)


def person_relative(text: str, start: int) -> bool:
    """Whether the verb at ``start`` is the subjunctive of a relative whose subject is a person named
    before it ("las parejas que reserven", "para clientes que ya compren")."""
    return _RELATIVE_PERSON.search(text, max(0, start - 70), start) is not None


#: "os" before a verb (with "lo/la/los/las" between), and Spain's plural possessives
_VOSOTROS = compiled.pattern(
    r"(?<![\p{L}\p{N}@#/._-])(?:(?-i:[Oo]s)\s+(?:(?:lo|la|los|las)\s+)?(?=\p{Ll}{2,})"
    # (a word in "-s" after it is a verb only as "-mos", "-áis", "-éis", "-ís": Portuguese "os dias",
    # "os amigos", "os nossos" are an article and a noun)
    r"(?:\p{L}+(?:mos|[aáeéií]is|ís)|\p{L}*[^\P{L}s])"
    r"|vuestr[oa]s?)(?![\p{L}\p{N}_-])",
    regex.IGNORECASE | regex.VERSION1,
)


#: a vosotros command with its pronoun joined ("pedidla", "llamadnos", "apuntaos", "vestíos": the
#: "-d" drops before "os"; not "-eos", which nouns end in: "correos", "paseos", "sorteos"), and a
#: present ending in "-ís" ("venís", "preferís"), which is vosotros in Spain and vos where people
#: say "vos": each checked against the verb table
_JOINED = compiled.pattern(
    r"(?<![\p{L}])(?P<stem>\p{L}{2,}?)(?:(?P<vowel>[aei])d(?:lo|la|los|las|le|les|me|nos)|(?P<own>[aí])os)(?![\p{L}])",
    regex.IGNORECASE | regex.VERSION1,
)
_PRESENT_IS = compiled.pattern(r"(?<![\p{L}])(?P<stem>\p{L}{2,})ís(?![\p{L}])", regex.VERSION1)
#: what "-ís" words that are not verbs write ("París" reads as "parir")
_NOT_VERBS = frozenset({"parís", "anís", "país", "maís"})
#: the register of a form that is vosotros in Spain and vos where people say "vos" (see the check)
VOS_OR_VOSOTROS = "vos/vosotros"


def _vosotros_command(stem: str) -> bool:
    from studio.text.spanish_verbs import VOSOTROS, reading

    found = reading(stem)
    return found is not None and VOSOTROS in found.persons


def vosotros_pronouns(text: str) -> list[tuple[int, int, str]]:
    """(start, end, register) of each "os" + verb, "vuestro/a/os/as", vosotros command with a joined
    pronoun ("vosotros") and "-ís" present (:data:`VOS_OR_VOSOTROS`) in ``text``."""
    out = [(m.start(), m.end(), "vosotros") for m in _VOSOTROS.finditer(text)]
    for m in _JOINED.finditer(text):
        vowel = (m.group("vowel") or m.group("own")).casefold().replace("í", "i")
        if _vosotros_command(m.group("stem").casefold() + vowel + "d"):
            out.append((m.start(), m.end(), "vosotros"))
    for m in _PRESENT_IS.finditer(text):
        word = m.group().casefold()
        opening = not text[: m.start()].strip() or text[: m.start()].rstrip()[-1:] in ".!?¡¿\n"
        if word in _NOT_VERBS or (m.group()[:1].isupper() and not opening):
            continue
        if _vosotros_command(m.group("stem").casefold() + "id"):
            out.append((m.start(), m.end(), VOS_OR_VOSOTROS))
    return out


#: a date or a time fronted before a field's first words ("Del 17 al 30 de mayo,", "Este verano,",
#: "Hasta el domingo:", "Solo en junio —")
_FRONT = (
    r"(?:(?:del?|desde|hasta|hasta\s+el|el|este|esta|solo|sólo|en|a\s+partir\s+del?|ya|hoy|ahora)"
    r"(?:\s+(?!su\b|sus\b)[\p{L}\p{N}/.-]+){0,7}\s*[,:—–-]\s*)"
)
_SU_OPENING = compiled.pattern(
    # (or after an opening "si": "Si su celular se cayó…", whose "su" has no one else to be)
    rf"\A[\s¡¿\"«]*{_FRONT}?(?:si\s+)?(?P<su>su|sus)\s+(?=\p{{L}})",
    regex.IGNORECASE | regex.VERSION1,
)


#: a salutation alone on its paragraph ("¡Hola, Marta!", "Estimado cliente,", "Buenos días:"): what
#: follows it is the text's opening still
_SALUTATION = compiled.pattern(
    r"\A\s*¡?(?:(?:hola|buen[oa]s|estimad[oa]s?|querid[oa]s?|saludos|bienvenid[oa]s?|hey)(?![\p{L}])"
    r"[\p{L} ,.'’-]{0,36}[!,:]|[\p{L} .'’-]{2,40},)\s*\Z",  # (a headline ends with no comma)
    regex.VERSION1 | regex.IGNORECASE,
)


def salutation(paragraph: str) -> bool:
    """Whether ``paragraph`` is a salutation alone (see :data:`_SALUTATION`)."""
    return "\n" not in paragraph.strip() and _SALUTATION.match(paragraph) is not None


def opening_su(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "usted") of a "su/sus" opening ``text`` (a field), alone or after a fronted date
    or time."""
    return [(m.start("su"), m.end("su"), "usted") for m in _SU_OPENING.finditer(text)]


#: words of the languages of Spain that Spanish never writes (beyond studio.text.language's lists)
_OWN_WORDS = {
    "ca": frozenset(
        {"us", "ens", "més", "amb", "els", "perquè", "també", "fins", "gràcies", "vostra", "vostre"}
    ),
    "gl": frozenset({"vos", "grazas", "tamén", "moito", "moita", "unha", "coa", "polo", "pola", "nós"}),
}
_SURE = 0.95
_WORD = compiled.pattern(r"\p{L}+")


def other_language_of_spain(sentence: str) -> bool:
    """Whether py3langid is sure ``sentence`` is Catalan or Galician and two of its words are that
    language's own."""
    from studio.text.function_words import FUNCTION_WORDS
    from studio.text.language import second_opinion

    if len(sentence) < 20:
        return False
    found, probability = second_opinion(sentence, ())
    if found not in _OWN_WORDS or probability < _SURE:
        return False
    own = _OWN_WORDS[found] | FUNCTION_WORDS.get(found, frozenset())
    return sum(1 for w in _WORD.findall(sentence) if w.casefold() in own) >= 2


#: after "senhor"/"senhora": a name ("o senhor Antônio", "a senhora Lúcia") or a name's "de" with a
#: capital after it ("O Senhor dos Anéis", "Nossa Senhora de Fátima") — a title, not the reader
_TITLE_AFTER = compiled.pattern(r"\A[^\S\n]+(?:(?:de|do|da|dos|das)[^\S\n]+)?\p{Lu}", regex.VERSION1)


def senhor_as_title(text: str, end: int) -> bool:
    """Whether the Portuguese "senhor"/"senhora" ending at ``end`` is a title before a name (or part
    of one), not "you"."""
    return _TITLE_AFTER.match(text[end : end + 40]) is not None


#: "senhor"/"senhora" set off by punctuation, speaking to the reader: "Corra, senhora, que acaba
#: hoje", "Senhor, aproveite" — not a capitalised "Senhor" after a comma ("Obrigado, Senhor": the
#: Lord), not "o senhor" (a marker of its own) nor a title before a name
_VOCATIVE = compiled.pattern(
    r"(?:(?:(?<=\A\s*)|(?<=[!?.¡¿:;\n…]\s*))(?i:senhor|senhora|senhores|senhoras)"
    r"|(?<=,\s*)(?:senhor|senhora|senhores|senhoras))(?=\s*[,!?.…;:]|\s*\Z)",
    regex.VERSION1,
)


def senhor_vocative(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "o senhor") of each "senhor"/"senhora" said to the reader (see _VOCATIVE)."""
    if not may_match(_VOCATIVE, text):  # no "senhor" (studio.prefilter)
        return []
    return [(m.start(), m.end(), "o senhor") for m in _VOCATIVE.finditer(text)]
