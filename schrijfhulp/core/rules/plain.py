"""The plain-language matcher: entries compiled once into an index, found in one walk.

Each entry becomes one or more variants, a row of slots: a slot is the set of lower-case forms
a token may have, or a gap (up to MAX_GAP words of the same sentence). A verb slot holds every
form of the verb; a separable verb or a phrase around a verb also gets the order of a main
clause, with the finite verb first and the rest after a gap ('stelt u … in kennis'), and the
order with 'te' ('mede te delen'). Variants are indexed by the forms of their first slot, so the
cost per token is one dict lookup; a variant is tried only when all its one-word slots occur in
the text. Suggestions are built in suggest.py.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import compress, count

from schrijfhulp.core.dutch.lexicon import lexicon
from schrijfhulp.core.dutch.segmentation import WORDLIKE, Document, Token, TokenKind, tokenize
from schrijfhulp.core.rules.conditions import Place, after_determiner, ends_particle
from schrijfhulp.core.rules.entries import GAP, LEAVE_OUT, Entry
from schrijfhulp.core.rules.forms import (
    FINITE,
    Verb,
    inflect_like,
    inflections,
    unambiguous,
    verb,
    verb_index,
)
from schrijfhulp.core.rules.loader import RuleDataError
from schrijfhulp.core.rules.model import Hit
from schrijfhulp.core.rules.patterns import match_case
from schrijfhulp.core.rules.suggest import compound_suggestions, suggestions
from schrijfhulp.core.rules.variants import Slot, Variant

MAX_GAP = 8  # tokens in a gap (words, and a comma or two)
# A stiff noun of these categories also matches as the last part of a compound
# ('klantparticipatie', 'procesoptimalisatie'), unless its entry says 'alleen:whole-word'.
COMPOUND_CATEGORIES = frozenset({"jargon", "leenwoord"})
MIN_TAIL = 6  # letters of the stiff noun at the end of a compound
MIN_HEAD = 3  # letters before it
_GAP_TOKEN = Token(0, 1, GAP, TokenKind.PUNCT)
# The numeral 'een' is often written with its accents ('het één en ander', 'Eén en ander');
# an entry written either way matches both.
_ONE = frozenset({"een", "één", "eén"})


def compile_entry(entry: Entry, owner: str) -> list[Variant]:
    # Split like the text is split, so 'c.q.' or 'e-mail' matches however it is tokenised.
    words = [
        t.text.lower() for w in entry.words for t in ([_GAP_TOKEN] if w == GAP else tokenize(w))
    ]
    vi = verb_index(words)
    found = verb(words[vi]) if vi >= 0 else None
    if found is None:
        if len(words) == 1:
            forms = inflections(words[0]) | _unknown_adjective_e(words[0])
            if not entry.conditions:  # conditions guard the other senses themselves
                forms = unambiguous(forms, words[0])
            return [_variant([forms], entry, owner)]
        slots = [_literal(w) for w in words]
        if _noun_phrase(words):  # 'maatschappelijke partners', 'het lerende netwerk'
            slots = [_modifier_forms(w) for w in words[:-1]]
            slots.append(frozenset({words[-1], *_plurals(words[-1])}))
        return [_variant(slots, entry, owner)]
    return _verb_variants(words, vi, found, entry, owner)


def _noun_phrase(words: list[str]) -> bool:
    """Modifiers and a noun, nothing else: an entry whose plural means the same."""
    if GAP in words or len(words) > 3 or not lexicon().has_pos(words[-1], "noun"):
        return False
    for word in words[:-1]:
        readings = lexicon().readings(word)
        pos = {r.pos for r in readings}
        if not word.replace("-", "").isalpha() or pos & {"det", "prep", "pron", "conj", "num"}:
            return False
        participle = all("part" in r.features for r in readings if r.pos == "verb")
        if "adj" not in pos and ("adv" in pos or not participle):  # 'toegevoegde waarde'
            return False
    return True


def _modifier_forms(word: str) -> frozenset[str]:
    """An adjective with and without its -e ('lerend', 'lerende'); another word as it is."""
    forms = {word}
    for r in lexicon().readings(word):
        if r.pos != "adj":
            continue
        if "inflected" in r.features:
            forms.add(r.lemma)
        elif "base" in r.features:
            forms.update(f for f in inflections(word) if _inflected_of(f, word))
    if not lexicon().readings(word) and word.endswith("end"):  # a present participle
        forms.add(word + "e")
    return frozenset(forms)


def _inflected_of(form: str, adjective: str) -> bool:
    return any(
        r.pos == "adj" and r.lemma == adjective and r.features == {"inflected"}
        for r in lexicon().readings(form)
    )


def _plurals(noun: str) -> frozenset[str]:
    return frozenset(
        f
        for f in inflections(noun)
        if any(r.pos == "noun" and "pl" in r.features for r in lexicon().readings(f))
    )


# Endings of adjectives the lexicon may lack ('beleidsarm', 'verbindend', 'toekomstgericht').
_ADJECTIVE_ENDINGS = ("end", "arm", "rijk", "gericht", "bestendig", "isch", "baar", "matig")


def _unknown_adjective_e(word: str) -> frozenset[str]:
    """The -e form of an adjective the lexicon does not know: 'beleidsarme', 'verbindende'."""
    if lexicon().readings(word) or not word.isalpha() or not word.endswith(_ADJECTIVE_ENDINGS):
        return frozenset()
    return frozenset({word + "e"})


def _literal(word: str) -> Slot:
    if word == GAP:
        return None
    return _ONE if word in _ONE else frozenset({word})


def _variant(slots: list[Slot], entry: Entry, owner: str, **verb_info: object) -> Variant:
    required = frozenset(next(iter(s)) for s in slots if s is not None and len(s) == 1)
    return Variant(tuple(slots), entry, owner, required, **verb_info)  # type: ignore[arg-type]


def _verb_variants(words: list[str], vi: int, v: Verb, entry: Entry, owner: str) -> list[Variant]:
    before = [_literal(w) for w in words[:vi]]
    after = [_literal(w) for w in words[vi + 1 :]]
    particle = v.particle
    fields: dict[str, tuple[str, ...]] = {}
    for form, names in v.fields_of().items():
        finite = [n for n in names if n in FINITE]
        if particle and finite:  # a subordinate clause writes the particle to the verb
            fields[particle + form] = tuple(finite)
            names = tuple(n for n in names if n not in FINITE)
        if names:
            fields[form] = names
    info = tuple(fields.items())
    forms = frozenset(fields)
    if len(words) == 1 and not entry.conditions:
        participles = frozenset(f for f, n in fields.items() if "participle" in n[0])
        forms = unambiguous(forms, words[0], participles)
    variants = [_variant([*before, forms, *after], entry, owner, verb_slot=vi, verb_fields=info)]
    base_inf = v.forms.infinitive[len(particle) :] if particle else v.forms.infinitive
    te_slots: list[Slot] = [frozenset({particle})] if particle else []
    te_slots += [frozenset({"te"}), frozenset({base_inf})]
    if before or particle:
        variants.append(
            _variant(
                [*before, *te_slots, *after],
                entry,
                owner,
                verb_slot=vi + len(te_slots) - 1,
                verb_fields=info,
                with_te=True,
            )  # fmt: skip
        )
    if before or particle or (after and after[0] is not None):
        finite_forms = {f: n for f, n in v.fields_of().items() if set(n) & set(FINITE)}
        # 'Neem gerust contact met ons op': words may stand between the phrase and the particle.
        between: list[Slot] = [None] if particle and before and before[-1] is not None else []
        rest = [*before, *between, *([frozenset({particle})] if particle else []), *after]
        if rest and rest[-1] is None:  # 'een kopie … overleggen': 'overlegt u een kopie'
            rest.pop()
        variants.append(
            _variant(
                [frozenset(finite_forms), None, *rest],
                entry,
                owner,
                verb_slot=0,
                verb_fields=tuple(finite_forms.items()),
                verb_first=True,
                particle_last=bool(particle and not after and lexicon().has_pos(particle, "prep")),
            )  # fmt: skip
        )
    return variants


class PlainIndex:
    """All variants of all entries, keyed on the forms of their first slot."""

    def __init__(self, groups: Iterable[tuple[str, Sequence[Entry]]], unique: bool = False) -> None:
        """``unique``: an entry may stand in one rule only (the shipped rules)."""
        self._by_first: dict[str, list[Variant]] = {}
        self._tails: dict[str, Variant] = {}  # forms of a noun that may end a compound
        owners: dict[str, str] = {}
        for owner, entries in groups:
            for entry in entries:
                if unique and owners.setdefault(entry.stiff, owner) != owner:
                    raise RuleDataError(
                        f"'{entry.stiff}' staat ook in de regel {owners[entry.stiff]}."
                    )
                for variant in compile_entry(entry, owner):
                    first = variant.slots[0]
                    assert first is not None
                    for form in first:
                        self._by_first.setdefault(form, []).append(variant)
                    if _compound_tail(entry, variant):
                        for form in first:
                            self._tails.setdefault(form, variant)
        for variants in self._by_first.values():
            variants.sort(key=lambda v: v.size, reverse=True)  # the longest phrase wins
        self._longest_tail = max(map(len, self._tails), default=0)

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def hits(self, doc: Document, disabled: frozenset[str] = frozenset()) -> dict[str, list[Hit]]:
        """Hits per rule id; an entry whose id is in ``disabled`` is skipped."""
        found: dict[str, list[Hit]] = {}
        lowered, kinds = doc.lowered, doc.kinds
        by_first = self._by_first
        places = list(compress(count(), map(by_first.__contains__, lowered)))
        if self._tails:
            self._compound_hits(doc, disabled, found)
        if not places:
            return found
        words = frozenset(lowered)
        starts, ends = _sentence_bounds(doc)
        used: set[int] = set()
        # The variants a form may start: those whose words all occur and whose entry is on.
        # The same for every place of the form ('de' stands dozens of times), so made once.
        viable: dict[str, list[Variant]] = {}
        for i in places:
            if i in used or kinds[i] not in WORDLIKE:
                continue
            form = lowered[i]
            candidates = viable.get(form)
            if candidates is None:
                candidates = viable[form] = [
                    v for v in by_first[form] if v.required <= words and v.entry.id not in disabled
                ]
            if not candidates:
                continue
            s = bisect_right(starts, i) - 1
            for variant in candidates:
                positions = _match(variant.slots, i, ends[s], lowered)
                if positions is None or any(p in used for p in positions):
                    continue
                place = Place(lowered, positions, starts[s], ends[s])
                if variant.particle_last and not ends_particle(place):
                    continue
                if (
                    variant.verb_slot == 0
                    and after_determiner(place)
                    and _finite_only(variant, form)
                ):
                    continue  # 'De focus ligt op', 'de focus op': a noun, not 'focussen'
                if variant.verb_first and _other_verb(positions, lowered):
                    continue  # 'nemen jullie reacties mee' is another verb
                if not all(c.holds(place) for c in variant.entry.conditions):
                    continue
                used.update(positions)
                found.setdefault(variant.owner, []).append(_hit(doc, variant, place))
                break
        return found

    def _compound_hits(
        self, doc: Document, disabled: frozenset[str], found: dict[str, list[Hit]]
    ) -> None:
        """A stiff noun at the end of a compound: 'klantparticipatie', 'beleidsimplementatie'."""
        tails, by_first = self._tails, self._by_first
        shortest = MIN_HEAD + MIN_TAIL
        for i, word in enumerate(doc.lowered):
            if len(word) < shortest or word in by_first or doc.kinds[i] not in WORDLIKE:
                continue
            # Only tails as long as a stiff noun can be: no substring search over a long paste.
            first_split = max(MIN_HEAD, len(word) - self._longest_tail)
            for split in range(first_split, len(word) - MIN_TAIL + 1):
                variant = tails.get(word[split:])
                if variant is None:
                    continue
                head = word[:split]
                if variant.entry.id not in disabled and _compound_head(head):
                    token = doc.tokens[i]
                    offered = compound_suggestions(token.text, split, word[split:], variant.entry)
                    hit = Hit(token.start, token.end, offered, {"reason": variant.entry.reason})
                    found.setdefault(variant.owner, []).append(hit)
                break  # the longest tail decides


def _compound_tail(entry: Entry, variant: Variant) -> bool:
    """A one-word stiff noun that keeps its stiff sense at the end of a compound."""
    stiff = entry.stiff
    return (
        entry.category in COMPOUND_CATEGORIES
        and not entry.conditions
        and variant.verb_slot < 0
        and len(variant.slots) == 1
        and len(stiff) >= MIN_TAIL
        and stiff.isalpha()
        and _noun_only(stiff)
    )


def _noun_only(word: str) -> bool:
    readings = lexicon().readings(word)
    if not readings:
        return not word.endswith("en")  # an unknown loanword: 'touchpoint', not a verb
    return all(r.pos == "noun" for r in readings)


def _compound_head(head: str) -> bool:
    """The first part of a compound: a known word, with or without a linking s, e or -."""
    if head.endswith("-"):
        head = head[:-1]
    if len(head) < MIN_HEAD or not head.isalpha():
        return False
    known = lexicon().is_known
    return (
        known(head)
        or (head[-1] in "se" and known(head[:-1]))
        or (head.endswith("en") and known(head[:-2]))
    )


def _finite_only(variant: Variant, form: str) -> bool:
    """The form found in the verb slot can only be a finite verb ('focus'), not a participle
    or infinitive that may follow an article ('de verstrekte laptops')."""
    fields = dict(variant.verb_fields).get(form, ())
    return bool(fields) and all(f in FINITE for f in fields)


def _other_verb(positions: tuple[int, ...], lowered: tuple[str, ...]) -> bool:
    """The finite verb has a particle of its own in the gap, so it is another verb: 'nemen
    jullie reacties mee bij het besluit' is 'meenemen', not 'het besluit nemen'."""
    lemmas = {r.lemma for r in lexicon().readings(lowered[positions[0]]) if r.pos == "verb"}
    for j in range(positions[0] + 1, positions[1] - 1):
        word, following = lowered[j], lowered[j + 1]
        if following[:1].isalnum() and not lexicon().has_pos(following, "prep"):
            continue  # 'geven op dit moment': a preposition with its noun, not a particle
        if any((v := verb(word + lemma)) is not None and v.particle == word for lemma in lemmas):
            return True
    return False


