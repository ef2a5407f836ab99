"""How to rewrite when no one-click suggestion fits: a short Dutch note with an example made
from the writer's own sentence (used by suggest.py).

'Wij berichten u dat …' cannot become 'Wij laten weten u dat …' by replacing one word; the
note says where the rest of the phrase goes and shows it: 'Wij laten u weten dat …'. The same
for an object that must move ('We gaan het nieuwe plan uitwerken'), a verb that changes with
the noun ('Er komt extra geld voor de wijk') and an adjective that becomes a phrase ('De aanpak
van het bestuur werkt niet').
"""

from __future__ import annotations

from schrijfhulp.core.dutch.lexicon import lexicon
from schrijfhulp.core.dutch.segmentation import Document
from schrijfhulp.core.rules.conditions import Place
from schrijfhulp.core.rules.entries import GAP
from schrijfhulp.core.rules.forms import FINITE, verb, verb_index
from schrijfhulp.core.rules.suggest_fit import (
    agreeing_verb,
    alternative_number,
    free_after,
    number,
    object_preposition,
)
from schrijfhulp.core.rules.variants import Variant

_CLAUSE_OPENERS = frozenset(
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
        "want",
        "maar",
        "om",
    ]
)


def rewrite_note(
    doc: Document,
    variant: Variant,
    place: Place,
    alternative: str,
    field: str | None,
    finite_main: bool,
) -> str:
    """A note with an example for the first alternative; '' when there is none to give."""
    words = alternative.split()
    if GAP in words:
        return _general(alternative)
    vi = verb_index(words) if field else -1
    if vi >= 0:
        example = _verb_example(doc, place, words, vi, field, finite_main, variant)
        if example:
            return f"Met '{alternative}' verandert de volgorde, bijvoorbeeld: {_quoted(example)}"
        return _general(alternative)
    example = _number_example(doc, place, alternative)
    if example:
        return f"Met '{alternative}' verandert ook het werkwoord, bijvoorbeeld: {_quoted(example)}"
    example = _phrase_example(doc, place, alternative)
    if example:
        return f"Zet '{alternative}' achter het woord erna, bijvoorbeeld: {_quoted(example)}"
    return _general(alternative)


def _quoted(example: str) -> str:
    """'Wij laten u weten dat …'. with the full stop outside unless the example has its own."""
    return f"'{example}'" if example.endswith((".", "!", "?")) else f"'{example}'."


def _general(alternative: str) -> str:
    return (
        "Alleen de woorden vervangen geeft hier geen goede zin: "
        f"herschrijf de zin met '{alternative}'."
    )


def _verb_example(
    doc: Document,
    place: Place,
    words: list[str],
    vi: int,
    field: str | None,
    finite_main: bool,
    variant: Variant,
) -> str:
    """The clause with the alternative verb phrase in the right order: in a main clause the
    finite verb first and the rest after the object ('Wij laten u weten dat …'), else the
    object before the whole phrase ('We gaan het nieuwe plan uitwerken')."""
    found = verb(words[vi])
    if found is None or variant.verb_first and len(place.positions) > 1 and _has_gap(variant):
        return ""
    particle = found.particle or ""
    rest = [w for i, w in enumerate(words) if i != vi]
    stiff_prep = object_preposition(variant.entry.words[-1])
    if rest and object_preposition(rest[-1]):
        return ""  # the object follows the alternative's own preposition: nothing moves
    obj, ending = _after_span(doc, place)
    if not obj:
        return ""
    if finite_main and field in FINITE:
        if not (rest or particle) or (not stiff_prep and free_after(place)):
            return ""  # a lone verb, or nothing between: the one-click was not stopped here
        head = [found.form(field or "present_3sg"), obj, *rest, particle]
    elif stiff_prep:
        phrase = list(words)
        phrase[vi] = _form(words[vi], field)
        head = [obj, *phrase]
    else:
        return ""
    return _sentence(doc, place, " ".join(w for w in head if w), ending)


