"""General plain-language matchers: wordy and jargon wording found by its form, not by a list.

``light_verb`` finds a verb hidden in a noun next to a light verb: 'een evaluatie uitvoeren',
'ondersteuning bieden', 'in overweging nemen'. The noun is a nominalisation (-ing, -atie, or a
noun the rule names) whose verb the lexicon knows; the suggestion is that verb. ``jargon_form``
finds policy words by their ending and rarity: verbs on -iseren/-ificeren, nouns on -isatie,
-iteit, -atie, adjectives on -gericht or -bestendig, each only when wordfreq calls it rare.
Both give hints only; the rule files hold the word lists, thresholds and examples.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.frequency import wordfreq_zipf, zipf
from schrijfhulp.core.dutch.lexicon import lexicon
from schrijfhulp.core.dutch.segmentation import WORDLIKE, Document
from schrijfhulp.core.rules.model import Hit, Rule

_INDEFINITE = frozenset({"een", "geen"})
# Articles and possessives: the noun phrase is a subject or object, not a light-verb phrase.
_DEFINITE = frozenset(
    {"de", "het", "uw", "mijn", "je", "jouw", "zijn", "haar", "ons", "onze", "hun"}
)
_NOUN_PREPS = frozenset({"in", "tot", "ter"})
_PARTICLES = frozenset({"uit", "door", "aan"})
_NOMINAL = ("ing", "ingen", "atie", "aties")  # 'in overweging nemen', 'tot uitvoering brengen'


@lru_cache(maxsize=4096)
def _verb_lemmas(form: str) -> frozenset[str]:
    return frozenset(r.lemma for r in lexicon().readings(form) if r.pos == "verb")


@lru_cache(maxsize=4096)
def _is_noun(form: str) -> bool:
    return lexicon().has_pos(form, "noun")


@lru_cache(maxsize=4096)
def _is_prep(form: str) -> bool:
    return lexicon().has_pos(form, "prep")


def _singular(word: str) -> str:
    for ending in ("en", "s"):
        if word.endswith(ending) and _is_noun(word[: -len(ending)]):
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=4096)
def _noun_verb(noun: str, extra: tuple[tuple[str, str], ...]) -> str:
    """The verb inside a nominalisation ('evaluatie' -> 'evalueren'), or ''."""
    named = dict(extra).get(noun)
    if named is not None:
        return named
    if not _is_noun(noun):
        return ""
    candidates = []
    if noun.endswith("ing") and len(noun) > 6:
        candidates.append(noun[:-3] + "en")
    if noun.endswith("atie") and len(noun) > 7:
        candidates.append(noun[:-4] + "eren")
    for candidate in candidates:
        if lexicon().verb(candidate) is not None:
            return candidate
    return ""


def light_verb(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """(een) + nominalisation + light verb in one clause, either order; params: ``verbs`` (light
    verbs), ``nouns`` (noun = verb, beyond the -ing/-atie ones), ``plain_nouns`` (quiet)."""
    params = rule.params
    light = frozenset(params.get("verbs", ()))
    quiet = frozenset(params.get("plain_nouns", ()))
    extra = tuple(sorted(dict(params.get("nouns", {})).items()))
    window = int(params.get("window", 4))
    named = frozenset(dict(extra))
    for sentence, lowered in zip(doc.sentences, doc.lowered_by_sentence, strict=True):
        verbs = [
            i
            for i, w in enumerate(lowered)
            if _verb_lemmas(w) & light and not _noun_here(lowered, i)
        ]
        if not verbs:
            continue
        tokens = sentence.tokens
        for n, word in enumerate(lowered):
            if not (word.endswith(_NOMINAL) or word in named) or tokens[n].kind not in WORDLIKE:
                continue
            noun = _singular(word)
            if noun in quiet:
                continue
            made = _noun_verb(noun, extra)
            if not made or made in _verb_lemmas(word):
                continue
            before = lowered[n - 1] if n else ""
            first = n - 1 if before in _INDEFINITE or before in _NOUN_PREPS else n
            if before in _DEFINITE or (first == n and _is_prep(before)):
                continue  # 'de organisatie geeft', 'na afloop geven we': not the object
            hit = _light_near(tokens, lowered, verbs, first, n, window)
            if hit is None:
                continue
            start, end = hit
            offered: tuple[str, ...] = ()
            # The noun may end a text without a full stop: 'We doen een poging'.
            if end == n + 1 and end < len(lowered) and "inf" in _features(lowered[end]):
                end += 1
            if start == first and end == n + 2 and "inf" in _features(lowered[n + 1]):
                offered = (made,)
            yield Hit(tokens[start].start, tokens[end - 1].end, offered, {"verb": made})


def _noun_here(lowered: Sequence[str], i: int) -> bool:
    """A form that is also a noun, after an article or preposition: 'vragen over zorg'."""
    before = lowered[i - 1] if i else ""
    return _is_noun(lowered[i]) and (
        before in _INDEFINITE or before in _DEFINITE or _is_prep(before)
    )


def _features(form: str) -> frozenset[str]:
    out: set[str] = set()
    for r in lexicon().readings(form):
        if r.pos == "verb":
            out |= r.features
    return frozenset(out)


def _light_near(
    tokens: Any, lowered: Sequence[str], verbs: list[int], first: int, n: int, window: int
) -> tuple[int, int] | None:
    """Token span [start, end) of the light verb with the noun phrase, if one is close by."""
    for v in verbs:
        if v == n:
            continue
        lo, hi = (v, first) if v < first else (n + 1, v)
        if hi - lo > window:
            continue
        between = range(lo + 1, hi) if v < first else range(lo, hi)
        if any(tokens[k].kind not in WORDLIKE for k in between):
            continue  # a comma or a quote: another clause
        if any(_verb_lemmas(lowered[k]) and not _is_noun(lowered[k]) for k in between):
            continue
        if v < first:  # 'voert een controle uit': the particle ends the phrase
            after = n + 1 < len(lowered) and lowered[n + 1] in _PARTICLES
            return v, n + 2 if after else n + 1
        return first, v + 1
    return None


# --- jargon by form ---------------------------------------------------------------------------


def jargon_form(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """Rare words with a policy ending; params: ``endings`` (ending = Zipf threshold),
    ``plain`` (words that stay quiet), ``min_length``."""
    endings: Mapping[str, float] = rule.params.get("endings", {})
    ends = tuple(endings.items())
    verdicts = _VERDICTS.setdefault(ends, {})
    quiet = frozenset(rule.params.get("plain", ()))
    shortest = int(rule.params.get("min_length", 9))
    for token in doc.words:
        if token.end - token.start < shortest:
            continue
        word = token.text.lower()
        verdict = verdicts.get(word)
        if verdict is None:
            verdict = (
                word.isalpha() and quiet.isdisjoint((word, _base(word))) and _rare_form(word, ends)
            )
            if len(verdicts) < 65536:
                verdicts[word] = verdict
        if verdict:
            yield Hit(token.start, token.end)


# Per set of endings: word -> jargon or not (a text repeats its words; a dict lookup is cheap).
_VERDICTS: dict[tuple[tuple[str, float], ...], dict[str, bool]] = {}


def _rare_form(word: str, ends: tuple[tuple[str, float], ...]) -> bool:
    threshold = _threshold(word, ends)
    if threshold is None or _english(word):
        return False
    return _rarity(_base(word), ends) < threshold


def _english(word: str) -> bool:
    """'distancing', 'branding': an English word is a loanword (spelling hints at it), not
    Dutch policy jargon built on a Dutch ending."""
    return wordfreq_zipf(word, "en", wordlist="small") > max(zipf(word), ENGLISH_FLOOR)


ENGLISH_FLOOR = 2.0  # Zipf: an English word at least this common in English text


def _rarity(word: str, endings: tuple[tuple[str, float], ...]) -> float:
    """Zipf of the word (a base form); of a compound, of its longest known last part:
    'salarisadministratie' is as plain as 'administratie'."""
    best = zipf(word)
    for split in range(3, len(word) - 5):
        head, tail = word[:split], word[split:]
        if head.endswith("s") and not lexicon().is_known(head):
            head = head[:-1]
        if _threshold(tail, endings) is None:
            break  # the tail is the ending itself ('gericht'): the compound is the word
        if lexicon().is_known(head) and lexicon().is_known(tail):
            return max(best, zipf(tail))
    return best


@lru_cache(maxsize=8192)
def _threshold(word: str, endings: tuple[tuple[str, float], ...]) -> float | None:
    base = _base(word)
    for ending, threshold in endings:
        if base.endswith(ending) and len(base) > len(ending) + 2:
            return threshold
    return None


@lru_cache(maxsize=8192)
def _base(word: str) -> str:
    """The base form: a verb's infinitive, a noun's singular, an adjective without -e."""
    lemmas = [r.lemma.lower() for r in lexicon().readings(word) if r.pos in ("verb", "noun", "adj")]
    if lemmas:
        return lemmas[0]
    for ending, base in (("eerde", "eren"), ("eerden", "eren"), ("eert", "eren"), ("eerd", "eren")):
        if word.endswith(ending):
            return word[: -len(ending)] + base
    if word.endswith("e") and not word.endswith("ie"):
        stem = word[:-1]
        if (
            len(stem) > 3
            and stem[-2] in "aeou"
            and stem[-3] not in _VOWELS
            and stem[-1] not in _VOWELS
        ):
            return stem[:-1] + stem[-2:]  # 'stadsbrede' -> 'stadsbreed', as 'rode' -> 'rood'
        return stem
    return word


_VOWELS = frozenset("aeiouy")
