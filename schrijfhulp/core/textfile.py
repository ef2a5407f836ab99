"""Read a text file a user points at, with a clear Dutch message when that fails."""

from __future__ import annotations

from pathlib import Path


class TextFileError(Exception):
    """The file cannot be read as text; the message is Dutch and names the file."""


def read_text_file(path: Path | str) -> str:
    """The file's text (UTF-8, with or without a byte-order mark)."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise TextFileError(f"het bestand '{path}' bestaat niet") from None
    except IsADirectoryError:
        raise TextFileError(f"'{path}' is een map, geen bestand") from None
    except OSError as exc:
        raise TextFileError(
            f"het bestand '{path}' kan niet worden gelezen: {exc.strerror}"
        ) from None
    return decode_text(data, f"het bestand '{path}'")


def decode_text(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TextFileError(
            f"{where} is geen geldige UTF-8-tekst (byte {exc.start} klopt niet). "
            "Sla het bestand op als UTF-8 en probeer het opnieuw"
        ) from None
