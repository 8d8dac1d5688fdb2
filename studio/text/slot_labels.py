"""Two more shapes of draft (used by :func:`studio.text.draft_notes.draft_notes`), read by their grammar:

- **an editor's check written in capitals**: an editor's verb of checking or fixing in the
  infinitive (Spanish, Portuguese) or bare (English), what to check, and with whom or its status,
  every letter a capital, in brackets or in the running text ("(VERIFICAR HORARIO CON DANIELA)",
  "REVISAR CIFRA JUNTO A PAULO", "[CHECK FIGURE WITH LEGAL]", "(PRECIO POR CONFIRMAR)"); in
  capitals the colleague's name cannot be told by its capital, so it is told by not being a common
  word of the language (a customer's "REVISA TU PEDIDO CON EL CÓDIGO" names a thing, and a reader's
  possessive — tu, su, seu, your — marks copy);
- **a check in the infinitive on a fact of the copy, in brackets**: "(confirmar horario)", "[revisar
  el precio]", "(atualizar valor)": the verb opens the bracket and its object is a fact the copy
  states (a price, a date, a figure, a link, a part of the layout); "(consultar condiciones)" and
  "(confirmar asistencia)" speak to the reader;
- **a slot's label standing alone on its line**: the name of a part of the layout, the piece it
  sits in, a preposition between them and "here" at most ("TÍTULO DEL AFICHE", "Texto do botão",
  "Subject line here", "Imagen de portada (pendiente)"); a line with any other word ("Foto del
  equipo", "Texto legal") is copy.

Each reader starts with a cheap test of the characters its shape needs.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled
from studio.text.layout_parts import ALL_PARTS

#: an editor's verbs of checking, fixing or approving, in the infinitive (Spanish, Portuguese) or bare
#: (English); not the reader's "consultar", "ver", "reservar"
_CHECK_INFINITIVE = (
    r"confirmar|reconfirmar|revisar|verificar|chequear|checar|conferir|validar|corregir|corrigir|ajustar"
    r"|actualizar|atualizar|cambiar|trocar|definir|aprobar|aprovar|cotejar|contrastar|rever"
)
_CHECK = rf"{_CHECK_INFINITIVE}|confirm|double-check|check|verify|validate|approve|review|update|fix"
#: what tells a note: with whom ("con", "com", "with", "junto a"), or a status
_WITH = r"con|com|with|w/|junto\s+a|junto\s+com|c/"
_STATUS = (
    r"pendientes?|pendentes?|pending|tbd|tbc|todo|falta|faltan|faltam|por\s+confirmar|a\s+confirmar"
    r"|por\s+definir|a\s+definir|to\s+be\s+confirmed|sin\s+confirmar|sem\s+confirmar|unconfirmed"
)
#: a reader's possessive or a pronoun: what follows "con" in copy ("con tu tarjeta", "com a gente")
_READERS = frozenset(
    [
        "tu",
        "tus",
        "su",
        "sus",
        "vuestro",
        "vuestra",
        "vuestros",
        "vuestras",
        "nuestro",
        "nuestra",
        "nuestros",
        "nuestras",
        "seu",
        "sua",
        "seus",
        "suas",
        "teu",
        "tua",
        "nosso",
        "nossa",
        "your",
        "our",
        "you",
        "us",
        "nosotros",
        "nosotras",
        "ustedes",
        "usted",
        "vos",
        "ti",
        "voce",
        "voces",
        "gente",
        "ellos",
        "ellas",
        "eles",
        "elas",
        "them",
    ]
)
#: an article before the colleague's name ("com a Letícia", "con el Pato")
_ARTICLE = r"(?P<article>(?:EL|LA|LOS|LAS|O|A|OS|AS|THE|AL|AO|À)\s+)?"
_UPPER_WORD = r"\p{Lu}[\p{Lu}'’-]*"
#: the check in capitals, in brackets or alone, and with whom or its status
_CAPS_CHECK = compiled.pattern(
    rf"(?<![\p{{L}}\p{{N}}])(?i:{_CHECK})(?![\p{{L}}])(?:\s+{_UPPER_WORD}){{0,5}}?\s+"
    rf"(?:(?i:{_WITH})\s+{_ARTICLE}(?P<who>{_UPPER_WORD}(?:\s+{_UPPER_WORD})?)"
    rf"|(?P<status>(?i:{_STATUS})))(?![\p{{L}}])",
    regex.VERSION1,
)
#: a fact still to check, then its status in capitals: "PRECIO POR CONFIRMAR", "DATA A DEFINIR"
_CAPS_STATUS = compiled.pattern(
    rf"[(\[]\s*(?:{_UPPER_WORD}\s+){{1,3}}(?:POR|A|SIN|SEM|TO\s+BE|NOT)\s+(?i:{_CHECK})\s*[)\]]",
    regex.VERSION1,
)
#: the facts a copy states, which an editor checks ("confirmar horario", "revisar el precio")
_FACTS = (
    r"precios?|pre[cç]os?|valor|valores|importe|monto|fechas?|datas?|horas?|horarios?|hor[aá]rio|cifras?"
    r"|n[uú]meros?|dato|datos|dados|porcentaje|porcentagem|descuento|desconto|c[oó]digo|cup[oó]n|cupom"
    r"|enlace|link|url|direcci[oó]n|endere[cç]o|tel[eé]fono|telefone|nombre|nome|apellido|sobrenome"
    r"|stock|estoque|plazas|vagas|medidas|tallas|tamanhos|ortograf[ií]a|redacci[oó]n|reda[cç][aã]o|tildes|acentos"
)
_ARTICLES = r"(?:(?:el|la|los|las|o|a|os|as|este|esta|esse|essa|ese|esa)\s+)?"
_BRACKET_CHECK = compiled.pattern(
    rf"[(\[]\s*(?i:{_CHECK_INFINITIVE})\s+{_ARTICLES}(?P<what>\p{{L}}+)(?:\s+[^()\[\]\n]{{0,40}}?)?\s*[)\]]",
    regex.VERSION1,
)
_FACT = compiled.pattern(rf"(?i:{_FACTS})", regex.VERSION1)


def caps_checks(text: str) -> list[tuple[int, int]]:
    """Spans of an editor's check written in capitals, and of a check on a fact in brackets."""
    out: list[tuple[int, int]] = []
    if _TWO_CAPITALS.search(text):
        for m in _CAPS_CHECK.finditer(text):
            if m.group() != m.group().upper():
                continue  # (a sentence in lower case: other readers')
            who = m.group("who")
            if any(w.casefold() in _READERS for w in m.group().split()):
                continue  # (the reader's own: "CHECK YOUR BALANCE WITH …", "VERIFICA TU SALDO")
            if who is not None and not _a_colleague(who, m.group("article") or ""):
                continue
            out.append(_bracketed(text, *m.span()))
        out.extend(m.span() for m in _CAPS_STATUS.finditer(text))
    if "(" in text or "[" in text:
        out.extend(m.span() for m in _BRACKET_CHECK.finditer(text) if _FACT.fullmatch(m.group("what")))
    return out


