"""Platform specs as data: limits, unit of counting, URL rule, fold point and their sources.

The figures live in ``resources/platforms.toml`` so they can be corrected without a code change.
Each figure says whether it is official (the platform's own docs or code) or secondary
(third-party guides only); the UI says "ongeveer" for secondary figures.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

COUNTING_METHODS = frozenset({"x-weighted", "utf16", "mastodon", "bluesky", "threads"})
FIGURE_NAMES = (
    "limit",
    "fold",
    "fold_lines",
    "fold_mobile",
    "byte_limit",
    "url_length",
    "max_links",
    "max_hashtags",
    "advised_max",
    "comment_limit",
    "alt_text_limit",
    "max_images",
)
_FLAGS = ("limit_per_server", "thread")
_TEXT_FIELDS = ("name", "unit", "url_rule", "notes")
_STATUSES = {"official": True, "secondary": False}


class PlatformDataError(ValueError):
    """The platform file is broken; the message names the file, platform and field (Dutch)."""


@dataclass(frozen=True, slots=True)
class Figure:
    value: int
    official: bool
    source: str


@dataclass(frozen=True, slots=True)
class PlatformSpec:
    """What one platform allows and how it counts. ``figures`` holds the source of each number."""

    id: str
    name: str
    limit: int
    unit: str
    fold: int | None = None
    counting: str = "utf16"
    url_rule: str = ""
    notes: str = ""
    fold_lines: int | None = None
    fold_mobile: int | None = None
    byte_limit: int | None = None
    url_length: int | None = None
    max_links: int | None = None
    max_hashtags: int | None = None
    advised_max: int | None = None
    limit_per_server: bool = False
    thread: bool = False  # a long text may become a draad of numbered parts
    comment_limit: int | None = None  # the eerste reactie; None: the platform has none
    alt_text_limit: int | None = None  # None: no known maximum for an image description
    max_images: int | None = None
    figures: tuple[tuple[str, Figure], ...] = ()

    def figure(self, name: str) -> Figure | None:
        return dict(self.figures).get(name)

    def is_official(self, name: str) -> bool:
        """True when the figure comes from the platform itself (no "ongeveer" needed)."""
        figure = self.figure(name)
        return figure is not None and figure.official


def load_platforms(path: Path) -> dict[str, PlatformSpec]:
    """Read and check the platform file; raises PlatformDataError with a clear Dutch message."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PlatformDataError(
            f"Het bestand met platformgegevens ({path}) kan niet worden gelezen: {exc.strerror}."
        ) from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PlatformDataError(f"{path.name} is geen geldig TOML-bestand: {exc}.") from None
    specs: dict[str, PlatformSpec] = {}
    for platform_id, table in data.items():
        if not isinstance(table, dict):
            raise PlatformDataError(
                f"{path.name}: '{platform_id}' moet een tabel [{platform_id}] zijn."
            )
        specs[platform_id] = _spec(path.name, platform_id, table)
    if not specs:
        raise PlatformDataError(f"{path.name} bevat geen platforms.")
    return specs


def _spec(file_name: str, platform_id: str, table: dict[str, Any]) -> PlatformSpec:
    where = f"{file_name}, platform '{platform_id}'"
    counting = table.get("counting")
    if counting not in COUNTING_METHODS:
        raise PlatformDataError(
            f"{where}: het veld 'counting' moet een van {', '.join(sorted(COUNTING_METHODS))} zijn."
        )
    unknown = set(table) - {*FIGURE_NAMES, *_TEXT_FIELDS, *_FLAGS, "counting"}
    if unknown:
        raise PlatformDataError(f"{where}: onbekend veld '{sorted(unknown)[0]}'.")
    texts = {name: _text(where, table, name) for name in _TEXT_FIELDS}
    figures = {name: _figure(where, name, table[name]) for name in FIGURE_NAMES if name in table}
    for flag in _FLAGS:
        if not isinstance(table.get(flag, False), bool):
            raise PlatformDataError(f"{where}: het veld '{flag}' moet true of false zijn.")
    if "limit" not in figures:
        raise PlatformDataError(f"{where}: het veld 'limit' ontbreekt.")

    def value(name: str) -> int | None:
        return figures[name].value if name in figures else None

    return PlatformSpec(
        id=platform_id,
        name=texts["name"],
        limit=figures["limit"].value,
        unit=texts["unit"],
        fold=value("fold"),
        counting=counting,
        url_rule=texts["url_rule"],
        notes=texts["notes"],
        fold_lines=value("fold_lines"),
        fold_mobile=value("fold_mobile"),
        byte_limit=value("byte_limit"),
        url_length=value("url_length"),
        max_links=value("max_links"),
        max_hashtags=value("max_hashtags"),
        advised_max=value("advised_max"),
        limit_per_server=table.get("limit_per_server", False),
        thread=table.get("thread", False),
        comment_limit=value("comment_limit"),
        alt_text_limit=value("alt_text_limit"),
        max_images=value("max_images"),
        figures=tuple(figures.items()),
    )


def _text(where: str, table: dict[str, Any], name: str) -> str:
    value = table.get(name, "")
    if not isinstance(value, str) or (name in ("name", "unit") and not value):
        raise PlatformDataError(f"{where}: het veld '{name}' moet een tekst zijn.")
    return value


def _figure(where: str, name: str, raw: Any) -> Figure:
    if not isinstance(raw, dict):
        raise PlatformDataError(
            f"{where}: het veld '{name}' moet value, status en source hebben, "
            f'bijvoorbeeld {{ value = 280, status = "official", source = "..." }}.'
        )
    value, status, source = raw.get("value"), raw.get("status"), raw.get("source")
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise PlatformDataError(f"{where}: '{name}.value' moet een positief geheel getal zijn.")
    if status not in _STATUSES:
        raise PlatformDataError(f"{where}: '{name}.status' moet 'official' of 'secondary' zijn.")
    if not isinstance(source, str) or not source.strip():
        raise PlatformDataError(
            f"{where}: '{name}.source' ontbreekt; noem waar het getal vandaan komt."
        )
    return Figure(value, _STATUSES[status], source)
