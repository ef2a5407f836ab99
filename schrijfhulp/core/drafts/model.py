"""What a draft is: its values, statuses and the errors the store raises."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from schrijfhulp.core.post.model import PostImage

log = logging.getLogger(__name__)

STATUSES = ("concept", "klaar", "geplaatst")
UNTITLED = "Zonder titel"
BIN_DAYS = 30
VERSION_INTERVAL_S = 3 * 60  # at most one snapshot per draft every three minutes
VERSION_CAP = 50  # snapshots kept per draft; the oldest go first


@dataclass(frozen=True, slots=True)
class Draft:
    id: int
    title: str
    text: str
    platform: str
    template_id: str | None
    status: str
    created: float
    updated: float
    title_set: bool
    deleted_at: float | None
    revision: int
    first_comment: str = ""
    images: tuple[PostImage, ...] = ()

    @property
    def display_title(self) -> str:
        return self.title or UNTITLED


class DraftSummary(NamedTuple):
    """One row of the list: everything but the text, so listing 10,000 drafts stays fast.

    A NamedTuple, not a frozen dataclass: it is just as immutable, and building 10,000 of them
    costs 3 ms instead of 15 ms (a frozen dataclass sets each field through object.__setattr__).
    """

    id: int
    title: str
    platform: str
    status: str
    created: float
    updated: float
    deleted_at: float | None

    @property
    def display_title(self) -> str:
        return self.title or UNTITLED


@dataclass(frozen=True, slots=True)
class Version:
    id: int
    draft_id: int
    text: str
    created: float


class DraftStoreError(Exception):
    """Something went wrong with the store; ``str(exc)`` is a Dutch message for the user.

    ``reason`` is the short cause ("de schijf is vol") for a status label.
    """

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


class DraftWriteError(DraftStoreError):
    """Saving failed (read-only folder, full disk, busy file); the caller keeps the text."""


class DraftConflictError(DraftStoreError):
    """The draft changed or was deleted in another Schrijfhulp window since we loaded it."""


class DraftNotFoundError(DraftStoreError):
    pass


def write_error(path: Path, exc: sqlite3.Error) -> DraftWriteError:
    """A Dutch message that says why saving failed and that Schrijfhulp keeps trying."""
    name = getattr(exc, "sqlite_errorname", "")
    reason = {
        "SQLITE_FULL": "de schijf is vol",
        "SQLITE_READONLY": "je mag niet schrijven in deze map (alleen-lezen)",
        "SQLITE_CANTOPEN": "het bestand kan niet worden geopend",
        "SQLITE_BUSY": "een ander venster van Schrijfhulp is bezig met opslaan",
        "SQLITE_IOERR": "de schijf gaf een fout",
        "SQLITE_PERM": "je hebt geen toestemming om hier te schrijven",
    }.get("_".join(name.split("_")[:2]), str(exc))  # SQLITE_IOERR_WRITE -> SQLITE_IOERR
    log.warning("draft store %s not writable: %s (%s)", path, exc, name)
    return DraftWriteError(
        f"Je concept is niet opgeslagen in {path}: {reason}. "
        "Je tekst blijft staan en Schrijfhulp probeert het zo opnieuw.",
        reason,
    )
