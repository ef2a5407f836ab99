"""Print the accuracy tables of every topic (see the package docstring)."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import time

import benchmarks.accuracy as accuracy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m benchmarks.accuracy")
    parser.add_argument("topics", nargs="*", help="alleen onderwerpen met dit woord in de naam")
    args = parser.parse_args(argv)
    names = [m.name for m in pkgutil.iter_modules(accuracy.__path__) if not m.name.startswith("_")]
    chosen = [n for n in names if not args.topics or any(t in n for t in args.topics)]
    print(f"Nauwkeurigheid, {time.strftime('%Y-%m-%d')}\n")
    for name in sorted(chosen):
        module = importlib.import_module(f"benchmarks.accuracy.{name}")
        for table in module.tables():
            print(table.render(), end="\n\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
