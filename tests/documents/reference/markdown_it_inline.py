"""Inline Markdown parsing that remembers where every token starts (for the reference parser).

markdown-it gives block tokens line ranges but inline tokens no positions at
all. Re-finding token text in the source by searching is fragile (a link title
or destination can contain the very words that follow the link), so instead
the inline rules run on a state that records, for each token it creates, the
index in the inline content where the token begins. Rules keep ``state.pos``
at the start of a construct while they push its token, and literal text is
accumulated from consecutive positions, so this is exact.

The recorded index is stored in ``token.meta[POSITION]`` (an index into the
inline token's ``content``). Callers must disable the ``text_join`` core rule
and the ``fragments_join`` inline rule, which merge tokens and would lose
positions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from markdown_it.rules_inline.state_inline import StateInline
from markdown_it.token import Token

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.utils import EnvType

POSITION = "langcheck_position"
_DELIMITERS = ("*", "_")


class _PositionedState(StateInline):
    """A StateInline that tags each token with the content index it starts at."""

    def __init__(self, src: str, md: MarkdownIt, env: EnvType, tokens: list[Token]) -> None:
        self._text_start: int | None = None
        super().__init__(src, md, env, tokens)

    @property  # type: ignore[override]
    def pending(self) -> str:
        return StateInline.pending.fget(self)  # type: ignore[attr-defined,no-any-return]

    @pending.setter
    def pending(self, value: str) -> None:
        StateInline.pending.fset(self, value)  # type: ignore[attr-defined]
        if not value:
            self._text_start = None

    def append_pending(self, text: str) -> None:
        if self._text_start is None:
            self._text_start = self.pos
        super().append_pending(text)

    def pushPending(self) -> Token:
        start = self._text_start
        token = super().pushPending()
        token.meta[POSITION] = start if start is not None else -1
        return token

    def push(self, ttype: str, tag: str, nesting: int) -> Token:  # type: ignore[override]
        token = super().push(ttype, tag, nesting)  # type: ignore[arg-type]
        token.meta[POSITION] = self.pos
        return token


def _fix_delimiter_runs(tokens: list[Token]) -> None:
    """Emphasis pushes one text token per ``*``/``_`` of a run, all at the run's start; spread them out."""
    previous: Token | None = None
    previous_raw = -1
    for token in tokens:
        raw = token.meta.get(POSITION, -1)
        if (
            previous is not None
            and token.type == "text"
            and token.content in _DELIMITERS
            and previous.type == "text"
            and previous.content == token.content
            and raw == previous_raw
        ):
            token.meta[POSITION] = previous.meta[POSITION] + 1
        previous = token
        previous_raw = raw


def parse_inline(md: MarkdownIt, content: str, env: EnvType) -> list[Token]:
    """Inline tokens of ``content`` (as ``md.inline.parse`` would give), each with its start index."""
    tokens: list[Token] = []
    state = _PositionedState(content, md, env, tokens)
    md.inline.tokenize(state)
    _fix_delimiter_runs(tokens)
    for rule in md.inline.ruler2.getRules(""):
        rule(state)
    return tokens
