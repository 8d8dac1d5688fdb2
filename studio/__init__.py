"""Campaign Studio: author one campaign, render every channel, check they tell the same story.

Importing this package loads neither Qt nor any heavy library.
"""

__version__ = "0.1.0"
