"""``python -m langcheck`` runs the command line."""

from langcheck.cli import main

main()
