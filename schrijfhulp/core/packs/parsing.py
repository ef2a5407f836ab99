"""The template pack format: read a pack's TOML files into a :class:`Pack`, or say what is wrong.

A pack is a set of files (from a folder or a ``.zip``; see ``packs.py``)::

    sjabloonpakket.toml     manifest: naam, organisatie, versie, minimale_versie, beschrijving
    huisstijl.toml          optional: voorkeur, vermijd, eigen_woorden, hashtags, regels_uit,
                            verplicht, sjabloontekst
    woorden.tsv             optional: own plain-language entries (format of the shipped lists)
    sjablonen/*.toml        one template per file: naam, platforms, categorie, tekst, velden,
                            verplicht, sjabloontekst, ...

Every problem names file, line and field, in Dutch, because the people who write packs are
communications staff, not programmers. Field names are Dutch for the same reason.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from schrijfhulp import __version__
from schrijfhulp.core.packs import house_style
from schrijfhulp.core.packs.house_style import HouseStyle, slug
from schrijfhulp.core.packs.policy import (
    boolean,
    check_platforms,
    read_hashtags,
    read_house_style,
    read_required,
    read_template_text,
)
from schrijfhulp.core.packs.templates import (
    MAX_FIELD_CHARS,
    MAX_TEMPLATE_CHARS,
    PlaceholderError,
    Template,
    TemplateField,
    filled_length,
    placeholder_names,
)
from schrijfhulp.core.packs.toml_lines import find_line
from schrijfhulp.core.packs.toml_reader import PackProblem, TomlFile, kind_of

MANIFEST_FILE = "sjabloonpakket.toml"
HOUSE_STYLE_FILE = "huisstijl.toml"
TEMPLATES_DIR = "sjablonen/"

_VERSION = re.compile(r"\d+(\.\d+){0,3}")


@dataclass(frozen=True, slots=True)
class Manifest:
    id: str
    name: str
    organisation: str
    version: str
    min_app_version: str = "0"
    description: str = ""

    @property
    def version_key(self) -> tuple[int, ...]:
        return version_key(self.version)


@dataclass(frozen=True, slots=True)
class Pack:
    manifest: Manifest
    templates: tuple[Template, ...]
    house_style: HouseStyle
    origin: str = ""  # where it was loaded from, for messages

    @property
    def id(self) -> str:
        return self.manifest.id

    @property
    def name(self) -> str:
        return self.manifest.name


@dataclass(frozen=True, slots=True)
class ReadResult:
    pack: Pack | None  # None when there is at least one problem that is not a warning
    name: str  # the pack's name from its manifest, or the label it was read from
    problems: tuple[PackProblem, ...]
    files: Mapping[str, bytes] = field(default_factory=dict, compare=False, repr=False)

    @property
    def errors(self) -> tuple[PackProblem, ...]:
        return tuple(p for p in self.problems if not p.warning)


def version_key(version: str) -> tuple[int, ...]:
    parts = tuple(int(p) for p in version.split(".")) if _VERSION.fullmatch(version) else (0,)
    while len(parts) > 1 and parts[-1] == 0:  # "1.0" == "1"
        parts = parts[:-1]
    return parts


def read_pack(files: Mapping[str, bytes], label: str, origin: str = "") -> ReadResult:
    """Read a pack from its files (paths relative to the pack root, with '/')."""
    problems: list[PackProblem] = []
    manifest = _read_manifest(files, label, problems)
    name = manifest.name if manifest else _name_despite_errors(files) or label
    pack_id = manifest.id if manifest else slug(label)
    organisation = (manifest.organisation if manifest else "") or name
    style = HouseStyle()
    if HOUSE_STYLE_FILE in files:
        toml = TomlFile.parse(HOUSE_STYLE_FILE, files, problems)
        style = read_house_style(toml, pack_id, organisation)
    style, problem = house_style.with_pack_words(style, files, pack_id)
    problems += [PackProblem("", None, None, problem)] if problem else []
    templates = tuple(
        replace(t, pack_name=name) for t in _read_templates(files, pack_id, organisation, problems)
    )
    if manifest and version_key(manifest.min_app_version) > version_key(__version__):
        problems.append(
            PackProblem(
                MANIFEST_FILE,
                find_line(_text(files[MANIFEST_FILE]), (), "minimale_versie"),
                "minimale_versie",
                f"vraagt Schrijfhulp {manifest.min_app_version} of nieuwer; "
                f"je hebt versie {__version__}",
            )
        )
    if manifest is None or any(not p.warning for p in problems):
        return ReadResult(None, name, tuple(problems))
    return ReadResult(Pack(manifest, templates, style, origin), name, tuple(problems), files)


def _name_despite_errors(files: Mapping[str, bytes]) -> str | None:
    """The pack's name for messages, even when another manifest field is wrong."""
    try:
        name = tomllib.loads(_text(files[MANIFEST_FILE])).get("naam")
    except (KeyError, tomllib.TOMLDecodeError, RecursionError):
        return None
    return name if isinstance(name, str) and name.strip() else None


