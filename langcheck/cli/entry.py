"""Run the command line as a process: the console script and ``python -m langcheck``.

A run that imported spaCy holds a large heap (vocabulary, tokenizer tables,
compiled matchers), and tearing the interpreter down frees it object by
object: about a sixth of a small file's cold start, paid on every pre-commit
call. Once the command has finished and its output is flushed, nothing is
left to do, so the process ends at once with the command's exit status.
Only a finished command ends this way: an uncaught exception still unwinds
normally, with its traceback.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import NoReturn

from langcheck.cli.commands import main


def run() -> NoReturn:
    try:
        main()
    except SystemExit as finished:
        status = _status(finished.code)
    else:  # pragma: no cover - click always ends with SystemExit in standalone mode
        status = 0
    _flush()
    os._exit(status)


def _status(code: object) -> int:
    """The exit status ``sys.exit(code)`` would give: ints as they are, None as 0, anything else printed and 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


def _flush() -> None:
    """Write out what the command printed; a reader that went away (``| head``) is not an error."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
