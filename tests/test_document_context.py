"""Context beyond the sentence, end to end: quotations, one sense per document, antecedents, cited titles."""

from __future__ import annotations

import json

from click.testing import CliRunner

from langcheck.api import Engine, EngineOptions, check_text
from langcheck.cli import main
from langcheck.core.models import Severity
from langcheck.fixes.edits import first_safe, plan_edits

QUOTED = 'The case record reads: "the patient is a lunatic and a drunkard, and quite insane."\n'


def _rules(findings) -> list[str]:  # type: ignore[no-untyped-def]
    return [finding.rule for finding in findings]


def test_a_quotation_is_information_by_default(blank_engine: Engine) -> None:
    findings = check_text(QUOTED, "markdown", engine=blank_engine)
    assert findings and all(f.quotation and f.severity is Severity.INFO for f in findings)
    assert all("In a quotation" in f.message for f in findings)


def test_quotations_can_be_flagged_or_ignored() -> None:
    flagged = check_text(QUOTED, "markdown", engine=Engine(EngineOptions(model="blank", quotations="flag")))
    assert flagged and all(f.quotation and f.severity is not Severity.INFO for f in flagged)
    assert all("In a quotation" not in f.message for f in flagged)
    assert check_text(QUOTED, "markdown", engine=Engine(EngineOptions(model="blank", quotations="ignore"))) == []


def test_block_quotations_are_quotations(blank_engine: Engine) -> None:
    findings = check_text("> a person, not insane, who commits a crime\n", "markdown", engine=blank_engine)
    assert [(f.text, f.quotation) for f in findings] == [("insane", True)]


def test_fix_never_rewrites_a_quotation() -> None:
    engine = Engine(EngineOptions(model="blank", quotations="flag"))
    source = '> He committed suicide.\n\nShe said "my brother committed suicide in 1990, and it still hurts."\n'
    findings = check_text(source, "markdown", engine=engine)
    assert len(findings) == 2 and all(f.quotation for f in findings)
    edits, _ = plan_edits(source, findings, first_safe(unsafe=True), "markdown")
    assert edits == []


def test_a_word_keeps_the_sense_its_document_gives_it(blank_engine: Engine) -> None:
    alone = "It was a manic year.\n"
    memoir = (
        "My first manic symptoms came at twenty.\n\n"
        "Severe manic episodes followed, with long depressive ones.\n\n"
        "It was a manic year.\n"
    )
    assert _rules(check_text(alone, "markdown", engine=blank_engine)) == ["casual-diagnosis/manic-for-busy"]
    assert check_text(memoir, "markdown", engine=blank_engine) == []


def test_a_casual_majority_keeps_its_findings(blank_engine: Engine) -> None:
    office = (
        "One manic episode is described in the handbook.\n\n"
        "Another manic episode is described there too.\n\n"
        "It was a manic week. Then a manic month. Then a manic year.\n"
    )
    assert len(check_text(office, "markdown", engine=blank_engine)) == 3


def test_a_common_word_of_a_pattern_is_no_sense_a_document_gives(blank_engine: Engine) -> None:
    # "of" anchors "a hint of OCD"; sentences with "of" and a cue word ("family", "group") are everywhere
    chatter = "".join(f"Most of the family came along on trip {n} of the group.\n\n" for n in range(4))
    assert _rules(check_text(chatter + "With a hint of OCD.\n", "markdown", engine=blank_engine)) == [
        "casual-diagnosis/ocd-for-tidiness"
    ]


def test_an_antecedent_earlier_in_the_document(blank_engine: Engine) -> None:
    later = "# Living with depression\n\nIt is common.\n\nEveryone suffering from this disease deserves care.\n"
    assert _rules(check_text(later, "markdown", engine=blank_engine)) == ["deficit-framing/suffers-from-anaphoric"]
    assert check_text("# Knees\n\nEveryone suffering from this disease deserves care.\n", "markdown", engine=blank_engine) == []
    # The cue has to come first: a later mention is not what "this disease" refers to.
    assert check_text("Everyone suffering from this disease deserves care.\n\nDepression is common.\n", "markdown", engine=blank_engine) == []


