"""Plain-language entries: one stiff word or phrase with its plain alternatives, read from TSV.

A line is ``stiff<TAB>alternatives<TAB>category<TAB>reason[<TAB>alleen:conditions]``. The stiff
part is written once in its base form (a verb as infinitive, a noun singular); ``…`` marks a gap
where other words may stand. Alternatives are separated by ``|``, best first, with the same gaps;
``-`` means: leave it out; empty means no single word fits (the reason says how to rewrite).
``alleen:`` names the conditions (see conditions.py) under which the entry is stiff, separated by
commas; text after a ``;`` is a note for the people who keep the list. Both the shipped lists and
a pack's own list use this format.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

import regex

from schrijfhulp.core.rules.conditions import Condition, parse_condition

GAP = "…"
LEAVE_OUT = "-"
ONLY = "alleen:"
# Words of a reason's first sentence that only name the category again: the message already
# says "klinkt ambtelijk" or "is een leenwoord", so "Ambtelijk." or "Heel ouderwets." in front
# of the reason would say it twice. "Latijn." or "Beeldspraak." add something and stay.
_CATEGORY_LABEL_WORDS = frozenset(
    [
        "ambtelijk",
        "ambtelijke",
        "leenwoord",
        "onnodig",
        "onnodige",
        "omslachtig",
        "jargon",
        "vakjargon",
        "stijf",
        "stijve",
        "ouderwets",
        "ouderwetse",
        "vaag",
        "vage",
        "oud",
        "oude",
        "woord",
        "heel",
        "wat",
        "zeer",
        "erg",
        "en",
    ]
)


class EntryError(ValueError):
    """A line of an entry file is wrong; the message is Dutch and names the file and line."""


@dataclass(frozen=True, slots=True)
class Entry:
    stiff: str  # lower case, single spaces, '…' for a gap
    alternatives: tuple[str, ...]  # best first; '-' = leave it out
    category: str
    reason: str
    conditions: tuple[Condition, ...] = ()
    id: str = ""  # rule id that switches this one entry off: '<rule id>.<slug of stiff>'

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.stiff.split())


def normalise(text: str) -> str:
    """Lower case, one space between words, a gap always a word of its own."""
    return " ".join(text.replace(GAP, f" {GAP} ").lower().split())


def parse_entries(text: str, source: str) -> list[Entry]:
    """Entries from the text of an entry file; ``source`` names the file in error messages."""
    entries: list[Entry] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        entry = parse_line(line, f"{source}, regel {number}")
        if entry.stiff in seen:
            raise EntryError(f"{source}, regel {number}: '{entry.stiff}' staat er al in.")
        seen.add(entry.stiff)
        entries.append(entry)
    return entries


def parse_line(line: str, where: str) -> Entry:
    fields = line.rstrip("\r\n").split("\t")
    if len(fields) < 4 or len(fields) > 5:
        raise EntryError(
            f"{where}: schrijf 'woord<TAB>alternatieven<TAB>categorie<TAB>uitleg', "
            f"eventueel met '<TAB>alleen:…', gevonden: '{line}'."
        )
    stiff = normalise(fields[0])
    words = stiff.split()
    if not words or words[0] == GAP or words[-1] == GAP or f"{GAP} {GAP}" in stiff:
        raise EntryError(f"{where}: '{fields[0]}' mag niet met een gat (…) beginnen of eindigen.")
    alternatives = tuple(" ".join(a.split()) for a in fields[1].split("|") if a.strip())
    for alternative in alternatives:
        gaps = alternative.split().count(GAP)
        if alternative != LEAVE_OUT and gaps not in (0, stiff.count(GAP)):
            raise EntryError(
                f"{where}: het alternatief '{alternative}' heeft {gaps} gaten (…), "
                f"'{fields[0]}' heeft er {stiff.count(GAP)}."
            )
    category, reason = fields[2].strip(), fields[3].strip()
    if not category or not reason:
        raise EntryError(f"{where}: categorie en uitleg mogen niet leeg zijn.")
    conditions: tuple[Condition, ...] = ()
    if len(fields) == 5:
        conditions = _conditions(fields[4].strip(), where)
    return Entry(stiff, alternatives, category, without_label(reason), conditions)


def without_label(reason: str) -> str:
    """The reason without a first sentence that only names the category ("Ambtelijk. Met
    'voor' is het korter." -> "Met 'voor' is het korter."); a reason that is only a label stays."""
    label, dot, rest = reason.partition(". ")
    words = label.lower().split()
    if dot and rest and words and all(w in _CATEGORY_LABEL_WORDS for w in words):
        return rest
    return reason


def _conditions(field: str, where: str) -> tuple[Condition, ...]:
    if not field.startswith(ONLY):
        raise EntryError(f"{where}: de vijfde kolom begint met 'alleen:', gevonden: '{field}'.")
    names = field[len(ONLY) :].split(";", 1)[0]
    conditions = []
    for name in filter(None, (n.strip() for n in names.split(","))):
        condition = parse_condition(name)
        if condition is None:
            raise EntryError(
                f"{where}: de voorwaarde '{name}' bestaat niet (zie de uitleg in README.md)."
            )
        conditions.append(condition)
    if not conditions:
        raise EntryError(f"{where}: na 'alleen:' staat geen voorwaarde.")
    return tuple(conditions)


def read_entries(path: Path) -> list[Entry]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise EntryError(f"{path.name} kan niet worden gelezen: {exc.strerror}.") from None
    return parse_entries(text, path.name)


def slug(text: str) -> str:
    """Lowercase ASCII with hyphens: 'ten behoeve van' -> 'ten-behoeve-van' (for rule ids)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return regex.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "term"
