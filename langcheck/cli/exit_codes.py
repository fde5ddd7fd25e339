"""Exit statuses shared by every command (documented in the README)."""

from __future__ import annotations

EXIT_CLEAN = 0
"""Nothing at or above ``--fail-on``."""
EXIT_FINDINGS = 1
"""Findings at or above ``--fail-on`` (or, for ``fix --diff``, something would change)."""
EXIT_ERROR = 2
"""Usage, configuration, rule-pack or input error."""
