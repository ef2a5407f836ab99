"""What you save in Instellingen works at once: new places with sjabloonpakketten load in the
background, switched-off rules and LanguageTool follow the next analysis, no restart."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from schrijfhulp.core import packs as packs_module
from schrijfhulp.core.findings import Kind, Source
from schrijfhulp.core.languagetool import LanguageToolBackend
from schrijfhulp.core.settings import Paths, load_settings
from schrijfhulp.gui.main_window import MainWindow
from schrijfhulp.gui.settings_dialog import SettingsDialog
from schrijfhulp.gui.settings_widgets import RulesList
from schrijfhulp.gui.templates.controller import TemplatesController
from tests.core.packs.test_packs_format import write_pack
from tests.gui.conftest import type_text, wait_for_analysis
from tests.gui.templates.test_templates_picker import open_window
from tests.lt_fake_server import FakeLanguageTool
from tests.lt_support import write_managed

POST = "Wij doen dit in het kader van de zorg voor onze inwoners. Meld je aan!"


def in_settings(qtbot: QtBot, window: MainWindow, use: Callable[[SettingsDialog], None]) -> None:
    """Open Instellingen from the menu and let ``use`` act on it like a user would."""
    seen: list[SettingsDialog] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        seen.append(dialog)
        use(dialog)
        if dialog.isVisible():  # ``use`` forgot to close it: do not hang the test run
            dialog.reject()

    QTimer.singleShot(0, act)
    window.main_actions["settings"].trigger()  # returns once the dialog closed
    assert seen, "Instellingen did not open"


def click(qtbot: QtBot, dialog: SettingsDialog, button: QDialogButtonBox.StandardButton) -> None:
    widget: QWidget = dialog.buttons.button(button)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)  # "Opslaan"


def tick_rule(qtbot: QtBot, rules: RulesList, rule_id: str) -> None:
    """Find the rule with the search field and tick it with the space bar, as a user does."""
    qtbot.keyClicks(rules.search, rule_id)
    (item,) = [i for i in rules.items() if not i.isHidden()]
    rules.list.setFocus()
    rules.list.setCurrentItem(item)
    qtbot.keyClick(rules.list, Qt.Key.Key_Space)
    assert rule_id in rules.switched_off()


def add_line(qtbot: QtBot, field: QPlainTextEdit, line: str) -> None:
    """Type ``line`` on a new line at the end of ``field``."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    if field.toPlainText():
        qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClicks(field, line)


