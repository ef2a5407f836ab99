"""The LiNT-II formula: four features to a score (0-100, higher is harder) and a level (1-4).

LiNT-II (Pander Maat, Kleijn & Frissen 2023; implementation ``lint_ii`` by the same group,
EUPL-1.2) was fitted on cloze tests of 120 texts by about 2,700 Dutch secondary-school pupils.
Its published coefficients, levels and shares of adults who find a text hard are used here as
they are; only the features are our own offline approximations (see ``features``):

    raw   = -4.20782 + 17.283729 * mean log word frequency of content words (names left out)
                     -  1.624415 * maximum syntactic dependency length
                     -  2.536780 * content words per clause
                     + 16.001231 * proportion of concrete nouns
    score = 100 - raw, clamped to 0..100
    level = 1 [0, 34), 2 [34, 46), 3 [46, 58), 4 [58, 100]

These are also the coefficients of LiNT-II's code now (``LintScorer.COEFFICIENTS``). Its
history had three earlier sets (3.204 + 15.845 f - 1.331 d - 3.829 c + 13.096 k from the first
LiNT; -7.8315 + 17.0502 f - 1.3329 d - 2.3877 c + 11.7213 k; -5.1596 + 16.1341 f - 1.2848 d -
3.5224 c + 16.2589 k). The four demo texts in its repository, with per-sentence scores, were
made with the last of those and with every adverb counted as a content word for the frequency;
we compare with them (README, readability figures) but use the published set.

For a whole text LiNT-II takes the mean frequency over all its content words, the mean of the
sentences' maximum dependency lengths (sentences of two words or more), the mean of the
sentences' content words per clause (sentences with a finite verb) and the share of concrete
nouns among all nouns whose class is known.

Against LiNT-II's demo output (four texts, 66 sentences): text scores 14.1, 34.3, 44.2, 98.6
(levels 1, 2, 2, 4) against its 14.3, 38.1, 50.2, 95.4; sentence scores ranked with Spearman
rho = 0.89 over all sentences. The demo's own features give text 3 about 44-45 with the
published coefficients as well. Before the tagger and clause finder: 9.2, 32.1, 42.4, 82.9
(levels 1, 1, 2, 4), rho = 0.96.
"""

from __future__ import annotations

from dataclasses import dataclass

CONSTANT = -4.20782
FREQUENCY = 17.283729
DEPENDENCY = -1.624415
DENSITY = -2.536780
CONCRETE = 16.001231

# Lower bounds of levels 2, 3 and 4.
LEVEL_BOUNDS = (34.0, 46.0, 58.0)
# Share of adults (per cent) who find a text of this level hard to understand.
HARD_FOR_ADULTS = {1: 14, 2: 29, 3: 53, 4: 78}

# What a plain text for everyone looks like, feature by feature: a reason names a feature only
# when this text is clearly further from it than a plain one. Chosen from the level-1 demo text
# of LiNT-II and plain posts of the team's corpus.
PLAIN_FREQUENCY = 5.3
PLAIN_DEPENDENCY = 3.0
PLAIN_DENSITY = 3.0
PLAIN_CONCRETE = 0.6


@dataclass(frozen=True, slots=True)
class LintFeatures:
    """The four LiNT-II features of a sentence or a text."""

    frequency: float  # mean Zipf value of content words, names left out
    dependency: float  # maximum dependency length (text: mean over sentences)
    density: float  # content words per clause
    concrete: float  # concrete nouns / nouns of known class; 0 without such nouns

    @property
    def score(self) -> float:
        return lint_score(self.frequency, self.dependency, self.density, self.concrete)

    @property
    def level(self) -> int:
        return level_of(self.score)

    def weights(self) -> dict[str, float]:
        """Score points each feature adds compared with a plain text (negative: easier)."""
        return {
            "frequency": FREQUENCY * (PLAIN_FREQUENCY - self.frequency),
            "dependency": -DEPENDENCY * (self.dependency - PLAIN_DEPENDENCY),
            "density": -DENSITY * (self.density - PLAIN_DENSITY),
            "concrete": CONCRETE * (PLAIN_CONCRETE - self.concrete),
        }


def lint_score(frequency: float, dependency: float, density: float, concrete: float) -> float:
    """The LiNT-II score, 0 (easy) .. 100 (hard). Plain arithmetic: it runs per sentence."""
    raw = (
        CONSTANT
        + FREQUENCY * frequency
        + DEPENDENCY * dependency
        + DENSITY * density
        + CONCRETE * concrete
    )
    score = 100.0 - raw
    return 0.0 if score < 0.0 else (100.0 if score > 100.0 else score)


def level_of(score: float) -> int:
    return 1 + (score >= LEVEL_BOUNDS[0]) + (score >= LEVEL_BOUNDS[1]) + (score >= LEVEL_BOUNDS[2])
