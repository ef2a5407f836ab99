"""The words of a document as the rules look them up, made once per document and shared."""

from __future__ import annotations

from operator import attrgetter

import regex

from schrijfhulp.core.text import Document

_text_of = attrgetter("text")
_LETTER_RUN = regex.compile(r"\p{L}+")

# The last document and its lower-case token texts: the word lists, several matchers and the
# trigger words all need them for the same document, one after the other.
_last: tuple[Document, tuple[str, ...]] | None = None


def lowered_tokens(doc: Document) -> tuple[str, ...]:
    """The text of every token of ``doc`` in lower case, in token order."""
    global _last
    last = _last  # one read: another thread may replace it, never half
    if last is not None and last[0] is doc:
        return last[1]
    lowered = tuple(map(str.lower, map(_text_of, doc.tokens)))
    _last = (doc, lowered)
    return lowered


def text_words(doc: Document) -> frozenset[str]:
    """Every run of letters in the text, case-folded: where a rule's trigger words are looked up.

    Made from the tokens. A token that is not plain ASCII letters ('Word-bestand', 'm.b.t.',
    '#middels', 'Straße') also gives the case-folded letter runs in it, so a word a pattern
    finds between other characters is always there.
    """
    words = set(lowered_tokens(doc))
    plain = filter(str.isalpha, filter(str.isascii, words))  # most words: picked out in C
    for other in words.difference(plain):
        words.update(_LETTER_RUN.findall(other.casefold()))
    return frozenset(words)
