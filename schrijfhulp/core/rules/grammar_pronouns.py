"""Pronoun case: subject or object form ('met zij' -> 'hen', 'Hen hebben' -> 'Zij'), and a
personal pronoun or its possessive ('jou laptop' -> 'jouw', 'ik zie jouw morgen' -> 'jou').

The choice follows the words around the pronoun, from the tagger: a noun after it asks for the
possessive, a verb, an adverb or the end of the clause for the personal pronoun; a preposition
before it asks for the object form.

Approximation and blind spots: 'hun' as an object ('Ik heb hun gezien' -> 'hen') is only a
warning and stays quiet with verbs that take 'hun' for whom it is for (``dative_verbs``: 'We
hebben hun gevraagd'). 'jou'/'u' + a bare noun after such a verb is right ('Ik gun jou succes',
'Wij bieden u korting'); after other verbs and a preposition ('voor u koffie') it is a warning.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch import tagger as t
from schrijfhulp.core.dutch.phrases import is_time
from schrijfhulp.core.dutch.segmentation import Document, Token, TokenKind
from schrijfhulp.core.rules.model import Hit, Rule
from schrijfhulp.core.rules.patterns import match_case

_WORDS = frozenset({TokenKind.WORD, TokenKind.ABBREVIATION, TokenKind.NUMBER})
# The finite forms that can go with each subject form: 'voor zij vertrekken', not 'zij film'.
_AGREEING = {
    "zij": t.PRES_3 | t.PRES_PL | t.PAST,
    "wij": t.PRES_PL | t.PAST_PL,
    "hij": t.PRES_3 | t.PAST_SG,
    "ik": t.PRES_1 | t.PAST_SG,
}
_OBJECT_OF = {"zij": ("hen", "haar"), "wij": ("ons",), "hij": ("hem",), "ik": ("mij", "me")}
# 'op zij' is 'opzij'; 'behalve hij', 'dan wij' and 'sinds wij' are fine.
_NOT_PREPOSITIONS = frozenset(("op", "behalve", "dan", "sinds", "tot", "zoals", "als"))
_POSSESSIVE_OF = {"jou": "jouw", "u": "uw"}
_PERSONAL_OF = {"jouw": "jou", "uw": "u"}
_NOT_NOUN = t.PRON | t.DET | t.PREP | t.ADV | t.SUBJ | t.OBJ | t.NAME | t.INF | t.PART | t.NUM
_NOT_PERSONAL = t.NOUN | t.ADJ | t.NUM | t.UNKNOWN | t.NAME | t.INFLECTED | t.POSS | t.COORD
_VERB = t.FINITE | t.PART | t.INF
_AGREES = t.PRES_2 | t.PRES_3 | t.PAST  # 'U zult', 'u kan' (not the stem: 'u jas')
_MODALS = (("zullen",), ("kunnen",), ("willen",), ("mogen",), ("moeten",))
# Particles the lexicon also knows as a noun ('mee', mead): 'Zij gaat met jou mee'.
_PARTICLES = frozenset(("mee", "toe", "heen", "mede", "langs", "binnen", "achterna", "na"))
_AUXILIARIES = (("hebben",), ("zijn",), ("worden",), *_MODALS)
_ARTICLES = frozenset(("de", "het", "een", "die", "deze", "dit", "dat"))
_TRIGGERS = frozenset(("zij", "wij", "hij", "ik", "hen", "hun", "jou", "u", "jouw", "uw", "mijn"))


class _Found(NamedTuple):
    at: int  # token index
    suggestions: tuple[str, ...]
    sure: bool


class _Words(NamedTuple):
    tokens: tuple[Token, ...]
    low: tuple[str, ...]
    dative: frozenset[str]

    def bits(self, i: int) -> int:
        """The tagger bits of token i; 0 past the end or for punctuation. Looked up only where
        a check asks: most words of a sentence are never looked at."""
        if 0 <= i < len(self.low) and self.tokens[i].kind in _WORDS:
            return t.info(self.low[i]).bits
        return 0

    def verbs(self, i: int) -> tuple[str, ...]:
        return t.info(self.low[i]).verbs

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.low) and self.tokens[i].kind in _WORDS

    def clause_end(self, i: int) -> int:
        while self.is_word(i) and not self.bits(i) & (t.SUB | t.REL | t.COORD):
            i += 1
        return i

    def dative_verb(self, start: int, end: int) -> bool:
        """A verb of giving or telling in the clause: 'hun' and 'jou' + noun may be right there."""
        for i in range(max(start, 0), min(end, len(self.low))):
            if self.bits(i) & _VERB and not self.dative.isdisjoint(self.verbs(i)):
                return True
        return False


_Check = Callable[[_Words, int], _Found | None]


def pronoun_case(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """'met zij' -> 'hen', 'Hen hebben' -> 'Zij', 'heb hun gezien' -> 'hen' (a warning).
    params: ``sure``, ``dative_verbs``."""
    yield from _hits(doc, rule, (_after_preposition, _object_as_subject, _hun_as_object))


def possessive_pronoun(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """'jou laptop' -> 'jouw', 'U aanvraag' -> 'Uw', 'zie jouw morgen' -> 'jou', 'van mijn.' ->
    'mij'. params: ``sure``, ``dative_verbs``."""
    yield from _hits(doc, rule, (_personal_for_possessive, _possessive_for_personal))


def _hits(doc: Document, rule: Rule, checks: tuple[_Check, ...]) -> Iterator[Hit]:
    sure = bool(rule.params.get("sure", True))
    dative = frozenset(rule.params.get("dative_verbs", ()))
    for sentence, low in zip(doc.sentences, doc.lowered_by_sentence, strict=True):
        if _TRIGGERS.isdisjoint(low):
            continue
        words = _Words(sentence.tokens, low, dative)
        for i, word in enumerate(low):
            if word not in _TRIGGERS or sentence.tokens[i].kind is not TokenKind.WORD:
                continue
            for check in checks:
                found = check(words, i)
                if found is not None and found.sure == sure:
                    token = sentence.tokens[found.at]
                    out = tuple(match_case(s, token.text) for s in found.suggestions)
                    yield Hit(token.start, token.end, out)
                    break


def _after_preposition(w: _Words, i: int) -> _Found | None:
    """'met zij', 'naar zij gestuurd': a subject form after a preposition, with no finite verb
    after it ('voor zij vertrekken' is a conjunction); 'zij die' is left alone."""
    objects = _OBJECT_OF.get(w.low[i])
    if objects is None or not w.bits(i - 1) & t.PREP or w.low[i - 1] in _NOT_PREPOSITIONS:
        return None
    if w.is_word(i + 1) and w.low[i + 1] == "die":
        return None
    for j in range(i + 1, w.clause_end(i + 1)):
        bits = w.bits(j)
        if bits & _AGREEING[w.low[i]] and not bits & (t.PART | t.CLOSED):
            return None  # 'Na hij vertrokken was', 'Voor zij vertrekken': a conjunction
    return _Found(i, objects, True)


def _object_as_subject(w: _Words, i: int) -> _Found | None:
    """'Hen hebben geen idee' -> 'Zij': 'hen' first, a plural verb after it and no other
    subject behind the verb ('Hen heb ik gezien', 'Hen hebben we gezien' are right)."""
    if w.low[i] != "hen" or i != 0 or not w.bits(1) & (t.PRES_PL | t.PAST_PL):
        return None
    after = w.bits(2)
    if after & (t.SUBJ | t.NAME) or (w.is_word(2) and w.low[2] in ("de", "het")):
        return None
    return _Found(i, ("zij", "ze"), True)


def _hun_as_object(w: _Words, i: int) -> _Found | None:
    """'Wij hebben hun gisteren gezien', 'met hun naar huis' -> 'hen' (a warning): 'hun' not
    before a noun, after a verb or a preposition."""
    if w.low[i] != "hun" or i == 0:
        return None
    before = w.bits(i - 1)
    if not before & (t.FINITE | t.PREP | t.SUBJ):
        return None
    if before & t.NOUN and not before & (t.FINITE | t.PREP):
        return None
    j = i + 1
    while w.bits(j) & t.ADV:
        j += 1
    nxt = w.bits(j)
    if j == i + 1 and nxt & (_NOT_PERSONAL | t.INF) and not nxt & t.PREP:
        return None  # 'hun fiets', 'met hun tweeën', 'voor hun komen'
    if nxt & (t.NOUN | t.ADJ | t.INFLECTED | t.NUM) and not nxt & (t.PART | t.PREP):
        return None
    if not before & t.PREP and w.dative_verb(0, w.clause_end(i + 1)):
        return None  # 'We hebben hun gevraagd', 'Ik geef hun morgen het geld', 'Het lukt hun'
    return _Found(i, ("hen",), False)


def _personal_for_possessive(w: _Words, i: int) -> _Found | None:
    """'Is dit jou laptop?' -> 'jouw', 'U aanvraag is binnen' -> 'Uw'."""
    possessive = _POSSESSIVE_OF.get(w.low[i])
    if possessive is None:
        return None
    j = i + 1
    while w.bits(j) & t.INFLECTED and w.bits(j) & t.ADJ:
        j += 1  # 'jou nieuwe baan'
    if not _plain_noun(w, j):
        return None
    before = w.bits(i - 1)
    if i and before & _VERB and not before & t.CLOSED:
        if w.low[i] == "u" and not (i > 1 and w.bits(i - 2) & t.SUBJ and _auxiliary(w, i - 1)):
            return None  # 'Bent u tevreden' (subject), 'Wij verlenen u toestemming' (for you)
        if w.dative_verb(0, w.clause_end(j)):
            return None  # 'Wij bieden u korting', 'Ik gun jou succes'
        return _Found(i, (possessive,), False)
    if i == 0 or w.low[i - 1] in ("dit", "dat", "is"):
        return _Found(i, (possessive,), True)
    return _Found(i, (possessive,), False) if before & t.PREP else None


def _auxiliary(w: _Words, i: int) -> bool:
    """'Wij hebben u aanvraag ontvangen': after an auxiliary the noun has no verb of its own."""
    return w.verbs(i)[:1] in _AUXILIARIES


def _plain_noun(w: _Words, j: int) -> bool:
    """A lower-case noun that is no verb form agreeing with 'u' or 'jij' ('U zult', 'u kan')."""
    bits = w.bits(j)
    if not bits & t.NOUN or bits & (_NOT_NOUN | _AGREES) or not w.tokens[j].text.islower():
        return False
    if w.low[j] in _PARTICLES:
        return False
    return w.verbs(j)[:1] not in _MODALS


def _possessive_for_personal(w: _Words, i: int) -> _Found | None:
    """'Ik zie jouw morgen' -> 'jou', 'stuur ik uw de documenten' -> 'u', 'de fiets van mijn.'
    -> 'mij': a possessive with no noun after it."""
    word = w.low[i]
    if word == "mijn":
        at_end = not w.is_word(i + 1)
        return _Found(i, ("mij",), True) if at_end and w.bits(i - 1) & t.PREP else None
    personal = _PERSONAL_OF.get(word)
    if personal is None or not w.is_word(i - 1):
        return None
    found = _no_noun_after(w, i)
    if found is None:
        return None
    if word == "uw" and found and "u" in w.low[max(i - 2, 0) : i]:
        return _Found(i, ("zich", "u"), found)  # 'Wilt u uw hier aanmelden'
    return _Found(i, (personal,), found)


def _no_noun_after(w: _Words, i: int) -> bool | None:
    """Whether the word after a possessive shows it stands alone (and how sure), or None."""
    if not w.is_word(i + 1):
        return True  # 'voor jouw.'
    nxt = w.bits(i + 1)
    if nxt & t.ADV and not nxt & (t.ADJ | t.INFLECTED | t.NUM | t.DET):
        if not nxt & t.NOUN:
            return True  # 'jouw gisteren'
        return False if is_time(w.low[i + 1]) else None  # 'jouw morgen', not 'uw pas'
    if w.low[i + 1] in _ARTICLES:
        return True  # 'stuur ik uw de documenten'
    if nxt & t.PART and not nxt & t.NOUN and not w.bits(i + 2) & (t.NOUN | t.ADJ | t.UNKNOWN):
        return True  # 'aan jouw gevraagd'
    return None
