"""Write a file so that it is always either the old version or the new one.

The new bytes go to a temporary file in the same folder (same file system),
are flushed to disk, get the old file's permission bits, and then replace the
old file in one atomic rename. Just before the rename the file on disk is
compared with what was read: if someone changed it meanwhile, nothing is
written and the caller is told.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from langcheck.core.errors import InputError


class ConcurrentEditError(InputError):
    """The file changed on disk between reading and writing."""


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_atomically(path: Path, data: bytes, expected_fingerprint: str) -> None:
    folder = path.parent
    mode = os.stat(path).st_mode & 0o7777
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".langcheck-tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        os.chmod(temp_name, mode)
        if fingerprint(path.read_bytes()) != expected_fingerprint:
            raise ConcurrentEditError(f"{path}: changed on disk while being fixed; left untouched")
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
