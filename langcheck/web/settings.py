"""What ``langcheck serve`` is started with: where to listen, how large a request may be, what to lint with."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field

from langcheck.api import RunSettings
from langcheck.core.errors import LangcheckError

DEFAULT_PORT = 8750
DEFAULT_MAX_BYTES = 2 * 1024 * 1024
"""Room for a long report (some 300,000 words), while one request can hold the server for a second or two at most."""

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib)?\s*$", re.IGNORECASE)
_UNITS = {"b": 1, "kb": 1000, "kib": 1024, "mb": 1000 * 1000, "mib": 1024 * 1024}
LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "127.0.0.1", "::1"})


@dataclass(frozen=True)
class ServeSettings:
    run: RunSettings = field(default_factory=RunSettings)
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    open_browser: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES

    @property
    def loopback(self) -> bool:
        """Only this machine can reach the server (so only loopback names are accepted in the Host header)."""
        return is_loopback(self.host)


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse_size(text: str) -> int:
    """``"2MB"``, ``"500 KiB"`` or a number of bytes, as bytes; anything else is a clear error."""
    match = _SIZE.match(text)
    if not match:
        raise LangcheckError(f"invalid size {text!r}: give bytes or a size such as 500KB or 2MB")
    size = int(float(match.group(1)) * _UNITS[(match.group(2) or "b").lower()])
    if size < 1024:
        raise LangcheckError(f"invalid size {text!r}: the smallest request limit is 1KiB")
    return size


def describe_size(size: int) -> str:
    """A size as people say it: 2 MB, 500 KB, 800 bytes (decimal units, as file managers show them)."""
    if size >= 1000 * 1000:
        return f"{size / 1e6:.1f}".rstrip("0").rstrip(".") + " MB"
    if size >= 1000:
        return f"{size / 1e3:.1f}".rstrip("0").rstrip(".") + " KB"
    return f"{size} bytes"
