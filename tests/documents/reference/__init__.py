"""The Markdown parser langcheck used before pyromark, kept as the reference of the parity tests."""
