"""The four LiNT-II features of one sentence, computed offline (see ``lint`` for the formula).

Definitions as in LiNT-II's code (``lint_ii``: ``word_features.py``, ``sentence_analysis.py``),
not only as in the paper:

- Word frequency: mean ``lint_zipf`` (``words``: log10 per billion words of the form as
  written, not the lemma; a compound takes its head) of the content words, names left out.
  Content words are nouns, lexical verbs (no auxiliaries or copulas), adjectives (no numbers)
  and only manner adverbs. We have no manner-adverb list: an adverb that is also an adjective
  ('snel', 'goed') is tagged as an adjective and counts, a pure adverb ('er', 'ook', 'nog')
  does not. (LiNT-II's demo output still counted every adverb.) A sentence without content
  words gets the mean of all its words but names (LiNT-II gives it no score).
- Maximum dependency length: ``structure.sentence_structure`` (estimated from the tagger and
  the clause finder; its docstring lists the blind spots).
- Content words per clause: the content words above plus names, per finite verb; a sentence
  without a finite verb counts as one clause for its own score and is left out of the text's
  mean, as LiNT-II does.
- Concrete nouns: nouns and names whose class ``nouns`` knows, against all nouns of known class
  (concrete, abstract or both); a known place or person name counts as concrete, as LiNT-II
  counts names of people and places.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from schrijfhulp.core.dutch.clauses import parse_sentence, sentence_key
from schrijfhulp.core.dutch.segmentation import Sentence, Token, TokenKind
from schrijfhulp.core.dutch.tagger import NUM, UNKNOWN, info
from schrijfhulp.core.readability import structure as st
from schrijfhulp.core.readability.nouns import CONCRETE
from schrijfhulp.core.readability.words import WordProfile, profile

_WORD, _ABBREVIATION, _NUMBER, _PUNCT = (
    TokenKind.WORD, TokenKind.ABBREVIATION, TokenKind.NUMBER, TokenKind.PUNCT,
)  # fmt: skip
_CLAUSE_KINDS = frozenset((_WORD, _ABBREVIATION, _NUMBER))
_BREAKS = frozenset({",", ";", ":", "(", ")", "–", "—", "-"})
_FREQUENCY_TAGS = frozenset({st.NOUN, st.ADJ, *st.VERBS})
_DENSITY_TAGS = frozenset({st.NOUN, st.NAME, st.ADJ, *st.VERBS})


@dataclass(slots=True)  # private and short-lived: not frozen, which makes it cheaper to build
class SentenceFeatures:
    sentence: Sentence
    words: tuple[Token, ...]
    syllables: int
    clauses: int
    max_dependency: int
    zipfs: list[float]  # of the content words, names left out
    # of all its words but names: the frequency of a sentence without content words ('Daar is
    # ze!', 'Waarom?'), which LiNT-II leaves without a score and we show as easy
    word_zipf: float
    content: int  # content words for the density
    concrete: int
    classed_nouns: int
    rare: list[Token]
    long_compounds: list[Token]
    abstract: list[Token]
    uncommon: list[tuple[float, Token]]  # (hint_zipf, word) below UNCOMMON_ZIPF, for reasons


UNCOMMON_ZIPF = 4.0


def sentence_features(sentence: Sentence) -> SentenceFeatures:
    # Links, mentions, hashtags and emoji are no part of a clause.
    tokens = [token for token in sentence.tokens if token.kind in _CLAUSE_KINDS]
    key = sentence_key(sentence)
    structure = _CACHE.get(key)
    if structure is None:
        structure = _structure(sentence)
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        _CACHE[key] = structure
    return _count(sentence, tokens, structure)


# The structure of a sentence, by its tokens: while typing, only one sentence changes.
_CACHE: dict[tuple[tuple[str, ...], tuple[TokenKind, ...]], st.Structure] = {}
_CACHE_LIMIT = 4096


def _bits(lowered: str) -> int:
    bits = info(lowered).bits
    if bits == UNKNOWN and not lowered.isascii():  # 'ík', 'dát': stress on a known word
        bits = info(lowered.translate(_STRESS)).bits
    return bits


_STRESS = str.maketrans("áéíóú", "aeiou")


def _structure(sentence: Sentence) -> st.Structure:
    lowered = tuple(token.text.lower() for token in sentence.tokens)
    items: list[st.Item] = []
    after_break = False
    for k, token in enumerate(sentence.tokens):
        kind = token.kind
        if kind is _PUNCT:
            after_break = after_break or token.text in _BREAKS
            continue
        if kind not in _CLAUSE_KINDS:
            after_break = False
            continue
        word = kind is not _NUMBER
        bits = _bits(lowered[k]) if word else NUM
        items.append(st.Item(profile(token.text), not items, after_break, word, bits, k))
        after_break = False
    return st.sentence_structure(items, parse_sentence(sentence, lowered))


def _count(
    sentence: Sentence, tokens: Sequence[Token], structure: st.Structure
) -> SentenceFeatures:
    zipfs: list[float] = []
    rare: list[Token] = []
    long_compounds: list[Token] = []
    abstract: list[Token] = []
    uncommon: list[tuple[float, Token]] = []
    content = concrete = classed = 0
    has_participle = st.PARTICIPLE in structure.tags
    plain: list[float] = []
    for token, tag in zip(tokens, structure.tags, strict=True):
        p = profile(token.text)
        if tag != st.NAME and p.has_letters:
            plain.append(p.lint_zipf)
        if tag in st.VERBS and _is_auxiliary(p, has_participle):
            continue
        if tag in _DENSITY_TAGS:
            content += 1
        if tag in _FREQUENCY_TAGS:
            zipfs.append(p.lint_zipf)
            if p.hint_zipf < UNCOMMON_ZIPF and p.has_letters:  # by lemma, as the hints
                uncommon.append((p.hint_zipf, token))
            if p.long_compound:
                long_compounds.append(token)
            elif p.rare:
                rare.append(token)
        if tag in (st.NOUN, st.NAME) and p.noun_class:
            classed += 1
            concrete += p.noun_class == CONCRETE
            if p.noun_class == "abstract":
                abstract.append(token)
        elif tag == st.NAME and "name" in p.tags:
            classed += 1
            concrete += 1
    return SentenceFeatures(
        sentence=sentence,
        words=sentence.words,
        syllables=sum(profile(w.text).syllables for w in sentence.words),
        clauses=structure.clauses,
        max_dependency=structure.max_dependency,
        zipfs=zipfs,
        word_zipf=sum(plain) / len(plain) if plain else 0.0,
        content=content,
        concrete=concrete,
        classed_nouns=classed,
        rare=rare,
        long_compounds=long_compounds,
        abstract=abstract,
        uncommon=uncommon,
    )


def _is_auxiliary(p: WordProfile, has_participle: bool) -> bool:
    lemmas = p.verb_lemmas
    if lemmas and lemmas <= st.AUXILIARIES:
        return True
    return has_participle and "hebben" in lemmas
