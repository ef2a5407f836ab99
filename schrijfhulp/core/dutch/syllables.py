"""Dutch syllable counting by vowel nuclei, with an exceptions list for loanwords.

Hyphenation dictionaries (what textstat uses through pyphen) undercount Dutch: they never split
off a one-letter syllable at a word edge, so ``o-ver``, ``e-ten``, ``i-dee`` and ``ra-di-o``
come out one short. Counting vowel nuclei gets those right: a run of vowels is split into the
Dutch digraphs and trigraphs (``aa ee oo uu ie oe eu ui ei ij ou au``, ``eau aai ooi oei eeu
ieu``), a diaeresis starts a new nucleus (``ide-eën``), and a hyphen splits a word. Loanwords
that Dutch speakers say the English or French way (``team``, ``online``, ``museum``) come from
``resources/readability/syllable_exceptions.tsv``; they also count inside compounds
(``teamleider``, ``e-mailadres``).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from schrijfhulp.core.resources import resource_path

_PLAIN_VOWELS = frozenset("aeiouy")
_DIAERESIS = {"ä": "a", "ë": "e", "ï": "i", "ö": "o", "ü": "u", "ÿ": "y"}
_IJ = "\x00"  # placeholder for the digraph 'ij' so it counts as one vowel letter
# Longest first: a run of vowels is cut greedily into these nuclei, else one vowel is one
# nucleus. A diaeresis is written as '|' before its vowel, which breaks the run (ide|een).
_NUCLEUS = regex.compile(
    "|".join(
        ("eau", "aai", "ooi", "oei", "eeu", "ieu")
        + ("aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ei", "ou", "au", "ai", "oi")
        + ("ay", "ey", "oy")
    )
    + "|[aeiouy"
    + _IJ
    + "]"
)
_SEPARATORS = "-‐‑'’./"
_MIN_AFFIX = 4  # exceptions shorter than this only match whole words (no 'tea' in 'theater')
# Vowel pairs that the digraph rule splits but speech merges (each match is one nucleus less):
# '-tie-/-cie-' before a vowel is 'sj' (financieel, patiënt, sociaal, nationaal, pensioen).
_MERGED_AFTER_TS = regex.compile(r"[ct]i(?:a|ee|\|e(?=.)|oe?n)|si(?:oe?n)")
# Latin '-eum' (museum, jubileum, lyceum) is e-um, not the Dutch 'eu'.
_LATIN_EUM = regex.compile(r"eum(?![aeiouy])")
# A silent final e in an English loanword is spoken again before these endings (gamen, updaten).
_VOICED_E_ENDINGS = frozenset({"n", "r", "rs", "nd"})


def _load_exceptions() -> dict[str, int]:
    exceptions: dict[str, int] = {}
    path = resource_path("readability", "syllable_exceptions.tsv")
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        word, _, count = line.partition("\t")
        if not count.strip().isdigit():
            raise ValueError(f"{path.name} regel {number}: geen aantal lettergrepen na '{word}'")
        exceptions[word.strip().lower()] = int(count)
    return exceptions


_EXCEPTIONS = _load_exceptions()
_AFFIX_LENGTHS = sorted({len(w) for w in _EXCEPTIONS if len(w) >= _MIN_AFFIX}, reverse=True)
# Only long words are searched for a loanword inside them, and only for long loanwords: short
# ones would match by accident, and the search costs time on a cold cache.
_LONG_COMPOUND = 12
_INNER_LENGTHS = [n for n in _AFFIX_LENGTHS if n >= 6]
# First and last _MIN_AFFIX letters of the exceptions: a cheap test that skips the affix search
# for almost every Dutch word.
_AFFIX_HEADS = frozenset(w[:_MIN_AFFIX] for w in _EXCEPTIONS if len(w) >= _MIN_AFFIX)
_AFFIX_TAILS = frozenset(w[-_MIN_AFFIX:] for w in _EXCEPTIONS if len(w) >= _MIN_AFFIX)


@lru_cache(maxsize=65536)
def count_syllables(word: str) -> int:
    """Spoken syllables of one Dutch word (at least 1 for any token that is a word)."""
    lowered = unicodedata.normalize("NFC", word).lower()
    if lowered in _EXCEPTIONS:
        return _EXCEPTIONS[lowered]
    if _is_spelled_acronym(word):
        return len(word)
    total = 0
    part: list[str] = []
    for ch in lowered + "-":
        if ch in _SEPARATORS:
            total += _part_syllables("".join(part))
            part = []
        else:
            part.append(ch)
    return max(1, total)


def _is_spelled_acronym(word: str) -> bool:
    """BTW, KLM, ICT, UWV are said letter by letter; longer ones with vowels (NATO) are not."""
    if not (word.isalpha() and word.isupper() and len(word) > 1):
        return False
    return len(word) <= 3 or not any(ch in _PLAIN_VOWELS for ch in word.lower())


def _part_syllables(part: str) -> int:
    """A hyphen-free piece: exceptions as a whole, at its start or its end, else nuclei."""
    if not part:
        return 0
    if part in _EXCEPTIONS:
        return _EXCEPTIONS[part]
    if (
        part[:_MIN_AFFIX] in _AFFIX_HEADS
        or part[-_MIN_AFFIX:] in _AFFIX_TAILS
        or part[-_MIN_AFFIX - 1 : -1] in _AFFIX_TAILS
    ):
        return _affix_syllables(part)
    if len(part) >= _LONG_COMPOUND:
        return _inner_exception_syllables(part)
    return _count_nuclei(part)


def _affix_syllables(part: str) -> int:
    """An exception at the start (teamleider) or the end (projectteam, projectteams)."""
    for length in _AFFIX_LENGTHS:
        if length >= len(part):
            continue
        head, tail = part[:length], part[length:]
        if head in _EXCEPTIONS:
            voiced_e = head.endswith("e") and tail in _VOICED_E_ENDINGS
            return _EXCEPTIONS[head] + voiced_e + _part_syllables(tail)
        plural = part.endswith("s") and part[-length - 1 : -1] in _EXCEPTIONS  # projectteams
        head, tail = part[: -length - plural], part[-length - plural :]
        if (tail in _EXCEPTIONS or plural) and _count_nuclei(head) > 0:
            return _count_nuclei(head) + _EXCEPTIONS[tail.removesuffix("s") if plural else tail]
    if len(part) >= _LONG_COMPOUND:
        return _inner_exception_syllables(part)
    return _count_nuclei(part)


def _inner_exception_syllables(part: str) -> int:
    """A long compound with a loanword in the middle: klanten|service|medewerker."""
    for length in _INNER_LENGTHS:
        for i in range(1, len(part) - length):
            if part[i : i + length] in _EXCEPTIONS:
                inner = _EXCEPTIONS[part[i : i + length]]
                return _count_nuclei(part[:i]) + inner + _part_syllables(part[i + length :])
    return _count_nuclei(part)


def _count_nuclei(part: str) -> int:
    letters = _normalise(part)
    count = len(_NUCLEUS.findall(letters))
    count += len(_LATIN_EUM.findall(letters)) - len(_MERGED_AFTER_TS.findall(letters))
    return count


def _normalise(part: str) -> str:
    """Accents off (é -> e), a diaeresis as a break before its vowel (ë -> |e), 'ij' as one
    letter, and a consonantal 'y' (yoga) or 'u' after q (aquarium) as consonants."""
    out = []
    for ch in unicodedata.normalize("NFC", part):
        if ch in _DIAERESIS:
            out.append("|" + _DIAERESIS[ch])
        else:
            out.append(unicodedata.normalize("NFD", ch)[0])
    text = "".join(out).replace("ij", _IJ).replace("qu", "qw")
    if text.startswith("y") and len(text) > 1 and text[1] in _PLAIN_VOWELS:
        text = "j" + text[1:]
    return text
