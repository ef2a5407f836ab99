"""The main window's docks: its own side panels (Leesbaarheid, Opmerkingen, Voorbeeld),
adding a feature's dock with its toggle in Beeld, room kept for a feature's dock until the
feature fills it, and widths that leave the text the middle of the window.

Docks come after the first paint: their modules' use of the Qt namespace costs 25-40 ms.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

    from schrijfhulp.gui.panels.findings import FindingsPanel
    from schrijfhulp.gui.panels.platform import PostPreview
    from schrijfhulp.gui.panels.readability import ReadabilityPanel

# Docks of features that install later than the window's own: an empty dock is there with the
# others, so the layout does not jump again when the feature fills it.
RESERVED_LEFT_DOCKS = ("drafts_panel",)


@dataclass(frozen=True, slots=True)
class SidePanels:
    readability: ReadabilityPanel
    findings: FindingsPanel
    preview: PostPreview
    docks: tuple[QDockWidget, QDockWidget, QDockWidget]  # in the same order


class WindowDocks:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self._reserved: dict[str, QDockWidget] = {}

    def add(
        self, widget: QWidget, title: str, area: Qt.DockWidgetArea, menu: QMenu | None = None
    ) -> QDockWidget:
        """A dock for ``widget`` (in the room reserved under its object name, if any); its
        toggle goes into ``menu``."""
        from PySide6.QtWidgets import QDockWidget

        reserved = self._reserved.pop(widget.objectName(), None)
        dock = reserved or QDockWidget(title, self.window)
        if reserved is None:
            dock.setObjectName(f"dock_{widget.objectName() or title}")
        dock.setWindowTitle(title)
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        if reserved is None:
            self.window.addDockWidget(area, dock)
        if menu is not None:
            menu.addAction(dock.toggleViewAction())
        return dock

    def reserve(self, key: str, area: Qt.DockWidgetArea) -> None:
        """An empty dock where a feature's dock comes, so the layout does not jump again."""
        from PySide6.QtWidgets import QDockWidget, QWidget

        titles = {"drafts_panel": QCoreApplication.translate("MainWindow", "Concepten")}
        dock = QDockWidget(titles.get(key, key), self.window)
        dock.setObjectName(f"dock_{key}")
        dock.setWidget(QWidget(dock))
        self.window.addDockWidget(area, dock)
        self._reserved[key] = dock

    def drop_unused(self) -> None:
        """Reserved docks whose feature did not install."""
        for unused in self._reserved.values():
            self.window.removeDockWidget(unused)
            unused.deleteLater()
        self._reserved.clear()

    def balance(self, own: list[QDockWidget]) -> None:
        """Side panels (also those of features) narrow enough that the text keeps the middle;
        ``own``, the window's own right-hand docks, share the height."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDockWidget

        window = self.window
        em = window.fontMetrics().horizontalAdvance("m")
        for area, width in (
            (Qt.DockWidgetArea.LeftDockWidgetArea, 26 * em),
            (Qt.DockWidgetArea.RightDockWidgetArea, 28 * em),
        ):
            docks = [
                d for d in window.findChildren(QDockWidget) if window.dockWidgetArea(d) == area
            ]
            if docks:
                window.resizeDocks(docks, [width] * len(docks), Qt.Orientation.Horizontal)
        window.resizeDocks(own, [36 * em, 28 * em, 18 * em], Qt.Orientation.Vertical)


def build_side_panels(window: QMainWindow, docks: WindowDocks) -> SidePanels:
    """Leesbaarheid, Opmerkingen and Voorbeeld on the right, room for Concepten on the left."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea

    from schrijfhulp.gui.panels.findings import FindingsPanel
    from schrijfhulp.gui.panels.platform import PostPreview
    from schrijfhulp.gui.panels.readability import ReadabilityPanel

    readability = ReadabilityPanel(window)
    findings = FindingsPanel(window)
    preview = PostPreview(window)
    scroll = QScrollArea(window)
    scroll.setObjectName("readability_scroll")
    scroll.setAccessibleName(QCoreApplication.translate("MainWindow", "Leesbaarheid"))
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(readability)
    right = Qt.DockWidgetArea.RightDockWidgetArea
    # Their toggles go into Beeld with the window's own actions (window_actions).
    # translate("MainWindow", …) is window.tr(…) in a form lupdate files under MainWindow.
    own = (
        docks.add(scroll, QCoreApplication.translate("MainWindow", "Leesbaarheid"), right),
        docks.add(findings, QCoreApplication.translate("MainWindow", "Opmerkingen"), right),
        docks.add(preview, QCoreApplication.translate("MainWindow", "Voorbeeld"), right),
    )
    for key in RESERVED_LEFT_DOCKS:
        docks.reserve(key, Qt.DockWidgetArea.LeftDockWidgetArea)
    docks.balance(list(own))
    return SidePanels(readability, findings, preview, own)
