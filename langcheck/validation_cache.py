"""Remember which pack files already passed validation.

Importing jsonschema and validating costs more than the rest of a cold start,
and a pre-commit hook starts cold on every commit. A pack whose exact bytes
were validated before (same schema, same langcheck version) is not validated
again. The cache is an optimisation only: any failure to read or write it
simply means validating again.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from langcheck import __version__

_SALT = f"langcheck {__version__} pack-schema 1\n".encode()


def cache_dir() -> Path:
    explicit = os.environ.get("LANGCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "langcheck"


def _digest(raw: bytes) -> str:
    return hashlib.sha256(_SALT + raw).hexdigest()


def _cache_file() -> Path:
    return cache_dir() / "validated-packs"


def is_known(raw: bytes) -> bool:
    if os.environ.get("LANGCHECK_NO_CACHE"):
        return False
    try:
        return _digest(raw) in _cache_file().read_text("ascii").split()
    except (OSError, UnicodeDecodeError):
        return False


def remember(raw: bytes) -> None:
    if os.environ.get("LANGCHECK_NO_CACHE"):
        return
    try:
        path = _cache_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="ascii") as handle:
            handle.write(_digest(raw) + "\n")
    except OSError:
        pass
