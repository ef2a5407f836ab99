"""Matchers for clarity rules that need to see a clause: passive voice and stacked prepositions.

Passive voice is often the right choice ("De winnaars worden vrijdag bekendgemaakt."), so the
passive rules only speak when an active sentence is clearly better: the doer is named ("door de
gemeente"), the sentence hides everyone ("Er wordt gekeken naar"), or passives fill the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.segmentation import WORDLIKE, Document, Sentence, Token, TokenKind
from schrijfhulp.core.rules.model import Hit, Rule

# Enum members as plain names: a lookup on the class costs about 0.2 µs on Python 3.11.
_PUNCT, _NUMBER = TokenKind.PUNCT, TokenKind.NUMBER

_WORDEN = frozenset({"word", "wordt", "worden", "werd", "werden"})
_ZIJN = frozenset({"is", "zijn", "was", "waren", "ben", "bent"})
_MODALS = frozenset(
    {
        "zal",
        "zullen",
        "zou",
        "zouden",
        "kan",
        "kunnen",
        "kon",
        "konden",
        "moet",
        "moeten",
        "moest",
        "moesten",
        "mag",
        "mogen",
        "mocht",
        "mochten",
    }
)
_CLAUSE_STARTERS = frozenset(
    {
        "maar",
        "of",
        "want",
        "omdat",
        "dat",
        "die",
        "als",
        "zodat",
        "wanneer",
        "terwijl",
        "doordat",
        "nadat",
        "voordat",
        "zodra",
        "waardoor",
        "waarna",
        "waarmee",
        "waarin",
        "waarop",
        "wat",
    }
)
_SEPARABLE = (
    "aan|af|bij|in|mee|na|om|op|over|terug|toe|uit|vast|voor|weg|door|samen|bekend|klaar|tegen|"
    "neer|los|dicht|open|vrij|kwijt|schoon|rond|thuis|teweeg|goed|stop|mogelijk|gelijk"
)
_PARTICIPLE = regex.compile(
    rf"(?:(?:{_SEPARABLE})?ge|(?:{_SEPARABLE})?(?:be|ver|ont|her|er|mis))\p{{L}}{{2,}}(?:d|t|en)"
)
# Words that look like participles but are adjectives or nouns ('Het wordt een mooi gebied').
_NOT_PARTICIPLE = regex.compile(
    r".*(?:heid|teit|isch|lijk|baar|avond|grond|kind|hand|wand|rand)|(?!ge|(?:er|her|ont)kend|verwend|verdiend|bediend).*end"
    r"|geruststellend|gezond|geschikt|gewend|gemiddeld|gepast|geliefd|bekend|bereid|bezorgd|verliefd|verkeerd"
    r"|benieuwd|beroemd|geduld|gebied|geld|gezicht|gedicht|gerecht|gewicht|gebed|gebit|geluid"
    r"|gemoed|gevecht|geheugen|geweten|verleden|vermogen|verband|bestand|verstand|gebruiken"
    r"|gewoonten|verhalen|bedrijven|gebouwen|gebieden|berichten|gesprekken|gedachten|gegevens"
)
# Participles of moving: with 'zijn' and 'door' they are a past tense ('door het park gelopen').
_MOVED = frozenset(
    {
        "gelopen",
        "gefietst",
        "gereden",
        "gewandeld",
        "gegaan",
        "gekomen",
        "gevlogen",
        "gevaren",
        "gerend",
        "gereisd",
        "gezakt",
        "gevallen",
        "gezwommen",
        "gestapt",
        "gekropen",
        "geklommen",
        "gesprongen",
        "gerold",
        "getrokken",
        "gedwaald",
        "gestruikeld",
        "gebroken",
        "gedrongen",
    }
)
_SUBJECT_STARTERS = frozenset(
    {
        "een",
        "geen",
        "de",
        "het",
        "dit",
        "dat",
        "deze",
        "die",
        "zijn",
        "haar",
        "ons",
        "onze",
        "mijn",
        "je",
        "jouw",
        "uw",
        "hun",
        "veel",
        "weinig",
        "iets",
        "niets",
        "alles",
        "elke",
        "ieder",
    }
)
_PREPOSITIONS = frozenset(
    {
        "van",
        "in",
        "op",
        "aan",
        "met",
        "voor",
        "bij",
        "door",
        "over",
        "naar",
        "uit",
        "tot",
        "om",
        "onder",
        "tegen",
        "tussen",
        "na",
        "vanaf",
        "zonder",
        "binnen",
        "buiten",
        "tijdens",
        "volgens",
        "per",
        "rond",
        "langs",
        "sinds",
        "via",
        "omtrent",
        "inzake",
        "betreffende",
        "wegens",
    }
)


@dataclass(frozen=True, slots=True)
class Passive:
    start: int
    end: int
    has_doer: bool  # 'door de gemeente'
    impersonal: bool  # 'er wordt ...'


@lru_cache(maxsize=8192)  # two regexes per word after every 'wordt': the same words recur
def is_participle(word: str) -> bool:
    lower = word.lower()
    return bool(_PARTICIPLE.fullmatch(lower)) and not _NOT_PARTICIPLE.fullmatch(lower)


_AUXILIARIES = _WORDEN | _ZIJN


def _lowered_sentences(doc: Document) -> Iterator[tuple[Sentence, tuple[str, ...]]]:
    """Each sentence with the lower-case texts of its tokens."""
    return zip(doc.sentences, doc.lowered_by_sentence, strict=True)


def passive_clauses(doc: Document) -> list[Passive]:
    """Every passive clause; 'zijn' + participle only with a doer, as it is usually a past tense."""
    global _last
    last_doc, last_found = _last
    if last_doc is doc:
        return last_found
    # A sentence without any form of 'worden' or 'zijn', or without any participle, has no
    # passive: skipped before its clauses are made (both tests run in C; is_participle is cached).
    sentences = [
        (s, words)
        for s, words in _lowered_sentences(doc)
        if not _AUXILIARIES.isdisjoint(words) and any(map(is_participle, words))
    ]
    found = [
        p for s, words in sentences for clause in _clauses(s, words) if (p := _passive(*clause))
    ]
    _last = (doc, found)  # one assignment, so a second thread sees an old pair or a new one
    return found


# The last document and its passives: three passive rules share one scan.
_last: tuple[Document | None, list[Passive]] = (None, [])


def _clauses(
    sentence: Sentence, lowered: tuple[str, ...]
) -> Iterator[tuple[list[Token], list[str]]]:
    """The clauses of a sentence: their tokens and those tokens' lower-case texts (``lowered``
    holds the sentence's, made once per document)."""
    clause: list[Token] = []
    words: list[str] = []
    for token, word in zip(sentence.tokens, lowered, strict=True):
        if token.kind is _PUNCT or word in _CLAUSE_STARTERS:
            if clause:
                yield clause, words
            clause, words = ([], []) if token.kind is _PUNCT else ([token], [word])
        elif token.kind in WORDLIKE:
            clause.append(token)
            words.append(word)
    if clause:
        yield clause, words


