"""Noun phrases and verb candidates: the word-level half of the clause finder.

A noun phrase is a personal or indefinite pronoun, a name (or a run of capitalised words), a bare
plural, or a determiner, possessive or number with adjectives and a noun; ``van``-phrases after
it and ``en`` + another phrase belong to it. ``Subject`` says its person and number. See
``clauses.py`` for how phrases and verbs make clauses, and for the blind spots.
"""

from __future__ import annotations

from typing import NamedTuple

from schrijfhulp.core.dutch import tagger as t
from schrijfhulp.core.dutch.lexicon import lexicon
from schrijfhulp.core.dutch.segmentation import Token, TokenKind
from schrijfhulp.core.dutch.verbs import PARTICLES
from schrijfhulp.core.dutch.verbvariants import dt_variant, past_variant

_POSTMODIFIERS = frozenset(
    ("van", "uit", "in", "op", "bij", "met", "voor", "aan", "naar", "over", "zonder", "tussen")
    + ("tot", "onder", "boven", "naast")  # 'Alle kinderen tot twaalf jaar mogen'
)
_INTENSIFIERS = frozenset(["heel", "zeer", "erg", "nog", "meest", "minst", "zo", "te", "best"])
_SINGULAR_DETS = frozenset(["een", "elke", "ieder", "iedere", "elk", "één", "eén"])
_PLURAL_DETS = frozenset(
    ["alle", "beide", "sommige", "veel", "vele", "weinig", "meerdere", "diverse", "enkele"]
)
_NP_START = t.DET | t.POSS | t.NUM
_ONE = frozenset(("een", "één", "eén"))
# Counting words before 'van' + a plural: the number of the whole ('" "' either).
_PART_WORDS = {
    **dict.fromkeys(("een", "één", "eén", "1", "elk", "ieder", "wie", "welke", "welk"), "sg"),
    **dict.fromkeys(("veel", "velen", "sommige", "enkele", "beide", "meerdere"), "pl"),
    "geen": "",
}
_NAME_PARTS = frozenset(("van", "de", "der", "den", "ter", "ten", "'t", "in"))
_INFIXES = frozenset((w,) for w in _NAME_PARTS)
_INDEFINITES = frozenset(("iedereen", "niemand", "iemand", "alles", "niets"))
_HUNDREDS = frozenset(("tientallen", "honderden", "duizenden", "tienduizenden", "miljoenen"))
_PLURAL_OBJECTS = frozenset(("ons", "jullie", "hen", "hun"))  # 'Wie van jullie'
# Units after a number take a singular or plural verb: 'Tien euro is veel', 'Drie liter melk'.
_MEASURES = (
    "euro cent dollar pond liter kilo gram kilogram ons meter kilometer centimeter procent "
    "graden stuks ton"
)
MEASURE_NOUNS = frozenset(_MEASURES.split())
_OPEN_DETS = frozenset(("je", "hoeveel"))  # 'je' may be a subject; 'hoeveel' is an adjective
# Nouns of quantity that take a bare noun: 'het aantal klachten', 'een groep kinderen'.
QUANTITY_NOUNS = frozenset(
    ("aantal", "paar", "groep", "boel", "hoop", "heleboel", "reeks", "stel", "serie", "handvol")
)
_TAILS: dict[str, int] = {}
# Nouns of time: "Deze maand", "Vorig jaar" are adverbials in front, not subjects.
_TIME_WORDS = (
    "jaar week maand dag nacht ochtend middag avond keer zomer winter lente herfst weekend eeuw "
    "tijd periode kwartaal seizoen minuut seconde kwartier morgen maandag dinsdag woensdag "
    "donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli augustus "
    "september oktober november december"
)
TIME_NOUNS = frozenset(_TIME_WORDS.split())
_TIME_ENDINGS = tuple(TIME_NOUNS)  # 'dinsdagavond', 'werkdag'


def is_time(noun: str) -> bool:
    """'week', 'dinsdagavond', and plurals: 'de komende drie weken' is when, not who."""
    if noun.endswith(_TIME_ENDINGS):
        return True
    return bool(t.info(noun).bits & t.NOUN_PL) and any(
        lemma.endswith(_TIME_ENDINGS) for lemma in lexicon().lemmas(noun)
    )


class Subject(NamedTuple):
    start: int  # token indices in the sentence, end exclusive
    end: int
    head: int  # the pronoun, the noun or the first name
    person: int
    number: str  # "sg", "pl" or "" (either)
    polite: bool
    pronoun: bool
    either_je: bool  # "je" + noun: a possessive or subject + object
    simple: bool  # one pronoun, name or determiner + noun: no 'van'-phrase, no 'en'


