"""Drafts that vanish without damage: an emptied file, a WAL lost before a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from schrijfhulp.core.drafts import DraftStore
from schrijfhulp.core.drafts.rescue import rescue_path


def _store_with_drafts(path: Path, count: int) -> None:
    store = DraftStore.open(path)
    for i in range(count):
        store.create(f"Bericht {i} over de nieuwe fietsenstalling bij het station.")
    store.close()  # makes the rescue copy


def test_emptied_store_is_damage_and_the_rescue_copy_comes_back(tmp_path: Path) -> None:
    path = tmp_path / "concepten.sqlite3"
    _store_with_drafts(path, 300)
    path.write_bytes(b"")  # 0 bytes: a sync tool's conflict, a restore gone wrong
    store = DraftStore.open(path)
    assert len(store.list_drafts()) == 300
    [problem] = store.problems
    assert "was leeg of ontbrak" in problem and "300 concepten teruggezet" in problem
    assert list(tmp_path.glob("concepten-beschadigd-*.sqlite3"))  # the empty file is kept
    store.close()


def test_missing_store_file_comes_back_from_the_rescue_copy(tmp_path: Path) -> None:
    path = tmp_path / "concepten.sqlite3"
    _store_with_drafts(path, 3)
    path.unlink()
    store = DraftStore.open(path)
    assert len(store.list_drafts()) == 3
    assert "was leeg of ontbrak" in store.problems[0]
    store.close()


def test_a_new_store_without_rescue_copy_starts_quietly(tmp_path: Path) -> None:
    store = DraftStore.open(tmp_path / "concepten.sqlite3")
    assert store.problems == [] and store.list_drafts() == []
    store.close()
    assert DraftStore.open(rescue_path(tmp_path / "concepten.sqlite3")).list_drafts() == []


def test_an_empty_store_never_overwrites_a_rescue_copy_with_drafts(tmp_path: Path) -> None:
    path = tmp_path / "concepten.sqlite3"
    _store_with_drafts(path, 2)
    for side in ("", "-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    store = DraftStore.open(path)  # restored
    store.close()
    assert len(DraftStore.open(rescue_path(path)).list_drafts()) == 2


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_wal_deleted_while_running_then_kill_9_loses_no_acknowledged_edit(tmp_path: Path) -> None:
    path = tmp_path / "concepten.sqlite3"
    _store_with_drafts(path, 1)
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from schrijfhulp.core.drafts import DraftStore
        store = DraftStore.open(Path({str(path)!r}))
        draft = store.list_drafts()[0]
        store.save_text(draft.id, "Bevestigde wijziging: de stalling opent op 1 juni.")
        Path({str(path)!r} + "-wal").unlink()
        store.save_text(draft.id, "Nog een bevestigde wijziging: open op 2 juni.")
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[3]))
    result = subprocess.run([sys.executable, "-c", script], env=env, timeout=60)
    assert result.returncode == -signal.SIGKILL
    store = DraftStore.open(path)
    [draft] = store.list_drafts()
    assert store.get(draft.id).text == "Nog een bevestigde wijziging: open op 2 juni."
    assert any("logbestand van je" in p for p in store.problems)
    store.close()
