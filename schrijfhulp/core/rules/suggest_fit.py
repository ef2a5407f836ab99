"""Checks that a one-click suggestion fits the sentence around it (used by suggest.py).

A replacement changes only its span, so what stands outside must still fit: the clause order
a verb phrase needs ('maakt onderscheid' in a main clause, 'onderscheid maakt' after 'omdat'),
the number of the finite verb ('Er komen extra middelen', not 'Er komen extra geld'), the
auxiliary ('heeft plaatsgevonden', not 'heeft geweest'), and no word twice ('om om').
"""

from __future__ import annotations

from functools import lru_cache

from schrijfhulp.core.dutch.lexicon import lexicon
from schrijfhulp.core.rules.conditions import Place, ends_clause
from schrijfhulp.core.rules.entries import GAP
from schrijfhulp.core.rules.forms import verb_index

# Words that open a subordinate clause: its finite verb stands at the end.
_SUBORDINATORS = frozenset(
    [
        "dat",
        "omdat",
        "als",
        "wanneer",
        "zodat",
        "terwijl",
        "voordat",
        "nadat",
        "zodra",
        "hoewel",
        "doordat",
        "indien",
        "tenzij",
        "totdat",
        "sinds",
        "mits",
        "of",
        "die",
        "wie",
        "wat",
        "waar",
        "waarmee",
        "waarin",
        "waarop",
        "waardoor",
        "hoe",
        "welke",
        "zoals",
        "opdat",
        "alsof",
        "naarmate",
    ]
)


_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "en", "maar", "want", "-", "–"})


DETERMINERS = frozenset(
    [
        "de",
        "het",
        "een",
        "deze",
        "die",
        "dit",
        "dat",
        "onze",
        "ons",
        "uw",
        "mijn",
        "je",
        "jouw",
        "hun",
        "haar",
        "zijn",
        "elk",
        "elke",
        "ieder",
        "iedere",
        "the",
        "a",
    ]
)


_ARTICLES = frozenset({"de", "het", "een", "the", "a"})


# Forms of 'hebben' that make a perfect; an alternative that takes 'zijn' does not fit them.
_HEBBEN = frozenset({"heb", "hebt", "heeft", "hebben", "had", "hadden"})


def subordinate(place: Place, position: int) -> bool:
    """The verb at ``position`` stands in a subordinate clause: a subordinator opens its
    clause with at least one word between it and the verb ('omdat de juf differentieert');
    'Hoe leggen we' and 'Dat geldt' are main clauses."""
    for i in range(position - 1, place.sentence_start - 1, -1):
        word = place.lowered[i]
        if word in _CLAUSE_BREAKS or not word[:1].isalnum():
            return False
        if word in _SUBORDINATORS:
            return i < position - 1
    return False


def free_after(place: Place) -> bool:
    """Nothing the replaced words would have to stand behind follows the span: the clause
    ends, or a prepositional phrase follows ('maakt onderscheid in haar klas')."""
    return ends_clause(place) or lexicon().has_pos(place.word_after(), "prep")


@lru_cache(maxsize=4096)
def number(word: str) -> str | None:
    """'pl' or 'sg' for a word that is only a plural or only a singular noun, else None."""
    nouns = [r for r in lexicon().readings(word) if r.pos == "noun"]
    if not nouns:
        return None
    plural = {"pl" in r.features for r in nouns}
    if len(plural) != 1:
        return None
    return "pl" if plural.pop() else "sg"


@lru_cache(maxsize=4096)
def _adjective_or_number(word: str) -> bool:
    return any(r.pos in ("adj", "num") for r in lexicon().readings(word))


@lru_cache(maxsize=4096)
def _verb_number(word: str) -> str | None:
    """'pl' or 'sg' for a finite verb form that is only one of them."""
    found = {
        "pl" if "pl" in r.features else "sg"
        for r in lexicon().readings(word)
        if r.pos == "verb" and ("pres" in r.features or "past" in r.features)
    }
    return found.pop() if len(found) == 1 else None


def verb_agrees(place: Place, found: str) -> bool:
    """The finite verb next to the noun phrase of the span agrees with ``found`` ('pl' or
    'sg'): the verb before it ('Er komen extra middelen') or the first one after it in the
    clause ('De problematiek rond de wijk blijft')."""
    return agreeing_verb(place, found) >= 0


