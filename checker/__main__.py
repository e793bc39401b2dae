"""``python -m checker``: see :mod:`checker.cli`."""

from checker.cli import main

raise SystemExit(main())
