"""A rescue copy of the draft store, and the checks at start that use it.

SQLite's own recovery cannot tell a file that was emptied (0 bytes, a sync tool's conflict,
a restore gone wrong) from a new one, and a WAL file deleted while the app ran takes the
edits in it along on a crash. So:

- a rescue copy (SQLite's online backup, ``concepten-reservekopie.sqlite3``) is made at most
  once a day when the store opens, and again when it closes;
- at start, a store that is missing, empty or without drafts while the rescue copy has them is
  damage: it is kept aside, the rescue copy is put back, and the user is told;
- a marker file says the store is open; found at start without the WAL beside it, the previous
  session ended in a crash after the WAL was lost, and the user is told which copy to check.
  (Every write is checkpointed into the main file, so a lost WAL costs no acknowledged edit.)
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

RESCUE_EVERY_SECONDS = 24 * 3600


def rescue_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}-reservekopie{path.suffix}")


def _marker(path: Path) -> Path:
    return path.with_name(f"{path.name}-in-gebruik")


def drafts_in(path: Path) -> int | None:
    """How many drafts the file holds; 0 for an empty or new file, None when unreadable."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return 0
        conn = _read_only(path)
    except (OSError, sqlite3.Error):
        return None
    try:
        tables = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'drafts'").fetchall()
        return int(conn.execute("SELECT count(*) FROM drafts").fetchone()[0]) if tables else 0
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def restore_if_emptied(
    path: Path,
    problems: list[str],
    move_aside: Callable[[Path], Path],
) -> None:
    """Put the rescue copy back when the store lost every draft the copy still has."""
    rescue = rescue_path(path)
    expected = drafts_in(rescue) if rescue.exists() else 0
    if not expected:
        return
    found = drafts_in(path)
    if found is None or found > 0:
        return  # readable with drafts, or damaged: connect_or_recover deals with that
    aside = move_aside(path) if path.exists() else None
    try:
        _copy(rescue, path)
    except (OSError, sqlite3.Error) as exc:
        log.error("restoring %s from %s failed: %s", path, rescue, exc)
        return
    log.error("draft store %s held no drafts; restored %d from the rescue copy", path, expected)
    kept = f" Het lege bestand is bewaard als {aside}." if aside else ""
    when = time.strftime("%d-%m-%Y %H:%M", time.localtime(rescue.stat().st_mtime))
    problems.append(
        f"Het bestand met je concepten ({path}) was leeg of ontbrak, terwijl er concepten "
        f"hoorden te zijn. Schrijfhulp heeft {expected} concepten teruggezet uit de "
        f"reservekopie van {when}; wat je daarna schreef, kan ontbreken.{kept}"
    )


def note_open(path: Path, problems: list[str]) -> None:
    """Warn when the last session crashed after its WAL was lost; mark this one as open."""
    marker = _marker(path)
    wal = Path(f"{path}-wal")
    if marker.exists() and not wal.exists() and path.exists():
        log.error(
            "draft store %s: the last session ended without closing and its WAL is gone", path
        )
        problems.append(
            "Schrijfhulp is de vorige keer niet netjes afgesloten, en het logbestand van je "
            f"concepten ({wal.name}) was verdwenen. Controleer je laatste concepten; een "
            f"reservekopie staat in {rescue_path(path)}."
        )
    with contextlib.suppress(OSError):
        marker.write_bytes(b"")


def note_closed(path: Path) -> None:
    with contextlib.suppress(OSError):
        _marker(path).unlink(missing_ok=True)


def refresh_rescue_copy(
    conn: sqlite3.Connection, path: Path, clock: Callable[[], float], always: bool = False
) -> None:
    """Back the store up to the rescue copy: ``always``, or when the copy is a day old.

    A store without drafts never overwrites a copy that has some (that is what it is for)."""
    rescue = rescue_path(path)
    try:
        fresh = rescue.exists() and clock() - rescue.stat().st_mtime < RESCUE_EVERY_SECONDS
        if fresh and not always:
            return
        count = conn.execute("SELECT count(*) FROM drafts").fetchone()[0]
        if count == 0 and drafts_in(rescue):
            return
        tmp = rescue.with_name(rescue.name + ".tmp")
        _backup(conn, tmp)
        os.replace(tmp, rescue)
    except (OSError, sqlite3.Error) as exc:  # a rescue copy must never stop the store
        log.warning("rescue copy of %s not made: %s", path, exc)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def _copy(source: Path, target: Path) -> None:
    src = _read_only(source)
    try:
        _backup(src, target)
    finally:
        src.close()


def _backup(source: sqlite3.Connection, target: Path) -> None:
    """SQLite's online backup into ``target``, left as one file (no WAL beside it)."""
    dst = sqlite3.connect(target)
    try:
        source.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
