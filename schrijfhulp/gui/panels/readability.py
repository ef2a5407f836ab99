"""The Leesbaarheid panel: one verdict, the reasons that weigh most, the moeilijkste zinnen in
order of difficulty, and a collapsed Details part with the older formulas."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from schrijfhulp.gui.panels import readability_texts

if TYPE_CHECKING:
    from schrijfhulp.core.analysis import Analysis
    from schrijfhulp.core.readability import SentenceDifficulty

MAX_HARD_SENTENCES = 3
_SNIPPET = 60  # characters of a hard sentence shown in the list


class ReadabilityPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readability_panel")
        self.setAccessibleName(self.tr("Leesbaarheid"))
        self.verdict_label = self._label("verdict", self.tr("Oordeel over de leesbaarheid"))
        font = self.verdict_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.verdict_label.setFont(font)
        self.short_label = self._label("short_text", self.tr("Opmerking over korte teksten"))
        self.reasons_label = self._label("reasons", self.tr("Wat het meest meeweegt"))
        self.reasons_label.setTextFormat(Qt.TextFormat.RichText)
        self.hard_sentences_label = self._label("hard_sentences", self.tr("Moeilijkste zinnen"))
        self.hard_sentences_label.setTextFormat(Qt.TextFormat.RichText)
        self.sentences_label = self._label("sentences", self.tr("Aantal zinnen"))
        self.words_label = self._label("words", self.tr("Aantal woorden"))
        self.sentence_length_label = self._label("sentence_length", self.tr("Woorden per zin"))
        self.hard_label = self._label("hard", self.tr("Aantal moeilijkste zinnen"))
        self.details_button = QToolButton(self)
        self.details_button.setObjectName("details_button")
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.toggled.connect(self._show_details)
        self.details = QWidget(self)
        self.details.setObjectName("details")
        self.details_caption = self._label("details_caption", self.tr("Uitleg bij de details"))
        self.details_caption.setText(
            self.tr(
                "Oudere formules: ze tellen alleen woord- en zinslengte. Hoe hoger de score, "
                "hoe korter de woorden en zinnen."
            )
        )
        self.douma_label = self._label("douma", self.tr("Flesch-Douma"))
        self.brouwer_label = self._label("brouwer", self.tr("Brouwer"))
        self.word_length_label = self._label("word_length", self.tr("Lettergrepen per woord"))
        self.lint_label = self._label("lint", self.tr("LiNT-II-score"))
        self._layout()
        self.details.setVisible(False)
        self.clear()

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _layout(self) -> None:
        column = QVBoxLayout(self)
        # Never squeezed below what the rows need: the dock's scroll area scrolls instead.
        column.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        for label in (self.verdict_label, self.short_label, self.reasons_label):
            column.addWidget(label)
        column.addWidget(self.hard_sentences_label)
        stats = QFormLayout()
        stats.addRow(self.tr("Zinnen:"), self.sentences_label)
        stats.addRow(self.tr("Woorden:"), self.words_label)
        stats.addRow(self.tr("Woorden per zin:"), self.sentence_length_label)
        stats.addRow(self.tr("Moeilijkste zinnen:"), self.hard_label)
        column.addLayout(stats)
        column.addWidget(self.details_button)
        details = QFormLayout(self.details)
        details.setContentsMargins(12, 0, 0, 0)
        details.addRow(self.details_caption)
        details.addRow(self.tr("Flesch-Douma (0-100):"), self.douma_label)
        details.addRow(self.tr("Brouwer (0-100):"), self.brouwer_label)
        details.addRow(self.tr("Lettergrepen per woord:"), self.word_length_label)
        details.addRow(self.tr("LiNT-II-score, die het niveau bepaalt:"), self.lint_label)
        column.addWidget(self.details)
        column.addStretch(1)

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.details_button.setArrowType(arrow)

    def clear(self, message: str = "") -> None:
        self.verdict_label.setText(message or self.tr("Nog geen tekst."))
        for label in (self.short_label, self.reasons_label, self.hard_sentences_label):
            label.clear()
            label.hide()  # an empty word-wrapped label still takes a line: a gap on first start
        self.short_label.setVisible(False)
        for label in (
            self.sentences_label,
            self.words_label,
            self.sentence_length_label,
            self.hard_label,
            self.douma_label,
            self.brouwer_label,
            self.word_length_label,
            self.lint_label,
        ):
            label.setText("–")

    def show_analysis(self, analysis: Analysis) -> None:
        r = analysis.readability
        if not r.words:
            self.clear()
            return
        loc = self.locale()
        self.verdict_label.setText(readability_texts.level(r.level) + ".")
        self.short_label.setText(readability_texts.short_text())
        self.short_label.setVisible(r.verdict.short_text)
        self.reasons_label.setText(self._reasons_html(analysis))
        self.hard_sentences_label.setText(self._hard_sentences_html(analysis))
        for label in (self.reasons_label, self.hard_sentences_label):
            label.setVisible(bool(label.text()))
        self.sentences_label.setText(loc.toString(r.sentences))
        self.words_label.setText(loc.toString(r.words))
        self.sentence_length_label.setText(loc.toString(r.avg_sentence_length, "f", 1))
        self.hard_label.setText(loc.toString(len(r.hardest_sentences)))
        self.douma_label.setText(loc.toString(round(r.flesch_douma)))
        self.brouwer_label.setText(loc.toString(round(r.brouwer)))
        self.word_length_label.setText(loc.toString(r.avg_syllables_per_word, "f", 1))
        self.lint_label.setText(loc.toString(round(r.score)))

    def _reasons_html(self, analysis: Analysis) -> str:
        reasons = [readability_texts.reason(r) for r in analysis.readability.verdict.reasons]
        if not reasons:
            return ""
        heading = _escape(self.tr("Wat het meest meeweegt:"))
        items = "".join(f"<li>{_escape(r)}</li>" for r in reasons)
        return f"<b>{heading}</b><ul style='margin-left:-20px'>{items}</ul>"

    def _hard_sentences_html(self, analysis: Analysis) -> str:
        hardest = analysis.readability.hardest_sentences[:MAX_HARD_SENTENCES]
        if not hardest:
            return ""
        heading = _escape(self.tr("Moeilijkste zinnen, de moeilijkste eerst:"))
        items = "".join(self._hard_sentence_item(analysis.text, s) for s in hardest)
        return f"<b>{heading}</b><ol style='margin-left:-20px'>{items}</ol>"

    def _hard_sentence_item(self, text: str, sentence: SentenceDifficulty) -> str:
        snippet = " ".join(text[sentence.start : sentence.end].split())
        if len(snippet) > _SNIPPET:
            snippet = snippet[: _SNIPPET - 1].rstrip() + "…"
        level = self.tr("niveau %1").replace("%1", str(sentence.level))
        why = "; ".join(readability_texts.reason(r) for r in sentence.reasons)
        detail = f"{level}: {why}" if why else level
        return f"<li>“{_escape(snippet)}” <i>({_escape(detail)})</i></li>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
