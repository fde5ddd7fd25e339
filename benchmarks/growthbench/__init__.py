"""Inputs and the per-process measurement of ``benchmarks/growth.py``."""
