"""Parts of the Instellingen dialog: a group with a hint, a one-item-per-line list, and the
rules a user can switch off, by their Dutch name: a search field and a list with a
checkbox per rule (ticked: switched off). Offline rules come from the rule files; LanguageTool's
rules, when it is on, by the id and description of the ones it has reported. A switched-off id
the list does not know stays switched off and is shown by its code."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole


def offline_rules() -> list[tuple[str, str]]:
    """(id, Dutch name) of every rule in the rule files, by name."""
    from schrijfhulp.core.rules.loader import load_rules

    rules = ((r.id, r.name or r.id) for r in load_rules())
    return sorted(rules, key=lambda r: r[1].strip("'").casefold())  # 'Me' under M


class RulesList(QWidget):
    def __init__(
        self,
        switched_off: Iterable[str],
        languagetool_rules: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("rules_search")
        self.search.setPlaceholderText(self.tr("Zoek een regel"))
        self.search.setAccessibleName(self.tr("Zoek een regel"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("rules_list")
        self.list.setAccessibleName(self.tr("Regels die je kunt uitzetten"))
        off = list(dict.fromkeys(str(r) for r in switched_off))
        known: set[str] = set()
        for rule_id, name in offline_rules():
            self._add(rule_id, name, rule_id in off)
            known.add(rule_id)
        for rule_id, description in languagetool_rules:
            if rule_id not in known:
                self._add(rule_id, f"LanguageTool: {description}", rule_id in off)
                known.add(rule_id)
        for rule_id in off:
            if rule_id not in known:  # switched off before, not known now: keep it
                self._add(rule_id, rule_id, True)
        self.search.textChanged.connect(self._filter)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.list, 1)

    def _add(self, rule_id: str, name: str, off: bool) -> None:
        item = QListWidgetItem(name, self.list)
        item.setData(ID_ROLE, rule_id)
        item.setToolTip(rule_id)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if off else Qt.CheckState.Unchecked)

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def visible_names(self) -> list[str]:
        return [item.text() for item in self.items() if not item.isHidden()]

    def item_named(self, name: str) -> QListWidgetItem:
        return next(item for item in self.items() if item.text() == name)

    def switched_off(self) -> list[str]:
        """The ids of the ticked rules, in list order."""
        return [
            str(item.data(ID_ROLE))
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for item in self.items():
            haystack = f"{item.text()} {item.data(ID_ROLE)}".casefold()
            item.setHidden(not all(w in haystack for w in words))


def hinted_group(title: str, hint: str) -> tuple[QGroupBox, QVBoxLayout]:
    """A group that opens with a wrapped explanation; the caller adds the rest to its layout."""
    group = QGroupBox(title)
    box = QVBoxLayout(group)
    label = QLabel(hint)
    label.setWordWrap(True)
    box.addWidget(label)
    return group, box


def line_list(lines: Iterable[str]) -> QPlainTextEdit:
    """An editor for a list setting, one item per line; Tab moves on instead of typing a tab."""
    editor = QPlainTextEdit("\n".join(lines))
    editor.setTabChangesFocus(True)
    return editor
