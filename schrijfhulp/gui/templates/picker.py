"""Sjablonen: the picker dialog. Search, filter by platform and category, see the example, fill
the fields in a form and watch the text you will get. The templates controller opens it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from schrijfhulp.core.packs.templates import MAX_FIELD_CHARS, Template
from schrijfhulp.core.platforms import PLATFORMS
from schrijfhulp.gui.templates import list_items
from schrijfhulp.gui.templates.list_items import TEMPLATE_ROLE


class TemplatePicker(QDialog):
    """Choose a template, fill its fields and see the text you will get."""

    def __init__(
        self,
        templates: Sequence[Template],
        extra_hashtags: Sequence[str] = (),
        platform: str = "",
        problems: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("template_picker")
        self.setWindowTitle(self.tr("Sjablonen"))
        self.templates = list(templates)
        self.extra_hashtags = tuple(extra_hashtags)
        self.preferred_platform = platform
        self.template: Template | None = None
        self.inputs: dict[str, QLineEdit] = {}
        self.examples: dict[str, QLabel] = {}  # "Bijvoorbeeld: …" under each field
        self._build(problems)
        self.apply_filter()
        self.resize(900, 600)

    # -- building --------------------------------------------------------------------------------
    def _build(self, problems: Sequence[str]) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("template_search")
        self.search.setPlaceholderText(self.tr("Zoek een sjabloon"))
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):  # the clear button Qt adds
            button.setAccessibleName(self.tr("Zoekveld leegmaken"))
        self.platform_filter = self._combo(
            "platform_filter",
            self.tr("Alle platforms"),
            self._platform_choices(),
            self.tr("Platform"),
        )
        self.category_filter = self._combo(
            "category_filter",
            self.tr("Alle categorieën"),
            self._category_choices(),
            self.tr("Categorie"),
        )
        self.list = QListWidget(self)
        self.list.setObjectName("template_list")
        self.list.setAccessibleName(self.tr("Sjablonen"))
        self.list.setItemDelegate(list_items.TemplateItemDelegate(self.list))
        self.search.textChanged.connect(self.apply_filter)
        self.platform_filter.currentIndexChanged.connect(self.apply_filter)
        self.category_filter.currentIndexChanged.connect(self.apply_filter)
        self.list.currentItemChanged.connect(self._selected)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept_if_chosen())
        left = QVBoxLayout()
        for widget in (self.search, self.platform_filter, self.category_filter, self.list):
            left.addWidget(widget)
        right = self._build_right()
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        if problems:
            outer.addWidget(self._problems_label(problems))
        outer.addWidget(self._buttons())

    def _build_right(self) -> QVBoxLayout:
        self.title = QLabel(self)
        self.title.setObjectName("template_title")
        self.title.setWordWrap(True)
        self.form_box = QWidget(self)
        self.form = QFormLayout(self.form_box)
        self.example_view = self._text_view("template_example", self.tr("Voorbeeld"))
        self.result_view = self._text_view("template_result", self.tr("Jouw tekst"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.example_view, self.tr("Voorbeeld"))
        self.tabs.addTab(self.result_view, self.tr("Jouw tekst"))
        self.target_platform = QComboBox(self)
        self.target_platform.setObjectName("target_platform")
        self.target_platform.setAccessibleName(self.tr("Platform voor je tekst"))
        self.target_platform.currentIndexChanged.connect(self._update_result)
        self.hashtags = QCheckBox(self)
        self.hashtags.setObjectName("add_hashtags")
        self.hashtags.toggled.connect(self._update_result)
        self.fill_example = QPushButton(self.tr("Vul het voorbeeld in"), self)
        self.fill_example.setObjectName("fill_example")
        self.fill_example.clicked.connect(self.use_example_values)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Platform:"), self))
        options.addWidget(self.target_platform)
        options.addStretch(1)
        options.addWidget(self.fill_example)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.form_box)
        right.addLayout(options)
        right.addWidget(self.hashtags)
        right.addWidget(self.tabs, 1)
        return right

    def _combo(
        self, name: str, everything: str, choices: list[tuple[str, str]], accessible: str
    ) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(everything, "")
        for label, value in choices:
            combo.addItem(label, value)
        return combo

    def _platform_choices(self) -> list[tuple[str, str]]:
        used = {p for t in self.templates for p in t.platforms}
        return [(spec.name, spec.id) for spec in PLATFORMS.values() if spec.id in used]

    def _category_choices(self) -> list[tuple[str, str]]:
        return [(c, c) for c in sorted({t.category for t in self.templates}, key=str.casefold)]

    def _text_view(self, name: str, accessible: str) -> QPlainTextEdit:
        view = QPlainTextEdit(self)
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setReadOnly(True)
        return view

    def _problems_label(self, problems: Sequence[str]) -> QLabel:
        label = QLabel("\n".join(problems), self)
        label.setObjectName("pack_problems")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.insert_button = box.addButton(
            self.tr("Invoegen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.insert_button.setObjectName("insert_template")
        self.insert_button.setDefault(True)
        cancel = box.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel_template")
        box.accepted.connect(self.accept_if_chosen)
        box.rejected.connect(self.reject)
        return box

    # -- behaviour -------------------------------------------------------------------------------
    def visible_templates(self) -> list[Template]:
        """The templates in the list, in the order shown (category headings left out)."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return [t for item in items if (t := item.data(TEMPLATE_ROLE)) is not None]

    def _row_of(self, template: Template | None) -> int:
        rows = range(self.list.count())
        if template is not None:
            found = next((r for r in rows if self.list.item(r).data(TEMPLATE_ROLE) is template), -1)
            if found >= 0:
                return found
        return next((r for r in rows if self.list.item(r).data(TEMPLATE_ROLE) is not None), -1)

    def apply_filter(self) -> None:
        query = self.search.text()
        platform = self.platform_filter.currentData()
        category = self.category_filter.currentData()
        # Rebuild quietly, then select once: a template that stays visible keeps its typed values.
        self.list.blockSignals(True)
        self.list.clear()
        found = [
            t
            for t in self.templates
            if t.matches(query)
            and (not platform or platform in t.platforms)
            and (not category or t.category == category)
        ]
        list_items.fill(self.list, _grouped(found, query))
        self.list.setCurrentRow(self._row_of(self.template))
        self.list.blockSignals(False)
        self._selected(self.list.currentItem())

    def _selected(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(TEMPLATE_ROLE) is None:
            return  # a category heading: the chosen template stays
        self._show(item.data(TEMPLATE_ROLE) if item else None)

    def _show(self, template: Template | None) -> None:
        if template is self.template and template is not None:
            return
        self.template = template
        self._clear_form()
        self.insert_button.setEnabled(template is not None)
        self.fill_example.setEnabled(template is not None)
        if template is None:
            self.title.setText(self.tr("Geen sjabloon gevonden. Probeer een ander zoekwoord."))
            self.example_view.setPlainText("")
            self.result_view.setPlainText("")
            self.target_platform.clear()
            self.hashtags.hide()
            return
        self.title.setText(f"<b>{_escape(template.name)}</b><br>{_escape(template.description)}")
        for field in template.fields:
            self._add_input(field.name, field.label, field.hint, field.example)
        self._set_platforms(template.platforms)
        tags = self.suggested_hashtags()
        self.hashtags.setVisible(bool(tags))
        self.hashtags.setText(self.tr("Hashtags toevoegen: %1").replace("%1", " ".join(tags)))
        self.hashtags.setChecked(bool(tags))
        self.example_view.setPlainText(template.example_text())
        self.tabs.setCurrentWidget(self.example_view)
        self._update_result()

    def _clear_form(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs.clear()
        self.examples.clear()

    def _add_input(self, name: str, label: str, hint: str, example: str) -> None:
        cell = QWidget(self.form_box)
        line = QLineEdit(cell)
        line.setMaxLength(MAX_FIELD_CHARS)
        line.setObjectName(f"field_{name}")
        line.setToolTip(hint)
        line.setAccessibleName(label)
        line.setAccessibleDescription(hint)
        line.textEdited.connect(self._typed)
        # The example under the field, wrapped: in the field itself a long one was cut off.
        shown = QLabel(self.tr("Bijvoorbeeld: %1").replace("%1", example), cell)
        shown.setObjectName(f"example_{name}")
        shown.setWordWrap(True)
        shown.setEnabled(False)  # lighter: an example, not a value
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(line)
        column.addWidget(shown)
        self.inputs[name] = line
        self.examples[name] = shown
        self.form.addRow(label if label.endswith(("?", ":")) else f"{label}:", cell)

    def _set_platforms(self, platform_ids: Sequence[str]) -> None:
        self.target_platform.blockSignals(True)
        self.target_platform.clear()
        for platform_id in platform_ids:
            if platform_id in PLATFORMS:
                self.target_platform.addItem(PLATFORMS[platform_id].name, platform_id)
        chosen = self.platform_filter.currentData() or self.preferred_platform
        index = self.target_platform.findData(chosen)
        self.target_platform.setCurrentIndex(max(index, 0))
        self.target_platform.blockSignals(False)

    def _typed(self) -> None:
        self.tabs.setCurrentWidget(self.result_view)
        self._update_result()

    def _update_result(self) -> None:
        self.result_view.setPlainText(self.chosen_text() if self.template else "")

    def use_example_values(self) -> None:
        if self.template is None:
            return
        for field in self.template.fields:
            self.inputs[field.name].setText(field.example)
        self._typed()

    def suggested_hashtags(self) -> tuple[str, ...]:
        if self.template is None:
            return ()
        tags = list(self.template.hashtags)
        tags += [t for t in self.extra_hashtags if t.casefold() not in map(str.casefold, tags)]
        return tuple(tags)

    def values(self) -> dict[str, str]:
        return {name: line.text().strip() for name, line in self.inputs.items()}

    def chosen_text(self) -> str:
        assert self.template is not None
        tags = self.suggested_hashtags() if self.hashtags.isChecked() else ()
        return self.template.fill(self.values(), tags)

    def chosen_platform(self) -> str | None:
        data = self.target_platform.currentData()
        return str(data) if data else None

    def accept_if_chosen(self) -> None:
        if self.template is not None:
            self.accept()


def _grouped(found: list[Template], query: str) -> list[tuple[str, list[Template]]]:
    """By category, A to Z; the group whose template's name matches the search comes first:
    "vacature" should find "Vacature" on top."""
    words = query.casefold().split()

    def name_matches(template: Template) -> bool:
        return bool(words) and all(w in template.name.casefold() for w in words)

    groups: dict[str, list[Template]] = {}
    for template in found:
        groups.setdefault(template.category, []).append(template)
    for templates in groups.values():
        templates.sort(key=lambda t: (not name_matches(t), t.name.casefold()))
    return sorted(
        groups.items(),
        key=lambda g: (not any(name_matches(t) for t in g[1]), g[0].casefold()),
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
