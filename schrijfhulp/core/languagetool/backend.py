"""The LanguageTool backend for one mode: cache, back-off, throttle and the client's life.

``check(text, platform) -> (findings, EngineStatus)`` never raises. It

- sends only lines it has not seen before (results are cached by line text), in one request;
- waits at most ``timeout`` seconds (10) for an answer;
- after a failure waits before it asks again (5, 10, 20 … 120 s; after a rate limit as long as
  the server asks, or a minute), so a dead server is not hammered while the user types;
- keeps the public service under its limit of 20 requests a minute;
- starts the local server (on 127.0.0.1) once, on first use, and stops it in ``close()``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from language_tool_python.exceptions import LanguageToolError

from schrijfhulp.core.analysis import EngineStatus
from schrijfhulp.core.findings import Finding, Kind
from schrijfhulp.core.languagetool import local_server as lt_local
from schrijfhulp.core.languagetool.client import (
    HttpClient,
    PublicClient,
    ServerClient,
    ServiceProblem,
)
from schrijfhulp.core.languagetool.modes import LOCAL, MODE_NAMES, PRIVACY, PUBLIC, VARIANTS
from schrijfhulp.core.languagetool.protocol import (
    Batch,
    MalformedAnswerError,
    make_batches,
    place,
    split_answer,
    split_units,
)
from schrijfhulp.core.spelling.dictionaries import read_word_list

log = logging.getLogger(__name__)

ENGINE = "languagetool"
TIMEOUT_SECONDS = 10.0
FIRST_BACKOFF = 5.0
MAX_BACKOFF = 120.0
CACHE_LINES = 2000
# The public service: 20 requests a minute, 20 kB a request. 5000 characters stay under 20 kB
# even when every character takes four bytes in UTF-8.
PUBLIC_MIN_INTERVAL = 3.0
PUBLIC_MAX_CHARS = 5000
MAX_CHARS = 50_000


@dataclass(frozen=True)
class BackendConfig:
    mode: str  # local | server | public
    url: str = ""  # server: its base address; public: empty for LanguageTool's own address
    variant: str = "nl-NL"
    username: str = ""
    api_key: str = ""
    disabled_rules: frozenset[str] = frozenset()
    local_consent: bool = False
    timeout: float = TIMEOUT_SECONDS
    personal_dictionary: Path | None = None

    @property
    def min_interval(self) -> float:
        return PUBLIC_MIN_INTERVAL if self.mode == PUBLIC else 0.0

    @property
    def max_chars(self) -> int:
        return PUBLIC_MAX_CHARS if self.mode == PUBLIC else MAX_CHARS


Client = HttpClient
ClientFactory = Callable[[BackendConfig], Client]


@dataclass
class _Backoff:
    failures: int = 0
    retry_at: float = 0.0
    problem: str = ""

    def failed(self, problem: ServiceProblem, now: float) -> float:
        self.failures += 1
        delay = problem.retry_after or min(FIRST_BACKOFF * 2 ** (self.failures - 1), MAX_BACKOFF)
        self.retry_at = now + delay
        self.problem = problem.message
        return delay

    def succeeded(self) -> None:
        self.failures, self.retry_at, self.problem = 0, 0.0, ""


@dataclass
class _Cache:
    """Findings per line text (offsets relative to the line), least recently used out first."""

    lines: OrderedDict[str, tuple[Finding, ...]] = field(default_factory=OrderedDict)
    # ``cached()`` reads from the offline worker while a check writes from the slow one.
    lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self, text: str) -> tuple[Finding, ...] | None:
        with self.lock:
            found = self.lines.get(text)
            if found is not None:
                self.lines.move_to_end(text)
            return found

    def put(self, text: str, findings: list[Finding]) -> None:
        with self.lock:
            self.lines[text] = tuple(findings)
            self.lines.move_to_end(text)
            while len(self.lines) > CACHE_LINES:
                self.lines.popitem(last=False)


class LanguageToolBackend:
    """The slow checker for one mode. ``check`` runs on a worker thread; ``close`` on any."""

    name = ENGINE

    def __init__(
        self,
        config: BackendConfig,
        *,
        client_factory: ClientFactory | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        one_shot: bool = False,
    ) -> None:
        self.config = config
        self._one_shot = one_shot  # one check and done (the CLI): no "probeert het over …"
        self._client_factory = client_factory or create_client
        self._clock = clock
        self._sleep = sleep
        self._client: Client | None = None
        self._client_lock = threading.Lock()
        self._check_lock = threading.Lock()
        self._cache = _Cache()
        self._asked_again: set[str] = set()
        self._backoff = _Backoff()
        self._last_request = float("-inf")
        self._closed = False
        self._last_status = EngineStatus(ENGINE, "ok")
        self.requests_sent = 0

    @property
    def description(self) -> str:
        """For the status bar: the mode and, plainly, where the text goes."""
        return f"LanguageTool: {MODE_NAMES[self.config.mode]}. {PRIVACY[self.config.mode]}"

    @property
    def local_server_pid(self) -> int | None:
        """The process id of the local server we started, while it runs."""
        client = self._client
        server = getattr(client, "_server", None) if client is not None else None
        return server.pid if server is not None and server.poll() is None else None

    def check(self, text: str, platform: str = "") -> tuple[list[Finding], EngineStatus]:
        """LanguageTool's findings for ``text`` (offsets into ``text``). Never raises."""
        try:
            with self._check_lock:
                findings, self._last_status = self._check(text)
                return findings, self._last_status
        except Exception as exc:  # the contract: a broken engine never breaks the editor
            log.exception("LanguageTool check failed")
            message = (
                "LanguageTool gaf een onverwachte fout; de andere controles gaan door. "
                f"Details staan in het logboek ({type(exc).__name__})."
            )
            return [], EngineStatus(ENGINE, "error", message)

    def cached(self, text: str) -> tuple[list[Finding], EngineStatus]:
        """What is already known about ``text``, at once and without the network.

        Shown with the offline analysis, so LanguageTool's remarks on lines the user did not
        touch stay on screen while the changed lines are being checked.
        """
        findings: list[Finding] = []
        for unit in split_units(text):
            findings.extend(place(self._cache.get(unit.text) or (), unit))
        return self._drop_personal_words(text, findings), self._last_status

    def close(self) -> None:
        """Stop the local server (if we started one). Safe to call twice, from any thread."""
        self._closed = True
        # A local server may be starting (seconds): then the starting thread stops it itself,
        # and the window does not wait for it.
        if not self._client_lock.acquire(timeout=1.0):
            return
        try:
            client, self._client = self._client, None
        finally:
            self._client_lock.release()
        if client is not None:
            try:
                client.close()
            except Exception:  # closing must never stop the app from quitting
                log.exception("LanguageTool did not close cleanly")

    def _check(self, text: str) -> tuple[list[Finding], EngineStatus]:
        units = split_units(text)
        fresh: dict[str, list[Finding]] = {}
        missing = list(dict.fromkeys(u.text for u in units if self._cache.get(u.text) is None))
        problem = ""
        if missing:
            problem = self._fetch(missing, fresh)
        findings: list[Finding] = []
        for unit in units:
            found = fresh.get(unit.text)
            cached = self._cache.get(unit.text) if found is None else None
            findings.extend(place(found if found is not None else cached or (), unit))
        findings = self._drop_personal_words(text, findings)
        if problem:
            return findings, EngineStatus(ENGINE, "unavailable", problem)
        return findings, EngineStatus(ENGINE, "ok")

    def _fetch(self, missing: list[str], fresh: dict[str, list[Finding]]) -> str:
        """Ask LanguageTool about ``missing`` lines; the Dutch problem, or "" when all went well."""
        if self._closed:
            return "LanguageTool is gestopt."
        now = self._clock()
        if now < self._backoff.retry_at:
            return _with_retry(self._backoff.problem, self._backoff.retry_at - now)
        try:
            client = self._client_or_start()
            for batch in make_batches(missing, self.config.max_chars):
                self._wait_for_turn()
                self.requests_sent += 1
                answer = client.check_json(batch.text)
                self._last_request = self._clock()
                self._keep(batch, answer, fresh)
        except ServiceProblem as problem:
            self._forget_dead_local_server()
            delay = self._backoff.failed(problem, self._clock())
            log.info("LanguageTool unavailable for %.0f s: %s", delay, problem.message)
            return problem.message if self._one_shot else _with_retry(problem.message, delay)
        self._backoff.succeeded()
        return ""

    def _keep(self, batch: Batch, answer: object, fresh: dict[str, list[Finding]]) -> None:
        try:
            per_unit, dropped = split_answer(batch, answer)
        except MalformedAnswerError as exc:
            raise ServiceProblem(
                f"LanguageTool stuurt een antwoord dat Schrijfhulp niet kan lezen ({exc})."
            ) from exc
        fresh.update(per_unit)
        if dropped:
            log.warning("LanguageTool: %d matches did not fit the text and were dropped", dropped)
            # Part of the answer does not fit our text (meant for another one): show what fits
            # and ask once more next time; a server that answers the same way again is
            # remembered as it is, so unchanged lines are not sent on every pause.
            if not all(unit_text in self._asked_again for unit_text in per_unit):
                if len(self._asked_again) > CACHE_LINES:
                    self._asked_again.clear()
                self._asked_again.update(per_unit)
                return
        for unit_text, findings in per_unit.items():
            self._cache.put(unit_text, findings)

    def _wait_for_turn(self) -> None:
        wait = self._last_request + self.config.min_interval - self._clock()
        if wait > 0:
            self._sleep(wait)

    def _client_or_start(self) -> Client:
        with self._client_lock:
            if self._closed:  # closed while this check was on its way: start nothing new
                raise ServiceProblem("LanguageTool is gestopt.")
            if self._client is None:
                client = self._start_client()
                if self._closed:  # closed while the server started: stop it again
                    client.close()
                    raise ServiceProblem("LanguageTool is gestopt.")
                self._client = client
            return self._client

    def _start_client(self) -> Client:
        if self.config.mode == LOCAL:
            _check_local_ready(self.config)
        try:
            return self._client_factory(self.config)
        except ServiceProblem:
            raise
        except (LanguageToolError, OSError, ValueError, ModuleNotFoundError, SystemError) as exc:
            where = {LOCAL: "op deze computer", PUBLIC: "(openbare dienst)"}.get(
                self.config.mode, f"({self.config.url})"
            )
            raise ServiceProblem(f"LanguageTool {where} start niet: {exc}") from exc

    def _forget_dead_local_server(self) -> None:
        """A local server that died is started again on the next try (after the back-off)."""
        with self._client_lock:
            client = self._client
            if client is not None and self.config.mode == LOCAL and not client._server_is_alive():
                self._client = None
                client.close()

    def _drop_personal_words(self, text: str, findings: list[Finding]) -> list[Finding]:
        """Words in the personal dictionary are never spelfouten, whoever says so."""
        if self.config.personal_dictionary is None:
            return findings
        words = read_word_list(self.config.personal_dictionary)
        if not words:
            return findings
        folded = {w.casefold() for w in words}
        return [
            f
            for f in findings
            if f.kind is not Kind.SPELLING or text[f.start : f.end].casefold() not in folded
        ]


