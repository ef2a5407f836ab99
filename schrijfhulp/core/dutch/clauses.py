"""A clause finder: noun phrases, the finite verb of each clause and its subject.

The text is cut into clauses at punctuation, subordinating conjunctions, relative and question
words and at coordinators that start a new clause. In a main clause the finite verb is the second
constituent (``Hij heeft``, ``Morgen heeft hij``) or the first (``Heeft hij``); in a subordinate
clause the subject follows the conjunction and the finite verb is the last finite form
(``dat hij het heeft``). A noun phrase is a pronoun, a name, or a determiner or possessive with
adjectives and a noun, optionally followed by ``van``-phrases and ``en`` + another phrase.

Approximation and blind spots, on purpose on the safe side (no subject means no remark):
- no real parse: a subject is only found at the places above; a subject after an object
  (``Het boek leest hij``) is found only when it is a pronoun that cannot be an object;
- after a verb at the start of a sentence without a question mark (an imperative), only a
  pronoun counts as subject: ``Bel de klant`` has none;
- ``je`` + noun may be a possessive (``Vindt je broer``) or a subject and an object (``Heb je
  tijd``); such subjects carry ``either_je`` and both verb forms are right;
- ``ze``/``zij`` and ``zowel ... als`` subjects have no number (``""``);
- in a relative clause only a pronoun that cannot be an object counts as subject (``het boek
  dat ik las``), as the relative pronoun itself is often the subject;
- sentences without any finite verb form are skipped without further work.
"""

from __future__ import annotations

import threading
from typing import NamedTuple

from schrijfhulp.core.dutch import tagger as t
from schrijfhulp.core.dutch.segmentation import Document, Sentence, TokenKind
from schrijfhulp.core.dutch.verbs import PARTICLES

_WORDS = frozenset({TokenKind.WORD, TokenKind.ABBREVIATION, TokenKind.NUMBER, TokenKind.MENTION})
# Nouns of time: "Deze maand", "Vorig jaar" are adverbials in front, not subjects.
TIME_NOUNS = frozenset(
    "jaar week maand dag nacht ochtend middag avond keer zomer winter lente herfst weekend eeuw "
    "tijd periode kwartaal seizoen morgen maandag dinsdag woensdag donderdag vrijdag zaterdag "
    "zondag".split()
)
_TIME_ENDINGS = tuple(TIME_NOUNS)  # 'dinsdagavond', 'werkdag'
_COORDINATORS = frozenset(("en", "maar", "want", "of"))
_POSTMODIFIERS = frozenset("van uit in op bij met voor aan naar over zonder tussen".split())
_INTENSIFIERS = frozenset("heel zeer erg nog meest minst zo te best".split())
_SINGULAR_DETS = frozenset("een elke ieder iedere elk geen één eén".split())
_PLURAL_DETS = frozenset("alle beide sommige veel vele weinig meerdere diverse enkele".split())
_PRONOUNS = frozenset(("dat", "wat", "wie", "die", "dit"))
_CLAUSE_WORDS = t.SUB | t.REL | t.QUESTION
_NP_START = t.DET | t.POSS | t.NUM


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


class Clause(NamedTuple):
    start: int
    end: int
    subordinate: bool
    verb: int  # token index of the finite verb, -1 when none was found
    subject: Subject | None
    inverted: bool
    sure: bool  # the subject was found in a plain place (pronoun or simple phrase)
    # Other readings that are right as well: another finite form in a final verb cluster
    # ('die we starten is'), or the pronoun behind the verb as subject ('... kunt u').
    other_verbs: tuple[int, ...] = ()
    other_subject: Subject | None = None


class Parsed(NamedTuple):
    sentence: Sentence
    lowered: tuple[str, ...]
    infos: tuple[t.WordInfo, ...]
    clauses: tuple[Clause, ...]


