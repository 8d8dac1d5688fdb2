"""Who a Spanish command speaks to: the imperative and present-subjunctive forms of every verb, per
person, as a table built once per machine.

The verbs come from simplemma's Spanish lemma list (each of its 820,000 forms names its lemma; a
lemma is a verb when it ends in -ar/-er/-ir and some of its forms are verbal: "-ando", "-ado",
"-aba"…). For each verb this module writes the forms a command takes — the tú and vos imperatives
("corre", "corré"), the usted and ustedes ones, which are the present subjunctive ("corra",
"corran"), and the negated tú one ("no corras") — with the spelling changes ("busque", "empiece",
"elija", "siga", "construya", "conozca"), stem changes ("vuele", "pida", "juegue") decided by which
forms the list holds for that verb, accent shifts ("esquíe", "actúe") and the irregular verbs
("haga"/"haz", "vaya"/"ve", "sea"/"sé"). A form two verbs or two persons share ("vende": tú of
vender, usted of vendar) stands for every person it may be; a form the list gives to a noun or an
adjective ("apunte", "pase", "viaje", "disfrute") is marked as one, so the caller asks its context.

The table is computed once per machine and kept (:func:`studio.compiled.kept`), ~60,000 forms.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from studio import compiled

#: the persons a command is told by
TU = "tú"
VOS = "vos"
USTED = "usted"
USTEDES = "ustedes"
TU_NEGATED = "tú-no"  # "no corras": the tú form after "no" (the vos one is the same in most copy)
PAST = "yo-pasado"  # "recibí", "empecé": the first person's past, which a vos command may look like
VOSOTROS = "vosotros"  # "venid", "apuntad": Spain's informal plural command, at a clause's opening
VOSOTROS_VERB = "vosotros-verbo"  # "tenéis", "disfrutéis": its present, anywhere (no other person ends so)
HE = "él"  # "sale", "tiene": an irregular verb's third person singular (a regular one's is its tú form)
THEY = "ellos"  # "pueden", "salen": the present's third person plural, which an ustedes command may look like

_VERBAL_ENDINGS = ("ando", "iendo", "yendo", "ado", "ido", "aba", "ía", "amos", "emos", "imos")
_STRESSED_CHANGES = (("o", "ue"), ("e", "ie"), ("e", "i"), ("u", "ue"), ("i", "ie"))
_ACUTE = str.maketrans("aeiou", "áéíóú")
_PLAIN = str.maketrans("áéíóú", "aeiou")

#: irregular verbs (and the families built on them): usted subjunctive stem, tú and vos imperative
_IRREGULAR: dict[str, tuple[str, str, str]] = {
    # infinitive tail: (subjunctive stem, tú imperative tail, vos imperative tail)
    "hacer": ("hag", "haz", "hacé"),
    "poner": ("pong", "pon", "poné"),
    "tener": ("teng", "ten", "tené"),
    "venir": ("veng", "ven", "vení"),
    "salir": ("salg", "sal", "salí"),
    "valer": ("valg", "vale", "valé"),
    "decir": ("dig", "di", "decí"),
    "traer": ("traig", "trae", "traé"),
    "caer": ("caig", "cae", "caé"),
    "oír": ("oig", "oye", "oí"),
    "saber": ("sep", "sabe", "sabé"),
    "caber": ("quep", "cabe", "cabé"),
    "haber": ("hay", "he", "habé"),
    "ver": ("ve", "ve", "ve"),
    "ser": ("se", "sé", "sé"),
    "ir": ("vay", "ve", "andá"),
    "dar": ("d", "da", "da"),
    "estar": ("est", "está", "está"),
    "reír": ("rí", "ríe", "reí"),
    "freír": ("frí", "fríe", "freí"),
}
#: the present's third person plural of the irregular verbs ("hacen", "van")
_THEY = {
    "hacer": "hacen",
    "poner": "ponen",
    "tener": "tienen",
    "venir": "vienen",
    "salir": "salen",
    "valer": "valen",
    "decir": "dicen",
    "traer": "traen",
    "caer": "caen",
    "oír": "oyen",
    "saber": "saben",
    "caber": "caben",
    "haber": "han",
    "ver": "ven",
    "ser": "son",
    "ir": "van",
    "dar": "dan",
    "estar": "están",
    "reír": "ríen",
    "freír": "fríen",
}
#: the present's third person singular of the irregular verbs ("sale", not "salar"'s command)
_HE = {
    "hacer": "hace",
    "poner": "pone",
    "tener": "tiene",
    "venir": "viene",
    "salir": "sale",
    "valer": "vale",
    "decir": "dice",
    "traer": "trae",
    "caer": "cae",
    "oír": "oye",
    "saber": "sabe",
    "caber": "cabe",
    "haber": "ha",
    "ver": "ve",
    "ser": "es",
    "ir": "va",
    "dar": "da",
    "estar": "está",
    "reír": "ríe",
    "freír": "fríe",
}
#: infinitives that end like an irregular family but are regular ("placer" is not "hacer")
_NOT_FAMILY = frozenset({"placer", "complacer", "aplacer", "yacer", "nacer", "renacer", "pacer", "ser"})
#: weather and other verbs with no person to address ("llueva o truene", "¡viva!", "sea cual sea")
IMPERSONAL = frozenset(
    {"llover", "nevar", "granizar", "tronar", "diluviar", "lloviznar", "amanecer", "anochecer"}
)


@dataclass(frozen=True)
class Reading:
    """What a form may be: the persons a command in it speaks to, and whether it is also another
    word (a noun or an adjective: "el apunte", "un pase")."""

    persons: frozenset[str]
    other_word: bool
    #: how often its verb is used (pyspellchecker's count of the infinitive)
    verb_usage: int = 0
    #: the tú command of the same verb, for an usted form ("corra" → "corre"; "" when unsure)
    tu: str = ""


def _family(infinitive: str) -> tuple[str, tuple[str, str, str]] | None:
    """The irregular family of ``infinitive`` and its prefix ("obtener" → ("ob", tener))."""
    if infinitive in _NOT_FAMILY and infinitive != "ser":
        return None
    for tail, forms in _IRREGULAR.items():
        if infinitive.endswith(tail):
            prefix = infinitive[: -len(tail)]
            if tail in ("ir", "ser", "ver", "dar", "estar", "haber", "ir") and prefix:
                continue  # "servir", "prever" (regular enough), "medir": not the short irregulars
            return prefix, forms
    return None


def _accented_tu(prefix: str, tail: str) -> str:
    """A compound's tú imperative takes a written accent on a one-syllable tail ("obtén", "supón")."""
    if prefix and tail in ("haz", "pon", "ten", "ven", "sal", "di"):
        return prefix + tail.translate(_ACUTE) if tail != "di" else prefix + "dí"
    return prefix + tail


