"""Studio check kinds: rules that read whole variants (metrics, fields, locale), not just text.

Vale's kinds read text; these read what only the studio knows about a variant — its channel's
measured limits, the phrases a channel must carry, the language each locale must be written in,
how the brand addresses its customers. They are rule files like any other
(``brand_rules/Studio/<Rule>.yml``, id ``Studio.<Rule>``) with ``extends:`` one of ``limit``, ``placeholder``,
``required``, ``language``, ``formality``; the common keys (message, level, category, link,
description, channels, locales) work as for every rule. One kind, one module.
"""
