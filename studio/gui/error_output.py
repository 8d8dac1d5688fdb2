"""The GUI's error printer: why the studio could not start, on stderr (the window says it too).

The same lines as the command line's (``file:line: field: message``), from the core
(:func:`studio.errors.print_error`): the GUI sits beside the CLI, not above it.
"""

from __future__ import annotations

from studio.errors import MAX_PROBLEMS_PRINTED, print_error

__all__ = ["MAX_PROBLEMS_PRINTED", "print_error"]
