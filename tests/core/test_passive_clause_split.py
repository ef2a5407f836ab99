"""The passive rules look only at clauses around 'worden' and 'zijn', found in C. They must get
exactly the clauses the plain definition gives: split at punctuation, a clause starter opens
the next clause, only words count."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from schrijfhulp.core.rules.clarity import _AUXILIARIES, _CLAUSE_STARTERS, _clauses
from schrijfhulp.core.text import WORDLIKE, Sentence, TokenKind, segment


def plain_clauses(sentence: Sentence, lowered: tuple[str, ...]) -> list[tuple[list, list]]:
    """Every clause by the definition, token by token; those without an auxiliary dropped."""
    result, clause, words = [], [], []
    for token, word in zip(sentence.tokens, lowered, strict=True):
        if token.kind is TokenKind.PUNCT or word in _CLAUSE_STARTERS:
            if clause:
                result.append((clause, words))
            clause, words = ([], []) if token.kind is TokenKind.PUNCT else ([token], [word])
        elif token.kind in WORDLIKE:
            clause.append(token)
            words.append(word)
    if clause:
        result.append((clause, words))
    return [(c, w) for c, w in result if not _AUXILIARIES.isdisjoint(w)]


_PIECES = st.sampled_from([
    "wordt", "Worden", "is", "zijn", "werd", "dat", "Omdat", "die", "maar", "de", "gemeente",
    "georganiseerd", "door", "er", ",", ";", ":", "–", "(", ")", "12", "#Dat", "@is", "bijv.",
    "😀", "https://x.nl", "huis", "gebouwd", "'s", "d.w.z.",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=25))
def test_clauses_around_auxiliaries_match_the_plain_definition(pieces: list[str]) -> None:
    doc = segment(" ".join(pieces))
    start = 0
    for sentence in doc.sentences:
        lowered = doc.lowered[start : start + len(sentence.tokens)]
        start += len(sentence.tokens)
        assert list(_clauses(sentence, lowered)) == plain_clauses(sentence, lowered)
