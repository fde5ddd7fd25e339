"""``import langcheck.component`` registers the ``langcheck`` spaCy factory, as the README documents.

The component lives in :mod:`langcheck.matching.component`; this package only
keeps the documented import working and re-exports the component's public
names. It is a package rather than a module so that ``langcheck/component.py``
stays the component's old path: history follows it to ``langcheck/matching/``.
"""

from __future__ import annotations

from langcheck.matching.component import SPANS_KEY, LangcheckComponent, make_langcheck

__all__ = ["SPANS_KEY", "LangcheckComponent", "make_langcheck"]
