"""Locate data files shipped inside the package (also inside a PyInstaller bundle)."""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file under ``schrijfhulp/resources``; it need not exist."""
    return _ROOT.joinpath(*parts)
