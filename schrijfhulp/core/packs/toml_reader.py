"""A pack's TOML file that records problems with file, line and field, in Dutch.

Shared by the readers of manifest, house style and templates in ``packs.parsing``. A problem's
``text`` completes a sentence that starts with the place: "regel 12 van sjablonen/vacature.toml
mist het veld 'tekst'".
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from schrijfhulp.core.packs.toml_lines import TablePath, find_line


@dataclass(frozen=True, slots=True)
class PackProblem:
    """``text`` completes the sentence "regel 12 van sjablonen/vacature.toml ..."."""

    file: str
    line: int | None
    field: str | None
    text: str
    warning: bool = False

    def describe(self) -> str:
        where = f"regel {self.line} van {self.file}" if self.line else self.file
        return f"{where} {self.text}" if where else self.text


class TomlFile:
    """One parsed TOML file that records problems with their line numbers."""

    def __init__(
        self, name: str, source: str, data: dict[str, Any] | None, problems: list[PackProblem]
    ) -> None:
        self.name = name
        self.source = source
        self.data = data
        self.problems = problems

    @classmethod
    def parse(cls, name: str, files: Mapping[str, bytes], problems: list[PackProblem]) -> TomlFile:
        try:
            source = files[name].decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = files[name][: exc.start].count(b"\n") + 1
            problems.append(
                PackProblem(name, line, None, "is geen UTF-8-tekst; sla het bestand op als UTF-8")
            )
            return cls(name, "", None, problems)
        deep = _too_deep_key(source)
        if deep:  # tomllib takes quadratic time on such keys (a minute for 200,000 parts)
            problems.append(
                PackProblem(
                    name, deep, None, f"heeft een sleutel van meer dan {MAX_KEY_PARTS} delen"
                )
            )
            return cls(name, source, None, problems)
        try:
            return cls(name, source, tomllib.loads(source), problems)
        except tomllib.TOMLDecodeError as exc:
            problems.append(syntax_problem(name, exc))
            return cls(name, source, None, problems)
        except RecursionError:  # thousands of nested brackets: hostile or broken, never valid
            problems.append(PackProblem(name, None, None, "heeft te veel haakjes in elkaar"))
            return cls(name, source, None, problems)

    def problem(self, table: TablePath, key: str | None, text: str, warning: bool = False) -> None:
        line = find_line(self.source, table, key)
        self.problems.append(PackProblem(self.name, line, key, text, warning))

    def string(
        self,
        table: dict[str, Any],
        path: TablePath,
        key: str,
        required: bool = True,
        default: str = "",
    ) -> str | None:
        if key not in table:
            if required:
                self.problem(path, None, f"mist het veld '{key}'")
                return None
            return default
        value = table[key]
        if isinstance(value, str) and (value.strip() or not required):
            return value
        if isinstance(value, str):
            self.problem(path, key, f"heeft een leeg veld '{key}'")
        else:
            self.problem(
                path,
                key,
                f"heeft bij '{key}' {kind_of(value)} staan; zet de tekst "
                f'tussen aanhalingstekens, zoals {key} = "..."',
            )
        return None

    def strings(
        self, table: dict[str, Any], path: TablePath, key: str, required: bool = False
    ) -> tuple[str, ...] | None:
        if key not in table:
            if required:
                self.problem(path, None, f"mist het veld '{key}'")
                return None
            return ()
        value = table[key]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(
                path,
                key,
                f"heeft bij '{key}' {kind_of(value)} staan; schrijf een "
                f'lijst met tekst, zoals {key} = ["...", "..."]',
            )
            return None
        if required and not value:
            self.problem(path, key, f"heeft een lege lijst bij '{key}'")
            return None
        return tuple(value)

    def tables(self, table: dict[str, Any], path: TablePath, key: str) -> list[dict[str, Any]]:
        value = table.get(key, [])
        if isinstance(value, list) and all(isinstance(v, dict) for v in value):
            return value
        self.problem(
            path,
            key,
            f"heeft bij '{key}' {kind_of(value)} staan; schrijf elk "
            f"onderdeel als [[{key}]] met de velden eronder",
        )
        return []

    def unknown_keys(self, table: dict[str, Any], path: TablePath, known: set[str]) -> None:
        for key in table:
            if key not in known:
                self.problem(
                    path,
                    key,
                    f"heeft een onbekend veld '{key}'; Schrijfhulp slaat het "
                    f"over (bedoel je een van: {', '.join(sorted(known))}?)",
                    warning=True,
                )


MAX_KEY_PARTS = 8  # 'velden.functie' has two; no pack needs more than a few


def _too_deep_key(source: str) -> int | None:
    """The first line whose key or [table] header has more than MAX_KEY_PARTS dotted parts."""
    for number, line in enumerate(source.splitlines(), 1):
        stripped = line.lstrip()
        if stripped.startswith("["):
            key = stripped
        elif "=" in stripped:
            key = stripped.split("=", 1)[0]
        else:
            continue
        if key.count(".") >= MAX_KEY_PARTS and _dots_outside_quotes(key) >= MAX_KEY_PARTS:
            return number
    return None


def _dots_outside_quotes(key: str) -> int:
    dots, quote = 0, ""
    for char in key:
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == ".":
            dots += 1
        elif char in "]#":
            break
    return dots


def syntax_problem(name: str, exc: tomllib.TOMLDecodeError) -> PackProblem:
    # tomllib ends its message with "(at line L, column C)"; keep the reason, name line and column.
    match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
    reason = str(exc).split(" (at ")[0]
    if match:
        return PackProblem(
            name,
            int(match.group(1)),
            None,
            f"is geen geldige TOML (teken {match.group(2)}: {reason})",
        )
    return PackProblem(name, None, None, f"is geen geldige TOML ({reason})")


def kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "ja/nee (true/false)"
    if isinstance(value, int | float):
        return f"een getal ({value})"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een tabel"
    if isinstance(value, str):
        return "tekst"
    return "een datum of tijd"
