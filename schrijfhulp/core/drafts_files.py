"""Drafts to and from plain files: ``.txt`` (just the text) and ``.md`` (a chosen title as heading).

Export and import round-trip: a Markdown file that starts with ``# Titel`` imports as a draft
with that title; otherwise the title follows the first line, as in the app.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from schrijfhulp.core.drafts import Draft

EXPORT_FORMATS = ("txt", "md")


class DraftFileError(Exception):
    """A file could not be read or written; ``str(exc)`` is a Dutch message naming the file."""


def file_text(draft: Draft, fmt: str = "txt") -> str:
    text = draft.text if draft.text.endswith("\n") or not draft.text else draft.text + "\n"
    if fmt == "md" and draft.title_set:
        return f"# {draft.title}\n\n{text}"
    return text


def file_name(draft: Draft, fmt: str = "txt") -> str:
    """``0042-open-dag-bij-de-brandweer.md``: sorted by id, readable, safe on every system."""
    slug = re.sub(r"[^\w]+", "-", draft.display_title.lower()).strip("-_")[:40].rstrip("-_")
    return f"{draft.id:04d}-{slug or 'concept'}.{fmt}"


def export_draft(draft: Draft, directory: Path, fmt: str = "txt") -> Path:
    """Write the draft into ``directory`` (atomically: a temporary file, then replace)."""
    if fmt not in EXPORT_FORMATS:
        raise DraftFileError(f"onbekend formaat '{fmt}'; kies uit {', '.join(EXPORT_FORMATS)}")
    target = Path(directory) / file_name(draft, fmt)
    tmp = target.with_name(target.name + ".tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(file_text(draft, fmt), encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        raise DraftFileError(
            f"het concept kan niet worden opgeslagen als {target}: {exc.strerror}"
        ) from exc
    return target


def read_draft_file(path: Path) -> tuple[str | None, str]:
    """(title or None, text) from a UTF-8 text or Markdown file."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise DraftFileError(f"het bestand '{path}' bestaat niet") from None
    except IsADirectoryError:
        raise DraftFileError(f"'{path}' is een map, geen bestand") from None
    except OSError as exc:
        raise DraftFileError(
            f"het bestand '{path}' kan niet worden gelezen: {exc.strerror}"
        ) from None
    try:
        text = data.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        raise DraftFileError(
            f"het bestand '{path}' is geen geldige UTF-8-tekst (byte {exc.start} klopt niet)"
        ) from None
    if Path(path).suffix.lower() == ".md":
        heading = re.match(r"# (.+)\n\n?", text)
        if heading:
            return heading.group(1).strip(), text[heading.end():].rstrip("\n")
    return None, text.rstrip("\n")
