"""Whether an office program has a document open: Word and LibreOffice leave a lock file beside it.

Word writes ``~$`` plus the file's name, except that for a name of seven
characters before the extension ``~$`` takes the place of its first
character, and for a longer one of its first two (``~$port.docx`` for
``Report.docx`` is not one: ``Report`` has six). LibreOffice writes
``.~lock.NAME#``. While such a file exists, the program may write the
document back over any change made meanwhile, so ``fix`` leaves the
document alone.
"""

from __future__ import annotations

from pathlib import Path


def lock_names(name: str) -> tuple[str, str]:
    """The lock files Word and LibreOffice create for a document called ``name``."""
    stem = Path(name).stem
    dropped = 0 if len(stem) <= 6 else 1 if len(stem) == 7 else 2
    return (f"~${name[dropped:]}", f".~lock.{name}#")


def office_lock(path: Path) -> Path | None:
    """The lock file of an office program that has ``path`` open, or None."""
    for candidate in lock_names(path.name):
        lock = path.with_name(candidate)
        if lock.exists():
            return lock
    return None
