"""platforms.toml: every figure has a source and a status; broken files get a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from schrijfhulp.core.platforms import PLATFORMS
from schrijfhulp.core.platforms.specs import FIGURE_NAMES, PlatformDataError, load_platforms
from schrijfhulp.core.platforms.urls import top_level_domains
from schrijfhulp.core.resources import resource_path

GOOD = """
[voorbeeld]
name = "Voorbeeld"
counting = "utf16"
unit = "tekens"
limit = { value = 500, status = "secondary", source = "een gids" }
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "platforms.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("platform_id", list(PLATFORMS))
def test_every_figure_names_its_source(platform_id: str) -> None:
    spec = PLATFORMS[platform_id]
    names = [name for name, _ in spec.figures]
    assert "limit" in names
    for name, figure in spec.figures:
        assert name in FIGURE_NAMES
        assert figure.source.strip()
        assert getattr(spec, name) == figure.value


def test_official_and_secondary_figures_follow_the_research() -> None:
    assert PLATFORMS["x"].is_official("limit")
    assert PLATFORMS["bluesky"].is_official("byte_limit")
    assert PLATFORMS["mastodon"].is_official("limit")
    assert not PLATFORMS["linkedin"].is_official("limit")
    assert not PLATFORMS["linkedin"].is_official("fold")
    assert not PLATFORMS["instagram"].is_official("max_hashtags")
    assert PLATFORMS["threads"].is_official("max_links")


def test_mastodon_limit_is_marked_per_server() -> None:
    assert PLATFORMS["mastodon"].limit_per_server
    assert not PLATFORMS["x"].limit_per_server


def test_a_good_file_loads(tmp_path: Path) -> None:
    [spec] = load_platforms(write(tmp_path, GOOD)).values()
    assert (spec.id, spec.limit, spec.fold, spec.is_official("limit")) == (
        "voorbeeld",
        500,
        None,
        False,
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('counting = "utf16"', 'counting = "woorden"'), "het veld 'counting' moet een van"),
        (('status = "secondary"', 'status = "misschien"'), "'limit.status' moet 'official'"),
        (('source = "een gids"', 'source = ""'), "'limit.source' ontbreekt"),
        (("value = 500", "value = -3"), "'limit.value' moet een positief geheel getal zijn"),
        (("limit = {", "limiet = {"), "onbekend veld 'limiet'"),
        (('unit = "tekens"', 'unit = ""'), "het veld 'unit' moet een tekst zijn"),
    ],
)
def test_broken_file_names_platform_and_field(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    with pytest.raises(PlatformDataError) as raised:
        load_platforms(write(tmp_path, GOOD.replace(*change)))
    assert "platforms.toml, platform 'voorbeeld'" in str(raised.value)
    assert expected in str(raised.value)


def test_missing_limit_is_reported(tmp_path: Path) -> None:
    text = GOOD.replace('limit = { value = 500, status = "secondary", source = "een gids" }', "")
    with pytest.raises(PlatformDataError, match="het veld 'limit' ontbreekt"):
        load_platforms(write(tmp_path, text))


def test_figure_without_table_shows_an_example(tmp_path: Path) -> None:
    text = GOOD + "fold = 210\n"
    with pytest.raises(PlatformDataError, match="value, status en source"):
        load_platforms(write(tmp_path, text))


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(PlatformDataError, match="platforms.toml is geen geldig TOML-bestand"):
        load_platforms(write(tmp_path, "[x\nlimit = "))


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(PlatformDataError, match="kan niet worden gelezen"):
        load_platforms(tmp_path / "bestaat-niet.toml")


def test_tld_list_ships_with_its_licence() -> None:
    folder = resource_path("twitter-text")
    assert "Apache License" in (folder / "LICENSE").read_text(encoding="utf-8")
    assert "Apache" in (folder / "tlds.txt").read_text(encoding="utf-8").splitlines()[3]
    tlds = top_level_domains()
    assert {"nl", "be", "amsterdam", "frl", "com", "みんな"} <= tlds
    assert len(tlds) > 1500
