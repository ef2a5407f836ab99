"""The Sjablonen list for a first-time user: grouped by category, the name apart from where a
template is for, and field examples that wrap instead of being cut off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from schrijfhulp.gui.templates.list_items import DETAILS_ROLE, HEADING_ROLE, TemplateItemDelegate
from tests.gui.templates.test_templates_picker import picker


def rows(dialog) -> list[tuple[bool, str]]:  # type: ignore[no-untyped-def]
    items = [dialog.list.item(i) for i in range(dialog.list.count())]
    return [(bool(item.data(HEADING_ROLE)), item.text()) for item in items]


def test_templates_are_grouped_under_their_category(qtbot: QtBot) -> None:
    dialog = picker(qtbot)
    headings = [text for heading, text in rows(dialog) if heading]
    assert headings == sorted(headings, key=str.casefold)
    assert len(headings) == len(set(headings))  # each category once
    category = None
    for heading, text in rows(dialog):
        if heading:
            category = text
        else:
            template = next(t for t in dialog.visible_templates() if t.name == text)
            assert template.category == category
    heading_item = dialog.list.item(0)
    assert not heading_item.flags() & Qt.ItemFlag.ItemIsSelectable
    assert dialog.template is not None  # the first template is chosen, not the heading


def test_name_and_platforms_are_apart_and_styled_differently(qtbot: QtBot) -> None:
    dialog = picker(qtbot)
    qtbot.keyClicks(dialog.search, "mijlpaal")
    assert rows(dialog) == [(True, "Nieuws"), (False, "Mijlpaal bereikt")]
    item = dialog.list.item(1)
    assert item.data(DETAILS_ROLE) == "X, Bluesky, Mastodon"  # the category is the heading
    delegate = dialog.list.itemDelegate()
    assert isinstance(delegate, TemplateItemDelegate)
    option = QStyleOptionViewItem()
    option.font = dialog.list.font()
    index = dialog.list.model().index(1, 0)
    heading = dialog.list.model().index(0, 0)
    line = dialog.list.fontMetrics().height()
    assert delegate.sizeHint(option, index).height() > 1.6 * line  # two lines: name, details
    assert delegate.sizeHint(option, heading).height() < delegate.sizeHint(option, index).height()


def test_a_search_in_the_name_puts_its_group_first(qtbot: QtBot) -> None:
    dialog = picker(qtbot)
    qtbot.keyClicks(dialog.search, "uitnodiging")
    assert dialog.template is not None and "Uitnodiging" in dialog.template.name


def test_long_field_examples_wrap_instead_of_being_cut_off(qtbot: QtBot) -> None:
    dialog = picker(qtbot)
    dialog.resize(700, 600)
    dialog.show()
    qtbot.keyClicks(dialog.search, "achter de schermen")
    example = max(dialog.examples.values(), key=lambda label: len(label.text()))
    assert example.wordWrap()
    field = next(f for f in dialog.template.fields if example.text().endswith(f.example))  # type: ignore[union-attr]
    assert len(field.example) > 80
    qtbot.waitUntil(lambda: example.height() > 1.5 * example.fontMetrics().height())
    assert example.width() <= dialog.width()
