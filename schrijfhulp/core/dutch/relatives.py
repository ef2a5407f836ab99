"""Verb-final clauses: their finite verb, and the noun a relative 'die' or 'dat' stands for.

In ``de collega's die gisteren hebben gebeld`` the relative pronoun is the subject and stands
for the noun phrase in front of it (the antecedent, ``de collega's``); in ``de klant die de
collega's hebben gebeld`` it is the object and ``de collega's`` is the subject. Without a real
parse both readings stay open: a noun phrase inside the clause is kept as the other possible
subject, and the verb only has to fit one of the two.

Blind spots, on the safe side (no antecedent means no remark): none is taken after ``en``
(``mijn broer en zus die``), after a noun + preposition (``de zoon van de buren die``: which of
the two?), for a name, or when the pronoun does not fit the noun (``het evenement die`` is the
relative-pronoun rule's case); a pronoun or two noun phrases inside the clause (``die je hebt
gestuurd``) leave it alone.
"""

from __future__ import annotations

from schrijfhulp.core.dutch import tagger as t
from schrijfhulp.core.dutch.phrases import Phrases, Subject, is_time

_COORDINATORS = frozenset(("en", "maar", "want", "of"))
# Words before a preposition that make the phrase after it part of a bigger one.
_NOMINAL = t.NOUN | t.NAME | t.NUM | t.PRON | t.DET | t.UNKNOWN


