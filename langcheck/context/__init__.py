"""Context tests that tell use from mention, names from words and self-description from labels.

Each module holds pure predicates over a spaCy ``Doc`` and a token range, so
they can be tested on their own and reused by any rule.
"""
