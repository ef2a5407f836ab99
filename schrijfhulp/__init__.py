"""Schrijfhulp: a Dutch writing assistant for social-media posts."""

from __future__ import annotations

from functools import cache

APP_NAME = "Schrijfhulp"
FALLBACK_VERSION = "0.1.0"  # running from a source tree or a frozen build


@cache
def _version() -> str:
    # importlib.metadata pulls in the email package: about 40 ms, so only when asked for.
    from importlib import metadata

    try:
        return metadata.version("schrijfhulp")
    except metadata.PackageNotFoundError:
        return FALLBACK_VERSION


def __getattr__(name: str) -> str:
    """``schrijfhulp.__version__``, looked up the first time someone reads it."""
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'schrijfhulp' has no attribute {name!r}")
