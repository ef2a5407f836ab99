"""Named context conditions for plain-language entries: the 'alleen:' column of an entry file.

Some words are stiff in one sense only ('dient' before 'te' + infinitive, not in 'dat dient een
doel'). An entry names the conditions under which it is stiff; all of them must hold. A condition
looks only at the words around the match, through the lexicon, so it stays a dict lookup or two.

    before-te-infinitive   'te' + an infinitive follows (or ends) the match: 'dient … te melden'
    before-adjective       an adjective or adverb follows: 'zeer belangrijk', 'relatief laag' (also
                           a noun), not 'het doet zeer'
    before-noun            a noun or adjective follows: 'nadere informatie', 'enige vragen', 'de
                           nodige overlast' (a noun the lexicon knows only as a verb form)
    before-date            a day, month, date or 'week' follows: 'aanstaande maandag'
    no-determiner-before   no article or possessive before: 'heden', not 'het heden'
    not-after-quote        not after a comma or quote mark: not '…, aldus de wethouder'
    sentence-start         the match opens a sentence or a line: 'Geachte heer'
    with-u                 the sentence addresses the reader as 'u': letter style
    as-verb                used as a verb: no article, adjective or preposition before
    as-adjective           an adjective, not a noun of the same form: 'een complex probleem',
                           'is erg complex', not 'het nieuwe complex' or 'complex Zuiderpark'
    as-adverb              the base form, not before a noun: 'geheel vernieuwd', not 'het geheel'
    after-noun             just after a noun: 'de brief welke u stuurde', not 'Welke bus?'
    not-before-number      no number follows: not 'omtrent 50 mensen', 'in ieder geval tien'
    before-number          a number follows: 'iets van tien euro', not 'iets van mij'
    not-before-amount      no number and no 'van' + number follows: not 'een capaciteit van 200'
    not-before-noun        no noun follows: 'bij deze', not 'bij deze brief'
    not-sentence-start     not the first word of a sentence: not 'Zeg maar wat je wilt'
    as-relative            a relative pronoun: after a noun, no noun after ('de brief welke u')
    whole-word             always holds: a noun that is stiff on its own, not at the end of a
                           compound ('capaciteit', not 'parkeercapaciteit'; see plain.py)
    before=a|b             one of these words follows the match
    after=a|b              one of these words comes just before the match
    not-before=a|b         none of these words follows the match
    not-after=a|b          none of these words comes just before the match
    before-abstract=a|b    one of these words or an abstract noun follows (-heid, -ing, -schap,
                           -isme, -atie, -iteit): 'een stukje bewustwording', not 'een stukje taart'
    not-in-sentence=a|b    none of these words stands in the sentence, a word of six letters or
                           more not even at the end of a compound ('kerstmusical'): an image in its
                           literal sense ('het huis staat in de steigers', 'de radio afstemmen op')
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from schrijfhulp.core.dutch.lexicon import lexicon


@dataclass(frozen=True, slots=True)
class Place:
    """Where an entry matched: the document's lower-case tokens and the matched token indices."""

    lowered: tuple[str, ...]
    positions: tuple[int, ...]
    sentence_start: int
    sentence_end: int

    def word_before(self) -> str:
        i = self.positions[0] - 1
        return self.lowered[i] if i >= self.sentence_start else ""

    def word_after(self, offset: int = 1) -> str:
        i = self.positions[-1] + offset
        return self.lowered[i] if i < self.sentence_end else ""


Test = Callable[[Place, frozenset[str]], bool]

_DETERMINERS = frozenset(
    [
        "de",
        "het",
        "een",
        "mijn",
        "zijn",
        "haar",
        "ons",
        "onze",
        "jouw",
        "je",
        "uw",
        "hun",
        "die",
        "dat",
        "deze",
        "dit",
        "elk",
        "elke",
        "ieder",
        "iedere",
    ]
)
_QUOTE_MARKS = frozenset({",", '"', "“", "”", "'", "‘", "’", ":"})
_DATE_WORDS = frozenset(
    [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "week",
        "weekend",
        "maand",
        "jaar",
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "dag",
        "avond",
        "ochtend",
        "middag",
        "zomer",
        "winter",
        "herfst",
        "lente",
        "voorjaar",
        "najaar",
    ]
)


def _has_pos(word: str, *pos: str) -> bool:
    return any(r.pos in pos for r in lexicon().readings(word))


def _is_infinitive(word: str) -> bool:
    return word in ("zijn", "worden", "hebben") or any(
        r.pos == "verb" and "inf" in r.features for r in lexicon().readings(word)
    )


def before_te_infinitive(place: Place, _: frozenset[str]) -> bool:
    lowered, positions = place.lowered, place.positions
    te = next((p for p in reversed(positions) if lowered[p] == "te"), None)
    if te is None:
        te = positions[-1] + 1
        if te >= place.sentence_end or lowered[te] != "te":
            return False
    return te + 1 < place.sentence_end and _is_infinitive(lowered[te + 1])


