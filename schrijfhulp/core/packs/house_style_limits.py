"""Limits on a house style that no organisation's style guide reaches, and that keep every
analysis within its budget: at the limit a LinkedIn post's analysis costs a few milliseconds
(benchmarks/bench_hostile.py). Beyond them the pack is refused with file and line."""

from __future__ import annotations

from schrijfhulp.core.packs.house_style import AvoidedWord, PreferredTerm
from schrijfhulp.core.packs.toml_lines import TablePath
from schrijfhulp.core.packs.toml_reader import TomlFile

MAX_HOUSE_STYLE_PHRASES = 500
MAX_PHRASE_WORDS = 6
MAX_PHRASE_CHARS = 60
MAX_OWN_WORDS = 5_000


def check_house_style_limits(
    toml: TomlFile,
    preferred: list[PreferredTerm],
    avoided: list[AvoidedWord],
    words: tuple[str, ...],
) -> None:
    """Limits no organisation's style guide reaches, that keep every analysis fast: each
    phrase is one pattern searched on every keystroke."""
    if len(words) > MAX_OWN_WORDS:
        toml.problem((), "eigen_woorden", f"heeft meer dan {MAX_OWN_WORDS} woorden")
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
