"""A light tagger: what each word form can be, as bits, looked up once per form.

Every reading the lexicon gives a form becomes one bit (a finite verb for ``ik``, a plural noun,
a determiner, ...); ``info(form)`` returns a ``WordInfo`` with all of them, the verb lemma and the
noun's number and gender. The tagger does not choose one reading: context decides, and that is
the clause finder's job (``clauses.py``), which asks cheap questions like "can this be a finite
verb?" or "is this only a noun?". Results are cached per lower-case form, so a post costs one
dict lookup per token.

Approximation and blind spots: word classes come from the lexicon alone, without statistics; a
form the lexicon does not know has no bits except ``UNKNOWN``. Forms that are a verb and a noun
(``fiets``, ``plan``, ``werk``) keep both. Names are words with only a name reading; a capital
alone does not make a name.
"""

from __future__ import annotations

import re
import threading
from typing import NamedTuple

from schrijfhulp.core.dutch.lexicon import lexicon

# Verb forms
PRES_1 = 1 << 0  # ik werk
PRES_2 = 1 << 1  # jij werkt
PRES_INV = 1 << 2  # werk jij
PRES_3 = 1 << 3  # hij werkt
PRES_PL = 1 << 4  # wij werken
PAST_SG = 1 << 5
PAST_PL = 1 << 6
PART = 1 << 7  # gewerkt, gewerkte
INF = 1 << 8
# Other word classes
NOUN_SG = 1 << 9
NOUN_PL = 1 << 10
NAME = 1 << 11
ADJ = 1 << 12
ADV = 1 << 13
DET = 1 << 14
POSS = 1 << 15
SUBJ = 1 << 16  # a personal pronoun that can be a subject
OBJ = 1 << 17
PREP = 1 << 18
SUB = 1 << 19  # subordinating conjunction
COORD = 1 << 20
REL = 1 << 21
QUESTION = 1 << 22
COMP = 1 << 23  # comparative
NUM = 1 << 24
PRON = 1 << 25  # any pronoun (demonstrative, indefinite, ...)
UNKNOWN = 1 << 26
INFLECTED = 1 << 27  # an inflected adjective or participle: gewerkte, mooie

PRES = PRES_1 | PRES_2 | PRES_INV | PRES_3 | PRES_PL
PAST = PAST_SG | PAST_PL
FINITE = PRES | PAST
NOUN = NOUN_SG | NOUN_PL
# Words that are mainly function words: a determiner or preposition is not read as a verb.
CLOSED = DET | POSS | SUBJ | OBJ | PREP | SUB | COORD | REL | PRON | QUESTION

_VERB_BITS = {
    ("pres", "1"): PRES_1,
    ("pres", "2"): PRES_2,
    ("pres", "3"): PRES_3,
    ("pres", "pl"): PRES_PL,
    ("past", "sg"): PAST_SG,
    ("past", "pl"): PAST_PL,
}
_PRONOUN_BITS = {"subj": SUBJ, "obj": OBJ, "poss": POSS, "rel": REL, "q": QUESTION}
_SIMPLE_BITS = {"adj": ADJ, "adv": ADV, "det": DET, "prep": PREP, "num": NUM, "name": NAME}


class WordInfo(NamedTuple):
    """What one form can be. ``person``/``number`` are those of a subject pronoun (0/"" else);
    ``gender`` is "de" or "het" for a singular noun when the lexicon knows it."""

    bits: int
    verbs: tuple[str, ...]  # lemmas of the verb readings, auxiliaries first ("was": zijn, wassen)
    person: int
    number: str  # "sg", "pl", or "" (both or unknown)
    gender: str
    polite: bool


_UNKNOWN = WordInfo(UNKNOWN, (), 0, "", "", False)
_UNITS = "een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien"
_TENS = "vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig"
_NUMBER_WORD = f"(?:{_UNITS}|{_TENS}|zeventig|tachtig|negentig|honderd|duizend)"
_NUMERAL = re.compile(f"(?:{_NUMBER_WORD}(?:ën|en)?)*{_NUMBER_WORD}")  # not 'duizenden'
_AUXILIARIES = ("zijn", "hebben", "worden", "kunnen", "zullen", "willen", "mogen", "moeten")
_CACHE: dict[str, WordInfo] = {}
_CACHE_LIMIT = 100_000
_LOCK = threading.Lock()


def info(form: str) -> WordInfo:
    """The bits of a lower-case form; cached, so the second look-up is one dict access."""
    found = _CACHE.get(form)
    if found is None:
        found = _compute(form)
        with _LOCK:
            if len(_CACHE) >= _CACHE_LIMIT:
                _CACHE.clear()
            _CACHE[form] = found
    return found


_VERB_FORMS = PRES | PAST | PART | INF | INFLECTED


def _common_verb(lemmas: list[str], minimum: float) -> bool:
    """A verb common enough to be read as one; where the form is also another word ('waar',
    'mijn', 'wel') it must be commoner still."""
    lex = lexicon()
    for lemma in lemmas:
        if lex.zipf(lemma) < minimum:
            continue
        # 'waren' is frequent as a past tense of 'zijn', not as a verb of its own
        if not any(
            "past" in r.features and r.lemma in _AUXILIARIES and r.lemma != lemma
            for r in lex.readings(lemma)
        ):
            return True
    return False


