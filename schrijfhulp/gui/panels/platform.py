"""How the post fits the platform: the meter under the editor and the Voorbeeld panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from schrijfhulp.gui.platform_list import platform_specs

if TYPE_CHECKING:
    # core.platforms loads its counters (0.15 s); the analysis brings it in after start-up.
    from schrijfhulp.core.analysis import Analysis
    from schrijfhulp.core.platforms import PlatformCount, PlatformSpec
    from schrijfhulp.core.platforms.thread_count import ThreadCount

NEAR_SHARE = 0.9  # from 90 % of the maximum the meter turns orange

STATE_COLOURS = {  # state: (light, dark)
    "ok": ("#1a7f37", "#3fb950"),
    "near": ("#b35900", "#f0883e"),
    "over": ("#cf222e", "#ff7b72"),
}


def meter_state(count: PlatformCount) -> str:
    if count.over:
        return "over"
    return "near" if count.limit and count.used >= NEAR_SHARE * count.limit else "ok"


def text_for_platform(text: str, platform_id: str, shorten_links: bool = False) -> str:
    """The text as it should be pasted on the platform."""
    from schrijfhulp.core.platforms import text_for_platform as convert

    return convert(text, platform_id, shorten_links=shorten_links)


def count_text(count: PlatformCount, about: bool, loc: QLocale, over: bool = True) -> str:
    """ "237 van ongeveer 3.000 tekens · 12 te veel" in the UI language: the meter's words, also
    for a part of a draad and the eerste reactie. ``about``: the maximum is a figure from guides,
    not from the platform; ``over=False`` leaves "te veel" out."""
    limit = loc.toString(count.limit)
    if about:
        limit = QCoreApplication.translate("PlatformMeter", "ongeveer %1").replace("%1", limit)
    text = QCoreApplication.translate("PlatformMeter", "%1 van %2 %3")
    text = text.replace("%1", loc.toString(count.used))
    unit = count.unit  # the platform data are Dutch
    if unit == "tekens":
        unit = QCoreApplication.translate("PlatformMeter", "tekens")
    text = text.replace("%2", limit).replace("%3", unit)
    if over and count.over:
        too_many = QCoreApplication.translate("PlatformMeter", "%1 te veel")
        text = f"{text} · {too_many.replace('%1', loc.toString(count.used - count.limit))}"
    return text


class PlatformMeter(QWidget):
    """ "237 van 280 tekens" with a bar that turns orange near the maximum and red past it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("platform_meter")
        self.state = "ok"
        self.count_label = QLabel(self)
        self.count_label.setObjectName("meter_label")
        self.count_label.setAccessibleName(self.tr("Aantal tekens"))
        self.bar = QProgressBar(self)
        self.bar.setObjectName("meter_bar")
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(self.fontMetrics().height() // 2)
        self.bar.setAccessibleName(self.tr("Hoeveel van het maximum je gebruikt"))
        self.fold_label = QLabel(self)
        self.fold_label.setObjectName("fold_label")
        self.fold_label.setAccessibleName(self.tr("Waar het bericht wordt ingekort"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.count_label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.fold_label)

    def show_count(self, count: PlatformCount, thread: ThreadCount | None = None) -> None:
        """One post: "237 van 280 tekens". A draad: "3 delen, elk past", or which part is too
        long; the bar then shows that part (or the fullest)."""
        spec = platform_specs()[count.platform]
        text = count_text(count, not spec.is_official("limit"), self.locale())
        if thread is not None and thread.over:
            part = thread.over_parts[0]
            head = self.tr("Deel %1 van %2 is te lang: %3").replace("%1", str(part.number))
            text = head.replace("%2", str(part.total)).replace("%3", text)
        elif thread is not None:
            text = self.tr("%1 delen, elk past").replace("%1", str(thread.total))
        self.count_label.setText(text)
        # How this platform counts (X: links as 23, emoji double), in the platform data's words.
        self.count_label.setToolTip(" ".join(t for t in (spec.url_rule, spec.notes) if t))
        self.bar.setRange(0, max(1, count.limit))
        self.bar.setValue(min(count.used, count.limit))
        self.fold_label.setText(self._fold_or_note(spec))
        self._set_state(meter_state(count))

    def _fold_or_note(self, spec: PlatformSpec) -> str:
        if spec.fold:
            about = "" if spec.is_official("fold") else self.tr("ongeveer ")
            text = self.tr("wordt ingekort na %1%2 tekens").replace("%1", about)
            return text.replace("%2", self.locale().toString(spec.fold))
        return spec.notes if spec.counting == "x-weighted" else ""

    def show_too_long(self, characters: int) -> None:
        self.count_label.setText(
            self.tr("%1 tekens. Te lang om live te controleren.").replace(
                "%1", self.locale().toString(characters)
            )
        )
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.fold_label.clear()
        self._set_state("over")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._set_state(self.state, force=True)  # light or dark colours for the new palette

    def _set_state(self, state: str, force: bool = False) -> None:
        if not force and state == self.state and self.property("state") == state:
            return  # style sheets are costly to re-apply on every keystroke
        self.state = state
        self.setProperty("state", state)
        dark = self.palette().color(self.palette().ColorRole.Base).lightness() < 128
        colour = STATE_COLOURS[state][1 if dark else 0]
        self.count_label.setStyleSheet(f"color: {colour};" if state != "ok" else "")
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background-color: {colour}; }}")
        self.count_label.setAccessibleDescription(
            {
                "ok": self.tr("Past"),
                "near": self.tr("Bijna op het maximum"),
                "over": self.tr("Over het maximum"),
            }[state]
        )


