"""How often a rewrite reads right in its sentence, against verdicts a person recorded.

The labelled set (``tests/rewrites/labelled.jsonl``) holds real flagged
sentences, each with a rewrite applied and an editor's verdict: one JSON
object a line,

    {"sentence": ..., "rule": ..., "span": ..., "rewritten": ...,
     "verdict": "fits" | "broken", "why": ..., "source": ...}

where ``span`` is the flagged words and ``rewritten`` the whole sentence after
the rewrite. A verdict belongs to the exact rewritten sentence, so the set can
hold verdicts on the rewrites of several versions of the packs side by side.

This script lints every sentence, applies the first suggestion of every
finding (what ``fix --unsafe-fixes`` applies), and separately every safe
suggestion (what ``fix`` applies unasked), and reports the share that fits
among the rewrites that have a verdict. Rewrites without one are counted as
unjudged; ``--write-unjudged FILE`` writes them out, verdict empty, for a
person to judge (the way new, unseen sentences are measured: ``--corpus
tests/corpus/blind-8.jsonl --write-unjudged todo.jsonl``, judge, then
``--labels todo.jsonl``).

Run: ``python benchmarks/rewrites.py`` (``--model auto`` for an installed
trained pipeline, ``--errors`` to list the broken rewrites). ``--cost`` also
measures what fitting rewrites costs: the CPU time of linting every corpus
sentence as one document, with rewrites fitted and with fitting switched off.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "rewrites" / "labelled.jsonl"
VERDICTS = ("fits", "broken")
FIELDS = ("sentence", "rule", "span", "rewritten", "verdict", "why", "source")


@dataclass(frozen=True)
class Applied:
    """One rewrite applied to one sentence."""

    sentence: str
    source: str
    rule: str
    span: str
    rewritten: str
    safe: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return self.sentence, self.rule, self.rewritten

    def to_label(self, verdict: str = "", why: str = "") -> dict[str, str]:
        return {
            "sentence": self.sentence,
            "rule": self.rule,
            "span": self.span,
            "rewritten": self.rewritten,
            "verdict": verdict,
            "why": why,
            "source": self.source,
        }


@dataclass
class Tally:
    """Verdicts on one kind of rewrite (first suggestions, or safe ones)."""

    verdicts: Counter[str] = field(default_factory=Counter)
    broken: list[tuple[Applied, str]] = field(default_factory=list)
    unjudged: list[Applied] = field(default_factory=list)

    @property
    def judged(self) -> int:
        return self.verdicts["fits"] + self.verdicts["broken"]

    @property
    def rate(self) -> float:
        return self.verdicts["fits"] / self.judged if self.judged else 1.0

    def add(self, applied: Applied, labels: dict[tuple[str, str, str], dict[str, str]]) -> None:
        label = labels.get(applied.key)
        if label is None or label["verdict"] not in VERDICTS:
            self.unjudged.append(applied)
            return
        self.verdicts[label["verdict"]] += 1
        if label["verdict"] == "broken":
            self.broken.append((applied, label["why"]))


@dataclass
class Result:
    first: Tally = field(default_factory=Tally)
    safe: Tally = field(default_factory=Tally)
    findings: int = 0
    without_suggestion: int = 0


def load_labels(paths: Iterable[Path]) -> dict[tuple[str, str, str], dict[str, str]]:
    """Verdicts by (sentence, rule, rewritten sentence); a malformed line stops with its file and line number."""
    labels: dict[tuple[str, str, str], dict[str, str]] = {}
    for path in paths:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                label = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: not a JSON object: {exc.msg}") from None
            missing = [name for name in FIELDS if name not in label]
            if missing or (label["verdict"] and label["verdict"] not in VERDICTS):
                raise SystemExit(f"{path}:{number}: needs {', '.join(FIELDS)} and a verdict of fits or broken")
            labels[label["sentence"], label["rule"], label["rewritten"]] = label
    return labels


def sentences_of(labels: dict[tuple[str, str, str], dict[str, str]]) -> list[dict[str, object]]:
    """The labelled sentences, once each, in file order."""
    seen: dict[str, dict[str, object]] = {}
    for label in labels.values():
        item = seen.setdefault(label["sentence"], {"text": label["sentence"], "source": label["source"], "labelled": set()})
        item["labelled"].add((label["rule"], label["span"]))  # type: ignore[union-attr]
    return list(seen.values())


def load_corpus(path: Path) -> list[dict[str, object]]:
    """Sentences in the corpus format of ``tests/corpus`` (``text``, ``source``, ``expect``): flagged ones only."""
    return [item for item in _items(path) if item.get("expect")]


def rewrites(items: list[dict[str, object]], model: str) -> Iterator[tuple[str, Applied | None, list[Applied]]]:
    """Per finding: its rule, the first suggestion applied (None: no suggestion) and every safe one applied."""
    from langcheck.api import Engine, EngineOptions, check_text

    engine = Engine(EngineOptions(model=model))
    for item in items:
        text = str(item["text"])
        expected = item.get("expect")
        labelled = item.get("labelled")
        for finding in check_text(text, "text", engine=engine):
            if finding.quotation or (expected is not None and not _expected_here(text, finding, expected)):
                continue
            if labelled is not None and (finding.rule, finding.text) not in labelled:  # type: ignore[operator]
                continue  # a finding the labelled set does not cover (another rule's, or a false alarm)
            applied = [_apply(text, str(item["source"]), finding, s) for s in finding.suggestions]
            yield finding.rule, applied[0] if applied else None, [a for a in applied if a.safe]


def _expected_here(text: str, finding, expected) -> bool:  # type: ignore[no-untyped-def]
    """Whether a labelled span of the corpus overlaps the finding (a real flag, not a false alarm)."""
    for item in expected:
        start = text.find(item["text"])
        while start != -1:
            if start < finding.end and finding.start < start + len(item["text"]):
                return True
            start = text.find(item["text"], start + 1)
    return False


def _apply(text: str, source: str, finding, suggestion) -> Applied:  # type: ignore[no-untyped-def]
    start = getattr(suggestion, "start", None)
    end = getattr(suggestion, "end", None)
    start, end = (finding.start, finding.end) if start is None or end is None else (start, end)
    rewritten = text[:start] + suggestion.text + text[end:]
    return Applied(text, source, finding.rule, finding.text, rewritten, suggestion.safe)


def measure(items: list[dict[str, object]], labels: dict[tuple[str, str, str], dict[str, str]], model: str) -> Result:
    result = Result()
    for _, first, safe in rewrites(items, model):
        result.findings += 1
        if first is None:
            result.without_suggestion += 1
            continue
        result.first.add(first, labels)
        for applied in safe:
            result.safe.add(applied, labels)
    return result


def report(result: Result, errors: bool = False) -> str:
    offered = result.findings - result.without_suggestion
    lines = [f"findings: {result.findings}, with a suggestion: {offered}, without: {result.without_suggestion}"]
    for name, tally in (("first suggestions", result.first), ("safe suggestions", result.safe)):
        lines.append(
            f"{name}: {tally.verdicts['fits']}/{tally.judged} fit ({100 * tally.rate:.1f}%), "
            f"{tally.verdicts['broken']} broken, {len(tally.unjudged)} unjudged"
        )
        if errors:
            for applied, why in tally.broken:
                lines.append(f"  BROKEN {applied.rule}: {applied.rewritten!r} ({why})")
            for applied in tally.unjudged:
                lines.append(f"  UNJUDGED {applied.rule}: {applied.rewritten!r}")
    return "\n".join(lines)


def write_unjudged(result: Result, path: Path) -> int:
    """Write the rewrites without a verdict (first and safe ones, once each) for a person to judge."""
    seen: dict[tuple[str, str, str], Applied] = {}
    for applied in [*result.first.unjudged, *result.safe.unjudged]:
        seen.setdefault(applied.key, applied)
    path.write_text("".join(json.dumps(a.to_label(), ensure_ascii=False) + "\n" for a in seen.values()), "utf-8")
    return len(seen)


def cost(model: str, repeat: int = 4, runs: int = 3) -> str:
    """CPU seconds to lint the whole corpus as one document, with and without fitting rewrites (best of ``runs``)."""
    from langcheck.api import Engine, EngineOptions, check_text
    from langcheck.linting import document

    texts = [str(item["text"]) for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")) for item in _items(path)]
    text = "\n\n".join(texts * repeat)
    engine = Engine(EngineOptions(model=model))
    check_text(text[:20_000], engine=engine)  # build the pipeline and compile the rules first
    fitted = document.fit_suggestions
    timings = {}
    try:
        for label, fit in (("without rewrites", lambda *args, **kwargs: ()), ("with rewrites", fitted)):
            document.fit_suggestions = fit
            best = float("inf")
            for _ in range(runs):
                start = time.process_time()
                findings = check_text(text, engine=engine)
                best = min(best, time.process_time() - start)
            timings[label] = best
    finally:
        document.fit_suggestions = fitted
    extra = timings["with rewrites"] - timings["without rewrites"]
    words = len(text.split())
    return (
        f"cost ({model}): {words:,} words, {len(findings):,} findings; CPU {timings['without rewrites']:.2f} s without "
        f"rewrites, {timings['with rewrites']:.2f} s with them: {1e6 * extra / max(1, len(findings)):.0f} µs a finding"
    )


def _items(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, action="append", help="verdict file(s) (default: the labelled set)")
    parser.add_argument("--corpus", type=Path, help="rewrite the flagged sentences of this corpus file instead")
    parser.add_argument("--model", default="blank", help="spaCy pipeline: blank (default), auto or a package name")
    parser.add_argument("--errors", action="store_true", help="list broken and unjudged rewrites")
    parser.add_argument("--write-unjudged", type=Path, metavar="FILE", help="write rewrites without a verdict to FILE")
    parser.add_argument("--cost", action="store_true", help="also measure the CPU time that fitting rewrites takes")
    args = parser.parse_args(argv)
    labels = load_labels(args.labels or [LABELLED])
    items = load_corpus(args.corpus) if args.corpus else sentences_of(labels)
    result = measure(items, labels, args.model)
    print(report(result, args.errors))
    if args.write_unjudged:
        count = write_unjudged(result, args.write_unjudged)
        print(f"wrote {count} unjudged rewrites to {args.write_unjudged}", file=sys.stderr)
    if args.cost:
        print(cost(args.model))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