def agreeing_verb(place: Place, found: str) -> int:
    """The index of the finite verb of ``verb_agrees``, or -1."""
    lowered = place.lowered
    i = place.positions[0] - 1
    while i >= place.sentence_start and (
        lowered[i] in DETERMINERS or _adjective_or_number(lowered[i])
    ):
        i -= 1
    if i >= place.sentence_start and _verb_number(lowered[i]) == found and _inverted(place, i):
        return i
    for j in range(place.positions[-1] + 1, min(place.sentence_end, place.positions[-1] + 8)):
        if not lowered[j][:1].isalnum() or lowered[j] in _SUBORDINATORS or lowered[j] == "om":
            break
        if lowered[j - 1] in DETERMINERS or lexicon().has_pos(lowered[j - 1], "prep"):
            continue  # 'de fiets', 'in huis': a noun
        if (verb_number := _verb_number(lowered[j])) is not None:
            return j if verb_number == found else -1
    return -1


def _inverted(place: Place, verb_at: int) -> bool:
    """The noun phrase after the finite verb at ``verb_at`` is its subject: the verb opens the
    sentence or follows 'er' ('Er komen extra middelen'), so no subject stands before it ('Het
    MT mist sturingsinformatie': there it is the object)."""
    return verb_at == place.sentence_start or place.lowered[verb_at - 1] == "er"


def alternative_number(word: str) -> str | None:
    """The number of the last word of an alternative; None for a word that is also an
    infinitive ('gezond blijven werken' is no plural of 'werk')."""
    if any(r.pos == "verb" and "inf" in r.features for r in lexicon().readings(word)):
        return None
    return number(word)


def perfect_with_hebben(place: Place) -> bool:
    """A form of 'hebben' stands in the sentence before the span (a perfect with 'hebben')."""
    return not _HEBBEN.isdisjoint(place.lowered[place.sentence_start : place.positions[0]])


def doubled(suggestion: str, place: Place, after: str) -> bool:
    """The suggestion repeats the word before the span or the words after it ('verder verder
    ontwikkelen', 'fijn, maar niet nodig, maar niet nodig'), or puts an article after one
    ('naar het een stap verder')."""
    words = suggestion.lower().split()
    if not words:
        return False
    before = place.word_before()
    if before and words[0] == before:
        return True
    stiff_noun = lexicon().has_pos(place.lowered[place.positions[-1]], "noun")
    if stiff_noun and before in _ARTICLES and words[0] in _ARTICLES:
        return True
    own = [w.strip(",.;:!?") for w in words]
    following = [w.strip(",.;:!?") for w in after.lower().split()][:4]
    following = [w for w in following if w]
    return any(
        own[-k:] == following[:k] and len(" ".join(own[-k:])) > 3
        for k in range(1, min(len(own), len(following)) + 1)
    )


def without_repeat(words: list[str], middle: str) -> str:
    """The words of a gap without a first word the alternative already says before the gap:
    'om' + 'om meer leden' -> 'om meer leden'."""
    parts = middle.split()
    if words and parts and parts[0].lower() == words[-1].lower():
        return " ".join(parts[1:])
    return middle


def abbreviation(original: str) -> bool:
    """One word in capitals with at least two of them ('HR', 'FAQ', 'KPI's'): an abbreviation,
    not shouting, so its replacement is written as a normal word."""
    core = original.split("'")[0].split("’")[0]
    letters = [ch for ch in core if ch.isalpha()]
    return " " not in original and len(letters) >= 2 and all(ch.isupper() for ch in letters)


# A reflexive pronoun by the subject it goes with: 'we focussen ons op' is reflexive.
_REFLEXIVE = {"ons": ("we", "wij"), "me": ("ik",), "mij": ("ik",), "je": ("je", "jij")}


def reflexive(middle: str, place: Place) -> bool:
    """The gap after a finite verb opens with a reflexive pronoun ('focussen ons dit jaar op',
    'stelt zich voor'): an alternative without 'zich' would keep a stray pronoun."""
    first = middle.split()[0].lower() if middle.split() else ""
    if first == "zich":
        return True
    subjects = _REFLEXIVE.get(first, ())
    sentence = place.lowered[place.sentence_start : place.positions[0]]
    return any(s in sentence for s in subjects)


