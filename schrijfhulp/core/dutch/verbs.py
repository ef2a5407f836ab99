"""Dutch verb morphology: conjugation by rule plus a hand-written table of strong verbs.

Sources: the spelling rules of regular verbs ('t kofschip, stem spelling) written out here, and
``resources/lexicon/strong_verbs.tsv``: one line per strong, irregular or mixed verb with its
past tense singular and plural, participle and auxiliary. A verb with a prefix (``verbieden``,
``opbellen``) takes the forms of its base verb (``bieden``, ``bellen``): inseparable prefixes
(be-, ge-, ver-, her-, ont-, er-) drop the ``ge-`` of the participle, separable particles keep
it after the particle (``opgebeld``). Pure Python, no Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from schrijfhulp.core.resources import resource_path


def _words(text: str) -> tuple[str, ...]:
    """A space-separated word list, which reads better than a long literal list."""
    return tuple(text.split())


# Consonants of "'t kofschip" (and x): a stem ending in one takes -te/-t, all others -de/-d.
_KOFSCHIP = frozenset("tkfschpx")
_VOWELS = frozenset("aeiouyéëïöü")
_INSEPARABLE = ("her", "ver", "ont", "be", "ge", "er")
# Particles of separable verbs, longest first so "achterna" wins over "achter".
PARTICLES = tuple(
    sorted(
        _words(
            "aan af bij door in mee na om onder op over toe uit voor achter terug weg vast samen "
            "tegen langs los neer thuis binnen buiten open dicht terecht voorbij rond klaar kwijt "
            "schoon stil vrij mis achterna achterop achterover achteruit teleur tentoon plaats "
            "goed kapot bekend teweeg"
        ),
        key=len,
        reverse=True,
    )
)
# Verbs that begin with a particle but are not separable (the stress is on the base verb).
_NOT_SEPARABLE = frozenset(
    _words(
        "ondernemen onderzoeken ondersteunen onderscheiden onderbreken onderwijzen ondertekenen "
        "onderhandelen ondergaan onderschatten onderstrepen overtuigen overleven overlijden "
        "overwegen overschrijden overtreden overhandigen overvallen overbruggen overheersen "
        "overnachten overwinnen overzien overdrijven overleggen overlappen overweldigen "
        "voorspellen voorzien voorkomen doorzoeken doorgronden omringen omarmen omvatten "
        "achtervolgen aanvaarden misbruiken mislukken misleiden misdragen mishandelen "
        "omschrijven"
    )
)
# Words that look like prefix + verb but are not: their participle keeps ge-.
_NOT_PREFIXED = frozenset(_words("ergeren erven eren beven verven geven genen beden"))
# Present tense forms (1sg, 2sg, 3sg, pl) that no rule produces.
_IRREGULAR_PRESENT: dict[str, tuple[str, str, str, str]] = {
    "zijn": ("ben", "bent", "is", "zijn"),
    "hebben": ("heb", "hebt", "heeft", "hebben"),
    "kunnen": ("kan", "kunt", "kan", "kunnen"),
    "zullen": ("zal", "zult", "zal", "zullen"),
    "willen": ("wil", "wilt", "wil", "willen"),
    "mogen": ("mag", "mag", "mag", "mogen"),
    "komen": ("kom", "komt", "komt", "komen"),
}


@dataclass(frozen=True, slots=True)
class StrongVerb:
    """One row of the strong-verb table."""

    past_sg: str
    past_pl: str
    participle: str | None
    auxiliary: str


@dataclass(frozen=True, slots=True)
class VerbForms:
    """All finite and non-finite forms of one verb.

    For a separable verb the finite forms are those of the base verb (``belt``) and
    ``particle`` holds the particle (``op``); infinitive and participle are written as one word
    (``opbellen``, ``opgebeld``), as they are in a sentence.
    """

    infinitive: str
    stem: str
    present_1sg: str
    present_2sg: str
    present_3sg: str
    present_pl: str
    past_sg: str
    past_pl: str
    participle: str | None
    particle: str | None
    auxiliary: str


_TABLE: dict[str, StrongVerb] | None = None
_TABLE_LOCK = threading.Lock()


def strong_verbs() -> Mapping[str, StrongVerb]:
    """The shipped strong-verb table, read once."""
    global _TABLE
    with _TABLE_LOCK:
        if _TABLE is None:
            _TABLE = _read_table(resource_path("lexicon", "strong_verbs.tsv").read_text("utf-8"))
        return _TABLE


def _read_table(text: str) -> dict[str, StrongVerb]:
    table: dict[str, StrongVerb] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        inf, past_sg, past_pl, part, aux = line.split()
        table[inf] = StrongVerb(past_sg, past_pl, None if part == "-" else part, aux)
    return table


def _has_vowel(text: str) -> bool:
    return any(ch in _VOWELS for ch in text)


def split_separable(infinitive: str) -> tuple[str | None, str]:
    """``opbellen`` -> ``("op", "bellen")``; without a separable particle ``(None, inf)``."""
    if infinitive in _NOT_SEPARABLE:
        return None, infinitive
    for particle in PARTICLES:
        rest = infinitive[len(particle) :]
        verb_like = rest.endswith("en") or rest in ("gaan", "staan", "slaan", "zien", "doen")
        if infinitive.startswith(particle) and verb_like and _has_vowel(rest[:-2]):
            return particle, rest
    return None, infinitive


def inseparable_prefix(infinitive: str) -> str | None:
    """The unstressed prefix (be-, ver-, ...) that keeps ``ge-`` out of the participle."""
    if infinitive in _NOT_PREFIXED:
        return None
    if infinitive in _NOT_SEPARABLE:  # onderzoeken: the particle acts as a prefix
        return next((p for p in PARTICLES if infinitive.startswith(p)), "")
    for prefix in _INSEPARABLE:
        rest = infinitive[len(prefix) :]
        # "bellen" is not be- + "llen": the rest must hold a vowel before its ending.
        if infinitive.startswith(prefix) and len(rest) >= 4 and _has_vowel(rest[:-2]):
            return prefix
    return None


def _syllables(text: str) -> int:
    count, previous = 0, False
    for ch in text:
        vowel = ch in _VOWELS
        count += vowel and not previous
        previous = vowel
    return count


def _base(infinitive: str) -> str:
    """The infinitive without -en and without a doubled final consonant: zitten -> zit."""
    if infinitive.endswith("aan"):
        return infinitive[:-2]  # gaan -> ga, staan -> sta
    if infinitive.endswith("ien") and infinitive[-4:-3] in _VOWELS:
        return infinitive[:-2]  # draaien -> draai, gooien -> gooi
    if infinitive.endswith(("ien", "oen")) or not infinitive.endswith("en"):
        return infinitive[:-1]  # zien -> zie, doen -> doe
    base = infinitive[:-2]
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in _VOWELS:
        return base[:-1]
    return base


def stem(infinitive: str, stressed: bool = False) -> str:
    """The first person singular: maken -> maak, geven -> geef, zitten -> zit.

    ``stressed``: the -e- before -ren carries the stress (proberen -> probeer, publiceren ->
    publiceer), which no spelling rule can tell from luisteren -> luister; the lexicon build
    decides it from the forms the dictionary lists.
    """
    if infinitive in _IRREGULAR_PRESENT:
        return _IRREGULAR_PRESENT[infinitive][0]
    if stressed and infinitive.endswith(("eren", "ëren")):
        # kopiëren -> kopieer; after an e the diaeresis stays: creëren -> creëer
        return infinitive[:-4] + ("ëer" if infinitive.endswith("eëren") else "eer")
    base = _base(infinitive)
    if infinitive.endswith("en") and not infinitive.endswith(("ien", "oen")):
        base = _lengthen(infinitive, base)
    return _devoice(base)


def _devoice(base: str) -> str:
    # A Dutch word does not end in v or z: geven -> geef, lezen -> lees.
    if base.endswith("v"):
        base = base[:-1] + "f"
    elif base.endswith("z"):
        base = base[:-1] + "s"
    return base


def _lengthen(infinitive: str, base: str) -> str:
    """Double a long vowel that the open syllable hid: maken -> maak, but werken -> werk."""
    if infinitive[:-2] != base or len(base) < 2:
        return base  # a doubled consonant was removed: the vowel is short
    vowel, last = base[-2], base[-1]
    if last in _VOWELS or vowel not in "aeou" or (len(base) > 2 and base[-3] in _VOWELS):
        return base
    # luisteren -> luister (unstressed e), but beweren -> beweer (stress after be-).
    core = base
    prefix = inseparable_prefix(infinitive)
    particle, rest = split_separable(infinitive)
    if particle:
        core = base[len(particle) :]
    elif prefix:
        core = base[len(prefix) :]
    if vowel == "e" and _syllables(core) > 1:
        return base
    return base[:-1] + vowel + last


def participle_is_d_or_t(infinitive: str) -> str:
    """'t kofschip: "t" when the stem (before v->f, z->s) ends in a voiceless consonant."""
    base = _base(infinitive)
    return "t" if base[-1:] in _KOFSCHIP else "d"


