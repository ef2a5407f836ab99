"""huisstijl.toml: an organisation's preferred terms, words to avoid, own words, hashtags and
switched-off rules, read with file and line for every problem, within fixed limits."""

from __future__ import annotations

from typing import Any

import regex

from schrijfhulp.core.packs.house_style import AvoidedWord, HouseStyle, PreferredTerm
from schrijfhulp.core.packs.toml_lines import TablePath
from schrijfhulp.core.packs.toml_reader import TomlFile

# House-style limits (see _check_phrases): far above a real style guide, and analysis stays
# within a few milliseconds at the limit (benchmarks/bench_checks.py).
MAX_HOUSE_STYLE_PHRASES = 500
MAX_PHRASE_WORDS = 6
MAX_PHRASE_CHARS = 60
MAX_OWN_WORDS = 5_000
_HASHTAG = regex.compile(r"#[^\W_][\w]*")


def read_house_style(toml: TomlFile, pack_id: str) -> HouseStyle:
    data = toml.data
    if data is None:
        return HouseStyle()
    toml.unknown_keys(data, (), {"voorkeur", "vermijd", "eigen_woorden", "hashtags", "regels_uit"})
    preferred: list[PreferredTerm] = []
    for index, table in enumerate(toml.tables(data, (), "voorkeur")):
        path = ("voorkeur", index)
        use = toml.string(table, path, "gebruik")
        instead_of = toml.strings(table, path, "niet", required=True)
        explanation = toml.string(table, path, "uitleg", required=False)
        if use and instead_of and explanation is not None:
            preferred.append(PreferredTerm(pack_id, use, instead_of, explanation))
    avoided: list[AvoidedWord] = []
    for index, table in enumerate(toml.tables(data, (), "vermijd")):
        word = toml.string(table, ("vermijd", index), "woord")
        reason = toml.string(table, ("vermijd", index), "reden")
        if word and reason:
            avoided.append(AvoidedWord(pack_id, word, reason))
    words = toml.strings(data, (), "eigen_woorden") or ()
    if len(words) > MAX_OWN_WORDS:
        toml.problem((), "eigen_woorden", f"heeft meer dan {MAX_OWN_WORDS} woorden")
    _check_phrases(toml, preferred, avoided)
    hashtags = hashtags_of(toml, data, ()) or ()
    disabled = toml.strings(data, (), "regels_uit") or ()
    return HouseStyle(
        tuple(preferred), tuple(avoided), frozenset(words), hashtags, frozenset(disabled)
    )


def _check_phrases(
    toml: TomlFile, preferred: list[PreferredTerm], avoided: list[AvoidedWord]
) -> None:
    """Limits no organisation's style guide reaches, that keep every analysis fast: each
    phrase is one pattern searched on every keystroke."""
    entries: list[tuple[TablePath, str, str]] = [
        (("voorkeur", i), "niet", phrase)
        for i, term in enumerate(preferred)
        for phrase in term.instead_of
    ]
    entries += [(("vermijd", i), "woord", a.word) for i, a in enumerate(avoided)]
    if len(entries) > MAX_HOUSE_STYLE_PHRASES:
        path, key, _ = entries[MAX_HOUSE_STYLE_PHRASES]
        toml.problem(
            path,
            key,
            f"gaat over het maximum van {MAX_HOUSE_STYLE_PHRASES} woorden om te vervangen of "
            "te vermijden",
        )
        return
    for path, key, phrase in entries:
        if len(phrase) > MAX_PHRASE_CHARS or len(phrase.split()) > MAX_PHRASE_WORDS:
            toml.problem(
                path,
                key,
                f"heeft '{phrase[:40]}…': zo'n woordgroep mag hoogstens {MAX_PHRASE_WORDS} "
                f"woorden en {MAX_PHRASE_CHARS} tekens hebben",
            )
            return


def hashtags_of(toml: TomlFile, table: dict[str, Any], path: TablePath) -> tuple[str, ...] | None:
    tags = toml.strings(table, path, "hashtags")
    for tag in tags or ():
        if not _HASHTAG.fullmatch(tag):
            toml.problem(
                path,
                "hashtags",
                f"heeft de hashtag '{tag}'; een hashtag begint met '#' "
                "en heeft geen spaties of leestekens, zoals #SamenSterk",
            )
            return None
    return tags
