"""Precision, recall and F1 of the shipped packs on the labelled corpus in tests/corpus/.

A predicted finding counts as a true positive when it overlaps an expected
span of the same pack; unmatched predictions are false positives and
unmatched expectations false negatives. Run: ``python benchmarks/accuracy.py``
(``--model auto`` to use an installed trained pipeline, ``--errors`` to list
misses and false alarms).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


@dataclass
class Score:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    # The same matching with packs ignored: labellers and packs may file one problem
    # differently ("an addict" is both a label and substance-use stigma).
    any_pack: Counter[str] = field(default_factory=Counter)

    def prf(self, pack: str | None = None) -> tuple[float, float, float]:
        tp = self.tp[pack] if pack else sum(self.tp.values())
        fp = self.fp[pack] if pack else sum(self.fp.values())
        fn = self.fn[pack] if pack else sum(self.fn.values())
        return _prf(tp, fp, fn)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_corpus(folder: Path = CORPUS) -> list[dict]:
    """Every labelled sentence in ``folder`` (all its ``*.jsonl`` files), or in one ``.jsonl`` file."""
    items = []
    for path in [folder] if folder.is_file() else sorted(folder.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                items.append(json.loads(line))
    return items


def _spans(text: str, expected: list[dict]) -> list[tuple[str, int, int]]:
    out = []
    for item in expected:
        taken = [s for _, s, _ in out]
        start = text.find(item["text"])
        while start in taken:
            start = text.find(item["text"], start + 1)
        out.append((item["pack"], start, start + len(item["text"])))
    return out


def score(items: list[dict], model: str | None = "blank") -> Score:
    from langcheck.api import Engine, EngineOptions

    engine = Engine(EngineOptions(model=model))
    result = Score()
    predictions = engine.match_texts([item["text"] for item in items])
    for item, matches in zip(items, predictions, strict=False):
        expected = _spans(item["text"], item["expect"])
        found = [(engine.rules[rule_id].pack, start, end, rule_id) for rule_id, start, end in matches]
        hits, used = _match(expected, found, same_pack=True)
        for (pack, start, end, rule_id), hit in zip(found, hits, strict=True):
            if hit:
                result.tp[pack] += 1
            else:
                result.fp[pack] += 1
                result.errors.append(f"FP {rule_id}: {item['text'][start:end]!r} in {item['text']!r}")
        any_hits, any_used = _match(expected, found, same_pack=False)
        result.any_pack.update(tp=sum(any_hits), fp=len(any_hits) - sum(any_hits), fn=len(expected) - len(any_used))
        for i, (pack, start, end) in enumerate(expected):
            if i not in used:
                result.fn[pack] += 1
                result.errors.append(f"FN {pack}: {item['text'][start:end]!r} in {item['text']!r}")
    return result


def _match(
    expected: list[tuple[str, int, int]], found: list[tuple[str, int, int, str]], same_pack: bool
) -> tuple[list[bool], set[int]]:
    """Pair each finding with an unused expected span it overlaps (of its own pack, if ``same_pack``).

    Returns whether each finding found a span, and the indexes of the expected spans taken.
    """
    used: set[int] = set()
    hits: list[bool] = []
    for pack, start, end, _ in found:
        hit = next(
            (
                i
                for i, (p, s, e) in enumerate(expected)
                if i not in used and (p == pack or not same_pack) and s < end and start < e
            ),
            None,
        )
        hits.append(hit is not None)
        if hit is not None:
            used.add(hit)
    return hits, used


def report(result: Score) -> str:
    packs = sorted(set(result.tp) | set(result.fp) | set(result.fn))
    lines = [f"{'pack':<20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for pack in [*packs, None]:
        p, r, f = result.prf(pack)
        name = pack or "overall"
        tp = result.tp[pack] if pack else sum(result.tp.values())
        fp = result.fp[pack] if pack else sum(result.fp.values())
        fn = result.fn[pack] if pack else sum(result.fn.values())
        lines.append(f"{name:<20} {p:6.3f} {r:6.3f} {f:6.3f} {tp:5d} {fp:5d} {fn:5d}")
    tp, fp, fn = (result.any_pack[k] for k in ("tp", "fp", "fn"))
    p, r, f = _prf(tp, fp, fn)
    lines.append(f"{'overall, any pack':<20} {p:6.3f} {r:6.3f} {f:6.3f} {tp:5d} {fp:5d} {fn:5d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="blank", help="spaCy pipeline: blank (default), auto, or a name")
    parser.add_argument("--errors", action="store_true", help="list false positives and false negatives")
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="a .jsonl file or a folder of them (default: tests/corpus)"
    )
    args = parser.parse_args(argv)
    items = load_corpus(args.corpus)
    result = score(items, args.model)
    print(f"{len(items)} sentences, {sum(1 for i in items if i['expect'])} with expected findings")
    print(report(result))
    if args.errors:
        print("\n".join(result.errors))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main())
