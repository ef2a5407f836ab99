"""Word forms for plain-language entries, from the lexicon: what an entry word matches in a text
(every conjugated or inflected form) and how an alternative takes the form that was found.

An entry is written once in its base form; 'verstrekken' then matches 'verstrekt', 'verstrekte'
and 'verstrekken', and the alternative 'geven' becomes 'geeft' or 'gaf' to fit.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from schrijfhulp.core.dutch.lexicon import Reading, lexicon
from schrijfhulp.core.dutch.verbs import PARTICLES, VerbForms, conjugate, strong_verbs

# Finite and non-finite fields of VerbForms, in the order a form that is several of them is read.
FINITE = ("present_3sg", "present_2sg", "present_1sg", "past_sg", "past_pl", "present_pl")
ALL_FIELDS = (*FINITE, "infinitive", "participle")
# Particles the verb table does not split off ('mededelen': 'deelt … mede').
_EXTRA_PARTICLES = ("mede",)
# Forms of the auxiliaries that make a form like 'verstrekt' a participle rather than finite.
_AUXILIARIES = frozenset(
    [
        "word",
        "wordt",
        "worden",
        "werd",
        "werden",
        "ben",
        "bent",
        "is",
        "zijn",
        "was",
        "waren",
        "heb",
        "hebt",
        "heeft",
        "hebben",
        "had",
        "hadden",
        "wordt",
    ]
)


# Words that open a noun phrase: a form after them is an adjective ('de verstrekte gegevens').
_NOUN_STARTS = frozenset(
    ["de", "het", "een", "deze", "dit", "onze", "uw", "mijn", "jouw", "alle", "elke", "iedere"]
)


@dataclass(frozen=True, slots=True)
class Verb:
    """A verb of an entry or an alternative: its forms, and the particle when it is separable."""

    forms: VerbForms
    particle: str | None

    def form(self, field: str) -> str:
        """The form of ``field``; a separable verb's finite forms without their particle."""
        if field == "infinitive":
            return self.forms.infinitive
        if field == "participle":
            return self.forms.participle or self.forms.infinitive
        if field == "participle_e":
            participle = self.forms.participle or ""
            return participle + "e" if participle[-1:] in ("d", "t") else participle
        return str(getattr(self.forms, field))

    def fields_of(self) -> dict[str, tuple[str, ...]]:
        """form -> the fields it is, for every form as it stands in a sentence."""
        out: dict[str, list[str]] = {}
        for field in ALL_FIELDS:
            out.setdefault(self.form(field), []).append(field)
        participle = self.forms.participle
        if participle and participle[-1] in "dt":  # 'het geretourneerde pakket'
            out.setdefault(participle + "e", []).append("participle_e")
        return {form: tuple(fields) for form, fields in out.items()}


@lru_cache(maxsize=4096)
def verb(word: str) -> Verb | None:
    """The verb ``word`` (an infinitive), separable or not; None when it is not a verb."""
    forms = lexicon().verb(word)
    if forms is None and _loan_verb(word):
        forms = conjugate(word)  # 'onboarden', 'challengen': loan verbs the lexicon lacks
    if forms is not None and word in _STRONG_PREFIXED:
        forms = _strong_prefixed(forms)
    if forms is not None and forms.particle and word in _NEVER_SEPARATE:
        forms = _unsplit(forms)  # 'informeren' is not 'in' + 'formeren'
    elif forms is not None and forms.particle and forms.particle + forms.present_pl != word:
        forms = _prefixed(forms)  # 'vooronderstellen' is not 'voor' + 'stellen'
    elif (
        forms is not None
        and not forms.particle
        and (word.endswith("ëren") or (word.endswith("eren") and word[-5:-4] not in "aeiouë"))
        and not _knows(forms.present_3sg, word)
    ):
        forms = _unsplit(forms)  # 'evalueert', not 'evaluert'
    if forms is not None and not word.startswith(_EXTRA_PARTICLES):
        return Verb(forms, forms.particle)
    particles = _EXTRA_PARTICLES if forms is not None else (*_EXTRA_PARTICLES, *PARTICLES)
    for particle in particles:
        rest = word[len(particle) :]
        if word.startswith(particle) and len(rest) > 3 and (base := lexicon().verb(rest)):
            participle = particle + base.participle if base.participle else None
            fused = VerbForms(
                word, base.stem, base.present_1sg, base.present_2sg, base.present_3sg,
                base.present_pl, base.past_sg, base.past_pl, participle, particle, base.auxiliary,
            )  # fmt: skip
            return Verb(fused, particle)
    return Verb(forms, forms.particle) if forms is not None else None


# Loan verbs the lexicon splits after a particle-like start, though they never separate.
_NEVER_SEPARATE = frozenset(
    [
        "informeren",
        "instrueren",
        "installeren",
        "inspireren",
        "investeren",
        "interpreteren",
        "integreren",
        "inventariseren",
        "innoveren",
        "interesseren",
        "organiseren",
        "initiëren",
    ]
)