_BOUNDARY = t.WordInfo(0, (), 0, "", "", False)
_NUMBER = t.WordInfo(t.NUM, (), 0, "", "", False)
# Nouns that follow 'je' as an object without article: 'Heb je tijd?', 'Zoek je werk?'
MASS_NOUNS = frozenset(
    "tijd werk geld zin hulp koffie thee pijn last honger dorst ruimte informatie advies "
    "interesse behoefte plezier moeite succes weg trek vrij genoeg".split()
)
_local = threading.local()


def parse(doc: Document) -> tuple[Parsed, ...]:
    """The clauses of every sentence that has a finite verb form; the last document's result is
    kept, so every grammar rule of one analysis shares one parse."""
    last = getattr(_local, "last", None)
    if last is not None and last[0] is doc:
        return last[1]
    result = tuple(
        p
        for sentence, lowered in zip(doc.sentences, doc.lowered_by_sentence, strict=True)
        if (p := parse_sentence(sentence, lowered)) is not None
    )
    _local.last = (doc, result)
    return result


def parse_sentence(sentence: Sentence, lowered: tuple[str, ...]) -> Parsed | None:
    info = t.info
    infos = tuple(
        (_NUMBER if tok.kind is TokenKind.NUMBER else info(w)) if tok.kind in _WORDS else _BOUNDARY
        for tok, w in zip(sentence.tokens, lowered, strict=True)
    )
    if not any(i.bits & (t.FINITE | t.PART | t.UNKNOWN) for i in infos):
        return None
    return Parsed(sentence, lowered, infos, _Finder(sentence, lowered, infos).clauses())


