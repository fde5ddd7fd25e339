"""The JSON API's requests and answers, as pydantic models: they validate input and write the OpenAPI document.

The report models describe the command line's JSON report (version 1, see
``langcheck.reports.json_reporter``) for the documentation; the report itself
is always rendered by that reporter, so the two cannot drift apart in what
is sent.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from langcheck.api import binary_formats, formats
from langcheck.web.service import ENCODINGS

FormatName = Literal.__getitem__(tuple(formats()))  # type: ignore[attr-defined]
Encoding = Literal.__getitem__(ENCODINGS)  # type: ignore[attr-defined]
MAX_FILENAME = 255
MAX_CHOICES = 10_000


class _Strict(BaseModel):
    """Unknown keys are errors, as in the configuration file: a misspelt option is never silently ignored."""

    model_config = ConfigDict(extra="forbid")


class CheckRequest(_Strict):
    text: str | None = Field(
        None, description="The document, as the file holds it (Markdown or HTML markup included); or `document`."
    )
    document: str | None = Field(
        None,
        description="Instead of `text`: a Word document's bytes, base64-encoded, as `POST /api/open` returns them.",
    )
    format: FormatName | None = Field(  # type: ignore[valid-type]
        None, description="How to read the text; by default from the file name's extension, else plain text."
    )
    filename: str | None = Field(
        None,
        max_length=MAX_FILENAME,
        description="The document's file name: it chooses the format and the configuration's per-file ignores.",
    )

    @model_validator(mode="after")
    def _text_or_document(self) -> CheckRequest:
        """Text formats come as `text`; a Word document, which is not text, as `document`."""
        if (self.text is None) == (self.document is None):
            raise ValueError("send either text or document (a Word document's bytes, base64-encoded)")
        binary = self.format in binary_formats()
        if self.text is not None and binary:
            raise ValueError(f"a {self.format} document is sent as document (its bytes, base64-encoded), not as text")
        if self.document is not None and self.format not in (None, *binary_formats()):
            raise ValueError(f"document is for Word documents; send {self.format} as text")
        return self

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"text": "Her cousin committed suicide last winter.", "format": "text"}]},
    )


class Choice(_Strict):
    rule: str = Field(description="The finding's rule id.")
    offset: int = Field(ge=0, description="The finding's `offset`.")
    end_offset: int = Field(ge=0, description="The finding's `end_offset`.")
    suggestion: str = Field(description="The text of one of the finding's suggestions.")


class FixRequest(CheckRequest):
    unsafe: bool = Field(False, description="Also apply the first rewrite of findings that have no safe one.")
    choices: list[Choice] | None = Field(
        None,
        max_length=MAX_CHOICES,
        description="Apply exactly these rewrites (ignoring `unsafe`), as found in this text; findings inside "
        "quotations are never rewritten.",
    )

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"text": "Her cousin committed suicide last winter.", "unsafe": False}]},
    )


class SuggestionModel(BaseModel):
    """One rewrite; a finding's rewrites also say which characters they replace (a construction may be wider)."""

    text: str
    safe: bool
    offset: int | None = Field(default=None, description="Where the replaced characters start.")
    end_offset: int | None = Field(default=None, description="Where the replaced characters end.")
    replaces: str | None = Field(default=None, description="The characters the rewrite replaces.")


class FindingModel(BaseModel):
    """One finding, as ``Finding.to_dict`` writes it."""

    model_config = ConfigDict(extra="allow")

    rule: str
    pack: str
    severity: Literal["info", "warning", "error"]
    line: int
    column: int
    end_line: int
    end_column: int
    offset: int = Field(description="Character (code point) offset of the span in the text.")
    end_offset: int
    text: str
    message: str
    suggestions: list[SuggestionModel]
    explanation: str
    sources: list[str]
    quotation: bool = Field(description="The words are quoted from a source: reported, never rewritten.")


class FileReportModel(BaseModel):
    model_config = ConfigDict(extra="allow")

    path: str
    findings: list[FindingModel]
    error: str | None = None
    notice: str | None = None


class ReportModel(BaseModel):
    """The command line's JSON report (``langcheck check --format json``), version 1."""

    model_config = ConfigDict(extra="allow")

    version: Literal[1]
    files: list[FileReportModel]
    summary: dict[str, int]


class HeldModel(BaseModel):
    rule: str
    offset: int
    end_offset: int
    reason: str = Field(description="Why the rewrite was not made in the Word document's runs.")


class FixResponse(BaseModel):
    text: str = Field(description="The document with the rewrites applied (a Word document's text, one paragraph a line).")
    document: str | None = Field(None, description="A Word document's new bytes, base64-encoded.")
    applied: int = Field(description="How many rewrites were applied.")
    held_back: int = Field(description="Findings with rewrites that were not applied (none safe, or markup inside).")
    held: list[HeldModel] = Field(
        default_factory=list, description="In a Word document: chosen rewrites its runs could not take safely, and why."
    )
    report: ReportModel = Field(description="What remains in the rewritten text.")


class FormatModel(BaseModel):
    name: str
    label: str
    extensions: list[str]
    binary: bool = Field(description="Read from a file's bytes (a Word document), not from pasted text.")


class OpenedFileModel(BaseModel):
    filename: str
    format: str
    text: str = Field(description="The text langcheck reads: the decoded file, or a Word document's paragraphs, one a line.")
    encoding: Encoding  # type: ignore[valid-type]
    bom: bool
    document: str | None = Field(None, description="A Word document's bytes, base64-encoded, to send back to check, fix and save it.")


class SaveRequest(_Strict):
    text: str | None = None
    document: str | None = Field(None, description="Instead of `text`: a Word document's bytes, base64-encoded.")
    filename: str = Field(max_length=MAX_FILENAME)
    encoding: Encoding = "utf-8"  # type: ignore[valid-type]
    bom: bool = False

    @model_validator(mode="after")
    def _text_or_document(self) -> SaveRequest:
        if (self.text is None) == (self.document is None):
            raise ValueError("send either text or document (a Word document's bytes, base64-encoded)")
        return self


class RewriteModel(BaseModel):
    """One of a rule's rewrites as its pack writes it (placeholders such as ``{after}`` are filled per finding)."""

    text: str
    safe: bool


class RuleModel(BaseModel):
    id: str
    pack: str
    severity: str
    summary: str
    explanation: str
    suggestions: list[RewriteModel]
    sources: list[str]
    flagged: list[str]
    not_flagged: list[str]


class ErrorModel(BaseModel):
    error: str = Field(description="What went wrong, in one sentence for people.")
