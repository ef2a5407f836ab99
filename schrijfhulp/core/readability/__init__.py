"""Readability of Dutch text: one verdict from the LiNT-II formula, the hardest sentences, and
Flesch-Douma and Brouwer as older formulas for the details.

The level (1-4) is LiNT-II's (``lint``) on features computed offline (``features``): per text
and per sentence. The verdict (``verdict``) names the level, the share of adults who find such a
text hard and the reasons that weigh most, as codes; nothing else judges the text, so no two
parts of the screen can disagree.

Flesch-Douma = 206.835 - 0.93 * ASL - 77 * ASW and Brouwer = 195 - 2 * ASL - 67 * ASW (ASL:
words per sentence, ASW: syllables per word; W.H. Douma 1960, R.H.M. Brouwer 1963) are kept as
numbers only, clamped to 0-100 (higher is easier), without their band names: they count word
and sentence length and nothing else, and called 'zeer gemakkelijk' a stiff letter LiNT-II puts
at level 3. All counts are our own (``dutch.segmentation``, ``dutch.syllables``), not textstat's.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import fmean

from schrijfhulp.core.dutch.segmentation import Document, Token
from schrijfhulp.core.dutch.syllables import count_syllables
from schrijfhulp.core.readability import verdict as v
from schrijfhulp.core.readability.features import SentenceFeatures, sentence_features
from schrijfhulp.core.readability.findings import readability_findings
from schrijfhulp.core.readability.lint import HARD_FOR_ADULTS, LintFeatures, level_of
from schrijfhulp.core.readability.result import (
    LONG_SENTENCE,
    Readability,
    SentenceDifficulty,
    is_hard_sentence,
)
from schrijfhulp.core.readability.verdict import Reason, Verdict, dutch_reason, dutch_text
from schrijfhulp.core.readability.words import profile

__all__ = [
    "LONG_SENTENCE",
    "Readability",
    "Reason",
    "SentenceDifficulty",
    "Verdict",
    "assess",
    "brouwer",
    "count_syllables",
    "dutch_reason",
    "dutch_text",
    "flesch_douma",
    "is_hard_sentence",
    "preload",
    "readability_findings",
]

_EMPTY = Verdict(0, 0, (), False)


def flesch_douma(asl: float, asw: float) -> float:
    return 206.835 - 0.93 * asl - 77 * asw


def brouwer(asl: float, asw: float) -> float:
    return 195 - 2 * asl - 67 * asw


def assess(doc: Document) -> Readability:
    """Level, verdict, older scores and per-sentence difficulty of a segmented text."""
    stats = [f for f in map(sentence_features, doc.sentences) if f.words]
    words = sum(len(s.words) for s in stats)
    if not words:
        return Readability(0, 0, 0, 0.0, 0.0, 0, 0.0, _EMPTY, dutch_text(_EMPTY))
    syllables = sum(s.syllables for s in stats)
    asl, asw = words / len(stats), syllables / words
    douma, brouwer_index = flesch_douma(asl, asw), brouwer(asl, asw)
    features = _text_features(stats)
    score = features.score
    level = level_of(score)
    verdict = Verdict(level, HARD_FOR_ADULTS[level], _text_reasons(stats, features, level),
                      words < v.SHORT_TEXT_WORDS)  # fmt: skip
    return Readability(
        sentences=len(stats),
        words=words,
        syllables=syllables,
        avg_sentence_length=asl,
        avg_syllables_per_word=asw,
        level=level,
        score=round(score, 1),
        verdict=verdict,
        verdict_text=dutch_text(verdict),
        sentence_difficulties=tuple(map(_difficulty, stats)),
        word_frequency=round(features.frequency, 2),
        dependency_length=round(features.dependency, 1),
        content_words_per_clause=round(features.density, 1),
        concrete_noun_share=round(features.concrete, 2),
        long_sentences=sum(1 for s in stats if len(s.words) > LONG_SENTENCE),
        flesch_douma=_clamp(douma),
        brouwer=_clamp(brouwer_index),
        flesch_douma_raw=douma,
        brouwer_raw=brouwer_index,
    )


def preload() -> None:
    """Load the word-frequency list and the lexicon now (about 0.3 s) instead of on the first
    text with words. Meant for a worker thread at start-up."""
    profile("de")


def _sentence_lint(s: SentenceFeatures) -> LintFeatures:
    return LintFeatures(
        frequency=fmean(s.zipfs) if s.zipfs else s.word_zipf,
        dependency=float(s.max_dependency),
        density=s.content / max(1, s.clauses),
        concrete=s.concrete / s.classed_nouns if s.classed_nouns else 0.0,
    )


def _text_features(stats: Sequence[SentenceFeatures]) -> LintFeatures:
    """LiNT-II's text features: word frequency over all content words, concreteness over all
    nouns, dependency length as the mean of the sentences of two words or more and density as
    the mean of the sentences with a finite verb (LiNT-II has neither for the others)."""
    zipfs = [z for s in stats for z in s.zipfs]
    classed = sum(s.classed_nouns for s in stats)
    linked = [s.max_dependency for s in stats if len(s.words) > 1]
    dense = [s.content / s.clauses for s in stats if s.clauses]
    return LintFeatures(
        frequency=fmean(zipfs) if zipfs else fmean(s.word_zipf for s in stats),
        dependency=fmean(linked) if linked else 0.0,
        density=fmean(dense) if dense else fmean(s.content for s in stats),
        concrete=sum(s.concrete for s in stats) / classed if classed else 0.0,
    )


def _text_reasons(
    stats: Sequence[SentenceFeatures], features: LintFeatures, level: int
) -> tuple[Reason, ...]:
    uncommon = sorted((z, t.text) for s in stats for z, t in s.uncommon)
    found = v.feature_reasons(
        features,
        [w for _, w in uncommon],
        [t.text for s in stats for t in s.abstract],
        v.TEXT_REASON_POINTS,
        max(s.max_dependency for s in stats),
    )
    compounds = [t.text for s in stats for t in s.long_compounds]
    if compounds:
        found.append((v.TEXT_REASON_POINTS, Reason(v.LONG_COMPOUNDS, v.first_three(compounds))))
    reasons = v.strongest(found)
    return reasons or ((Reason(v.PLAIN),) if level <= 2 else ())


def _difficulty(s: SentenceFeatures) -> SentenceDifficulty:
    features = _sentence_lint(s)
    score = features.score
    n = len(s.words)
    uncommon = [t.text for _, t in sorted(s.uncommon, key=lambda u: u[0])]
    found = v.feature_reasons(
        features, uncommon, _texts(s.abstract), v.SENTENCE_REASON_POINTS, s.max_dependency
    )
    if n > LONG_SENTENCE:
        found.append((100.0, Reason(v.LONG_SENTENCE, (str(n),))))
    if s.long_compounds:
        found.append((50.0, Reason(v.LONG_COMPOUNDS, v.first_three(_texts(s.long_compounds)))))
    return SentenceDifficulty(
        start=s.sentence.start,
        end=s.sentence.end,
        words=n,
        score=round(score, 1),
        level=level_of(score),
        reasons=v.strongest(found),
        syllables=s.syllables,
        clauses=s.clauses,
        rare_words=tuple((t.start, t.end) for t in s.rare),
        long_compounds=tuple((t.start, t.end) for t in s.long_compounds),
    )


def _texts(tokens: Sequence[Token]) -> list[str]:
    return [t.text for t in tokens]


def _clamp(value: float) -> float:
    return max(0.0, min(100.0, value))