class VerbFinal(Phrases):
    """Questions about clauses whose finite verb stands at the end."""

    def _final_verb(self, a: int, e: int) -> tuple[int, int, tuple[int, ...]]:
        """The finite verb of a clause whose subject ends at a, where the clause ends, and the
        other finite forms that may be the one ('die we starten is', 'dat ik per 1 maart
        begin', 'verstuurd heb'); (-1, a, ()) when there is none. The first plain verb form
        wins ('die we starten is klaar': 'starten'), else the last form that may be a verb
        ('dat hij het plan maakt')."""
        verb, fallback = -1, -1
        for i in range(a, e):
            if self.low[i] in _COORDINATORS:
                break
            if self.bits[i] & t.INF and i > a and self.bits[i - 1] & t.PREP:
                continue  # 'die van aanpakken houdt': an infinitive after a preposition
            if self._finite(i) and not self._noun_here(i):
                plain = not self.bits[i] & (t.NOUN | t.ADJ | t.ADV | t.PART)
                if (plain or self._before_infinitive(i)) and self.bits[i] & t.FINITE:
                    verb = i
                    break
                if not self.bits[i] & (t.ADJ | t.ADV):  # 'als ik thuis ben'; not 'als jij nodig'
                    fallback = i
        if verb < 0 and fallback >= 0 and self._listed_on(fallback, e):
            fallback = -1  # 'dat je ook boeken in het Arabisch, Turks en Pools kunt lenen'
        verb = verb if verb >= 0 else fallback
        if verb < 0:
            return -1, a, ()
        end = verb + 1
        while (
            end < e
            and self.bits[end] & (t.PART | t.INF | t.FINITE)
            and not self.bits[end] & (t.CLOSED | t.NOUN)
        ):
            end += 1
        others = tuple(
            i
            for i in range(a, e)
            if i != verb
            and self._finite(i)
            and not self._noun_here(i)
            and not (verb < i < end and self.bits[i] & t.INF)  # 'wil helpen': an infinitive
        )
        return verb, end, others

    def _listed_on(self, i: int, e: int) -> bool:
        """A form that is also a noun, in a stretch cut at a comma that goes on as a list:
        that form is one of the things listed, the verb comes after the list."""
        if not self.bits[i] & t.NOUN or e >= self.n or self.low[e] != ",":
            return False
        return self._verb_after_list(e + 1) >= 0

    def _verb_after_list(self, j: int) -> int:
        """'..., tijdschriften en films kunt': the end of a list from j (words, then 'en' or
        'of' and more words) and a form behind it that can only be a finite verb; -1 when
        the stretch from j is no such list (it starts with a verb, or has no 'en' or 'of')."""
        joined = False
        for k in range(j, self.n):
            b = self.bits[k]
            if not b or b & (t.SUB | t.REL | t.QUESTION) and not b & t.COORD:
                return -1  # the next punctuation or clause word
            if b & t.FINITE and not b & (t.NOUN | t.ADJ | t.ADV | t.PART) and self._finite(k):
                return k if joined and k > j else -1
            joined = joined or self.low[k] in ("en", "of")
        return -1

    def _subject_behind(self, verb: int, e: int) -> bool:
        """A subject pronoun right behind the verb: the word order of a main clause, not a
        verb-final one ('een cursus of een training kun je ...': 'of' joins two phrases)."""
        bits = self.bits[verb + 1] if verb + 1 < e else 0
        return bool(bits & t.SUBJ) and not bits & t.DET

    def _noun_here(self, i: int) -> bool:
        """'het plan', 'vorige week': a noun after a determiner or an inflected adjective."""
        before = self.bits[i - 1] if i else 0
        inflected = before & t.INFLECTED and not before & t.FINITE
        return self._before_noun(i) or bool(inflected and self.bits[i] & t.NOUN)

    def _before_infinitive(self, i: int) -> bool:
        """'die in het weekend wil helpen': a form that is also a noun ('de wil') is the
        finite verb when an infinitive follows it at the end of the clause."""
        if i + 1 >= self.n or not self.bits[i + 1] & t.INF or self.bits[i + 1] & t.NOUN:
            return False
        if self.bits[i] & (t.ADJ | t.ADV | t.PART):
            return False  # 'wat we nodig hebben': an adjective before the verb
        return not self.bits[i - 1] & (t.NUM | t.ADJ | t.POSS)  # not 'al drie keer hebben'

    def _phrase_ending_at(self, h: int) -> Subject | None:
        """The noun phrase whose noun is token h ('de nieuwe collega's', 'alle vrijwilligers');
        None for a noun without one ('Het is jammer dat': 'jammer' is no antecedent)."""
        if h < 0 or not self.bits[h] & t.NOUN or self.bits[h] & t.CLOSED:
            return None
        for k in range(max(0, h - 4), h + 1):
            np = self._np_core(k, h + 1)
            if np is not None and np.end == h + 1 and np.head == h and not np.pronoun:
                return np
        return None

    def _antecedent(self, s: int) -> Subject | None:
        """The noun phrase the relative pronoun at s stands for, when it is clear which one and
        what number it has: 'de klanten die', 'het pakket, dat'."""
        h = s - 2 if s > 1 and self.low[s - 1] == "," else s - 1
        np = self._phrase_ending_at(h)
        if np is None or np.number not in ("sg", "pl"):
            return None
        gender = self.infos[np.head].gender
        if self.low[s] == "dat" and (np.number == "pl" or gender == "de"):
            return None
        if self.low[s] == "die" and np.number == "sg" and gender == "het":
            return None
        p = np.start - 1
        if p >= 0 and self.low[p] in _COORDINATORS:
            return None  # 'mijn broer en zus die': the antecedent may be both
        before = self.bits[p - 1] if p > 0 else 0
        if self.bits[p] & t.PREP and before & _NOMINAL and not before & t.ADV:
            return None  # 'de zoon van de buren die', 'een van de mensen die'
        return np._replace(simple=False)

    def _inner_subject(self, a: int, verb: int) -> tuple[bool, Subject | None]:
        """The noun phrase between a relative pronoun (ending at a) and the verb that may be
        the subject instead ('die de klant heeft gebeld'); (False, None) when the clause is
        too open to say: a pronoun ('die je stuurde') or two phrases. Phrases after a
        preposition and times ('al drie keer') are no subject."""
        found: Subject | None = None
        i = a
        while i < verb:
            if self.bits[i] & t.PREP and not self.bits[i] & (t.SUBJ | t.DET):
                end = self._prepositional(i, verb)
                i = end if end > i else i + 1
                continue
            np = self._np_core(i, verb)
            if np is None or is_time(self.low[np.head]):
                i = np.end if np is not None else i + 1
                continue
            if np.pronoun or found is not None:
                return False, None
            found, i = np, np.end
        return True, found
