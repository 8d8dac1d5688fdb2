"""Batch export of campaigns to channel-ready bundles (see :func:`export_campaigns`, docs/export.md).

The engine's names are loaded on first use (PEP 562), so a light module of the package (the
presets the command line lists in its help) does not pull in the renderer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from studio.export.engine import (
        ExportOptions,
        ExportResult,
        ExportStats,
        export_campaigns,
        select_campaigns,
        workspace_fingerprint,
    )

__all__ = [
    "ExportOptions",
    "ExportResult",
    "ExportStats",
    "export_campaigns",
    "select_campaigns",
    "workspace_fingerprint",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from studio.export import engine

        return getattr(engine, name)
    raise AttributeError(f"module 'studio.export' has no attribute {name!r}")
