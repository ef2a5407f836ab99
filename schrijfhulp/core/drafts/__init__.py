"""Drafts: every concept a user writes, kept safe in SQLite.

``store`` holds the DraftStore; ``model`` the values and errors; ``schema`` the tables and their
migrations; ``recovery`` what happens to a damaged file; ``files`` import and export; ``text``
titles and search.
"""

from schrijfhulp.core.drafts.model import (
    BIN_DAYS,
    STATUSES,
    UNTITLED,
    VERSION_CAP,
    VERSION_INTERVAL_S,
    Draft,
    DraftConflictError,
    DraftNotFoundError,
    DraftStoreError,
    DraftSummary,
    DraftWriteError,
    Version,
    write_error,
)
from schrijfhulp.core.drafts.store import DraftStore
from schrijfhulp.core.drafts.text import derive_title, is_meaningful_change, search_expression

__all__ = [
    "BIN_DAYS",
    "STATUSES",
    "UNTITLED",
    "VERSION_CAP",
    "VERSION_INTERVAL_S",
    "Draft",
    "DraftConflictError",
    "DraftNotFoundError",
    "DraftStore",
    "DraftStoreError",
    "DraftSummary",
    "DraftWriteError",
    "Version",
    "derive_title",
    "is_meaningful_change",
    "search_expression",
    "write_error",
]
