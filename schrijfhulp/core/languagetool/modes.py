"""Which LanguageTool mode is really used, and where the text goes in each.

The settings file says which mode a user chose, but a file can be copied, synced or edited by
hand. A mode that sends text away (a server, the public service) is only used when IT set it
(managed file or environment variables) or when the user confirmed it in Instellingen, which
records that confirmation next to the mode: for a server the exact address, for the public
service an explicit yes. Anything else counts as "uit", with a message saying why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from schrijfhulp.core.settings import DEFAULTS, Settings

OFF, LOCAL, SERVER, PUBLIC = "off", "local", "server", "public"
MODES = (OFF, LOCAL, SERVER, PUBLIC)
VARIANTS = ("nl-NL", "nl-BE")

MODE_KEY = "languagetool_mode"
URL_KEY = "languagetool_url"
PUBLIC_CONSENT_KEY = "languagetool_public_consent"
SERVER_CONSENT_KEY = "languagetool_server_consent"
LOCAL_CONSENT_KEY = "languagetool_local_consent"

# GLOSSARY: uit · op deze computer · server van je organisatie · openbare dienst
MODE_NAMES = {
    OFF: "uit",
    LOCAL: "op deze computer",
    SERVER: "server van je organisatie",
    PUBLIC: "openbare dienst (tekst gaat naar LanguageTool)",
}
PRIVACY = {
    OFF: "Je tekst blijft op deze computer.",
    LOCAL: "Je tekst blijft op deze computer.",
    SERVER: "Je tekst gaat naar de server van je organisatie.",
    PUBLIC: "Je tekst gaat naar LanguageTool (openbare dienst).",
}
PUBLIC_WARNING = (
    "Let op: met de openbare dienst gaat je tekst via internet naar LanguageTool, een extern "
    "bedrijf. Gebruik dit niet voor vertrouwelijke tekst. De gratis dienst controleert "
    "hoogstens 20 keer per minuut en 20 kB tekst per keer; daarboven wacht Schrijfhulp even."
)


@dataclass(frozen=True, slots=True)
class ModeDecision:
    """The mode in use; ``blocked`` says (in Dutch) why a chosen mode is not used."""

    mode: str
    chosen: str
    url: str = ""
    by_organisation: bool = False
    blocked: str = ""

    @property
    def privacy(self) -> str:
        return PRIVACY[self.mode]

    @property
    def summary(self) -> str:
        """For the status bar: the mode and where the text goes."""
        if self.blocked:
            return f"LanguageTool: uit. {self.blocked}"
        return f"LanguageTool: {MODE_NAMES[self.mode]}. {self.privacy}"


def normalise_url(url: str) -> str:
    """A server's base address, as the user may type it: with or without /v2, slash or scheme."""
    url = url.strip()
    if not url:
        return ""
    if "://" not in url:
        url = "http://" + url
    url = url.rstrip("/")
    if url.endswith("/v2"):
        url = url[: -len("/v2")]
    return url + "/"


def set_by_organisation(settings: Settings, key: str) -> bool:
    """Does the current value come from IT (managed file or environment), not from the user?"""
    if key not in settings.managed:
        return False
    it_value = settings.managed[key]
    return bool(it_value != DEFAULTS.get(key) and settings.get(key) == it_value)


def decide_mode(settings: Settings) -> ModeDecision:
    chosen = str(settings.get(MODE_KEY) or OFF)
    if chosen not in MODES:
        return ModeDecision(OFF, chosen, blocked=f"De stand '{chosen}' bestaat niet.")
    by_it = set_by_organisation(settings, MODE_KEY)
    if chosen == OFF:
        return ModeDecision(OFF, OFF, by_organisation=by_it)
    if chosen == LOCAL:
        return ModeDecision(LOCAL, LOCAL, by_organisation=by_it)
    if chosen == SERVER:
        return _decide_server(settings, by_it)
    if by_it or settings.get(PUBLIC_CONSENT_KEY) is True:
        return ModeDecision(PUBLIC, PUBLIC, by_organisation=by_it)
    return ModeDecision(
        OFF,
        PUBLIC,
        blocked="Je hebt de openbare dienst nog niet zelf bevestigd in Instellingen, "
        "dus je tekst gaat nergens heen.",
    )


def _decide_server(settings: Settings, mode_by_it: bool) -> ModeDecision:
    url = normalise_url(str(settings.get(URL_KEY) or ""))
    if not url:
        return ModeDecision(
            OFF, SERVER, blocked="Er is geen adres van de server ingevuld in Instellingen."
        )
    url_by_it = set_by_organisation(settings, URL_KEY)
    confirmed = normalise_url(str(settings.get(SERVER_CONSENT_KEY) or "")) == url
    if (mode_by_it and url_by_it) or confirmed:
        return ModeDecision(SERVER, SERVER, url, by_organisation=mode_by_it and url_by_it)
    return ModeDecision(
        OFF,
        SERVER,
        url,
        blocked=f"Je hebt de server {url} nog niet zelf bevestigd in Instellingen, "
        "dus je tekst gaat er niet heen.",
    )


def consent_values(mode: str, url: str = "") -> dict[str, Any]:
    """The consent values to store when the user confirms ``mode`` in Instellingen."""
    return {
        PUBLIC_CONSENT_KEY: mode == PUBLIC,
        SERVER_CONSENT_KEY: normalise_url(url) if mode == SERVER else "",
    }
