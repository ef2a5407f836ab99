"""The LanguageTool API key in the operating system's keyring, never in settings.json.

Windows Credential Manager, the macOS Keychain or the Secret Service (GNOME Keyring, KWallet)
through the ``keyring`` package. Without one of those the key is kept for this session only,
and the user is told so in Dutch: a key in a plain-text file is readable by any program that
runs as the user, and ends up in backups and sync folders.
"""

from __future__ import annotations

import contextlib
import logging

log = logging.getLogger(__name__)

SERVICE = "Schrijfhulp"
API_KEY_ACCOUNT = "languagetool_api_key"
NO_KEYRING_MESSAGE = (
    "Deze computer heeft geen veilige plek voor wachtwoorden (zoals Windows "
    "Referentiebeheer, de macOS-sleutelhanger of GNOME-sleutelbos). Schrijfhulp bewaart je "
    "LanguageTool-API-sleutel daarom niet op schijf: hij geldt tot je Schrijfhulp sluit, en "
    "daarna vul je hem opnieuw in bij Instellingen."
)


def read_api_key() -> str:
    """The stored key, or "" when there is none or no keyring to ask."""
    try:
        import keyring

        return keyring.get_password(SERVICE, API_KEY_ACCOUNT) or ""
    except Exception as exc:  # no backend, a locked or broken keyring: no key, no crash
        log.info("no API key from the keyring: %r", exc)
        return ""


def write_api_key(value: str) -> str | None:
    """Store (or with "" remove) the key; the Dutch message when that is not possible."""
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        if value:
            keyring.set_password(SERVICE, API_KEY_ACCOUNT, value)
        else:
            with contextlib.suppress(PasswordDeleteError):  # there was none
                keyring.delete_password(SERVICE, API_KEY_ACCOUNT)
        return None
    except Exception as exc:  # ImportError, NoKeyringError, a keyring that refuses
        log.warning("API key not stored in the keyring: %r", exc)
        return NO_KEYRING_MESSAGE if value else None