def _ge(rest: str) -> str:
    # geëerd, geïnd, geüpload: a trema where ge- meets e, i or u.
    if rest[:1] in ("e", "i", "u"):
        return "ge" + {"e": "ë", "i": "ï", "u": "ü"}[rest[0]] + rest[1:]
    return "ge" + rest


def _regular(infinitive: str, stressed: bool = False, st: str = "") -> VerbForms:
    st = st or stem(infinitive, stressed)
    ending = participle_is_d_or_t(infinitive)
    past = st + ("te" if ending == "t" else "de")
    tail = "" if st.endswith(("t", "d")) else ending
    participle = st + tail if inseparable_prefix(infinitive) is not None else _ge(st + tail)
    return _with_present(infinitive, st, past, past + "n", participle, None, "hebben")


def _with_present(
    infinitive: str,
    st: str,
    past_sg: str,
    past_pl: str,
    participle: str | None,
    particle: str | None,
    auxiliary: str,
) -> VerbForms:
    if infinitive in _IRREGULAR_PRESENT:
        p1, p2, p3, pl = _IRREGULAR_PRESENT[infinitive]
    else:
        p1 = st
        # ga -> gaat: a single final a/o is written double in a closed syllable.
        closed = st + st[-1] if st[-1:] in ("a", "o") and st[-2:-1] not in _VOWELS else st
        p2 = p3 = st if st.endswith("t") else closed + "t"
        pl = infinitive
    return VerbForms(
        infinitive, p1, p1, p2, p3, pl, past_sg, past_pl, participle, particle, auxiliary
    )


