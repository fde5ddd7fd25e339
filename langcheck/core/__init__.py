"""Foundations every layer shares: the data types, user-facing errors, line positions and YAML loading.

Nothing here imports another part of langcheck, spaCy or a parser of markup.
"""
