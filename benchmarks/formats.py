"""How long langcheck takes on a Word document and a reStructuredText file of a few thousand words.

A benchmark to run by hand, not a timed test: it prints a table and asserts
nothing. Inputs, written to a temporary folder:

* ``docs.rst``: a real Sphinx page (python-docx's "Understanding styles",
  ``tests/data/rst``), about 2,200 words;
* ``report.docx``: a Word document built with python-docx from real prose
  (the first lines of ``--prose``, by default the 1 MB prose file of the speed
  benchmark, else the reStructuredText page's lines), one paragraph a line,
  every tenth a heading, a bold run in every paragraph, a table, and some
  sentences of the labelled corpus so that findings are made and fixed;
* ``flagged.rst``: the same page with those corpus sentences as paragraphs
  between its sections, so that it is parsed and matched, not skipped by the
  whole-file pre-pass;
* ``report.txt``: the same text as the Word document, as plain text, for
  comparison.

For each: wall time of one ``langcheck check FILE --model blank`` process
(cold start included, best of ``--repeats``), and in one process with a warm
engine the time to read the file into a document (python-docx or docutils
only), to check it (``api.check_bytes``) and to fix it (``api.fix_bytes``),
best of ``--repeats``.

Run: ``python benchmarks/formats.py`` (``--words N``, ``--repeats N``, ``--prose PATH``).
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PROSE = REPO.parent / "shared" / "bench" / "prose-1mb.txt"
RST_PAGE = REPO / "tests" / "data" / "rst" / "python-docx-user-styles-understanding.rst"
CORPUS = REPO / "tests" / "corpus"


def best(repeats: int, func: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def corpus_sentences(count: int) -> list[str]:
    """Sentences of the labelled corpus that should be flagged: they make findings to report and fix."""
    found = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if record.get("kind") == "flag" and record.get("expect"):
                    found.append(" ".join(record["text"].split()))
    return found[:: max(1, len(found) // count)][:count]


def prose_lines(prose: Path, words: int) -> list[str]:
    source = prose if prose.is_file() else RST_PAGE
    lines, total = [], 0
    for line in source.read_text("utf-8").splitlines():
        line = " ".join(line.split())
        if len(line.split()) < 4:
            continue
        lines.append(line)
        total += len(line.split())
        if total >= words:
            break
    return lines


def build_docx(lines: list[str], path: Path) -> None:
    import docx

    document = docx.Document()
    for number, line in enumerate(lines):
        if number % 10 == 0:
            document.add_heading(" ".join(line.split()[:6]), 2)
        head, _, tail = line.partition(" ")
        paragraph = document.add_paragraph()
        paragraph.add_run(head + " ").bold = True
        paragraph.add_run(tail)
    table = document.add_table(rows=3, cols=3)
    for row in table.rows:
        for cell, line in zip(row.cells, lines[:3], strict=False):
            cell.text = line
    document.save(str(path))


def cold(path: Path, repeats: int) -> float:
    command = [sys.executable, "-m", "langcheck", "check", str(path), "--model", "blank", "--format", "json"]
    return best(repeats, lambda: subprocess.run(command, capture_output=True, check=False))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--prose", type=Path, default=DEFAULT_PROSE)
    parser.add_argument("--words", type=int, default=3000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)

    from langcheck import api
    from langcheck.documents import parse_document
    from langcheck.documents.word import read_word

    engine = api.Engine(api.EngineOptions(model="blank"))
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        lines = prose_lines(args.prose, args.words)
        flagged = corpus_sentences(20)
        mixed = [line for pair in zip(lines, flagged + [""] * len(lines), strict=False) for line in pair if line]
        inputs = {
            "report.docx": work / "report.docx",
            "report.txt": work / "report.txt",
            "docs.rst": work / "docs.rst",
            "flagged.rst": work / "flagged.rst",
        }
        build_docx(mixed, inputs["report.docx"])
        inputs["report.txt"].write_text("\n\n".join(mixed) + "\n", "utf-8")
        page = RST_PAGE.read_text("utf-8")
        inputs["docs.rst"].write_text(page, "utf-8")
        sections = page.split("\n\n")
        step = max(1, len(sections) // len(flagged))
        for index, sentence in zip(range(len(sections) - 1, 0, -step), flagged, strict=False):
            if not sections[index].startswith((" ", "\t", "..")):  # between top-level blocks, not inside one
                sections.insert(index, sentence)
        inputs["flagged.rst"].write_text("\n\n".join(sections), "utf-8")
        readers = {
            "report.docx": lambda data: read_word(data, "report.docx").document(),
            "report.txt": lambda data: parse_document(data.decode(), "text"),
            "docs.rst": lambda data: parse_document(data.decode(), "rst"),
            "flagged.rst": lambda data: parse_document(data.decode(), "rst"),
        }
        print(f"python {sys.version.split()[0]}, {args.repeats} runs each, best shown; --model blank")
        print(f"{'file':<12} {'words':>6} {'KB':>6} {'findings':>8} {'cold CLI':>9} {'read':>8} {'check':>8} {'fix':>8}")
        for name, path in inputs.items():
            data = path.read_bytes()
            text = api.document_text(data, name)
            result = api.check_bytes(data, name, engine=engine)  # warms the engine
            read = best(args.repeats, lambda data=data, name=name: readers[name](data))
            check = best(args.repeats, lambda data=data, name=name: api.check_bytes(data, name, engine=engine))
            fix = best(args.repeats, lambda data=data, name=name: api.fix_bytes(data, name, engine=engine))
            wall = cold(path, args.repeats)
            print(
                f"{name:<12} {len(text.split()):>6} {len(data) / 1024:>6.0f} {len(result.findings):>8} "
                f"{wall:>8.2f}s {read * 1000:>6.0f}ms {check * 1000:>6.0f}ms {fix * 1000:>6.0f}ms"
            )
        fixed = api.fix_bytes(inputs["report.docx"].read_bytes(), "report.docx", engine=engine)
        import docx

        docx.Document(io.BytesIO(fixed.data))  # the fixed document opens
        print(f"report.docx fix: {len(fixed.outcome.applied)} rewrites made, {len(fixed.outcome.held)} held back")


if __name__ == "__main__":
    main()
