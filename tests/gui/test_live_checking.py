"""Analysis runs off the GUI thread: slow checks merge in, stale results never show."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from schrijfhulp.core.analysis import Analysis, EngineStatus
from schrijfhulp.core.findings import Finding, Kind, Severity, Source
from schrijfhulp.gui.editor.highlighter import underlines
from schrijfhulp.gui.main_window import MainWindow
from schrijfhulp.gui.workers import LIVE_LIMIT
from tests.gui.conftest import analysed, type_text, wait_for_analysis


class FakeLanguageTool:
    """Flags 'hun hebben' as a taalfout, like LanguageTool's rule for Dutch does."""

    def __init__(self, delay: float = 0.0, release: threading.Event | None = None) -> None:
        self.delay = delay
        self.release = release
        self.texts: list[str] = []

    def check(self, text: str, platform: str) -> tuple[list[Finding], EngineStatus]:
        self.texts.append(text)
        if self.release is not None:
            self.release.wait(5)
        time.sleep(self.delay)
        start = text.find("hun hebben")
        findings = []
        if start >= 0:
            findings.append(
                Finding(
                    start,
                    start + 10,
                    Kind.GRAMMAR,
                    Severity.ERROR,
                    "HUN_HEBBEN",
                    "Gebruik 'zij' als onderwerp.",
                    ("zij hebben",),
                    "",
                    Source.LANGUAGETOOL,
                )
            )
        return findings, EngineStatus("languagetool", "ok")


def _from_languagetool(analysis: Analysis) -> bool:
    return any(f.source is Source.LANGUAGETOOL for f in analysis.findings)


def test_languagetool_findings_merge_after_the_offline_ones(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.checkers = []  # only LanguageTool flags 'hun hebben' here (no offline twin to merge)
    window.slow_checker = FakeLanguageTool(delay=0.2)
    shown = []
    window.analysis_ready.connect(shown.append)
    type_text(qtbot, window, "Collega's zeggen dat hun hebben meegedaan.")
    qtbot.waitUntil(lambda: any(_from_languagetool(a) for a in shown), timeout=10_000)
    wait_for_analysis(qtbot, window)
    first, last = shown[-2], shown[-1]
    assert not _from_languagetool(first) and _from_languagetool(last)
    assert any(e.name == "languagetool" for e in last.engines)
    assert [u.kind for u in underlines(window.editor.document()) if u.rule_id == "HUN_HEBBEN"] == [
        Kind.GRAMMAR
    ]


def test_results_for_older_text_are_dropped(qtbot: QtBot, window: MainWindow) -> None:
    release = threading.Event()
    window.slow_checker = FakeLanguageTool(release=release)
    shown = []
    window.analysis_ready.connect(shown.append)
    window.load_text("Wat vinden hun hebben van het plan?")
    qtbot.waitUntil(lambda: len(window.slow_checker.texts) == 1, timeout=10_000)  # type: ignore[union-attr]
    type_text(qtbot, window, " Laat het ons weten.")
    release.set()
    wait_for_analysis(qtbot, window)
    final = window.editor.toPlainText()
    assert all(a.text == final for a in shown[1:])
    assert window.current_analysis.text == final  # type: ignore[union-attr]


def test_one_job_at_a_time_while_typing(qtbot: QtBot, window: MainWindow) -> None:
    checker = FakeLanguageTool(delay=0.3)
    window.slow_checker = checker
    type_text(qtbot, window, "Ons team ")
    qtbot.wait(200)
    type_text(qtbot, window, "zoekt een collega voor de servicebalie.")
    wait_for_analysis(qtbot, window)
    # Every check ran on text the user had typed at that time, one after the other.
    assert checker.texts[-1] == window.editor.toPlainText()
    assert len(checker.texts) <= 3


def test_pasting_a_megabyte_keeps_the_window_responsive(qtbot: QtBot, window: MainWindow) -> None:
    paragraph = "Dit is een lange tekst over het nieuwe parkeerbeleid in de binnenstad. " * 14
    huge = (paragraph + "\n\n") * (1_000_000 // len(paragraph))
    started = time.perf_counter()
    window.load_text(huge)
    qtbot.waitUntil(
        lambda: "Te lang om live te controleren" in window.meter.count_label.text(), timeout=5000
    )
    assert time.perf_counter() - started < 3.0
    assert len(huge) > LIVE_LIMIT
    assert window.current_analysis is None
    # Typing still works and the window still reacts.
    ticks = []
    qtbot.waitUntil(lambda: ticks.append(1) or len(ticks) > 3, timeout=2000)
    window.load_text("Kort bericht.")
    wait_for_analysis(qtbot, window)
    assert analysed(window)


def test_counter_and_panels_follow_fast_typing_without_a_pause(
    qtbot: QtBot, window: MainWindow
) -> None:
    """40 ms a key for 3 s, never pausing: feedback comes at least every 300 ms or so."""
    wait_for_analysis(qtbot, window)
    window.editor.setFocus()
    text = "Vanaf maandag staat je fiets droog in de nieuwe stalling achter het stadskantoor. " * 2
    counts: list[str] = []
    started = time.monotonic()
    for char in text:
        qtbot.keyClicks(window.editor, char)
        qtbot.wait(40)
        counts.append(window.meter.count_label.text())
        if time.monotonic() - started > 3.0:
            break
    assert len(counts) >= 40
    shown = [c for c in dict.fromkeys(counts) if not c.startswith("0 ")]
    assert len(shown) >= 5, counts  # the counter moved several times while typing went on
    assert "Nog geen tekst" not in window.readability_panel.band_label.text()
