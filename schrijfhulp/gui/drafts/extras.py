"""The eerste reactie and the images of a concept: what the drafts feature needs of the post
panel, and saving them beside the text."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from schrijfhulp.core.drafts import Draft, DraftStore
    from schrijfhulp.core.post.model import PostImage


class PostExtras(Protocol):
    """The post panel, as the drafts feature sees it."""

    @property
    def extras_changed(self) -> SignalInstance: ...

    def extras(self) -> tuple[str, tuple[PostImage, ...]]: ...

    def show_extras(self, first_comment: str, images: tuple[PostImage, ...]) -> None: ...


def save_extras(
    store: DraftStore, draft: Draft, extras: PostExtras | None, check: bool = False
) -> Draft:
    """Store the panel's eerste reactie and images in ``draft``; returns the draft as saved.
    ``check``: refuse (DraftConflictError) when another window saved the draft meanwhile."""
    if extras is None:
        return draft
    first_comment, images = extras.extras()
    if not check and not first_comment and not images:
        return draft  # a new concept has none yet
    expected = draft.revision if check else None
    revision = store.save_extras(draft.id, first_comment, images, expected)
    return replace(draft, first_comment=first_comment, images=images, revision=revision)
