"""``schrijfhulp --self-test``: prove that an installed or frozen build works.

Each step exercises the real code and bundled data (dictionary, rules, default pack,
translations, SQLite, Qt platform plugin). Nothing touches the user's own folders: data,
settings and compiled translations go to a temporary directory. Prints one line per step and
exits 0 only if all pass.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

SAMPLE_POST = (
    "Wij zoeken collega's die willen meedenken over ons nieuwe project voor schonere lucht. "
    "Doe je mee? Meld je aan via https://www.voorbeeld.nl/meedoen #SchoneLucht"
)


def run_self_test(out: Callable[[str], None] = print) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="schrijfhulp-selftest-") as tmp:
        os.environ["SCHRIJFHULP_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ["SCHRIJFHULP_CONFIG_DIR"] = str(Path(tmp) / "config")
        os.environ["SCHRIJFHULP_MANAGED_CONFIG"] = str(Path(tmp) / "managed.toml")
        os.environ["SCHRIJFHULP_CACHE_DIR"] = str(Path(tmp) / "cache")
        from schrijfhulp.gui.application import create_application

        create_application()  # one QApplication for every step, as in the real app
        steps: list[tuple[str, Callable[[], str]]] = [
            ("analysis", _check_analysis),
            ("default template pack", _check_default_pack),
            ("LanguageTool client", _check_languagetool_client),
            ("drafts", lambda: _check_drafts(Path(tmp))),
            ("translations", _check_translations),
            ("main window", _check_window),
        ]
        failures = 0
        for name, step in steps:
            started = time.perf_counter()
            try:
                detail = step()
            except Exception:  # report every failing step, not just the first
                failures += 1
                out(f"FAIL {name}\n{traceback.format_exc()}")
                continue
            out(f"ok   {name} ({(time.perf_counter() - started) * 1000:.0f} ms): {detail}")
    out("self-test passed" if failures == 0 else f"self-test FAILED: {failures} step(s)")
    return 0 if failures == 0 else 1


def _check_analysis() -> str:
    from schrijfhulp.core.analysis import analyse

    analysis = analyse(SAMPLE_POST + " Dit is een warschijnlijk fout woord.", "x")
    broken = [e for e in analysis.engines if e.state not in ("ok", "off")]
    if broken:
        raise RuntimeError(f"checkers not working: {broken}")
    if not any(f.rule_id.startswith("spelling") for f in analysis.findings):
        raise RuntimeError("the spell checker did not flag 'warschijnlijk'")
    if analysis.platform_count.used <= 0 or analysis.readability.words <= 0:
        raise RuntimeError("no counts")
    return (
        f"{analysis.counts.words} words, Douma {analysis.readability.flesch_douma:.0f}, "
        f"{len(analysis.findings)} findings, engines {[e.name for e in analysis.engines]}"
    )


def _check_languagetool_client() -> str:
    """The real client code path against a one-answer LanguageTool stand-in on 127.0.0.1."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from schrijfhulp.core.languagetool import check_with_server

    text = "We zijn dinsdg open."
    match = {
        "message": "Mogelijke spelfout gevonden.",
        "shortMessage": "",
        "offset": 8,
        "length": 6,
        "replacements": [{"value": "dinsdag"}],
        "context": {"text": text, "offset": 8, "length": 6},
        "sentence": text,
        "rule": {
            "id": "MORFOLOGIK_RULE_NL_NL",
            "description": "spelling",
            "issueType": "misspelling",
            "category": {"id": "TYPOS", "name": "Typos"},
        },
    }
    languages = [{"name": "Dutch", "code": "nl", "longCode": "nl"}]

    class Answer(BaseHTTPRequestHandler):
        def _send(self, body: object) -> None:
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            self._send(languages)

        def do_POST(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self._send({"matches": [match], "language": {"code": "nl"}})

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        findings, status = check_with_server(url, text, "linkedin")
    finally:
        server.shutdown()
    if not findings or findings[0].suggestions[:1] != ("dinsdag",):
        raise RuntimeError(f"no LanguageTool finding came back: {status}")
    return f"server answer mapped to '{text[findings[0].start : findings[0].end]}'"


def _check_default_pack() -> str:
    from schrijfhulp.core.packs import load_packs
    from schrijfhulp.core.settings import Paths

    loaded = load_packs(Paths.default())
    if loaded.problems:
        raise RuntimeError("; ".join(loaded.problems))
    if len(loaded.templates) < 15:
        raise RuntimeError(f"only {len(loaded.templates)} templates in the default pack")
    return f"{len(loaded.packs)} pack(s), {len(loaded.templates)} templates"


def _check_drafts(tmp: Path) -> str:
    from schrijfhulp.core.drafts import DraftStore

    store = DraftStore.open(tmp / "selftest.sqlite3")
    try:
        if store.problems:
            raise RuntimeError("; ".join(store.problems))
        draft = store.create(SAMPLE_POST, "linkedin")
        store.save_text(draft.id, SAMPLE_POST + " Tot dan!")
        again = store.get(draft.id)
        if not again.text.endswith("Tot dan!"):
            raise RuntimeError("the saved draft did not come back")
        found = store.list_drafts("schonere")
        if not found:
            raise RuntimeError("full-text search found nothing")
    finally:
        store.close()
    return f"draft {draft.id} written, read back and found"


def _check_translations() -> str:
    """Every language loads: a frozen build ships its .qm files, an install compiles them."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from schrijfhulp.gui.i18n import LANGUAGES, TRANSLATIONS_DIR, translation_file

    app = QCoreApplication.instance()
    found = []
    for language in LANGUAGES:
        qm = translation_file(language)  # the cache is the self-test's temporary folder
        if qm is None:
            raise RuntimeError(f"no .ts file for {language} in {TRANSLATIONS_DIR}")
        shipped = qm.parent == TRANSLATIONS_DIR
        if getattr(sys, "frozen", False) and not shipped:
            raise RuntimeError(f"{qm.name} is not in the build: compiled at run time")
        if not QTranslator(app).load(str(qm)):
            raise RuntimeError(f"{qm} does not load")
        found.append(f"{language} ({'shipped' if shipped else 'compiled'})")
    return "loaded " + ", ".join(found)


def _check_window() -> str:
    from schrijfhulp.gui.application import create_application, open_main_window

    app = create_application()
    window = open_main_window(app, "nl")
    window.show()
    shown: list[object] = []
    window.analysis_ready.connect(shown.append)
    window.load_text(SAMPLE_POST, "linkedin")
    deadline = time.monotonic() + 20
    while not shown and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    window.close()
    if not shown:
        raise RuntimeError("the window showed no analysis within 20 seconds")
    return f"window shown, analysis of {len(SAMPLE_POST)} characters painted"
