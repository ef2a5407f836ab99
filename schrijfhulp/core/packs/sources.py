"""Get a pack's files from a folder, a ``.zip`` or an HTTPS address, safely.

Packs come from outside the app, so every source is treated as hostile: zip entries with an
absolute path, ``..`` or a symlink are refused (nothing is ever extracted to disk; files are
read into memory), and every source has limits on total size and number of files.

Downloads use HTTPS only. Plain HTTP is accepted for loopback hosts (127.0.0.1, ::1,
localhost) so tests can run a local server through the very same code path; anything else
over HTTP is refused because a pack changes what the app tells people to write.
"""

from __future__ import annotations

import io
import os
import re
import stat
import threading
import urllib.error
import urllib.request
import zipfile
from http.client import HTTPMessage
from pathlib import Path, PurePosixPath
from typing import IO
from urllib.parse import urlsplit

from schrijfhulp import __version__
from schrijfhulp.core.packs.parsing import MANIFEST_FILE

MAX_PACK_BYTES = 10 * 1024 * 1024
MAX_PACK_FILES = 500
DOWNLOAD_TIMEOUT_SECONDS = 10.0
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})

PackFiles = dict[str, bytes]  # path inside the pack ('/'-separated) -> content of a .toml file


class PackSourceError(Exception):
    """A pack or location cannot be read; the message is Dutch and completes
    "Het sjabloonpakket 'X' is niet geladen: ..."."""


def is_url(location: str) -> bool:
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", location))


def read_pack_files(
    path: Path, max_bytes: int = MAX_PACK_BYTES, max_files: int = MAX_PACK_FILES
) -> PackFiles:
    """The TOML files of a pack folder or ``.zip`` file."""
    if path.is_dir():
        return read_folder(path, max_bytes, max_files)
    try:
        data = read_regular_file(path, path.name, max_bytes)
    except OSError as exc:
        raise PackSourceError(f"{path} kan niet worden gelezen ({exc.strerror})") from None
    return read_zip(data, path.name, max_bytes, max_files)


def read_regular_file(path: Path, label: str, max_bytes: int) -> bytes:
    """The bytes of a regular file; anything else (a pipe, a device, a socket) is refused
    before a single byte is read: reading a FIFO waits for a writer that never comes."""
    # O_NONBLOCK: opening a FIFO does not wait; fstat then tells what was opened.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise PackSourceError(
                f"{label} is geen gewoon bestand (maar bijvoorbeeld een pipe of een apparaat); "
                "alleen gewone bestanden horen in een sjabloonpakket"
            )
        if info.st_size > max_bytes:
            raise PackSourceError(f"{label} is groter dan {_megabytes(max_bytes)}")
        data = file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise PackSourceError(f"{label} is groter dan {_megabytes(max_bytes)}")
    return data


def read_folder(
    root: Path, max_bytes: int = MAX_PACK_BYTES, max_files: int = MAX_PACK_FILES
) -> PackFiles:
    files: PackFiles = {}
    total = count = 0
    try:
        for folder, dirs, names in os.walk(root, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for entry in [*dirs, *sorted(names)]:
                full = Path(folder, entry)
                relative = full.relative_to(root).as_posix()
                info = full.lstat()
                if stat.S_ISLNK(info.st_mode):
                    raise PackSourceError(
                        f"{relative} is een snelkoppeling (symlink); "
                        "die zijn niet toegestaan in een sjabloonpakket"
                    )
                if entry.startswith("."):
                    continue
                if entry not in dirs and not stat.S_ISREG(info.st_mode):
                    raise PackSourceError(
                        f"{relative} is geen gewoon bestand (maar bijvoorbeeld een pipe of een "
                        "apparaat); alleen gewone bestanden horen in een sjabloonpakket"
                    )
                count += 1  # folders count too: a tree of a million empty folders is no pack
                total += 0 if entry in dirs else info.st_size
                _check_limits(total, count, max_bytes, max_files)
                if entry not in dirs and entry.endswith(".toml"):
                    files[relative] = read_regular_file(full, relative, max_bytes)
    except OSError as exc:
        raise PackSourceError(f"de map {root} kan niet worden gelezen ({exc.strerror})") from None
    return files


def read_zip(
    data: bytes, label: str, max_bytes: int = MAX_PACK_BYTES, max_files: int = MAX_PACK_FILES
) -> PackFiles:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise PackSourceError(f"{label} is geen geldig zip-bestand") from None
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        if len(infos) > max_files:
            raise PackSourceError(
                f"{label} bevat {len(infos)} bestanden; het maximum is {max_files}"
            )
        for info in archive.infolist():
            _check_entry(info, label)
        files: PackFiles = {}
        total = 0
        for info in infos:
            # The declared size can lie (zip bomb): read at most what is left of the budget.
            with archive.open(info) as member:
                content = member.read(max_bytes - total + 1)
            total += len(content)
            if total > max_bytes:  # the unpacked size, however small the zip itself is
                raise PackSourceError(
                    f"{label} is uitgepakt groter dan {_megabytes(max_bytes)} "
                    f"(het zip-bestand zelf is {_megabytes(len(data))})"
                )
            if info.filename.endswith(".toml") and not _is_hidden(info.filename):
                files[info.filename] = content
    return _strip_single_top_folder(files)


def _check_entry(info: zipfile.ZipInfo, label: str) -> None:
    name = info.filename
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        raise PackSourceError(
            f"{label} bevat '{name}' met een absoluut pad; dat is niet toegestaan"
        )
    if ".." in parts:
        raise PackSourceError(f"{label} bevat '{name}' met '..' in het pad; dat is niet toegestaan")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise PackSourceError(
            f"{label} bevat '{name}', een snelkoppeling (symlink); die zijn niet toegestaan"
        )


def _is_hidden(name: str) -> bool:
    """Files a Mac or Git adds when zipping ('__MACOSX/', '._x.toml', '.git/')."""
    return any(part.startswith(".") or part == "__MACOSX" for part in name.split("/"))


def _strip_single_top_folder(files: PackFiles) -> PackFiles:
    """Accept a zip of the pack folder itself: 'gemeente/sjabloonpakket.toml' -> root."""
    if MANIFEST_FILE in files or not files:
        return files
    tops = {name.split("/", 1)[0] for name in files}
    if len(tops) == 1 and all("/" in name for name in files):
        top = tops.pop() + "/"
        return {name.removeprefix(top): content for name, content in files.items()}
    return files


def _check_limits(
    total: int, count: int, max_bytes: int, max_files: int, label: str = "het pakket"
) -> None:
    if total > max_bytes:
        raise PackSourceError(f"{label} is groter dan {_megabytes(max_bytes)}")
    if count > max_files:
        raise PackSourceError(f"{label} bevat meer dan {max_files} bestanden")


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.3g} MB"


