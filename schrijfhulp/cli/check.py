"""``schrijfhulp check``: analyse a text file (or standard input) for a platform."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from schrijfhulp.cli import check_parts
from schrijfhulp.cli.conditions import ConditionsError, format_open_points, read_conditions
from schrijfhulp.core.analysis import Analysis, analyse
from schrijfhulp.core.dutch.segmentation import InvalidTextError
from schrijfhulp.core.findings import Finding
from schrijfhulp.core.open_points import can_copy_anyway, open_points
from schrijfhulp.core.platforms import PLATFORMS, UnknownPlatformError, count, describe_count
from schrijfhulp.core.readability import dutch_reason
from schrijfhulp.core.settings import load_settings
from schrijfhulp.core.textfile import TextFileError, decode_text, read_text_file

PARAGRAPHS = "alinea's"

KIND_LABELS = {
    "spelling": "spelfout",
    "grammar": "taalfout",
    "style": "schrijftip",
    "typography": "opmaak",
    "readability": "leesbaarheid",
    "platform": "platform",
    "house_style": "huisstijl",
}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "check", help="controleer een tekst", description="Controleer een tekst."
    )
    parser.add_argument(
        "file",
        nargs="?",
        default="-",
        metavar="BESTAND",
        help="tekstbestand (UTF-8); '-' of niets leest van standaardinvoer",
    )
    parser.add_argument(
        "--platform", "-p", default="linkedin", help="platform: " + ", ".join(PLATFORMS)
    )
    parser.add_argument(
        "--maximum",
        type=int,
        metavar="N",
        help="ander maximum voor dit platform, bijvoorbeeld van je Mastodon-server",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (leesbaar) of json (voor andere programma's)",
    )
    parser.add_argument(
        "--languagetool",
        metavar="URL",
        default="",
        help="controleer ook met de LanguageTool-server op dit adres "
        "(de tekst gaat naar die server)",
    )
    parser.add_argument(
        "--pakket",
        metavar="PAD",
        default="",
        help="gebruik de huisstijl en de verplichte onderdelen van dit sjabloonpakket "
        "(map of .zip)",
    )
    parser.add_argument(
        "--sjabloon",
        metavar="ID",
        default="",
        help="het id van het sjabloon uit het pakket waarmee de tekst begon (voor eigen woorden)",
    )
    check_parts.register_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        text = read_text(args.file)
    except CliError as exc:
        print(f"schrijfhulp check: {exc}", file=sys.stderr)
        return 2
    try:
        pack = read_conditions(args.pakket, args.sjabloon)
    except ConditionsError as exc:
        print(f"schrijfhulp check: {exc}", file=sys.stderr)
        return 2
    try:
        settings = load_settings()
        for problem in settings.problems:
            print(f"schrijfhulp check: {problem}", file=sys.stderr)
        limits = dict(settings.get("platform_limits") or {})
        if args.maximum:
            limits[args.platform] = args.maximum
        options: dict[str, Any] = {
            "disabled_rules": [*(settings.get("disabled_rules") or ()), *pack.disabled_rules],
            "platform_limits": limits,
            "shorten_links": bool(settings.get("bluesky_shorten_links")),
            "house_style": pack.house_style,
            "extra_words": pack.words,
        }
        # The pack's conditions are about the whole post, not each part or image description.
        analysis = analyse(text, args.platform, conditions=pack.conditions, **options)
        extras = check_parts.analyse_extras(args, text, read_text, options)
    except CliError as exc:
        print(f"schrijfhulp check: {exc}", file=sys.stderr)
        return 2
    except UnknownPlatformError:
        print(
            f"schrijfhulp check: het platform '{args.platform}' bestaat niet. "
            f"Kies uit: {', '.join(PLATFORMS)}.",
            file=sys.stderr,
        )
        return 2
    except InvalidTextError as exc:
        print(f"schrijfhulp check: {exc}", file=sys.stderr)
        return 2
    if args.languagetool:
        analysis = with_languagetool(analysis, args.languagetool)
    points = open_points(analysis, pack.conditions)
    if args.format == "json":
        data = {
            **analysis.to_dict(),
            "open_points": [p.to_dict() for p in points],
            **check_parts.extras_to_dict(extras),
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        report = format_report(analysis, thread=extras.thread is not None)
        lines = [report, *check_parts.format_extras(extras, finding_line)]
        print("\n".join(lines) + "\n\n" + format_open_points(points))
    count_ = analysis.platform_count
    too_long = (count_.over or count_.over_bytes) and extras.thread is None
    return 1 if too_long or extras.over or not can_copy_anyway(points) else 0


def with_languagetool(analysis: Analysis, url: str) -> Analysis:
    """The same backend and merge as the app; a server problem is a warning, not a failure."""
    # Imported here: a plain check should not pay for loading the HTTP client.
    from schrijfhulp.core.languagetool import check_with_server, merge_languagetool
    from schrijfhulp.core.settings import load_settings

    findings, status = check_with_server(url, analysis.text, analysis.platform, load_settings())
    if status.state != "ok":
        print(f"schrijfhulp check: {status.message}", file=sys.stderr)
    return merge_languagetool(analysis, findings, status)


class CliError(Exception):
    pass


def read_text(name: str) -> str:
    try:
        if name == "-":
            return decode_text(sys.stdin.buffer.read(), "de standaardinvoer")
        return read_text_file(name)
    except TextFileError as exc:
        raise CliError(f"{exc}.") from None


def format_report(analysis: Analysis, *, thread: bool = False) -> str:
    """The report; with ``thread`` the post's own findings are left to the parts."""
    r = analysis.readability
    c = analysis.counts
    if not c.words:  # no level to give: say so
        return "Nog geen tekst.\n\n" + _platform_lines(analysis)
    lines = [f"Leesbaarheid: {r.verdict_text}"]
    hardest = r.hardest_sentences[:3]
    if hardest:
        lines.append("Moeilijkste zinnen:")
    for sentence in hardest:
        fragment = analysis.text[sentence.start : sentence.end].replace("\n", " ")
        fragment = fragment if len(fragment) <= 60 else fragment[:57] + "..."
        why = "; ".join(map(dutch_reason, sentence.reasons))
        lines.append(f"  niveau {sentence.level}: '{fragment}'" + (f" ({why})" if why else ""))
    lines.append(
        f"Details (oudere formules, alleen woord- en zinslengte): "
        f"Flesch-Douma {r.flesch_douma:.0f}, Brouwer {r.brouwer:.0f}"
    )
    lines.append(
        f"{_n(c.words, 'woord', 'woorden')}, {_n(c.sentences, 'zin', 'zinnen')}, "
        f"{_n(c.paragraphs, 'alinea', PARAGRAPHS)}, {_n(c.characters, 'teken', 'tekens')}"
    )
    lines.append("")
    lines.append(_platform_lines(analysis))
    if thread:
        return "\n".join(lines).rstrip()
    if not analysis.findings:
        lines.append("Geen opmerkingen.")
    else:
        lines.append(f"Opmerkingen ({len(analysis.findings)}):")
        lines += [finding_line(analysis.text, f) for f in analysis.findings]
    return "\n".join(lines)


