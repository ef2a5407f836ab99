"""Pack sources are hostile until proven otherwise: zips, folders and downloads have limits."""

from __future__ import annotations

import io
import os
import stat
import threading
import time
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from schrijfhulp.core.packs import read_pack_path
from schrijfhulp.core.packs.sources import (
    PackSourceError,
    check_url,
    download,
    read_folder,
    read_pack_files,
    read_zip,
)
from tests.core.packs.test_packs_format import pack_files, write_pack


def zip_bytes(files: dict[str, bytes], symlink: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return buffer.getvalue()


def test_zip_pack_loads_like_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "gemeente.zip"
    path.write_bytes(zip_bytes(pack_files()))
    result = read_pack_path(path)
    assert result.pack is not None
    assert result.pack.templates[0].id == "vacature"


def test_zip_of_the_pack_folder_itself_is_accepted() -> None:
    nested = {f"gemeente/{name}": content for name, content in pack_files().items()}
    nested["__MACOSX/gemeente/._sjabloonpakket.toml"] = b"\x00\x05\x16\x07"
    files = read_zip(zip_bytes(nested), "gemeente.zip")
    assert "sjabloonpakket.toml" in files
    assert "sjablonen/vacature.toml" in files


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        ("/etc/cron.d/sjabloon.toml", "absoluut pad"),
        ("C:/Windows/sjabloon.toml", "absoluut pad"),
        ("sjablonen/../../buiten.toml", "'..'"),
        ("sjablonen\\..\\..\\buiten.toml", "'..'"),
    ],
)
def test_zip_entry_outside_the_pack_is_refused(entry: str, reason: str) -> None:
    files = {**pack_files(), entry: b'naam = "kwaad"'}
    with pytest.raises(PackSourceError, match=reason):
        read_zip(zip_bytes(files), "kwaad.zip")


def test_zip_with_a_symlink_is_refused() -> None:
    with pytest.raises(PackSourceError, match="symlink"):
        read_zip(zip_bytes(pack_files(), symlink="sjablonen/link.toml"), "kwaad.zip")


def test_zip_bomb_is_stopped_at_the_size_limit_without_unpacking_it_all() -> None:
    bomb = zip_bytes({**pack_files(), "sjablonen/groot.toml": b"#" * 3_000_000})
    assert len(bomb) < 100_000
    with pytest.raises(PackSourceError, match="groter dan 1 MB"):
        read_zip(bomb, "bom.zip", max_bytes=1024 * 1024)


def test_zip_with_too_many_files_is_refused() -> None:
    many = {**pack_files(), **{f"sjablonen/s{i}.toml": b"" for i in range(20)}}
    with pytest.raises(PackSourceError, match="23 bestanden; het maximum is 10"):
        read_zip(zip_bytes(many), "veel.zip", max_files=10)


def test_file_that_is_not_a_zip_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "gemeente.zip"
    path.write_bytes(b"dit is geen zip")
    result = read_pack_path(path)
    assert result.pack is None
    assert result.errors[0].describe() == "gemeente.zip is geen geldig zip-bestand"


def test_big_zip_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "groot.zip"
    path.write_bytes(b"\0" * 2048)
    with pytest.raises(PackSourceError, match="groter dan"):
        read_pack_files(path, max_bytes=1024)


def test_folder_with_a_symlink_is_refused(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "gemeente")
    os.symlink("/etc/hostname", folder / "sjablonen" / "link.toml")
    with pytest.raises(PackSourceError, match="symlink"):
        read_folder(folder)


def test_folder_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "gemeente")
    (folder / "logo.png").write_bytes(b"\x89PNG" + b"\0" * 5000)
    with pytest.raises(PackSourceError, match="groter dan"):
        read_folder(folder, max_bytes=4096)


def test_folder_with_too_many_files_is_refused(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "gemeente")
    for i in range(10):
        (folder / "sjablonen" / f"s{i}.toml").write_text("")
    with pytest.raises(PackSourceError, match="meer dan 5 bestanden"):
        read_folder(folder, max_files=5)


def test_folder_with_a_maze_of_empty_folders_is_refused(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "gemeente")
    for i in range(10):
        (folder / f"leeg{i}").mkdir()
    with pytest.raises(PackSourceError, match="meer dan 8 bestanden"):
        read_folder(folder, max_files=8)


def test_folder_skips_hidden_files(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "gemeente")
    (folder / ".git").mkdir()
    (folder / ".git" / "config.toml").write_text("kapot = ")
    assert ".git/config.toml" not in read_folder(folder)


# -- downloads ------------------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        status, headers, body = self.routes.get(self.path, (404, {}, b"niet gevonden"))
        if self.path == "/traag.zip":
            time.sleep(1.5)
        self.send_response(status)
        for name, value in headers.items():
            if name != "Content-Length":
                self.send_header(name, value)
        if headers.get("Content-Length") != "weglaten":
            self.send_header("Content-Length", headers.get("Content-Length", str(len(body))))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_download_from_a_local_server(server: str) -> None:
    data = zip_bytes(pack_files())
    _Handler.routes = {"/gemeente.zip": (200, {}, data)}
    assert download(f"{server}/gemeente.zip") == data


def test_download_over_the_size_limit_is_refused(server: str) -> None:
    _Handler.routes = {"/groot.zip": (200, {}, b"\0" * 5000)}
    with pytest.raises(PackSourceError, match="groter dan"):
        download(f"{server}/groot.zip", max_bytes=1000)


def test_download_without_a_declared_size_is_still_cut_off(server: str) -> None:
    _Handler.routes = {"/stroom.zip": (200, {"Content-Length": "weglaten"}, b"\0" * 5000)}
    with pytest.raises(PackSourceError, match="groter dan"):
        download(f"{server}/stroom.zip", max_bytes=1000)


def test_http_error_names_the_status(server: str) -> None:
    _Handler.routes = {}
    with pytest.raises(PackSourceError, match="gaf status 404"):
        download(f"{server}/weg.zip")


def test_slow_server_hits_the_timeout(server: str) -> None:
    _Handler.routes = {"/traag.zip": (200, {}, b"PK")}
    with pytest.raises(PackSourceError, match="seconden geen antwoord|niet bereikbaar"):
        download(f"{server}/traag.zip", timeout=0.3)


def test_redirect_to_plain_http_elsewhere_is_refused(server: str) -> None:
    _Handler.routes = {"/verhuisd.zip": (302, {"Location": "http://voorbeeld.nl/p.zip"}, b"")}
    with pytest.raises(PackSourceError, match="alleen op via https"):
        download(f"{server}/verhuisd.zip")


@pytest.mark.parametrize(
    "url",
    [
        "http://intranet.voorbeeld.nl/p.zip",
        "ftp://voorbeeld.nl/p.zip",
        "file:///etc/passwd",
        "https:///zonder-host.zip",
    ],
)
def test_only_https_is_allowed_outside_this_computer(url: str) -> None:
    with pytest.raises(PackSourceError, match="alleen op via https"):
        check_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://intranet.voorbeeld.nl/p.zip",
        "http://127.0.0.1:8000/p.zip",
        "http://localhost/p.zip",
        "http://[::1]:9/p.zip",
    ],
)
def test_https_and_loopback_http_are_allowed(url: str) -> None:
    check_url(url)