# Inseparable verbs on a strong verb that the verb table conjugates as weak ones.
_STRONG_PREFIXES = ("vol",)
_STRONG_PREFIXED = frozenset(["voldoen", "volbrengen", "volstaan"])


def _strong_prefixed(forms: VerbForms) -> VerbForms:
    inf = forms.infinitive
    for prefix in _STRONG_PREFIXES:
        base = inf[len(prefix) :]
        if inf.startswith(prefix) and base in strong_verbs():
            core = conjugate(base)
            part = core.participle or ""
            part = part[2:] if part.startswith("ge") else part
            return VerbForms(
                inf, prefix + core.stem, prefix + core.present_1sg, prefix + core.present_2sg,
                prefix + core.present_3sg, prefix + core.present_pl, prefix + core.past_sg,
                prefix + core.past_pl, prefix + part, None, core.auxiliary,
            )  # fmt: skip
    return forms


def _prefixed(forms: VerbForms) -> VerbForms:
    """The forms of a verb the table splits wrongly: its particle and base do not make the
    whole word ('vooronderstellen': 'voor' + 'stellen' loses 'onder'). Such a verb has an
    inseparable prefix on its base: 'vooronderstelt', 'voorondersteld'."""
    inf = forms.infinitive
    prefix = inf[: len(inf) - len(forms.present_pl)]
    base = lexicon().verb(forms.present_pl)
    part = (base.participle if base else None) or ""
    part = part[2:] if part.startswith("ge") else part
    return VerbForms(
        inf, prefix + forms.stem, prefix + forms.present_1sg, prefix + forms.present_2sg,
        prefix + forms.present_3sg, inf, prefix + forms.past_sg, prefix + forms.past_pl,
        prefix + part, None, forms.auxiliary,
    )  # fmt: skip


def _loan_verb(word: str) -> bool:
    """An infinitive the lexicon does not know at all, written like a Dutch verb ('scopen')."""
    return (
        len(word) > 5
        and word.endswith("en")
        and word[-3:-2] not in "aeiou"
        and word.isalpha()
        and not lexicon().is_known(word)
    )


def _knows(form: str, lemma: str) -> bool:
    return any(r.lemma == lemma for r in lexicon().readings(form))


def _unsplit(forms: VerbForms) -> VerbForms:
    """The forms of a verb that does not separate: 'informeren' -> 'informeert', 'geïnformeerd'
    (the stress on '-eer', which the verb rules read as an unstressed 'e')."""
    inf = forms.infinitive
    st = inf[:-4] + "eer" if inf.endswith(("eren", "ëren")) else inf[:-2]
    rest = st + "d"
    participle = "ge" + {"e": "ë", "i": "ï", "u": "ü"}.get(rest[0], rest[0]) + rest[1:]
    return VerbForms(
        inf, st, st, st + "t", st + "t", inf, st + "de", st + "den", participle, None,
        forms.auxiliary,
    )  # fmt: skip