def check_url(url: str) -> None:
    """Refuse every address but HTTPS (and HTTP to this computer, for tests)."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS:
        return
    raise PackSourceError(
        f"het adres {url} wordt niet gebruikt: Schrijfhulp haalt "
        "sjabloonpakketten alleen op via https://"
    )


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect must obey the same rule, or https could be bent into plain http."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        check_url(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def download(
    url: str, timeout: float = DOWNLOAD_TIMEOUT_SECONDS, max_bytes: int = MAX_PACK_BYTES
) -> bytes:
    """The bytes at ``url``, within one deadline for connecting, headers and body together:
    a server that sends a byte now and then cannot hold loading (or quitting) for minutes.
    The transfer runs on a helper thread that the caller stops waiting for at the deadline."""
    check_url(url)
    outcome: list[bytes | BaseException] = []
    cancelled = threading.Event()

    def transfer() -> None:
        try:
            outcome.append(_download(url, timeout, max_bytes, cancelled))
        except BaseException as exc:  # handed to the caller
            outcome.append(exc)

    helper = threading.Thread(target=transfer, name="pack-download", daemon=True)
    helper.start()
    helper.join(timeout)
    if not outcome:
        cancelled.set()  # the helper stops at its next chunk
        raise PackSourceError(
            f"{url} gaf binnen {timeout:g} seconden geen antwoord of maar een deel"
        )
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _download(url: str, timeout: float, max_bytes: int, cancelled: threading.Event) -> bytes:
    handlers: list[urllib.request.BaseHandler] = [_CheckedRedirects()]
    if urlsplit(url).hostname in LOOPBACK_HOSTS:
        handlers.append(urllib.request.ProxyHandler({}))  # this computer: never via a proxy
    opener = urllib.request.build_opener(*handlers)
    request = urllib.request.Request(url, headers={"User-Agent": f"Schrijfhulp/{__version__}"})
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise PackSourceError(f"{url} is groter dan {_megabytes(max_bytes)}")
            parts: list[bytes] = []
            size = 0
            while size <= max_bytes and not cancelled.is_set():
                part = response.read1(65_536)
                if not part:
                    break
                parts.append(part)
                size += len(part)
            data = b"".join(parts)
    except urllib.error.HTTPError as exc:
        raise PackSourceError(f"de server van {url} gaf status {exc.code} ({exc.reason})") from None
    except urllib.error.URLError as exc:
        raise PackSourceError(f"{url} is niet bereikbaar ({_reason(exc.reason)})") from None
    except TimeoutError:
        raise PackSourceError(f"{url} gaf binnen {timeout:g} seconden geen antwoord") from None
    except OSError as exc:
        raise PackSourceError(f"{url} is niet bereikbaar ({_reason(exc)})") from None
    if len(data) > max_bytes:
        raise PackSourceError(f"{url} is groter dan {_megabytes(max_bytes)}")
    return data


def _reason(reason: object) -> str:
    if isinstance(reason, TimeoutError):
        return "geen antwoord op tijd"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason)
