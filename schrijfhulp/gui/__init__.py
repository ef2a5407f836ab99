"""The desktop app (PySide6). Importing it stops PySide's per-import source scan at once."""

from schrijfhulp.gui.qt_compat import skip_feature_source_scan

skip_feature_source_scan()  # a no-op until PySide6 is imported; create_application repeats it
