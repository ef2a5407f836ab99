"""Crash: the real app types in a subprocess and is killed; at most the last 2 s are lost."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time

from pytestqt.qtbot import QtBot

from schrijfhulp.core.drafts import DraftStore
from schrijfhulp.core.settings import Paths
from tests.gui.drafts.drafts_support import close_window, open_window

LOSS_ALLOWED_S = 2.0
TYPING_S = 4.5  # type this long (continuously: no pause ever starts the pause timer)

POST = (
    "Beste collega's, vanaf 1 september werken we met een nieuw rooster voor de balie. "
    "Je vindt het op het intranet onder Personeel. Vragen? Loop gerust even binnen bij "
    "team Roosters op de tweede verdieping of stuur een bericht aan Fatima. "
) * 4

TYPIST = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from schrijfhulp.core.settings import Paths, load_settings
    from schrijfhulp.gui.main_window import MainWindow
    from schrijfhulp.gui.drafts.controller import DraftsController
    paths = Paths.default()
    window = MainWindow(load_settings(paths), paths)
    window.install_features()
    drafts = next(f for f in window.features if isinstance(f, DraftsController))
    window.show()
    text, typed = sys.argv[1], 0

    def type_one():
        global typed
        if not drafts.started or typed >= len(text):
            return
        QTest.keyClicks(window.editor, text[typed])
        typed += 1
        print(typed, time.monotonic(), flush=True)

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(25)
    app.exec()
    """
)


def test_killed_app_loses_at_most_the_last_two_seconds_of_typing() -> None:
    proc = subprocess.Popen([sys.executable, "-c", TYPIST, POST], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    progress: list[tuple[int, float]] = []
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            assert line, "the app stopped before it was killed"
            typed, at = line.split()
            progress.append((int(typed), float(at)))
            if progress[-1][1] - progress[0][1] >= TYPING_S:
                break
        killed_at = time.monotonic()
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert progress[-1][1] - progress[0][1] >= TYPING_S, "the app typed too slowly"

    must_have = max((n for n, at in progress if at <= killed_at - LOSS_ALLOWED_S), default=0)
    store = DraftStore.open(Paths.default().drafts_db)
    assert store.problems == []
    latest = store.latest_id()
    assert latest is not None
    saved = store.get(latest).text
    store.close()
    assert POST.startswith(saved)
    assert len(saved) >= must_have > 50


def _type_and_kill(seconds: float) -> None:
    proc = subprocess.Popen([sys.executable, "-c", TYPIST, POST], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    first = None
    try:
        while True:
            line = proc.stdout.readline()
            assert line, "the app stopped before it was killed"
            at = float(line.split()[1])
            first = first if first is not None else at
            if at - first >= seconds:
                break
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()


def test_after_a_crash_the_app_says_what_happened(qtbot: QtBot) -> None:
    _type_and_kill(2.5)
    window, controller = open_window(qtbot)
    assert controller.current is not None
    saved_at = time.strftime("%H:%M", time.localtime(controller.current.updated))
    message = f"Schrijfhulp is niet goed afgesloten. Je tekst van {saved_at} is teruggezet."
    assert controller.panel.notice.text() == message
    assert window.statusBar().currentMessage() == message
    assert POST.startswith(window.editor.toPlainText()) and window.editor.toPlainText()
    assert not window.editor.textCursor().hasSelection()


def test_after_a_normal_close_nothing_is_said(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    qtbot.keyClicks(window.editor, "Tot morgen bij de koffieautomaat!")
    close_window(qtbot, window)
    again, drafts = open_window(qtbot)
    assert again.editor.toPlainText() == "Tot morgen bij de koffieautomaat!"
    assert "niet goed afgesloten" not in drafts.panel.notice.text()
    assert "niet goed afgesloten" not in again.statusBar().currentMessage()
