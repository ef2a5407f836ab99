"""Where clauses start: at clause words, unless the word is used otherwise here.

A subordinating conjunction, a relative or question pronoun starts a clause with the verb at
the end; but 'die' and 'dat' are determiners before a fitting noun ('dat project', not 'het
rapport dat vorige week verscheen'), 'sinds' is a preposition before a time or a phrase without
a verb of its own ('Sinds vorige maand werkt er ...'), and a question adverb ('waarom', 'hoe')
or 'nu' / 'toen' starts a clause only when a phrase follows it, not a verb ('Weet jij waarom de
lampen uitvallen?' but 'Nu gaan we').
"""

from __future__ import annotations

from schrijfhulp.core.dutch import tagger as t
from schrijfhulp.core.dutch.phrases import is_time
from schrijfhulp.core.dutch.relatives import VerbFinal

PRONOUNS = frozenset(("dat", "wat", "wie", "die", "dit"))
CLAUSE_WORDS = t.SUB | t.REL | t.QUESTION
# Question adverbs (the tagger reads them as adverbs) that may start an embedded question.
_WH_ADVERBS = frozenset(("waarom", "hoe", "waar", "wanneer"))


class Boundaries(VerbFinal):
    """Questions about where a clause starts."""

    def _starts_clause(self, i: int, e: int) -> bool:
        b, w = self.bits[i], self.low[i]
        if w in _WH_ADVERBS:
            return self._embedded_question(i, e)
        if not b & CLAUSE_WORDS or self._is_determiner(i) or self._preposition_here(i, e):
            return False
        if w == "als" or w == "of":
            return not (i + 1 < self.n and self._finite(i + 1))
        if w in ("die", "dat"):  # 'die' after a noun; 'dat' also as conjunction
            return w == "dat" or bool(self.bits[i - 1] & (t.NOUN | t.NAME))
        return not b & t.DET

    def _is_determiner(self, i: int) -> bool:
        """'dat project', 'die man', 'welke collega': a determiner before a noun; not 'dat'
        before a de-noun ('het rapport dat vorige week verscheen')."""
        if not self.bits[i] & t.DET or i + 1 >= self.n:
            return False
        nb = self.bits[i + 1]
        if self.low[i] == "dat" and self._de_noun_after(i + 1):
            return False
        if nb & t.ADJ and not nb & (t.NOUN | t.INFLECTED) and self.bits[i - 1] & t.NOUN:
            return False  # 'de ouders die boos waren'; not 'Die oranje fiets'
        return bool(nb & (t.NOUN | t.ADJ)) and not nb & (t.SUBJ | t.DET | t.FINITE & ~t.PRES_PL)

    def _de_noun_after(self, j: int) -> bool:
        while j < self.n and self.bits[j] & t.INFLECTED and not self.bits[j] & t.NOUN:
            j += 1
        return j < self.n and self.infos[j].gender == "de" and not self.bits[j] & t.NOUN_PL

    def _opens_subordinate(self, s: int, e: int) -> bool:
        b, w = self.bits[s], self.low[s]
        if self._preposition_here(s, e):
            return False
        if w in ("nu", "toen") and not self._finite(s + 1):
            return self._np(s + 1, e) is not None  # 'Nu de dagen korter worden'; 'Nu gaan we'
        if w in _WH_ADVERBS and s > 0:
            return self._embedded_question(s, e)
        return bool(
            b & CLAUSE_WORDS
            and not self._is_determiner(s)
            and s > 0
            or b & t.SUB
            and not b & t.ADV
            and w not in PRONOUNS
        )

    def _embedded_question(self, i: int, e: int) -> bool:
        """'Weet jij waarom de lampen uitvallen?': a question word with a phrase after it
        starts a clause with the verb at the end; 'Waarom vallen ...' does not."""
        return not self._finite(i + 1) and self._np(i + 1, e) is not None

    def _preposition_here(self, i: int, e: int) -> bool:
        """'sinds' and the like are prepositions before a phrase without a verb of its own:
        'Sinds vorige maand werkt er ...', 'wonen sinds de zomer in ...'; not 'sinds ik'."""
        if not self.bits[i] & t.SUB or not self.bits[i] & t.PREP:
            return False
        np = self._np(i + 1, e)
        if np is None:
            k = i + 1
            while k < e and self.bits[k] & t.ADJ and not self.bits[k] & t.NOUN:
                k += 1
            return k < e and is_time(self.low[k])  # 'sinds maandag', 'Sinds vorige maand'
        if np.pronoun:
            return False
        if is_time(self.low[np.head]) and (self._finite(np.end) or np.start == np.head):
            return True  # 'Sinds de zomer woon ik', 'die sinds maandag beschikbaar is'
        return not any(self._finite(k) for k in range(np.end, e))
