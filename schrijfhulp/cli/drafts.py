"""``schrijfhulp drafts``: back up and script the draft store the app uses.

``import FILE…`` turns text files into drafts, ``list`` shows them (``--format json`` for
scripts), ``export ID…|--all DIR`` writes them as ``.txt`` or ``.md`` files. The store is the
app's own (platformdirs user data directory, or ``SCHRIJFHULP_DATA_DIR``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from schrijfhulp.core.drafts import STATUSES, Draft, DraftStore, DraftStoreError, DraftSummary
from schrijfhulp.core.drafts.files import (
    EXPORT_FORMATS,
    DraftFileError,
    export_draft,
    read_draft_file,
)
from schrijfhulp.core.settings import Paths

PROG = "schrijfhulp drafts"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "drafts",
        help="concepten importeren, tonen en exporteren",
        description="Werk met je concepten vanaf de opdrachtregel.",
    )
    actions = parser.add_subparsers(
        dest="drafts_command", metavar="ACTIE", parser_class=type(parser)
    )
    parser.set_defaults(func=lambda args: _usage(parser))

    importer = actions.add_parser("import", help="maak concepten van tekstbestanden")
    importer.add_argument(
        "files", nargs="+", metavar="BESTAND", help="tekst- of Markdownbestand (UTF-8)"
    )
    importer.add_argument(
        "--platform", "-p", default="linkedin", help="platform van de nieuwe concepten"
    )
    importer.set_defaults(func=run_import)

    lister = actions.add_parser("list", help="toon je concepten")
    lister.add_argument("--format", choices=("text", "json"), default="text")
    lister.add_argument("--status", choices=STATUSES, help="alleen concepten met deze status")
    lister.add_argument("--zoek", default="", metavar="WOORDEN", help="zoek in titel en tekst")
    lister.add_argument("--prullenbak", action="store_true", help="toon de prullenbak")
    lister.set_defaults(func=run_list)

    exporter = actions.add_parser(
        "export",
        help="schrijf concepten als bestanden in een map",
        usage="%(prog)s [-h] [--format {txt,md}] (ID… | --all) MAP",
    )
    exporter.add_argument(
        "items", nargs="+", metavar="ID… MAP", help="nummers van concepten en de map"
    )
    exporter.add_argument("--all", action="store_true", help="alle concepten (niet de prullenbak)")
    exporter.add_argument("--format", choices=EXPORT_FORMATS, default="txt")
    exporter.set_defaults(func=run_export)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def open_store() -> DraftStore:
    store = DraftStore.open(Paths.default().drafts_db)
    for problem in store.problems:
        print(f"{PROG}: {problem}", file=sys.stderr)
    return store


def run_import(args: argparse.Namespace) -> int:
    store = open_store()
    failed = 0
    for name in args.files:
        try:
            title, text = read_draft_file(Path(name))
            draft = store.create(text, platform=args.platform, title=title)
        except (DraftFileError, DraftStoreError) as exc:
            print(f"{PROG}: {exc}", file=sys.stderr)
            failed += 1
            continue
        print(f"{draft.id}\t{draft.display_title}")
    store.close()
    return 1 if failed else 0


def run_list(args: argparse.Namespace) -> int:
    store = open_store()
    try:
        drafts = store.list_drafts(args.zoek, status=args.status, in_bin=args.prullenbak)
    except DraftStoreError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    if args.format == "json":
        print(json.dumps([summary_dict(d) for d in drafts], ensure_ascii=False, indent=2))
    else:
        print(format_table(drafts))
    return 0


def run_export(args: argparse.Namespace) -> int:
    *ids, directory = args.items
    if args.all == bool(ids):
        print(f"{PROG}: geef nummers van concepten óf --all, en daarna de map.", file=sys.stderr)
        return 2
    try:
        wanted = [int(i) for i in ids]
    except ValueError:
        print(f"{PROG}: een nummer van een concept is een getal, zoals 12.", file=sys.stderr)
        return 2
    store = open_store()
    failed = 0
    try:
        if args.all:
            wanted = [d.id for d in store.list_drafts()]
        for draft_id in wanted:
            try:
                path = export_draft(store.get(draft_id), Path(directory), args.format)
            except (DraftFileError, DraftStoreError) as exc:
                print(f"{PROG}: {exc}", file=sys.stderr)
                failed += 1
                continue
            print(path)
    except DraftStoreError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    return 1 if failed else 0


def summary_dict(summary: DraftSummary | Draft) -> dict[str, object]:
    return {
        "id": summary.id,
        "title": summary.display_title,
        "platform": summary.platform,
        "status": summary.status,
        "created": _iso(summary.created),
        "updated": _iso(summary.updated),
        "deleted": _iso(summary.deleted_at) if summary.deleted_at else None,
    }


def format_table(drafts: list[DraftSummary]) -> str:
    if not drafts:
        return "Geen concepten."
    lines = [f"{'nr':>5}  {'status':<10} {'platform':<10} {'gewijzigd':<16}  titel"]
    for d in drafts:
        changed = time.strftime("%Y-%m-%d %H:%M", time.localtime(d.updated))
        lines.append(f"{d.id:>5}  {d.status:<10} {d.platform:<10} {changed:<16}  {d.display_title}")
    return "\n".join(lines)


def _iso(timestamp: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(timestamp))