class Phrases:
    """The tokens of one sentence with their tagger bits, and questions about them."""

    def __init__(
        self, tokens: tuple[Token, ...], low: tuple[str, ...], infos: tuple[t.WordInfo, ...]
    ) -> None:
        self.low = low
        self.bits = [
            i.bits if i.bits != t.UNKNOWN else _compound_bits(w)
            for i, w in zip(infos, low, strict=True)
        ]
        self.infos = infos
        self.tokens = tokens
        self.n = len(low)

    def _before_noun(self, i: int) -> bool:
        """Is token i a noun after a determiner ('het plan') or preposition ('op werk')?"""
        if not self.bits[i] & (t.NOUN | t.ADJ):
            return False  # 'dat hij het heeft': 'heeft' is no noun
        b = self.bits[i - 1]
        if b & t.PREP and not b & t.ADV:
            return True
        return self._modifier(i - 1)

    def _modifier(self, i: int) -> bool:
        """A determiner, preposition or possessive that cannot be a subject ('je' can)."""
        b = self.bits[i]
        if b & t.ADV:  # 'al', 'nog'
            return False
        return bool(b & (t.DET | t.PREP) or (b & t.POSS and not b & (t.SUBJ | t.OBJ)))

    # --- words -----------------------------------------------------------------------------
    def _finite(self, i: int) -> bool:
        """Can token i be a finite verb (or a finite verb spelled with d for t)?"""
        if i >= self.n or (i and self.tokens[i].text[:1].isupper()):
            return False  # a capital inside a sentence: a name, not a verb
        b = self.bits[i]
        if b & t.FINITE:
            if b & t.POSS and self.low[i] != "zijn":
                return False
            return not b & (t.DET | t.PREP | t.SUBJ | t.OBJ | t.REL | t.QUESTION | t.NUM)
        if b & (t.PART | t.UNKNOWN) and dt_variant(self.low[i]):
            return True
        # 'Hij melde zich', 'Mijn collega verbrande zich': a past tense with the wrong ending
        return not b & (t.CLOSED | t.ADV) and bool(past_variant(self.low[i]))

    def _np(self, i: int, e: int) -> Subject | None:
        np = self._np_core(i, e)
        if np is not None and np.pronoun and self.low[i] in _INDEFINITES:
            inner = self._np_core(i + 2, e) if self.low[i + 1 : i + 2] == ("van",) else None
            if inner is not None:  # 'Niemand van de aanwezigen wist'
                return np._replace(end=inner.end, simple=False)
        if np is None or np.pronoun:
            return self._coordinated(np, e) if np is not None else None
        end = np.end
        while end + 1 < e and self.low[end] in _POSTMODIFIERS:
            inner = self._np_core(end + 1, e)
            if inner is None or inner.pronoun:
                bare = self._bare_nouns(end + 1, e)
                if bare < 0:
                    break
                end = bare
                continue
            end = inner.end
        if end != np.end:
            np = np._replace(end=end, simple=False)
        return self._coordinated(np, e)

    def _coordinated(self, np: Subject | None, e: int) -> Subject | None:
        if np is None or np.end + 1 >= e or self.low[np.end] != "en":
            return np
        other = self._np_core(np.end + 1, e)
        bare = self._bare_nouns(np.end + 1, e) if other is None else -1  # 'Mijn broer en zus'
        if other is None and bare < 0:
            return np
        person = min(np.person, other.person) if other is not None else np.person
        end = other.end if other is not None else bare
        return Subject(np.start, end, np.head, person, "pl", False, False, False, False)

    def _np_core(self, i: int, e: int) -> Subject | None:
        if i >= e:
            return None
        b, w, info = self.bits[i], self.low[i], self.infos[i]
        if self.low[i + 1 : i + 2] == ("van",):
            part = self._part_of(i, e)
            if part is not None:
                return part
        if w == "al" and i + 1 < e and self.bits[i + 1] & (t.DET | t.POSS):
            inner = self._determiner_phrase(i + 1, e)  # 'Al mijn vrienden', 'al het werk'
            return inner._replace(start=i) if inner is not None else None
        if w in ("meer", "minder") and self.low[i + 1 : i + 2] == ("dan",) and i + 2 < e:
            inner = self._np_core(i + 2, e)  # 'Meer dan honderd bezoekers hebben'
            if inner is not None and self.bits[i + 2] & t.NUM:
                return inner._replace(start=i)
        if w in _SINGULAR_DETS and not b & t.SUBJ:  # 'Eén tip voor ...'
            return self._determiner_phrase(i, e)
        if w == "zowel":
            return Subject(i, e, i, 3, "", False, False, False, False)
        if self._name_start(i):  # 'Fleur', 'Den Helder' inside a sentence; unknown 'Sanne'
            return Subject(i, self._name_end(i + 1, e), i, 3, "sg", False, False, False, True)
        if b & t.SUBJ and not (w in ("het", "je") and self._has_noun_after(i, e)):
            return Subject(i, i + 1, i, info.person, info.number, info.polite, True, False, True)
        if w in _INDEFINITES:
            return Subject(i, i + 1, i, 3, "sg", False, True, False, True)
        if b & _NP_START and not (b & t.FINITE and not b & (t.DET | t.POSS)) or w in _OPEN_DETS:
            return self._determiner_phrase(i, e)
        if self.tokens[i].kind is TokenKind.MENTION or b == t.NAME:
            j = i + 1
            while j < e and self.bits[j] & t.NAME and self.tokens[j].text[:1].isupper():
                j += 1
            return Subject(i, j, i, 3, "sg", False, False, False, True)
        if b == t.NOUN_PL:  # 'Medewerkers krijgen ...', 'Honderden mensen waren'
            j = i + 1 if w in _HUNDREDS and self.bits[i + 1 : i + 2] == [t.NOUN_PL] else i
            return Subject(i, j + 1, j, 3, "pl", False, False, False, True)
        verb_next = self._finite(1) and not self.bits[1] & (t.ADJ | t.ADV)  # not 'Hulp nodig?'
        if i == 0 and b & ~t.NAME == t.NOUN_SG and (verb_next or self.low[1:2] == ("en",)):
            # 'Oma snijdt', 'Koffie helpt': a bare singular noun in front; not sure (a warning)
            return Subject(i, i + 1, i, 3, "sg", False, False, False, False)
        return self._bare_plural(i, e)

    def _name_end(self, j: int, e: int) -> int:
        """The end of a name: capitalised words, with 'van', 'de', 'der' between them
        ('Ellen de Vries', 'Sanne van der Meer')."""
        while j < e:
            if self.tokens[j].text[:1].isupper() and not self.bits[j] & t.CLOSED:
                j += 1
                continue
            k = j
            while k < e and self.low[k] in _NAME_PARTS:
                k += 1  # 'van der'
            if k == j or k >= e or not self.tokens[k].text[:1].isupper():
                break
            j = k + 1
        return j

    def _part_of(self, i: int, e: int) -> Subject | None:
        """'Eén van de kinderen is', 'Twee van de vier sollicitanten hebben', 'Wie van jullie
        heeft': the counting word decides the number, not the plural after 'van'."""
        w = self.low[i]
        number = _PART_WORDS.get(w, "pl" if self.bits[i] & t.NUM and w != "1" else None)
        if number is None or i + 2 >= e:
            return None
        if self.low[i + 2] in _PLURAL_OBJECTS and w not in _ONE:
            return Subject(i, i + 3, i, 3, number, False, False, False, False)
        inner = self._np_core(i + 2, e)
        if inner is None or inner.number != "pl" or inner.pronoun:
            return None
        return Subject(i, inner.end, i, 3, number, False, False, False, False)

    def _bare_plural(self, i: int, e: int) -> Subject | None:
        """'Nieuwe leden zijn welkom': inflected adjectives and a plural noun without a
        determiner ('leden' is also a past tense of 'lijden')."""
        j = i
        while j < e and self.bits[j] & t.INFLECTED and not self.bits[j] & (t.NOUN | t.CLOSED):
            j += 1
        if (
            j == i
            or j >= e
            or not self.bits[j] & t.NOUN_PL
            or self.bits[j] & (t.NOUN_SG | t.CLOSED)
        ):
            return None
        return Subject(i, j + 1, j, 3, "pl", False, False, False, True)

    def _name_start(self, i: int) -> bool:
        """An unknown capitalised word, or one inside the sentence that is no function word
        ('Gaan Fleur en ...': 'fleur' is also a verb form), or one before 'de', 'van' and a
        capital ('Ellen de Vries': 'ellen' is also a plural)."""
        if not self.tokens[i].text[:1].isupper():
            return False
        b = self.bits[i]
        if b == t.UNKNOWN or b == t.NAME:
            return b == t.UNKNOWN
        if self.low[i + 1 : i + 2] in _INFIXES and not b & (t.CLOSED | t.FINITE):
            return self._name_end(i + 1, self.n) > i + 2
        if i == 0 or not self.bits[i - 1]:
            return False  # after an emoji or a colon a capital may start a new sentence
        return not b & (t.CLOSED | t.NOUN_PL | t.ADV) and self.low[i] not in PARTICLES

    def _prepositional(self, s: int, e: int) -> int:
        """Where a phrase after the preposition at s ends: 'op het plein', 'bij ons', 'op
        kantoor', 'na lange tijd'; -1 when none follows."""
        if s + 1 >= e:
            return -1
        np = self._np(s + 1, e)
        if np is not None:
            return np.end
        if self.bits[s + 1] & (t.OBJ | t.NUM | t.ADV):
            return s + 2
        bare = self.bits[s + 1] & (t.NOUN | t.PRES_1) and not self.bits[s + 1] & t.CLOSED
        if bare and self._finite(s + 2):
            return s + 2  # 'Na afloop krijgt': 'afloop' is also a verb form
        j = s + 1
        while j < e and self.bits[j] & t.ADJ and not self.bits[j] & (t.NOUN | t.CLOSED):
            j += 1  # 'sinds vorige maand', 'op korte termijn'
        if j > s + 1 and j < e and self.bits[j] & t.NOUN and not self.bits[j] & t.CLOSED:
            return j + 1  # 'vanaf volgende week': 'week' is also a verb form
        return self._bare_nouns(j, e)

    def _adverbial(self, s: int, e: int) -> int:
        """Where the verb should stand after a first part that is not a noun phrase."""
        b, w = self.bits[s], self.low[s]
        if b & t.PREP and s + 1 < e:
            end = self._prepositional(s, e)
            # 'Bij ons op kantoor', 'In de zomer aan zee': more prepositional phrases in front
            while 0 < end < e and self.bits[end] & t.PREP and not self._finite(end):
                nxt = self._prepositional(end, e)
                if nxt < 0:
                    break
                end = nxt
            return end
        if w in ("hoe", "zo") and s + 1 < e and self.bits[s + 1] & (t.ADJ | t.ADV):
            return s + 2
        if b & (t.ADJ | t.PART) and s + 1 < e and is_time(self.low[s + 1]):
            return s + 2  # 'Vorige week', 'Volgend jaar', 'Afgelopen zaterdag'

        if b & (t.ADV | t.ADJ | t.QUESTION | t.PRON) or w == "er":
            return s + 1
        return -1

    def _after_adverbs(self, i: int, e: int) -> Subject | None:
        """A subject behind adverbs after the verb: 'werkt inmiddels veertig mensen', 'staan
        nu ook de buren'; not a pronoun, not a time ('werkt nu twee weken')."""
        j = i
        while j < e and (
            self.bits[j] & t.ADV and not self.bits[j] & (t.CLOSED | t.ADJ) or self._adverb_like(j)
        ):
            j += 1
        if j == i or j >= e:
            return None
        np = self._np(j, e)
        if np is None or np.pronoun or is_time(self.low[np.head]):
            return None
        return np

    def _adverb_like(self, j: int) -> bool:
        """'steeds meer huizen', 'vroeger veel winkels': a bare adjective used as an adverb,
        as a determiner or number follows it (not 'groot nieuws')."""
        b = self.bits[j]
        if j + 1 >= self.n:
            return False
        if self.low[j] == "maar":
            return bool(self.bits[j + 1] & t.NUM)  # 'er zaten maar vijf mensen': 'only'
        if not b & t.ADJ or b & (t.INFLECTED | t.CLOSED):
            return False
        if b & t.NOUN:  # 'woont ruim achttien miljoen mensen': 'ruim' is also a noun
            return bool(self.bits[j + 1] & t.NUM)
        return bool(self.bits[j + 1] & (t.DET | t.NUM))

    def _bare_nouns(self, i: int, e: int) -> int:
        """'van burgemeester en wethouders': nouns without a determiner in a postmodifier."""
        j = i
        while j < e and self.bits[j] & t.NOUN and not self.bits[j] & (t.CLOSED | t.FINITE):
            j += 1
            if j + 1 < e and self.low[j] == "en" and self.bits[j + 1] & t.NOUN:
                j += 1
        return j if j > i and self.low[j - 1] != "en" else -1

    def _has_noun_after(self, i: int, e: int) -> bool:
        j = i + 1
        while j < e and self.bits[j] & t.INFLECTED and not self.bits[j] & t.NOUN:
            j += 1  # 'je nieuwe baan'; not 'je eigenlijk'
        if j >= e or self.low[j] in PARTICLES:  # 'Ga je mee?'
            return False
        if self.low[i] == "het" and self.infos[j].gender == "het":
            return True  # 'het weer'
        nb = self.bits[j]
        if (
            nb & t.PRES
            and not nb & (t.INF | t.PART | t.ADV | t.ADJ | t.CLOSED)
            and self._finite(i - 1)
        ):
            return True  # 'Wordt je afval ...': after a subject 'je' no second verb follows
        if nb & t.NOUN and nb & t.ADV and self.low[i] == "je":
            return True  # 'als je pas kwijt is': 'je pas' may be the subject (either_je)
        return bool(nb & t.NOUN) and not nb & (t.CLOSED | t.ADV)

    def _determiner_phrase(self, i: int, e: int) -> Subject | None:
        j = i + 1
        while j < e:
            b = self.bits[j]
            if b & t.NOUN and not (
                b & (t.ADJ | t.NUM) and j + 1 < e and self.bits[j + 1] & (t.NOUN | t.ADJ)
            ):
                break
            if not (b & (t.ADJ | t.NUM | t.INFLECTED) or self.low[j] in _INTENSIFIERS):
                return None
            j += 1
        if j >= e or self.bits[j] & (t.CLOSED & ~t.POSS) or self.low[j] in PARTICLES:
            return None
        number = self._number(i, j)
        if number == "pl" and self.low[i] in ("het", "dat", "dit", "een"):
            return None  # 'bleek dat inwoners ...': a conjunction, not a determiner
        k = j + 1
        while k < e and self.tokens[k].text[:1].isupper():
            k += 1  # 'collega Sanne', 'de gemeente Den Haag'
        if k == j + 1 and self.low[j] in QUANTITY_NOUNS:
            k = self._counted(k, e)
        elif k == j + 1 and number == "" and self.low[j] in MEASURE_NOUNS and k + 1 < e:
            k += bool(self.bits[k] & t.NOUN and self._finite(k + 1))  # 'Drie liter melk is'
        if self.tokens[j].text[:1].isupper() and self.bits[j] & (t.NAME | t.UNKNOWN):
            number = ""  # 'De Rolling Stones spelen', 'De Efteling trekt'
        # 'Vindt je broer' (possessive) or 'Heb je vragen', 'Ben je boer' (subject + more)
        either = self.low[i] == "je"
        return Subject(i, k, j, 3, number, False, False, either, True)

    def _counted(self, k: int, e: int) -> int:
        """After 'aantal', 'groep': the counted plural ('het aantal (nieuwe) klachten'); a form
        that is also a verb only when a verb or 'van' follows ('het aantal leden groeit')."""
        m = k
        while m < e and self.bits[m] & (t.ADJ | t.INFLECTED) and not self.bits[m] & t.NOUN:
            m += 1
        if m >= e or not self.bits[m] & t.NOUN_PL or self.bits[m] & t.CLOSED:
            return k
        after = m + 1 < e and self.low[m + 1] in _POSTMODIFIERS
        if self.bits[m] & t.FINITE and not (after or self._finite(m + 1)):
            return k  # 'een groep werken samen': 'werken' is the verb
        return m + 1

    def _number(self, det: int, head: int) -> str:
        b, d = self.bits[head], self.low[det]
        if self.low[det + 1 : det + 2] == ("paar",) and head > det + 1:
            return ""  # 'Een paar emoji maken ...'
        if self.bits[det] & t.NUM and self.low[head] in MEASURE_NOUNS:
            return ""
        if d == "geen":
            return "pl" if b & t.NOUN_PL and not b & t.NOUN_SG else ""
        if d in _SINGULAR_DETS:
            return "sg"
        if d in _PLURAL_DETS or (self.bits[det] & t.NUM and d not in ("1", "één")):
            return "pl"
        if b & t.NOUN_PL and not b & t.NOUN_SG:
            return "pl"
        if b & t.NOUN_SG and not b & t.NOUN_PL:
            if d == "de" and self.low[head].endswith("'s"):
                return "pl"
            return "" if d == "de" and self.low[head].endswith("en") else "sg"  # 'reiskosten'
        return ""


def _compound_bits(word: str) -> int:
    """An unknown word whose tail is a known noun is a compound with that noun's number:
    'kastanjebomen' (bomen) is plural, 'klantenservicemedewerker' singular."""
    found = _TAILS.get(word)
    if found is None:
        if len(_TAILS) > 20_000:
            _TAILS.clear()
        found = t.UNKNOWN
        if word.isalpha():
            for k in range(max(3, len(word) - 30), len(word) - 3):  # a long paste stays linear
                bits = t.info(word[k:]).bits
                if bits != t.UNKNOWN:
                    if bits & t.NOUN and not bits & (t.CLOSED | t.ADV):
                        found = bits & t.NOUN
                    break
        _TAILS[word] = found
    return found
