"""Read ``huisstijl.toml`` and the fields that set conditions, with a Dutch problem for each.

``[[verplicht]]`` (in ``huisstijl.toml`` or a template): one of ``hashtag``, ``vermelding``,
``link`` or ``tekst``, a ``reden``, and optionally ``platforms``, ``plaats`` ("begin" or
"eind") and ``blokkeren``. ``[sjabloontekst]``: ``maximum`` (percent of the words) and, in
``huisstijl.toml``, ``blokkeren``. Also the field checks the manifest, house style and template
readers share: hashtags and platform ids.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from schrijfhulp.core.packs.house_style import (
    DEFAULT_TEMPLATE_TEXT_MAXIMUM,
    AvoidedWord,
    HouseStyle,
    PreferredTerm,
    TemplateTextRule,
)
from schrijfhulp.core.packs.house_style_limits import check_house_style_limits
from schrijfhulp.core.packs.requirements import END, START, ElementKind, RequiredElement
from schrijfhulp.core.packs.toml_lines import TablePath
from schrijfhulp.core.packs.toml_reader import TomlFile, kind_of
from schrijfhulp.core.platforms import PLATFORMS

HASHTAG = re.compile(r"#[^\W_][\w]*")
_MENTION = re.compile(r"@[\w.]+(@[\w.-]+\.\w+)?")
_LINK = re.compile(r"(https?://)?[\w*-]+(\.[\w*-]+)+(/\S*)?", re.IGNORECASE)
_REQUIRED_KEYS = {"hashtag", "vermelding", "link", "tekst", "reden", "platforms", "plaats"}


_HOUSE_STYLE_KEYS = {
    "voorkeur",
    "vermijd",
    "eigen_woorden",
    "hashtags",
    "regels_uit",
    "verplicht",
    "sjabloontekst",
}


def read_house_style(toml: TomlFile, pack_id: str, organisation: str) -> HouseStyle:
    data = toml.data
    if data is None:
        return HouseStyle()
    toml.unknown_keys(data, (), _HOUSE_STYLE_KEYS)
    preferred: list[PreferredTerm] = []
    for index, table in enumerate(toml.tables(data, (), "voorkeur")):
        path = ("voorkeur", index)
        use = toml.string(table, path, "gebruik")
        instead_of = toml.strings(table, path, "niet", required=True)
        explanation = toml.string(table, path, "uitleg", required=False)
        if use and instead_of and explanation is not None:
            preferred.append(PreferredTerm(pack_id, use, instead_of, explanation, organisation))
    avoided: list[AvoidedWord] = []
    for index, table in enumerate(toml.tables(data, (), "vermijd")):
        word = toml.string(table, ("vermijd", index), "woord")
        reason = toml.string(table, ("vermijd", index), "reden")
        if word and reason:
            avoided.append(AvoidedWord(pack_id, word, reason, organisation))
    words = toml.strings(data, (), "eigen_woorden") or ()
    check_house_style_limits(toml, preferred, avoided, words)
    hashtags = read_hashtags(toml, data, ()) or ()
    disabled = toml.strings(data, (), "regels_uit") or ()
    required = read_required(toml, data, pack_id, organisation) or ()
    template_text = read_template_text(toml, data, organisation) or None
    return HouseStyle(
        tuple(preferred),
        tuple(avoided),
        frozenset(words),
        hashtags,
        frozenset(disabled),
        required,
        template_text,
    )


def read_required(
    toml: TomlFile, data: dict[str, Any], pack_id: str, organisation: str
) -> tuple[RequiredElement, ...] | None:
    """Every ``[[verplicht]]`` of a file; None when one of them is wrong."""
    elements: list[RequiredElement] = []
    ok = True
    for index, table in enumerate(toml.tables(data, (), "verplicht")):
        element = _read_element(toml, table, ("verplicht", index), pack_id, organisation)
        ok = ok and element is not None
        if element is not None:
            elements.append(element)
    return tuple(elements) if ok else None


def _read_element(
    toml: TomlFile, table: dict[str, Any], path: TablePath, pack_id: str, organisation: str
) -> RequiredElement | None:
    toml.unknown_keys(table, path, _REQUIRED_KEYS | {"blokkeren"})
    kinds = [k for k in ElementKind if k.value in table]
    if len(kinds) != 1:
        named = " en ".join(f"'{k.value}'" for k in kinds)
        toml.problem(
            path,
            kinds[1].value if len(kinds) > 1 else None,
            f"heeft bij [[verplicht]] {named or 'geen onderdeel'}; schrijf er precies één: "
            "hashtag, vermelding, link of tekst",
        )
        return None
    kind = kinds[0]
    value = toml.string(table, path, kind.value)
    reason = toml.string(table, path, "reden")
    platforms = toml.strings(table, path, "platforms")
    place = toml.string(table, path, "plaats", required=False, default=END)
    blocking = boolean(toml, table, path, "blokkeren")
    if None in (value, reason, platforms, place, blocking):
        return None
    if not (_valid_value(toml, path, kind, value or "") and check_platforms(toml, platforms, path)):
        return None
    if place not in (START, END):
        toml.problem(path, "plaats", f"heeft bij 'plaats' '{place}'; kies \"begin\" of \"eind\"")
        return None
    return RequiredElement(
        pack_id,
        organisation,
        kind,
        (value or "").strip(),
        reason or "",
        platforms or (),
        place or END,
        bool(blocking),
    )


def _valid_value(toml: TomlFile, path: TablePath, kind: ElementKind, value: str) -> bool:
    value = value.strip()
    if kind is ElementKind.HASHTAG and not HASHTAG.fullmatch(value):
        hint = "een hashtag begint met '#' en heeft geen spaties of leestekens, zoals #WerkenBij"
    elif kind is ElementKind.MENTION and not _MENTION.fullmatch(value):
        hint = "een vermelding begint met '@' en heeft geen spaties, zoals @gemeente"
    elif kind is ElementKind.LINK and not _LINK.fullmatch(value):
        hint = (
            "schrijf een webadres, zoals https://voorbeeld.nl/vacatures; "
            "een * staat voor 'wat dan ook'"
        )
    else:
        return True
    toml.problem(path, kind.value, f"heeft bij '{kind.value}' '{value}'; {hint}")
    return False


def read_template_text(
    toml: TomlFile, data: dict[str, Any], organisation: str, allow_blocking: bool = True
) -> TemplateTextRule | Literal[False] | None:
    """``[sjabloontekst]``: the rule, None when absent, False when it is wrong."""
    if "sjabloontekst" not in data:
        return None
    table = data["sjabloontekst"]
    path = ("sjabloontekst",)
    if not isinstance(table, dict):
        toml.problem(
            (),
            "sjabloontekst",
            f"heeft bij 'sjabloontekst' {kind_of(table)} staan; schrijf [sjabloontekst] "
            "met maximum = 70 eronder",
        )
        return False
    toml.unknown_keys(table, path, {"maximum", "blokkeren"} if allow_blocking else {"maximum"})
    maximum = table.get("maximum", DEFAULT_TEMPLATE_TEXT_MAXIMUM)
    if type(maximum) is not int or not 0 <= maximum <= 100:
        shown = str(maximum) if type(maximum) is int else kind_of(maximum)
        toml.problem(
            path,
            "maximum",
            f"heeft bij 'maximum' {shown} staan; schrijf een percentage van 0 tot en met 100, "
            "zonder aanhalingstekens, zoals maximum = 70",
        )
        return False
    blocking = boolean(toml, table, path, "blokkeren")
    if blocking is None:
        return False
    return TemplateTextRule(maximum, blocking, organisation)


def boolean(toml: TomlFile, table: dict[str, Any], path: TablePath, key: str) -> bool | None:
    value = table.get(key, False)
    if isinstance(value, bool):
        return value
    toml.problem(
        path,
        key,
        f"heeft bij '{key}' {kind_of(value)} staan; schrijf {key} = true (ja) of "
        f"{key} = false (nee), zonder aanhalingstekens",
    )
    return None


def read_hashtags(toml: TomlFile, table: dict[str, Any], path: TablePath) -> tuple[str, ...] | None:
    tags = toml.strings(table, path, "hashtags")
    for tag in tags or ():
        if not HASHTAG.fullmatch(tag):
            toml.problem(
                path,
                "hashtags",
                f"heeft de hashtag '{tag}'; een hashtag begint met '#' "
                "en heeft geen spaties of leestekens, zoals #SamenSterk",
            )
            return None
    return tags


def check_platforms(
    toml: TomlFile, platforms: tuple[str, ...] | None, path: TablePath = ()
) -> bool:
    for platform in platforms or ():
        if platform not in PLATFORMS:
            toml.problem(
                path,
                "platforms",
                f"noemt het onbekende platform '{platform}' bij "
                f"'platforms'; kies uit {', '.join(PLATFORMS)}",
            )
            return False
    return True
