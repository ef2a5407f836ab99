"""Find a house-style word or phrase in every form the lexicon knows, also with words between.

An organisation writes ``burger`` and means ``burgers`` too; it writes ``contact opnemen`` and
means "neem gerust contact met ons op". So a word written in its base form (a lemma in the
lexicon) matches each form of that lemma with the same word class, and a verb also matches the
forms ``conjugate`` makes and, when separable, its two parts apart. In a phrase of several
words every word matches through its lemma, and the words may stand in any order with up to
``MAX_GAP`` other words between them, inside one sentence. A single word that is not a base
form ('middels') matches only itself: its lemma ('middel') would flag innocent words.

A small matcher of its own, kept inside the packs: the rules engine has no lexicon-based
phrase matcher yet. When it gets one, house style should use that instead.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from schrijfhulp.core.dutch.lexicon import lexicon
from schrijfhulp.core.dutch.segmentation import WORDLIKE, Document, Token

MAX_GAP = 3  # other words allowed between the words of a phrase

Key = str | tuple[str, str]  # a lower-case form, or (lemma, word class)


@dataclass(frozen=True, slots=True)
class Slot:
    """One word of a phrase: the forms and (lemma, word class) pairs that fill it."""

    word: str
    keys: frozenset[Key]


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    start: int
    end: int
    exact: bool  # the phrase as written, word for word: a voorstel can replace it


@dataclass(frozen=True, slots=True)
class PhraseForms:
    """A word or phrase with the variants of slots that can fill it."""

    phrase: str
    words: tuple[str, ...]
    variants: tuple[tuple[Slot, ...], ...]

    @property
    def keys(self) -> frozenset[Key]:
        return frozenset(k for variant in self.variants for slot in variant for k in slot.keys)


@lru_cache(maxsize=4096)
def phrase_forms(phrase: str) -> PhraseForms:
    words = tuple(w.lower() for w in phrase.split())
    single = len(words) == 1
    variants: list[tuple[Slot, ...]] = [()]
    for word in words:
        options = _word_options(word, strict=single)
        variants = [(*v, *option) for v in variants for option in options]
    return PhraseForms(phrase, words, tuple(variants))


def _word_options(word: str, *, strict: bool) -> list[tuple[Slot, ...]]:
    """The ways one entry word can appear: as one token, or a separable verb in two parts."""
    readings = lexicon().readings(word)
    own = [r for r in readings if r.lemma.lower() == word]
    keys: set[Key] = {word}
    if own or not strict:
        keys.update((r.lemma.lower(), r.pos) for r in (own or readings))
    options: list[tuple[Slot, ...]] = []
    verb = lexicon().verb(word) if any(r.pos == "verb" for r in own) else None
    if verb is not None:
        finite = {verb.present_1sg, verb.present_2sg, verb.present_3sg, verb.present_pl}
        finite |= {verb.past_sg, verb.past_pl}
        if verb.particle:
            base = word.removeprefix(verb.particle)
            parts: frozenset[Key] = frozenset({*finite, (base, "verb")})
            options.append((Slot(word, parts), Slot(verb.particle, frozenset({verb.particle}))))
        else:
            keys.update(finite)
        keys.update(f for f in (verb.infinitive, verb.participle) if f)
    options.insert(0, (Slot(word, frozenset(keys)),))
    return options


def token_keys(form: str) -> frozenset[Key]:
    lowered = form.lower()
    return _token_keys(lowered)


@lru_cache(maxsize=16384)
def _token_keys(lowered: str) -> frozenset[Key]:
    return frozenset({lowered, *((r.lemma.lower(), r.pos) for r in lexicon().readings(lowered))})


def find_phrases(
    doc: Document, phrases: Sequence[PhraseForms], skipped: Sequence[tuple[int, int]] = ()
) -> Iterator[tuple[int, PhraseMatch]]:
    """(index into ``phrases``, match) for every place a phrase stands, in reading order."""
    index: dict[Key, set[int]] = {}
    for number, phrase in enumerate(phrases):
        for key in phrase.keys:
            index.setdefault(key, set()).add(number)
    for sentence in doc.sentences:
        words = [
            t
            for t in sentence.tokens
            if t.kind in WORDLIKE and not any(s <= t.start < e for s, e in skipped)
        ]
        keys = [token_keys(t.text) for t in words]
        for i, token_key_set in enumerate(keys):
            candidates = {n for k in token_key_set for n in index.get(k, ())}
            for number in sorted(candidates):
                match = _match_at(phrases[number], words, keys, i)
                if match is not None:
                    yield number, match


def _match_at(
    phrase: PhraseForms, words: list[Token], keys: list[frozenset[Key]], first: int
) -> PhraseMatch | None:
    """A match whose first word is ``words[first]``, or None."""
    for variant in phrase.variants:
        window = range(first, min(len(words), first + len(variant) + MAX_GAP))
        used: list[int] = []
        for slot in variant:
            found = next(
                (j for j in window if j not in used and slot.keys & keys[j]),
                None,
            )
            if found is None:
                break
            used.append(found)
        if len(used) == len(variant) and min(used) == first:
            start, end = words[min(used)].start, words[max(used)].end
            exact = (
                used == list(range(first, first + len(used)))
                and all(
                    words[j].text.lower() == w for j, w in zip(used, phrase.words, strict=False)
                )
                and len(used) == len(phrase.words)
            )
            return PhraseMatch(start, end, exact)
    return None
