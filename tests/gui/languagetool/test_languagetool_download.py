"""The consent and download dialog for LanguageTool on this computer."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from schrijfhulp.core.languagetool import local_server as lt_local
from schrijfhulp.gui.languagetool.download import LanguageToolDownloadDialog
from tests.lt_fake_server import FakeLanguageTool
from tests.lt_support import fake_release_download

JAVA_OK = lt_local.JavaCheck(True, "Java 17 gevonden.", 17)
NO_JAVA = lt_local.JavaCheck(False, "Java is niet gevonden op deze computer. " + lt_local.JAVA_HELP)


def make_dialog(qtbot: QtBot, **kwargs: object) -> LanguageToolDownloadDialog:
    kwargs.setdefault("java_check", lambda: JAVA_OK)
    dialog = LanguageToolDownloadDialog(None, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_asks_first_and_says_how_large_the_download_is(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    text = dialog.question.text()
    assert "ongeveer 250 MB" in text
    assert str(lt_local.install_folder()) in text
    assert "blijft je tekst op deze computer" in text
    assert dialog.download_button.isEnabled()
    assert not dialog.progress.isVisibleTo(dialog)


def test_without_java_it_says_how_to_get_it_and_cannot_start(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, java_check=lambda: NO_JAVA)
    assert "Java 17 of nieuwer" in dialog.java_label.text()
    assert not dialog.download_button.isEnabled()


def test_saying_no_downloads_nothing(qtbot: QtBot) -> None:
    calls: list[int] = []
    dialog = make_dialog(qtbot, download=lambda progress, cancelled: calls.append(1))
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert calls == [] and not dialog.consented


@pytest.fixture
def release_server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeLanguageTool]:
    with fake_release_download(monkeypatch, tmp_path / "lt") as fake:
        yield fake


def test_download_shows_progress_and_ends_installed(
    qtbot: QtBot, release_server: FakeLanguageTool
) -> None:
    dialog = make_dialog(qtbot)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    assert dialog.consented
    assert lt_local.is_installed()
    assert dialog.progress.value() == dialog.progress.maximum()


def test_cancel_stops_a_running_download(qtbot: QtBot) -> None:
    def endless(progress: Callable[[int, int | None], None], cancelled: Callable[[], bool]) -> Path:
        done = 0
        while not cancelled():
            done += 1024 * 1024
            progress(done, 250 * 1024 * 1024)
            time.sleep(0.01)
        raise lt_local.DownloadCancelled

    dialog = make_dialog(qtbot, download=endless)
    dialog.start_download()
    qtbot.waitUntil(lambda: "van 250 MB" in dialog.progress_label.text(), timeout=5000)
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_downloading()


def test_failed_download_says_why_and_offers_to_try_again(qtbot: QtBot) -> None:
    def broken(progress: Callable[[int, int | None], None], cancelled: Callable[[], bool]) -> Path:
        raise lt_local.DownloadError("LanguageTool downloaden lukt niet: geen internet.")

    dialog = make_dialog(qtbot, download=broken)
    dialog.start_download()
    qtbot.waitUntil(lambda: dialog.download_button.isEnabled(), timeout=5000)
    assert "geen internet" in dialog.progress_label.text()
    assert dialog.download_button.text() == "Opnieuw proberen"
