"""Settings: built-in defaults < IT-managed file < environment < the user's own choices."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schrijfhulp.core.settings import DEFAULTS, Paths, default_personal_dictionary, load_settings


def paths_in(root: Path) -> Paths:
    return Paths(root / "data", root / "config", root / "managed" / "managed.toml")


def write_managed(paths: Paths, text: str) -> None:
    paths.managed_config.parent.mkdir(parents=True, exist_ok=True)
    paths.managed_config.write_text(text, encoding="utf-8")


def write_user(paths: Paths, values: dict[str, object]) -> None:
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(json.dumps(values), encoding="utf-8")


def test_fresh_install_has_languagetool_off(tmp_path: Path) -> None:
    settings = load_settings(paths_in(tmp_path), environ={})
    assert settings["languagetool_mode"] == "off"
    assert settings.values == DEFAULTS
    assert settings.problems == []


def test_it_file_sets_defaults_and_the_user_may_change_unlocked_ones(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    write_managed(
        paths, '[settings]\nplatform = "x"\nlanguagetool_url = "https://lt.gemeente.nl"\n'
    )
    write_user(paths, {"platform": "instagram"})
    settings = load_settings(paths, environ={})
    assert settings["platform"] == "instagram"
    assert settings["languagetool_url"] == "https://lt.gemeente.nl"


def test_locked_keys_win_over_the_user_file_and_refuse_changes(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    write_managed(
        paths,
        'locked = ["languagetool_mode"]\n[settings]\nlanguagetool_mode = "server"\n',
    )
    write_user(paths, {"languagetool_mode": "public"})
    settings = load_settings(paths, environ={})
    assert settings["languagetool_mode"] == "server"
    assert settings.is_locked("languagetool_mode")
    assert settings.set("languagetool_mode", "off") is False
    assert settings["languagetool_mode"] == "server"


def test_locked_written_inside_the_settings_table_counts_too(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    write_managed(
        paths, '[settings]\npack_locations = ["/srv/sjablonen"]\nlocked = ["pack_locations"]\n'
    )
    settings = load_settings(paths, environ={})
    assert settings.is_locked("pack_locations")
    assert settings["pack_locations"] == ["/srv/sjablonen"]


def test_environment_overrides_the_managed_file(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    write_managed(paths, '[settings]\nlanguagetool_url = "https://oud.example.nl"\n')
    environ = {
        "SCHRIJFHULP_LANGUAGETOOL_URL": "https://lt.example.nl",
        "SCHRIJFHULP_PACKS": r"\\server\sjablonen;https://intranet.example.nl/pakket.zip",
    }
    settings = load_settings(paths, environ=environ)
    assert settings["languagetool_url"] == "https://lt.example.nl"
    assert settings["pack_locations"] == [
        r"\\server\sjablonen",
        "https://intranet.example.nl/pakket.zip",
    ]


def test_broken_managed_file_is_reported_in_dutch_and_defaults_are_used(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    write_managed(paths, "[settings\nplatform = x\n")
    settings = load_settings(paths, environ={})
    assert settings["platform"] == DEFAULTS["platform"]
    assert len(settings.problems) == 1
    assert str(paths.managed_config) in settings.problems[0]
    assert "niet gelezen" in settings.problems[0]


def test_broken_user_file_is_reported_and_not_overwritten_until_saved(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    paths.settings_file.parent.mkdir(parents=True)
    paths.settings_file.write_text("{niet: geldig", encoding="utf-8")
    settings = load_settings(paths, environ={})
    assert "niet gelezen" in settings.problems[0]
    assert paths.settings_file.read_text(encoding="utf-8") == "{niet: geldig"


def test_save_writes_only_the_users_own_choices_atomically(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    write_managed(
        paths, 'locked = ["languagetool_url"]\n[settings]\nlanguagetool_url = "https://lt"\n'
    )
    settings = load_settings(paths, environ={})
    settings.set("platform", "mastodon")
    settings.save()
    saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert saved["platform"] == "mastodon"
    assert "languagetool_url" not in saved
    assert not list(paths.config_dir.glob("*.tmp"))
    assert load_settings(paths, environ={})["platform"] == "mastodon"


def test_readme_example_for_it_loads(tmp_path: Path) -> None:
    import re
    import textwrap

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(.*?)```", readme, re.S)
    assert block, "README has a managed.toml example"
    paths = paths_in(tmp_path)
    write_managed(paths, textwrap.dedent(block.group(1)))
    settings = load_settings(paths, environ={})
    assert settings.problems == []
    assert settings["languagetool_mode"] == "server"
    assert settings.is_locked("languagetool_url")
    assert settings["platform_limits"] == {"mastodon": 1000}


def test_default_personal_dictionary_follows_the_data_folder_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The answer is cached for speed; a new folder must still be seen at once.
    for name in ("een", "twee", "een"):
        monkeypatch.setenv("SCHRIJFHULP_DATA_DIR", str(tmp_path / name))
        assert default_personal_dictionary() == tmp_path / name / "woordenboek.txt"
        assert default_personal_dictionary() == Paths.default().personal_dictionary


def test_default_personal_dictionary_follows_home_without_our_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SCHRIJFHULP_DATA_DIR", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    for name in ("a", "b"):
        monkeypatch.setenv("HOME", str(tmp_path / name))
        assert str(tmp_path / name) in str(default_personal_dictionary())