class PostPreview(QWidget):
    """Voorbeeld: roughly how the post shows on the platform, cut off at the fold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QFrame, QTextBrowser  # built after the first paint

        self.setObjectName("preview_panel")
        self.card = QFrame(self)
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setAutoFillBackground(True)
        self.card.setBackgroundRole(self.card.backgroundRole().Base)
        self.name_label = QLabel(self.tr("Jouw naam"), self.card)
        self.name_label.setObjectName("preview_name")
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.platform_label = QLabel(self.card)
        self.platform_label.setObjectName("preview_platform")
        # A read-only text view, not a QLabel: it wraps and scrolls inside a dock of any size.
        self.body_label = QTextBrowser(self.card)
        self.body_label.setObjectName("preview_text")
        self.body_label.setFrameShape(QFrame.Shape.NoFrame)
        self.body_label.setOpenLinks(False)
        self.body_label.setAccessibleName(self.tr("Voorbeeld van je bericht"))
        card_layout = QVBoxLayout(self.card)
        head = QHBoxLayout()
        head.addWidget(self.name_label)
        head.addStretch(1)
        head.addWidget(self.platform_label)
        card_layout.addLayout(head)
        card_layout.addWidget(self.body_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.card)
        self.visible_text = ""

    def show_analysis(self, analysis: Analysis) -> None:
        import html  # with html.entities: 2 ms, not needed before the first analysis

        spec = platform_specs()[analysis.platform]
        self.platform_label.setText(spec.name)
        if analysis.thread is not None:  # a draad: its parts as they are posted
            text = "\n\n".join(p.posted for p in analysis.thread.parts)
        else:
            text = text_for_platform(analysis.text, analysis.platform).rstrip()
        fold = analysis.platform_count.fold_position
        more = ""
        if fold is not None and fold < len(text):
            from schrijfhulp.core.platforms import cut_between_words

            text = text[: cut_between_words(text, fold)].rstrip()
            more = self.tr("…meer weergeven")
        self.visible_text = text
        body = html.escape(text).replace("\n", "<br>")
        if more:
            link = self.palette().color(self.palette().ColorRole.PlaceholderText).name()
            body += f" <span style='color:{link}'>{html.escape(more)}</span>"
        self.body_label.setHtml(body or html.escape(self.tr("(nog leeg)")))
