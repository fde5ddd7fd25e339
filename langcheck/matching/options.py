"""What the engine runs and how: the options every front-end passes down.

Kept apart from the engine so that the spaCy pipeline, which is built from
these options, does not depend on the engine that uses it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EngineOptions:
    """What to run and how: pack selection, model, and severity overrides by rule id or pack."""

    packs: tuple[str, ...] = ()
    builtin: bool = True
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    profiles: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    model: str | None = "auto"
    severity: tuple[tuple[str, str], ...] = ()
    # Findings inside a quotation: "info" (default), "flag" like any other, or "ignore" (see context.quotation).
    quotations: str = "info"
