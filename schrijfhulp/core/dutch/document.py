"""What segmentation produces: tokens, sentences, paragraphs and the Document that holds them.

Every offset is a character offset into the analysed text. ``segmentation`` builds these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from itertools import chain, compress, repeat
from operator import is_, itemgetter
from typing import NamedTuple


class TokenKind(StrEnum):
    WORD = "word"
    ABBREVIATION = "abbreviation"
    NUMBER = "number"
    URL = "url"
    EMAIL = "email"
    MENTION = "mention"
    HASHTAG = "hashtag"
    EMOJI = "emoji"
    PUNCT = "punct"
    BULLET = "bullet"


WORDLIKE = frozenset({TokenKind.WORD, TokenKind.ABBREVIATION})

# An Enum member looked up on its class costs about 0.2 µs on Python 3.11 (the lookup runs a
# descriptor written in Python), as much as the rest of a token's handling: code that runs per
# token or per sentence compares with these plain names instead.
_WORD, _ABBREVIATION, _PUNCT = TokenKind.WORD, TokenKind.ABBREVIATION, TokenKind.PUNCT
_URL, _EMAIL, _BULLET = TokenKind.URL, TokenKind.EMAIL, TokenKind.BULLET


class InvalidTextError(ValueError):
    """The text cannot be analysed (for example a lone surrogate from a broken paste)."""


class Token(NamedTuple):
    """One token; immutable like the dataclasses here, but a tuple: a post has hundreds of
    tokens and they are built in bulk (see _tokenize_into), at a fraction of a dataclass's cost.
    """

    start: int
    end: int
    text: str
    kind: TokenKind


_text_of, _kind_of = itemgetter(2), itemgetter(3)  # Token.text, Token.kind


def _words_of(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The word-like tokens, filtered in C: this runs for every sentence of every keystroke."""
    return tuple(compress(tokens, map(WORDLIKE.__contains__, map(_kind_of, tokens))))


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    # Derived from ``tokens`` once, when the sentence is made: readability, rules and counts
    # all read it, so a property that rebuilt it on every read cost more than the segmentation.
    words: tuple[Token, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", _words_of(self.tokens))


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Document:
    """A segmented text. Cheap accessors; everything else is derived from ``paragraphs``."""

    text: str
    paragraphs: tuple[Paragraph, ...]

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(chain.from_iterable(p.sentences for p in self.paragraphs))

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        return tuple(chain.from_iterable(s.tokens for s in self.sentences))

    @cached_property
    def words(self) -> tuple[Token, ...]:
        return tuple(chain.from_iterable(s.words for s in self.sentences))

    @cached_property
    def lowered(self) -> tuple[str, ...]:
        """The text of every token in lower case, in token order: the rules and the readability
        pass look words up in it, so it is made once per document."""
        return tuple(map(str.lower, map(_text_of, self.tokens)))

    @cached_property
    def lowered_by_sentence(self) -> tuple[tuple[str, ...], ...]:
        """``lowered`` cut into the sentences' parts, in sentence order (a sentence's tokens are
        the next ones of the document's)."""
        lowered, parts, start = self.lowered, [], 0
        for sentence in self.sentences:
            end = start + len(sentence.tokens)
            parts.append(lowered[start:end])
            start = end
        return tuple(parts)

    @cached_property
    def folded(self) -> str | None:
        """The text case-folded, character for character ('Gemeente' -> 'gemeente'), for the
        rules that ignore case; None when folding changes its length ('ß' -> 'ss'), as offsets
        into it would no longer fit the text."""
        folded = self.text.casefold()
        return folded if len(folded) == len(self.text) else None

    @cached_property
    def kinds(self) -> tuple[TokenKind, ...]:
        """The kind of every token, in token order: counts, rules and guards all filter on it."""
        return tuple(map(_kind_of, self.tokens))

    @cached_property
    def _tokens_by_kind(self) -> dict[TokenKind, tuple[Token, ...]]:
        return {}

    def tokens_of(self, kind: TokenKind) -> tuple[Token, ...]:
        found = self._tokens_by_kind.get(kind)
        if found is None:  # several rules ask for the same kind (hashtags) of one document
            found = tuple(compress(self.tokens, map(is_, self.kinds, repeat(kind))))
            self._tokens_by_kind[kind] = found
        return found
