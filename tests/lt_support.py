"""Shared set-up for the LanguageTool tests: IT and user settings files, fake installs."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from language_tool_python import download_lt

from schrijfhulp.core.languagetool import local_server as lt_local
from schrijfhulp.core.settings import Paths
from tests.lt_fake_java import build_fake_install, javac_available
from tests.lt_fake_server import FakeLanguageTool, fake_languagetool_zip


def write_managed(toml: str) -> None:
    """The IT-managed file, as IT would place it."""
    path = Paths.default().managed_config
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(toml, encoding="utf-8")


def write_user_settings(values: dict[str, object]) -> None:
    """The user's own settings file, as if copied or edited by hand."""
    path = Paths.default().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(values), encoding="utf-8")


@contextmanager
def fake_release_download(
    monkeypatch: pytest.MonkeyPatch, folder: Path
) -> Iterator[FakeLanguageTool]:
    """LanguageTool's download address pointed at a fake, into the empty ``folder``."""
    archive = fake_languagetool_zip(lt_local.VERSION)
    with FakeLanguageTool() as fake:
        fake.behaviour.download = archive
        monkeypatch.setattr(download_lt, "BASE_URL_NEW_RELEASES", fake.url + "download/")
        monkeypatch.setenv("LTP_PATH", str(folder))
        monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
        suffix = lt_local.VERSION.replace(".", "_")
        monkeypatch.setenv(f"LTP_DOWNLOAD_SHA256_{suffix}", hashlib.sha256(archive).hexdigest())
        yield fake


def install_java_stand_in(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Path:
    """LanguageTool 'installed' in ``folder`` as our Java stand-in; skips without a JDK."""
    if not javac_available():
        pytest.skip("needs a Java 17 JDK")
    folder.mkdir(parents=True, exist_ok=True)
    jar = build_fake_install(folder, lt_local.VERSION)
    monkeypatch.setenv("LTP_PATH", str(folder))
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    return jar