def _text(data: bytes) -> str:
    return data.decode("utf-8-sig", errors="replace")


def _read_manifest(
    files: Mapping[str, bytes], label: str, problems: list[PackProblem]
) -> Manifest | None:
    if MANIFEST_FILE not in files:
        problems.append(
            PackProblem(
                MANIFEST_FILE,
                None,
                None,
                f"ontbreekt; zet dit bestand bovenin het pakket '{label}'",
            )
        )
        return None
    toml = TomlFile.parse(MANIFEST_FILE, files, problems)
    if toml.data is None:
        return None
    data = toml.data
    toml.unknown_keys(
        data, (), {"id", "naam", "organisatie", "versie", "minimale_versie", "beschrijving"}
    )
    name = toml.string(data, (), "naam")
    organisation = toml.string(data, (), "organisatie")
    version = toml.string(data, (), "versie")
    minimum = toml.string(data, (), "minimale_versie", required=False, default="0")
    description = toml.string(data, (), "beschrijving", required=False)
    pack_id = toml.string(data, (), "id", required=False, default=slug(name or label))
    for key, value in (("versie", version), ("minimale_versie", minimum)):
        if value is not None and not _VERSION.fullmatch(value):
            toml.problem(
                (),
                key,
                f"heeft bij '{key}' de waarde '{value}'; schrijf een "
                "versienummer zoals '1.0' of '2.3.1'",
            )
            return None
    if pack_id is not None and slug(pack_id) != pack_id:
        toml.problem(
            (),
            "id",
            f"heeft het id '{pack_id}'; gebruik alleen kleine letters, cijfers "
            f"en '-', zoals '{slug(pack_id)}'",
        )
        return None
    if None in (name, organisation, version, minimum, description, pack_id):
        return None
    return Manifest(
        pack_id or "",
        name or "",
        organisation or "",
        version or "",
        minimum or "0",
        description or "",
    )


def _read_templates(
    files: Mapping[str, bytes], pack_id: str, organisation: str, problems: list[PackProblem]
) -> tuple[Template, ...]:
    names = sorted(n for n in files if n.startswith(TEMPLATES_DIR) and n.endswith(".toml"))
    if not names:
        problems.append(
            PackProblem(
                TEMPLATES_DIR.rstrip("/"),
                None,
                None,
                "bevat geen sjablonen (bestanden die eindigen op .toml)",
            )
        )
    templates: list[Template] = []
    seen: dict[str, str] = {}
    for name in names:
        toml = TomlFile.parse(name, files, problems)
        template = _read_template(toml, pack_id, organisation) if toml.data else None
        if template is None:
            continue
        if template.id in seen:
            toml.problem(
                (),
                "id",
                f"gebruikt het id '{template.id}', maar dat heeft "
                f"{seen[template.id]} al; geef elk sjabloon een eigen id",
            )
            continue
        seen[template.id] = name
        templates.append(template)
    return tuple(templates)


_TEMPLATE_KEYS = {
    "id",
    "naam",
    "platforms",
    "categorie",
    "tekst",
    "beschrijving",
    "hashtags",
    "velden",
    "verplicht",
    "sjabloontekst",
}