def _spelled(stem: str, ending: str, vowel: str) -> str:
    """``stem`` of an ``ending`` verb before ``vowel`` (e or a), spelled: "busc"+"e" → "busque"."""
    if ending == "ar" and vowel == "e":
        for written, spelled in (("gu", "gü"), ("c", "qu"), ("g", "gu"), ("z", "c")):
            if stem.endswith(written):
                return stem[: -len(written)] + spelled
        return stem
    if ending in ("er", "ir", "ír") and vowel == "a":
        if stem.endswith("gu") and ending in ("ir",):
            return stem[:-2] + "g"  # seguir → siga
        if stem.endswith("c"):
            return stem[:-1] + ("zc" if stem[-2:-1] in "aeiou" else "z")  # conozca, venza
        if stem.endswith("g"):
            return stem[:-1] + "j"  # elija
        if stem.endswith("u") and ending in ("ir", "ír") and not stem.endswith(("gu", "qu")):
            return stem + "y"  # construya
    return stem


def _changed(stem: str, old: str, new: str) -> str | None:
    """``stem`` with its last ``old`` vowel changed to ``new`` ("vol" → "vuel"), or None."""
    at = max(stem.rfind(old), -1)
    if at < 0 or (old == "u" and stem[at - 1 : at] in ("g", "q")):
        return None
    if new == "ue" and at == 0:
        return "hue" + stem[1:]  # oler → huela
    if new == "ue" and stem[at - 1 : at] == "g":
        return stem[:at] + "üe" + stem[at + 1 :]  # avergonzar → avergüence
    return stem[:at] + new + stem[at + 1 :]


