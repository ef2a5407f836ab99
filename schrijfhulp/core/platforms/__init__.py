"""Platforms: their specs, exact counters, findings and the Dutch words to show them.

The specs are data (``resources/platforms.toml``, read by ``specs``); ``measuring`` counts a
post the way the platform does and words the result; ``counters``, ``x_counter``, ``urls`` and
``unicode_units`` do the exact counting; ``threads`` and ``thread_count`` split a long text.

The names of ``measuring`` are available here too, loaded on first use: the window's platform
list needs only ``specs`` before its first paint, and ``measuring`` brings the tokenizer and
counters with it (about 50 ms of imports that the first analysis, on a worker, pays instead).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from schrijfhulp.core.platforms.measuring import *  # noqa: F403 (the names offered here)


def __getattr__(name: str) -> Any:
    measuring = importlib.import_module("schrijfhulp.core.platforms.measuring")
    try:
        value = getattr(measuring, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    globals()[name] = value
    return value
