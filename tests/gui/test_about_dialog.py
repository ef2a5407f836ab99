"""The About window shows the version and the licences of everything Schrijfhulp bundles."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

import schrijfhulp
from schrijfhulp.gui.about_dialog import AboutDialog


def test_about_lists_version_and_bundled_licences(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert schrijfhulp.__version__ in labels
    text = dialog.licences.toPlainText()
    bundled = (
        "GPL-3.0-or-later",
        "OpenTaal",
        "wordfreq",
        "CC BY-SA 4.0",
        "twitter-text",
        "Apache-2.0",
        "language_tool_python",
        "LGPL-3.0",
        "chunspell",
    )
    for needed in bundled:
        assert needed in text
