"""The Leesbaarheid panel: score, band, level in words, what makes the text harder, statistics."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from schrijfhulp.core.findings import Kind
from schrijfhulp.gui.panels import readability_texts

if TYPE_CHECKING:
    from schrijfhulp.core.analysis import Analysis

MAX_REASONS = 3


class ReadabilityPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readability_panel")
        self.setAccessibleName(self.tr("Leesbaarheid"))
        self.score_label = self._label("score", self.tr("Leesbaarheidsscore"))
        font = self.score_label.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.score_label.setFont(font)
        self.score_caption = self._label("score_caption", self.tr("Uitleg bij de score"))
        self.score_caption.setText(
            self.tr("Leesbaarheid van 0 tot 100: hoe hoger, hoe makkelijker")
        )
        self.band_label = self._label("band", self.tr("Hoe makkelijk de tekst is"))
        self.level_label = self._label("level", self.tr("Niveau van de tekst"))
        self.reasons_label = self._label("reasons", self.tr("Wat deze tekst moeilijker maakt"))
        self.reasons_label.setTextFormat(Qt.TextFormat.RichText)
        self.sentences_label = self._label("sentences", self.tr("Aantal zinnen"))
        self.words_label = self._label("words", self.tr("Aantal woorden"))
        self.sentence_length_label = self._label("sentence_length", self.tr("Woorden per zin"))
        self.word_length_label = self._label("word_length", self.tr("Lettergrepen per woord"))
        self.hard_label = self._label("hard", self.tr("Moeilijkste zinnen"))
        self._layout()
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
        column.addWidget(self.score_label)
        column.addWidget(self.score_caption)
        column.addWidget(self.band_label)
        column.addWidget(self.level_label)
        column.addWidget(self.reasons_label)
        stats = QFormLayout()
        stats.addRow(self.tr("Zinnen:"), self.sentences_label)
        stats.addRow(self.tr("Woorden:"), self.words_label)
        stats.addRow(self.tr("Woorden per zin:"), self.sentence_length_label)
        stats.addRow(self.tr("Lettergrepen per woord:"), self.word_length_label)
        stats.addRow(self.tr("Moeilijkste zinnen:"), self.hard_label)
        column.addLayout(stats)
        column.addStretch(1)

    def clear(self, message: str = "") -> None:
        self.score_label.setText("–")
        self.band_label.setText(message or self.tr("Nog geen tekst."))
        for label in (self.level_label, self.reasons_label):
            label.clear()
            label.hide()  # an empty word-wrapped label still takes a line: a gap on first start
        for label in (
            self.sentences_label,
            self.words_label,
            self.sentence_length_label,
            self.word_length_label,
            self.hard_label,
        ):
            label.setText("–")

    def show_analysis(self, analysis: Analysis) -> None:
        r = analysis.readability
        if not r.words:
            self.clear()
            return
        loc = self.locale()
        self.score_label.setText(loc.toString(round(r.flesch_douma)))
        self.score_label.setToolTip(
            self.tr("Flesch-Douma: 0 is heel moeilijk, 100 is heel makkelijk.")
        )
        band = readability_texts.band(r.douma_band)
        self.band_label.setText(band[:1].upper() + band[1:])
        self.band_label.setToolTip(self.tr("Volgens de Flesch-Douma-formule"))
        self.level_label.setText(self._level_text(r.level, r.level_text))
        self.reasons_label.setText(self._reasons_html(analysis))
        for label in (self.level_label, self.reasons_label):
            label.setVisible(bool(label.text()))
        self.sentences_label.setText(loc.toString(r.sentences))
        self.words_label.setText(loc.toString(r.words))
        self.sentence_length_label.setText(loc.toString(r.avg_sentence_length, "f", 1))
        self.word_length_label.setText(loc.toString(r.avg_syllables_per_word, "f", 1))
        hard = sum(1 for s in r.sentence_difficulties if s.is_hard)
        self.hard_label.setText(loc.toString(hard))

    def _level_text(self, level: int, level_text: str) -> str:
        words = readability_texts.level_text(level, level_text)
        return self.tr("Niveau %1 — %2").replace("%1", str(level)).replace("%2", words)

    def _reasons_html(self, analysis: Analysis) -> str:
        """The few things that make this text harder: reasons of the hardest sentences first."""
        reasons: list[str] = []
        explained: list[tuple[int, int]] = []  # sentences whose reasons are listed
        for sentence in sorted(
            analysis.readability.sentence_difficulties, key=lambda s: -s.difficulty
        ):
            worded = (readability_texts.reason(r) for r in sentence.reasons)
            reasons.extend(r for r in worded if r not in reasons)
            if sentence.reasons:
                explained.append((sentence.start, sentence.end))
        for finding in analysis.findings:
            # A remark on a sentence listed above says the same again ("lange zin (31
            # woorden)" and "Lange zin: 31 woorden."); it stays in Opmerkingen.
            said = any(start <= finding.start < end for start, end in explained)
            if finding.kind is Kind.READABILITY and not said and finding.message not in reasons:
                reasons.append(finding.message)
        explanation = readability_texts.explanation(analysis.readability.explanation)
        html = f"<p style='margin:2px 0'>{_escape(explanation)}</p>" if explanation else ""
        if reasons:  # a heading about "harder" only above things that make it harder
            heading = _escape(self.tr("Wat deze tekst moeilijker maakt:"))
            items = "".join(f"<li>{_escape(r)}</li>" for r in reasons[:MAX_REASONS])
            html += f"<b>{heading}</b><ul style='margin-left:-20px'>{items}</ul>"
        return html


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