def _forms(infinitive: str, stem: str) -> dict[str, str]:
    """The command forms of a regular verb with (present) stem ``stem``."""
    ending = infinitive[-2:]
    subjunctive_vowel, indicative_vowel = ("e", "a") if ending == "ar" else ("a", "e")
    subjunctive = _spelled(stem, ending, subjunctive_vowel) + subjunctive_vowel
    base = infinitive[:-2]
    vos = base + {"ar": "á", "er": "é"}.get(ending, "í")
    past = _spelled(base, ending, "e") + "é" if ending == "ar" else base + "í"
    return {
        USTED: subjunctive,
        USTEDES: subjunctive + "n",
        TU_NEGATED: subjunctive + "s",
        TU: stem + indicative_vowel,
        VOS: vos,
        PAST: past,
        THEY: stem + indicative_vowel + "n",
    }


#: the present's vosotros form of the verbs the rule does not build ("veis", "sois")
_VOSOTROS_PRESENT = {"ver": "veis", "ser": "sois", "ir": "vais", "dar": "dais", "estar": "estáis"}
_VOSOTROS_SUBJUNCTIVE = {"dar": "deis", "estar": "estéis"}


def _add_vosotros(out: dict[str, set[str]], infinitive: str, usted: str) -> None:
    """The vosotros forms: the command ("venid", "reíd"), the present ("tenéis"; not "-ís", which is
    vos's too: "venís") and the subjunctive ("disfrutéis", "hagáis", "esquiéis")."""
    out.setdefault(VOSOTROS, set()).add(infinitive[:-1] + "d")
    verbs = out.setdefault(VOSOTROS_VERB, set())
    ending = infinitive[-2:]
    if infinitive in _VOSOTROS_PRESENT:
        verbs.add(_VOSOTROS_PRESENT[infinitive])
    elif ending in ("ar", "er"):
        verbs.add(infinitive[:-2] + ("áis" if ending == "ar" else "éis"))
    if infinitive in _VOSOTROS_SUBJUNCTIVE:
        verbs.add(_VOSOTROS_SUBJUNCTIVE[infinitive])
    elif len(usted) > 2:
        stem = usted[:-1].translate(_PLAIN)
        verbs.add(stem + ("éis" if usted.endswith(("e", "é")) else "áis"))


def _stems(infinitive: str) -> list[str]:
    """The present stems ``infinitive`` may have: its own, each stem change, an accent shift."""
    base = infinitive[:-2].translate(_PLAIN) if infinitive.endswith("ír") else infinitive[:-2]
    out = [base]
    for old, new in _STRESSED_CHANGES:
        changed = _changed(base, old, new)
        if changed:
            out.append(changed)
    if base.endswith(("i", "u")) and len(base) > 2:
        out.append(base[:-1] + base[-1].translate(_ACUTE))  # esquiar → esquíe, actuar → actúe
    return out


def verb_forms(infinitive: str, attested: Mapping[str, str] | None = None) -> dict[str, set[str]]:
    """Person → the command forms of ``infinitive``. With ``attested`` (form → lemma), a stem change
    counts only when the list gives one of its forms to this verb ("vuele", not "viele")."""
    variants = _variants(infinitive, attested)
    out: dict[str, set[str]] = {}
    _add_vosotros(out, infinitive, variants[0][USTED])
    for forms in variants:
        for person, form in forms.items():
            out.setdefault(person, set()).add(form)
    out[VOS] = {variants[0][VOS]}  # vos and the past keep the infinitive's stem ("volá", "pedí")
    if PAST in variants[0]:
        out[PAST] = {variants[0][PAST]}
    return out


