"""One module per rule kind. Each has ``KIND``, ``KEYS`` (its own keys) and ``compile(spec)``.

Two families share that contract:

- *text kinds* (Vale's, :data:`KINDS`): ``compile(spec) -> Check``, a check the engine runs on one
  text (a variant's field) at a time;
- *variant kinds* (the studio's, :data:`STUDIO_KINDS`: ``limit``, ``required``, ``language``,
  ``formality``, ``placeholder``): ``compile(spec) -> options`` validates the kind's own keys, and
  ``check(rule, campaign, variants) -> findings`` reads whole rendered variants (their measured
  metrics, every field, the locale). Their rule files sit in the ``Studio/`` and ``Consistency/``
  styles; :mod:`studio.rules.studio_rules` loads, validates and runs them.

Naming: a *rule kind* is one of these modules; the *consistency checks*
(:mod:`studio.consistency`) compare channels with one another; the *lint pipeline*
(:mod:`studio.lint`) renders a campaign and runs both.
"""

from __future__ import annotations

from types import ModuleType

from studio.rules.kinds import (
    capitalization,
    conditional,
    consistency,
    existence,
    metric,
    occurrence,
    readability,
    repetition,
    script,
    sequence,
    shouting,
    spelling,
    substitution,
)

KINDS: dict[str, ModuleType] = {
    module.KIND: module
    for module in (
        existence,
        substitution,
        occurrence,
        repetition,
        consistency,
        conditional,
        capitalization,
        metric,
        readability,
        spelling,
        sequence,
        script,
        shouting,
    )
}

#: kinds the studio reads but does not run (they become a problem, never a crash)
UNSUPPORTED = frozenset({"sequence", "script"})

#: the studio's variant kinds (imported when a rule of theirs first loads: they pull in language
#: models and dictionaries that a text-only ``studio check`` never needs)
STUDIO_KINDS = frozenset({"limit", "required", "language", "formality", "placeholder", "pricehistory"})
#: the style folders of variant-kind rules: ``Studio`` (the studio's own checks) and ``Consistency``
#: (checks of the campaign as a whole that sit beside the cross-channel ones, e.g. placeholders) and
#: the country policy packs (``PolicyES``, ``PolicyMX``, ``PolicyUS``: each rule names its locales)
STUDIO_STYLES = ("Studio", "Consistency", "PolicyES", "PolicyMX", "PolicyUS")


def studio_kind(name: str) -> ModuleType:
    """The module of variant kind ``name`` (one of :data:`STUDIO_KINDS`)."""
    # imported here, by name, so a bundler sees them (an import by a computed name it would miss)
    from studio.rules.kinds import formality, language, limit, placeholder, pricehistory, required

    modules: dict[str, ModuleType] = {
        m.KIND: m for m in (limit, required, language, formality, placeholder, pricehistory)
    }
    return modules[name]