def unambiguous(
    forms: frozenset[str], word: str, participles: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The forms of a one-word entry without those that are also another word ('uit' of
    'uiten', 'brief' of 'briefen'): those would flag plain words. A participle may also be an
    adjective of its own ('geïmplementeerd'): that is the same stiff word."""
    return frozenset(
        f
        for f in forms
        if f == word
        or all(
            r.lemma == word or (f in participles and r.pos == "adj" and r.lemma == f)
            for r in lexicon().readings(f)
        )
    )


@lru_cache(maxsize=8192)
def inflections(word: str) -> frozenset[str]:
    """A single word with its plural (a noun) or inflected form (an adjective), from the lexicon."""
    found = {word}
    if not lexicon().is_known(word):  # a compound the lexicon lacks: 'ketenpartner'
        for split in range(3, len(word) - 3):
            tail = word[split:]
            if lexicon().has_pos(tail, "noun"):
                return frozenset(word[:split] + f for f in inflections(tail))
        if word.isalpha() and len(word) > 3 and not word.endswith(("s", "en")):
            # an English loan the lexicon lacks: 'insight' -> 'insights', 'roadmap' -> 'roadmaps'
            found.add(word + ("'s" if word[-1] in "aiouy" else "s"))
            return frozenset(found)
    for candidate in _candidates(word):
        if any(r.lemma == word and _kind(r) for r in lexicon().readings(candidate)):
            found.add(candidate)
    if len(found) == 1 and lexicon().has_pos(word, "noun"):
        # 'randvoorwaarde': a compound the lexicon knows without its plural
        for split in range(3, len(word) - 3):
            tail = word[split:]
            if lexicon().has_pos(tail, "noun") and len(tails := inflections(tail)) > 1:
                return frozenset(word[:split] + f for f in tails)
    return frozenset(found)


def _kind(reading: Reading) -> str:
    """'pl' for a plural noun, 'inflected', 'comp' or 'sup' for an adjective; else ''."""
    if reading.pos == "noun" and "pl" in reading.features:
        return "pl"
    if reading.pos == "adj":
        return next((k for k in ("comp", "sup", "inflected") if k in reading.features), "")
    return ""


def _candidates(word: str) -> list[str]:
    last = word[-1:]
    out = [word + "s", word + "'s", word + "n", word + "e", word + "en", word + last + "en"]
    out += [word + last + "e", word[:-1] + "ven", word[:-1] + "zen", word[:-1] + "ve"]
    out += [word[:-1] + "ze", word + "er", word + "ere", word + "st", word + "ste"]
    out += [word + "der", word[:-1] + "ver", word[:-1] + "zer"]
    if len(word) > 3 and word[-2] == word[-3]:  # straat -> straten, groot -> grote
        out += [word[:-2] + last + "en", word[:-2] + last + "e", word[:-2] + last + "er"]
        if last in "sf":  # talloos -> talloze, braaf -> brave, kaas -> kazen
            soft = word[:-2] + ("z" if last == "s" else "v")
            out += [soft + "e", soft + "en"]
    if word.endswith("heid"):  # vaardigheid -> vaardigheden
        out.append(word[:-4] + "heden")
    return out


def inflect_like(alternative: str, found: str, stiff: str) -> str:
    """A one-word alternative given the plural or inflection of what was found ('burgers' ->
    'inwoners', 'aanstaande' -> 'volgende'); unchanged when the found word is the base form."""
    if found == stiff or " " in alternative:
        return alternative
    kinds = {_kind(r) for r in lexicon().readings(found)} - {""} or _kind_by_ending(found, stiff)
    candidates = sorted(inflections(alternative) - {alternative})
    for candidate in candidates:
        if any(r.lemma == alternative and _kind(r) in kinds for r in lexicon().readings(candidate)):
            return candidate
    if (
        "pl" in kinds
    ):  # a compound the lexicon knows without its plural: 'werkwijze' -> 'werkwijzen'
        for candidate in candidates:
            if not lexicon().is_known(candidate) and _kind_by_ending(candidate, alternative):
                return candidate
    if "inflected" in kinds and not alternative.endswith("e"):
        return with_e(alternative)
    return alternative


def with_e(word: str) -> str:
    """An adjective with its -e ('genoemd' -> 'genoemde', 'snel' -> 'snelle', 'groot' ->
    'grote'), as the lexicon knows it; the word itself when it knows none."""
    vowels = "aeiou"
    options = [word + "e"]
    if len(word) > 3 and word[-2] in vowels and word[-3] not in vowels:
        options.append(word + word[-1] + "e")
    if len(word) > 3 and word[-2] == word[-3] and word[-2] in vowels:
        soft = {"s": "z", "f": "v"}.get(word[-1], word[-1])
        options.insert(0, word[:-2] + soft + "e")  # 'groot' -> 'grote', not 'groote'
    return next((o for o in options if lexicon().is_known(o)), word)


def _kind_by_ending(found: str, stiff: str) -> set[str]:
    """The kind of a form the lexicon does not know, from what it adds to the entry's word:
    'prestatieafspraken' is the plural of 'prestatieafspraak' ('afspraak' -> 'afspraken')."""
    if found == stiff + "e":
        return {"inflected"}  # 'bovengenoemde', 'dergelijke'
    stem = stiff[:-3] + stiff[-2:] if len(stiff) > 3 and stiff[-3] == stiff[-2] else stiff
    for base in (stiff, stem):
        added = found[len(base) :]
        if found.startswith(base) and (
            added in ("s", "'s", "en", stiff[-1] + "en") or (added == "n" and base[-1] == "e")
        ):
            return {"pl"}
    return set()


def pick_field(fields: tuple[str, ...], before: tuple[str, ...]) -> str:
    """The field a found form most likely is: a participle after an auxiliary, else finite."""
    if "participle_e" in fields and before and before[-1] in _NOUN_STARTS:
        return "participle_e"  # 'de verstrekte laptops': an adjective, not 'verstrekte' past
    if "participle" in fields and (len(fields) == 1 or _AUXILIARIES.intersection(before)):
        return "participle"
    # 'zetten' is present and past plural: a post speaks in the present ('we zetten in op').
    present = [f for f in fields if f.startswith("present")]
    return present[0] if present and fields[0].startswith("past") else fields[0]


def verb_index(words: list[str]) -> int:
    """The word of a phrase that is conjugated: the first infinitive not after 'te' ('laten
    weten' -> 'laten'), but not a plural noun before another infinitive ('vragen hebben' ->
    'hebben'); -1 when there is none."""
    candidates = [
        i
        for i, w in enumerate(words)
        if w != "…" and (i == 0 or words[i - 1] != "te") and verb(w) is not None and _is_inf(w)
    ]
    for i in candidates:
        if i + 1 not in candidates or not lexicon().has_pos(words[i], "noun"):
            return i
    return -1


def _is_inf(word: str) -> bool:
    if word in ("zijn", "hebben", "worden"):
        return True
    readings = lexicon().readings(word)
    return not readings or any(r.pos == "verb" and "inf" in r.features for r in readings)