def _passive(clause: list[Token], words: list[str]) -> Passive | None:
    if _AUXILIARIES.isdisjoint(words):
        return None  # most clauses: no 'worden' or 'zijn' at all, so no passive
    aux = next((i for i, w in enumerate(words) if w in _WORDEN), None)
    if aux is None:
        aux = next((i for i, w in enumerate(words) if w in _ZIJN), None)
        if aux is None or "door" not in words:
            return None
    participle = _participle_of(words, aux)
    if participle is None:
        return None
    doer = _doer(words, aux, participle)
    if words[aux] in _ZIJN and (doer is None or words[participle] in _MOVED):
        return None  # 'Het is gebouwd', 'Ik ben door de stad gelopen': a past tense
    er_before = aux > 0 and words[aux - 1] == "er"
    er_after = words[aux + 1 : aux + 2] == ["er"]
    impersonal = (er_before or er_after) and _without_subject(words, aux + 1 + er_after)
    first = min(aux, participle, aux - 1 if er_before else aux, aux if doer is None else doer)
    last = max(aux, participle)
    if doer is not None and doer > last:
        last = len(clause) - 1  # 'wordt georganiseerd door de buurtvereniging'
    return Passive(clause[first].start, clause[last].end, doer is not None, impersonal)


def _doer(words: list[str], aux: int, participle: int) -> int | None:
    """Where 'door' names who does it: after the auxiliary in a main clause ('wordt door de
    raad besloten', 'wordt besloten door de raad'), just before the participle in a subclause
    ('dat door de raad besloten wordt'). A 'door' in front ('Door de regen wordt ...') is a cause.
    """
    if participle > aux:
        after = next((i for i in range(aux + 1, len(words)) if words[i] == "door"), None)
        return after if after is not None else _doer_after_modal(words, aux)
    return next((i for i in range(max(0, participle - 4), participle) if words[i] == "door"), None)


