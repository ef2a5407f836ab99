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
from schrijfhulp.core.rules.suggest_fit import (
    abbreviation,
    doubled,
    existential,
    fits_around,
    free_after,
    object_preposition,
    perfect_with_hebben,
    pronoun_forward,
    reflexive,
    subordinate,
    te_infinitive_follows,
    without_repeat,
)
from schrijfhulp.core.rules.suggest_note import rewrite_note
from schrijfhulp.core.rules.suggest_nouns import (
    adjective_to_phrase,
    article_before,
    attributive,
    noun_fits,
)
from schrijfhulp.core.rules.variants import Variant


def suggestions(
    doc: Document, variant: Variant, place: Place
) -> tuple[int, int, tuple[str, ...], str]:
    """The span of a hit, its suggestions (best first), and when none of the alternatives fits,
    a note on how to rewrite the sentence with an example."""
    tokens, text = doc.tokens, doc.text
    positions = place.positions
    start, end = tokens[positions[0]].start, tokens[positions[-1]].end
    entry = variant.entry
    alternatives = [a for a in entry.alternatives if a != LEAVE_OUT]
    if not alternatives:
        return start, end, (), ""
    first_alternative = alternatives[0]
    gaps = _gaps(variant, positions)
    middles = [text[tokens[a].end : tokens[b].start].strip() for a, b in gaps]
    extension = None  # (words between 'om' and 'te', the infinitive after 'te')
    last = entry.words[-1]
    if last in ("te", "om") and any(not a.endswith(f" {last}") for a in alternatives):
        found = _infinitive_after(doc, place, last == "om")
        if found is not None:
            end, *rest = found
            extension = (rest[0], rest[1])
        else:
            alternatives = [a for a in alternatives if a.endswith(f" {last}")]
    field = _field(variant, place)
    main = (
        field in FINITE
        and not variant.verb_first
        and variant.verb_slot == 0
        and GAP not in entry.words
        and not subordinate(place, positions[0])
    )
    article = article_before(place)
    original = text[start:end]
    out: list[str] = []
    for alternative in alternatives:
        words = alternative.split()
        fill = list(middles)
        tail: list[str] = []
        pronoun = ""  # words of 'om … te' that may go up after the finite verb
        if extension is not None:
            between, infinitive = extension
            if words[-1] == last:  # the alternative keeps 'te' or 'om … te' itself
                tail = [between, "te", infinitive] if last == "om" else [infinitive]
            elif last == "te":
                if fill:  # 'hebben de mogelijkheid om te stemmen' -> 'kunnen stemmen'
                    fill[-1] = _without_om(fill[-1])
                joined = _join_particle(fill, infinitive)
                if fill and variant.verb_first and len(fill) > 1:
                    pronoun, fill[-1] = fill[-1], ""  # 'om u te helpen': 'u' moves up
                tail = [joined]
            else:
                parts = [between]
                joined = _join_particle(parts, infinitive)
                pronoun = parts[0] if variant.verb_first else ""
                tail = [joined] if pronoun else [parts[0], joined]
        if not fits_around(words, place, entry.stiff):
            continue
        made = _assemble(variant, words, fill, existential(words, field, place), place, main)
        if made is None:
            continue
        if pronoun and variant.verb_first:
            made, moved_rest = pronoun_forward(made, pronoun)
            tail = [moved_rest, *tail] if moved_rest else tail
        noun = variant.verb_slot < 0 or verb_index(words) < 0  # 'extra middelen' -> 'extra geld'
        if noun and len(positions) == 1 and adjective_to_phrase(place, made, entry.stiff):
            continue
        if len(words) == 1 and variant.verb_slot < 0 and len(positions) == 1:
            made = inflect_like(made, place.lowered[positions[0]], entry.stiff)
            made = attributive(made, place, entry.stiff)
        if noun and not noun_fits(made, place, article):
            continue
        suggestion = " ".join(" ".join([made, *tail]).split())
        if abbreviation(original):  # 'HR' -> 'personeelszaken', capital at a sentence start only
            if positions[0] == place.sentence_start:
                suggestion = suggestion[:1].upper() + suggestion[1:]
        else:
            suggestion = match_case(suggestion, original)
        if doubled(suggestion, place, text[end : end + 60]):
            continue
        if suggestion != original and suggestion not in out:
            out.append(suggestion)
    note = ""
    if not out:
        slots = variant.slots
        gap_after = 0 <= variant.verb_slot < len(slots) - 1 and slots[variant.verb_slot + 1] is None
        finite_main = field in FINITE and (variant.verb_first or main or gap_after)
        note = rewrite_note(doc, variant, place, first_alternative, field, finite_main)
    return start, end, tuple(out), note


