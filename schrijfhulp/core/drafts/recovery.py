"""Opening the draft store, and what happens when its file is damaged.

A file that is not a database, is corrupt (truncated, garbage) or has a foreign schema is moved
aside with a timestamped name, a fresh store starts in its place, and every draft that can still
be read from the old file is copied into the new one. The user gets a Dutch message that says
where the old file is. A file we simply cannot write (read-only folder, full disk) is *not*
damaged: then we raise DraftWriteError and leave the file alone.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from schrijfhulp.core.drafts.model import STATUSES, DraftWriteError, write_error
from schrijfhulp.core.drafts.schema import SchemaError, ensure_schema
from schrijfhulp.core.drafts.text import derive_title

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 1000  # wait this long for another window's write before giving up
SIDE_FILES = ("-wal", "-shm", "-journal")
_DAMAGE_CODES = ("SQLITE_NOTADB", "SQLITE_CORRUPT")
_MAX_MISSING_IDS = 5_000  # unreadable ids in a row before the salvage stops looking
# What we copy from an old file, with a stand-in for columns older schemas did not have.
_SALVAGE_COLUMNS = {
    "id": None,
    "title": "''",
    "text": None,
    "platform": "'linkedin'",
    "template_id": "NULL",
    "status": "'concept'",
    "created": "0",
    "updated": "0",
    "title_set": "0",
    "deleted_at": "NULL",
}


class DamagedFileError(Exception):
    pass


def connect_or_recover(
    path: Path, problems: list[str], clock: Callable[[], float] = time.time
) -> sqlite3.Connection:
    """A ready connection to the store at ``path``; a damaged file is moved aside and salvaged."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DraftWriteError(
            f"De map {path.parent} voor je concepten kan niet worden gemaakt: {exc.strerror}. "
            "Je tekst blijft staan en Schrijfhulp probeert het zo opnieuw.",
            "de map voor je concepten kan niet worden gemaakt",
        ) from exc
    try:
        return _connect(path)
    except (DamagedFileError, SchemaError) as exc:
        reason = str(exc)
    except sqlite3.DatabaseError as exc:
        if not _is_damage(exc):
            raise write_error(path, exc) from exc
        reason = _damage_reason(exc)
    log.error("draft store %s is damaged: %s", path, reason)
    aside = move_aside(path, clock)
    try:
        conn = _connect(path)
    except sqlite3.Error as exc:
        raise write_error(path, exc) from exc
    recovered = salvage(aside, conn)
    problems.append(damage_message(reason, aside, recovered))
    return conn


def _connect(path: Path) -> sqlite3.Connection:
    # check_same_thread=False: the GUI may hand saving to a worker; we never share it at once.
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise DamagedFileError(f"SQLite meldt: {result}")
        configure(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def configure(conn: sqlite3.Connection) -> None:
    """WAL: readers never block the writer, and a crash loses at most the last transaction."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    ensure_schema(conn)


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    name = getattr(exc, "sqlite_errorname", "")
    return name.startswith(_DAMAGE_CODES)


def _damage_reason(exc: sqlite3.DatabaseError) -> str:
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
        return "het is geen database meer (beschadigd of overschreven)"
    return f"het bestand is beschadigd ({exc})"


def damage_message(reason: str, aside: Path, recovered: int) -> str:
    saved = (
        f"{recovered} concept{'en' if recovered != 1 else ''} kon{'den' if recovered != 1 else ''} "
        "worden teruggehaald."
        if recovered
        else "Er konden geen concepten uit worden teruggehaald."
    )
    return (
        f"Het bestand met je concepten kon niet worden gebruikt: {reason}. "
        f"Schrijfhulp heeft het bewaard als {aside} en is met een nieuw bestand begonnen. {saved}"
    )


def move_aside(path: Path, clock: Callable[[], float] = time.time) -> Path:
    """Rename the file (and its WAL side files) to ``<name>-beschadigd-<time><suffix>``."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(clock()))
    aside = path.with_name(f"{path.stem}-beschadigd-{stamp}{path.suffix}")
    counter = 2
    while aside.exists():
        aside = path.with_name(f"{path.stem}-beschadigd-{stamp}-{counter}{path.suffix}")
        counter += 1
    try:
        path.replace(aside)
        for side in SIDE_FILES:
            extra = Path(f"{path}{side}")
            if extra.exists():
                extra.replace(Path(f"{aside}{side}"))
    except OSError as exc:
        raise DraftWriteError(
            f"Het bestand met je concepten ({path}) is beschadigd en kan niet opzij worden gezet: "
            f"{exc.strerror}."
        ) from exc
    return aside


def salvage(aside: Path, target: sqlite3.Connection) -> int:
    """Copy every readable draft from the moved-aside file into the new store."""
    with tempfile.TemporaryDirectory() as tmp:
        # Work on a copy: opening the file would replay its WAL and change the evidence.
        copy = Path(tmp) / aside.name
        shutil.copyfile(aside, copy)
        _pad_to_declared_size(copy)
        wal = Path(f"{aside}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{copy}-wal"))
        try:
            source = sqlite3.connect(copy)
        except sqlite3.Error:
            return 0
        try:
            rows = [row for row in map(_clean, readable_rows(source)) if row is not None]
        finally:
            source.close()
    target.execute("BEGIN IMMEDIATE")
    for row in rows:
        target.execute(
            "INSERT OR IGNORE INTO drafts (id, title, text, platform, template_id, status, created,"
            " updated, title_set, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            row,
        )
    target.execute("COMMIT")
    log.info("salvaged %d drafts from %s", len(rows), aside)
    return len(rows)


