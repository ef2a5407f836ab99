"""Verplichte onderdelen: a hashtag, mention, link or text an organisation wants in every post.

An element is present when the text has it (hashtags and mentions in any case, a link after
leaving out ``https://``, ``www.`` and a closing ``/``, a ``*`` in a link standing for anything).
A missing element becomes a finding at the place it should go, with a zero-width span (start ==
end) and the text to insert as its voorstel: applying the voorstel replaces the empty span, so
the GUI inserts it with the same code that replaces a word. Hashtags and mentions go at the end
(on the line of hashtags already there), a text goes at the start or the end as the pack says.
"""

from __future__ import annotations

import fnmatch
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

import regex

from schrijfhulp.core.dutch.segmentation import Document, TokenKind
from schrijfhulp.core.findings import Finding, Kind, Severity, Source

START, END = "begin", "eind"


class ElementKind(StrEnum):
    HASHTAG = "hashtag"
    MENTION = "vermelding"
    LINK = "link"
    PHRASE = "tekst"


_TOKEN_KINDS = {ElementKind.HASHTAG: TokenKind.HASHTAG, ElementKind.MENTION: TokenKind.MENTION}


@dataclass(frozen=True, slots=True)
class RequiredElement:
    """One verplicht onderdeel; ``organisation`` is who asks for it, named in every message."""

    pack_id: str
    organisation: str
    kind: ElementKind
    value: str
    reason: str
    platforms: tuple[str, ...] = ()  # empty: every platform
    place: str = END
    blocking: bool = False  # "Toch kopiëren" is not offered while it is missing

    @property
    def rule_id(self) -> str:
        return f"verplicht.{self.pack_id}.{slug(self.value)}"

    @property
    def is_pattern(self) -> bool:
        return self.kind is ElementKind.LINK and "*" in self.value

    def applies_to(self, platform: str) -> bool:
        return not self.platforms or platform in self.platforms

    def describe(self) -> str:
        """'De hashtag #WerkenBij', 'Een link naar voorbeeld.nl/vacatures/*', ..."""
        return describe(self.kind, self.value)

    def is_present(self, doc: Document) -> bool:
        wanted = self.value.casefold()
        token_kind = _TOKEN_KINDS.get(self.kind)
        if token_kind is not None:
            return any(t.text.casefold() == wanted for t in doc.tokens_of(token_kind))
        if self.kind is ElementKind.LINK:
            target = normal_link(self.value)
            links = [normal_link(t.text) for t in doc.tokens_of(TokenKind.URL)]
            if self.is_pattern:
                return any(fnmatch.fnmatchcase(link, target) for link in links)
            return target in links
        return phrase_pattern(self.value).search(doc.text) is not None

    def insertion(self, text: str) -> tuple[int, str] | None:
        """Where the element goes in ``text`` and what to insert there; None for a pattern."""
        if self.is_pattern:
            return None
        if self.place == START:
            return 0, self.value + ("\n\n" if text.strip() else "")
        end = len(text.rstrip())
        if not text.strip():
            return 0, self.value
        last_line = text[:end].rsplit("\n", 1)[-1]
        tags_only = all(w.startswith(("#", "@")) for w in last_line.split())
        if self.kind in _TOKEN_KINDS and tags_only and "\n" in text[:end]:
            return end, " " + self.value
        return end, "\n\n" + self.value

    def example_text(self) -> str:
        """What the element adds to a post, for counting: a pattern gets a plausible link."""
        if self.is_pattern:
            return "https://" + self.value.replace("*", "a")
        return self.value


def missing_findings(
    doc: Document, platform: str, elements: tuple[RequiredElement, ...]
) -> list[Finding]:
    """A finding for every element that applies to ``platform`` and is not in the text."""
    found: list[Finding] = []
    for element in elements:
        if not element.applies_to(platform) or element.is_present(doc):
            continue
        where = element.insertion(doc.text)
        at = where[0] if where else len(doc.text.rstrip())
        message = missing_message(element.kind, element.value, element.organisation)
        found.append(
            Finding(
                at,
                at,
                Kind.HOUSE_STYLE,
                Severity.ERROR if element.blocking else Severity.WARNING,
                element.rule_id,
                message,
                (where[1],) if where else (),
                element.reason,
                Source.ORGANISATION,
            )
        )
    return found


def describe(kind: ElementKind, value: str) -> str:
    """'De hashtag #WerkenBij', 'Een link naar voorbeeld.nl/vacatures/*', ..."""
    if kind is ElementKind.HASHTAG:
        return f"De hashtag {value}"
    if kind is ElementKind.MENTION:
        return f"De vermelding {value}"
    if kind is ElementKind.LINK:
        return f"Een link naar {value}" if "*" in value else f"De link {value}"
    return f"De tekst '{value}'"


def missing_message(kind: ElementKind, value: str, organisation: str) -> str:
    """'De hashtag #WerkenBij is verplicht bij Gemeente Voorbeeld.' (the GUI has its own)."""
    message = f"{describe(kind, value)} is verplicht bij {organisation}."
    if kind is ElementKind.LINK and "*" in value:
        message += " Voeg een link toe die hierop past."
    return message


def with_insertions(text: str, elements: list[RequiredElement]) -> str:
    """``text`` with every element added where it would go: what the post will be, to count."""
    for element in elements:
        where = element.insertion(text)
        if where is None:
            text = f"{text.rstrip()}\n\n{element.example_text()}"
        else:
            at, inserted = where
            text = text[:at] + inserted + text[at:]
    return text


def normal_link(url: str) -> str:
    """'https://www.Voorbeeld.nl/Vacatures/' -> 'voorbeeld.nl/Vacatures' (host in lower case)."""
    bare = regex.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", "", url.strip()).rstrip("/")
    host, slash, rest = bare.partition("/")
    host = host.lower().removeprefix("www.")
    return host + slash + rest


def phrase_pattern(phrase: str) -> regex.Pattern[str]:
    """Whole words, any case, any whitespace between the words of a phrase."""
    words = [regex.escape(w) for w in phrase.split()]
    return regex.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])", regex.IGNORECASE)


def slug(text: str) -> str:
    """Lowercase ASCII with hyphens: 'Kwetsbare ouderen' -> 'kwetsbare-ouderen'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return regex.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "term"
