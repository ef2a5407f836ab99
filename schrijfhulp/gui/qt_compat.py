"""Work-arounds for PySide6 itself, applied once before Schrijfhulp's own modules load."""

from __future__ import annotations

import sys


def skip_feature_source_scan() -> None:
    """Stop PySide's import hook from reading the source of every module imported after it.

    For each import after PySide6 loaded, shiboken checks whether the module uses
    ``from __feature__ import ...`` by reading its whole source with inspect: about 0.1 s of
    Schrijfhulp's start-up, and disk reads on the worker thread whenever a checker imports
    lazily. Schrijfhulp never uses ``__feature__``, so the answer is always "no".
    """
    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get(
        "shibokensupport.feature"
    )
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        setattr(feature, "_mod_uses_pyside", lambda module: False)  # noqa: B010