def _pad_to_declared_size(copy: Path) -> None:
    """A truncated file: zero-fill it to the size its header declares.

    SQLite refuses a file shorter than its header says, even the pages that are still there;
    with the missing pages zeroed, only rows on those pages are unreadable.
    """
    with copy.open("r+b") as file:
        header = file.read(100)
        if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
            return
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        declared = int.from_bytes(header[28:32], "big") * page_size
        if declared > file.seek(0, 2):
            file.truncate(declared)


def readable_rows(source: sqlite3.Connection) -> Iterator[tuple[object, ...]]:
    """Rows of ``drafts`` in id order, skipping the ones SQLite cannot read.

    Reads in batches; after a broken page it probes id by id until rows read again, and gives
    up after _MAX_MISSING_IDS ids in a row that cannot be read (a truncated end).
    """
    try:
        present = {row[1] for row in source.execute("PRAGMA table_info(drafts)")}
    except sqlite3.DatabaseError:
        return
    if not {"id", "text"} <= present:
        return
    select = ", ".join(c if c in present else str(d) for c, d in _SALVAGE_COLUMNS.items())
    last_id = _max_id(source)
    next_id, missing = 0, 0  # ids start at 1
    while missing < _MAX_MISSING_IDS and (last_id is None or next_id <= last_id):
        try:
            batch = source.execute(
                f"SELECT {select} FROM drafts WHERE id >= ? ORDER BY id LIMIT 200", (next_id,)
            ).fetchall()
            if not batch:
                return
            missing = 0
        except sqlite3.DatabaseError:
            batch = _probe(source, select, next_id)
            missing = 0 if batch else missing + 1
            next_id += 1
        yield from batch
        if batch:
            next_id = int(str(batch[-1][0])) + 1


def _max_id(source: sqlite3.Connection) -> int | None:
    try:
        value = source.execute("SELECT max(id) FROM drafts").fetchone()[0]
    except sqlite3.DatabaseError:
        return None
    return int(value) if value is not None else None


def _probe(source: sqlite3.Connection, select: str, draft_id: int) -> list[tuple[object, ...]]:
    try:
        return source.execute(f"SELECT {select} FROM drafts WHERE id = ?", (draft_id,)).fetchall()
    except sqlite3.DatabaseError:
        return []


def _clean(row: tuple[object, ...]) -> tuple[object, ...] | None:
    """A row fit to insert, or None when its text did not survive.

    A page cut off by truncation reads back as zero bytes: those NULs are dropped, and a draft
    whose text is gone entirely is not worth restoring.
    """
    id_, title, text, platform, template_id, status, created, updated, title_set, deleted = row
    text = text.replace("\x00", "") if isinstance(text, str) else ""
    title = title.replace("\x00", "") if isinstance(title, str) else ""
    if not text.strip():
        return None
    return (
        id_,
        title if isinstance(title, str) and title else derive_title(text),
        text,
        platform if isinstance(platform, str) else "linkedin",
        template_id,
        status if status in STATUSES else "concept",
        created or time.time(),
        updated or time.time(),
        1 if title_set else 0,
        deleted,
    )
