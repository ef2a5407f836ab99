"""Thin PySide6 GUI on top of schrijfhulp.core."""
