"""language_tool_python's LanguageTool with the HTTP behaviour a live editor needs.

We keep language_tool_python's real code path (``LanguageTool`` for the local server it starts
and stops, ``remote_server=`` for an organisation's server, ``LanguageToolPublicAPI``, its URL
handling, language tags and request parameters) and replace only its one HTTP seam,
``_query_server``: their version waits up to 300 seconds, retries at once, restarts the local
server on any network error and does not tell a rate limit (429) from other failures. Ours waits
``timeout`` seconds, never retries by itself (the backend backs off instead) and raises
:class:`ServiceProblem` with a Dutch message naming the server and the status.
"""

from __future__ import annotations

import logging
import urllib.parse
from typing import Any, Literal

import requests
from language_tool_python import LanguageTool, LanguageToolPublicAPI
from language_tool_python.exceptions import ServerError

log = logging.getLogger(__name__)

DEFAULT_RETRY_AFTER = 60.0
MAX_PORT_TRIES = 3


class ServiceProblem(Exception):
    """LanguageTool cannot check now. ``message`` is Dutch; ``retry_after`` in seconds if known."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


class HttpClient(LanguageTool):
    """Mixed in before language_tool_python's class; see the module docstring."""

    def __init__(
        self,
        *,
        timeout: float,
        username: str = "",
        api_key: str = "",
        use_system_proxy: bool = True,
        **kwargs: Any,
    ) -> None:
        # Set before super().__init__, which already asks the server for its languages.
        self._request_timeout = timeout
        self._credentials = {"username": username, "apiKey": api_key} if api_key else {}
        self._session = requests.Session()
        # The local server on 127.0.0.1 must never be asked through a company proxy.
        self._session.trust_env = use_system_proxy
        super().__init__(**kwargs)

    def check_json(self, text: str) -> Any:
        """LanguageTool's raw answer for ``text`` (we map offsets ourselves, see protocol)."""
        url = urllib.parse.urljoin(self._url, "check")
        return self._query_server(url, self._create_params(text), method="post")

    def _create_params(self, text: str) -> dict[str, str]:
        params = super()._create_params(text)
        params.update(self._credentials)
        return params

    def _query_server(
        self,
        url: str,
        params: dict[str, str] | None = None,
        num_tries: int = 1,
        method: Literal["get", "post"] = "get",
    ) -> Any:
        where = _server_name(url)
        try:
            if method == "post":
                response = self._session.post(url, data=params, timeout=self._request_timeout)
            else:
                response = self._session.get(url, params=params, timeout=self._request_timeout)
        except requests.Timeout as exc:
            raise ServiceProblem(
                f"LanguageTool ({where}) antwoordt niet binnen "
                f"{self._request_timeout:.0f} seconden."
            ) from exc
        except requests.RequestException as exc:
            log.info("LanguageTool %s unreachable: %s", where, exc)
            raise ServiceProblem(f"LanguageTool ({where}) is niet bereikbaar.") from exc
        with response:
            return _json_or_problem(response, where)

    def close(self) -> None:
        super().close()
        self._session.close()

    def _start_server_on_free_port(self) -> None:
        """Start the local server, trying a few ports, never leaving a half-started one behind.

        language_tool_python tries every port from 8081 to 8999 when a start fails (a broken
        Java or LanguageTool would start hundreds of JVMs), keeps the first port in its URL and
        leaves a server that did not get ready in time running until Python exits.
        """
        for attempt in range(1, MAX_PORT_TRIES + 1):
            try:
                self._start_local_server()
                return
            except ServerError:
                self._terminate_server()
                if attempt == MAX_PORT_TRIES or not self._available_ports:
                    raise
                self._port = self._available_ports.pop()
                self._url = f"http://{self._host}:{self._port}/v2/"


def _json_or_problem(response: requests.Response, where: str) -> Any:
    status = response.status_code
    if status in (426, 429):  # 426 is what the public API used to send for its limit
        raise ServiceProblem(
            f"LanguageTool ({where}) krijgt te veel vragen (status {status}).",
            retry_after=_retry_after(response.headers.get("Retry-After")),
        )
    if status in (401, 403):
        raise ServiceProblem(
            f"LanguageTool ({where}) weigert de toegang (status {status}). Controleer de "
            "gebruikersnaam en API-sleutel in Instellingen."
        )
    if status >= 400:
        detail = response.text.strip().splitlines()[0][:120] if response.text.strip() else ""
        raise ServiceProblem(
            f"LanguageTool ({where}) geeft een fout (status {status}"
            + (f": {detail}" if detail else "")
            + ")."
        )
    try:
        return response.json()
    except ValueError as exc:
        raise ServiceProblem(
            f"LanguageTool ({where}) stuurt een antwoord dat Schrijfhulp niet kan lezen."
        ) from exc


def _retry_after(raw: str | None) -> float:
    try:
        return max(1.0, float(raw)) if raw else DEFAULT_RETRY_AFTER
    except ValueError:
        return DEFAULT_RETRY_AFTER  # an HTTP date: rare; a minute is what the public API uses


def _server_name(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return parts.netloc or url


class ServerClient(HttpClient):
    """A LanguageTool server at an address (the organisation's), or the local one we start."""


class PublicClient(HttpClient, LanguageToolPublicAPI):
    """LanguageTool's public service (language_tool_python's default address for it)."""
