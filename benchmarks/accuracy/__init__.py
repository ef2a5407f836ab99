"""Language accuracy, measured like speed: recall and false alarms per category.

    python3 -m benchmarks.accuracy             # every topic (grammar, spelling, plain language)
    python3 -m benchmarks.accuracy grammar     # topics whose name contains 'grammar'

Each topic is a module ``benchmarks/accuracy/<topic>.py`` with ``def tables() -> list[Table]``.
It reads the team's labelled sentences in ``tests/data/accuracy/<topic>/<part>/`` for both
parts: ``tuning`` (rules may be tuned on it) and ``blind`` (written before the rules and never
looked at while tuning). Reporting both shows how much of the tuning figure is overfitting.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "accuracy"
PARTS = ("tuning", "blind")


@dataclass(frozen=True)
class Table:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def render(self) -> str:
        widths = [
            max(len(h), *(len(r[i]) for r in self.rows)) if self.rows else len(h)
            for i, h in enumerate(self.headers)
        ]
        line = "  ".join(h.ljust(w) for h, w in zip(self.headers, widths, strict=True))
        out = [self.title, line, "-" * len(line)]
        out += [
            "  ".join(
                c.rjust(w) if i else c.ljust(w)
                for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
            for r in self.rows
        ]
        return "\n".join(out)


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "-"


def read_tsv(path: Path) -> list[list[str]]:
    """Rows of a tab-separated file; blank lines and lines starting with # are skipped."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows
