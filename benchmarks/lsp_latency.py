"""How long the language server takes to re-lint a 5,000-word document after an edit, warm.

This is a benchmark to run by hand, not a timed test. It starts the real
server (``python -m langcheck lsp``) with pygls's client over stdio, as an
editor does, opens a 5,000-word Markdown document and makes one-word edits
at random places, one new version each. Two figures per document:

* **edit to diagnostics**: a ``didChange`` followed by ``didSave`` (which
  lints at once instead of waiting for the writer to pause), until the
  ``publishDiagnostics`` for that version arrives: parsing, matching,
  positions, JSON both ways. While typing the server adds its debounce
  delay (``DEBOUNCE_SECONDS``) before this.
* **lint only**: the same re-lint in this process, through the server's own
  code path (the document's configuration, an engine that remembers the
  pieces it matched), without the protocol.

The first lint (building the spaCy pipeline, compiling the rules) is done
before timing starts: the figures are warm. Documents: the real documents
in ``tests/data/real-docs`` joined and cut to 5,000 words (prose with some
findings), and the labelled corpus cut to 5,000 words (a finding in nearly
every sentence: the worst case). Pipelines: the default blank one, and a
trained one when installed.

Run: ``python benchmarks/lsp_latency.py`` (``--edits N``, ``--json FILE``).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from langcheck.api import RunSettings, check_source, settings_from_config
from langcheck.lsp.configuration import Configurations
from langcheck.workspace.config import load_config

WORDS = 5000
TARGET_MS = 100


def real_documents(words: int = WORDS) -> str:
    """Whole paragraphs of the real documents until ``words`` words."""
    paragraphs = []
    count = 0
    for path in sorted((REPO / "tests" / "data" / "real-docs").glob("*.md")):
        for paragraph in path.read_text("utf-8").split("\n\n"):
            paragraphs.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                return "\n\n".join(paragraphs) + "\n"
    return "\n\n".join(paragraphs) + "\n"


def dense_corpus(words: int = WORDS) -> str:
    """Labelled sentences, one paragraph each, until ``words`` words."""
    sentences = []
    count = 0
    for path in sorted((REPO / "tests" / "corpus").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                sentence = " ".join(json.loads(line)["text"].split())
                sentences.append(sentence)
                count += len(sentence.split())
                if count >= words:
                    return "\n\n".join(sentences) + "\n"
    return "\n\n".join(sentences) + "\n"


def edits(text: str, count: int, seed: int = 20) -> list[str]:
    """``count`` versions of ``text``, each with one more word typed after a random word."""
    rng = random.Random(seed)
    versions = []
    current = text
    for _ in range(count):
        spaces = [i for i, char in enumerate(current) if char == " "]
        at = rng.choice(spaces)
        current = current[:at] + " also" + current[at:]
        versions.append(current)
    return versions


def lint_only(folder: Path, text: str, versions: list[str]) -> list[float]:
    """Re-lint times (ms) through the server's configuration and engine, without the protocol."""
    path = folder / "doc.md"
    scope = Configurations().scope_for(path, folder)
    settings: RunSettings = scope.settings
    check_source(text, "doc.md", engine=scope.engine, settings=settings)  # warm: pipeline built, rules compiled
    gc.freeze()  # as the server does after an engine's first lint
    times = []
    for version in versions:
        start = time.perf_counter()
        check_source(version, "doc.md", engine=scope.engine, settings=settings)
        times.append((time.perf_counter() - start) * 1000)
    return times


async def through_the_server(folder: Path, text: str, versions: list[str]) -> tuple[list[float], int]:
    """Edit-to-diagnostics times (ms) with the real server over stdio, and the findings of the last version."""
    client = LanguageClient("langcheck-benchmark", "1")
    arrived: dict[int, tuple[float, int]] = {}

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def published(params: types.PublishDiagnosticsParams) -> None:
        if params.version is not None:
            arrived[params.version] = (time.perf_counter(), len(params.diagnostics))

    await client.start_io(sys.executable, "-m", "langcheck", "lsp")
    await client.initialize_async(
        types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=folder.as_uri())
    )
    client.initialized(types.InitializedParams())
    uri = (folder / "doc.md").as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)
        )
    )
    await _until(lambda: 1 in arrived, 300)
    times = []
    for version, new_text in enumerate(versions, start=2):
        sent = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=new_text)],
            )
        )
        client.text_document_did_save(
            types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )
        await _until(lambda version=version: version in arrived, 60)
        times.append((arrived[version][0] - sent) * 1000)
        await asyncio.sleep(0.05)
    findings = arrived[len(versions) + 1][1]
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return times, findings


async def _until(condition, timeout: float) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the server did not answer in time")
        await asyncio.sleep(0.001)


def trained_installed() -> bool:
    from langcheck.matching.model_choice import resolve_model

    return resolve_model("auto") is not None


def measure(model: str, name: str, text: str, count: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="langcheck-lsp-bench-") as tmp:
        folder = Path(tmp)
        (folder / ".langcheck.yaml").write_text(f"model: {model}\n", "utf-8")
        assert settings_from_config(load_config(folder / ".langcheck.yaml")).engine.model == model
        versions = edits(text, count)
        lint = lint_only(folder, text, versions)
        server, findings = asyncio.run(through_the_server(folder, text, versions))
    return {
        "document": name,
        "model": model,
        "words": len(text.split()),
        "findings": findings,
        "lint_ms": _summary(lint),
        "edit_to_diagnostics_ms": _summary(server),
    }


def _summary(times: Sequence[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {
        "median": round(statistics.median(ordered), 1),
        "p90": round(ordered[int(0.9 * (len(ordered) - 1))], 1),
        "best": round(ordered[0], 1),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=30, help="edits per document (default %(default)s)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    models = ["blank", "auto"] if trained_installed() else ["blank"]
    documents = {"real documents": real_documents(), "dense corpus": dense_corpus()}
    rows = [measure(model, name, text, args.edits) for model in models for name, text in documents.items()]
    load = os.getloadavg()
    print(
        f"{os.cpu_count()} CPUs, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {args.edits} edits each, warm"
    )
    print(
        "| document | pipeline | words | findings | lint only: median / p90 ms | edit to diagnostics: median / p90 ms |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    for row in rows:
        lint, server = row["lint_ms"], row["edit_to_diagnostics_ms"]
        pipeline = "blank (default)" if row["model"] == "blank" else "trained (auto)"
        print(
            f"| {row['document']} | {pipeline} | {row['words']:,} | {row['findings']} | "
            f"{lint['median']} / {lint['p90']} | {server['median']} / {server['p90']} |"  # type: ignore[index]
        )
    worst = max(row["edit_to_diagnostics_ms"]["median"] for row in rows)  # type: ignore[index]
    print(f"\ntarget: re-lint after an edit <= {TARGET_MS} ms warm; worst median edit to diagnostics: {worst} ms")
    if args.json:
        args.json.write_text(json.dumps({"load": load, "rows": rows}, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
