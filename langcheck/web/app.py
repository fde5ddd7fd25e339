"""The FastAPI app: the page, its static files, the JSON API and the API's documentation.

Every answer goes through the security headers and every request through the
size limit. Errors are JSON ``{"error": "..."}`` with a sentence people can
act on; validation errors also carry pydantic's ``detail``, without echoing
the document back.
"""

from __future__ import annotations

from dataclasses import asdict
from importlib.resources import files
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from langcheck import __version__
from langcheck.web.limits import BodySizeLimit
from langcheck.web.schemas import (
    MAX_FILENAME,
    CheckRequest,
    ErrorModel,
    FixRequest,
    FixResponse,
    FormatModel,
    OpenedFileModel,
    ReportModel,
    RuleModel,
    SaveRequest,
)
from langcheck.web.security import SecurityHeaders
from langcheck.web.service import (
    Choice,
    DocumentError,
    Workbench,
    decode_document,
    format_list,
    open_file,
    save_file,
)
from langcheck.web.settings import ServeSettings

WORD_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

STATIC = files("langcheck.web") / "static"
SWAGGER_UI = files("fastapi_offline") / "static"
"""Swagger UI's script and style sheet, shipped inside the fastapi-offline package: the docs need no CDN."""

_ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"model": ErrorModel, "description": "The request is larger than the server's --max-size."},
    422: {"model": ErrorModel, "description": "The request is not valid (the message says which field and why)."},
}


def create_app(workbench: Workbench, settings: ServeSettings) -> FastAPI:
    app = FastAPI(
        title="langcheck",
        version=__version__,
        summary="Find stigmatizing mental-health language and apply respectful rewrites.",
        description=(
            "The JSON API behind `langcheck serve`. `POST /api/check` answers with the same JSON report as "
            "`langcheck check --format json` (version 1); `POST /api/fix` applies rewrites and reports what "
            "remains. Both use the server's configuration (`--config`, packs, profiles)."
        ),
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
        responses=_ERRORS,
    )
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_bytes)
    app.add_middleware(SecurityHeaders, loopback_only=settings.loopback)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(DocumentError, _document_error)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.mount("/api/docs/assets", StaticFiles(directory=str(SWAGGER_UI)), name="swagger-ui")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(str(STATIC / "index.html"))

    @app.get("/api/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(str(STATIC / "docs.html"))

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(str(STATIC / "favicon.svg"), media_type="image/svg+xml")

    @app.post("/api/check", response_model=ReportModel, tags=["lint"], summary="Check a document")
    def check(request: CheckRequest) -> Response:
        """Lint the text and answer with the command line's JSON report (version 1), one file in `files`."""
        document = None if request.document is None else decode_document(request.document)
        report = workbench.check(request.text, request.format, request.filename, document)
        return Response(report, media_type="application/json")

    @app.post("/api/fix", response_model=FixResponse, tags=["lint"], summary="Apply rewrites")
    def fix(request: FixRequest) -> dict[str, Any]:
        """Apply the safe rewrites (with `unsafe`, the first rewrite of every finding), or exactly `choices`.

        Text inside a quotation is never rewritten. `report` lists what remains in the new text.
        """
        choices = None if request.choices is None else [Choice(**c.model_dump()) for c in request.choices]
        document = None if request.document is None else decode_document(request.document)
        return workbench.fix(
            request.text or "", request.format, request.filename, unsafe=request.unsafe, choices=choices, document=document
        )

    @app.get("/api/formats", response_model=list[FormatModel], tags=["documents"], summary="Input formats")
    def input_formats() -> list[dict[str, Any]]:
        """The formats the server reads and the file extensions that choose each (any other name is plain text)."""
        return format_list()

    @app.get("/api/rules", response_model=list[RuleModel], tags=["lint"], summary="Rules in use")
    def rule_list() -> list[dict[str, Any]]:
        """The rules this server's configuration switches on, with their explanations, rewrites and examples."""
        return workbench.rule_list()

    @app.post(
        "/api/open",
        response_model=OpenedFileModel,
        tags=["documents"],
        summary="Open a file",
        openapi_extra={"requestBody": {"required": True, "content": {"application/octet-stream": {}}}},
        responses={415: {"model": ErrorModel, "description": "Not a text file."}},
    )
    async def open_document(
        request: Request, filename: str = Query(max_length=MAX_FILENAME, description="The file's name.")
    ) -> OpenedFileModel:
        """Decode a file's bytes as `langcheck check` reads a file: UTF-8, or UTF-16/32 with a byte-order mark."""
        opened = open_file(await request.body(), filename)
        return OpenedFileModel(**asdict(opened))

    @app.post(
        "/api/save",
        tags=["documents"],
        summary="Save a file",
        response_class=Response,
        responses={200: {"content": {"application/octet-stream": {}}, "description": "The file's bytes."}},
    )
    def save_document(request: SaveRequest) -> Response:
        """The text as a file to download, in the encoding and with the byte-order mark it was opened with.

        A Word document (`document`) comes back as the bytes sent.
        """
        if request.document is not None:
            data, media = decode_document(request.document), WORD_MEDIA_TYPE
        else:
            data, media = save_file(request.text or "", request.encoding, request.bom), "application/octet-stream"
        return Response(
            data,
            media_type=media,
            headers={"content-disposition": _attachment(request.filename)},
        )

    return app


def _attachment(filename: str) -> str:
    """A Content-Disposition that keeps any file name intact (RFC 6266) and cannot break out of the header."""
    plain = "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in filename) or "document"
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(filename, safe='')}"


async def _invalid_request(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    detail = [{key: error[key] for key in ("loc", "msg", "type") if key in error} for error in exc.errors()]
    first = detail[0] if detail else {"loc": (), "msg": "invalid request"}
    where = ".".join(str(part) for part in first["loc"] if part != "body")
    if where:
        message = f"{where}: {first['msg']}"
    elif first.get("type") == "value_error":  # a rule about the request as a whole (text or document)
        message = str(first["msg"]).removeprefix("Value error, ")
    else:  # the body as a whole: not JSON, or not an object
        message = 'send a JSON object such as {"text": "..."} with Content-Type: application/json'
    return JSONResponse({"error": f"Invalid request: {message}.", "detail": detail}, status_code=422)


async def _document_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DocumentError)
    return JSONResponse({"error": str(exc)}, status_code=exc.status)
