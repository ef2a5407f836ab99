"""Where Schrijfhulp keeps its files, and the user's settings on top of IT-managed defaults.

Precedence, lowest first: built-in defaults < IT-managed file (site config dir) < environment
variables (``SCHRIJFHULP_*``) < the user's own settings file. Keys that IT marks as locked in
the managed file cannot be changed by the user. The user's file holds only what differs from
the first three (see ``Settings.save``), so a later change by IT reaches everyone who did not
choose otherwise. Paths are injectable so tests never touch the real home directory.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import platformdirs

from schrijfhulp import APP_NAME
from schrijfhulp.core.keystore import read_api_key, write_api_key
from schrijfhulp.core.settings_values import invalid_value_message

log = logging.getLogger(__name__)

DATA_DIR_ENV = "SCHRIJFHULP_DATA_DIR"
CONFIG_DIR_ENV = "SCHRIJFHULP_CONFIG_DIR"
MANAGED_CONFIG_ENV = "SCHRIJFHULP_MANAGED_CONFIG"

# Built-in defaults. LanguageTool is off: no text leaves the machine unless someone chose so.
DEFAULTS: dict[str, Any] = {
    "language": "",  # "" follows the system locale; "nl" or "en" overrides it
    "platform": "linkedin",
    "languagetool_mode": "off",  # off | local | server | public
    "languagetool_url": "",
    "languagetool_username": "",
    "languagetool_api_key": "",
    "languagetool_variant": "nl-NL",  # nl-NL | nl-BE
    "languagetool_local_consent": False,  # the user agreed to download LanguageTool
    # A remote mode from the user's own file is only used with the user's recorded confirmation
    # (see core/languagetool/modes.py): True for the public service, the confirmed address for a
    # server.
    "languagetool_public_consent": False,
    "languagetool_server_consent": "",
    "pack_locations": [],  # folders, network shares or HTTPS URLs with template packs
    "disabled_rules": [],
    # Per-platform maximum where a server sets its own, e.g. {"mastodon": 1000} for an
    # organisation's Mastodon server (its /api/v2/instance max_characters).
    "platform_limits": {},
    "bluesky_shorten_links": False,  # count links as the Bluesky app shortens them
    "last_draft_id": None,
}

API_KEY = "languagetool_api_key"  # kept in the OS keyring, see core/keystore.py

# Environment variables IT can set instead of (or on top of) the managed file.
ENVIRONMENT_KEYS: dict[str, str] = {
    "SCHRIJFHULP_LANGUAGETOOL_MODE": "languagetool_mode",
    "SCHRIJFHULP_LANGUAGETOOL_URL": "languagetool_url",
    "SCHRIJFHULP_PACKS": "pack_locations",  # os.pathsep- or ';'-separated list
}


PERSONAL_DICTIONARY_NAME = "woordenboek.txt"


def _default_data_dir() -> str:
    return os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME, False)


def default_personal_dictionary() -> Path:
    """``Paths.default().personal_dictionary`` without working out the other folders: the
    spelling checker asks for it on every analysis. Asking platformdirs costs more than a
    short post's spelling check, so the answer is kept for as long as the variables it
    depends on keep their values."""
    return _personal_dictionary_for(*map(os.environ.get, _DATA_DIR_VARIABLES))


# What decides the default data folder: our own variable, else platformdirs, which reads these.
_DATA_DIR_VARIABLES = (DATA_DIR_ENV, "HOME", "XDG_DATA_HOME", "APPDATA", "LOCALAPPDATA")


@lru_cache(maxsize=8)
def _personal_dictionary_for(*variables: str | None) -> Path:
    """The personal dictionary for these values of _DATA_DIR_VARIABLES (the cache key)."""
    return Path(_default_data_dir()) / PERSONAL_DICTIONARY_NAME


@dataclass(frozen=True, slots=True)
class Paths:
    """All the places Schrijfhulp reads or writes."""

    data_dir: Path
    config_dir: Path
    managed_config: Path

    @classmethod
    def default(cls) -> Paths:
        data = _default_data_dir()
        config = os.environ.get(CONFIG_DIR_ENV) or platformdirs.user_config_dir(APP_NAME, False)
        managed = os.environ.get(MANAGED_CONFIG_ENV) or str(
            Path(platformdirs.site_config_dir(APP_NAME, False)) / "managed.toml"
        )
        return cls(Path(data), Path(config), Path(managed))

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def drafts_db(self) -> Path:
        return self.data_dir / "concepten.sqlite3"

    @property
    def personal_dictionary(self) -> Path:
        return self.data_dir / PERSONAL_DICTIONARY_NAME

    @property
    def packs_dir(self) -> Path:
        return self.data_dir / "sjabloonpakketten"

    @property
    def pack_cache_dir(self) -> Path:
        return self.data_dir / "cache" / "sjabloonpakketten"


@dataclass
class Settings:
    """The merged settings. ``managed`` holds what they are without the user's own file
    (defaults, IT's file, environment). ``problems`` holds Dutch messages about files that could
    not be read."""

    paths: Paths
    values: dict[str, Any]
    managed: dict[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    problems: list[str] = field(default_factory=list)
    # The key as the keyring holds it; None until first asked. Asking the keyring loads its
    # backends (about 0.1 s), so start-up does not: only LanguageTool and Instellingen need it.
    _stored_key: str | None = field(default=None, repr=False)
    _key_from_file: bool = field(default=False, repr=False)

    def __getitem__(self, key: str) -> Any:
        if key == API_KEY:
            self._load_key()
        return self.values[key]

    def get(self, key: str, default: Any = None) -> Any:
        if key == API_KEY:
            self._load_key()
        return self.values.get(key, default)

    def _load_key(self) -> None:
        if self._stored_key is not None or API_KEY in self.locked:
            return
        self._stored_key = read_api_key()
        # One still in an old settings file wins, and moves to the keyring at the next save.
        if not self._key_from_file and self._stored_key:
            self.values[API_KEY] = self._stored_key

    def is_locked(self, key: str) -> bool:
        return key in self.locked

    def set(self, key: str, value: Any) -> bool:
        """Change a user setting; refused (False) when IT locked it."""
        if self.is_locked(key):
            return False
        if key == API_KEY:
            self._load_key()  # to know at save whether the keyring must change
        self.values[key] = value
        return True

    def save(self) -> list[str]:
        """Write the user's own choices atomically (write a temporary file, then replace).

        The API key goes to the OS keyring, never into the file; the Dutch messages returned
        say when that was not possible."""
        own = self.own_choices()
        notes: list[str] = []
        key = own.pop(API_KEY, "")
        if API_KEY not in self.locked and (self._stored_key is not None or key):
            self._load_key()
            if key != self._stored_key:  # only a changed key touches the keyring
                note = write_api_key(key)
                notes.extend([note] if note else [])
                self._stored_key = key
        target = self.paths.settings_file
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(own, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, target)
        return notes

    def own_choices(self) -> dict[str, Any]:
        """The values that differ from what defaults, IT's file and environment give.

        A value equal to IT's is left out, even when the user's file had it before: it cannot
        be told apart from a copy (Instellingen passes every field through, and files written
        before this rule held every setting), and an admin who later changes it expects the
        change to reach everyone who kept the organisation's value. A user who chose something
        else keeps it; ``locked`` is how IT overrules that. So an old file loses its copies of
        the current IT values at the next save; a copy of a value IT has changed since stays.
        """
        return {
            key: value
            for key, value in self.values.items()
            if key not in self.locked and value != self.managed.get(key, DEFAULTS.get(key))
        }


def load_settings(paths: Paths | None = None, environ: dict[str, str] | None = None) -> Settings:
    paths = paths or Paths.default()
    environ = dict(os.environ) if environ is None else environ
    problems: list[str] = []
    values = copy.deepcopy(DEFAULTS)
    managed, locked = _read_managed(paths.managed_config, problems)
    values.update(managed)
    values.update(_valid(_from_environment(environ), "de omgevingsvariabelen", problems))
    it_values = copy.deepcopy(values)  # save() compares with it: nothing may share a list
    user = _valid(_read_user(paths.settings_file, problems), str(paths.settings_file), problems)
    for key, value in user.items():
        if key in DEFAULTS and key not in locked:
            values[key] = value
    settings = Settings(paths, values, it_values, frozenset(locked), problems)
    settings._key_from_file = API_KEY in user  # the keyring is asked when the key is needed
    return settings


def _valid(values: dict[str, Any], where: str, problems: list[str]) -> dict[str, Any]:
    """The values that fit their setting; a Dutch message for each one that does not."""
    kept: dict[str, Any] = {}
    for key, value in values.items():
        message = invalid_value_message(where, key, value)
        if message is None:
            kept[key] = value
        else:
            problems.append(message)
            log.warning("settings %s: invalid value for %r ignored", where, key)
    return kept


def _read_managed(path: Path, problems: list[str]) -> tuple[dict[str, Any], set[str]]:
    """The IT-managed TOML file: a [settings] table and an optional ``locked = [...]`` list."""
    if not path.is_file():
        return {}, set()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as exc:
        reason = "te diep genest" if isinstance(exc, RecursionError) else str(exc)
        problems.append(
            f"De instellingen van je organisatie in {path} zijn niet gelezen: {reason}. "
            "Schrijfhulp gebruikt de standaardinstellingen."
        )
        log.warning("managed config %s unreadable: %s", path, reason)
        return {}, set()
    table = data.get("settings", {})
    if not isinstance(table, dict):
        problems.append(_ignored(path, "settings", "een tabel [settings]"))
        table = {}
    raw = {k: _as_default_type(k, v) for k, v in table.items() if k in DEFAULTS}
    settings = _valid(raw, str(path), problems)
    # 'locked' belongs at the top level, but written inside [settings] it means the same.
    locked: set[str] = set()
    for where, names in (
        ("locked", data.get("locked", [])),
        ("settings.locked", table.get("locked", [])),
    ):
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            problems.append(_ignored(path, where, "een lijst met namen van instellingen"))
            continue
        locked.update(n for n in names if n in DEFAULTS)
    for key in set(table) - set(DEFAULTS) - {"locked"}:
        log.warning("managed config %s: unknown setting %r ignored", path, key)
    return settings, locked


def _ignored(path: Path, key: str, expected: str) -> str:
    log.warning("managed config %s: %r is not %s, ignored", path, key, expected)
    return (
        f"De instelling '{key}' in {path} is genegeerd: verwacht {expected}. "
        "Schrijfhulp gebruikt de standaardwaarde."
    )


def _as_default_type(key: str, value: Any) -> Any:
    """One string where a list belongs (``pack_locations = "https://intranet.example.nl"``)
    is a list of one: the app iterates it, and Instellingen saves it back as a list."""
    if isinstance(DEFAULTS[key], list) and isinstance(value, str):
        return [value]
    return value


def _from_environment(environ: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, key in ENVIRONMENT_KEYS.items():
        raw = environ.get(name, "").strip()
        if not raw:
            continue
        if isinstance(DEFAULTS[key], list):
            values[key] = [p.strip() for p in _split_list(raw) if p.strip()]
        else:
            values[key] = raw
    return values


def _split_list(raw: str) -> list[str]:
    # ';' always separates (Windows style and safe for URLs); os.pathsep too where it is not ':'
    # because ':' would split "https://".
    parts = raw.split(";")
    if os.pathsep != ":":
        parts = [q for p in parts for q in p.split(os.pathsep)]
    return parts


def _read_user(path: Path, problems: list[str]) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("verwacht een object met instellingen")
        return data
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        reason = "te diep genest" if isinstance(exc, RecursionError) else str(exc)
        if isinstance(exc, json.JSONDecodeError):
            reason = f"geen geldige JSON (regel {exc.lineno}, kolom {exc.colno})"
        problems.append(
            f"Je instellingen in {path} zijn niet gelezen: {reason}. "
            "Schrijfhulp gebruikt de standaardinstellingen."
        )
        log.warning("user settings %s unreadable: %s", path, reason)
        return {}
