"""The draft store: every concept a user writes, in SQLite (WAL mode) in the user data directory.

Writes are short transactions (``BEGIN IMMEDIATE``) so two Schrijfhulp windows can share one
file safely: SQLite serialises them, and ``revision`` tells a window that the draft it is saving
changed elsewhere (``DraftConflictError``) instead of silently overwriting the other text.
A damaged or foreign file is moved aside and salvaged (see ``drafts.recovery``); a store that
cannot be written raises ``DraftWriteError`` with a Dutch message, and reconnects on the next
call so saving can be retried.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from schrijfhulp.core.drafts.extras import images_to_json, searchable_descriptions
from schrijfhulp.core.drafts.model import (
    BIN_DAYS,
    STATUSES,
    VERSION_CAP,
    VERSION_INTERVAL_S,
    Draft,
    DraftNotFoundError,
    DraftStoreError,
    DraftSummary,
    Version,
    write_error,
)
from schrijfhulp.core.drafts.recovery import connect_or_recover, move_aside
from schrijfhulp.core.drafts.rescue import (
    note_closed,
    note_open,
    refresh_rescue_copy,
    restore_if_emptied,
)
from schrijfhulp.core.drafts.rows import draft_from_row, update_revised
from schrijfhulp.core.drafts.text import derive_title, is_meaningful_change, search_expression
from schrijfhulp.core.post.model import PostImage

log = logging.getLogger(__name__)

_DRAFT_COLUMNS = (
    "id, title, text, platform, template_id, status, created, updated, title_set, deleted_at, "
    "revision, first_comment, images"
)
_SUMMARY_COLUMNS = "d.id, d.title, d.platform, d.status, d.created, d.updated, d.deleted_at"


class DraftStore:
    """All drafts in one SQLite file. Use :meth:`open`; it never raises for a bad file."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self.clock = clock
        self.problems: list[str] = []  # Dutch messages for the user, e.g. a moved-aside file
        self._conn: sqlite3.Connection | None = None
        self._last_snapshot: dict[int, tuple[float, str]] = {}

    @classmethod
    def open(cls, path: Path, clock: Callable[[], float] = time.time) -> DraftStore:
        store = cls(path, clock)
        try:
            note_open(store.path, store.problems)  # first: reading the file makes a new WAL
            restore_if_emptied(store.path, store.problems, lambda p: move_aside(p, clock))
            store._conn = connect_or_recover(store.path, store.problems, clock)
            refresh_rescue_copy(store._conn, store.path, clock)
            store.purge_bin()
        except DraftStoreError as exc:
            store.problems.append(str(exc))
        return store

    @property
    def connection(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = connect_or_recover(self.path, self.problems, self.clock)
        return self._conn

    @property
    def available(self) -> bool:
        return self._conn is not None

    def close(self) -> None:
        if self._conn is not None:
            refresh_rescue_copy(self._conn, self.path, self.clock, always=True)
            self._conn.close()
            self._conn = None
            note_closed(self.path)

    # -- transactions -----------------------------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        conn = self.connection
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise write_error(self.path, exc) from exc
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise write_error(self.path, exc) from exc
            raise
        # Into the main file at once: a WAL deleted behind our back (a clean-up tool) and then
        # a crash must not take acknowledged edits along. A busy reader just defers it.
        with contextlib.suppress(sqlite3.Error):
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def _read(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
        try:
            return self.connection.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise DraftStoreError(
                f"De concepten in {self.path} kunnen niet worden gelezen: {exc}."
            ) from exc

    # -- drafts ------------------------------------------------------------------------------

    def create(
        self,
        text: str = "",
        platform: str = "linkedin",
        template_id: str | None = None,
        title: str | None = None,
        status: str = "concept",
    ) -> Draft:
        _check_status(status)
        now = self.clock()
        with self._writing() as conn:
            cursor = conn.execute(
                "INSERT INTO drafts (title, text, platform, template_id, status, created, updated,"
                " title_set) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    title if title is not None else derive_title(text),
                    text,
                    platform,
                    template_id,
                    status,
                    now,
                    now,
                    title is not None,
                ),
            )
            draft_id = int(cursor.lastrowid or 0)
            self._maybe_snapshot(conn, draft_id, text, now)
        return self.get(draft_id)

    def get(self, draft_id: int) -> Draft:
        rows = self._read(f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE id = ?", (draft_id,))
        if not rows:
            raise DraftNotFoundError(f"Concept {draft_id} bestaat niet.")
        return draft_from_row(rows[0])

    def exists(self, draft_id: int) -> bool:
        """True when the draft exists and is not in the bin."""
        rows = self._read("SELECT 1 FROM drafts WHERE id = ? AND deleted_at IS NULL", (draft_id,))
        return bool(rows)

    def save_text(self, draft_id: int, text: str, expected_revision: int | None = None) -> int:
        """Autosave: store the text, take a snapshot when due; returns the new revision.

        With ``expected_revision`` the save refuses (DraftConflictError) when another window
        saved or deleted the draft meanwhile, so neither text is lost.
        """
        now = self.clock()
        with self._writing() as conn:
            revision = update_revised(
                conn,
                "text = ?, title = CASE WHEN title_set THEN title ELSE ? END, updated = ?",
                (text, derive_title(text), now),
                draft_id,
                expected_revision,
            )
            self._maybe_snapshot(conn, draft_id, text, now)
            return revision

    def save_extras(
        self,
        draft_id: int,
        first_comment: str,
        images: tuple[PostImage, ...],
        expected_revision: int | None = None,
    ) -> int:
        """Autosave of the eerste reactie and the images; like :meth:`save_text`."""
        with self._writing() as conn:
            return update_revised(
                conn,
                "first_comment = ?, images = ?, alt_texts = ?, updated = ?",
                (
                    first_comment,
                    images_to_json(images),
                    searchable_descriptions(images),
                    self.clock(),
                ),
                draft_id,
                expected_revision,
            )

    def update(
        self,
        draft_id: int,
        *,
        title: str | None = None,
        platform: str | None = None,
        template_id: str | None = None,
        status: str | None = None,
    ) -> Draft:
        """Change the details of a draft. ``title=""`` goes back to the derived title.

        Another platform or status is an edit: the draft's ``updated`` time follows it.
        """
        sets: list[str] = []
        params: list[object] = []
        before = self.get(draft_id) if platform is not None or status is not None else None
        if title is not None:
            sets.append("title = CASE WHEN ? = '' THEN ? ELSE ? END, title_set = (? <> '')")
            current = self.get(draft_id).text
            params += [title, derive_title(current), title.strip(), title.strip()]
        if platform is not None:
            sets.append("platform = ?")
            params.append(platform)
        if template_id is not None:
            sets.append("template_id = ?")
            params.append(template_id or None)
        if status is not None:
            _check_status(status)
            sets.append("status = ?")
            params.append(status)
        if before is not None and (
            (platform is not None and platform != before.platform)
            or (status is not None and status != before.status)
        ):
            sets.append("updated = ?")
            params.append(self.clock())
        if sets:
            with self._writing() as conn:
                conn.execute(
                    f"UPDATE drafts SET {', '.join(sets)} WHERE id = ?", (*params, draft_id)
                )
        return self.get(draft_id)

    def duplicate(self, draft_id: int) -> Draft:
        source = self.get(draft_id)
        title = f"{source.display_title} (kopie)"
        copy = self.create(source.text, source.platform, source.template_id, title=title)
        if source.first_comment or source.images:
            self.save_extras(copy.id, source.first_comment, source.images)
            return self.get(copy.id)
        return copy

    def list_drafts(
        self,
        query: str = "",
        platform: str | None = None,
        status: str | None = None,
        in_bin: bool = False,
        limit: int = -1,
        offset: int = 0,
    ) -> list[DraftSummary]:
        """Drafts for the list, newest first; a query keeps those with all its words (FTS5).

        ``limit``/``offset`` page through the list (-1: no limit): the panel reads a page at a
        time, so opening it or searching never reads all 10,000 rows.
        """
        where = ["d.deleted_at IS NOT NULL" if in_bin else "d.deleted_at IS NULL"]
        params: list[object] = []
        if platform:
            where.append("d.platform = ?")
            params.append(platform)
        if status:
            where.append("d.status = ?")
            params.append(status)
        expression = search_expression(query)
        if expression:
            sql = (
                f"SELECT {_SUMMARY_COLUMNS} FROM drafts_fts"
                " JOIN drafts d ON d.id = drafts_fts.rowid"
                f" WHERE drafts_fts MATCH ? AND {' AND '.join(where)}"
                " ORDER BY d.updated DESC"
            )
            params.insert(0, expression)
        else:
            order = "d.deleted_at DESC" if in_bin else "d.updated DESC"
            sql = (
                f"SELECT {_SUMMARY_COLUMNS} FROM drafts d WHERE {' AND '.join(where)}"
                f" ORDER BY {order}"
            )
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
        return list(map(DraftSummary._make, self._read(sql, tuple(params))))

    def summary(self, draft_id: int) -> DraftSummary:
        rows = self._read(f"SELECT {_SUMMARY_COLUMNS} FROM drafts d WHERE d.id = ?", (draft_id,))
        if not rows:
            raise DraftNotFoundError(f"Concept {draft_id} bestaat niet.")
        return DraftSummary._make(rows[0])

    def latest_id(self) -> int | None:
        rows = self._read(
            "SELECT id FROM drafts WHERE deleted_at IS NULL ORDER BY updated DESC LIMIT 1"
        )
        return int(rows[0][0]) if rows else None

    # -- bin ---------------------------------------------------------------------------------

    def delete(self, draft_id: int) -> None:
        """Move to the bin ("Prullenbak"); restorable for BIN_DAYS days."""
        with self._writing() as conn:
            conn.execute("UPDATE drafts SET deleted_at = ? WHERE id = ?", (self.clock(), draft_id))

    def restore(self, draft_id: int) -> None:
        with self._writing() as conn:
            conn.execute("UPDATE drafts SET deleted_at = NULL WHERE id = ?", (draft_id,))

    def purge_bin(self) -> int:
        """Remove drafts that have been in the bin longer than BIN_DAYS days."""
        cutoff = self.clock() - BIN_DAYS * 24 * 3600
        with self._writing() as conn:
            return conn.execute("DELETE FROM drafts WHERE deleted_at < ?", (cutoff,)).rowcount

    # -- versions ----------------------------------------------------------------------------

    def versions(self, draft_id: int) -> list[Version]:
        rows = self._read(
            "SELECT id, draft_id, text, created FROM versions WHERE draft_id = ?"
            " ORDER BY created DESC, id DESC",
            (draft_id,),
        )
        return [Version(*row) for row in rows]

    def restore_version(self, draft_id: int, version_id: int) -> Draft:
        """Put an old version back; the current text is kept as a version first."""
        rows = self._read(
            "SELECT text FROM versions WHERE id = ? AND draft_id = ?", (version_id, draft_id)
        )
        if not rows:
            raise DraftNotFoundError(f"Versie {version_id} van concept {draft_id} bestaat niet.")
        self.keep_version(draft_id, self.get(draft_id).text)
        self.save_text(draft_id, rows[0][0])
        return self.get(draft_id)

    def keep_version(self, draft_id: int, text: str) -> None:
        """Keep ``text`` as a version now (before the text is replaced wholesale)."""
        with self._writing() as conn:
            self._maybe_snapshot(conn, draft_id, text, self.clock(), force=True)

    def _maybe_snapshot(
        self, conn: sqlite3.Connection, draft_id: int, text: str, now: float, force: bool = False
    ) -> None:
        last = self._last_snapshot.get(draft_id)
        if last is None:
            row = conn.execute(
                "SELECT created, text FROM versions WHERE draft_id = ?"
                " ORDER BY created DESC, id DESC LIMIT 1",
                (draft_id,),
            ).fetchone()
            last = (row[0], row[1]) if row else (float("-inf"), "")
            self._last_snapshot[draft_id] = last
        forced = force and bool(text) and text != last[1]
        due = now - last[0] >= VERSION_INTERVAL_S and is_meaningful_change(last[1], text)
        if forced or due:
            self._snapshot(conn, draft_id, text, now)

    def _snapshot(self, conn: sqlite3.Connection, draft_id: int, text: str, now: float) -> None:
        conn.execute(
            "INSERT INTO versions (draft_id, text, created) VALUES (?, ?, ?)", (draft_id, text, now)
        )
        conn.execute(
            "DELETE FROM versions WHERE draft_id = ? AND id NOT IN (SELECT id FROM versions"
            " WHERE draft_id = ? ORDER BY created DESC, id DESC LIMIT ?)",
            (draft_id, draft_id, VERSION_CAP),
        )
        self._last_snapshot[draft_id] = (now, text)


def _check_status(status: str) -> None:
    if status not in STATUSES:
        raise ValueError(f"onbekende status {status!r}; kies uit {', '.join(STATUSES)}")
