"""One-click suggestions for a plain-language hit that give good Dutch.

A suggestion replaces exactly the span from the first to the last part of the match, keeps the
words in its gaps, takes the capital of a sentence start, and conjugates a verb alternative to
the form found ('verstrekte' -> 'gaf'). When the stiff phrase ends in 'te' and the alternative
does not ('dient … te' -> 'moet …'), the infinitive after 'te' joins the span, so the result
stays grammatical ('moet zich voor vrijdag aanmelden').
"""

from __future__ import annotations

from schrijfhulp.core.dutch.lexicon import lexicon
from schrijfhulp.core.dutch.segmentation import WORDLIKE, Document
from schrijfhulp.core.rules.conditions import Place
from schrijfhulp.core.rules.entries import GAP, LEAVE_OUT, Entry
from schrijfhulp.core.rules.forms import FINITE, inflect_like, pick_field, verb, verb_index
from schrijfhulp.core.rules.patterns import match_case
from schrijfhulp.core.rules.variants import Variant


def suggestions(doc: Document, variant: Variant, place: Place) -> tuple[int, int, tuple[str, ...]]:
    """The span of a hit and its suggestions, best first."""
    tokens, text = doc.tokens, doc.text
    positions = place.positions
    start, end = tokens[positions[0]].start, tokens[positions[-1]].end
    entry = variant.entry
    alternatives = [a for a in entry.alternatives if a != LEAVE_OUT]
    if not alternatives:
        return start, end, ()
    gaps = _gaps(variant, positions)
    middles = [text[tokens[a].end : tokens[b].start].strip() for a, b in gaps]
    extension = None
    if entry.words[-1] == "te" and any(not a.endswith(" te") for a in alternatives):
        after = positions[-1] + 1
        if after < place.sentence_end and doc.kinds[after] in WORDLIKE:
            extension = tokens[after].text
            end = tokens[after].end
        else:
            alternatives = [a for a in alternatives if a.endswith(" te")]
    field = _field(variant, place)
    article = _article(place) if len(positions) == 1 and variant.verb_slot < 0 else None
    original = text[start:end]
    out: list[str] = []
    for alternative in alternatives:
        words = alternative.split()
        fill = list(middles)
        tail = []
        if extension is not None:
            tail = [extension] if words[-1] == "te" else [_join_particle(fill, extension)]
        made = _assemble(variant, words, fill, field, place)
        if made is None:
            continue
        if len(words) == 1 and variant.verb_slot < 0 and len(positions) == 1:
            singular = place.lowered[positions[0]] == entry.stiff
            if article and singular and lexicon().noun_gender(made) not in (None, article):
                continue  # 'het financiële aspect': 'kant' would need 'de financiële'
            made = inflect_like(made, place.lowered[positions[0]], entry.stiff)
        suggestion = " ".join(" ".join([made, *tail]).split())
        suggestion = match_case(suggestion, original)
        if suggestion != original and suggestion not in out:
            out.append(suggestion)
    return start, end, tuple(out)


_DE_WORDS = frozenset({"de", "deze", "die", "onze", "elke", "iedere", "welke"})
_HET_WORDS = frozenset({"het", "dit", "dat", "ons", "elk", "ieder", "welk"})


def _article(place: Place) -> str | None:
    """'de' or 'het': what the words before a found noun ask of it ('het financiële aspect',
    'een lastig vraagstuk'); None when nothing before it says so."""
    adjectives: list[str] = []
    i = place.positions[0] - 1
    while i >= place.sentence_start and len(adjectives) < 3:
        word = place.lowered[i]
        if word in _DE_WORDS:
            return "de"
        if word in _HET_WORDS:
            return "het"
        if word == "een":
            return ("de" if adjectives[-1].endswith("e") else "het") if adjectives else None
        if not lexicon().has_pos(word, "adj"):
            return None
        adjectives.append(word)
        i -= 1
    return None


