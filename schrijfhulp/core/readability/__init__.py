"""Readability of Dutch text: Flesch-Douma, Brouwer, a LiNT-like level and the hardest sentences.

All counts are our own (``dutch.segmentation`` for sentences and words, ``dutch.syllables`` for
syllables), not textstat's: textstat drops sentences of two words or fewer but keeps their
words, splits inside '1.500' and after 'dhr.', ignores line breaks and bullets, and counts
syllables from hyphenation points, which misses one-letter syllables (o-ver, i-dee, ra-di-o).

Formulas, shown clamped to 0-100 (higher is easier):
- Flesch-Douma = 206.835 - 0.93 * ASL - 77 * ASW (ASL: words per sentence, ASW: syllables per
  word). W.H. Douma (1960), *De leesbaarheid van landbouwbladen*, Bulletin 17, Afdeling
  Sociologie en Sociografie, Landbouwhogeschool Wageningen; an adaptation of R. Flesch (1948),
  'A new readability yardstick', Journal of Applied Psychology 32(3).
- Brouwer leesindex = 195 - 2 * ASL - 67 * ASW. R.H.M. Brouwer (1963), 'Onderzoek naar de
  leesmoeilijkheden van Nederlands proza', Pedagogische Studiën 40.

The band names are Douma's own norm table, as reprinted in the Dutch literature (for example a
1977 article on DBNL: https://www.dbnl.org/tekst/_taa014197701_01/_taa014197701_01_0089.php):
0-30 zeer moeilijk, 30-45 moeilijk, 45-60 tamelijk moeilijk, 60-70 normaal, 70-80 tamelijk
gemakkelijk, 80-90 gemakkelijk, 90-100 zeer gemakkelijk. Douma starts 'moeilijk' at 45, not at
Flesch's 50. Brouwer's index is shown with the same band names, so both scores read alike.

The level (1-4) is LiNT-like, see ``core/reading_level.py``: it follows the validated Dutch
instrument LiNT with features we can compute offline, and says "waarschijnlijk", never a CEFR
level as a fact.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from functools import partial
from operator import itemgetter

from schrijfhulp.core.dutch.segmentation import Document, Sentence, Token, TokenKind
from schrijfhulp.core.dutch.syllables import count_syllables
from schrijfhulp.core.findings import Finding, Kind, Severity
from schrijfhulp.core.readability import level as reading_level
from schrijfhulp.core.readability import words as word_stats
from schrijfhulp.core.readability.level import LEVEL_TEXTS

__all__ = [
    "LEVEL_TEXTS",
    "Readability",
    "SentenceDifficulty",
    "HARD_SENTENCE_DIFFICULTY",
    "VERY_HARD_SENTENCE_DIFFICULTY",
    "assess",
    "count_syllables",
    "douma_band",
    "is_hard_sentence",
    "preload",
    "readability_findings",
]

_WORD = TokenKind.WORD
LONG_SENTENCE = 20  # words; above this a sentence gets a hint
VERY_LONG_SENTENCE = 25  # above this a warning
# The "moeilijkste zinnen" (shaded in the editor, counted in the panel): a difficulty from
# HARD_SENTENCE_DIFFICULTY, or more than VERY_LONG_SENTENCE words. A 34-word officialese
# sentence scores only about 0.36, yet it is the kind a reader stumbles over first.
HARD_SENTENCE_DIFFICULTY = 0.35
VERY_HARD_SENTENCE_DIFFICULTY = 0.5  # shaded darker

# Douma's norm table: (lower bound, name), highest first.
_DOUMA_BANDS = (
    (90.0, "zeer gemakkelijk"),
    (80.0, "gemakkelijk"),
    (70.0, "tamelijk gemakkelijk"),
    (60.0, "normaal"),
    (45.0, "tamelijk moeilijk"),
    (30.0, "moeilijk"),
    (0.0, "zeer moeilijk"),
)


@dataclass(frozen=True, slots=True)
class SentenceDifficulty:
    start: int
    end: int
    words: int
    difficulty: float  # 0 (easy) .. 1 (very hard); see is_hard_sentence
    reasons: tuple[str, ...] = ()
    syllables: int = 0
    clauses: int = 1
    # Spans (start, end) in the text, for the GUI and for the findings.
    rare_words: tuple[tuple[int, int], ...] = ()  # Zipf < 3, not names
    long_compounds: tuple[tuple[int, int], ...] = ()

    @property
    def is_hard(self) -> bool:
        """One of the moeilijkste zinnen: hard to read, or very long."""
        return is_hard_sentence(self.difficulty, self.words)

    @property
    def is_very_hard(self) -> bool:
        return self.is_hard and self.difficulty >= VERY_HARD_SENTENCE_DIFFICULTY


def is_hard_sentence(difficulty: float, words: int) -> bool:
    return difficulty >= HARD_SENTENCE_DIFFICULTY or words > VERY_LONG_SENTENCE


@dataclass(frozen=True, slots=True)
class Readability:
    sentences: int
    words: int
    syllables: int
    avg_sentence_length: float
    avg_syllables_per_word: float
    flesch_douma: float  # clamped to 0..100
    douma_band: str
    brouwer: float  # clamped to 0..100
    brouwer_band: str
    level: int  # 1..4, 0 for a text without words
    level_text: str  # LEVEL_TEXTS[level]: "waarschijnlijk goed te begrijpen ... (rond B1)"
    explanation: str
    sentence_difficulties: tuple[SentenceDifficulty, ...] = ()
    flesch_douma_raw: float = 0.0  # unclamped, for comparison with other tools
    brouwer_raw: float = 0.0
    words_per_clause: float = 0.0
    content_word_zipf: float = 0.0  # mean Zipf frequency of content words (names left out)
    rare_word_share: float = 0.0  # of content words
    abstract_noun_share: float = 0.0  # of content words
    long_sentences: int = 0
    level_summary: str = ""  # "Niveau 2 — waarschijnlijk goed te begrijpen ... (rond B1)"


@dataclass(slots=True)  # private and short-lived: not frozen, which makes it cheaper to build
class _SentenceStats:
    sentence: Sentence
    words: tuple[Token, ...]
    syllables: int
    clauses: int
    content_zipfs: tuple[float, ...]
    rare: tuple[Token, ...]
    abstract: int
    long_compounds: tuple[Token, ...]


_new_object = object.__new__
_AT_LEAST_TWO = partial(max, 2.0)  # z if z > 2.0 else 2.0, in C
_span_of = itemgetter(0, 1)  # (Token.start, Token.end)
# The fields _difficulty sets, one by one; a new field must be set there too.
_DIFFICULTY_FIELDS = (
    "start",
    "end",
    "words",
    "difficulty",
    "reasons",
    "syllables",
    "clauses",
    "rare_words",
    "long_compounds",
)
if tuple(f.name for f in fields(SentenceDifficulty)) != _DIFFICULTY_FIELDS:
    raise RuntimeError("_DIFFICULTY_FIELDS does not match SentenceDifficulty")
(
    _set_start,
    _set_end,
    _set_words,
    _set_difficulty,
    _set_reasons,
    _set_syllables,
    _set_clauses,
    _set_rare_words,
    _set_long_compounds,
) = (getattr(SentenceDifficulty, name).__set__ for name in _DIFFICULTY_FIELDS)


def flesch_douma(asl: float, asw: float) -> float:
    return 206.835 - 0.93 * asl - 77 * asw


def brouwer(asl: float, asw: float) -> float:
    return 195 - 2 * asl - 67 * asw


def douma_band(score: float) -> str:
    return next(name for bound, name in _DOUMA_BANDS if score >= bound)


def assess(doc: Document) -> Readability:
    """Scores, level and per-sentence difficulty of a segmented text."""
    stats = [s for s in _all_sentence_stats(doc) if s.words]
    words = sum(len(s.words) for s in stats)
    if not words:
        return Readability(0, 0, 0, 0.0, 0.0, 0.0, "", 0.0, "", 0, "", "Nog geen tekst.")
    syllables = sum(s.syllables for s in stats)
    asl, asw = words / len(stats), syllables / words
    douma, brouwer_index = flesch_douma(asl, asw), brouwer(asl, asw)
    zipfs = [z for s in stats for z in s.content_zipfs]
    content = len(zipfs)
    features = reading_level.Features(
        zipf=sum(zipfs) / content if content else 7.0,
        words_per_clause=words / sum(s.clauses for s in stats),
        sentence_length=asl,
        abstract_share=sum(s.abstract for s in stats) / content if content else 0.0,
    )
    level = features.level()
    return Readability(
        sentences=len(stats),
        words=words,
        syllables=syllables,
        avg_sentence_length=asl,
        avg_syllables_per_word=asw,
        flesch_douma=_clamp(douma, 0.0, 100.0),
        douma_band=douma_band(_clamp(douma, 0.0, 100.0)),
        brouwer=_clamp(brouwer_index, 0.0, 100.0),
        brouwer_band=douma_band(_clamp(brouwer_index, 0.0, 100.0)),
        level=level,
        level_text=LEVEL_TEXTS[level],
        explanation=features.explanation(),
        sentence_difficulties=tuple(_difficulty(s) for s in stats),
        flesch_douma_raw=douma,
        brouwer_raw=brouwer_index,
        words_per_clause=features.words_per_clause,
        content_word_zipf=features.zipf,
        rare_word_share=sum(len(s.rare) for s in stats) / content if content else 0.0,
        abstract_noun_share=features.abstract_share,
        long_sentences=sum(1 for s in stats if len(s.words) > LONG_SENTENCE),
        level_summary=f"Niveau {level} — {LEVEL_TEXTS[level]}",
    )


def preload() -> None:
    """Load the word-frequency list now (about 0.2 s, more on a busy machine) instead of on the
    first text with words. Meant for a worker thread at start-up."""
    word_stats.zipf("de")


def readability_findings(doc: Document, readability: Readability) -> list[Finding]:
    """Long sentences, rare words and very long compounds as findings (Kind.READABILITY).

    ``readability`` must be ``assess(doc)``: the findings come from its per-sentence spans.
    """
    text = doc.text
    findings: list[Finding] = []
    for sentence in readability.sentence_difficulties:
        if sentence.words > LONG_SENTENCE:
            findings.append(_long_sentence_finding(sentence))
        # Most sentences have neither: no generator is made for them.
        if sentence.long_compounds:
            findings.extend(_long_compound_finding(text, *s) for s in sentence.long_compounds)
        if sentence.rare_words:
            findings.extend(_rare_word_finding(text, *span) for span in sentence.rare_words)
    return findings


# -- per sentence ---------------------------------------------------------------------------


def _all_sentence_stats(doc: Document) -> Iterator[_SentenceStats]:
    """Stats of every sentence, each with the lower-case texts of its tokens."""
    return map(_sentence_stats, doc.sentences, doc.lowered_by_sentence)


def _sentence_stats(sentence: Sentence, lowered: Sequence[str]) -> _SentenceStats:
    words = sentence.words
    zipfs: list[float] = []
    rare: list[Token] = []
    long_compounds: list[Token] = []
    abstract = syllables = 0
    profile_of = word_stats.profile  # cached per spelling; a local name saves a lookup per word
    is_name = word_stats.profile_is_name
    for i, word in enumerate(words):
        profile = profile_of(word.text)
        syllables += profile.syllables
        if word.kind is not _WORD or not profile.content:
            continue
        if is_name(profile, i == 0):
            continue
        zipfs.append(profile.zipf)
        abstract += profile.abstract
        if profile.long_compound:
            long_compounds.append(word)
        elif profile.rare_candidate:
            rare.append(word)
    return _SentenceStats(
        sentence=sentence,
        words=words,
        syllables=syllables,
        clauses=word_stats.clause_count(sentence.tokens, lowered),
        content_zipfs=tuple(zipfs),
        rare=tuple(rare),
        abstract=abstract,
        long_compounds=tuple(long_compounds),
    )


def _difficulty(stats: _SentenceStats) -> SentenceDifficulty:
    n = len(stats.words)
    content = len(stats.content_zipfs)
    # Words wordfreq does not know (long compounds) count as Zipf 2, not 0, or they overweigh.
    zipf = sum(map(_AT_LEAST_TWO, stats.content_zipfs)) / content if content else 7.0
    abstract_share = stats.abstract / content if content else 0.0
    difficulty = reading_level.sentence_difficulty(zipf, n / stats.clauses, n, abstract_share)
    # SentenceDifficulty(start=..., end=..., ...) without the frozen __init__ (nine
    # object.__setattr__ calls per sentence, every keystroke): each slot set directly.
    result = _new_object(SentenceDifficulty)
    sentence = stats.sentence
    _set_start(result, sentence.start)
    _set_end(result, sentence.end)
    _set_words(result, n)
    _set_difficulty(result, round(difficulty, 3))
    _set_reasons(result, _reasons(stats, abstract_share))
    _set_syllables(result, stats.syllables)
    _set_clauses(result, stats.clauses)
    _set_rare_words(result, tuple(map(_span_of, stats.rare)))
    _set_long_compounds(result, tuple(map(_span_of, stats.long_compounds)))
    return result


def _reasons(stats: _SentenceStats, abstract_share: float) -> tuple[str, ...]:
    reasons: list[str] = []
    n = len(stats.words)
    if n > LONG_SENTENCE:
        reasons.append(f"lange zin ({n} woorden)")
    elif stats.clauses == 1 and n > 16:
        reasons.append(f"lang zinsdeel ({n} woorden zonder bijzin)")
    if stats.long_compounds:
        reasons.append("lang samengesteld woord: " + _quoted(stats.long_compounds))
    if stats.rare:
        reasons.append("weinig gebruikte woorden: " + _quoted(stats.rare))
    if stats.abstract >= 2 and abstract_share >= 0.25:
        reasons.append("veel abstracte woorden")
    return tuple(reasons)


def _quoted(tokens: Sequence[Token], limit: int = 3) -> str:
    unique = list(dict.fromkeys(t.text for t in tokens))
    shown = ", ".join(f"'{w}'" for w in unique[:limit])
    return shown + (" …" if len(unique) > limit else "")


# -- findings -------------------------------------------------------------------------------


_LONG_SENTENCE_EXPLANATION = (
    "Zinnen van meer dan 20 woorden zijn voor veel lezers moeilijk. Zet elke "
    "gedachte in een eigen zin. Zo leest je bericht sneller, ook op een telefoon."
)
_RARE_WORD_EXPLANATION = (
    "Woorden die mensen weinig lezen, kosten meer moeite. Gebruik het woord dat je "
    "lezer zelf zou gebruiken, of leg het kort uit."
)
_LONG_COMPOUND_EXPLANATION = (
    "Lange samenstellingen moet je lezer eerst uit elkaar halen. Schrijf bijvoorbeeld "
    "'regels voor het huren van een woning' in plaats van 'huisvestingsverordening'."
)


def _finding(
    start: int,
    end: int,
    rule_id: str,
    message: str,
    explanation: str,
    severity: Severity = Severity.HINT,
) -> Finding:
    return Finding(
        start, end, Kind.READABILITY, severity, rule_id, message, explanation=explanation
    )


def _long_sentence_finding(sentence: SentenceDifficulty) -> Finding:
    words = sentence.words
    return _finding(
        sentence.start,
        sentence.end,
        "leesbaarheid.lange-zin",
        f"Lange zin: {words} woorden. Maak er twee of meer zinnen van.",
        _LONG_SENTENCE_EXPLANATION,
        Severity.WARNING if words > VERY_LONG_SENTENCE else Severity.HINT,
    )


def _rare_word_finding(text: str, start: int, end: int) -> Finding:
    return _finding(
        start,
        end,
        "leesbaarheid.zeldzaam-woord",
        f"'{text[start:end]}' is een weinig gebruikt woord. Kies een bekender woord als dat kan.",
        _RARE_WORD_EXPLANATION,
    )


def _long_compound_finding(text: str, start: int, end: int) -> Finding:
    return _finding(
        start,
        end,
        "leesbaarheid.lang-samengesteld-woord",
        f"'{text[start:end]}' is een lang samengesteld woord. Schrijf het in een paar woorden.",
        _LONG_COMPOUND_EXPLANATION,
    )


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))
