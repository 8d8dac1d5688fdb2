"""The GUI's own error printer: why the studio could not start, on stderr (the window says it too).

The same lines as the command line's (``file:line: field: message``), without depending on it: the
GUI sits beside the CLI, not above it.
"""

from __future__ import annotations

import sys
from typing import TextIO

from studio.errors import StudioError

#: located problems printed before "… and N more"
MAX_PROBLEMS_PRINTED = 50


def print_error(error: StudioError, stream: TextIO | None = None) -> None:
    """One line per located problem, at most :data:`MAX_PROBLEMS_PRINTED`, then their count;
    ``studio: error: …`` when there are none."""
    out = stream or sys.stderr
    if not error.problems:
        out.write(f"studio: error: {error.message}\n")
        return
    for problem in error.problems[:MAX_PROBLEMS_PRINTED]:
        out.write(f"{problem}\n")
    if len(error.problems) > MAX_PROBLEMS_PRINTED:
        out.write(f"studio: … and {len(error.problems) - MAX_PROBLEMS_PRINTED} more problems\n")
    if len(error.problems) > 1:
        out.write(f"studio: {len(error.problems)} problems\n")
