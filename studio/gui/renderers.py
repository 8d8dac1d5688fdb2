"""One renderer per workspace, shared by the check and the previews.

The live check renders every variant (texts, counters, the email's measured size); the previews
show those variants and ask the same renderer only for what the check does not make (the email's
HTML, the posters): its compiled templates and cached variants serve both.
"""

from __future__ import annotations

from typing import Any

from studio.render.variants import Renderer

_renderers: dict[object, Renderer] = {}


def renderer_for(workspace: Any, *, fresh: bool = False) -> Renderer:
    """One renderer per workspace, shared by the documents opened one after the other and the
    previews: its compiled templates and rendered variants are kept, so a campaign opened next (a
    new one, the same one after a language switch) is not checked from a cold start. ``fresh``:
    the brand kit changed on disk. Documents check one at a time (closing one waits for its check)."""
    renderer = _renderers.get(id(workspace))
    if renderer is None or fresh or renderer.workspace is not workspace:
        renderer = Renderer(workspace)
        _renderers.clear()  # one workspace open at a time
        _renderers[id(workspace)] = renderer
    return renderer
