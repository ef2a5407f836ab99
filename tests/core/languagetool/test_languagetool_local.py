"""LanguageTool on this computer: Java detection, and the download with progress and cancel."""

from __future__ import annotations

import ipaddress
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from schrijfhulp.core.languagetool import BackendConfig, LanguageToolBackend
from schrijfhulp.core.languagetool import local_server as lt_local
from tests.lt_fake_server import FakeLanguageTool
from tests.lt_support import fake_release_download, install_java_stand_in


@pytest.mark.parametrize(
    ("output", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment', 17),
        ('java version "1.8.0_371"\nJava(TM) SE Runtime Environment', 8),
        ('openjdk version "21" 2023-09-19', 21),
        ("iets anders", None),
    ],
)
def test_java_versions_as_java_prints_them(output: str, major: int | None) -> None:
    assert lt_local.java_major_version(output) == major


def test_missing_java_says_how_to_get_it() -> None:
    check = lt_local.check_java(which=lambda name: None)
    assert not check.ok
    assert "Java is niet gevonden" in check.message
    assert "Java 17 of nieuwer" in check.message and "adoptium.net" in check.message


def test_old_java_is_named_with_its_version(tmp_path: Path) -> None:
    old_java = tmp_path / "java"
    old_java.write_text("#!/bin/sh\necho 'java version \"1.8.0_371\"' >&2\n")
    old_java.chmod(0o755)
    check = lt_local.check_java(which=lambda name: str(old_java))
    assert not check.ok and "Je hebt Java 8" in check.message


def test_installed_java_on_this_machine_is_accepted() -> None:
    check = lt_local.check_java()
    if check.major is None:
        pytest.skip("no Java on this machine")
    assert check.ok == (check.major >= 17)


@pytest.fixture
def release_server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeLanguageTool]:
    with fake_release_download(monkeypatch, tmp_path / "lt") as fake:
        yield fake


def test_download_reports_progress_and_installs(release_server: FakeLanguageTool) -> None:
    assert not lt_local.is_installed()
    seen: list[tuple[int, int | None]] = []
    folder = lt_local.download(lambda done, total: seen.append((done, total)), lambda: False)
    assert lt_local.is_installed()
    assert (folder / "languagetool-server.jar").is_file()
    total = len(release_server.behaviour.download or b"")
    assert seen[0] == (0, total) and seen[-1] == (total, total)


def test_cancelled_download_leaves_nothing_behind(release_server: FakeLanguageTool) -> None:
    with pytest.raises(lt_local.DownloadCancelled):
        lt_local.download(lambda done, total: None, lambda: True)
    assert not lt_local.is_installed()
    assert list(lt_local.install_folder().iterdir()) == []


def test_damaged_download_is_refused(
    release_server: FakeLanguageTool, monkeypatch: pytest.MonkeyPatch
) -> None:
    suffix = lt_local.VERSION.replace(".", "_")
    monkeypatch.setenv(f"LTP_DOWNLOAD_SHA256_{suffix}", "0" * 64)
    with pytest.raises(lt_local.DownloadError, match="controlesom"):
        lt_local.download(lambda done, total: None, lambda: False)
    assert not lt_local.is_installed()


def test_download_server_error_is_a_dutch_message(release_server: FakeLanguageTool) -> None:
    release_server.behaviour.download = None  # 404 from the fake
    with pytest.raises(lt_local.DownloadError, match="status 404"):
        lt_local.download(lambda done, total: None, lambda: False)


# --- the local server for real: language_tool_python starts our Java stand-in ----------------


@pytest.fixture
def java_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    return install_java_stand_in(monkeypatch, tmp_path / "lt")


def listening_addresses(pid: int) -> set[str]:
    process = psutil.Process(pid)
    connections = getattr(process, "net_connections", process.connections)(kind="tcp")
    addresses = set()
    for c in connections:
        if c.status == psutil.CONN_LISTEN:
            ip = ipaddress.ip_address(c.laddr.ip)
            mapped = getattr(ip, "ipv4_mapped", None)  # Java listens as ::ffff:127.0.0.1
            addresses.add(str(mapped or ip))
    return addresses


def test_local_server_starts_once_on_loopback_and_stops_on_close(java_install: Path) -> None:
    backend = LanguageToolBackend(BackendConfig(mode="local", local_consent=True))
    text = "Hoi allemaal 👋🏽\r\nTot dinsdg 🎉 en daarna."
    findings, status = backend.check(text, "linkedin")
    assert status.state == "ok", status.message
    assert [text[f.start : f.end] for f in findings] == ["dinsdg"]  # Java's own UTF-16 offset
    pid = backend.local_server_pid
    assert pid is not None
    assert listening_addresses(pid) == {"127.0.0.1"}
    more, _ = backend.check(text + "\nOok 🎉🎉 dinsdg?", "linkedin")
    assert len(more) == 2
    assert backend.local_server_pid == pid  # reused, not started again
    backend.close()
    assert backend.local_server_pid is None
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


def test_local_server_that_died_is_started_again_after_the_back_off(java_install: Path) -> None:
    clock = [100.0]
    backend = LanguageToolBackend(
        BackendConfig(mode="local", local_consent=True), clock=lambda: clock[0]
    )
    backend.check("Eerste regel.", "x")
    first = backend.local_server_pid
    assert first is not None
    psutil.Process(first).kill()
    psutil.Process(first).wait(10)
    _, status = backend.check("Tot dinsdg.", "x")
    assert status.state == "unavailable" and "niet bereikbaar" in status.message
    clock[0] += 6
    findings, status = backend.check("Tot dinsdg.", "x")
    assert status.state == "ok" and len(findings) == 1
    assert backend.local_server_pid not in (None, first)
    backend.close()


def test_local_server_that_cannot_start_is_tried_three_times_then_reported(
    java_install: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_LT_BROKEN", "1")  # the Java stand-in exits at once
    started: list[list[str]] = []
    real_popen = subprocess.Popen

    def counting_popen(cmd: list[str], *args: object, **kwargs: object) -> object:
        started.append(cmd)
        return real_popen(cmd, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(subprocess, "Popen", counting_popen)
    backend = LanguageToolBackend(BackendConfig(mode="local", local_consent=True))
    findings, status = backend.check("Tot dinsdg.", "x")
    assert findings == [] and status.state == "unavailable"
    assert "op deze computer start niet" in status.message
    assert len([c for c in started if "org.languagetool.server.HTTPServer" in c]) == 3
    assert backend.local_server_pid is None
    backend.close()
