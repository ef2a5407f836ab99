"""The Dutch dictionary behind the spelling check, and the user's own word list.

The OpenTaal Hunspell files ship inside the package (``resources/dictionaries``), so every
installer carries them. The engine is chunspell, whose wheels bundle Hunspell itself for
Windows, macOS (Apple silicon) and Linux; where it is missing we fall back to pyenchant with the
system's Dutch dictionary. With neither, :class:`DictionaryLoader` reports the dictionary as
unavailable with a Dutch message instead of raising: the other checks keep running.

Loading takes a quarter of a second, so it happens once, lazily or through ``preload()`` on the
GUI's worker thread, behind a lock. Hunspell objects are not thread-safe, so every lookup holds
the same lock.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Protocol

from schrijfhulp.core.resources import resource_path
from schrijfhulp.core.settings import Paths
from schrijfhulp.core.spelling.ranking import MAX_SUGGESTIONS, quick_suggestions, warm_suggestions

log = logging.getLogger(__name__)

DICTIONARY_DIR = resource_path("dictionaries")
LANGUAGE = "nl"

MISSING_DICTIONARY_MESSAGE = (
    "Spellingcontrole niet beschikbaar: het Nederlandse woordenboek ontbreekt. "
    "Installeer Schrijfhulp opnieuw; de andere controles werken gewoon."
)


class SpellBackend(Protocol):
    """What the spelling checker needs from a Hunspell binding."""

    name: str

    def spell(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


class DictionaryUnavailableError(Exception):
    """A backend cannot be used here (binding not installed, files missing)."""


class ChunspellBackend:
    """Hunspell through chunspell (imported as ``hunspell``), reading our bundled files."""

    name = "hunspell"

    def __init__(self, directory: Path) -> None:
        if (
            not (directory / f"{LANGUAGE}.aff").is_file()
            or not (directory / f"{LANGUAGE}.dic").is_file()
        ):
            raise DictionaryUnavailableError(f"no {LANGUAGE}.aff/.dic in {directory}")
        try:
            import hunspell
        except ImportError as exc:
            raise DictionaryUnavailableError("chunspell is not installed") from exc
        self._hunspell = hunspell.Hunspell(LANGUAGE, hunspell_data_dir=str(directory))

    def spell(self, word: str) -> bool:
        return bool(self._hunspell.spell(word))

    def suggest(self, word: str) -> list[str]:
        return list(self._hunspell.suggest(word))


class EnchantBackend:
    """pyenchant with the system's Dutch Hunspell dictionary (for example Debian's hunspell-nl)."""

    name = "enchant"

    def __init__(self, directory: Path) -> None:
        del directory  # enchant finds dictionaries in its own places
        try:
            import enchant
        except ImportError as exc:  # pyenchant raises ImportError when libenchant is missing
            raise DictionaryUnavailableError("pyenchant or libenchant is not installed") from exc
        for tag in ("nl_NL", "nl"):
            if enchant.dict_exists(tag):
                self._dict = enchant.Dict(tag)
                return
        raise DictionaryUnavailableError("enchant has no Dutch dictionary")

    def spell(self, word: str) -> bool:
        return bool(self._dict.check(word))

    def suggest(self, word: str) -> list[str]:
        return list(self._dict.suggest(word))


BackendFactory = Callable[[Path], SpellBackend]
DEFAULT_BACKENDS: tuple[BackendFactory, ...] = (ChunspellBackend, EnchantBackend)


class DictionaryLoader:
    """Loads the first backend that works, once, from any thread; lookups are serialised."""

    def __init__(
        self,
        directory: Path = DICTIONARY_DIR,
        backends: Sequence[BackendFactory] = DEFAULT_BACKENDS,
    ) -> None:
        self._directory = directory
        self._backends = tuple(backends)
        self._lock = threading.Lock()
        self._loaded = False
        self._backend: SpellBackend | None = None

    def preload(self) -> bool:
        """Load the dictionary now (call it from a worker thread); True when it is usable."""
        usable = self._get() is not None
        if usable:
            warm_suggestions()
        return usable

    @property
    def available(self) -> bool:
        return self._get() is not None

    @property
    def backend_name(self) -> str:
        backend = self._get()
        return backend.name if backend else ""

    def spell(self, word: str) -> bool:
        backend = self._require()
        with self._lock:
            return backend.spell(word)

    def suggest(self, word: str, thorough: bool = True) -> tuple[str, ...]:
        """At most five replacements, best first.

        Hunspell's own search takes 0.1 to 0.8 s for a long Dutch word, so the common typos (one
        letter off, ei/ij, d/t, a compound with one wrong part) are first looked up among
        frequent words (:mod:`.ranking`); only when that finds nothing, and ``thorough`` is set,
        do we ask Hunspell.
        """
        found = quick_suggestions(word, self.spell)
        if not found and thorough:
            backend = self._require()
            with self._lock:
                found = backend.suggest(word)
        return tuple(dict.fromkeys(s for s in found if s != word))[:MAX_SUGGESTIONS]

    def _require(self) -> SpellBackend:
        backend = self._get()
        if backend is None:
            raise DictionaryUnavailableError(MISSING_DICTIONARY_MESSAGE)
        return backend

    def _get(self) -> SpellBackend | None:
        if self._loaded:  # fast path without the lock once loading has finished
            return self._backend
        with self._lock:
            if not self._loaded:
                self._backend = self._first_working_backend()
                self._loaded = True
        return self._backend

    def _first_working_backend(self) -> SpellBackend | None:
        for factory in self._backends:
            try:
                backend = factory(self._directory)
            except DictionaryUnavailableError as exc:
                log.info("spelling backend %s not used: %s", factory.__name__, exc)
                continue
            except Exception:  # a broken binary must not take the app down
                log.exception("spelling backend %s failed to load", factory.__name__)
                continue
            log.info("spelling backend %s loaded", backend.name)
            return backend
        log.warning("no Dutch spelling dictionary available")
        return None


# --- the personal dictionary ("toevoegen aan woordenboek") -------------------------------------


def read_word_list(path: Path) -> frozenset[str]:
    """Words from a UTF-8 file, one a line; a missing or unreadable file gives no words."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return frozenset()
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("personal dictionary %s not read: %s", path, exc)
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def write_word_list(path: Path, words: Iterable[str]) -> None:
    """Write words sorted, one a line, atomically: a crash leaves the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f"{w}\n" for w in sorted(set(words), key=lambda w: (w.casefold(), w)))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(body)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def clean_word(word: str) -> str:
    """The word as stored: no surrounding space, no line breaks that would split the file."""
    cleaned = " ".join(word.split())
    if not cleaned:
        raise ValueError("Een leeg woord kan niet in het woordenboek.")
    return cleaned


def add_to_personal_dictionary(word: str, paths: Paths) -> None:
    """'Toevoegen aan woordenboek': store ``word`` in the user's own list (atomic write).

    Raises ValueError for an empty word and OSError when the file cannot be written; the GUI
    turns those into a message.
    """
    cleaned = clean_word(word)
    words = read_word_list(paths.personal_dictionary)
    if cleaned not in words:
        write_word_list(paths.personal_dictionary, words | {cleaned})


def remove_from_personal_dictionary(word: str, paths: Paths) -> None:
    """Take ``word`` out of the user's own list again (atomic write)."""
    words = read_word_list(paths.personal_dictionary)
    if word in words:
        write_word_list(paths.personal_dictionary, words - {word})


def personal_words(paths: Paths) -> frozenset[str]:
    """The words in the user's own dictionary."""
    return read_word_list(paths.personal_dictionary)
