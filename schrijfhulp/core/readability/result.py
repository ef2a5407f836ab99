"""The values readability returns: the text's verdict and scores, and each sentence's."""

from __future__ import annotations

from dataclasses import dataclass

from schrijfhulp.core.readability.verdict import Reason, Verdict

LONG_SENTENCE = 20  # words; above this a sentence gets a hint
VERY_LONG_SENTENCE = 25  # above this a warning, and one of the moeilijkste zinnen


@dataclass(frozen=True, slots=True)
class SentenceDifficulty:
    start: int
    end: int
    words: int
    score: float  # LiNT-II score of this sentence, 0 (easy) .. 100 (hard)
    level: int
    reasons: tuple[Reason, ...] = ()
    syllables: int = 0
    clauses: int = 1
    # Spans (start, end) in the text, for the GUI and for the findings.
    rare_words: tuple[tuple[int, int], ...] = ()
    long_compounds: tuple[tuple[int, int], ...] = ()

    @property
    def is_hard(self) -> bool:
        """One of the moeilijkste zinnen: level 3 or 4 by itself, or very long."""
        return is_hard_sentence(self.level, self.words)

    @property
    def is_very_hard(self) -> bool:
        return self.level == 4


def is_hard_sentence(level: int, words: int) -> bool:
    return level >= 3 or words > VERY_LONG_SENTENCE


@dataclass(frozen=True, slots=True)
class Readability:
    sentences: int
    words: int
    syllables: int
    avg_sentence_length: float
    avg_syllables_per_word: float
    level: int  # 1..4, 0 for a text without words
    score: float  # LiNT-II score of the text
    verdict: Verdict
    verdict_text: str  # dutch_text(verdict), for the CLI and the JSON
    sentence_difficulties: tuple[SentenceDifficulty, ...] = ()
    word_frequency: float = 0.0  # mean Zipf value of content words, names left out
    dependency_length: float = 0.0  # mean over sentences of the longest dependency
    content_words_per_clause: float = 0.0
    concrete_noun_share: float = 0.0
    long_sentences: int = 0
    # Older formulas, for the details: word and sentence length only (higher is easier).
    flesch_douma: float = 0.0  # clamped to 0..100
    brouwer: float = 0.0
    flesch_douma_raw: float = 0.0
    brouwer_raw: float = 0.0

    @property
    def hardest_sentences(self) -> tuple[SentenceDifficulty, ...]:
        """The moeilijkste zinnen, hardest first."""
        hard = [s for s in self.sentence_difficulties if s.is_hard]
        return tuple(sorted(hard, key=lambda s: (-s.score, -s.words)))
