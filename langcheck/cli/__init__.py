"""The ``langcheck`` command line: a front-end on :mod:`langcheck.api`.

``commands`` defines the click commands and their options; ``check``, ``fix``
and ``baseline`` do each command's work (lint, render, rewrite files, record
a baseline) and decide the exit status (``exit_codes``); ``entry`` runs the
command line as a process (the console script and ``python -m langcheck``).
Like every front-end, it lints and fixes only through ``langcheck.api``.
"""

from langcheck.cli.commands import main

__all__ = ["main"]
