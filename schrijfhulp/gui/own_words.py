"""Eigen woorden while typing: a short line under the editor for a post that started from a
sjabloon.

"Nog 80 % tekst van het sjabloon: vertel in één zin wat jij ervan vindt." shows while the share
of sjabloontekst is at or above the pack's maximum (by default 70 %); a persoonlijk field that
is not filled in yet adds its own hint. The line goes away as soon as the post is the user's
own. The points come from the core (``core.open_points.own_words_points``), so the checklist
before "Kopieer voor …" and ``schrijfhulp check`` say the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from schrijfhulp.core.analysis import Analysis
    from schrijfhulp.gui.window_host import WindowHost


class OwnWordsLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("own_words_line")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Eigen woorden"))
        self.setToolTip(
            self.tr(
                "Je bericht begon met een sjabloon. Mensen lezen liever wat jij zelf vindt: "
                "schrijf het in je eigen woorden."
            )
        )
        self.hide()

    def show_lines(self, lines: list[str]) -> None:
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))


class OwnWordsController:
    """Keeps the line in step with each analysis and the conditions it was made with."""

    def __init__(self, window: WindowHost) -> None:
        self.window = window
        self.line = OwnWordsLine(window.window())
        window.add_below_editor(self.line)
        window.analysis_ready.connect(self.show_analysis)

    def show_analysis(self, analysis: Analysis) -> None:
        from schrijfhulp.core.open_points import TEMPLATE_TEXT, own_words_points
        from schrijfhulp.gui.open_point_texts import point_text

        points = own_words_points(analysis, self.window.conditions)
        points.sort(key=lambda p: p.code != TEMPLATE_TEXT)  # the share first, then the fields
        self.line.show_lines([point_text(p) for p in points])


def install(window: WindowHost) -> OwnWordsController:
    controller = OwnWordsController(window)
    if window.current_analysis is not None:
        controller.show_analysis(window.current_analysis)
    return controller
