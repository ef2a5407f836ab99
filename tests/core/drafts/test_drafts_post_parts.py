"""Drafts keep the whole post: thread markers, the first comment and images with descriptions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from schrijfhulp.core.drafts import DraftStore
from schrijfhulp.core.drafts.files import file_text
from schrijfhulp.core.drafts.schema import CURRENT_VERSION, SCHEMAS
from schrijfhulp.core.post import PostImage

THREAD = (
    "Vanaf maandag rijdt bus 12 weer via het station.\n---\n"
    "Door werk aan de Stationsstraat reed hij een maand om.\n---\nDank voor je geduld!"
)
COMMENT = "Alle omleidingen staan op https://www.gemeente.nl/bus-12."
IMAGES = (
    PostImage("/fotos/bus.jpg", "ab" * 32, "Een rode stadsbus stopt bij een abri in de zon."),
    PostImage("/fotos/kaart.png", "cd" * 32, ""),
)


def test_all_parts_of_a_post_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "concepten.sqlite3"
    store = DraftStore.open(path)
    draft = store.create(THREAD, "x")
    revision = store.save_extras(draft.id, COMMENT, IMAGES, expected_revision=draft.revision)
    assert revision == draft.revision + 1
    store.close()
    again = DraftStore.open(path).get(draft.id)
    assert again.text == THREAD
    assert again.first_comment == COMMENT
    assert again.images == IMAGES


def test_search_finds_words_in_the_first_comment_and_descriptions(tmp_path: Path) -> None:
    store = DraftStore.open(tmp_path / "concepten.sqlite3")
    draft = store.create(THREAD, "x")
    store.save_extras(draft.id, COMMENT, IMAGES)
    store.create("Een ander bericht over de zomerborrel.", "linkedin")
    assert [d.id for d in store.list_drafts("omleidingen")] == [draft.id]
    assert [d.id for d in store.list_drafts("abri")] == [draft.id]


def test_duplicate_keeps_the_first_comment_and_images(tmp_path: Path) -> None:
    store = DraftStore.open(tmp_path / "concepten.sqlite3")
    draft = store.create(THREAD, "x")
    store.save_extras(draft.id, COMMENT, IMAGES)
    copy = store.duplicate(draft.id)
    assert (copy.first_comment, copy.images) == (COMMENT, IMAGES)


def test_a_store_of_today_migrates_and_gets_the_new_fields(tmp_path: Path) -> None:
    path = tmp_path / "oud.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMAS[3])
    conn.execute(
        "INSERT INTO drafts (title, text, platform, status, created, updated)"
        " VALUES ('Bus 12', ?, 'x', 'concept', 1700000000, 1700000100)",
        (THREAD,),
    )
    conn.commit()
    conn.close()
    store = DraftStore.open(path)
    assert store.connection.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION == 4
    old = store.get(1)
    assert (old.text, old.first_comment, old.images) == (THREAD, "", ())
    assert [d.id for d in store.list_drafts("Stationsstraat")] == [1]
    store.save_extras(1, COMMENT, IMAGES)
    assert [d.id for d in store.list_drafts("omleidingen")] == [1]


def test_a_damaged_images_value_loses_the_images_not_the_draft(tmp_path: Path) -> None:
    store = DraftStore.open(tmp_path / "concepten.sqlite3")
    draft = store.create(THREAD, "x")
    with store.connection:
        store.connection.execute("UPDATE drafts SET images = '{kapot' WHERE id = ?", (draft.id,))
    assert store.get(draft.id).images == ()
    assert store.get(draft.id).text == THREAD


def test_export_writes_the_comment_and_the_descriptions_readably(tmp_path: Path) -> None:
    store = DraftStore.open(tmp_path / "concepten.sqlite3")
    draft = store.create(THREAD, "x", title="Bus 12")
    store.save_extras(draft.id, COMMENT, IMAGES)
    text = file_text(store.get(draft.id), "md")
    assert text.startswith("# Bus 12\n\nVanaf maandag")
    assert "\n---\nDoor werk" in text
    assert f"## Eerste reactie\n\n{COMMENT}\n" in text
    assert "1. bus.jpg: Een rode stadsbus" in text
    assert "2. kaart.png: (nog geen beschrijving)" in text
