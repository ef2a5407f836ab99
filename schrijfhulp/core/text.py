"""Dutch text segmentation for social-media posts.

Paragraphs, sentences and tokens, each with character offsets into the original text, so every
view (highlighter, findings list, CLI) can point at the exact span. Posts are not essays: a line
break ends a sentence, bullets start one, and URLs, @mentions, #hashtags and emoji are tokens of
their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

import regex

from schrijfhulp.core.resources import resource_path


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


class InvalidTextError(ValueError):
    """The text cannot be analysed (for example a lone surrogate from a broken paste)."""


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    kind: TokenKind


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]

    @property
    def words(self) -> tuple[Token, ...]:
        return tuple(t for t in self.tokens if t.kind in WORDLIKE)


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
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        return tuple(t for s in self.sentences for t in s.tokens)

    @cached_property
    def words(self) -> tuple[Token, ...]:
        return tuple(t for t in self.tokens if t.kind in WORDLIKE)

    def tokens_of(self, kind: TokenKind) -> tuple[Token, ...]:
        return tuple(t for t in self.tokens if t.kind is kind)


def _load_abbreviations() -> tuple[list[str], frozenset[str]]:
    """Abbreviations from resources/abbreviations.txt; '!' marks those that may end a sentence."""
    always, enders = [], set()
    for line in resource_path("abbreviations.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("!"):
            line = line[1:]
            enders.add(line.lower())
        always.append(line)
    return always, frozenset(enders)


_ABBREVIATIONS, _SENTENCE_ENDING_ABBREVIATIONS = _load_abbreviations()

# Top-level domains that make a bare "gemeente.nl" a link in a post. The X counter uses the full
# twitter-text list; for segmentation the common ones are enough.
_BARE_TLDS = (
    "nl|be|com|org|net|eu|info|nu|io|app|dev|frl|amsterdam|gov|edu|de|fr|uk|co|online|site|shop"
)

_URL_TRAIL = ".,;:!?)]}'\"’”…"

_TOKEN_PATTERN = (
    r"""
    (?P<url>(?i:(?:https?|ftp)://|www\.)[^\s<>"]+
        |(?<![\w@.\-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?\.)+(?:"""
    + _BARE_TLDS
    + r""")\b(?!\.\p{L})(?:/[^\s<>"]*)?)
    |(?P<email>(?<![\w.+\-])[\w.+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+)
    |(?P<mention>(?<![\w@])@\w+(?:@[\w\-]+(?:\.[\w\-]+)+)?)
    |(?P<hashtag>(?<![\w&#])[#＃](?=\w*\p{L})\w+)
    |(?P<emoji>(?=[\p{Extended_Pictographic}\p{Regional_Indicator}]|[#*0-9]\uFE0F?\u20E3)\X)
    |(?P<abbreviation>(?<![\p{L}\p{N}])(?i:"""
    + "|".join(regex.escape(a) for a in sorted(_ABBREVIATIONS, key=len, reverse=True))
    + r""")(?![\p{L}\p{N}])
        |(?<![\p{L}\p{N}.])\p{Lu}\.(?=\s*(?:\p{Lu}|(?:van|de|der|den|ter|ten|te|het)\s)))
    |(?P<number>(?<![\p{L}\p{N}])[-+]?\d+(?:[.,:]\d+)*(?:\s?%|(?:ste|de|[a-z])(?![\p{L}\p{N}]))?)
    |(?P<word>['’][stnk](?![\p{L}\p{N}])
        |[\p{L}\p{M}\p{N}]*\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*)
    |(?P<punct>\.{2,}|[!?]+|[^\s\p{L}\p{N}])
    """
)

# Fast path, tried first: a run of letters that ends in a space or plain punctuation can only be
# a word, so the engine skips the other branches for most tokens (about twice as fast on long
# texts). It must give exactly what _TOKEN_PATTERN gives (a test checks that), which holds as
# long as every abbreviation has a dot or slash; pictographic letters (ℹ) stay emoji.
_FAST_WORD = r"""(?P<fastword>[^\P{L}\p{Extended_Pictographic}]+(?=[\s,;!?)\]"”»]|\Z))
    |"""
_FAST_PATH_SAFE = all(not a.isalpha() for a in _ABBREVIATIONS)
# No token starts with white space: the leading guard lets the engine skip spaces cheaply.
_TOKEN_RE = regex.compile(
    r"(?=\S)(?:" + (_FAST_WORD if _FAST_PATH_SAFE else "") + _TOKEN_PATTERN + ")",
    regex.VERBOSE | regex.V0,
)

_KIND_OF_GROUP = {kind.value: kind for kind in TokenKind} | {"fastword": TokenKind.WORD}

_BULLET_RE = regex.compile(r"[ \t]*(?:[-*•·–—▪►✓✔]|\d{1,2}[.)])[ \t]+")
_SENTENCE_END = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({'"', "'", "’", "”", ")", "»"})
_PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n\s*|\r\n[ \t]*\r\n\s*|\r[ \t]*\r\s*")
_LINE_BREAK = regex.compile(r"\r\n|\r|\n|\u2028|\u2029")


def check_text(text: str) -> None:
    """Raise InvalidTextError for text we cannot analyse safely."""
    bad = regex.search(r"[\ud800-\udfff]", text)
    if bad:
        raise InvalidTextError(
            f"De tekst bevat een ongeldig teken op positie {bad.start()}. "
            "Plak de tekst opnieuw of typ dat stuk over."
        )


def segment(text: str) -> Document:
    """Split text into paragraphs, sentences and tokens with offsets into ``text``."""
    check_text(text)
    spans = _spans(text, _PARAGRAPH_BREAK)
    paragraphs = tuple(_paragraph(text, start, end) for start, end in spans)
    return Document(text, tuple(p for p in paragraphs if p.sentences))


def tokenize(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """Tokens of text[start:end], offsets into the whole text."""
    for match in _TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        kind = _KIND_OF_GROUP[match.lastgroup]  # a dict read: TokenKind(...) is slow per token
        s, e = match.span()
        if kind is TokenKind.URL:
            while e > s + 1 and text[e - 1] in _URL_TRAIL:
                e -= 1
            if e != match.end():  # the trimmed tail is ordinary punctuation
                yield Token(s, e, text[s:e], kind)
                yield from tokenize(text, e, match.end())
                continue
        yield Token(s, e, text[s:e], kind)


def _spans(text: str, separator: regex.Pattern[str]) -> Iterator[tuple[int, int]]:
    pos = 0
    for match in separator.finditer(text):
        yield pos, match.start()
        pos = match.end()
    yield pos, len(text)


def _paragraph(text: str, start: int, end: int) -> Paragraph:
    sentences: list[Sentence] = []
    pending: list[Token] = []
    for line_start, line_end in _spans_between(text, start, end):
        tokens = list(_line_tokens(text, line_start, line_end))
        if not tokens:
            continue
        if pending and not _continues_previous_line(pending, tokens):
            sentences.append(_sentence(text, pending))
            pending = []
        if tokens[0].kind is TokenKind.BULLET:
            if pending:
                sentences.append(_sentence(text, pending))
                pending = []
            tokens = tokens[1:]
        for group, closed in _split_sentences(tokens, text):
            pending.extend(group)
            if closed:
                sentences.append(_sentence(text, pending))
                pending = []
    if pending:
        sentences.append(_sentence(text, pending))
    sentences = [s for s in sentences if s.tokens]
    if not sentences:
        return Paragraph(start, start, ())
    return Paragraph(sentences[0].start, sentences[-1].end, tuple(sentences))


def _spans_between(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for match in _LINE_BREAK.finditer(text, start, end):
        yield pos, match.start()
        pos = match.end()
    yield pos, end


def _line_tokens(text: str, start: int, end: int) -> Iterator[Token]:
    bullet = _BULLET_RE.match(text, start, end)
    if bullet and bullet.end() < end:
        marker_end = bullet.end()
        while text[marker_end - 1] in " \t":
            marker_end -= 1
        marker_start = bullet.start() + (len(bullet.group()) - len(bullet.group().lstrip(" \t")))
        yield Token(marker_start, marker_end, text[marker_start:marker_end], TokenKind.BULLET)
        start = bullet.end()
    yield from tokenize(text, start, end)


def _continues_previous_line(previous: list[Token], line: list[Token]) -> bool:
    """A hard-wrapped sentence: no end punctuation before the break, lower case after it."""
    last, first = previous[-1], line[0]
    if last.kind is TokenKind.PUNCT and last.text[-1] in _SENTENCE_END | {":", ";"}:
        return False
    return first.kind is TokenKind.WORD and first.text[:1].islower()


def _split_sentences(tokens: list[Token], text: str) -> Iterator[tuple[list[Token], bool]]:
    """Groups of tokens in one line; ``closed`` says the group ends a sentence."""
    group: list[Token] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        group.append(token)
        i += 1
        if not _ends_sentence(token):
            continue
        while i < len(tokens) and tokens[i].kind is TokenKind.PUNCT and tokens[i].text in _CLOSERS:
            group.append(tokens[i])
            i += 1
        if i == len(tokens) or _starts_sentence(tokens[i], text):
            yield group, True
            group = []
    if group:
        yield group, False


def _ends_sentence(token: Token) -> bool:
    if token.kind is TokenKind.PUNCT:
        return token.text[-1] in _SENTENCE_END
    return (
        token.kind is TokenKind.ABBREVIATION
        and token.text.lower() in _SENTENCE_ENDING_ABBREVIATIONS
    )


def _starts_sentence(token: Token, text: str) -> bool:
    if token.kind in (TokenKind.URL, TokenKind.EMAIL):
        return False
    first = token.text[:1]
    if token.kind is TokenKind.PUNCT:
        return first in "\"'‘“(«¡¿"
    return not first.islower() or token.text.lower() in ("'s", "'t", "’s", "’t")


def _sentence(text: str, tokens: list[Token]) -> Sentence:
    start, end = tokens[0].start, tokens[-1].end
    return Sentence(start, end, text[start:end], tuple(tokens))
