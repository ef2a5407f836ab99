"""Drafts speed with 10,000 drafts: open the Concepten panel <= 100 ms, a search <= 50 ms,
an autosave <= 5 ms (medians).

``cases()`` gives (name, callable) pairs for the benchmark runner. The store with 10,000
realistic drafts is built once per process in a temporary folder (about two seconds) and shared
by every case. Listing the drafts without the panel is the baseline for opening the panel.
"""

from __future__ import annotations

import atexit
import itertools
import os
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

from schrijfhulp.core.drafts import DraftStore, derive_title

DRAFT_COUNT = 10_000
PLATFORMS = ("linkedin", "x", "facebook", "instagram", "bluesky", "mastodon")
STATUSES = ("concept", "concept", "klaar", "geplaatst")
SENTENCES = (
    "Vanaf maandag staat je fiets droog in de nieuwe stalling achter het stadskantoor.",
    "Vrijdag is de zomerborrel in de kantine; neem gerust je collega's mee.",
    "Wij zoeken een collega voor team Burgerzaken die graag met mensen werkt.",
    "De open dag bij de brandweer trok dit jaar meer dan tweeduizend bezoekers.",
    "Lees meer op https://www.gemeente.nl/nieuws of mail naar communicatie@gemeente.nl.",
    "Dank aan iedereen die meedacht over het nieuwe klimaatplan voor onze wijk!",
    "Het stadhuis is op Koningsdag gesloten; de balie is dinsdag weer open.",
    "Onze vrijwilligers hebben 120 bomen geplant in het park aan de rivier. #groen",
    "Ben jij de nieuwe beleidsmedewerker duurzaamheid? Reageer voor 1 juli.",
    "Tijdens de lunchlezing vertelt Fatima over toegankelijke teksten op niveau 2.",
)
TARGETS: dict[str, float] = {  # the limits, median milliseconds
    "open Concepten panel, 10,000 drafts": 100.0,
    "search 'fiets', first page (half match)": 50.0,
    "search 'fatima lunch', first page": 50.0,
    "search typed in panel, list refilled": 50.0,
    "autosave 3,700-char draft": 5.0,
}
AUTOSAVE_TEXT = " ".join(SENTENCES) * 5  # about 3,700 characters, a long LinkedIn post


def fake_post(rng: random.Random) -> str:
    lines = rng.sample(SENTENCES, rng.randint(3, 8))
    return "\n\n".join(lines) + f" #{rng.choice(('werkenbij', 'gemeente', 'nieuws'))}"


@cache
def shared_store() -> DraftStore:
    """A store with DRAFT_COUNT drafts, built once and removed when the process ends."""
    folder = Path(tempfile.mkdtemp(prefix="schrijfhulp-bench-"))
    atexit.register(shutil.rmtree, folder, True)
    store = DraftStore.open(folder / "concepten.sqlite3")
    rng = random.Random(42)
    now = time.time()
    rows = []
    for n in range(DRAFT_COUNT):
        text = fake_post(rng)
        when = now - rng.uniform(0, 365 * 24 * 3600)
        rows.append(
            (derive_title(text), text, rng.choice(PLATFORMS), rng.choice(STATUSES), when, when + n)
        )
    conn = store.connection
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO drafts (title, text, platform, status, created, updated)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA optimize")
    return store


def _qt_app() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks.qt_app import app

    return app()


def cases() -> list[tuple[str, Callable[[], object]]]:
    store = shared_store()
    app = _qt_app()
    from PySide6.QtWidgets import QApplication

    from schrijfhulp.gui.drafts.list_model import PAGE_SIZE
    from schrijfhulp.gui.drafts.panel import DraftsPanel

    assert app is not None
    draft = store.create(AUTOSAVE_TEXT)
    revision = [draft.revision]
    letters = itertools.cycle("abcdefghij ")
    typed = [AUTOSAVE_TEXT]

    def autosave() -> object:
        typed[0] += next(letters)  # one more keystroke since the last save
        revision[0] = store.save_text(draft.id, typed[0], revision[0])
        return revision[0]

    def open_panel() -> object:
        panel = DraftsPanel(store)
        panel.resize(420, 700)
        panel.show()
        QApplication.processEvents()  # lay out and paint the visible rows
        count = panel.model.rowCount()
        panel.close()
        panel.deleteLater()
        return count

    panel = DraftsPanel(store)
    words = itertools.cycle(("fiets", "zomerborrel", "brandweer", "klimaatplan", "balie"))

    def search_in_panel() -> object:
        panel.search.setText(next(words))  # textChanged runs the search and fills the list
        return panel.model.rowCount()

    def open_store() -> object:
        # At start-up: PRAGMA quick_check (finds a damaged file) and the schema check.
        other = DraftStore.open(store.path)
        other.close()
        return other.problems

    def first_page(query: str) -> object:
        return store.list_drafts(query, limit=PAGE_SIZE)  # what the panel reads

    return [
        ("list all 10,000 drafts, no panel (baseline)", lambda: store.list_drafts()),
        ("open the store at start-up, 10,000 drafts", open_store),
        ("open Concepten panel, 10,000 drafts", open_panel),
        ("search 'fiets', first page (half match)", lambda: first_page("fiets")),
        ("search 'fiets', all ~5,000 matches", lambda: store.list_drafts("fiets")),
        ("search 'fatima lunch', first page", lambda: first_page("fatima lunch")),
        ("search typed in panel, list refilled", search_in_panel),
        ("autosave 3,700-char draft", autosave),
    ]


if __name__ == "__main__":
    import statistics

    print(f"{'case':<46} {'median ms':>10} {'p95 ms':>10}")
    for name, case in cases():
        case()  # warm-up
        timings = []
        for _ in range(50):
            start = time.perf_counter()
            case()
            timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(f"{name:<46} {statistics.median(timings):>10.2f} {p95:>10.2f}")
