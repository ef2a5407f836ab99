"""Settings files with values of the wrong type or out of range: ignored with a Dutch message
naming the file, the key and what was expected; the default is used and checking goes on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.settings import DEFAULTS, Paths, load_settings


def paths_in(root: Path) -> Paths:
    return Paths(root / "data", root / "config", root / "managed.toml")


def write_user(paths: Paths, text: str) -> None:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("disabled_rules", 5, "een lijst met regelnamen"),
        ("disabled_rules", [1, 2], "een lijst met regelnamen"),
        ("platform_limits", "x=280", "geheel getal van 1"),
        ("platform_limits", {"x": 0}, "geheel getal van 1"),
        ("platform_limits", {"x": -5}, "geheel getal van 1"),
        ("platform_limits", {"x": 280.5}, "geheel getal van 1"),
        ("platform_limits", {"x": True}, "geheel getal van 1"),
        ("languagetool_mode", 5, "tekst"),
        ("bluesky_shorten_links", "ja", "true of false"),
        ("pack_locations", "https://intranet.example.nl", "een lijst met teksten"),
        ("last_draft_id", "drie", "een conceptnummer"),
    ],
)
def test_wrong_value_in_the_user_file_is_ignored_with_a_dutch_message(
    tmp_path: Path, key: str, value: object, expected: str
) -> None:
    paths = paths_in(tmp_path)
    write_user(paths, json.dumps({key: value, "platform": "x"}))
    settings = load_settings(paths, environ={})
    assert settings[key] == DEFAULTS[key]
    assert settings["platform"] == "x"  # the good values of the file still count
    [problem] = settings.problems
    assert str(paths.settings_file) in problem
    assert f"'{key}'" in problem and expected in problem
    assert "standaardwaarde" in problem
    # Checking still works with what was kept.
    analysis = analyse(
        "Dat is dinsdg.",
        settings["platform"],
        disabled_rules=settings["disabled_rules"],
        platform_limits=settings["platform_limits"],
    )
    assert analysis.findings


def test_user_file_nested_a_hundred_thousand_deep_is_reported_not_raised(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    write_user(paths, '{"disabled_rules": ' + "[" * 100_000 + "]" * 100_000 + "}")
    settings = load_settings(paths, environ={})
    assert settings["disabled_rules"] == []
    assert settings.problems and "te diep genest" in settings.problems[0]


def test_user_file_that_is_no_json_names_line_and_column_in_dutch(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    write_user(paths, '{"platform": "x",\n oeps}')
    [problem] = load_settings(paths, environ={}).problems
    assert "geen geldige JSON (regel 2" in problem


@pytest.mark.parametrize(
    ("managed", "key"),
    [
        ("locked = 5\n", "locked"),
        ('settings = "abc"\n', "settings"),
        ("[settings]\nlocked = 5\n", "settings.locked"),
        ("[settings]\nplatform_limits = { mastodon = 0 }\n", "platform_limits"),
    ],
)
def test_wrong_shapes_in_the_managed_file_are_ignored_with_a_dutch_message(
    tmp_path: Path, managed: str, key: str
) -> None:
    paths = paths_in(tmp_path)
    paths.managed_config.write_text(managed, encoding="utf-8")
    settings = load_settings(paths, environ={})
    assert settings.values == DEFAULTS
    [problem] = settings.problems
    assert f"'{key}'" in problem and str(paths.managed_config) in problem


def test_overlong_address_from_the_environment_is_ignored(tmp_path: Path) -> None:
    settings = load_settings(paths_in(tmp_path), {"SCHRIJFHULP_LANGUAGETOOL_URL": "x" * 5_000})
    assert settings["languagetool_url"] == ""
    assert "omgevingsvariabelen" in settings.problems[0]


def test_cli_prints_the_settings_message_on_stderr(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    write_user(paths, json.dumps({"disabled_rules": 5}))
    env = dict(os.environ, SCHRIJFHULP_CONFIG_DIR=str(paths.config_dir))
    env["SCHRIJFHULP_DATA_DIR"] = str(paths.data_dir)
    env["SCHRIJFHULP_MANAGED_CONFIG"] = str(paths.managed_config)
    result = subprocess.run(
        [sys.executable, "-m", "schrijfhulp", "check", "-"],
        input=b"Tot dinsdg.",
        capture_output=True,
        env=env,
        timeout=120,
    )
    stderr = result.stderr.decode("utf-8")
    assert "'disabled_rules'" in stderr and "genegeerd" in stderr
    assert "Traceback" not in stderr
    assert result.returncode == 0
