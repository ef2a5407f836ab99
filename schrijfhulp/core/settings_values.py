"""What each setting may hold. A value of the wrong type or out of range is ignored with a
Dutch message naming the file, the key and what was expected; the default is used instead.

Settings files come from people (and sometimes from a script gone wrong): ``"disabled_rules":
5`` must not crash the app, and ``"platform_limits": {"x": 0}`` must not switch checking off.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MAX_TEXT = 2_000  # characters of one text setting (an address, a key)
MAX_ITEMS = 1_000  # entries of one list or table setting
MAX_PLATFORM_LIMIT = 1_000_000


@dataclass(frozen=True, slots=True)
class Rule:
    expected: str  # Dutch, after "verwacht"
    accepts: Callable[[Any], bool]


def _text(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= MAX_TEXT


def _one_of(*choices: str) -> Rule:
    shown = ", ".join(f'"{c}"' for c in choices)
    return Rule(f"een van {shown}", lambda v: isinstance(v, str) and v in choices)


def _texts(value: Any) -> bool:
    return isinstance(value, list) and len(value) <= MAX_ITEMS and all(map(_text, value))


def _limit(value: Any) -> bool:
    return type(value) is int and 1 <= value <= MAX_PLATFORM_LIMIT


def _limits(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and len(value) <= MAX_ITEMS
        and all(_text(k) and _limit(v) for k, v in value.items())
    )


def _draft_id(value: Any) -> bool:
    return value is None or (type(value) is int and value >= 0)


_TEXT = Rule("tekst", _text)
_BOOL = Rule("true of false", lambda v: isinstance(v, bool))

RULES: dict[str, Rule] = {
    "language": _one_of("", "nl", "en"),
    "platform": _TEXT,
    # An unknown mode or variant is text still: the mode decision explains it in the status bar.
    "languagetool_mode": _TEXT,
    "languagetool_url": _TEXT,
    "languagetool_username": _TEXT,
    "languagetool_api_key": _TEXT,
    "languagetool_variant": _TEXT,
    "languagetool_local_consent": _BOOL,
    "languagetool_public_consent": _BOOL,
    "languagetool_server_consent": _TEXT,
    "pack_locations": Rule("een lijst met teksten", _texts),
    "disabled_rules": Rule("een lijst met regelnamen (teksten)", _texts),
    "platform_limits": Rule(
        f"per platform een geheel getal van 1 tot {MAX_PLATFORM_LIMIT:,}".replace(",", "."),
        _limits,
    ),
    "bluesky_shorten_links": _BOOL,
    "last_draft_id": Rule("een conceptnummer", _draft_id),
}


def invalid_value_message(where: str, key: str, value: Any) -> str | None:
    """The Dutch message when ``value`` does not fit ``key``; None when it fits."""
    rule = RULES.get(key)
    if rule is None or rule.accepts(value):
        return None
    return (
        f"De instelling '{key}' in {where} is genegeerd: verwacht {rule.expected}, "
        f"maar er staat {_shown(value)}. Schrijfhulp gebruikt de standaardwaarde."
    )


def _shown(value: Any) -> str:
    kinds = {bool: "true/false", int: "een getal", float: "een getal", str: "tekst"}
    if isinstance(value, bool | int | float) or (isinstance(value, str) and len(value) <= 40):
        return repr(value) if not isinstance(value, bool) else str(value).lower()
    if isinstance(value, dict):
        return "een tabel"
    if isinstance(value, list):
        return "een lijst"
    return kinds.get(type(value), "iets anders")