def _strong(infinitive: str, table: Mapping[str, StrongVerb]) -> VerbForms | None:
    """Forms from the table, for the verb itself or for its base after a prefix."""
    if infinitive in table:
        row = table[infinitive]
        return _with_present(
            infinitive, stem(infinitive), row.past_sg, row.past_pl, row.participle, None,
            row.auxiliary,
        )  # fmt: skip
    prefix = inseparable_prefix(infinitive)
    if prefix and infinitive[len(prefix) :] in table:
        core = conjugate(infinitive[len(prefix) :], table)
        part = core.participle
        if part and part.startswith("ge"):
            part = part[2:].replace("ë", "e", 1) if part[2:3] == "ë" else part[2:]
        return _prefixed(infinitive, prefix, core, prefix + part if part else None)
    return None


def _prefixed(infinitive: str, prefix: str, core: VerbForms, participle: str | None) -> VerbForms:
    p = prefix
    return VerbForms(
        infinitive, p + core.stem, p + core.present_1sg, p + core.present_2sg,
        p + core.present_3sg, p + core.present_pl, p + core.past_sg, p + core.past_pl,
        participle, None, core.auxiliary,
    )  # fmt: skip


def conjugate(
    infinitive: str, irregular: Mapping[str, StrongVerb] | None = None, stressed: bool = False
) -> VerbForms:
    """All forms of ``infinitive``; ``irregular`` defaults to the shipped strong-verb table.
    ``stressed``: a regular verb in stressed -eren (see ``stem``)."""
    infinitive = infinitive.lower()
    table = strong_verbs() if irregular is None else irregular
    particle, core = split_separable(infinitive)
    if particle:
        base = conjugate(core, table, stressed)
        part = particle + base.participle if base.participle else None
        return VerbForms(
            infinitive, base.stem, base.present_1sg, base.present_2sg, base.present_3sg,
            base.present_pl, base.past_sg, base.past_pl, part, particle, base.auxiliary,
        )  # fmt: skip
    return _strong(infinitive, table) or _regular(infinitive, stressed)


