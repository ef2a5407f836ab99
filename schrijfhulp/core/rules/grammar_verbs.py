"""Matchers for verb forms over the clause finder: d/t and agreement, participles, past tense.

Each matcher reads the shared parse of the document (``core.dutch.clauses``) and the verb forms
the lexicon knows, so every verb is checked, not a list of verbs. The rule file names the
matcher and gives its params (which findings a rule reports, which subject heads take either
number, which words mark the past).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch import tagger as t
from schrijfhulp.core.dutch.clauses import Clause, Parsed, parse
from schrijfhulp.core.dutch.lexicon import lexicon
from schrijfhulp.core.dutch.phrases import Subject, is_time
from schrijfhulp.core.dutch.segmentation import Document
from schrijfhulp.core.dutch.verbs import VerbForms, present_form
from schrijfhulp.core.dutch.verbvariants import dt_variant, past_variant
from schrijfhulp.core.rules.model import Hit, Rule
from schrijfhulp.core.rules.patterns import match_case

_AUXILIARIES = frozenset(("hebben", "zijn", "worden"))
_NEUTER = frozenset(("het", "dat", "dit", "die", "wat"))
# Words between an object 'het' and its predicate: 'maken het mij niet makkelijk'.
_PREDICATE_GAP = "mij me ons jou je u hem haar hen niet heel erg zo wel ook best nog echt"
_BEFORE_PREDICATE = frozenset(_PREDICATE_GAP.split())
# Determiners before 'aantal', 'paar', 'groep' that let the verb be singular or plural.
_COUNTING = frozenset(("een", "'n", "n", "", "zo'n"))
# 'Het aantal klachten is': with a definite article the head counts, not the counted nouns.
_DEFINITE = frozenset(("het", "dit", "dat"))
_PLURAL_DETS = frozenset(
    (
        "de",
        "deze",
        "die",
        "mijn",
        "onze",
        "jouw",
        "uw",
        "hun",
        "zijn",
        "haar",
        "alle",
        "veel",
        "vele",
        "beide",
        "sommige",
        "twee",
        "drie",
        "vier",
        "meer",
        "minder",
        "weinig",
        "enkele",
        "meerdere",
        "diverse",
        "hoeveel",
    )
)
# Verbs whose third person is the commoner form after 'u' (both are right).
_POLITE_THIRD = frozenset(("hebben",))
_FORMS: dict[str, VerbForms | None] = {}
_local = threading.local()


def forms_of(lemma: str) -> VerbForms | None:
    found = _FORMS.get(lemma, _FORMS)
    if found is _FORMS:
        if len(_FORMS) > 20_000:
            _FORMS.clear()
        found = _FORMS[lemma] = lexicon().verb(lemma)
    return found  # type: ignore[return-value]


# --- d/t and agreement ---------------------------------------------------------------------


def verb_agreement(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """Finite verbs that do not fit their subject. params: ``report`` ("dt" or "agreement"),
    ``sure`` (subject found in a plain place), ``either_number`` (heads like 'aantal' that take
    a singular or plural verb), ``definite_singular`` (of those, heads that are singular after
    'het': 'het aantal klachten is', only ever reported as not sure), ``past_words`` (words
    that make a past tense likelier)."""
    report, sure = rule.params.get("report", "dt"), bool(rule.params.get("sure", True))
    for kind, is_sure, hit in _agreement_hits(doc, rule):
        if kind == report and is_sure == sure:
            yield hit


def _agreement_hits(doc: Document, rule: Rule) -> list[tuple[str, bool, Hit]]:
    last = getattr(_local, "agreement", None)
    if last is not None and last[0] is doc:
        return last[1]
    singular = frozenset(rule.params.get("definite_singular", ()))
    either = frozenset(rule.params.get("either_number", ())) - singular
    past_words = frozenset(rule.params.get("past_words", ()))
    found = []
    for parsed in parse(doc):
        past_cue = not past_words.isdisjoint(parsed.lowered)
        for clause in parsed.clauses:
            if clause.verb >= 0 and clause.subject is not None and not _elided(parsed, clause):
                result = _check(parsed, clause, (either, singular), past_cue)
                if result is not None:
                    found.append(result)
    _local.agreement = (doc, found)
    return found


def _elided(parsed: Parsed, clause: Clause) -> bool:
    """'Ze heeft hard gewerkt en het verdiend': a participle that closes a clause after 'en'
    shares the auxiliary of the clause before, which has a participle of its own."""
    v, start = clause.verb, clause.start
    if not parsed.infos[v].bits & t.PART or v + 1 < clause.end or start == 0:
        return False
    if parsed.lowered[start - 1] not in ("en", "of", "maar"):
        return False
    return any(
        c.end <= start
        and c.verb >= 0
        and _is_aux(parsed.infos[c.verb])
        and any(info.bits & t.PART for info in parsed.infos[c.verb + 1 : c.end])
        for c in parsed.clauses
    )


def _check(
    parsed: Parsed, clause: Clause, heads: tuple[frozenset[str], frozenset[str]], past_cue: bool
) -> tuple[str, bool, Hit] | None:
    """``heads``: the either-number heads and the heads singular after 'het'."""
    assert clause.subject is not None
    inverted = clause.inverted
    joined = clause.subordinate
    found = _check_one(parsed, clause.verb, clause.subject, inverted, heads, past_cue, joined)
    if found is None:
        return None
    for v in clause.other_verbs:
        if _check_one(parsed, v, clause.subject, inverted, heads, past_cue, joined) is None:
            return None
    other = clause.other_subject  # a pronoun behind the verb: 'Het verslag lees je ...'
    sure = clause.sure and found[1]
    if other is not None and _object_het(parsed, clause, other):
        other, sure = None, False  # 'De ministers is het (niet) eens', 'hebben het druk'
    if (
        other is not None
        and _check_one(parsed, clause.verb, other, True, heads, past_cue, joined) is None
    ):
        return None
    return (found[0], sure, found[2])


def _object_het(parsed: Parsed, clause: Clause, other: Subject) -> bool:
    """'het' behind the verb is no subject in 'het eens zijn' and 'het ... hebben' (het druk
    hebben, het erover hebben) after a plural phrase, nor before a bare adjective ('vinden het
    moeilijk', 'maken het makkelijk'): the phrase in front is the subject."""
    assert clause.subject is not None
    if parsed.lowered[other.head] != "het" or clause.subject.number != "pl":
        return False
    lemmas = parsed.infos[clause.verb].verbs
    rest = parsed.lowered[other.end : clause.end]
    if "hebben" in lemmas[:1] or ("zijn" in lemmas[:1] and "eens" in rest):
        return True
    k = other.end
    while k < len(parsed.infos) - 1 and parsed.lowered[k] in _BEFORE_PREDICATE:
        k += 1  # 'maken het mij niet makkelijk'
    return _bare_adjective(parsed, k, t.FINITE)


def _bare_adjective(parsed: Parsed, k: int, exclude: int = 0) -> bool:
    """An uninflected adjective at k with no noun after it: a predicate ('belangrijk')."""
    bits = parsed.infos[k].bits if k < len(parsed.infos) else 0
    after = parsed.infos[k + 1].bits if k + 1 < len(parsed.infos) else 0
    if not bits & t.ADJ or bits & (t.NOUN | t.INFLECTED | exclude):
        return False
    return not after & (t.NOUN | t.ADJ | t.INFLECTED | t.NUM)


def _check_one(
    parsed: Parsed,
    v: int,
    subject: Subject,
    inverted: bool,
    heads: tuple[frozenset[str], frozenset[str]],
    past_cue: bool,
    joined: bool = False,
) -> tuple[str, bool, Hit] | None:
    """``joined``: a verb-final clause, where a particle is written on the verb."""
    either, singular = heads
    word = parsed.lowered[v]
    info = parsed.infos[v]
    variant = "" if info.bits & t.FINITE else dt_variant(word)
    lemmas = t.info(variant).verbs if variant else info.verbs
    head = parsed.lowered[subject.head]
    determiner = parsed.lowered[subject.start] if subject.start < subject.head else ""
    doubt = False
    if head in singular:
        if determiner not in _DEFINITE:
            return None  # 'een aantal mensen heeft/hebben'
        subject, doubt = subject._replace(number="sg"), True  # 'het aantal klachten is'
    after_er = subject.start > 0 and parsed.lowered[subject.start - 1] == "er"
    if head in either or (_infinitive_head(head, determiner) and not after_er):  # 'er vragen
        return None
    if either and _lemma_head(head) in either and determiner in _COUNTING:
        subject = subject._replace(number="")  # 'een aantal mensen heeft/hebben'; 'het aantal
    best: tuple[str, tuple[str, ...]] | None = None
    for lemma in lemmas:
        forms = forms_of(lemma)
        if forms is None:
            continue
        # 'die altijd klaarstaat': a separable verb at the end of a clause carries its particle
        particle = (joined and forms.particle) or ""
        particle = particle if word.startswith(particle) else ""
        for tense in _tenses(forms, word[len(particle) :], bool(variant), past_cue):
            predicate = max(v, subject.end - 1) + 1  # 'Het zijn drukke tijden', not 'belangrijk'
            if lemma == "zijn" and head in _NEUTER and not _bare_adjective(parsed, predicate):
                subject = subject._replace(number="")
            accepted = tuple(particle + f for f in _accepted(forms, subject, inverted, tense))
            if word in accepted or _before_jij(word, lemma, subject, inverted):
                return None
            if best is None:
                best = (tense, accepted)
    if best is None:
        return None
    tense, accepted = best
    # 'U heb' -> 'hebt' (a d/t slip), 'U hebben' -> 'heeft': keep the writer's stem if it fits
    accepted = tuple(sorted(accepted, key=lambda f: f.rstrip("dt") != word.rstrip("dt")))
    token = parsed.sentence.tokens[v]
    suggestion = match_case(accepted[0], token.text)
    kind = (
        "dt" if tense == "pres" and accepted[0].rstrip("dt") == word.rstrip("dt") else "agreement"
    )
    subject_text = parsed.sentence.text[
        parsed.sentence.tokens[subject.start].start - parsed.sentence.start :
        parsed.sentence.tokens[subject.end - 1].end - parsed.sentence.start
    ]  # fmt: skip
    hit = Hit(token.start, token.end, (suggestion,), {"subject": subject_text})
    return kind, not doubt, hit


def _tenses(forms: VerbForms, word: str, variant: bool, past_cue: bool) -> list[str]:
    """The tenses a form may be of this verb, the likelier first."""
    present = {forms.present_1sg, forms.present_2sg, forms.present_3sg, forms.present_pl}
    tenses = []
    info = t.info(word)  # 'kun' (kun je) is a present form the table has no column for
    before_jij = info.bits & t.PRES == t.PRES_INV and forms.infinitive in info.verbs
    if variant or word in present or word == forms.stem or before_jij:
        tenses.append("pres")
    if word in (forms.past_sg, forms.past_pl):
        tenses.insert(0 if past_cue else len(tenses), "past")
    return tenses


def _before_jij(word: str, lemma: str, subject: Subject, inverted: bool) -> bool:
    """'Kun je', 'zul jij': a form that only stands before 'je' or 'jij'."""
    second = subject.person == 2 and subject.number == "sg" or subject.either_je
    if not inverted or not second or subject.polite:
        return False  # 'Kun je broer ...' may be 'kun je' + object as well
    info = t.info(word)
    return bool(info.bits & t.PRES_INV) and lemma in info.verbs


def _infinitive_head(head: str, determiner: str) -> bool:
    """'Samen werken', 'het plannen': an infinitive as subject; 'de kosten' is a plural."""
    return bool(t.info(head).bits & t.INF) and determiner not in _PLURAL_DETS  # not 'leden'


def _lemma_head(head: str) -> str:
    lemmas = lexicon().lemmas(head) if t.info(head).bits & t.NOUN_PL else ()
    return lemmas[0] if lemmas else head  # 'werkenden' is a plural the lexicon lacks


def _accepted(forms: VerbForms, subject: Subject, inverted: bool, tense: str) -> tuple[str, ...]:
    """The right forms for this subject, the one to suggest first."""
    if tense == "past":
        if subject.number == "":
            return (forms.past_sg, forms.past_pl)
        return (forms.past_pl if subject.number == "pl" else forms.past_sg,)
    if subject.number == "":
        return (forms.present_3sg, forms.present_pl)
    if subject.number == "pl":
        return (forms.present_pl, *(present_form(forms, 2, "sg", inverted),) * subject.either_je)
    person = subject.person or 3
    first = present_form(forms, person, "sg", inverted, subject.polite)
    out = [first]
    if subject.polite:
        out += [forms.present_2sg, forms.present_3sg]
        if forms.infinitive in _POLITE_THIRD:
            out.insert(0, forms.present_3sg)  # 'u heeft' is commoner than 'u hebt'
        out = list(dict.fromkeys(out))
    elif person == 2 and forms.infinitive in ("kunnen", "zullen", "willen"):
        out.append(forms.present_1sg)  # 'jij kan', 'kan jij': both accepted
    if subject.either_je:
        out.append(present_form(forms, 2, "sg", inverted))
    return tuple(out)


# --- participles ---------------------------------------------------------------------------


def participle(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """A participle spelled with the wrong d/t: 'heb verstuurt', 'is verhuist', 'gewerkd'."""
    for parsed in parse(doc):
        for clause in parsed.clauses:
            yield from _participles(parsed, clause)


def _participles(parsed: Parsed, clause: Clause) -> Iterator[Hit]:
    low, infos, tokens = parsed.lowered, parsed.infos, parsed.sentence.tokens
    aux = [i for i in range(clause.start, clause.end) if _is_aux(infos[i])]
    for i in range(clause.start, clause.end):
        bits = infos[i].bits
        word = low[i]
        right = ""
        if bits & t.UNKNOWN:
            right = _known_participle(word, low[i - 1] if i else "", infos[i - 1] if i else None)
        elif _after_auxiliary(bits, word, i, aux, clause.verb):
            forms = forms_of(infos[i].verbs[0]) if infos[i].verbs else None
            # 'verstuurt' -> 'verstuurd'; 'beantwoordt' -> 'beantwoord'
            if forms is not None and forms.participle in (word[:-1] + "d", word[:-1]):
                right = forms.participle
        if right:
            yield Hit(tokens[i].start, tokens[i].end, (match_case(right, tokens[i].text),))


def _after_auxiliary(bits: int, word: str, i: int, aux: list[int], verb: int) -> bool:
    """A t-form in a clause with 'heb', 'is' or 'wordt' that is not its finite verb (or stands
    right beside the auxiliary: 'dat het verstuurt is')."""
    if not (bits & (t.PRES_2 | t.PRES_3) and word.endswith("t") and aux and i not in aux):
        return False
    return i != verb or any(abs(a - i) == 1 for a in aux)


def _is_aux(info: t.WordInfo) -> bool:
    return bool(info.bits & t.FINITE) and bool(info.verbs) and info.verbs[0] in _AUXILIARIES


def _known_participle(word: str, before: str, before_info: t.WordInfo | None) -> str:
    """'gewerkd' -> 'gewerkt', 'afgerondt' -> 'afgerond', 'gewijzigte' -> 'gewijzigde'."""
    if word.endswith(("de", "te")):
        if before_info is None or not before_info.bits & (t.DET | t.POSS | t.ADJ):
            return ""  # 'verhuiste' after a determiner is a participle, else a past tense
        stem, tail = word[:-1], "e"
    else:
        stem, tail = word, ""
    candidates: Sequence[str] = ()
    if stem.endswith("dt"):
        candidates = (stem[:-1], stem[:-2] + "t")
    elif stem.endswith(("d", "t")):
        candidates = (stem[:-1] + ("t" if stem.endswith("d") else "d"),)
    for candidate in candidates:
        if t.info(candidate + tail).bits & t.PART:
            return candidate + tail
    return ""


# --- past tense ----------------------------------------------------------------------------


def past_tense(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """A past tense with the wrong ending: 'werkde', 'verhuiste', 'antwoorde', 'fietsden'; an
    unknown word anywhere, a known one ('verbrande', 'melde') where the finite verb stands."""
    unknown = t.UNKNOWN
    for parsed in parse(doc):
        places = {c.verb for c in parsed.clauses if c.verb >= 0}
        places.update(i for i, info in enumerate(parsed.infos) if info.bits == unknown)
        for i in sorted(places):
            token = parsed.sentence.tokens[i]
            if parsed.infos[i].bits & t.FINITE or not token.text.islower():
                continue
            if _attributive(parsed, i):
                continue
            right = past_variant(parsed.lowered[i])
            if right:
                yield Hit(token.start, token.end, (right,))


def _attributive(parsed: Parsed, i: int) -> bool:
    """'de verhuisde kast', 'een mooi gewerkte ...': an adjective, for the participle rule."""
    before = parsed.infos[i - 1].bits if i else 0
    if before & (t.DET | t.POSS) and not before & t.SUBJ:
        return True
    after = parsed.infos[i + 1].bits if i + 1 < len(parsed.infos) else 0
    return bool(before & t.ADJ) and bool(after & t.NOUN) and not after & t.CLOSED


def present_for_past(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """'Gisteren wachten we' -> 'wachtten': a present plural of a verb whose stem ends in d or t
    in a clause that names a past time. params: ``sure`` (another verb of the sentence is in
    the past tense), ``past_words`` ('gisteren'), ``past_before`` ('vorige' + a time noun)."""
    sure = bool(rule.params.get("sure", True))
    words = frozenset(rule.params.get("past_words", ()))
    before = frozenset(rule.params.get("past_before", ()))
    for parsed in parse(doc):
        low, infos = parsed.lowered, parsed.infos
        for clause in parsed.clauses:
            v = clause.verb
            if v < 0 or (clause.subject is not None and clause.subject.number == "sg"):
                continue
            if not _names_past(low[clause.start : clause.end], words, before):
                continue
            right = _past_plural(low[v], infos[v])
            past_elsewhere = any(
                i != v and info.bits & t.PAST and not info.bits & t.PRES
                for i, info in enumerate(infos)
            )
            if right and past_elsewhere == sure:
                token = parsed.sentence.tokens[v]
                yield Hit(token.start, token.end, (match_case(right, token.text),))


def _names_past(words: Sequence[str], past_words: frozenset[str], before: frozenset[str]) -> bool:
    for i, w in enumerate(words):
        if w in past_words:
            return True
        if w in before and i + 1 < len(words) and is_time(words[i + 1]):
            return True
    return False


def _past_plural(word: str, info: t.WordInfo) -> str:
    """'wachten' -> 'wachtten': only where the two sound alike (a stem in d or t)."""
    if not info.bits & t.PRES_PL or info.bits & t.PAST:
        return ""
    for lemma in info.verbs:
        forms = forms_of(lemma)
        if forms is None or word != forms.present_pl or not forms.stem.endswith(("d", "t")):
            continue
        if forms.past_pl.startswith(forms.stem) and forms.past_pl != word:
            return forms.past_pl
    return ""