def after_determiner(place: Place) -> bool:
    """An article or possessive stands just before the match: its first word is a noun ('De
    focus ligt op'), not a finite verb."""
    return place.word_before() in _ARTICLES


# Determiners that never stand right before a finite verb; 'het', 'dit', 'die', 'ons' or 'hun'
# can, as a pronoun ('Het is van belang', 'die u ons verstrekte').
_ARTICLES = frozenset(["de", "een", "onze", "uw", "mijn", "jouw", "elk", "elke", "ieder", "iedere"])


def as_adjective(place: Place, _: frozenset[str]) -> bool:
    """An adjective, not the noun with the same form: before a noun ('een complex
    probleem'), or after a verb or adverb ('is erg complex'); not 'het nieuwe complex',
    'complex Zuiderpark' or the plural 'complexen'."""
    found = place.lowered[place.positions[0]]
    readings = lexicon().readings(found)
    if readings and not any(r.pos == "adj" for r in readings):
        return False  # 'complexen': a plural noun only
    after = place.word_after()
    if after and _has_pos(after, "noun") and not _has_pos(after, "verb"):
        return True
    before = place.word_before()
    return bool(before) and _has_pos(before, "verb", "adv") and before not in _DETERMINERS


def before_adjective(place: Place, _: frozenset[str]) -> bool:
    after = place.word_after()
    if not after or not _has_pos(after, "adj", "adv"):
        return False
    if not _has_pos(after, "noun"):
        return True
    # 'laag', 'goed', 'veel' are nouns too, but after a degree word they are adjectives ('relatief
    # laag', 'behoorlijk veel'); only 'een redelijk goed' at the end of a phrase is the noun.
    return place.word_before() not in _DETERMINERS or _has_pos(place.word_after(2), "noun")


def before_noun(place: Place, _: frozenset[str]) -> bool:
    after = place.word_after()
    if not after or _has_pos(after, "pron", "adv"):
        return False
    return _has_pos(after, "noun", "adj") or _fused_particle_form(after)


def _fused_particle_form(word: str) -> bool:
    """A form the lexicon knows only as a separable verb with its particle in front ('overlast'
    of 'overlasten'): after a determiner-like word it is the noun the lexicon lacks."""
    readings = lexicon().readings(word)
    return bool(readings) and all(
        r.pos == "verb" and any(f.startswith("sep:") for f in r.features) for r in readings
    )


def before_date(place: Place, _: frozenset[str]) -> bool:
    after = place.word_after()
    return after in _DATE_WORDS or after[:1].isdigit()


def no_determiner_before(place: Place, _: frozenset[str]) -> bool:
    return place.word_before() not in _DETERMINERS


def not_after_quote(place: Place, _: frozenset[str]) -> bool:
    return place.word_before() not in _QUOTE_MARKS


def sentence_start(place: Place, _: frozenset[str]) -> bool:
    return place.positions[0] == place.sentence_start


def with_u(place: Place, _: frozenset[str]) -> bool:
    return "u" in place.lowered[place.sentence_start : place.sentence_end]


def as_verb(place: Place, _: frozenset[str]) -> bool:
    before = place.word_before()
    if not before:
        return True
    return before not in _DETERMINERS and not _has_pos(before, "adj", "prep", "num")


def as_adverb(place: Place, _: frozenset[str]) -> bool:
    found = place.lowered[place.positions[0]]
    inflected = any("inflected" in r.features for r in lexicon().readings(found))
    after = place.word_after()
    return not inflected and not (after and _has_pos(after, "noun") and not _has_pos(after, "adj"))


def after_noun(place: Place, _: frozenset[str]) -> bool:
    before = place.word_before()
    return bool(before) and before not in _DETERMINERS and _has_pos(before, "noun")


def not_before_number(place: Place, _: frozenset[str]) -> bool:
    return not before_number(place, _)


def before_number(place: Place, _: frozenset[str]) -> bool:
    return _is_number(place.word_after())


def _is_number(word: str) -> bool:
    """'12', 'twaalf', and numerals the lexicon lacks: 'twintigduizend', 'driehonderd'."""
    return word[:1].isdigit() or _has_pos(word, "num") or word.endswith(_BIG_NUMERALS)


_BIG_NUMERALS = ("honderd", "duizend", "miljoen", "miljard")


def not_before_amount(place: Place, _: frozenset[str]) -> bool:
    """No number follows, nor 'van' + a number: not 'een capaciteit van 200 plaatsen'."""
    if before_number(place, _):
        return False
    return place.word_after() != "van" or not _is_number(place.word_after(2))


