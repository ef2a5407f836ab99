"""The SQL schema of the draft store, every version of it, and the forward migrations.

The version lives in ``PRAGMA user_version``. Old schemas stay here as SQL so the tests can build
a database exactly as an older Schrijfhulp left it and check that it migrates. History:

- v1: one ``drafts`` table; the title was always derived from the first line.
- v2: ``versions`` (snapshots of a draft's text) and ``title_set`` (the user chose a title).
- v3: the bin (``deleted_at``), ``revision`` (detects a second window saving the same draft),
  full-text search (FTS5, external content kept in step by triggers) and an index that covers
  the list, so listing 10,000 drafts never reads their texts.
- v4: a post is more than one text box: ``first_comment`` (the eerste reactie), ``images``
  (JSON: path, fingerprint and description of up to four images) and ``alt_texts`` (the
  descriptions as plain text, kept by the store, so search finds them). Search covers the first
  comment and the descriptions too. Thread parts need no column: their marker lines live in
  the text.
"""

from __future__ import annotations

import sqlite3

CURRENT_VERSION = 4

_DRAFTS_V1 = """
CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    platform TEXT NOT NULL DEFAULT 'linkedin',
    template_id TEXT,
    status TEXT NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'klaar', 'geplaatst')),
    created REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX drafts_updated ON drafts (updated);
"""

_VERSIONS_V2 = """
CREATE TABLE versions (
    id INTEGER PRIMARY KEY,
    draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE INDEX versions_draft ON versions (draft_id, created);
"""

# remove_diacritics 2: "cafe" finds "café", "een" finds "één".
_SEARCH_V3 = """
CREATE VIRTUAL TABLE drafts_fts USING fts5 (
    title, text, content='drafts', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER drafts_fts_insert AFTER INSERT ON drafts BEGIN
    INSERT INTO drafts_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER drafts_fts_delete AFTER DELETE ON drafts BEGIN
    INSERT INTO drafts_fts (drafts_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER drafts_fts_update AFTER UPDATE OF title, text ON drafts BEGIN
    INSERT INTO drafts_fts (drafts_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO drafts_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
"""

_SEARCH_V4 = (
    _SEARCH_V3.replace("title, text, content=", "title, text, first_comment, alt_texts, content=")
    .replace(
        "(rowid, title, text) VALUES (new.id, new.title, new.text)",
        "(rowid, title, text, first_comment, alt_texts)\n"
        "    VALUES (new.id, new.title, new.text, new.first_comment, new.alt_texts)",
    )
    .replace(
        "(drafts_fts, rowid, title, text)\n    VALUES ('delete', old.id, old.title, old.text)",
        "(drafts_fts, rowid, title, text, first_comment, alt_texts)\n"
        "    VALUES ('delete', old.id, old.title, old.text, old.first_comment, old.alt_texts)",
    )
    .replace(
        "AFTER UPDATE OF title, text ON", "AFTER UPDATE OF title, text, first_comment, alt_texts ON"
    )
)
_DROP_SEARCH_V3 = """
DROP TRIGGER drafts_fts_insert;
DROP TRIGGER drafts_fts_delete;
DROP TRIGGER drafts_fts_update;
DROP TABLE drafts_fts;
"""

# Covers the list query (not in the bin, newest first) so listing never reads the texts.
_LIST_INDEX_V3 = """
CREATE INDEX drafts_list ON drafts (deleted_at, updated, id, title, platform, status, created);
"""

# Full schema of each version, as a fresh database of that version looked.
SCHEMAS: dict[int, str] = {
    1: _DRAFTS_V1 + "PRAGMA user_version = 1;\n",
    2: _DRAFTS_V1.replace(
        "    updated REAL NOT NULL\n",
        "    updated REAL NOT NULL,\n    title_set INTEGER NOT NULL DEFAULT 0\n",
    )
    + _VERSIONS_V2
    + "PRAGMA user_version = 2;\n",
    3: _DRAFTS_V1.replace(
        "    updated REAL NOT NULL\n",
        "    updated REAL NOT NULL,\n    title_set INTEGER NOT NULL DEFAULT 0,\n"
        "    deleted_at REAL,\n    revision INTEGER NOT NULL DEFAULT 0\n",
    )
    + _VERSIONS_V2
    + _SEARCH_V3
    + _LIST_INDEX_V3
    + "PRAGMA user_version = 3;\n",
    4: _DRAFTS_V1.replace(
        "    updated REAL NOT NULL\n",
        "    updated REAL NOT NULL,\n    title_set INTEGER NOT NULL DEFAULT 0,\n"
        "    deleted_at REAL,\n    revision INTEGER NOT NULL DEFAULT 0,\n"
        "    first_comment TEXT NOT NULL DEFAULT '',\n"
        "    images TEXT NOT NULL DEFAULT '[]',\n"
        "    alt_texts TEXT NOT NULL DEFAULT ''\n",
    )
    + _VERSIONS_V2
    + _SEARCH_V4
    + _LIST_INDEX_V3
    + "PRAGMA user_version = 4;\n",
}