def _doer_after_modal(words: list[str], aux: int) -> int | None:
    """'De resultaten zullen door het team worden gedeeld': 'door' between a modal verb and
    the auxiliary names the doer (a 'door' at the start of the clause is a cause)."""
    door = next((i for i in range(max(1, aux - 5), aux) if words[i] == "door"), None)
    if door is not None and any(w in _MODALS for w in words[:door]):
        return door
    return None


def _infinitive(words: list[str], i: int) -> bool:
    """'aan het verbeteren', 'om te vergeten': an -en word after these is no participle."""
    return words[i].endswith("en") and i > 0 and words[i - 1] in ("het", "te", "om", "een")


def _without_subject(words: list[str], after_er: int) -> bool:
    """'Er wordt gewerkt' hides everyone; 'Er wordt een school gebouwd' just introduces a thing."""
    verb = words[after_er - 1] if words[after_er - 1] != "er" else words[after_er - 2]
    if verb not in ("wordt", "werd"):
        return False  # 'er worden 40 bomen geplant' has a plural subject
    return after_er >= len(words) or words[after_er] not in _SUBJECT_STARTERS


def _participle_of(words: list[str], aux: int) -> int | None:
    """The participle that goes with the auxiliary: the last one after it, or the word before."""
    after = [
        i
        for i in range(aux + 1, min(len(words), aux + 13))
        if is_participle(words[i]) and not _infinitive(words, i)
    ]
    if after:
        return after[-1]
    if aux > 0 and is_participle(words[aux - 1]):
        return aux - 1
    return None


def passive(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """params.report: 'doer', 'impersonal' or 'many' (min_count and min_share of sentences)."""
    passives = passive_clauses(doc)
    report = rule.params.get("report")
    if report == "doer":
        selected = [p for p in passives if p.has_doer]
    elif report == "impersonal":
        selected = [p for p in passives if p.impersonal and not p.has_doer]
    else:
        sentences = sum(1 for s in doc.sentences if s.words) or 1
        many = len(passives) >= rule.params.get("min_count", 3) and (
            len(passives) / sentences >= rule.params.get("min_share", 0.5)
        )
        selected = [p for p in passives if not (p.has_doer or p.impersonal)] if many else []
    for p in selected:
        yield Hit(p.start, p.end, values={"count": len(passives)})


def stacked_prepositions(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """A chain of prepositions close together: 'in het kader van de uitvoering van het plan'."""
    min_chain, max_gap = rule.params.get("min_chain", 4), rule.params.get("max_gap", 3)
    min_van = rule.params.get("min_van", 2)
    for sentence, lowered in _lowered_sentences(doc):
        if lowered.count("van") < min_van or (
            sum(map(_PREPOSITIONS.__contains__, lowered)) < min_chain
        ):
            continue  # too few prepositions in the whole sentence for a chain: most sentences
        for clause in _chunks(sentence):
            chain: list[int] = []
            for i, token in enumerate(clause):
                if token.text.lower() not in _PREPOSITIONS or _concrete(clause, i):
                    continue
                if chain and i - chain[-1] - 1 > max_gap:
                    yield from _chain_hit(clause, chain, min_chain, min_van)
                    chain = []
                chain.append(i)
            yield from _chain_hit(clause, chain, min_chain, min_van)


def _concrete(clause: list[Token], i: int) -> bool:
    """'in Heerlen', 'bij het CBS', 'om 10 uur': a place, name or number after the preposition
    is easy to read and no part of a heavy chain."""
    for token in clause[i + 1 : i + 3]:
        if token.kind is _NUMBER or token.text[:1].isupper():
            return True
        if token.text.lower() not in ("de", "het", "een"):
            return False
    return False


def _chunks(sentence: Sentence) -> Iterator[list[Token]]:
    """Runs of words and numbers between punctuation marks."""
    chunk: list[Token] = []
    for token in sentence.tokens:
        if token.kind in WORDLIKE or token.kind is _NUMBER:
            chunk.append(token)
        elif chunk:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _chain_hit(
    clause: list[Token], chain: list[int], min_chain: int, min_van: int
) -> Iterator[Hit]:
    vans = sum(1 for i in chain if clause[i].text.lower() == "van")
    if len(chain) >= min_chain and vans >= min_van:
        end = clause[min(chain[-1] + 1, len(clause) - 1)].end
        yield Hit(clause[chain[0]].start, end, values={"count": len(chain)})
