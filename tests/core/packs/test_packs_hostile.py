"""Hostile packs: special files never hang loading, and templates cannot blow up."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from schrijfhulp.cli import main
from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.packs import load_packs
from schrijfhulp.core.packs.house_style_limits import MAX_HOUSE_STYLE_PHRASES
from schrijfhulp.core.packs.parsing import read_pack
from schrijfhulp.core.packs.sources import PackSourceError, download
from schrijfhulp.core.packs.templates import MAX_FILLED_CHARS, fill
from schrijfhulp.core.settings import Paths
from tests.core.packs.test_packs_format import VACANCY, pack_files, write_pack

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


@needs_fifo
def test_fifo_in_a_pack_folder_costs_that_pack_only_and_does_not_hang(tmp_path: Path) -> None:
    paths = Paths.default()  # conftest points these at a fresh temporary folder
    bad = write_pack(paths.packs_dir / "kapot")
    os.mkfifo(bad / "sjablonen" / "wacht.toml")
    write_pack(paths.packs_dir / "goed")  # the same pack, without the FIFO
    started = time.monotonic()
    loaded = load_packs(paths)
    assert time.monotonic() - started < 5
    assert {p.id for p in loaded.packs} == {"standaard", "gemeente"}
    assert any("wacht.toml is geen gewoon bestand" in p for p in loaded.problems)


@needs_fifo
def test_fifo_named_like_a_zip_is_refused_in_dutch(tmp_path: Path) -> None:
    paths = Paths.default()
    paths.packs_dir.mkdir(parents=True)
    os.mkfifo(paths.packs_dir / "pakket.zip")
    started = time.monotonic()
    loaded = load_packs(paths)
    assert time.monotonic() - started < 5
    assert [p.id for p in loaded.packs] == ["standaard"]
    assert "geen gewoon bestand" in loaded.problems[0]


@needs_fifo
def test_pack_validate_on_a_folder_with_a_fifo_ends_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_pack(tmp_path / "pakket")
    os.mkfifo(folder / "sjablonen" / "wacht.toml")
    started = time.monotonic()
    code = main(["pack", "validate", str(folder)])
    assert time.monotonic() - started < 5
    assert code == 1
    assert "geen gewoon bestand" in capsys.readouterr().out + capsys.readouterr().err


def test_example_that_expands_to_millions_of_characters_is_refused() -> None:
    body = "{a}" * 3_000
    template = VACANCY.replace(
        'tekst = """\nMijn team zoekt een {functie}!\n\nReageren kan tot {datum}."""',
        f'tekst = "{body}{{functie}}{{datum}}"\n\n'
        f'[velden.a]\nlabel = "A"\nvoorbeeld = "{"{a}" * 300}"',
    )
    started = time.monotonic()
    result = read_pack(pack_files(sjablonen__vacature_toml=template), "gemeente")
    assert time.monotonic() - started < 2
    assert result.pack is None
    [problem] = result.errors
    assert problem.field == "tekst" and "ingevuld" in problem.text and "10000" in problem.text


def test_example_value_longer_than_the_field_maximum_names_file_and_line() -> None:
    template = VACANCY.replace('voorbeeld = "1 juni"', f'voorbeeld = "{"x" * 3_000}"')
    result = read_pack(pack_files(sjablonen__vacature_toml=template), "gemeente")
    [problem] = result.errors
    assert problem.file == "sjablonen/vacature.toml" and problem.line == 17
    assert "'voorbeeld' van 3000 tekens" in problem.text


def test_filled_text_never_exceeds_the_maximum_whatever_the_values() -> None:
    started = time.monotonic()
    text = fill("{a}" * 3_000, {"a": "{a}" * 3_000})
    assert time.monotonic() - started < 1
    assert len(text) == MAX_FILLED_CHARS
    assert sys.getsizeof(text) < 200_000


class _Drip(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        self.send_response(200)
        self.send_header("Content-Length", "1000")
        self.end_headers()
        with contextlib.suppress(OSError):
            for _ in range(1000):  # a byte every 0.1 s: each read is quick, the whole is not
                self.wfile.write(b"P")
                self.wfile.flush()
                time.sleep(0.1)

    def log_message(self, *args: object) -> None:
        pass


def test_drip_feeding_pack_server_is_given_one_deadline_for_the_download() -> None:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Drip)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        started = time.monotonic()
        with pytest.raises(PackSourceError, match="binnen 1 seconden geen antwoord"):
            download(f"http://127.0.0.1:{httpd.server_address[1]}/pakket.zip", timeout=1.0)
        assert time.monotonic() - started < 2.0  # was: as long as the server kept dripping
    finally:
        httpd.shutdown()
        httpd.server_close()


def _style_pack(style: str) -> dict[str, bytes]:
    files = pack_files()
    files["huisstijl.toml"] = style.encode("utf-8")
    return files


def test_dotted_header_of_200000_parts_is_refused_at_once_with_its_line() -> None:
    style = 'hashtags = ["#Gemeente"]\n\n[' + ".".join(["a"] * 200_000) + "]\nx = 1\n"
    started = time.monotonic()
    result = read_pack(_style_pack(style), "gemeente")
    assert time.monotonic() - started < 2  # was 59 s inside tomllib
    [problem] = result.errors
    assert problem.file == "huisstijl.toml" and problem.line == 3
    assert "meer dan 8 delen" in problem.text


def test_house_style_of_100000_entries_is_refused_with_file_and_line() -> None:
    entries = "".join(
        f'[[vermijd]]\nwoord = "woord{i}"\nreden = "zo zeggen we het niet"\n\n'
        for i in range(100_000)
    )
    started = time.monotonic()
    result = read_pack(_style_pack(entries), "gemeente")
    assert time.monotonic() - started < 10
    [problem] = result.errors
    assert problem.file == "huisstijl.toml" and problem.line == 4 * MAX_HOUSE_STYLE_PHRASES + 2
    assert f"maximum van {MAX_HOUSE_STYLE_PHRASES}" in problem.text


def test_overlong_phrase_is_refused() -> None:
    phrase = " ".join(["heel"] * 20)
    style = f'[[vermijd]]\nwoord = "{phrase}"\nreden = "te lang"\n'
    [problem] = read_pack(_style_pack(style), "gemeente").errors
    assert problem.line == 2 and "hoogstens 6 woorden" in problem.text


def test_largest_allowed_house_style_keeps_analysis_fast() -> None:
    entries = "".join(
        f'[[vermijd]]\nwoord = "woord{i} erbij"\nreden = "zo zeggen we het niet"\n\n'
        for i in range(MAX_HOUSE_STYLE_PHRASES)
    )
    result = read_pack(_style_pack(entries), "gemeente")
    assert result.pack is not None
    style = result.pack.house_style
    text = "Vorige week sprak ik met bewoners van de wijk over woord7 erbij. " * 45
    analyse(text, house_style=style)  # the first analysis compiles the patterns
    started = time.monotonic()
    analysis = analyse(text, house_style=style)
    assert time.monotonic() - started < 0.5
    assert any(f.rule_id.startswith("huisstijl.") for f in analysis.findings)
