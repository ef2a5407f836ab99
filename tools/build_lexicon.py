"""Build ``schrijfhulp/resources/lexicon/lexicon.bin`` from licensed sources.

    python3 tools/build_lexicon.py        # needs the "lexicon-build" extra

Sources, in order of trust:
1. hand-written closed classes (``closed_classes.tsv``) and strong verbs (``strong_verbs.tsv``);
2. the OpenTaal Hunspell dictionary (BSD / CC BY 3.0): nouns, adjectives and verb forms from
   its affix flags and tags (see ``lexicon_hunspell.py``); verb forms come from
   ``schrijfhulp.core.dutch.verbs.conjugate`` and are kept when Hunspell lists them;
3. spacy-lookups-data (MIT): irregular noun, adjective and verb forms with their lemma, and the
   word class of lemmas Hunspell gives no flags;
4. wordfreq (data CC BY-SA 4.0): Zipf frequency per form.
Noun gender: diminutives are het; ``het_nouns.txt`` / ``de_nouns.txt`` (hand-written) and safe
suffixes (-heid, -ing, -tie ... de; -isme, -sel ... het), also as the last part of a compound.

The output is deterministic (sorted) and records a hash of the repository inputs, which a test
recomputes. Format: see ``schrijfhulp/core/dutch/lexicon.py``.
"""

from __future__ import annotations

import gzip
import importlib.metadata
import json
import marshal
import sys
import zlib
from array import array
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

import lexicon_hunspell as hs  # noqa: E402

from schrijfhulp.core.dutch import verbs  # noqa: E402
from schrijfhulp.core.dutch.lexicon import FORMAT, input_hash  # noqa: E402

RES = ROOT / "schrijfhulp" / "resources"
OUT = RES / "lexicon" / "lexicon.bin"
Reading = tuple[str, str, tuple[str, ...]]  # lemma, pos, sorted features
DE_SUFFIXES = ("heid", "ing", "tie", "sie", "teit", "erij", "age", "ade", "ster", "euze", "ie")
HET_SUFFIXES = ("isme", "sel", "je", "ment", "schrift")
# Flags that derive a noun from an adjective: plural ending -> singular ending.
DERIVED = {"Zk": ("en", "e"), "Zm": ("heden", "heid"), "Xe": ("", "")}


class Builder:
    def __init__(self) -> None:
        self.readings: dict[str, set[Reading]] = defaultdict(set)
        self.known: set[str] = set()

    def add(self, form: str, lemma: str, pos: str, features: tuple[str, ...] | set[str]) -> None:
        self.readings[form.lower()].add((lemma, pos, tuple(sorted(features))))


