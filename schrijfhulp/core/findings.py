"""The finding: one thing a checker says about a span of the text."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """What sort of remark a finding is; the GUI picks underline colour by kind."""

    SPELLING = "spelling"  # spelfout
    GRAMMAR = "grammar"  # taalfout
    STYLE = "style"  # schrijftip
    TYPOGRAPHY = "typography"  # leestekens en opmaak
    READABILITY = "readability"  # leesbaarheid
    PLATFORM = "platform"  # past niet op het platform
    HOUSE_STYLE = "house_style"  # huisstijl van de organisatie


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    HINT = "hint"


class Source(StrEnum):
    SCHRIJFHULP = "schrijfhulp"  # our own offline checks
    LANGUAGETOOL = "languagetool"
    ORGANISATION = "organisation"  # house style from a template pack


@dataclass(frozen=True, slots=True)
class Finding:
    """A remark on ``text[start:end]`` (character offsets into the analysed text)."""

    start: int
    end: int
    kind: Kind
    severity: Severity
    rule_id: str
    message: str
    suggestions: tuple[str, ...] = ()
    explanation: str = ""
    source: Source = Source.SCHRIJFHULP

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = str(self.kind)
        data["severity"] = str(self.severity)
        data["source"] = str(self.source)
        data["suggestions"] = list(self.suggestions)
        return data


SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.HINT: 2}


def sort_findings(findings: list[Finding]) -> tuple[Finding, ...]:
    """Reading order, most severe first on the same span."""
    return tuple(sorted(findings, key=lambda f: (f.start, f.end, SEVERITY_ORDER[f.severity])))