class _Finder:
    def __init__(self, sentence: Sentence, low: tuple[str, ...], infos: tuple[t.WordInfo, ...]):
        self.low = low
        self.bits = [i.bits for i in infos]
        self.infos = infos
        self.tokens = sentence.tokens
        self.question = sentence.text.rstrip().endswith("?")
        self.n = len(low)

    # --- clauses ---------------------------------------------------------------------------
    def clauses(self) -> tuple[Clause, ...]:
        out: list[Clause] = []
        start = 0
        for end in [*self._boundaries(), self.n]:
            if end > start:
                self._segment(start, end, out)
            start = end + 1
        return tuple(out)

    def _boundaries(self) -> list[int]:
        return [i for i, info in enumerate(self.infos) if info is _BOUNDARY]

    def _segment(self, s: int, e: int, out: list[Clause]) -> None:
        """Cut a stretch without punctuation at clause words, then read each clause."""
        starts = [s]
        for i in range(s + 1, e):
            if self._starts_clause(i):
                starts.append(i)
        for k, a in enumerate(starts):
            b = starts[k + 1] if k + 1 < len(starts) else e
            while a < b:
                a = self._clause(a, b, out)

    def _starts_clause(self, i: int) -> bool:
        b, w = self.bits[i], self.low[i]
        if not b & _CLAUSE_WORDS or self._is_determiner(i):
            return False
        if w == "als" or w == "of":
            return not (i + 1 < self.n and self._finite(i + 1))
        if w in ("die", "dat"):  # 'die' after a noun; 'dat' also as conjunction
            return w == "dat" or bool(self.bits[i - 1] & (t.NOUN | t.NAME))
        return not b & t.DET

    def _is_determiner(self, i: int) -> bool:
        """'dat project', 'die man', 'welke collega': a determiner before a noun."""
        if not self.bits[i] & t.DET or i + 1 >= self.n:
            return False
        nb = self.bits[i + 1]
        return bool(nb & (t.NOUN | t.ADJ)) and not nb & (t.SUBJ | t.DET | t.FINITE & ~t.PRES_PL)

    def _clause(self, s: int, e: int, out: list[Clause]) -> int:
        """Read one clause from s; returns where the next (coordinated) clause starts."""
        coordinated = s < e and self.low[s] in _COORDINATORS
        while s < e and self.low[s] in _COORDINATORS and (self.low[s] != "of" or self._finite(s + 1)):
            s += 1
        if s >= e:
            return e
        if self.bits[s] & _CLAUSE_WORDS and not self._is_determiner(s) and s > 0:
            clause = self._subordinate(s, e)
        elif self.bits[s] & t.SUB and not self.bits[s] & t.ADV and self.low[s] not in _PRONOUNS:
            clause = self._subordinate(s, e)
        else:
            clause = self._main(s, e, coordinated)
        end = self._next_coordinated(clause, e)
        out.append(clause._replace(end=end))
        return end

    def _next_coordinated(self, clause: Clause, e: int) -> int:
        after = max(clause.verb + 1, clause.subject.end if clause.subject else clause.start + 1)
        for i in range(after, e):
            if self.low[i] in _COORDINATORS and i + 1 < e and not self._np_coordination(i):
                return i
        return e

    def _np_coordination(self, i: int) -> bool:
        return self.low[i] == "en" and not self._finite(i + 1) and not self.bits[i + 1] & t.SUBJ

    # --- main and subordinate clauses ------------------------------------------------------
    def _main(self, s: int, e: int, coordinated: bool = False) -> Clause:
        none = Clause(s, e, False, -1, None, False, False)
        if self._finite(s) and not self._np(s, e) or self._verb_first(s, e):
            subject = self._np(s + 1, e)
            if subject is None or not (self.question or subject.pronoun):
                return none._replace(verb=s)
            if not self.question and (
                coordinated  # 'We bedanken u en wensen u ...': the subject is left out
                or self.low[subject.head] in ("het", "ze", "jullie")  # 'Zet het neer'
                or self.low[subject.end : subject.end + 1] == ("wel",)  # 'Dank u wel'
            ):
                return none._replace(verb=s)
            return Clause(s, e, False, s, subject, True, subject.simple)
        if self.bits[s] & (t.QUESTION | t.PRON) and s + 2 < e and self.bits[s + 1] & t.SUBJ:
            if self._finite(s + 2) and not self.bits[s + 1] & t.DET:
                return self._subordinate(s, e)  # 'Wat jij vindt, telt ook.'
        first = self._np(s, e)
        if first is not None and self.low[first.head].endswith(_TIME_ENDINGS):
            first, after = None, first.end
        elif first is not None:
            after = first.end
        else:
            after = self._adverbial(s, e)
        if after < 0 or after >= e or not self._finite(after):
            return none
        verb = after
        post = self._np(verb + 1, e)
        if post is not None and self.low[post.head].endswith(_TIME_ENDINGS):
            post = None  # 'zijn dit jaar veel zeehonden ...': the subject comes later
        sure = True
        if post is None and verb + 1 < e and self.low[verb + 1] == "er":
            post = self._np(verb + 2, e)
            sure = post is None
        if post is not None and not post.pronoun and self.low[post.end : post.end + 1] == (",",):
            return none  # 'Elke dag maken Fatima, Ruben en hun collega's ...': a list
        if self.bits[verb] & t.INF and self._finite(verb + 1):
            return none  # 'Een afspraak maken kan via ...': the infinitive belongs to the subject
        if first is not None and self._subject_before(first, post, s):
            other = post if post is not None and post.pronoun and not first.pronoun else None
            return Clause(s, e, False, verb, first, False, first.simple and sure, (), other)
        if post is None and first is None and self.low[s] in _PRONOUNS and s + 1 == verb:
            # 'Dit betekent dat ...', 'Wie helpt mij?': the pronoun in front is the subject
            # 'Dat klopt', but also 'Dat zijn er meer': singular or plural
            pronoun = Subject(s, s + 1, s, 3, "", False, True, False, True)
            return Clause(s, e, False, verb, pronoun, False, sure)
        if post is None:
            return none._replace(verb=verb)
        if self.low[s] == "er" and s + 1 == verb:
            sure = False
        if first is None and self.low[s] == "wie" and not post.pronoun:
            # 'Wie heeft de sleutel?' and 'Wie zijn de winnaars?': either may be the subject
            post = Subject(s, s + 1, s, 3, "", False, True, False, False)
        return Clause(s, e, False, verb, post, True, post.simple and sure)

    def _verb_first(self, s: int, e: int) -> bool:
        """'Fiets jij mee?', 'Heeft je collega ...': a verb that could also start a phrase."""
        if not self._finite(s) or s + 1 >= e:
            return False
        nxt = self.bits[s + 1]
        return bool(nxt & t.SUBJ) and not self.bits[s] & (t.DET | t.POSS | t.PREP)

    def _subject_before(self, first: Subject, post: Subject | None, s: int) -> bool:
        """Is the phrase before the verb its subject ('Hij heeft') or the object ('Dat vind
        ik')? A pronoun behind the verb that cannot be an object wins."""
        if post is None or not post.pronoun:
            return not (first.pronoun and self.bits[first.head] & t.OBJ and not
                        self.bits[first.head] & t.SUBJ)  # fmt: skip
        post_bits = self.bits[post.head]
        if first.pronoun and self.bits[first.head] & t.SUBJ and not self.bits[first.head] & t.DET:
            return not post_bits & t.SUBJ or bool(post_bits & t.OBJ)
        if self.bits[first.head] & (t.PRON | t.DET) and first.start == first.head:
            return False  # 'Dat vind je', 'Wat vind je': the pronoun behind is the subject
        # 'Het team vindt het', 'Bewoners merken niets' vs 'Het boek lees ik'
        return bool(post_bits & t.OBJ or not post_bits & t.SUBJ)

    def _adverbial(self, s: int, e: int) -> int:
        """Where the verb should stand after a first part that is not a noun phrase."""
        b, w = self.bits[s], self.low[s]
        if b & t.PREP and s + 1 < e:
            np = self._np(s + 1, e)
            if np is not None:
                return np.end
            if self.bits[s + 1] & (t.OBJ | t.NUM | t.ADV):
                return s + 2
            return -1
        if w in ("hoe", "zo") and s + 1 < e and self.bits[s + 1] & (t.ADJ | t.ADV):
            return s + 2
        if b & (t.ADV | t.ADJ | t.QUESTION | t.PRON) or w == "er":
            return s + 1
        return -1

    def _subordinate(self, s: int, e: int) -> Clause:
        none = Clause(s, e, True, -1, None, False, False)
        relative = self.bits[s] & (t.REL | t.PRON) and self.low[s] in ("die", "dat", "wat", "wie")
        subject = self._np(s + 1, e)
        if subject is None:
            return none
        if relative and not (subject.pronoun and not self.bits[subject.head] & t.OBJ):
            return none
        # The first plain verb form after the subject ('die we starten is klaar': 'starten'),
        # else the last form that may be a verb ('dat hij het plan maakt').
        verb, fallback = -1, -1
        for i in range(subject.end, e):
            if self.low[i] in _COORDINATORS:
                break
            if self._finite(i) and not self._before_noun(i):
                if not self.bits[i] & (t.NOUN | t.ADJ | t.ADV | t.PART) and self.bits[i] & t.FINITE:
                    verb = i
                    break
                if not self.bits[i] & (t.ADJ | t.ADV):  # 'als ik thuis ben'; not 'als jij nodig'
                    fallback = i
        verb = verb if verb >= 0 else fallback
        if verb < 0:
            return none
        end = verb + 1
        while end < e and self.bits[end] & (t.PART | t.INF | t.FINITE) and not self.bits[end] & (
            t.CLOSED | t.NOUN
        ):
            end += 1
        # Every finite form of the clause may be the one: 'die we starten is', 'dat ik per 1
        # maart begin', 'verstuurd heb'. The rule is content when any of them fits.
        others = tuple(
            i
            for i in range(subject.end, e)
            if i != verb and self._finite(i) and not self._before_noun(i)
        )
        sure = subject.simple and subject.pronoun
        return Clause(s, end, True, verb, subject, False, sure, others)

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
        return bool(b & (t.PART | t.UNKNOWN)) and bool(dt_variant(self.low[i]))

    def _np(self, i: int, e: int) -> Subject | None:
        np = self._np_core(i, e)
        if np is None or np.pronoun:
            return self._coordinated(np, e) if np is not None else None
        end = np.end
        while end + 1 < e and self.low[end] in _POSTMODIFIERS:
            inner = self._np_core(end + 1, e)
            if inner is None or inner.pronoun:
                break
            end = inner.end
        if end != np.end:
            np = np._replace(end=end, simple=False)
        return self._coordinated(np, e)

    def _coordinated(self, np: Subject | None, e: int) -> Subject | None:
        if np is None or np.end + 1 >= e or self.low[np.end] != "en":
            return np
        other = self._np_core(np.end + 1, e)
        if other is None:
            return np
        person = min(np.person, other.person)
        return Subject(np.start, other.end, np.head, person, "pl", False, False, False, False)

    def _np_core(self, i: int, e: int) -> Subject | None:
        if i >= e:
            return None
        b, w, info = self.bits[i], self.low[i], self.infos[i]
        if w in _SINGULAR_DETS and not b & t.SUBJ:  # 'Eén tip voor ...'
            return self._determiner_phrase(i, e)
        if w == "zowel":
            return Subject(i, e, i, 3, "", False, False, False, False)
        if b == t.UNKNOWN and self.tokens[i].text[:1].isupper():
            return Subject(i, i + 1, i, 3, "sg", False, False, False, True)  # an unknown name
        if b & t.SUBJ and not (w in ("het", "je") and self._has_noun_after(i, e)):
            return Subject(i, i + 1, i, info.person, info.number, info.polite, True, False, True)
        if w in ("iedereen", "niemand", "iemand", "alles", "niets"):
            return Subject(i, i + 1, i, 3, "sg", False, True, False, True)
        if b & _NP_START and not (b & t.FINITE and not b & (t.DET | t.POSS)) or w == "je":
            return self._determiner_phrase(i, e)
        if self.tokens[i].kind is TokenKind.MENTION or b == t.NAME:
            j = i + 1
            while j < e and self.bits[j] & t.NAME and self.tokens[j].text[:1].isupper():
                j += 1
            return Subject(i, j, i, 3, "sg", False, False, False, True)
        if b == t.NOUN_PL:  # 'Medewerkers krijgen ...'
            return Subject(i, i + 1, i, 3, "pl", False, False, False, True)
        return None

    def _has_noun_after(self, i: int, e: int) -> bool:
        j = i + 1
        while j < e and self.bits[j] & t.INFLECTED and not self.bits[j] & t.NOUN:
            j += 1  # 'je nieuwe baan'; not 'je eigenlijk'
        if j >= e or self.low[j] in PARTICLES:  # 'Ga je mee?'
            return False
        if self.low[i] == "het" and self.infos[j].gender == "het":
            return True  # 'het weer'
        nb = self.bits[j]
        if nb & t.PRES and not nb & (t.INF | t.PART | t.ADV | t.ADJ | t.CLOSED) and self._finite(i - 1):
            return True  # 'Wordt je afval ...': after a subject 'je' no second verb follows
        return bool(self.bits[j] & t.NOUN) and not self.bits[j] & (t.CLOSED | t.ADV)

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
        # 'Vindt je broer' (possessive) or 'Heb je vragen', 'Ben je boer' (subject + more)
        either = self.low[i] == "je"
        return Subject(i, k, j, 3, number, False, False, either, True)

    def _number(self, det: int, head: int) -> str:
        b, d = self.bits[head], self.low[det]
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


def dt_variant(form: str) -> str:
    """The present tense form meant by a form ending in d ('gebeurd' -> 'gebeurt'), or ''."""
    if len(form) > 3 and form.endswith("d"):
        candidate = form[:-1] + "t"
        if t.info(candidate).bits & t.PRES_3:
            return candidate
    return ""
