"""Baselines: fingerprints that survive unrelated edits, the file format, and the CLI round trip."""

from __future__ import annotations

import functools
import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from langcheck.api import Engine, EngineOptions, check_source
from langcheck.core.models import Finding
from langcheck.reports.base import FileResult
from langcheck.reports.baseline import (
    Baseline,
    BaselineError,
    dumps,
    entries,
    filter_results,
    fingerprints,
    load,
    normalise,
    relative_path,
)

PACK = Path(__file__).parents[1] / "data" / "ci-pack.yaml"

DOC = """# Our year

The spring was busy and the volunteers were wonderful.

One member told us her cousin committed suicide last winter.
The local paper wrote that he committed suicide, in the headline.

Thank you all for coming.
"""


@functools.cache
def _engine() -> Engine:
    return Engine(EngineOptions(packs=(str(PACK),), builtin=False, model="blank"))


def _lint(source: str, path: str = "docs/year.md") -> FileResult:
    """The real linter (blank pipeline, the one-rule test pack: every 'committed suicide')."""
    return check_source(source, path, engine=_engine())


def _marks(source: str, path: str = "docs/year.md", version: int = 2) -> list[str]:
    result = _lint(source, path)
    return fingerprints("docs/year.md", result.findings, result.source, version)


def _new(baseline_source: str, source: str) -> list[Finding]:
    known = Counter(e.fingerprint for e in entries([_lint(baseline_source)], root="."))
    results, _ = filter_results([_lint(source)], known, ".")
    return list(results[0].findings)


def test_normalise_collapses_whitespace_and_case() -> None:
    assert normalise("  He  Committed\n suicide\t") == "he committed suicide"


def test_the_context_is_the_sentence_of_the_block() -> None:
    (first, second) = _lint(DOC).findings
    assert first.context == "One member told us her cousin committed suicide last winter."
    assert second.context == "The local paper wrote that he committed suicide, in the headline."


def test_fingerprints_ignore_lines_inserted_above() -> None:
    moved = DOC.replace("# Our year\n", "# Our year\n\nA new paragraph.\n\nAnd another one\nover two lines.\n")
    assert _marks(moved) == _marks(DOC)
    assert _lint(moved).findings[0].line != _lint(DOC).findings[0].line


def test_fingerprints_ignore_edits_to_other_paragraphs_and_rewrapping() -> None:
    edited = DOC.replace("busy and the volunteers were wonderful", "quiet").replace("Thank you all", "Thanks, everyone,")
    edited = edited.replace("her cousin committed suicide last winter", "her cousin committed\nsuicide   last winter")
    assert _marks(edited) == _marks(DOC)


def test_editing_the_sentence_itself_makes_a_new_finding() -> None:
    edited = DOC.replace("last winter", "in March")
    assert _marks(edited)[0] != _marks(DOC)[0]
    assert _marks(edited)[1] == _marks(DOC)[1]


def test_identical_findings_get_distinct_fingerprints() -> None:
    source = "He committed suicide, they said he committed suicide.\n"
    marks = _marks(source)
    assert len(marks) == 2 and marks[0] != marks[1]


def test_path_and_rule_are_part_of_the_fingerprint() -> None:
    result = _lint(DOC)
    assert fingerprints("a.md", result.findings) != fingerprints("b.md", result.findings)


