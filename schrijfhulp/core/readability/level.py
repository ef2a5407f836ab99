"""A LiNT-like reading level (1-4) from four features we can compute offline.

LiNT (Leesbaarheidsinstrument voor Nederlandse Teksten; H. Pander Maat, S. Kleijn & S. Frissen
2023, 'LiNT: een leesbaarheidsformule en een leesbaarheidsinstrument', Tijdschrift voor
Taalbeheersing 45(1), 2-39) is the validated Dutch instrument: four levels, fitted on cloze
tests by 2,700 students, from word frequency, word concreteness, clause length and dependency
length. Without a parser we use the nearest features we have:

- word frequency: mean Zipf value of content words (wordfreq's Dutch list),
- words per clause: finite verbs and subordinators (``word_stats.clause_count``),
- sentence length, standing in for dependency length,
- share of abstract nouns (-heid, -ing, -atie, -isme ...), standing in for concreteness.

Each feature maps linearly onto 0 (easy) .. 1 (hard) between what a plain post and typical
officialese score; the weighted sum gives the level. The weights and ranges are ours, not
LiNT's coefficients, and are not calibrated on comprehension data: the texts therefore say
"waarschijnlijk" and "rond B1", never "deze tekst is B1".
"""

from __future__ import annotations

from dataclasses import dataclass

# What a level means, without the "Niveau N — " the views put in front (see level_summary).
LEVEL_TEXTS = {
    1: "waarschijnlijk goed te begrijpen voor bijna alle volwassenen (rond A2)",
    2: "waarschijnlijk goed te begrijpen voor de meeste volwassenen (rond B1)",
    3: "waarschijnlijk lastig voor een deel van de volwassenen (rond B2)",
    4: "waarschijnlijk moeilijk voor veel volwassenen (rond C1)",
}

# Weights of the four features (sum 1). Word frequency weighs most, as in LiNT.
WEIGHTS = {"frequency": 0.35, "clause": 0.25, "sentence": 0.2, "abstract": 0.2}
_W_FREQUENCY, _W_CLAUSE, _W_SENTENCE, _W_ABSTRACT = WEIGHTS.values()
# One sentence varies more than a whole text: its ranges are this much wider.
_SENTENCE_WIDEN = 1.5
# Upper bounds of levels 1, 2 and 3 on the 0..1 difficulty scale. Level 1 is for very plain
# text; a clear post for adults with a few harder words lands on level 2, as in LiNT.
_LEVEL_BOUNDS = (0.15, 0.4, 0.6)


@dataclass(frozen=True, slots=True)
class Features:
    zipf: float  # mean Zipf frequency of content words
    words_per_clause: float
    sentence_length: float  # mean words per sentence
    abstract_share: float  # abstract nouns / content words

    def parts(self) -> dict[str, float]:
        """Each feature as 0 (easy) .. 1 (hard), keyed like WEIGHTS."""
        values = feature_parts(
            self.zipf, self.words_per_clause, self.sentence_length, self.abstract_share, 1.0
        )
        return dict(zip(WEIGHTS, values, strict=True))

    def difficulty(self) -> float:
        return sum(WEIGHTS[name] * value for name, value in self.parts().items())

    def level(self) -> int:
        difficulty = self.difficulty()
        return 1 + sum(difficulty >= bound for bound in _LEVEL_BOUNDS)

    def explanation(self) -> str:
        """One Dutch line on what weighs most in this text."""
        parts = self.parts()
        # The feature furthest into its hard range; on a tie the one that weighs more.
        heaviest = max(parts, key=lambda name: (round(parts[name], 1), WEIGHTS[name]))
        if parts[heaviest] < 0.2:
            return "Korte zinnen en bekende woorden: de tekst leest makkelijk."
        what = {
            "frequency": "weinig gebruikte woorden",
            "clause": f"lange zinsdelen (gemiddeld {self.words_per_clause:.0f} woorden)",
            "sentence": f"lange zinnen (gemiddeld {self.sentence_length:.0f} woorden)",
            "abstract": "abstracte woorden, zoals woorden op -heid, -ing en -atie",
        }[heaviest]
        level = self.level()
        if level == 1:
            return f"De tekst leest makkelijk. Het meeste werk voor je lezer: {what}."
        if level == 2:
            return f"Wat je lezer het meeste werk geeft: {what}."
        return f"Vooral de {what} maken de tekst moeilijk."


def feature_parts(
    zipf: float, words_per_clause: float, length: float, abstract: float, widen: float
) -> tuple[float, float, float, float]:
    """(frequency, clause, sentence, abstract), each clamped to 0..1, in WEIGHTS order.

    The ranges run from a plain post to officialese: Zipf 5.2 to 3.9, 7 to 16 words per
    clause, 10 to 25 words per sentence, 5% to 25% abstract nouns.
    """
    frequency = (5.2 - zipf) / (1.3 * widen)
    clause = (words_per_clause - 7.0) / (9.0 * widen)
    sentence = (length - 10.0) / 15.0
    abstract_part = (abstract - 0.05) / (0.2 * widen)
    # min(1.0, max(0.0, x)) written out: this runs for every sentence on every keystroke, and
    # eight calls of min and max cost more than the arithmetic.
    return (
        frequency if 0.0 < frequency < 1.0 else (1.0 if frequency >= 1.0 else 0.0),
        clause if 0.0 < clause < 1.0 else (1.0 if clause >= 1.0 else 0.0),
        sentence if 0.0 < sentence < 1.0 else (1.0 if sentence >= 1.0 else 0.0),
        abstract_part if 0.0 < abstract_part < 1.0 else (1.0 if abstract_part >= 1.0 else 0.0),
    )


def sentence_difficulty(
    zipf: float, words_per_clause: float, length: float, abstract: float
) -> float:
    """Difficulty 0..1 of one sentence. Plain arithmetic: it runs for every sentence on every
    keystroke."""
    frequency, clause, sentence, abstract_part = feature_parts(
        zipf, words_per_clause, length, abstract, _SENTENCE_WIDEN
    )
    return (
        _W_FREQUENCY * frequency
        + _W_CLAUSE * clause
        + _W_SENTENCE * sentence
        + _W_ABSTRACT * abstract_part
    )