def test_link_text_that_is_a_cited_title_is_not_the_writers(blank_engine: Engine) -> None:
    cited = "Read [Low mood in bipolar men](https://example.org/low-mood-in-bipolar-men).\n"
    own = "Read [my notes on bipolar men](https://example.org/notes).\n"
    assert check_text(cited, "markdown", engine=blank_engine) == []
    assert _rules(check_text(own, "markdown", engine=blank_engine)) == ["identity-first/diagnosis-as-adjective"]
    # The same Markdown pasted into plain text reads the same way.
    assert check_text(cited, "text", engine=blank_engine) == []
    assert _rules(check_text(own, "text", engine=blank_engine)) == ["identity-first/diagnosis-as-adjective"]


def test_the_condition_named_as_a_noun(blank_engine: Engine) -> None:
    assert check_text("I knew bipolar could get worse untreated.\n", "text", engine=blank_engine) == []
    assert _rules(check_text("The weather is so bipolar.\n", "text", engine=blank_engine)) == [
        "casual-diagnosis/bipolar-for-changeable"
    ]


def test_cli_quotations_option_and_json_field() -> None:
    result = CliRunner().invoke(
        main, ["check", "--model", "blank", "--format", "json", "--stdin-filename", "q.md", "-"], input=QUOTED
    )
    findings = json.loads(result.output)["files"][0]["findings"]
    assert findings and all(f["quotation"] is True and f["severity"] == "info" for f in findings)
    assert result.exit_code == 0  # information does not fail the default --fail-on warning
    ignored = CliRunner().invoke(main, ["check", "--model", "blank", "--quotations", "ignore", "-"], input=QUOTED)
    assert ignored.exit_code == 0 and "lunatic" not in ignored.output


def test_period_terms_in_a_passage_that_dates_itself(blank_engine: Engine) -> None:
    dated = "In the 18th century people paid a penny to stare at the lunatics in Bedlam.\n"
    undated = "People paid a penny to stare at the lunatics next door.\n"
    assert check_text(dated, "text", engine=blank_engine) == []
    assert _rules(check_text(undated, "text", engine=blank_engine)) == ["dismissive/slurs-for-people"]


def test_an_antecedent_must_stand_shortly_before(blank_engine: Engine) -> None:
    filler = "\n\n".join("The committee met again and discussed the budget for the coming year." for _ in range(40))
    far = f"Depression is common.\n\n{filler}\n\nEveryone suffering from this disease deserves care.\n"
    assert check_text(far, "markdown", engine=blank_engine) == []


def test_a_long_paragraph_dates_itself_as_a_whole(blank_engine: Engine) -> None:
    """The pipeline reads a long paragraph in pieces; a period term far from the paragraph's date still passes."""
    filler = "We rode on through the vineyards and spoke of the weather and the roads. " * 20
    tail = "At last we reached the gates of the private madhouse."
    dated = f"During the autumn of 18\u2014, I travelled south. {filler}{tail}\n"
    undated = f"During the autumn holidays, I travelled south. {filler}{tail}\n"
    assert len(dated) > 1000
    assert check_text(dated, "text", engine=blank_engine) == []
    assert _rules(check_text(undated, "text", engine=blank_engine)) == ["dismissive/mocking-institutions"]


def test_a_sentence_that_opens_on_the_present_keeps_its_terms_in_a_long_dated_paragraph(blank_engine: Engine) -> None:
    """Judged as a whole, a long paragraph about the 1700s still leaves the writer's own word for someone today."""
    filler = "Back in the 1700s, Americans believed the people should return to their homeland. " * 14
    text = f"{filler}And now this lunatic in the capital wants to wipe out the nation.\n"
    assert len(text) > 1000
    assert _rules(check_text(text, "text", engine=blank_engine)) == ["dismissive/slurs-for-people"]
    past = f"{filler}Back then a lunatic in the capital wanted to wipe out the nation.\n"
    assert check_text(past, "text", engine=blank_engine) == []
