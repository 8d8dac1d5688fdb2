"""``python -m studio`` runs the command line."""

from studio.cli.main import main

raise SystemExit(main())
