"""The Leesbaarheid panel: one verdict, its reasons, the hardest sentences and collapsed
details, in Dutch and in English, typed into the real editor."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.readability import Reason, dutch_reason, verdict
from schrijfhulp.gui.main_window import MainWindow
from schrijfhulp.gui.panels import readability_texts
from tests.gui.conftest import type_text, wait_for_analysis

# A stiff letter: the old formula called it "zeer gemakkelijk".
LETTER = (
    "Wij zijn verheugd u mede te delen dat uw aanvraag voor de parkeervergunning in "
    "behandeling is genomen en binnen de wettelijke termijn zal worden afgehandeld. "
    "Wij verzoeken u vriendelijk doch dringend om in het kader van de jaarlijkse evaluatie "
    "het bijgevoegde formulier uiterlijk vrijdag volledig ingevuld te retourneren."
)
JUDGING = ("makkelijk", "gemakkelijk", "easy")


def test_panel_shows_one_verdict_reasons_and_collapsed_details(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_text(qtbot, window, LETTER)
    wait_for_analysis(qtbot, window)
    panel = window.readability_panel
    core = analyse(LETTER).readability
    assert panel.verdict_label.text() == verdict.dutch_level(core.level) + "."
    assert panel.verdict_label.text().startswith(f"Niveau {core.level} van 4: ")
    assert not panel.short_label.isVisible()  # more than 40 words
    reasons = panel.reasons_label.text()
    assert "Wat het meest meeweegt:" in reasons
    for reason in core.verdict.reasons:
        assert f"<li>{dutch_reason(reason)}</li>".replace("'", "'") in reasons.replace("&amp;", "&")
    assert 2 <= reasons.count("<li>") <= 3
    # the older formulas wait, collapsed, under Details
    assert not panel.details.isVisible()
    assert panel.douma_label.text().isdigit()
    panel.details_button.click()
    assert panel.details.isVisible()
    assert panel.details_caption.text().startswith("Oudere formules")
    visible = " ".join(
        label.text() for label in (panel.verdict_label, panel.reasons_label, panel.details_caption)
    ).lower()
    assert not any(word in visible for word in JUDGING)


def test_hardest_sentences_are_listed_hardest_first(qtbot: QtBot, window: MainWindow) -> None:
    type_text(qtbot, window, "Fijn dat je er was! " + LETTER)
    wait_for_analysis(qtbot, window)
    html = window.readability_panel.hard_sentences_label.text()
    hardest = analyse("Fijn dat je er was! " + LETTER).readability.hardest_sentences
    assert len(hardest) == 2
    assert html.count("<li>") == 2
    assert "Fijn dat je er was" not in html
    first_words = LETTER[hardest[0].start - 20 : hardest[0].start - 20 + 12]
    assert html.index(first_words) < html.index("<li>", html.index("<li>") + 1)


def test_short_post_says_the_level_says_less(qtbot: QtBot, window: MainWindow) -> None:
    type_text(qtbot, window, "Vanaf maandag is het stadhuis weer open. Kom gerust langs!")
    wait_for_analysis(qtbot, window)
    panel = window.readability_panel
    assert panel.short_label.isVisible()
    assert panel.short_label.text() == "Bij een korte tekst zegt het niveau minder."


def test_english_panel_translates_the_codes(qtbot: QtBot, english_window: MainWindow) -> None:
    type_text(qtbot, english_window, LETTER)
    wait_for_analysis(qtbot, english_window)
    panel = english_window.readability_panel
    level = analyse(LETTER).readability.level
    assert panel.verdict_label.text().startswith(f"Level {level} of 4: about ")
    assert "What weighs most:" in panel.reasons_label.text()
    assert "woorden" not in panel.reasons_label.text()


def test_every_level_and_reason_code_has_english(english_ui: None) -> None:
    for number in (1, 2, 3, 4):
        assert readability_texts.level(number).startswith(f"Level {number} of 4")
    assert readability_texts.level(0) == ""
    assert readability_texts.short_text() == "For a short text the level says less."
    for code in readability_texts.REASONS:
        english = readability_texts.reason(Reason(code, ("7",)))
        assert english != dutch_reason(Reason(code, ("7",))), code


def test_unknown_code_falls_back_to_the_core_dutch(english_ui: None) -> None:
    odd = Reason("odd_punctuation", ("3",))
    assert readability_texts.reason(odd) == dutch_reason(odd) == "odd_punctuation"
