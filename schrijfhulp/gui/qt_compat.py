"""Work-arounds for PySide6 itself, applied once before Schrijfhulp imports its own modules."""

from __future__ import annotations

import sys


def skip_feature_source_scan() -> None:
    """Stop PySide's import hook from reading the source of every module imported after it.

    For every import after PySide6 loaded, shiboken asks whether the module uses
    ``from __feature__ import ...`` by reading its source with inspect. That costs about 0.1 s at
    start-up, and done on a worker thread while the GUI thread runs (the spelling checker
    imports wordfreq lazily on the worker) it crashes the interpreter. Schrijfhulp never uses
    __feature__, so the answer is always "no".
    """
    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get(
        "shibokensupport.feature"
    )
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        setattr(feature, "_mod_uses_pyside", lambda module: False)  # noqa: B010
