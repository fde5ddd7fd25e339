"""Build the spaCy pipeline once per process.

The default is a blank English pipeline (tokenizer plus sentencizer) so that
nothing has to be downloaded. When a trained English pipeline is installed it
is used instead (``model="auto"``), which adds part-of-speech tags, a trained
sentence recogniser and named entities for telling names from words.
"""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from langcheck.core.errors import LangcheckError
from langcheck.matching import component  # noqa: F401 - registers the "langcheck" factory
from langcheck.matching.model_choice import AUTO_MODELS, resolve_model
from langcheck.matching.options import EngineOptions

__all__ = ["AUTO_MODELS", "build_pipeline", "resolve_model"]

# Nothing here reads lemmas or dependency arcs; the parser is the slowest pipe, and the
# trained pipelines ship a (disabled) sentence recogniser that gives boundaries for a fraction of its cost.
_UNUSED_PIPES = ("lemmatizer", "parser")


@functools.lru_cache(maxsize=8)
def build_pipeline(options: EngineOptions) -> Language:
    """The pipeline for these options, built once per process."""
    nlp = _base(resolve_model(options.model))
    nlp.add_pipe(
        "langcheck",
        config={
            "packs": list(options.packs),
            "builtin": options.builtin,
            "select": list(options.select),
            "ignore": list(options.ignore),
            "profiles": list(options.profiles),
            "allow": list(options.allow),
        },
    )
    return nlp


def _base(model: str | None) -> Language:
    if model is None:
        nlp = spacy.blank("en")
    else:
        try:
            nlp = spacy.load(model, exclude=list(_UNUSED_PIPES))
            if "senter" in nlp.disabled:
                nlp.enable_pipe("senter")
        except OSError as exc:
            raise LangcheckError(f"cannot load spaCy pipeline {model!r}: {str(exc).splitlines()[0]}") from None
    if not ({"parser", "senter", "sentencizer"} & set(nlp.pipe_names)):
        nlp.add_pipe("sentencizer")
    _split_footnote_marks(nlp)
    return nlp


# A footnote or reference mark glued to the word before it: "for the insane.[6]", "crazy[1]", "mad.[note 2]".
# spaCy's English tokenizer leaves "insane.[6" as one token, so no rule would see "insane"; splitting at the
# bracket (and at a full stop just before it) gives the word back.
_FOOTNOTE_INFIXES = (
    r"(?<=[^\W\d_])[.,;:!?\"”’)]+(?=\[)",  # the marks between the word and the bracket, as one token
    r"(?<=[^\W\d_.,;:!?\"”’)])\[|(?<=[.,;:!?\"”’)])\[",  # the bracket itself
)


def _split_footnote_marks(nlp: Language) -> None:
    infixes = [*nlp.Defaults.infixes, *_FOOTNOTE_INFIXES]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
