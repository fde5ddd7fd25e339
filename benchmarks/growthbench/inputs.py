"""The hostile and huge inputs of the growth benchmark, each generated at any size.

Every case is a function of one size parameter ``n`` that writes its input
into a folder and returns what to lint (or which pack to load). Inputs are
built so that the rules have work to do: where a pathological shape repeats
a letter in the published test suites, it repeats a trigger word here, so
the tokenizer and matcher see the hostile text and not only the parser.

The CommonMark cases are those of cmark's ``test/pathological_tests.py``
(also used by commonmark.js and markdown-it), the inputs that made one
CommonMark parser or another quadratic or worse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

WORD = "crazy"
"""A trigger word of the shipped packs, put where the published inputs have a letter."""

PARAGRAPH = (
    "The committee met on Tuesday to review the budget for the coming year, and the chair thanked "
    "the volunteers who had organised the spring fair. One member said the week had been crazy, "
    "and another told us her cousin committed suicide last winter, which the group discussed with care. "
)


@dataclass(frozen=True)
class Case:
    """One input shape: ``make(folder, n)`` writes it; ``sizes`` are the default ``n`` (small, large)."""

    name: str
    title: str
    unit: str
    sizes: tuple[int, int]
    make: Callable[[Path, int], Path]
    kind: str = "check"
    """``check``: lint the returned path; ``pack``: load the returned pack, then lint a fixed file with it;
    ``refuse``: loading the returned pack must fail."""


def _file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def many_files(folder: Path, n: int) -> Path:
    """``n`` small Markdown files in one folder, each with a heading and one finding."""
    target = folder / "notes"
    target.mkdir()
    for i in range(n):
        (target / f"note-{i:06d}.md").write_text(
            f"# Note {i}\n\nThe meeting on day {i} was crazy, the minutes say.\n", encoding="utf-8"
        )
    return target


def big_markdown(folder: Path, megabytes: int) -> Path:
    """One Markdown file of about ``megabytes`` MB: headings, paragraphs, lists, a table, code."""
    section = (
        "## A section\n\n"
        + PARAGRAPH
        + "\n\n- a list item that is quite ordinary\n- another one, *with emphasis* and a [link](https://example.org)\n\n"
        + "| year | note |\n| --- | --- |\n| 2019 | it was crazy |\n\n"
        + "```\ncode that is not prose: crazy()\n```\n\n"
    )
    count = megabytes * 1_000_000 // len(section) + 1
    path = folder / "big.md"
    with path.open("w", encoding="utf-8") as out:
        for _ in range(count):
            out.write(section)
    return path


def long_line(folder: Path, repeats: int) -> Path:
    """The 2 MB single line of the issue at ``repeats`` = 2,000: 200 words, then "so crazy", repeated."""
    chunk = " ".join(["word"] * 200) + " so crazy "
    return _file(folder, "long-line.txt", chunk * repeats)


def nested_html(folder: Path, depth: int) -> Path:
    return _file(folder, "nested.html", "<div>" * depth + f"<p>It was {WORD}.</p>" + "</div>" * depth)


def nested_inline_html(folder: Path, depth: int) -> Path:
    """Inline elements never closed: the tag stack only grows."""
    return _file(folder, "inline.html", f"<p>It was {WORD} " + "<span>" * depth + "</p>")


def _entities(count: int) -> str:
    """``count`` entities (named, numeric, hexadecimal) in sentences, with a trigger word every thousand."""
    sentence = "Fish &amp; chips &eacute;t&eacute; &#8212; caf&#xE9; &lt;tag&gt; " * 100
    per_sentence = 600
    return f"It was {WORD}. ".join(sentence for _ in range(count // per_sentence + 1))


def html_entities(folder: Path, count: int) -> Path:
    return _file(folder, "entities.html", f"<p>{_entities(count)}</p>\n")


def markdown_entities(folder: Path, count: int) -> Path:
    return _file(folder, "entities.md", _entities(count) + "\n")


def link_references(folder: Path, count: int) -> Path:
    """``count`` link reference definitions, then a paragraph using some of them."""
    definitions = "".join(f"[ref-{i}]: https://example.org/{i}\n" for i in range(count))
    uses = " ".join(f"It was {WORD} [ref-{i}]." for i in range(0, count, max(1, count // 1000)))
    return _file(folder, "references.md", definitions + "\n" + uses + "\n")


def _markdown(name: str, build: Callable[[int], str]) -> Callable[[Path, int], Path]:
    def make(folder: Path, n: int) -> Path:
        return _file(folder, f"{name}.md", build(n))

    return make


# cmark's pathological inputs (test/pathological_tests.py), a trigger word in place of the letters.
W = WORD
COMMONMARK: dict[str, tuple[str, Callable[[int], str]]] = {
    "nested-strong-emph": ("nested strong emphasis", lambda n: f"*{W} **{W} " * n + W + f" {W}** {W}*" * n),
    "emph-closers": ("many emphasis closers, no openers", lambda n: f"{W}_ " * n),
    "emph-openers": ("many emphasis openers, no closers", lambda n: f"_{W} " * n),
    "link-closers": ("many link closers, no openers", lambda n: f"{W}]" * n),
    "link-openers": ("many link openers, no closers", lambda n: f"[{W}" * n),
    "mismatched-emph": ("mismatched openers and closers", lambda n: f"*{W}_ " * n),
    "emph-multiple-of-3": ("openers and closers, multiple of 3", lambda n: f"{W}**b" + "c* " * n),
    "link-emph": ("link openers and emphasis closers", lambda n: f"[ {W}_" * n),
    "bracket-paren": ("pattern [ (]( repeated", lambda n: "[ (](" * n + W),
    "nested-brackets": ("nested brackets", lambda n: "[" * n + W + "]" * n),
    "nested-quotes": ("nested block quotes", lambda n: "> " * n + W + "\n"),
    "unclosed-links-a": ("unclosed links A", lambda n: f"[{W}](<b" * n),
    "unclosed-links-b": ("unclosed links B", lambda n: f"[{W}](b" * n),
    "unclosed-comments": ("unclosed <!--", lambda n: "</" + "<!--" * n + W),
    "emph-run": ("emphasis delimiters around a word", lambda n: "*_" * n + W + "_*" * n),
    "backtick-runs": ("backtick runs of every length", lambda n: "".join(W + "`" * i for i in range(1, n))),
    "table-rows": ("a table with many rows", lambda n: "| a | b |\n| --- | --- |\n" + f"| {W} | b |\n" * n),
    "table-columns": ("a table with many columns", lambda n: "|a" * n + "|\n" + "|-" * n + "|\n" + f"|{W}" * n + "|\n"),
}
"""name -> (title, text of size n)."""

_NESTED_LIST_NOTE = "deeply nested lists grow quadratically with depth, so their size is the depth"


def nested_lists(folder: Path, depth: int) -> Path:
    return _file(folder, "lists.md", "".join("  " * i + f"* {W}\n" for i in range(depth)))


def _rule(i: int) -> str:
    word = _word(i)
    return (
        f"  - id: rule-{i}\n"
        "    severity: warning\n"
        f"    patterns: [{word}, [{{LOWER: {word}}}, {{LOWER: {{IN: [people, person]}}}}]]\n"
        f"    message: '\"{{text}}\" is a made-up word number {i}.'\n"
        "    explanation: A rule of a large generated pack, used to measure how the linter scales.\n"
        "    suggestions: [{text: someone, safe: true}]\n"
        "    sources: [https://example.org/style]\n"
        f"    examples: {{flag: [{word} people were there.], pass: [Nobody was there.]}}\n"
    )


def _word(i: int) -> str:
    """A distinct purely alphabetic word per rule: 'qa', 'qb', ..., base 26 after a 'q'."""
    letters = ""
    while True:
        i, digit = divmod(i, 26)
        letters = chr(ord("a") + digit) + letters
        if not i:
            return "q" + letters


def big_pack(folder: Path, rules: int) -> Path:
    text = "schema: 1\npack: generated\ndescription: A generated pack.\nrules:\n" + "".join(_rule(i) for i in range(rules))
    return _file(folder, "generated.yaml", text)


def pack_probe_text(rules: int) -> str:
    """What a pack is measured on: 100 KB of prose mentioning a few of its words."""
    words = [_word(i) for i in range(0, rules, max(1, rules // 50))]
    sentences = [PARAGRAPH] + [f"Many {word} people came. " for word in words]
    text = "".join(sentences)
    return text * (100_000 // len(text) + 1)


def alias_bomb(folder: Path, levels: int) -> Path:
    """A "billion laughs" pack: each level's list holds ten aliases of the level below (10**levels leaves)."""
    lines = ['lol0: &lol0 ["lol"]']
    for level in range(1, levels + 1):
        items = ", ".join([f"*lol{level - 1}"] * 10)
        lines.append(f"lol{level}: &lol{level} [{items}]")
    body = "\n".join(lines)
    text = (
        f"schema: 1\npack: bomb\ndescription: An alias bomb.\n{body}\nrules:\n"
        f"  - id: boom\n    severity: warning\n    patterns: [*lol{levels}]\n"
        "    message: boom\n    explanation: boom\n    suggestions: []\n    sources: []\n"
        "    examples: {flag: [], pass: []}\n"
    )
    return _file(folder, "bomb.yaml", text)


