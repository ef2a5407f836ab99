"""Eat our own cooking: every Dutch sentence we ship passes our own checks without errors.

UI strings (the Dutch source strings in the .ts file), the messages and explanations of our
rules, the default template pack and the user sections of the README are all run through
analyse(); an error-level finding (spelfout, taalfout) in any of them fails the test.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.findings import Severity

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "schrijfhulp"
DUTCH_README_SECTIONS = ("Voor medewerkers", "Voor communicatie", "Voor medewerkers: vier standen")
PLACEHOLDER = re.compile(r"%\d+|%n|\{[^}]*\}|&(?=\w)|<[^>]+>")
# A placeholder stands for a number or a name: a neutral word keeps "Deel %6 van %7 van je
# draad" from reading as "Deel van van je draad".
PLACEHOLDER_WORD = "X"
# Rule texts quote the wrong form on purpose ("'Me' is geen bezittelijk woord"): a quoted
# example is not our own sentence, so it is read as a neutral word.
QUOTED_EXAMPLE = re.compile(r"(?<!\w)['‘][^'‘’\n]{1,60}['’](?!\w)")


def ui_strings() -> Iterator[tuple[str, str]]:
    ts = PACKAGE / "translations" / "schrijfhulp_nl.ts"
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield f"{ts.name}:{name}", message.findtext("source", "")


def rule_texts() -> Iterator[tuple[str, str]]:
    for path in sorted((PACKAGE / "resources" / "rules").rglob("*.toml")):
        yield from _toml_texts(
            path, tomllib.loads(path.read_text(encoding="utf-8")), ("message", "explanation")
        )


def _toml_texts(path: Path, data: object, keys: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in keys and isinstance(value, str):
                yield f"{path.relative_to(ROOT)}:{key}", value
            else:
                yield from _toml_texts(path, value, keys)
    elif isinstance(data, list):
        for item in data:
            yield from _toml_texts(path, item, keys)


def readme_sections() -> Iterator[tuple[str, str]]:
    """Every README section for users or communications: its heading starts with 'Voor '."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.findall(r"^## (Voor [^\n]*)\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    found += re.findall(r"^### (Voor [^\n]*)\n(.*?)(?=^##|\Z)", text, re.S | re.M)
    titles = [title for title, _ in found]
    for wanted in DUTCH_README_SECTIONS:
        assert any(t.startswith(wanted) for t in titles), f"README has no section '{wanted}'"
    for title, section in found:
        body = re.sub(r"```.*?```|^#+ ", "", section, flags=re.S | re.M)  # commands: not Dutch
        body = re.sub(r"`[^`]*`|!\[[^\]]*\]\([^)]*\)|\*\*|\|", " ", body)
        for paragraph in re.split(r"\n\s*\n", body):
            if paragraph.strip(" -\n"):
                yield f"README.md:{title}", paragraph.strip()


def _placeholder_word(match: re.Match[str]) -> str:
    return PLACEHOLDER_WORD if match.group().startswith("%") else ""


def errors_in(text: str) -> list[str]:
    clean = QUOTED_EXAMPLE.sub("dit", PLACEHOLDER.sub(_placeholder_word, text).replace("&&", "&"))
    analysis = analyse(clean, "facebook")
    return [
        f"{f.rule_id} '{clean[f.start : f.end]}': {f.message}"
        for f in analysis.findings
        if f.severity is Severity.ERROR
    ]


@pytest.mark.parametrize("source", ["ui", "rules", "readme"])
def test_our_own_dutch_has_no_errors(source: str) -> None:
    texts = {"ui": ui_strings, "rules": rule_texts, "readme": readme_sections}[source]()
    failures = [f"{where}: {error}" for where, text in texts for error in errors_in(text)]
    assert not failures, "\n".join(failures)
