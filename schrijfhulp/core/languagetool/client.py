"""language_tool_python's LanguageTool with the HTTP behaviour a live editor needs.

We keep language_tool_python's real code path (``LanguageTool`` for the local server it starts
and stops, ``remote_server=`` for an organisation's server, ``LanguageToolPublicAPI``, its URL
handling, language tags and request parameters) and replace only its one HTTP seam,
``_query_server``: their version waits up to 300 seconds, retries at once, restarts the local
server on any network error, follows redirects and does not tell a rate limit (429) from other
failures. Ours (see ``http``) keeps to one deadline, follows no redirect, never retries by
itself (the backend backs off instead) and raises :class:`ServiceProblem` with a Dutch message
naming the server and the status.
"""

from __future__ import annotations

import logging
import threading
import urllib.parse
from typing import Any, Literal

import requests
from language_tool_python import LanguageTool, LanguageToolPublicAPI
from language_tool_python.exceptions import ServerError

from schrijfhulp.core.languagetool.http import ServiceProblem, fetch_json, server_name

log = logging.getLogger(__name__)

MAX_PORT_TRIES = 3


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
        self._abort = threading.Event()
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
        return fetch_json(self._session, method, url, params, self._request_timeout, self._abort)

    def _get_languages(self) -> set[str]:
        """The language codes the server knows; an answer that is no list of languages is a
        Dutch problem, not an AttributeError from deep inside language_tool_python."""
        self._start_server_if_needed()
        url = urllib.parse.urljoin(self._url, "languages")
        answer = self._query_server(url)
        if not isinstance(answer, list) or not all(isinstance(e, dict) for e in answer):
            raise ServiceProblem(
                f"LanguageTool ({server_name(url)}) stuurt geen lijst met talen terug; "
                "is dit wel een LanguageTool-server?"
            )
        codes = {str(e[key]) for e in answer for key in ("code", "longCode") if e.get(key)}
        return codes | {"auto"}

    def close(self) -> None:
        self._abort.set()  # a check waiting for the network stops at once
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


class ServerClient(HttpClient):
    """A LanguageTool server at an address (the organisation's), or the local one we start."""


class PublicClient(HttpClient, LanguageToolPublicAPI):
    """LanguageTool's public service (language_tool_python's default address for it)."""
