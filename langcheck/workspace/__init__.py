"""The user's project on disk: its configuration file, which files to lint, and reading and writing them.

Reading keeps what is needed to write a file back exactly as it was found
(encoding, byte-order mark); writing is atomic and refuses to overwrite a file
that changed meanwhile. Nothing here knows about rules or prose.
"""
