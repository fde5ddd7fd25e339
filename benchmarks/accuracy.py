"""Precision, recall and F1 of the shipped packs on real sentences (tests/corpus/) and whole real documents.

Sentences: a predicted finding counts as a true positive when it overlaps an
expected span of the same pack; unmatched predictions are false positives and
unmatched expectations false negatives. Findings inside quotations are
information about a source's words, not flags (see ``context.quotation``), so
they are not scored.

Documents (tests/data/real-docs/, labels in ``expected.json``): a finding
matches a label on its line, of its pack, when one text contains the other
(a label with exactly its words first).
Labels marked ``disputed`` count neither way; labels marked ``quotation`` are
stigmatizing words inside quotations, which a finding may only note. The
report gives precision and recall per genre and findings per 10,000 words.

Technical posts, which should be nearly clean, are measured without labels:
``--clean DIR`` counts findings per 10,000 words over a folder of them.

Run: ``python benchmarks/accuracy.py`` (``--model auto`` to use an installed
trained pipeline, ``--errors`` to list misses and false alarms, ``--corpus
FILE`` for one batch, ``--documents`` for the whole-document figures only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
REAL_DOCS = Path(__file__).resolve().parent.parent / "tests" / "data" / "real-docs"
# Whole documents labelled blind and scored before tuning: how far the context checks carry to new writing.
BLIND_DOCS = sorted(REAL_DOCS.parent.glob("real-docs-blind-*"))


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


def _spans(text: str, expected: list[dict], found: list[tuple[str, int, int, str]] = ()) -> list[tuple[str, int, int]]:
    """Where each expected span stands. A label names its words, not their place: where they occur more than once
    ("not violent or crazy," ... "in fact violent and crazy"), the occurrence a finding overlaps is taken first."""
    out: list[tuple[str, int, int]] = []
    for item in expected:
        taken = {s for _, s, _ in out}
        width = len(item["text"])
        places = []
        start = text.find(item["text"])
        while start != -1:
            if start not in taken:
                places.append(start)
            start = text.find(item["text"], start + 1)
        found_at = [p for p in places if any(s < p + width and p < e for _, s, e, _ in found)]
        start = (found_at or places or [-1])[0]
        out.append((item["pack"], start, start + width))
    return out


def score(items: list[dict], model: str | None = "blank") -> Score:
    from langcheck.api import Engine, EngineOptions, check_text

    engine = Engine(EngineOptions(model=model))
    result = Score()
    for item in items:
        findings = check_text(item["text"], "text", engine=engine)
        found = [(f.pack, f.start, f.end, f.rule) for f in findings if not f.quotation]
        expected = _spans(item["text"], item["expect"], found)
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


@dataclass
class DocumentScore:
    """Whole-document figures, per genre (the file name's first word: lived, history, tech, ...)."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    disputed: Counter[str] = field(default_factory=Counter)
    quotation_notes: Counter[str] = field(default_factory=Counter)
    words: Counter[str] = field(default_factory=Counter)
    documents: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    # The same counts where a finding in another pack than its label's still pairs with it: the user sees a finding
    # on the words an editor would change ("lunatic" labelled identity-first, found as a dismissive slur).
    any_pack: Counter[str] = field(default_factory=Counter)

    def precision(self, genre: str | None = None) -> float:
        tp = self.tp[genre] if genre else sum(self.tp.values())
        fp = self.fp[genre] if genre else sum(self.fp.values())
        return _prf(tp, fp, 0)[0]

    def recall(self, genre: str | None = None) -> float:
        tp = self.tp[genre] if genre else sum(self.tp.values())
        fn = self.fn[genre] if genre else sum(self.fn.values())
        return _prf(tp, 0, fn)[1]

    def per_10k_words(self, genre: str | None = None) -> float:
        """Findings (true, false and disputed; quotation notes aside) per 10,000 words."""
        keys = [genre] if genre else list(self.words)
        flagged = sum(self.tp[g] + self.fp[g] + self.disputed[g] for g in keys)
        words = sum(self.words[g] for g in keys)
        return 10_000 * flagged / words if words else 0.0


def load_documents(folder: Path = REAL_DOCS) -> dict[str, list[dict]]:
    """The labelled whole documents: file name -> labels."""
    return dict(json.loads((folder / "expected.json").read_text("utf-8")))


def score_documents(model: str | None = "blank", folder: Path = REAL_DOCS) -> DocumentScore:
    from langcheck.api import Engine, EngineOptions, check_text
    from langcheck.documents import format_for_path

    engine = Engine(EngineOptions(model=model))
    result = DocumentScore()
    for name, labels in sorted(load_documents(folder).items()):
        genre = name.split("-", 1)[0]
        source = (folder / name).read_bytes().decode("utf-8-sig")
        result.documents[genre] += 1
        result.words[genre] += len(source.split())
        findings = check_text(source, format_for_path(name) or "text", engine=engine)
        paired, unmatched = _pair(labels, findings, same_pack=True)
        any_paired, any_unmatched = _pair(labels, findings, same_pack=False)
        for number, finding in enumerate(findings):
            result.any_pack[_verdict(finding, any_paired.get(number))] += 1
            label = paired.get(number)
            verdict = _verdict(finding, label)
            if verdict == "fp":
                where = f"{name}:{finding.line}: {finding.rule} {finding.text!r}"
                result.errors.append(f"FP {where}" + (" (a quotation)" if label else ""))
            {"quote": result.quotation_notes, "fp": result.fp, "disputed": result.disputed, "tp": result.tp}[verdict][genre] += 1
        result.any_pack["fn"] += sum(1 for label in any_unmatched if _counts_as_missed(label))
        for label in unmatched:
            if _counts_as_missed(label):
                result.fn[genre] += 1
                result.errors.append(f"FN {name}:{label['line']}: {label['pack']} {label['text']!r}")
    return result


def _verdict(finding: object, label: dict | None) -> str:
    """What a finding counts as: a quotation note ("quote"), a false alarm ("fp": no label, or a label inside a
    quotation), a finding on a disputed label ("disputed"), or a true one ("tp")."""
    if finding.quotation:  # type: ignore[attr-defined]
        return "quote"
    if label is None or label.get("quotation"):
        return "fp"
    return "disputed" if label.get("disputed") else "tp"


def _counts_as_missed(label: dict) -> bool:
    """A label left unfound counts as a miss unless editors could disagree on it or it lies in a quotation."""
    return not label.get("disputed") and not label.get("quotation")


def _pair(labels: list[dict], findings: list, same_pack: bool) -> tuple[dict[int, dict], list[dict]]:
    """Findings paired with labels (by the finding's number), and the labels left over. Labels with exactly a
    finding's words are paired first: "maniac" and "maniacs" on one line are two."""
    unmatched = list(labels)
    paired: dict[int, dict] = {}
    for exact in (True, False):
        for number, finding in enumerate(findings):
            if number in paired:
                continue
            label = next((label for label in unmatched if _same_place(label, finding, exact, same_pack)), None)
            if label is not None:
                unmatched.remove(label)
                paired[number] = label
    return paired, unmatched


def _same_place(label: dict, finding: object, exact: bool, same_pack: bool = True) -> bool:
    """A label on one of the finding's lines, of its pack (unless not ``same_pack``), with its words (or, unless
    ``exact``, one inside the other); a line break in the finding counts as a space ("go\ninsane" holds the label
    "insane")."""
    if not finding.line <= label["line"] <= finding.end_line or (same_pack and label["pack"] != finding.pack):  # type: ignore[attr-defined]
        return False
    text = " ".join(finding.text.split())  # type: ignore[attr-defined]
    return label["text"] == text if exact else label["text"] in text or text in label["text"]


def report_documents(result: DocumentScore) -> str:
    lines = [f"{'genre':<12} {'docs':>4} {'words':>7} {'P':>6} {'R':>6} {'tp':>4} {'fp':>4} {'fn':>4} {'disp':>4} {'quote':>5} {'per 10k':>7}"]
    for genre in [*sorted(result.documents), None]:
        name = genre or "all"

        def get(counts: Counter[str], genre: str | None = genre) -> int:
            return counts[genre] if genre else sum(counts.values())

        lines.append(
            f"{name:<12} {get(result.documents):4d} {get(result.words):7d} {result.precision(genre):6.3f} "
            f"{result.recall(genre):6.3f} {get(result.tp):4d} {get(result.fp):4d} {get(result.fn):4d} "
            f"{get(result.disputed):4d} {get(result.quotation_notes):5d} {result.per_10k_words(genre):7.2f}"
        )
    tp, fp, fn = (result.any_pack[key] for key in ("tp", "fp", "fn"))
    precision, recall, _ = _prf(tp, fp, fn)
    lines.append(f"{'any pack':<12} {'':4} {'':7} {precision:6.3f} {recall:6.3f} {tp:4d} {fp:4d} {fn:4d}")
    return "\n".join(lines)


def findings_per_10k_words(folder: Path, model: str | None = "blank") -> tuple[int, int, list[str]]:
    """Findings (quotation notes aside), words and the findings themselves over every document in an unlabelled folder."""
    from langcheck.api import Engine, EngineOptions, check_text
    from langcheck.documents import format_for_path

    engine = Engine(EngineOptions(model=model))
    count = words = 0
    listed: list[str] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and format_for_path(p.name)):
        source = path.read_bytes().decode("utf-8-sig", errors="replace")
        words += len(source.split())
        for finding in check_text(source, format_for_path(path.name) or "text", engine=engine):
            if not finding.quotation:
                count += 1
                listed.append(f"{path.relative_to(folder)}:{finding.line}: {finding.rule} {finding.text!r}")
    return count, words, listed


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
    parser.add_argument("--documents", action="store_true", help="only the whole-document figures")
    parser.add_argument(
        "--documents-folder",
        type=Path,
        default=REAL_DOCS,
        metavar="DIR",
        help="labelled whole documents with an expected.json (default: tests/data/real-docs)",
    )
    parser.add_argument(
        "--clean", type=Path, metavar="DIR", help="also count findings per 10,000 words in an unlabelled folder (technical posts)"
    )
    args = parser.parse_args(argv)
    if not args.documents:
        items = load_corpus(args.corpus)
        result = score(items, args.model)
        print(f"{len(items)} sentences, {sum(1 for i in items if i['expect'])} with expected findings")
        print(report(result))
        if args.errors:
            print("\n".join(result.errors))
    if args.documents or args.corpus == CORPUS:
        # by default the tuned set and every blind set (labelled by someone who had not run langcheck)
        folders = [args.documents_folder] if args.documents_folder != REAL_DOCS else [REAL_DOCS, *BLIND_DOCS]
        for folder in folders:
            documents = score_documents(args.model, folder)
            print(f"\n{sum(documents.documents.values())} whole documents ({folder.name})")
            print(report_documents(documents))
            if args.errors:
                print("\n".join(documents.errors))
    if args.clean:
        count, words, listed = findings_per_10k_words(args.clean, args.model)
        print(f"\n{args.clean}: {count} findings in {words} words, {10_000 * count / max(words, 1):.2f} per 10,000 words")
        if args.errors:
            print("\n".join(listed))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main())
