"""Linting: from documents to findings positioned in the original source.

``document`` lints one parsed document: it runs the engine over the blocks,
maps every match back to source offsets, lines and columns, attaches the
fitting rewrites and applies the document's suppression comments
(``suppression``). ``files`` lints inputs (files, folders, stdin): it finds
and reads them, applies per-file ignores, and spreads many files over worker
processes; a file that cannot be read becomes an error result and the others
are still linted.
"""