def finding_line(text: str, f: Finding) -> str:
    """'  regel 2, teken 5 [spelfout] 'dinsdg': …' for one finding in ``text``."""
    fragment = text[f.start : f.end].replace("\n", " ")
    if len(fragment) > 40:
        fragment = fragment[:37] + "..."
    line_no, col = _position(text, f.start)
    advice = f" Voorstel: {', '.join(f.suggestions[:3])}." if f.suggestions else ""
    if f.start == f.end and f.suggestions:  # an insertion: a verplicht onderdeel
        advice = f" Voeg toe: {f.suggestions[0].strip()}."
    return (
        f"  regel {line_no}, teken {col} [{KIND_LABELS.get(str(f.kind), f.kind)}] "
        f"'{fragment}': {f.message}{advice}"
    )


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _n(number: int, one: str, more: str) -> str:
    return f"{number} {one if number == 1 else more}"


def _platform_lines(analysis: Analysis) -> str:
    """'Per platform:' and one line per platform, with a blank line after it."""
    pc = analysis.platform_count
    lines = ["Per platform:"]
    for platform_id, spec in PLATFORMS.items():
        counted = pc if platform_id == pc.platform else count(analysis.text, platform_id)
        mark = "  <- te lang" if counted.over or counted.over_bytes else ""
        chosen = " (gekozen)" if platform_id == pc.platform else ""
        lines.append(f"  {spec.name}{chosen}: {describe_count(counted)}{mark}")
    return "\n".join(lines) + "\n"
