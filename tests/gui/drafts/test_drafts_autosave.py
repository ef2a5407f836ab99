"""Autosave timing: after a pause, and during typing that never pauses."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from schrijfhulp.gui.drafts.autosave import MAX_DELAY_MS, PAUSE_MS, AutosaveTimer


def test_saves_once_after_typing_pauses(qtbot: QtBot) -> None:
    saves: list[float] = []
    timer = AutosaveTimer(lambda: (saves.append(time.monotonic()), timer.saving()))
    for _ in range(5):
        timer.changed()
        qtbot.wait(50)
    stopped = time.monotonic()
    qtbot.wait(MAX_DELAY_MS + 300)
    assert len(saves) == 1
    assert saves[0] - stopped < 2.0


def test_keeps_saving_while_typing_never_pauses(qtbot: QtBot) -> None:
    saves: list[float] = []
    timer = AutosaveTimer(lambda: (saves.append(time.monotonic()), timer.saving()))
    start = time.monotonic()
    while time.monotonic() - start < 4.0:  # a keystroke every 80 ms for four seconds
        timer.changed()
        qtbot.wait(80)
    assert len(saves) >= 2
    gaps = [b - a for a, b in zip([start, *saves], saves, strict=False)]
    assert max(gaps) < 2.0  # never more than 2 s of typing unsaved


def test_after_a_failure_only_the_retry_timer_saves(qtbot: QtBot) -> None:
    saves: list[float] = []
    timer = AutosaveTimer(lambda: saves.append(time.monotonic()))
    timer.retry.setInterval(PAUSE_MS // 2)
    assert timer.failed() is True
    assert timer.failed() is False  # the user is told once per run of failures
    for _ in range(10):
        timer.changed()  # typing goes on; no save per keystroke
        qtbot.wait(20)
    qtbot.wait(PAUSE_MS // 2)
    assert len(saves) == 1  # the retry
    assert timer.succeeded() is True
    assert not timer.failing
