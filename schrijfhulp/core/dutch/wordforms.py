"""How Dutch makes new words from known ones: compounds, plurals and diminutives.

No dictionary lists every 'buurtapp', 'vandaaltjes' or 'screeningen'; a reader still knows
them, because they are built by rules from words the dictionary does know. These functions
find the known word(s) a form is built from; the caller says what 'known' means (the spelling
checker asks Hunspell). Only productive, regular patterns are undone: 'straaten' is no plural of
'straat', so it is not explained away here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

MIN_PART = 3  # letters; shorter pieces ('ab', 'in') split anything
LINKS = ("s", "en", "e")  # linking sounds: verjaardag-s-kalender, boek-en-kast, zonn-e-bloem
_VOWELS = frozenset("aeiouy")


def base_forms(word: str, plural_s: bool = True) -> Iterator[str]:
    """Forms ``word`` may be a regular plural or diminutive of, most likely first.

    'vandaaltjes' -> vandaal; 'buurtappje' -> buurtapp; 'screeningen' -> screening;
    'boompjes' -> boom; 'balletje' -> bal. ``plural_s=False`` leaves out the bare -s, which
    also undoes verb forms ('toekomts' is no plural of 'toekomt').
    """
    lower = word.lower()
    stem = lower[:-1] if lower.endswith("s") else lower
    if stem.endswith("je"):  # a diminutive, singular or plural
        yield from _diminutive_bases(stem[:-2])
    if lower.endswith("ingen") and len(lower) > 7:
        yield lower[:-2]  # screeningen, meetingen: -ing takes -en
    if lower.endswith("'s") and len(lower) > 4:
        yield lower[:-2]  # foto's, app's
    if plural_s and lower.endswith("s") and len(lower) > 4 and lower[-2] not in "s'":
        yield lower[:-1]  # foodtrucks, powerbanks: loan words take -s


def _diminutive_bases(stem: str) -> Iterator[str]:
    if len(stem) < MIN_PART:
        return
    if stem.endswith("et") and len(stem) > 4 and stem[-3] == stem[-4]:
        yield stem[:-3]  # balletje -> bal, kammetje -> kam
    if stem.endswith("t"):
        yield stem[:-1]  # vandaaltje -> vandaal, cadeautje -> cadeau
    if stem.endswith("p") and stem[-2:-1] == "m":
        yield stem[:-1]  # boompje -> boom
    yield stem  # appje -> app, boekje -> boek


def compound_parts(word: str, known: Callable[[str], bool]) -> tuple[str, str, str] | None:
    """(head, link, tail) when ``word`` is two known words joined, with an optional linking
    sound; the tail may be a plural or diminutive ('buurtappje'). Longest tail first: a
    compound's meaning sits in its last part, and long parts make fewer accidental splits."""
    lower = word.lower()
    for cut in range(MIN_PART, len(lower) - MIN_PART + 1):
        tail = lower[cut:]
        if not (known(tail) or any(known(b) for b in base_forms(tail))):
            continue
        head = lower[:cut]
        if known(head):
            return head, "", tail
        for link in LINKS:
            bare = head[: -len(link)]
            if head.endswith(link) and len(bare) >= MIN_PART and known(bare):
                return bare, link, tail
    return None


def link_variants(word: str, known: Callable[[str], bool]) -> Iterator[str]:
    """The same compound with another linking sound: 'boekekast' -> boekenkast, 'verjaardag-
    kalender' -> verjaardagskalender, 'kinderenopvang' -> kinderopvang. The tail is known; the
    caller checks that a variant is a word."""
    lower = word.lower()
    for cut in range(MIN_PART, len(lower) - MIN_PART + 1):
        head, tail = lower[:cut], lower[cut:]
        if not known(tail):
            continue
        bares = [head, *(head[: -len(k)] for k in LINKS if head.endswith(k))]
        for bare in bares:
            if len(bare) < MIN_PART:
                continue
            for link in ("", *LINKS):
                if bare + link != head:
                    yield bare + link + tail


def hyphen_is_needed(head: str, tail: str) -> bool:
    """A hyphen keeps apart vowels that would read as one sound: zee-egel, auto-ongeluk."""
    return bool(head) and bool(tail) and head[-1] in _VOWELS and tail[0] in _VOWELS