def variants(infinitive: str) -> tuple[VerbForms, ...]:
    """The ways a regular verb may be conjugated, the rule's own first: spelling alone cannot
    tell ``proberen`` (probeer) from ``luisteren`` (luister), ``installeren`` from ``in`` +
    ``stalleren``, ``sponsoren`` (sponsor) from ``boren`` (boor), ``updaten`` (update, updatet)
    from ``praten`` (praat), or ``appen`` (app) from ``stoppen`` (stop). ``best_conjugation``
    lets the dictionary choose."""
    inf = infinitive.lower()
    table = strong_verbs()
    out = [conjugate(inf)]
    if inf in table or not inf.endswith("en") or inf in _IRREGULAR_PRESENT:
        return tuple(out)
    if inf.endswith(("eren", "ëren")):
        out.append(conjugate(inf, stressed=True))
    if split_separable(inf)[0] and inseparable_prefix(inf) is None:
        whole = _strong(inf, table)
        out += [whole] if whole else [_regular(inf), _regular(inf, stressed=True)]
    raw = inf[:-2]
    if len(raw) > 2 and raw[-1] not in _VOWELS:
        out.append(_regular(inf, st=_devoice(raw)))  # sponsor, app
        if raw[-2] in "aeou" and raw[-3] not in _VOWELS:  # beoordeel
            out.append(_regular(inf, st=_devoice(raw[:-1] + raw[-2:])))
        if raw[-2] in _VOWELS:
            out.append(_regular(inf, st=inf[:-1]))  # update, like, delete
    return tuple(dict.fromkeys(out))


def scored_forms(forms: VerbForms) -> tuple[str, ...]:
    """The forms by which a dictionary tells one conjugation from another, as written in it
    (a separable verb's finite forms with the particle in front: 'opbelt')."""
    p = forms.particle or ""
    finite = (forms.present_1sg, forms.present_3sg, forms.past_sg, forms.past_pl)
    found = tuple(p + form for form in finite if form)
    return (*found, forms.participle) if forms.participle else found


def best_conjugation(infinitive: str, known: Callable[[str], bool]) -> VerbForms:
    """The variant with most forms ``known`` (a dictionary look-up); the rule's own on a tie."""
    return choose(variants(infinitive), lambda forms: sum(map(known, scored_forms(forms))))


def choose(options: tuple[VerbForms, ...], score: Callable[[VerbForms], int]) -> VerbForms:
    """The rule's own forms unless another variant scores higher and its third person is one
    of the forms scored ('sponsort'): 'melde', 'gemeld' of 'melden' do not make 'melen' mel."""
    best, best_score = options[0], score(options[0])
    for forms in options[1:]:
        found = score(forms)
        third = replace(forms, present_1sg="", past_sg="", past_pl="", participle=None)
        if found > best_score and score(third):
            best, best_score = forms, found
    return best


def present_form(
    forms: VerbForms, person: int, number: str, inverted: bool = False, polite: bool = False
) -> str:
    """The present tense for a subject: ``word je`` but ``wordt hij``, ``vind jij`` but ``vindt u``.

    ``inverted`` means the subject follows the verb; only jij/je then loses the -t. ``polite``
    is the subject "u", which always keeps the -t.
    """
    if number == "pl":
        return forms.present_pl
    if person == 1:
        return forms.present_1sg
    if person == 3:
        return forms.present_3sg
    second = forms.present_2sg
    if inverted and not polite and second != forms.stem and second.endswith("t"):
        return forms.stem  # 'ga je', not 'gaa je'
    return second
