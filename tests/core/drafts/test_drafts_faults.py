"""Faults: damaged files, a store that cannot write, crashes and two processes at once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from schrijfhulp.core.drafts import DraftStore, DraftWriteError
from schrijfhulp.core.settings import Paths

POST = (
    "Vanaf maandag kun je je fiets kwijt in de nieuwe stalling achter het stadskantoor. "
    "Er zijn 120 plekken en 20 laadpunten voor e-bikes."
)


def db_path() -> Path:
    path = Paths.default().drafts_db
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def fill(path: Path, count: int) -> None:
    store = DraftStore.open(path)
    for n in range(count):
        store.create(f"Bericht {n}: {POST}")
    store.close()


def moved_aside(path: Path) -> list[Path]:
    return sorted(path.parent.glob("concepten-beschadigd-*.sqlite3"))


def test_garbage_file_is_moved_aside_with_a_clear_message() -> None:
    path = db_path()
    path.write_bytes(b"Dit is geen database maar een boodschappenlijstje. " * 200)

    store = DraftStore.open(path)

    [aside] = moved_aside(path)
    assert aside.read_bytes().startswith(b"Dit is geen database")
    [message] = store.problems
    assert str(aside) in message
    assert "nieuw bestand" in message and "geen concepten" in message
    assert store.create(POST).id == 1  # the new store works
    store.close()


def test_truncated_file_recovers_the_drafts_sqlite_can_still_read() -> None:
    path = db_path()
    fill(path, 400)
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size * 6 // 10)

    store = DraftStore.open(path)

    [message] = store.problems
    recovered = store.list_drafts()
    assert 100 < len(recovered) < 400
    assert f"{len(recovered)} concepten konden worden teruggehaald" in message
    assert all(store.get(d.id).text.endswith(POST) for d in recovered[:20])
    assert not any("\x00" in store.get(d.id).text for d in recovered)  # no zeroed pages
    assert len(moved_aside(path)) == 1
    store.close()


def test_file_of_another_program_is_moved_aside() -> None:
    path = db_path()
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE recepten (naam TEXT, bereiding TEXT)")
    store = DraftStore.open(path)
    assert "ander programma" in store.problems[0]
    with sqlite3.connect(moved_aside(path)[0]) as old:
        assert old.execute("SELECT name FROM sqlite_master").fetchone() == ("recepten",)
    store.close()


def test_file_with_missing_columns_is_moved_aside() -> None:
    path = db_path()
    with sqlite3.connect(path) as broken:
        broken.executescript(
            "CREATE TABLE drafts (id INTEGER PRIMARY KEY, text TEXT);"
            "INSERT INTO drafts (text) VALUES ('Alleen tekst');"
            "PRAGMA user_version = 2;"
        )
    store = DraftStore.open(path)
    assert "mist de kolom" in store.problems[0]
    assert store.get(1).text == "Alleen tekst"  # salvaged all the same
    store.close()


def test_file_from_a_newer_schrijfhulp_is_kept_and_its_drafts_copied() -> None:
    path = db_path()
    fill(path, 3)
    with sqlite3.connect(path) as newer:
        newer.execute("PRAGMA user_version = 9")
    store = DraftStore.open(path)
    assert "nieuwere Schrijfhulp" in store.problems[0]
    assert len(store.list_drafts()) == 3
    store.close()


def test_full_disk_raises_a_clear_message_and_a_retry_succeeds() -> None:
    store = DraftStore.open(db_path())
    draft = store.create(POST)
    conn = store.connection
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now "full"
    long_text = POST + " Meer informatie volgt." * 2000

    with pytest.raises(DraftWriteError, match="de schijf is vol") as caught:
        store.save_text(draft.id, long_text, draft.revision)
    assert "probeert het zo opnieuw" in str(caught.value)
    assert store.get(draft.id).text == POST  # the old text is intact

    conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    store.save_text(draft.id, long_text, draft.revision)
    assert store.get(draft.id).text == long_text
    store.close()


def test_read_only_store_raises_a_clear_message() -> None:
    store = DraftStore.open(db_path())
    draft = store.create(POST)
    store.connection.execute("PRAGMA query_only = ON")
    with pytest.raises(DraftWriteError, match="alleen-lezen"):
        store.save_text(draft.id, POST + " Tot maandag!")
    store.close()


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write in read-only folders"
)
def test_read_only_folder_raises_a_clear_message() -> None:
    path = db_path()
    path.parent.chmod(0o500)
    try:
        store = DraftStore.open(path)
        assert not store.available and store.problems
        with pytest.raises(DraftWriteError, match="Je tekst blijft staan"):
            store.create(POST)
    finally:
        path.parent.chmod(0o700)


def test_unwritable_location_reports_and_saving_works_once_it_is_fixed() -> None:
    path = Paths.default().drafts_db
    path.parent.parent.mkdir(parents=True, exist_ok=True)
    path.parent.write_text("een bestand waar de map hoort")  # the folder cannot be made

    store = DraftStore.open(path)
    assert not store.available
    assert "kan niet worden gemaakt" in store.problems[0]
    with pytest.raises(DraftWriteError):
        store.create(POST)

    path.parent.unlink()
    assert store.create(POST).text == POST  # the store reconnects by itself
    store.close()


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from schrijfhulp.core.drafts import DraftStore
    store = DraftStore.open(Path(sys.argv[1]))
    name, count = sys.argv[2], int(sys.argv[3])
    for n in range(count):
        draft = store.create(f"{name} bericht {n}")
        store.save_text(draft.id, f"{name} bericht {n}: klaar", draft.revision)
        store.update(draft.id, status="klaar")
    print("klaar", flush=True)
    """
)


def test_two_processes_writing_at_once_keep_the_store_whole() -> None:
    path = db_path()
    DraftStore.open(path).close()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), name, "150"],
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in ("Anna", "Bram")
    ]
    for proc in procs:
        out, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0 and out.strip() == "klaar"
    store = DraftStore.open(path)
    drafts = store.list_drafts(status="klaar")
    assert len(drafts) == 300
    assert store.connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert len(store.list_drafts("Anna")) == 150
    store.close()


TYPIST = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from schrijfhulp.core.drafts import DraftStore
    store = DraftStore.open(Path(sys.argv[1]))
    draft = store.create("")
    text, revision = "", draft.revision
    while True:
        text += "woord "
        revision = store.save_text(draft.id, text, revision)
        print(len(text), flush=True)
        time.sleep(0.005)
    """
)


def test_killed_process_leaves_every_committed_save() -> None:
    path = db_path()
    proc = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    saved = 0
    deadline = time.monotonic() + 60
    while saved < 3000 and time.monotonic() < deadline:
        saved = int(proc.stdout.readline())
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    store = DraftStore.open(path)
    assert store.problems == []
    assert len(store.get(1).text) >= saved
    assert store.connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store.close()
