"""The spelling checker: judges each candidate word by dictionary, frequency and position.

See the package docstring for what counts as a spelfout.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import regex

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.frequency import familiarity, has_wordfreq, wordfreq_zipf, zipf
from schrijfhulp.core.dutch.lexicon import lexicon
from schrijfhulp.core.dutch.segmentation import Document
from schrijfhulp.core.dutch.wordforms import (
    base_forms,
    compound_parts,
)
from schrijfhulp.core.findings import Finding, Kind, Severity
from schrijfhulp.core.settings import default_personal_dictionary
from schrijfhulp.core.spelling.candidates import (
    _AT_MID,
    _AT_START,
    _WHOLE_TAG,
    Candidate,
    candidates,
)
from schrijfhulp.core.spelling.dictionaries import (
    DICTIONARY_DIR,
    MISSING_DICTIONARY_MESSAGE,
    DictionaryLoader,
    read_word_list,
)
from schrijfhulp.core.spelling.judging import (
    EXPLANATION,
    KNOWN_PART_FREQUENCY,
    MESSAGE_ENGLISH,
    MESSAGE_MISSPELLING,
    MESSAGE_NAME,
    MESSAGE_RARE_WORD,
    RULE_JOIN_COMPOUND,
    RULE_UNKNOWN_NAME,
    RULE_UNKNOWN_WORD,
    Lookup,
    apostrophe_plural_message,
    has_inner_capital,
    join_compound_message,
    judge,
    s_plural_of_known_word,
    skipped,
    without_accents,
    words_run_together,
)
from schrijfhulp.core.spelling.ranking import dutch_distance
from schrijfhulp.core.spelling.usual_forms import apostrophe_plural, usual_form

__all__ = ["RULE_JOIN_COMPOUND", "RULE_UNKNOWN_NAME", "RULE_UNKNOWN_WORD", "SpellingChecker"]

log = logging.getLogger(__name__)

MAX_CACHED_WORDS = 50_000
MAX_CHECKED_LENGTH = 100  # longer 'words' are not looked up (see _judge_word)
MAX_ANALYSED_LENGTH = 40  # longer unknown words get no voorstel: the search grows too slow
SUPPLEMENT_FILE = DICTIONARY_DIR / "nl-aanvulling.txt"
ABBREVIATIONS_FILE = DICTIONARY_DIR / "nl-afkortingen.txt"
# A voorstel this close (Dutch edit distance) and this common makes an unknown word suspect.
NEAR_DISTANCE = 1.0
ORDINARY_WORD_FREQUENCY = 3.5  # 'Stedin' is near 'steden': a name, but worth a hint
ENGLISH_HINT_FREQUENCY = 1.5  # "parboiled", "distancing": English, used in Dutch, no typo
ENGLISH_MARGIN = 0.5  # a part about as common in English as in Dutch text is English

_HYPHEN_PART = regex.compile(r"[^\-]+")
_ACUTE = {"é": "e", "á": "a", "ó": "o", "í": "i", "ú": "u"}
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


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
        self._abbreviations: frozenset[str] = frozenset()
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
                self._supplement = frozenset(w.casefold() for w in _word_list(SUPPLEMENT_FILE))
                self._abbreviations = _word_list(ABBREVIATIONS_FILE)
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
        found = list(candidates(doc, fine))  # 'fine' words are skipped before any work
        # A capitalised word the text also uses mid-sentence is a name at the start too.
        names = {c.text for c in found if c.position is _AT_MID and c.text[:1].isupper()}
        for candidate in found:
            if candidate.text in fine or _accepted(candidate.text, accepted):
                continue
            if candidate.position is _AT_START and candidate.text in names:
                candidate = replace(candidate, position=_AT_MID)
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
        if len(candidate.text) > MAX_CHECKED_LENGTH and not skipped(candidate.text):
            # A pasted hash or a key held down: no Dutch word is that long, and Hunspell and the
            # compound search grow with the length. One plain hint, no lookup, no voorstel.
            return [
                Finding(
                    candidate.start,
                    candidate.end,
                    Kind.SPELLING,
                    Severity.HINT,
                    RULE_UNKNOWN_WORD,
                    MESSAGE_RARE_WORD,
                    (),
                    EXPLANATION,
                )
            ]
        lookup = None if skipped(candidate.text) else self._lookup(candidate.text)
        if lookup is not None and lookup.better:
            return [self._better_form(candidate, lookup.better)]
        if lookup is None or lookup.known:
            self._fine.add(candidate.text)  # fine anywhere: next time one set lookup
            return []
        if "-" in candidate.text:
            return self._judge_hyphenated(candidate, accepted)
        if candidate.glued and self._lookup(candidate.text[1:]).known:
            return []
        if candidate.position is _WHOLE_TAG and words_run_together(candidate.text):
            return []  # '#duurzaambouwen': the hashtag rule advises #DuurzaamBouwen instead
        verdict = judge(candidate, lookup)
        if verdict is None:
            return []
        severity, rule_id, message = verdict
        text = candidate.text
        if rule_id == RULE_UNKNOWN_NAME and not has_inner_capital(text):
            if not self._near_ordinary_word(text):
                return []  # 'Pascua': a name; 'Stedin' near 'steden' keeps its hint
        elif severity is Severity.ERROR and self._probably_a_name(candidate):
            severity, rule_id, message = Severity.HINT, RULE_UNKNOWN_NAME, MESSAGE_NAME
        elif (
            severity is Severity.ERROR
            and lookup.english_frequency >= ENGLISH_HINT_FREQUENCY
            and not self._near_ordinary_word(text)  # 'manger' is still 'manager'
        ):
            severity, message = Severity.HINT, MESSAGE_ENGLISH
        return [
            Finding(
                candidate.start,
                candidate.end,
                Kind.SPELLING,
                severity,
                rule_id,
                message,
                self.suggestions(candidate.text, thorough=severity is Severity.ERROR),
                EXPLANATION,
            )
        ]

    def _near_ordinary_word(self, word: str) -> bool:
        """A common word close by: then the unknown word may well be a slip of that word."""
        for suggestion in self.suggestions(word, thorough=False)[:3]:
            if (
                zipf(suggestion) >= ORDINARY_WORD_FREQUENCY
                and dutch_distance(word, suggestion) <= NEAR_DISTANCE
            ):
                return True
        return False

    def _probably_a_name(self, candidate: Candidate) -> bool:
        """'Özlem begint maandag', 'Ljouwert is gastheer': a capitalised first word with no
        common Dutch word close by is a name ('Vandaaag' is close to 'vandaag')."""
        text = candidate.text
        if candidate.position is not _AT_START or not text[:1].isupper():
            return False
        return not self._near_ordinary_word(text)

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

    def _better_form(self, candidate: Candidate, better: str) -> Finding:
        """A word Hunspell may accept, written otherwise by almost every Dutch writer."""
        joined = "-" in candidate.text and "-" not in better
        rule_id = RULE_JOIN_COMPOUND if joined else RULE_UNKNOWN_WORD
        message = join_compound_message(better) if joined else MESSAGE_MISSPELLING
        if better.endswith("'s") and "'" not in candidate.text:
            message = apostrophe_plural_message(better)
        # 'data-team', 'phishing-mail': with an English part many writers keep the hyphen.
        english = joined and any(
            self._frequency(p, "en") >= zipf(p) - ENGLISH_MARGIN
            for p in candidate.text.lower().split("-")
        )
        severity = Severity.HINT if english else Severity.ERROR
        return Finding(
            candidate.start, candidate.end, Kind.SPELLING, severity, rule_id, message,
            (better,), EXPLANATION,
        )  # fmt: skip

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
        better = usual_form(word, spell, self._frequency)
        if better:
            return Lookup(known=False, better=better)
        straight = word.translate(_APOSTROPHES)
        if spell(word) or (straight != word and spell(straight)):
            return Lookup(known=True)
        if word[:1].isupper() and word[1:].islower() and spell(_lower_first(word)):
            return Lookup(known=True)  # 'Eén' at the start of a sentence: Hunspell wants 'Één'
        plural = apostrophe_plural(word, spell)
        if plural:
            return Lookup(known=False, better=plural)

        lower = word.lower()
        if (
            lower in self._abbreviations
            or any(spell(base) for base in base_forms(lower, plural_s=False))
            or (s_plural_of_known_word(lower, spell) and lexicon().has_pos(lower[:-1], "noun"))
        ):
            return Lookup(known=True)  # 'mln'; 'vandaaltjes', 'screeningen', 'meetings'
        compound, familiar = self._new_compound(word)
        plain = without_accents(word)
        return Lookup(
            known=False,
            dutch_frequency=self._frequency(word, "nl"),
            english_frequency=self._frequency(word, "en"),
            compound=compound,
            plural=s_plural_of_known_word(word, spell),
            familiar=familiar,
            variant=word[:1].islower() and plain != word and spell(plain),  # purée
        )

    def _new_compound(self, word: str) -> tuple[bool, bool]:
        """(a compound of dictionary words, made of common words): 'buurtapp' is both.

        A typo like 'wetouder' also splits into words (wet + ouder), so a compound with a
        voorstel close by that is about as common as its parts is taken for a typo; a voorstel
        rarer than the word itself ('buurtape') is no reason to doubt it.
        """
        if len(word) > MAX_ANALYSED_LENGTH:
            return True, False  # too long to search in time; most such words are compounds
        if compound_parts(word, self._part_known) is None:
            return False, False
        plausible = max(familiarity(b) for b in (word, *base_forms(word)))  # buurtappje
        for suggestion in self.suggestions(word, thorough=False)[:3]:
            close = dutch_distance(word, suggestion) <= NEAR_DISTANCE
            if close and zipf(suggestion) >= max(2.0, plausible - 1.0):
                return False, False
        return True, plausible >= KNOWN_PART_FREQUENCY

    def _part_known(self, part: str) -> bool:
        return self._loader.spell(part) or part in self._abbreviations

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


def _lower_first(word: str) -> str:
    """'Eén' -> 'één', 'Fiets' -> 'fiets': a capital drops the accent of 'één' and 'éénmaal'."""
    if word[1:2] in _ACUTE and word[0].lower() == _ACUTE[word[1:2]]:
        return word[1] + word[1:]
    return word.lower()


def _accepted(word: str, accepted: frozenset[str]) -> bool:
    return word.casefold() in accepted or word.translate(_APOSTROPHES).casefold() in accepted


def _fold_words(words: Iterable[str]) -> Iterator[str]:
    """Case-folded single words; an organisation word like 'Team Noord' accepts both parts."""
    for entry in words:
        for word in entry.split():
            yield word.casefold()
            yield word.translate(_APOSTROPHES).casefold()


def _word_list(path: Path) -> frozenset[str]:
    words = read_word_list(path)
    return frozenset(w for w in words if not w.startswith("#"))


def _no_frequency(word: str, language: str) -> float:
    return 0.0


def _load_frequency() -> Callable[[str, str], float]:
    """wordfreq's Zipf frequency, warmed for both languages; without it every word is rare."""
    if not has_wordfreq():
        log.info("wordfreq not installed: unknown names and loan words count as rare")
        return _no_frequency

    def frequency(word: str, language: str) -> float:
        # The full lists of both languages: English words Dutch posts borrow ('parboiled',
        # 'distancing') are often rarer than the small list's Zipf 3.
        return wordfreq_zipf(word, language)

    for language in ("nl", "en"):
        frequency("de", language)
    return frequency
