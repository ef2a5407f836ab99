"""The coach for image descriptions (alt-tekst): hints, never a block.

The hints and their Dutch texts are data (``resources/alt_text.toml``). Plain-language checks
come from the same ``analyse()`` as the post; this module only adds what is special to a
description: it says "Foto van …", it is one word, or it repeats the post.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from schrijfhulp.core.dutch.segmentation import Document, segment
from schrijfhulp.core.findings import Finding, Kind, Severity
from schrijfhulp.core.resources import resource_path

RULE_PREFIX = "alt-tekst."
MISSING = "ontbreekt"


@dataclass(frozen=True, slots=True)
class Hint:
    message: str
    explanation: str


@dataclass(frozen=True, slots=True)
class CoachData:
    starters: tuple[str, ...]
    repeat_share: float
    repeat_min_words: int
    hints: dict[str, Hint]


@cache
def coach_data() -> CoachData:
    data = tomllib.loads(resource_path("alt_text.toml").read_text(encoding="utf-8"))
    hints = {key: Hint(h["message"], h["explanation"]) for key, h in data["hints"].items()}
    starters = tuple(sorted((s.casefold() for s in data["starters"]), key=len, reverse=True))
    return CoachData(starters, float(data["repeat_share"]), int(data["repeat_min_words"]), hints)


def hint(key: str, **values: object) -> Hint:
    """One hint with its ``{number}``-style values filled in."""
    found = coach_data().hints[key]
    return Hint(found.message.format(**values), found.explanation.format(**values))


def alt_text_findings(description: str, post_text: str) -> list[Finding]:
    """Hints for one description; offsets are into ``description``."""
    stripped = description.strip()
    if not stripped:
        return []
    doc = segment(description)
    start = len(description) - len(description.lstrip())
    findings = []
    lowered = stripped.casefold()
    for starter in coach_data().starters:
        if lowered.startswith(starter):
            findings.append(_finding("begint-met-afbeelding", start, start + len(starter)))
            break
    if len(doc.words) == 1:
        findings.append(_finding("een-woord", start, start + len(stripped)))
    elif _repeats(doc, post_text):
        findings.append(_finding("herhaalt-bericht", start, start + len(stripped)))
    return findings


def _repeats(doc: Document, post_text: str) -> bool:
    """Most word pairs of the description stand in the post too: copied, not described.
    Pairs, not single words: a good description shares words with its post."""
    pairs = _pairs(doc)
    if len(pairs) + 1 < coach_data().repeat_min_words or not post_text.strip():
        return False
    in_post = set(_pairs(segment(post_text)))
    return sum(1 for p in pairs if p in in_post) / len(pairs) >= coach_data().repeat_share


def _pairs(doc: Document) -> list[tuple[str, str]]:
    words = [w.text.casefold() for w in doc.words]
    return list(zip(words, words[1:], strict=False))


def _finding(key: str, start: int, end: int) -> Finding:
    found = hint(key)
    return Finding(
        start,
        end,
        Kind.STYLE,
        Severity.HINT,
        RULE_PREFIX + key,
        found.message,
        explanation=found.explanation,
    )
