"""Rewrites: which of a rule's suggestions fit a match, and applying chosen ones to a text.

``suggest`` picks the rewrites that fit the matched words and shapes them to
the sentence; ``edits`` turns findings into non-overlapping edits of the
original source and repeats until a second pass changes nothing. Pure
functions of strings and findings: linting is passed in, files are never touched.
"""
