"""The user's settings file holds only what the user chose, so later changes by IT reach them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schrijfhulp.core.languagetool.modes import decide_mode
from schrijfhulp.core.settings import DEFAULTS, Paths, load_settings
from tests.core.test_settings import paths_in, write_managed, write_user

OLD_SHARE = r"\\fileserver\communicatie\sjablonen"
NEW_SHARE = "https://intranet.gemeente-voorbeeld.nl/sjablonen/gemeente.zip"


def saved(paths: Paths) -> dict[str, object]:
    return json.loads(paths.settings_file.read_text(encoding="utf-8"))


def managed_toml(key: str, value: object) -> str:
    return f"[settings]\n{key} = {json.dumps(value)}\n"


@pytest.mark.parametrize(
    ("key", "before", "after"),
    [
        ("pack_locations", [OLD_SHARE], [NEW_SHARE]),
        ("languagetool_url", "https://lt-oud.gemeente.nl", "https://lt.gemeente.nl"),
        ("languagetool_mode", "local", "server"),
    ],
)
def test_a_value_it_changes_later_reaches_a_user_who_saved_other_settings(
    tmp_path: Path, key: str, before: object, after: object
) -> None:
    paths = paths_in(tmp_path)
    write_managed(paths, managed_toml(key, before))
    settings = load_settings(paths, environ={})
    settings.set("platform", "mastodon")
    settings.set("disabled_rules", ["stijl.ambtelijk"])
    settings.set(key, before)  # Instellingen passes every field through, changed or not
    settings.save()
    assert saved(paths) == {"platform": "mastodon", "disabled_rules": ["stijl.ambtelijk"]}

    write_managed(paths, managed_toml(key, after))
    reloaded = load_settings(paths, environ={})
    assert reloaded[key] == after
    assert reloaded["platform"] == "mastodon"
    assert reloaded["disabled_rules"] == ["stijl.ambtelijk"]


def test_a_place_the_user_chose_instead_of_its_own_stays_when_it_changes(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    write_managed(paths, managed_toml("pack_locations", [OLD_SHARE]))
    settings = load_settings(paths, environ={})
    settings.set("pack_locations", [OLD_SHARE, r"C:\Users\sanne\Sjablonen"])
    settings.save()
    write_managed(paths, managed_toml("pack_locations", [NEW_SHARE]))
    assert load_settings(paths, environ={})["pack_locations"] == [
        OLD_SHARE,
        r"C:\Users\sanne\Sjablonen",
    ]


def test_choosing_the_organisations_value_again_follows_it_from_then_on(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    write_managed(paths, managed_toml("languagetool_variant", "nl-BE"))
    write_user(paths, {"languagetool_variant": "nl-NL"})
    settings = load_settings(paths, environ={})
    assert settings["languagetool_variant"] == "nl-NL"
    settings.set("languagetool_variant", "nl-BE")
    settings.save()
    assert "languagetool_variant" not in saved(paths)
    write_managed(paths, managed_toml("languagetool_variant", "nl-NL"))
    assert load_settings(paths, environ={})["languagetool_variant"] == "nl-NL"


def test_an_old_file_with_every_setting_loads_as_before_and_drops_the_copies_at_saving(
    tmp_path: Path,
) -> None:
    paths = paths_in(tmp_path)
    write_managed(
        paths,
        '[settings]\nlanguagetool_mode = "server"\n'
        'languagetool_url = "https://lt.gemeente.nl"\n'
        f"pack_locations = {json.dumps([OLD_SHARE])}\n",
    )
    # What save() wrote before: every setting, the organisation's values included.
    old_file = {
        **DEFAULTS,
        "languagetool_mode": "server",
        "languagetool_url": "https://lt.gemeente.nl",
        "pack_locations": [OLD_SHARE],
        "platform": "instagram",
        "last_draft_id": 12,
    }
    write_user(paths, old_file)
    settings = load_settings(paths, environ={})
    assert settings.problems == []
    assert {key: settings[key] for key in old_file} == old_file
    assert decide_mode(settings).by_organisation
    settings.save()
    assert saved(paths) == {"platform": "instagram", "last_draft_id": 12}

    write_managed(paths, managed_toml("pack_locations", [NEW_SHARE]))
    assert load_settings(paths, environ={})["pack_locations"] == [NEW_SHARE]


def test_values_from_the_environment_are_not_copied_into_the_users_file(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    environ = {"SCHRIJFHULP_PACKS": OLD_SHARE, "SCHRIJFHULP_LANGUAGETOOL_MODE": "local"}
    settings = load_settings(paths, environ=environ)
    settings.set("platform", "bluesky")
    settings.save()
    assert saved(paths) == {"platform": "bluesky"}
    assert load_settings(paths, environ={})["pack_locations"] == []


def test_a_confirmed_server_is_kept_with_its_confirmation(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    settings = load_settings(paths, environ={})
    settings.set("languagetool_mode", "server")
    settings.set("languagetool_url", "https://lt.gemeente.nl")
    settings.set("languagetool_server_consent", "https://lt.gemeente.nl/")
    settings.save()
    reloaded = load_settings(paths, environ={})
    assert decide_mode(reloaded).mode == "server"
    assert not decide_mode(reloaded).by_organisation


def test_one_string_where_it_means_a_list_of_places_is_a_list(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    write_managed(paths, managed_toml("pack_locations", NEW_SHARE))
    settings = load_settings(paths, environ={})
    assert settings["pack_locations"] == [NEW_SHARE]
    settings.set("pack_locations", [NEW_SHARE])  # as Instellingen gives it back
    settings.save()
    assert "pack_locations" not in saved(paths)
