"""Reading a pack: every broken pack is refused with file, line and field in plain Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest

from schrijfhulp.core.packs import not_loaded_message
from schrijfhulp.core.packs.parsing import MAX_TEMPLATE_CHARS, ReadResult, read_pack, version_key

MANIFEST = """\
naam = "Gemeente"
organisatie = "Gemeente Voorbeeld"
versie = "1.2"
minimale_versie = "0.1"
beschrijving = "Sjablonen voor de afdeling communicatie."
"""

VACANCY = """\
naam = "Vacature"
platforms = ["linkedin"]
categorie = "Vacature"
hashtags = ["#WerkenBijDeGemeente"]
tekst = \"\"\"
Mijn team zoekt een {functie}!

Reageren kan tot {datum}.\"\"\"

[velden.functie]
label = "Functie"
uitleg = "De naam van de functie."
voorbeeld = "adviseur voor de buurt"

[velden.datum]
label = "Reageren kan tot"
voorbeeld = "1 juni"
"""

HOUSE_STYLE = """\
eigen_woorden = ["Stadswinkel", "wijkteam"]
hashtags = ["#Gemeente"]
regels_uit = ["stijl.uitroepteken"]

[[voorkeur]]
gebruik = "inwoners"
niet = ["burgers", "burger"]
uitleg = "Zo noemen we de mensen in onze stad."

