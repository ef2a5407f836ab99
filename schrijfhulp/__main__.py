"""``schrijfhulp`` / ``python -m schrijfhulp``: the desktop app, or a subcommand of the CLI."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from schrijfhulp.cli import subcommand_names

    if args and (args[0] in subcommand_names() or args[0] in ("-h", "--help", "--version")):
        from schrijfhulp.cli import main as cli_main

        return cli_main(args)
    from schrijfhulp.gui.app import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
