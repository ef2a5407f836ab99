"""Drafts to and from plain files: ``.txt`` (just the text) and ``.md`` (a chosen title as heading).

Export and import round-trip: a Markdown file that starts with ``# Titel`` imports as a draft
with that title; otherwise the title follows the first line, as in the app.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import time
from pathlib import Path

from schrijfhulp.core.drafts.model import Draft
from schrijfhulp.core.textfile import TextFileError, read_text_file

EXPORT_FORMATS = ("txt", "md")
RESCUE_DIR = "niet-opgeslagen"
RESCUE_TEMP_DIR = "schrijfhulp-niet-opgeslagen"


class DraftFileError(Exception):
    """A file could not be read or written; ``str(exc)`` is a Dutch message naming the file."""


def file_text(draft: Draft, fmt: str = "txt") -> str:
    """The draft as a file. A thread keeps its marker lines (``---``, a line in Markdown too);
    the eerste reactie and the images with their descriptions follow under headings."""
    text = draft.text if draft.text.endswith("\n") or not draft.text else draft.text + "\n"
    text += _extras_text(draft, fmt)
    if fmt == "md" and draft.title_set:
        return f"# {draft.title}\n\n{text}"
    return text


def _extras_text(draft: Draft, fmt: str) -> str:
    heading = "## " if fmt == "md" else ""
    blocks = []
    if draft.first_comment.strip():
        blocks.append(f"{heading}Eerste reactie\n\n{draft.first_comment.strip()}\n")
    if draft.images:
        lines = [f"{heading}Afbeeldingen\n"]
        for number, image in enumerate(draft.images, start=1):
            description = image.description.strip() or "(nog geen beschrijving)"
            lines.append(f"{number}. {image.name}: {description}")
        blocks.append("\n".join(lines) + "\n")
    return "".join(f"\n{block}" for block in blocks)


def file_name(draft: Draft, fmt: str = "txt") -> str:
    """``0042-open-dag-bij-de-brandweer.md``: sorted by id, readable, safe on every system."""
    slug = re.sub(r"[^\w]+", "-", draft.display_title.lower()).strip("-_")[:40].rstrip("-_")
    return f"{draft.id:04d}-{slug or 'concept'}.{fmt}"


def export_draft(draft: Draft, directory: Path, fmt: str = "txt") -> Path:
    """Write the draft into ``directory`` under a name made from its number and title."""
    if fmt not in EXPORT_FORMATS:
        raise DraftFileError(f"onbekend formaat '{fmt}'; kies uit {', '.join(EXPORT_FORMATS)}")
    return write_draft_file(draft, Path(directory) / file_name(draft, fmt))


def write_draft_file(draft: Draft, target: Path) -> Path:
    """Write the draft to ``target``; ``.md`` gets Markdown, anything else plain text.

    Atomic (a temporary file, then replace), so an existing file is never left half-written.
    """
    fmt = "md" if target.suffix.lower() == ".md" else "txt"
    write_atomically(target, file_text(draft, fmt))
    return target


def write_atomically(target: Path, text: str) -> None:
    tmp = target.with_name(target.name + ".tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        raise DraftFileError(
            f"het bestand {target} kan niet worden opgeslagen: {exc.strerror}"
        ) from exc


def write_rescue_file(text: str, data_dir: Path) -> Path | None:
    """Last resort when the store cannot save at closing: the text goes into a plain file.

    Tries ``<data dir>/niet-opgeslagen/`` and then the system's temporary folder; the app
    imports these files as drafts at the next start (:func:`rescue_files`).
    """
    name = time.strftime("concept-%Y%m%d-%H%M%S.txt")
    for folder in _rescue_folders(data_dir):
        try:
            write_atomically(folder / name, text)
            return folder / name
        except DraftFileError:
            continue
    return None


def rescue_files(data_dir: Path) -> list[Path]:
    """Texts that could not be saved last time, oldest first."""
    found: list[Path] = []
    for folder in _rescue_folders(data_dir):
        if folder.is_dir():
            found += folder.glob("concept-*.txt")
    return sorted(found, key=lambda p: p.name)


def _rescue_folders(data_dir: Path) -> tuple[Path, Path]:
    # The temporary folder is shared: a hash of the data dir keeps each store's texts apart.
    tag = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:12]
    return Path(data_dir) / RESCUE_DIR, Path(tempfile.gettempdir()) / f"{RESCUE_TEMP_DIR}-{tag}"


def read_draft_file(path: Path) -> tuple[str | None, str]:
    """(title or None, text) from a UTF-8 text or Markdown file."""
    try:
        text = read_text_file(path).replace("\r\n", "\n")
    except TextFileError as exc:
        raise DraftFileError(str(exc)) from None
    if Path(path).suffix.lower() == ".md":
        heading = re.match(r"# (.+)\n\n?", text)
        if heading:
            return heading.group(1).strip(), text[heading.end() :].rstrip("\n")
    return None, text.rstrip("\n")
