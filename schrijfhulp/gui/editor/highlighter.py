"""Paints an Analysis into the editor's document with a QSyntaxHighlighter.

Findings, the hardest sentences and the characters past the platform maximum become "live
spans" in Qt positions (UTF-16). Edits shift the spans at once, so underlines stay on their
words while the next analysis is still running; a span the user types inside is dropped until
that analysis arrives. The formats end up in each block's layout, which is also what tests read
(:func:`underlines`): the kinds and number of underlines the user sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from schrijfhulp.core.findings import Finding, Kind
from schrijfhulp.gui import styles
from schrijfhulp.gui.labels import GROUP_ORDER, finding_group

if TYPE_CHECKING:
    from schrijfhulp.core.analysis import Analysis

# QTextFormat.Property.UserProperty (0x100000), written out: the enum lookup makes PySide build
# all of QTextFormat's enums at import, before the window shows (a test checks the value).
USER_PROPERTY = 0x100000
KIND_PROPERTY = USER_PROPERTY + 1  # str(Kind) of the underline
SPAN_PROPERTY = USER_PROPERTY + 2  # id of the live span underlined
LAYER_PROPERTY = USER_PROPERTY + 3  # Layer of a background
RULE_PROPERTY = USER_PROPERTY + 4  # rule id of the finding underlined
GROUP_PROPERTY = USER_PROPERTY + 5  # labels.finding_group of the finding: its look


class Layer(StrEnum):
    FINDING = "finding"
    HARD_SENTENCE = "hard"
    VERY_HARD_SENTENCE = "very_hard"
    OVERFLOW = "overflow"
    FOLD = "fold"


@dataclass(slots=True)
class LiveSpan:
    """A span in Qt positions that follows the user's edits."""

    start: int
    end: int
    layer: Layer
    finding: Finding | None = None
    ident: int = 0


class FindingHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, palette: QPalette, parent: QObject) -> None:
        # Created without a document: edits must reach _follow_edit before Qt re-highlights.
        super().__init__(parent)
        self._palette = palette
        self._spans: list[LiveSpan] = []
        self._formats: dict[str, QTextCharFormat] = {}
        self.typing_position: int | None = None  # the word here is being typed: no spelfout yet
        self.fold_platform = ""  # the platform whose fold the FOLD span marks
        # Connected before setDocument so spans shift before Qt re-highlights the edited block.
        document.contentsChange.connect(self._follow_edit)
        self.setDocument(document)
        # Formats are built when the first span is painted: a QBrush brings in the Qt
        # namespace, whose enums cost 25-40 ms, and the first paint does not need them.

    # -- what other code asks ------------------------------------------------------------
    @property
    def finding_spans(self) -> list[LiveSpan]:
        return [s for s in self._spans if s.layer is Layer.FINDING]

    def span_of(self, layer: Layer) -> LiveSpan | None:
        return next((s for s in self._spans if s.layer is layer), None)

    def finding_at(self, position: int) -> LiveSpan | None:
        """The finding under a document position (the shortest one when they overlap)."""
        inside = [s for s in self.finding_spans if s.start <= position < s.end]
        inside = inside or [s for s in self.finding_spans if s.end == position]
        # The shortest span; on the same words the most urgent kind (a spelfout first). An
        # empty span (a verplicht onderdeel that is missing here) only when no word is marked.
        return min(
            inside,
            key=lambda s: (s.start == s.end, s.end - s.start, -_paint_order(s)),
            default=None,
        )

    def span_for(self, finding: Finding) -> LiveSpan | None:
        return next((s for s in self.finding_spans if s.finding == finding), None)

    # -- showing ---------------------------------------------------------------------------
    def show_analysis(self, analysis: Analysis, findings: list[Finding]) -> None:
        """Replace every span with those of ``analysis`` (``findings``: the ones not ignored)."""
        # Not at import: core.platforms loads its counters; the analysis has brought it in.
        from schrijfhulp.core.platforms import cut_between_words
        from schrijfhulp.core.platforms.unicode_units import Utf16Map

        to_qt = Utf16Map(analysis.text).to_utf16  # Qt's document counts UTF-16 units
        spans: list[LiveSpan] = []
        for sentence in analysis.readability.sentence_difficulties:
            if sentence.is_hard:  # the moeilijkste zinnen, as core.readability defines them
                layer = Layer.VERY_HARD_SENTENCE if sentence.is_very_hard else Layer.HARD_SENTENCE
                spans.append(LiveSpan(to_qt(sentence.start), to_qt(sentence.end), layer))
        for start, end in analysis.overflow_spans():  # per part, in a draad
            spans.append(LiveSpan(to_qt(start), to_qt(end), Layer.OVERFLOW))
        count = analysis.platform_count
        self.fold_platform = count.platform
        if count.fold_position is not None:  # where the Voorbeeld cuts, not inside a word
            fold = to_qt(cut_between_words(analysis.text, count.fold_position))
            spans.append(LiveSpan(fold, fold, Layer.FOLD))
        # An empty finding (start == end: a verplicht onderdeel missing here) gets a span too,
        # so it can be found and its voorstel inserted; it paints nothing.
        for ident, finding in enumerate(findings, start=1):
            start, end = to_qt(finding.start), to_qt(finding.end)
            spans.append(LiveSpan(start, end, Layer.FINDING, finding, ident))
        spans.sort(key=_paint_order)  # once here, not for every block painted
        self._spans = spans
        self.rehighlight()

    def clear_spans(self) -> None:
        if self._spans:  # re-highlighting a pasted megabyte for nothing would freeze the window
            self._spans = []
            self.rehighlight()

    def set_palette(self, palette: QPalette) -> None:
        self._palette = palette
        self._formats = {}
        self.rehighlight()

    def _format(self, key: str) -> QTextCharFormat:
        if not self._formats:
            self._build_formats()
        return self._formats[key]

    def _build_formats(self) -> None:
        dark = styles.is_dark(self._palette)
        self._formats = {str(group): styles.finding_format(group, dark) for group in GROUP_ORDER}
        self._formats[Layer.HARD_SENTENCE] = styles.hard_sentence_format(1, dark)
        self._formats[Layer.VERY_HARD_SENTENCE] = styles.hard_sentence_format(2, dark)
        self._formats[Layer.OVERFLOW] = styles.overflow_format(dark)
        for key, fmt in self._formats.items():
            fmt.setProperty(GROUP_PROPERTY if key in GROUP_ORDER else LAYER_PROPERTY, key)

    # -- following edits -------------------------------------------------------------------
    def _follow_edit(self, position: int, removed: int, added: int) -> None:
        delta = added - removed
        grows_word = added > 0 and self._word_character_at(position, added)
        kept: list[LiveSpan] = []
        for span in self._spans:
            if span.finding is not None and grows_word and position in (span.start, span.end):
                continue  # typed onto the start or end of a marked word: it is another word now
            if span.end < position or (span.end == position and span.layer is not Layer.OVERFLOW):
                kept.append(span)
            elif span.start >= position + removed and (span.start > position or removed == 0):
                span.start += delta
                span.end += delta
                kept.append(span)
            elif span.layer in (Layer.HARD_SENTENCE, Layer.VERY_HARD_SENTENCE, Layer.OVERFLOW):
                span.end = max(span.start, span.end + delta)  # typing inside: shade stays on
                kept.append(span)
            # a finding the user edits inside is dropped until the next analysis
        self._spans = kept

    def _word_character_at(self, position: int, length: int) -> bool:
        document = self.document()
        if document is None:
            return False
        first, last = document.characterAt(position), document.characterAt(position + length - 1)
        return first.isalnum() or last.isalnum()

    # -- painting --------------------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        block = self.currentBlock()
        block_start = block.position()
        block_end = block_start + block.length() - 1
        pieces: list[tuple[int, int, QTextCharFormat]] = []
        for span in self._spans:
            if span.start >= block_end or span.end <= block_start or span.start == span.end:
                continue  # not in this block, or empty (the fold, a missing onderdeel)
            if self._hidden_while_typing(span):
                continue
            fmt = self._format_for(span)
            pieces.append(
                (
                    max(span.start, block_start) - block_start,
                    min(span.end, block_end) - block_start,
                    fmt,
                )
            )
        if pieces:
            self._apply(pieces)

    def _hidden_while_typing(self, span: LiveSpan) -> bool:
        pos = self.typing_position
        return (
            pos is not None
            and span.finding is not None
            and span.finding.kind is Kind.SPELLING
            and span.start <= pos <= span.end
        )

    def _format_for(self, span: LiveSpan) -> QTextCharFormat:
        if span.finding is None:
            return self._format(span.layer)
        fmt = QTextCharFormat(self._format(finding_group(span.finding)))
        fmt.setProperty(KIND_PROPERTY, str(span.finding.kind))
        fmt.setProperty(SPAN_PROPERTY, span.ident)
        fmt.setProperty(RULE_PROPERTY, span.finding.rule_id)
        return fmt

    def _apply(self, pieces: list[tuple[int, int, QTextCharFormat]]) -> None:
        """Merge overlapping layers: backgrounds first, underlines on top."""
        cuts = sorted({p for start, end, _ in pieces for p in (start, end)})
        for left, right in zip(cuts, cuts[1:], strict=False):
            merged = QTextCharFormat()
            covered = False
            for start, end, fmt in pieces:
                if start <= left and end >= right:
                    merged.merge(fmt)
                    covered = True
            if covered:
                self.setFormat(left, right - left, merged)


