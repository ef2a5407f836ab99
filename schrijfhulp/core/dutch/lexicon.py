"""The Dutch lexicon: word class, lemma, features and frequency of a word form.

Built by ``tools/build_lexicon.py`` from the OpenTaal Hunspell dictionary (flags and tags),
spacy-lookups-data (irregular forms, classes of lemmas), wordfreq (frequency), and hand-written
tables of closed word classes, strong verbs and de/het nouns; see ``resources/LICENSES.md``.

File format (``resources/lexicon/lexicon.bin``): a zlib-compressed ``marshal`` dict with
parallel columns, so loading is one split and one dict build, not millions of objects:
``forms`` (sorted lower-case forms joined by newlines), ``offsets`` (uint32, the readings of
form i are entries offsets[i]..offsets[i+1]), ``lemma_ids`` (uint32: a form index, or beyond the
forms an index into ``extra_lemmas``), ``template_ids`` (uint16 into ``templates``, the distinct
(part of speech, features) pairs), ``zipf`` (one byte per form, Zipf x 10). ``inputs`` is the
hash of the repository files the build read (``input_hash``); a test keeps it current.
Pure Python, no Qt.
"""

from __future__ import annotations

import hashlib
import marshal
import threading
import zlib
from array import array
from dataclasses import dataclass
from pathlib import Path

from schrijfhulp.core.dutch.verbs import VerbForms, best_conjugation
from schrijfhulp.core.resources import resource_path

FORMAT = 1
# Repository files whose content decides the built lexicon (relative to the repository root).
INPUT_FILES = (
    "schrijfhulp/resources/dictionaries/nl.dic",
    "schrijfhulp/resources/dictionaries/nl.aff",
    "schrijfhulp/resources/lexicon/closed_classes.tsv",
    "schrijfhulp/resources/lexicon/strong_verbs.tsv",
    "schrijfhulp/resources/lexicon/het_nouns.txt",
    "schrijfhulp/resources/lexicon/de_nouns.txt",
    "schrijfhulp/core/dutch/verbs.py",
    "tools/build_lexicon.py",
    "tools/lexicon_hunspell.py",
)
# The parts of speech a Reading can have.
POS = frozenset(
    ("verb", "noun", "adj", "adv", "pron", "det", "prep", "conj", "num", "name", "part", "interj")
)
_CACHE_LIMIT = 50_000


def input_hash(root: Path) -> str:
    """SHA-256 over the build inputs; line endings normalised so a Windows checkout agrees."""
    digest = hashlib.sha256()
    for name in INPUT_FILES:
        digest.update(name.encode())
        digest.update((root / name).read_bytes().replace(b"\r\n", b"\n"))
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Reading:
    """One analysis of a form: ``Reading("hebben", "verb", {"pres", "1", "sg"})`` for heb."""

    lemma: str
    pos: str
    features: frozenset[str]


class Lexicon:
    """Lookups by lower-cased form; every method is a dict lookup plus a few slices."""

    __slots__ = (
        "_cache", "_extra", "_forms", "_index", "_lemma_ids", "_offsets", "_templates",
        "_template_ids", "_zipf", "inputs",
    )  # fmt: skip

    def __init__(self, data: dict[str, object]) -> None:
        if data.get("format") != FORMAT:
            raise ValueError("onbekend formaat van het lexicon")
        # pop: each column is freed as soon as it is converted, which keeps the peak low.
        self._forms: list[str] = str(data.pop("forms")).split("\n")
        self._index: dict[str, int] = dict(zip(self._forms, range(len(self._forms)), strict=True))
        extra = str(data.pop("extra_lemmas"))
        self._extra: list[str] = extra.split("\n") if extra else []
        self._templates = tuple((str(p), frozenset(f)) for p, f in data["templates"])  # type: ignore[attr-defined]
        self._offsets = _uint_array("I", data.pop("offsets"))
        self._lemma_ids = _uint_array("I", data.pop("lemma_ids"))
        self._template_ids = _uint_array("H", data.pop("template_ids"))
        self._zipf = bytes(data.pop("zipf"))  # type: ignore[call-overload]
        self._cache: dict[str, tuple[Reading, ...]] = {}
        self.inputs = str(data["inputs"])

    @classmethod
    def load(cls, path: Path | None = None) -> Lexicon:
        path = path or resource_path("lexicon", "lexicon.bin")
        return cls(marshal.loads(zlib.decompress(path.read_bytes())))

    def __len__(self) -> int:
        return len(self._forms)

    def readings(self, form: str) -> tuple[Reading, ...]:
        key = form.lower()
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        i = self._index.get(key)
        result = () if i is None else self._decode(i)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()  # bounded: a long session must not grow without end
        self._cache[key] = result
        return result

    def _decode(self, i: int) -> tuple[Reading, ...]:
        out = []
        n = len(self._forms)
        for k in range(self._offsets[i], self._offsets[i + 1]):
            lemma_id = self._lemma_ids[k]
            lemma = self._forms[lemma_id] if lemma_id < n else self._extra[lemma_id - n]
            pos, features = self._templates[self._template_ids[k]]
            out.append(Reading(lemma, pos, features))
        return tuple(out)

    def lemmas(self, form: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.lemma for r in self.readings(form)))

    def is_known(self, form: str) -> bool:
        return form.lower() in self._index

    def zipf(self, form: str) -> float:
        """wordfreq's Zipf value (0 for unknown forms), to one decimal."""
        i = self._index.get(form.lower())
        return 0.0 if i is None else self._zipf[i] / 10

    def has_pos(self, form: str, pos: str) -> bool:
        return any(r.pos == pos for r in self.readings(form))

    def is_comparative(self, form: str) -> bool:
        return any("comp" in r.features for r in self.readings(form))

    def verb(self, lemma: str) -> VerbForms | None:
        """The forms of a verb the lexicon knows as an infinitive, else None."""
        key = lemma.lower()
        if any(r.pos == "verb" and "inf" in r.features for r in self.readings(key)):
            # proberen -> probeer: the build kept the variant whose forms the dictionary has
            return best_conjugation(key, lambda form: self._is_form_of(form, key))
        return None

    def _is_form_of(self, form: str, verb: str) -> bool:
        return any(r.lemma == verb and r.pos == "verb" for r in self.readings(form))

    def noun_gender(self, lemma: str) -> str | None:
        """``"de"`` or ``"het"`` for a singular noun, None when unknown or both."""
        genders = {
            g
            for r in self.readings(lemma)
            if r.pos == "noun" and "sg" in r.features and r.lemma.lower() == lemma.lower()
            for g in ("de", "het")
            if g in r.features
        }
        return genders.pop() if len(genders) == 1 else None


def _uint_array(code: str, raw: object) -> array[int]:
    values = array(code)
    values.frombytes(bytes(raw))  # type: ignore[call-overload]
    return values


_LEXICON: Lexicon | None = None
_LOCK = threading.Lock()


def lexicon() -> Lexicon:
    """The process-wide lexicon, loaded on first use; safe to call from any thread."""
    global _LEXICON
    if _LEXICON is None:
        with _LOCK:
            if _LEXICON is None:
                _LEXICON = Lexicon.load()
    return _LEXICON


def preload_lexicon_in_background() -> threading.Thread:
    """Start loading on a daemon thread, so the first check does not wait for it."""
    thread = threading.Thread(target=lexicon, name="lexicon-preload", daemon=True)
    thread.start()
    return thread
