"""The ``studio`` command line: subcommands over the same calls the GUI uses."""
