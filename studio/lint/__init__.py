"""The lint pipeline: render a campaign, run every check on what customers will read, fix findings.

Three things in the studio are called "check"; each has its own place and name:

- **rule kinds** (:mod:`studio.rules.kinds`) — what one rule file of the brand checks: Vale's *text
  kinds* (existence, substitution…), run on one text by :mod:`studio.rules.engine`, and the studio's
  *variant kinds* (limit, required, language, formality, placeholder), run on rendered variants by
  :mod:`studio.rules.studio_rules`. ``studio check`` (the Vale-compatible command) runs text kinds
  on files.
- **consistency checks** (:mod:`studio.consistency`) — the cross-channel comparison of every
  variant with the campaign's fact sheet and with each other (:func:`check_consistency`).
- **the lint pipeline** (this package) — :func:`check_campaign` renders the campaign's variants
  and runs both of the above on them, giving one sorted list of findings (a
  :class:`CampaignCheck`); :mod:`studio.lint.fixes` maps a finding back to the words the marketer
  typed and applies its fix. ``studio lint``, the GUI's problems panel, review and export all call it.

:mod:`studio.findings` and :mod:`studio.fixes` are the old paths of the two modules (re-exports).
Import from the modules (``studio.lint.pipeline``, ``studio.lint.fixes``): this package imports
nothing, so reading fixes does not load the renderer.
"""
