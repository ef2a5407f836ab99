"""Load every template pack the user should see, from every place it can live.

Places, in order of precedence when two copies have the same version:
1. shared locations set by IT (setting ``pack_locations``: folders, network shares, HTTPS URLs),
2. the user's own folder (``Paths.packs_dir``),
3. the default pack that ships with the app.
Otherwise the newest version of a pack (same ``id``) wins, wherever it lives.

Each shared pack that loads is copied to ``Paths.pack_cache_dir``. When a share or URL cannot be
reached, or a pack there is broken, the last good copy is used and the user is told. A broken
pack never stops the others: it is skipped with a Dutch message naming file, line and field.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from schrijfhulp.core.packs.house_style import HouseStyle
from schrijfhulp.core.packs.parsing import MANIFEST_FILE, Pack, ReadResult, read_pack
from schrijfhulp.core.packs.sources import (
    DOWNLOAD_TIMEOUT_SECONDS,
    PackSourceError,
    download,
    is_url,
    read_pack_files,
    read_zip,
)
from schrijfhulp.core.packs.templates import Template
from schrijfhulp.core.packs.toml_reader import PackProblem
from schrijfhulp.core.resources import resource_path
from schrijfhulp.core.settings import Paths

log = logging.getLogger(__name__)

DEFAULT_PACK = resource_path("packs", "standaard")
PACK_READ_SECONDS = 10.0


@dataclass(frozen=True)
class LoadedPacks:
    packs: tuple[Pack, ...] = ()
    problems: tuple[str, ...] = ()  # Dutch, one or two sentences each

    @property
    def templates(self) -> tuple[Template, ...]:
        return tuple(t for p in self.packs for t in p.templates)

    @property
    def house_style(self) -> HouseStyle:
        style = HouseStyle()
        for pack in self.packs:
            style = style.merged(pack.house_style)
        return style

    def template(self, qualified_id: str) -> Template | None:
        return next((t for t in self.templates if t.qualified_id == qualified_id), None)


def load_packs(
    paths: Paths,
    locations: Sequence[str] = (),
    *,
    include_default: bool = True,
    timeout: float = DOWNLOAD_TIMEOUT_SECONDS,
    cached_only: bool = False,
) -> LoadedPacks:
    """All packs, newest version per id; ``problems`` says what was skipped and why.

    With ``cached_only`` shared locations are not contacted: their last good copies are used,
    which is instant, so the app can start with them while the real fetch runs in the background.
    """
    problems: list[str] = []
    candidates: list[Pack] = []
    for location in locations:
        if cached_only:
            candidates.extend(_cache_for(location, paths.pack_cache_dir).packs())
            continue
        candidates.extend(_load_shared(location, paths.pack_cache_dir, timeout, problems))
    if paths.packs_dir.is_dir():
        try:
            candidates.extend(_load_entries(_entries(paths.packs_dir), problems))
        except OSError as exc:
            problems.append(
                f"De map {paths.packs_dir} kan niet worden gelezen ({exc.strerror}). "
                "De andere sjabloonpakketten werken gewoon."
            )
    if include_default:
        candidates.extend(_load_entries([DEFAULT_PACK], problems))
    return LoadedPacks(newest_per_id(candidates), tuple(problems))


def newest_per_id(candidates: Iterable[Pack]) -> tuple[Pack, ...]:
    """Keep one pack per id: the highest version; on a tie the first (highest precedence)."""
    chosen: dict[str, Pack] = {}
    for pack in candidates:
        current = chosen.get(pack.id)
        if current is None or pack.manifest.version_key > current.manifest.version_key:
            chosen[pack.id] = pack
    return tuple(chosen.values())


def read_pack_path(path: Path) -> ReadResult:
    """Read one pack folder or zip; a source that cannot be read becomes a problem, not a raise."""
    label = _label(path)
    return _guarded(label, lambda: read_pack(read_pack_files(path), label, str(path)))


def _guarded(label: str, read: Callable[[], ReadResult]) -> ReadResult:
    """``read()`` within PACK_READ_SECONDS: a pack on a share that stops answering (or any
    other file that blocks) costs that pack, never the others or the template picker."""
    outcome: list[ReadResult] = []
    reader = threading.Thread(
        target=lambda: outcome.append(_caught(label, read)), name="pack-read", daemon=True
    )
    reader.start()
    reader.join(PACK_READ_SECONDS)
    if outcome:
        return outcome[0]
    log.warning("pack %s: not read within %s s", label, PACK_READ_SECONDS)
    problem = PackProblem(
        "", None, None, f"kon niet binnen {PACK_READ_SECONDS:.0f} seconden worden gelezen"
    )
    return ReadResult(None, label, (problem,))


def _caught(label: str, read: Callable[[], ReadResult]) -> ReadResult:
    try:
        return read()
    except PackSourceError as exc:
        return ReadResult(None, label, (PackProblem("", None, None, str(exc)),))
    except Exception as exc:  # a bug or an odd file must cost one pack, never the app
        log.exception("pack %s could not be read", label)
        problem = PackProblem(
            "",
            None,
            None,
            f"kon niet worden gelezen door een onverwachte fout ({type(exc).__name__})",
        )
        return ReadResult(None, label, (problem,))


def not_loaded_message(result: ReadResult, previous: Pack | None = None) -> str:
    """The GLOSSARY's message for a pack that did not load, naming its first problem."""
    errors = result.errors or result.problems
    detail = errors[0].describe() if errors else "onbekende fout"
    more = ""
    if len(errors) > 1:
        more = (
            f" (en nog {len(errors) - 1} andere problemen: controleer het pakket met "
            "'schrijfhulp pack validate')"
        )
    fallback = ""
    if previous:
        fallback = f"Schrijfhulp gebruikt de vorige versie ({previous.manifest.version}). "
    return (
        f"Het sjabloonpakket '{result.name}' is niet geladen: {detail}{more}. "
        f"{fallback}De andere pakketten werken gewoon."
    )


