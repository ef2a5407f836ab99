"""Templates (sjablonen): a Dutch body with named placeholders, and safe filling.

A placeholder is ``{name}`` and nothing else. ``str.format`` would accept ``{a.__class__}``,
``{a[0]}``, ``{a!r}`` and ``{a:>10}``, which reach into Python objects; a pack comes from outside
the app, so its bodies are parsed by our own small scanner and filled by plain substitution.
``{{`` and ``}}`` stand for a literal brace.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import regex

from schrijfhulp.core.packs.requirements import RequiredElement

MAX_TEMPLATE_CHARS = 10_000  # a template's text, and the text once filled in
MAX_FILLED_CHARS = MAX_TEMPLATE_CHARS
MAX_FIELD_CHARS = 1_000  # a field's example, and what the user types in a field

# Letters (also é, ë), digits and underscores; not starting with a digit.
_NAME = regex.compile(r"[^\W\d]\w*")


class PlaceholderError(ValueError):
    """A body contains something between braces that is not a plain placeholder."""

    def __init__(self, message: str, fragment: str, offset: int) -> None:
        super().__init__(message)
        self.fragment = fragment
        self.offset = offset


@dataclass(frozen=True, slots=True)
class Placeholder:
    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TemplateField:
    """One placeholder as the form shows it."""

    name: str
    label: str
    hint: str = ""
    example: str = ""
    personal: bool = False  # persoonlijk: the writer must fill it with a few words of their own


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    name: str
    platforms: tuple[str, ...]
    category: str
    body: str
    fields: tuple[TemplateField, ...] = ()
    hashtags: tuple[str, ...] = ()
    description: str = ""
    pack_id: str = ""
    source_file: str = ""  # path inside the pack, for messages
    pack_name: str = ""
    required: tuple[RequiredElement, ...] = ()  # verplichte onderdelen of this template only
    template_text_maximum: int | None = None  # percent; None: the pack's or the default

    @property
    def qualified_id(self) -> str:
        """Unique over all packs: what a draft remembers it came from."""
        return f"{self.pack_id}/{self.id}" if self.pack_id else self.id

    @property
    def example_values(self) -> dict[str, str]:
        return {f.name: f.example for f in self.fields}

    def fill(self, values: Mapping[str, str], hashtags: tuple[str, ...] = ()) -> str:
        """The body with ``values`` filled in and ``hashtags`` on a line of their own."""
        return with_hashtags(fill(self.body, values), hashtags)

    def example_text(self) -> str:
        """The template filled with every field's example and its own hashtags."""
        return self.fill(self.example_values, self.hashtags)

    def matches(self, query: str) -> bool:
        """Search in name, category, description and body, ignoring case."""
        needle = query.casefold().strip()
        haystack = " ".join((self.name, self.category, self.description, self.body))
        return all(part in haystack.casefold() for part in needle.split())


def scan(body: str) -> Iterator[Placeholder | str]:
    """Split ``body`` into literal text and placeholders; raise PlaceholderError on bad syntax."""
    literal: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if body.startswith("{{", i) or body.startswith("}}", i):
            literal.append(ch)
            i += 2
        elif ch == "}":
            raise PlaceholderError(
                "Er staat een '}' zonder '{' ervoor. Schrijf '}}' voor een losse accolade.", "}", i
            )
        elif ch == "{":
            end = body.find("}", i + 1)
            if end < 0:
                raise PlaceholderError(
                    "Er staat een '{' zonder '}' erna. Schrijf '{{' voor een losse accolade.",
                    body[i : i + 20],
                    i,
                )
            inner = body[i + 1 : end]
            _check_name(inner, body[i : end + 1], i)
            if literal:
                yield "".join(literal)
                literal = []
            yield Placeholder(inner, i, end + 1)
            i = end + 1
        else:
            literal.append(ch)
            i += 1
    if literal:
        yield "".join(literal)


def _check_name(inner: str, fragment: str, offset: int) -> None:
    if _NAME.fullmatch(inner):
        return
    if not inner.strip():
        reason = "er staat geen naam tussen de accolades"
    elif "{" in inner:
        reason = "er staat een '{' binnen een veld"
    elif "." in inner:
        reason = "een veldnaam mag geen punt bevatten"
    elif "[" in inner or "]" in inner:
        reason = "een veldnaam mag geen blokhaken bevatten"
    elif "!" in inner:
        reason = "een veldnaam mag geen uitroepteken bevatten"
    elif ":" in inner:
        reason = "een veldnaam mag geen dubbele punt of opmaak bevatten"
    else:
        reason = "een veldnaam bestaat alleen uit letters, cijfers en '_', zonder spaties"
    raise PlaceholderError(f"Het veld {fragment} klopt niet: {reason}.", fragment, offset)


def placeholder_names(body: str) -> tuple[str, ...]:
    """The distinct placeholder names in order of first use."""
    names: dict[str, None] = {}
    for part in scan(body):
        if isinstance(part, Placeholder):
            names.setdefault(part.name, None)
    return tuple(names)


def fill(body: str, values: Mapping[str, str]) -> str:
    """Replace each ``{name}`` by ``values[name]``; a name without a value stays as ``{name}``.

    Values are inserted literally: braces inside a value are never read as placeholders. Each
    value counts up to MAX_FIELD_CHARS and the result up to MAX_FILLED_CHARS: a body of 3,000
    placeholders with a value of 3,000 characters would otherwise make 9 million.
    """
    out: list[str] = []
    size = 0
    for part in scan(body):
        if isinstance(part, Placeholder):
            value = values.get(part.name, "")[:MAX_FIELD_CHARS]
            part = value if value else "{" + part.name + "}"
        out.append(part)
        size += len(part)
        if size >= MAX_FILLED_CHARS:
            break
    return "".join(out)[:MAX_FILLED_CHARS]


def filled_length(body: str, values: Mapping[str, str]) -> int:
    """len(fill(body, values)) without the cap, counted without building the text."""
    size = 0
    for part in scan(body):
        if isinstance(part, Placeholder):
            value = values.get(part.name, "")[:MAX_FIELD_CHARS]
            size += len(value) if value else len(part.name) + 2
        else:
            size += len(part)
    return size


def with_hashtags(text: str, hashtags: tuple[str, ...]) -> str:
    """Hashtags at the end, after an empty line, skipping ones the text already has."""
    missing = [
        h for h in hashtags if not regex.search(regex.escape(h) + r"(?!\w)", text, regex.IGNORECASE)
    ]
    if not missing:
        return text
    return f"{text.rstrip()}\n\n{' '.join(missing)}"
