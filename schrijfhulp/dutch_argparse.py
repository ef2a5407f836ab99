"""argparse in Dutch: its own words ("usage", "show this help message and exit", its errors).

argparse looks every fixed text up through ``argparse._`` and ``argparse.ngettext`` (gettext)
when it formats help or an error, so replacing those two lookups translates all of it, for the
CLI and the app's own options alike. Texts we do not know stay as argparse wrote them.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

_WORDS = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "bij %(argument_name)s: %(message)s",
    "expected one argument": "hier hoort één waarde bij",
    "expected at most one argument": "hier hoort hooguit één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "not allowed with argument %s": "mag niet samen met %s",
    "ignored explicit argument %r": "waarde %r hoort hier niet bij",
    "ambiguous option: %(option)s could match %(matches)s": (
        "onduidelijke optie: %(option)s kan %(matches)s zijn"
    ),
    "one of the arguments %s is required": "kies één van %s",
    "unexpected option string: %s": "onverwachte optie: %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
}
_PLURALS = {
    ("expected %s argument", "expected %s arguments"): (
        "hier hoort %s waarde bij",
        "hier horen %s waarden bij",
    ),
}


def dutch(text: str) -> str:
    return _WORDS.get(text, text)


def dutch_plural(singular: str, plural: str, n: int) -> str:
    one, many = _PLURALS.get((singular, plural), (singular, plural))
    return one if n == 1 else many


def install() -> None:
    """Make every argparse parser in this process speak Dutch."""
    argparse._ = dutch  # type: ignore[attr-defined]
    argparse.ngettext = dutch_plural  # type: ignore[attr-defined]


class DutchArgumentParser(argparse.ArgumentParser):
    """argparse whose own words are Dutch (see ``install``)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        install()
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {message}\n")