_TWO_CAPITALS = compiled.pattern(r"\p{Lu}\p{Lu}", regex.VERSION1)


def _a_colleague(who: str, article: str) -> bool:
    """Whether a name in capitals after "con/com/with" may be a colleague's: not a reader's
    possessive or a pronoun, not a common word of Spanish, Portuguese or English (a thing: "CON EL
    CÓDIGO"), nor a thing after "the" ("WITH THE APP"); a team ("LEGAL", "DISEÑO", "RH") is a
    colleague."""
    first = who.split()[0].casefold()
    if first in _READERS or (article.strip() == "THE" and not _TEAM.fullmatch(first)):
        return False
    if _TEAM.fullmatch(first):
        return True
    return not _common(first)


_TEAM = compiled.pattern(
    r"legal|jur[ií]dico|dise[nñ]o|design|marketing|cliente|client|agencia|ag[eê]ncia|agency|rh|rrhh|hr"
    r"|ventas|vendas|sales|comercial|compliance|direcci[oó]n|dire[cç][aã]o",
    regex.VERSION1,
)


@lru_cache(maxsize=1024)
def _common(word: str) -> bool:
    from studio.text.language import _count, _frequencies

    return any(_count(_frequencies(lang), lang, word) >= _COMMON for lang in ("es", "pt", "en"))


