"""The values of a post beyond its text: a first comment and up to four images.

An image is kept by path and a fingerprint (SHA-256 of its bytes), never copied and never
uploaded. Copying every image into the data folder would double the space photos take and put
pictures of colleagues in a second place that nobody cleans up; a path and a fingerprint are
enough to show the thumbnail again and to notice when the file was moved or changed (then the
description stays, and the app asks for the file again).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

MAX_IMAGES = 4  # what X, Bluesky and Mastodon allow; Schrijfhulp keeps at most this many
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class PostImage:
    path: str
    sha256: str = ""
    description: str = ""

    @property
    def name(self) -> str:
        return Path(self.path).name

    def is_present(self) -> bool:
        """The file is still there with the same content."""
        try:
            return not self.sha256 or fingerprint(Path(self.path)) == self.sha256
        except OSError:
            return False


@dataclass(frozen=True, slots=True)
class Post:
    """What the user writes for one post: the text (with marker lines when it is a thread),
    the eerste reactie and the images with their descriptions."""

    text: str
    first_comment: str = ""
    images: tuple[PostImage, ...] = field(default=())


def fingerprint(path: Path) -> str:
    """SHA-256 of the file's bytes, read in chunks (photos can be large). Raises OSError."""
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
