"""Before "Kopieer voor …": what is still open, and the choice to copy anyway or go back.

:func:`open_points` lists what the user should know before pasting, one short sentence per
point; today that is a post over the platform's maximum. Other checks (a pack's verplichte
onderdelen, a checklist) add their points to that list, and the same :class:`CopyCheck`
shows them all. Nothing open: the text is copied at once, without a question.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from schrijfhulp.gui.platform_list import platform_name


def open_points(
    text: str,
    platform_id: str,
    platform_limits: Mapping[str, int] | None = None,
    shorten_links: bool = False,
) -> list[str]:
    """What is still open before ``text`` is pasted on the platform, in plain Dutch."""
    from schrijfhulp.core.platforms import count

    measured = count(
        text,
        platform_id,
        limit=(platform_limits or {}).get(platform_id),
        shorten_links=shorten_links,
    )
    if not measured.over:
        return []
    name = platform_name(platform_id)
    if measured.used <= measured.limit:  # Bluesky: within the characters, over the bytes
        too_long = QCoreApplication.translate(
            "CopyCheck", "Je bericht is te lang voor %1."
        ).replace("%1", name)
    else:
        locale = QLocale()
        limit = locale.toString(measured.limit)
        if not measured.limit_official:
            limit = QCoreApplication.translate("CopyCheck", "ongeveer %1").replace("%1", limit)
        too_long = (
            QCoreApplication.translate(
                "CopyCheck", "Je bericht is te lang voor %1: %2 van %3 tekens."
            )
            .replace("%1", name)
            .replace("%2", locale.toString(measured.used))
            .replace("%3", limit)
        )
    refused = QCoreApplication.translate(
        "CopyCheck", "%1 plaatst het dan niet, of knipt het af."
    ).replace("%1", name)
    return [f"{too_long} {refused}"]


class CopyCheck(QDialog):
    """The open points, with "Toch kopiëren" and "Terug naar mijn tekst" (the default)."""

    def __init__(self, platform_id: str, points: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("copy_check")
        self.setWindowTitle(self.tr("Kopieer voor %1").replace("%1", platform_name(platform_id)))
        if len(points) == 1:
            heading_text = self.tr("Nog 1 punt open")
        else:
            heading_text = self.tr("Nog %1 punten open").replace("%1", str(len(points)))
        heading = QLabel(f"<b>{heading_text}</b>", self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        self.point_labels: list[QLabel] = []
        for point in points:
            label = QLabel(point, self)
            label.setObjectName("copy_check_point")
            label.setWordWrap(True)
            layout.addWidget(label)
            self.point_labels.append(label)
        buttons = QDialogButtonBox(self)
        self.copy_button = buttons.addButton(
            self.tr("Toch kopiëren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back_button = buttons.addButton(
            self.tr("Terug naar mijn tekst"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.setDefault(True)  # Enter does not copy by accident
        self.back_button.setAutoDefault(True)
        self.copy_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


def ask_before_copy(
    parent: QWidget, platform_id: str, points: Sequence[str], copy: Callable[[], None]
) -> CopyCheck | None:
    """Copy at once when nothing is open; else ask, and copy only on "Toch kopiëren"."""
    if not points:
        copy()
        return None
    dialog = CopyCheck(platform_id, points, parent)
    dialog.accepted.connect(copy)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
