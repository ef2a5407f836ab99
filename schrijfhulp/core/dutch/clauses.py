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
- in a relative clause a pronoun that cannot be an object is the subject (``het boek dat ik
  las``); else the noun phrase the pronoun stands for is, or a phrase inside the clause (see
  ``relatives.py``), never for sure; ``dat`` after a verb, a de-noun or a noun without a phrase
  of its own (``Ik denk dat``, ``de hoop dat``, ``Het is jammer dat``) is a conjunction;
- a question adverb with a phrase after it starts an embedded question (``Weet jij waarom de
  lampen uitvallen``), as does ``nu`` / ``toen`` + a phrase; ``sinds`` before a time or a
  phrase without a verb of its own is a preposition (``Sinds vorige maand werkt er ...``);
- sentences without any finite verb form are skipped without further work.
"""

from __future__ import annotations

import threading
from operator import itemgetter
from typing import NamedTuple

from schrijfhulp.core.dutch import tagger as t
from schrijfhulp.core.dutch.boundaries import PRONOUNS, Boundaries
from schrijfhulp.core.dutch.phrases import Subject, is_time
from schrijfhulp.core.dutch.segmentation import Document, Sentence, Token, TokenKind

_WORDS = frozenset({TokenKind.WORD, TokenKind.ABBREVIATION, TokenKind.NUMBER, TokenKind.MENTION})
_LISTS = frozenset(((",",), ("(",), ("/",), ("&",), ("-",), ("–",)))  # 'Gerrit (92) en ...'
_COORDINATORS = frozenset(("en", "maar", "want", "of"))
_SUBJECT_START = t.SUBJ | t.DET | t.POSS
# Chat openers without a comma: 'haha wij waren er ook', 'ja ik kom'.
_INTERJECTIONS = frozenset(
    ("haha", "hahaha", "hihi", "lol", "ja", "jaa", "nee", "oke", "oké", "ok", "hoi", "hey", "hé")
)
_FEW = ("veel", "weinig")  # 'Te veel hashtags maken ...'
_RELATIVES = ("die", "dat", "wat", "wie")


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
_local = threading.local()
_text_of, _kind_of = itemgetter(2), itemgetter(3)  # Token.text, Token.kind


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


def sentence_key(sentence: Sentence) -> tuple[tuple[str, ...], tuple[TokenKind, ...]]:
    """The texts and kinds of a sentence's tokens: what its tagging and parse depend on (the
    offsets do not matter), so equal keys give equal parses."""
    tokens = sentence.tokens
    return tuple(map(_text_of, tokens)), tuple(map(_kind_of, tokens))


# The tags and clauses of a sentence by its key and whether it is a question: grammar and
# readability parse the same sentences of one analysis, and while typing only one sentence
# changes, so each sentence is parsed once.
_PARSES: dict[
    tuple[tuple[str, ...], tuple[TokenKind, ...], bool],
    tuple[tuple[t.WordInfo, ...], tuple[Clause, ...]] | None,
] = {}
_PARSES_LIMIT = 4096


def parse_sentence(sentence: Sentence, lowered: tuple[str, ...]) -> Parsed | None:
    question = sentence.text.rstrip().endswith("?")
    key = (*sentence_key(sentence), question)
    try:
        found = _PARSES[key]
    except KeyError:
        found = _parse(sentence, lowered, question)
        if len(_PARSES) >= _PARSES_LIMIT:
            _PARSES.clear()
        _PARSES[key] = found
    if found is None:
        return None
    return Parsed(sentence, lowered, *found)


def _parse(
    sentence: Sentence, lowered: tuple[str, ...], question: bool
) -> tuple[tuple[t.WordInfo, ...], tuple[Clause, ...]] | None:
    info = t.info
    infos = tuple(
        (_NUMBER if tok.kind is TokenKind.NUMBER else info(w)) if tok.kind in _WORDS else _BOUNDARY
        for tok, w in zip(sentence.tokens, lowered, strict=True)
    )
    if not any(i.bits & (t.FINITE | t.PART | t.UNKNOWN) for i in infos):
        return None
    return infos, _Finder(sentence.tokens, lowered, infos, question).clauses()


class _Finder(Boundaries):
    def __init__(
        self,
        tokens: tuple[Token, ...],
        low: tuple[str, ...],
        infos: tuple[t.WordInfo, ...],
        question: bool,
    ):
        super().__init__(tokens, low, infos)
        self.question = question

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
            if self._starts_clause(i, e):
                starts.append(i)
        for k, a in enumerate(starts):
            b = starts[k + 1] if k + 1 < len(starts) else e
            if k == 0 and s and self._continues_list(s, b, out):
                verb, a, _ = self._final_verb(self._verb_after_list(s), b)
                out.append(Clause(s, a, True, verb, None, False, False))  # '..., films kunt'

            elif k == 0 and s and self._finite(s) and not self.question:
                clause = self._after_front(s, b, out)
                if clause is not None:
                    a = self._next_coordinated(clause, b)
                    out.append(clause._replace(end=a))
            while a < b:
                a = self._clause(a, b, out)

    def _continues_list(self, s: int, e: int, out: list[Clause]) -> bool:
        """'dat je bij ons boeken, tijdschriften en films kunt lenen': a verb-final clause cut
        at a comma without its verb goes on behind it (a list); its subject stands before."""
        last = out[-1] if out else None
        if last is None or not last.subordinate or last.verb >= 0 or self.low[s - 1] != ",":
            return False
        if not self.bits[last.start] & t.SUB or self._np(last.start + 1, s - 1) is None:
            return False
        return s <= self._verb_after_list(s) < e

    def _after_front(self, s: int, e: int, out: list[Clause]) -> Clause | None:
        """The main clause after a comma, when what stands in front has no verb of its own:
        after a subordinate clause the subject follows the verb ('Als het regent, blijven de
        kinderen binnen'); after noun phrases (an apposition) the first one is the subject
        ('Mijn buurman, een echte klusser, heeft ...'). Never sure; an imperative ('Als je
        vragen hebt, bel de balie') is left alone: a bare stem may be one."""
        if any(not c.subordinate and c.verb >= 0 for c in out) or self.low[s - 1] != ",":
            return None
        if self.bits[s] & t.PRES_1 and not self.bits[s] & (t.PRES_3 | t.PAST):
            return None
        if out and out[0].subordinate and out[0].start == 0:
            subject = self._np(s + 1, e)
            if subject is None or is_time(self.low[subject.head]):
                return None
            return Clause(s, e, False, s, subject, True, False)
        front, behind = self._appositions(s - 1), self._np(s + 1, e)
        if front is None or behind is not None and behind.pronoun:
            return None  # 'Jongens, meiden, komen jullie ook?': the pronoun is the subject
        return Clause(s, e, False, s, front, False, False)

    def _appositions(self, end: int) -> Subject | None:
        """'Mijn buurman, een echte klusser,': two or more noun phrases cut by commas before
        end, and nothing else; the first of them."""
        pieces = [i for i in range(end) if self.low[i] == ","] + [end]
        if len(pieces) < 2:
            return None
        start, phrases = 0, []
        for cut in pieces:
            np = self._np(start, cut)
            name = self.tokens[start].text[:1].isupper() and self._name_end(start + 1, cut) == cut
            if (np is None or np.end != cut) and name:  # 'Ellen de Vries' after a comma
                np = Subject(start, cut, start, 3, "sg", False, False, False, False)
            if np is None or np.end != cut:
                return None
            phrases.append(np)
            start = cut + 1
        return phrases[0]._replace(simple=False)

    def _clause(self, s: int, e: int, out: list[Clause]) -> int:
        """Read one clause from s; returns where the next (coordinated) clause starts."""
        coordinated = s < e and self.low[s] in _COORDINATORS
        while (
            s < e and self.low[s] in _COORDINATORS and (self.low[s] != "of" or self._finite(s + 1))
        ):
            s += 1
        if s >= e:
            return e
        if self._opens_subordinate(s, e):
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
                if self.low[i] == "maar" and self.bits[i + 1] & t.NUM:
                    continue  # 'er zaten maar vijf mensen': 'only'
                return i
        return e

    def _np_coordination(self, i: int) -> bool:
        return self.low[i] == "en" and not self._finite(i + 1) and not self.bits[i + 1] & t.SUBJ

    # --- main and subordinate clauses ------------------------------------------------------
    def _main(self, s: int, e: int, coordinated: bool = False) -> Clause:
        none = Clause(s, e, False, -1, None, False, False)
        if self.low[s] in _INTERJECTIONS and s + 2 < e and not self._finite(s + 1):
            s += 1  # 'haha wij waren er ook', 'ja ik kom'; not 'Nou ben ik benieuwd'
        if self._finite(s) and not self._np(s, e) or self._verb_first(s, e):
            subject = self._np(s + 1, e)
            if subject is not None and subject.either_je and is_time(self.low[subject.head]):
                subject = self._pronoun(s + 1)  # 'Krijg je volgende week ...'
            if subject is None and self.question and self.low[s + 1 : s + 2] == ("er",):
                # 'Zijn er nog vragen?', 'Is er nog een plek vrij?': the subject follows 'er'
                post = self._np(s + 2, e) or self._after_adverbs(s + 2, e)
                if post is not None and not post.pronoun:
                    return Clause(s, e, False, s, post, True, False)
            if subject is None or not (self.question or subject.pronoun):
                return none._replace(verb=s)
            if (
                not self.question
                and (
                    coordinated  # 'We bedanken u en wensen u ...': the subject is left out
                    or self.low[subject.head] in ("het", "ze", "jullie")  # 'Zet het neer'
                    or self.low[subject.end : subject.end + 1] == ("wel",)  # 'Dank u wel'
                )
            ):
                return none._replace(verb=s)
            return Clause(s, e, False, s, subject, True, subject.simple)
        wh_clause = self.bits[s] & (t.QUESTION | t.PRON) and s + 2 < e
        subject_next = wh_clause and self.bits[s + 1] & t.SUBJ and not self.bits[s + 1] & t.DET
        if subject_next and self._finite(s + 2):
            return self._subordinate(s, e)  # 'Wat jij vindt, telt ook.'
        quantity = self.low[s] in ("te", "zo") and s + 1 < e and self.low[s + 1] in _FEW
        first = self._np(s + 1 if quantity else s, e)  # 'Te veel hashtags maken ...'
        if first is not None and is_time(self.low[first.head]):
            after, first = first.end, None
        elif first is not None:
            after = first.end
        else:
            after = self._adverbial(s, e)
        if after < 0 or after >= e or not self._finite(after):
            return none
        verb = after
        nb = self.bits[verb + 1] if verb + 1 < e else 0
        if self.bits[verb] & t.ADJ and nb & t.FINITE and not nb & (t.ADJ | t.NOUN | t.CLOSED):
            return none  # 'en welk woord beter past': an adjective, then the verb
        hb = self.bits[first.head] if first is not None and first.pronoun else 0  # 'hij', 'ik'
        at_end = verb + 1 >= e or self.low[verb + 1] in _COORDINATORS
        if self.bits[verb] & t.INF and at_end and not (hb & t.SUBJ and not hb & t.DET):
            return none  # 'Alles selecteren', 'een concept kopiëren'; not 'Jij kunnen dat'
        post = self._np(verb + 1, e)
        if post is not None and is_time(self.low[post.head]):
            # 'zijn dit jaar veel zeehonden ...': the subject comes later; but in 'lees je
            # volgende week' the 'je' is the subject, not a possessive
            post = self._pronoun(verb + 1) if post.either_je else None
        sure = True
        if post is None and verb + 1 < e and self.low[verb + 1] == "er":
            post = self._np(verb + 2, e)
            sure = post is None
        if post is None and first is None:
            post = self._after_adverbs(verb + 1, e)  # 'Bij ons werkt inmiddels veertig mensen'
            sure = post is None
        if not (post is None or post.pronoun) and self.low[post.end : post.end + 1] in _LISTS:
            # 'Elke dag maken Fatima, Ruben en hun collega's ...': a list, plural as a whole;
            # only a plural in front is sure to need a plural verb ('komt vierhonderd woningen,')
            if post.number != "pl" or "en" not in self.low[post.end :]:
                return none
            sure = False
        if (
            self.bits[verb] & t.INF
            and self._finite(verb + 1)
            and not self.bits[verb + 1] & (t.ADJ | t.ADV)  # 'zijn ziek', 'zijn weer in orde'
            and not self._possessive(verb + 1)  # 'hebben zijn best gedaan'
            and not hb & t.SUBJ
            and not self._plural_after_singular(first, verb, e)
        ):
            return none  # 'Een afspraak maken kan via ...': the infinitive belongs to the subject
        if first is not None and self._subject_before(first, post, s):
            # 'Het verslag lees je', 'die gevallen slaat Schrijfhulp over': either may be subject
            behind = post is not None and (post.pronoun or self._name_start(post.head))
            other = post if behind and not first.pronoun else None
            return Clause(s, e, False, verb, first, False, first.simple and sure, (), other)
        if post is None and first is None and self.low[s] in PRONOUNS and s + 1 == verb:
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

    def _pronoun(self, i: int) -> Subject:
        info = self.infos[i]
        return Subject(i, i + 1, i, info.person, info.number, info.polite, True, False, True)

    def _possessive(self, i: int) -> bool:
        after = self.bits[i + 1] if i + 1 < self.n else 0
        return bool(self.bits[i] & t.POSS and after & (t.NOUN | t.ADJ))

    def _plural_after_singular(self, first: Subject | None, verb: int, e: int) -> bool:
        """'De reiziger moeten overstappen': plural-only forms after a singular phrase are no
        infinitive subject ('Een afspraak maken kan'); not before 'we' ('... kopen moeten we')."""
        if first is None or first.pronoun or first.number != "sg" or first.start == first.head:
            return False
        singular = self.bits[verb + 1] & t.FINITE & ~(t.PRES_PL | t.PAST_PL)
        if self.bits[verb + 1] & t.PART and self.infos[verb].verbs[:1] == ("hebben",):
            return not singular  # 'De organisatie hebben besloten': an auxiliary
        after = self.bits[verb + 2] if verb + 2 < e else 0
        return bool(self.bits[verb] & t.PRES_PL) and not singular and not after & _SUBJECT_START

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

    def _subordinate(self, s: int, e: int) -> Clause:
        none = Clause(s, e, True, -1, None, False, False)
        relative = self.bits[s] & (t.REL | t.PRON) and self.low[s] in _RELATIVES
        if relative and self.low[s] == "dat" and s and self.bits[s - 1]:
            # a conjunction after a verb or a de-noun ('Ik denk dat', 'de hoop dat'), relative
            # after a het-noun ('het werk dat'): 'denk' is also a noun, but not after 'ik'
            after_verb = s > 1 and self.bits[s - 2] & t.SUBJ and not self.bits[s - 2] & t.DET
            noun = self.bits[s - 1] & t.NOUN and not (after_verb and self._finite(s - 1))
            relative = bool(noun) and self.infos[s - 1].gender != "de"
            # 'Het is jammer dat': a noun without a phrase of its own is no antecedent
            relative = relative and self._phrase_ending_at(s - 1) is not None
        subject = self._np(s + 1, e)
        if subject is None and self.low[s + 1 : s + 2] == ("er",) and not relative:
            return self._after_er(s, e)  # 'als er vragen zijn', 'dat er morgen veel mensen komen'
        plain = subject is not None and subject.pronoun and not self.bits[subject.head] & t.OBJ
        if relative and not plain:
            return self._relative(s, e) if self.low[s] in ("die", "dat") else none
        if subject is None:
            return none
        verb, end, others = self._final_verb(subject.end, e)
        if verb < 0 or self._subject_behind(verb, e):
            return none  # 'Een cursus of een training kun je ...': 'of' joins two phrases
        sure = subject.simple and subject.pronoun
        return Clause(s, end, True, verb, subject, False, sure, others)

    def _after_er(self, s: int, e: int) -> Clause:
        none = Clause(s, e, True, -1, None, False, False)
        subject = self._np(s + 2, e) or self._after_adverbs(s + 2, e)
        if subject is None and s + 2 < e and self.bits[s + 2] & t.NOUN_PL and self._finite(s + 3):
            subject = Subject(s + 2, s + 3, s + 2, 3, "pl", False, False, False, False)  # 'vragen'
        if subject is None or subject.pronoun or is_time(self.low[subject.head]):
            return none
        verb, end, others = self._final_verb(subject.end, e)
        if verb < 0:
            return none
        return Clause(s, end, True, verb, subject, False, False, others)

    def _relative(self, s: int, e: int) -> Clause:
        """'de klanten die gisteren hebben gebeld': the antecedent is the subject, or a phrase
        inside the clause is ('die de klant heeft gebeld'); never sure."""
        none = Clause(s, e, True, -1, None, False, False)
        antecedent = self._antecedent(s)
        if antecedent is None:
            return none
        verb, end, others = self._final_verb(s + 1, e)
        if verb < 0 or verb == s + 1 and end < e:
            return none  # 'de helpdesk, die zitten op de eerste verdieping': 'die' as 'they'
        clear, inner = self._inner_subject(s + 1, verb)
        if not clear:
            return none
        return Clause(s, end, True, verb, antecedent, False, False, others, inner)
