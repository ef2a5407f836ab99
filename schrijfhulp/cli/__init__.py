"""Command-line face of the core: ``schrijfhulp check``, ``pack`` and ``drafts``.

Each subcommand lives in its own module with ``register(subparsers)``; the module sets
``func`` on its parser, which returns the exit code.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from schrijfhulp import __version__
from schrijfhulp.cli import check, drafts, pack
from schrijfhulp.dutch_argparse import DutchArgumentParser

SUBCOMMAND_MODULES = [check, drafts, pack]


def build_parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(
        prog="schrijfhulp",
        description="Schrijfhulp: schrijf zelf heldere berichten voor sociale media.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Schrijfhulp {__version__}",
        help="toon het versienummer en stop",
    )
    sub = parser.add_subparsers(
        dest="command", metavar="OPDRACHT", parser_class=DutchArgumentParser
    )
    for module in SUBCOMMAND_MODULES:
        module.register(sub)
    return parser


def subcommand_names() -> set[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    # The core logs details in English for the app's log; a command prints its own Dutch
    # messages, so those log lines must not reach stderr through logging's last resort.
    logging.getLogger("schrijfhulp").addHandler(logging.NullHandler())
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args))
    except BrokenPipeError:  # 'schrijfhulp check … | head': the reader stopped; not our error
        sys.stderr.close()
        return 0