def not_before_noun(place: Place, _: frozenset[str]) -> bool:
    after = place.word_after()
    return not (after and _has_pos(after, "noun"))


def not_sentence_start(place: Place, _: frozenset[str]) -> bool:
    return place.positions[0] != place.sentence_start


def as_relative(place: Place, _: frozenset[str]) -> bool:
    before = place.word_before()
    return (
        bool(before)
        and _only_noun(before)
        and before not in _DETERMINERS
        and (not_before_noun(place, frozenset()) or _has_pos(place.word_after(), "pron"))
    )


def _only_noun(word: str) -> bool:
    readings = lexicon().readings(word)
    return any(r.pos == "noun" for r in readings) and not any(
        r.pos in ("adv", "pron", "adj", "prep") for r in readings
    )


_CLAUSE_WORDS = frozenset(
    [
        "dat",
        "en",
        "of",
        "maar",
        "omdat",
        "als",
        "want",
        "zodat",
        "wanneer",
        "zodra",
        "te",
        "om",
        "voordat",
        "nadat",
        "terwijl",
    ]
)


def ends_clause(place: Place) -> bool:
    """Nothing but a conjunction, 'te', punctuation or the end of the sentence follows."""
    after = place.word_after()
    return not after or not after[:1].isalnum() or after in _CLAUSE_WORDS


def ends_particle(place: Place) -> bool:
    """A split particle closes the clause, or a prepositional phrase follows it: 'leiden jongeren
    toe naar werk', 'trekken samen op tegen fraude' ('op' is not a preposition there)."""
    return ends_clause(place) or _has_pos(place.word_after(), "prep")


def before(place: Place, words: frozenset[str]) -> bool:
    return place.word_after() in words


def after(place: Place, words: frozenset[str]) -> bool:
    return place.word_before() in words


def not_before(place: Place, words: frozenset[str]) -> bool:
    return place.word_after() not in words


def not_after(place: Place, words: frozenset[str]) -> bool:
    return place.word_before() not in words


_ABSTRACT_ENDINGS = ("heid", "ing", "schap", "isme", "atie", "iteit")


def before_abstract(place: Place, words: frozenset[str]) -> bool:
    after = place.word_after()
    if after in words:
        return True
    return len(after) > 6 and after.endswith(_ABSTRACT_ENDINGS) and _only_noun(after)


def not_in_sentence(place: Place, words: frozenset[str]) -> bool:
    sentence = place.lowered[place.sentence_start : place.sentence_end]
    if not words.isdisjoint(sentence):
        return False
    # A long listed word also counts at the end of a compound: 'kerstmusical', 'schoolmusical'.
    long_words = tuple(w for w in words if len(w) >= _MIN_COMPOUND_TAIL)
    return not any(w.endswith(long_words) for w in sentence if len(w) > _MIN_COMPOUND_TAIL)


_MIN_COMPOUND_TAIL = 6


def in_sentence(place: Place, words: frozenset[str]) -> bool:
    return not not_in_sentence(place, words)


def whole_word(place: Place, _: frozenset[str]) -> bool:
    return True


CONDITIONS: dict[str, Test] = {
    "before-te-infinitive": before_te_infinitive,
    "before-adjective": before_adjective,
    "before-noun": before_noun,
    "before-date": before_date,
    "no-determiner-before": no_determiner_before,
    "not-after-quote": not_after_quote,
    "sentence-start": sentence_start,
    "with-u": with_u,
    "as-verb": as_verb,
    "as-adjective": as_adjective,
    "as-adverb": as_adverb,
    "after-noun": after_noun,
    "not-before-number": not_before_number,
    "not-before-amount": not_before_amount,
    "before-number": before_number,
    "not-before-noun": not_before_noun,
    "not-sentence-start": not_sentence_start,
    "as-relative": as_relative,
    "whole-word": whole_word,
}
# Conditions that take a word list: 'not-after=van|tot'.
WORD_CONDITIONS: dict[str, Test] = {
    "before": before,
    "after": after,
    "not-before": not_before,
    "not-after": not_after,
    "before-abstract": before_abstract,
    "not-in-sentence": not_in_sentence,
    "in-sentence": in_sentence,
}


@dataclass(frozen=True, slots=True)
class Condition:
    name: str
    test: Test
    words: frozenset[str] = frozenset()

    def holds(self, place: Place) -> bool:
        return self.test(place, self.words)


def parse_condition(text: str) -> Condition | None:
    """'before-te-infinitive' or 'not-after=van|tot'; None for a name that does not exist."""
    name, _, arg = text.strip().partition("=")
    if arg:
        test = WORD_CONDITIONS.get(name)
        words = frozenset(w.strip().lower() for w in arg.split("|") if w.strip())
        return Condition(name, test, words) if test and words else None
    found = CONDITIONS.get(name)
    return Condition(name, found) if found else None
