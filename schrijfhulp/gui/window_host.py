"""What a feature may use of the main window: the contract features code against.

Features (drafts, templates, the main actions, what the user does with a finding) receive a
:class:`WindowHost`, not the main window class, so they never import it: the window installs
them, they do not reach back into it. :class:`~schrijfhulp.gui.main_window.MainWindow` is the
one implementation; its docstring describes each member.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import Qt, SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

    from schrijfhulp.core.analysis import Analysis
    from schrijfhulp.core.settings import Paths, Settings
    from schrijfhulp.gui.editor.editor import Editor


class WindowHost(Protocol):
    editor: Editor
    settings: Settings
    paths: Paths
    template_id: str | None
    current_analysis: Analysis | None
    main_actions: dict[str, QAction]

    @property
    def platform_changed(self) -> SignalInstance: ...  # (str) platform id

    @property
    def template_changed(self) -> SignalInstance: ...  # (str) template id, "" for none

    @property
    def about_to_close(self) -> SignalInstance: ...

    @property
    def copied_for_platform(self) -> SignalInstance: ...  # (str) after "Kopieer voor …"

    @property
    def settings_changed(self) -> SignalInstance: ...  # (frozenset[str]) keys changed

    def window(self) -> QWidget: ...  # the parent for a feature's dialogs, actions and objects

    def menu(self, name: str) -> QMenu: ...

    def add_dock(self, widget: QWidget, title: str, area: Qt.DockWidgetArea) -> QDockWidget: ...

    def show_message(self, text: str, timeout_ms: int = 0) -> None: ...

    def set_save_state(self, text: str) -> None: ...

    def current_platform(self) -> str: ...

    def load_text(
        self, text: str, platform: str | None = None, template_id: str | None = None
    ) -> None: ...

    def set_house_style(
        self, house_style: Any, extra_words: frozenset[str], disabled_rules: frozenset[str]
    ) -> None: ...

    def save_settings(self) -> None: ...
