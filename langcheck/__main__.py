"""``python -m langcheck`` runs the command line."""

from langcheck.cli.entry import run

run()