def _paint_order(span: LiveSpan) -> int:
    """Backgrounds first; of two underlines on one word the more urgent kind ends on top."""
    if span.finding is None:
        return -1
    return len(GROUP_ORDER) - GROUP_ORDER.index(finding_group(span.finding))


@dataclass(frozen=True, slots=True)
class Underline:
    start: int
    end: int
    kind: Kind
    rule_id: str
    group: str = ""  # labels.finding_group: decides colour and style


def underlines(document: QTextDocument) -> list[Underline]:
    """The underlines as painted: one per finding span, with its kind, in document order."""
    result: list[Underline] = []
    last_ident = None
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for fr in sorted(layout.formats(), key=lambda r: r.start) if layout else []:
            ident = fr.format.property(SPAN_PROPERTY)
            if not ident:
                continue
            start = block.position() + fr.start
            end = start + fr.length
            if ident == last_ident and result and result[-1].end >= start - 1:
                last = result[-1]
                result[-1] = Underline(last.start, end, last.kind, last.rule_id, last.group)
            else:
                kind = Kind(fr.format.property(KIND_PROPERTY))
                rule, group = fr.format.property(RULE_PROPERTY), fr.format.property(GROUP_PROPERTY)
                result.append(Underline(start, end, kind, rule, group))
            last_ident = ident
        block = block.next()
    return result


def backgrounds(document: QTextDocument, layer: Layer) -> list[tuple[int, int]]:
    """Character ranges painted with a background ``layer`` (hard sentences, overflow)."""
    ranges: list[tuple[int, int]] = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for fr in sorted(layout.formats(), key=lambda r: r.start) if layout else []:
            if fr.format.property(LAYER_PROPERTY) != layer:
                continue
            start = block.position() + fr.start
            if ranges and ranges[-1][1] == start:
                ranges[-1] = (ranges[-1][0], start + fr.length)
            else:
                ranges.append((start, start + fr.length))
        block = block.next()
    return ranges
