"""The QApplication the GUI benchmarks share, without the offscreen plugin's chatter.

Every window shown on the offscreen platform makes Qt print "This plugin does not support
propagateSizeHints()", which buried the results table under hundreds of lines. Other
messages still reach stderr.
"""

from __future__ import annotations

import sys

_NOISE = "does not support propagateSizeHints"


def app() -> object:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing
    qInstallMessageHandler(_print_unless_noise)
    return QApplication([sys.argv[0]])


def _print_unless_noise(kind: object, context: object, message: str) -> None:
    if _NOISE not in message:
        print(message, file=sys.stderr)
