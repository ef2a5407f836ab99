"""``schrijfhulp`` / ``python -m schrijfhulp``: the desktop app, or a subcommand of the CLI."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and _wants_cli(args[0]):
        from schrijfhulp.cli import main as cli_main

        return cli_main(args)
    from schrijfhulp.gui.app import main as gui_main

    return gui_main(args)


def _wants_cli(first: str) -> bool:
    """A subcommand, or help/version. The GUI's own options all start with '-', so the
    window starts without importing the CLI (its subcommands cost 0.4 s of start-up)."""
    if first in ("-h", "--help", "--version"):
        return True
    if first.startswith("-"):
        return False
    from schrijfhulp.cli import subcommand_names

    return first in subcommand_names()


if __name__ == "__main__":
    sys.exit(main())
