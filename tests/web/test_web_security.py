"""Safe by default: request size limit, security headers, loopback Host names, nothing loaded from elsewhere."""

from __future__ import annotations

import re

import pytest
from webtools import make_client

from langcheck.web.app import STATIC
from langcheck.web.security import CONTENT_SECURITY_POLICY, host_of
from langcheck.web.settings import DEFAULT_MAX_BYTES, describe_size, is_loopback, parse_size

LIMIT = 4096


@pytest.fixture
def small(workbench):  # type: ignore[no-untyped-def]
    return make_client(workbench, max_bytes=LIMIT)


def test_a_body_over_the_limit_gets_413_with_a_message(small) -> None:  # type: ignore[no-untyped-def]
    response = small.post("/api/check", json={"text": "word " * 1000})
    assert response.status_code == 413
    assert response.json() == {
        "error": "The request is larger than this server accepts (4.1 KB). Check a shorter part of the document, "
        "or start the server with a larger --max-size.",
        "limit": LIMIT,
    }
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY


def test_a_body_without_a_length_is_counted_as_it_arrives(small) -> None:  # type: ignore[no-untyped-def]
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(10):
            yield b"x" * 1000

    response = small.post("/api/open", params={"filename": "a.txt"}, content=chunks())
    assert response.status_code == 413
    ok = small.post("/api/open", params={"filename": "a.txt"}, content=iter([b"Fine ", b"words."]))
    assert ok.status_code == 200 and ok.json()["text"] == "Fine words."


def test_a_body_at_the_limit_is_accepted(small) -> None:  # type: ignore[no-untyped-def]
    body = b'{"text": "' + b"a" * (LIMIT - 12) + b'"}'
    assert len(body) == LIMIT
    assert small.post("/api/check", content=body, headers={"content-type": "application/json"}).status_code == 200


@pytest.mark.parametrize("path", ["/", "/static/app.js", "/api/formats", "/api/docs", "/nowhere"])
def test_every_answer_carries_the_security_headers(client, path: str) -> None:  # type: ignore[no-untyped-def]
    headers = client.get(path).headers
    assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["cache-control"] == "no-store"
    assert "server" not in headers


def test_the_policy_allows_nothing_from_elsewhere_and_no_inline_code() -> None:
    directives = dict(part.strip().split(" ", 1) for part in CONTENT_SECURITY_POLICY.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == directives["style-src"] == directives["connect-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'" and directives["form-action"] == "'none'"
    assert "unsafe" not in CONTENT_SECURITY_POLICY and "http" not in CONTENT_SECURITY_POLICY


def test_the_page_has_no_inline_code_and_no_outside_references() -> None:
    for asset in ("index.html", "docs.html", "app.js", "docs.js", "app.css"):
        text = (STATIC / asset).read_text("utf-8")
        assert not re.search(r"(src|href)=\"(https?:)?//", text), asset
        assert not re.search(r"url\((https?:)?//", text), asset
        if asset.endswith(".html"):
            assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), f"inline script in {asset}"
            assert "<style" not in text, f"inline style sheet in {asset}"
            assert not re.search(r"<[a-z][^>]*\s(on[a-z]+|style)\s*=", text), f"inline handler or style in {asset}"


@pytest.mark.parametrize("host", ["127.0.0.1:8750", "localhost:8750", "[::1]:8750", "localhost"])
def test_loopback_names_are_answered(workbench, host: str) -> None:  # type: ignore[no-untyped-def]
    client = make_client(workbench)
    assert client.get("/api/formats", headers={"host": host}).status_code == 200


@pytest.mark.parametrize("host", ["evil.example:8750", "192.168.1.20:8750", "127.0.0.1.evil.example", ""])
def test_other_host_names_are_refused_on_loopback(workbench, host: str) -> None:  # type: ignore[no-untyped-def]
    """A site whose name resolves to 127.0.0.1 (DNS rebinding) cannot use the page from a visitor's browser."""
    client = make_client(workbench)
    response = client.post("/api/check", json={"text": "x"}, headers={"host": host})
    assert response.status_code == 421
    assert response.json() == {"error": "This server answers only to requests for 127.0.0.1 or localhost."}


def test_a_server_on_another_address_answers_any_host_name(workbench) -> None:  # type: ignore[no-untyped-def]
    client = make_client(workbench, host="0.0.0.0")
    assert client.get("/api/formats", headers={"host": "langcheck.office.example:8750"}).status_code == 200


def test_host_names_and_sizes() -> None:
    assert [host_of(h) for h in ("a:1", "[::1]:8750", "::1", "name")] == ["a", "::1", "::1", "name"]
    assert is_loopback("127.0.0.2") and is_loopback("::1") and is_loopback("LOCALHOST")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.0.1") and not is_loopback("example.org")
    assert [parse_size(s) for s in ("2MB", "500 kb", "1MiB", "4096")] == [2_000_000, 500_000, 1_048_576, 4096]
    assert describe_size(DEFAULT_MAX_BYTES) == "2.1 MB" and describe_size(500_000) == "500 KB"


@pytest.mark.parametrize("bad", ["lots", "2 GBs", "-1", "12"])
def test_bad_sizes_are_clear_errors(bad: str) -> None:
    from langcheck.core.errors import LangcheckError

    with pytest.raises(LangcheckError, match="invalid size"):
        parse_size(bad)
