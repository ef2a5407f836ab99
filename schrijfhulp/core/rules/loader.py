"""Read rule files (TOML, with word lists in TSV) into validated Rule values.

A rule file holds one category: ``category``, ``kind`` and a list of ``[[rule]]`` tables. A rule
finds text in one of three ways: a ``pattern`` (regular expression), ``words`` (entry files in
TSV next to it, see entries.py; ``word_category`` picks the entries of one category), or a named
``matcher`` for the few rules that need to look at sentences or count things. Example
sentences mark the expected spans with ``<<`` and ``>>``. Every mistake in a file becomes a
RuleDataError naming the file, rule and field.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import regex

from schrijfhulp.core.findings import Kind, Severity
from schrijfhulp.core.platforms import PLATFORMS
from schrijfhulp.core.resources import resource_path
from schrijfhulp.core.rules.entries import Entry, EntryError, read_entries, slug
from schrijfhulp.core.rules.model import Example, Rule

MARK_OPEN, MARK_CLOSE = "<<", ">>"

_FILE_KEYS = {"category", "kind", "rule"}
_RULE_KEYS = {
    "id",
    "name",
    "level",
    "message",
    "explanation",
    "incorrect",
    "correct",
    "pattern",
    "case_sensitive",
    "sentence_start",
    "suggest",
    "words",
    "word_category",
    "matcher",
    "params",
    "platforms",
    "triggers",
    "contains",
}
_REQUIRED = ("id", "level", "message", "explanation", "incorrect", "correct")
_EXAMPLE_KEYS = {"text", "suggestion", "platform"}


class RuleDataError(ValueError):
    """A rule file is broken; the message is Dutch and names the file and the field."""


def default_rule_files() -> list[Path]:
    return sorted(resource_path("rules").glob("*.toml"))


def load_rules(files: Iterable[Path] | None = None) -> tuple[Rule, ...]:
    """All rules from ``files`` (default: the shipped ones). Rule ids must be unique."""
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in default_rule_files() if files is None else files:
        for rule in load_rule_file(path):
            if rule.id in seen:
                raise RuleDataError(
                    f"{path.name}: de regel '{rule.id}' bestaat al in {seen[rule.id]}."
                )
            seen[rule.id] = path.name
            rules.append(rule)
    return tuple(rules)


def load_rule_file(path: Path) -> list[Rule]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RuleDataError(f"{path.name} kan niet worden gelezen: {exc.strerror}.") from None
    except tomllib.TOMLDecodeError as exc:
        raise RuleDataError(f"{path.name} is geen geldige TOML: {exc}.") from None
    _no_unknown_keys(data, _FILE_KEYS, path.name)
    category, kind_name = data.get("category"), str(data.get("kind"))
    if not isinstance(category, str) or not category:
        raise RuleDataError(f"{path.name} mist het veld 'category'.")
    try:
        kind = Kind(kind_name)
    except ValueError:
        raise RuleDataError(
            f"{path.name}: 'kind' is '{kind_name}', kies uit {', '.join(k.value for k in Kind)}."
        ) from None
    return [_rule(raw, category, kind, path) for raw in data.get("rule", [])]


def _rule(raw: dict[str, Any], category: str, kind: Kind, path: Path) -> Rule:
    where = f"{path.name}, regel '{raw.get('id', '?')}'"
    _no_unknown_keys(raw, _RULE_KEYS, where)
    for key in _REQUIRED:
        if key not in raw:
            raise RuleDataError(f"{where} mist het veld '{key}'.")
    finders = [key for key in ("pattern", "words", "matcher") if key in raw]
    if len(finders) != 1:
        raise RuleDataError(f"{where} heeft precies één van 'pattern', 'words' of 'matcher' nodig.")
    try:
        severity = Severity(raw["level"])
    except ValueError:
        raise RuleDataError(f"{where}: 'level' moet error, warning of hint zijn.") from None
    return Rule(
        id=raw["id"],
        category=category,
        kind=kind,
        severity=severity,
        message=raw["message"],
        name=str(raw.get("name", "")),
        explanation=raw["explanation"],
        incorrect=tuple(_example(e, where, marked=True) for e in raw["incorrect"]),
        correct=tuple(_example(e, where, marked=False) for e in raw["correct"]),
        source=path.name,
        pattern=_pattern(raw, where),
        folded_pattern=_folded_pattern(raw),
        sentence_start=bool(raw.get("sentence_start", False)),
        triggers=_triggers(raw, where),
        contains=_contains(raw, where),
        suggest=tuple(raw.get("suggest", ())),
        words=_entries(raw, path, where),
        matcher=raw.get("matcher"),
        params=MappingProxyType(dict(raw.get("params", {}))),
        platforms=_platforms(raw, where),
    )


def _platforms(raw: Mapping[str, Any], where: str) -> frozenset[str]:
    chosen = frozenset(raw.get("platforms", ()))
    unknown = sorted(chosen - set(PLATFORMS))
    if unknown:
        raise RuleDataError(
            f"{where}: het platform '{unknown[0]}' bestaat niet. Kies uit: {', '.join(PLATFORMS)}."
        )
    return chosen


def _triggers(raw: Mapping[str, Any], where: str) -> frozenset[str]:
    """Trigger words of a pattern rule: whole words of letters only, compared case-folded."""
    if "triggers" not in raw:
        return frozenset()
    words = raw["triggers"]
    if "pattern" not in raw:
        raise RuleDataError(f"{where}: 'triggers' kan alleen bij een regel met 'pattern'.")
    if not isinstance(words, list) or not words:
        raise RuleDataError(f"{where}: 'triggers' moet een lijst met woorden zijn.")
    for word in words:
        if not isinstance(word, str) or not word.isalpha():
            raise RuleDataError(
                f"{where}: in 'triggers' staan alleen woorden met letters, gevonden: '{word}'."
            )
    return frozenset(word.casefold() for word in words)


def _contains(raw: Mapping[str, Any], where: str) -> tuple[str, ...]:
    """Literal pieces a pattern rule needs; without letters, so capitals never matter."""
    if "contains" not in raw:
        return ()
    pieces = raw["contains"]
    if "pattern" not in raw:
        raise RuleDataError(f"{where}: 'contains' kan alleen bij een regel met 'pattern'.")
    if not isinstance(pieces, list) or not pieces:
        raise RuleDataError(f"{where}: 'contains' moet een lijst met stukjes tekst zijn.")
    for piece in pieces:
        if not isinstance(piece, str) or not piece or any(ch.isalpha() for ch in piece):
            raise RuleDataError(
                f"{where}: in 'contains' staan alleen stukjes tekst zonder letters, "
                f"gevonden: '{piece}'."
            )
    return tuple(pieces)


def _pattern(raw: Mapping[str, Any], where: str) -> regex.Pattern[str] | None:
    if "pattern" not in raw:
        return None
    flags = regex.VERBOSE | (0 if raw.get("case_sensitive") else regex.IGNORECASE)
    try:
        return regex.compile(raw["pattern"], flags)
    except regex.error as exc:
        raise RuleDataError(f"{where}: het patroon klopt niet ({exc}).") from None


def _folded_pattern(raw: Mapping[str, Any]) -> regex.Pattern[str] | None:
    """The pattern without IGNORECASE, to run on the case-folded text, when that finds exactly
    what the pattern finds in the text: it ignores case and does not look at case itself."""
    source = raw.get("pattern")
    if source is None or raw.get("case_sensitive") or not case_free(source):
        return None
    return regex.compile(source, regex.VERBOSE)


# Properties that hold for a character and its case-folded form alike.
_CASE_FREE_PROPERTIES = frozenset({"L", "M", "N", "Nd", "P", "S", "Z", "Extended_Pictographic"})
_PROPERTY = regex.compile(r"\\[pP]\{([^}]*)\}")
# Escapes with a capital that say nothing about case: \A \B \D \S \W \Z \X.
_CASE_FREE_ESCAPE = regex.compile(r"\\[ABDSWZX]")
_COMMENT = regex.compile(r"(?<=\s)#[^\n]*")
# Any '(?' but the plain groups and look-arounds: (?: (?= (?! (?<= (?<! (?P<name> (?P=name) (?|
_GROUP_NAME = regex.compile(r"\(\?P<[^>]*>|\(\?P=[^)]*\)")
_INLINE_FLAGS = regex.compile(r"\(\?(?![:=!|]|<[=!]|P[<=])")


def case_free(source: str) -> bool:
    """True when a (verbose) pattern matches the same with IGNORECASE on a text as without it
    on the text case-folded: no capital letters to match, no case-dependent property such as
    \\p{Lu}, and no flags switched inside. Cautious: when in doubt it says False."""
    if _INLINE_FLAGS.search(source):
        return False  # (?-i:...), (?i), atomic groups and the like: not worth the risk
    if any(name not in _CASE_FREE_PROPERTIES for name in _PROPERTY.findall(source)):
        return False
    rest = _CASE_FREE_ESCAPE.sub("", _PROPERTY.sub("", _COMMENT.sub("", source)))
    rest = _GROUP_NAME.sub("", rest)  # group names may have capitals
    return rest == rest.casefold()


def _example(raw: str | dict[str, Any], where: str, *, marked: bool) -> Example:
    if isinstance(raw, str):
        raw = {"text": raw}
    _no_unknown_keys(raw, _EXAMPLE_KEYS, f"{where}, voorbeeld")
    text, spans = unmark(str(raw.get("text", "")))
    if marked and not spans:
        raise RuleDataError(f"{where}: het foute voorbeeld '{text}' mist << en >> om de fout.")
    if not marked and spans:
        raise RuleDataError(f"{where}: een goed voorbeeld heeft geen << en >>: '{text}'.")
    return Example(text, spans, raw.get("suggestion"), raw.get("platform", "linkedin"))


def unmark(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """'Dat is <<de de>> fiets' -> ('Dat is de de fiets', ((7, 12),))."""
    text, spans, pos = [], [], 0
    length = 0
    while (start := marked.find(MARK_OPEN, pos)) != -1:
        end = marked.find(MARK_CLOSE, start)
        if end == -1:
            break
        text.append(marked[pos:start])
        length += start - pos
        inner = marked[start + len(MARK_OPEN) : end]
        text.append(inner)
        spans.append((length, length + len(inner)))
        length += len(inner)
        pos = end + len(MARK_CLOSE)
    text.append(marked[pos:])
    return "".join(text), tuple(spans)


def _entries(raw: Mapping[str, Any], path: Path, where: str) -> tuple[Entry, ...]:
    """The entries of the rule's entry files (of its ``word_category``), each with its own id."""
    if "words" not in raw:
        if "word_category" in raw:
            raise RuleDataError(f"{where}: 'word_category' kan alleen bij een regel met 'words'.")
        return ()
    files = raw["words"]
    names = [files] if isinstance(files, str) else files
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise RuleDataError(f"{where}: 'words' is een bestandsnaam of een lijst met bestandsnamen.")
    category = raw.get("word_category")
    found = []
    for name in names:
        try:
            entries = _read_entries(path.parent / name)
        except EntryError as exc:
            raise RuleDataError(str(exc)) from None
        found += [
            replace(e, id=f"{raw['id']}.{slug(e.stiff)}")
            for e in entries
            if category is None or e.category == category
        ]
    if not found:
        raise RuleDataError(f"{where}: in {', '.join(names)} staan geen woorden voor deze regel.")
    return tuple(found)


@lru_cache(maxsize=32)
def _read_entries(path: Path) -> tuple[Entry, ...]:
    return tuple(read_entries(path))


def _no_unknown_keys(data: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise RuleDataError(f"{where}: onbekend veld '{unknown[0]}'.")
