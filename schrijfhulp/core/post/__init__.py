"""A post is more than one text box: a thread of parts, a first comment and image descriptions.

``model`` holds the values (Post, PostImage); ``alt_text`` coaches image descriptions;
``analysis`` checks every text box with the same ``analyse()`` as a post; what is still open
before copying is in ``core.open_points``.
"""

from schrijfhulp.core.post.analysis import (
    PartAnalysis,
    ThreadAnalysis,
    analyse_alt_text,
    analyse_first_comment,
    analyse_thread,
    link_hint,
)
from schrijfhulp.core.post.model import MAX_IMAGES, Post, PostImage, fingerprint

__all__ = [
    "MAX_IMAGES",
    "PartAnalysis",
    "Post",
    "PostImage",
    "ThreadAnalysis",
    "analyse_alt_text",
    "analyse_first_comment",
    "analyse_thread",
    "fingerprint",
    "link_hint",
]