#: how often a word is used to be a common word rather than a name (pyspellchecker's counts)
_COMMON = 20_000


def _bracketed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to its brackets when it stands inside a pair."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    if before.endswith(("(", "[")) and after.startswith((")", "]")):
        return len(before) - 1, len(text) - len(after) + 1
    return start, end


#: the pieces a part sits in, in the languages the studio writes
_PIECES = frozenset(
    [
        "afiche",
        "cartel",
        "cartaz",
        "cartazes",
        "poster",
        "banner",
        "flyer",
        "volante",
        "folheto",
        "panfleto",
        "anuncio",
        "ad",
        "aviso",
        "letrero",
        "post",
        "posteo",
        "postagem",
        "publicacion",
        "publicacao",
        "story",
        "stories",
        "reel",
        "reels",
        "carrusel",
        "carrossel",
        "carousel",
        "mailing",
        "email",
        "e-mail",
        "mail",
        "correo",
        "newsletter",
        "boletin",
        "boletim",
        "sms",
        "landing",
        "pagina",
        "page",
        "web",
        "site",
        "sitio",
        "portada",
        "capa",
        "cover",
        "pieza",
        "peca",
        "sign",
        "signage",
        "principal",
        "secundario",
        "secundaria",
        "pie",
        "rodape",
        "header",
        "footer",
        "hero",
        "tweet",
        "tuit",
        "campana",
        "campanha",
        "campaign",
        "promo",
        "boton",
        "botao",
        "button",
        "cta",
    ]
)
#: the words that may tie a part's name to its piece, or place it ("del", "do", "for the", "aquí")
_TIES = frozenset(
    [
        "de",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "la",
        "el",
        "o",
        "a",
        "the",
        "of",
        "for",
        "para",
        "pra",
        "al",
        "ao",
        "aqui",
        "aca",
        "here",
        "line",
        "linea",
        "linha",
        "go",
        "goes",
        "va",
        "vai",
    ]
)
#: a link's name opens a line that introduces the link below it ("Link de la landing")
_LINKS = frozenset({"link", "enlace", "url"})
_FOLD = str.maketrans("áéíóúüñçâêôãõà", "aeiouuncaeoaoa")
_LINE = compiled.pattern(
    r"(?m)^[^\S\n]*(?P<label>\p{L}+(?:[^\S\n]+[\p{L}-]+){1,5})[^\S\n]*(?:[(\[](?P<note>[^()\[\]\n]{1,40})[)\]])?[^\S\n]*:?[^\S\n]*$",
    regex.VERSION1,
)


#: a status in the brackets after a label ("(pendiente)", "(falta aprovar)", "[TBD]", "(draft)")
_NOTE_STATUS = compiled.pattern(
    rf"(?<![\p{{L}}])(?i:{_STATUS}|{_CHECK_INFINITIVE}|borrador|rascunho|draft|provisional|provis[oó]ri[oa]"
    r"|placeholder|wip|to\s+come|approval)(?![\p{L}])",
    regex.VERSION1,
)


def slot_labels(text: str) -> list[tuple[int, int]]:
    """Spans of lines that are a slot's label (see the module's docstring)."""
    if len(text) > 2000:
        return []  # (a label is a line of a short field or a paragraph's line; a long text is prose)
    out = []
    for m in _LINE.finditer(text):
        words = [w.casefold().translate(_FOLD) for w in m.group("label").split()]
        if words[0] not in ALL_PARTS or words[0] in _LINKS:
            continue
        if m.group().rstrip().endswith(":") and m.group("label") != m.group("label").upper():
            continue  # (a line introducing what follows: "Foto do dia:")
        if m.group("note") is not None and not _NOTE_STATUS.search(m.group("note")):
            continue  # a credit or a brief in the brackets ("(gentileza de Lola)"): other readers'
        rest = words[1:]
        if not any(w in _PIECES or w in ALL_PARTS or w in ("here", "aqui", "aca") for w in rest):
            continue
        if all(w in _PIECES or w in ALL_PARTS or w in _TIES for w in rest):
            out.append(m.span())
    return out