def _check_local_ready(config: BackendConfig) -> None:
    if not lt_local.is_installed():
        if not config.local_consent:
            raise ServiceProblem(
                "LanguageTool op deze computer is nog niet gedownload. Kies Instellingen om het "
                f"te downloaden (ongeveer {lt_local.DOWNLOAD_MB} MB)."
            )
        raise ServiceProblem(
            "LanguageTool op deze computer is niet (meer) gedownload. Kies Instellingen om het "
            "opnieuw te downloaden."
        )
    java = lt_local.check_java()
    if not java.ok:
        raise ServiceProblem(java.message, retry_after=MAX_BACKOFF)


def _with_retry(problem: str, seconds: float) -> str:
    return (
        f"{problem} Schrijfhulp probeert het over {max(1, round(seconds))} seconden opnieuw; "
        "de andere controles werken gewoon."
    )


def create_client(config: BackendConfig) -> Client:
    """language_tool_python's client for the mode (starts the local server: takes seconds)."""
    variant = config.variant if config.variant in VARIANTS else VARIANTS[0]
    client: Client
    if config.mode == LOCAL:
        # host 127.0.0.1: the URL we talk to; LanguageTool's HTTPServer itself only accepts
        # connections from this computer unless started with --public, which we never pass.
        client = ServerClient(
            language=variant, timeout=config.timeout, host="127.0.0.1", use_system_proxy=False
        )
    elif config.mode == PUBLIC and not config.url:
        client = PublicClient(
            language=variant,
            timeout=config.timeout,
            username=config.username,
            api_key=config.api_key,
        )
    elif config.mode == PUBLIC:  # tests point the public mode at their own server
        client = PublicClient(
            language=variant,
            timeout=config.timeout,
            username=config.username,
            api_key=config.api_key,
            remote_server=config.url,
        )
    else:
        client = ServerClient(
            language=variant,
            timeout=config.timeout,
            username=config.username,
            api_key=config.api_key,
            remote_server=config.url,
        )
    client.disabled_rules.update(config.disabled_rules)
    return client
