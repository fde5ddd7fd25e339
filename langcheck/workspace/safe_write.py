"""Write a file so that it is always either the old version or the new one, and never over someone else's edit.

The new bytes go to a temporary file in the same folder (same file system),
are flushed to disk, get the old file's permission bits, and then replace the
old file in one atomic rename.

Another program (an editor, a second hook) may write the file while it is
being fixed. Just before the rename, the file on disk is checked against
what was read, in two steps: its content hash must still be the one read
(whatever the other program did, the bytes are what the fix was computed
from), and then its identity (inode, size, modification and change times)
must still be the one seen while hashing, which catches a write that
landed during or after the hashing read. If either differs, nothing is
written and the caller is told, so it can read the new version and try
again. POSIX offers no compare-and-swap on a path, so the window that
remains is the one between the last ``stat`` and the rename: two system
calls, where it used to be a whole read of the file.
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


def _identity(stat: os.stat_result) -> tuple[int, int, int, int, int]:
    return stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns


def _read_with_identity(path: Path) -> tuple[bytes, tuple[int, int, int, int, int]]:
    """The file's bytes and its identity as seen, from one open file, after the read."""
    with path.open("rb") as handle:
        data = handle.read()
        return data, _identity(os.fstat(handle.fileno()))


def write_atomically(path: Path, data: bytes, expected_fingerprint: str) -> None:
    """Replace ``path`` with ``data`` if it still holds what was read (its hash), else raise ``ConcurrentEditError``."""
    folder = path.parent
    mode = os.stat(path).st_mode & 0o7777
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".langcheck-tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        os.chmod(temp_name, mode)
        current, seen = _read_with_identity(path)
        if fingerprint(current) != expected_fingerprint or _identity(os.stat(path)) != seen:
            raise ConcurrentEditError(f"{path}: changed on disk while being fixed; left untouched")
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
