"""The parts of ``benchmarks/speed.py``, one module per thing it measures.

``timing`` holds the helpers every measurement shares (best-of-N timing within
a budget, wall time of a command, peak memory, child processes, load);
``inputs`` writes the texts every tool is given; ``throughput``, ``cold_start``
and ``jobs`` measure; ``alex`` installs and finds alex; ``results`` holds the
figures, ``targets`` judges them and ``render`` prints them.
"""