def _form(infinitive: str, field: str | None) -> str:
    """The verb in a subordinate clause or a non-finite form: 'invult', 'uitgewerkt', 'uit te
    werken', or the infinitive."""
    found = verb(infinitive)
    if found is None or field in (None, "infinitive"):
        return infinitive
    particle = found.particle or ""
    if field == "te":
        base = found.forms.infinitive[len(particle) :]
        return f"{particle} te {base}".strip()
    if field in ("participle", "participle_e"):
        return found.form(field)
    return particle + found.form(field)


def _has_gap(variant: Variant) -> bool:
    return any(slot is None for slot in variant.slots[1:])


def _after_span(doc: Document, place: Place) -> tuple[str, str]:
    """The words after the span up to the end of its clause, and how the example ends: the
    sentence's own full stop, or the word that opens the next clause and '…'."""
    tokens, lowered = doc.tokens, place.lowered
    last = place.positions[-1]
    j = last + 1
    while j < place.sentence_end and lowered[j][:1].isalnum() and lowered[j] not in _CLAUSE_OPENERS:
        j += 1
    obj = doc.text[tokens[last].end : tokens[j - 1].end].strip() if j > last + 1 else ""
    if j >= place.sentence_end:
        return obj, ""
    if lowered[j][:1].isalnum():
        return obj, f" {tokens[j].text} …"
    if j == place.sentence_end - 1 and lowered[j] in (".", "!", "?"):
        return obj, lowered[j]
    return obj, " …"


def _sentence(doc: Document, place: Place, middle: str, ending: str) -> str:
    tokens = doc.tokens
    start = tokens[place.sentence_start].start
    prefix = doc.text[start : tokens[place.positions[0]].start]
    if not prefix:
        middle = middle[:1].upper() + middle[1:]
    return f"{prefix}{middle}{ending}"


def _number_example(doc: Document, place: Place, alternative: str) -> str:
    """The sentence with the alternative and the finite verb in its number: 'Er komen extra
    middelen' -> 'Er komt extra geld'."""
    found = number(place.lowered[place.positions[-1]])
    made = alternative_number(alternative.split()[-1].lower())
    if not found or not made or found == made:
        return ""
    i = agreeing_verb(place, found)
    if i < 0:
        return ""
    changed = _other_number(place.lowered[i], made)
    if not changed:
        return ""
    tokens, text = doc.tokens, doc.text
    replaced = {place.positions[0]: alternative, i: changed}
    skip = set(range(place.positions[0] + 1, place.positions[-1] + 1))
    parts: list[str] = []
    for k in range(place.sentence_start, place.sentence_end):
        if k in skip:
            continue
        word = replaced.get(k, tokens[k].text)
        if k in replaced and tokens[k].text[:1].isupper():
            word = word[:1].upper() + word[1:]
        gap = text[tokens[k - 1].end : tokens[k].start] if k > place.sentence_start else ""
        parts.append((gap if parts else "") + word)
    return "".join(parts)


def _other_number(form: str, wanted: str) -> str:
    """'komen' -> 'komt' (wanted 'sg'), 'blijft' -> 'blijven' (wanted 'pl')."""
    for reading in lexicon().readings(form):
        if reading.pos != "verb":
            continue
        found = verb(reading.lemma)
        if found is None:
            continue
        past = "past" in reading.features
        if wanted == "sg":
            return found.form("past_sg" if past else "present_3sg")
        return found.form("past_pl" if past else "present_pl")
    return ""


def _phrase_example(doc: Document, place: Place, alternative: str) -> str:
    """An adjective that becomes a phrase goes after its noun: 'De bestuurlijke aanpak werkt
    niet' -> 'De aanpak van het bestuur werkt niet'."""
    if " " not in alternative or not lexicon().has_pos(alternative.split()[0], "prep"):
        return ""
    noun = place.positions[-1] + 1
    if noun >= place.sentence_end or not place.lowered[noun][:1].isalnum():
        return ""
    tokens, text = doc.tokens, doc.text
    start = tokens[place.sentence_start].start
    prefix = text[start : tokens[place.positions[0]].start]
    end = tokens[place.sentence_end - 1].end
    noun_text = tokens[noun].text
    if not prefix:
        noun_text = noun_text[:1].upper() + noun_text[1:]
    return f"{prefix}{noun_text} {alternative}{text[tokens[noun].end : end]}"