def _infinitive_after(doc: Document, place: Place, after_om: bool) -> tuple[int, str, str] | None:
    """(end, words between, infinitive) of the infinitive that a stiff 'te' or 'om' leads to:
    right after 'te' ('dient … te melden'), or after the 'te' that follows 'om' in the same
    clause ('heeft de mogelijkheid om uw afspraak online te verzetten')."""
    tokens = doc.tokens
    te = place.positions[-1]
    if after_om:
        te = next(
            (
                j
                for j in range(te + 1, min(place.sentence_end, te + 10))
                if place.lowered[j] == "te" or not place.lowered[j][:1].isalnum()
            ),
            -1,
        )
        if te < 0 or place.lowered[te] != "te":
            return None
    after = te + 1
    if after >= place.sentence_end or doc.kinds[after] not in WORDLIKE:
        return None
    if after_om and not lexicon().has_pos(place.lowered[after], "verb"):
        return None
    between = doc.text[tokens[place.positions[-1]].end : tokens[te].start].strip()
    return tokens[after].end, (between if after_om else ""), tokens[after].text


def _without_om(middle: str) -> str:
    """The words of a gap without the 'om' of 'om … te' when the 'te' goes too."""
    parts = middle.split()
    return " ".join(parts[1:]) if parts and parts[0].lower() == "om" else middle


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
    before = place.lowered[place.sentence_start : position]
    could_be_infinitive = "infinitive" in fields and "participle" not in fields
    if not variant.verb_first and could_be_infinitive and _finite_before(before):
        return "infinitive"  # 'we willen thuiswerken faciliteren': not finite
    field = pick_field(fields, before)
    around = place.lowered[max(position - 1, 0) : position + 2]
    if field == "present_3sg" and "u" in around:
        return "present_2sg"  # 'U heeft de mogelijkheid' -> 'U kunt', not 'U kan'
    return field


def _finite_before(before: tuple[str, ...]) -> bool:
    """A finite verb stands earlier in the clause ('kunt', 'willen' before an infinitive); a
    form after an article is a noun ('de mail')."""
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        if not word[:1].isalnum() or word in ("dat", "en", "maar", "omdat", "als", "die", "om"):
            return False
        readings = lexicon().readings(word)
        finite = any(
            r.pos == "verb" and ("pres" in r.features or "past" in r.features) for r in readings
        ) and not any(r.pos in ("det", "adv", "pron") for r in readings)
        if finite and not (i and before[i - 1] in _NOUN_OPENERS):
            return True
    return False


def _join_particle(middles: list[str], infinitive: str) -> str:
    """'aan' + 'melden' -> 'aanmelden' when the last gap ends in the particle of a verb the
    lexicon knows ('bij ons binnen' + 'zijn' stays apart)."""
    if not middles:
        return infinitive
    parts = middles[-1].split()
    word = parts[-1].lower() + infinitive.lower() if parts else ""
    joined = verb(word) if word and lexicon().verb(word) is not None else None
    if joined is not None and joined.particle == parts[-1].lower():
        middles[-1] = " ".join(parts[:-1])
        return parts[-1] + infinitive
    return infinitive


