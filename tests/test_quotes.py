"""One quote style in our Dutch texts: single quotes, 'zo'. Not „zo”, “zo” or "zo".

Checks the Dutch strings in the GUI, CLI and core code (docstrings and comments are English and
left alone), the UI's source strings in the .ts file and our rules' messages.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from tests.test_own_dutch import rule_texts, ui_strings

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "schrijfhulp"
DUTCH = re.compile(r"\b(je|jouw|het|een|niet|wordt|staat|kan|is|van|voor|naar|op)\b", re.I)
OTHER_QUOTES = re.compile(r"[„“”]|\"[^\"\s{}%][^\"]{0,80}\"")
TYPOGRAPHIC = re.compile(r"[„“”]")
# Code that reads the user's text must know these characters; it shows none of them.
TEXT_READERS = ("schrijfhulp/core/dutch/", "schrijfhulp/core/rules/")


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            value = body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                found.add(id(value))
    return found


def _toml(text: str) -> bool:
    """A TOML file we write (schrijfhulp pack new): TOML itself needs "…" around values."""
    return bool(re.search(r'^\w+ = "', text, re.M))


def code_strings() -> Iterator[tuple[str, str]]:
    for folder in ("gui", "cli", "core"):
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            skip = _docstrings(tree)
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    readable = " " in node.value or TYPOGRAPHIC.search(node.value)
                    if id(node) not in skip and readable and not _toml(node.value):
                        yield f"{path.relative_to(ROOT)}:{node.lineno}", node.value


def test_dutch_texts_use_single_quotes() -> None:
    texts = [*code_strings(), *ui_strings(), *rule_texts()]
    wrong = [
        f"{where}: {text!r}"
        for where, text in texts
        if (DUTCH.search(text) and OTHER_QUOTES.search(text))
        or (TYPOGRAPHIC.search(text) and not where.startswith(TEXT_READERS))
    ]
    assert wrong == []


def test_the_check_sees_the_quotes_it_must_refuse() -> None:
    assert OTHER_QUOTES.search("„Omgevingswet”: dit deel past niet")
    assert OTHER_QUOTES.search('Kies "Kopieer voor LinkedIn" en plak')
    assert not OTHER_QUOTES.search("'Omgevingswet' is gekopieerd")
