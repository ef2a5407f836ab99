"""Start-up as a user meets it: the window shows first, features follow; nothing typed is lost."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from schrijfhulp.core.drafts import DraftStore
from schrijfhulp.core.settings import Paths, load_settings
from schrijfhulp.gui.drafts.controller import DraftsController
from schrijfhulp.gui.main_window import MainWindow
from tests.gui.conftest import analysed, type_text

EARLY_POST = "Morgen is de kantine dicht vanwege de verbouwing."
LAST_DRAFT = "Beste collega's, vrijdag vieren we het jubileum van Ans. Je bent welkom!"


def new_window(qtbot: QtBot) -> MainWindow:
    paths = Paths.default()
    window = MainWindow(load_settings(paths), paths)
    qtbot.addWidget(window)
    window.resize(1100, 750)
    return window


def drafts_of(window: MainWindow) -> DraftsController:
    return next(f for f in window.features if isinstance(f, DraftsController))


def wait_until_ready(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.features_ready, timeout=10_000):
        pass


def test_window_shows_before_its_features_and_the_editor_has_focus(qtbot: QtBot) -> None:
    window = new_window(qtbot)
    assert window.features == []  # nothing heavy before the first paint
    window.show()
    qtbot.waitExposed(window)
    wait_until_ready(qtbot, window)
    assert any(isinstance(f, DraftsController) for f in window.features)
    assert window.findChild(object, "dock_drafts_panel").widget() is drafts_of(window).panel
    assert window.focusWidget() is window.editor


def test_text_typed_right_after_the_window_shows_is_saved_as_a_concept(qtbot: QtBot) -> None:
    window = new_window(qtbot)
    window.show()
    type_text(qtbot, window, EARLY_POST)  # before the drafts feature has installed
    assert window.editor.toPlainText() == EARLY_POST
    wait_until_ready(qtbot, window)
    drafts = drafts_of(window)
    qtbot.waitUntil(lambda: drafts.started and not drafts.dirty, timeout=5000)
    assert window.editor.toPlainText() == EARLY_POST
    assert drafts.current is not None
    assert drafts.store.get(drafts.current.id).text == EARLY_POST


def test_last_concept_reopens_when_the_window_starts(qtbot: QtBot) -> None:
    paths = Paths.default()
    store = DraftStore.open(paths.drafts_db)
    store.create(LAST_DRAFT, "linkedin")
    store.close()
    window = new_window(qtbot)
    window.show()
    wait_until_ready(qtbot, window)
    qtbot.waitUntil(lambda: drafts_of(window).started, timeout=5000)
    assert window.editor.toPlainText() == LAST_DRAFT


def test_analysis_waits_for_the_first_paint_then_runs(qtbot: QtBot) -> None:
    window = new_window(qtbot)
    window.load_text(LAST_DRAFT)
    assert window.dispatcher.is_busy() and window.current_analysis is None
    window.show()
    qtbot.waitUntil(lambda: analysed(window), timeout=15_000)


def test_a_mastodon_server_limit_from_settings_reaches_the_meter(
    qtbot: QtBot, dutch_ui: None
) -> None:
    paths = Paths.default()
    settings = load_settings(paths)
    settings.set("platform_limits", {"mastodon": 1000})
    window = MainWindow(settings, paths)
    qtbot.addWidget(window)
    window.show()
    window.install_features()
    window.set_platform("mastodon")
    type_text(qtbot, window, EARLY_POST)
    qtbot.waitUntil(lambda: analysed(window), timeout=15_000)
    assert window.meter.count_label.text() == "49 van 1.000 tekens"
    assert window.current_analysis is not None
    assert window.current_analysis.platform_count.limit == 1000


def test_concepten_panel_stays_narrow_so_the_text_keeps_the_middle(qtbot: QtBot) -> None:
    window = new_window(qtbot)
    window.resize(1440, 900)  # the size the app opens with
    window.show()
    wait_until_ready(qtbot, window)
    panel = drafts_of(window).panel
    em = window.fontMetrics().horizontalAdvance("m")
    assert panel.minimumSizeHint().width() <= 26 * em  # was 34 em with a row of five buttons
    dock = window.findChild(object, "dock_drafts_panel")
    assert window.editor.width() > 2 * dock.width()
    names = [a.text() for a in panel.more_button.menu().actions()]
    assert names == ["Dupliceer", "Exporteer…", "Versies…"]


def test_text_typed_before_the_features_survives_closing_at_once(qtbot: QtBot) -> None:
    window = new_window(qtbot)
    window.show()
    type_text(qtbot, window, EARLY_POST)
    assert window.features == []
    window.close()  # before the drafts feature had its turn
    store = DraftStore.open(Paths.default().drafts_db)
    try:
        assert [store.get(d.id).text for d in store.list_drafts()] == [EARLY_POST]
    finally:
        store.close()


def test_highlighter_properties_are_qt_user_properties() -> None:
    from PySide6.QtGui import QTextFormat

    from schrijfhulp.gui.editor import highlighter

    assert QTextFormat.Property.UserProperty.value == highlighter.USER_PROPERTY
