"""The seam every offline checker plugs into: a checker turns a Document into findings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from schrijfhulp.core.dutch.segmentation import Document
from schrijfhulp.core.findings import Finding
from schrijfhulp.core.platforms import PlatformSpec


@dataclass(frozen=True)
class CheckContext:
    """What a checker may know besides the text."""

    platform: PlatformSpec
    house_style: Any = None  # schrijfhulp.core.packs.house_style.HouseStyle of the active pack(s)
    disabled_rules: frozenset[str] = frozenset()
    extra_words: frozenset[str] = frozenset()  # personal and organisation words: never spelfouten


class Checker(Protocol):
    name: str

    def check(self, doc: Document, context: CheckContext) -> list[Finding]: ...


def checker_status(checker: Checker) -> tuple[str, str]:
    """(state, Dutch message) of a checker after a run, for ``Analysis.engines``.

    "ok" unless the checker has a ``status()`` method that says otherwise, for example
    ("unavailable", "Spellingcontrole niet beschikbaar: ...") when its dictionary is missing.
    """
    status = getattr(checker, "status", None)
    return status() if callable(status) else ("ok", "")
