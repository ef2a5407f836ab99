"""A small LanguageTool look-alike on 127.0.0.1 for tests and the benchmark.

It answers ``/v2/languages``, ``/v2/check`` and ``/v2/healthcheck`` in LanguageTool's documented
JSON format, computing matches the way the Java server does: offsets and lengths in UTF-16 code
units, a context with line breaks shown as spaces. Tests switch on failures: a delay, an HTTP
status, a Retry-After header, a broken body, or answers computed for another text.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
import urllib.parse
import zipfile
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from typing import Any

CONTEXT_CHARS = 40


@dataclass(frozen=True)
class FakeRule:
    wrong: str
    right: str
    rule_id: str
    category: str
    issue_type: str
    message: str


# Realistic Dutch mistakes with LanguageTool's real rule and category ids.
DEFAULT_RULES = (
    FakeRule(
        "dinsdg",
        "dinsdag",
        "MORFOLOGIK_RULE_NL_NL",
        "TYPOS",
        "misspelling",
        "Mogelijke spelfout gevonden.",
    ),
    FakeRule(
        "morgn",
        "morgen",
        "MORFOLOGIK_RULE_NL_NL",
        "TYPOS",
        "misspelling",
        "Mogelijke spelfout gevonden.",
    ),
    FakeRule(
        "word je", "wordt je", "NL_DT_RULE", "GRAMMAR", "grammar", "Hier hoort 'wordt' met dt."
    ),
    FakeRule(
        "als het goed is",
        "eigenlijk",
        "NL_SIMPLE_REPLACE",
        "STYLE",
        "style",
        "Kies een eenvoudiger woord.",
    ),
    FakeRule(
        "  ", " ", "WHITESPACE_RULE", "TYPOGRAPHY", "whitespace", "Twee spaties achter elkaar."
    ),
)

LANGUAGES = [
    {"name": "Dutch", "code": "nl", "longCode": "nl"},
    {"name": "Dutch (Belgium)", "code": "nl", "longCode": "nl-BE"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
]


def java_length(text: str) -> int:
    """Length in UTF-16 code units, as Java's String.length() counts."""
    return len(text.encode("utf-16-le")) // 2


def compute_matches(text: str, rules: tuple[FakeRule, ...] = DEFAULT_RULES) -> list[dict[str, Any]]:
    flat = re.sub(r"[\r\n\t]", " ", text)
    matches = []
    for rule in rules:
        for found in re.finditer(re.escape(rule.wrong), text):
            start, end = found.span()
            c_start = max(0, start - CONTEXT_CHARS)
            c_end = min(len(text), end + CONTEXT_CHARS)
            context = flat[c_start:c_end]
            matches.append(
                {
                    "message": rule.message,
                    "shortMessage": rule.message.split(".")[0],
                    "replacements": [{"value": rule.right}],
                    "offset": java_length(text[:start]),
                    "length": java_length(text[start:end]),
                    "context": {
                        "text": context,
                        "offset": java_length(flat[c_start:start]),
                        "length": java_length(text[start:end]),
                    },
                    "sentence": text.strip(),
                    "type": {"typeName": "Other"},
                    "rule": {
                        "id": rule.rule_id,
                        "description": rule.message,
                        "issueType": rule.issue_type,
                        "category": {"id": rule.category, "name": rule.category.title()},
                    },
                }
            )
    return sorted(matches, key=lambda m: m["offset"])


@dataclass
class Behaviour:
    """What the fake does; tests change it while it runs."""

    delay: float = 0.0
    status: int = 200
    retry_after: str | None = None
    raw_body: bytes | None = None
    answer_for: str | None = None  # compute matches on this text instead of the one sent
    languages: list[dict[str, str]] = field(default_factory=lambda: list(LANGUAGES))
    rules: tuple[FakeRule, ...] = DEFAULT_RULES
    download: bytes | None = None  # served at /download/LanguageTool-<version>.zip
    redirect: tuple[int, str] | None = None  # (status, Location) for /v2/check
    drip: float = 0.0  # seconds between the bytes of the answer (a drip-feeding server)


class FakeLanguageTool:
    """``with FakeLanguageTool() as lt: lt.url`` -> "http://127.0.0.1:PORT/"."""

    def __init__(self) -> None:
        self.behaviour = Behaviour()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    @property
    def checked_texts(self) -> list[str]:
        with self._lock:
            return [p.get("text", "") for path, p in self.requests if path.endswith("/check")]

    def __enter__(self) -> FakeLanguageTool:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _record(self, path: str, params: dict[str, str]) -> None:
        with self._lock:
            self.requests.append((path, params))

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                """Quiet: tests read the recorded requests instead."""

            def do_GET(self) -> None:  # noqa: N802
                parts = urllib.parse.urlsplit(self.path)
                params = dict(urllib.parse.parse_qsl(parts.query))
                fake._record(parts.path, params)
                self._answer(parts.path, params)

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8")
                params = dict(urllib.parse.parse_qsl(body, keep_blank_values=True))
                path = urllib.parse.urlsplit(self.path).path
                fake._record(path, params)
                self._answer(path, params)

            def _answer(self, path: str, params: dict[str, str]) -> None:
                b = fake.behaviour
                if b.delay:
                    time.sleep(b.delay)
                if b.redirect is not None and path.endswith("/v2/check"):
                    self.send_response(b.redirect[0])
                    self.send_header("Location", b.redirect[1])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                if path.startswith("/download/") and b.download is not None:
                    return self._send(200, b.download, "application/zip")
                if b.status != 200 or b.raw_body is not None:
                    body = b.raw_body if b.raw_body is not None else b"Internal error"
                    return self._send(b.status, body, "text/plain")
                if path.endswith("/v2/languages"):
                    return self._send_json(b.languages)
                if path.endswith("/v2/healthcheck"):
                    return self._send(200, b"OK", "text/plain")
                if path.endswith("/v2/check"):
                    text = b.answer_for if b.answer_for is not None else params.get("text", "")
                    disabled = set(filter(None, params.get("disabledRules", "").split(",")))
                    rules = tuple(r for r in b.rules if r.rule_id not in disabled)
                    return self._send_json(
                        {
                            "software": {"name": "LanguageTool", "version": "6.8", "apiVersion": 1},
                            "language": {"name": "Dutch", "code": params.get("language", "nl")},
                            "matches": compute_matches(text, rules),
                        }
                    )
                return self._send(404, b"Not found", "text/plain")

            def _send_json(self, data: Any) -> None:
                self._send(200, json.dumps(data).encode("utf-8"), "application/json")

            def _send(self, status: int, body: bytes, content_type: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                if fake.behaviour.retry_after is not None:
                    self.send_header("Retry-After", fake.behaviour.retry_after)
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    if not fake.behaviour.drip:
                        self.wfile.write(body)  # the client may have given up (a timeout test)
                    for i in range(len(body) if fake.behaviour.drip else 0):
                        self.wfile.write(body[i : i + 1])
                        self.wfile.flush()
                        time.sleep(fake.behaviour.drip)

        return Handler


def fake_languagetool_zip(version: str) -> bytes:
    """A small archive shaped like LanguageTool's release zip (for the download test)."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        folder = f"LanguageTool-{version}/"
        archive.writestr(folder + "languagetool-server.jar", b"not a real jar" * 1000)
        archive.writestr(folder + "README.md", "LanguageTool test archive\n")
    return buffer.getvalue()
