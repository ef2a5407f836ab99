"""Which words of a post the spelling checker looks at, and where each one stands.

URLs, mentions, numbers and emoji never get here; hashtags come as their CamelCase parts.
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass
from enum import Enum
from itertools import compress, count, repeat
from operator import is_, itemgetter, not_, or_

import regex

from schrijfhulp.core.dutch.segmentation import Document, Token, TokenKind

_HASHTAG_PART = regex.compile(
    r"IJ[\p{Ll}\p{M}]+|\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}+|\p{N}+"
)  # IJ is one Dutch letter: #IJsselmeer is IJsselmeer, not I + Jsselmeer


class Position(Enum):
    """Where a word stands; it decides how a dictionary miss is judged."""

    MID_SENTENCE = "mid"
    SENTENCE_START = "start"
    HASHTAG_PART = "hashtag_part"  # one CamelCase part of a hashtag
    HASHTAG = "hashtag"  # a hashtag of one part, often words run together (#nieuwebaan)


# Enum members as plain names: a lookup on the class costs about 0.2 µs on Python 3.11, and
# these are compared for every word of every analysis.
_AT_MID, _AT_START = Position.MID_SENTENCE, Position.SENTENCE_START
_IN_TAG, _WHOLE_TAG = Position.HASHTAG_PART, Position.HASHTAG
_WORD_TOKEN, _HASHTAG_TOKEN = TokenKind.WORD, TokenKind.HASHTAG


@dataclass(frozen=True, slots=True)
class Candidate:
    """A word to check, with its offsets in the analysed text."""

    start: int
    end: int
    text: str
    position: Position
    hashtag: str = ""  # for a hashtag part: the whole hashtag without '#'
    glued: bool = False  # hashtag part right after capitals: #ICTnieuws is ICT + nieuws


def candidates(doc: Document, known: Container[str] = frozenset()) -> Iterator[Candidate]:
    """The words of ``doc`` to check, with hashtags split into their CamelCase parts.

    Words in ``known`` are left out: most words of a post are, and a Candidate costs time.
    """
    text, tokens, kinds = doc.text, doc.tokens, doc.kinds
    # The first token of each sentence that is no mark, emoji or bullet is its start.
    starts = bytearray(len(tokens))
    first = 0
    for sentence in doc.sentences:
        end = first + len(sentence.tokens)
        lead = first
        while lead < end and kinds[lead] in _BEFORE_START:
            lead += 1
        if lead < end:
            starts[lead] = 1
        first = end
    always = bytearray(starts)  # sentence starts and hashtags are always looked at
    for i in compress(count(), map(is_, kinds, repeat(_HASHTAG_TOKEN))):
        always[i] = 1
    # Known words (most of them) are dropped in C, for the whole text at once. The test runs
    # token by token as the caller reads on, so a word it has just found fine is skipped after.
    wanted = map(or_, map(not_, map(known.__contains__, map(_text_at, tokens))), always)
    for i in compress(count(), wanted):
        kind = kinds[i]  # marks, numbers and links get here too: cheaper to skip them here
        if kind is _WORD_TOKEN:
            token = tokens[i]
            if token.text not in known and not _file_extension(text, token):
                position = _AT_START if starts[i] else _AT_MID
                yield Candidate(token.start, token.end, token.text, position)
        elif kind is _HASHTAG_TOKEN:
            yield from hashtag_parts(tokens[i])


_BEFORE_START = frozenset({TokenKind.PUNCT, TokenKind.EMOJI, TokenKind.BULLET})
_text_at = itemgetter(2)  # Token.text, read as a tuple item: cheaper than by name


def hashtag_parts(token: Token) -> Iterator[Candidate]:
    """``#DuurzaamBouwen`` → Duurzaam, Bouwen (offsets of each part); digits are left out."""
    parts = list(_HASHTAG_PART.finditer(token.text, 1))
    words = [p for p in parts if not p.group().isdigit()]
    position = _WHOLE_TAG if len(parts) == 1 else _IN_TAG
    for part in words:
        start, end = token.start + part.start(), token.start + part.end()
        glued = token.text[part.start() - 1].isupper() and part.group()[1:2].islower()
        yield Candidate(start, end, part.group(), position, token.text[1:], glued)


def _file_extension(text: str, token: Token) -> bool:
    """'toml' in 'vacature.toml' or 'txt' in '*.txt': glued to what is before it by a dot."""
    start = token.start
    return (
        start >= 2
        and text[start - 1] == "."
        and (text[start - 2].isalnum() or text[start - 2] == "*")
    )