def _compute(form: str) -> WordInfo:
    readings = lexicon().readings(form)
    if not readings and len(form) > 6 and _NUMERAL.fullmatch(form):
        return WordInfo(NUM, (), 0, "", "", False)  # 'driehonderdvijftig'
    if not readings:
        return _nominal_plural(form)
    bits, person, gender, polite = 0, 0, "", False
    numbers: set[str] = set()
    verbs: list[str] = []
    for r in readings:
        feats = r.features
        if r.pos == "verb":
            if feats == {"aux"}:
                continue  # a marker on 'hebben', 'zijn', 'worden', not a form
            if "part" in feats:
                bits |= PART | (INFLECTED if "inflected" in feats else 0)
            elif "inf" in feats:
                bits |= INF
            elif "inv" in feats:
                bits |= PRES_INV
            else:
                tense = "pres" if "pres" in feats else "past"
                key = "pl" if "pl" in feats and tense == "pres" else ("1" if "1" in feats else "")
                key = key or ("2" if "2" in feats else "3" if "3" in feats else "")
                if tense == "past":
                    key = "pl" if "pl" in feats else "sg"
                bits |= _VERB_BITS.get((tense, key), 0)
            if r.lemma not in verbs:
                verbs.append(r.lemma)
        elif r.pos == "noun":
            bits |= NOUN_PL if "pl" in feats else NOUN_SG
            if "sg" in feats:
                gender = gender or ("het" if "het" in feats else "de" if "de" in feats else "")
        elif r.pos == "pron":
            bits |= PRON
            for name, bit in _PRONOUN_BITS.items():
                if name in feats:
                    bits |= bit
            if "subj" in feats:
                person = int(next((p for p in "123" if p in feats), "3"))
                numbers.update(n for n in ("sg", "pl") if n in feats)
                polite = polite or "polite" in feats
            if "indef" in feats or "dem" in feats:
                numbers.add("sg")
        elif r.pos == "conj":
            bits |= SUB if "sub" in feats else COORD
        else:
            bits |= _SIMPLE_BITS.get(r.pos, 0)
        if "comp" in feats:
            bits |= COMP
        if r.pos == "adj" and "inflected" in feats:
            bits |= INFLECTED
    if bits & FINITE and not _common_verb(verbs, 3.0 if bits & ~_VERB_FORMS else 2.0):
        bits &= ~FINITE  # 'waar' (waren), 'mijn' (mijnen), 'wel' (wellen): not read as verbs
    if bits & ~PRES_INV == PRES_1 and _mostly_not_the_verb(form, verbs):
        bits |= NOUN_SG  # 'het verkeer', 'het afval': a noun the dictionary gives no flags
    if len(form) > 6 and _NUMERAL.fullmatch(form):
        bits |= NUM  # 'vierhonderd', 'tweeëntwintig': the dictionary knows them as nouns
    if bits & NOUN == NOUN_SG and not gender and _english_plural_of_noun(form):
        bits |= NOUN_PL  # 'reels': the dictionary lists it as a singular of its own
    number = numbers.pop() if len(numbers) == 1 else ""
    verbs.sort(key=lambda lemma: lemma not in _AUXILIARIES)  # stable: otherwise as read
    return WordInfo(bits, tuple(verbs), person, number, gender, polite)


def _mostly_not_the_verb(form: str, verbs: list[str]) -> bool:
    """A bare stem far commoner than the verb's third person ('verkeer' 4.7, 'verkeert' 3.7)
    is mostly used as another word; 'vind' (5.7) beside 'vindt' (5.4) is not."""
    lex = lexicon()
    forms = lex.verb(verbs[0]) if verbs else None
    return forms is not None and lex.zipf(form) >= lex.zipf(forms.present_3sg) + 0.5


def _nominal_plural(form: str) -> WordInfo:
    """'werkenden', 'geïnteresseerden': an inflected adjective or participle + n the lexicon
    lacks is a plural noun (people who are so); 'stories', 'vlogs': an English plural of a
    noun it knows; any other unknown form has no bits."""
    if len(form) > 5 and form.endswith("en") and info(form[:-1]).bits & INFLECTED:
        return WordInfo(NOUN_PL, (), 0, "", "", False)
    if _english_plural_of_noun(form):
        return WordInfo(NOUN_PL, (), 0, "", "", False)
    return _UNKNOWN


def _english_plural_of_noun(form: str) -> bool:
    """'vlogs' (vlog), 'reels' (reel), 'stories' (story, which the dictionary knows only as a
    name): an -s or -ies plural of a noun; then the word may be plural."""
    if len(form) <= 4 or not form.endswith("s"):
        return False
    if form.endswith("ies"):
        return bool(info(form[:-3] + "y").bits & (NOUN_SG | NAME))
    return bool(info(form[:-1]).bits & NOUN_SG)
