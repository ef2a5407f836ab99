"""Rows of the drafts table to values, and the one way a draft is updated with its revision."""

from __future__ import annotations

import sqlite3

from schrijfhulp.core.drafts.extras import images_from_json
from schrijfhulp.core.drafts.model import Draft, DraftConflictError


def draft_from_row(row: tuple) -> Draft:
    """A Draft from a row of ``DRAFT_COLUMNS``."""
    (
        id_,
        title,
        text,
        platform,
        template_id,
        status,
        created,
        updated,
        title_set,
        deleted_at,
        revision,
        first_comment,
        images,
    ) = row
    return Draft(
        id_,
        title,
        text,
        platform,
        template_id,
        status,
        created,
        updated,
        bool(title_set),
        deleted_at,
        revision,
        first_comment,
        images_from_json(images),
    )


def update_revised(
    conn: sqlite3.Connection,
    sets: str,
    params: tuple[object, ...],
    draft_id: int,
    expected_revision: int | None,
) -> int:
    """UPDATE a draft that is not in the bin and bump its revision; returns the new revision.

    With ``expected_revision`` the update refuses (DraftConflictError) when another window
    saved or deleted the draft meanwhile, so neither text is lost.
    """
    sql = f"UPDATE drafts SET {sets}, revision = revision + 1 WHERE id = ? AND deleted_at IS NULL"
    args: tuple[object, ...] = (*params, draft_id)
    if expected_revision is not None:
        sql += " AND revision = ?"
        args += (expected_revision,)
    if conn.execute(sql, args).rowcount != 1:
        raise DraftConflictError(
            "Dit concept is intussen in een ander venster van Schrijfhulp gewijzigd of verwijderd."
        )
    return int(conn.execute("SELECT revision FROM drafts WHERE id = ?", (draft_id,)).fetchone()[0])
