"""Start the desktop app: arguments, QApplication, translations, the main window.

``schrijfhulp`` opens the editor. ``schrijfhulp --screenshot OUT.png [--platform P]
[--text FILE]`` renders the window offscreen once the analysis is shown, saves it and exits.
Other options (a self-test, say) are added to :func:`build_parser` and handled in
:func:`main` before the window opens. The QApplication and the window are built in
:mod:`schrijfhulp.gui.application`, which the self-test uses too.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from schrijfhulp.dutch_argparse import DutchArgumentParser
from schrijfhulp.gui.application import create_application, open_main_window
from schrijfhulp.gui.platform_list import platform_specs

if TYPE_CHECKING:
    from schrijfhulp.gui.main_window import MainWindow

SCREENSHOT_TIMEOUT_MS = 60_000


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