def load_closed(b: Builder) -> None:
    for line in (RES / "lexicon" / "closed_classes.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            form, lemma, pos, feats = line.split("\t")
            b.add(form, lemma, pos, () if feats == "-" else tuple(feats.split(",")))


def load_hunspell(
    b: Builder, entries: list[hs.Entry], rules: dict[str, list[hs.Affix]], zipf: dict[str, float]
) -> list[str]:
    """Nouns, adjectives and names from flags; returns the infinitives (Vi flag)."""
    infinitives = []
    for entry in entries:
        word, flags = entry.word, entry.flags
        if "Vi" in flags and word.endswith("n") and word.islower():
            infinitives.append(word)
            infinitives.extend(p + word for p in hs.particles(entry, rules))
        noun, adj = bool(flags & hs.NOUN_FLAGS), bool(flags & hs.ADJ_FLAGS)
        if noun:
            b.add(word, word, "noun", ("sg",))
        if adj:
            b.add(word, word, "adj", ("base",))
        # Names only when wordfreq has seen them: 39,000 rare names would cost memory.
        if word[:1].isupper() and not (noun or adj) and zipf.get(word.lower(), 0) >= 1.0:
            b.add(word, word, "name", ())
        for form, affix in hs.suffixed(entry, rules):
            tag = hs.TAGS.get(affix.tag)
            if tag and affix.flag in DERIVED:  # deskundig -> deskundige(n), -heid/-heden
                pos, feats = tag
                lemma = (
                    form
                    if "sg" in feats
                    else form[: -len(DERIVED[affix.flag][0])] + (DERIVED[affix.flag][1])
                )
                b.add(form, lemma, pos, feats)
            elif tag and ((tag[0] == "noun" and noun) or (tag[0] == "adj" and adj)):
                b.add(form, word, tag[0], tag[1])
    return infinitives


def verb_readings(forms: verbs.VerbForms) -> list[tuple[str, tuple[str, ...]]]:
    f, sep = forms, (f"sep:{forms.particle}",) if forms.particle else ()
    p = forms.particle or ""
    out = [
        (f.infinitive, ("inf",)),
        (p + f.present_pl, ("pres", "pl")),
        (p + f.present_1sg, ("pres", "1", "sg")),
        (p + f.present_2sg, ("pres", "2", "sg")),
        (p + f.present_3sg, ("pres", "3", "sg")),
        (p + f.past_sg, ("past", "sg")),
        (p + f.past_pl, ("past", "pl")),
    ]
    if f.present_2sg != f.stem:  # "heb je", "word jij": the inverted second person
        out.append((p + f.stem, ("pres", "2", "sg", "inv")))
    if f.participle:
        out.append((f.participle, ("part",)))
    return [(form, feats + sep) for form, feats in out]


def load_verbs(b: Builder, infinitives: list[str], listed: set[str]) -> None:
    """Conjugate every infinitive; keep forms Hunspell lists (or all, for table verbs)."""
    table = verbs.strong_verbs()
    for inf in sorted(set(infinitives) | set(table)):
        trusted = inf in table
        forms = _best(inf, listed)
        for form, feats in verb_readings(forms):
            core = form[len(forms.particle) :] if forms.particle else form
            if trusted or form in listed or (forms.particle and core in listed):
                b.add(form, inf, "verb", feats)
        if forms.participle and (trusted or forms.participle in listed):
            b.add(forms.participle + "e", inf, "verb", ("part", "inflected"))


def _best(inf: str, listed: set[str]) -> verbs.VerbForms:
    """The variant (see ``verbs.variants``) with most forms kept below; the lexicon's
    ``verb()`` makes the same choice from the forms kept."""

    def kept(form: str, forms: verbs.VerbForms) -> bool:
        p = forms.particle or ""
        return form in listed or bool(p) and form.startswith(p) and form[len(p) :] in listed

    return verbs.choose(
        verbs.variants(inf), lambda f: sum(kept(form, f) for form in verbs.scored_forms(f))
    )


def load_spacy(b: Builder, listed: set[str], zipf: dict[str, float]) -> None:
    import spacy_lookups_data  # build-time only

    data = Path(spacy_lookups_data.__file__).parent / "data"

    def read(name: str) -> dict:
        with gzip.open(data / f"nl_lemma_{name}.json.gz", "rt", encoding="utf-8") as fh:
            return json.load(fh)

    exc = read("exc")
    for form, lemmas in sorted(exc["noun"].items()):
        if form not in b.readings and (form in listed or zipf.get(form, 0) > 0):
            b.add(form, lemmas[0], "noun", ("pl",))
    for form, lemmas in sorted(exc["adj"].items()):
        if form not in b.readings and form in listed and form.endswith("e"):
            b.add(form, lemmas[0], "adj", ("inflected",))
    # Lemmas Hunspell gives no class: nouns and adjectives from spaCy's index.
    index = read("index")
    for pos, key, feats in (("noun", "noun", ("sg",)), ("adj", "adj", ("base",))):
        for word in sorted(index[key]):
            if word not in b.readings and (word in listed or zipf.get(word, 0) >= 1.5):
                b.add(word, word, pos, feats)
    for word in sorted(index["adp"]):
        if word not in b.readings and word in listed:
            b.add(word, word, "prep", ())


def gender_of(noun: str, het: set[str], de: set[str]) -> str | None:
    """de/het from the hand lists, a safe suffix, or the last part of a compound."""
    for i in range(len(noun) - 2):
        tail = noun[i:]
        if i and len(tail) < 3:
            break
        if tail in het:
            return "het"
        if tail in de:
            return "de"
    if noun.endswith(DE_SUFFIXES):
        return "de"
    if noun.endswith(HET_SUFFIXES):
        return "het"
    return None


def add_gender(b: Builder) -> None:
    def words(name: str) -> set[str]:
        text = (RES / "lexicon" / name).read_text("utf-8")
        return {w for w in text.split("\n") if w and not w.startswith("#")}

    het, de = words("het_nouns.txt"), words("de_nouns.txt")
    for noun in sorted(het | de):  # the hand lists name nouns: 'personeel' is more than an adj
        readings = b.readings.setdefault(noun, set())
        if not any(pos == "noun" for _, pos, _ in readings):
            readings.add((noun, "noun", ("sg",)))
    genders: dict[str, str] = {}
    for readings in b.readings.values():
        for lemma, pos, feats in readings:
            if pos == "noun" and "dim" not in feats and lemma not in genders:
                genders[lemma] = gender_of(lemma.lower(), het, de) or ""
    for form, readings in b.readings.items():
        updated = set()
        for lemma, pos, feats in readings:
            g = genders.get(lemma, "") if pos == "noun" and "dim" not in feats else ""
            updated.add((lemma, pos, tuple(sorted({*feats, g} - {""}))))
        b.readings[form] = updated


def encode(b: Builder, zipf: dict[str, float]) -> dict[str, object]:
    forms = sorted(set(b.readings) | b.known)
    index = {f: i for i, f in enumerate(forms)}
    extra: list[str] = []
    extra_index: dict[str, int] = {}
    templates: list[tuple[str, tuple[str, ...]]] = []
    tmpl_index: dict[tuple[str, tuple[str, ...]], int] = {}
    offsets, lemma_ids, tmpl_ids = array("I", [0]), array("I"), array("H")
    for form in forms:
        for lemma, pos, feats in sorted(b.readings.get(form, ())):
            if lemma in index:
                lemma_ids.append(index[lemma])
            else:
                lemma_ids.append(len(forms) + extra_index.setdefault(lemma, len(extra_index)))
            key = (pos, feats)
            tmpl_ids.append(tmpl_index.setdefault(key, len(tmpl_index)))
        offsets.append(len(lemma_ids))
    extra = sorted(extra_index, key=extra_index.__getitem__)
    templates = sorted(tmpl_index, key=tmpl_index.__getitem__)
    scores = bytes(min(255, round(zipf.get(f, 0.0) * 10)) for f in forms)
    versions = {p: importlib.metadata.version(p) for p in ("wordfreq", "spacy-lookups-data")}
    return {
        "format": FORMAT, "inputs": input_hash(ROOT), "versions": versions,
        "forms": "\n".join(forms), "extra_lemmas": "\n".join(extra),
        "templates": [(pos, list(feats)) for pos, feats in templates],
        "offsets": offsets.tobytes(), "lemma_ids": lemma_ids.tobytes(),
        "template_ids": tmpl_ids.tobytes(), "zipf": scores,
    }  # fmt: skip


def main() -> None:
    from wordfreq import get_frequency_dict, zipf_frequency  # build-time only

    dicts = RES / "dictionaries"
    rules, entries = hs.read_affixes(dicts / "nl.aff"), hs.read_entries(dicts / "nl.dic")
    listed = hs.all_forms(entries, rules)
    zipf = {w: zipf_frequency(w, "nl") for w in get_frequency_dict("nl")}
    b = Builder()
    load_closed(b)
    infinitives = load_hunspell(b, entries, rules, zipf)
    load_verbs(b, infinitives, listed)
    load_spacy(b, listed, zipf)
    add_gender(b)
    # Forms Hunspell lists without a class stay known; rare ones are left out to save memory.
    b.known = {w for w in listed if w not in b.readings and zipf.get(w, 0) > 0}
    data = encode(b, zipf)
    OUT.write_bytes(zlib.compress(marshal.dumps(data), 9))
    n_read = sum(len(r) for r in b.readings.values())
    print(f"{OUT.name}: {len(b.readings) + len(b.known)} forms, {n_read} readings, "
          f"{OUT.stat().st_size // 1024} KiB")  # fmt: skip


if __name__ == "__main__":
    main()