def record_pack_loads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The thread of every load_packs call from now on."""
    threads: list[threading.Thread] = []
    real = packs_module.load_packs

    def load_packs(*args: object, **kwargs: object) -> packs_module.LoadedPacks:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(packs_module, "load_packs", load_packs)
    return threads


def picker_ids(qtbot: QtBot, controller: TemplatesController, search: str) -> list[str]:
    dialog = controller.open_picker()
    qtbot.keyClicks(dialog.search, search)
    found = [t.qualified_id for t in dialog.visible_templates()]
    dialog.reject()
    return found


@pytest.fixture
def ready(qtbot: QtBot) -> tuple[MainWindow, TemplatesController]:
    window, controller = open_window(qtbot)
    assert controller.wait_for_loading()  # the start-up loads are done
    return window, controller


def test_a_shared_folder_added_in_instellingen_brings_its_templates_at_once(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ready: tuple[MainWindow, TemplatesController],
) -> None:
    window, controller = ready
    share = tmp_path / "communicatie" / "sjablonen"
    write_pack(share / "gemeente")
    assert picker_ids(qtbot, controller, "vacature") == ["standaard/linkedin-vacature"]
    loads = record_pack_loads(monkeypatch)

    def add_share(dialog: SettingsDialog) -> None:
        add_line(qtbot, dialog.pack_locations, str(share))
        save(qtbot, dialog)

    in_settings(qtbot, window, add_share)
    assert load_settings()["pack_locations"] == [str(share)]
    assert controller.wait_for_loading()
    # Loaded again, and never on the GUI thread: a network share can take seconds.
    assert len(loads) == 2
    assert all(thread is not threading.main_thread() for thread in loads)
    assert picker_ids(qtbot, controller, "vacature") == [
        "gemeente/vacature",
        "standaard/linkedin-vacature",
    ]
    assert window.statusBar().currentMessage() == "Sjabloonpakketten opnieuw geladen: 18 sjablonen."
    # The pack's huisstijl reaches the analysis too.
    window.load_text("Alle burgers zijn welkom in de Stadswinkel.", "facebook")
    qtbot.waitUntil(
        lambda: (
            window.current_analysis is not None
            and any(f.kind is Kind.HOUSE_STYLE for f in window.current_analysis.findings)
        ),
        timeout=10_000,
    )
    (finding,) = [
        f
        for f in window.current_analysis.findings  # type: ignore[union-attr]
        if f.kind is Kind.HOUSE_STYLE
    ]
    assert finding.source is Source.ORGANISATION and finding.suggestions == ("inwoners",)


def test_removing_a_shared_folder_in_instellingen_removes_its_templates(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "gedeeld"
    write_pack(share / "gemeente")
    monkeypatch.setenv("SCHRIJFHULP_PACKS", str(share))
    window, controller = open_window(qtbot)
    assert controller.wait_for_loading()
    assert "gemeente/vacature" in picker_ids(qtbot, controller, "vacature")

    def clear_places(dialog: SettingsDialog) -> None:
        dialog.pack_locations.setFocus()
        qtbot.keyClick(dialog.pack_locations, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.pack_locations, Qt.Key.Key_Delete)
        save(qtbot, dialog)

    in_settings(qtbot, window, clear_places)
    assert controller.wait_for_loading()
    assert picker_ids(qtbot, controller, "vacature") == ["standaard/linkedin-vacature"]
    assert "Stadswinkel" not in window.rules.pack_words


def change_variant_and_save(qtbot: QtBot, share: Path) -> Callable[[SettingsDialog], None]:
    def use(dialog: SettingsDialog) -> None:
        dialog.variant.setCurrentIndex(dialog.variant.findData("nl-BE"))
        save(qtbot, dialog)

    return use


def add_share_and_cancel(qtbot: QtBot, share: Path) -> Callable[[SettingsDialog], None]:
    def use(dialog: SettingsDialog) -> None:
        add_line(qtbot, dialog.pack_locations, str(share))
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)  # "Annuleren"

    return use


@pytest.mark.parametrize("close_dialog", [change_variant_and_save, add_share_and_cancel])
def test_packs_are_not_loaded_again_when_their_places_did_not_change(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ready: tuple[MainWindow, TemplatesController],
    close_dialog: Callable[[QtBot, Path], Callable[[SettingsDialog], None]],
) -> None:
    window, controller = ready
    before = controller.packs
    # A pack that any new load would pick up: in the user's own folder and on a share.
    write_pack(Paths.default().packs_dir / "gemeente")
    write_pack(tmp_path / "gedeeld" / "gemeente")
    loads = record_pack_loads(monkeypatch)
    in_settings(qtbot, window, close_dialog(qtbot, tmp_path / "gedeeld"))
    assert controller.wait_for_loading()
    QApplication.processEvents()
    assert loads == []
    assert controller.packs is before
    assert picker_ids(qtbot, controller, "vacature") == ["standaard/linkedin-vacature"]
    assert load_settings()["pack_locations"] == []


def test_a_rule_switched_off_in_instellingen_disappears_from_the_text_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_text(qtbot, window, POST)
    wait_for_analysis(qtbot, window)
    assert "stijl.ambtelijk" in [f.rule_id for f in window.current_analysis.findings]  # type: ignore[union-attr]

    def switch_off(dialog: SettingsDialog) -> None:
        tick_rule(qtbot, dialog.rules, "stijl.ambtelijk")
        save(qtbot, dialog)

    in_settings(qtbot, window, switch_off)
    wait_for_analysis(qtbot, window)
    assert "stijl.ambtelijk" not in [f.rule_id for f in window.current_analysis.findings]  # type: ignore[union-attr]
    assert window.editor.highlighter.finding_at(POST.index("kader")) is None


def test_languagetool_chosen_in_instellingen_checks_the_text_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_text(qtbot, window, "We zijn dinsdg open van negen tot vijf.")
    wait_for_analysis(qtbot, window)
    before = window.slow_checker
    assert before is None
    with FakeLanguageTool() as server:

        def choose_server(dialog: SettingsDialog) -> None:
            dialog.mode.setCurrentIndex(dialog.mode.findData("server"))
            qtbot.keyClicks(dialog.url, server.url)
            save(qtbot, dialog)

        in_settings(qtbot, window, choose_server)
        assert isinstance(window.slow_checker, LanguageToolBackend)
        assert "server van je organisatie" in window.checker_state_label.text()
        qtbot.waitUntil(lambda: server.checked_texts != [], timeout=15_000)
        wait_for_analysis(qtbot, window)
        engines = {e.name: e.state for e in window.current_analysis.engines}  # type: ignore[union-attr]
        assert engines.get("languagetool") == "ok"
        window.close()


def test_map_toevoegen_puts_the_chosen_folder_on_its_own_line(qtbot: QtBot, tmp_path: Path) -> None:
    settings = load_settings()
    settings.set("pack_locations", ["https://intranet.gemeente.nl/sjablonen.zip"])
    chosen = tmp_path / "sjablonen"
    dialog = SettingsDialog(settings, choose_folder=lambda parent: chosen.as_posix())
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.add_pack_folder, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.add_pack_folder, Qt.MouseButton.LeftButton)  # twice: still once
    assert dialog.chosen_pack_locations() == [
        "https://intranet.gemeente.nl/sjablonen.zip",
        str(chosen),
    ]
    dialog.accept()
    assert load_settings()["pack_locations"] == [
        "https://intranet.gemeente.nl/sjablonen.zip",
        str(chosen),
    ]


def test_places_set_and_locked_by_it_are_read_only(qtbot: QtBot) -> None:
    write_managed(
        'locked = ["pack_locations"]\n[settings]\n'
        r"pack_locations = ['\\fileserver\communicatie']"
        "\n"
    )
    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    assert dialog.pack_locations.toPlainText() == "\\\\fileserver\\communicatie"
    assert not dialog.pack_locations.isEnabled()
    assert not dialog.add_pack_folder.isEnabled()
    assert dialog.pack_locations.toolTip() == "ingesteld door je organisatie"