# MIGRATIONS[n] takes a database from version n to n + 1.
MIGRATIONS: dict[int, str] = {
    1: """
ALTER TABLE drafts ADD COLUMN title_set INTEGER NOT NULL DEFAULT 0;
"""
    + _VERSIONS_V2
    + """
INSERT INTO versions (draft_id, text, created)
    SELECT id, text, updated FROM drafts WHERE text <> '';
PRAGMA user_version = 2;
""",
    2: """
ALTER TABLE drafts ADD COLUMN deleted_at REAL;
ALTER TABLE drafts ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
"""
    + _SEARCH_V3
    + _LIST_INDEX_V3
    + """
INSERT INTO drafts_fts (drafts_fts) VALUES ('rebuild');
PRAGMA user_version = 3;
""",
    3: """
ALTER TABLE drafts ADD COLUMN first_comment TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN images TEXT NOT NULL DEFAULT '[]';
ALTER TABLE drafts ADD COLUMN alt_texts TEXT NOT NULL DEFAULT '';
"""
    + _DROP_SEARCH_V3
    + _SEARCH_V4
    + """
INSERT INTO drafts_fts (drafts_fts) VALUES ('rebuild');
PRAGMA user_version = 4;
""",
}

# The columns of ``drafts`` each version must have: a file that claims a version but lacks
# them has the wrong schema.
DRAFT_COLUMNS: dict[int, tuple[str, ...]] = {
    1: ("id", "title", "text", "platform", "template_id", "status", "created", "updated"),
}
DRAFT_COLUMNS[2] = (*DRAFT_COLUMNS[1], "title_set")
DRAFT_COLUMNS[3] = (*DRAFT_COLUMNS[2], "deleted_at", "revision")
DRAFT_COLUMNS[4] = (*DRAFT_COLUMNS[3], "first_comment", "images", "alt_texts")


class SchemaError(Exception):
    """The file is an SQLite database, but not one of ours (or from a newer Schrijfhulp)."""


def statements(script: str) -> list[str]:
    """Split a script into statements; triggers keep their inner semicolons."""
    result: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                result.append(pending.strip())
            pending = ""
    if pending.strip():
        result.append(pending.strip())
    return result


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def ensure_schema(conn: sqlite3.Connection) -> int:
    """Create or migrate the schema to CURRENT_VERSION; returns the version found.

    Each step runs in its own ``BEGIN IMMEDIATE`` transaction and re-reads the version inside
    it, so two instances starting at once never migrate twice. Raises SchemaError.
    """
    found = user_version(conn)
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = user_version(conn)
            if version == CURRENT_VERSION:
                check_columns(conn, version)
                conn.execute("COMMIT")
                return found
            script = _next_step(conn, version)
            for statement in statements(script):
                conn.execute(statement)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _next_step(conn: sqlite3.Connection, version: int) -> str:
    if version == 0:
        if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise SchemaError("het bestand bevat tabellen van een ander programma")
        return SCHEMAS[CURRENT_VERSION]
    if version > CURRENT_VERSION:
        raise SchemaError(f"het bestand komt van een nieuwere Schrijfhulp (versie {version})")
    if version < 0:
        raise SchemaError(f"onbekende schemaversie {version}")
    check_columns(conn, version)
    return MIGRATIONS[version]


def check_columns(conn: sqlite3.Connection, version: int) -> None:
    present = {row[1] for row in conn.execute("PRAGMA table_info(drafts)")}
    missing = [c for c in DRAFT_COLUMNS[version] if c not in present]
    if missing:
        raise SchemaError(
            f"de tabel met concepten mist de kolom(men) {', '.join(missing)}"
            f" (schemaversie {version})"
        )
