"""Every older schema migrates forward to the current one, keeping the drafts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from schrijfhulp.core.drafts import DraftStore
from schrijfhulp.core.drafts.schema import CURRENT_VERSION, MIGRATIONS, SCHEMAS, statements
from schrijfhulp.core.settings import Paths

NEWSLETTER = "Nieuwsbrief juni\nDeze maand: de nieuwe fietsenstalling en de zomerborrel."
BORREL = "Zomerborrel op 28 juni! Meld je aan bij het secretariaat."


def build_old_store(path: Path, version: int) -> None:
    """A database exactly as a Schrijfhulp with schema ``version`` left it, with two drafts."""
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMAS[version])
    conn.execute(
        "INSERT INTO drafts (title, text, platform, status, created, updated)"
        " VALUES ('Nieuwsbrief juni', ?, 'linkedin', 'klaar', 1700000000, 1700000100)",
        (NEWSLETTER,),
    )
    conn.execute(
        "INSERT INTO drafts (title, text, platform, template_id, status, created, updated)"
        " VALUES ('Zomerborrel op 28 juni!', ?, 'x', 'evenement', 'concept', 1700000200,"
        " 1700000300)",
        (BORREL,),
    )
    if version >= 2:
        conn.execute("UPDATE drafts SET title_set = 1 WHERE id = 1")
        conn.execute(
            "INSERT INTO versions (draft_id, text, created) VALUES (1, 'Nieuwsbrief mei', 1699)"
        )
    conn.commit()
    conn.close()


def schema_shape(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger')"
            " ORDER BY name"
        )
    ]
    return {name: conn.execute(f"PRAGMA table_info('{name}')").fetchall() for name in names}


@pytest.mark.parametrize("version", range(1, CURRENT_VERSION))
def test_old_store_migrates_and_keeps_drafts(version: int) -> None:
    path = Paths.default().drafts_db
    path.parent.mkdir(parents=True)
    build_old_store(path, version)

    store = DraftStore.open(path)

    assert store.problems == []
    assert store.connection.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
    newsletter, borrel = store.get(1), store.get(2)
    assert (newsletter.text, newsletter.status) == (NEWSLETTER, "klaar")
    assert (borrel.platform, borrel.template_id, borrel.updated) == ("x", "evenement", 1700000300)
    assert newsletter.title_set is (version >= 2)
    assert [d.id for d in store.list_drafts("fietsenstalling")] == [1]  # FTS was rebuilt
    if version == 1:
        assert [v.text for v in store.versions(2)] == [BORREL]  # v1 drafts get a first version
    else:
        assert [v.text for v in store.versions(1)] == ["Nieuwsbrief mei"]
    revision = store.save_text(2, BORREL + " Er is ook alcoholvrij bier.")
    assert revision == 1
    store.close()


@pytest.mark.parametrize("version", range(1, CURRENT_VERSION))
def test_migrated_schema_equals_a_fresh_one(version: int, tmp_path: Path) -> None:
    old, fresh = tmp_path / "oud.sqlite3", tmp_path / "nieuw.sqlite3"
    build_old_store(old, version)
    DraftStore.open(old).close()
    DraftStore.open(fresh).close()
    with sqlite3.connect(old) as a, sqlite3.connect(fresh) as b:
        assert schema_shape(a) == schema_shape(b)


@pytest.mark.parametrize("version", range(1, CURRENT_VERSION))
def test_kept_schema_sql_matches_the_migration_chain(version: int, tmp_path: Path) -> None:
    """SCHEMAS[n + 1] must be what MIGRATIONS[n] makes of SCHEMAS[n]."""
    stepped = sqlite3.connect(tmp_path / "stap.sqlite3")
    stepped.executescript(SCHEMAS[version])
    for statement in statements(MIGRATIONS[version]):
        stepped.execute(statement)
    direct = sqlite3.connect(tmp_path / "direct.sqlite3")
    direct.executescript(SCHEMAS[version + 1])
    assert schema_shape(stepped) == schema_shape(direct)
    assert stepped.execute("PRAGMA user_version").fetchone() == (version + 1,)


def test_two_stores_opening_an_old_file_at_once_migrate_it_once() -> None:
    path = Paths.default().drafts_db
    path.parent.mkdir(parents=True)
    build_old_store(path, 1)
    first, second = DraftStore.open(path), DraftStore.open(path)
    assert first.problems == second.problems == []
    assert len(first.versions(1)) == 1  # the v1 -> v2 seed ran once
    first.close()
    second.close()


def test_statements_keep_trigger_bodies_whole() -> None:
    parts = statements(SCHEMAS[CURRENT_VERSION])
    triggers = [p for p in parts if p.startswith("CREATE TRIGGER")]
    assert len(triggers) == 3
    assert all(t.rstrip(";").endswith("END") for t in triggers)
