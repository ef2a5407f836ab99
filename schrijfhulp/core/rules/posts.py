"""Matchers for typography and post hygiene that count or look at tokens, not at patterns."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain, compress, count, repeat, takewhile
from operator import attrgetter, is_

import regex

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.compounds import is_known_word, split_compound
from schrijfhulp.core.dutch.segmentation import Document, Token, TokenKind
from schrijfhulp.core.resources import resource_path
from schrijfhulp.core.rules.model import Hit, Rule
from schrijfhulp.core.spelling import shared_checker

# Abbreviations whose dot the tokenizer leaves as a separate mark ('3 okt. is de markt').
_SHORT_FORMS = frozenset(
    {
        "jan",
        "feb",
        "mrt",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dec",
        "ma",
        "di",
        "wo",
        "do",
        "vr",
        "za",
        "zo",
        "nr",
        "tel",
        "blz",
        "ca",
        "min",
        "max",
        "incl",
        "excl",
        "bijv",
        "evt",
        "zgn",
        "vgl",
        "resp",
        "ong",
    }
)
_END_MARKS = regex.compile(r"[.!?]|[!?]+")
_CAPS_WORD = regex.compile(r"\p{Lu}{2,}(?:-\p{Lu}{2,})*")
_VOWEL = regex.compile(r"[AEIOUY]")
_text_of = attrgetter("text")
GLUED_MAX_ZIPF = 1.0  # a run-together hashtag body rarer than this in Dutch text is glued words

# Enum members as plain names: a lookup on the class costs about 0.2 µs on Python 3.11.
_WORD, _PUNCT, _NUMBER = TokenKind.WORD, TokenKind.PUNCT, TokenKind.NUMBER
_URL, _HASHTAG, _EMOJI = TokenKind.URL, TokenKind.HASHTAG, TokenKind.EMOJI


def sentence_capital(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """A word with a small letter at the start of the text or after . ! ? and a space."""
    tokens = doc.tokens
    # Only the first token and those right after a mark can start a sentence; they are picked
    # out in C, as most words follow another word.
    after_mark = compress(count(1), map(is_, doc.kinds, repeat(_PUNCT)))
    for i in chain((0,) if tokens else (), takewhile(len(tokens).__gt__, after_mark)):
        token = tokens[i]
        word = token.text
        if token.kind is not _WORD or not word[:1].islower():
            continue
        if any(ch.isupper() for ch in word[1:]) or word.lower() in ("'s", "'t", "’s", "’t"):
            continue  # iPhone, eBay, 's middags
        if _starts_sentence(doc.text, tokens, i):
            yield Hit(token.start, token.end, (word[:1].upper() + word[1:],))


def _starts_sentence(text: str, tokens: tuple[Token, ...], i: int) -> bool:
    if i == 0:
        return not _previous_mark(text, tokens[i].start)
    previous = tokens[i - 1]
    if previous.kind is not _PUNCT or not _END_MARKS.fullmatch(previous.text):
        return False
    mark = _previous_mark(text, tokens[i].start)
    if mark != previous.text[-1] or previous.end == tokens[i].start:
        return False  # a bullet in between, or no space (another rule's job)
    before = tokens[i - 2] if i >= 2 else None
    # 'Stap 1. open de app', '10 u. en', '3 okt. is': a number, a letter or an abbreviation
    # before the dot, not a sentence end
    return before is None or not (
        before.kind is _NUMBER or len(before.text) == 1 or before.text.lower() in _SHORT_FORMS
    )


def _previous_mark(text: str, pos: int) -> str:
    """The last character before ``pos`` that is no space or opening quote ('' at the start)."""
    while pos > 0 and (text[pos - 1].isspace() or text[pos - 1] in "\"'‘“(«"):
        pos -= 1
    return text[pos - 1] if pos else ""


def all_caps(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """Words in capitals that are not abbreviations ('GRATIS', 'LET OP'; not 'GGD' or 'UNICEF')."""
    min_letters = rule.params.get("min_letters", 4)
    text, words = doc.text, doc.words
    # Words in capitals are few: picked out in C before the slower checks.
    upper = compress(count(), map(str.isupper, map(_text_of, words)))
    shouted = {i for i in upper if _is_shouted(words[i].text)}
    if not shouted:
        return
    sentence_starts = {s.start for s in doc.sentences}
    for i in sorted(shouted):
        token = words[i]
        if len(token.text) < min_letters and not (
            _next_to(text, words, i, i - 1, shouted) or _next_to(text, words, i, i + 1, shouted)
        ):
            continue
        word = token.text
        first = token.start in sentence_starts
        yield Hit(token.start, token.end, (word.capitalize() if first else word.lower(),))


def _next_to(text: str, words: tuple[Token, ...], i: int, j: int, shouted: set[int]) -> bool:
    """Word j is shouted too and only a space separates it from word i ('LET OP')."""
    if j not in shouted:
        return False
    left, right = (words[j], words[i]) if j < i else (words[i], words[j])
    return text[left.end : right.start].isspace()


def _is_shouted(word: str) -> bool:
    if not _CAPS_WORD.fullmatch(word) or not _VOWEL.search(word):
        return False
    return word not in _acronyms()


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    lines = resource_path("rules", "afkortingen.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for line in lines if (w := line.split("#", 1)[0]).strip())


def hashtag_count(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """More hashtags than the platform likes (params: maximum per platform id)."""
    maximum = rule.params.get(context.platform.id)
    tags = doc.tokens_of(_HASHTAG)
    if maximum is None or len(tags) <= maximum:
        return
    values = {"count": len(tags), "maximum": maximum, "platform": context.platform.name}
    for start, end in _runs(doc.text, tags[maximum:]):
        yield Hit(start, end, values=values)


def emoji_count(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """More emoji than a reader takes in (params: maximum, per platform id or 'default')."""
    maximum = rule.params.get(context.platform.id, rule.params["default"])
    emoji = doc.tokens_of(_EMOJI)
    if len(emoji) <= maximum:
        return
    values = {"count": len(emoji), "maximum": maximum}
    for start, end in _runs(doc.text, emoji[maximum:]):
        yield Hit(start, end, values=values)


def _runs(text: str, tokens: tuple[Token, ...]) -> Iterator[tuple[int, int]]:
    """Spans of tokens that follow each other with only spaces between, one span per run."""
    start = end = -1
    for token in tokens:
        if start >= 0 and text[end : token.start].strip() == "":
            end = token.end
            continue
        if start >= 0:
            yield start, end
        start, end = token.start, token.end
    if start >= 0:
        yield start, end


def hashtag_camel_case(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """A screen reader reads '#werkenbijdegemeente' as one word; '#WerkenBijDeGemeente' works.

    Only hashtags that glue a phrase together (a small word like 'bij' or 'de' inside) are
    marked: a compound such as '#jongerenraad' is one Dutch word and needs no capitals inside.
    """
    min_letters = rule.params.get("min_letters", 8)
    joiners = frozenset(rule.params.get("joiners", ()))
    for tag in doc.tokens_of(_HASHTAG):
        body = tag.text[1:]
        if len(body) < min_letters or not body.isalpha() or not body[1:].islower():
            continue
        parts = split_compound(body.lower())
        if len(parts) > 1 and (joiners.intersection(parts[1:]) or _glued_words(body.lower())):
            yield Hit(tag.start, tag.end, (tag.text[0] + "".join(p.capitalize() for p in parts),))


def _glued_words(word: str) -> bool:
    """'duurzaambouwen' is two words glued together: no dictionary word, and nobody writes it
    outside a hashtag. 'museumweekend' and 'warmtetransitie' are compounds: one Dutch word."""
    if is_known_word(word, GLUED_MAX_ZIPF):
        return False
    return not shared_checker().knows(word)


def link_mid_post(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """A link followed by more text: on short platforms the link belongs at the end."""
    tokens = doc.tokens
    # Where the last word is, found once from the end: asking it after every link was quadratic.
    last_word = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].kind is _WORD), -1)
    for i in compress(count(), map(is_, doc.kinds, repeat(_URL))):
        if i < last_word:
            yield Hit(tokens[i].start, tokens[i].end)


_FORMAL = {"u": "je", "uw": "je"}
# An opening mark also ends the search for its closing one: with it inside, a line of 10,000
# '«' was searched from every one of them to the line's end (quadratic).
_QUOTE = regex.compile(r'"[^"\n]*"|“[^“”\n]*”|„[^„”“\n]*[”“]|«[^«»\n]*»')
_INFORMAL = frozenset({"je", "jij", "jou", "jouw"})
_ADDRESS_WORDS = _INFORMAL | _FORMAL.keys()


def mixed_address(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """'u' and 'je' in one text: the smaller group of the two is marked."""
    formal: list[Token] = []
    informal: list[Token] = []
    quoted = [m.span() for m in _QUOTE.finditer(doc.text)]
    quote_starts = [start for start, _ in quoted]

    def in_quote(token: Token) -> bool:  # the spans are sorted and apart: one binary search
        i = bisect_left(quote_starts, token.start) - 1
        return i >= 0 and token.start < quoted[i][1]

    tokens = doc.tokens
    lowered = doc.lowered
    # Only the places of 'u', 'je' and the like are visited (found in C, not token by token).
    for i in compress(count(), map(_ADDRESS_WORDS.__contains__, lowered)):
        token = tokens[i]
        if token.kind is not _WORD or (quoted and in_quote(token)):
            continue  # someone else's words: '"Jullie hebben je best gedaan," zei mevrouw Jansen
        word = lowered[i]
        before = i - 1  # the token before it, not counting quoted ones
        while before >= 0 and quoted and in_quote(tokens[before]):
            before -= 1
        after_number = before >= 0 and tokens[before].kind is _NUMBER  # '10 u'
        if word in _FORMAL and not after_number:
            formal.append(token)
        elif word in _INFORMAL:
            informal.append(token)
    if not formal or not informal:
        return
    # The form used most sets the tone; on a tie the first form used does.
    formal_wins = len(formal) > len(informal) or (
        len(formal) == len(informal) and formal[0].start < informal[0].start
    )
    marked, chosen = (informal, "u") if formal_wins else (formal, "je")
    for token in marked:
        yield Hit(token.start, token.end, values={"chosen": chosen})
