"""``langcheck serve`` as a user runs it: a real process on 127.0.0.1 that serves, logs only counts and stops on Ctrl+C."""

from __future__ import annotations

import json
import urllib.request

from webtools import start_server


def test_the_real_server_serves_logs_counts_and_stops(tmp_path) -> None:  # type: ignore[no-untyped-def]
    server = start_server(cwd=tmp_path)
    try:
        assert server.url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(server.url, timeout=30) as page:
            assert b"<title>langcheck" in page.read()
        body = json.dumps({"text": "Secretword committed suicide.", "filename": "diary.md"}).encode()
        request = urllib.request.Request(server.url + "api/check", body, {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as answer:
            assert json.load(answer)["files"][0]["findings"][0]["rule"] == "suicide/committed-suicide"
    finally:
        status, err = server.stop()
    assert "check: 3 words, 1 findings" in err
    assert "stopped after 1 check requests, 1 findings, 3 words" in err
    assert "Secretword" not in err and "diary" not in err and "GET /" not in err
    assert list(tmp_path.iterdir()) == []  # nothing stored
    assert status == 0, err