def fits_around(words: list[str], place: Place, stiff: str) -> bool:
    """The alternative leaves the words around the span grammatical: a clause after 'dat'
    keeps its verb at the end, so 'Het is niet uitgesloten dat' cannot become 'Misschien'
    (but 'Ondanks het feit dat' can become 'Hoewel'); 'eventuele vragen' cannot become
    'misschien vragen'; and a noun with 'van' after it ('maakten een analyse van', 'in kennis
    stellen van') cannot become a verb."""
    stiff_words = stiff.split()
    last_word = words[-1].lower()
    if stiff_words[-1] in ("dat", "of") and last_word not in (stiff_words[-1], *_SUBORDINATORS):
        return False
    stiff_verb = verb_index(list(stiff_words)) >= 0
    found = place.lowered[place.positions[0]]
    after = place.word_after()
    inflected = len(stiff_words) == 1 and found != stiff and found.endswith("e")
    attributive = inflected and not stiff_verb and lexicon().has_pos(after, "noun")
    # an adjective before a noun takes an adjective: not 'misschien vragen'
    if attributive and (
        not _adjective_like(last_word) or (len(words) > 1 and not adjective(last_word))
    ):
        return False
    if after in _NOUN_PREPOSITIONS and stiff_verb and verb_index(words) >= 0:
        # 'hulp bieden aan', 'een analyse maken van': the preposition goes with the noun
        found_words = [place.lowered[p] for p in place.positions]
        return not any(noun_only(w) and w not in words for w in found_words)
    return True


# Prepositions after a noun-and-verb phrase that belong to the noun ('hulp bieden aan',
# 'regie voeren op'); others often go with the verb too ('overleggen met', 'helpen bij').
_NOUN_PREPOSITIONS = frozenset({"van", "aan", "op"})


def noun_only(word: str) -> bool:
    readings = lexicon().readings(word)
    return any(r.pos == "noun" for r in readings) and not any(r.pos == "verb" for r in readings)


def adjective(word: str) -> bool:
    return any(r.pos == "adj" for r in lexicon().readings(word))


def _adjective_like(word: str) -> bool:
    """Not only an adverb ('misschien'): an adjective, determiner or a word the lexicon lacks."""
    readings = lexicon().readings(word)
    return not readings or any(r.pos != "adv" for r in readings)


def te_infinitive_follows(place: Place) -> bool:
    """'te' + a verb follows the span in its clause ('wordt geacht de regels te kennen')."""
    lowered = place.lowered
    for j in range(place.positions[-1] + 1, min(place.sentence_end - 1, place.positions[-1] + 10)):
        if not lowered[j][:1].isalnum():
            return False
        if lowered[j] == "te" and lexicon().has_pos(lowered[j + 1], "verb"):
            return True
    return False


def existential(words: list[str], field: str | None, place: Place) -> str | None:
    """'er zijn' takes the number of the noun after the span: 'Er is sprake van extra kosten'
    -> 'Er zijn extra kosten', not 'Er is extra kosten'."""
    if words[:2] != ["er", "zijn"] or field not in ("present_3sg", "past_sg"):
        return field
    lowered = place.lowered
    head = None  # the number of the last noun of the noun phrase after the span
    for j in range(place.positions[-1] + 1, min(place.sentence_end, place.positions[-1] + 5)):
        word = lowered[j]
        if not word[:1].isalnum() or lexicon().has_pos(word, "prep"):
            break
        head = number(word) or head
    if head == "pl":
        return "present_pl" if field == "present_3sg" else "past_pl"
    return field


_WEAK_PRONOUNS = frozenset({"u", "je", "jullie", "hem", "haar", "ze", "ons", "me", "mij", "hen"})


def pronoun_forward(made: str, middle: str) -> tuple[str, str]:
    """A pronoun object from 'om … te' goes right after the finite verb, before the adverbs:
    'zijn vandaag niet in de gelegenheid om u te helpen' -> 'kunnen u vandaag niet helpen'.
    Returns the phrase and the rest of the middle words."""
    parts = middle.split()
    words = made.split()
    if len(words) < 2 or not parts or parts[0].lower() not in _WEAK_PRONOUNS:
        return made, middle
    return " ".join([words[0], parts[0], *words[1:]]), " ".join(parts[1:])


def object_preposition(word: str) -> bool:
    """A preposition that takes an object ('aan', 'voor'); not the 'te' or 'om' of an
    infinitive, which the suggestions handle themselves."""
    return word not in ("te", "om", GAP) and lexicon().has_pos(word, "prep")