def _assemble(
    variant: Variant,
    words: list[str],
    middles: list[str],
    field: str | None,
    place: Place,
    main: bool,
) -> str | None:
    """The alternative with its verb conjugated and the gaps filled; None when it cannot stand
    where the stiff words stand."""
    gaps = iter(middles[1:] if variant.verb_first else middles)
    vi = verb_index(words) if field else -1
    if variant.verb_first and vi < 0:
        return None  # no verb to put first
    slots = variant.slots
    gap_after = 0 <= variant.verb_slot < len(slots) - 1 and slots[variant.verb_slot + 1] is None
    # 'Er is … sprake van': a finite verb before a gap stands in main-clause order too.
    finite_main = field in FINITE and (variant.verb_first or main or gap_after)
    if variant.verb_first and middles and "zich" not in words and reflexive(middles[0], place):
        return None  # 'we focussen ons op': not 'we letten ons op'
    noun_next = len(place.positions) > 1 and lexicon().has_pos(
        place.lowered[place.positions[1]], "noun"
    )
    if variant.verb_first and noun_next and middles[0].lower().split()[-1:] in _ARTICLE_ENDS:
        # 'voert de regie': the article belongs to the stiff noun ('zoeken contact met')
        if not any(w != GAP and i != vi and not object_preposition(w) for i, w in enumerate(words)):
            return None  # 'leidt de over': no noun of its own
        middles = [" ".join(middles[0].split()[:-1]), *middles[1:]]
    if vi >= 0 and not _verb_fits(variant, words, vi, field, finite_main, place):
        return None
    out: list[str] = []
    particle = ""
    for i, word in enumerate(words):
        if word == GAP:
            out.append(without_repeat(out, next(gaps, "")))
        elif i == vi and field is not None:
            split = variant.verb_first or main
            form, particle = _conjugate(word, field, words[i + 1 : i + 2], split)
            out.append(form)
        else:
            out.append(word)
    ends_in_prep = 0 <= vi < len(words) - 1 and lexicon().has_pos(words[-1], "prep")
    if main and vi >= 0 and (len(words) > 1 or particle):
        # A main clause: the finite verb first, the rest of the phrase after it ('maakt
        # onderscheid'), which only works when no object has to stand in between.
        if not ends_in_prep and not free_after(place):
            return None  # 'De school faciliteert ouders': not 'maakt mogelijk ouders'
        first = out.pop(vi)
        out = [first, *out]
        vi = 0
    if variant.verb_first:
        first = out.pop(vi)
        out = [first, middles[0] if middles else "", *out]
    if particle:
        # The particle closes the middle part, before a preposition that ends the alternative:
        # 'gaan door met', 'sluiten aan bij', not 'gaan met door'.
        if not ends_in_prep and lexicon().has_pos(variant.entry.words[-1], "prep"):
            return None  # 'geven invulling aan het plan': 'vullen het plan in' needs the object
        out.insert(len(out) - 1 if ends_in_prep else len(out), particle)
    return " ".join(" ".join(out).split())


# Verbs that make their perfect with 'zijn', where the verb table says 'hebben'.
_WITH_ZIJN = frozenset(
    [
        "gebeuren",
        "ontstaan",
        "lukken",
        "mislukken",
        "verschijnen",
        "verdwijnen",
        "slagen",
        "stijgen",
        "dalen",
        "groeien",
        "sterven",
        "vallen",
        "beginnen",
    ]
)


_SUBJECTS = frozenset(
    ["ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij", "jullie", "men", "het", "er"]
)


_NOUN_OPENERS = frozenset({"de", "het", "een", "deze", "dit", "onze", "uw", "mijn", "jouw"})
_ARTICLE_ENDS = (["de"], ["het"], ["een"])


_MODALS = frozenset({"moeten", "kunnen", "willen", "mogen", "zullen"})


def _verb_fits(
    variant: Variant, words: list[str], vi: int, field: str | None, finite_main: bool, place: Place
) -> bool:
    """A verb alternative takes the object where the stiff phrase has it. A stiff phrase that
    ends in a preposition has its object after the span: only a lone finite verb in a main
    clause can take it there ('houden toezicht op de kas' -> 'controleren de kas'), not
    'gaan uitwerken het plan'. An alternative that ends in a preposition needs its object
    after it, which only a main clause gives ('zorgen voor een betere samenwerking')."""
    if variant.verb_slot < 0:
        return True
    stiff_prep = object_preposition(variant.entry.words[-1])
    alt_prep = vi < len(words) - 1 and object_preposition(words[-1])
    found = verb(words[vi])
    if stiff_prep and not alt_prep:
        rest = [w for i, w in enumerate(words) if i != vi and w not in (GAP, "er")]
        alone = not rest and found is not None and not found.particle
        if not (finite_main and alone):
            return False
    if alt_prep and not stiff_prep and (not finite_main or place.word_after() in _SUBJECTS):
        return False  # 'Hoe borgen we': not 'Hoe zorgen voor we'
    if alt_prep and not stiff_prep and variant.verb_first and len(place.positions) > 1:
        return False  # 'nam zijn leeftijd in aanmerking': the object is in the gap
    if words[vi] in _MODALS and te_infinitive_follows(place):
        return False  # 'wordt geacht de regels te kennen': 'moet' takes no 'te'
    # 'heeft plaatsgevonden' takes no 'geweest': the auxiliary stays outside the span.
    return not (
        field == "participle"
        and found is not None
        and (found.forms.auxiliary == "zijn" or words[vi] in _WITH_ZIJN)
        and perfect_with_hebben(place)
    )


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