# Every kind of block, with an edit outside the finding's block that must not change its fingerprint,
# and one inside it that must. The finding is always "committed suicide".
BLOCK_CASES = {
    "front-matter title": (
        "post.md",
        "---\ntitle: Why he committed suicide\nlayout: post\n---\nFirst paragraph.\n",
        [("---\nFirst paragraph.", "---\nA new paragraph right after the front matter.\n\nFirst paragraph."),
         ("layout: post", "layout: page\ndate: 2024-01-01")],
        ("Why he", "How he"),
    ),
    "front-matter block value": (
        "post.md",
        "---\ndescription: >-\n  A story of how\n  he committed suicide\ntags: [a]\n---\nBody text here.\n",
        [("Body text here.", "Body text, rewritten entirely."), ("tags: [a]", "tags: [a, b]")],
        ("A story", "The story"),
    ),
    "heading": (
        "post.md",
        "# Intro\n\n## When he committed suicide\nThe paragraph right below it.\n\nMore.\n",
        [("The paragraph right below it.", "A different paragraph. With two sentences."), ("# Intro", "# Preface")],
        ("When he", "After he"),
    ),
    "list item": (
        "post.md",
        "Intro.\n\n- first item\n- the day he committed suicide\n- third item\n",
        [("- first item", "- first item, longer now"), ("- third item", "- third item. And more")],
        ("the day", "the night"),
    ),
    "table cell": (
        "post.md",
        "| year | what |\n| --- | --- |\n| 2019 | he committed suicide |\n| 2020 | moved |\n",
        [("| 2019 |", "| 2019 and 2020 |"), ("| 2020 | moved |", "| 2020 | moved away |")],
        ("| he committed", "| then he committed"),
    ),
    "sentence within a paragraph": (
        "post.md",
        "Intro.\n\nIt was a long year. Her brother committed suicide in May. We grieved.\n",
        [("It was a long year.", "The year was long, and hard."), ("We grieved.", "We grieved together for months.")],
        ("in May", "in June"),
    ),
    "block quote": (
        "post.md",
        "Intro.\n\n> The paper said he committed suicide.\n\nAfter the quote.\n",
        [("After the quote.", "After the quotation, a new sentence."), ("Intro.", "An introduction.")],
        ("The paper", "A paper"),
    ),
    "HTML paragraph": (
        "page.html",
        "<h1>Title</h1><p>First. He committed suicide in 2019. Last.</p><p>Next paragraph.</p>",
        [("<h1>Title</h1>", "<h1>Another title</h1>"), ("Next paragraph.", "Other words."), ("First.", "Start.")],
        ("in 2019", "in 2018"),
    ),
    "HTML image text": (
        "page.html",
        '<p>Caption.</p><img alt="the day he committed suicide" src="a.png"><p>Below.</p>',
        [("Caption.", "New caption."), ("Below.", "Further below.")],
        ("the day", "the night"),
    ),
    "plain text paragraph": (
        "notes.txt",
        "Intro line.\n\nShe said he committed suicide\nlast year.\n\nOutro.\n",
        [("Intro line.", "Intro line, longer now."), ("Outro.", "Outro, rewritten.")],
        ("She said", "They said"),
    ),
}  # fmt: skip


@pytest.mark.parametrize("kind", list(BLOCK_CASES))
def test_edits_outside_the_findings_block_never_change_its_fingerprint(kind: str) -> None:
    path, source, outside, inside = BLOCK_CASES[kind]
    before = _marks(source, path)
    assert len(before) == 1, f"{kind}: expected one finding"
    for old, new in outside:
        assert old in source
        assert _marks(source.replace(old, new, 1), path) == before, f"{kind}: {old!r} -> {new!r}"
    assert _marks(source.replace(inside[0], inside[1], 1), path) != before, f"{kind}: edit inside the block"


def test_the_issues_case_front_matter_title_then_a_new_paragraph() -> None:
    """Version 1 read the title's context across the front matter's end into the next paragraph."""
    source = "---\ntitle: He committed suicide\n---\nFirst paragraph.\n"
    edited = source.replace("---\nFirst", "---\nA new paragraph right after the front matter.\n\nFirst")
    assert _marks(edited, "post.md") == _marks(source, "post.md")
    assert _marks(edited, "post.md", version=1) != _marks(source, "post.md", version=1)


def test_filter_reports_only_new_findings() -> None:
    changed = DOC.replace("Thank you all for coming.", "Thank you all. Sadly, a friend committed suicide in May.")
    changed = "Intro line.\n\n" + changed
    new = _new(DOC, changed)
    assert [f.line for f in new] == [10]
    assert "in May" in changed.splitlines()[new[0].line - 1]


def test_filter_counts_multiplicity() -> None:
    once = "He committed suicide. He committed suicide.\n"  # two sentences, same normalised text
    thrice = once + "He committed suicide.\n"
    assert len(_new(once, once)) == 0
    assert len(_new(once, thrice)) == 1
    assert len(_new(thrice, once)) == 0  # fixing some of them is never a failure


def test_filter_leaves_other_files_and_counts_hidden() -> None:
    known = Counter(e.fingerprint for e in entries([_lint(DOC)], root="."))
    other = _lint(DOC, path="docs/other.md")
    results, hidden = filter_results([_lint(DOC), other], known, ".")
    assert hidden == 2
    assert results[0].findings == ()
    assert results[1] is other


def test_a_version_1_baseline_is_matched_with_the_version_1_recipe() -> None:
    result = _lint(DOC)
    legacy = Baseline(Counter(fingerprints("docs/year.md", result.findings, result.source, version=1)), version=1)
    assert legacy.outdated
    _, hidden = filter_results([result], legacy, ".")
    assert hidden == 2
    _, hidden = filter_results([result], Baseline(legacy.counts, version=2), ".")
    assert hidden == 0


