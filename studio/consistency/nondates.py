"""Words the date reader takes for dates that are none of the offer's: counts, ordinals and the
weekly deadline of another action.

The date reader (:mod:`studio.consistency.dates`) reads "hasta 8" as the 8th and "até segunda" as
Monday, the end of something. Three kinds of copy say neither:

- **a count** — a bare number after "hasta"/"até", or a bare range of numbers ("de 4 a 8"), with
  no month, no article and no weekday, after the noun of what is counted or (after "hasta") a
  preposition, or before a counted noun: "Grupos de hasta 8", "cabañas para hasta 6", "Capacidad:
  hasta 12", "turmas de até 8", "grupos de 4 a 8", "juegos de 2 a 8 jugadores". Spanish and
  Portuguese write an end day with an article or "día" ("hasta el 8", "até o dia 8") or a month
  ("hasta 8 de junio"); a bare number after a counted noun is how many;
- **an ordinal** — Portuguese names weekdays by ordinals ("segunda" is Monday and "second"):
  "até segunda ordem" (until further notice), "a quinta parcela" name no weekday. A weekday word
  followed by a noun is the ordinal;
- **a weekly deadline of another action** — "você pode trocar itens até segunda às 20h", "dá para
  incluir extras até segunda à noite", "troca itens até segunda e recebe na quarta", "you can swap
  items until Monday, every week", "Pedidos até terça às 12h": a weekday alone (no day number) as
  the deadline of changing, adding or skipping something, of a weekly round of orders, or of a
  cycle that repeats (a recurrence word, another weekday after it), in a clause (up to a colon
  after it) that holds no offer word nor offer fact (a percentage, a code).
  "QUINTAL20 até domingo", "Promo válida hasta el lunes", "20 % off until Monday" stay the offer's
  end.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from studio import compiled
from studio.consistency.clock_ranges import hours_range, weekday_hours
from studio.consistency.facts import DateValue, Fact, FactKind, _fold

#: nouns of what is counted (folded), a few words before the number: "grupos de hasta 8"
_COUNTED = frozenset(
    str.split(
        """
        grupo grupos mesa mesas persona personas pessoa pessoas people person plaza plazas lugar
        lugares vaga vagas cupo cupos capacidad capacidade capacity aforo alumno alumnos aluno
        alunos alumna alumnas student students estudiante estudiantes participante participantes
        participant participants invitado invitados convidado convidados guest guests jugador
        jugadores jogador jogadores player players nino ninos crianca criancas kid kids chicos
        adulto adultos adults integrantes miembros socios members turma turmas asiento asientos
        assento assentos seat seats cama camas habitacion habitaciones quarto quartos room rooms max
        maximo maxima maximum comensales equipo equipos time times team teams cuotas parcelas pagos
        payments installments meses months unidades units itens items articulos productos
        """
    )
)
#: prepositions that make a bare number after "hasta" a count: "para hasta 6", "com até 4", "de hasta 8"
_FOR = frozenset({"para", "pra", "con", "com", "for", "with", "de"})
#: a bare number after an until word, or a bare range of numbers (no article, no "día", no month)
_BARE = compiled.pattern(
    r"(?:hasta|até|ate|de|desde|entre|from|do|das)\s+\d{1,2}(?:\s*(?:a|al|y|e|to|-|–|—)\s*\d{1,2})?\.?",
    regex.IGNORECASE,
)
_WORD = compiled.pattern(r"\p{L}+")

#: what may follow a Portuguese weekday (folded): anything else after it is the noun of an ordinal
_AFTER_WEEKDAY = frozenset(
    str.split(
        """
        e ou a as o os de da do das dos no na pela pelo que para pra com ate feira dia proxima
        proximo passada passado agora mesmo cedo tarde noite manha meio
        """
    )
)
#: Portuguese weekdays that are also ordinals (folded)
_ORDINALS = frozenset({"segunda", "terca", "quarta", "quinta", "sexta"})

#: verbs of changing what one gets, not of buying it (folded stems): "trocar", "incluir", "swap";
#: and the orders of a weekly round
_CHANGE = compiled.pattern(
    r"\b(?:troc|trueq|cambi|camb|swap|chang|exchang|edit|modific|alter|inclu|agreg|anad|sum[ae]|acrescent|"
    r"adicion|add|quit|remov|tir[ae]|pausa|paus|skip|salt|pul|cancel|elig|elej|escolh|choos|pick|personaliz|"
    r"customi|confirm|ajust)\p{L}*"
    # the orders of a weekly round, as a noun: "Pedidos até terça às 12h", "Orders placed until Friday"
    r"|\b(?:pedidos|encomendas|orders)\b"
)
#: a recurrence: "por semana", "cada semana", "toda semana", "every week", "weekly", "semanal"
_RECURRENCE = compiled.pattern(
    r"\b(?:por|cada|toda|todas\s+as|todas\s+las|todos\s+los|every|each|per|once\s+a|twice\s+a)\s+"
    r"(?:semanas?|week|weeks)\b"
    r"|\b(?:semanal\p{L}*|weekly)\b"
)
#: a code-shaped word (capitals and digits): "QUINTAL20"
_CODE = compiled.pattern(r"(?<!\w)(?=[\p{Lu}\d]*\d)\p{Lu}[\p{Lu}\d_-]{2,29}(?!\w)")


def not_a_date(text: str, start: int, end: int, value: DateValue, locale: str, facts: Sequence[Fact]) -> bool:
    """Whether the date read at ``text[start:end]`` is a count, an ordinal or another action's weekly
    deadline (see the module docstring); ``facts`` are the facts read before the dates (links,
    prices, percentages)."""
    if value.month:
        return False
    if value.day and value.weekday is None:
        return _count(text, start, end) or hours_range(text, start, end, locale)
    if value.day and weekday_hours(text, start, end, locale):
        return True  # "Tuesday to Saturday, 10 to 6": hours of the day
    if value.day or value.weekday is None or value.role != "end":
        return False
    return _ordinal(text, end, locale) or _deadline(text, start, end, locale, facts)


def _count(text: str, start: int, end: int) -> bool:
    """A bare number (or range of numbers) after the noun of what is counted (see the docstring)."""
    if not _BARE.fullmatch(text, start, end):
        return False
    before = [_fold(w) for w in _WORD.findall(text[max(0, start - 40) : start])]
    clause = regex.split(r"[.!?;\n]", text[max(0, start - 40) : start])[-1]
    near = [_fold(w) for w in _WORD.findall(clause)][-4:]
    until = _fold(text[start:end]).startswith(("hasta", "ate"))
    if until and before and before[-1] in _FOR:
        return True  # "mesas para hasta 6", "grupos de hasta 8", "turmas de até 8"
    following = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if following is not None and _fold(following.group()) in _COUNTED:
        return True  # "juegos de 2 a 8 jugadores"
    return any(w in _COUNTED for w in near)


def _ordinal(text: str, end: int, locale: str) -> bool:
    """A Portuguese weekday word followed by a noun: "até segunda ordem"."""
    if not locale.lower().startswith("pt"):
        return False
    words = _WORD.findall(text[max(0, end - 14) : end])
    if not words or _fold(words[-1]) not in _ORDINALS or text[end : end + 1] == "-":
        return False
    after = regex.match(r"[ \u00a0]+(\p{L}+)", text[end : end + 30])
    return after is not None and _fold(after.group(1)) not in _AFTER_WEEKDAY


def _deadline(text: str, start: int, end: int, locale: str, facts: Sequence[Fact]) -> bool:
    """A weekday alone as the deadline of changing something, or of a weekly cycle, in a clause
    with no offer word nor offer fact (see the module docstring)."""
    from studio.consistency.context import _words, clause_of

    first, last = clause_of(text, start, end)
    colon = text.find(":", end, last)  # "até segunda à noite: ovos a R$ 18,00…" lists other things
    last = colon if colon >= 0 else last
    words = _fold(text[first:start] + " " + text[end:last])
    if _words(locale.split("-")[0].lower(), True).search(words) or "%" in text[first:last]:
        return False
    if _CODE.search(text, first, last) or any(
        f.kind is FactKind.PERCENT and first <= f.start < last for f in facts
    ):
        return False
    later = _fold(text[end:last])
    return bool(_CHANGE.search(words) or _RECURRENCE.search(words) or _another_weekday(later, locale))


def _another_weekday(after: str, locale: str) -> bool:
    """Whether a weekday is named after the deadline in its clause ("e recebe na quarta")."""
    from studio.consistency.dates import _wide_days

    days = _wide_days(locale.split("-")[0].lower())
    return any(w in days for w in regex.findall(r"\p{L}+", after))