def _variants(infinitive: str, attested: Mapping[str, str] | None) -> list[dict[str, str]]:
    """Person → form, for each present stem ``infinitive`` has (see :func:`verb_forms`)."""
    family = _family(infinitive)
    if family is not None:
        prefix, (subjunctive, tu, vos) = family
        stem = prefix + subjunctive
        vowel = "e" if subjunctive in ("d", "est") else "a"
        written = {"d": "dé", "est": "esté"}.get(subjunctive, subjunctive + vowel)
        tail = infinitive[len(prefix) :]
        return [
            {
                USTED: prefix + written,
                USTEDES: stem + vowel + "n",
                TU_NEGATED: stem + vowel + "s",
                TU: _accented_tu(prefix, tu),
                VOS: prefix + vos,
                THEY: prefix + _THEY[tail],
                HE: prefix + _HE[tail],
            }
        ]
    variants = [_forms(infinitive, stem) for stem in _stems(infinitive)]
    if attested is not None:  # the stems the list gives forms of, or the plain one
        kept = [
            forms
            for forms in variants
            if any(attested.get(f) == infinitive for p, f in forms.items() if p not in (VOS, PAST))
        ]
        variants = kept or variants[:1]
    return variants


def tu_pairs(infinitive: str, attested: Mapping[str, str] | None = None) -> dict[str, str]:
    """Usted command → the tú command of the same stem ("cierre" → "cierra", "cerre" → "cerra")."""
    return {forms[USTED]: forms[TU] for forms in _variants(infinitive, attested)}


_INFINITIVE_ENDINGS = ("ar", "er", "ir", "ír")


