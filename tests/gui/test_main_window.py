"""The main window as a user sees it: type a post, read the score, the meter and the findings."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from schrijfhulp.core.findings import Kind
from schrijfhulp.gui.editor.highlighter import Layer, Underline, backgrounds, underlines
from schrijfhulp.gui.main_window import MainWindow
from tests.gui.conftest import (
    CALL_FOR_PARTICIPANTS,
    PhraseChecker,
    type_text,
    wait_for_analysis,
    wait_for_copy_check,
)


def checker_underlines(window: MainWindow) -> list[Underline]:
    """The underlines of the test checker (the real readability checks add their own)."""
    return [u for u in underlines(window.editor.document()) if u.rule_id.startswith("test.")]


SHORT_POST = "Vanaf maandag is het stadhuis weer open op zaterdag. Kom gerust langs!"


def test_typing_a_post_shows_verdict_and_statistics(qtbot: QtBot, window: MainWindow) -> None:
    type_text(qtbot, window, SHORT_POST)
    wait_for_analysis(qtbot, window)
    panel = window.readability_panel
    assert panel.verdict_label.text().startswith("Niveau ")
    assert " van 4: " in panel.verdict_label.text()
    assert panel.sentences_label.text() == "2"
    assert panel.words_label.text() == "12"


def test_linkedin_meter_counts_characters_of_maximum(qtbot: QtBot, window: MainWindow) -> None:
    window.set_platform("linkedin")
    type_text(qtbot, window, SHORT_POST)
    wait_for_analysis(qtbot, window)
    assert window.meter.count_label.text() == f"{len(SHORT_POST)} van ongeveer 3.000 tekens"
    assert window.meter.state == "ok"


def test_x_post_past_280_turns_meter_red_and_marks_the_overflow(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.set_platform("x")
    sentence = "We openen zaterdag de nieuwe bibliotheek aan het Marktplein. "
    type_text(qtbot, window, sentence * 5)  # 305 characters
    wait_for_analysis(qtbot, window)
    count = window.current_analysis.platform_count  # type: ignore[union-attr]
    assert count.over
    assert window.meter.state == "over"
    assert "te veel" in window.meter.count_label.text()
    overflow = backgrounds(window.editor.document(), Layer.OVERFLOW)
    assert overflow and overflow[0][0] == count.overflow_start
    assert overflow[-1][1] == len(window.editor.toPlainText())


def test_bluesky_meter_turns_orange_near_the_maximum(qtbot: QtBot, window: MainWindow) -> None:
    window.set_platform("bluesky")
    type_text(qtbot, window, "Kom naar de open dag van het stadhuis. " * 7)  # 273 of 300
    wait_for_analysis(qtbot, window)
    assert window.meter.state == "near"


def test_underlines_follow_the_kind_of_each_finding(qtbot: QtBot, window: MainWindow) -> None:
    window.checkers = [
        PhraseChecker(
            {
                "deelnemrs": (Kind.SPELLING, ("deelnemers",)),
                "hun hebben": (Kind.GRAMMAR, ("zij hebben",)),
                "in het kader van": (Kind.STYLE, ("voor",)),
            }
        )
    ]
    type_text(
        qtbot,
        window,
        "Wij zoeken deelnemrs. Collega's zeggen dat hun hebben meegedaan "
        "in het kader van het onderzoek. ",
    )
    wait_for_analysis(qtbot, window)
    kinds = [u.kind for u in checker_underlines(window)]
    assert kinds == [Kind.SPELLING, Kind.GRAMMAR, Kind.STYLE]
    text = window.editor.toPlainText()
    first = checker_underlines(window)[0]
    assert text[first.start : first.end] == "deelnemrs"
    titles = window.findings_panel.group_titles()
    assert titles[:3] == ["Spelfouten (1)", "Taalfouten (1)", "Schrijftips (1)"]


def test_spelling_is_a_red_wave_and_grammar_a_blue_wave(qtbot: QtBot, window: MainWindow) -> None:
    window.checkers = [
        PhraseChecker({"deelnemrs": (Kind.SPELLING, ()), "hun hebben": (Kind.GRAMMAR, ())})
    ]
    type_text(qtbot, window, "Wij zoeken deelnemrs want hun hebben tijd. ")
    wait_for_analysis(qtbot, window)
    block = window.editor.document().begin()
    formats = {
        block.text()[fr.start : fr.start + fr.length]: QTextCharFormat(fr.format)
        for fr in block.layout().formats()
    }
    wave = QTextCharFormat.UnderlineStyle.WaveUnderline
    assert formats["deelnemrs"].underlineStyle() == wave
    assert formats["hun hebben"].underlineStyle() == wave
    red, blue = formats["deelnemrs"].underlineColor(), formats["hun hebben"].underlineColor()
    assert red.red() > red.blue() and blue.blue() > blue.red()


def test_the_word_being_typed_is_not_underlined(qtbot: QtBot, window: MainWindow) -> None:
    window.checkers = [PhraseChecker({"deelnemrs": (Kind.SPELLING, ("deelnemers",))})]
    type_text(qtbot, window, "Wij zoeken deelnemrs")
    wait_for_analysis(qtbot, window)
    assert window.current_analysis.findings  # type: ignore[union-attr]
    assert checker_underlines(window) == []
    qtbot.keyClicks(window.editor, " voor ons onderzoek.")
    wait_for_analysis(qtbot, window)
    assert [u.kind for u in checker_underlines(window)] == [Kind.SPELLING]


def test_hardest_sentence_is_shaded(qtbot: QtBot, window: MainWindow) -> None:
    long_sentence = (
        "Het gesprek vindt plaats op een moment dat jou uitkomt, in het kader van de "
        "implementatie van het nieuwe hybride werkbeleid dat door de afdeling HR in "
        "samenwerking met de ondernemingsraad en de directie wordt opgesteld."
    )
    type_text(qtbot, window, "Doe je mee? " + long_sentence)
    wait_for_analysis(qtbot, window)
    shaded = backgrounds(window.editor.document(), Layer.HARD_SENTENCE) + backgrounds(
        window.editor.document(), Layer.VERY_HARD_SENTENCE
    )
    text = window.editor.toPlainText()
    assert any(text[start:end].startswith("Het gesprek") for start, end in shaded)
    assert not any("Doe je mee" in text[start:end] for start, end in shaded)


def test_clicking_a_finding_selects_its_words(qtbot: QtBot, window: MainWindow) -> None:
    window.checkers = [PhraseChecker({"in het kader van": (Kind.STYLE, ("voor",))})]
    type_text(qtbot, window, "Wij doen dit in het kader van de zorg voor elkaar.")
    wait_for_analysis(qtbot, window)
    item = window.findings_panel.finding_items()[0]
    rect = window.findings_panel.tree.visualItemRect(item)
    qtbot.mouseClick(
        window.findings_panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert window.editor.textCursor().selectedText() == "in het kader van"


def test_first_suggestion_shortcut_replaces_the_words(qtbot: QtBot, window: MainWindow) -> None:
    window.checkers = [PhraseChecker({"in het kader van": (Kind.STYLE, ("voor", "bij"))})]
    type_text(qtbot, window, "Wij doen dit in het kader van de zorg.")
    wait_for_analysis(qtbot, window)
    qtbot.keyClick(window.editor, Qt.Key.Key_F8)
    assert window.editor.textCursor().selectedText() == "in het kader van"
    qtbot.keyClick(window.editor, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.toPlainText() == "Wij doen dit voor de zorg."
    wait_for_analysis(qtbot, window)
    assert checker_underlines(window) == []


def test_context_menu_offers_suggestions_and_applies_one(qtbot: QtBot, window: MainWindow) -> None:
    window.checkers = [PhraseChecker({"deelnemrs": (Kind.SPELLING, ("deelnemers", "deelnemer"))})]
    type_text(qtbot, window, "Wij zoeken deelnemrs voor ons onderzoek.")
    wait_for_analysis(qtbot, window)
    span = window.editor.highlighter.finding_at(window.editor.toPlainText().index("deelnemrs"))
    menu = window.editor.build_context_menu(span)
    texts = [a.text() for a in menu.actions()]
    assert "deelnemers" in texts and "Negeren" in texts
    assert "Toevoegen aan woordenboek" in texts
    next(a for a in menu.actions() if a.text() == "deelnemers").trigger()
    assert window.editor.toPlainText() == "Wij zoeken deelnemers voor ons onderzoek."
    window.editor.undo()
    assert window.editor.toPlainText() == "Wij zoeken deelnemrs voor ons onderzoek."


def test_ignore_hides_the_finding(qtbot: QtBot, window: MainWindow) -> None:
    window.checkers = [PhraseChecker({"in het kader van": (Kind.STYLE, ("voor",))})]
    type_text(qtbot, window, "Wij doen dit in het kader van de zorg.")
    wait_for_analysis(qtbot, window)
    span = window.editor.highlighter.finding_spans[0]
    menu = window.editor.build_context_menu(span)
    next(a for a in menu.actions() if a.text() == "Negeren").trigger()
    assert checker_underlines(window) == []
    assert window.findings_panel.finding_items() == []


def test_always_ignore_switches_the_rule_off_in_settings(qtbot: QtBot, window: MainWindow) -> None:
    window.checkers = [PhraseChecker({"in het kader van": (Kind.STYLE, ("voor",))})]
    type_text(qtbot, window, "Wij doen dit in het kader van de zorg.")
    wait_for_analysis(qtbot, window)
    menu = window.editor.build_context_menu(window.editor.highlighter.finding_spans[0])
    next(a for a in menu.actions() if a.text() == "Altijd negeren").trigger()
    wait_for_analysis(qtbot, window)
    assert "test.style" in window.settings.get("disabled_rules")
    assert window.settings.paths.settings_file.is_file()
    assert checker_underlines(window) == []


def test_add_to_dictionary_writes_the_personal_word_list(qtbot: QtBot, window: MainWindow) -> None:
    window.checkers = [PhraseChecker({"Zuidas": (Kind.SPELLING, ())})]
    type_text(qtbot, window, "Ons kantoor aan de Zuidas is open.")
    wait_for_analysis(qtbot, window)
    menu = window.editor.build_context_menu(window.editor.highlighter.finding_spans[0])
    next(a for a in menu.actions() if a.text() == "Toevoegen aan woordenboek").trigger()
    assert "Zuidas" in window.paths.personal_dictionary.read_text(encoding="utf-8")


def test_copy_for_platform_follows_the_platform(qtbot: QtBot, window: MainWindow) -> None:
    type_text(qtbot, window, CALL_FOR_PARTICIPANTS)
    window.set_platform("instagram")
    assert window.copy_button.text() == "Kopieer voor Instagram"
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    wait_for_copy_check(qtbot, window)
    assert QGuiApplication.clipboard().text() == CALL_FOR_PARTICIPANTS


def test_preview_cuts_linkedin_post_at_the_fold(qtbot: QtBot, window: MainWindow) -> None:
    window.set_platform("linkedin")
    type_text(qtbot, window, CALL_FOR_PARTICIPANTS)
    wait_for_analysis(qtbot, window)
    preview = window.preview
    assert preview.platform_label.text() == "LinkedIn"
    assert "meer weergeven" in preview.body_label.toPlainText()
    assert len(preview.visible_text) <= 215
    assert CALL_FOR_PARTICIPANTS.startswith(preview.visible_text)
    assert window.editor.fold_position() is not None
    assert "ingekort na ongeveer" in window.meter.fold_label.text()


def test_load_text_is_one_undo_step_and_sets_template(qtbot: QtBot, window: MainWindow) -> None:
    type_text(qtbot, window, "Eerste versie.")
    with qtbot.waitSignal(window.template_changed) as signal:
        window.load_text(CALL_FOR_PARTICIPANTS, platform="x", template_id="oproep-deelnemers")
    assert signal.args == ["oproep-deelnemers"]
    assert window.current_platform() == "x"
    assert window.template_id == "oproep-deelnemers"
    window.editor.undo()
    assert window.editor.toPlainText() == "Eerste versie."


def test_analysis_ready_is_emitted_with_the_shown_analysis(
    qtbot: QtBot, window: MainWindow
) -> None:
    with qtbot.waitSignal(window.analysis_ready, timeout=15_000) as signal:
        window.load_text(SHORT_POST)
    qtbot.waitUntil(
        lambda: (
            window.current_analysis is signal.args[0] or window.current_analysis.text == SHORT_POST
        )
    )  # type: ignore[union-attr]
    assert window.current_analysis.text == SHORT_POST  # type: ignore[union-attr]


def test_menus_exist_once_in_order(window: MainWindow) -> None:
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[:5] == ["Bestand", "Bewerken", "Beeld", "Extra", "Help"]
    assert window.menu("Extra") is window.menu("Extra")


def test_status_bar_shows_checker_and_save_state(window: MainWindow) -> None:
    window.set_save_state("Opgeslagen om 10:42")
    assert window.save_state_label.text() == "Opgeslagen om 10:42"
    assert "offline" in window.checker_state_label.text()


def test_close_emits_about_to_close(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.about_to_close, timeout=1000):
        window.close()


def test_typing_onto_a_marked_word_removes_its_old_underline(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.checkers = [PhraseChecker({"deelnemr": (Kind.SPELLING, ())})]
    type_text(qtbot, window, "Wij zoeken deelnemr")
    qtbot.keyClick(window.editor, Qt.Key.Key_Home)  # the cursor leaves the word: underline shows
    wait_for_analysis(qtbot, window)
    assert [u.kind for u in checker_underlines(window)] == [Kind.SPELLING]
    qtbot.keyClick(window.editor, Qt.Key.Key_End)
    window.checkers = []
    qtbot.keyClicks(window.editor, "s")
    assert checker_underlines(window) == []


def test_x_meter_says_how_x_counts(qtbot: QtBot, window: MainWindow) -> None:
    window.set_platform("x")
    type_text(qtbot, window, "Lees meer op https://www.voorbeeld.nl/bus-12 ")
    window.editor.insertPlainText("🚌")  # QTest cannot type characters outside the BMP
    wait_for_analysis(qtbot, window)
    # The link counts as 23 and the emoji as 2: 13 + 23 + 1 + 2.
    assert window.meter.count_label.text() == "39 van 280 tekens"
    assert "dubbel" in window.meter.fold_label.text()
    assert "23" in window.meter.count_label.toolTip()


def test_hovering_a_marked_word_shows_its_message(qtbot: QtBot, window: MainWindow) -> None:
    window.checkers = [PhraseChecker({"deelnemrs": (Kind.SPELLING, ("deelnemers",))})]
    type_text(qtbot, window, "Wij zoeken deelnemrs voor ons onderzoek.")
    wait_for_analysis(qtbot, window)
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.toPlainText().index("deelnemrs") + 3)
    point = window.editor.cursorRect(cursor).center() + window.editor.viewport().pos()
    event = QHelpEvent(QEvent.Type.ToolTip, point, window.editor.mapToGlobal(point))
    QApplication.sendEvent(window.editor, event)
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text().startswith("Spelfout: Test: spelling bij 'deelnemrs'.")
    assert "Voorstel: deelnemers" in QToolTip.text()


def test_shaded_sentences_are_the_ones_the_panel_counts(qtbot: QtBot, window: MainWindow) -> None:
    """One definition of the moeilijkste zinnen (core.readability) for shading and counting."""
    officialese = (
        "Wij verzoeken u vriendelijk doch dringend om in het kader van de jaarlijkse "
        "evaluatie van de dienstverlening het bijgevoegde formulier uiterlijk vrijdag "
        "volledig ingevuld te retourneren aan de afdeling Facilitaire Zaken."
    )
    type_text(qtbot, window, f"Fijn dat je er was! {officialese} Tot ziens.")
    wait_for_analysis(qtbot, window)
    document = window.editor.document()
    shaded = backgrounds(document, Layer.HARD_SENTENCE) + backgrounds(
        document, Layer.VERY_HARD_SENTENCE
    )
    analysis = window.current_analysis
    assert analysis is not None
    hard = [s for s in analysis.readability.sentence_difficulties if s.is_hard]
    text = window.editor.toPlainText()
    assert [text[start:end].strip() for start, end in shaded] == [officialese]
    assert len(hard) == 1
    assert window.readability_panel.hard_label.text() == "1"
