"""Legislation: a sentence drafted as a statute or a regulation is the law's wording, not the writer's.

Statutes and regulations still name people by legal categories ("insane
persons", "the insane", "an addict (as defined in section 802 of title 21)",
"families of alcoholics"). A writer who quotes or publishes that text cannot
change it, and guidance leaves legal terms in legal writing alone. Drafting
has its own register: "shall", "such persons", "pursuant to", "notwithstanding",
"thereof", cross-references to sections and titles, "the Secretary". One such
marker is common enough in ordinary prose ("in accordance with"); two distinct
ones in one sentence are the register. A rule opts in with
``context.skip_legislation``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from langcheck.context.annotations import cached, sentence_bounds, sentence_text

# How many distinct drafting markers make a sentence read as legislation.
MIN_MARKERS = 2

# Each marker with a word it cannot occur without (lower case): most sentences hold fewer than two of those words,
# and a substring test is far cheaper than a search.
_MARKERS = tuple(
    (keyword, re.compile(pattern, flags))
    for keyword, pattern, flags in (
        ("shall", r"\bshall\b", re.IGNORECASE),
        (
            "such ",
            (r"\bsuch (?:person|persons|individual|individuals|member|members|agency|agencies|program|programs"
            r"|programmes|employee|employees|officer|officers|court|term|terms|patient|patients)\b"),
            re.IGNORECASE,
        ),
        ("sec", r"\b(?:sections?|sec\.)\s*\d", re.IGNORECASE),
        # a code's chapter in Roman numerals and its sections: "Chapter XIV comprising sections 464 to 475"
        ("chapter", r"\bChapter [IVXLC]+\b", 0),
        ("§", r"§\s*\d", 0),
        ("title ", r"\btitle (?:\d+|i{1,3}|iv|vi{0,3}|ix|x)\b", re.IGNORECASE),
        # a court's writing: a reporter citation, the constitutional guarantees, a holding
        ("u.", r"\b\d+\s+U\.\s?S\.\s+\d+", 0),
        ("f.", r"\b\d+\s+F\.\s?(?:2d|3d|4th|Supp\.)", 0),
        ("due process", r"\bdue process\b", re.IGNORECASE),
        ("equal protection", r"\bequal protection\b", re.IGNORECASE),
        ("that", r"\((?:holding|finding|concluding) that\b", re.IGNORECASE),
        ("(", r"\b(?:sub)?(?:section|paragraph|clause|chapter|part|article)\s*\(\w{1,4}\)", re.IGNORECASE),
        ("defined", r"\bas defined (?:in|by|under)\b", re.IGNORECASE),
        # a federal code cited by title and part: "27 CFR 478.11", "18 USC 922", "42 U.S.C. § 12102"
        ("cfr", r"\b\d+\s+CFR\s*(?:§\s*)?\d", 0),
        ("c.f.r.", r"\b\d+\s+C\.F\.R\.\s*(?:§\s*)?\d", 0),
        ("usc", r"\b\d+\s+USC\s*(?:§\s*)?\d", 0),
        ("u.s.c.", r"\b\d+\s+U\.S\.C\.\s*(?:§\s*)?\d", 0),
        ("pursuant", r"\bpursuant to\b", re.IGNORECASE),
        ("notwithstanding", r"\bnotwithstanding\b", re.IGNORECASE),
        ("here", r"\b(?:here|there)(?:in|of|by|under|inafter|inbefore|to|with|for|unto)\b", re.IGNORECASE),
        (
            "under this",
            r"\bunder this (?:title|chapter|section|subsection|part|act|article|subchapter|paragraph|regulation)\b",
            re.IGNORECASE,
        ),
        ("secretary", r"\bthe Secretary\b", 0),
        ("federal", r"\bFederal (?:agency|agencies|law|laws|government)\b", 0),
        ("state ", r"\bState (?:agency|agencies|law|laws|government)\b", 0),
        (" who", r"\b(?:any|no|each|every) (?:person|individual|member|officer|employee) who\b", re.IGNORECASE),
        ("extent", r"\bto the extent (?:feasible|practicable|permitted|provided|necessary)\b", re.IGNORECASE),
        ("purpose", r"\bfor the purposes? of (?:this|these)\b", re.IGNORECASE),
        ("provided", r"\bprovided,? (?:that|further|however)\b", re.IGNORECASE),
        ("whereas", r"\bwhereas\b", re.IGNORECASE),
        ("enacted", r"\bbe it enacted\b", re.IGNORECASE),
        ("covered", r"\bcovered (?:person|persons|individual|individuals|entity|entities)\b", re.IGNORECASE),
        ("judicial", r"\bjudicial officer\b", re.IGNORECASE),
        ("custody", r"\b(?:in|into|from) custody\b", re.IGNORECASE),
        ("ordered", r"\bmay be ordered\b", re.IGNORECASE),
        ("recipient", r"\brecipients? of (?:public )?(?:assistance|benefits|aid)\b", re.IGNORECASE),
        # the parties and the supplements of a court's or a state code's writing: "the petitioner must establish",
        # "K.S.A. 1977 Supp. 59-2902"
        ("pe", r"\b(?:petitioner|respondent|appellant|appellee)s?\b", re.IGNORECASE),
        ("supp.", r"\bSupp\.(?:\s*\d|\s*$)", 0),  # the number may open the next sentence of a splitter
        # a criminal judgment's parties and findings: "the accused was suffering from ... at the material time",
        # "the present cross-appeals involve an offender with a history of ..."
        ("accused", r"(?:\bthe |^\W*|\(\d{1,3}\)\s*)accused\b", re.IGNORECASE),
        ("material time", r"\bat the material time\b", re.IGNORECASE),
        # the criminal law's tests of responsibility: "at the time of the offence ... incapable of appreciating the
        # nature of the acts"
        (
            "time of the",
            r"\bat the time of the (?:alleged )?(?:offence|offense|crime|act|killing|offending)\b",
            re.IGNORECASE,
        ),
        ("nature", r"\b(?:appreciat\w+|know|knew|understand|understood) the nature (?:and quality )?of\b",
         re.IGNORECASE),
        ("appeal", r"\bcross-appeals?\b", re.IGNORECASE),
        ("offender", r"\b(?:the|an) offender\b", re.IGNORECASE),
        ("evidence", r"\b(?:medical|psychiatric|expert|forensic) evidence\b", re.IGNORECASE),
        ("judge", r"\bthe (?:trial|sentencing) judge\b", re.IGNORECASE),
        # the old law's proceedings: "may be adjudged an habitual drunkard and placed under guardianship"
        ("adjudged", r"\badjudged\b", re.IGNORECASE),
        ("guardianship", r"\b(?:placed )?under guardianship\b", re.IGNORECASE),
        ("jurisdictions", r"\b(?:many|most|some|other|all) jurisdictions\b", re.IGNORECASE),
        ("inquisition", r"\binquisitions? (?:in|of) lunacy\b", re.IGNORECASE),
        # criminal responsibility and its tests, the codes and the dispositions of a criminal court:
        # "not criminally responsible in terms of section 78(1)", "found guilty but insane", "detained at the
        # President's pleasure under the Criminal Procedure Code", "it was held that", "non compos mentis"
        ("criminally", r"\bcriminally (?:responsible|liable|accountable)\b", re.IGNORECASE),
        ("balance", r"\bon (?:a|the) balance of probabilit(?:y|ies)\b", re.IGNORECASE),
        ("reasonable doubt", r"\bbeyond (?:a |all )?reasonable doubt\b", re.IGNORECASE),
        ("stand trial", r"\b(?:fit|unfit|competent|incompetent) to stand trial\b", re.IGNORECASE),
        ("commission", r"\bthe commission of the (?:alleged )?(?:offen[cs]e|crime)\b", re.IGNORECASE),
        ("code", r"\b(?:Penal|Criminal|Procedure|Civil|Evidence) Code\b", 0),
        ("pleasure", r"\b(?:President|Governor|Minister|Majesty|Queen|King)['’]s pleasure\b", 0),
        ("guilty but", r"\bguilty but (?:insane|mentally ill)\b", re.IGNORECASE),
        ("held that", r"\b(?:it was|court|we|judge|tribunal) held that\b", re.IGNORECASE),
        ("adjudicated", r"\badjudicated\b", re.IGNORECASE),
        ("court", r"\b(?:by|before) (?:a|the) court\b", re.IGNORECASE),
        ("compos", r"\bnon compos\b", re.IGNORECASE),
        # a code's numbered section and subsection opening the text: "16. (1) No person is criminally responsible"
        ("(", r"^\s*\d{1,4}\.?\s*\(\d{1,3}\)\s", 0),
        ("judg", r"\bthe judge?ment (?:of the court|elaborated|held|found|records|states|notes)\b", re.IGNORECASE),
        # a penal code's culpability and offences: "may be convicted of criminal homicide for causing another to
        # commit suicide only if he purposely causes such suicide by force, duress or deception"
        ("convicted", r"\b(?:may|shall|can|cannot) be convicted\b", re.IGNORECASE),
        ("homicide", r"\bcriminal homicide\b", re.IGNORECASE),
        ("purposely", r"\b(?:purposely|knowingly|recklessly|negligently) (?:causes|caused|aids|aided|solicits|solicited)\b", re.IGNORECASE),
        ("duress", r"\bforce, duress\b", re.IGNORECASE),
        # a verdict and its test: "found not guilty ... on the ground that he was insane at the relevant time"
        ("not guilty", r"\bnot guilty\b", re.IGNORECASE),
        ("relevant time", r"\bat the relevant time\b", re.IGNORECASE),
        ("criminal offen", r"\bcriminal offen[cs]es?\b", re.IGNORECASE),
        ("court", r"\bMagistrates['’]? Court\b", 0),
        # the law's test of insanity and its Latin: "unsoundness of mind", "not ipso facto exempted from criminal
        # liability"
        ("unsound", r"\bunsound(?:ness)? (?:of )?mind\b", re.IGNORECASE),
        ("ipso", r"\bipso facto\b", re.IGNORECASE),
        ("liab", r"\bcriminal liability\b", re.IGNORECASE),
        # the old law of self-murder and of madness between fits: "he is felo de se", "in a lucid interval"
        ("felo", r"\bfelo de se\b", re.IGNORECASE),
        ("lucid", r"\blucid intervals?\b", re.IGNORECASE),
        # a case named and what the court held of the law: "ruled in Atkins v. Virginia that it was unconstitutional"
        (" v", r"\b[A-Z][\w'’.-]+ vs?\. [A-Z][\w'’.-]+", 0),
        ("constitutional", r"\b(?:un)?constitutional\b", re.IGNORECASE),
        # a regulation's conditions and a statute's tests: "an applicant for a licence ... shall satisfy the following
        # conditions", "the Director must have a reasonable suspicion that a person is a drug addict"
        ("applicant", r"\b(?:an|the|any|every|each) applicant for\b", re.IGNORECASE),
        ("following", r"\bthe following (?:conditions|requirements|criteria|provisions)\b", re.IGNORECASE),
        ("reasonable", r"\b(?:a )?reasonable (?:suspicion|grounds? (?:to|for) (?:believe|suspect))\b", re.IGNORECASE),
        ("sec", r"\b(?:section|s\.)\s*\d+[A-Z]?\(\w{1,4}\)", re.IGNORECASE),
        # a criminal code's act and omission, and the mental health law's place of safety: "criminally responsible for
        # an act ... or an omission made while suffering from a mental disorder"; "Section 136 gives the police the
        # power to remove a person ... to a place of safety"
        ("omission", r"\b(?:acts? or (?:an )?omissions?|or an omission)\b", re.IGNORECASE),
        ("place of safety", r"\ba place of safety\b", re.IGNORECASE),
        # sentencing and its catchwords, and a court's transcript: "GLEESON CJ: ... is that a mitigating factor?",
        # "where the applicant pleaded guilty to dangerously operating a vehicle"
        ("mitigating", r"\bmitigating (?:factor|factors|circumstance|circumstances)\b", re.IGNORECASE),
        ("aggravating", r"\baggravating (?:factor|factors|circumstance|circumstances)\b", re.IGNORECASE),
        ("guilty", r"\b(?:pleaded|pled|pleads|plead) guilty\b", re.IGNORECASE),
        ("the applicant", r"\bthe applicant\b", re.IGNORECASE),
        (":", r"\b[A-Z]{2,}\s+(?:CJ|ACJ|JA|J|P)\s*:", 0),
        # a mental health law's orders and their tests: "the court is satisfied on the evidence of two medical
        # practitioners that the offender is suffering from a mental disorder", "permits a court to order hospital
        # admission for a patient who has committed an imprisonable offence", "of a nature or degree"
        ("court", r"\b(?:the|a) court (?:is satisfied|to order|may order|shall order)\b", re.IGNORECASE),
        ("practitioners", r"\b(?:two|registered) (?:registered )?medical practitioners\b", re.IGNORECASE),
        ("imprisonable", r"\bimprisonable offen[cs]es?\b", re.IGNORECASE),
        ("nature or degree", r"\bof a nature or degree\b", re.IGNORECASE),
    )
)


# A statute's or a regulation's definition: a quoted term, then "means" or "includes"; the paragraph's number may
# come first: (1) "alcoholic or drug abuser" means a person who ...
_DEFINED_TERM = re.compile(
    r"\s*(?:\(\w{1,4}\)\s*|\d{1,3}\.\s*)?[“\"][^”\"]{1,80}[”\"]\s+"
    r"(?:means|mean|includes|include|shall mean|has the meaning|have the meaning)\b"
)


def reads_as_legislation(doc: Doc, start: int) -> bool:
    """Whether the sentence holding token ``start`` is drafted as a statute or a regulation."""
    first = sentence_bounds(doc, start)[0]
    return cached(doc, f"legislation-{first}", lambda: is_drafted_as_law(sentence_text(doc, start)))


def is_drafted_as_law(sentence: str) -> bool:
    """At least ``MIN_MARKERS`` distinct drafting markers in ``sentence``, or a definition of a term as laws write
    one: '“Placement” means ...'."""
    if _DEFINED_TERM.match(sentence):
        return True
    lowered = sentence.lower()
    possible = [marker for keyword, marker in _MARKERS if keyword in lowered]
    if len(possible) < MIN_MARKERS:
        return False
    return sum(1 for marker in possible if marker.search(sentence)) >= MIN_MARKERS
