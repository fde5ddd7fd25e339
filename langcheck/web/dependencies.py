"""The ``web`` extra: a clear message, not a traceback, when it is not installed."""

from __future__ import annotations

import importlib.util

from langcheck.core.errors import LangcheckError

REQUIRED = ("fastapi", "uvicorn", "fastapi_offline")


def require_web_extra() -> None:
    missing = [name for name in REQUIRED if importlib.util.find_spec(name) is None]
    if missing:
        raise LangcheckError(
            f"'langcheck serve' needs the web extra ({', '.join(missing)} missing): pip install 'langcheck[web]'"
        )
