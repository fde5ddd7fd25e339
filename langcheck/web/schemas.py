"""The JSON API's requests and answers, as pydantic models: they validate input and write the OpenAPI document.

The report models describe the command line's JSON report (version 1, see
``langcheck.reports.json_reporter``) for the documentation; the report itself
is always rendered by that reporter, so the two cannot drift apart in what
is sent.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from langcheck.api import formats
from langcheck.web.service import ENCODINGS

FormatName = Literal.__getitem__(tuple(formats()))  # type: ignore[attr-defined]
Encoding = Literal.__getitem__(ENCODINGS)  # type: ignore[attr-defined]
MAX_FILENAME = 255
MAX_CHOICES = 10_000


class _Strict(BaseModel):
    """Unknown keys are errors, as in the configuration file: a misspelt option is never silently ignored."""

    model_config = ConfigDict(extra="forbid")


class CheckRequest(_Strict):
    text: str = Field(description="The document, as the file holds it (Markdown or HTML markup included).")
    format: FormatName | None = Field(  # type: ignore[valid-type]
        None, description="How to read the text; by default from the file name's extension, else plain text."
    )
    filename: str | None = Field(
        None,
        max_length=MAX_FILENAME,
        description="The document's file name: it chooses the format and the configuration's per-file ignores.",
    )

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


class FixResponse(BaseModel):
    text: str = Field(description="The document with the rewrites applied.")
    applied: int = Field(description="How many rewrites were applied.")
    held_back: int = Field(description="Findings with rewrites that were not applied (none safe, or markup inside).")
    report: ReportModel = Field(description="What remains in the rewritten text.")


class FormatModel(BaseModel):
    name: str
    label: str
    extensions: list[str]


class OpenedFileModel(BaseModel):
    filename: str
    format: str
    text: str
    encoding: Encoding  # type: ignore[valid-type]
    bom: bool


class SaveRequest(_Strict):
    text: str
    filename: str = Field(max_length=MAX_FILENAME)
    encoding: Encoding = "utf-8"  # type: ignore[valid-type]
    bom: bool = False


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