[[vermijd]]
woord = "kwetsbare ouderen"
reden = "schrijf liever 'ouderen die hulp nodig hebben'."
"""


def pack_files(**overrides: str | None) -> dict[str, bytes]:
    """A valid pack; keyword 'x__y_toml' names 'x/y.toml', None leaves a file out."""
    files = {
        "sjabloonpakket.toml": MANIFEST,
        "huisstijl.toml": HOUSE_STYLE,
        "sjablonen/vacature.toml": VACANCY,
    }
    for key, value in overrides.items():
        name = key.replace("__", "/").replace("_toml", ".toml")
        if value is None:
            files.pop(name, None)
        else:
            files[name] = value
    return {name: text.encode() for name, text in files.items()}


def write_pack(folder: Path, **overrides: str | None) -> Path:
    for name, content in pack_files(**overrides).items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return folder


def read(**overrides: str | None) -> ReadResult:
    return read_pack(pack_files(**overrides), "gemeente")


def only_error(result: ReadResult) -> str:
    assert result.pack is None
    assert len(result.errors) == 1, result.errors
    return result.errors[0].describe()


def test_valid_pack_reads_templates_and_house_style() -> None:
    result = read()
    assert result.problems == ()
    assert result.pack is not None
    assert result.pack.id == "gemeente"
    assert result.pack.manifest.version == "1.2"
    (template,) = result.pack.templates
    assert template.id == "vacature"
    assert template.qualified_id == "gemeente/vacature"
    assert [f.name for f in template.fields] == ["functie", "datum"]
    assert template.example_text() == (
        "Mijn team zoekt een adviseur voor de buurt!\n\nReageren kan tot 1 juni."
        "\n\n#WerkenBijDeGemeente"
    )
    style = result.pack.house_style
    assert style.words == {"Stadswinkel", "wijkteam"}
    assert style.preferred[0].instead_of == ("burgers", "burger")
    assert style.disabled_rules == {"stijl.uitroepteken"}


def test_missing_field_names_the_line_of_the_table_that_lacks_it() -> None:
    broken = VACANCY.replace('label = "Reageren kan tot"\n', "")
    assert only_error(read(sjablonen__vacature_toml=broken)) == (
        "regel 15 van sjablonen/vacature.toml mist het veld 'label'"
    )


def test_missing_body_gives_the_glossary_message() -> None:
    broken = "\n".join(line for line in VACANCY.splitlines()[:4]) + "\n"
    message = not_loaded_message(read(sjablonen__vacature_toml=broken))
    assert message == (
        "Het sjabloonpakket 'Gemeente' is niet geladen: regel 1 van sjablonen/vacature.toml "
        "mist het veld 'tekst'. De andere pakketten werken gewoon."
    )


def test_bad_toml_names_line_and_column() -> None:
    broken = VACANCY.replace('categorie = "Vacature"', 'categorie = "Vacature')
    assert only_error(read(sjablonen__vacature_toml=broken)).startswith(
        "regel 3 van sjablonen/vacature.toml is geen geldige TOML (teken"
    )


def test_unknown_placeholder_names_its_line() -> None:
    broken = VACANCY.replace("tot {datum}.", "tot {datum} via {link}.")
    assert only_error(read(sjablonen__vacature_toml=broken)) == (
        "regel 8 van sjablonen/vacature.toml gebruikt {link} in 'tekst', maar er is geen "
        "[velden.link]; voeg dat veld toe of haal {link} weg"
    )


@pytest.mark.parametrize(
    "placeholder", ["{functie.__class__}", "{functie[0]}", "{functie!r}", "{functie:>10}"]
)
def test_code_in_a_placeholder_is_an_error_with_its_line(placeholder: str) -> None:
    broken = VACANCY.replace("een {functie}!", f"een {placeholder}!")
    error = only_error(read(sjablonen__vacature_toml=broken))
    assert error.startswith(
        f"regel 6 van sjablonen/vacature.toml heeft een fout in 'tekst': "
        f"Het veld {placeholder} klopt niet"
    )


def test_wrong_type_names_line_and_field() -> None:
    broken = VACANCY.replace('platforms = ["linkedin"]', "platforms = 3")
    assert only_error(read(sjablonen__vacature_toml=broken)) == (
        "regel 2 van sjablonen/vacature.toml heeft bij 'platforms' een getal (3) staan; schrijf "
        'een lijst met tekst, zoals platforms = ["...", "..."]'
    )


def test_version_written_as_a_number_asks_for_quotes() -> None:
    error = only_error(read(sjabloonpakket_toml=MANIFEST.replace('"1.2"', "1.2")))
    assert error.startswith("regel 3 van sjabloonpakket.toml heeft bij 'versie' een getal (1.2)")
    assert "aanhalingstekens" in error


def test_duplicate_template_ids_are_refused() -> None:
    result = read(sjablonen__vacature2_toml='id = "vacature"\n' + VACANCY)
    assert only_error(result) == (
        "regel 1 van sjablonen/vacature2.toml gebruikt het id 'vacature', maar dat heeft "
        "sjablonen/vacature.toml al; geef elk sjabloon een eigen id"
    )


def test_unknown_platform_lists_the_known_ones() -> None:
    broken = VACANCY.replace('["linkedin"]', '["linkedin", "twitter"]')
    error = only_error(read(sjablonen__vacature_toml=broken))
    assert "onbekende platform 'twitter'" in error
    assert "; kies uit x, " in error
    assert ", facebook, " in error


def test_hashtag_with_a_space_is_an_error() -> None:
    broken = HOUSE_STYLE.replace('"#Gemeente"', '"#Gemeente Voorbeeld"')
    error = only_error(read(huisstijl_toml=broken))
    assert error.startswith("regel 2 van huisstijl.toml heeft de hashtag '#Gemeente Voorbeeld'")


def test_house_style_rule_without_reason_names_its_table() -> None:
    broken = HOUSE_STYLE.replace(
        "reden = \"schrijf liever 'ouderen die hulp nodig hebben'.\"\n", ""
    )
    assert only_error(read(huisstijl_toml=broken)) == (
        "regel 10 van huisstijl.toml mist het veld 'reden'"
    )


def test_missing_manifest_is_reported() -> None:
    error = only_error(read(sjabloonpakket_toml=None))
    assert error.startswith("sjabloonpakket.toml ontbreekt")


def test_pack_without_templates_is_reported() -> None:
    assert only_error(read(sjablonen__vacature_toml=None)).startswith("sjablonen bevat geen")


def test_template_longer_than_the_maximum_is_refused() -> None:
    long_body = VACANCY.replace(
        "Reageren kan tot", "Lees dit. " * (MAX_TEMPLATE_CHARS // 10) + "Reageren kan tot"
    )
    assert "het maximum is 10000" in only_error(read(sjablonen__vacature_toml=long_body))


def test_file_that_is_not_utf8_names_its_line() -> None:
    files = pack_files()
    files["sjablonen/vacature.toml"] = VACANCY.replace("adviseur", "adviseur é").encode("latin-1")
    result = read_pack(files, "gemeente")
    assert result.pack is None
    assert result.errors[0].describe() == (
        "regel 13 van sjablonen/vacature.toml is geen UTF-8-tekst; sla het bestand op als UTF-8"
    )


def test_pack_that_needs_a_newer_app_is_not_loaded() -> None:
    error = only_error(read(sjabloonpakket_toml=MANIFEST.replace('"0.1"', '"99.0"')))
    assert error.startswith("regel 4 van sjabloonpakket.toml vraagt Schrijfhulp 99.0 of nieuwer")


def test_unknown_key_is_only_a_warning_and_the_pack_still_loads() -> None:
    result = read(
        sjablonen__vacature_toml=VACANCY.replace("categorie =", "kategorie = 'x'\ncategorie =")
    )
    assert result.pack is not None
    assert [p.warning for p in result.problems] == [True]
    assert "onbekend veld 'kategorie'" in result.problems[0].describe()


def test_field_that_the_body_does_not_use_is_a_warning() -> None:
    extra = VACANCY + '\n[velden.link]\nlabel = "Link"\nvoorbeeld = "voorbeeld.nl"\n'
    result = read(sjablonen__vacature_toml=extra)
    assert result.pack is not None
    assert result.problems[0].warning
    assert result.problems[0].describe().startswith("regel 19 van sjablonen/vacature.toml")


def test_several_errors_are_all_reported() -> None:
    broken = VACANCY.replace('categorie = "Vacature"\n', "").replace('label = "Functie"\n', "")
    result = read(sjablonen__vacature_toml=broken)
    assert {p.field for p in result.errors} >= {None}
    assert len(result.errors) == 2
    assert "(en nog 1 andere problemen" in not_loaded_message(result)


def test_versions_compare_as_numbers() -> None:
    assert version_key("1.10") > version_key("1.9")
    assert version_key("2.0") == version_key("2")


def test_deeply_nested_brackets_are_refused_not_crashed_on() -> None:
    hostile = "x = " + "[" * 100_000 + "]" * 100_000
    assert only_error(read(sjablonen__diep_toml=hostile)) == (
        "sjablonen/diep.toml heeft te veel haakjes in elkaar"
    )


def test_message_uses_the_pack_name_even_when_the_manifest_has_an_error() -> None:
    result = read(sjabloonpakket_toml=MANIFEST.replace('"1.2"', '"versie 1"'))
    assert not_loaded_message(result).startswith(
        "Het sjabloonpakket 'Gemeente' is niet geladen: regel 3 van sjabloonpakket.toml heeft bij "
        "'versie' de waarde 'versie 1'; schrijf een versienummer zoals '1.0' of '2.3.1'"
    )
