"""Templates: safe placeholders, filling, and the default pack's own quality."""

from __future__ import annotations

import pytest

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.findings import Severity
from schrijfhulp.core.packs import DEFAULT_PACK, read_pack_path
from schrijfhulp.core.packs.templates import (
    PlaceholderError,
    Template,
    TemplateField,
    fill,
    placeholder_names,
    with_hashtags,
)
from schrijfhulp.core.platforms import count

VACANCY = "Mijn team zoekt een {functie}! Reageren kan tot {datum} via {link}."


def test_placeholder_names_in_order_of_first_use() -> None:
    body = "Welkom {naam}! {naam} wordt {functie} bij {team}."
    assert placeholder_names(body) == ("naam", "functie", "team")


def test_fill_replaces_every_placeholder() -> None:
    text = fill(VACANCY, {"functie": "adviseur", "datum": "1 juni", "link": "voorbeeld.nl"})
    assert text == "Mijn team zoekt een adviseur! Reageren kan tot 1 juni via voorbeeld.nl."


def test_empty_value_keeps_the_placeholder_visible() -> None:
    assert fill(VACANCY, {"functie": "adviseur"}).endswith("tot {datum} via {link}.")


def test_value_with_braces_is_inserted_literally_not_filled_again() -> None:
    text = fill("Hallo {naam}, je functie is {functie}.", {"naam": "{functie}", "functie": "x"})
    assert text == "Hallo {functie}, je functie is x."


def test_double_braces_give_a_literal_brace() -> None:
    assert fill("Gebruik {{naam}} voor {naam}.", {"naam": "Anna"}) == "Gebruik {naam} voor Anna."


def test_placeholder_names_may_use_dutch_letters() -> None:
    assert placeholder_names("Op {datum_één} om {tijd2}") == ("datum_één", "tijd2")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("Hoi {naam.__class__}", "punt"),
        ("Hoi {naam[0]}", "blokhaken"),
        ("Hoi {naam!r}", "uitroepteken"),
        ("Hoi {naam:>10}", "dubbele punt"),
        ("Hoi {}", "geen naam"),
        ("Hoi {voor naam}", "zonder spaties"),
        ("Hoi {naam", "zonder '}'"),
        ("Hoi naam}", "zonder '{'"),
        ("Hoi {a{b}}", "binnen een veld"),
    ],
)
def test_anything_but_a_plain_name_is_refused(body: str, reason: str) -> None:
    with pytest.raises(PlaceholderError, match=reason):
        placeholder_names(body)


def test_code_in_a_placeholder_is_never_evaluated() -> None:
    class Spy:
        touched = False

        def __getattr__(self, name: str) -> object:
            Spy.touched = True
            return "gelekt"

        def __format__(self, spec: str) -> str:
            Spy.touched = True
            return "gelekt"

    values = {"a": Spy()}
    for body in ("{a.__class__}", "{a[0]}", "{a!r}", "{a:>10}"):
        with pytest.raises(PlaceholderError):
            fill(body, values)  # type: ignore[arg-type]
    assert not Spy.touched


def test_hashtags_go_on_their_own_line_at_the_end() -> None:
    text = with_hashtags("Kom je ook?", ("#OpenDag", "#Bibliotheek"))
    assert text == "Kom je ook?\n\n#OpenDag #Bibliotheek"


def test_hashtag_already_in_the_text_is_not_added_twice() -> None:
    text = with_hashtags("Kom naar onze #OpenDag!", ("#opendag", "#Bibliotheek"))
    assert text == "Kom naar onze #OpenDag!\n\n#Bibliotheek"


def test_longer_hashtag_in_text_does_not_count_as_the_shorter_one() -> None:
    assert with_hashtags("Over #Zorgverzekering", ("#Zorg",)).endswith("\n\n#Zorg")


def test_template_search_matches_words_in_any_order_and_case() -> None:
    template = Template(
        "vacature",
        "Vacature in mijn team",
        ("linkedin",),
        "Vacature",
        VACANCY,
        (TemplateField("functie", "Functie"),),
    )
    assert template.matches("TEAM vacature")
    assert template.matches("reageren")
    assert not template.matches("bedankje")


def test_template_remembers_its_pack_in_the_qualified_id() -> None:
    template = Template(
        "vacature", "Vacature", ("linkedin",), "Vacature", VACANCY, pack_id="gemeente"
    )
    assert template.qualified_id == "gemeente/vacature"


# -- the default pack ---------------------------------------------------------------------------

DEFAULT = read_pack_path(DEFAULT_PACK)


def test_default_pack_loads_without_any_problem() -> None:
    assert DEFAULT.problems == ()
    assert DEFAULT.pack is not None
    assert len(DEFAULT.pack.templates) >= 15


def test_default_pack_covers_the_asked_platforms_and_kinds() -> None:
    assert DEFAULT.pack is not None
    by_platform = {
        p: {t.id for t in DEFAULT.pack.templates if p in t.platforms}
        for p in ("x", "linkedin", "facebook")
    }
    x_kinds = {"x-nieuw-idee", "x-nieuw-project", "x-mijlpaal", "x-thema", "x-evenementverslag"}
    assert x_kinds <= by_platform["x"]
    assert {
        "linkedin-deelnemers-gezocht",
        "linkedin-meedenken",
        "linkedin-vacature",
        "linkedin-uitnodiging-evenement",
        "linkedin-resultaat-delen",
    } <= by_platform["linkedin"]
    assert {
        "facebook-buurt",
        "facebook-bedankje",
        "facebook-uitnodiging",
        "facebook-achter-de-schermen",
    } <= by_platform["facebook"]


def _examples() -> list[tuple[str, str, str]]:
    assert DEFAULT.pack is not None
    return [
        (t.id, platform, t.example_text())
        for t in DEFAULT.pack.templates
        for platform in t.platforms
    ]


@pytest.mark.parametrize(("template_id", "platform", "text"), _examples())
def test_every_default_example_passes_our_own_checks(
    template_id: str, platform: str, text: str
) -> None:
    assert DEFAULT.pack is not None
    style = DEFAULT.pack.house_style
    analysis = analyse(text, platform, house_style=style, extra_words=style.words)
    errors = [
        (f.rule_id, text[f.start : f.end], f.message)
        for f in analysis.findings
        if f.severity is Severity.ERROR
    ]
    assert errors == [], template_id
    assert not count(text, platform).over, f"{template_id} is te lang voor {platform}"
    assert all(e.state != "error" for e in analysis.engines), analysis.engines


def test_default_examples_fill_every_placeholder_and_speak_to_je() -> None:
    assert DEFAULT.pack is not None
    for template in DEFAULT.pack.templates:
        text = template.example_text()
        assert "{" not in text, template.id
        assert " u " not in f" {text.lower()} ", template.id  # informal 'je' (GLOSSARY)
        assert all(f.label and f.example for f in template.fields), template.id
