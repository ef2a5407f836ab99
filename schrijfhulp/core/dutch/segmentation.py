"""Dutch text segmentation for social-media posts.

Paragraphs, sentences and tokens, each with character offsets into the original text, so every
view (highlighter, findings list, CLI) can point at the exact span. Posts are not essays: a line
break ends a sentence, bullets start one, and URLs, @mentions, #hashtags and emoji are tokens of
their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import fields
from itertools import compress, count, islice, repeat
from operator import is_, itemgetter

import regex

from schrijfhulp.core.dutch.document import (  # re-exported: the public surface
    WORDLIKE,
    Document,
    InvalidTextError,
    Paragraph,
    Sentence,
    Token,
    TokenKind,
    _words_of,
)
from schrijfhulp.core.resources import resource_path

__all__ = [
    "WORDLIKE",
    "Document",
    "InvalidTextError",
    "Paragraph",
    "Sentence",
    "Token",
    "TokenKind",
    "check_text",
    "segment",
    "tokenize",
]

_WORD, _ABBREVIATION, _PUNCT = TokenKind.WORD, TokenKind.ABBREVIATION, TokenKind.PUNCT
_URL, _EMAIL, _BULLET = TokenKind.URL, TokenKind.EMAIL, TokenKind.BULLET
_kind_of = itemgetter(3)  # Token.kind


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

# A host name has at most 127 labels (253 characters). The bound also keeps the engine from
# backtracking through every part of 'a.a.a.…' (superlinear on a pasted list of initials).

_ABBREVIATION_ALTERNATION = "|".join(
    regex.escape(a) for a in sorted(_ABBREVIATIONS, key=len, reverse=True)
)

_TOKEN_PATTERN = (
    r"""
    (?P<url>(?i:(?:https?|ftp)://|www\.)[^\s<>"]+
        |(?<![\w@.\-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?\.){1,126}(?:"""
    + _BARE_TLDS
    + r""")\b(?!\.\p{L})(?:/[^\s<>"]*)?)
    |(?P<email>(?<![\w.+\-])[\w.+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+)
    |(?P<mention>(?<![\w@])@\w+(?:@[\w\-]+(?:\.[\w\-]+)+)?)
    |(?P<hashtag>(?<![\w&#])[#＃](?=\w*\p{L})\w+)
    |(?P<emoji>(?=[\p{Extended_Pictographic}\p{Regional_Indicator}]|[#*0-9]\uFE0F?\u20E3)\X)
    |(?P<abbreviation>(?<![\p{L}\p{N}])(?i:"""
    + _ABBREVIATION_ALTERNATION
    + r""")(?![\p{L}\p{N}])
        |(?<![\p{L}\p{N}.])\p{Lu}\.(?=\s*(?:\p{Lu}|(?:van|de|der|den|ter|ten|te|het)\s)))
    |(?P<number>(?<![\p{L}\p{N}])[-+]?\d+(?:[.,:]\d+)*(?:\s?%|(?:ste|de|[a-z])(?![\p{L}\p{N}]))?)
    |(?P<word>['’][stnk](?![\p{L}\p{N}])
        |(?:\p{L}|(?<![\p{M}\p{N}])[\p{M}\p{N}]++\p{L})[\p{L}\p{M}\p{N}]*+(?:['’\-][\p{L}\p{M}\p{N}]++)*)
    |(?P<punct>\.{2,}|[!?]+|[^\s\p{L}\p{N}])
    """
)

# Fast path, tried first: a run of letters that ends in a space or plain punctuation can only be
# a word, so the engine skips the other branches for most tokens (about twice as fast on long
# texts). It must give exactly what _TOKEN_PATTERN gives (a test checks that), which holds as
# long as every abbreviation has a dot or slash; pictographic letters (ℹ) stay emoji.
# The second fast path is a word before a full stop that ends the sentence ('... de wijk.'),
# which the full pattern first tries as a link, an e-mail address and an abbreviation. None of
# those can match letters followed by '. ' except an abbreviation ('etc. '), which the
# look-ahead rules out exactly as the abbreviation branch would match it; two letters at least,
# so an initial ('A. de Vries') takes the usual path.
_FAST_WORD = (
    r"""(?P<fastword>[^\P{L}\p{Extended_Pictographic}]+(?=[\s,;!?)\]"”»]|\Z)
        |(?!(?<![\p{L}\p{N}])(?i:"""
    + _ABBREVIATION_ALTERNATION
    + r""")(?![\p{L}\p{N}]))[^\P{L}\p{Extended_Pictographic}]{2,}(?=\.(?:\s|\Z)))
    |(?P<punct>[!?]+|[,;:()"“”]|\.(?=\s|\Z))
    |"""
)
# The third: plain punctuation, which the full pattern reaches only after every other branch.
# None of those branches can start with these marks (nor with a full stop before a space).
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
_NO_WRAP_AFTER = _SENTENCE_END | {":", ";"}
_PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n\s*|\r\n[ \t]*\r\n\s*|\r[ \t]*\r\s*")
_LINE_BREAK = regex.compile(r"\r\n|\r|\n|\u2028|\u2029")


# The regex module lets go of the GIL around every match so that other threads can run. On a
# post that handover costs as much as the matching itself (for a word, twice as much), so
# searches in a short text keep the GIL. In a long text (a pasted report) they let it go, so
# the GUI thread keeps running while a worker analyses.
LONG_TEXT = 10_000


def release_gil(text: str) -> bool | None:
    """The ``concurrent`` argument for a regex search in ``text``: None (the module's default,
    which lets go of the GIL) for a long text, False (keep it) for a short one."""
    return None if len(text) >= LONG_TEXT else False


# Compiled here: regex.search() with a pattern string looks it up in the module's cache in
# Python, which cost more than searching a post.
_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def check_text(text: str) -> None:
    """Raise InvalidTextError for text we cannot analyse safely."""
    bad = _LONE_SURROGATE.search(text, concurrent=release_gil(text))
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
    tokens: list[Token] = []
    _tokenize_into(tokens, [], text, start, len(text) if end is None else end)
    return iter(tokens)


# Tokens are built in bulk, in C: a post has hundreds and the analysis runs on every keystroke.
_Match = type(regex.match("", ""))
_match_start, _match_end, _match_text = _Match.start, _Match.end, _Match.group
_group_of = _Match.lastgroup.__get__
_new_tuple = tuple.__new__
_new_object = object.__new__
_MAY_END = frozenset({_PUNCT, _ABBREVIATION})
_CHUNK = 4096


def _tokenize_into(tokens: list[Token], enders: list[int], text: str, start: int, end: int) -> None:
    """Append the tokens of text[start:end] to ``tokens``, and to ``enders`` the indexes of
    those that may end a sentence (see _ends_sentence)."""
    first = len(tokens)
    found = _TOKEN_RE.finditer(text, start, end, concurrent=release_gil(text))
    links: list[int] = []
    # In chunks: a loop in C keeps the GIL however long it runs, and a pasted text can have
    # 100,000 tokens; between chunks the GUI thread gets its turn.
    while matches := list(islice(found, _CHUNK)):
        kinds = list(map(_KIND_OF_GROUP.__getitem__, map(_group_of, matches)))
        fields = zip(
            map(_match_start, matches),
            map(_match_end, matches),
            map(_match_text, matches),
            kinds,
            strict=True,
        )
        if _URL in kinds:
            links.extend(compress(count(len(tokens)), map(is_, kinds, repeat(_URL))))
        tokens.extend(map(_new_tuple, repeat(Token), fields))
    if links:
        _trim_urls(tokens, links, text)
    for chunk_start in range(first, len(tokens), _CHUNK):
        chunk = tokens[chunk_start : chunk_start + _CHUNK]
        may_end = compress(count(chunk_start), map(_MAY_END.__contains__, map(_kind_of, chunk)))
        enders.extend(i for i in may_end if _ends_sentence(tokens[i]))


def _trim_urls(tokens: list[Token], links: Iterable[int], text: str) -> None:
    """Closing punctuation after a link ('zie gemeente.nl/afval.') is no part of it: the link
    tokens at ``links`` lose it, and it becomes tokens of its own."""
    for i in sorted(links, reverse=True):  # from the end, so the other indexes stay valid
        start, end, _, kind = tokens[i]
        trimmed = end
        while trimmed > start + 1 and text[trimmed - 1] in _URL_TRAIL:
            trimmed -= 1
        if trimmed != end:
            tail: list[Token] = []
            _tokenize_into(tail, [], text, trimmed, end)
            tokens[i : i + 1] = [Token(start, trimmed, text[start:trimmed], kind), *tail]


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
        tokens, enders = _line_tokens(text, line_start, line_end)
        if not tokens:
            continue
        if pending and not _continues_previous_line(pending, tokens):
            sentences.append(_sentence(text, pending))
            pending = []
        if tokens[0].kind is _BULLET:
            if pending:
                sentences.append(_sentence(text, pending))
                pending = []
            tokens = tokens[1:]
            enders = [i - 1 for i in enders]
        for group, closed in _split_sentences(tokens, enders, text):
            if closed and not pending:
                sentences.append(_sentence(text, group))
                continue
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
    for match in _LINE_BREAK.finditer(text, start, end, concurrent=release_gil(text)):
        yield pos, match.start()
        pos = match.end()
    yield pos, end


def _line_tokens(text: str, start: int, end: int) -> tuple[list[Token], list[int]]:
    """The tokens of one line (a bullet marker first) and the indexes of possible sentence
    ends among them."""
    tokens: list[Token] = []
    enders: list[int] = []
    bullet = _BULLET_RE.match(text, start, end, concurrent=release_gil(text))
    if bullet and bullet.end() < end:
        marker_end = bullet.end()
        while text[marker_end - 1] in " \t":
            marker_end -= 1
        marker_start = bullet.start() + (len(bullet.group()) - len(bullet.group().lstrip(" \t")))
        tokens.append(Token(marker_start, marker_end, text[marker_start:marker_end], _BULLET))
        start = bullet.end()
    _tokenize_into(tokens, enders, text, start, end)
    return tokens, enders


def _continues_previous_line(previous: list[Token], line: list[Token]) -> bool:
    """A hard-wrapped sentence: no end punctuation before the break, lower case after it."""
    last, first = previous[-1], line[0]
    if last.kind is _PUNCT and last.text[-1] in _NO_WRAP_AFTER:
        return False
    return first.kind is _WORD and first.text[:1].islower()


def _split_sentences(
    tokens: list[Token], enders: Iterable[int], text: str
) -> Iterator[tuple[list[Token], bool]]:
    """Groups of tokens in one line; ``closed`` says the group ends a sentence.

    ``enders`` are the indexes of the tokens that may end a sentence, in order: only there is
    there anything to decide, so the other tokens are never looked at one by one.
    """
    begin = 0
    count = len(tokens)
    for i in enders:
        i += 1
        while i < count and tokens[i].kind is _PUNCT and tokens[i].text in _CLOSERS:
            i += 1
        if i == count or _starts_sentence(tokens[i], text):
            yield tokens[begin:i], True
            begin = i
    if begin < count:
        yield tokens[begin:], False


def _ends_sentence(token: Token) -> bool:
    if token.kind is _PUNCT:
        return token.text[-1] in _SENTENCE_END
    return token.kind is _ABBREVIATION and token.text.lower() in _SENTENCE_ENDING_ABBREVIATIONS


def _starts_sentence(token: Token, text: str) -> bool:
    if token.kind in (_URL, _EMAIL):
        return False
    first = token.text[:1]
    if token.kind is _PUNCT:
        return first in "\"'‘“(«¡¿"
    return not first.islower() or token.text.lower() in ("'s", "'t", "’s", "’t")


# Slot setters of Sentence: _sentence fills a new one without the frozen dataclass __init__,
# which sets each field through object.__setattr__ (a third of the cost of a sentence).
_SENTENCE_FIELDS = ("start", "end", "text", "tokens", "words")
if tuple(f.name for f in fields(Sentence)) != _SENTENCE_FIELDS:
    raise RuntimeError("_sentence must set every field of Sentence")
_set_start, _set_end, _set_text, _set_tokens, _set_words = (
    getattr(Sentence, name).__set__ for name in _SENTENCE_FIELDS
)


def _sentence(text: str, tokens: list[Token]) -> Sentence:
    """Sentence(start, end, text[start:end], tuple(tokens)), built faster."""
    start, end = tokens[0].start, tokens[-1].end
    sentence = _new_object(Sentence)
    all_tokens = tuple(tokens)
    _set_start(sentence, start)
    _set_end(sentence, end)
    _set_text(sentence, text[start:end])
    _set_tokens(sentence, all_tokens)
    _set_words(sentence, _words_of(all_tokens))
    return sentence
