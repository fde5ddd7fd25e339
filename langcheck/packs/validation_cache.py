"""Remember packs that already passed validation, in a form that loads fast.

Parsing YAML and validating it against the schema costs more than the rest of
a cold start, and a pre-commit hook starts cold on every commit. A pack whose
exact bytes were validated before (same schema, same langcheck version) is
read back from a JSON copy of its data instead. The cache is an optimisation
only: a missing, unreadable or damaged entry simply means parsing and
validating again, and ``LANGCHECK_NO_CACHE=1`` switches it off.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from langcheck import __version__

_SALT = f"langcheck {__version__} pack-schema 1\n".encode()


def cache_dir() -> Path:
    explicit = os.environ.get("LANGCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "langcheck"


def _entry(raw: bytes) -> Path:
    return cache_dir() / "packs" / (hashlib.sha256(_SALT + raw).hexdigest() + ".json")


def _disabled() -> bool:
    return bool(os.environ.get("LANGCHECK_NO_CACHE"))


def recall(raw: bytes) -> Any | None:
    """The validated data of a pack with exactly these bytes, if cached."""
    if _disabled():
        return None
    try:
        return json.loads(_entry(raw).read_text("utf-8"))
    except (OSError, ValueError):
        return None


def remember(raw: bytes, data: Any) -> None:
    """Store validated pack data; written atomically so a concurrent reader never sees half a file."""
    if _disabled():
        return
    try:
        entry = _entry(raw)
        entry.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out)
        os.replace(temp, entry)
    except (OSError, TypeError, ValueError):
        pass
