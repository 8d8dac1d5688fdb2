"""The names of the parts of a piece of copy, as an editor's note or a template's slot names them.

A placeholder is often a note naming the part still to write ("Acá va el titular", "Legenda do
carrossel — Bia manda", "[Claim]"): these are the parts' names, folded (lower case, no accents).
"""

from __future__ import annotations

#: the parts of a layout a slot is left for ("Aquí va el código: OTONO15" is copy; "Acá va el titular" is not)
LAYOUT_PARTS = frozenset(
    [
        "titular",
        "titulo",
        "subtitulo",
        "texto",
        "foto",
        "fotos",
        "imagen",
        "imagenes",
        "logo",
        "enlace",
        "link",
        "cita",
        "copy",
        "boton",
        "cta",
        "headline",
        "title",
        "subtitle",
        "text",
        "image",
        "photo",
        "picture",
        "quote",
        "button",
        "legenda",
        "caption",
        "imagem",
        "texto",
        # the editorial names of a piece of copy ("Aquí va el claim", "Chamada principal aqui")
        "claim",
        "slogan",
        "eslogan",
        "lema",
        "tagline",
        "chamada",
        "manchete",
        "bajada",
        "entradilla",
        "antetitulo",
        "cabecera",
        "encabezado",
        "asunto",
        "preheader",
        "hed",
        "dek",
        "kicker",
        "lede",
        "subhead",
        "subheadline",
        "bodycopy",
        "titol",
        "titre",
        "titolo",
        "accroche",
        "frase",
        "descripcion",
        "descricao",
        "body",
        "cuerpo",
        "corpo",
        "uberschrift",
        "bild",
        # the parts of a post ("Acá va el gancho", "Here goes the hook")
        "gancho",
        "hook",
        "remate",
        "intro",
        "outro",
        "hashtags",
    ]
)


#: more parts an instruction line may name ("Insert subject line", "Escribe el asunto")
MORE_PARTS = frozenset(
    [
        "asunto",
        "cuerpo",
        "descripcion",
        "precio",
        "subject",
        "body",
        "description",
        "price",
        "preco",
        "titulo",
        "legenda",
    ]
)


#: every part's name an instruction or a status may name
ALL_PARTS = LAYOUT_PARTS | MORE_PARTS
