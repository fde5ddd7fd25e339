"""The small words of titles: what every headline and title style leaves in lower case.

Kept apart from ``names`` (which reads spaCy docs) because the citation
checks use them on a document's blocks before spaCy is needed: a file with
no rule's words must be checked without importing spaCy at all.
"""

from __future__ import annotations

MINOR_WORDS = frozenset(["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or", "the", "to", "with"])
"""Articles, conjunctions and short prepositions: the words every title style leaves in lower case."""
