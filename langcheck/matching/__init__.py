"""Matching: run the enabled rules over prose blocks and return raw matches (rule id, start, end).

``engine`` is the entry point. It cuts long blocks into pieces at sentence
ends, lets the lexical pre-pass (``prefilter``) drop pieces no rule can
match, and hands the rest to the spaCy pipeline (``pipeline``, with the model
chosen by ``model_choice``), whose ``component`` matches token and phrase
patterns, only near trigger words (``windows``), with literal patterns
spelled out as phrases (``literal_patterns``), and keeps the matches that
the checks in ``langcheck.context`` allow. spaCy is imported only once a piece
needs it.
"""
