"""``python -m langcheck`` runs the command line."""

from langcheck.entry import run

run()
