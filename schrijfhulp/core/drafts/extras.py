"""The parts of a draft beyond its text: the eerste reactie and the images, as stored.

Images are stored as JSON (path, fingerprint, description), never the image itself: see
``core.post.model`` for why. The descriptions are also kept as plain text in ``alt_texts`` so
full-text search finds them.
"""

from __future__ import annotations

import json
import logging

from schrijfhulp.core.post.model import MAX_IMAGES, PostImage

log = logging.getLogger(__name__)


def images_to_json(images: tuple[PostImage, ...]) -> str:
    return json.dumps(
        [
            {"path": i.path, "sha256": i.sha256, "description": i.description}
            for i in images[:MAX_IMAGES]
        ],
        ensure_ascii=False,
    )


def images_from_json(raw: str) -> tuple[PostImage, ...]:
    """The images of a stored draft; a damaged value loses the images, never the draft."""
    try:
        items = json.loads(raw or "[]")
        return tuple(
            PostImage(str(i["path"]), str(i.get("sha256", "")), str(i.get("description", "")))
            for i in items[:MAX_IMAGES]
        )
    except (ValueError, TypeError, KeyError) as exc:
        log.warning("stored images unreadable (%s): %r", exc, raw[:200])
        return ()


def searchable_descriptions(images: tuple[PostImage, ...]) -> str:
    return "\n".join(i.description for i in images if i.description.strip())
