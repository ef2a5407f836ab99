"""Voorstellen that make sense: candidates found by sound, ranked by a Dutch edit distance.

A plain edit distance treats 'weik' -> 'werk' and 'weik' -> 'wijk' alike; a Dutch writer does
not. Here ei/ij, au/ou, d/t/dt, g/ch, c/k, s/z, f/v, a doubled letter and a stray hyphen cost
less than an arbitrary letter, keys next to each other cost less than keys far apart, and a
frequent word beats a rare one at the same distance.

Candidates come from two places: every word one plain edit away, and every frequent word that
sounds the same (:func:`sound_key`), also after one edit: 'caracter' and 'karakter' share a
key, so do 'telefoonumer' and 'telefoonnummer'.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import cache
from math import log10

from schrijfhulp.core.dutch.frequency import dutch_frequencies

MAX_SUGGESTIONS = 5
MIN_PART = 3  # letters in a compound part we correct separately
MAX_DISTANCE = 2.05  # further away is no voorstel, however frequent
FREQUENCY_WEIGHT = 0.15  # one Zipf step (ten times as frequent) is worth this much distance
INDEX_MIN_ZIPF = 1.5  # words rarer than this are not offered by sound
_LETTERS = "abcdefghijklmnopqrstuvwxyzéëèêïöü"

# (written, meant, cost): sounds and spellings Dutch writers mix up, both ways round.
_CONFUSIONS = (
    ("ei", "ij", 0.3), ("au", "ou", 0.3), ("dt", "d", 0.4), ("dt", "t", 0.4), ("d", "t", 0.5),
    ("ch", "g", 0.4), ("ch", "k", 0.6), ("c", "k", 0.5), ("c", "s", 0.6), ("s", "z", 0.5),
    ("f", "v", 0.5), ("qu", "kw", 0.5), ("ph", "f", 0.5), ("y", "ie", 0.5), ("y", "i", 0.5),
    ("y", "j", 0.6), ("ie", "i", 0.6), ("eau", "o", 0.5), ("eau", "ou", 0.5), ("sj", "ch", 0.6),
    ("sj", "sh", 0.5), ("ks", "x", 0.5), ("ij", "y", 0.5), ("ij", "ie", 0.7), ("gh", "g", 0.5),
)  # fmt: skip
_PAIRS: dict[tuple[str, str], float] = {}
for _a, _b, _cost in _CONFUSIONS:
    _PAIRS[_a, _b] = _PAIRS[_b, _a] = _cost
_SINGLE = {(a, b): c for (a, b), c in _PAIRS.items() if len(a) == len(b) == 1}
_MULTI = tuple((a, b, c) for (a, b), c in _PAIRS.items() if len(a) > 1 or len(b) > 1)

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEYS = {ch: (r, c) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}
_NEAR_KEY = 0.75
_DOUBLING = 0.4  # 'ziten' for 'zitten', 'eeten' for 'eten'
_GAP = 0.3  # a hyphen or space too many or too few: 'zorg-verzekering'
_SWAP = 0.8  # two neighbouring letters swapped: 'projcet'

# sound_key: replacements in order, then doubled letters written once.
_KEY_STEPS = (
    ("-", ""), (" ", ""), ("'", ""), ("eau", "o"), ("qu", "kw"), ("ph", "f"), ("sj", "ch"),
    ("sh", "ch"), ("ch", "k"), ("g", "k"), ("c", "k"), ("x", "ks"), ("ij", "ei"), ("y", "i"),
    ("ie", "i"), ("ou", "au"), ("dt", "t"), ("d", "t"), ("z", "s"), ("v", "f"),
)  # fmt: skip


def sound_key(word: str) -> str:
    """'Caracter', 'karakter' -> 'karakter'; 'telefoonumer' -> 'telefonumer': one key for
    spellings a Dutch reader would pronounce alike."""
    key = word.lower()
    for old, new in _KEY_STEPS:
        if old in key:
            key = key.replace(old, new)
    out: list[str] = []
    for ch in key:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


@cache
def _sound_index() -> Mapping[str, str]:
    """sound_key -> the frequent Dutch words with that key, joined by spaces (built once,
    about half a second; one string per key instead of a tuple saves a third of the memory)."""
    floor = 10 ** (INDEX_MIN_ZIPF - 9)
    index: dict[str, str] = {}
    for word, freq in dutch_frequencies().items():
        if freq >= floor and word.isalpha():
            key = sound_key(word)
            index[key] = f"{index[key]} {word}" if key in index else word
    return index


def warm_suggestions() -> None:
    """Build the sound index now (the dictionary's preload calls this on a worker thread)."""
    _sound_index()


def quick_suggestions(word: str, spell: Callable[[str], bool]) -> list[str]:
    """Dictionary words close to ``word``, best first; a compound is also corrected part by
    part ('communcatieafdeling': one part is right, the other close to a word)."""
    found = ranked_suggestions(word, spell)
    if len(word) >= 2 * MIN_PART and (not found or dutch_distance(word, found[0]) > 1.0):
        found = best_first(word, dict.fromkeys([*found, *_compound_repairs(word, spell)]))
    return found[:MAX_SUGGESTIONS]


def _compound_repairs(word: str, spell: Callable[[str], bool]) -> list[str]:
    lower = word.lower()
    for cut in range(MIN_PART, len(lower) - MIN_PART + 1):
        head, tail = lower[:cut], lower[cut:]
        if spell(head) and len(tail) >= MIN_PART:
            options = [head + t for t in ranked_suggestions(tail, spell, limit=3)]
        elif spell(tail) and len(head) >= MIN_PART:
            options = [h + tail for h in ranked_suggestions(head, spell, limit=3)]
        else:
            continue
        found = [_match_case(o, word) for o in options if spell(o)]
        if found:  # the first cut that works is the likely one; more cuts cost time
            return found
    return []


def dutch_distance(written: str, meant: str) -> float:
    """Edit distance with Dutch costs (see the module docstring); case is ignored."""
    a, b = written.lower(), meant.lower()
    rows = [[0.0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        rows[i][0] = rows[i - 1][0] + _drop_cost(a, i)
    drops_b = [0.0] + [_drop_cost(b, j) for j in range(1, len(b) + 1)]
    for j in range(1, len(b) + 1):
        rows[0][j] = rows[0][j - 1] + drops_b[j]
    for i in range(1, len(a) + 1):
        row, above = rows[i], rows[i - 1]
        x, drop_a = a[i - 1], _drop_cost(a, i)
        # The confusions whose written side ends here: few, so the inner loop stays short.
        multi = [(len(o), n, c) for o, n, c in _MULTI if a.endswith(o, 0, i)]
        for j in range(1, len(b) + 1):
            y = b[j - 1]
            best = above[j - 1] + (0.0 if x == y else _substitution(x, y))
            drop = above[j] + drop_a
            if drop < best:
                best = drop
            drop = row[j - 1] + drops_b[j]
            if drop < best:
                best = drop
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y and x != y:
                best = min(best, rows[i - 2][j - 2] + _SWAP)
            for size, new, cost in multi:
                if len(new) <= j and b.endswith(new, 0, j):
                    best = min(best, rows[i - size][j - len(new)] + cost)
            row[j] = best
    return rows[-1][-1]


def _drop_cost(word: str, i: int) -> float:
    """Cost of the letter word[i - 1] being there in one spelling and missing in the other."""
    ch = word[i - 1]
    if ch in "- '":
        return _GAP
    if (i > 1 and word[i - 2] == ch) or (i < len(word) and word[i] == ch):
        return _DOUBLING
    return 1.0


def _substitution(x: str, y: str) -> float:
    cost = _SINGLE.get((x, y))
    if cost is not None:
        return cost
    kx, ky = _KEYS.get(x), _KEYS.get(y)
    if kx and ky and abs(kx[0] - ky[0]) <= 1 and abs(kx[1] - ky[1]) <= 1:
        return _NEAR_KEY
    return 1.0


def ranked_suggestions(
    word: str,
    spell: Callable[[str], bool],
    frequent: Mapping[str, float] | None = None,
    limit: int = MAX_SUGGESTIONS,
) -> list[str]:
    """Dictionary words close to ``word``, best first: lowest Dutch distance, then frequency."""
    frequent = dutch_frequencies() if frequent is None else frequent
    lower = word.lower()
    found = _candidates(lower, frequent)
    found.discard(lower)
    scored = sorted((_score(lower, c, frequent), c) for c in found)
    out: list[str] = []
    for score, candidate in scored:
        if score[1] > MAX_DISTANCE:
            continue
        for cased in dict.fromkeys((_match_case(candidate, word), candidate.capitalize())):
            if spell(cased):
                out.append(cased)
                break
        if len(out) == limit:
            break
    return out


def _candidates(lower: str, frequent: Mapping[str, float]) -> set[str]:
    edits = _edits(lower)
    index = _sound_index()
    found = {e for e in edits if e in frequent}
    for variant in (lower, *edits):
        words = index.get(sound_key(variant))
        if words:
            found.update(words.split(" "))
    return found


def _score(word: str, candidate: str, frequent: Mapping[str, float]) -> tuple[float, float]:
    distance = dutch_distance(word, candidate)
    zipf = _zipf(frequent.get(candidate, 0.0))
    return distance - FREQUENCY_WEIGHT * zipf, distance


def _zipf(freq: float) -> float:
    return log10(freq) + 9 if freq > 0 else 0.0


def _edits(word: str) -> set[str]:
    """Every string one plain edit away (delete, swap, replace, insert a letter or hyphen)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    edits.discard(word)
    return edits


def best_first(word: str, options: Iterable[str]) -> list[str]:
    """``options`` ordered by their Dutch distance to ``word``, frequency breaking ties."""
    frequent = dutch_frequencies()
    return sorted(options, key=lambda o: _score(word.lower(), o.lower(), frequent))


def _match_case(candidate: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return candidate.upper()
    if original[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate
