"""langcheck: find stigmatizing mental-health language in prose and suggest respectful rewrites.

The public names are imported lazily so that ``import langcheck`` stays cheap
for the command line, which must start fast inside a pre-commit hook.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "check_text": "langcheck.api",
    "Engine": "langcheck.api",
    "EngineOptions": "langcheck.api",
    "Finding": "langcheck.core.models",
    "Rule": "langcheck.core.models",
    "Severity": "langcheck.core.models",
    "Suggestion": "langcheck.core.models",
}

__all__ = [
    "Engine",
    "EngineOptions",
    "Finding",
    "Rule",
    "Severity",
    "Suggestion",
    "__version__",
    "check_text",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'langcheck' has no attribute {name!r}")