def cases() -> list[Case]:
    out = [
        Case("many-files", "small files in one folder", "files", (5_000, 20_000), many_files),
        Case("big-markdown", "one large Markdown file", "MB", (25, 100), big_markdown),
        Case("long-line", "one line: 200 words then 'so crazy', repeated", "repeats", (500, 2_000), long_line),
        Case("nested-html", "HTML nested deep", "levels", (2_500, 10_000), nested_html),
        Case("unclosed-inline-html", "HTML inline elements never closed", "tags", (2_500, 10_000), nested_inline_html),
        Case("html-entities", "HTML entities", "entities", (250_000, 1_000_000), html_entities),
        Case("markdown-entities", "Markdown entities", "entities", (250_000, 1_000_000), markdown_entities),
        Case("link-references", "Markdown link reference definitions", "definitions", (25_000, 100_000), link_references),
    ]
    for name, (title, build) in COMMONMARK.items():
        sizes = (250, 1_000) if name == "backtick-runs" else (7_500, 30_000)
        out.append(Case(name, f"CommonMark: {title}", "n", sizes, _markdown(name, build)))
    out += [
        Case("nested-lists", f"CommonMark: deeply nested lists ({_NESTED_LIST_NOTE})", "levels", (250, 1_000), nested_lists),
        Case("pack-rules", "custom pack: rules", "rules", (1_250, 5_000), big_pack, kind="pack"),
        Case("alias-bomb", "YAML pack of nested aliases (refused)", "levels", (6, 9), alias_bomb, kind="refuse"),
    ]
    return out
