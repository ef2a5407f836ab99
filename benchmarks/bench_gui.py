"""GUI speed and weight: time on the GUI thread per keystroke, start-up time, memory.

``cases()`` (for ``python3 -m benchmarks.run gui``) measures, with a 3,000-character LinkedIn
post in the editor, what one keystroke costs the GUI thread: the key itself with the
highlighter's re-highlighting of the edited paragraph, and showing a finished Analysis
(underlines, panels, meter, preview). Target: p95 within one frame, 16 ms. The baseline is the
same keystroke in a bare QPlainTextEdit.

Start-up needs fresh processes, so it has its own entry point::

    python3 benchmarks/bench_gui.py startup

starts a bare PySide6 QMainWindow and Schrijfhulp (through ``schrijfhulp.__main__.main``, as
the installed app starts) in fresh processes, several times each, and prints the median time
from process start to a usable window: painted once, and a character typed then shows in the editor.
Also the ratio (target: at most 1.5), the time until Schrijfhulp's features (Concepten,
Sjablonen, LanguageTool) are installed, and the resident memory (target: at most 200 MB).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

FRAME_MS = 16.0
TARGETS = {
    "toetsaanslag, post van 3000 tekens": FRAME_MS,
    "analyse tonen, post van 3000 tekens": FRAME_MS,
}
STARTUP_RATIO_TARGET = 1.5
RSS_TARGET_MB = 200
STARTUP_RUNS = 7

_keep_alive: list[object] = []


def _post() -> str:
    from benchmarks.bench_analysis import LINKEDIN_POST

    return LINKEDIN_POST


def _app() -> object:
    from benchmarks.qt_app import app

    return app()


def _typing(editor: object) -> Callable[[], object]:
    """One keystroke in the middle of the text, and the events it causes; then undo it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    assert isinstance(editor, QPlainTextEdit)
    cursor = editor.textCursor()
    cursor.setPosition(len(editor.toPlainText()) // 2)
    editor.setTextCursor(cursor)

    def keystroke() -> None:
        QTest.keyClick(editor, Qt.Key.Key_E)
        QApplication.sendPostedEvents()
        QTest.keyClick(editor, Qt.Key.Key_Backspace)
        QApplication.sendPostedEvents()

    return keystroke


def cases() -> list[tuple[str, Callable[[], object]]]:
    from PySide6.QtWidgets import QPlainTextEdit

    from schrijfhulp.core.analysis import analyse
    from schrijfhulp.core.settings import Paths, load_settings
    from schrijfhulp.gui.main_window import MainWindow

    _app()
    post = _post()
    home = Path(tempfile.mkdtemp(prefix="schrijfhulp-bench-"))  # never the user's own drafts
    for name, folder in (("DATA", "data"), ("CONFIG", "config")):
        os.environ.setdefault(f"SCHRIJFHULP_{name}_DIR", str(home / folder))
    paths = Paths.default()
    window = MainWindow(load_settings(paths), paths)
    window.resize(1280, 800)
    window.show()
    window.install_features()  # docks and features, else they follow the first paint
    window.load_text(post, platform="linkedin")
    window.dispatcher.shutdown()  # measure the GUI thread only: no analysis jobs meanwhile
    analysis = analyse(post, "linkedin")
    window.show_analysis(analysis)
    bare = QPlainTextEdit()
    bare.setPlainText(post)
    bare.show()
    _keep_alive.extend([window, bare])
    return [
        ("toetsaanslag in kale QPlainTextEdit (baseline)", _typing(bare)),
        ("toetsaanslag, post van 3000 tekens", _typing(window.editor)),
        ("analyse tonen, post van 3000 tekens", lambda: window.show_analysis(analysis)),
    ]


# -- start-up in fresh processes ------------------------------------------------------------

_CHILD = r"""
import os, sys, time
started = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMainWindow

def rss_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return 0

class Probe(QObject):
    # Waits for the window's first paint, then types one character as an input method delivers
    # it (a QKeyEvent would need the Qt namespace, whose enums cost the probe itself 25-40 ms)
    # and waits until the editor shows it; the bare window has no editor: the event only has
    # to be handled. Then, for Schrijfhulp, waits until its features are installed.
    def __init__(self, window):
        super().__init__()
        self.window = window
        self.editor = getattr(window, "editor", None)
        self.usable = 0.0
        # On the window only: a filter on the whole application would make PySide wrap every
        # object that gets an event, and build their types and enums (20-30 ms), in the probe.
        window.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.type_key)
        return False

    def type_key(self):
        typed = QInputMethodEvent("", [])
        typed.setCommitString("x")
        QApplication.postEvent(self.editor or self.window, typed)
        QTimer.singleShot(0, self.check)

    def check(self):
        if self.editor is not None and "x" not in self.editor.toPlainText():
            QTimer.singleShot(1, self.check)
            return
        if not self.usable:
            self.usable = time.time() - started
            self.memory = rss_mb()
        if getattr(self.window, "_startup_steps", None):  # features still installing
            QTimer.singleShot(1, self.check)
            return
        print(f"{self.usable:.4f} {time.time() - started:.4f} {self.memory}", flush=True)
        os._exit(0)

probes = []
original_exec = QApplication.exec

def exec_with_probe(app):
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))
    probes.append(Probe(window))
    return original_exec()  # static in Qt

QApplication.exec = exec_with_probe
if sys.argv[2] == "schrijfhulp":
    from schrijfhulp.__main__ import main  # what the installed app runs
    main([])
else:
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.exec()
"""


def start_once(kind: str, home: Path) -> tuple[float, float, int]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        # A fresh home: never the user's own drafts or settings.
        "SCHRIJFHULP_DATA_DIR": str(home / "data"),
        "SCHRIJFHULP_CONFIG_DIR": str(home / "config"),
        "SCHRIJFHULP_MANAGED_CONFIG": str(home / "managed.toml"),
        "SCHRIJFHULP_CACHE_DIR": str(home / "cache"),  # the first start compiles translations
        # Like an installed app: bytecode compiled once (pip and PyInstaller do that), kept
        # outside the source tree.
        "PYTHONPYCACHEPREFIX": str(home / "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, repr(time.time()), kind],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=HERE.parent,
        check=True,
    ).stdout.split()
    return float(out[0]), float(out[1]), int(out[2])


def startup(runs: int = STARTUP_RUNS) -> int:
    with tempfile.TemporaryDirectory(prefix="schrijfhulp-bench-") as tmp:
        return _startup(runs, Path(tmp))


def _startup(runs: int, home: Path) -> int:
    start_once("schrijfhulp", home)  # the first start creates the database, warms the cache
    rows = {}
    # Interleaved, so a busy moment on a shared machine hits both alike.
    runs_by_kind: dict[str, list[tuple[float, float, int]]] = {"bare": [], "schrijfhulp": []}
    for _ in range(runs):
        for kind, samples in runs_by_kind.items():
            samples.append(start_once(kind, home))
    for kind, samples in runs_by_kind.items():
        rows[kind] = (
            statistics.median(s[0] for s in samples) * 1000,
            max(s[0] for s in samples) * 1000,
            statistics.median(s[1] for s in samples) * 1000,
            statistics.median(s[2] for s in samples),
        )
    ratio = rows["schrijfhulp"][0] / rows["bare"][0]
    print(
        f"{'start tot bruikbaar venster':<34} {'mediaan ms':>10} {'max ms':>8} "
        f"{'alles geladen ms':>16} {'RSS MB':>7}"
    )
    for kind, label in (
        ("bare", "kale PySide6 QMainWindow [basis]"),
        ("schrijfhulp", "Schrijfhulp"),
    ):
        median, worst, ready, rss = rows[kind]
        print(f"{label:<34} {median:>10.0f} {worst:>8.0f} {ready:>16.0f} {rss:>7.0f}")
    rss_ok = rows["schrijfhulp"][3] <= RSS_TARGET_MB
    ratio_ok = ratio <= STARTUP_RATIO_TARGET
    verdict = "ok" if ratio_ok else "TE TRAAG"
    print(f"verhouding: {ratio:.2f} (doel ≤ {STARTUP_RATIO_TARGET}) {verdict}")
    print(
        f"geheugen na start: {rows['schrijfhulp'][3]:.0f} MB (doel ≤ {RSS_TARGET_MB}) "
        f"{'ok' if rss_ok else 'TE VEEL'}"
    )
    return 0 if ratio_ok and rss_ok else 1


def keystrokes() -> int:
    """The cases() figures without the shared runner: median and p95 per case."""
    for name, function in cases():
        function()
        timings = []
        for _ in range(200):
            t = time.perf_counter()
            function()
            timings.append((time.perf_counter() - t) * 1000)
        timings.sort()
        p95 = timings[int(0.95 * (len(timings) - 1))]
        print(f"{name:<50} mediaan {statistics.median(timings):6.2f} ms  p95 {p95:6.2f} ms")
    return 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "startup"
    sys.exit(startup() if command == "startup" else keystrokes())
