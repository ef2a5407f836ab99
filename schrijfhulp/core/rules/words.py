"""The words of a document as the rules look them up, made once per document and shared."""

from __future__ import annotations

import regex

from schrijfhulp.core.dutch.segmentation import Document

_LETTER_RUN = regex.compile(r"\p{L}+")


def text_words(doc: Document) -> frozenset[str]:
    """Every run of letters in the text, case-folded: where a rule's trigger words are looked up.

    Made from the tokens. A token that is not plain ASCII letters ('Word-bestand', 'm.b.t.',
    '#middels', 'Straße') also gives the case-folded letter runs in it, so a word a pattern
    finds between other characters is always there.
    """
    words = set(doc.lowered)
    plain = filter(str.isalpha, filter(str.isascii, words))  # most words: picked out in C
    # The other tokens joined by spaces, so one search finds the letter runs of all of them
    # (a space ends a run, and case folding works letter by letter).
    others = " ".join(words.difference(plain))
    words.update(_LETTER_RUN.findall(others.casefold()))
    return frozenset(words)
