"""One HTTP request to LanguageTool, bounded in every way a server can stretch it.

- One deadline covers connecting, the headers and the body: a server that sends a byte every
  few seconds cannot hold a check longer than ``timeout``.
- Redirects are never followed: a 307 to another host would send the whole text there, and a
  302 turns the POST into a GET (no findings, no message). Every redirect is a Dutch problem.
- The answer may be at most ``MAX_ANSWER_BYTES``; JSON nested too deep is an unreadable answer.
- ``abort`` (set when the app quits) ends the wait at once.

The request runs on a helper thread so that the caller can stop waiting at the deadline
whatever the socket does; the connection is then shut down, which ends the helper as well.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import threading
import time
import urllib.parse
from typing import Any, Literal

import requests

log = logging.getLogger(__name__)

MAX_ANSWER_BYTES = 16_000_000  # 1,000 matches that each quote a long sentence
_CHUNK = 65_536
_POLL = 0.05  # how often a waiting caller looks at ``abort``


class ServiceProblem(Exception):
    """LanguageTool cannot check now. ``message`` is Dutch; ``retry_after`` in seconds if known."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


def server_name(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return parts.netloc or url


class _Exchange:
    """The helper thread's side: the response once there, the result or the problem."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.cancelled = threading.Event()
        self.response: requests.Response | None = None
        self.status = 0
        self.headers: dict[str, str] = {}
        self.body = b""
        self.error: BaseException | None = None

    def shut(self) -> None:
        """Shut the socket the helper may be blocked on, so that it ends at once."""
        response = self.response
        connection = getattr(getattr(response, "raw", None), "_connection", None)
        sock = getattr(connection, "sock", None)
        if isinstance(sock, socket.socket):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        if response is not None:
            with contextlib.suppress(Exception):
                response.close()


def fetch_json(
    session: requests.Session,
    method: Literal["get", "post"],
    url: str,
    params: dict[str, str] | None,
    timeout: float,
    abort: threading.Event,
) -> Any:
    """The JSON answer of ``url``; raises ServiceProblem (Dutch) for anything else."""
    where = server_name(url)
    exchange = _Exchange()
    helper = threading.Thread(
        target=_run,
        args=(exchange, session, method, url, params, timeout),
        name="languagetool-http",
        daemon=True,  # quitting never waits for it
    )
    deadline = time.monotonic() + timeout
    helper.start()
    while not exchange.done.wait(min(_POLL, max(0.0, deadline - time.monotonic()))):
        if abort.is_set() or time.monotonic() >= deadline:
            exchange.cancelled.set()
            exchange.shut()
            if abort.is_set():
                raise ServiceProblem("LanguageTool is gestopt.")
            raise _too_slow(where, timeout)
    if exchange.error is not None:
        raise _problem(exchange.error, where, timeout)
    return _json_or_problem(exchange, url, where)


def _run(
    exchange: _Exchange,
    session: requests.Session,
    method: str,
    url: str,
    params: dict[str, str] | None,
    timeout: float,
) -> None:
    try:
        kwargs: dict[str, Any] = {"data": params} if method == "post" else {"params": params}
        response = session.request(
            method.upper(), url, timeout=timeout, allow_redirects=False, stream=True, **kwargs
        )
        exchange.response = response
        with response:
            exchange.status = response.status_code
            exchange.headers = dict(response.headers)
            exchange.body = _read_body(response, exchange)
    except BaseException as exc:  # handed to the caller, who turns it into Dutch
        exchange.error = exc
    finally:
        exchange.done.set()


class _TooLarge(Exception):
    pass


def _read_body(response: requests.Response, exchange: _Exchange) -> bytes:
    parts: list[bytes] = []
    size = 0
    for part in response.iter_content(_CHUNK):
        if exchange.cancelled.is_set():
            break
        size += len(part)
        if size > MAX_ANSWER_BYTES:
            raise _TooLarge
        parts.append(part)
    return b"".join(parts)


def _problem(error: BaseException, where: str, timeout: float) -> ServiceProblem:
    if isinstance(error, _TooLarge):
        return ServiceProblem(
            f"LanguageTool ({where}) stuurt een te groot antwoord "
            f"(meer dan {MAX_ANSWER_BYTES // 1_000_000} MB)."
        )
    if isinstance(error, requests.Timeout):
        return ServiceProblem(
            f"LanguageTool ({where}) antwoordt niet binnen {timeout:.0f} seconden."
        )
    log.info("LanguageTool %s unreachable: %r", where, error)
    return ServiceProblem(f"LanguageTool ({where}) is niet bereikbaar.")


def _too_slow(where: str, timeout: float) -> ServiceProblem:
    return ServiceProblem(f"LanguageTool ({where}) antwoordt niet binnen {timeout:.0f} seconden.")


def _json_or_problem(exchange: _Exchange, url: str, where: str) -> Any:
    status = exchange.status
    if 300 <= status < 400:
        raise _redirect_problem(exchange, url, where)
    if status in (426, 429):  # 426 is what the public API used to send for its limit
        raise ServiceProblem(
            f"LanguageTool ({where}) krijgt te veel vragen (status {status}).",
            retry_after=retry_after(exchange.headers.get("Retry-After")),
        )
    if status in (401, 403):
        raise ServiceProblem(
            f"LanguageTool ({where}) weigert de toegang (status {status}). Controleer de "
            "gebruikersnaam en API-sleutel in Instellingen."
        )
    if status >= 400:
        text = exchange.body.decode("utf-8", "replace").strip()
        detail = text.splitlines()[0][:120] if text else ""
        raise ServiceProblem(
            f"LanguageTool ({where}) geeft een fout (status {status}"
            + (f": {detail}" if detail else "")
            + ")."
        )
    try:
        return json.loads(exchange.body)
    except (ValueError, RecursionError) as exc:  # RecursionError: JSON nested thousands deep
        raise ServiceProblem(
            f"LanguageTool ({where}) stuurt een antwoord dat Schrijfhulp niet kan lezen."
        ) from exc


def _redirect_problem(exchange: _Exchange, url: str, where: str) -> ServiceProblem:
    target = urllib.parse.urljoin(url, exchange.headers.get("Location", ""))
    here, there = urllib.parse.urlsplit(url), urllib.parse.urlsplit(target)
    log.warning(
        "LanguageTool %s redirects (%d) to %s: not followed", where, exchange.status, target
    )
    if (here.scheme, here.netloc) != (there.scheme, there.netloc):
        return ServiceProblem(
            f"LanguageTool ({where}) stuurt door naar een ander adres "
            f"({there.scheme}://{there.netloc}). Schrijfhulp stuurt je tekst daar niet heen. "
            "Controleer het serveradres in Instellingen."
        )
    return ServiceProblem(
        f"LanguageTool ({where}) stuurt door (status {exchange.status}) in plaats van te "
        "antwoorden. Controleer het serveradres in Instellingen."
    )


DEFAULT_RETRY_AFTER = 60.0
MAX_RETRY_AFTER = 3600.0  # a server asking for days (or 'inf') is asked again after an hour


def retry_after(raw: str | None) -> float:
    try:
        return min(MAX_RETRY_AFTER, max(1.0, float(raw))) if raw else DEFAULT_RETRY_AFTER
    except ValueError:
        return DEFAULT_RETRY_AFTER  # an HTTP date: rare; a minute is what the public API uses
