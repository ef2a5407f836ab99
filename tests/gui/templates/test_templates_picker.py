"""The Sjablonen picker: search, filter, example, form with live text, and inserting."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from schrijfhulp.core.findings import Kind, Source
from schrijfhulp.core.packs import DEFAULT_PACK, read_pack_path
from schrijfhulp.core.settings import Paths, load_settings
from schrijfhulp.gui.drafts.controller import DraftsController
from schrijfhulp.gui.main_window import MainWindow
from schrijfhulp.gui.templates.controller import TemplatesController
from schrijfhulp.gui.templates.list_items import DETAILS_ROLE
from schrijfhulp.gui.templates.picker import TemplatePicker
from tests.core.packs import test_packs_loading
from tests.core.packs.test_packs_format import VACANCY, pack_files, write_pack
from tests.core.packs.test_packs_sources import zip_bytes

web_root = test_packs_loading.web_root  # the same local web server fixture
DEFAULT = read_pack_path(DEFAULT_PACK).pack
assert DEFAULT is not None


def picker(qtbot: QtBot, platform: str = "linkedin") -> TemplatePicker:
    assert DEFAULT is not None
    dialog = TemplatePicker(DEFAULT.templates, ("#Gemeente",), platform)
    qtbot.addWidget(dialog)
    return dialog


def names(dialog: TemplatePicker) -> list[str]:
    return [t.name for t in dialog.visible_templates()]


def test_search_narrows_the_list(qtbot: QtBot) -> None:
    dialog = picker(qtbot)
    assert len(names(dialog)) == 17
    qtbot.keyClicks(dialog.search, "vacature")
    assert names(dialog) == ["Vacature in mijn team"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "geen sjabloon heet zo")
    assert names(dialog) == []
    assert not dialog.insert_button.isEnabled()
    assert "Geen sjabloon gevonden" in dialog.title.text()


def test_filter_by_platform_and_category(qtbot: QtBot) -> None:
    dialog = picker(qtbot)
    dialog.platform_filter.setCurrentIndex(dialog.platform_filter.findData("facebook"))
    assert all("facebook" in t.platforms for t in dialog.visible_templates())
    assert "Bedankje" in names(dialog)
    dialog.category_filter.setCurrentIndex(dialog.category_filter.findData("Evenement"))
    assert names(dialog) == ["Uitnodiging"]
    assert dialog.chosen_platform() == "facebook"


def test_selecting_shows_the_example_and_a_form_with_labels_and_hints(qtbot: QtBot) -> None:
    dialog = picker(qtbot)
    qtbot.keyClicks(dialog.search, "deelnemers")
    assert dialog.tabs.currentWidget() is dialog.example_view
    assert dialog.example_view.toPlainText().startswith(
        "Gezocht: ouders van kinderen op de basisschool die mee willen doen"
    )
    field = dialog.inputs["datum"]
    assert field.accessibleName() == "Aanmelden kan tot"
    assert field.toolTip() == "De laatste dag om je aan te melden."
    assert dialog.examples["datum"].text() == "Bijvoorbeeld: 15 maart"


def test_typing_in_the_form_updates_the_text_live(qtbot: QtBot) -> None:
    dialog = picker(qtbot)
    qtbot.keyClicks(dialog.search, "nieuw project")
    qtbot.keyClicks(dialog.inputs["project"], "de Buurtbieb")
    assert dialog.tabs.currentWidget() is dialog.result_view
    assert dialog.result_view.toPlainText().startswith("We starten met de Buurtbieb! {doel}")
    assert dialog.result_view.toPlainText().endswith("#NieuwProject #Gemeente")
    dialog.hashtags.setChecked(False)
    assert "#" not in dialog.result_view.toPlainText()


def test_changing_the_search_keeps_what_you_typed(qtbot: QtBot) -> None:
    dialog = picker(qtbot)
    qtbot.keyClicks(dialog.search, "vacature")
    qtbot.keyClicks(dialog.inputs["functie"], "een ontwerper")
    qtbot.keyClicks(dialog.search, " team")
    assert dialog.inputs["functie"].text() == "een ontwerper"


def test_fill_example_button_fills_every_field(qtbot: QtBot) -> None:
    dialog = picker(qtbot)
    qtbot.keyClicks(dialog.search, "bedankje")
    qtbot.mouseClick(dialog.fill_example, Qt.MouseButton.LeftButton)
    assert dialog.result_view.toPlainText() == dialog.template.fill(  # type: ignore[union-attr]
        dialog.template.example_values, dialog.suggested_hashtags()
    )  # type: ignore[union-attr]


def test_target_platform_follows_the_window_when_the_template_allows_it(qtbot: QtBot) -> None:
    dialog = picker(qtbot, platform="bluesky")
    qtbot.keyClicks(dialog.search, "nieuw idee")
    assert dialog.chosen_platform() == "bluesky"
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "vacature")
    assert dialog.chosen_platform() == "linkedin"


# -- in the main window -------------------------------------------------------------------------


def open_window(qtbot: QtBot, paths: Paths | None = None) -> tuple[MainWindow, TemplatesController]:
    paths = paths or Paths.default()
    window = MainWindow(load_settings(paths), paths)
    qtbot.addWidget(window)
    window.install_features()
    controller = next(f for f in window.features if isinstance(f, TemplatesController))
    window.show()
    # Packs load on a worker thread; the ones on this computer arrive first.
    qtbot.waitUntil(lambda: controller.packs is not None, timeout=10_000)
    return window, controller


def test_pick_fill_insert_puts_the_text_in_the_editor_with_platform_and_template(
    qtbot: QtBot,
) -> None:
    window, controller = open_window(qtbot)
    window.set_platform("linkedin")
    window.load_text("Mijn oude tekst")
    controller.action.trigger()
    dialog = controller.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.search, "mijlpaal")
    dialog.hashtags.setChecked(False)
    values = {
        "mijlpaal": "de nieuwe fietsbrug is af",
        "dankzij": "de hele buurt",
        "volgende_stap": "een feest op de brug",
    }
    for name, value in values.items():
        qtbot.keyClicks(dialog.inputs[name], value)
    qtbot.mouseClick(dialog.insert_button, Qt.MouseButton.LeftButton)
    assert window.editor.toPlainText() == (
        "Mooi nieuws: de nieuwe fietsbrug is af! 🎉\n\n"
        "Dat lukte dankzij de hele buurt. De volgende stap: een feest op de brug."
    )
    assert window.current_platform() == "x"
    assert window.template_id == "standaard/x-mijlpaal"
    drafts = next(f for f in window.features if isinstance(f, DraftsController))
    kept = [drafts.store.get(row.id).text for row in drafts.store.list_drafts()]
    assert "Mijn oude tekst" in kept  # the template went into a new concept


def test_ctrl_t_opens_the_picker(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    assert controller.action.shortcut().toString() == "Ctrl+T"
    assert controller.action in window.menu("Bestand").actions()
    window.activateWindow()  # a shortcut only fires in the active window
    with qtbot.waitActive(window, timeout=3000):
        pass
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    qtbot.keyClick(controller.dialog, Qt.Key.Key_Escape)  # type: ignore[arg-type]
    assert not controller.dialog.isVisible()  # type: ignore[union-attr]


def test_cancel_leaves_the_editor_alone(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    window.load_text("Blijft staan")
    dialog = controller.open_picker()
    dialog.reject()
    assert window.editor.toPlainText() == "Blijft staan"
    assert window.template_id is None


def test_pack_in_own_folder_brings_its_house_style_into_the_editor(qtbot: QtBot) -> None:
    paths = Paths.default()
    write_pack(paths.packs_dir / "gemeente")
    window, controller = open_window(qtbot)
    assert "Stadswinkel" in window.rules.pack_words
    dialog = controller.open_picker()
    qtbot.keyClicks(dialog.search, "vacature")
    assert [t.qualified_id for t in dialog.visible_templates()] == [
        "gemeente/vacature",
        "standaard/linkedin-vacature",
    ]  # the organisation's own first
    window.load_text("Alle burgers zijn welkom in de Stadswinkel.", "facebook")
    qtbot.waitUntil(
        lambda: (
            window.current_analysis is not None
            and any(f.kind is Kind.HOUSE_STYLE for f in window.current_analysis.findings)
        ),
        timeout=5000,
    )
    finding = next(
        f
        for f in window.current_analysis.findings  # type: ignore[union-attr]
        if f.kind is Kind.HOUSE_STYLE
    )
    assert finding.source is Source.ORGANISATION
    assert finding.suggestions == ("inwoners",)


def test_broken_pack_is_reported_in_the_status_bar_and_the_rest_works(qtbot: QtBot) -> None:
    paths = Paths.default()
    write_pack(
        paths.packs_dir / "gemeente",
        sjablonen__vacature_toml=VACANCY.replace('categorie = "Vacature"\n', ""),
    )
    window, controller = open_window(qtbot)
    message = window.statusBar().currentMessage()
    assert message == (
        "Het sjabloonpakket 'Gemeente' is niet geladen: regel 1 van sjablonen/vacature.toml mist "
        "het veld 'categorie'. De andere pakketten werken gewoon."
    )
    dialog = controller.open_picker()
    assert len(dialog.visible_templates()) == 17
    assert dialog.findChild(type(dialog.title), "pack_problems").text() == message


def test_shared_pack_from_a_url_arrives_in_the_background(
    qtbot: QtBot, web_root: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, base = web_root
    (root / "gemeente.zip").write_bytes(zip_bytes(pack_files()))
    monkeypatch.setenv("SCHRIJFHULP_PACKS", f"{base}/gemeente.zip")
    window, controller = open_window(qtbot)
    qtbot.waitUntil(
        lambda: controller.packs.template("gemeente/vacature") is not None, timeout=10_000
    )
    assert "Stadswinkel" in window.rules.pack_words
    QApplication.processEvents()


def test_form_fields_are_line_edits_named_after_the_placeholders(qtbot: QtBot) -> None:
    dialog = picker(qtbot)
    qtbot.keyClicks(dialog.search, "welkom")
    assert isinstance(dialog.findChild(QLineEdit, "field_functie"), QLineEdit)


def test_reloading_picks_up_a_pack_added_while_the_app_runs(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    write_pack(Paths.default().packs_dir / "gemeente")
    assert controller.packs.template("gemeente/vacature") is None
    controller.reload_action.trigger()
    assert controller.wait_for_loading()
    assert controller.packs.template("gemeente/vacature") is not None
    assert window.statusBar().currentMessage() == "Sjabloonpakketten opnieuw geladen: 18 sjablonen."
    dialog = controller.open_picker()
    qtbot.keyClicks(dialog.search, "vacature")
    rows = [dialog.list.item(i) for i in range(dialog.list.count())]
    assert [r.text() for r in rows] == ["Vacature", "Vacature", "Vacature in mijn team"]
    assert [r.data(DETAILS_ROLE) for r in rows[1:]] == ["LinkedIn · Gemeente", "LinkedIn"]


def test_shared_pack_seen_before_is_there_at_once_while_the_share_is_checked(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "share"
    write_pack(share / "gemeente")
    monkeypatch.setenv("SCHRIJFHULP_PACKS", str(share))
    _, first = open_window(qtbot)
    assert first.wait_for_loading()
    qtbot.waitUntil(lambda: first.packs.template("gemeente/vacature") is not None)
    shutil.rmtree(share)  # the share is gone at the next start
    window, controller = open_window(qtbot)
    # The last copy is in use from the first load, whatever the share does meanwhile.
    assert controller.packs.template("gemeente/vacature") is not None
    assert controller.wait_for_loading()
    qtbot.waitUntil(lambda: "niet opgehaald" in window.statusBar().currentMessage())
    assert "laatst opgehaalde versie" in window.statusBar().currentMessage()
    assert controller.packs.template("gemeente/vacature") is not None


def test_every_control_in_the_picker_has_an_accessible_name(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QComboBox, QWidget

    dialog = picker(qtbot)
    dialog.show()
    qtbot.keyClicks(dialog.search, "vacature")
    controls = (QAbstractButton, QComboBox, QLineEdit, QAbstractScrollArea)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in dialog.findChildren(QWidget)
        if isinstance(w, controls)
        and w.isVisibleTo(dialog)
        and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
    ]
    assert unnamed == []
