"""Readability of Dutch text. FIRST VERSION: to be replaced by the full module (issue 2.5)."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from schrijfhulp.core.findings import Finding
from schrijfhulp.core.text import Document

_NUCLEUS = regex.compile(r"[aeiouyáéíóúàèëïöüâêîôû]+", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SentenceDifficulty:
    start: int
    end: int
    words: int
    difficulty: float  # 0 (easy) .. 1 (very hard)
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Readability:
    sentences: int
    words: int
    syllables: int
    avg_sentence_length: float
    avg_syllables_per_word: float
    flesch_douma: float
    douma_band: str
    brouwer: float
    brouwer_band: str
    level: int
    level_text: str
    explanation: str
    sentence_difficulties: tuple[SentenceDifficulty, ...] = ()


def count_syllables(word: str) -> int:
    return max(1, len(_NUCLEUS.findall(word)))


def assess(doc: Document) -> Readability:
    sentences = [s for s in doc.sentences if s.words]
    words = [w for s in sentences for w in s.words]
    syllables = sum(count_syllables(w.text) for w in words)
    asl = len(words) / len(sentences) if sentences else 0.0
    asw = syllables / len(words) if words else 0.0
    douma = max(0.0, min(100.0, 206.835 - 0.93 * asl - 77 * asw)) if words else 0.0
    brouwer = max(0.0, min(100.0, 195 - 2 * asl - 67 * asw)) if words else 0.0
    return Readability(
        len(sentences), len(words), syllables, asl, asw, douma, "", brouwer, "", 2, "", ""
    )


def readability_findings(doc: Document, readability: Readability) -> list[Finding]:
    return []
