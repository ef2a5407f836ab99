"""The spelling checker: judges each candidate word by dictionary, frequency and position.

See the package docstring for what counts as a spelfout.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.compounds import split_compound
from schrijfhulp.core.dutch.frequency import has_wordfreq, wordfreq_zipf
from schrijfhulp.core.dutch.segmentation import Document
from schrijfhulp.core.findings import Finding, Kind, Severity
from schrijfhulp.core.settings import default_personal_dictionary
from schrijfhulp.core.spelling.candidates import (
    _AT_MID,
    _AT_START,
    _IN_TAG,
    _WHOLE_TAG,
    Candidate,
    Position,
    candidates,
)
from schrijfhulp.core.spelling.compound_checks import (
    is_compound_of_known_words,
    other_compound,
)
from schrijfhulp.core.spelling.dictionaries import (
    DICTIONARY_DIR,
    MISSING_DICTIONARY_MESSAGE,
    DictionaryLoader,
    read_word_list,
)

log = logging.getLogger(__name__)

RULE_UNKNOWN_WORD = "spelling.onbekend-woord"
RULE_UNKNOWN_NAME = "spelling.onbekende-naam"

MESSAGE_MISSPELLING = "Onbekend woord: is dit een spelfout?"
MESSAGE_RARE_WORD = "Dit woord staat niet in het woordenboek. Klopt de spelling?"
MESSAGE_COMPOUND = "Deze samenstelling staat niet in het woordenboek. Klopt de spelling?"
MESSAGE_NAME = "Onbekende naam of onbekend woord. Klopt de spelling?"
EXPLANATION = (
    "Schrijfhulp kent dit woord niet. Is het goed gespeld? "
    "Kies dan 'Toevoegen aan woordenboek' of 'Negeren'."
)

# Zipf frequencies (wordfreq): 3.0 is once per million words.
NAME_FREQUENCY = 2.5  # a capitalised word this common is a known name or brand
DUTCH_LOANWORD_FREQUENCY = 3.0
ENGLISH_LOANWORD_FREQUENCY = 4.0
ENGLISH_PHRASE_FREQUENCY = 3.5  # English words Dutch posts borrow now and then ('sneak peek')
HASHTAG_ENGLISH_FREQUENCY = 3.0  # #WeAreHiring: English hashtags are normal in Dutch posts
ATTESTED_COMPOUND_FREQUENCY = 1.0  # a new compound Dutch writers use: no remark
PLACE_NAME_ENDINGS = (
    "straat",
    "weg",
    "laan",
    "plein",
    "kade",
    "gracht",
    "dijk",
    "wijk",
    "buurt",
    "park",
    "hof",
    "singel",
    "steeg",
    "dreef",
    "polder",
    "broek",
    "veen",
    "zijl",
    "kerk",
    "hoven",
)
MAX_CACHED_WORDS = 50_000
MAX_ANALYSED_LENGTH = 40  # longer unknown words get no voorstel: the search grows too slow
SUPPLEMENT_FILE = DICTIONARY_DIR / "nl-aanvulling.txt"

_HYPHEN_PART = regex.compile(r"[^\-]+")
# Anchored and possessive, used with match(): a capital after the first letter, found in one
# pass. The unanchored r"\p{L}.*\p{Lu}" rescanned the word from every letter (54 s for a
# word of 100,000 letters).
_INNER_CAPITAL = regex.compile(r"[^\p{L}]*+\p{L}[^\p{Lu}]*+\p{Lu}")
# Longer 'words' (a pasted hash, a key held down) are not looked up: no Dutch word is that long,
# and Hunspell and the compound search grow with the length. They get one plain hint.
MAX_CHECKED_LENGTH = 100
_ACUTE = {"é": "e", "á": "a", "ó": "o", "í": "i", "ú": "u"}
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


@dataclass(frozen=True, slots=True)
class Lookup:
    """What the dictionary and the frequency lists say about one word (cached)."""

    known: bool
    dutch_frequency: float = 0.0
    english_frequency: float = 0.0
    compound: bool = False  # a new compound of dictionary words, not a near miss
    plural: bool = False  # a dictionary word with an -s: 'foodtrucks', 'powerbanks'


class SpellingChecker:
    """The offline spelling checker analyse() runs; ``preload()`` warms it on a worker thread."""

    name = "spelling"

    def __init__(
        self,
        loader: DictionaryLoader | None = None,
        personal_dictionary: Callable[[], Path] | None = None,
    ) -> None:
        self._loader = loader or DictionaryLoader()
        self._personal_path = personal_dictionary or default_personal_dictionary
        self._lookups: dict[str, Lookup] = {}
        self._fine: set[str] = set()  # words that never need a finding, whatever the context
        self._suggestions: dict[tuple[str, bool], tuple[str, ...]] = {}
        self._supplement: frozenset[str] = frozenset()
        self._personal: tuple[Path, float, frozenset[str]] | None = None
        self._accepted: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None
        self._frequency: Callable[[str, str], float] = _no_frequency
        self._warm_lock = threading.Lock()
        self._warm = False

    # --- loading and status --------------------------------------------------------------

    def preload(self) -> bool:
        """Load the dictionary, supplement and frequency lists now; True when spelling works."""
        with self._warm_lock:
            if not self._warm:
                self._supplement = frozenset(w.casefold() for w in _supplement_words())
                self._frequency = _load_frequency()
                self._warm = True
        return self._loader.preload()

    @property
    def available(self) -> bool:
        return self.preload()

    def status(self) -> tuple[str, str]:
        """(state, Dutch message) for the status bar: "ok" or "unavailable"."""
        if self.available:
            return "ok", ""
        return "unavailable", MISSING_DICTIONARY_MESSAGE

    # --- checking --------------------------------------------------------------------------

    def check(self, doc: Document, context: CheckContext) -> list[Finding]:
        if not self.available:
            return []
        accepted = self._accepted_words(context.extra_words)
        findings: list[Finding] = []
        fine = self._fine
        for candidate in candidates(doc, fine):  # 'fine' words are skipped before any work
            if candidate.text in fine or _accepted(candidate.text, accepted):
                continue
            if not (candidate.hashtag and _accepted(candidate.hashtag, accepted)):
                findings.extend(self._judge_word(candidate, accepted))
        return findings

    def knows(self, word: str) -> bool:
        """True when the dictionary knows ``word`` (also when no dictionary could be loaded:
        then nobody can tell, and callers should not complain about the word)."""
        return not self.available or self._lookup(word).known

    def suggestions(self, word: str, thorough: bool = True) -> tuple[str, ...]:
        """At most five replacements from the dictionary, best first.

        ``thorough=False`` skips Hunspell's slow search (up to 0.8 s for a long word) when the
        quick one finds nothing: enough for a hint about a word that is probably right.
        """
        key = (word, thorough)
        found = self._suggestions.get(key)
        if found is None:
            usable = self.available and len(word) <= MAX_ANALYSED_LENGTH
            found = self._loader.suggest(word, thorough) if usable else ()
            if len(self._suggestions) >= MAX_CACHED_WORDS:
                self._suggestions.clear()
            self._suggestions[key] = found
        return found

    def _judge_word(self, candidate: Candidate, accepted: frozenset[str]) -> list[Finding]:
        if len(candidate.text) > MAX_CHECKED_LENGTH and not _skipped(candidate.text):
            return [self._finding(candidate, Severity.HINT, RULE_UNKNOWN_WORD, MESSAGE_RARE_WORD)]
        lookup = None if _skipped(candidate.text) else self._lookup(candidate.text)
        if lookup is None or lookup.known:
            self._fine.add(candidate.text)  # fine anywhere: next time one set lookup
            return []
        if "-" in candidate.text:
            return self._judge_hyphenated(candidate, accepted)
        if candidate.glued and self._lookup(candidate.text[1:]).known:
            return []
        if candidate.position is _WHOLE_TAG and _words_run_together(candidate.text):
            return []  # '#duurzaambouwen': the hashtag rule advises #DuurzaamBouwen instead
        verdict = judge(candidate, lookup)
        if verdict is None:
            return []
        severity, rule_id, message = verdict
        if severity is Severity.ERROR and self._probably_a_name(candidate):
            severity, rule_id, message = Severity.HINT, RULE_UNKNOWN_NAME, MESSAGE_NAME
        return [self._finding(candidate, severity, rule_id, message)]

    def _finding(
        self, candidate: Candidate, severity: Severity, rule_id: str, message: str
    ) -> Finding:
        return Finding(
            candidate.start,
            candidate.end,
            Kind.SPELLING,
            severity,
            rule_id,
            message,
            self.suggestions(candidate.text, thorough=severity is Severity.ERROR),
            EXPLANATION,
        )

    def _probably_a_name(self, candidate: Candidate) -> bool:
        """'Özlem begint maandag', 'Ljouwert is gastheer': a capitalised first word with no
        Dutch word near it (or only itself without accents, Ayşe -> Ayse) is a name."""
        text = candidate.text
        if candidate.position is not _AT_START or not text[:1].isupper():
            return False
        plain = _without_accents(text)
        return all(_without_accents(s) == plain for s in self.suggestions(text, thorough=False))

    def _judge_hyphenated(self, candidate: Candidate, accepted: frozenset[str]) -> list[Finding]:
        """A hyphenated word the dictionary does not know: each part is judged."""
        findings: list[Finding] = []
        # Flesch-Douma, Jan-Willem: capitals on every part make a name, also at the start.
        names = all(p[:1].isupper() for p in candidate.text.split("-") if p)
        for i, match in enumerate(_HYPHEN_PART.finditer(candidate.text)):
            position = candidate.position
            if (i > 0 or names) and position is _AT_START:
                position = _AT_MID
            part = Candidate(
                candidate.start + match.start(),
                candidate.start + match.end(),
                match.group(),
                position,
            )
            if not _accepted(part.text, accepted):
                findings.extend(self._judge_word(part, accepted))
        return findings

    def _lookup(self, word: str) -> Lookup:
        found = self._lookups.get(word)
        if found is None:
            found = self._fresh_lookup(word)
            if len(self._lookups) >= MAX_CACHED_WORDS:
                self._lookups.clear()  # rare: a very long session; relearning is cheap
                self._fine.clear()
            self._lookups[word] = found
        return found

    def _fresh_lookup(self, word: str) -> Lookup:
        spell = self._loader.spell
        straight = word.translate(_APOSTROPHES)
        if spell(word) or (straight != word and spell(straight)):
            return Lookup(known=True)
        if word[:1].isupper() and word[1:].islower() and spell(_lower_first(word)):
            return Lookup(known=True)  # 'Eén' at the start of a sentence: Hunspell wants 'Één'

        return Lookup(
            known=False,
            dutch_frequency=self._frequency(word, "nl"),
            english_frequency=self._frequency(word, "en"),
            compound=self._is_new_compound(word),
            plural=_s_plural_of_known_word(word, spell),
        )

    def _is_new_compound(self, word: str) -> bool:
        """Two dictionary words joined, and not one typo away from a word we know: a typo
        like 'vergaderring' also splits into words (vergader + ring). An inflected form the
        dictionary knows (schrijftips for schrijftip) is no reason to doubt the word."""
        if len(word) > MAX_ANALYSED_LENGTH:
            return True  # too long to search in time; most such words are compounds
        if not is_compound_of_known_words(word.lower(), self._loader.spell):
            return False
        near = self.suggestions(word, thorough=False)
        lower = word.lower()
        return all(
            s.lower().startswith(lower)
            or (
                self._frequency(s, "nl") < NAME_FREQUENCY  # 'wethouder' for 'wetouder' is real
                and other_compound(lower, s.lower(), self._loader.spell)
            )
            for s in near
        )

    # --- accepted words ----------------------------------------------------------------------

    def _accepted_words(self, extra_words: frozenset[str]) -> frozenset[str]:
        personal = self._personal_words()
        cached = self._accepted
        if cached and cached[0] == extra_words and cached[1] is personal:
            return cached[2]
        words = frozenset(_fold_words([*extra_words, *personal])) | self._supplement
        self._accepted = (extra_words, personal, words)
        return words

    def _personal_words(self) -> frozenset[str]:
        """The personal dictionary, re-read only when the file changed."""
        path = self._personal_path()
        try:
            mtime = path.stat().st_mtime_ns
        except OSError:
            mtime = -1
        cached = self._personal
        if cached and cached[0] == path and cached[1] == mtime:
            return cached[2]
        words = read_word_list(path) if mtime >= 0 else frozenset()
        self._personal = (path, mtime, words)
        return words


def judge(candidate: Candidate, lookup: Lookup) -> tuple[Severity, str, str] | None:
    """Severity, rule id and message for a word, or None when it should not be flagged."""
    if lookup.known:
        return None
    text, position = candidate.text, candidate.position
    dutch, english = lookup.dutch_frequency, lookup.english_frequency
    if dutch >= DUTCH_LOANWORD_FREQUENCY and english >= ENGLISH_LOANWORD_FREQUENCY:
        return None  # 'posts', 'comments', 'developer': common in Dutch and English text alike
    if (lookup.compound or lookup.plural) and dutch >= ATTESTED_COMPOUND_FREQUENCY:
        return None  # 'warmtetransitie', 'foodtrucks': Dutch writers use it, made of known parts
    if position is _IN_TAG or position is _WHOLE_TAG:
        if dutch >= NAME_FREQUENCY or english >= HASHTAG_ENGLISH_FREQUENCY:
            return None
        if position is _WHOLE_TAG or lookup.compound:
            return Severity.HINT, RULE_UNKNOWN_WORD, MESSAGE_RARE_WORD
        return Severity.ERROR, RULE_UNKNOWN_WORD, MESSAGE_MISSPELLING
    if _looks_like_name(text, position):
        if dutch >= NAME_FREQUENCY or _place_or_event_name(text, lookup):
            return None
        return Severity.HINT, RULE_UNKNOWN_NAME, MESSAGE_NAME
    if text[:1].isupper() and dutch >= NAME_FREQUENCY:
        # First word of a sentence: a name (Jorien) or a common slip (Zowiezo); never red.
        return Severity.HINT, RULE_UNKNOWN_WORD, MESSAGE_RARE_WORD
    if dutch >= DUTCH_LOANWORD_FREQUENCY or english >= ENGLISH_LOANWORD_FREQUENCY:
        return Severity.HINT, RULE_UNKNOWN_WORD, MESSAGE_RARE_WORD
    if dutch >= NAME_FREQUENCY and english >= ENGLISH_PHRASE_FREQUENCY:
        return Severity.HINT, RULE_UNKNOWN_WORD, MESSAGE_RARE_WORD  # 'sneak peek'

    if lookup.compound:
        return Severity.HINT, RULE_UNKNOWN_WORD, MESSAGE_COMPOUND
    if lookup.plural:
        return Severity.HINT, RULE_UNKNOWN_WORD, MESSAGE_RARE_WORD
    return Severity.ERROR, RULE_UNKNOWN_WORD, MESSAGE_MISSPELLING


def _skipped(word: str) -> bool:
    """Words we never check: with digits, in capitals (ICT, KPI's), one letter, a bare ’s/’t."""
    letters = sum(1 for ch in word if ch.isalpha())
    stem = word[:-2] if word[-2:] in ("'s", "’s") else word
    return letters < 2 or any(ch.isdigit() for ch in word) or stem.isupper() or word[:1] in "'’"


def _looks_like_name(word: str, position: Position) -> bool:
    """Inner capitals (iPhone, SharePoint) or a capital mid-sentence; the first word of a
    sentence has a capital anyway, so there it says nothing."""
    if _INNER_CAPITAL.match(word):
        return True
    return word[:1].isupper() and position is _AT_MID


def _s_plural_of_known_word(word: str, spell: Callable[[str], bool]) -> bool:
    """Loan words take an -s in the plural, and the dictionary misses some of them."""
    return len(word) > 4 and word.endswith("s") and word[-2] != "s" and spell(word[:-1])


def _without_accents(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def _lower_first(word: str) -> str:
    """'Eén' -> 'één', 'Fiets' -> 'fiets': a capital drops the accent of 'één' and 'éénmaal'."""
    if word[1:2] in _ACUTE and word[0].lower() == _ACUTE[word[1:2]]:
        return word[1] + word[1:]
    return word.lower()


def _words_run_together(word: str) -> bool:
    return len(split_compound(word.lower())) > 1


def _place_or_event_name(word: str, lookup: Lookup) -> bool:
    """'de Vogelwijk', 'de Stolteweg', 'de Nationale Opschoondag': a name made of words, or a
    street or neighbourhood; a typo there cannot be told from a name we do not know."""
    if _INNER_CAPITAL.match(word):
        return False  # iPhone-style brand names keep the usual frequency test
    return lookup.compound or word.lower().endswith(PLACE_NAME_ENDINGS)


def _accepted(word: str, accepted: frozenset[str]) -> bool:
    return word.casefold() in accepted or word.translate(_APOSTROPHES).casefold() in accepted


def _fold_words(words: Iterable[str]) -> Iterator[str]:
    """Case-folded single words; an organisation word like 'Team Noord' accepts both parts."""
    for entry in words:
        for word in entry.split():
            yield word.casefold()
            yield word.translate(_APOSTROPHES).casefold()


def _supplement_words() -> frozenset[str]:
    words = read_word_list(SUPPLEMENT_FILE)
    return frozenset(w for w in words if not w.startswith("#"))


def _no_frequency(word: str, language: str) -> float:
    return 0.0


def _load_frequency() -> Callable[[str, str], float]:
    """wordfreq's Zipf frequency, warmed for both languages; without it every word is rare."""
    if not has_wordfreq():
        log.info("wordfreq not installed: unknown names and loan words count as rare")
        return _no_frequency

    def frequency(word: str, language: str) -> float:
        # Dutch: the full list, which the quick voorstellen share. English: the small list
        # (words above Zipf 3, 4 MB instead of 30 MB) is enough for our thresholds.
        return wordfreq_zipf(word, language, wordlist="best" if language == "nl" else "small")

    for language in ("nl", "en"):
        frequency("de", language)
    return frequency