def _hit(doc: Document, variant: Variant, place: Place) -> Hit:
    start, end, offered, note = suggestions(doc, variant, place)
    entry, last = variant.entry, place.lowered[place.positions[-1]]
    if variant.verb_slot < 0 and len(variant.slots) > 1 and last != entry.words[-1]:
        offered = _plural_suggestions(entry, last, doc.text[start:end])
    reason = f"{entry.reason} {note}" if note else entry.reason
    return Hit(start, end, offered, {"reason": reason})


def _plural_suggestions(entry: Entry, found: str, original: str) -> tuple[str, ...]:
    """A plural noun phrase ('maatschappelijke partners'): the one-word alternatives in the
    plural ('organisaties'); a longer alternative would need its own plural, so it is left out."""
    out = []
    for alternative in entry.alternatives:
        if " " in alternative or alternative == LEAVE_OUT:
            continue
        made = inflect_like(alternative, found, entry.words[-1])
        if made != alternative:
            out.append(match_case(made, original))
    return tuple(out)


def _sentence_bounds(doc: Document) -> tuple[list[int], list[int]]:
    starts, ends, n = [], [], 0
    for sentence in doc.sentences:
        starts.append(n)
        n += len(sentence.tokens)
        ends.append(n)
    return starts, ends


def _match(
    slots: tuple[Slot, ...], i: int, end: int, lowered: tuple[str, ...]
) -> tuple[int, ...] | None:
    out = [i]
    return tuple(out) if _walk(slots, 1, i + 1, end, lowered, out) else None


def _walk(
    slots: tuple[Slot, ...], k: int, pos: int, end: int, lowered: tuple[str, ...], out: list[int]
) -> bool:
    """Match slots[k:] from token ``pos``; a gap stays before ``end`` (the sentence end), the
    parts of an abbreviation ('c.q.') may run past it."""
    if k == len(slots):
        return True
    slot = slots[k]
    if slot is not None:
        if pos < len(lowered) and lowered[pos] in slot:
            out.append(pos)
            if _walk(slots, k + 1, pos + 1, end, lowered, out):
                return True
            out.pop()
        return False
    following = slots[k + 1]
    assert following is not None
    for j in range(pos, min(end, pos + MAX_GAP + 1)):
        if lowered[j] in following:
            out.append(j)
            if _walk(slots, k + 2, j + 1, end, lowered, out):
                return True
            out.pop()
    return False