def test_file_format_is_sorted_stable_and_versioned() -> None:
    results = [_lint(DOC, "b.md"), _lint(DOC, "a.md")]
    text = dumps(entries(results, root="."))
    data = json.loads(text)
    assert data["version"] == 2
    assert [set(item) for item in data["findings"]] == [{"path", "rule", "fingerprint", "text"}] * 4
    assert [item["path"] for item in data["findings"]] == ["a.md", "a.md", "b.md", "b.md"]
    assert dumps(entries(list(reversed(results)), root=".")) == text
    assert text.endswith("}\n")


def test_relative_paths_are_posix_and_relative_to_the_root(tmp_path: Path) -> None:
    assert relative_path(str(tmp_path / "docs" / "a.md"), tmp_path) == "docs/a.md"
    assert relative_path("./docs/../docs/a.md", Path.cwd()) == "docs/a.md"
    assert relative_path("<stdin>") == "<stdin>"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not JSON"),
        ('{"version": 3, "findings": []}', "found 3; a newer langcheck"),
        ('{"version": 2, "findings": [{"path": "a"}]}', "fingerprint"),
    ],
)
def test_bad_baseline_files_are_user_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(content)
    with pytest.raises(BaselineError, match=message):
        load(path)


def test_missing_baseline_file_says_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="langcheck baseline"):
        load(tmp_path / "nope.json")


# --- the command line, end to end (blank spaCy pipeline, the one-rule test pack) ---


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".langcheck.yaml").write_text(f"builtin-packs: false\npacks: [{PACK}]\nmodel: blank\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "year.md").write_text(DOC, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def _cli(*args: str):  # type: ignore[no-untyped-def]
    from langcheck.cli import main

    return CliRunner().invoke(main, list(args))


def test_cli_baseline_then_check(project: Path) -> None:
    assert _cli("check", "docs").exit_code == 1

    recorded = _cli("baseline", "docs", "-o", ".langcheck-baseline.json")
    assert recorded.exit_code == 0, recorded.output
    data = json.loads((project / ".langcheck-baseline.json").read_text())
    assert [(f["path"], f["rule"], f["text"]) for f in data["findings"]] == [
        ("docs/year.md", "citest/committed-suicide", "committed suicide"),
        ("docs/year.md", "citest/committed-suicide", "committed suicide"),
    ]

    clean = _cli("check", "docs", "--baseline", ".langcheck-baseline.json")
    assert clean.exit_code == 0, clean.output
    assert "2 known findings hidden" in clean.output

    page = project / "docs" / "year.md"
    page.write_text("# Moved down\n\nNew intro.\n\n" + DOC.replace("wonderful", "kind"), encoding="utf-8")
    assert _cli("check", "docs", "--baseline", ".langcheck-baseline.json").exit_code == 0

    page.write_text(page.read_text() + "\nA reader wrote that his uncle committed suicide.\n", encoding="utf-8")
    new = _cli("check", "docs", "--baseline", ".langcheck-baseline.json", "--format", "json", "--no-color")
    assert new.exit_code == 1, new.output
    report = json.loads(new.output[new.output.index("{") :])
    lines = page.read_text().splitlines()
    assert [f["line"] for f in report["files"][0]["findings"]] == [len(lines)]


def test_cli_baseline_works_from_a_sub_folder(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _cli("baseline", "docs").exit_code == 0
    monkeypatch.chdir(project / "docs")
    result = _cli("check", "year.md", "--baseline", "../.langcheck-baseline.json")
    assert result.exit_code == 0, result.output


def test_cli_baseline_to_stdout(project: Path) -> None:
    result = _cli("baseline", "docs", "-o", "-")
    assert result.exit_code == 0
    assert '"version": 2' in result.output


def test_cli_missing_baseline_is_an_error(project: Path) -> None:
    result = _cli("check", "docs", "--baseline", "missing.json")
    assert result.exit_code == 2
    assert "invalid baseline" in result.output


def test_cli_reads_a_version_1_baseline_and_says_how_to_upgrade(project: Path) -> None:
    result = _lint(DOC)
    marks = fingerprints("docs/year.md", result.findings, result.source, version=1)
    findings = [{"path": "docs/year.md", "rule": "citest/committed-suicide", "fingerprint": m, "text": "x"} for m in marks]
    (project / "old.json").write_text(json.dumps({"version": 1, "findings": findings}))
    checked = _cli("check", "docs", "--baseline", "old.json")
    assert checked.exit_code == 0, checked.output
    assert "2 known findings hidden" in checked.stderr
    assert "version 1 fingerprints" in checked.stderr and "langcheck baseline PATHS -o old.json" in checked.stderr
