"""The Leesbaarheid panel in English: band, level, explanation and reasons from the Dutch core."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.readability import douma_band
from schrijfhulp.core.readability.level import LEVEL_TEXTS, Features
from schrijfhulp.core.settings import Paths, load_settings
from schrijfhulp.gui.i18n import install_translators
from schrijfhulp.gui.main_window import MainWindow
from schrijfhulp.gui.panels import readability_texts
from tests.gui.conftest import type_text, wait_for_analysis

# One long sentence with two long compounds, as a municipality posts it.
COUNCIL_MEETING = (
    "De gemeenteraadsvergadering over de nieuwe parkeervergunningenregeling voor bewoners "
    "van de binnenstad wordt volgende week donderdagavond in het stadhuis gehouden en "
    "iedereen die graag wil meepraten over de plannen is van harte welkom."
)
COMPOUNDS = "'gemeenteraadsvergadering', 'parkeervergunningenregeling'"
# Texts that between them give every kind of reason the core words.
REASON_TEXTS = (
    COUNCIL_MEETING,
    "De implementatie van de digitalisering vereist een heroverweging van de "
    "organisatiestructuur en de besluitvorming binnen de afdeling.",
    "Wij verzoeken u onverwijld de voornoemde stukken te retourneren.",
)


@pytest.fixture
def english_ui(qapp: QApplication) -> Iterator[None]:
    """What the app does for --language en; the Dutch locale comes back afterwards."""
    locale = QLocale()
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def english_window(qtbot: QtBot, english_ui: None) -> Iterator[MainWindow]:
    paths = Paths.default()
    win = MainWindow(load_settings(paths), paths)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.install_features()
    yield win
    win.dispatcher.shutdown()


def test_english_panel_shows_band_level_explanation_and_reasons_in_english(
    qtbot: QtBot, english_window: MainWindow
) -> None:
    type_text(qtbot, english_window, COUNCIL_MEETING)
    wait_for_analysis(qtbot, english_window)
    panel = english_window.readability_panel
    assert panel.band_label.text() == "Very difficult"
    assert panel.level_label.text() == "Level 3 — probably hard for some adults (about B2)"
    reasons = panel.reasons_label.text()
    assert "Mainly the long sentences (32 words on average) make the text hard to read." in reasons
    assert "What makes this text harder:" in reasons
    assert "<li>long sentence (32 words)</li>" in reasons
    assert f"<li>long compound word: {COMPOUNDS}</li>" in reasons
    assert "zin" not in reasons.replace(COMPOUNDS, "")


def test_dutch_panel_shows_the_core_texts_unchanged(qtbot: QtBot, window: MainWindow) -> None:
    type_text(qtbot, window, COUNCIL_MEETING)
    wait_for_analysis(qtbot, window)
    panel = window.readability_panel
    core = analyse(COUNCIL_MEETING).readability
    assert panel.band_label.text() == "Zeer moeilijk"
    assert panel.level_label.text() == f"Niveau 3 — {LEVEL_TEXTS[3]}"
    reasons = panel.reasons_label.text()
    assert core.explanation in reasons
    assert "<li>lange zin (32 woorden)</li>" in reasons
    assert f"<li>lang samengesteld woord: {COMPOUNDS}</li>" in reasons


def test_unknown_dutch_texts_fall_back_unchanged(english_ui: None) -> None:
    assert readability_texts.band("onleesbaar") == "onleesbaar"
    assert readability_texts.level_text(2, "anders verwoord niveau") == "anders verwoord niveau"
    assert readability_texts.level_text(5, LEVEL_TEXTS[1]) == LEVEL_TEXTS[1]
    assert readability_texts.reason("te veel bijzinnen (4)") == "te veel bijzinnen (4)"
    assert readability_texts.reason("lange zin") == "lange zin"
    # A known frame around an unknown part stays Dutch as a whole, not half translated.
    odd = "Vooral de vreemde leestekens maken de tekst moeilijk."
    assert readability_texts.explanation(odd) == odd
    assert readability_texts.explanation("") == ""


def test_every_band_and_level_text_of_the_core_has_english(english_ui: None) -> None:
    for score in range(101):
        dutch = douma_band(score)
        assert readability_texts.band(dutch) != dutch, dutch
    for level, dutch in LEVEL_TEXTS.items():
        english = readability_texts.level_text(level, dutch)
        assert english != dutch and english.startswith("probably"), dutch


def test_every_explanation_the_core_words_has_english(english_ui: None) -> None:
    seen = set()
    for zipf, clause, length, abstract in itertools.product(
        (5.6, 4.6, 3.6), (6.0, 12.0, 20.0), (8.0, 18.0, 30.0), (0.0, 0.15, 0.4)
    ):
        dutch = Features(zipf, clause, length, abstract).explanation()
        english = readability_texts.explanation(dutch)
        assert english != dutch, dutch
        assert "woorden" not in english, english
        seen.add(english)
    assert len(seen) > 8  # every frame with several parts, not one line over and over


def test_every_reason_the_core_words_has_english(english_ui: None) -> None:
    reasons = {
        reason
        for text in REASON_TEXTS
        for sentence in analyse(text).readability.sentence_difficulties
        for reason in sentence.reasons
    }
    kinds = {reason.split(" (")[0].split(":")[0] for reason in reasons}
    assert kinds == {
        "lange zin",
        "lang zinsdeel",
        "lang samengesteld woord",
        "weinig gebruikte woorden",
        "veel abstracte woorden",
    }
    for dutch in reasons:
        english = readability_texts.reason(dutch)
        assert english != dutch and "woord" not in english.split(":")[0], dutch