def _read_template(toml: TomlFile, pack_id: str, organisation: str) -> Template | None:
    data = toml.data or {}
    toml.unknown_keys(data, (), _TEMPLATE_KEYS)
    stem = toml.name.rsplit("/", 1)[-1].removesuffix(".toml")
    template_id = toml.string(data, (), "id", required=False, default=slug(stem))
    name = toml.string(data, (), "naam")
    platforms = toml.strings(data, (), "platforms", required=True)
    category = toml.string(data, (), "categorie")
    body = toml.string(data, (), "tekst")
    description = toml.string(data, (), "beschrijving", required=False)
    hashtags = read_hashtags(toml, data, ())
    fields = _read_fields(toml, data)
    required = read_required(toml, data, pack_id, organisation)
    template_text = read_template_text(toml, data, organisation, allow_blocking=False)
    ok = check_platforms(toml, platforms) and _check_body(toml, body, fields)
    ok = ok and required is not None and template_text is not False
    if template_id is not None and slug(template_id) != template_id:
        toml.problem(
            (),
            "id",
            f"heeft het id '{template_id}'; gebruik alleen kleine letters, "
            f"cijfers en '-', zoals '{slug(template_id)}'",
        )
        ok = False
    values = (template_id, name, platforms, category, body, description, hashtags, fields)
    if not ok or any(v is None for v in values):
        return None
    return Template(
        template_id or "",
        name or "",
        platforms or (),
        category or "",
        body or "",
        fields or (),
        hashtags or (),
        description or "",
        pack_id,
        toml.name,
        required=required or (),
        template_text_maximum=template_text.maximum if template_text else None,
    )


def _read_fields(toml: TomlFile, data: dict[str, Any]) -> tuple[TemplateField, ...] | None:
    tables = data.get("velden", {})
    if not isinstance(tables, dict):
        toml.problem(
            (),
            "velden",
            f"heeft bij 'velden' {kind_of(tables)} staan; schrijf elk veld "
            "als [velden.naam] met label, uitleg en voorbeeld eronder",
        )
        return None
    fields: list[TemplateField] = []
    ok = True
    for field_name, table in tables.items():
        path = ("velden", field_name)
        if not isinstance(table, dict):
            toml.problem(
                ("velden",),
                field_name,
                f"heeft bij het veld '{field_name}' "
                f"{kind_of(table)} staan; schrijf [velden."
                f"{field_name}] met label en voorbeeld eronder",
            )
            ok = False
            continue
        toml.unknown_keys(table, path, {"label", "uitleg", "voorbeeld", "persoonlijk"})
        label = toml.string(table, path, "label")
        hint = toml.string(table, path, "uitleg", required=False)
        example = toml.string(table, path, "voorbeeld")
        personal = boolean(toml, table, path, "persoonlijk")
        if label is None or hint is None or example is None or personal is None:
            ok = False
            continue
        if len(example) > MAX_FIELD_CHARS:  # the value a field is filled in with
            toml.problem(
                path,
                "voorbeeld",
                f"heeft een 'voorbeeld' van {len(example)} tekens; het maximum is "
                f"{MAX_FIELD_CHARS}",
            )
            ok = False
            continue
        fields.append(TemplateField(field_name, label, hint, example, personal))
    return tuple(fields) if ok else None


def _check_body(toml: TomlFile, body: str | None, fields: tuple[TemplateField, ...] | None) -> bool:
    if body is None:
        return False
    if len(body) > MAX_TEMPLATE_CHARS:
        toml.problem(
            (),
            "tekst",
            f"heeft een 'tekst' van {len(body)} tekens; het maximum is {MAX_TEMPLATE_CHARS}",
        )
        return False
    try:
        used = placeholder_names(body)
    except PlaceholderError as exc:
        toml.problems.append(
            PackProblem(
                toml.name,
                _line_of(toml.source, exc.fragment, "tekst"),
                "tekst",
                f"heeft een fout in 'tekst': {str(exc).rstrip('.')}",
            )
        )
        return False
    if fields is None:
        return True  # the fields' own problems are reported already
    defined = {f.name for f in fields}
    for name in used:
        if name not in defined:
            toml.problems.append(
                PackProblem(
                    toml.name,
                    _line_of(toml.source, "{" + name + "}", "tekst"),
                    "tekst",
                    f"gebruikt {{{name}}} in 'tekst', maar er is geen [velden.{name}]; "
                    f"voeg dat veld toe of haal {{{name}}} weg",
                )
            )
            return False
    size = filled_length(body, {f.name: f.example for f in fields})
    if size > MAX_TEMPLATE_CHARS:
        toml.problem(
            (),
            "tekst",
            f"wordt met de voorbeelden ingevuld {size} tekens lang; het maximum is "
            f"{MAX_TEMPLATE_CHARS}",
        )
        return False
    for name in sorted(defined - set(used)):
        toml.problem(
            ("velden", name),
            None,
            f"heeft het veld [velden.{name}], maar 'tekst' gebruikt {{{name}}} niet",
            warning=True,
        )
    return True


def _line_of(source: str, fragment: str, key: str) -> int:
    """The line where ``fragment`` first occurs, else the line of ``key``."""
    at = source.find(fragment)
    return source.count("\n", 0, at) + 1 if at >= 0 else find_line(source, (), key)
