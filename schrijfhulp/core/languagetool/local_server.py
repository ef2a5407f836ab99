"""LanguageTool on this computer: is Java there, is LanguageTool downloaded, download it.

language_tool_python downloads LanguageTool by itself the first time a local server starts, but
without asking, without a way to cancel and with progress printed to a console. Schrijfhulp asks
first (the user must consent to a download of about 250 MB), then downloads the same archive to
the same folder with language_tool_python's own URL, checksum and safe unzip, reporting progress
and stopping when the user cancels. After that, language_tool_python finds it installed.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import requests
from language_tool_python import download_lt, utils

log = logging.getLogger(__name__)

VERSION = download_lt.LTP_DOWNLOAD_VERSION
# The release archive is about 250 MB (language_tool_python's own notes say 246.58 MiB for a
# recent snapshot); unpacked it needs a little more. Shown before the user agrees.
DOWNLOAD_MB = 250
INSTALLED_MB = 350
MIN_JAVA = 17
JAVA_HELP = (
    "Installeer Java 17 of nieuwer, bijvoorbeeld de gratis Eclipse Temurin van adoptium.net, "
    "of vraag het aan je ICT-afdeling. Start Schrijfhulp daarna opnieuw."
)
CHUNK_BYTES = 256 * 1024
_JAVA_VERSION = re.compile(r'version "(\d+)(?:\.(\d+))?')


@dataclass(frozen=True, slots=True)
class JavaCheck:
    ok: bool
    message: str  # Dutch, for the dialog and the status bar
    major: int | None = None


def check_java(which: Callable[[str], str | None] = shutil.which) -> JavaCheck:
    """Is Java 17 or newer available to start LanguageTool?"""
    java = which("java")
    if not java:
        return JavaCheck(False, f"Java is niet gevonden op deze computer. {JAVA_HELP}")
    try:
        output = subprocess.run(  # noqa: S603 - java comes from the PATH lookup above
            [java, "-version"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return JavaCheck(False, f"Java ({java}) start niet: {exc}. {JAVA_HELP}")
    major = java_major_version(output.stderr + output.stdout)
    if major is None:
        return JavaCheck(False, f"De versie van Java ({java}) is niet te lezen. {JAVA_HELP}")
    if major < MIN_JAVA:
        return JavaCheck(
            False,
            f"Je hebt Java {major}; LanguageTool heeft Java {MIN_JAVA} of "
            f"nieuwer nodig. {JAVA_HELP}",
            major,
        )
    return JavaCheck(True, f"Java {major} gevonden.", major)


def java_major_version(version_output: str) -> int | None:
    """17 from 'openjdk version "17.0.15"', 8 from 'java version "1.8.0_371"'."""
    found = _JAVA_VERSION.search(version_output)
    if not found:
        return None
    major = int(found.group(1))
    if major == 1 and found.group(2):
        return int(found.group(2))
    return major


def _local_tool() -> download_lt.LocalLanguageTool:
    return download_lt.LocalLanguageTool.from_version_name(VERSION)


def is_installed() -> bool:
    """Is LanguageTool downloaded (or pointed to by IT with LTP_JAR_DIR_PATH)?"""
    if os.environ.get(utils.LTP_JAR_DIR_PATH_ENV_VAR):
        return True
    # The folder and jar names language_tool_python looks for; asking language_tool_python
    # itself would create its download folder just to answer "no".
    folder = install_folder() / f"LanguageTool-{VERSION}"
    return any((folder / jar).is_file() for jar in ("languagetool-server.jar", "languagetool.jar"))


def install_folder() -> Path:
    """language_tool_python's download folder (LTP_PATH, else ~/.cache/language_tool_python)."""
    configured = os.environ.get(utils.LTP_PATH_ENV_VAR)
    return Path(configured) if configured else Path.home() / ".cache" / "language_tool_python"


class DownloadCancelled(Exception):
    """The user pressed Annuleren."""


class DownloadError(Exception):
    """The download failed; the message is Dutch and says what to do."""


ProgressCallback = Callable[[int, int | None], None]  # bytes done, bytes in total (if known)


def download(progress: ProgressCallback, cancelled: Callable[[], bool]) -> Path:
    """Download and unpack LanguageTool; returns its folder. Leaves nothing behind on failure.

    Raises DownloadCancelled or DownloadError. Runs for minutes: call it off the GUI thread.
    """
    tool = _local_tool()
    folder = utils.get_language_tool_download_path()  # creates it, as language_tool_python does
    url = tool.download_url
    try:
        with tempfile.TemporaryDirectory(dir=folder) as temp_dir:
            archive = Path(temp_dir) / "languagetool.zip"
            _fetch(url, archive, progress, cancelled)
            if cancelled():
                raise DownloadCancelled
            _unpack(archive, folder, Path(temp_dir))
    except requests.RequestException as exc:
        raise DownloadError(
            f"LanguageTool downloaden lukt niet ({url}): {exc}. Controleer je internetverbinding "
            "of vraag je ICT-afdeling om een server van je organisatie."
        ) from exc
    except OSError as exc:
        raise DownloadError(f"LanguageTool uitpakken in {folder} lukt niet: {exc}.") from exc
    return tool.get_directory_path()


def _fetch(
    url: str, target: Path, progress: ProgressCallback, cancelled: Callable[[], bool]
) -> None:
    expected = download_lt._get_zip_hash(VERSION)  # language_tool_python's checksum list
    digest = hashlib.sha256()
    done = 0
    with requests.get(url, stream=True, timeout=60) as response:
        if response.status_code != 200:
            raise DownloadError(
                f"LanguageTool downloaden lukt niet: {url} antwoordt met status "
                f"{response.status_code}. Probeer het later opnieuw."
            )
        total = _content_length(response.headers.get("Content-Length"))
        progress(0, total)
        with target.open("wb") as out:
            for chunk in response.iter_content(chunk_size=CHUNK_BYTES):
                if cancelled():
                    raise DownloadCancelled
                out.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                progress(done, total)
    if expected is not None and digest.hexdigest() != expected:
        raise DownloadError(
            "Het gedownloade bestand van LanguageTool is beschadigd (de controlesom klopt niet). "
            "Probeer het opnieuw."
        )


def _content_length(raw: str | None) -> int | None:
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None


def _unpack(archive: Path, folder: Path, work_dir: Path) -> None:
    try:
        with zipfile.ZipFile(archive) as zip_file:
            download_lt._SAFE_ZIP_EXTRACTOR.extractall(zip_file, folder, work_dir=work_dir)
    except zipfile.BadZipFile as exc:
        raise DownloadError(
            "Het gedownloade bestand van LanguageTool is geen geldig zip-bestand. "
            "Probeer het opnieuw."
        ) from exc
