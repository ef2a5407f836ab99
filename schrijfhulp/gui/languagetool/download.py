"""Ask before downloading LanguageTool, then download it with progress and a cancel button.

The download takes minutes, so it runs on a QThread owned by this dialog; the dialog only talks
to it through signals and a cancel flag the download checks between chunks.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from schrijfhulp.core.languagetool import local_server as lt_local

log = logging.getLogger(__name__)

DownloadFunction = Callable[[lt_local.ProgressCallback, Callable[[], bool]], Path]
MB = 1024 * 1024


class _DownloadThread(QThread):
    progressed = Signal(int, int)  # bytes done, bytes in total (0 when unknown)
    succeeded = Signal(str)  # the folder LanguageTool is in
    failed = Signal(str)  # Dutch message
    cancelled = Signal()

    def __init__(self, download: DownloadFunction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._download = download
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            folder = self._download(
                lambda done, total: self.progressed.emit(done, total or 0), self._cancel.is_set
            )
        except lt_local.DownloadCancelled:
            self.cancelled.emit()
        except lt_local.DownloadError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # the dialog must always end, whatever went wrong
            log.exception("LanguageTool download failed")
            self.failed.emit(str(exc))
        else:
            self.succeeded.emit(str(folder))


class LanguageToolDownloadDialog(QDialog):
    """Accepted when LanguageTool is installed; rejected when the user said no or cancelled."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        download: DownloadFunction = lt_local.download,
        java_check: Callable[[], lt_local.JavaCheck] = lt_local.check_java,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("LanguageTool downloaden"))
        self.setMinimumWidth(480)
        self._download = download
        self._thread: _DownloadThread | None = None
        self.consented = False
        self.java = java_check()
        self.question = QLabel(self._question_text())
        self.question.setWordWrap(True)
        self.java_label = QLabel(self.java.message)
        self.java_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        self.buttons = QDialogButtonBox()
        self.download_button = QPushButton(self.tr("Downloaden"))
        self.download_button.setEnabled(self.java.ok)
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.buttons.addButton(self.download_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.download_button.clicked.connect(self.start_download)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        for widget in (self.question, self.java_label, self.progress, self.progress_label):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)

    def _question_text(self) -> str:
        return (
            self.tr(
                "Schrijfhulp downloadt LanguageTool één keer van internet: ongeveer %1 MB "
                "(uitgepakt ongeveer %2 MB, in %3). Daarna controleert LanguageTool je tekst op "
                "deze computer en blijft je tekst op deze computer. Wil je dat?"
            )
            .replace("%1", str(lt_local.DOWNLOAD_MB))
            .replace("%2", str(lt_local.INSTALLED_MB))
            .replace("%3", str(lt_local.install_folder()))
        )

    def start_download(self) -> None:
        """The user agreed: download, with progress."""
        self.consented = True
        self.download_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Verbinding maken…"))
        self._thread = _DownloadThread(self._download, self)
        self._thread.progressed.connect(self._show_progress)
        self._thread.succeeded.connect(self._done)
        self._thread.failed.connect(self._failed)
        self._thread.cancelled.connect(self._stopped)
        self._thread.start()

    def cancel(self) -> None:
        if self._thread is not None and self._thread.isRunning():
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stoppen…"))
            self._thread.cancel()
        else:
            self.reject()

    def is_downloading(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * done / total))
            text = self.tr("%1 van %2 MB")
            self.progress_label.setText(
                text.replace("%1", str(done // MB)).replace("%2", str(total // MB))
            )
        else:
            self.progress_label.setText(self.tr("%1 MB").replace("%1", str(done // MB)))

    def _done(self, folder: str) -> None:
        self._thread_finished()
        self.accept()

    def _failed(self, message: str) -> None:
        self._thread_finished()
        self.progress.setVisible(False)
        self.progress_label.setText(message)
        self.download_button.setText(self.tr("Opnieuw proberen"))
        self.download_button.setEnabled(self.java.ok)
        self.cancel_button.setEnabled(True)

    def _stopped(self) -> None:
        self._thread_finished()
        self.reject()

    def _thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.wait()
            self._thread = None

    def reject(self) -> None:
        if self.is_downloading():  # closing the window (Esc, ×) stops the download first
            self.cancel()
            return
        super().reject()