def _build() -> dict[str, tuple[tuple[str, ...], bool, int, str]]:
    """form → (persons, other word, how often its verb is used, the tú command of an usted form) for
    every verb of simplemma's Spanish list."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    attested: Mapping[str, str] = DefaultDictionaryFactory().get_dictionary("es")
    usage = _usage()
    verbs = {verb for verb in _verbs(attested) if _used(usage, verb) > UNUSED}
    by_form: dict[str, dict[str, set[str]]] = {}
    tu_of: dict[str, dict[str, str]] = {}  # usted form → verb → its tú form
    for verb in sorted(verbs | set(_IRREGULAR)):
        if verb in IMPERSONAL or (len(verb) < 3 and verb not in _IRREGULAR):
            continue
        for person, forms in verb_forms(verb, attested).items():
            for form in forms:
                by_form.setdefault(form, {}).setdefault(verb, set()).add(person)
        for usted, tu in tu_pairs(verb, attested).items():
            tu_of.setdefault(usted, {})[verb] = tu
    table: dict[str, tuple[tuple[str, ...], bool, int, str]] = {}
    for form, readings in by_form.items():
        # a form two verbs share stands for the common one's persons ("venga": venir, not vengar);
        # a verb only listed, never used ("garantir", "papar"), stands for none
        commonest = max(_used(usage, verb) for verb in readings)
        if commonest <= UNUSED and not set(readings) & set(_IRREGULAR):
            continue
        kept = [verb for verb in readings if _used(usage, verb) * RARER >= commonest]
        found = {p for verb in kept for p in readings[verb]}
        other = attested.get(form)
        tu = tu_of.get(form, {}).get(kept[0], "") if USTED in found and len(kept) == 1 else ""
        table[form] = (tuple(sorted(found)), other is not None and other not in verbs, commonest, tu)
    return table


def _verbs(lemmas: Mapping[str, str]) -> set[str]:
    """The lemmas of simplemma's list that are verbs: an infinitive's ending and some verbal form
    ("-ando", "-ado", "-aba"…). Its bytes store is read directly where it has one (its Mapping
    decodes key by key, four times slower)."""
    raw = getattr(lemmas, "_dict", None)
    if isinstance(raw, dict):
        endings = tuple(e.encode() for e in _INFINITIVE_ENDINGS)
        verbal = tuple(e.encode() for e in _VERBAL_ENDINGS)
        return {
            lemma.decode() for form, lemma in raw.items() if lemma.endswith(endings) and form.endswith(verbal)
        }
    return {
        lemma
        for form, lemma in lemmas.items()
        if lemma.endswith(_INFINITIVE_ENDINGS) and form.endswith(_VERBAL_ENDINGS)
    }


def _used(usage: Mapping[str, int], verb: str) -> int:
    """How often ``verb`` is used ("reír" is counted as "reir")."""
    return max(usage.get(verb, 0), usage.get(verb.translate(_PLAIN), 0))


#: a verb this many times rarer than another with the same form is not read in it
RARER = 50
#: pyspellchecker's count for a word it lists but never saw used
UNUSED = 50


def _usage() -> Mapping[str, int]:
    """How often each word is used (pyspellchecker's Spanish counts), {} without the list."""
    try:
        from spellchecker import SpellChecker

        return dict(SpellChecker(language="es", case_sensitive=False).word_frequency.dictionary)
    except (ImportError, ValueError):
        return {}


@lru_cache(maxsize=1)
def _table() -> Mapping[str, tuple[tuple[str, ...], bool, int, str]]:
    try:
        from importlib.metadata import version

        parts: tuple[object, ...] = ("es", version("simplemma"))
    except Exception:  # no simplemma: no table
        return {}
    try:
        return compiled.kept_table("spanish-verbs", parts, _build, code=__file__)  # read form by form
    except ImportError:
        return {}


def _vosotros_commands() -> dict[str, bool]:
    """Every vosotros command simplemma's Spanish list holds ("agendad" ← agendar), used or not: the
    form is the infinitive with its final "r" turned into "d"."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    attested: Mapping[str, str] = DefaultDictionaryFactory().get_dictionary("es")
    raw = getattr(attested, "_dict", None)
    pairs = raw.items() if isinstance(raw, dict) else ((f.encode(), v.encode()) for f, v in attested.items())
    return {
        form.decode(): True
        for form, lemma in pairs
        if form.endswith((b"ad", b"ed", b"id")) and lemma == form[:-1] + b"r"
    }


@lru_cache(maxsize=1)
def _vosotros_table() -> Mapping[str, bool]:
    try:
        from importlib.metadata import version

        parts: tuple[object, ...] = ("es", version("simplemma"))
    except Exception:  # no simplemma: no list
        return {}
    try:
        return compiled.kept_table("spanish-vosotros", parts, _vosotros_commands, code=__file__)
    except ImportError:
        return {}


def listed_vosotros(word: str) -> bool:
    """Whether ``word`` (lower case) is a vosotros command of any verb of simplemma's Spanish list,
    used or not ("agendad", "chequead", "wasapead"), read form by form from a table kept per machine
    (the list itself takes a second to load)."""
    return bool(_vosotros_table().get(word))


@lru_cache(maxsize=8192)
def reading(word: str) -> Reading | None:
    """What ``word`` (any case) may be as a command, or None when it is no command form."""
    found = _table().get(word.casefold())
    if found is None:
        return None
    return Reading(frozenset(found[0]), found[1], found[2], found[3])


def command_person(word: str) -> str | None:
    """The one person a command in ``word`` speaks to, or None (no command, or several persons)."""
    found = reading(word)
    persons = found.persons - {TU_NEGATED} if found is not None else frozenset()
    return next(iter(persons)) if len(persons) == 1 and not persons & {PAST, THEY, HE} else None


def imperatives(infinitive: str) -> set[str]:
    """Every affirmative command form of ``infinitive`` (tú, vos, usted, ustedes), for word lists
    that must name a verb in every person ("escribe", "escribí", "escriba", "escriban")."""
    forms = verb_forms(infinitive)
    return {f for person in (TU, VOS, USTED, USTEDES) for f in forms.get(person, ())}
