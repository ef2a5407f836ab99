"""LanguageTool as a slow checker: the four modes, and what the rest of the app calls.

``backend_from_settings(settings)`` gives the object the GUI's worker calls after the offline
checks (``check(text, platform) -> (findings, EngineStatus)``, ``cached(text)``, ``close()``),
or None when LanguageTool is uit; ``merge_languagetool(analysis, findings, status)`` merges its
findings into the offline analysis. Which mode is really used, and when text may leave the
computer, is decided in ``modes``; the backend itself lives in ``backend``.
"""

from __future__ import annotations

from schrijfhulp.core.analysis import EngineStatus
from schrijfhulp.core.findings import Finding
from schrijfhulp.core.languagetool.backend import ENGINE, BackendConfig, LanguageToolBackend
from schrijfhulp.core.languagetool.merge import merge_languagetool
from schrijfhulp.core.languagetool.modes import (
    LOCAL,
    LOCAL_CONSENT_KEY,
    PUBLIC,
    SERVER,
    VARIANTS,
    ModeDecision,
    decide_mode,
    normalise_url,
)
from schrijfhulp.core.settings import Settings

__all__ = [
    "BackendConfig",
    "DisabledBackend",
    "LanguageToolBackend",
    "backend_from_settings",
    "check_with_server",
    "merge_languagetool",
]


class DisabledBackend:
    """The null object for a chosen mode that may not be used: it explains, never connects."""

    name = ENGINE

    def __init__(self, decision: ModeDecision) -> None:
        self.decision = decision

    @property
    def description(self) -> str:
        return "LanguageTool: uit."  # why is in the status of each check

    def check(self, text: str, platform: str = "") -> tuple[list[Finding], EngineStatus]:
        return [], EngineStatus(ENGINE, "off", self.decision.blocked)

    def close(self) -> None:
        """Nothing was started."""


def config_from_settings(settings: Settings, decision: ModeDecision) -> BackendConfig:
    return BackendConfig(
        mode=decision.mode,
        url=decision.url,
        variant=str(settings.get("languagetool_variant") or VARIANTS[0]),
        username=str(settings.get("languagetool_username") or ""),
        api_key=str(settings.get("languagetool_api_key") or ""),
        disabled_rules=frozenset(str(r) for r in settings.get("disabled_rules") or ()),
        local_consent=settings.get(LOCAL_CONSENT_KEY) is True,
        personal_dictionary=settings.paths.personal_dictionary,
    )


def backend_from_settings(settings: Settings) -> LanguageToolBackend | DisabledBackend | None:
    """The slow checker for the settings: None when LanguageTool is uit. Connects to nothing."""
    decision = decide_mode(settings)
    if decision.blocked:
        return DisabledBackend(decision)
    if decision.mode not in (LOCAL, SERVER, PUBLIC):
        return None
    return LanguageToolBackend(config_from_settings(settings, decision))


def check_with_server(
    url: str, text: str, platform: str, settings: Settings | None = None
) -> tuple[list[Finding], EngineStatus]:
    """One check against the server at ``url`` (``schrijfhulp check --languagetool URL``).

    Naming the server on the command line is the user's choice; variant and switched-off rules
    come from the settings when given.
    """
    decision = ModeDecision(SERVER, SERVER, normalise_url(url))
    if settings is None:
        config = BackendConfig(mode=SERVER, url=decision.url)
    else:
        config = config_from_settings(settings, decision)
    backend = LanguageToolBackend(config, one_shot=True)
    try:
        return backend.check(text, platform)
    finally:
        backend.close()
