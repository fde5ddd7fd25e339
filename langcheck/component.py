"""``import langcheck.component`` registers the ``langcheck`` spaCy factory, as the README documents.

The component lives in :mod:`langcheck.matching.component`; this module keeps
the documented import working and re-exports its public names.
"""

from __future__ import annotations

from langcheck.matching.component import SPANS_KEY, LangcheckComponent, make_langcheck

__all__ = ["SPANS_KEY", "LangcheckComponent", "make_langcheck"]