def _label(path: Path) -> str:
    return path.name.removesuffix(".zip")


def _entries(folder: Path) -> list[Path]:
    """A folder that is a pack itself, or a folder whose subfolders and zips are packs."""
    if (folder / MANIFEST_FILE).is_file():
        return [folder]
    return sorted(
        p
        for p in folder.iterdir()
        if not p.name.startswith(".") and (p.is_dir() or p.suffix.lower() == ".zip")
    )


def _load_entries(entries: Iterable[Path], problems: list[str]) -> list[Pack]:
    packs: list[Pack] = []
    for entry in entries:
        result = read_pack_path(entry)
        if result.pack:
            packs.append(result.pack)
        else:
            problems.append(not_loaded_message(result))
    return packs


def _load_shared(
    location: str, cache_root: Path, timeout: float, problems: list[str]
) -> list[Pack]:
    cache = _cache_for(location, cache_root)
    try:
        fetched = _fetch_location(location, timeout)
    except PackSourceError as exc:
        cached = cache.packs()
        fallback = (
            "Schrijfhulp gebruikt de laatst opgehaalde versie."
            if cached
            else "Er is nog geen eerder opgehaalde versie."
        )
        problems.append(
            f"De sjabloonpakketten op {location} zijn niet opgehaald: {exc}. {fallback}"
        )
        return cached
    packs: list[Pack] = []
    for name, read in fetched:
        result = read()
        if result.pack:
            cache.store(name, result)
            packs.append(result.pack)
            continue
        previous = cache.pack(name)
        if previous:
            packs.append(previous)
        problems.append(not_loaded_message(result, previous))
    cache.keep_only({name for name, _ in fetched})
    return packs


def _cache_for(location: str, cache_root: Path) -> _SharedCache:
    return _SharedCache(cache_root / hashlib.sha256(location.encode()).hexdigest()[:16])


Fetched = list[tuple[str, Callable[[], ReadResult]]]


def _fetch_location(location: str, timeout: float) -> Fetched:
    """Name and reader of each pack at a location; raises PackSourceError when unreachable."""
    if is_url(location):
        data = download(location, timeout)
        label = location.rstrip("/").rsplit("/", 1)[-1].removesuffix(".zip") or location
        return [(label, lambda: _read_bytes(data, label, location))]
    folder = Path(os.path.expandvars(location)).expanduser()
    if not folder.exists():
        raise PackSourceError(f"de map of het bestand {folder} is niet gevonden")
    try:
        entries = [folder] if folder.is_file() else _entries(folder)
    except OSError as exc:
        raise PackSourceError(f"de map {folder} kan niet worden gelezen ({exc.strerror})") from None
    return [(e.name, partial(read_pack_path, e)) for e in entries]


def _read_bytes(data: bytes, label: str, origin: str) -> ReadResult:
    return _guarded(label, lambda: read_pack(read_zip(data, label), label, origin))


class _SharedCache:
    """Last good copy of each pack from one shared location, as small zips of its TOML files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _file(self, name: str) -> Path:
        return self.folder / (hashlib.sha256(name.encode()).hexdigest()[:16] + ".zip")

    def store(self, name: str, result: ReadResult) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self._file(name)
            tmp = target.with_suffix(".tmp")
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
                for path, content in result.files.items():
                    archive.writestr(path, content)
            os.replace(tmp, target)
        except OSError as exc:  # a full disk must not stop loading
            log.warning("cannot cache pack %s: %s", name, exc)

    def pack(self, name: str) -> Pack | None:
        path = self._file(name)
        return read_pack_path(path).pack if path.is_file() else None

    def packs(self) -> list[Pack]:
        if not self.folder.is_dir():
            return []
        found = [read_pack_path(p).pack for p in sorted(self.folder.glob("*.zip"))]
        return [p for p in found if p is not None]

    def keep_only(self, names: set[str]) -> None:
        keep = {self._file(n) for n in names}
        if not self.folder.is_dir():
            return
        for path in self.folder.glob("*.zip"):
            if path not in keep:
                path.unlink(missing_ok=True)
