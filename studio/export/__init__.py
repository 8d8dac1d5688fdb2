"""Batch export of campaigns to channel-ready bundles (see :func:`export_campaigns`, docs/export.md)."""

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