def _gaps(variant: Variant, positions: tuple[int, ...]) -> list[tuple[int, int]]:
    """(token before, token after) of every gap of the variant."""
    gaps, k = [], 0
    for slot in variant.slots:
        if slot is None:
            gaps.append((positions[k - 1], positions[k]))
        else:
            k += 1
    return gaps


def _field(variant: Variant, place: Place) -> str | None:
    if variant.verb_slot < 0:
        return None
    if variant.with_te:
        return "te"
    k = sum(s is not None for s in variant.slots[: variant.verb_slot])
    position = place.positions[k]
    fields = dict(variant.verb_fields).get(place.lowered[position])
    if not fields:
        return None
    return pick_field(fields, place.lowered[place.sentence_start : position])


def _join_particle(middles: list[str], infinitive: str) -> str:
    """'aan' + 'melden' -> 'aanmelden' when the last gap ends in the particle of that verb."""
    if not middles:
        return infinitive
    parts = middles[-1].split()
    joined = verb(parts[-1].lower() + infinitive.lower()) if parts else None
    if joined is not None and joined.particle == parts[-1].lower():
        middles[-1] = " ".join(parts[:-1])
        return parts[-1] + infinitive
    return infinitive


def _assemble(
    variant: Variant, words: list[str], middles: list[str], field: str | None, place: Place
) -> str | None:
    gaps = iter(middles[1:] if variant.verb_first else middles)
    vi = verb_index(words) if field else -1
    if variant.verb_first and vi < 0:
        return None  # no verb to put first
    out: list[str] = []
    particle = ""
    for i, word in enumerate(words):
        if word == GAP:
            out.append(next(gaps, ""))
        elif i == vi and field is not None:
            form, particle = _conjugate(word, field, words[i + 1 : i + 2], variant.verb_first)
            out.append(form)
        else:
            out.append(word)
    if variant.verb_first:
        first = out.pop(vi)
        out = [first, middles[0] if middles else "", *out]
    if particle:
        # The particle closes the middle part, before a preposition that ends the alternative:
        # 'gaan door met', 'sluiten aan bij', not 'gaan met door'.
        ends_in_prep = vi < len(words) - 1 and lexicon().has_pos(words[-1], "prep")
        if not ends_in_prep and lexicon().has_pos(variant.entry.words[-1], "prep"):
            return None  # 'geven invulling aan het plan': 'vullen het plan in' needs the object
        out.insert(len(out) - 1 if ends_in_prep else len(out), particle)
    return " ".join(" ".join(out).split())


def _conjugate(infinitive: str, field: str, following: list[str], split: bool) -> tuple[str, str]:
    """The form of ``infinitive`` for ``field``, and a particle to put at the end (or '')."""
    found = verb(infinitive)
    if found is None:
        return infinitive, ""
    particle = found.particle or ""
    base_inf = found.forms.infinitive[len(particle) :]
    if field == "te":
        return (f"{particle} te {base_inf}" if particle else f"te {infinitive}"), ""
    if field == "participle" and following and following[0] != GAP and verb(following[0]):
        return infinitive, ""  # 'heeft laten weten', not 'heeft gelaten weten'
    form = found.form(field)
    if particle and field in FINITE:
        return (form, particle) if split else (particle + form, "")
    return form, ""


def compound_suggestions(text: str, split: int, tail: str, entry: Entry) -> tuple[str, ...]:
    """A stiff noun at the end of a compound: the first part with each one-word noun
    alternative ('procesoptimalisatie' -> 'procesverbetering')."""
    out: list[str] = []
    for alternative in entry.alternatives:
        if (
            " " in alternative
            or alternative == LEAVE_OUT
            or not lexicon().has_pos(alternative, "noun")
        ):
            continue
        made = match_case(text[:split] + inflect_like(alternative, tail, entry.stiff), text)
        if made != text and made not in out:
            out.append(made)
    return tuple(out)
