"""Start the desktop app: arguments, QApplication, translations, the main window.

``schrijfhulp`` opens the editor. ``schrijfhulp --screenshot OUT.png [--platform P]
[--text FILE]`` renders the window offscreen once the analysis is shown, saves it and exits.
Other options (a self-test, say) are added to :func:`build_parser` and handled in
:func:`main` before the window opens.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from schrijfhulp import APP_NAME
from schrijfhulp.core.resources import resource_path
from schrijfhulp.dutch_argparse import DutchArgumentParser
from schrijfhulp.gui.platform_list import platform_specs

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from schrijfhulp.gui.main_window import MainWindow

SCREENSHOT_SIZE = (1440, 900)
SCREENSHOT_TIMEOUT_MS = 60_000
_TRANSLATORS: list[object] = []


def build_parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(
        prog="schrijfhulp",
        description="Schrijfhulp: schrijf zelf heldere berichten voor sociale media.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--platform", choices=sorted(platform_specs()), help="begin met dit platform"
    )
    parser.add_argument(
        "--text", type=Path, metavar="BESTAND", help="open met de tekst uit dit bestand (UTF-8)"
    )
    parser.add_argument(
        "--language",
        choices=("nl", "en"),
        help="taal van het venster (standaard: je instelling of je systeem)",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="UIT.png",
        help="maak een schermafbeelding van het venster en stop",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="controleer of Schrijfhulp goed werkt en stop (voor ICT)",
    )
    return parser


class _VersionAction(argparse.Action):
    """``--version``; looks the version up only when asked (importlib.metadata is slow)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="toon het versienummer en stop")

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from schrijfhulp import __version__

        print(f"Schrijfhulp {__version__}")  # on stdout, like argparse's own version action
        parser.exit()


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_arguments = build_parser().parse_known_args(
        list(sys.argv[1:] if argv is None else argv)
    )
    if args.self_test:
        from schrijfhulp.gui.selftest import run_self_test

        return run_self_test()
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    text = ""
    if args.text:
        try:
            text = args.text.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"schrijfhulp: {args.text} is niet gelezen: {exc}", file=sys.stderr)
            return 2
    app = create_application(qt_arguments)
    window = open_main_window(app, args.language)
    if text or args.platform:
        window.load_text(text, platform=args.platform)
    if args.screenshot:
        return take_screenshot(window, args.screenshot)
    window.show()
    return app.exec()


def create_application(qt_arguments: Sequence[str] = ()) -> QCoreApplication:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from schrijfhulp.gui.qt_compat import skip_feature_source_scan

    skip_feature_source_scan()  # before Schrijfhulp's own modules load: 0.1 s at start-up
    existing = QApplication.instance()
    if existing is not None:
        return existing
    # Fractional scaling (125 %, 150 %) stays sharp: Qt 6 passes the factor through by
    # default. Not set here: the first use of the Qt namespace costs 25-40 ms (PySide builds
    # all its enums), which the window spends after its first paint instead.
    app = QApplication([sys.argv[0], *qt_arguments])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("schrijfhulp")
    app.setWindowIcon(QIcon(str(resource_path("icons", "schrijfhulp.svg"))))
    return app


def open_main_window(app: QCoreApplication, language: str | None = None) -> MainWindow:
    """Settings, translations and the main window (not shown yet)."""
    from schrijfhulp.core.settings import Paths, load_settings
    from schrijfhulp.gui.i18n import choose_language, install_translators
    from schrijfhulp.gui.main_window import MainWindow

    paths = Paths.default()
    settings = load_settings(paths)
    chosen = choose_language(language or settings.get("language"))
    app.setProperty("schrijfhulp_language", chosen)
    _TRANSLATORS[:] = install_translators(app, chosen)  # must outlive this function
    window = MainWindow(settings, paths)
    window.resize(*SCREENSHOT_SIZE)
    for problem in settings.problems:
        window.show_message(problem)
    return window


def take_screenshot(window: MainWindow, target: Path) -> int:
    """Show the window, wait for the analysis of its text, save a PNG; 0 when saved."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    window.show()
    deadline = QDeadlineTimer(SCREENSHOT_TIMEOUT_MS)
    while not _analysis_shown(window) and not deadline.hasExpired():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    QApplication.processEvents()
    if not _analysis_shown(window):
        print(
            "schrijfhulp: de controle was niet op tijd klaar; geen schermafbeelding.",
            file=sys.stderr,
        )
        window.close()
        return 1
    saved = window.grab().save(str(target))
    window.close()
    if not saved:
        print(f"schrijfhulp: {target} is niet opgeslagen.", file=sys.stderr)
        return 1
    return 0


def _analysis_shown(window: MainWindow) -> bool:
    analysis = window.current_analysis
    return (
        analysis is not None
        and not window.dispatcher.is_busy()
        and analysis.text == window.editor.toPlainText()
    )
