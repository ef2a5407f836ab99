"""Read the OpenTaal Hunspell dictionary and expand its affixes into tagged word forms.

Build-time only. The .aff file marks many suffix rules with a morphological tag (``ts:NN2``
for a plural, ``ts:VBh1`` for a past tense singular, ``ts:AJcn`` for a comparative ...); the
flags on a stem tell its class (plural and diminutive flags: noun; adjective flags: adjective;
verb flags: verb). Compounding flags are ignored: compounds are not listed forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Tag -> (part of speech, features) for a form made by a suffix.
TAGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "NN1": ("noun", ("sg",)),
    "NN2": ("noun", ("pl",)),
    "NN1d": ("noun", ("sg",)),
    "NN2d": ("noun", ("pl",)),
    "NN1r": ("noun", ("sg", "dim", "het")),
    "NN2r": ("noun", ("pl", "dim")),
    "AJe": ("adj", ("inflected",)),
    "AJc": ("adj", ("comp",)),
    "AJcn": ("adj", ("comp",)),
    "AJce": ("adj", ("comp", "inflected")),
    "AJci": ("adj", ("comp", "partitive")),
    "AJsn": ("adj", ("sup",)),
    "AJse": ("adj", ("sup", "inflected")),
    "i": ("adj", ("partitive",)),
}
NOUN_FLAGS = frozenset(
    [
        "Za",
        "Zu",
        "Zx",
        "Zb",
        "Zc",
        "Zd",
        "Ze",
        "Zf",
        "Zg",
        "Zh",
        "Zi",
        "Zj",
        "Ya",
        "Yb",
        "Yc",
        "Yd",
        "Ye",
        "Yf",
        "Yg",
    ]
)
ADJ_FLAGS = frozenset(
    ["Aa", "Ab", "Ac", "Ad", "Ae", "Al", "Am", "An", "Ao", "Ap", "Aq", "Ar", "As", "Ax", "Ay"]
)


@dataclass(frozen=True, slots=True)
class Affix:
    flag: str
    prefix: bool
    strip: str
    add: str
    condition: re.Pattern[str]
    tag: str


@dataclass(frozen=True, slots=True)
class Entry:
    word: str
    flags: frozenset[str]


def _read(path: Path) -> str:
    # OpenTaal writes the ligature ĳ (U+0133); texts use the two letters i and j.
    return path.read_text("utf-8").replace("ĳ", "ij").replace("Ĳ", "IJ")


def read_affixes(aff: Path) -> dict[str, list[Affix]]:
    """All SFX/PFX rules by flag, with their ``ts:`` tag ('' when untagged)."""
    rules: dict[str, list[Affix]] = {}
    for line in _read(aff).splitlines():
        parts = line.split()
        if len(parts) < 5 or parts[0] not in ("SFX", "PFX"):
            continue
        kind, flag, strip, add, cond = parts[:5]
        tag = next((p[3:] for p in parts[5:] if p.startswith("ts:")), "")
        prefix = kind == "PFX"
        pattern = re.compile(("^" + cond) if prefix else (cond + "$"))
        add = add.split("/")[0]
        rules.setdefault(flag, []).append(
            Affix(flag, prefix, "" if strip == "0" else strip, "" if add == "0" else add,
                  pattern, tag)
        )  # fmt: skip
    return rules


def read_entries(dic: Path) -> list[Entry]:
    """The stems of the .dic file with their two-letter flags."""
    entries: list[Entry] = []
    lines = _read(dic).splitlines()[1:]
    for line in lines:
        word, _, flags = line.strip().partition("/")
        if not word:
            continue
        flags = flags.split()[0] if flags else ""
        entries.append(Entry(word, frozenset(flags[i : i + 2] for i in range(0, len(flags), 2))))
    return entries


def apply(affix: Affix, word: str) -> str | None:
    """``word`` with the affix, or None when its condition does not match."""
    if not affix.condition.search(word):
        return None
    if affix.prefix:
        if not word.startswith(affix.strip):
            return None
        return affix.add + word[len(affix.strip) :]
    if affix.strip and not word.endswith(affix.strip):
        return None
    return word[: len(word) - len(affix.strip)] + affix.add


def suffixed(entry: Entry, rules: dict[str, list[Affix]]) -> Iterator[tuple[str, Affix]]:
    """Every suffixed form of an entry with the rule that made it (hyphen forms skipped)."""
    for flag in entry.flags:
        for affix in rules.get(flag, ()):
            if affix.prefix or affix.add.endswith("-"):
                continue
            form = apply(affix, entry.word)
            if form:
                yield form, affix


def particles(entry: Entry, rules: dict[str, list[Affix]]) -> list[str]:
    """The separable particles (aan-, af-, ...) the entry's P-flags allow."""
    return [
        affix.add
        for flag in sorted(entry.flags)
        if flag.startswith("P") and flag != "PN"
        for affix in rules.get(flag, ())
        if affix.prefix
    ]


def all_forms(entries: list[Entry], rules: dict[str, list[Affix]]) -> set[str]:
    """Every word the dictionary lists (lower case), with suffixes and particles applied."""
    forms: set[str] = set()
    for entry in entries:
        words = [entry.word] + [form for form, _ in suffixed(entry, rules)]
        forms.update(w.lower() for w in words)
        for particle in particles(entry, rules):
            forms.update((particle + w).lower() for w in words)
    return forms
